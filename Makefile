# ForumPlanner: `make demo` and `make test` do all set-up on a fresh Debian/Ubuntu with Swift 6.
SWIFT ?= swift
# The demo forum: the Taraz regional forum of November 2019 (examples/README.md tells its story).
DEMO_PLAN := examples/taraz-forum.yaml
DEMO_OUT := out/demo

.PHONY: all deps build demo test format format-check test-venv schema-check conformance clean bench bench-solve bench-ctt bench-export bench-replan bench-suggest bench-serve fuzz test-sanitize screenshots

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

test: deps format-check schema-check
	$(SWIFT) test
	@$(MAKE) --no-print-directory conformance

# Source layout: `swift format` (shipped with the Swift 6 toolchain) with the project's .swift-format;
# `make format` rewrites the tree, `make format-check` (part of `make test`) fails on any difference.
SWIFT_FORMAT_PATHS := Sources Tests Fuzz Package.swift
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_FORMAT_PATHS)

format-check:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_FORMAT_PATHS)

# The Python test tools (pinned in Tests/requirements.txt, dependencies included) in one virtualenv,
# made on first use or when the list changes; python3-venv comes from apt-get when missing. PyPI only.
PYTHON ?= python3
TEST_VENV := .build/test-venv
TEST_REQUIREMENTS := Tests/requirements.txt

test-venv: $(TEST_VENV)/installed

