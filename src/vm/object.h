/* The object model (vm layer, prefix vm_).
 *
 * Every heap object starts with an Obj header (its type).  Types are Type
 * objects; built-in types are static Type structs, classes are heap Types.
 * Behaviour is in the type's slots, as in CPython: a slot left NULL means
 * "not supported".  Classes defined in Python get slot functions that look up
 * and call the corresponding dunder method (see type.c).
 *
 * Conventions (as CPython's C API, minus reference counting):
 *  - A function returning Val returns NULL when it raised an exception; the
 *    exception is pending in the VM state (vm_err_*).  Functions returning int
 *    return -1 on error (0/1 for predicates).  Never return NULL without an
 *    exception set, except where documented (tp_iternext: NULL without an
 *    exception means "exhausted"; vm_getattr_opt).
 *  - No reference counting: the GC is tracing and finds roots conservatively
 *    (see core/mem.h).  Just hold Vals in locals.
 *  - Call convention ("vectorcall"): positional args in an array, then the
 *    keyword args' values following them in the same array, their names in a
 *    tuple kwnames (or NULL when there are none).
 */
#ifndef PYCLAVE_VM_OBJECT_H
#define PYCLAVE_VM_OBJECT_H

#include <stdarg.h>

#include "core/buf.h"
#include "core/val.h"

typedef struct Type Type;

typedef struct Obj {
    Type *type;
} Obj;

static inline Obj *val_obj(Val v) { return (Obj *)(void *)v; }
static inline Val obj_val(const void *o) { return (Val)(void *)(uintptr_t)o; } /* boundary: pointer round trip through uintptr_t: the value representation */
#define VAL(o) obj_val(o)

extern Type vm_type_int;
static inline Type *vm_typeof(Val v) { return val_is_small(v) ? &vm_type_int : val_obj(v)->type; }
#define VM_TYPE(v) vm_typeof(v)

/* ---- slot signatures ---- */
typedef Val (*vm_unaryfunc)(Val);
typedef Val (*vm_binaryfunc)(Val, Val);
typedef Val (*vm_ternaryfunc)(Val, Val, Val);
typedef Val (*vm_vectorcall)(Val callable, Val *args, size_t nargs, Val kwnames);
/* Built-in functions and methods: self is the bound object (or the module /
 * NULL for plain functions). */
typedef Val (*vm_cfunc)(Val self, Val *args, size_t nargs, Val kwnames);
typedef Val (*vm_getter)(Val self);
typedef int (*vm_setter)(Val self, Val value); /* value NULL = delete */

enum { VM_LT, VM_LE, VM_EQ, VM_NE, VM_GT, VM_GE }; /* rich comparison ops */

/* Binary operators, in this order everywhere (the compiler's BINARY_OP arg). */
enum {
    VM_OP_ADD, VM_OP_AND, VM_OP_FLOORDIV, VM_OP_LSHIFT, VM_OP_MATMUL, VM_OP_MUL,
    VM_OP_MOD, VM_OP_OR, VM_OP_POW, VM_OP_RSHIFT, VM_OP_SUB, VM_OP_TRUEDIV, VM_OP_XOR,
    VM_OP_COUNT
};
enum { VM_UOP_NEG, VM_UOP_POS, VM_UOP_INVERT, VM_UOP_NOT };

typedef struct {
    const char *name;
    vm_cfunc fn;
    int flags;       /* VM_METH_* */
    const char *doc; /* may be NULL */
} vm_methoddef;
enum { VM_METH_CLASS = 1, VM_METH_STATIC = 2 };

typedef struct {
    const char *name;
    vm_getter get;
    vm_setter set; /* NULL = read-only */
} vm_getsetdef;

/* Number slots, indexed by VM_OP_*; both operands are tried as in CPython
 * (a's slot, then b's; either may return VM_NotImplemented). */
