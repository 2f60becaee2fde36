/* Serialisation of code objects and their constants (vm layer, prefix vm_).
 *
 * Used by `pyclave build` to write compiled modules into an enclave image and
 * by the enclave to read them back.  The loader treats its input as hostile:
 * every read is bounds-checked through core/buf.h spans, nesting is limited,
 * counts are checked against the bytes that remain before anything is
 * allocated, and every code object is re-verified with vm_code_verify.
 *
 * Format (version VM_MARSHAL_VERSION, all integers little-endian):
 *   blob    := "PCM" version:u8 object
 *   object  := tag payload
 *   'N' None   'T' True   'F' False   '.' Ellipsis
 *   'i' int that fits int64: i64
 *   'I' other int: u32 n, n bytes of "-"? lowercase hex digits (no 0x)
 *   'f' float: u64 IEEE-754 bits      'c' complex: u64 real bits, u64 imag bits
 *   's' str: u32 n, n bytes UTF-8 (validated)     'b' bytes: u32 n, n bytes
 *   '(' tuple: u32 n, n objects
 *   'z' frozenset: u32 n, n objects (written sorted by their encoding, so
 *       the output does not depend on the str hash seed)
 *   'C' code: i32 argcount posonlyargcount kwonlyargcount nlocals stacksize
 *             blockdepth flags firstlineno; u32 ncode, ncode u16 units;
 *             u32 npos, npos bytes of position table (vm/code.h:
             runs of units with one position, LEB128 fields);
 *             objects consts names varnames freevars cellvars (tuples),
 *             filename name qualname (str); u32 ncell2arg (0 or
 *             len(cellvars)), that many i32.
 * The output is deterministic: the same code object gives the same bytes.
 */
#ifndef PYCLAVE_VM_MARSHAL_H
#define PYCLAVE_VM_MARSHAL_H

#include "vm/object.h"

#define VM_MARSHAL_VERSION 2
/* Nesting limit of the loader (tuples in tuples, code in code). */
#define VM_MARSHAL_MAX_DEPTH 64

/* Append the serialisation of v (a code object or a constant) to out.
 * Returns -1 with ValueError ("unmarshallable object") or MemoryError. */
int vm_marshal_dump(Val v, cr_buf *out);
/* Read one serialised object from data (which must be exactly one blob).
 * Returns NULL with ValueError ("bad marshal data: ...") on any defect. */
Val vm_marshal_load(cr_span data);

#endif
