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
# Secret Service keyring, screenshots; xdotool and python3 find and close the app's window as a
# window manager would).
APT_PACKAGES := libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev \
	libayatana-appindicator3-dev librsvg2-dev libssl-dev pkg-config build-essential
APT_TEST_PACKAGES := xvfb webkit2gtk-driver gnome-keyring dbus dbus-x11 libsecret-tools imagemagick \
	xdotool python3

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Where cargo puts binaries, honouring CARGO_TARGET_DIR like cargo and trunk do.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(ROOT)/target)
TOOLS := $(ROOT)/target/tools
TAURI := $(TOOLS)/node_modules/.bin/tauri
# wasm-opt for trunk's release builds (Trunk.toml pins its version): binaryen's own build for
# Node, from npm. Debian 12's binaryen (108) cannot read what wasm-bindgen writes today
# (reference types' table.fill), and trunk's own download needs GitHub. Every recipe, and the
# Tauri CLI's beforeBuildCommand, finds it first on the PATH.
BINARYEN_MAJOR := 132
BINARYEN_VERSION := $(BINARYEN_MAJOR).0.0
export PATH := $(TOOLS)/node_modules/.bin:$(PATH)

# The official engine Swagger, when this checkout sits next to it: the API client and the
# stand-in server test themselves against it.
SWAGGER := $(abspath $(ROOT)/../shared/webitel/openapi/engine.swagger.json)
ifneq ($(wildcard $(SWAGGER)),)
export WEBITEL_SWAGGER := $(SWAGGER)
endif

DEMO_LISTEN := 127.0.0.1:8070

.PHONY: help demo test setup setup-apt setup-rust setup-trunk setup-wasm-bindgen \
	setup-tauri-driver setup-tauri-cli setup-nextest fmt-check ui app sim lint unit e2e icons bench \
	bundle deb-e2e

help:
	@echo "make demo   set up, build, and open the app next to a stand-in Webitel server"
	@echo "make test   set up, then format check, lints and every test"
	@echo "make e2e    only the end-to-end tests (the built app, headless, over WebDriver)"
	@echo "make bundle build the .deb (release) into target/release/bundle/deb/"
	@echo "make deb-e2e  install the .deb, smoke-test the installed app, remove it"
	@echo "make icons  regenerate icons/ from icons/icon.svg"
	@echo "make bench  time the sync, the all-queues query and the window (release), into bench/RESULTS.md"

# ---------------------------------------------------------------------------------------------
# The two commands.

test: setup fmt-check ui lint unit e2e deb-e2e

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

setup: setup-apt setup-rust setup-trunk setup-wasm-bindgen setup-wasm-opt setup-tauri-driver setup-tauri-cli

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

setup-wasm-opt: setup-apt
	@[ "$$($(TOOLS)/node_modules/.bin/wasm-opt --version 2>/dev/null)" = "wasm-opt version $(BINARYEN_MAJOR) (version_$(BINARYEN_MAJOR))" ] \
		|| npm install --prefix $(TOOLS) --no-audit --no-fund binaryen@$(BINARYEN_VERSION)

# Any installed nextest will do: it runs the same tests; the pin is for machines without one.
setup-nextest:
	@command -v cargo-nextest >/dev/null \
		|| cargo install cargo-nextest --version $(NEXTEST_VERSION) --locked

# ---------------------------------------------------------------------------------------------
# Building blocks.

fmt-check:
	cd $(ROOT) && cargo fmt --all --check

