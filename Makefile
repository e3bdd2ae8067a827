# ForumPlanner: `make demo` and `make test` do all set-up on a fresh Debian/Ubuntu with Swift 6.
SWIFT ?= swift
# The richest example plan present (the Taraz forum once it is in examples/, else the minimal one).
DEMO_PLAN := $(firstword $(wildcard examples/taraz-forum.yaml) examples/minimal.yaml)

.PHONY: all deps build demo test clean bench bench-export

all: build

# libical (calendar feeds) comes from the system; install it when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libical 2>/dev/null; then \
		echo "make: installing libical-dev and pkg-config with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build --product forumplan

demo: build
	"$$($(SWIFT) build --show-bin-path)/forumplan" validate $(DEMO_PLAN)

test: deps
	$(SWIFT) test

clean:
	rm -rf .build

# Export timing: every feed of a synthetic 2,500-occurrence forum (release build).
bench-export: deps
	$(SWIFT) run -c release forumcal-bench

# Solver figures: every example plus a generated Otpan-size rollout, one child process each
# (occurrences, score, time to first feasible and to best, moves/s per core, peak memory).
BENCH_ARGS ?= --threads 2
bench: deps
	$(SWIFT) build -c release --product forumplan-bench
	"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" $(BENCH_ARGS)
