"""Hypergeometric masses when nearly the whole population is drawn (HypergeometricFullDrawsTest).

Run by hand: python3 hypergeometric_full_draws.py hypergeometric_full_draws.csv (mpmath 1.3.0,
seconds). Seeded random rows: N log-uniform in [20, 1e9], K uniform in [1, N - 1], draws n = N - m
with m log-uniform in [1, N / 4] (so n / N is near 1), k uniform within 4 standard deviations of
the mean, inside the support. Columns N,K,n,k,logpmf: log C(K, k) + log C(N - K, n - k) -
log C(N, n) from log-gamma at 60 digits (the sums cancel by at most 2e10, 11 digits), kept when
an 80-digit evaluation agrees to 1e-35.
"""
import csv
import math
import random
import sys

import mpmath as mp


def log_choose(n, k):
    return mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)


def logpmf(N, K, n, k):
    return log_choose(K, k) + log_choose(N - K, n - k) - log_choose(N, n)


rng = random.Random(20261203)
rows = []
while len(rows) < 120:
    N = int(10 ** rng.uniform(math.log10(20), 9))
    K = rng.randint(1, N - 1)
    m = max(1, int(10 ** rng.uniform(0, math.log10(max(1, N / 4)))))
    n = N - m
    lo, hi = max(0, n + K - N), min(n, K)
    mean = n * K / N
    sd = math.sqrt(max(mean * (N - K) / N * (N - n) / max(1, N - 1), 0.25))
    k = int(round(mean + rng.uniform(-4, 4) * sd))
    k = min(hi, max(lo, k))
    mp.mp.dps = 60
    a = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), mp.mpf(k))
    mp.mp.dps = 80
    b = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), mp.mpf(k))
    if abs(a - b) > mp.mpf(10) ** -35 * max(1, abs(b)):
        continue
    rows.append((N, K, n, k, repr(float(b))))

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["N", "K", "n", "k", "logpmf"])
    w.writerows(rows)
