"""Tails of NoncentralChiSquared at noncentralities from 1e4 to 1e9 (NoncentralChiSquaredHugeLambdaTest).

Run by hand: python3 ncx2_huge_lambda.py ncx2_huge_lambda.csv (mpmath 1.3.0, two processes,
some minutes). Eight seeded random parameter pairs: lambda log-uniform in [1e4, 1e9], k log-uniform in [1e-3, 1e7]; at each pair
the points x = mean + z sd (mean k + lambda, sd sqrt(2 (k + 2 lambda))) for z in Z below, where
positive, so that both tails run from the body to beyond 1e-300 and to log tails far below the
double range. Columns k,lambda,x,logcdf,logsf,logpdf.

With f the Bessel-form density f(u) = 1/2 exp(-(u + lambda)/2) (u/lambda)^(nu/2) I_nu(sqrt(lambda u)),
nu = k/2 - 1, log S(x) = log f(x) + log int_0^inf f(x + u)/f(x) du and log F(x) = log f(x) + log
int_0^x f(x - u)/f(x) du, by tanh-sinh quadrature (mpmath quad) over pieces scaled by the local
decay length d = min(sd, 1/|(log f)'(x)|): breaks at 0, d/4, d, 4d, ..., 4^8 d (the lower integral
clipped at x). The tail away from the mean is integrated; in the body (within 5 sd) the other one
too, and the row is kept only if F + S = 1 to 1e-30; farther out the other one is log1p(-F or S). I_nu is mpmath's
besseli where it converges (|nu| <= 50); for larger orders Debye's uniform expansion (DLMF 10.41.3)
with its polynomials u_k computed exactly (rational arithmetic, DLMF 10.41.10) and summed until a
term is below 10^-(dps + 10): at these arguments (sqrt(nu^2 + lambda u) >= 1e3) the terms fall by
a factor of about R / k each. (The library sums at most eleven terms in double arithmetic; this
keeps some forty.) Both precisions are computed and a row kept when logcdf and
logsf agree to 1e-25 relative. Independent of the library's methods (Poisson mixture sums;
composite Gauss-Legendre over the density in scaled units).
"""
import csv
import multiprocessing
import random
import sys
from fractions import Fraction

import mpmath as mp

Z = [-300, -37, -5, 0, 5, 37, 300]


def debye_polys(n):
    """P_k(q) = u_k(p)/p^k as lists of Fractions, coefficient of q^i at index i."""
    u = [Fraction(1)]
    out = [[Fraction(1)]]
    for k in range(1, n + 1):
        nxt = [Fraction(0)] * (3 * k + 1)
        for e, a in enumerate(u):
            if a == 0:
                continue
            nxt[e + 1] += Fraction(e, 2) * a + a / (8 * (e + 1))
            nxt[e + 3] += -Fraction(e, 2) * a - 5 * a / (8 * (e + 3))
        u = nxt
        out.append([u[k + 2 * i] for i in range(k + 1)])
    return out


POLYS = debye_polys(60)
_CACHE = {}


def polys_mp():
    """The polynomials' coefficients as mpf at the current precision, highest power first."""
    if mp.mp.dps not in _CACHE:
        _CACHE[mp.mp.dps] = [[mp.mpf(c.numerator) / c.denominator for c in reversed(p)] for p in POLYS]
    return _CACHE[mp.mp.dps]


def log_besseli(nu, z):
    nu = abs(nu)  # I_{-nu} = I_nu + (2/pi) sin(nu pi) K_nu: K_nu(z) ~ e^-z, negligible here
    if nu <= 50:
        return mp.log(mp.besseli(nu, z))
    r = mp.sqrt(nu * nu + z * z)
    q = (nu / r) ** 2
    s = mp.mpf(1)
    power = mp.mpf(1)
    coefficients = polys_mp()
    for k in range(1, len(POLYS)):
        power /= r
        term = mp.polyval(coefficients[k], q) * power
        s += term
        if abs(term) < mp.mpf(10) ** -(mp.mp.dps + 10):
            break
    else:
        raise ValueError("Debye series did not converge")
    return r + nu * mp.log(z / (nu + r)) - mp.log(2 * mp.pi * r) / 2 + mp.log(s)


