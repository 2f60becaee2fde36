/* Enclave image format, identities and reports (shared by the trusted
 * runtime and the host tools).  Parsing treats the image as hostile: every
 * read goes through bounds-checked spans. */
#include "enclave/enclave.h"
#include "vm/code.h"
#include "vm/import.h"
#include "vm/marshal.h"

typedef struct {
    cr_span s;
    size_t pos;
    bool ok;
} rd;

static uint64_t rd_uint(rd *r, size_t n)
{
    uint64_t v = 0;
    if (!r->ok || n > r->s.len - r->pos) {
        r->ok = false;
        return 0;
    }
    for (size_t i = 0; i < n; i++) v |= (uint64_t)cr_span_at(r->s, r->pos + i) << (8 * i);
    r->pos += n;
    return v;
}

static cr_span rd_bytes(rd *r, size_t n)
{
    if (!r->ok || n > r->s.len - r->pos) {
        r->ok = false;
        return cr_span_make(r->s.ptr, 0);
    }
    cr_span out = cr_span_sub(r->s, r->pos, n);
    r->pos += n;
    return out;
}

static bool valid_name(cr_span s)
{
    if (s.len == 0 || s.len > 255) return false;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') ||
                  (c == '.' && i > 0 && i + 1 < s.len);
        if (!ok) return false;
    }
    return true;
}

static const char *parse_manifest(cr_span p, en_manifest *m)
{
    rd r = {p, 0, true};
    m->heap_size = rd_uint(&r, 8);
    m->stack_max = (uint32_t)rd_uint(&r, 4);
    m->budget = (int64_t)rd_uint(&r, 8);
    m->services = (uint32_t)rd_uint(&r, 4);
    uint8_t flags = (uint8_t)rd_uint(&r, 1);
    m->debug = flags & 1;
    m->signed_build = (flags >> 1) & 1;
    m->prod_id = (uint16_t)rd_uint(&r, 2);
    m->isv_svn = (uint16_t)rd_uint(&r, 2);
    m->app = rd_bytes(&r, (size_t)rd_uint(&r, 2));
    uint64_t ne = rd_uint(&r, 4);
    if (!r.ok) return "truncated manifest";
    if (ne > EN_MAX_EXPORTS) return "too many exports in manifest";
    m->nexports = (size_t)ne;
    for (size_t i = 0; i < m->nexports; i++) {
        m->exports[i] = rd_bytes(&r, (size_t)rd_uint(&r, 2));
        if (r.ok && !valid_name(m->exports[i])) return "bad export name in manifest";
    }
    if (!r.ok) return "truncated manifest";
    if (r.pos != p.len) return "trailing bytes in manifest";
    if (!valid_name(m->app)) return "bad app module name in manifest";
    if (m->heap_size < ((uint64_t)1 << 20) || m->heap_size > ((uint64_t)1 << 36)) return "heap size out of range (1 MiB .. 64 GiB)";
    if (m->stack_max < 50 || m->stack_max > 100000) return "stack size (recursion limit) out of range";
    if (flags > 3) return "bad manifest flags";
    if (m->services & ~(uint32_t)(EN_SVC_LOG | EN_SVC_TIME | EN_SVC_RANDOM)) return "unknown host service";
    return NULL;
}

