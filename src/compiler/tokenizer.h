/* The tokenizer (compiler layer, prefix cp_): Python 3.11 source -> tokens.
 *
 * Works like CPython's Parser/tokenizer.c: INDENT/DEDENT from an indentation
 * stack, NEWLINE only outside brackets, a whole string literal (with its
 * prefix, f-strings included) is one STRING token, keywords are NAME tokens
 * (the parser classifies them).  Positions are CPython's: 1-based lines,
 * 0-based byte columns.  Errors fill a cp_error with CPython's message and
 * location and the token type is CP_TOK_ERROR.
 */
#ifndef PYCLAVE_COMPILER_TOKENIZER_H
#define PYCLAVE_COMPILER_TOKENIZER_H

#include "compiler/parser.h"

typedef enum {
    CP_TOK_ENDMARKER = 0, CP_TOK_NAME, CP_TOK_NUMBER, CP_TOK_STRING, CP_TOK_NEWLINE,
    CP_TOK_INDENT, CP_TOK_DEDENT,
    CP_TOK_LPAR, CP_TOK_RPAR, CP_TOK_LSQB, CP_TOK_RSQB, CP_TOK_COLON, CP_TOK_COMMA,
    CP_TOK_SEMI, CP_TOK_PLUS, CP_TOK_MINUS, CP_TOK_STAR, CP_TOK_SLASH, CP_TOK_VBAR,
    CP_TOK_AMPER, CP_TOK_LESS, CP_TOK_GREATER, CP_TOK_EQUAL, CP_TOK_DOT, CP_TOK_PERCENT,
    CP_TOK_LBRACE, CP_TOK_RBRACE, CP_TOK_EQEQUAL, CP_TOK_NOTEQUAL, CP_TOK_LESSEQUAL,
    CP_TOK_GREATEREQUAL, CP_TOK_TILDE, CP_TOK_CIRCUMFLEX, CP_TOK_LEFTSHIFT,
    CP_TOK_RIGHTSHIFT, CP_TOK_DOUBLESTAR, CP_TOK_PLUSEQUAL, CP_TOK_MINEQUAL,
    CP_TOK_STAREQUAL, CP_TOK_SLASHEQUAL, CP_TOK_PERCENTEQUAL, CP_TOK_AMPEREQUAL,
    CP_TOK_VBAREQUAL, CP_TOK_CIRCUMFLEXEQUAL, CP_TOK_LEFTSHIFTEQUAL,
    CP_TOK_RIGHTSHIFTEQUAL, CP_TOK_DOUBLESTAREQUAL, CP_TOK_DOUBLESLASH,
    CP_TOK_DOUBLESLASHEQUAL, CP_TOK_AT, CP_TOK_ATEQUAL, CP_TOK_RARROW, CP_TOK_ELLIPSIS,
    CP_TOK_COLONEQUAL, CP_TOK_EXCLAMATION,
    CP_TOK_OP,     /* a character that is no Python operator ('$', '?', '`') */
    CP_TOK_ERROR   /* the error is in the tokenizer's cp_error */
} cp_tok_type;

/* Kept small: the parser holds every token of a file (28 bytes each). */
typedef struct {
    uint8_t type;           /* cp_tok_type */
    uint8_t kw;             /* for NAME: a CP_KW_* keyword number, or 0 */
    uint16_t level;         /* bracket nesting level after this token */
    uint32_t start, end;    /* byte offsets of the token text in the source */
    int32_t lineno, col_offset, end_lineno, end_col_offset;
} cp_token;

/* Sources are limited to this many bytes (token offsets are 32-bit). */
#define CP_MAX_SOURCE ((size_t)0xFFFFFFF0u)

