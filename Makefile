# Webitel Hooks: `make demo` to try the app, `make test` to test it. Both set up what they need
# first, installing only what is missing, at pinned versions, so a fresh Debian 12 machine (or a
# CI runner as root, without a terminal) gets from a clone to a result with one command.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Steps depend on each other's side effects (the UI must be built before the app embeds it, the
# tools before the build); serial keeps that true under `make -j` too.
.NOTPARALLEL:

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
export PATH := $(HOME)/.cargo/bin:$(PATH)
export DEBIAN_FRONTEND := noninteractive

# Pins. trunk 0.22 needs a newer rustc than 1.95; the wasm-bindgen CLI must equal the library in
# Cargo.lock, so it is read from there rather than written twice.
TRUNK_VERSION := 0.21.14
TAURI_CLI_VERSION := 2.12.5
TAURI_DRIVER_VERSION := ^2
NEXTEST_VERSION := 0.9.151
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' $(ROOT)/Cargo.lock)

# Build dependencies of Tauri on Linux, then what the tests use (headless display, WebDriver,
# Secret Service keyring, screenshots).
APT_PACKAGES := libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev \
	libayatana-appindicator3-dev librsvg2-dev libssl-dev pkg-config build-essential
APT_TEST_PACKAGES := xvfb webkit2gtk-driver gnome-keyring dbus dbus-x11 libsecret-tools imagemagick

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Where cargo puts binaries, honouring CARGO_TARGET_DIR like cargo and trunk do.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(ROOT)/target)
TOOLS := $(ROOT)/target/tools
TAURI := $(TOOLS)/node_modules/.bin/tauri

# The official engine Swagger, when this checkout sits next to it: the API client and the
# stand-in server test themselves against it.
SWAGGER := $(abspath $(ROOT)/../shared/webitel/openapi/engine.swagger.json)
ifneq ($(wildcard $(SWAGGER)),)
export WEBITEL_SWAGGER := $(SWAGGER)
endif

DEMO_LISTEN := 127.0.0.1:8070

.PHONY: help demo test setup setup-apt setup-rust setup-trunk setup-wasm-bindgen \
	setup-tauri-driver setup-tauri-cli setup-nextest fmt-check ui app sim lint unit e2e icons bench

help:
	@echo "make demo   set up, build, and open the app next to a stand-in Webitel server"
	@echo "make test   set up, then format check, lints and every test"
	@echo "make e2e    only the end-to-end tests (the built app, headless, over WebDriver)"
	@echo "make icons  regenerate icons/ from icons/icon.svg"
	@echo "make bench  time the full sync and the all-queues query (release), into bench/RESULTS.md"

# ---------------------------------------------------------------------------------------------
# The two commands.

test: setup fmt-check ui lint unit e2e

demo: setup ui app sim
	@cd $(ROOT); \
	log=$$(mktemp); \
	"$(TARGET_DIR)/debug/webitel-sim" --listen $(DEMO_LISTEN) --data demo >"$$log" 2>&1 & sim=$$!; \
	trap 'kill $$sim 2>/dev/null || true; wait $$sim 2>/dev/null || true; rm -f "$$log"' EXIT; \
	for _ in $$(seq 300); do \
		grep -q '^listening on http://' "$$log" && break; \
		if ! kill -0 $$sim 2>/dev/null; then cat "$$log" >&2; echo "webitel-sim exited" >&2; exit 1; fi; \
		sleep 0.1; \
	done; \
	grep -q '^listening on http://' "$$log" || { cat "$$log" >&2; echo "webitel-sim did not start" >&2; exit 1; }; \
	echo "stand-in server: http://$(DEMO_LISTEN) (see tests/webitel-sim/README.md for its users)"; \
	echo "signing in as admin@demo (password demo); demo profiles and cache in $(TARGET_DIR)/demo-data"; \
	WEBITEL_HOOKS_PASSWORD=demo "$(TARGET_DIR)/debug/webitel-hooks" \
		--server http://$(DEMO_LISTEN) --username admin@demo --data-dir "$(TARGET_DIR)/demo-data"

# ---------------------------------------------------------------------------------------------
# Set-up. Each step checks first and does nothing when the right thing is already there.

setup: setup-apt setup-rust setup-trunk setup-wasm-bindgen setup-tauri-driver setup-tauri-cli

