# refgap: the two set-up commands the README gives, and a few helpers.
#   make sample   install libcsv-dev and libssl-dev if missing, build, run refgap on SampleData/ into reports/
#   make test     install libcsv-dev and libssl-dev if missing, run the test suite
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: deps release-deps build release sample golden docs test bench clean

deps:
	@dpkg -s libcsv-dev libssl-dev >/dev/null 2>&1 || { \
	  echo "Installing libcsv-dev (the C CSV library refgap is built on) and libssl-dev (SHA-256 of the inputs)…"; \
	  $(SUDO) apt-get install -y libcsv-dev libssl-dev >/dev/null 2>&1 || { $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y libcsv-dev libssl-dev; }; }

build: deps
	$(SWIFT) build

# tcmalloc (gperftools' minimal build) for the release binary's allocations: see `release`.
release-deps: deps
	@/sbin/ldconfig -p | grep -q libtcmalloc_minimal.so.4 || { \
	  echo "Installing libtcmalloc-minimal4 (the memory allocator the release build links)…"; \
	  $(SUDO) apt-get install -y libtcmalloc-minimal4 >/dev/null 2>&1 || { $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y libtcmalloc-minimal4; }; }

# As shipped: the Swift runtime and Foundation linked in (the binary runs without Swift installed and
# starts in 6.5 ms instead of 11.5), with the toolchain's lld; its malloc is tcmalloc's, which took
# paired medians down 37 ms at real shape 100k and 100 ms at real shape 1M, for 8-13 MiB more peak
# RSS (scripts/bench/README.md, "The run at 92fac4f"). Debug builds and the tests keep glibc's.
# Its relative relocations are packed (`-z pack-relative-relocs`, glibc 2.36 and later, as on Debian 12):
# the linked-in runtime's 80,000 took 1.9 MB of the binary, paged in at every start (16 KB packed):
# 2 MiB less peak RSS on every run (scripts/bench/README.md, "After ea27872").
release: release-deps
	$(SWIFT) build -c release --product refgap --static-swift-stdlib -Xswiftc -use-ld=lld \
	  -Xlinker -l:libtcmalloc_minimal.so.4 -Xlinker -z -Xlinker pack-relative-relocs

sample: build
	$(SWIFT) run --skip-build refgap run SampleData --out reports

# The golden reports the suite compares against: regenerate when output changes on purpose, then
# look at `git diff Tests/Golden` and commit.
golden: build
	rm -rf Tests/Golden/SampleData
	$(SWIFT) run --skip-build refgap run SampleData --out Tests/Golden/SampleData --quiet
	rm -f Tests/Golden/SampleData/.refgap.lock

# docs/settings.md, made from the settings table (Sources/RefgapIngest/Settings/Settings.swift).
docs: deps
	REFGAP_WRITE_DOCS=1 $(SWIFT) test --filter SettingsTableTests

test: deps
	$(SWIFT) test

clean:
	rm -rf .build
