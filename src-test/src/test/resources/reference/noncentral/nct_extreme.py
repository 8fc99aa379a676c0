"""Noncentral t with few degrees of freedom far out on the side against delta (ExtremeParameterTest).

Run by hand: python3 nct_extreme.py nct_extreme.csv (mpmath 1.3.0, seconds). Seeded random rows:
df log-uniform in [1e-3, 0.2], delta uniform in [1, 40], t = -10^u with u uniform in [10, 300]
(where the quantile of a tiny p lies and where the density once came out as 0). Columns
df,delta,t,logpdf,logcdf.

With V ~ chi2_df, r = sqrt(V/df) and s = |t| r, the mixture integrals
  f(t) = int r phi(t r - delta) chi2_df(v) dv,   F(t) = int Phi(t r - delta) chi2_df(v) dv
become, since v = df s^2 / t^2 is below 1e-17 wherever the integrands matter (so e^(-v/2) = 1 to
that order),
  f(t) = |t|^-(df+1) 2 df^(df/2) / (2^(df/2) Gamma(df/2)) int_0^inf s^df phi(s + delta) ds,
  F(t) = |t|^-df     2 df^(df/2) / (2^(df/2) Gamma(df/2)) int_0^inf s^(df-1) Phi(-s - delta) ds,
and by parts the second integral is the first divided by df, a one-dimensional integral of a smooth
function computed by mpmath's tanh-sinh quadrature at 30 and 40 digits, kept when both agree to
1e-20. This is independent of
the library's method (adaptive quadrature of the mixture in log v).
"""
import csv
import random
import sys

import mpmath as mp


def logs(df, delta, t):
    a = df / 2
    front = mp.log(2) + a * mp.log(df) - a * mp.log(2) - mp.loggamma(a)
    scale = 1 / (1 + delta)  # the integrands decay like phi(s + delta): breakpoints on that scale
    points = [0] + [scale * k for k in (0.5, 1, 2, 4, 8, 16)] + [mp.inf]
    dens = mp.quad(lambda s: s ** df * mp.npdf(s + delta), points)
    tail = dens / df  # by parts: int s^(df-1) Phi(-s-delta) ds = (1/df) int s^df phi(s+delta) ds
    la = mp.log(abs(t))
    return front - (df + 1) * la + mp.log(dens), front - df * la + mp.log(tail)


rng = random.Random(20261204)
rows = []
while len(rows) < 40:
    df = float(10 ** rng.uniform(-3, mp.log10(0.2)))
    delta = rng.uniform(1, 40)
    t = -float(10 ** rng.uniform(10, 300))
    mp.mp.dps = 30
    p1, c1 = logs(mp.mpf(df), mp.mpf(delta), mp.mpf(t))
    mp.mp.dps = 40
    p2, c2 = logs(mp.mpf(df), mp.mpf(delta), mp.mpf(t))
    if abs(p1 - p2) > abs(p2) * mp.mpf(10) ** -20 or abs(c1 - c2) > abs(c2) * mp.mpf(10) ** -20:
        continue
    rows.append((repr(df), repr(delta), repr(t), repr(float(p2)), repr(float(c2))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["df", "delta", "t", "logpdf", "logcdf"])
    w.writerows(rows)
