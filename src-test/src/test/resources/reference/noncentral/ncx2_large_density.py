"""Reference values of the noncentral chi-squared log density at large degrees of freedom and
noncentrality (NoncentralChiSquared), where the Poisson series has thousands of terms.

Run by hand: python3 ncx2_large_density.py ncx2_large_density.csv (mpmath 1.3.0, a few minutes).
Parameters are drawn at random (seeded): k log-uniform in [1e-3, 1e5], lambda log-uniform in
[1e-1, 1e7]. On even rows x is the mean plus c standard deviations, c uniform in [-8, 8] (redrawn
while x <= 0); on odd rows x is placed where the largest term of the Poisson series has index m
log-uniform in [30, 300], around the switch between the series and the Bessel form
(lambda x = 4 m (m + nu), nu = k/2 - 1).

Columns: k,lambda,x,logpdf,cond. logpdf is log of the Bessel form f(x) = e^(-(x + lambda)/2)
(x/lambda)^(k/4 - 1/2) I_(k/2 - 1)(sqrt(lambda x)) / 2 with mpmath's besseli, evaluated at 40
digits and at 60, kept when both agree to 1e-25 (absolute, on the log); a row whose evaluation
takes more than 30 s (mpmath's series for I_nu at some large orders and arguments) is skipped. cond is the condition
number of the density in its three double inputs, |x dg/dx| + |lambda dg/dlambda| + |k dg/dk|
with g = log f (mpmath's numerical derivatives at 40 digits, rounded to 3 digits): the rounding of
the inputs alone moves log f by about eps cond.
"""
import csv
import random
import sys

import mpmath as mp
from ncx2_bessel import Slow, logpdf, time_limit


def cond(k, lam, x):
    gx = mp.diff(lambda t: logpdf(k, lam, t), x)
    gl = mp.diff(lambda t: logpdf(k, t, x), lam)
    gk = mp.diff(lambda t: logpdf(t, lam, x), k)
    return abs(x * gx) + abs(lam * gl) + abs(k * gk)


rng = random.Random(20261204)
rows = []
n = int(sys.argv[2]) if len(sys.argv) > 2 else 240
while len(rows) < n:
    k = float(10 ** rng.uniform(-3, 5))
    lam = float(10 ** rng.uniform(-1, 7))
    nu = k / 2 - 1
    if len(rows) % 2 == 0:
        sd = (2 * (k + 2 * lam)) ** 0.5
        x = -1.0
        while x <= 0:
            x = k + lam + rng.uniform(-8, 8) * sd
    else:
        m = 10 ** rng.uniform(mp.log10(30), mp.log10(300))
        x = 4 * m * (m + nu) / lam
    x = float(x)
    K, L, X = mp.mpf(k), mp.mpf(lam), mp.mpf(x)
    time_limit(30)
    try:
        mp.mp.dps = 40
        a = logpdf(K, L, X)
        c = cond(K, L, X)
        mp.mp.dps = 60
        b = logpdf(K, L, X)
    except (mp.libmp.NoConvergence, Slow):
        continue
    finally:
        time_limit(0)
    if abs(a - b) > mp.mpf(10) ** -25:
        continue
    rows.append((repr(k), repr(lam), repr(x), repr(float(b)), "%.3g" % float(c)))
    print(len(rows), rows[-1], file=sys.stderr, flush=True)

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["k", "lambda", "x", "logpdf", "cond"])
    w.writerows(rows)