$(TEST_VENV)/installed: $(TEST_REQUIREMENTS)
	@if ! $(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1; then \
		echo "make: installing python3-venv with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv; \
	fi
	rm -rf $(TEST_VENV)
	$(PYTHON) -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/pip install --quiet --disable-pip-version-check -r $(TEST_REQUIREMENTS)
	touch $@

# Conformance stage (part of `make test`): every feed of every example with its witness schedule,
# read by independent iCalendar readers from PyPI plus a strict lint; negative controls and a
# cancellation scenario prove it can fail. Ends with 'N passed, N failed'.
# `build --build-tests` is what `swift test` builds (testability on), so after it nothing is rebuilt.
conformance: deps test-venv
	$(SWIFT) build --build-tests
	$(TEST_VENV)/bin/python Tests/Conformance/conformance.py \
		--forumplan "$$($(SWIFT) build --show-bin-path)/forumplan" --examples examples --work .build/conformance

# The plan schema (docs/plan.schema.json) against every example and broken plan fixture, with jsonschema.
schema-check: test-venv
	$(TEST_VENV)/bin/python scripts/check-schema.py

clean:
	rm -rf .build

# Export timing: every feed of the Otpan example (2,803 occurrences) with its witness schedule (release build).
bench-export: deps
	$(SWIFT) run -c release forumcal-bench

# Feed server figures (not in CI): `forumplan serve` beside nginx on the exported Otpan example, wrk on
# loopback (big feed, small feed, gzip; req/s, latency, ratio), then 60 s sustained with RSS samples.
# Installs nginx and wrk with apt-get when missing. DURATION, CONNECTIONS and SUSTAIN tune the runs.
bench-serve: deps
	$(SWIFT) build -c release --product forumplan
	scripts/bench-serve.sh "$$($(SWIFT) build -c release --show-bin-path)/forumplan"

# Solver figures: every example plus generated rollouts of 2,500, 5,000 and 10,000 occurrences (otpan-generated,
# rollout-12-towns, rollout-24-towns: 6, 12, 24 towns of the Otpan shape, fixed seed), one child process each
# (occurrences, score at the limit, time to first feasible and to best, moves per CPU-second of the process, peak memory).
# Instance names after the options pick a subset: BENCH_ARGS="--threads 2 --time-limit 20 rollout-24-towns".
BENCH_ARGS ?= --threads 2 --time-limit 60
bench: bench-solve bench-export

bench-solve: deps
	$(SWIFT) build -c release --product forumplan-bench
	"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" $(BENCH_ARGS)

# Re-planning figures: the Otpan witness after one trainer's day of absence (the busiest trainer-day
# unless REPLAN_ARGS names --trainer ID --day DATE): time to finish, forced vs changed sessions.
REPLAN_ARGS ?=
bench-replan: deps
	$(SWIFT) build -c release --product forumplan-bench
	"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" --replan $(BENCH_ARGS) $(REPLAN_ARGS)

# check --suggest figures: a generated ten-town rollout (6,060 occurrences) solved once (the schedule is kept in
# SUGGEST_SCHEDULE, so two builds compare the same input), three hand-made faults (a room double-booked, a pool trainer
# without the skill, a trainer double-booked across towns); time to suggest, and whether each suggestion removes its violation.
SUGGEST_SCHEDULE ?= out/bench/rollout-10-towns.schedule.yaml
bench-suggest: deps
	$(SWIFT) build -c release --product forumplan-bench
	mkdir -p "$$(dirname $(SUGGEST_SCHEDULE))"
	"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" --suggest $(BENCH_ARGS) --schedule $(SUGGEST_SCHEDULE)

# ITC-2007 track 3: every bench/ctt instance matching CTT_FILTER (a shell glob, e.g. 'comp0[1-5]'),
# CTT_TIME seconds on CTT_THREADS threads each, one child process per instance, once per seed in
# CTT_SEEDS; prints hard and soft by the competition's rules, the best known, (soft+1)/(best+1),
# seconds, the seconds to the best and to within 10 % of it, and the mean ratio per seed.
CTT_TIME ?= 60
CTT_THREADS ?= 2
CTT_FILTER ?= comp*
CTT_SEEDS ?= 1
bench-ctt: deps
	$(SWIFT) build -c release --product forumplan-bench
	@set -e; for seed in $(CTT_SEEDS); do \
		"$$($(SWIFT) build -c release --show-bin-path)/forumplan-bench" --time-limit $(CTT_TIME) --threads $(CTT_THREADS) \
			--seed $$seed $$(ls bench/ctt/$(CTT_FILTER).ctt); \
	done

# Fuzzing (not in CI): each libFuzzer target (Fuzz/) for FUZZ_TIME seconds, corpora seeded from the
# examples, calendars and test fixtures. Crashes land in .build-fuzz/crashes/; once fixed, keep the
# input under Tests/ForumHardeningTests/Regressions/<target>/ (the test suite replays them).
FUZZ_TIME ?= 180
FUZZ_TARGETS ?= plan calendar ctt schedule
fuzz: deps
	$(SWIFT) build --package-path Fuzz --scratch-path .build-fuzz -c release --sanitize=fuzzer --sanitize=address \
		-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	@set -e; for t in $(FUZZ_TARGETS); do \
		corpus=.build-fuzz/corpus/$$t; mkdir -p $$corpus .build-fuzz/crashes; \
		case $$t in \
			plan) seeds="examples/minimal.yaml examples/taraz-forum.yaml examples/taldykorgan-conference.yaml examples/shymkent-network.yaml $$(find Tests -name '*.yaml')";; \
			calendar) seeds="$$(find calendars Tests -name '*.ics')";; \
			ctt) seeds="$$(ls bench/ctt/*.ctt)";; \
			schedule) seeds="$$(ls Fuzz/Seeds/*)";; \
		esac; \
		cp $$seeds $$corpus/ 2>/dev/null || true; \
		echo "fuzz-$$t: $(FUZZ_TIME) s, corpus $$(ls $$corpus | wc -l) files"; \
		.build-fuzz/release/fuzz-$$t $$corpus -max_total_time=$(FUZZ_TIME) -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
			-artifact_prefix=.build-fuzz/crashes/$$t- -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true; \
		echo "fuzz-$$t: corpus now $$(ls $$corpus | wc -l) files"; \
	done; \
	if ls .build-fuzz/crashes/* >/dev/null 2>&1; then echo "crashes:"; ls .build-fuzz/crashes; exit 1; fi

# The test suite under AddressSanitizer, then the multi-threaded parts (solver portfolio, concurrent
# export, server) under ThreadSanitizer; each prints its time. Not in CI (several times slower).
test-sanitize: deps
	@start=$$(date +%s); TEST_SANITIZER=address TEST_TIME_SCALE=4 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan; asan=$$?; \
		echo "test-sanitize: address sanitizer run took $$(( $$(date +%s) - start )) s (exit $$asan)"; \
	start=$$(date +%s); TEST_SANITIZER=thread TEST_TIME_SCALE=8 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan \
		--filter 'SolveTests|SearchTests|ReplanTests|ConcurrencyTests|LiveServerTests|ServeCommandTests|AtomicFileTests|FeedExportTests'; tsan=$$?; \
		echo "test-sanitize: thread sanitizer run took $$(( $$(date +%s) - start )) s (exit $$tsan)"; \
	test $$asan = 0 && test $$tsan = 0

# PNGs of the HTML timetable of the Taraz and Otpan examples (screen and print) in docs/screenshots/,
# rendered by headless Chromium from Debian's packages (installed with apt-get when missing).
screenshots: build
	scripts/screenshots.sh "$$($(SWIFT) build --show-bin-path)/forumplan"
