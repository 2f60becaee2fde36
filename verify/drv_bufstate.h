/* Every cr_buf state the invariant cr_buf_ok (core/buf.h) allows, with
 * capacity up to DRV_BUF_MAXCAP: no storage, or storage of each capacity (its
 * own heap object, unknown bytes) with each length below it, the failed flag
 * either way.  Each capacity and length is its own analysis state (split),
 * so EVA keeps the relation between the storage and its length exactly.
 * Used by the drivers of buf.c and cbor.c. */
#ifndef PC_DRV_BUFSTATE_H
#define PC_DRV_BUFSTATE_H
#include "verify/drv_common.h"
#include "core/buf.h"

#ifndef DRV_BUF_MAXCAP
#define DRV_BUF_MAXCAP 8
#endif

typedef void buf_op(cr_buf *b);

/* Calls op on every buffer state. */
static void with_buf(buf_op *op)
{
    cr_buf b;
    b.failed = Frama_C_interval(0, 1);
    size_t cap = Frama_C_size_t_interval(0, DRV_BUF_MAXCAP);
    uint8_t *p;
    //@ split cap;
    p = cap ? cr_alloc(cap, CR_NOSCAN) : NULL;
    if (!p) {
        b.ptr = NULL;
        b.len = b.cap = 0;
        op(&b);
        return;
    }
    drv_unknown(p, cap);
    b.ptr = p;
    b.cap = cap;
    b.len = Frama_C_size_t_interval(0, cap - 1);
    //@ split b.len;
    op(&b);
}
#endif
