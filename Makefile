# Pyclave build.  MODE=release (default) | debug | asan | torture | valgrind
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
else ifeq ($(MODE),valgrind)
  # Valgrind-aware heap (issue 4): free arena memory is NOACCESS, redzones.
  OPT := -O1 -DPC_VALGRIND=1
else
  $(error unknown MODE $(MODE))
endif

CFLAGS := $(BASE_CFLAGS) $(OPT) $(EXTRA_CFLAGS)

# The interpreter is compiled twice, into the Linux-mode objects and into
# the enclave's trusted object ("---- trusted build" below), and the two
# copies must run equally fast (issue 3: compute in the enclave <= 3% slower
# than in Linux mode).  They execute the same instructions, but a
# computed-goto interpreter's speed also depends on where its code lies
# (alignment of the dispatch and its indirect branches), and the two copies
# used to lie at unrelated offsets (14% of the functions at the same address
# modulo 64).  Measure with bench/enclave/compute_compare.sh, other
# placements with bench/enclave/layout_shift.sh.  So, in both copies:
#   - the objects outside src/core are compiled with -fno-builtin (the
#     trusted copy needs it; they call no libc, so it changes no behaviour,
#     only makes the two copies' code byte-identical);
#   - every object's .text starts on a 64-byte boundary (a cache line and
#     the CPU's fetch block), and ceval_loop.o's on a page boundary, so that
#     identical code lies at identical addresses modulo 64 (modulo 4096 for
#     the dispatch loop) in both copies, whatever precedes it.
# (objcopy only raises the section's alignment: not one instruction changes.)
SAME_CODE_CFLAGS := -fno-builtin
TEXT_ALIGN = $(if $(filter %/src/vm/ceval_loop.o,$@),4096,64)
ALIGN_TEXT = objcopy --set-section-alignment .text=$(TEXT_ALIGN) $@
$(BUILD)/obj/src/vm/%.o $(BUILD)/obj/src/compiler/%.o $(BUILD)/obj/src/modules/%.o $(BUILD)/obj/src/enclave/%.o: CFLAGS += $(SAME_CODE_CFLAGS)
LDLIBS := -lm -lbearssl
HOSTCC ?= cc

# The trusted object (issue 3): see "---- trusted build" below.  Instrumented
# builds keep the instrumented in-binary copy for the sandbox child (a
# freestanding object cannot carry the ASan/UBSan runtime or the valgrind
# heap annotations).
ifneq ($(filter asan torture valgrind,$(MODE)),)
  TRUSTED_LINK := no
else
  TRUSTED_LINK := yes
  CFLAGS += -DPC_TRUSTED_OBJ=1
endif
TRUSTED_DIR := $(BUILD)/trusted
TRUSTED_OBJ := $(TRUSTED_DIR)/pyclave-trusted.o

# Everything under src/ except the CLI entry point is the library.
LIB_SRCS := $(filter-out src/cli/%,$(shell find src -name '*.c' | sort))
CLI_SRCS := $(shell find src/cli -name '*.c' | sort)
LIB_PY := $(shell find lib -name '*.py' | sort)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/frozen.o $(BUILD)/obj/gen/trusted_hash.o
ifeq ($(TRUSTED_LINK),yes)
  LIB_OBJS += $(TRUSTED_OBJ)
endif
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)

.PHONY: all test unit difftest asan torture clean frozen trusted trusted-check
all: $(BUILD)/pyclave

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@
	$(ALIGN_TEXT)

# lib/*.py are frozen into the binary with their bytecode compiled at build
# time by tools/freeze.c, which is linked with this build's own library
# (minus the frozen table and the trusted object, which depend on it).
FREEZE_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
$(BUILD)/tools/libfreeze.a: $(FREEZE_OBJS)
	@mkdir -p $(dir $@)
	@rm -f $@
	ar rcs $@ $^
$(BUILD)/tools/freeze: tools/freeze.c $(BUILD)/tools/libfreeze.a
	$(CC) $(CFLAGS) $(LDEXTRA) -o $@ $< $(BUILD)/tools/libfreeze.a $(LDLIBS)
