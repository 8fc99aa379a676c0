"""Noncentral t tails and densities on the side against the sign of delta (mpmath 1.3.0).

For delta != 0 and x on the other side of 0 (x < 0 for delta > 0, x > 0 for delta < 0), with
t = |x| and a = |delta|, the tail away from delta and the density are

    P = integral_0^inf Phi_c(t sqrt(v/df) + a) chi2_df(v) dv,
    f = integral_0^inf phi(t sqrt(v/df) + a) sqrt(v/df) chi2_df(v) dv.

Both are integrated by tanh-sinh quadrature (mpmath quad) in u = log(t sqrt(v/df)), on pieces
around the peak of the log-integrand (concave: golden-section search), whose widths grow
geometrically from the peak's width out to 2e6 below it (the left flank of df = 1e-3 is
e^(df u)) and 400 above it (where t r has grown by e^400 and the integrand is doubly exponentially
small).
Each value is computed twice, at 30 digits with pieces growing by 2 and at 40 digits with pieces
growing by 3, and kept when the two logarithms agree to 1e-20.

Rows: df log-uniform in [1e-3, 1e6], |delta| log-uniform in [1e-3, 450], sign random, |x|
log-uniform in [1e-3, 1e4] (even rows: tails from about 1e-300 up) or [1e-3, 1e300] (odd rows:
mostly far beyond the doubles) (seeded). Columns: df, delta, x, log of the tail (logCdf for delta > 0,
logSurvival for delta < 0), log density. Usage: python3 nct_opposite_tail.py out.csv [rows]
"""
import random
import sys

import mpmath as mp


def log_integral(t, a, df, density, dps, growth):
    with mp.workdps(dps):
        t = mp.mpf(t)
        a = mp.mpf(a)
        df = mp.mpf(df)
        A = df / 2
        K = A * mp.log(A) - A - mp.loggamma(A) + mp.log(2)
        logt = mp.log(t)

        def L(u):
            y = mp.exp(u)
            l = 2 * (u - logt)
            z = y + a
            if density:
                n = -z * z / 2 - mp.log(2 * mp.pi) / 2 + l / 2
            elif z < 1e8:
                n = mp.log(mp.erfc(z / mp.sqrt(2)) / 2)
            else:
                n = -z * z / 2 - mp.log(z * mp.sqrt(2 * mp.pi)) + mp.log1p(-1 / z**2 + 3 / z**4)
            return n - A * (mp.expm1(l) - l) + K

        lo, hi = mp.mpf(-20000), mp.mpf(710)
        g = (mp.sqrt(5) - 1) / 2
        while hi - lo > mp.mpf('1e-9'):
            c, d = hi - g * (hi - lo), lo + g * (hi - lo)
            if L(c) >= L(d):
                hi = d
            else:
                lo = c
        u0 = (lo + hi) / 2
        top = L(u0)
        h = mp.mpf('1e-4')
        curv = -(L(u0 + h) - 2 * top + L(u0 - h)) / h**2
        sigma = 1 / mp.sqrt(curv) if curv > 0 else mp.mpf(1)
        pts = [u0]
        w = sigma / 2
        while w < 2e6:
            pts = [u0 - w] + pts + ([u0 + w] if w < 400 else [])
            w *= growth
        value = mp.quad(lambda u: mp.exp(L(u) - top), pts)
        return top + mp.log(value)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    rng = random.Random(20261204)
    with open(out, 'w') as f:
        f.write('# df,delta,x,log_tail_away_from_delta,log_pdf (mpmath 1.3.0, nct_opposite_tail.py)\n')
        kept = 0
        while kept < n:
            df = mp.e ** rng.uniform(mp.log(1e-3), mp.log(1e6))
            a = mp.e ** rng.uniform(mp.log(1e-3), mp.log(450))
            t = mp.e ** rng.uniform(mp.log(1e-3), mp.log(1e300 if kept % 2 else 1e4))
            df, a, t = float(df), float(a), float(t)
            sign = 1 if rng.random() < 0.5 else -1
            vals = []
            for density in (False, True):
                v1 = log_integral(t, a, df, density, 30, 2)
                v2 = log_integral(t, a, df, density, 40, 3)
                if abs(v1 - v2) > 1e-20 * max(1, abs(v2)):
                    vals = None
                    break
                vals.append(v2)
            if vals is None:
                continue
            f.write('%r,%r,%r,%s,%s\n' % (df, sign * a, -sign * t, mp.nstr(vals[0], 20), mp.nstr(vals[1], 20)))
            f.flush()
            kept += 1


if __name__ == '__main__':
    main()