# The UI, into src-ui/dist, where the app embeds it from.
ui: setup-wasm-opt
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
# session). tests/e2e/harness.sh starts the display, a D-Bus session with an unlocked keyring
# (as shared/TOOLCHAIN.md describes) and the driver on a free display and port, so that two
# checkouts can run side by side, and stops all of it on exit, failure included. Screenshots:
# target/e2e-screens/; logs: target/e2e-logs/. E2E_FILTER runs only the tests a nextest filter
# picks, e.g. `make e2e E2E_FILTER='test(offline)'`; the secret scan, which needs the whole
# run's records, is skipped then. The tests drive a copy of the built app (target/e2e-app/),
# so that a build in the same target folder meanwhile (a workspace `cargo test` builds the app
# without the embedded UI) cannot swap the binary under a running suite.
E2E_PORT ?= 4444
E2E_PASSWORD ?= demo
E2E_FILTER ?=
E2E_NEXTEST := cargo nextest run -p webitel-hooks --features custom-protocol --test e2e
e2e: setup setup-nextest ui
	cd $(ROOT) && cargo build -p webitel-hooks --features custom-protocol
	cd $(ROOT) && $(E2E_NEXTEST) --no-run
	@cd $(ROOT); \
	mkdir -p "$(TARGET_DIR)/e2e-screens"; rm -f "$(TARGET_DIR)"/e2e-screens/*.png; \
	records="$(TARGET_DIR)/e2e-record/run-$$$$"; rm -rf "$$records"; mkdir -p "$$records"; \
	find "$(TARGET_DIR)/e2e-record" -mindepth 1 -maxdepth 1 -mmin +120 -exec rm -rf {} + 2>/dev/null || true; \
	logs="$(TARGET_DIR)/e2e-logs"; \
	app="$(TARGET_DIR)/e2e-app/webitel-hooks-$$$$"; mkdir -p "$(TARGET_DIR)/e2e-app"; \
	cp "$(TARGET_DIR)/debug/webitel-hooks" "$$app"; trap 'rm -f "$$app"' EXIT; \
	export E2E_RECORD_DIR="$$records" E2E_PORT="$(E2E_PORT)" WEBITEL_HOOKS_PASSWORD="$(E2E_PASSWORD)"; \
	export WEBITEL_HOOKS_APP="$${WEBITEL_HOOKS_APP:-$$app}"; \
	start=$$(date +%s); \
	status=0; \
	tests/e2e/harness.sh "$$logs" $(E2E_NEXTEST) -j 1 --no-fail-fast \
		$(if $(E2E_FILTER),-E '$(E2E_FILTER)') || status=$$?; \
	if [ -z '$(E2E_FILTER)' ]; then \
		echo "e2e: secret scan of the run's data folders, logs and IPC answers ($$records)"; \
		E2E_LOGS_DIR="$$logs" $(E2E_NEXTEST) --no-capture --run-ignored only \
			-E 'test(no_password_or_token_in_data_folders_logs_or_ipc_answers)' || status=$$?; \
	else \
		echo "e2e: filtered run ($(E2E_FILTER)), no secret scan"; \
	fi; \
	echo "e2e: $$(( $$(date +%s) - start )) s; screenshots in $(TARGET_DIR)/e2e-screens"; \
	exit $$status

# The Linux installer: a release build bundled as a .deb by the Tauri CLI, which first builds
# the UI (beforeBuildCommand in tauri.conf.json: trunk build --release) and embeds it. Into
# target/release/bundle/deb/. AppImage, .msi, NSIS and .dmg are configured in tauri.conf.json
# too and built on their own OS: docs/RELEASE.md.
bundle: setup
	cd $(ROOT) && $(TAURI) build --bundles deb --ci
	@ls -1 "$(TARGET_DIR)"/release/bundle/deb/*.deb

# The .deb installed with dpkg, its binary started under Xvfb through tauri-driver and driven
# by one end-to-end smoke test against webitel-sim (a queue's hooks shown), then removed.
# In `make test` the package is made from the debug build `make e2e` already compiled
# (`tauri bundle --debug`, seconds): the release build of `make bundle` (LTO, one codegen unit)
# took 10 min on two cores here, and `tauri build --debug` compiles the app again with the
# CLI's own flags (1 min 16 s); the packaging, the dependencies, the install paths and the
# installed binary's start are the same. `make deb-e2e DEB_PROFILE=release` tests the release
# package of `make bundle` instead. Each of the package's Depends must be in the system's apt
# sources (Debian 12's, in CI); apt-get installs those dpkg finds missing.
DEB_PROFILE ?= debug
deb-e2e: setup setup-nextest ui
ifeq ($(DEB_PROFILE),release)
	cd $(ROOT) && $(TAURI) build --bundles deb --ci
else
	cd $(ROOT) && cargo build -p webitel-hooks --features custom-protocol
	cd $(ROOT) && $(TAURI) bundle --debug --bundles deb --ci
endif
	cd $(ROOT) && $(E2E_NEXTEST) --no-run
	@cd $(ROOT); \
	deb=$$(ls -t "$(TARGET_DIR)/$(DEB_PROFILE)"/bundle/deb/*.deb | head -n1); \
	pkg=$$(dpkg-deb -f "$$deb" Package); \
	app=$$(dpkg-deb -c "$$deb" | awk '$$6 ~ /^(\.\/)?usr\/bin\/./ { sub(/^\.?\/?/, "/", $$6); print $$6; exit }'); \
	[ -n "$$app" ] || { echo "$$deb installs nothing into /usr/bin" >&2; exit 1; }; \
	if dpkg-query -W -f='$${db:Status-Status}' "$$pkg" 2>/dev/null | grep -qx installed; then \
		echo "deb-e2e: $$pkg is installed already: it is replaced by this build and removed after the test"; \
	fi; \
	for dep in $$(dpkg-deb -f "$$deb" Depends | tr ',|' '\n\n' | awk 'NF { print $$1 }'); do \
		apt-cache show "$$dep" >/dev/null 2>&1 \
			|| { echo "$$pkg depends on $$dep, which this system's apt sources do not have" >&2; exit 1; }; \
	done; \
	records=$$(mktemp -d); installed=""; \
	cleanup() { rm -rf "$$records"; [ -z "$$installed" ] || $(SUDO) dpkg -r "$$pkg" >/dev/null || true; }; \
	trap cleanup EXIT; \
	start=$$(date +%s); \
	echo "deb-e2e: dpkg -i $$deb"; \
	installed=1; \
	$(SUDO) dpkg -i "$$deb" || $(SUDO) apt-get install -f -y; \
	dpkg-query -W -f='$${db:Status-Status}' "$$pkg" | grep -qx installed \
		|| { echo "$$pkg did not install" >&2; exit 1; }; \
	[ -x "$$app" ] || { echo "$$app is not there after installing $$pkg" >&2; exit 1; }; \
	echo "deb-e2e: installed $$pkg $$(dpkg-query -W -f='$${Version}' "$$pkg") in $$(( $$(date +%s) - start )) s: $$app"; \
	dpkg-query -W -f='Depends: $${Depends}\n' "$$pkg"; \
	mkdir -p "$(TARGET_DIR)/e2e-screens"; \
	E2E_RECORD_DIR="$$records" E2E_PORT="$(E2E_PORT)" WEBITEL_HOOKS_PASSWORD="$(E2E_PASSWORD)" \
	WEBITEL_HOOKS_APP="$$app" tests/e2e/harness.sh "$(TARGET_DIR)/e2e-logs/deb" \
		$(E2E_NEXTEST) -j 1 --no-capture -E 'test(smoke_registry_shows_a_queues_hooks)'; \
	$(SUDO) dpkg -r "$$pkg"; installed=""; \
	! [ -e "$$app" ] || { echo "$$app is still there after dpkg -r" >&2; exit 1; }; \
	echo "deb-e2e: $$(( $$(date +%s) - start )) s (install, smoke test, removal)"

# Timings, not tests: the full sync and the all-queues query against the stand-in server, and
# the app's window beside the bare Tauri + Yew stack (bench/floor) on a headless display through
# tauri-driver, as the end-to-end tests run; all release builds. Figures in bench/RESULTS.md
# (see bench/README.md). Not part of `make test`. BENCH_ARGS picks, e.g. `window --window-runs 5`.
BENCH_ARGS ?= all
bench: setup setup-nextest
	cd $(ROOT)/src-ui && trunk build --release
	cd $(ROOT)/bench/floor/ui && trunk build --release
	cd $(ROOT) && cargo build --release -p webitel-hooks --features custom-protocol
	cd $(ROOT) && cargo build --release -p webitel-hooks-floor --features custom-protocol
	cd $(ROOT) && cargo build --release -p webitel-hooks-bench
	cd $(ROOT) && WEBITEL_HOOKS_PASSWORD=demo tests/e2e/harness.sh "$(TARGET_DIR)/bench-logs" \
		"$(TARGET_DIR)/release/webitel-hooks-bench" $(BENCH_ARGS)

# Every size from one source, with the Tauri CLI; only the desktop set is kept.
ICON_SIZES := 32x32.png 64x64.png 128x128.png 128x128@2x.png icon.png icon.ico icon.icns
icons: setup-tauri-cli
	rm -rf $(ROOT)/target/icons
	$(TAURI) icon $(ROOT)/icons/icon.svg --output $(ROOT)/target/icons
	for f in $(ICON_SIZES); do cp $(ROOT)/target/icons/$$f $(ROOT)/icons/$$f; done
