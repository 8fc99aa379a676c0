"""The incomplete beta complement on the small-shape series' extended range (ExtremeTailQuantileTest).

Run by hand: python3 small_shape_series.py small_shape_series.csv (mpmath 1.3.0 at 50 digits, a minute).
Seeded random rows of 1 - I_x(a, b) with a log-uniform in [0.05, 1], b log-uniform in [4a, 1e6] and
x log-uniform in [1e-8 m, m], m = min(1/2, 1/b): the range where the series 1 - I = -expm1(L) - e^L a S
now replaces a continued fraction on the slow side (which lost up to 1.6e-12 there); then 60 rows with
both shapes tiny, b log-uniform in [1e-6, 0.2], a in [b/4, min(0.05, 4000 b)], x log-uniform in
[1e-300 m, m], where the series now takes log(a B(a, b)) from log1p(a/b) and log Gamma(1 + .).
Each value is also computed at 100 digits and the row kept only if both agree to 1e-30.
Columns a,b,x,expected,cond: cond is the sum over the inputs of |d log value / d log input|
(mpmath's numerical derivative), the relative condition number.
"""
import random
import sys

import mpmath as mp

from small_shape_body import cond, lu  # the log-uniform draw and the condition number

mp.mp.dps = 50


def betaincc(a, b, x):
    # 1 - I_x(a, b) = I_{1-x}(b, a), the small side directly
    return mp.betainc(b, a, 0, 1 - x, regularized=True)


def betaincc_tiny(a, b, x):
    # both shapes tiny and a > b / 4: the complement is at least about 0.2, so 1 - I does not cancel
    # (and 1 - x would round to 1 at these x)
    return 1 - mp.betainc(a, b, 0, x, regularized=True)


def keep(rows, fn, a, b, x):
    """Appends the row if fn at 50 and 100 digits agree to 1e-30 and the value is a normal double."""
    args = [mp.mpf(a), mp.mpf(b), mp.mpf(x)]
    value = fn(*args)
    mp.mp.dps = 100
    check = fn(mp.mpf(a), mp.mpf(b), mp.mpf(x))
    mp.mp.dps = 50
    if value > 1e-300 and abs(value - check) <= 1e-30 * check:
        rows.append((a, b, x, value, cond(fn, args)))


def main(path):
    rng = random.Random(20261204)
    rows = []
    while len(rows) < 80:
        a = lu(rng, 0.05, 1)
        b = lu(rng, 4 * a, 1e6)
        m = min(0.5, 1 / b)
        keep(rows, betaincc, a, b, lu(rng, 1e-8 * m, m))
    while len(rows) < 140:
        b = lu(rng, 1e-6, 0.2)
        a = lu(rng, b / 4, min(0.05, 4000 * b))
        m = min(0.5, 1 / b)
        keep(rows, betaincc_tiny, a, b, lu(rng, 1e-300 * m, m))
    with open(path, "w") as out:
        out.write("a,b,x,expected,cond\n")
        for a, b, x, v, c in rows:
            out.write(f"{a!r},{b!r},{x!r},{float(v)!r},{float(c)!r}\n")


main(sys.argv[1])
