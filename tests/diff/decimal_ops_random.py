# Random differential check of every Context operation (all rounding modes,
# small and large precisions, exponent limits, clamp, special values):
# result repr and the flags raised.  The operands come from a fixed LCG.
import sys
from decimal import *
seed = 7
N = 1500
which = 'all'
st = [seed]
def rnd(n):
    st[0] = (st[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (st[0] >> 33) % n
def num():
    k = rnd(20)
    if k == 0: return ['NaN', 'sNaN', 'Inf', '-Inf', '-NaN12', 'sNaN3', '-0', '0E+5', '0E-5'][rnd(9)]
    nd = [1, 1, 2, 3, 5, 9, 12, 20, 30, 45][rnd(10)]
    digs = ''.join(str(rnd(10)) for _ in range(nd))
    if rnd(4) == 0: digs = digs.rstrip('0') + '0' * rnd(5) or '0'
    e = [0, 0, -1, -2, 1, 3, -5, -10, 10, -30, 30, rnd(200) - 100, -999990, 999990][rnd(14)]
    if rnd(8) == 0: e = [-1000020, -1000000, 999999][rnd(3)]
    s = '-' if rnd(3) == 0 else ''
    return s + digs + 'E' + str(e)
rounds = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
ops2 = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'divmod', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'same_quantum', 'next_toward', 'copy_sign', 'power', 'scaleb', 'rotate', 'shift', 'logical_and', 'logical_or', 'logical_xor']
ops1 = ['abs', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'next_plus', 'next_minus', 'normalize', 'number_class', 'to_integral_value', 'to_integral_exact', 'to_sci_string', 'to_eng_string', 'is_normal', 'is_subnormal', 'logical_invert', 'copy_abs', 'copy_negate', 'create_decimal']
for i in range(N):
    prec = [1, 2, 3, 5, 9, 16, 28, 28, 40][rnd(9)]
    ctx = Context(prec=prec, rounding=rounds[rnd(8)], traps=[])
    if rnd(4) == 0:
        ctx.Emax = [9, 99, 999][rnd(3)]; ctx.Emin = -ctx.Emax
    if rnd(5) == 0: ctx.clamp = 1
    if rnd(2):
        op = ops2[rnd(len(ops2))]
        if which != 'all' and op != which: continue
        a = num(); b = num()
        if op in ('power',) and rnd(2): b = str(rnd(20) - 8)
        if op in ('scaleb', 'rotate', 'shift') and rnd(3): b = str(rnd(2 * prec + 4) - prec - 2)
        if op.startswith('logical'):
            a = ''.join('01'[rnd(2)] for _ in range(rnd(prec) + 1)); b = ''.join('01'[rnd(2)] for _ in range(rnd(prec) + 1))
        args = (Decimal(a), Decimal(b))
    else:
        op = ops1[rnd(len(ops1))]
        if which != 'all' and op != which: continue
        a = num()
        if op in ('sqrt', 'ln', 'log10') and rnd(2): a = a.lstrip('-')
        if op == 'exp' and rnd(2): a = str(rnd(1000) - 500) + 'E-' + str(rnd(4))
        args = (Decimal(a),)
    try:
        r = getattr(ctx, op)(*args)
        r = repr(r)
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    fl = ''.join(s.__name__[:3] for s in [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped] if ctx.flags[s])
    print(i, ctx.prec, ctx.rounding, ctx.Emax, ctx.clamp, op, *args, '->', r, fl)
