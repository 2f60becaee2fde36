import sys
def pidigits(n):
    out = []
    i = k = ns = 0
    k1 = 1
    a, d, t, u = 0, 1, 0, 0
    nn = 1
    while True:
        k += 1; t = nn << 1; nn *= k; a += t; k1 += 2; a *= k1; d *= k1
        if a >= nn:
            t, u = divmod(nn * 3 + a, d)
            u += nn
            if d > u:
                ns = ns * 10 + t; i += 1
                if i % 10 == 0:
                    out.append("%010d\t:%d" % (ns, i)); ns = 0
                if i >= n:
                    break
                a -= d * t; a *= 10; nn *= 10
    return out
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
print("\n".join(pidigits(N)[-3:]))