typedef struct {
    vm_binaryfunc binop[VM_OP_COUNT];
    vm_binaryfunc inplace[VM_OP_COUNT]; /* optional: falls back to binop */
    vm_ternaryfunc pow3;                 /* pow(a, b, mod) */
    vm_unaryfunc neg, pos, abs, invert;
    int (*truth)(Val);          /* -1 error */
    vm_unaryfunc to_int;        /* __int__ */
    vm_unaryfunc to_float;      /* __float__ */
    vm_unaryfunc index;         /* __index__ */
    vm_binaryfunc divmod;
} vm_numberslots;

enum {
    VM_TF_BASETYPE = 1 << 0, /* may be subclassed */
    VM_TF_HEAPTYPE = 1 << 1, /* a class created at run time */
    VM_TF_HAS_DICT = 1 << 2, /* instances have a __dict__ (Instance.dict) */
    VM_TF_ABSTRACT = 1 << 3,
    /* Fast subclass checks for the core types. */
    VM_TF_INT_SUBCLASS = 1 << 8,
    VM_TF_STR_SUBCLASS = 1 << 9,
    VM_TF_TUPLE_SUBCLASS = 1 << 10,
    VM_TF_LIST_SUBCLASS = 1 << 11,
    VM_TF_DICT_SUBCLASS = 1 << 12,
    VM_TF_EXC_SUBCLASS = 1 << 13,
    VM_TF_TYPE_SUBCLASS = 1 << 14,
    VM_TF_BYTES_SUBCLASS = 1 << 15,
};

struct Type {
    Obj base;
    const char *name;     /* for built-ins: "int"; for classes set from __name__ */
    size_t basicsize;     /* bytes of an instance (0 for non-instantiable) */
    uint32_t flags;       /* VM_TF_* */
    Type *tbase;          /* the solid base (tp_base) */
    Val bases;            /* tuple of types */
    Val mro;              /* tuple of types, C3 */
    Val dict;             /* the type's namespace: a dict */
    Val name_obj, qualname, module; /* str objects (set at init) */
    uint64_t version;     /* bumped on any change of this type or its bases' dicts */
    size_t dict_offset;   /* offset of the instance __dict__ Val, 0 if none */
    size_t slots_count;   /* __slots__ members stored after the header */
    Val subclasses;       /* list of direct subclasses created at run time, or NULL */

    vm_unaryfunc repr, str;
    int64_t (*hash)(Val); /* -1 on error; NULL = unhashable */
    Val (*richcmp)(Val a, Val b, int op);
    Val (*getattr)(Val self, Val name);            /* tp_getattro */
    int (*setattr)(Val self, Val name, Val value); /* value NULL = delete */
    vm_vectorcall call;
    vm_unaryfunc iter;
    vm_unaryfunc iternext; /* NULL return, no exception: exhausted */
    Val (*descr_get)(Val descr, Val obj, Val type); /* obj NULL: via class */
    int (*descr_set)(Val descr, Val obj, Val value); /* value NULL = delete */
    /* Construction: type(...)(args) calls new then, if the result is an
     * instance of the type, init. */
    Val (*new_)(Type *type, Val *args, size_t nargs, Val kwnames);
    int (*init)(Val self, Val *args, size_t nargs, Val kwnames);

    const vm_numberslots *num;
    int64_t (*len)(Val);                         /* -1 on error */
    Val (*getitem)(Val self, Val key);           /* sequence and mapping */
    int (*setitem)(Val self, Val key, Val value); /* value NULL = delete */
    int (*contains)(Val self, Val item);         /* -1 on error */

    const vm_methoddef *methods;   /* NULL-terminated */
    const vm_getsetdef *getsets;   /* NULL-terminated */
    const char *doc;
    /* Heap types only: the number slots generated from dunders. */
    vm_numberslots heap_num;
};

/* An instance of a class defined in Python (basicsize may be larger when the
 * solid base is a built-in with its own layout; dict lives at dict_offset). */

/* ---- singletons ---- */
extern Obj vm_none_obj, vm_notimpl_obj, vm_ellipsis_obj;
typedef struct {
    Obj base;
    int64_t value; /* bool is an int subclass; ints of bool use this */
} BoolObj;
extern BoolObj vm_true_obj, vm_false_obj;
#define VM_None obj_val(&vm_none_obj)
#define VM_NotImplemented obj_val(&vm_notimpl_obj)
#define VM_Ellipsis obj_val(&vm_ellipsis_obj)
#define VM_True obj_val(&vm_true_obj)
#define VM_False obj_val(&vm_false_obj)
static inline Val vm_bool(bool b) { return b ? VM_True : VM_False; }

