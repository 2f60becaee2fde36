import io, logging, logging.config, sys, os, tempfile, configparser

CONF = """
[loggers]
keys=root,app, app_db

[handlers]
keys=out,plain,mem

[formatters]
keys=detailed,brace

[logger_root]
level=WARNING
handlers=plain

[logger_app]
level=DEBUG
handlers=out
qualname=app
propagate=0

[logger_app_db]
level=INFO
handlers=
qualname=app.db

[handler_out]
class=StreamHandler
level=DEBUG
formatter=detailed
args=(sys.stdout,)

[handler_plain]
class=logging.StreamHandler
formatter=brace
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
args=(2,)
target=out

[formatter_detailed]
format=%(levelname)s:%(name)s:%(message)s

[formatter_brace]
format={levelname}|{name}|{message}
style={
"""
old = logging.getLogger('old.logger')
child = logging.getLogger('app.child')
logging.config.fileConfig(io.StringIO(CONF))
app = logging.getLogger('app')
print(app.level, app.propagate, [h.name for h in app.handlers], old.disabled, child.disabled)
print(logging.root.level, [h.name for h in logging.root.handlers])
app.debug('debug %d', 1)
logging.getLogger('app.db').info('db info')
logging.getLogger('app.db').debug('hidden')
logging.getLogger('other').warning('to root')
old.error('disabled, not shown')
print(logging.getLogger('app.db').propagate, logging.getLogger('app.db').level)
cp = configparser.ConfigParser()
cp.read_string(CONF.replace('level=WARNING', 'level=ERROR'))
logging.config.fileConfig(cp, disable_existing_loggers=False)
logging.getLogger('other').warning('not shown')
logging.getLogger('other').error('shown')
print(logging.root.level, old.disabled)
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'log.ini')
    with open(fn, 'w') as f:
        f.write(CONF)
    logging.config.fileConfig(fn, defaults={'x': '1'})
    logging.getLogger('app').info('from file')
    empty = os.path.join(d, 'empty.ini')
    open(empty, 'w').close()
    for bad in [os.path.join(d, 'none.ini'), empty]:
        try:
            logging.config.fileConfig(bad)
        except (FileNotFoundError, RuntimeError) as e:
            print(type(e).__name__, str(e).replace(d, '<d>'))
for text in ["[loggers]\nkeys=root\n", "garbage", "[formatters]\nkeys=\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nhandlers=\n",
             "[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=NoSuchHandler\n"]:
    try:
        logging.config.fileConfig(io.StringIO(text))
        print('ok', logging.root.handlers)
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, msg[msg.find(' is invalid'):] if 'StringIO' in msg else msg)
