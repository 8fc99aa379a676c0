"""Log survival function of NoncentralChiSquared where the survival function underflows
(NoncentralChiSquaredLogTailTest).

Run by hand: python3 ncx2_log_tail.py ncx2_log_tail.csv (mpmath 1.3.0, a few minutes). Seeded random
rows: k log-uniform in [1e-2, 1e3], lambda log-uniform in [1e-2, 1e5], and x = (sqrt(lambda) + s)^2
with s log-uniform in [40, 1e6] (log S from about -800 to -5e11: every survival underflows a double).
Columns k,lambda,x,logsf. With f the Bessel-form density
  f(u) = 1/2 exp(-(u + lambda)/2) (u/lambda)^(k/4 - 1/2) I_{k/2-1}(sqrt(lambda u)),
log S(x) = log f(x) + log int_0^inf f(x + u) / f(x) du, the integral by tanh-sinh quadrature over
pieces scaled by the decay length 2 sqrt(x) / (sqrt(x) - sqrt(lambda)), at 40 and 60 digits, kept when
both agree to 1e-25 relative. Independent of the library's methods (Poisson mixture of incomplete gamma
functions summed in units of its largest term; Laplace's expansion far out).
"""
import csv
import random
import sys

import mpmath as mp


def logpdf(k, lam, x):
    nu = k / 2 - 1
    return (-mp.log(2) - (x + lam) / 2 + nu / 2 * (mp.log(x) - mp.log(lam))
            + mp.log(mp.besseli(nu, mp.sqrt(lam * x))))


def logsf(k, lam, x):
    l0 = logpdf(k, lam, x)
    sd = 2 * mp.sqrt(x) / (mp.sqrt(x) - mp.sqrt(lam))
    pieces = [0, sd / 4, sd, 4 * sd, 16 * sd, 64 * sd, mp.inf]
    return l0 + mp.log(mp.quad(lambda u: mp.exp(logpdf(k, lam, x + u) - l0), pieces))


rng = random.Random(20261204)
rows = []
while len(rows) < 60:
    k = float(10 ** rng.uniform(-2, 3))
    lam = float(10 ** rng.uniform(-2, 5))
    s = 10 ** rng.uniform(mp.log10(40), 6)
    x = float((mp.sqrt(lam) + s) ** 2)
    mp.mp.dps = 40
    a = logsf(mp.mpf(k), mp.mpf(lam), mp.mpf(x))
    mp.mp.dps = 60
    b = logsf(mp.mpf(k), mp.mpf(lam), mp.mpf(x))
    if abs(a - b) > abs(b) * mp.mpf(10) ** -25:
        continue
    rows.append((repr(k), repr(lam), repr(x), repr(float(b))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["k", "lambda", "x", "logsf"])
    w.writerows(rows)
