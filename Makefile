# captive: one non-recursive Makefile.
#   make                 build every stage into bin/
#   make release         build the seeds' release into dist/ (SEEDS=, DIST= to change;
#                        PREVIOUS= the release whose person ids are kept;
#                        KEEP_OFF_TOPIC=1 keeps the records of off-topic documents)
#   make check           unit and end-to-end tests
#   make deps            install the Debian packages the build and tests need,
#                        and the tests' npm tools into tests/npm
#   make sanitize        the whole check under ASan+UBSan, in build-sanitize/
#   make bench           benchmarks (not part of check)
#   make fuzz            libFuzzer targets, FUZZ_SECONDS each (needs clang)
#   make memcheck        the seeds' run under Valgrind (needs valgrind)
#   make install         PREFIX=/usr/local DESTDIR=

VERSION   := $(shell cat VERSION)
PREFIX    ?= /usr/local
SEEDS     ?= seeds
DIST      ?= dist
BUILD     ?= build
BIN       ?= bin
WORK      ?= $(BUILD)/work-$(notdir $(abspath $(DIST)))
# The release whose person ids the new one keeps (captive-resolve
# --previous): by default the one of the highest version below VERSION in
# DIST; PREVIOUS= (empty) starts a fresh id space.
PREVIOUS  ?= $(shell v=$$(for d in $(DIST)/captive-*; do [ -f "$$d/persons.csv.gz" ] && \
	       basename "$$d" | sed 's/^captive-//'; done | { cat; echo "$(VERSION)"; } | \
	       sort -uV | sed -n '/^$(VERSION)$$/{x;p;q;};h'); [ -n "$$v" ] && echo "$(DIST)/captive-$$v")

CC        ?= cc
PKGS      := jansson libxml-2.0 zlib libutf8proc nettle libpcre2-8 libcurl
CFLAGS    ?= -g -O2
CFLAGS    += -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
             -DCAPTIVE_VERSION='"$(VERSION)"' \
             -DCAPTIVE_SCHEMA_DIR='"$(PREFIX)/share/captive/schema"' \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -Istages/lib
ifdef DEVELOPER
CFLAGS    += -Werror -Wshadow -Wstrict-prototypes
endif
ifdef SANITIZE
CFLAGS    += -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
LDFLAGS   += -fsanitize=address,undefined
endif
LDLIBS    += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm

STAGES    := ingest clean extract resolve validate emit release fetch
PROGRAMS  := $(addprefix $(BIN)/captive-,$(STAGES))
LIB_SRC   := $(wildcard stages/lib/*.c)
LIB_OBJ   := $(LIB_SRC:stages/%.c=$(BUILD)/%.o)
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

DEBIAN_PACKAGES := build-essential pkg-config libjansson-dev libxml2-dev \
	libxml2-utils zlib1g-dev libcsv-dev libutf8proc-dev nettle-dev \
	libpcre2-dev libcmocka-dev iso-codes jq python3 perl gzip wget time \
	python3-readability libcurl4-openssl-dev chromium sqlite3 wamerican tzdata

all: $(PROGRAMS)

# Each stage is stages/<stage>.c plus its helpers stages/<stage>-*.c.
stage_objs = $(patsubst stages/%.c,$(BUILD)/%.o,$(wildcard stages/$(1)-*.c))
.SECONDARY:
.SECONDEXPANSION:
$(BIN)/captive-%: $(BUILD)/%.o $$(call stage_objs,$$*) $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# VERSION is compiled in (CAPTIVE_VERSION): a new version rebuilds.
$(BUILD)/%.o: stages/%.c VERSION
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# Unit tests: tests/unit/test_<module>.c links the library;
# tests/unit/test_<stage>_<topic>.c also links that stage's helpers
# (build/<stage>-*.o, not build/<stage>.o, which has main()).
unit_stage = $(filter $(firstword $(subst _, ,$(1))),$(if $(findstring _,$(1)),$(STAGES)))
unit_objs = $(foreach s,$(call unit_stage,$(1)),$(call stage_objs,$(s)))
$(BUILD)/tests/test_%: tests/unit/test_%.c $(LIB_OBJ) $$(call unit_objs,$$*)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Istages -MMD -MP -o $@ $(filter %.c %.o,$^) $(LDFLAGS) $(LDLIBS) -lcmocka

-include $(wildcard $(BUILD)/*.d $(BUILD)/lib/*.d $(BUILD)/tests/*.d)

# The release: the whole chain, then the release folder.  Bad input is
# reported on stderr and fails the target (ALLOW_BAD=1 lets it pass), after
# the release of what was good has been written.  No release is written
# when SEEDS does not exist, when no document came through, or when a stage
# stopped (status 2, or killed by a signal: its output is cut short).
# The sources keep the names SEEDS gives them (no cd), so the release does
# not depend on where the tree is.  set -o pipefail is not POSIX sh: each
# stage's status is noted instead.
release: $(PROGRAMS)
	@[ -e "$(SEEDS)" ] || { echo "release: SEEDS=$(SEEDS): no such file or folder; no release written" >&2; exit 1; }
	@rm -rf $(WORK) && mkdir -p $(WORK)/emit
	@w=$(WORK); \
	  { $(BIN)/captive-ingest -q $(SEEDS) || echo "ingest $$?" >>$$w/failed; } \
	  | { $(BIN)/captive-clean -q || echo "clean $$?" >>$$w/failed; } \
	  | { $(BIN)/captive-extract -q || echo "extract $$?" >>$$w/failed; } \
	  | { $(BIN)/captive-resolve -q $(if $(PREVIOUS),--previous $(PREVIOUS)) $(if $(KEEP_OFF_TOPIC),--keep-off-topic) || echo "resolve $$?" >>$$w/failed; } \
	  | { $(BIN)/captive-validate -q --rejects $$w/rejects.jsonl || echo "validate $$?" >>$$w/failed; } \
	  | { $(BIN)/captive-emit -q $(if $(KEEP_OFF_TOPIC),--keep-off-topic) --out $$w/emit || echo "emit $$?" >>$$w/failed; }
	@if grep -qv ' 1$$' $(WORK)/failed 2>/dev/null; then \
	  why=$$(awk '{ printf "%s%s: status %s", (NR > 1 ? ", " : ""), $$1, $$2 }' $(WORK)/failed); \
	  echo "release: a stage stopped ($$why); no release written" >&2; exit 1; fi
	@[ "$$(gzip -dc $(WORK)/emit/documents.csv.gz | wc -l)" -gt 1 ] || \
	  { echo "release: no document came through from SEEDS=$(SEEDS); no release written" >&2; exit 1; }
	$(BIN)/captive-release -q --version $(VERSION) --out $(DIST) $(WORK)/emit
	@if [ -s $(WORK)/failed ]; then \
	  echo "release: built, but these stages reported bad input: $$(cut -d' ' -f1 $(WORK)/failed | tr '\n' ' ')(see above; rejects in $(WORK)/rejects.jsonl)" >&2; \
	  [ -n "$(ALLOW_BAD)" ] || exit 1; fi

# The end-to-end scripts run the programs of this build (CAPTIVE_BIN), so
# that make sanitize runs them under the sanitizers too; a script that
# calls make passes CAPTIVE_MAKEFLAGS on, to use the same build.
check: $(PROGRAMS) $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do echo "# $$t"; $$t; done
	CAPTIVE_BIN=$(BIN) CAPTIVE_MAKEFLAGS="BIN=$(BIN) BUILD=$(BUILD)$(if $(SANITIZE), SANITIZE=1)" \
	  prove -f tests/t/[0-9]*.sh

sanitize:
	$(MAKE) SANITIZE=1 BUILD=build-sanitize BIN=build-sanitize/bin check

# Every benchmark runs; the target fails at the end if one missed a target.
bench: $(PROGRAMS)
	@st=0; for b in tests/bench/*.sh; do [ -f "$$b" ] || continue; \
	  echo "== $$b"; sh "$$b" || st=1; done; exit $$st

# Fuzz targets (tests/fuzz/fuzz_<parser>.c) are built with clang's
# libFuzzer, ASan and UBSan, each from the library and the helpers of the
# stages it reaches (FUZZ_STAGES_<target>); run.sh runs each in turn for
# FUZZ_SECONDS (default 600).  Needs clang (Debian: clang), not in deps.
FUZZ_CC     ?= clang
FUZZ_BUILD  ?= build-fuzz
FUZZ_SRC    := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN    := $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_BUILD)/%)
FUZZ_CFLAGS := $(filter-out -O2,$(CFLAGS)) -O1 -fno-omit-frame-pointer -Istages \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_STAGES_fuzz_html  := ingest clean
FUZZ_STAGES_fuzz_warc  := ingest
FUZZ_STAGES_fuzz_gzip  := ingest
FUZZ_STAGES_fuzz_names := extract resolve
fuzz_stage_src = $(foreach s,$(FUZZ_STAGES_$(1)),$(wildcard stages/$(s)-*.c))
$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(LIB_SRC) $$(call fuzz_stage_src,fuzz_$$*)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(LIB_SRC) $(call fuzz_stage_src,fuzz_$*) $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: fuzz-build
	@FUZZ_BUILD=$(FUZZ_BUILD) sh tests/fuzz/run.sh

# The seeds' run, and the bad inputs' paths, under Valgrind's memcheck.
memcheck: $(PROGRAMS)
	@CAPTIVE_BIN=$(BIN) sh tests/memcheck.sh

# The Debian packages, then the test-only tools from npm (tests/npm: a
# Data Package validator), at the versions package-lock.json pins.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y --no-install-recommends $$missing; \
	else echo "deps: all Debian packages present"; fi
	@command -v npm >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get install -y --no-install-recommends nodejs npm; }
	cd tests/npm && npm ci --no-audit --no-fund --loglevel=error

install: $(PROGRAMS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/captive/schema/lexicons \
		$(DESTDIR)$(PREFIX)/share/captive/schema/page
	install -m 755 $(PROGRAMS) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 schema/*.* $(DESTDIR)$(PREFIX)/share/captive/schema/
	install -m 644 schema/lexicons/* $(DESTDIR)$(PREFIX)/share/captive/schema/lexicons/
	install -m 644 schema/page/* $(DESTDIR)$(PREFIX)/share/captive/schema/page/

clean:
	rm -rf $(BUILD) $(BIN) build-sanitize $(FUZZ_BUILD)

.PHONY: all release check sanitize bench fuzz fuzz-build memcheck deps install clean
