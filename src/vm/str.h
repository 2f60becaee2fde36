/* The str type: representation and internal API shared by str*.c.
 *
 * A str is one GC block: the StrObj header followed by its text in UTF-8
 * (a lone surrogate U+D800..U+DFFF is stored in the generalised 3-byte form,
 * as "surrogatepass" would, so every code point is representable), a NUL
 * byte, and, for non-ASCII strings longer than VM_STR_INDEX_STEP code points,
 * room for an index of byte offsets (one every VM_STR_INDEX_STEP code points)
 * that is filled lazily on the first indexing operation.
 *
 * Long strings made by concatenation are "external" (VM_STR_EXT): the
 * header is followed by no text; `dict` refers to a StrExt block whose
 * shared, growable buffer holds the text as a prefix, so that s += t in a
 * loop appends in amortised O(len(t)) (CPython gets the same effect from its
 * reference count).  External strings are allocated CR_SCAN.
 *
 * Exact str objects are allocated CR_NOSCAN (only the type word is scanned).
 * The offset index therefore lives inside the same block rather than in a
 * separate GC block, which a NOSCAN object could not keep alive.
 * Instances of subclasses (class S(str)) are allocated CR_SCAN; their
 * instance __dict__ is the `dict` field (offset VM_STR_DICT_OFFSET).
 */
#ifndef PYCLAVE_VM_STR_H
#define PYCLAVE_VM_STR_H

#include "vm/object.h"

#define VM_STR_INDEX_STEP 64

enum {
    VM_STR_ASCII = 1,    /* every code point < 128: byte index = code point index */
    VM_STR_INDEXED = 2,  /* the offset index has been built */
    VM_STR_INTERNED = 4, /* this object is the interned copy */
    VM_STR_HAS_INDEX = 8, /* the block has room for an offset index */
    VM_STR_EXT = 16       /* text in a shared append buffer (see str.c) */
};

struct StrObj {
    Obj base;
    Val dict;       /* instance __dict__ of subclass instances; for external
                       strings their StrExt block; else NULL */
    int64_t hash;   /* -1 until computed */
    size_t len;     /* length in code points */
    size_t nbytes;  /* length of the UTF-8 text in bytes */
    uint32_t flags; /* VM_STR_* */
    uint32_t pad;
    uint8_t data[]; /* nbytes of UTF-8, NUL, then the optional offset index;
                       accessed only through vm_str_span / vm_str_write */
};

#define VM_STR_DICT_OFFSET offsetof(struct StrObj, dict)

static inline StrObj *vm_str_obj(Val v) { return (StrObj *)(void *)val_obj(v); }
static inline bool vm_str_is_ascii(Val s) { return (vm_str_obj(s)->flags & VM_STR_ASCII) != 0; }

/* ---- construction ---- */
/* A new exact str with room for nbytes of text (len code points, ascii flag
 * as given); the caller fills the bytes with vm_str_write then the string is
 * immutable.  NULL + MemoryError. */
StrObj *vm_str_alloc(size_t nbytes, size_t len, bool ascii);
/* The same for an instance of t (str or a subclass of it). */
StrObj *vm_str_alloc_type(Type *t, size_t nbytes, size_t len, bool ascii);
/* Copy bytes into a string being built (off + bytes.len <= nbytes). */
void vm_str_write(StrObj *s, size_t off, cr_span bytes);
/* A str from trusted (generalised) UTF-8 whose length and ASCII-ness the
 * caller already knows. */
Val vm_str_from_known(cr_span utf8, size_t len, bool ascii);
/* A str from the contents of a builder buffer; MemoryError if the buffer
 * failed.  The bytes must be generalised UTF-8. */
Val vm_str_from_buf(cr_buf *b);
/* Append one code point (surrogates in generalised UTF-8). */
static inline bool vm_sb_cp(cr_buf *b, uint32_t cp)
{
    return cp < 0x80 ? cr_buf_byte(b, (uint8_t)cp) : cr_buf_utf8(b, cp);
}
/* Singletons: the empty string and the one-character strings below 256. */
Val vm_str_empty(void);
Val vm_str_char(uint32_t cp);
/* s converted to an exact str (s itself when it is one). */
Val vm_str_exact(Val s);

/* Argument i of a built-in (the caller checked i < nargs; the span check is
 * the safety net). */
static inline Val vm_str_arg(Val *args, size_t nargs, size_t i)
{
    cr_valspan a = {args, nargs};
    return cr_valspan_get(a, i);
}

/* ---- reading ----
 * vm_str_span / vm_str_cstr_of / vm_str_len / vm_str_at (object.h) work for
 * every representation; never read `data` directly. */
/* The code point at byte offset *pos, advancing *pos. */
static inline uint32_t vm_str_next(cr_span s, size_t *pos) { return cr_utf8_next(s, pos); }
/* Byte offset of code point index i (i <= len). */
size_t vm_str_byte_offset(Val s, size_t i);
/* Number of code points in a byte range of the string. */
size_t vm_utf8_count_range(cr_span s, size_t from, size_t to);
/* Code points < 256, < 65536, or above: the PEP 393 kind (1, 2, 4). */
int vm_str_kind(Val s);

/* ---- searching (str.c): linear-time two-way search on UTF-8 bytes ---- */
/* Byte offset of the first match of needle in hay[start:end], or -1. */
int64_t vm_bytes_find(cr_span hay, cr_span needle, size_t start, size_t end);
/* Byte offset of the last match in hay[start:end], or -1. */
int64_t vm_bytes_rfind(cr_span hay, cr_span needle, size_t start, size_t end);
/* Non-overlapping matches in hay[start:end], at most maxcount. */
size_t vm_bytes_count(cr_span hay, cr_span needle, size_t start, size_t end, size_t maxcount);

/* ---- hashing ---- */
/* Set the SipHash key from PYTHONHASHSEED (NULL or "random": random key from
 * the host; "0": zero key; N: CPython's lcg_urandom(N) secret).  Must be
 * called at start-up before any str is hashed: hashes are cached in the
 * objects and would otherwise disagree. */
void vm_str_hash_init(const char *pythonhashseed_or_null);
int64_t vm_hash_bytes(cr_span data);

/* ---- codecs (str.c) ---- */
/* Encode s with a codec name (utf-8, ascii, latin-1 and aliases) and error
 * handler; returns a bytes object. */
Val vm_str_encode(Val s, const char *encoding, const char *errors);
/* Decode bytes with a codec name; returns a str. */
Val vm_str_decode(cr_span bytes, const char *encoding, const char *errors);

/* ---- the type (str.c), methods (str_methods.c), formatting (str_format.c) ---- */
extern Type vm_type_str_iterator;
extern const vm_methoddef vm_str_methods[];
Val vm_str_mod(Val format, Val args);             /* format % args */
/* bytes % args: formats into out (initialised here); false with an exception set. */
bool vm_bytes_mod_buf(cr_span fmt, Val args, cr_buf *out);
Val vm_str_format_call(Val fmt, Val *args, size_t nargs, Val kwargs_dict); /* str.format */
Val vm_str_format_map_call(Val fmt, Val mapping);                           /* str.format_map */
void vm_str_types_ready(void);
Val vm_format_str(Val s, Val spec);               /* fmtspec.c (float engineer) */

#endif