const char *en_image_parse(cr_span data, en_image *img)
{
    img->nmodules = 0;
    img->signed_ = false;
    if (data.len > EN_IMAGE_MAX_SIZE) return "image too large";
    rd r = {data, 0, true};
    cr_span magic = rd_bytes(&r, 4);
    uint64_t version = rd_uint(&r, 4);
    if (!r.ok || !cr_span_eq(magic, cr_span_make(EN_IMAGE_MAGIC, 4))) return "not a Pyclave enclave image (bad magic)";
    if (version != EN_IMAGE_VERSION) return "unsupported image format version";
    bool have_manifest = false;
    img->measured = data;
    while (r.pos < data.len) {
        size_t start = r.pos;
        uint64_t type = rd_uint(&r, 4);
        cr_span p = rd_bytes(&r, (size_t)rd_uint(&r, 4));
        if (!r.ok) return "truncated section";
        if (type == EN_SEC_MANIFEST) {
            if (have_manifest || img->nmodules) return "manifest is not the first section";
            const char *e = parse_manifest(p, &img->m);
            if (e) return e;
            have_manifest = true;
        } else if (type == EN_SEC_MODULE) {
            if (!have_manifest) return "module before manifest";
            if (img->nmodules >= EN_MAX_MODULES) return "too many modules";
            rd q = {p, 0, true};
            en_module_entry *e = &img->modules[img->nmodules];
            e->name = rd_bytes(&q, (size_t)rd_uint(&q, 2));
            e->flags = (uint8_t)rd_uint(&q, 1);
            e->code = rd_bytes(&q, (size_t)rd_uint(&q, 4));
            if (!q.ok || q.pos != p.len) return "malformed module section";
            if (!valid_name(e->name)) return "bad module name";
            if (e->flags & ~(EN_MOD_PACKAGE | EN_MOD_APP)) return "bad module flags";
            /* Sorted, unique names: one canonical layout per content. */
            if (img->nmodules && cr_span_cmp(img->modules[img->nmodules - 1].name, e->name) >= 0)
                return "module sections not sorted by name";
            img->nmodules++;
        } else if (type == EN_SEC_SIGNATURE) {
            if (p.len != 65 + 64) return "malformed signature section";
            if (r.pos != data.len) return "signature is not the last section";
            for (size_t i = 0; i < 65; i++) img->pubkey[i] = cr_span_at(p, i);
            for (size_t i = 0; i < 64; i++) img->sig[i] = cr_span_at(p, 65 + i);
            img->signed_ = true;
            img->measured = cr_span_sub(data, 0, start);
        } else {
            return "unknown section type";
        }
    }
    if (!have_manifest) return "image has no manifest";
    bool app_found = false;
    for (size_t i = 0; i < img->nmodules; i++)
        if (cr_span_eq(img->modules[i].name, img->m.app)) app_found = (img->modules[i].flags & EN_MOD_APP) != 0;
    if (!app_found) return "app module missing from image";
    /* Stripping the signature must not turn a signed image into a valid
     * unsigned one (the manifest, which is measured, says it was signed). */
    if (img->m.signed_build && !img->signed_) return "image requires a signature and has none";
    return NULL;
}

static bool put_le(cr_buf *b, uint64_t v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!cr_buf_byte(b, (uint8_t)(v >> (8 * i)))) return false;
    return true;
}

bool en_section_begin(cr_buf *out, uint32_t type, size_t len)
{
    return len <= UINT32_MAX && put_le(out, type, 4) && put_le(out, len, 4);
}

bool en_manifest_write(const en_manifest *m, cr_buf *out)
{
    bool ok = put_le(out, m->heap_size, 8) && put_le(out, m->stack_max, 4) && put_le(out, (uint64_t)m->budget, 8) &&
              put_le(out, m->services, 4) && put_le(out, (uint64_t)(m->debug | m->signed_build << 1), 1) && put_le(out, m->prod_id, 2) &&
              put_le(out, m->isv_svn, 2) && put_le(out, m->app.len, 2) && cr_buf_append(out, m->app) &&
              put_le(out, m->nexports, 4);
    for (size_t i = 0; ok && i < m->nexports; i++)
        ok = put_le(out, m->exports[i].len, 2) && cr_buf_append(out, m->exports[i]);
    return ok;
}

static void compute_identity(uint8_t out[32])
{
    /* The identity is a hash of what decides how an image behaves: the
     * runtime version, the marshal format, the bytecode (opcode table), and
     * the SHA-256 of the trusted object's code and data as linked at build
     * time (en_trusted_code_hash: any change of the interpreter's machine
     * code changes every MRENCLAVE).  The frozen standard library is not
     * hashed here: its names and sources are constant data of the trusted
     * object, so en_trusted_code_hash already covers them (hashing its
     * ~416 KB again cost about 2 ms of every enclave's start).  Sanitizer
     * builds' marker hash includes the frozen library (Makefile). */
    uint8_t acc[32];
    en_sha256(cr_span_cstr(EN_RUNTIME_VERSION), cr_span_make("\0marshal-1\0", 11), acc);
    for (size_t i = 0; i < OP__COUNT; i++) {
        uint8_t next[32];
        en_sha256(cr_span_make(acc, 32), cr_span_cstr(vm_opcode_names[i]), next);
        for (size_t k = 0; k < 32; k++) acc[k] = next[k];
    }
    en_sha256(cr_span_make(acc, 32), cr_span_make(en_trusted_code_hash, 32), out);
}

