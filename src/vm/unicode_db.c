/* Lookups in the generated Unicode tables (see unicode_db.h). */
#include "vm/unicode_db.h"

#include "core/buf.h"

static const char *const category_names[] = {
    "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
    "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"};
#define NCATEGORIES (sizeof category_names / sizeof category_names[0])

const vm_ucd_record *vm_ucd_get(uint32_t cp)
{
    if (cp > 0x10FFFF) cp = 0x10FFFF; /* U+10FFFF is unassigned (Cn) */
    size_t i1 = cp >> vm_ucd_shift;
    if (i1 >= vm_ucd_nindex1) cr_panic_bounds();
    size_t blk = vm_ucd_index1[i1]; /* boundary: generated read-only table, index bounded by construction */
    size_t i2 = (blk << vm_ucd_shift) | (cp & ((1u << vm_ucd_shift) - 1));
    if (i2 >= vm_ucd_nindex2) cr_panic_bounds();
    size_t r = vm_ucd_index2[i2]; /* boundary: generated read-only table, index bounded by construction */
    if (r >= vm_ucd_nrecords) cr_panic_bounds();
    return &vm_ucd_records[r]; /* boundary: generated read-only table, index bounded by construction */
}

const char *vm_ucd_category_name(unsigned index)
{
    return index < NCATEGORIES ? category_names[index] : "Cn";
}

const char *vm_ucd_category(uint32_t cp) { return vm_ucd_category_name(vm_ucd_get(cp)->category); }

#define PRED(name, mask) \
    bool name(uint32_t cp) { return (vm_ucd_flags(cp) & (mask)) != 0; }
PRED(vm_ucd_isspace, VM_UCD_SPACE)
PRED(vm_ucd_isalpha, VM_UCD_ALPHA)
PRED(vm_ucd_isdecimal, VM_UCD_DECIMAL)
PRED(vm_ucd_isdigit, VM_UCD_DIGIT)
PRED(vm_ucd_isnumeric, VM_UCD_NUMERIC)
PRED(vm_ucd_isalnum, VM_UCD_ALPHA | VM_UCD_DECIMAL | VM_UCD_DIGIT | VM_UCD_NUMERIC)
PRED(vm_ucd_islower, VM_UCD_LOWER)
PRED(vm_ucd_isupper, VM_UCD_UPPER)
PRED(vm_ucd_istitle, VM_UCD_TITLE)
PRED(vm_ucd_isprintable, VM_UCD_PRINTABLE)
PRED(vm_ucd_islinebreak, VM_UCD_LINEBREAK)
PRED(vm_ucd_iscased, VM_UCD_CASED)
PRED(vm_ucd_iscaseignorable, VM_UCD_CASE_IGNORABLE)
PRED(vm_ucd_isxidstart, VM_UCD_XID_START)
PRED(vm_ucd_isxidcontinue, VM_UCD_XID_CONTINUE)
#undef PRED

int vm_ucd_decimal(uint32_t cp)
{
    int d = vm_ucd_get(cp)->decimal;
    return d == 255 ? -1 : d;
}

int vm_ucd_digit(uint32_t cp)
{
    int d = vm_ucd_get(cp)->digit;
    return d == 255 ? -1 : d;
}

bool vm_ucd_numeric(uint32_t cp, double *out)
{
    size_t n = vm_ucd_get(cp)->numeric;
    if (n == 0 || n >= vm_ucd_nnumerics) return false;
    *out = vm_ucd_numerics[n]; /* boundary: generated read-only table, index bounded by construction */
    return true;
}

static uint32_t ext_at(size_t i)
{
    if (i >= vm_ucd_next) cr_panic_bounds();
    return vm_ucd_ext[i]; /* boundary: generated read-only table, index bounded by construction */
}

static int map_one(uint32_t cp, int32_t value, bool extended, uint32_t out[3])
{
    if (!extended) {
        out[0] = (uint32_t)((int64_t)cp + value); /* boundary: generated read-only table, index bounded by construction */
        return 1;
    }
    size_t at = (size_t)(uint32_t)value;
    uint32_t n = ext_at(at);
    if (n > 3) cr_panic("unicode_db: bad extended case mapping");
    for (uint32_t i = 0; i < n; i++) out[i] = ext_at(at + 1 + i); /* boundary: generated read-only table, index bounded by construction */
    return (int)n;
}

int vm_ucd_to_lower(uint32_t cp, uint32_t out[3])
{
    const vm_ucd_record *r = vm_ucd_get(cp);
    return map_one(cp, r->lower, (r->flags & VM_UCD_EXT_LOWER) != 0, out);
}

