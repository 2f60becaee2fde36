#!/usr/bin/env python3
"""The core-boundary checker.

Outside src/core, trusted code (src/compiler, src/vm, src/modules,
src/enclave) must not do raw memory work.  This tool parses every such file
with clang (-ast-dump=json) and reports:

  - pointer arithmetic (p + n, p - n, p++, p += n, pointer differences),
  - indexing through a pointer or a flexible array member (p[i]),
  - casts from integers to pointers,
  - calls of raw memory / string functions (memcpy, memset, strlen, malloc...),
  - inclusion of libc headers (the trusted side is freestanding).

Variable-length arrays are rejected by the compiler (-Wvla -Werror).

Two documented allowances:
  - `args[i]`: the vectorcall argument array of a built-in (a parameter named
    `args`), bounded by the caller's nargs + len(kwnames) contract;
  - a line carrying a `boundary:` comment with a one-line reason.  These
    exceptions are counted and printed; the count may not exceed the baseline
    in tools/boundary_baseline.txt (raise it only with a reason in review).

Exit status 1 on any violation or when exceptions exceed the baseline.  The
last line is `N passed, M failed` (files) for the test runner.
"""
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["src/compiler", "src/vm", "src/modules", "src/enclave"]
BANNED_CALLS = {
    "memcpy", "memmove", "memset", "memcmp", "strcpy", "strncpy", "strcat", "strncat", "sprintf", "snprintf",
    "vsprintf", "vsnprintf", "strlen", "strcmp", "strncmp", "malloc", "calloc", "realloc", "free", "alloca",
    "__builtin_memcpy", "__builtin_memmove", "__builtin_memset", "__builtin_memcmp", "__builtin_strlen",
    "__builtin_alloca",
}
ALLOWED_INCLUDES = {"stdint.h", "stddef.h", "stdbool.h", "stdarg.h", "limits.h", "float.h", "bearssl.h"}


def is_ptr(qt):
    return qt is not None and (qt.rstrip().endswith("*") or "(*)" in qt)


def qtype(n):
    return (n.get("type") or {}).get("qualType")


class Walker:
    def __init__(self, path):
        self.path = path
        self.file = None
        self.line = None
        self.pfile = None
        self.pline = None
        self.found = []  # (file, line, what)

    def _update(self, loc):
        """Follow clang's elision: a location omits file/line equal to the
        previously printed one."""
        if "file" in loc:
            self.pfile = loc["file"]
        if "line" in loc:
            self.pline = loc["line"]
        return self.pfile, self.pline

    def track(self, loc, use=True):
        """Consume one printed location (in dump order); with use, make it the
        current position (the expansion site for macro locations)."""
        if not loc:
            return
        if "spellingLoc" in loc or "expansionLoc" in loc:
            pos = None
            if "spellingLoc" in loc:
                pos = self._update(loc["spellingLoc"])
            if "expansionLoc" in loc:
                pos = self._update(loc["expansionLoc"])
        else:
            pos = self._update(loc)
        if use:
            self.file, self.line = pos

    def here(self):
        return self.file, self.line

    def report(self, what):
        f = self.file
        if f is None:
            return
        rel = os.path.relpath(f, ROOT)
        if not rel.startswith("src/") or rel.startswith("src/core/"):
            return
        self.found.append((rel, self.line, what))

    def walk(self, n, parent=None):
        self.track(n.get("loc"))
        rng = n.get("range")
        if rng:
            self.track(rng.get("begin"), use="loc" not in n)
            self.track(rng.get("end"), use=False)
            if "loc" not in n:
                pass
        k = n.get("kind")
        inner = n.get("inner", [])
        if k in ("BinaryOperator", "CompoundAssignOperator"):
            op = n.get("opcode")
            if op in ("+", "-", "+=", "-="):
                ops = [qtype(c) for c in inner[:2]]
                if is_ptr(qtype(n)) or (op == "-" and len(ops) == 2 and all(is_ptr(t) for t in ops)):
                    self.report("pointer arithmetic '%s'" % op)
        elif k == "UnaryOperator" and n.get("opcode") in ("++", "--") and is_ptr(qtype(n)):
            self.report("pointer arithmetic '%s'" % n.get("opcode"))
        elif k == "ArraySubscriptExpr" and inner:
            base = inner[0]
            bt = qtype(base)
            if base.get("castKind") == "LValueToRValue" and is_ptr(bt):
                name = self.base_name(base)
                if name != "args":
                    self.report("indexing through pointer '%s'" % (name or bt))
            elif base.get("castKind") == "ArrayToPointerDecay":
                sub = base.get("inner", [{}])[0]
                st = qtype(sub) or ""
                if st.endswith("[]"):
                    self.report("indexing a flexible array member")
        elif k in ("CStyleCastExpr", "ImplicitCastExpr") and n.get("castKind") == "IntegralToPointer":
            self.report("integer-to-pointer cast")
        elif k == "DeclRefExpr":
            ref = n.get("referencedDecl") or {}
            if ref.get("kind") == "FunctionDecl" and ref.get("name") in BANNED_CALLS:
                self.report("call of %s" % ref.get("name"))
        for c in inner:
            self.walk(c, n)

    @staticmethod
    def base_name(base):
        for c in base.get("inner", []):
            if c.get("kind") == "DeclRefExpr":
                return (c.get("referencedDecl") or {}).get("name")
            if c.get("kind") == "MemberExpr":
                return c.get("name")
        return None


