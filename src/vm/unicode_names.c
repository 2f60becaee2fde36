/* Unicode character names: decoding the generated tables of
 * unicode_names_tables.c (see tools/gen_unicode_names.py for the layout). */
#include "vm/unicode_names.h"

#define SHIFT 7
#define CKPT 32
#define HANGUL_BASE 0xAC00u
#define HANGUL_COUNT 11172u

static cr_span tab(const uint8_t *p, size_t n) { return cr_span_make(p, n); }
static cr_span lex(void) { return tab(vm_uname_lex, vm_uname_lex_len); }
static cr_span phrase(void) { return tab(vm_uname_phrase, vm_uname_phrase_len); }

static uint32_t u16_at(cr_span s, size_t i) { return cr_span_at(s, 2 * i) | (uint32_t)cr_span_at(s, 2 * i + 1) << 8; }
static uint32_t u24_at(cr_span s, size_t i)
{
    return cr_span_at(s, 3 * i) | (uint32_t)cr_span_at(s, 3 * i + 1) << 8 | (uint32_t)cr_span_at(s, 3 * i + 2) << 16;
}

static cr_span word(size_t k)
{
    cr_span offs = tab(vm_uname_lexoff, vm_uname_lexoff_len);
    uint32_t a = u24_at(offs, k), b = u24_at(offs, k + 1);
    return cr_span_sub(lex(), a, b - a);
}

static bool hex_name(cr_buf *out, const char *prefix, uint32_t cp)
{
    char hex[8];
    int n = 0;
    for (uint32_t v = cp; v || n < 4; v >>= 4) hex[n++] = "0123456789ABCDEF"[v & 15];
    if (!cr_buf_cstr(out, prefix)) return false;
    while (n > 0)
        if (!cr_buf_byte(out, (uint8_t)hex[--n])) return false;
    return true;
}

/* Bit i of the bitmap of block b. */
static bool named_bit(size_t b, unsigned i)
{
    size_t id = u16_at(tab(vm_uname_bid, vm_uname_bid_len), b);
    return (cr_span_at(tab(vm_uname_bitmaps, vm_uname_bitmaps_len), id * 16 + i / 8) >> (i % 8)) & 1;
}

static size_t nblocks(void) { return vm_uname_bid_len / 2; }

int vm_uname_name(uint32_t cp, cr_buf *out)
{
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
        uint32_t s = cp - HANGUL_BASE;
        bool ok = cr_buf_cstr(out, "HANGUL SYLLABLE ") && cr_buf_cstr(out, vm_uname_jamo_l[s / (21 * 28)]) &&
                  cr_buf_cstr(out, vm_uname_jamo_v[s % (21 * 28) / 28]) && cr_buf_cstr(out, vm_uname_jamo_t[s % 28]);
        return ok ? 1 : -1;
    }
    for (size_t r = 0; r < VM_UNAME_NRANGES; r++) {
        const vm_uname_range *rg = &vm_uname_ranges[r];
        if (cp >= rg->start && cp <= rg->end) return hex_name(out, rg->prefix, cp) ? 1 : -1;
    }
    size_t b = cp >> SHIFT;
    unsigned i = cp & ((1u << SHIFT) - 1);
    if (b >= nblocks() || !named_bit(b, i)) return 0;
    size_t ord = u16_at(tab(vm_uname_base, vm_uname_base_len), b);
    for (unsigned j = 0; j < i; j++) ord += named_bit(b, j);
    cr_span ph = phrase();
    size_t off = u24_at(tab(vm_uname_ckpt, vm_uname_ckpt_len), ord / CKPT);
    for (size_t k = 0; k < ord % CKPT; k++) off += 1 + (size_t)cr_span_at(ph, off);
    size_t end = off + 1 + cr_span_at(ph, off);
    bool first = true;
    for (size_t p = off + 1; p < end; p++) {
        size_t code = cr_span_at(ph, p);
        if (code >= 0xC0) code = ((code - 0xC0) << 8 | cr_span_at(ph, ++p)) + 0xC0;
        if (!first && !cr_buf_byte(out, ' ')) return -1;
        first = false;
        if (!cr_buf_append(out, word(code))) return -1;
    }
    return 1;
}

