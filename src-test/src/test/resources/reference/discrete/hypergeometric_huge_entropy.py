"""Hypergeometric entropies at populations 1e6..2^52, standard deviations 34 to 1e7 (HypergeometricHugePopulationTest).

Run by hand: python3 hypergeometric_huge_entropy.py hypergeometric_huge_entropy.csv (mpmath 1.3.0,
about a minute). H = -sum P(j) log P(j) at 50 digits from log-gamma masses, by mpmath.sumem
(Euler-Maclaurin with mpmath's tanh-sinh integral and numerical derivatives) over the mean +- 14
standard deviations (the rest is below 1e-40); kept when a 60-digit evaluation over +- 20 standard
deviations agrees to 1e-30. Columns N,K,n,entropy.
"""
import csv
import math
import sys

import mpmath as mp

CASES = [
    (10 ** 6, 4 * 10 ** 5, 3 * 10 ** 5),
    (10 ** 6, 5000, 600000),
    (10 ** 7, 30000, 2 * 10 ** 6),
    (10 ** 9, 3 * 10 ** 8, 10 ** 6),
    (2 ** 40, 2 ** 38, 2 ** 36),
    (934179594294154, 179317292506892, 270460179740924),
    (4503599627370496, 2251799813685248, 2251799813685248),
    (4503599627370496, 10 ** 7, 4503599000000000),
    (123456789012345, 98765432109, 12345678901234),
    (10 ** 12, 10 ** 12 - 10 ** 7, 5 * 10 ** 11),
]


def logpmf(N, K, n, k):
    lg = mp.loggamma
    return (lg(K + 1) - lg(k + 1) - lg(K - k + 1) + lg(N - K + 1) - lg(n - k + 1) - lg(N - K - n + k + 1)
            - lg(N + 1) + lg(n + 1) + lg(N - n + 1))


def entropy(N, K, n, width):
    mean = mp.mpf(n) * K / N
    sd = mp.sqrt(mp.mpf(n) * K / N * (N - K) / N * (N - n) / (N - 1))
    lo, hi = max(0, n + K - N), min(n, K)
    a = max(lo, int(mean - width * sd))
    b = min(hi, int(mean + width * sd))

    def f(x):
        lp = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), x)
        return -mp.exp(lp) * lp

    return mp.sumem(f, [a, b])


rows = []
for N, K, n in CASES:
    mp.mp.dps = 50
    h1 = entropy(N, K, n, 14)
    mp.mp.dps = 60
    h2 = entropy(N, K, n, 20)
    if abs(h1 - h2) > mp.mpf(10) ** -30 * abs(h2):
        print("dropped", N, K, n, h1, h2, file=sys.stderr)
        continue
    rows.append((N, K, n, repr(float(h2))))
    print(N, K, n, h2, file=sys.stderr)

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["N", "K", "n", "entropy"])
    w.writerows(rows)