/* ---- core types (all static Type objects) ---- */
extern Type vm_type_object, vm_type_type, vm_type_bool, vm_type_float, vm_type_complex,
    vm_type_str, vm_type_bytes, vm_type_bytearray, vm_type_memoryview, vm_type_list,
    vm_type_tuple, vm_type_dict, vm_type_set, vm_type_frozenset, vm_type_range,
    vm_type_slice, vm_type_none, vm_type_notimpl, vm_type_ellipsis, vm_type_function,
    vm_type_builtin, vm_type_method, vm_type_code, vm_type_cell, vm_type_module,
    vm_type_generator, vm_type_coroutine, vm_type_property, vm_type_classmethod,
    vm_type_staticmethod, vm_type_super, vm_type_frame, vm_type_traceback;

static inline bool vm_is_type(Val v, Type *t) { return vm_typeof(v) == t; }
bool vm_is_subtype(Type *a, Type *b);
static inline bool vm_isinstance_t(Val v, Type *t) { Type *vt = vm_typeof(v); return vt == t || vm_is_subtype(vt, t); }
/* isinstance/issubclass with __instancecheck__ and tuples: 1, 0, -1 error. */
int vm_isinstance(Val obj, Val cls);
int vm_issubclass(Val cls, Val classinfo);
const char *vm_type_name(Type *t); /* t->name */
static inline const char *vm_tname(Val v) { return vm_typeof(v)->name; }

/* ---- allocation ---- */
/* Zeroed object of the given type and size (>= sizeof(Obj)); NULL +
 * MemoryError on failure.  scan: CR_SCAN if it holds Vals or pointers. */
void *vm_alloc_obj(Type *t, size_t size, int scan);
/* An instance of a heap type or built-in type t with t->basicsize bytes. */
Val vm_alloc_instance(Type *t);

/* ---- errors (errors.c) ---- */
extern Type vm_exc_BaseException, vm_exc_Exception, vm_exc_TypeError, vm_exc_ValueError,
    vm_exc_AttributeError, vm_exc_KeyError, vm_exc_IndexError, vm_exc_LookupError,
    vm_exc_NameError, vm_exc_UnboundLocalError, vm_exc_ZeroDivisionError,
    vm_exc_ArithmeticError, vm_exc_OverflowError, vm_exc_FloatingPointError,
    vm_exc_RuntimeError, vm_exc_NotImplementedError, vm_exc_RecursionError,
    vm_exc_StopIteration, vm_exc_StopAsyncIteration, vm_exc_GeneratorExit,
    vm_exc_KeyboardInterrupt, vm_exc_SystemExit, vm_exc_MemoryError, vm_exc_ImportError,
    vm_exc_ModuleNotFoundError, vm_exc_SyntaxError, vm_exc_IndentationError,
    vm_exc_TabError, vm_exc_AssertionError, vm_exc_UnicodeError, vm_exc_UnicodeDecodeError,
    vm_exc_UnicodeEncodeError, vm_exc_UnicodeTranslateError, vm_exc_OSError,
    vm_exc_FileNotFoundError, vm_exc_FileExistsError, vm_exc_PermissionError,
    vm_exc_IsADirectoryError, vm_exc_NotADirectoryError, vm_exc_EOFError,
    vm_exc_BufferError, vm_exc_SystemError, vm_exc_ReferenceError,
    vm_exc_BaseExceptionGroup, vm_exc_ExceptionGroup, vm_exc_Warning,
    vm_exc_UserWarning, vm_exc_DeprecationWarning, vm_exc_RuntimeWarning,
    vm_exc_SyntaxWarning, vm_exc_TimeoutError, vm_exc_ConnectionError,
    vm_exc_ChildProcessError, vm_exc_ProcessLookupError, vm_exc_InterruptedError,
    vm_exc_BlockingIOError, vm_exc_BrokenPipeError, vm_exc_PendingDeprecationWarning,
    vm_exc_FutureWarning, vm_exc_ImportWarning, vm_exc_UnicodeWarning,
    vm_exc_BytesWarning, vm_exc_ResourceWarning, vm_exc_EncodingWarning;

