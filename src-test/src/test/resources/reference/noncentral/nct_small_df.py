"""Density of the noncentral t with very few degrees of freedom (NoncentralTSmallDfTest).

Run by hand: python3 nct_small_df.py nct_small_df.csv (mpmath 1.3.0, about a minute). Seeded
random rows: df log-uniform in [1e-3, 0.2], delta uniform in [1, 8], t = -10^u with u uniform in
[-1, 3] (the side where the density was 0), and a fifth of the rows at t = +10^u. Columns
df,delta,t,pdf: the density as the mixture integral over V ~ chi2_df,
f(t) = int_0^inf sqrt(v/df) phi(t sqrt(v/df) - delta) chi2_df(v) dv, by mpmath's tanh-sinh
quadrature in log v, at 30 and 40 digits, kept when both agree to 1e-20.
"""
import csv
import random
import sys

import mpmath as mp


def pdf(df, delta, t):
    a = df / 2

    def f(w):  # v = e^w, dv = v dw
        v = mp.exp(w)
        r = mp.sqrt(v / df)
        return r * mp.npdf(t * r - delta) * mp.exp(a * w - v / 2 - a * mp.log(2) - mp.loggamma(a))

    top = mp.log(df) + 10
    return mp.quad(f, [-mp.mpf(400) / df - 2000, -2000, -200, -50, -20, -5, 0, 5, top + 10])


rng = random.Random(20261203)
rows = []
while len(rows) < 40:
    df = float(10 ** rng.uniform(-3, mp.log10(0.2)))
    delta = rng.uniform(1, 8)
    sign = 1 if rng.random() < 0.2 else -1
    t = sign * float(10 ** rng.uniform(-1, 3))
    mp.mp.dps = 30
    a = pdf(mp.mpf(df), mp.mpf(delta), mp.mpf(t))
    mp.mp.dps = 40
    b = pdf(mp.mpf(df), mp.mpf(delta), mp.mpf(t))
    if not (b > 0) or abs(a - b) > b * mp.mpf(10) ** -20:
        continue
    rows.append((repr(df), repr(delta), repr(t), repr(float(b))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["df", "delta", "t", "pdf"])
    w.writerows(rows)
