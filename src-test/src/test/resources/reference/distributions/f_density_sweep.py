"""Random F log densities over the documented range against mpmath (FDensitySweepTest).

Run by hand: python3 f_density_sweep.py f_density_sweep.csv (mpmath 1.3.0 at 50 digits, about a
minute). d1 and d2 log-uniform in [1e-3, 1e7]; x log-uniform in [1e-4, 1e4] or in the body
1 +- 5 sqrt(2/d1 + 2/d2). Columns d1,d2,x,logpdf,cond: the log density from its closed form (at
50 digits the cancellation of its terms, up to 1e8 for d1 = 1e7, leaves 40 digits) and its
condition number sum_theta |d log f / d log theta| over x, d1 and d2 (the absolute change of log f
per relative change of an input), by mpmath's numerical derivative.
"""
import random
import sys

import mpmath as mp

mp.mp.dps = 50


def logpdf(x, d1, d2):
    return (
        (d1 / 2) * mp.log(d1)
        + (d2 / 2) * mp.log(d2)
        + (d1 / 2 - 1) * mp.log(x)
        - ((d1 + d2) / 2) * mp.log(d2 + d1 * x)
        - mp.log(mp.beta(d1 / 2, d2 / 2))
    )


def main(path):
    rng = random.Random(20261203)
    rows = []
    while len(rows) < 400:
        d1 = float(10 ** rng.uniform(-3, 7))
        d2 = float(10 ** rng.uniform(-3, 7))
        if rng.random() < 0.5:
            x = float(10 ** rng.uniform(-4, 4))
        else:
            x = float(1 + rng.uniform(-5, 5) * (2 / d1 + 2 / d2) ** 0.5)
        if x <= 0:
            continue
        X, D1, D2 = mp.mpf(x), mp.mpf(d1), mp.mpf(d2)
        lp = logpdf(X, D1, D2)
        scaled = (
            lambda t: logpdf(X * mp.exp(t), D1, D2),
            lambda t: logpdf(X, D1 * mp.exp(t), D2),
            lambda t: logpdf(X, D1, D2 * mp.exp(t)),
        )
        cond = sum(abs(mp.diff(g, 0)) for g in scaled)
        rows.append((repr(d1), repr(d2), repr(x), repr(float(lp)), repr(float(cond))))
    with open(path, "w") as out:
        out.write("d1,d2,x,logpdf,cond\n")
        for r in rows:
            out.write(",".join(r) + "\n")


main(sys.argv[1])
