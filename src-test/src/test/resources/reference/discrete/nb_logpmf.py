"""Negative binomial log masses at non-integer r from 1e3 to 1e12, where k + r rounds in doubles
(DiscreteHugeParameterTest).

Run by hand: python3 nb_logpmf.py nb_logpmf.csv (mpmath 1.3.0, seconds). Seeded random r and p
log-uniform in [1e3, 1e12] and [1e-4, 0.9], k = mean + z sd with z uniform in [-4, 4] (log masses of -10 to -40, so that the bound is tight); every
parameter is the double Java sees; two fixed cases first. log P(k) = log Gamma(k + r) - log Gamma(r) - log Gamma(k + 1) +
r log p + k log1p(-p) at 50 digits, rounded once. Columns r,p,k,logpmf.
"""
import csv
import math
import random
import sys

import mpmath as mp

mp.mp.dps = 50
rng = random.Random(4203)
# two fixed cases from the tail reference (discrete_huge.csv) where k + r rounds
FIXED = [(183253629623.48917, 0.6122564299146664, 116054168951), (17975313622.771236, 0.000888002369052778, 20224979757473)]
rows = []
for i in range(40 + len(FIXED)):
    if i < len(FIXED):
        r, p, k = FIXED[i]
    else:
        r = math.exp(rng.uniform(math.log(1e3), math.log(1e12)))
        p = math.exp(rng.uniform(math.log(1e-4), math.log(0.9)))
        mean = r * (1 - p) / p
        sd = math.sqrt(r * (1 - p)) / p
        k = max(1, int(round(mean + rng.uniform(-4, 4) * sd)))
    R, P = mp.mpf(r), mp.mpf(p)
    lp = mp.loggamma(k + R) - mp.loggamma(R) - mp.loggamma(k + 1) + R * mp.log(P) + k * mp.log1p(-P)
    rows.append((repr(r), repr(p), k, repr(float(lp))))
with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["r", "p", "k", "logpmf"])
    w.writerows(rows)
