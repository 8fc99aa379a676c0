"""Noncentral t lower tail on delta's side far beyond delta at tiny df (mpmath 1.3.0).

For delta = d > 0 and t > 0, with Q the chi-squared survival function with df degrees of freedom,
integrating by parts in the normal variable (y = t sqrt(V/df)) gives

    P(T <= t) = Phi(-d) + integral_0^inf phi(y - d) Q(df y^2 / t^2) dy,

an integral of positive terms whose integrand is the normal density times a slowly varying factor.
It is computed by tanh-sinh quadrature (mpmath quad) on [max(0, d - 12), d + 12] split at
d - 3, d, d + 3, with Q the regularized upper incomplete gamma function, twice: at 30 digits and
at 40 digits with the range widened to d +- 16; a row is kept when the two logarithms agree to
1e-20 and the tail is at most 1/2.

Rows: first the two points at which the Gauss-Kronrod oracle of NoncentralTOppositeTailTest was
found wrong (by up to 4e-4), the benchmark point df = 0.0486, d = 17.15, t = 1829 (the lower tail
integrated first there, the chi-squared factor putting the median far above d), then df log-uniform in [1e-3, 1e-2], d uniform in [10.5, 450],
t = (d + 8) times a factor log-uniform in [1, 1e150] (seeded). Columns: df, delta, t,
log P(T <= t).
Usage: python3 nct_lower_beyond_cliff.py out.csv [rows] (the file here: rows = 9)
"""
import math
import random
import sys

import mpmath as mp


def log_lower(df, d, t, dps, reach):
    with mp.workdps(dps):
        df, d, t = mp.mpf(df), mp.mpf(d), mp.mpf(t)
        a = df / 2

        def f(y):
            return mp.npdf(y - d) * mp.gammainc(a, df * y * y / (t * t) / 2, mp.inf, regularized=True)

        points = [max(mp.mpf(0), d - reach), d - 3, d, d + 3, d + reach]
        return mp.log(mp.ncdf(-d) + mp.quad(f, points))


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    rng = random.Random(20261204)
    fixed = [(0.0010422253257969577, 331.3610028885076, 1.7669801178181253e82),
             (0.002077403774819618, 38.599423608453435, 2.3535215074555453e115),
             (0.0486, 17.15, 1829.0)]
    kept = []
    while len(kept) < rows:
        if fixed:
            df, d, t = fixed.pop(0)
        else:
            df = math.exp(rng.uniform(math.log(1e-3), math.log(1e-2)))
            d = rng.uniform(10.5, 450)
            t = (d + 8) * math.exp(rng.uniform(0, math.log(1e150)))
        lo = log_lower(df, d, t, 30, 12)
        hi = log_lower(df, d, t, 40, 16)
        if abs(lo - hi) > mp.mpf("1e-20") or hi > -mp.log(2):
            continue
        kept.append((df, d, t, hi))
        with open(out, "w") as fh:
            fh.write("df,delta,t,logcdf\n")
            for df, d, t, v in kept:
                fh.write("%r,%r,%r,%s\n" % (df, d, t, mp.nstr(v, 20)))


if __name__ == "__main__":
    main()
