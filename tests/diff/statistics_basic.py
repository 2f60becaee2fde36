import statistics as st
from fractions import Fraction as F
import random

rng = random.Random(12345)
samples = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 3), F(2, 7), F(5, 11)],
    [0.1] * 10,
    [1e100, 1, -1e100, 1],
    [rng.random() for _ in range(50)],
    [rng.randint(-1000, 1000) for _ in range(41)],
    [rng.gauss(10, 3) for _ in range(30)],
    [True, False, True],
    [1, 2.5, F(1, 2)],
]
for data in samples:
    out = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
               st.variance, st.pvariance, st.stdev, st.pstdev):
        try:
            out.append(repr(fn(data)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(' | '.join(out))
    for fn in (st.harmonic_mean, st.geometric_mean):
        try:
            print(fn.__name__, repr(fn(data)))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
    if len(data) >= 2:
        print(st.quantiles(data), st.quantiles(data, n=10, method='inclusive')[:4])
print(st.variance([1, 2, 3], xbar=2), st.pvariance([1.5, 2.5], mu=2.0), st.mean(iter([1, 2, 3, 4])), st.mean(F(x, 3) for x in range(5)))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1.5, 2.5])))
print(st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode(''))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, [2 * v for v in x], proportional=True))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
            lambda: st.quantiles([1, 2], method='x'), lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 1], [2, 3]),
            lambda: st.covariance([1, 2], [1]), lambda: st.mean(['a', 'b']), lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]),
            lambda: st.median_grouped(['a', 'b']), lambda: st.harmonic_mean([])]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
nd = st.NormalDist(100, 15)
print(nd, nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.975), nd.inv_cdf(0.001), nd.inv_cdf(1e-10), nd.inv_cdf(0.5), nd.quantiles(), nd.zscore(130))
print(nd.overlap(st.NormalDist(110, 10)), nd.overlap(st.NormalDist(120, 15)), nd + 10, nd * 2, nd - st.NormalDist(5, 20), 3 * nd, -nd, nd / 3, 10 - nd)
print(nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd == st.NormalDist(100.0, 15.0), hash(nd) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), st.NormalDist(0, 1).samples(3, seed=42))
for p in [1e-300, 0.02425, 0.3, 0.999, 1 - 1e-12]:
    print(p, st.NormalDist().inv_cdf(p))
for bad in [lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(0), lambda: st.NormalDist(1, 0).pdf(1), lambda: nd.overlap(3)]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(st.median_grouped([5])), repr(st.median_grouped([5, 6, 6])), repr(st.median_grouped([F(1, 2), F(3, 2)], interval=F(1, 3))))
for bad in [lambda: st.median_grouped([1, 2, 'x']), lambda: st.median_grouped([b'x'])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