/* The layout of every exception instance. */
typedef struct {
    Obj base;
    Val dict;       /* instance __dict__ (exceptions accept attributes) */
    Val args;       /* tuple */
    Val traceback;  /* traceback object or NULL */
    Val cause, context; /* NULL when unset */
    bool suppress_context;
    Val notes;      /* list or NULL (__notes__ also lives in dict) */
    Val extra[4];   /* type-specific: StopIteration.value, SystemExit.code,
                       OSError errno/strerror/filename, KeyError ...,
                       SyntaxError (msg, filename, lineno, offset...) in dict */
} ExcObj;

/* Raise: formats the message (see vm_fmt below) and sets a new exception of
 * type t; always returns NULL so callers can "return vm_err_fmt(...)". */
Val vm_err_fmt(Type *t, const char *fmt, ...);
Val vm_err_str(Type *t, const char *msg);
/* Raise an existing exception instance, or a type (instantiated w/o args). */
Val vm_err_set_val(Val exc);
Val vm_err_nomem(void);
bool vm_err_occurred(void);
/* The pending exception is an instance of t (or subclass). */
bool vm_err_matches(Type *t);
/* Take the pending exception (clearing it); NULL if none. */
Val vm_err_fetch(void);
void vm_err_clear(void);
/* Set exc as pending without touching its context (re-raise). */
void vm_err_restore(Val exc);
/* Raise SyntaxError (or subclass t, e.g. IndentationError) with CPython's
 * attributes: msg, filename, lineno, offset (1-based column in characters),
 * text (the source line), end_lineno, end_offset. */
Val vm_err_syntax(Type *t, const char *msg, Val filename, int lineno, int offset,
                  Val text, int end_lineno, int end_offset);
/* Create an exception instance of type t with args (a tuple). */
Val vm_exc_new(Type *t, Val args);
Val vm_exc_new_msg(Type *t, const char *msg);
/* The exception being handled (sys.exc_info()[1]) or VM_None. */
Val vm_err_handled(void);

/* ---- text formatting for messages ----
 * printf-like, freestanding.  Directives: %s (C string), %c (int as code
 * point), %d %i (int), %u, %ld, %lu, %lld, %llu, %zd, %zu, %x, %p, %%, and
 * for Vals: %R repr(v), %S str(v), %A ascii(v), %T type name of v,
 * %U v must be a str (inserted as is).  Width/precision: %.Ns, %-Ns. */
Val vm_str_fmt(const char *fmt, ...);
/* warnings.warn(msg, category) attributed to the running Python code
 * (CPython's PyErr_WarnEx(category, msg, 1)); -1 when it raised (a filter
 * made it an error). */
int vm_warn(Type *category, Val msg);
Val vm_str_vfmt(const char *fmt, va_list ap);

/* ---- object protocol (abstract.c) ---- */
Val vm_repr(Val v);
Val vm_str(Val v);
Val vm_ascii(Val v);
int64_t vm_hash(Val v); /* -1 on error */
Val vm_richcmp(Val a, Val b, int op);
int vm_richcmp_bool(Val a, Val b, int op); /* 1/0, -1 error */
int vm_eq(Val a, Val b);                   /* identity, then ==; -1 error */
int vm_truthy(Val v);                      /* -1 error */
Val vm_getattr(Val o, Val name);
Val vm_getattr_cstr(Val o, const char *name);
/* Like vm_getattr, but an AttributeError is cleared and NULL returned with
 * no exception pending. */
Val vm_getattr_opt(Val o, Val name);
int vm_setattr(Val o, Val name, Val value);
int vm_setattr_cstr(Val o, const char *name, Val value);
int vm_delattr(Val o, Val name);
int vm_hasattr(Val o, Val name); /* -1 on non-AttributeError errors */
/* The generic machinery used by object.__getattribute__ / __setattr__. */
Val vm_generic_getattr(Val o, Val name);
int vm_generic_setattr(Val o, Val name, Val value);
/* Look a name up along t's MRO (no descriptors applied); NULL if absent,
 * no exception. */
