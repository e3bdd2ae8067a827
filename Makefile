# ForumPlanner: `make demo` and `make test` do all set-up on a fresh Debian/Ubuntu with Swift 6.
SWIFT ?= swift
# The demo forum: the Taraz regional forum of November 2019 (examples/README.md tells its story).
DEMO_PLAN := examples/taraz-forum.yaml
DEMO_OUT := out/demo

.PHONY: all deps build demo test clean bench bench-solve bench-export screenshots

all: build

# libical (calendar feeds) comes from the system; install it when pkg-config cannot find it.
# HTML Tidy validates the report pages in the tests (they are skipped, and say so, without it).
deps:
	@if ! pkg-config --exists libical 2>/dev/null; then \
		echo "make: installing libical-dev and pkg-config with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical-dev pkg-config; \
	fi
	@if ! command -v tidy >/dev/null 2>&1; then \
		echo "make: installing tidy (HTML5 validator for the report tests) with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tidy; \
	fi

build: deps
	$(SWIFT) build --product forumplan

# Validate, solve, show a trainer's agenda and publish the feeds and the timetable of the Taraz forum into out/demo/.
demo: build
	@bin="$$($(SWIFT) build --show-bin-path)/forumplan"; set -e; \
	mkdir -p $(DEMO_OUT); \
	"$$bin" validate $(DEMO_PLAN); \
	"$$bin" solve $(DEMO_PLAN) -o $(DEMO_OUT)/taraz.schedule.yaml; \
	"$$bin" agenda $(DEMO_PLAN) $(DEMO_OUT)/taraz.schedule.yaml --trainer berdibekova; \
	"$$bin" export $(DEMO_PLAN) $(DEMO_OUT)/taraz.schedule.yaml --out $(DEMO_OUT)/feeds --report; \
	echo "Schedule: $(DEMO_OUT)/taraz.schedule.yaml  Feeds: $(DEMO_OUT)/feeds/index.html  Timetable: $(DEMO_OUT)/feeds/report/index.html"

test: deps
	$(SWIFT) test

clean:
	rm -rf .build

# Export timing: every feed of the Otpan example (2,803 occurrences) with its witness schedule (release build).
bench-export: deps
	$(SWIFT) run -c release forumcal-bench

# Solver figures: every example plus a generated Otpan-size rollout, one child process each
# (occurrences, score, time to first feasible and to best, moves/s per core, peak memory).
BENCH_ARGS ?= --threads 2
bench: bench-solve bench-export

bench-solve: deps
	$(SWIFT) build -c release --product forumplan-bench
	"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" $(BENCH_ARGS)

# PNGs of the HTML timetable of the Taraz and Otpan examples (screen and print) in docs/screenshots/,
# rendered by headless Chromium from Debian's packages (installed with apt-get when missing).
screenshots: build
	scripts/screenshots.sh "$$($(SWIFT) build --show-bin-path)/forumplan"
