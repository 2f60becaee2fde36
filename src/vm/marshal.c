/* Code-object serialisation (vm layer): see vm/marshal.h for the format. */
#include "vm/marshal.h"

#include "vm/codeutil.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/str.h"

/* ---- writing ---- */

static bool put_u8(cr_buf *b, uint8_t x) { return cr_buf_byte(b, x); }

static bool put_u32(cr_buf *b, uint32_t u)
{
    uint8_t bytes[4] = {(uint8_t)u, (uint8_t)(u >> 8), (uint8_t)(u >> 16), (uint8_t)(u >> 24)};
    return cr_buf_append(b, cr_span_make(bytes, 4));
}

static bool put_u64(cr_buf *b, uint64_t u)
{
    return put_u32(b, (uint32_t)u) && put_u32(b, (uint32_t)(u >> 32));
}

static uint64_t double_bits(double d)
{
    union {
        double d;
        uint64_t u;
    } x;
    x.d = d;
    return x.u;
}

static double bits_double(uint64_t u)
{
    union {
        double d;
        uint64_t u;
    } x;
    x.u = u;
    return x.d;
}

static bool put_blob(cr_buf *b, uint8_t tag, cr_span s)
{
    if (s.len > UINT32_MAX) return false;
    return put_u8(b, tag) && put_u32(b, (uint32_t)s.len) && cr_buf_append(b, s);
}

static int dump(Val v, cr_buf *out, int depth);

static int dump_items(uint8_t tag, Val tuple, cr_buf *out, int depth)
{
    size_t n = vm_tuple_len(tuple);
    if (n > UINT32_MAX || !put_u8(out, tag) || !put_u32(out, (uint32_t)n)) goto nomem;
    for (size_t i = 0; i < n; i++)
        if (dump(vm_tuple_get(tuple, i), out, depth + 1) < 0) return -1;
    return 0;
nomem:
    vm_err_nomem();
    return -1;
}

/* A frozenset is written with its items sorted by their encodings, so that
 * two builds give the same bytes whatever the str hash seed. */
static int dump_frozenset(Val s, cr_buf *out, int depth)
{
    cr_vals parts;
    cr_vals_init(&parts);
    size_t pos = 0;
    Val key;
    while (vm_set_next(s, &pos, &key)) {
        cr_buf one;
        cr_buf_init(&one);
        if (dump(key, &one, depth + 1) < 0) return -1;
        Val enc = vm_bytes_new(cr_buf_span(&one));
        if (!enc || !cr_vals_push(&parts, enc)) goto nomem;
    }
    /* Insertion sort: constant frozensets are small. */
    for (size_t i = 1; i < parts.len; i++)
        for (size_t j = i; j > 0; j--) {
            Val a = cr_vals_get(&parts, j - 1), b = cr_vals_get(&parts, j);
            if (cr_span_cmp(vm_bytes_span(a), vm_bytes_span(b)) <= 0) break;
            cr_vals_set(&parts, j - 1, b);
            cr_vals_set(&parts, j, a);
        }
    if (parts.len > UINT32_MAX || !put_u8(out, 'z') || !put_u32(out, (uint32_t)parts.len)) goto nomem;
    for (size_t i = 0; i < parts.len; i++)
        if (!cr_buf_append(out, vm_bytes_span(cr_vals_get(&parts, i)))) goto nomem;
    return 0;
nomem:
    vm_err_nomem();
    return -1;
}

static uint32_t read_le32(cr_span s, size_t off)
{
    return (uint32_t)cr_span_at(s, off) | ((uint32_t)cr_span_at(s, off + 1) << 8) |
           ((uint32_t)cr_span_at(s, off + 2) << 16) | ((uint32_t)cr_span_at(s, off + 3) << 24);
}