Val vm_type_lookup(Type *t, Val name);
Val vm_type_lookup_cstr(Type *t, const char *name);

Val vm_call(Val callable, Val *args, size_t nargs, Val kwnames);
Val vm_call0(Val callable);
Val vm_call1(Val callable, Val a);
Val vm_call2(Val callable, Val a, Val b);
/* Call a method by name: obj.name(*args). */
Val vm_call_method(Val obj, const char *name, Val *args, size_t nargs);
/* Call a special method as the interpreter does: looked up on type(obj)
 * (not the instance), bound to obj.  AttributeError if absent. */
Val vm_call_special(Val obj, const char *name, Val *args, size_t nargs);
/* The builtins aiter(o) and anext(it[, dflt]) (dflt NULL: none). */
Val vm_aiter(Val o);
Val vm_anext(Val it, Val dflt);
/* Call with a tuple of positional args and a dict of keywords (either may be NULL). */
Val vm_call_tuple_dict(Val callable, Val args_tuple, Val kwargs_dict);

Val vm_getitem(Val o, Val key);
int vm_setitem(Val o, Val key, Val value);
int vm_delitem(Val o, Val key);
int64_t vm_len(Val o); /* -1 on error */
int vm_contains(Val container, Val item); /* 1/0, -1 error */
Val vm_iter(Val o);
/* Next item; NULL and no exception when exhausted; NULL with exception on error. */
Val vm_next(Val iter);

Val vm_binop(Val a, Val b, int op);   /* VM_OP_* */
Val vm_inplace(Val a, Val b, int op); /* a op= b */
Val vm_unary(Val v, int uop);         /* VM_UOP_* (NOT returns a bool) */
Val vm_pow3(Val a, Val b, Val mod);
Val vm_divmod(Val a, Val b);
Val vm_abs(Val v);
/* operator.index(v): an int (exact int type or subclass), or TypeError. */
Val vm_index(Val v);
/* v as an index: with __index__; on overflow raises err_type (usually
 * IndexError or OverflowError) "cannot fit 'int' into an index-sized integer".
 * Returns false with an exception set on failure. */
bool vm_as_ssize(Val v, int64_t *out, Type *err_type);
Val vm_number_int(Val v);   /* int(v) */
Val vm_number_float(Val v); /* float(v) */
Val vm_format(Val v, Val spec); /* format(v, spec) */

/* ---- ints (int.c, owner of bigints); small ints are tagged ---- */
typedef struct IntObj IntObj; /* big ints only, defined in vm/int.h */
static inline bool vm_is_int(Val v) { return val_is_small(v) || (vm_typeof(v)->flags & VM_TF_INT_SUBCLASS) != 0; }
Val vm_int_from_i64(int64_t i);
Val vm_int_from_u64(uint64_t u);
Val vm_int_from_double(double d);           /* truncates; OverflowError/ValueError for inf/nan */
Val vm_int_from_str(cr_span s, int base);   /* int(str, base) semantics, ValueError */
/* 0 ok, -1 with OverflowError set ("Python int too large to convert to C long"). */
int vm_int_as_i64(Val v, int64_t *out);
/* Exact int → double; OverflowError "int too large to convert to float". */
int vm_int_as_double(Val v, double *out);
int vm_int_sign(Val v);               /* -1, 0, 1 */
Val vm_int_to_str(Val v, int base);   /* "0x"-less digits with '-' sign */
int64_t vm_int_hash(Val v);
/* sys.set_int_max_str_digits limit (0 = unlimited; default 4300); defined in int.c. */
extern int vm_int_max_str_digits;
/* True for bool instances too (they are ints whose type is bool). */

