"""Entropy of noncentral chi-squared distributions below the large-noncentrality rule.

Run by hand: python3 ncx2_entropy_small_lambda.py ncx2_entropy_small_lambda.csv (mpmath 1.3.0,
some minutes). Parameters are seeded random, log-uniform: k in [1e-3, 1e3] (half the rows with
k < 2, where the density is singular at 0 and part of the mass lies below the smallest double)
and lambda in [1e-3, 1e4]. The density is the Bessel form f(x) = exp(-(x + lambda) / 2)
(x / lambda)^(k/4 - 1/2) I_(k/2-1)(sqrt(lambda x)) / 2 (mpmath.besseli, in logarithms); the
entropy -integral f log f is mpmath.quad in t = log x from -inf to 0 (split at -1e7, -1e6, ...,
-3) and in x from 1 on, split at the mean + j standard deviations (j from -16 to 40), at the
powers of 2 up to 2048 and at the mean + 2^j standard deviations up to j = 29; at 30 and at 45
digits, a row kept only if the two agree to 1e-20 relative (and skipped if it takes more than
five minutes).
"""
import csv
import random
import sys

import mpmath as mp
from ncx2_bessel import Slow, logpdf, time_limit


def entropy(k, lam, dps):
    mp.mp.dps = dps
    k = mp.mpf(k)
    lam = mp.mpf(lam)

    def h_log(t):
        x = mp.exp(t)
        l = logpdf(k, lam, x)
        return -mp.exp(l) * l * x

    def h(x):
        l = logpdf(k, lam, x)
        return -mp.exp(l) * l

    m = k + lam
    s = mp.sqrt(2 * (k + 2 * lam))
    near = mp.quad(h_log, [-mp.inf, -1e7, -1e6, -3e5, -1e5, -3e4, -1e4, -3000, -1000, -300, -100, -30, -10, -3, 0])
    pts = [mp.mpf(1)] + [m + j * s for j in range(-16, 41)] + [mp.mpf(2) ** j for j in range(1, 12)]
    pts += [m + 2**j * s for j in range(6, 30)]
    pts = sorted(set(p for p in pts if p >= 1))
    return near + mp.quad(h, pts)


def main(out, n):
    rng = random.Random(20261205)
    rows = []
    for i in range(n):
        k = float(10 ** rng.uniform(-3, mp.log10(2))) if i % 2 == 0 else float(10 ** rng.uniform(mp.log10(2), 3))
        lam = float(10 ** rng.uniform(-3, 4))
        time_limit(300)
        try:
            h1 = entropy(k, lam, 30)
            h2 = entropy(k, lam, 45)
        except (ValueError, ZeroDivisionError, mp.libmp.libhyper.NoConvergence, Slow) as e:
            print("skipped", k, lam, repr(e), file=sys.stderr)
            continue
        finally:
            time_limit(0)
        if abs(h1 - h2) > mp.mpf("1e-20") * abs(h2):
            print("skipped", k, lam, h1, h2, file=sys.stderr)
            continue
        rows.append((repr(k), repr(lam), mp.nstr(h2, 20)))
        print(rows[-1], file=sys.stderr, flush=True)
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["k", "lambda", "entropy"])
        w.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 24)
