"""log density of F(2, d2) near its zero crossing at x = 0 and beyond (FLogDensityTest).

Run by hand: python3 f_two_numerator.py f_two_numerator.csv (mpmath 1.3.0 at 360 digits, seconds).
Seeded random rows: d2 log-uniform in [0.05, 1e4], x = 10^u with u uniform in [-300, 6]. Columns
d2,x,logpdf with logpdf the log of the general F density
d1^(d1/2) d2^(d2/2) x^(d1/2 - 1) / (B(d1/2, d2/2) (d1 x + d2)^((d1 + d2)/2)) at d1 = 2.
"""
import csv
import random
import sys

import mpmath as mp

mp.mp.dps = 360  # the terms are of size 1 and cancel down to x ~ 1e-300
rng = random.Random(20261203)
rows = []
for _ in range(100):
    d2 = float(10 ** rng.uniform(mp.log10(0.05), 4))
    x = float(10 ** rng.uniform(-300, 6))
    D1, D2, X = mp.mpf(2), mp.mpf(d2), mp.mpf(x)
    v = (D1 / 2) * mp.log(D1) + (D2 / 2) * mp.log(D2) + (D1 / 2 - 1) * mp.log(X) \
        - mp.log(mp.beta(D1 / 2, D2 / 2)) - ((D1 + D2) / 2) * mp.log(D1 * X + D2)
    rows.append((repr(d2), repr(x), repr(float(v))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["d2", "x", "logpdf"])
    w.writerows(rows)
