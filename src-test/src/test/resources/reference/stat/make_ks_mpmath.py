#!/usr/bin/env python3
"""Exact two-sided Kolmogorov-Smirnov tail probabilities P(D_n >= d) with mpmath (40 digits).

SciPy's kstwo.sf is exact (Durbin's matrix) only for n <= 140 and uses asymptotic expansions above;
this script evaluates the matrix method of Marsaglia, Tsang and Wang (2003) in multiple precision
for the cases of expected.csv with n > 140, and writes ks_mpmath.csv: case,n,d,sf.
Run: python3 make_ks_mpmath.py (after make_scipy_stats.py; reads samples.csv).
"""
import csv
import os

import mpmath as mp
import numpy as np
from scipy import stats

mp.mp.dps = 40
HERE = os.path.dirname(os.path.abspath(__file__))
S = {r[0]: np.array([float(v) for v in r[1:]]) for r in csv.reader(open(os.path.join(HERE, "samples.csv")))}


def mtw_cdf(n, d):
    d = mp.mpf(d)
    k = int(n * d) + 1
    m = 2 * k - 1
    h = k - n * d
    H = mp.matrix(m, m)
    for a in range(m):
        for b in range(m):
            H[a, b] = 1 if a - b + 1 >= 0 else 0
    for a in range(m):
        H[a, 0] -= h ** (a + 1)
        H[m - 1, a] -= h ** (m - a)
    H[m - 1, 0] += (2 * h - 1) ** m if 2 * h - 1 > 0 else 0
    for a in range(m):
        for b in range(m):
            if a - b + 1 > 0:
                H[a, b] /= mp.factorial(a - b + 1)
    s = (H ** n)[k - 1, k - 1]
    for j in range(1, n + 1):
        s = s * j / n
    return s


rows = []
x = np.sort(S["big1"])
n = len(x)
c = stats.norm.cdf(x)
i = np.arange(1, n + 1)
d = max(np.max(i / n - c), np.max(c - (i - 1) / n))
rows.append(("ksNormal:big1", n, d, 1 - mtw_cdf(n, d)))
r = stats.ks_2samp(S["big1"], S["big2"], method="asymp")
en = round(len(S["big1"]) * len(S["big2"]) / (len(S["big1"]) + len(S["big2"])))
rows.append(("ks2Asymp:big1;big2", en, r.statistic, 1 - mtw_cdf(en, r.statistic)))
with open(os.path.join(HERE, "ks_mpmath.csv"), "w") as f:
    f.write("case,n,d,sf\n")
    for case, n, d, sf in rows:
        f.write(f"{case},{n},{float(d)!r},{mp.nstr(sf, 17)}\n")
print(open(os.path.join(HERE, "ks_mpmath.csv")).read())
