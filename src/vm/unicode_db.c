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
    size_t blk = vm_ucd_index1[i1];
    size_t i2 = (blk << vm_ucd_shift) | (cp & ((1u << vm_ucd_shift) - 1));
    if (i2 >= vm_ucd_nindex2) cr_panic_bounds();
    size_t r = vm_ucd_index2[i2];
    if (r >= vm_ucd_nrecords) cr_panic_bounds();
    return &vm_ucd_records[r];
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
    *out = vm_ucd_numerics[n];
    return true;
}

static uint32_t ext_at(size_t i)
{
    if (i >= vm_ucd_next) cr_panic_bounds();
    return vm_ucd_ext[i];
}

static int map_one(uint32_t cp, int32_t value, bool extended, uint32_t out[3])
{
    if (!extended) {
        out[0] = (uint32_t)((int64_t)cp + value);
        return 1;
    }
    size_t at = (size_t)(uint32_t)value;
    uint32_t n = ext_at(at);
    if (n > 3) cr_panic("unicode_db: bad extended case mapping");
    for (uint32_t i = 0; i < n; i++) out[i] = ext_at(at + 1 + i);
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