# Elsewhere (macOS, Windows, other Linux) the README lists what to install by hand.
setup-apt:
	@if ! command -v dpkg-query >/dev/null; then echo "not Debian: see README.md for prerequisites"; exit 0; fi; \
	missing=""; \
	for pkg in $(APT_PACKAGES) $(APT_TEST_PACKAGES); do \
		status=$$(dpkg-query -W -f='$${db:Status-Status}' "$$pkg" 2>/dev/null || true); \
		[ "$$status" = installed ] || missing="$$missing $$pkg"; \
	done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update; \
		$(SUDO) apt-get install -y $$missing; \
	fi

setup-rust:
	@command -v rustup >/dev/null || { echo "rustup is required: https://rustup.rs" >&2; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

setup-trunk: setup-apt
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] \
		|| cargo install trunk --version $(TRUNK_VERSION) --locked

# Without --locked: the CLI's own lock file names a crate version that crates.io no longer has.
setup-wasm-bindgen:
	@v="$(WASM_BINDGEN_VERSION)"; [ -n "$$v" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }; \
	[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $$v" ] \
		|| cargo install wasm-bindgen-cli --version "$$v"

setup-tauri-driver: setup-apt
	@cargo install --list | grep -q '^tauri-driver v2\.' \
		|| cargo install tauri-driver --version '$(TAURI_DRIVER_VERSION)' --locked

# A prebuilt binary from npm, kept under target/ so the repository root has no package.json.
setup-tauri-cli: setup-apt
	@[ "$$($(TAURI) --version 2>/dev/null)" = "tauri-cli $(TAURI_CLI_VERSION)" ] \
		|| npm install --prefix $(TOOLS) --no-audit --no-fund @tauri-apps/cli@$(TAURI_CLI_VERSION)

# Any installed nextest will do: it runs the same tests; the pin is for machines without one.
setup-nextest:
	@command -v cargo-nextest >/dev/null \
		|| cargo install cargo-nextest --version $(NEXTEST_VERSION) --locked

# ---------------------------------------------------------------------------------------------
# Building blocks.

fmt-check:
	cd $(ROOT) && cargo fmt --all --check

# The UI, into src-ui/dist, where the app embeds it from.
ui:
	cd $(ROOT)/src-ui && trunk build --release

# custom-protocol makes the binary serve the built UI instead of looking for `trunk serve`.
app: ui
	cd $(ROOT) && cargo build -p webitel-hooks --features custom-protocol

sim:
	cd $(ROOT) && cargo build -p webitel-sim

lint:
	cd $(ROOT) && cargo clippy --workspace --all-targets -- -D warnings
	cd $(ROOT) && cargo clippy -p webitel-hooks-ui --target wasm32-unknown-unknown -- -D warnings
	cd $(ROOT) && cargo check -p webitel-hooks-model --target wasm32-unknown-unknown

# The end-to-end binary needs the driver that `e2e` starts: it runs there, not here. The core's
# keyring tests use the real Secret Service: a D-Bus session of their own with gnome-keyring,
# whose keyring files go to a throwaway folder (so a login keyring already on this machine, with
# a password of its own, is neither needed nor touched); WEBITEL_HOOKS_KEYRING_TESTS makes them
# fail rather than skip when it does not work.
unit: setup-nextest
	cd $(ROOT) && keyrings=$$(mktemp -d) && trap 'rm -rf "$$keyrings"' EXIT && \
	KEYRINGS="$$keyrings" WEBITEL_HOOKS_KEYRING_TESTS=1 dbus-run-session -- bash -c \
		'set -euo pipefail; \
		 echo -n test-password | XDG_DATA_HOME="$$KEYRINGS" gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
		 cargo nextest run --workspace -E "not binary_id(webitel-hooks::e2e)"'
	cd $(ROOT) && cargo test --workspace --doc

# End-to-end: the built app in its webview, driven through tauri-driver (which starts
# WebKitWebDriver) on a headless X display, one app at a time (WebKitWebDriver serves one
# session). A free display and port are picked so that two checkouts can run side by side; the
# D-Bus session and unlocked keyring are the ones shared/TOOLCHAIN.md describes. Everything
# started here is stopped on exit, failure included. Screenshots: target/e2e-screens/.
E2E_PORT ?= 4444
E2E_PASSWORD ?= demo
e2e: setup setup-nextest ui
	cd $(ROOT) && cargo build -p webitel-hooks --features custom-protocol
	cd $(ROOT) && cargo nextest run -p webitel-hooks --features custom-protocol --test e2e --no-run
	@cd $(ROOT); \
	mkdir -p "$(TARGET_DIR)/e2e-screens"; rm -f "$(TARGET_DIR)"/e2e-screens/*.png; \
	records="$(TARGET_DIR)/e2e-record/run-$$$$"; rm -rf "$$records"; mkdir -p "$$records"; \
	find "$(TARGET_DIR)/e2e-record" -mindepth 1 -maxdepth 1 -mmin +120 -exec rm -rf {} + 2>/dev/null || true; \
	logs="$(TARGET_DIR)/e2e-logs"; mkdir -p "$$logs"; \
	xvfb=""; driver=""; \
	stop() { \
		[ -z "$$driver" ] || kill -- -"$$driver" 2>/dev/null || true; \
		[ -z "$$xvfb" ] || kill "$$xvfb" 2>/dev/null || true; \
		wait 2>/dev/null || true; \
	}; \
	trap stop EXIT; \
	exec 3>"$$logs/display"; \
	Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$$logs/xvfb.log" 2>&1 & xvfb=$$!; \
	exec 3>&-; \
	for _ in $$(seq 100); do [ -s "$$logs/display" ] && break; sleep 0.1; done; \
	[ -s "$$logs/display" ] || { cat "$$logs/xvfb.log" >&2; echo "Xvfb did not start" >&2; exit 1; }; \
	display=":$$(head -n1 "$$logs/display")"; \
	port=$(E2E_PORT); \
	while (exec 2>/dev/null; : >/dev/tcp/127.0.0.1/$$port) || (exec 2>/dev/null; : >/dev/tcp/127.0.0.1/$$((port + 1))); do \
		port=$$((port + 2)); [ $$port -lt $$(( $(E2E_PORT) + 100 )) ] || { echo "no free port for tauri-driver" >&2; exit 1; }; \
	done; \
	DISPLAY="$$display" WEBITEL_HOOKS_PASSWORD="$(E2E_PASSWORD)" setsid dbus-run-session -- bash -c \
		'echo -n e2e-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
		 exec tauri-driver --port '"$$port"' --native-port '"$$((port + 1))" \
		>"$$logs/tauri-driver.log" 2>&1 & driver=$$!; \
	for _ in $$(seq 100); do (exec 2>/dev/null; : >/dev/tcp/127.0.0.1/$$port) && break; sleep 0.1; done; \
	(exec 2>/dev/null; : >/dev/tcp/127.0.0.1/$$port) || { cat "$$logs/tauri-driver.log" >&2; echo "tauri-driver did not start" >&2; exit 1; }; \
	echo "e2e: display $$display, tauri-driver on port $$port (logs in $$logs)"; \
	start=$$(date +%s); \
	status=0; \
	export E2E_RECORD_DIR="$$records" E2E_LOGS_DIR="$$logs"; \
	WEBDRIVER_URL="http://127.0.0.1:$$port" cargo nextest run -p webitel-hooks --features custom-protocol \
		--test e2e -j 1 --no-fail-fast || status=$$?; \
	echo "e2e: secret scan of the run's data folders, logs and IPC answers ($$records)"; \
	cargo nextest run -p webitel-hooks --features custom-protocol --test e2e --no-capture \
		--run-ignored only -E 'test(no_password_or_token_in_data_folders_logs_or_ipc_answers)' \
		|| status=$$?; \
	echo "e2e: $$(( $$(date +%s) - start )) s; screenshots in $(TARGET_DIR)/e2e-screens"; \
	exit $$status

# Timings, not tests: the full sync and the all-queues query against the stand-in server, in a
# release build; figures in bench/RESULTS.md (see bench/README.md). Not part of `make test`.
bench:
	cd $(ROOT) && cargo run -p webitel-hooks-bench --release -- all

# Every size from one source, with the Tauri CLI; only the desktop set is kept.
ICON_SIZES := 32x32.png 64x64.png 128x128.png 128x128@2x.png icon.png icon.ico icon.icns
icons: setup-tauri-cli
	rm -rf $(ROOT)/target/icons
	$(TAURI) icon $(ROOT)/icons/icon.svg --output $(ROOT)/target/icons
	for f in $(ICON_SIZES); do cp $(ROOT)/target/icons/$$f $(ROOT)/icons/$$f; done
