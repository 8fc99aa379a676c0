#!/usr/bin/env python3
"""NumPy timings beside RegressionBench and StatBench's mean (run by hand: python3 jmh/python/regression.py).

OLS with an intercept on 1e5 x 50 (same shape as RegressionBench): np.linalg.lstsq (LAPACK gelsd,
coefficients only), and lstsq plus the standard errors from a QR's R (what a statsmodels fit adds).
np.mean of 1e7 values shifted by 1e3 (as StatBench). Best of 5 repeats, ms per call.
"""
import timeit

import numpy as np

rng = np.random.default_rng(42)
n, p = 100_000, 50
x = rng.standard_normal((n, p))
y = 1 + x @ (0.1 * np.arange(1, p + 1)) + rng.standard_normal(n)
a = np.column_stack([np.ones(n), x])
big = 1e3 + rng.standard_normal(10_000_000)


def with_se():
    b, *_ = np.linalg.lstsq(a, y, rcond=None)
    r = np.linalg.qr(a, mode="r")
    rinv = np.linalg.inv(r)
    s2 = np.sum((y - a @ b) ** 2) / (n - p - 1)
    return np.sqrt(s2 * np.sum(rinv ** 2, axis=1))


cases = [
    ("mean 1e7", lambda: np.mean(big)),
    ("lstsq 1e5 x 50", lambda: np.linalg.lstsq(a, y, rcond=None)),
    ("lstsq + standard errors 1e5 x 50", with_se),
]
for name, f in cases:
    t = min(timeit.repeat(f, number=1, repeat=5)) * 1e3
    print("%-36s %10.2f ms" % (name, t))
