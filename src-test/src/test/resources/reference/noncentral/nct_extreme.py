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
and by parts the second integral is the first divided by df. With y = delta s the first is
  int_0^inf s^df phi(s + delta) ds = Gamma(df + 1) e^(-delta^2/4) D_{-df-1}(delta) / sqrt(2 pi),
D the parabolic cylinder function (mpmath pcfd), evaluated at 50 and 80 digits and checked against
a second form, tanh-sinh quadrature of delta^-(df+1) int_0^inf y^df e^(-y - y^2/(2 delta^2)) dy at 50
digits with the y^df singularity split off on [0, 1]; a row is kept only when all three agree to
1e-30. (An earlier version integrated s^df phi(s + delta) directly; its 30- and 40-digit runs shared
the quadrature's error near the s^df cusp and agreed with each other while missing the integral by
up to 1e-11 relative.) This is independent of the library's method (adaptive quadrature of the
mixture in log v).
"""
import csv
import random
import sys

import mpmath as mp


def integral(df, delta):
    """int_0^inf s^df phi(s + delta) ds by the parabolic cylinder function."""
    return mp.gamma(df + 1) * mp.exp(-delta**2 / 4) * mp.pcfd(-df - 1, delta) / mp.sqrt(2 * mp.pi)


def integral_by_quadrature(df, delta):
    """The same integral as delta^-(df+1) int y^df e^(-y - y^2/(2 delta^2)) dy, cusp split off."""
    g = lambda y: mp.exp(-y - y * y / (2 * delta**2))
    near = mp.quad(lambda y: y**df * (g(y) - 1), [0, mp.mpf(1) / 16, mp.mpf(1) / 4, 1]) + 1 / (df + 1)
    far = mp.quad(lambda y: y**df * g(y), [1, 4, 16, 64, mp.inf])
    return (near + far) * delta ** (-df - 1) * mp.exp(-delta**2 / 2) / mp.sqrt(2 * mp.pi)


def logs(df, delta, t, dens):
    a = df / 2
    front = mp.log(2) + a * mp.log(df) - a * mp.log(2) - mp.loggamma(a)
    tail = dens / df  # by parts: int s^(df-1) Phi(-s-delta) ds = (1/df) int s^df phi(s+delta) ds
    la = mp.log(abs(t))
    return front - (df + 1) * la + mp.log(dens), front - df * la + mp.log(tail)


rng = random.Random(20261204)
rows = []
while len(rows) < 40:
    df = float(10 ** rng.uniform(-3, mp.log10(0.2)))
    delta = rng.uniform(1, 40)
    t = -float(10 ** rng.uniform(10, 300))
    mp.mp.dps = 50
    d50 = integral(mp.mpf(df), mp.mpf(delta))
    q50 = integral_by_quadrature(mp.mpf(df), mp.mpf(delta))
    mp.mp.dps = 80
    d80 = integral(mp.mpf(df), mp.mpf(delta))
    if abs(d50 - d80) > d80 * mp.mpf(10) ** -30 or abs(q50 - d80) > d80 * mp.mpf(10) ** -30:
        continue
    p2, c2 = logs(mp.mpf(df), mp.mpf(delta), mp.mpf(t), d80)
    rows.append((repr(df), repr(delta), repr(t), repr(float(p2)), repr(float(c2))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["df", "delta", "t", "logpdf", "logcdf"])
    w.writerows(rows)
