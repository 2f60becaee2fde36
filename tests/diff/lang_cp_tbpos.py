# Traceback line numbers and caret ranges of failing instructions.
import sys
def fail(*a, **k):
    raise ValueError('x')
class O:
    def meth(self, *a):
        return fail()
o = O()
cases = [
    lambda: o.meth(1,
                   2),
    lambda: (o
             .meth(3)),
    lambda: fail(
        1),
    lambda: [1, 2][
        5],
    lambda: {'a': 1}['b'],
    lambda: o.missing_attr,
    lambda: (1 +
             'a'),
    lambda: -'x',
    lambda: [x for x in 5],
    lambda: f'{1/0}',
    lambda: o.meth(*5),
    lambda: fail(**{1: 2}),
]
for c in cases:
    try:
        c()
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb:
            frames.append(tb)
            tb = tb.tb_next
        for t in frames[1:]:
            print(t.tb_lineno, t.tb_frame.f_code.co_name, end=' | ')
        print(type(e).__name__)
def uncaught():
    return (o
            .meth(1,
                  2))
uncaught()