/* The index of the word w, or -1 (binary search in the sorted order). */
static int64_t find_word(cr_span w)
{
    cr_span sorted = tab(vm_uname_sorted, vm_uname_sorted_len);
    size_t lo = 0, hi = vm_uname_nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t k = u16_at(sorted, mid);
        int c = cr_span_cmp(word(k), w);
        if (c == 0) return (int64_t)k;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* The code point of the name with ordinal ord. */
static int64_t cp_of_ordinal(size_t ord)
{
    cr_span base = tab(vm_uname_base, vm_uname_base_len);
    size_t lo = 0, hi = nblocks(); /* largest b with base[b] <= ord */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (u16_at(base, mid) <= ord) lo = mid;
        else hi = mid;
    }
    size_t left = ord - u16_at(base, lo);
    for (unsigned i = 0; i < (1u << SHIFT); i++) {
        if (!named_bit(lo, i)) continue;
        if (left == 0) return (int64_t)((lo << SHIFT) | i);
        left--;
    }
    return -1;
}

/* Longest jamo short name of table t (n entries) at the start of s. */
static cr_span jamo(int kind, int k)
{
    if (kind == 0) return cr_span_cstr(vm_uname_jamo_l[k]);
    if (kind == 1) return cr_span_cstr(vm_uname_jamo_v[k]);
    return cr_span_cstr(vm_uname_jamo_t[k]);
}

static int jamo_match(cr_span s, size_t *pos, int kind, int n)
{
    int best = -1;
    size_t best_len = 0;
    for (int k = 0; k < n; k++) {
        cr_span j = jamo(kind, k);
        if (j.len > s.len - *pos || (best >= 0 && j.len <= best_len)) continue;
        if (cr_span_eq(cr_span_sub(s, *pos, j.len), j)) {
            best = k;
            best_len = j.len;
        }
    }
    if (best >= 0) *pos += best_len;
    return best;
}

static int64_t lookup_hangul(cr_span s)
{
    size_t pos = 0;
    int l = jamo_match(s, &pos, 0, 19);
    int v = jamo_match(s, &pos, 1, 21);
    int t = jamo_match(s, &pos, 2, 28);
    if (l < 0 || v < 0 || t < 0 || pos != s.len) return -1;
    return HANGUL_BASE + (uint32_t)((l * 21 + v) * 28 + t);
}

static bool is_unified(const vm_uname_range *r)
{
    return cr_span_eq(cr_span_cstr(r->prefix), cr_span_cstr("CJK UNIFIED IDEOGRAPH-"));
}

/* CJK unified ideographs and Hangul syllables: exact (upper) case only, as CPython. */
static int64_t lookup_algorithmic(cr_span s)
{
    cr_span hs = cr_span_cstr("HANGUL SYLLABLE ");
    if (s.len > hs.len && cr_span_eq(cr_span_sub(s, 0, hs.len), hs)) return lookup_hangul(cr_span_from(s, hs.len));
    cr_span cjk = cr_span_cstr("CJK UNIFIED IDEOGRAPH-");
    if (s.len < cjk.len || !cr_span_eq(cr_span_sub(s, 0, cjk.len), cjk)) return -2;
    if (s.len != cjk.len + 4 && s.len != cjk.len + 5) return -1;
    uint32_t v = 0;
    for (size_t i = cjk.len; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (c >= '0' && c <= '9') v = v * 16 + (c - '0');
        else if (c >= 'A' && c <= 'F') v = v * 16 + (c - 'A' + 10);
        else return -1;
    }
    for (size_t q = 0; q < VM_UNAME_NRANGES; q++) {
        const vm_uname_range *rq = &vm_uname_ranges[q];
        if (is_unified(rq) && v >= rq->start && v <= rq->end) return v;
    }
    return -1;
}

