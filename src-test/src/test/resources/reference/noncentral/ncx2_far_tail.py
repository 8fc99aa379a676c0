"""Far-tail reference values of the noncentral chi-squared density (NoncentralChiSquared).

Run by hand: python3 ncx2_far_tail.py ncx2_far_tail.csv (mpmath 1.3.0, seconds). Parameters and
points are drawn at random (seeded) over the documented range: k log-uniform in [0.05, 200],
lambda log-uniform in [1e-3, 1e4], x = (k + lambda) 10^u with u uniform in [0.5, 30] (far above
the mean, where the density and its log were wrong). Columns: k,lambda,x,logpdf,logsf_bound.

logpdf is log of the Bessel form f(x) = e^(-(x + lambda)/2) (x/lambda)^(k/4 - 1/2)
I_(k/2 - 1)(sqrt(lambda x)) / 2, evaluated at 50 digits and at 70, kept when both agree to 1e-30.
logsf_bound is Chernoff's bound min_t (-t x + log E e^(tX)) on log P(X > x), a theorem, minimised
in closed form (u = 1 - 2t = (k + sqrt(k^2 + 4 lambda x)) / (2x)) at 50 digits.
"""
import csv
import random
import sys

import mpmath as mp


def logpdf(k, lam, x):
    nu = k / 2 - 1
    z = mp.sqrt(lam * x)
    return (-(x + lam) / 2 + (nu / 2) * mp.log(x / lam) + mp.log(mp.besseli(nu, z)) - mp.log(2))


def log_bound(k, lam, x):
    u = (k + mp.sqrt(k * k + 4 * lam * x)) / (2 * x)
    return -x * (1 - u) / 2 - (k / 2) * mp.log(u) + lam * (1 - u) / (2 * u)


rng = random.Random(20261203)
rows = []
while len(rows) < 150:
    k = float(10 ** rng.uniform(mp.log10(0.05), mp.log10(200)))
    lam = float(10 ** rng.uniform(-3, 4))
    x = float((k + lam) * 10 ** rng.uniform(0.5, 30))
    K, L, X = mp.mpf(k), mp.mpf(lam), mp.mpf(x)
    mp.mp.dps = 50
    a = logpdf(K, L, X)
    b = log_bound(K, L, X)
    mp.mp.dps = 70
    c = logpdf(K, L, X)
    if abs(a - c) > abs(c) * mp.mpf(10) ** -30:
        continue
    rows.append((repr(k), repr(lam), repr(x), repr(float(c)), repr(float(b))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["k", "lambda", "x", "logpdf", "logsf_bound"])
    w.writerows(rows)