/* Hard keywords (NAME tokens whose kw != 0). */
enum {
    CP_KW_False = 1, CP_KW_None, CP_KW_True, CP_KW_and, CP_KW_as, CP_KW_assert,
    CP_KW_async, CP_KW_await, CP_KW_break, CP_KW_class, CP_KW_continue, CP_KW_def,
    CP_KW_del, CP_KW_elif, CP_KW_else, CP_KW_except, CP_KW_finally, CP_KW_for,
    CP_KW_from, CP_KW_global, CP_KW_if, CP_KW_import, CP_KW_in, CP_KW_is, CP_KW_lambda,
    CP_KW_nonlocal, CP_KW_not, CP_KW_or, CP_KW_pass, CP_KW_raise, CP_KW_return,
    CP_KW_try, CP_KW_while, CP_KW_with, CP_KW_yield
};

enum { CP_TOK_MAXLEVEL = 200, CP_TOK_MAXINDENT = 100 };

typedef struct {
    cr_span src;            /* the (newline-normalised) source */
    size_t pos;             /* next byte to read */
    size_t tok_start;
    int lineno;             /* line of pos */
    size_t line_start;      /* byte offset where that line starts */
    size_t prev_line_start; /* the line before (for backing up over a newline) */
    bool atbol;             /* at the beginning of a line */
    bool cont_line;         /* inside a backslash continuation */
    bool done;              /* ENDMARKER returned */
    int level;
    uint8_t parenstack[CP_TOK_MAXLEVEL];
    int parenlineno[CP_TOK_MAXLEVEL];
    int parencol[CP_TOK_MAXLEVEL];
    int indent;             /* index of the top of the indentation stack */
    int indstack[CP_TOK_MAXINDENT];
    int altindstack[CP_TOK_MAXINDENT];
    int pendin;             /* pending INDENT (>0) or DEDENT (<0) tokens */
    /* For f-string expressions: tokens on the first line get col_shift added
     * to their columns, and every line number gets line_shift added. */
    int col_shift, line_shift;
    /* Where positions in errors are converted to characters: the original
     * source (an f-string sub-tokenizer reports against its parent's text). */
    cr_span err_src;
    bool fstring_mode;      /* "f-string: " prefix on tokenizer errors */
    /* What the last ERROR was, as CPython's tok->done (for the parser). */
    int errcode;
    cp_error *err;
} cp_tokenizer;

/* errcode: RAISED errors win over a parser error found earlier (CPython's
 * full-source check after a syntax error); OTHER ones do not. */
enum { CP_TOKERR_NONE = 0, CP_TOKERR_RAISED, CP_TOKERR_EOF_IN_PARENS, CP_TOKERR_OTHER };

void cp_tok_init(cp_tokenizer *t, cr_span src, cp_error *err);
/* The next token; CP_TOK_ERROR with t->err filled on error. */
void cp_tok_next(cp_tokenizer *t, cp_token *out);

/* Error helpers shared with the parser.
 *
 * cp_error_set_tok: the tokenizer's style: offsets are byte positions in the
 * line (0-based positions "before which" the characters are counted).
 * cp_error_set_peg: the parser's style (RAISE_ERROR_KNOWN_LOCATION): col and
 * end_col are 1-based byte offsets (or 0 / -1 meaning those values) converted
 * to characters like CPython's _PyPegen_byte_offset_to_character_offset. */
void cp_error_set_tok(cp_error *err, cr_span src, cp_error_kind kind, cr_span msg, int lineno,
                      long col, int end_lineno, long end_col);
void cp_error_set_peg(cp_error *err, cr_span src, cp_error_kind kind, cr_span msg, int lineno,
                      long col, int end_lineno, long end_col);
void cp_error_memory(cp_error *err);

/* A tiny formatter for messages: %s (const char *), %S (cr_span), %d (int),
 * %c (a byte), %U (code point as UTF-8), %X (code point as U+XXXX digits). */
cr_span cp_fmt(const char *fmt, ...);

/* CPython's message for invalid UTF-8 at byte i of s. */
cr_span cp_utf8_error_msg(cr_span s, size_t i);

/* Decoding helpers. */
bool cp_is_id_start(uint32_t c);
bool cp_is_id_char(uint32_t c);
/* \N{name} through the runtime's hook (parser.h), false when unknown. */
bool cp_unicode_lookup_name(cr_span name, uint32_t *cp);
/* Keyword number of an identifier, or 0. */
int cp_keyword_of(cr_span name);

#endif
