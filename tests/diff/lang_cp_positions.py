# Source positions of failing instructions, as shown in tracebacks.
import sys


def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_lineno)


class O:
    pass


o = O()
d = {}
n = None
show(lambda: o.missing)
show(lambda: d['key'])
show(lambda: 1 / 0)
show(lambda: n())
show(lambda: [1][5])
show(lambda: (1,
              2)[
                  7])


def multi():
    x = (1 +
         2 +
         undefined)
    return x


show(multi)


def in_loop():
    for i in range(3):
        if i == 2:
            raise ValueError(i)


show(in_loop)


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    with CM():
        {}['x']


show(in_with)


def deep():
    def inner():
        return o.a.b
    return inner()


show(deep)


def chain():
    return o.attr_one.attr_two


def binop():
    a = 1
    b = 'x'
    return a + \
        b


def call_args():
    return len(1, 2)


for f in (chain, binop, call_args):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)
data = {'a': [1, 2]}
print(data['a'][0]['b'])