def check_file(path):
    cmd = ["clang", "-fsyntax-only", "-Xclang", "-ast-dump=json", "-std=c11", "-D_DEFAULT_SOURCE",
           "-Isrc", "-Iinclude", path]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        return path, None, out.stderr[-2000:]
    tree = json.loads(out.stdout)
    w = Walker(path)
    w.walk(tree)
    problems = list(w.found)
    with open(os.path.join(ROOT, path), encoding="utf-8", errors="replace") as fh:
        for i, line in enumerate(fh, 1):
            m = re.match(r'\s*#\s*include\s*<([^>]+)>', line)
            if m and m.group(1) not in ALLOWED_INCLUDES:
                problems.append((path, i, "libc header <%s>" % m.group(1)))
    return path, problems, None


def main():
    files = []
    for d in DIRS:
        full = os.path.join(ROOT, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".c"):
                files.append(os.path.join(d, name))
    # Processes, not threads: parsing clang's JSON and walking the tree is
    # Python work, which threads would serialise on the GIL.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        results = list(ex.map(check_file, files))
    source_lines = {}

    def line_text(f, n):
        if f not in source_lines:
            with open(os.path.join(ROOT, f), encoding="utf-8", errors="replace") as fh:
                source_lines[f] = fh.read().split("\n")
        lines = source_lines[f]
        return lines[n - 1] if n and 0 < n <= len(lines) else ""

    violations, exceptions, failed_files, errors = [], {}, set(), []
    seen = set()
    for path, problems, err in results:
        if err is not None:
            errors.append((path, err))
            failed_files.add(path)
            continue
        for f, n, what in problems:
            key = (f, n, what)
            if key in seen:
                continue
            seen.add(key)
            if "boundary:" in line_text(f, n):
                exceptions.setdefault(f, set()).add(n)
            else:
                violations.append((f, n, what))
                failed_files.add(f)
    for path, err in errors:
        print("ERROR %s: clang failed:\n%s" % (path, err))
    for f, n, what in sorted(violations):
        print("%s:%s: %s: %s" % (f, n, what, line_text(f, n).strip()))
    nexc = sum(len(v) for v in exceptions.values())
    print("boundary exceptions (annotated 'boundary:' lines): %d" % nexc)
    for f in sorted(exceptions):
        print("  %s: %d" % (f, len(exceptions[f])))
    baseline_path = os.path.join(ROOT, "tools", "boundary_baseline.txt")
    baseline = int(open(baseline_path).read().split()[0]) if os.path.exists(baseline_path) else 0
    over = nexc > baseline
    if over:
        print("FAIL: %d annotated exceptions exceed the baseline %d (tools/boundary_baseline.txt)" % (nexc, baseline))
    print("violations: %d in %d files" % (len(violations), len(failed_files)))
    nfiles = len(files)
    nfail = len(failed_files) + (1 if over else 0)
    print("%d passed, %d failed" % (nfiles - len(failed_files), nfail))
    return 1 if nfail else 0


if __name__ == "__main__":
    sys.exit(main())