static int dump_code(CodeObj *co, cr_buf *out, int depth)
{
    int32_t hdr[8] = {co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                      co->stacksize, co->blockdepth,     co->flags,          co->firstlineno};
    if (co->ncode > UINT32_MAX || !put_u8(out, 'C')) goto nomem;
    for (int i = 0; i < 8; i++)
        if (!put_u32(out, (uint32_t)hdr[i])) goto nomem;
    if (!put_u32(out, (uint32_t)co->ncode)) goto nomem;
    for (size_t i = 0; i < co->ncode; i++) {
        uint16_t u = vm_code_unit(co, i);
        if (!put_u8(out, (uint8_t)u) || !put_u8(out, (uint8_t)(u >> 8))) goto nomem;
    }
    size_t npos = co->postab ? co->npostab : 0;
    if (npos > UINT32_MAX || !put_u32(out, (uint32_t)npos) ||
        !cr_buf_append(out, cr_span_make(co->postab, npos)))
        goto nomem;
    Val tuples[5] = {co->consts, co->names, co->varnames, co->freevars, co->cellvars};
    for (int i = 0; i < 5; i++)
        if (dump_items('(', tuples[i], out, depth + 1) < 0) return -1;
    Val strs[3] = {co->filename, co->name, co->qualname};
    for (int i = 0; i < 3; i++)
        if (dump(strs[i], out, depth + 1) < 0) return -1;
    size_t ncells = co->cell2arg ? vm_tuple_len(co->cellvars) : 0;
    if (!put_u32(out, (uint32_t)ncells)) goto nomem;
    size_t nbytes;
    if (!cr_mul_ok(ncells, 4, &nbytes)) goto nomem;
    cr_span c2a = cr_span_make(co->cell2arg, nbytes);
    for (size_t i = 0; i < nbytes; i += 4)
        if (!put_u32(out, read_le32(c2a, i))) goto nomem;
    return 0;
nomem:
    vm_err_nomem();
    return -1;
}

