/* Helpers around code objects shared by the compiler, the verifier and
 * debugging tools (vm layer).  Owned by the compiler engineer.
 *
 * The stack-effect table is written once (verify.c) and used both by the
 * compiler (to compute co_stacksize / blockdepth from the emitted code) and by
 * vm_code_verify (to check them).
 */
#ifndef PYCLAVE_VM_CODEUTIL_H
#define PYCLAVE_VM_CODEUTIL_H

#include "vm/code.h"

/* Maximum value-stack depth and block depth a code object may declare. */
#define VM_CODE_MAX_STACK (1 << 24)
#define VM_CODE_MAX_BLOCKS 64
/* Maximum number of EXTENDED_ARG prefixes before one instruction. */
#define VM_CODE_MAX_EXTENDED 3

/* Kinds of operand an opcode takes (for range checks and the disassembler). */
enum {
    VM_ARG_NONE = 0, /* arg ignored */
    VM_ARG_INT,      /* a plain number, range checked by vm_stack_effect */
    VM_ARG_CONST,    /* index into co_consts */
    VM_ARG_NAME,     /* index into co_names */
    VM_ARG_LOCAL,    /* index into co_varnames */
    VM_ARG_CELL,     /* index into cellvars + freevars */
    VM_ARG_JUMP,     /* absolute instruction index */
};
int vm_opcode_argkind(int op);

/* Static stack effect of one instruction: how many values it needs on the
 * stack (pop) and how many it leaves in their place (push), on the jump edge
 * (jump = true) or on the fall-through edge.  Returns false for unknown
 * opcodes or invalid arguments.  Exception-handler entry effects of
 * SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH are given for jump = true:
 * the handler starts at (depth at the setup) - pop + push. */
bool vm_stack_effect(int op, int64_t arg, bool jump, int *pop, int *push);
/* Opcode never falls through to the next instruction. */
bool vm_opcode_is_terminal(int op);

/* Flow analysis of a code object's instructions: computes the maximum value
 * stack depth and block depth over every path, checking consistency.  Used
 * by vm_code_verify and by the compiler (which fills co->stacksize and
 * co->blockdepth from it).  Returns false with ValueError/SystemError set
 * ("invalid bytecode: ...") or MemoryError. */
bool vm_code_flow(const CodeObj *co, int *max_stack, int *max_blocks);

/* The 16-bit unit i of co (checked access). */
uint16_t vm_code_unit(const CodeObj *co, size_t i);

/* Disassembly of a code object (and its nested code objects) for debugging. */
void vm_code_dis(Val code, cr_buf *out);

/* A new, empty code object (all tuples empty, strs empty); NULL + MemoryError. */
CodeObj *vm_code_alloc(void);

#endif
