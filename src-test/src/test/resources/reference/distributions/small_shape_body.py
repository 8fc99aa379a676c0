"""Body values with one tiny shape against mpmath (SmallShapeBodyTest).

Run by hand: python3 small_shape_body.py small_shape_body.csv (mpmath 1.3.0 at 50 digits, seconds).
Seeded random rows of three functions that once lost 1e-13 at condition numbers near 1:
  betaincc  a log-uniform in [1e-7, 1e-4], b in [0.1, 1e3], x uniform in (0, 1): 1 - I_x(a, b)
  f_sf      F survival, d1 in [1e-4, 0.1], d2 in [0.1, 1e3], x log-uniform in [1e-3, 1e3]:
            I_{d2/(d2 + d1 x)}(d2/2, d1/2)
  nbinom_sf0  NegativeBinomial(r, p) survival at k = 0, r in [1e-6, 0.05], p in (0, 1): 1 - p^r
Each value is also computed at 100 digits and the row kept only if both agree to 1e-30.
Columns function,p1,p2,x,expected,cond (x is 0 for nbinom_sf0): cond is the sum over the inputs of
|d log value / d log input| (mpmath's numerical derivative), the relative condition number.
"""
import random
import sys

import mpmath as mp

mp.mp.dps = 50


def lu(rng, lo, hi):
    return float(10 ** rng.uniform(mp.log10(lo), mp.log10(hi)))


def cond(fn, args):
    total = 0
    for j in range(len(args)):
        def g(t, j=j):
            moved = [v * mp.exp(t) if i == j else v for i, v in enumerate(args)]
            return mp.log(fn(*moved))
        total += abs(mp.diff(g, 0))
    return total


def betaincc(a, b, x):
    # the small side directly: betainc(a, b, x, 1) forms 1 - I and, at 50 digits, loses a value
    # of 1e-54 (it was off by 4e-6 there)
    return mp.betainc(b, a, 0, 1 - x, regularized=True)


def f_sf(d1, d2, x):
    return mp.betainc(d2 / 2, d1 / 2, 0, d2 / (d2 + d1 * x), regularized=True)


def nbinom_sf0(r, p):
    return -mp.expm1(r * mp.log(p))


def main(path):
    rng = random.Random(20261203)
    rows = []
    while len(rows) < 60:
        a, b, x = lu(rng, 1e-7, 1e-4), lu(rng, 0.1, 1e3), rng.uniform(0.001, 0.999)
        args = [mp.mpf(a), mp.mpf(b), mp.mpf(x)]
        value = betaincc(*args)
        mp.mp.dps = 100
        check = betaincc(mp.mpf(a), mp.mpf(b), mp.mpf(x))
        mp.mp.dps = 50
        if value > 1e-300 and abs(value - check) <= 1e-30 * check:  # normal doubles, two precisions
            rows.append(("betaincc", a, b, x, value, cond(betaincc, args)))
    for _ in range(60):
        d1, d2, x = lu(rng, 1e-4, 0.1), lu(rng, 0.1, 1e3), lu(rng, 1e-3, 1e3)
        args = [mp.mpf(d1), mp.mpf(d2), mp.mpf(x)]
        rows.append(("f_sf", d1, d2, x, f_sf(*args), cond(f_sf, args)))
    for _ in range(60):
        r, p = lu(rng, 1e-6, 0.05), rng.uniform(0.001, 0.999)
        args = [mp.mpf(r), mp.mpf(p)]
        rows.append(("nbinom_sf0", r, p, 0.0, nbinom_sf0(*args), cond(nbinom_sf0, args)))
    with open(path, "w") as out:
        out.write("function,p1,p2,x,expected,cond\n")
        for f, p1, p2, x, v, c in rows:
            out.write(f"{f},{p1!r},{p2!r},{x!r},{float(v)!r},{float(c)!r}\n")


if __name__ == "__main__":
    main(sys.argv[1])