/* Other names: case-insensitive (s is upper case here). */
static int64_t lookup_upper(cr_span s)
{
    for (size_t r = 0; r < VM_UNAME_NRANGES; r++) {
        const vm_uname_range *rg = &vm_uname_ranges[r];
        cr_span p = cr_span_cstr(rg->prefix);
        if (is_unified(rg) || s.len < p.len || !cr_span_eq(cr_span_sub(s, 0, p.len), p)) continue;
        uint32_t v = 0;
        for (size_t i = p.len; i < s.len && i < p.len + 6; i++) {
            uint8_t c = cr_span_at(s, i);
            if (c >= '0' && c <= '9') v = v * 16 + (c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (c - 'A' + 10);
            else return -1;
        }
        cr_buf canon;
        cr_buf_init(&canon);
        if (v >= rg->start && v <= rg->end && hex_name(&canon, rg->prefix, v) && cr_span_eq(cr_buf_span(&canon), s))
            return v;
    }
    /* Encode the query as word codes, then scan the phrase book. */
    uint8_t codes[256];
    size_t nc = 0, start = 0;
    for (size_t i = 0; i <= s.len; i++) {
        if (i < s.len && cr_span_at(s, i) != ' ') continue;
        int64_t k = find_word(cr_span_sub(s, start, i - start));
        if (k < 0 || nc + 2 > sizeof codes) return -1;
        if (k < 0xC0) codes[nc++] = (uint8_t)k;
        else {
            codes[nc++] = (uint8_t)(0xC0 + ((k - 0xC0) >> 8));
            codes[nc++] = (uint8_t)((k - 0xC0) & 0xFF);
        }
        start = i + 1;
    }
    cr_span want = cr_span_make(codes, nc);
    cr_span ph = phrase();
    size_t off = 0;
    for (size_t ord = 0; ord < vm_uname_nnames; ord++) {
        size_t n = cr_span_at(ph, off);
        if (n == nc && cr_span_eq(cr_span_sub(ph, off + 1, n), want)) return cp_of_ordinal(ord);
        off += 1 + n;
    }
    return -1;
}

int64_t vm_uname_lookup(cr_span name)
{
    int64_t r = lookup_algorithmic(name);
    if (r != -2) return r;
    uint8_t up[256];
    if (name.len == 0 || name.len > sizeof up) return -1;
    for (size_t i = 0; i < name.len; i++) {
        uint8_t c = cr_span_at(name, i);
        if (c >= 'a' && c <= 'z') c = (uint8_t)(c - 32);
        up[i] = c;
    }
    return lookup_upper(cr_span_make(up, name.len));
}

static bool eq_upper(cr_span upper, const char *name) { return cr_span_eq(upper, cr_span_cstr(name)); }

int64_t vm_uname_lookup_full(cr_span name, cr_buf *seq)
{
    int64_t r = vm_uname_lookup(name);
    if (r >= 0 || name.len > 256) return r;
    uint8_t up[256];
    for (size_t i = 0; i < name.len; i++) {
        uint8_t c = cr_span_at(name, i);
        up[i] = c >= 'a' && c <= 'z' ? (uint8_t)(c - 32) : c;
    }
    cr_span u = cr_span_make(up, name.len);
    for (size_t k = 0; k < vm_uname_naliases && k < VM_UNAME_NALIASES; k++) {
        const vm_uname_alias *a = &vm_uname_aliases[k];
        if (eq_upper(u, a->name)) return a->cp;
    }
    if (!seq) return -1;
    for (size_t k = 0; k < vm_uname_nsequences && k < VM_UNAME_NSEQUENCES; k++) {
        const vm_uname_sequence *q = &vm_uname_sequences[k];
        if (!eq_upper(u, q->name)) continue;
        for (uint32_t j = 0; j < q->n && j < 4; j++)
            if (!cr_buf_utf8(seq, q->cps[j])) return -3;
        return -2;
    }
    return -1;
}
