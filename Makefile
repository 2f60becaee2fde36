# Pyclave build.  MODE=release (default) | debug | asan | torture
# CC=gcc (default) or CC=clang; warnings are errors under both.
MODE ?= release
ifeq ($(origin CC),default)
  CC := gcc
endif
BUILD := build/$(MODE)-$(notdir $(CC))

WARN := -Wall -Wextra -Werror -Wno-unused-parameter -Wshadow -Wstrict-prototypes -Wvla
BASE_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -Isrc -Iinclude $(WARN) -fno-strict-aliasing -fwrapv -g

ifeq ($(MODE),release)
  OPT := -O2
else ifeq ($(MODE),debug)
  OPT := -O0 -DPC_DEBUG=1
else ifeq ($(MODE),asan)
  OPT := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DPC_ASAN=1
  LDEXTRA := -fsanitize=address,undefined
else ifeq ($(MODE),torture)
  OPT := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DPC_ASAN=1 -DPC_TORTURE_GC=1
  LDEXTRA := -fsanitize=address,undefined
else
  $(error unknown MODE $(MODE))
endif

CFLAGS := $(BASE_CFLAGS) $(OPT) $(EXTRA_CFLAGS)
LDLIBS := -lm -lbearssl
HOSTCC ?= cc

# Everything under src/ except the CLI entry point is the library.
LIB_SRCS := $(filter-out src/cli/%,$(shell find src -name '*.c' | sort))
CLI_SRCS := $(shell find src/cli -name '*.c' | sort)
LIB_PY := $(shell find lib -name '*.py' | sort)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/frozen.o
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)

.PHONY: all test unit difftest asan torture clean frozen
all: $(BUILD)/pyclave

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# lib/*.py are frozen into the binary (tools/freeze.c, a host build tool).
$(BUILD)/tools/freeze: tools/freeze.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -O1 -o $@ $<
$(BUILD)/gen/frozen.c: $(BUILD)/tools/freeze $(LIB_PY)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/freeze $@ lib $(LIB_PY)
$(BUILD)/obj/gen/frozen.o: $(BUILD)/gen/frozen.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libpyclave.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/pyclave: $(CLI_OBJS) $(BUILD)/libpyclave.a
	$(CC) $(CFLAGS) $(LDEXTRA) -o $@ $(CLI_OBJS) $(BUILD)/libpyclave.a $(LDLIBS)
	@ln -sf $(abspath $@) build/pyclave-$(MODE)

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libpyclave.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDEXTRA) -o $@ $< $(BUILD)/libpyclave.a $(LDLIBS)

unit: $(UNIT_BINS)
	@tests/run_unit.sh $(UNIT_BINS)

# The whole suite (unit tests + differential tests) for this MODE.
test: $(BUILD)/pyclave $(UNIT_BINS)
	@tests/run_all.sh $(BUILD)

asan:
	$(MAKE) MODE=asan CC=clang test
torture:
	$(MAKE) MODE=torture CC=clang test

clean:
	rm -rf build

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)

# ---- fuzzing (issue 4): libFuzzer targets in fuzz/ ----------------------
# `make fuzz` builds the library with clang, ASan+UBSan and libFuzzer
# coverage (MODE=asan flags plus -fsanitize=fuzzer-no-link, in its own
# directory build/fuzz-clang), links each fuzz/fuzz_<t>.c with
# -fsanitize=fuzzer,address,undefined and runs each for FUZZ_SECONDS with
# the seed corpus fuzz/corpus/<t> and its dictionary (fuzz/run.sh).
# Reproducers of crashes go to fuzz/crashes/; the run fails if there are any.
# `make fuzz-ci` is the short bounded run (20 s per target).
FUZZ_TARGETS := compile cbor marshal exec int_float format struct json
FUZZ_BUILD := build/fuzz-clang
FUZZ_SECONDS ?= 60
FUZZ_MAKE = $(MAKE) MODE=asan CC=clang BUILD=$(FUZZ_BUILD) EXTRA_CFLAGS=-fsanitize=fuzzer-no-link
.PHONY: fuzz fuzz-ci fuzz-build
fuzz-build:
	$(FUZZ_MAKE) $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz/fuzz_%)
$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(BUILD)/libpyclave.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< $(BUILD)/libpyclave.a $(LDLIBS)
fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=20
