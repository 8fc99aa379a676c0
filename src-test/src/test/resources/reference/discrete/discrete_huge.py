"""Binomial, Poisson and negative binomial tails and entropies at huge parameters
(DiscreteHugeParameterTest).

Run by hand: python3 discrete_huge.py discrete_huge.csv discrete_huge_entropy.csv (mpmath 1.3.0, a
quarter of an hour; a "-" in place of a name skips that file). Seeded random parameters, log-uniform: binomial n in [1e5, 2^52] with p or 1 - p in
[1e-3, 1/2]; Poisson mean in [1e3, 1e15]; negative binomial r in [10, 1e12] with p in [1e-4, 0.9]
(mean below 2^50); standard deviations of at least 30. Points k = mean + z sd, z uniform in [-4, 4]
(the body) or +-[4, 60] (tails down to e^-1800, below the doubles, through the log columns). Every
parameter is the double that Java sees (n, k integers; p and the mean as written by repr).

The tail that lies away from the mode (j <= k below the mode, j > k above it) is summed by
mpmath.sumem (Euler-Maclaurin with mpmath's tanh-sinh integral and numerical derivatives) of the
log-gamma mass over 25 standard deviations from its first point (the rest is below 1e-60), at 30
digits, and kept when a 36-digit evaluation over 32 standard deviations agrees to 1e-20; the other
side is 1 minus it. The entropy -sum P log P is summed the same way over the mean +- 14 (then +- 20)
standard deviations. Columns: family,a,b,k,cdf,sf,logcdf,logsf (a, b = n, p; mean, 0; r, p) and
family,a,b,entropy.
"""
import csv
import math
import random
import sys

import mpmath as mp

MAX_N = 2 ** 52


def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def logpmf(family, a, b, x):
    lg = mp.loggamma
    if family == "Binomial":
        n, p = mp.mpf(a), mp.mpf(b)
        return lg(n + 1) - lg(x + 1) - lg(n - x + 1) + x * mp.log(p) + (n - x) * mp.log1p(-p)
    if family == "Poisson":
        m = mp.mpf(a)
        return x * mp.log(m) - m - lg(x + 1)
    r, p = mp.mpf(a), mp.mpf(b)
    return lg(x + r) - lg(r) - lg(x + 1) + r * mp.log(p) + x * mp.log1p(-p)


def moments(family, a, b):
    if family == "Binomial":
        return a * b, math.sqrt(a * b * (1 - b)), 0, a
    if family == "Poisson":
        return a, math.sqrt(a), 0, None
    return a * (1 - b) / b, math.sqrt(a * (1 - b)) / b, 0, None


def mode(family, a, b):
    if family == "Binomial":
        return min(a, math.floor((a + 1) * b))
    if family == "Poisson":
        return math.floor(a)
    return math.floor((a - 1) * (1 - b) / b) if a > 1 else 0


def tail(family, a, b, k, width):
    """(log of the tail away from the mode, whether it is the lower tail)."""
    mean, sd, lo, hi = moments(family, a, b)
    lower = k < mode(family, a, b)
    if lower:
        start, end = max(lo, int(k - width * sd)), k
    else:
        start, end = k + 1, int(k + 1 + width * sd)
        if hi is not None:
            end = min(end, hi)
    if start > end:
        return mp.mpf("-inf"), lower
    l0 = logpmf(family, a, b, mp.mpf(end if lower else start))
    s = mp.sumem(lambda x: mp.exp(logpmf(family, a, b, x) - l0), [start, end])
    return l0 + mp.log(s), lower


def entropy(family, a, b, width):
    mean, sd, lo, hi = moments(family, a, b)
    start = max(lo, int(mean - width * sd))
    end = int(mean + width * sd) if hi is None else min(hi, int(mean + width * sd))

    def f(x):
        lp = logpmf(family, a, b, x)
        return -mp.exp(lp) * lp

    return mp.sumem(f, [start, end])


def draw(rng, family):
    while True:
        if family == "Binomial":
            a = int(log_uniform(rng, 1e5, MAX_N))
            b = log_uniform(rng, 1e-3, 0.5)
            if rng.random() < 0.5:
                b = 1 - b
        elif family == "Poisson":
            a, b = log_uniform(rng, 1e3, 1e15), 0.0
        else:
            a, b = log_uniform(rng, 10, 1e12), log_uniform(rng, 1e-4, 0.9)
        mean, sd, lo, hi = moments(family, a, b)
        if sd >= 30 and mean < 2 ** 50:
            return a, b


def main():
    rng = random.Random(20261204)
    if sys.argv[1] != "-":
        tails(rng)
    if sys.argv[2] != "-":
        entropies(random.Random(20261205))


def tails(rng):
    rows = []
    for i in range(24):
        family = ("Binomial", "Poisson", "NegativeBinomial")[i % 3]
        a, b = draw(rng, family)
        mean, sd, lo, hi = moments(family, a, b)
        z = rng.uniform(-4, 4) if i % 2 == 0 else math.copysign(rng.uniform(4, 60), rng.random() - 0.5)
        k = int(round(mean + z * sd))
        k = max(lo, k) if hi is None else max(lo, min(hi - 1, k))
        mp.mp.dps = 30
        t1, lower = tail(family, a, b, k, 25)
        mp.mp.dps = 36
        t2, _ = tail(family, a, b, k, 32)
        if abs(t1 - t2) > mp.mpf(10) ** -20 * max(1, abs(t2)):
            print("dropped", family, a, b, k, t1, t2, file=sys.stderr)
            continue
        other = mp.log1p(-mp.exp(t2))
        logcdf, logsf = (t2, other) if lower else (other, t2)
        rows.append((family, repr(a), repr(b), k, repr(float(mp.exp(logcdf))), repr(float(mp.exp(logsf))),
                     repr(float(logcdf)), repr(float(logsf))))
        print(family, a, b, k, float(logcdf), float(logsf), file=sys.stderr)
    with open(sys.argv[1], "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["family", "a", "b", "k", "cdf", "sf", "logcdf", "logsf"])
        w.writerows(rows)


def entropies(rng):
    erows = []
    for i in range(6):
        family = ("Binomial", "NegativeBinomial")[i % 2]
        while True:
            a, b = draw(rng, family)
            m = mode(family, a, b)
            if m >= 1e3 and (family != "Binomial" or a - m >= 1e3):
                break
        mp.mp.dps = 30
        h1 = entropy(family, a, b, 14)
        mp.mp.dps = 36
        h2 = entropy(family, a, b, 20)
        if abs(h1 - h2) > mp.mpf(10) ** -20 * abs(h2):
            print("dropped", family, a, b, h1, h2, file=sys.stderr)
            continue
        erows.append((family, repr(a), repr(b), repr(float(h2))))
        print(family, a, b, float(h2), file=sys.stderr)
    with open(sys.argv[2], "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["family", "a", "b", "entropy"])
        w.writerows(erows)


if __name__ == "__main__":
    main()
