"""Far-tail quantiles of Student's t (StudentT) for the test StudentTFarTailTest.

Run by hand: python3 studentt_far_quantiles.py studentt_far_quantiles.csv (mpmath 1.3.0, seconds).
Seeded random rows: nu log-uniform in [0.5, 4] (the heavy tails, where the density underflows
long before the tail probability does) and p = 10^-u, u uniform in [20, 300]. Columns nu,p,x with
x < 0 the exact quantile P(T <= x) = p, P(T <= x) = I_w(nu/2, 1/2) / 2 with w = nu / (nu + x^2),
solved by Newton's method in log|x| at 60 digits and kept when a 80-digit solve agrees to 1e-30.
Rows whose quantile is beyond the double range are left out.
"""
import csv
import random
import sys

import mpmath as mp


def quantile(nu, p):
    a = nu / 2
    # leading term: P ~ w^a / (2 a B(a, 1/2)), w ~ nu / x^2
    logw = (mp.log(2 * p) + mp.log(a) + mp.log(mp.beta(a, mp.mpf(1) / 2))) / a
    t = (mp.log(nu) - logw) / 2  # log |x|

    def g(t):
        x2 = mp.exp(2 * t)
        w = nu / (nu + x2)
        return mp.log(mp.betainc(a, mp.mpf(1) / 2, 0, w, regularized=True) / 2) - mp.log(p)

    t = mp.findroot(g, t, tol=mp.mpf(10) ** (-mp.mp.dps + 5))
    return -mp.exp(t)


rng = random.Random(20261203)
rows = []
while len(rows) < 80:
    nu = float(10 ** rng.uniform(mp.log10(0.5), mp.log10(4)))
    p = float(10 ** -rng.uniform(20, 300))
    mp.mp.dps = 60
    x1 = quantile(mp.mpf(nu), mp.mpf(p))
    mp.mp.dps = 80
    x2 = quantile(mp.mpf(nu), mp.mpf(p))
    if abs(x1 - x2) > abs(x2) * mp.mpf(10) ** -30 or abs(x2) > mp.mpf("1.7e308"):
        continue
    rows.append((repr(nu), repr(p), repr(float(x2))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["nu", "p", "x"])
    w.writerows(rows)
