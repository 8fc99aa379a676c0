#!/usr/bin/env python3
"""NumPy Generator sampling and scipy.stats cdf/ppf, per value, for the distributions that
DistributionBench measures (run by hand: python3 jmh/python/distributions.py).

Sampling: Generator(PCG64) drawing n = 1e6 values in one call, the time divided by n (NumPy's
best case; a Python-level loop of single draws costs about a microsecond per call). cdf/ppf:
scipy.stats frozen distributions on arrays of n = 1e5 points (vectorised, the time per value)
and as single scalar calls (the per-call overhead a Java user would compare against).
"""
import timeit

import numpy as np
from scipy import stats

N = 1_000_000
M = 100_000
rng = np.random.Generator(np.random.PCG64(42))
u = np.random.default_rng(7).uniform(1e-6, 1 - 1e-6, M)

cases = {
    'normal': (lambda n: rng.standard_normal(n), stats.norm(0, 1)),
    'gamma': (lambda n: rng.gamma(2.5, 1.0, n), stats.gamma(2.5)),
    'beta': (lambda n: rng.beta(2.0, 5.0, n), stats.beta(2, 5)),
    'studentT': (lambda n: rng.standard_t(5, n), stats.t(5)),
    'binomial': (lambda n: rng.binomial(1000, 0.3, n), stats.binom(1000, 0.3)),
    'poisson': (lambda n: rng.poisson(30.0, n), stats.poisson(30)),
}


def best(f, number, repeat=5):
    return min(timeit.repeat(f, number=number, repeat=repeat)) / number


print('%-9s %12s %12s %12s %14s %14s' % ('dist', 'sample ns', 'cdf ns/val', 'ppf ns/val',
                                         'cdf ns/call', 'ppf ns/call'))
for name, (draw, frozen) in cases.items():
    x = frozen.ppf(u)
    sample = best(lambda: draw(N), 1) / N * 1e9
    cdf = best(lambda: frozen.cdf(x), 1) / M * 1e9
    ppf = best(lambda: frozen.ppf(u), 1) / M * 1e9
    x0, u0 = float(x[0]), float(u[0])
    cdf1 = best(lambda: frozen.cdf(x0), 2000) * 1e9
    ppf1 = best(lambda: frozen.ppf(u0), 2000) * 1e9
    print('%-9s %12.2f %12.1f %12.1f %14.0f %14.0f' % (name, sample, cdf, ppf, cdf1, ppf1))