/* ---- floats (float.c) ---- */
typedef struct {
    Obj base;
    double value;
} FloatObj;
Val vm_float_new(double d);
static inline bool vm_is_float(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_type_float); }
static inline double vm_float_value(Val v) { return ((FloatObj *)(void *)val_obj(v))->value; }
/* float(v)-style conversion of ints/floats/__float__/__index__; -1 on error. */
int vm_as_double(Val v, double *out);
Val vm_float_repr_val(double d);
int64_t vm_hash_double(double d);

/* ---- strings (str.c): UTF-8 storage, code point length, cached hash ---- */
typedef struct StrObj StrObj; /* defined in vm/str.h */
static inline bool vm_is_str(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_STR_SUBCLASS) != 0; }
/* From valid UTF-8 (trusted input: panics on invalid); NULL + MemoryError. */
Val vm_str_new(cr_span utf8);
Val vm_str_cstr(const char *s);
/* Decode untrusted bytes; UnicodeDecodeError on invalid UTF-8. */
Val vm_str_decode_utf8(cr_span bytes, const char *errors);
/* Interned string (same object for same text); for names. */
Val vm_str_intern(Val s);
Val vm_intern_cstr(const char *s);
cr_span vm_str_span(Val s);       /* the UTF-8 bytes (not NUL-terminated) */
const char *vm_str_cstr_of(Val s); /* NUL-terminated UTF-8 (may copy) */
size_t vm_str_len(Val s);         /* code points */
bool vm_str_eq(Val a, Val b);     /* both str */
bool vm_str_eq_cstr(Val s, const char *c);
int64_t vm_str_hash(Val s);
Val vm_str_concat(Val a, Val b);
Val vm_str_from_codepoint(uint32_t cp);
uint32_t vm_str_at(Val s, size_t index); /* code point at index (checked) */
Val vm_str_slice(Val s, size_t start, size_t stop); /* code point indices */
Val vm_str_join(Val sep, Val iterable);
Val vm_str_repr(Val s);

/* ---- bytes / bytearray (bytes.c) ---- */
typedef struct BytesObj BytesObj;
Val vm_bytes_new(cr_span data);
cr_span vm_bytes_span(Val b); /* bytes or bytearray */
/* Buffer exporters (bytes.c): bytes, bytearray, memoryview, array.array. */
bool vm_is_buffer(Val v);
/* CPython's "y*" argument: 1 with the bytes of a C-contiguous buffer, 0 (no
 * error) if v exports no buffer, -1 with an error (BufferError...). */
int vm_buffer_get(Val v, cr_span *out);
bool vm_is_array_exporter(Val v);
void vm_register_array_type(Type *t);
Val vm_bytearray_new(cr_span data);
static inline bool vm_is_bytes(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_BYTES_SUBCLASS) != 0; }

/* ---- tuples (tuple.c) ---- */
typedef struct {
    Obj base;
    int64_t hash_cache_unused;
    size_t len;
    Val items[]; /* access through vm_tuple_get / vm_tuple_items only */
} TupleObj;
Val vm_tuple_new(size_t n); /* items VM_None-initialised */
Val vm_tuple_from(const Val *items, size_t n);
Val vm_tuple_pack(size_t n, ...);
static inline bool vm_is_tuple(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_TUPLE_SUBCLASS) != 0; }
static inline size_t vm_tuple_len(Val t) { return ((TupleObj *)(void *)val_obj(t))->len; }
/* Subclasses with __slots__ keep their fields in prefix slots: the general
 * case is out of line; exact tuples (every names/consts tuple the
 * interpreter reads per instruction) take the inline path. */
cr_valspan vm_tuple_items_general(Val t);
static inline cr_valspan vm_tuple_items(Val t)
{
    TupleObj *o = (TupleObj *)(void *)val_obj(t);
    if (o->base.type == &vm_type_tuple) return (cr_valspan){o->items, o->len};
    return vm_tuple_items_general(t);
}
static inline Val vm_tuple_get(Val t, size_t i) { return cr_valspan_get(vm_tuple_items(t), i); }
static inline void vm_tuple_set(Val t, size_t i, Val x) { cr_valspan_set(vm_tuple_items(t), i, x); } /* only while building */
extern Val vm_empty_tuple;