int vm_ucd_to_upper(uint32_t cp, uint32_t out[3])
{
    const vm_ucd_record *r = vm_ucd_get(cp);
    return map_one(cp, r->upper, (r->flags & VM_UCD_EXT_UPPER) != 0, out);
}

int vm_ucd_to_title(uint32_t cp, uint32_t out[3])
{
    const vm_ucd_record *r = vm_ucd_get(cp);
    return map_one(cp, r->title, (r->flags & VM_UCD_EXT_TITLE) != 0, out);
}

int vm_ucd_to_fold(uint32_t cp, uint32_t out[3])
{
    const vm_ucd_record *r = vm_ucd_get(cp);
    return map_one(cp, r->fold, (r->flags & VM_UCD_EXT_FOLD) != 0, out);
}

/* ---- unicodedata-only properties ---- */

static const char *const bidi_names[] = {"", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET",
                                         "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"};
static const char *const eaw_names[] = {"F", "H", "W", "Na", "A", "N"};
static const char *const decomp_tags[] = {"", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>",
                                          "<isolated>", "<circle>", "<super>", "<sub>", "<vertical>", "<wide>",
                                          "<narrow>", "<small>", "<square>", "<fraction>", "<compat>"};

const vm_ucd_db_record *vm_ucd_db_get(uint32_t cp)
{
    if (cp > 0x10FFFF) cp = 0x10FFFF;
    size_t i1 = cp >> vm_ucd_db_shift;
    if (i1 >= vm_ucd_db_nindex1) cr_panic_bounds();
    size_t i2 = ((size_t)vm_ucd_db_index1[i1] << vm_ucd_db_shift) | (cp & ((1u << vm_ucd_db_shift) - 1)); /* boundary: generated read-only table, index bounded by construction */
    if (i2 >= vm_ucd_db_nindex2) cr_panic_bounds();
    size_t r = vm_ucd_db_index2[i2]; /* boundary: generated read-only table, index bounded by construction */
    if (r >= vm_ucd_db_nrecords) cr_panic_bounds();
    return &vm_ucd_db_records[r]; /* boundary: generated read-only table, index bounded by construction */
}

const char *vm_ucd_bidirectional(uint32_t cp)
{
    unsigned b = vm_ucd_db_get(cp)->bidi;
    return b < sizeof bidi_names / sizeof bidi_names[0] ? bidi_names[b] : "";
}

int vm_ucd_combining(uint32_t cp) { return vm_ucd_db_get(cp)->combining; }

const char *vm_ucd_east_asian_width(uint32_t cp)
{
    unsigned e = vm_ucd_db_get(cp)->eaw;
    return e < sizeof eaw_names / sizeof eaw_names[0] ? eaw_names[e] : "N";
}

bool vm_ucd_mirrored(uint32_t cp) { return vm_ucd_db_get(cp)->mirrored != 0; }

static uint32_t decomp_at(size_t i)
{
    if (i >= vm_ucd_decomp_ndata) cr_panic_bounds();
    return vm_ucd_decomp_data[i]; /* boundary: generated read-only table, index bounded by construction */
}

int vm_ucd_decomposition(uint32_t cp, const char **tag, uint32_t out[18])
{
    size_t lo = 0, hi = vm_ucd_ndecomp;
    *tag = "";
    while (lo < hi) { /* binary search of the sorted code points */
        size_t mid = lo + (hi - lo) / 2;
        uint32_t c = vm_ucd_decomp_cps[mid]; /* boundary: generated read-only table, index bounded by construction */
        if (c == cp) {
            size_t off = vm_ucd_decomp_offsets[mid]; /* boundary: generated read-only table, index bounded by construction */
            uint32_t head = decomp_at(off), n = head & 0xFF, t = head >> 8;
            if (n > 18 || t >= sizeof decomp_tags / sizeof decomp_tags[0]) cr_panic("unicode_db: bad decomposition");
            *tag = decomp_tags[t];
            for (uint32_t k = 0; k < n; k++) out[k] = decomp_at(off + 1 + k); /* boundary: generated read-only table, index bounded by construction */
            return (int)n;
        }
        if (c < cp) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

bool vm_ucd_compose_pair(uint32_t a, uint32_t b, uint32_t *out)
{
    size_t lo = 0, hi = vm_ucd_ncompose;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t x = vm_ucd_compose[mid][0], y = vm_ucd_compose[mid][1];
        if (x == a && y == b) {
            *out = vm_ucd_compose[mid][2];
            return true;
        }
        if (x < a || (x == a && y < b)) lo = mid + 1;
        else hi = mid;
    }
    return false;
}
