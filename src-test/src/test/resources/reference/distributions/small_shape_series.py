"""The incomplete beta complement on the small-shape series' extended range (ExtremeTailQuantileTest).

Run by hand: python3 small_shape_series.py small_shape_series.csv (mpmath 1.3.0 at 50 digits, a minute).
Seeded random rows of 1 - I_x(a, b) with a log-uniform in [0.05, 1], b log-uniform in [4a, 1e6] and
x log-uniform in [1e-8 m, m], m = min(1/2, 1/b): the range where the series 1 - I = -expm1(L) - e^L a S
now replaces a continued fraction on the slow side (which lost up to 1.6e-12 there).
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


def main(path):
    rng = random.Random(20261204)
    rows = []
    while len(rows) < 80:
        a = lu(rng, 0.05, 1)
        b = lu(rng, 4 * a, 1e6)
        m = min(0.5, 1 / b)
        x = lu(rng, 1e-8 * m, m)
        args = [mp.mpf(a), mp.mpf(b), mp.mpf(x)]
        value = betaincc(*args)
        mp.mp.dps = 100
        check = betaincc(mp.mpf(a), mp.mpf(b), mp.mpf(x))
        mp.mp.dps = 50
        if value > 1e-300 and abs(value - check) <= 1e-30 * check:
            rows.append((a, b, x, value, cond(betaincc, args)))
    with open(path, "w") as out:
        out.write("a,b,x,expected,cond\n")
        for a, b, x, v, c in rows:
            out.write(f"{a!r},{b!r},{x!r},{float(v)!r},{float(c)!r}\n")


main(sys.argv[1])
