"""logging.config for Pyclave: dictConfig (schema version 1), written from
the library documentation with CPython 3.11 as the oracle.

Supported: formatters (format, datefmt, style, validate, class, '()'),
filters (name, '()'), handlers (class, level, formatter, filters, '.'
properties, other keyword arguments, MemoryHandler targets), loggers,
root, disable_existing_loggers, incremental, 'ext://' and 'cfg://' values.
fileConfig reads the configparser format ([loggers], [handlers],
[formatters] and their logger_/handler_/formatter_ sections) from a file
name (where files exist), a file object or a ready parser.
Not provided: listen/stopListening (no sockets)."""

import io
import logging
import logging.handlers
import os
import re
import sys

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing modules as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


class DictConfigurator(object):
    """Configures logging from a dictionary."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    def __init__(self, config):
        self.config = config

    # -- value conversion ('ext://sys.stdout', 'cfg://handlers.h1')

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                prefix = d['prefix']
                if prefix == 'ext':
                    return self.ext_convert(d['suffix'])
                if prefix == 'cfg':
                    return self.cfg_convert(d['suffix'])
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    # -- the sections

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY_DICT = {}
        with logging._lock:
            if incremental:
                handlers = config.get('handlers', EMPTY_DICT)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError('No handler found with name %r' % name)
                    try:
                        handler = logging._handlers[name]
                        level = handlers[name].get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                loggers = config.get('loggers', EMPTY_DICT)
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            logging._handlers.clear()
            logging.shutdown(logging._handlerList[:])
            del logging._handlerList[:]

            formatters = config.get('formatters', EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = config.get('filters', EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e

            handlers = config.get('handlers', EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            # MemoryHandlers whose target came later in sorted order
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e

            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:pflen] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                result = self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # a factory that takes fmt, not format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                result = self.configure_custom(config)
            return result
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        if not cname:
            c = logging.Formatter
        else:
            c = _resolve(cname)
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        name = config.get('name', '')
        return logging.Filter(name)

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.config['filters'][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = self.resolve(cname) if not callable(cname) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config['class'] = cname
                        raise ValueError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


dictConfigClass = DictConfigurator


# ---------------------------------------------------------------------------
# fileConfig: the configparser format

def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """Configure logging from a configparser-format file: a file name, an
    object with readline(), or a RawConfigParser.  May be called again to
    switch to another configuration."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _fc_formatters(cp)
    logging._acquireLock()
    try:
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        handlers = _fc_handlers(cp, formatters)
        _fc_loggers(cp, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _fc_names(value):
    """'a, b ,c' -> ['a', 'b', 'c']; '' -> []."""
    if not len(value):
        return []
    return [name.strip() for name in value.split(",")]


def _fc_formatters(cp):
    formatters = {}
    for form in _fc_names(cp["formatters"]["keys"]):
        sectname = "formatter_%s" % form
        fs = cp.get(sectname, "format", raw=True, fallback=None)
        dfs = cp.get(sectname, "datefmt", raw=True, fallback=None)
        stl = cp.get(sectname, "style", raw=True, fallback='%')
        cls = logging.Formatter
        class_name = cp[sectname].get("class")
        if class_name:
            cls = _resolve(class_name)
        formatters[form] = cls(fs, dfs, stl)
    return formatters


def _fc_handlers(cp, formatters):
    handlers = {}
    targets = []    # MemoryHandler targets, set once all handlers exist
    for hand in _fc_names(cp["handlers"]["keys"]):
        section = cp["handler_%s" % hand]
        klass = section["class"]
        fmt = section.get("formatter", "")
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get("args", '()'), vars(logging))
        kwargs = eval(section.get("kwargs", '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = hand
        if "level" in section:
            h.setLevel(section["level"])
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                targets.append((h, target))
        handlers[hand] = h
    for h, t in targets:
        h.setTarget(handlers[t])
    return handlers


def _fc_loggers(cp, handlers, disable_existing):
    names = _fc_names(cp["loggers"]["keys"])
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    for hand in _fc_names(section["handlers"]):
        root.addHandler(handlers[hand])
    # loggers of the old configuration that the new one does not name are
    # disabled, except children of named loggers (sorted: children follow)
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        if qn in existing:
            prefixed = qn + "."
            for other in existing[existing.index(qn) + 1:]:
                if other[:len(prefixed)] == prefixed:
                    child_loggers.append(other)
            existing.remove(qn)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        for hand in _fc_names(section["handlers"]):
            logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
