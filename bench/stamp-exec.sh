#!/bin/sh
# Writes this process's id and the time now (nanoseconds since the epoch) to FILE, then becomes
# PROGRAM: the window benchmark's start figure runs from this stamp, the moment the process
# began, and the process id is the program's own after `exec`.
#
#   bench/stamp-exec.sh FILE PROGRAM [ARGS...]
set -eu
out=$1
shift
echo "$$ $(date +%s%N)" >"$out"
exec "$@"