$(BUILD)/gen/frozen.c: $(BUILD)/tools/freeze $(LIB_PY)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/freeze $@.tmp lib $(LIB_PY)
	@# Unchanged bytecode (most C changes): keep the old file, so nothing that
	@# depends on it is rebuilt.
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi
$(BUILD)/obj/gen/frozen.o: $(BUILD)/gen/frozen.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/obj/gen/trusted_hash.o: $(BUILD)/gen/trusted_hash.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# MODE=torture compiles the library exactly as MODE=asan does: its one extra
# flag, -DPC_TORTURE_GC, is read only by src/cli and the unit tests.  So, in
# the default build directories, the torture build takes the asan build's
# library (brought up to date by a sub-make) instead of compiling an
# identical second copy (tools/test.sh runs both).  Any other file under
# src/ or include/ that reads PC_TORTURE_GC turns the sharing off.
ifeq ($(MODE)|$(BUILD)|$(EXTRA_CFLAGS),torture|build/torture-$(notdir $(CC))|)
  ifeq ($(shell grep -rl PC_TORTURE_GC src include | grep -v "^src/cli/"),)
    SHARED_LIB := build/asan-$(notdir $(CC))/libpyclave.a
  endif
endif
ifdef SHARED_LIB
.PHONY: shared-asan-lib
shared-asan-lib:
	$(MAKE) MODE=asan $(SHARED_LIB)
$(BUILD)/libpyclave.a: shared-asan-lib
	@mkdir -p $(dir $@)
	@cmp -s $(SHARED_LIB) $@ || cp $(SHARED_LIB) $@
else
$(BUILD)/libpyclave.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^
endif

$(BUILD)/pyclave: $(CLI_OBJS) $(BUILD)/libpyclave.a
	$(CC) $(CFLAGS) $(LDEXTRA) -o $@ $(CLI_OBJS) $(BUILD)/libpyclave.a $(LDLIBS)
	@ln -sf $(abspath $@) build/pyclave-$(MODE)

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libpyclave.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDEXTRA) -o $@ $< $(BUILD)/libpyclave.a $(LDLIBS)

$(BUILD)/unit/test_dtoa: tests/unit/dtoa_cases.h

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

# ---- trusted build (issue 3): one freestanding object -----------------------
# The interpreter (src/core, src/compiler, src/vm, src/modules), the frozen
# library and the enclave runtime (src/enclave) compiled with PC_TRUSTED,
# freestanding, then partially linked (ld -r) with only the BearSSL members
# and libgcc helpers they reference, into $(TRUSTED_OBJ), whose only global
# symbol is the entry en_trusted_entry.  The sandbox child calls it; the
# identity hashes its code (docs/ENCLAVE.md, "The trusted object").
#   code.o        everything, en_trusted_code_hash still undefined
#   measured.elf  code.o linked alone at a fixed address (the hash
#                 placeholder at 0); measured.bin its loaded bytes, whose
#                 SHA-256 is en_trusted_code_hash ($(BUILD)/gen/trusted_hash.c)
#   pyclave-trusted.o  code.o + the hash, every symbol but the entry local
# tests/enclave/link_check.sh proves it references nothing outside itself.
TRUSTED_SRCS := $(shell find src/core src/compiler src/vm src/modules src/enclave -name '*.c' | sort)
TRUSTED_SRC_OBJS := $(TRUSTED_SRCS:%.c=$(TRUSTED_DIR)/obj/%.o)
TRUSTED_CFLAGS := $(BASE_CFLAGS) -O2 -DPC_TRUSTED=1 -ffreestanding -nostdlib -fno-builtin \
    -fno-stack-protector -fPIE
ifneq ($(findstring clang,$(notdir $(CC))),)
  TRUSTED_CFLAGS += -Wno-unused-command-line-argument
else
  TRUSTED_CFLAGS += -fno-tree-loop-distribute-patterns
endif
TRUSTED_LIBS := $(shell $(CC) -print-file-name=libbearssl.a) $(shell $(CC) -print-libgcc-file-name)
TRUSTED_LD ?= ld
TRUSTED_ENTRY := en_trusted_entry
comma := ,

trusted: $(TRUSTED_OBJ)
	@size $(TRUSTED_OBJ)
trusted-check: $(TRUSTED_OBJ)
	tests/enclave/link_check.sh $(BUILD)

