"""Standard-library coverage report (issue 5): docs/STDLIB.md.

For every module the issue names, compares the public API of pyclave's
module with CPython 3.11's (the names in dir(module) and, for each class,
the names in dir(class)), and lists the module's code size and the
differential tests that import it.

    python3 tools/stdlib_report.py build/release-gcc/pyclave > docs/STDLIB.md

A name CPython's module merely imports from another public module
(statistics.Decimal, dataclasses.re) is not counted as missing: it is not
that module's API.  The comparison is by name only; behaviour is what the
differential tests in tests/diff check."""
import ast
import importlib.util
import os
import re
import subprocess
import sys

MODULES = """math cmath decimal fractions numbers statistics random secrets
collections collections.abc heapq bisect array struct copy dataclasses enum
types weakref operator functools itertools contextlib abc typing warnings
traceback pprint reprlib keyword string textwrap difflib re json base64
binascii codecs unicodedata io datetime time calendar uuid hashlib hmac
unittest os os.path pathlib argparse shutil tempfile""".split()
LINUX_ONLY = {"os", "os.path", "pathlib", "argparse", "shutil", "tempfile"}

# The C parts of modules (src/modules, src/vm), by module.
C_FILES = {
    "math": ["src/modules/math.c"], "cmath": ["src/modules/cmath.c"],
    "binascii": ["src/modules/binascii.c"], "time": ["src/modules/time.c"],
    "unicodedata": ["src/modules/unicodedata.c"], "hashlib": ["src/modules/hashlib.c"],
    "json": ["src/modules/json_accel.c"], "struct": ["src/modules/struct.c"],
    "io": ["src/modules/io.c"], "random": ["src/modules/random.c"],
    "decimal": ["src/modules/decimal_accel.c"], "traceback": ["src/modules/traceback_mod.c"],
    "os": ["src/modules/os.c"],
    "re": ["src/modules/re_module.c", "src/modules/re_parse.c", "src/modules/re_match.c"],
}
# Public modules whose functions another module re-exports as its own API.
OWN_ALIASES = {"os": {"posix"}, "os.path": {"posixpath", "genericpath"}, "io": {"_io"},
               "collections": {"_collections"}, "hashlib": {"_hashlib"}}

PROBE = r'''
import sys
def public(o):
    return sorted(n for n in dir(o) if not n.startswith("_"))
for m in sys.argv[1:]:
    try:
        __import__(m)
        mod = sys.modules[m]
    except BaseException as e:
        print("%s\t!%s: %s" % (m, type(e).__name__, str(e).replace("\t", " ")))
        continue
    items = []
    for n in public(mod):
        try:
            v = getattr(mod, n)
        except BaseException:
            items.append(n)
            continue
        if type(v).__name__ == "module":
            continue
        owner = getattr(v, "__module__", None) if isinstance(v, type) or callable(v) else None
        tag = n + "@" + (owner if isinstance(owner, str) else "")
        if isinstance(v, type):
            try:
                tag += "{" + ",".join(public(v)) + "}"
            except BaseException:
                pass
        items.append(tag)
    print("%s\t%s" % (m, " ".join(items)))
'''


def probe(interp):
    out = subprocess.run([interp, "-c", PROBE] + MODULES, capture_output=True, text=True, timeout=600)
    result = {}
    for line in out.stdout.splitlines():
        name, _, rest = line.partition("\t")
        if rest.startswith("!"):
            result[name] = rest[1:]
            continue
        api = {}
        for item in rest.split():
            head, _, attrs = item.partition("{")
            n, _, owner = head.partition("@")
            api[n] = (owner, set(filter(None, attrs.rstrip("}").split(","))) if attrs else None)
        result[name] = api
    return result


def other_module(module, owner):
    """True if owner (a module name, maybe _private) is another stdlib module."""
    if not owner or owner == "builtins":
        return False
    base = owner.lstrip("_")
    if owner in OWN_ALIASES.get(module, ()) or base.split(".")[0] == module.split(".")[0]:
        return False
    return owner.split(".")[0] in sys.stdlib_module_names or base.split(".")[0] in sys.stdlib_module_names


