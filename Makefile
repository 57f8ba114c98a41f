# HomeStretch: `make run` and `make test` are the two set-up commands (see README).
SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
SOURCES := Sources Tests Package.swift

# Debian packages the build and the tests need. `make deps` installs the missing ones.
APT_PACKAGES :=

.PHONY: deps build run test lint format check-catalogue clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -Xswiftc -warnings-as-errors

# The main job on the sample profile.
run: build
	$(SWIFT) run -Xswiftc -warnings-as-errors homestretch plan examples/maria-lopez.yaml

lint:
	$(SWIFT) format lint --strict -r $(SOURCES)

format:
	$(SWIFT) format -i -r $(SOURCES)

check-catalogue: build
	$(SWIFT) run homestretch catalogue check

test: deps lint
	$(SWIFT) build --build-tests -Xswiftc -warnings-as-errors
	$(SWIFT) test --skip-build
	$(SWIFT) run homestretch catalogue check

clean:
	rm -rf .build