def logpdf(k, lam, x):
    nu = k / 2 - 1
    return -mp.log(2) - (x + lam) / 2 + nu / 2 * (mp.log(x) - mp.log(lam)) + log_besseli(nu, mp.sqrt(lam * x))


def tail(k, lam, x, sd, l0, upper):
    """log of the upper (or lower) tail at x: l0 + log int f(x +- u)/f(x) du, l0 = log f(x)."""
    h = x * mp.mpf(10) ** -12
    slope = (logpdf(k, lam, x + h) - logpdf(k, lam, x - h)) / (2 * h)
    d = min(sd, 1 / abs(slope)) if slope != 0 else sd
    breaks = [0] + [d * mp.mpf(4) ** i / 4 for i in range(10)]
    if upper:
        return l0 + mp.log(mp.quad(lambda u: mp.exp(logpdf(k, lam, x + u) - l0), breaks + [mp.inf]))
    low_breaks = [b for b in breaks if b < x] + [x]
    return l0 + mp.log(mp.quad(lambda u: mp.exp(logpdf(k, lam, x - u) - l0) if u < x else mp.mpf(0), low_breaks))


def tails(k, lam, x, sd):
    """(log F, log S, log f) at x. The tail away from the mean is integrated; the other one too in the
    body (|x - mean| <= 5 sd, where each integral reaches the mode within its pieces), else it is
    log1p(-e^(the first)): integrating a tail that holds the mode hundreds of sd away would miss it."""
    l0 = logpdf(k, lam, x)
    upper = x > k + lam
    far = tail(k, lam, x, sd, l0, upper)
    if abs(x - (k + lam)) <= 5 * sd:
        near = tail(k, lam, x, sd, l0, not upper)
        if abs(mp.exp(far) + mp.exp(near) - 1) > mp.mpf(10) ** -30:
            raise ValueError("F + S - 1 = %s at %s %s %s" % (mp.exp(far) + mp.exp(near) - 1, k, lam, x))
    else:
        near = mp.log1p(-mp.exp(far))
    assert far < 0 and near <= 0
    return (far, near, l0) if not upper else (near, far, l0)


def rows_of(pair):
    """The rows at one parameter pair (run in parallel, one pair per process)."""
    k, lam = pair
    mean = k + lam
    sd = (2 * (k + 2 * lam)) ** 0.5
    rows = []
    for z in Z:
        x = float(mean + z * sd)
        if not x > 0 or lam * x < 1e6:
            continue
        vals = []
        for dps in (40, 50):
            mp.mp.dps = dps
            vals.append(tails(mp.mpf(k), mp.mpf(lam), mp.mpf(x), mp.sqrt(2 * (k + 2 * mp.mpf(lam)))))
        (a1, b1, _), (a2, b2, c2) = vals
        if abs(a1 - a2) > abs(a2) * mp.mpf(10) ** -25 or abs(b1 - b2) > abs(b2) * mp.mpf(10) ** -25:
            print("dropped", k, lam, x, file=sys.stderr)
            continue
        rows.append((repr(k), repr(lam), repr(x), mp.nstr(a2, 25), mp.nstr(b2, 25), mp.nstr(c2, 25)))
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main():
    rng = random.Random(20261204)
    pairs = [(float(10 ** rng.uniform(-3, 7)), float(10 ** rng.uniform(4, 9))) for _ in range(8)]
    with multiprocessing.Pool(2) as pool:
        results = pool.map(rows_of, pairs, chunksize=1)
    with open(sys.argv[1], "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["k", "lambda", "x", "logcdf", "logsf", "logpdf"])
        for rows in results:
            w.writerows(rows)


if __name__ == "__main__":
    main()
