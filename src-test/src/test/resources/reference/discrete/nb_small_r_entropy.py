"""Entropy of negative binomial distributions with small r and tiny p (wide, small mode).

Run by hand: python3 nb_small_r_entropy.py nb_small_r_entropy.csv (mpmath 1.3.0).
Parameters are seeded random, log-uniform: r in [0.05, 16], p in [1e-10, 1e-2], and four fixed
corners (r = 0.5, p = 1e-9; r = 3, p = 1e-7; r = 16, p = 1e-10; r = 0.05, p = 1e-10). Each value is
-sum P log P: the terms below K = 3000 summed directly from log-gamma masses, the rest by the
Euler-Maclaurin formula on the continuous extension (mpmath.quad over geometric intervals from K to
200 (r + 1) / p and on to infinity, derivatives at K by mpmath.diff, three correction terms), at 40
and at 55 digits; a row is kept only if the two agree to 1e-25 relative.
"""
import csv
import random
import sys

import mpmath as mp

K = 3000


def entropy(r, p, dps):
    mp.mp.dps = dps
    r = mp.mpf(r)
    p = mp.mpf(p)
    lp = mp.log(p)
    lq = mp.log1p(-p)
    c = r * lp - mp.loggamma(r)

    def logpmf(k):
        return c + mp.loggamma(k + r) - mp.loggamma(k + 1) + k * lq

    def f(k):
        l = logpmf(k)
        return -mp.exp(l) * l

    h = mp.fsum(f(k) for k in range(K))
    pts = [mp.mpf(K)]
    end = 200 * (r + 1) / p
    while pts[-1] < end:
        pts.append(pts[-1] * 2)
    pts.append(mp.inf)
    h += mp.quad(f, pts)
    h += f(K) / 2
    b = [mp.mpf(1) / 12, -mp.mpf(1) / 720, mp.mpf(1) / 30240]
    for m, bm in enumerate(b):
        h -= bm * mp.diff(f, K, 2 * m + 1)
    return h


def main(out):
    rng = random.Random(20261204)
    rows = []
    fixed = [(0.5, 1e-9), (3.0, 1e-7), (16.0, 1e-10), (0.05, 1e-10)]
    params = fixed + [
        (float(mp.mpf(10) ** rng.uniform(mp.log10(0.05), mp.log10(16))), float(mp.mpf(10) ** rng.uniform(-10, -2)))
        for _ in range(28)
    ]
    for r, p in params:
        h1 = entropy(r, p, 40)
        h2 = entropy(r, p, 55)
        if abs(h1 - h2) > mp.mpf("1e-25") * abs(h2):
            print("skipped", r, p, h1, h2, file=sys.stderr)
            continue
        rows.append((repr(r), repr(p), mp.nstr(h2, 20)))
        print(rows[-1], file=sys.stderr)
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["r", "p", "entropy"])
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1])
