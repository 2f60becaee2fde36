# contextvars: ContextVar get/set/reset, Token, Context, copy_context, run.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except BaseException as e:
        msg = str(e)
        # addresses differ between runs: keep the message shape only
        import re
        msg = re.sub(r'0x[0-9a-f]+', 'ADDR', msg)
        print(label, type(e).__name__, msg)


print(contextvars.__all__)
print(ContextVar, Token, Context)
v = ContextVar('v')
w = ContextVar('w', default=10)
print(v.name, w.name)
t('get-none', lambda: v.get())
print(v.get(5), w.get(), w.get(7))
tok = v.set(1)
print(type(tok).__name__, tok.var is v, tok.old_value is Token.MISSING, Token.MISSING)
print(v.get(), v.get(5))
tok2 = v.set(2)
print(tok2.old_value, v.get())
v.reset(tok2)
print(v.get())
t('reuse', lambda: v.reset(tok2))
v.reset(tok)
t('after-reset', lambda: v.get())
t('bad-token', lambda: v.reset(1))
tw = w.set(5)
t('other-var', lambda: v.reset(tw))
w.reset(tw)
print(w.get())
t('bad-name', lambda: ContextVar(1))
t('two-pos', lambda: ContextVar('a', 1))
t('set-none', lambda: v.set())
t('make-token', lambda: Token())
t('readonly', lambda: setattr(v, 'name', 'z'))


def sub():
    class Y(ContextVar):
        pass
t('subclass', sub)
t('ctx-args', lambda: Context(1))

# copy_context and run
v.set('outer')
ctx = copy_context()
print(ctx[v], ctx.get(v), v in ctx, len(ctx) >= 1, ctx.get(ContextVar('q'), 'dflt'))
t('ctx-int-key', lambda: ctx[1])
t('ctx-in-int', lambda: 1 in ctx)
t('ctx-missing', lambda: ctx[ContextVar('q')] and None)


def work(x, y=0):
    print('in run', v.get(), x, y)
    v.set('inner')
    print('in run after set', v.get())
    return x + y


print(ctx.run(work, 1, y=2))
print('outside', v.get(), 'ctx sees', ctx[v])
t('nested-run', lambda: ctx.run(lambda: ctx.run(print)))
t('run-noargs', lambda: ctx.run())

# tokens from another context
ctx2 = Context()
print(len(ctx2), list(ctx2), ctx2.get(v))
tk = ctx2.run(lambda: w.set(7))
print(ctx2[w], w.get())
t('other-ctx', lambda: w.reset(tk))
ctx2.run(w.reset, tk)
print(w in ctx2, len(ctx2))

# copies are independent
a = ContextVar('a', default=0)
c1 = copy_context()
c1.run(a.set, 1)
c2 = c1.copy()
c2.run(a.set, 2)
print(c1[a], c2[a], a.get())
print(c1 == c1.copy(), c1 == c2, c1 != c2, c1 == 1)
print(sorted(k.name for k in c2 if k.name in ('a', 'v')))
print(sorted((k.name, val) for k, val in c2.items() if k.name in ('a', 'v')))
print(sorted(map(str, c2.values()))[:3])
print(ContextVar[int], Token[str])
print(hash(v) == hash(v), {v: 1}[v])

# exception propagates out of run, context restored
def boom():
    v.set('boom')
    raise ValueError('x')
c3 = copy_context()
t('run-raises', lambda: c3.run(boom))
print(v.get(), c3[v])
