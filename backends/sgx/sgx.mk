# The sgx backend (issue 3), kept out of the default build:
#   make sgx SGX_SDK=/opt/intel/sgxsdk SGX_MODE=SIM|HW [SGX_APP=APP.pce]
# Untested: there is no SGX SDK (and no SGX hardware) on our machines;
# this file follows the SDK's SampleEnclave Makefile.  See docs/ENCLAVE.md.
SGX_SDK ?= /opt/intel/sgxsdk
SGX_MODE ?= SIM
BUILD ?= build/release-gcc
CC ?= gcc
OUT := $(BUILD)/sgx
TRUSTED_OBJ := $(BUILD)/trusted/pyclave-trusted.o
# 8 MiB of enclave stack for the interpreter (StackMaxSize).
SGX_STACK ?= 0x800000

ifeq ($(wildcard $(SGX_SDK)/bin/x64/sgx_edger8r),)
$(error the Intel SGX SDK was not found in SGX_SDK=$(SGX_SDK) (sgx_edger8r missing): install it (https://github.com/intel/linux-sgx) and pass SGX_SDK=/path/to/sgxsdk; the default build does not need it)
endif
ifeq ($(filter SIM HW,$(SGX_MODE)),)
$(error SGX_MODE must be SIM or HW, not '$(SGX_MODE)')
endif

ifeq ($(SGX_MODE),HW)
  TRTS := sgx_trts
  SVC := sgx_tservice
  URTS := sgx_urts
else
  TRTS := sgx_trts_sim
  SVC := sgx_tservice_sim
  URTS := sgx_urts_sim
endif
EDGER := $(SGX_SDK)/bin/x64/sgx_edger8r
SIGNER := $(SGX_SDK)/bin/x64/sgx_sign
T_CFLAGS := -m64 -O2 -nostdinc -fvisibility=hidden -fpie -fstack-protector -ffunction-sections -fdata-sections \
    -I$(SGX_SDK)/include -I$(SGX_SDK)/include/tlibc -I$(OUT) -Isrc -Iinclude -DPYCLAVE_SGX_STACK=$(SGX_STACK)
T_LDFLAGS := -Wl,--no-undefined -nostdlib -nodefaultlibs -nostartfiles -L$(SGX_SDK)/lib64 \
    -Wl,--whole-archive -l$(TRTS) -Wl,--no-whole-archive \
    -Wl,--start-group -lsgx_tstdc -lsgx_tcrypto -l$(SVC) -Wl,--end-group \
    -Wl,-Bstatic -Wl,-Bsymbolic -Wl,-pie,-eenclave_entry -Wl,--export-dynamic -Wl,--defsym,__ImageBase=0
U_CFLAGS := -m64 -O2 -fPIC -I$(SGX_SDK)/include -I$(OUT)

.PHONY: all
all: $(OUT)/pyclave_enclave.signed.so $(OUT)/untrusted_bridge.o
	@echo "sgx backend built in $(OUT) (SGX_MODE=$(SGX_MODE)); untested on hardware"

$(OUT)/pyclave_t.c $(OUT)/pyclave_u.c: backends/sgx/pyclave.edl
	@mkdir -p $(OUT)
	cd $(OUT) && $(abspath $(EDGER)) --search-path $(abspath $(SGX_SDK)/include) $(abspath $<)

$(TRUSTED_OBJ):
	$(MAKE) BUILD=$(BUILD) CC=$(CC) trusted

$(OUT)/pyclave_enclave.so: backends/sgx/trusted_bridge.c $(OUT)/pyclave_t.c $(TRUSTED_OBJ)
	$(CC) $(T_CFLAGS) -c $(OUT)/pyclave_t.c -o $(OUT)/pyclave_t.o
	$(CC) $(T_CFLAGS) -c backends/sgx/trusted_bridge.c -o $(OUT)/trusted_bridge.o
	$(CC) -o $@ $(OUT)/pyclave_t.o $(OUT)/trusted_bridge.o $(TRUSTED_OBJ) $(T_LDFLAGS)

# Enclave.config.xml from an image's manifest (pyclave sgx-config), or the
# defaults when no SGX_APP is given.
$(OUT)/Enclave.config.xml: $(BUILD)/pyclave
	@mkdir -p $(OUT)
	$(BUILD)/pyclave sgx-config $(if $(SGX_APP),$(SGX_APP),--defaults) -o $@

$(OUT)/pyclave_enclave.signed.so: $(OUT)/pyclave_enclave.so $(OUT)/Enclave.config.xml
	$(SIGNER) sign -key $(or $(SGX_SIGN_KEY),backends/sgx/NO_KEY_GIVEN.pem) -enclave $< -out $@ \
	    -config $(OUT)/Enclave.config.xml

$(OUT)/untrusted_bridge.o: backends/sgx/untrusted_bridge.c $(OUT)/pyclave_u.c
	$(CC) $(U_CFLAGS) -c $(OUT)/pyclave_u.c -o $(OUT)/pyclave_u.o
	$(CC) $(U_CFLAGS) -c backends/sgx/untrusted_bridge.c -o $@
