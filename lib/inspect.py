"""Get information about live objects: predicates, members, signatures,
source code, frames.

Written for Pyclave from the library documentation, with CPython 3.11's
observable behaviour (results, str() forms, error messages) as the
oracle.  Differences from CPython:

- Built-in functions and methods carry no __text_signature__ in Pyclave;
  signature() knows the builtins module's functions and the methods of
  str, bytes, bytearray, list, tuple, dict, set, frozenset, int and float
  from a table (_BUILTIN_SIGNATURES, CPython 3.11's text signatures).
  Other built-ins (those of C modules such as math) raise
  ValueError('no signature found for builtin ...').
- getsource() finds source through linecache: functions and classes from
  script files work; frozen library modules and exec()'d strings raise
  OSError('could not get source code').
"""

import sys
import types
import enum
import functools
import linecache
import collections
import collections.abc
import keyword
import re

__all__ = [
    'ArgInfo', 'Attribute', 'BlockFinder', 'BoundArguments', 'CORO_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR',
    'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED',
    'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
    'ClassFoundException', 'ClosureVars', 'EndOfBlock', 'FrameInfo', 'FullArgSpec',
    'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter',
    'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'classify_class_attrs', 'cleandoc',
    'currentframe', 'findsource', 'formatannotation', 'formatargvalues',
    'get_annotations', 'getabsfile', 'getargs', 'getargvalues', 'getattr_static',
    'getblock', 'getcallargs', 'getclasstree', 'getclosurevars', 'getcomments',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile',
    'getframeinfo', 'getfullargspec', 'getgeneratorlocals', 'getgeneratorstate',
    'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static', 'getmodule',
    'getmodulename', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen',
    'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode',
    'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe',
    'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'signature', 'stack', 'trace',
    'unwrap', 'walktree',
]

# Code object flags (the values CPython uses; Pyclave's co_flags agree).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20

_sentinel = object()


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a Python function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Return true for method descriptors that are not data descriptors."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true for objects whose type defines __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def _code_of(f):
    """The code object behind f, looking through bound methods and partials."""
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else _unpartial(f)
    if not isfunction(f):
        return None
    return f.__code__