def imported_names(module):
    """Names CPython's module binds by `from X import name` from another module."""
    spec = importlib.util.find_spec(module)
    if not spec or not spec.origin or not spec.origin.endswith(".py"):
        return set()
    with open(spec.origin, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and not node.level \
                and other_module(module, node.module):
            names.update(a.asname or a.name for a in node.names if a.name != "*")
    return names


def brief(names):
    """A long run of CONSTANTS is summarised; other names are listed."""
    consts = [n for n in names if n.isupper()]
    if len(consts) <= 8:
        return ", ".join(names)
    rest = [n for n in names if not n.isupper()]
    return ", ".join(rest + ["%d constants (%s, ...)" % (len(consts), ", ".join(consts[:6]))])


def code_files(module):
    path = module.replace(".", "/")
    files = []
    if os.path.isdir("lib/" + path):
        for d, _, fs in os.walk("lib/" + path):
            files += [os.path.join(d, f) for f in fs if f.endswith(".py")]
    elif os.path.isfile("lib/%s.py" % path):
        files.append("lib/%s.py" % path)
    return sorted(files) + [f for f in C_FILES.get(module, []) if os.path.isfile(f)]


def count_lines(files):
    total = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            total += sum(1 for _ in fh)
    return total


def tests_importing(module):
    pat = re.compile(r"^\s*(import|from)\s+%s\b" % re.escape(module), re.M)
    names = []
    for f in sorted(os.listdir("tests/diff")):
        if f.endswith(".py"):
            with open(os.path.join("tests/diff", f), encoding="utf-8", errors="replace") as fh:
                if pat.search(fh.read()):
                    names.append(f[:-3])
    return names


def main():
    pyclave = os.path.abspath(sys.argv[1])
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    cp, pc = probe(sys.executable), probe(pyclave)
    rows, gaps = [], []
    for m in MODULES:
        files = code_files(m)
        tests = tests_importing(m)
        ref, got = cp.get(m), pc.get(m)
        borrowed = imported_names(m)

        def foreign(n, owner):
            return n in borrowed or other_module(m, owner)

        if isinstance(got, str) or got is None:
            missing, attr_missing, status = [], [], "does not import: " + (got or "no output")
        else:
            missing = sorted(n for n, (owner, _) in ref.items() if n not in got and not foreign(n, owner))
            attr_missing = []
            for n, (owner, attrs) in sorted(ref.items()):
                if attrs and n in got and got[n][1] is not None and not foreign(n, owner):
                    lack = sorted(attrs - got[n][1])
                    if lack:
                        attr_missing.append("%s.{%s}" % (n, ", ".join(lack)))
            status = "complete" if not missing and not attr_missing else "%d names, %d classes short" % (
                len(missing), len(attr_missing))
        rows.append("| %s%s | %s | %d | %d | %s |" % (
            m, " (Linux only)" if m in LINUX_ONLY else "", ", ".join(f.split("/", 1)[1] for f in files) or "-",
            count_lines(files), len(tests), status))
        if missing or attr_missing:
            gaps.append("- **%s**: %s" % (m, "; ".join(
                ([("names: " + brief(missing))] if missing else []) +
                ([("class attributes: " + "; ".join(attr_missing))] if attr_missing else []))))
    print("# Standard library coverage\n")
    print("Generated by `python3 tools/stdlib_report.py build/release-gcc/pyclave > docs/STDLIB.md`:")
    print("the public names of each module and of its classes, pyclave against CPython %d.%d.%d"
          % sys.version_info[:3] + " (names a module only imports from another public module are")
    print("not counted: they are not its API).  Code = lines of the module's lib/ files and its C files; tests = files in")
    print("tests/diff that import it (each compares pyclave's output with CPython's).\n")
    print("| module | code | lines | tests | public API vs CPython |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n## What is missing, by name\n")
    print("\n".join(gaps) if gaps else "Nothing.")


main()
