"""Hypergeometric cdf and survival at populations 1e9..1e15 (HypergeometricHugePopulationTest).

Run by hand: python3 hypergeometric_huge.py hypergeometric_huge.csv (mpmath 1.3.0 at 50 digits,
about 15 minutes). Seeded random rows: N log-uniform in [1e9, 2^52], the success and draw fractions
log-uniform in [1e-6, 1/2] and each replaced by its complement with probability 1/2, and the point k
either within 4 standard deviations of the mean or at a normal-approximation tail level
10^-t, t uniform in [1, 300], on either side; rows whose standard deviation is below 1 are redrawn.
The first three rows are fixed: population 9.3e14 at 3.5 standard deviations below the mean and at
40 on either side (tails near 1e-350, in the log columns only).

Each row holds the tail away from the mode (sum of P(j), j <= k below the mode, j > k above),
computed at 50 digits from log-gamma masses: summed directly with the mass ratio recurrence where
the standard deviation is below 2000, else by mpmath.sumem (Euler-Maclaurin with mpmath's own
tanh-sinh integral and numerical derivatives) over the 12 standard deviations beyond k; the other
value is 1 minus it. A row is kept only when a second evaluation over 20 standard deviations at
60 digits agrees to 1e-30. Columns N,K,n,k,cdf,sf,logcdf,logsf (each rounded once to a double;
the log columns carry the tails below the double range).
"""
import csv
import math
import random
import sys

import mpmath as mp


def logpmf(N, K, n, k):
    lg = mp.loggamma
    return (lg(K + 1) - lg(k + 1) - lg(K - k + 1) + lg(N - K + 1) - lg(n - k + 1) - lg(N - K - n + k + 1)
            - lg(N + 1) + lg(n + 1) + lg(N - n + 1))


def tail(N, K, n, k, direction, sd, width):
    """sum of P(j) / P(k) over j = k, k + direction, ... (the tail away from the mode)."""
    lo, hi = max(0, n + K - N), min(n, K)
    end = lo if direction < 0 else hi
    if sd < 2000:
        s, t, j = mp.mpf(1), mp.mpf(1), k
        while j != end:
            if direction < 0:
                t *= mp.mpf(j) * (N - K - n + j) / ((K - j + 1) * (n - j + 1))
            else:
                t *= mp.mpf(K - j) * (n - j) / ((j + 1) * (N - K - n + j + 1))
            s += t
            j += direction
            if t < mp.mpf(10) ** -60 * s:
                break
        return s
    l0 = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), mp.mpf(k))
    f = lambda x: mp.exp(logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), x) - l0)
    far = int(width * sd)
    if direction < 0:
        a = max(lo, k - far)
        return mp.sumem(f, [a, k])
    b = min(hi, k + far)
    return mp.sumem(f, [k, b])


def row(N, K, n, k):
    lo, hi = max(0, n + K - N), min(n, K)
    mode = min(hi, max(lo, (n + 1) * (K + 1) // (N + 2)))
    sd = math.sqrt(n * (K / N) * ((N - K) / N) * ((N - n) / (N - 1)))
    values = []
    for dps, width in ((50, 12), (60, 20)):
        mp.mp.dps = dps
        lp = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), mp.mpf(k))
        if k < mode:
            logc = lp + mp.log(tail(N, K, n, k, -1, sd, width))
            c = mp.exp(logc)
            s = 1 - c
            logs = mp.log1p(-c)
        else:
            logs = logpmf(mp.mpf(N), mp.mpf(K), mp.mpf(n), mp.mpf(k + 1)) + mp.log(
                tail(N, K, n, k + 1, 1, sd, width))
            s = mp.exp(logs)
            c = 1 - s
            logc = mp.log1p(-s)
        values.append((logc, logs))
    (a1, b1), (a2, b2) = values
    if abs(a1 - a2) > mp.mpf(10) ** -30 * max(1, abs(a2)) or abs(b1 - b2) > mp.mpf(10) ** -30 * max(1, abs(b2)):
        return None
    logc, logs = a2, b2
    return (N, K, n, k, repr(float(mp.exp(logc))), repr(float(mp.exp(logs))), repr(float(logc)), repr(float(logs)))


def fraction(rng):
    f = 10 ** rng.uniform(-6, math.log10(0.5))
    return 1 - f if rng.random() < 0.5 else f


rng = random.Random(20261204)
WIDE = (934179594294154, 179317292506892, 270460179740924)
# the benchmark's points: 3.5 standard deviations below the mean, and 40 on either side (tails
# near 1e-350, beyond the double range)
rows = [row(*WIDE, k) for k in (51915252327858, 51915051387098, 51915491387098)]
while len(rows) < 152:
    N = int(10 ** rng.uniform(9, math.log10(2 ** 52)))
    K = max(1, min(N - 1, int(N * fraction(rng))))
    n = max(1, min(N - 1, int(N * fraction(rng))))
    lo, hi = max(0, n + K - N), min(n, K)
    mean = n * K / N
    sd = math.sqrt(n * (K / N) * ((N - K) / N) * ((N - n) / (N - 1)))
    if sd < 1:
        continue
    if rng.random() < 0.5:
        z = rng.uniform(-4, 4)
    else:
        z = math.copysign(math.sqrt(2 * rng.uniform(1, 300) * math.log(10)), rng.random() - 0.5)
    k = min(hi - 1, max(lo, int(round(mean + z * sd))))
    r = row(N, K, n, k)
    if r is not None:
        rows.append(r)
        print(len(rows), N, K, n, k, r[4], r[5], file=sys.stderr)

with open(sys.argv[1], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["N", "K", "n", "k", "cdf", "sf", "logcdf", "logsf"])
    w.writerows(rows)
