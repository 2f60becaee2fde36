/* memoryview and the bytes.c hooks it needs (private to src/vm). */
#ifndef PYCLAVE_VM_MEMORYVIEW_H
#define PYCLAVE_VM_MEMORYVIEW_H

#include "vm/object.h"

/* The bytes of a memoryview in C order: the exporter's memory when the view
 * is C-contiguous, else a fresh copy; empty when released. */
cr_span vm_memview_span(Val m);
/* Its bytes for a simple (C-contiguous) buffer request, or false with
 * BufferError (not contiguous) or ValueError (released). */
bool vm_memview_simple(Val m, cr_span *out);

/* bytes.c: the storage of a bytearray and its export count (resizing is
 * refused while a memoryview exports it). */
cr_buf *vm_bytearray_buf(Val ba);
void vm_bytearray_export(Val ba, bool add);

#endif