def _unpartial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def _has_code_flag(f, flag):
    code = _code_of(f)
    return code is not None and bool(code.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if obj is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if obj is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if obj is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        code = getattr(object, 'gi_code', None)
        if code is not None and code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true for built-in functions and methods bound to an object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if object is an abstract base class with abstract methods."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if flags & TPFLAGS_IS_ABSTRACT:
        return True
    abstract = getattr(object, '__abstractmethods__', None)
    if abstract:
        return True
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if abstract is not None:
        return False
    # A class still being built by ABCMeta.__new__ (e.g. from
    # __init_subclass__): look for abstract methods directly.
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# ------------------------------------------------------------------- members

def getmro(cls):
    """Return the class's method resolution order as a tuple."""
    return cls.__mro__


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # Names that appear in a base's __dict__ as DynamicClassAttribute
        # are listed even though getattr() on the class fails.
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        if key in processed:
            continue
        try:
            value = getter(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all (name, value) members of an object, sorted by name,
    optionally only those for which predicate(value) is true."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but without triggering descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Return Attribute(name, kind, defining_class, object) for each name."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    for name in dir(cls):
        homecls = None
        get_obj = None
        dict_obj = None
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                homecls = base
                break
        try:
            get_obj = getattr(cls, name)
        except AttributeError:
            get_obj = dict_obj
        obj = dict_obj if dict_obj is not None else get_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind = 'static method'
            obj = dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind = 'class method'
            obj = dict_obj
        elif isinstance(dict_obj, property):
            kind = 'property'
            obj = dict_obj
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve an attribute without triggering the descriptor protocol,
    __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not _is_type(obj):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if dict_attr is _sentinel or type(dict_attr) is types.MemberDescriptorType:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if (_check_class(kt, '__get__') is not _sentinel
                and (_check_class(kt, '__set__') is not _sentinel
                     or _check_class(kt, '__delete__') is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                d = _class_dict(entry)
                if attr in d:
                    return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


_type_mro = type.__dict__['__mro__']
_type_dict = type.__dict__['__dict__']


def _static_getmro(klass):
    return _type_mro.__get__(klass)


def _class_dict(klass):
    return _type_dict.__get__(klass)


def _is_type(obj):
    try:
        _static_getmro(obj)
    except TypeError:
        return False
    return True


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            d = _class_dict(entry)
            if attr in d:
                return d[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _static_getmro(klass):
        d = _class_dict(entry)
        if '__dict__' in d:
            class_dict = d['__dict__']
            if not (type(class_dict) is types.GetSetDescriptorType
                    and class_dict.__name__ == '__dict__'
                    and class_dict.__objclass__ is entry):
                return class_dict
    return _sentinel


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes; return the last object.

    stop(f), if given, ends the walk early at an f for which it is true.
    ValueError if the chain is a cycle."""
    f = func
    seen = {id(f): f}
    limit = sys.getrecursionlimit()
    while hasattr(f, '__wrapped__') and (stop is None or not stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen[id(f)] = f
    return f


# ---------------------------------------------------------------------- docs

def cleandoc(doc):
    """Clean up indentation from a docstring: strip the common leading
    whitespace of the lines after the first, and blank lines at the ends."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    if lines:
        lines[0] = lines[0].lstrip()
    if indents:
        margin = min(indents)
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """Look for a docstring of obj's namesake in the base classes."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if (isclass(self) and getattr(getattr(self, name, None), '__func__', None)
                is obj.__func__):
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    elif isinstance(obj, functools.cached_property) if hasattr(functools, 'cached_property') else False:
        func = obj.func
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Return the documentation string of an object, cleaned up with
    cleandoc(); inherited from a base class if the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    """Return the comment lines just above an object's source, or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# --------------------------------------------------------- modules and files

def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object)
        except TypeError:
            return None
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    main = sys.modules.get('__main__')
    if main is None or not hasattr(object, '__name__'):
        return None
    if getattr(main, object.__name__, None) is object:
        return main
    builtins = sys.modules['builtins']
    if getattr(builtins, object.__name__, None) is object:
        return builtins
    return None


def getfile(object):
    """Return the name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """Return the module name for a file path, or None."""
    fname = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so', '.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if filename.startswith('<') and filename.endswith('>'):
        if linecache.getlines(filename):
            return filename
        return None
    return filename


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    import os
    return os.path.normcase(os.path.abspath(_filename))


# -------------------------------------------------------------------- source

class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


def _scan_lines(lines):
    """For each line, whether it begins a new logical line (not inside a
    string, bracket or backslash continuation), and the line's bracket
    depth state; a small tokenizer good enough to delimit blocks."""
    starts = []
    depth = 0
    quote = None        # the open string's quote ("'", '"', "'''", '"""')
    cont = False
    for line in lines:
        starts.append(quote is None and depth == 0 and not cont)
        cont = False
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                q3 = c * 3
                if line.startswith(q3, i):
                    quote = q3
                    i += 3
                else:
                    quote = c
                    i += 1
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth = max(depth - 1, 0)
            elif c == '\\' and line[i + 1:].strip() == '':
                cont = True
                break
            i += 1
        if quote is not None and len(quote) == 1:
            # an unterminated one-line string ends at the line's end
            if not line.rstrip('\r\n').endswith('\\'):
                quote = None
    return starts


_def_re = re.compile(r'\s*(async\s+def|def|class)\b')
_lambda_re = re.compile(r'.*(?<!\w)lambda(:|\s)')


def getblock(lines):
    """Return the lines of the block (def, class, lambda or decorated one)
    at the start of lines."""
    if not lines:
        return lines
    starts = _scan_lines(lines)
    first = 0
    # decorators come first
    while first < len(lines) and lines[first].lstrip().startswith('@'):
        first += 1
        while first < len(lines) and not starts[first]:
            first += 1
    if first >= len(lines):
        return lines[:1]
    header = lines[first]
    if not _def_re.match(header):
        # a lambda (or other expression): the logical line holding it
        end = first + 1
        while end < len(lines) and not starts[end]:
            end += 1
        return lines[:end]
    indent = indentsize(header)
    # end of the header's logical line
    end = first + 1
    while end < len(lines) and not starts[end]:
        end += 1
    # one-line body ("def f(): return 1")?
    head_text = ''.join(lines[first:end])
    body_same_line = re.search(r':\s*[^\s#]', _strip_strings_comments(head_text)
                               .rsplit(')', 1)[-1]) if '(' in head_text else \
        re.search(r':\s*[^\s#]', _strip_strings_comments(head_text))
    if body_same_line:
        return lines[:end]
    last = end
    body_col = None     # the indentation of the body's first statement
    i = end
    while i < len(lines):
        line = lines[i]
        if starts[i]:
            stripped = line.strip()
            if not stripped:
                i += 1
                continue
            if stripped.startswith('#'):
                # comments belong to the block when indented like its body
                if body_col is not None and indentsize(line) >= body_col:
                    last = i + 1
                i += 1
                continue
            if indentsize(line) <= indent:
                break
            if body_col is None:
                body_col = indentsize(line)
        last = i + 1
        i += 1
    return lines[:last]


def _strip_strings_comments(text):
    text = re.sub(r"'''.*?'''|\"\"\".*?\"\"\"|'(\\.|[^'\\\n])*'|\"(\\.|[^\"\\\n])*\"",
                  '""', text, flags=re.S)
    return re.sub(r'#[^\n]*', '', text)


def _class_lnum(lines, qualname):
    """Index of the line defining the class with this qualified name."""
    starts = _scan_lines(lines)
    stack = []      # (indent, name, is_class)
    target = qualname.split('.')
    pat = re.compile(r'(\s*)(class|def|async\s+def)\s+(\w+)')
    candidate = None
    for i, line in enumerate(lines):
        if not starts[i]:
            continue
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        ind = indentsize(line)
        while stack and stack[-1][0] >= ind:
            stack.pop()
        m = pat.match(line)
        if not m:
            continue
        kind = m.group(2)
        name = m.group(3)
        names = [s[1] for s in stack] + [name]
        if kind == 'class' and names == target:
            if candidate is None:
                candidate = i
        stack.append((ind, name if kind == 'class' else name + '.<locals>', kind == 'class'))
        if kind != 'class':
            # functions add "<locals>" to the qualified name
            stack[-1] = (ind, name, False)
            stack.append((ind, '<locals>', False))
    if candidate is None:
        return None
    # include decorators above the class line
    j = candidate
    while j > 0 and lines[j - 1].lstrip().startswith('@'):
        j -= 1
    return j


def findsource(object):
    """Return (all lines of the source file, index of the object's first
    line).  OSError if the source cannot be found."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _class_lnum(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        pat = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if pat.match(line):
                break
            lnum = lnum - 1
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """Return (list of source lines, first line number) for an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """Return the text of the source code for an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def walktree(classes, children, parent):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange the given classes into a hierarchy of nested lists."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ------------------------------------------------------------- arg specs

ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    """Get information about the arguments accepted by a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getfullargspec(func):
    """Get the names and default values of a callable's parameters, as a
    FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def getargvalues(frame):
    """Get information about the arguments passed into a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    """The text signature uses for an annotation."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'),
                      repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by getargvalues."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(a) for a in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    count = len(names)
    if count == 1:
        text = names[0]
    else:
        text = ', '.join(names[:-1]) + ' and ' + names[-1]
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (f_name, count, 'positional' if pos else 'keyword-only',
                       '' if count == 1 else 's', text))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = sum(1 for arg in kwonly if arg in values)
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % atleast
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)'
                      % ('s' if given != 1 else '', kwonly_given,
                         's' if kwonly_given != 1 else ''))
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (f_name, sig, 's' if plural else '', given, kwonly_sig,
                       'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Map the arguments of a call func(*positional, **named) to the
    parameter names, like binding them for a call (deprecated API)."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for name, value in zip(args, positional):
        values[name] = value
    if varargs:
        values[varargs] = tuple(positional[n:])
    possible = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in possible:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, kw))
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError('%s() got multiple values for argument %r' % (f_name, kw))
        values[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, values)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        if any(arg not in values for arg in required):
            _missing_arguments(f_name, required, True, values)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in values:
                values[arg] = defaults[i]
    missing = False
    for kwarg in kwonlyargs:
        if kwarg not in values:
            if kwonlydefaults and kwarg in kwonlydefaults:
                values[kwarg] = kwonlydefaults[kwarg]
            else:
                missing = True
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


def getclosurevars(func):
    """Return ClosureVars(nonlocals, globals, builtins, unbound) for func."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# -------------------------------------------------------------------- frames

_Traceback = collections.namedtuple('_Traceback',
                                    'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = collections.namedtuple('_FrameInfo',
                                    'frame filename lineno function code_context index')


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """Return a Traceback(filename, lineno, function, code_context, index)
    for a frame or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename, frame.f_globals)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=(lineno, lineno, None, None))


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def _frameinfo(frame, context, lineno=None):
    info = getframeinfo(frame, context)
    if lineno is not None:
        info = Traceback(info.filename, lineno, info.function, info.code_context,
                         info.index, positions=info.positions)
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all the frames outside it."""
    result = []
    while frame:
        result.append(_frameinfo(frame, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames inside it."""
    result = []
    while tb:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return result


def currentframe():
    """Return the frame of the caller, or None if frames are unsupported."""
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe else None


def stack(context=1):
    """FrameInfo records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the stack between this frame and the frame
    in which the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The current state of a generator-iterator (GEN_CREATED, ...)."""
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    if getattr(generator.gi_frame, 'f_lasti', -1) not in (-1, 0) \
            and not hasattr(generator, 'gi_suspended'):
        return GEN_SUSPENDED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator (its frame's f_locals)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """The current state of a coroutine object (CORO_CREATED, ...)."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


# -------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Return a dict of obj's annotations (a class, module or callable);
    with eval_str=True, string annotations are evaluated."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, '__globals__'):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ----------------------------------------------------------------- signature

class _void:
    """A private marker: "no value given" in replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation
    (immutable; use replace() to make a changed copy)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            # the implicit ".0" argument of comprehension code objects
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'
                                 .format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if ((keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY)
                or not name.isidentifier()):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Return a copy with the given attributes changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = text + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): a mapping of parameter names to
    argument values (arguments), with args/kwargs views for calling."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        in_kwargs = False
        for name, param in self._signature.parameters.items():
            if not in_kwargs:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    in_kwargs = True
                elif name not in self.arguments:
                    # a gap: everything after it must go by keyword
                    in_kwargs = True
                    continue
            if not in_kwargs or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args and {}
        for **kwargs)."""
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameter
    objects (parameters) and a return_annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description,
                                                            kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Construct a Signature for the given callable."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Return a copy with the given attributes changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        i = 0
        # 1. positional arguments, in parameter order
        pos = 0
        while pos < len(args):
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments') from None
            param = params[i]
            i += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[pos:])
                pos = len(args)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = args[pos]
            pos += 1
        # 2. the remaining parameters, from keywords or defaults
        varkw = None
        for param in params[i:]:
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if varkw is None:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
            arguments[varkw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to parameters as a call would; TypeError if the
        call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a Signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _signature_bound_method(sig):
    """Drop the first parameter (self) of a method's signature."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    # *args absorbs self: keep it
    return sig.replace(parameters=params)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of a functools.partial of a callable with wrapped_sig."""
    old_params = wrapped_sig.parameters
    new_params = collections.OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_kwonly = False
    for name, param in old_params.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                # filled positionally: gone from the signature
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in partial_keywords:
                    # given by keyword: it and all later parameters can now
                    # only be passed by keyword
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_is_functionlike(obj):
    """True for objects that quack like Python functions (Cython...)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, (dict)) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """Build a Signature from a Python function's code object and defaults."""
    duck = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            duck = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    positional = names[:npos]
    nkwonly = code.co_kwonlyargcount
    kwonly = names[npos:npos + nkwonly]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    parameters = []
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in kwonly:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)


# Text signatures of common built-ins, as CPython 3.11 reports them
# (Pyclave's built-in functions carry no __text_signature__).
_BUILTIN_SIGNATURES = {
    'builtins.__import__': '(name, globals=None, locals=None, fromlist=(), level=0)',
    'builtins.abs': '(x, /)',
    'builtins.aiter': '(async_iterable, /)',
    'builtins.all': '(iterable, /)',
    'builtins.any': '(iterable, /)',
    'builtins.ascii': '(obj, /)',
    'builtins.bin': '(number, /)',
    'builtins.callable': '(obj, /)',
    'builtins.chr': '(i, /)',
    'builtins.compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    'builtins.delattr': '(obj, name, /)',
    'builtins.divmod': '(x, y, /)',
    'builtins.eval': '(source, globals=None, locals=None, /)',
    'builtins.exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'builtins.format': "(value, format_spec='', /)",
    'builtins.globals': '()',
    'builtins.hasattr': '(obj, name, /)',
    'builtins.hash': '(obj, /)',
    'builtins.hex': '(number, /)',
    'builtins.id': '(obj, /)',
    'builtins.input': "(prompt='', /)",
    'builtins.isinstance': '(obj, class_or_tuple, /)',
    'builtins.issubclass': '(cls, class_or_tuple, /)',
    'builtins.len': '(obj, /)',
    'builtins.locals': '()',
    'builtins.oct': '(number, /)',
    'builtins.open': "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    'builtins.ord': '(c, /)',
    'builtins.pow': '(base, exp, mod=None)',
    'builtins.print': "(*args, sep=' ', end='\\n', file=None, flush=False)",
    'builtins.repr': '(obj, /)',
    'builtins.round': '(number, ndigits=None)',
    'builtins.setattr': '(obj, name, value, /)',
    'builtins.sorted': '(iterable, /, *, key=None, reverse=False)',
    'builtins.sum': '(iterable, /, start=0)',
    'str.capitalize': '(self, /)',
    'str.casefold': '(self, /)',
    'str.center': "(self, width, fillchar=' ', /)",
    'str.encode': "(self, /, encoding='utf-8', errors='strict')",
    'str.expandtabs': '(self, /, tabsize=8)',
    'str.isalnum': '(self, /)',
    'str.isalpha': '(self, /)',
    'str.isascii': '(self, /)',
    'str.isdecimal': '(self, /)',
    'str.isdigit': '(self, /)',
    'str.isidentifier': '(self, /)',
    'str.islower': '(self, /)',
    'str.isnumeric': '(self, /)',
    'str.isprintable': '(self, /)',
    'str.isspace': '(self, /)',
    'str.istitle': '(self, /)',
    'str.isupper': '(self, /)',
    'str.join': '(self, iterable, /)',
    'str.ljust': "(self, width, fillchar=' ', /)",
    'str.lower': '(self, /)',
    'str.lstrip': '(self, chars=None, /)',
    'str.partition': '(self, sep, /)',
    'str.removeprefix': '(self, prefix, /)',
    'str.removesuffix': '(self, suffix, /)',
    'str.replace': '(self, old, new, count=-1, /)',
    'str.rjust': "(self, width, fillchar=' ', /)",
    'str.rpartition': '(self, sep, /)',
    'str.rsplit': '(self, /, sep=None, maxsplit=-1)',
    'str.rstrip': '(self, chars=None, /)',
    'str.split': '(self, /, sep=None, maxsplit=-1)',
    'str.splitlines': '(self, /, keepends=False)',
    'str.strip': '(self, chars=None, /)',
    'str.swapcase': '(self, /)',
    'str.title': '(self, /)',
    'str.translate': '(self, table, /)',
    'str.upper': '(self, /)',
    'str.zfill': '(self, width, /)',
    'list.append': '(self, object, /)',
    'list.clear': '(self, /)',
    'list.copy': '(self, /)',
    'list.count': '(self, value, /)',
    'list.extend': '(self, iterable, /)',
    'list.index': '(self, value, start=0, stop=9223372036854775807, /)',
    'list.insert': '(self, index, object, /)',
    'list.pop': '(self, index=-1, /)',
    'list.remove': '(self, value, /)',
    'list.reverse': '(self, /)',
    'list.sort': '(self, /, *, key=None, reverse=False)',
    'dict.fromkeys': '(type, iterable, value=None, /)',
    'dict.get': '(self, key, default=None, /)',
    'dict.popitem': '(self, /)',
    'dict.setdefault': '(self, key, default=None, /)',
    'tuple.count': '(self, value, /)',
    'tuple.index': '(self, value, start=0, stop=9223372036854775807, /)',
    'bytes.center': "(self, width, fillchar=b' ', /)",
    'bytes.decode': "(self, /, encoding='utf-8', errors='strict')",
    'bytes.expandtabs': '(self, /, tabsize=8)',
    'bytes.fromhex': '(type, string, /)',
    'bytes.join': '(self, iterable_of_bytes, /)',
    'bytes.ljust': "(self, width, fillchar=b' ', /)",
    'bytes.lstrip': '(self, bytes=None, /)',
    'bytes.partition': '(self, sep, /)',
    'bytes.removeprefix': '(self, prefix, /)',
    'bytes.removesuffix': '(self, suffix, /)',
    'bytes.replace': '(self, old, new, count=-1, /)',
    'bytes.rjust': "(self, width, fillchar=b' ', /)",
    'bytes.rpartition': '(self, sep, /)',
    'bytes.rsplit': '(self, /, sep=None, maxsplit=-1)',
    'bytes.rstrip': '(self, bytes=None, /)',
    'bytes.split': '(self, /, sep=None, maxsplit=-1)',
    'bytes.splitlines': '(self, /, keepends=False)',
    'bytes.strip': '(self, bytes=None, /)',
    'bytes.translate': "(self, table, /, delete=b'')",
    'bytes.zfill': '(self, width, /)',
    'bytearray.append': '(self, item, /)',
    'bytearray.center': "(self, width, fillchar=b' ', /)",
    'bytearray.clear': '(self, /)',
    'bytearray.copy': '(self, /)',
    'bytearray.decode': "(self, /, encoding='utf-8', errors='strict')",
    'bytearray.expandtabs': '(self, /, tabsize=8)',
    'bytearray.extend': '(self, iterable_of_ints, /)',
    'bytearray.fromhex': '(type, string, /)',
    'bytearray.insert': '(self, index, item, /)',
    'bytearray.join': '(self, iterable_of_bytes, /)',
    'bytearray.ljust': "(self, width, fillchar=b' ', /)",
    'bytearray.lstrip': '(self, bytes=None, /)',
    'bytearray.partition': '(self, sep, /)',
    'bytearray.pop': '(self, index=-1, /)',
    'bytearray.remove': '(self, value, /)',
    'bytearray.removeprefix': '(self, prefix, /)',
    'bytearray.removesuffix': '(self, suffix, /)',
    'bytearray.replace': '(self, old, new, count=-1, /)',
    'bytearray.reverse': '(self, /)',
    'bytearray.rjust': "(self, width, fillchar=b' ', /)",
    'bytearray.rpartition': '(self, sep, /)',
    'bytearray.rsplit': '(self, /, sep=None, maxsplit=-1)',
    'bytearray.rstrip': '(self, bytes=None, /)',
    'bytearray.split': '(self, /, sep=None, maxsplit=-1)',
    'bytearray.splitlines': '(self, /, keepends=False)',
    'bytearray.strip': '(self, bytes=None, /)',
    'bytearray.translate': "(self, table, /, delete=b'')",
    'bytearray.zfill': '(self, width, /)',
    'int.as_integer_ratio': '(self, /)',
    'int.bit_count': '(self, /)',
    'int.bit_length': '(self, /)',
    'int.from_bytes': "(type, /, bytes, byteorder='big', *, signed=False)",
    'int.to_bytes': "(self, /, length=1, byteorder='big', *, signed=False)",
    'float.as_integer_ratio': '(self, /)',
    'float.conjugate': '(self, /)',
    'float.fromhex': '(type, string, /)',
    'float.hex': '(self, /)',
    'float.is_integer': '(self, /)',
}


def _split_params(text):
    """Split a text signature's parameter list at its top-level commas."""
    parts = []
    depth = 0
    quote = None
    cur = ''
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            cur += c
            if c == '\\':
                cur += text[i + 1]
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"':
            quote = c
            cur += c
        elif c in '([{':
            depth += 1
            cur += c
        elif c in ')]}':
            depth -= 1
            cur += c
        elif c == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _signature_from_text(sigcls, text, drop_first):
    """Build a Signature from a text signature like '(a, /, b=1, *, c)'."""
    assert text[0] == '(' and text[-1] == ')'
    parts = _split_params(text[1:-1])
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    if '/' in parts:
        kind = _POSITIONAL_ONLY
    for part in parts:
        if part == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('**'):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
            continue
        if part.startswith('*'):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default = part.partition('=')
        value = eval(default, {'__builtins__': {}}) if eq else _empty
        params.append(Parameter(name, kind, default=value))
    if drop_first and params:
        params = params[1:]
    return sigcls(params)


def _builtin_text_signature(obj):
    """(text, drop_first) for a built-in we know, or None."""
    name = getattr(obj, '__name__', None)
    if not isinstance(name, str):
        return None
    if isbuiltin(obj):
        owner = obj.__self__
        if ismodule(owner) or owner is None:
            if getattr(owner, '__name__', 'builtins') != 'builtins':
                return None
            text = _BUILTIN_SIGNATURES.get('builtins.' + name)
            return (text, False) if text else None
        mro = owner.__mro__ if isclass(owner) else type(owner).__mro__
        for base in mro:
            if name in vars(base):
                text = _BUILTIN_SIGNATURES.get(base.__name__ + '.' + name)
                if text and base.__module__ == 'builtins':
                    return text, True
                return None
        return None
    objclass = getattr(obj, '__objclass__', None)
    if isclass(objclass) and objclass.__module__ == 'builtins' and ismethoddescriptor(obj):
        text = _BUILTIN_SIGNATURES.get(objclass.__name__ + '.' + name)
        return (text, False) if text else None
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The work of signature(): dispatch on the kind of callable."""
    def recurse(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'
                                .format(sig))
            return sig

    partialmethod = getattr(obj, '_partialmethod', None) if not isclass(obj) else None
    if isinstance(partialmethod, functools.partialmethod):
        # a function made by partialmethod.__get__ on the class: keep the
        # wrapped function's first (self) parameter
        wrapped_sig = recurse(partialmethod.func)
        sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
        first = tuple(wrapped_sig.parameters.values())[0]
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if isinstance(obj, functools.partial):
        return _signature_get_partial(recurse(obj.func), obj)

    if obj is object:
        return sigcls([])
    if (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj is type):
        # Pyclave's built-ins carry no __text_signature__: use the table
        known = _builtin_text_signature(obj)
        if known is not None:
            return _signature_from_text(sigcls, known[0],
                                        known[1] and skip_bound_arg)
        raise ValueError('no signature found for builtin {!r}'.format(obj))

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = recurse(factory)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    # object() takes no arguments
                    return sigcls([])
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = recurse(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex

    if sig is not None:
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


class BlockFinder:
    """Kept for compatibility: use getblock()."""