/* ---- lists (list.c) ---- */
typedef struct {
    Obj base;
    Val dict_unused;
    cr_vals v;
    uint64_t mutation; /* bumped on every structural change (sort detection) */
} ListObj;
Val vm_list_new(size_t n); /* n items, VM_None-initialised */
Val vm_list_from(const Val *items, size_t n);
static inline bool vm_is_list(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_LIST_SUBCLASS) != 0; }
static inline ListObj *vm_list_obj(Val v) { return (ListObj *)(void *)val_obj(v); }
static inline size_t vm_list_len(Val l) { return vm_list_obj(l)->v.len; }
static inline Val vm_list_get(Val l, size_t i) { return cr_vals_get(&vm_list_obj(l)->v, i); }
static inline void vm_list_set(Val l, size_t i, Val x) { cr_vals_set(&vm_list_obj(l)->v, i, x); }
int vm_list_append(Val l, Val x); /* -1 MemoryError */
int vm_list_extend(Val l, Val iterable);
Val vm_list_from_iter(Val iterable); /* list(iterable) */
int vm_list_sort(Val l, Val key, bool reverse);
Val vm_list_as_tuple(Val l);
/* Materialise any iterable into a tuple (tuple as is). */
Val vm_sequence_tuple(Val iterable);

/* ---- dicts (dict.c): CPython's compact ordered dict ---- */
Val vm_dict_new(void);
static inline bool vm_is_dict(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_DICT_SUBCLASS) != 0; }
/* Lookups: NULL and no exception when absent; NULL + exception on error
 * (e.g. unhashable key, or __eq__ raised). */
Val vm_dict_get(Val d, Val key);
Val vm_dict_get_cstr(Val d, const char *key);
int vm_dict_set(Val d, Val key, Val value);
int vm_dict_set_cstr(Val d, const char *key, Val value);
int vm_dict_del(Val d, Val key); /* -1 with KeyError when absent */
/* 1 deleted, 0 absent (no exception), -1 error. */
int vm_dict_pop_opt(Val d, Val key, Val *out);
size_t vm_dict_len(Val d);
/* Iterate: pos starts at 0; returns false at the end. */
bool vm_dict_next(Val d, size_t *pos, Val *key, Val *value);
int vm_dict_update(Val d, Val other); /* dict.update(other) for mappings/iterables */
Val vm_dict_copy(Val d);
Val vm_dict_keys_list(Val d);
void vm_dict_clear(Val d);

/* ---- sets (set.c): CPython's set algorithm (same iteration order) ---- */
Val vm_set_new(void);
Val vm_frozenset_new(Val iterable_or_null);
int vm_set_add(Val s, Val key);
int vm_set_contains(Val s, Val key);
int vm_set_discard(Val s, Val key); /* 1 removed, 0 absent */
bool vm_set_next(Val s, size_t *pos, Val *key);
static inline bool vm_is_anyset(Val v) { return vm_isinstance_t(v, &vm_type_set) || vm_isinstance_t(v, &vm_type_frozenset); }

/* ---- slices and ranges (slice.c, range.c) ---- */
typedef struct {
    Obj base;
    Val start, stop, step;
} SliceObj;
Val vm_slice_new(Val start, Val stop, Val step);
/* Resolve a slice for a sequence of length len (CPython PySlice_GetIndicesEx);
 * -1 on error (e.g. step 0: ValueError "slice step cannot be zero"). */
int vm_slice_indices(Val slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);
/* The slice with its members' __index__ already applied (ints or None), so
 * that a mutable container can resolve it against its length afterwards. */
Val vm_slice_plain(Val slice);

/* ---- container set-up and iterator builtins (tuple.c, iterobject.c) ---- */
/* Creates vm_empty_tuple (idempotent; call before anything allocates tuples). */
void vm_tuple_init(void);
/* vm_tuple_init, then vm_type_ready on every container and iterator type. */
void vm_containers_init(void);
extern Type vm_type_enumerate, vm_type_zip, vm_type_map, vm_type_filter, vm_type_reversed,
    vm_type_seqiter, vm_type_calliter;
