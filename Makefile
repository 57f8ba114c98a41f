# HomeStretch: `make run` and `make test` are the two set-up commands (see README).
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
SOURCES := Sources Tests Package.swift

# Debian packages the build and the tests need. `make deps` installs the missing ones.
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev poppler-utils qpdf ghostscript

# SwiftPM reads cairo's and Pango's flags through pkg-config; their .pc files add -pthread,
# which SwiftPM warns about, so a filtered homestretch-cairo.pc is generated into .build.
PC_DIR := $(CURDIR)/.build/pkgconfig
PC_FILE := $(PC_DIR)/homestretch-cairo.pc
export PKG_CONFIG_PATH := $(PC_DIR)$(if $(PKG_CONFIG_PATH),:$(PKG_CONFIG_PATH))

.PHONY: deps pc build run serve test lint format check-catalogue bench bench-web bench-build clean browser-deps browser-test

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

pc: deps
	@mkdir -p $(PC_DIR)
	@{ echo "Name: homestretch-cairo"; echo "Description: cairo, Pango and fontconfig for HomeStretch"; \
	  echo "Version: 1"; \
	  echo "Cflags: $$(pkg-config --cflags pangocairo pangoft2 fontconfig | sed 's/-pthread//g')"; \
	  echo "Libs: $$(pkg-config --libs pangocairo pangoft2 fontconfig | sed 's/-pthread//g')"; } > $(PC_FILE).tmp
	@mv $(PC_FILE).tmp $(PC_FILE)

build: pc
	$(SWIFT) build -Xswiftc -warnings-as-errors

# The main job on the sample profile: its printable handout in output/.
run: build
	$(SWIFT) run -Xswiftc -warnings-as-errors homestretch render examples/maria-lopez.yaml

# The therapist's web app on the sample data, at http://127.0.0.1:8080/ (Ctrl-C stops it).
serve: build
	.build/debug/homestretch serve --port $(or $(PORT),8080) --data examples

# The browser test's tools: Debian's chromium and a venv with Playwright for Python
# (Playwright's own browser download is not used). Idempotent: quick once installed.
BROWSER_VENV := .venv-browser
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! dpkg -s python3-venv >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium python3-venv; \
	fi
	@if ! $(BROWSER_VENV)/bin/python -c "import playwright, pytest" >/dev/null 2>&1; then \
	  rm -rf $(BROWSER_VENV) && /usr/bin/python3 -m venv $(BROWSER_VENV) && \
	  $(BROWSER_VENV)/bin/pip install -q --disable-pip-version-check playwright pytest; \
	fi

# Real headless Chromium against `homestretch serve` on a free port (Tests/Browser).
browser-test: build browser-deps
	Tests/Browser/run

lint:
	$(SWIFT) format lint --strict -r $(SOURCES)

format:
	$(SWIFT) format -i -r $(SOURCES)

check-catalogue: build
	$(SWIFT) run -Xswiftc -warnings-as-errors homestretch catalogue check

test: pc lint browser-deps
	$(SWIFT) build --build-tests -Xswiftc -warnings-as-errors
	$(SWIFT) test --skip-build
	.build/debug/homestretch catalogue check
	Tests/Browser/run

# Issue 6's measurements on the release build: a table, and output/bench.json. Its own
# scratch path, so it never waits for (or invalidates) the debug build in .build.
BENCH_BUILD := $(CURDIR)/.build-bench
# Part 5 loads `homestretch serve` with wrk (Debian's package, installed here if missing);
# `make bench-web` runs part 5 alone.
bench: bench-build
	$(BENCH_BUILD)/release/homestretch-bench

bench-web: bench-build
	$(BENCH_BUILD)/release/homestretch-bench --web

bench-build: pc
	@command -v wrk >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk; }
	$(SWIFT) build -c release --scratch-path $(BENCH_BUILD) -Xswiftc -warnings-as-errors \
	  --product homestretch
	$(SWIFT) build -c release --scratch-path $(BENCH_BUILD) -Xswiftc -warnings-as-errors \
	  --product homestretch-bench

clean:
	rm -rf .build