$(TRUSTED_SRC_OBJS): $(TRUSTED_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(TRUSTED_CFLAGS) -MMD -MP -c $< -o $@
	$(ALIGN_TEXT)
$(TRUSTED_DIR)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(TRUSTED_CFLAGS) -c $< -o $@
$(TRUSTED_DIR)/code.o: $(TRUSTED_SRC_OBJS) $(TRUSTED_DIR)/obj/gen/frozen.o
	$(TRUSTED_LD) -r -o $@ $^ --start-group $(TRUSTED_LIBS) --end-group
$(TRUSTED_DIR)/measured.bin: $(TRUSTED_DIR)/code.o
	$(TRUSTED_LD) -o $(TRUSTED_DIR)/measured.elf -e $(TRUSTED_ENTRY) -z noexecstack --no-warn-rwx-segments \
	    --unresolved-symbols=ignore-all --defsym=en_trusted_code_hash=0 $<
	objcopy -O binary $(TRUSTED_DIR)/measured.elf $@
$(TRUSTED_OBJ): $(TRUSTED_DIR)/code.o $(TRUSTED_DIR)/obj/gen/trusted_hash.o
	$(TRUSTED_LD) -r -o $@.tmp $^
	objcopy --keep-global-symbol=$(TRUSTED_ENTRY) --strip-symbol=_GLOBAL_OFFSET_TABLE_ $@.tmp $@
	@rm -f $@.tmp

# en_trusted_code_hash for the identity: the trusted object's copy, and the
# host's ($(BUILD)/gen/trusted_hash.c, the same bytes).  Sanitizer builds run
# the in-binary copy, which is not measured: their host copy is a fixed marker.
gen_trusted_hash = @mkdir -p $(dir $@) && h=$$($(1) | cut -c1-64) && \
	{ echo '/* Generated by the Makefile: $(2) (docs/ENCLAVE.md). */'; \
	  echo '\#include "enclave/enclave.h"'; \
	  echo "const uint8_t en_trusted_code_hash[32] = {$$(echo $$h | sed 's/../0x&,/g')};"; } >$@.tmp && mv $@.tmp $@
$(TRUSTED_DIR)/gen/trusted_hash.c: $(TRUSTED_DIR)/measured.bin
	$(call gen_trusted_hash,sha256sum $<,SHA-256 of the loaded image of the trusted object)
$(TRUSTED_DIR)/obj/gen/trusted_hash.o: $(TRUSTED_DIR)/gen/trusted_hash.c
	@mkdir -p $(dir $@)
	$(CC) $(TRUSTED_CFLAGS) -c $< -o $@
ifeq ($(TRUSTED_LINK),yes)
$(BUILD)/gen/trusted_hash.c: $(TRUSTED_DIR)/gen/trusted_hash.c
	cp $< $@
else
$(BUILD)/gen/trusted_hash.c: $(BUILD)/gen/frozen.c Makefile
	$(call gen_trusted_hash,{ printf 'pyclave sanitizer build: trusted code not measured'; cat $<; } | sha256sum,sanitizer build: a marker and the frozen library$(comma) no code is measured)
endif

-include $(TRUSTED_SRC_OBJS:.o=.d)

# ---- fuzzing (issue 4): libFuzzer targets in fuzz/ ----------------------
# `make fuzz` builds the library with clang, ASan+UBSan and libFuzzer
# coverage (MODE=asan flags plus -fsanitize=fuzzer-no-link, in its own
# directory build/fuzz-clang), links each fuzz/fuzz_<t>.c with
# -fsanitize=fuzzer,address,undefined and runs each for FUZZ_SECONDS with
# the seed corpus fuzz/corpus/<t> and its dictionary (fuzz/run.sh).
# Reproducers of crashes go to fuzz/crashes/; the run fails if there are any.
# `make fuzz-ci` is the short bounded run (20 s per target).
FUZZ_TARGETS := compile cbor marshal exec int_float format struct json frame re decimal image cli_json
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
FUZZ_CI_SECONDS ?= 20
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_CI_SECONDS)

# ---- the sgx backend (issue 3): not part of the default build ---------------
# `make sgx SGX_SDK=/opt/intel/sgxsdk SGX_MODE=SIM|HW`: backends/sgx/sgx.mk
# (fails with a clear message when the Intel SGX SDK is absent).
.PHONY: sgx
sgx:
	$(MAKE) -f backends/sgx/sgx.mk BUILD=$(BUILD) CC=$(CC)

# ---- safety evidence (issue 4, docs/SECURITY.md) ------------------------------
# `make verify`: Frama-C (EVA + WP + report) on every file of the core through
# its driver in verify/ (verify/run.sh; fails on any alarm or unproved
# property).  `make verify-ci`: the same files, faster configuration.
# `make valgrind`: a MODE=valgrind build (valgrind-aware heap) and a subset of
# the differential suite under memcheck (tests/safety/valgrind.sh).
# Tools: tools/setup_verify.sh.
.PHONY: verify verify-ci valgrind
verify:
	verify/run.sh
verify-ci:
	verify/run.sh --ci
valgrind:
	$(MAKE) MODE=valgrind CC=gcc all
	tests/safety/valgrind.sh build/valgrind-gcc