static int dump(Val v, cr_buf *out, int depth)
{
    if (depth > VM_MARSHAL_MAX_DEPTH) {
        vm_err_str(&vm_exc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    bool ok;
    Type *t = vm_typeof(v);
    if (v == VM_None) {
        ok = put_u8(out, 'N');
    } else if (v == VM_True || v == VM_False) {
        ok = put_u8(out, v == VM_True ? 'T' : 'F');
    } else if (v == VM_Ellipsis) {
        ok = put_u8(out, '.');
    } else if (t == &vm_type_int) {
        int64_t i;
        if (vm_int_as_i64(v, &i) == 0) {
            ok = put_u8(out, 'i') && put_u64(out, (uint64_t)i);
        } else {
            vm_err_clear();
            Val hex = vm_int_to_str(v, 16);
            if (!hex) return -1;
            ok = put_blob(out, 'I', vm_str_span(hex));
        }
    } else if (t == &vm_type_float) {
        ok = put_u8(out, 'f') && put_u64(out, double_bits(vm_float_value(v)));
    } else if (t == &vm_type_complex) {
        ComplexObj *c = (ComplexObj *)(void *)val_obj(v);
        ok = put_u8(out, 'c') && put_u64(out, double_bits(c->real)) && put_u64(out, double_bits(c->imag));
    } else if (t == &vm_type_str) {
        ok = put_blob(out, 's', vm_str_span(v));
    } else if (t == &vm_type_bytes) {
        ok = put_blob(out, 'b', vm_bytes_span(v));
    } else if (t == &vm_type_tuple) {
        return dump_items('(', v, out, depth);
    } else if (t == &vm_type_frozenset) {
        return dump_frozenset(v, out, depth);
    } else if (t == &vm_type_code) {
        return dump_code((CodeObj *)(void *)val_obj(v), out, depth);
    } else {
        vm_err_fmt(&vm_exc_ValueError, "unmarshallable object of type %s", t->name);
        return -1;
    }
    if (!ok) {
        vm_err_nomem();
        return -1;
    }
    return 0;
}

int vm_marshal_dump(Val v, cr_buf *out)
{
    if (!cr_buf_cstr(out, "PCM") || !put_u8(out, VM_MARSHAL_VERSION)) {
        vm_err_nomem();
        return -1;
    }
    return dump(v, out, 0);
}

/* ---- reading (hostile input) ---- */

typedef struct {
    cr_span s;
    size_t pos;
} reader;

static Val bad(const char *why)
{
    return vm_err_fmt(&vm_exc_ValueError, "bad marshal data: %s", why);
}

static bool need(reader *r, size_t n)
{
    return n <= r->s.len - r->pos;
}

static bool get_u8(reader *r, uint8_t *out)
{
    if (!need(r, 1)) return false;
    *out = cr_span_at(r->s, r->pos++);
    return true;
}

static bool get_u32(reader *r, uint32_t *out)
{
    if (!need(r, 4)) return false;
    *out = read_le32(r->s, r->pos);
    r->pos += 4;
    return true;
}

static bool get_u64(reader *r, uint64_t *out)
{
    uint32_t lo, hi;
    if (!get_u32(r, &lo) || !get_u32(r, &hi)) return false;
    *out = (uint64_t)lo | ((uint64_t)hi << 32);
    return true;
}

/* A length-prefixed byte run; false if it does not fit in the input. */
static bool get_blob(reader *r, cr_span *out)
{
    uint32_t n;
    if (!get_u32(r, &n) || !need(r, n)) return false;
    *out = cr_span_sub(r->s, r->pos, n);
    r->pos += n;
    return true;
}

static Val load(reader *r, int depth);

/* n objects into a new tuple; every object takes at least one byte, so a
 * count larger than the remaining input is refused before allocating. */
static Val load_tuple_body(reader *r, int depth)
{
    uint32_t n;
    if (!get_u32(r, &n)) return bad("truncated");
    if (n > r->s.len - r->pos) return bad("count exceeds data");
    Val t = vm_tuple_new(n);
    if (!t) return NULL;
    for (uint32_t i = 0; i < n; i++) {
        Val x = load(r, depth + 1);
        if (!x) return NULL;
        vm_tuple_set(t, i, x);
    }
    return t;
}

static Val load_typed_tuple(reader *r, int depth, bool names)
{
    uint8_t tag;
    if (!get_u8(r, &tag)) return bad("truncated");
    if (tag != '(') return bad("expected a tuple");
    Val t = load_tuple_body(r, depth);
    if (!t || !names) return t;
    for (size_t i = 0; i < vm_tuple_len(t); i++) {
        Val s = vm_tuple_get(t, i);
        if (!vm_is_str(s)) return bad("name is not a str");
        Val in = vm_str_intern(s);
        if (!in) return NULL;
        vm_tuple_set(t, i, in);
    }
    return t;
}

static Val load_str(reader *r, int depth)
{
    Val s = load(r, depth + 1);
    if (s && !vm_is_str(s)) return bad("expected a str");
    return s;
}

static bool get_i32(reader *r, int32_t *out)
{
    uint32_t u;
    if (!get_u32(r, &u)) return false;
    *out = (int32_t)u;
    return true;
}

static Val load_code(reader *r, int depth)
{
    int32_t h[8];
    for (int i = 0; i < 8; i++)
        if (!get_i32(r, &h[i])) return bad("truncated");
    uint32_t ncode;
    if (!get_u32(r, &ncode)) return bad("truncated");
    size_t ubytes;
    if (!cr_mul_ok(ncode, 2, &ubytes)) return bad("code too long");
    if (!need(r, ubytes)) return bad("truncated code");
    if (ncode == 0) return bad("empty code");
    cr_buf code, pos;
    cr_buf_init(&code);
    cr_buf_init(&pos);
    if (!cr_buf_append(&code, cr_span_sub(r->s, r->pos, ubytes))) return vm_err_nomem();
    r->pos += ubytes;
    uint32_t pbytes;
    if (!get_u32(r, &pbytes) || !need(r, pbytes)) return bad("truncated positions");
    cr_span ptab = cr_span_sub(r->s, r->pos, pbytes); /* checked by vm_code_verify */
    if (!cr_buf_append(&pos, ptab)) return vm_err_nomem();
    r->pos += pbytes;
    CodeObj *co = vm_code_alloc();
    if (!co) return NULL;
    co->argcount = h[0];
    co->posonlyargcount = h[1];
    co->kwonlyargcount = h[2];
    co->nlocals = h[3];
    co->stacksize = h[4];
    co->blockdepth = h[5];
    co->flags = h[6];
    co->firstlineno = h[7];
    co->code = (uint16_t *)(void *)code.ptr;
    co->ncode = ncode;
    co->postab = pos.ptr;
    co->npostab = pos.len;
    if (!(co->consts = load_typed_tuple(r, depth, false))) return NULL;
    if (!(co->names = load_typed_tuple(r, depth, true))) return NULL;
    if (!(co->varnames = load_typed_tuple(r, depth, true))) return NULL;
    if (!(co->freevars = load_typed_tuple(r, depth, true))) return NULL;
    if (!(co->cellvars = load_typed_tuple(r, depth, true))) return NULL;
    if (!(co->filename = load_str(r, depth)) || !(co->name = load_str(r, depth)) ||
        !(co->qualname = load_str(r, depth)))
        return NULL;
    uint32_t nc2a;
    if (!get_u32(r, &nc2a)) return bad("truncated");
    if (nc2a != 0) {
        if (nc2a != vm_tuple_len(co->cellvars)) return bad("cell2arg does not match cellvars");
        size_t nb;
        if (!cr_mul_ok(nc2a, 4, &nb) || !need(r, nb)) return bad("truncated");
        cr_buf c2a;
        cr_buf_init(&c2a);
        if (!cr_buf_append(&c2a, cr_span_sub(r->s, r->pos, nb))) return vm_err_nomem();
        r->pos += nb;
        co->cell2arg = (int *)(void *)c2a.ptr;
    }
    /* The verifier checks the header (counts, tuples, cell2arg ranges) and
     * every instruction; nothing from the input runs unless it passes. */
    if (!vm_code_verify(co)) return NULL;
    return obj_val(co);
}

static Val load_bigint(reader *r)
{
    cr_span s;
    if (!get_blob(r, &s)) return bad("truncated");
    if (s.len == 0 || s.len > 1000000) return bad("bad int length");
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        bool digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (i == 0 && c == '-' && s.len > 1);
        if (!digit) return bad("bad int digits");
    }
    return vm_int_from_str(s, 16);
}

static Val load(reader *r, int depth)
{
    if (depth > VM_MARSHAL_MAX_DEPTH) return bad("nested too deeply");
    uint8_t tag;
    if (!get_u8(r, &tag)) return bad("truncated");
    cr_span s;
    uint64_t a, b;
    switch (tag) {
    case 'N': return VM_None;
    case 'T': return VM_True;
    case 'F': return VM_False;
    case '.': return VM_Ellipsis;
    case 'i':
        if (!get_u64(r, &a)) return bad("truncated");
        return vm_int_from_i64((int64_t)a);
    case 'I': return load_bigint(r);
    case 'f':
        if (!get_u64(r, &a)) return bad("truncated");
        return vm_float_new(bits_double(a));
    case 'c':
        if (!get_u64(r, &a) || !get_u64(r, &b)) return bad("truncated");
        return vm_complex_new(bits_double(a), bits_double(b));
    case 's':
        if (!get_blob(r, &s)) return bad("truncated");
        if (cr_utf8_validate(s) >= 0) return bad("invalid UTF-8 in str");
        return vm_str_new(s);
    case 'b':
        if (!get_blob(r, &s)) return bad("truncated");
        return vm_bytes_new(s);
    case '(': return load_tuple_body(r, depth);
    case 'z': {
        Val t = load_tuple_body(r, depth);
        return t ? vm_frozenset_new(t) : NULL;
    }
    case 'C': {
        if (!vm_enter_recursion(" while loading code")) return NULL;
        Val c = load_code(r, depth);
        vm_leave_recursion();
        return c;
    }
    default: return bad("unknown type code");
    }
}

Val vm_marshal_load(cr_span data)
{
    reader r = {data, 0};
    if (data.len < 4 || cr_span_at(data, 0) != 'P' || cr_span_at(data, 1) != 'C' || cr_span_at(data, 2) != 'M')
        return bad("no PCM header");
    if (cr_span_at(data, 3) != VM_MARSHAL_VERSION) return bad("unsupported version");
    r.pos = 4;
    Val v = load(&r, 0);
    if (v && r.pos != data.len) return bad("trailing bytes");
    return v;
}
