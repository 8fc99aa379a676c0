"""Reference values of log P(a, x) and log Q(a, x) (jnum's Special.loggammainc, loggammaincc).

Run by hand: python3 log_gamma_tails.py log_gamma_tails.csv. mpmath at 60 digits; columns as in
special.csv (function,arg1,arg2,arg3,expected,cond). Rows cover the bodies (through log1p of the
other tail) and the regions where P or Q underflow (log down to about -1e5).

cond is the condition number of log F: (|x d log F/dx| + |a d log F/da|) / |log F|, the relative
change of log F per relative change of the arguments.
"""
import csv
import sys

import mpmath as mp

mp.mp.dps = 60


def lower_series(a, x):
    """P(a, x) by Kummer's series, summed to 60 digits (all terms positive)."""
    term = mp.mpf(1)
    total = mp.mpf(1)
    n = 0
    while True:
        n += 1
        term *= x / (a + n)
        total += term
        if term < total * mp.mpf(10) ** -62:
            break
    return mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1)) * total


def upper(a, x):
    return mp.gammainc(a, x, mp.inf, regularized=True)


def log_p(a, x):
    if x < a + 10 * mp.sqrt(a) + 10:
        return mp.log(lower_series(a, x))
    return mp.log1p(-upper(a, x))


def log_q(a, x):
    if x > a:
        return mp.log(upper(a, x))
    return mp.log1p(-lower_series(a, x))


def cond(f, a, x, v):
    h = mp.mpf(10) ** -25
    dx = (f(a, x * (1 + h)) - f(a, x * (1 - h))) / (2 * h)
    da = (f(a * (1 + h), x) - f(a * (1 - h), x)) / (2 * h)
    return (abs(dx) + abs(da)) / abs(v)


rows = []
for a in [0.01, 0.3, 1.0, 2.5, 17.0, 60.0, 1000.0, 20000.0]:
    for k in range(-30, 31):
        x = float(mp.mpf(a) * mp.mpf(10) ** (k / 6.0))
        if x <= 0 or x > 1e7:
            continue
        for name, f in (("logRegularizedP", log_p), ("logRegularizedQ", log_q)):
            v = f(mp.mpf(a), mp.mpf(x))
            if v == 0 or not mp.isfinite(v) or v > -1e-300:
                continue
            if v < -2e5:
                continue
            rows.append((name, repr(a), repr(x), "0.0", repr(float(v)), "%.3g" % float(cond(f, mp.mpf(a), mp.mpf(x), v))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["function", "arg1", "arg2", "arg3", "expected", "cond"])
    w.writerows(rows)