/* iter(o) for an object with __getitem__ but no __iter__. */
Val vm_seqiter_new(Val seq);
/* iter(callable, sentinel) */
Val vm_calliter_new(Val callable, Val sentinel);
/* Pickling of the built-in iterators (iterobject.c): the __reduce__ result
 * (builtins.<builtin>, (arg,)) or, when state is not NULL,
 * (builtins.<builtin>, (arg,), state). */
Val vm_iter_reduce(const char *builtin, Val arg, Val state);
/* The same in two steps, for iterators whose state the lookup of the
 * builtin may change (a builtins key with a custom __eq__, gh-101765):
 * look up first, then read the state. */
Val vm_builtin_lookup(const char *builtin);
Val vm_iter_reduce_with(Val f, Val arg, Val state);
/* The index given to an iterator's __setstate__, converted as CPython's
 * PyLong_AsSsize_t ("an integer is required"); false with an exception. */
bool vm_iter_state_index(Val state, int64_t *out);
/* Argument count check of such a method: n positional arguments, errors
 * named "<type of self>.<meth>()" as CPython's method descriptors. */
bool vm_iter_method_args(Val self, const char *meth, size_t nargs, Val kwnames, size_t n);

/* ---- functions and methods ---- */
typedef struct {
    Obj base;
    const vm_methoddef *def;
    Val self;   /* bound object, module or NULL */
    Val module; /* module name or NULL */
} BuiltinObj;
/* A built-in function object (def->fn called with self). */
Val vm_builtin_new(const vm_methoddef *def, Val self);
typedef struct {
    Obj base;
    Val func, self;
} MethodObj;
Val vm_method_new(Val func, Val self);

/* ---- argument parsing for built-ins ----
 * Binds args/kwnames to the parameter names in kwlist (NULL-terminated):
 *   npos_only: leading parameters that cannot be given by keyword;
 *   min: required parameters; max_pos: parameters that may be positional.
 * out[i] is NULL when an optional parameter was not given.
 * Errors are CPython's: "f() takes at most 2 arguments (3 given)",
 * "f() missing required argument 'x' (pos 1)", "'y' is an invalid keyword
 * argument for f()" etc. */
bool vm_parse_args(const char *fname, Val *args, size_t nargs, Val kwnames,
                   const char *const *kwlist, size_t npos_only, size_t min, size_t max_pos,
                   Val *out);
/* Shorthand for functions with positional-only parameters only. */
bool vm_check_nargs(const char *fname, size_t nargs, Val kwnames, size_t min, size_t max);
/* An int argument as Argument Clinic's 'int' converter takes it: __index__,
 * then OverflowError outside the C int range (false, exception set). */
bool vm_arg_c_int(Val v, int64_t *out);

/* ---- modules ---- */
typedef struct {
    Obj base;
    Val dict;
    Val name;
} ModuleObj;
Val vm_module_new(Val name);
/* Register a built-in module implemented in C: init is called on first import
 * and fills the module's dict. */
typedef int (*vm_module_init)(Val module);
void vm_register_builtin_module(const char *name, vm_module_init init);
Val vm_import(Val name, Val globals, Val fromlist, int level);
/* Add every method in defs to the module dict as built-in functions. */
int vm_module_add_functions(Val module, const vm_methoddef *defs);

/* ---- types ---- */
/* Finish a static built-in type: computes mro, dict from methods/getsets. */
int vm_type_ready(Type *t);
/* type(name, bases, dict) */
Val vm_type_new_class(Type *meta, Val name, Val bases, Val dict, Val kwnames_dict);

/* ---- VM state and limits ---- */
typedef struct VmState VmState; /* vm/state.h */
extern VmState *vm;
/* Recursion guard for C recursion on Python data (repr, ==, parser):
 * returns false with RecursionError set ("maximum recursion depth exceeded
 * while ...") when the depth or the C stack is exhausted. */
bool vm_enter_recursion(const char *where);
void vm_leave_recursion(void);

/* ---- output ---- */
/* Write to sys.stdout / sys.stderr (through their write methods). */
int vm_print_str(Val file, Val s);
void vm_write_stderr_cstr(const char *s);

#endif