/* Computed once per process (cheap now; the sandbox child runs the trusted
 * object's own copy of this code and computes it itself: the enclave does
 * not take its identity from the host). */
static uint8_t identity_cache[32];
static bool identity_cached;

void en_runtime_identity(uint8_t out[32])
{
    if (!identity_cached) {
        compute_identity(identity_cache);
        identity_cached = true;
    }
    for (size_t k = 0; k < 32; k++) out[k] = identity_cache[k]; /* boundary: fixed-size buffer, constant bound from its declaration */
}

void en_mrenclave(cr_span measured, uint8_t out[32])
{
    uint8_t id[32], pre[18 + 32];
    en_runtime_identity(id);
    const char *tag = "PYCLAVE-MRENCLAVE";
    for (size_t i = 0; i < 18; i++) pre[i] = (uint8_t)tag[i]; /* includes the NUL */ /* boundary: fixed-size buffer, constant bound from its declaration */
    for (size_t i = 0; i < 32; i++) pre[18 + i] = id[i];
    en_sha256(cr_span_make(pre, sizeof pre), measured, out);
}

void en_mrsigner(const en_image *img, uint8_t out[32])
{
    if (!img->signed_) {
        for (size_t i = 0; i < 32; i++) out[i] = 0; /* boundary: fixed-size buffer, constant bound from its declaration */
        return;
    }
    en_sha256(cr_span_make(img->pubkey, 65), cr_span_make(NULL, 0), out);
}

const char *en_image_verify(cr_span data, en_image *img, uint8_t mrenclave[32], uint8_t mrsigner[32])
{
    const char *e = en_image_parse(data, img);
    if (e) return e;
    en_mrenclave(img->measured, mrenclave);
    en_mrsigner(img, mrsigner);
    if (img->signed_ && !en_ecdsa_verify(img->pubkey, mrenclave, img->sig))
        return "image signature does not verify";
    return NULL;
}

void en_report_body(const en_report *r, uint8_t out[EN_REPORT_BODY])
{
    size_t k = 0;
    const char *magic = "PCRP";
    for (int i = 0; i < 4; i++) out[k++] = (uint8_t)magic[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = 1; /* version */ /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = 0; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)r->flags; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)(r->flags >> 8); /* boundary: fixed-size buffer, constant bound from its declaration */
    for (int i = 0; i < 32; i++) out[k++] = r->mrenclave[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    for (int i = 0; i < 32; i++) out[k++] = r->mrsigner[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)r->prod_id; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)(r->prod_id >> 8); /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)r->isv_svn; /* boundary: fixed-size buffer, constant bound from its declaration */
    out[k++] = (uint8_t)(r->isv_svn >> 8); /* boundary: fixed-size buffer, constant bound from its declaration */
    for (int i = 0; i < 64; i++) out[k++] = r->report_data[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
}

bool en_report_parse(cr_span data, en_report *r)
{
    if (data.len != EN_REPORT_SIZE) return false;
    if (!cr_span_eq(cr_span_sub(data, 0, 6), cr_span_make("PCRP\1\0", 6))) return false;
    size_t k = 6;
    r->flags = (uint16_t)(cr_span_at(data, k) | (cr_span_at(data, k + 1) << 8));
    k += 2;
    for (int i = 0; i < 32; i++) r->mrenclave[i] = cr_span_at(data, k++);
    for (int i = 0; i < 32; i++) r->mrsigner[i] = cr_span_at(data, k++);
    r->prod_id = (uint16_t)(cr_span_at(data, k) | (cr_span_at(data, k + 1) << 8));
    k += 2;
    r->isv_svn = (uint16_t)(cr_span_at(data, k) | (cr_span_at(data, k + 1) << 8));
    k += 2;
    for (int i = 0; i < 64; i++) r->report_data[i] = cr_span_at(data, k++);
    return true;
}
