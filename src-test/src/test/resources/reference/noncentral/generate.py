#!/usr/bin/env python3
"""Reference values for NoncentralChiSquared, NoncentralT and VonMises, computed with mpmath.

Run by hand (python3 generate.py; a few minutes), output committed next to this script:
  reference_values.csv  distribution,params,function,x,expected (the format of the shared CSV)
  moments.csv           the same columns, function in mean/variance/skewness/kurtosis/entropy, x = 0

Every x and parameter means the IEEE double of its printed text; values are computed for that
exact binary number at two working precisions (DPS and DPS2 digits) and a row is kept only when
both agree to 1e-25 relative; then rounded once to the nearest double.

Formulas (independent of the Java code, which uses Poisson-weighted incomplete gamma/beta series,
Hill's series and Gauss-Kronrod quadrature):
  NoncentralChiSquared(k, lambda): pdf by the Bessel closed form
      1/2 exp(-(x + lambda)/2) (x/lambda)^(k/4 - 1/2) I_{k/2-1}(sqrt(lambda x)),
    cdf and sf by tanh-sinh quadrature of that pdf over [0, x] and [x, inf).
  NoncentralT(df, delta): pdf by the confluent hypergeometric closed form (e.g. Johnson, Kotz and
    Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 31), cdf and sf by quadrature of
      P(T <= t) = int_0^inf Phi(t sqrt(u/df) - delta) chi2_df(u) du
    (and Phi -> upper normal tail for sf).
  VonMises(mu, kappa) on [mu - pi, mu + pi]: pdf exp(kappa cos z) / (2 pi I0(kappa)), cdf and sf
    by quadrature of the pdf; moments of z = x - mu by quadrature.
Quantile rows (ppf/isf) solve cdf(x) = p or sf(x) = q on the log scale (Illinois / bisection).
"""
import csv, sys
import mpmath as mp

DPS, DPS2 = 30, 45
TARGETS = ['1e-300', '1e-100', '1e-20', '1e-6', '0.01', '0.2', '0.5']


def agree(fn, *args):
    """fn evaluated at DPS and DPS2 digits; None unless both agree to 1e-25."""
    vals = []
    for d in (DPS, DPS2):
        with mp.workdps(d):
            vals.append(fn(*[mp.mpf(a) if isinstance(a, float) else a for a in args]))
    a, b = vals
    if a == b:
        return a
    if b == 0 or not mp.isfinite(b):
        return None
    if abs((a - b) / b) > mp.mpf('1e-25'):
        return None
    return b


# --- NoncentralChiSquared ----------------------------------------------------------------------
def ncx2_pdf(k, lam, x):
    k, lam, x = mp.mpf(k), mp.mpf(lam), mp.mpf(x)
    if x <= 0:
        return mp.mpf(0)
    return (mp.exp(-(x + lam) / 2) * (x / lam) ** (k / 4 - mp.mpf(1) / 2)
            * mp.besseli(k / 2 - 1, mp.sqrt(lam * x)) / 2)


def ncx2_scale(k, lam):
    return k + lam, mp.sqrt(2 * (k + 2 * lam))


def ncx2_cdf(k, lam, x):
    m, s = ncx2_scale(k, lam)
    x = mp.mpf(x)
    # breakpoints geometric towards 0 (density singular there for k < 2) and towards x (where a
    # lower tail's integrand is largest)
    pts = ([mp.mpf(0), x] + [x * mp.mpf(2) ** (-i) for i in range(1, 60)]
           + [x - mp.mpf(2) ** i for i in range(-30, 16)] + [p for p in (m - 4 * s, m) if 0 < p < x])
    pts = sorted(set(p for p in pts if 0 <= p <= x))
    return mp.quad(lambda t: ncx2_pdf(k, lam, t), pts)


def ncx2_sf(k, lam, x):
    m, s = ncx2_scale(k, lam)
    x = mp.mpf(x)
    # geometric breakpoints from x: the integrand decays at least like exp(-t/2) beyond the mean
    pts = sorted(set([x] + [x + mp.mpf(2) ** i for i in range(-4, 16)]
                     + [p for p in (m, m + 4 * s) if p > x])) + [mp.inf]
    return mp.quad(lambda t: ncx2_pdf(k, lam, t), pts)


def ncx2_moments(k, lam):
    k, lam = mp.mpf(k), mp.mpf(lam)
    mean = k + lam
    var = 2 * (k + 2 * lam)
    skew = 2 ** mp.mpf(1.5) * (k + 3 * lam) / (k + 2 * lam) ** mp.mpf(1.5)
    kurt = 12 * (k + 4 * lam) / (k + 2 * lam) ** 2
    return {'mean': mean, 'variance': var, 'skewness': skew, 'kurtosis': kurt}


# --- NoncentralT -------------------------------------------------------------------------------
def nct_pdf(df, delta, t):
    n, d, t = mp.mpf(df), mp.mpf(delta), mp.mpf(t)
    z = d * d * t * t / (2 * (n + t * t))
    a1 = (mp.sqrt(2) * d * t / (n + t * t) * mp.hyp1f1(n / 2 + 1, mp.mpf(3) / 2, z)
          / mp.gamma((n + 1) / 2))
    a2 = mp.hyp1f1((n + 1) / 2, mp.mpf(1) / 2, z) / (mp.sqrt(n + t * t) * mp.gamma(n / 2 + 1))
    lead = mp.exp(n / 2 * mp.log(n) + mp.loggamma(n + 1) - d * d / 2 - n * mp.log(2)
                  - n / 2 * mp.log(n + t * t) - mp.loggamma(n / 2))
    return lead * (a1 + a2)


def chi2_pdf(n, u):
    if u <= 0:
        return mp.mpf(0)
    return mp.exp((n / 2 - 1) * mp.log(u) - u / 2 - n / 2 * mp.log(2) - mp.loggamma(n / 2))


def nct_tail(df, delta, t, upper):
    n, d, t = mp.mpf(df), mp.mpf(delta), mp.mpf(t)
    def f(u):
        z = t * mp.sqrt(u / n) - d
        phi = mp.erfc(z / mp.sqrt(2)) / 2 if upper else mp.erfc(-z / mp.sqrt(2)) / 2
        return phi * chi2_pdf(n, u)
    s = mp.sqrt(2 * n)
    pts = [mp.mpf(0)] + [p for p in (n - 8 * s, n - 2 * s, n, n + 2 * s, n + 8 * s) if p > 0]
    pts += [n + 40 * s + 200, mp.inf]
    if t != 0:
        # the normal factor switches near u0 = n (delta / t)^2; for large |t| the mass of a tiny
        # tail sits at u ~ n / t^2
        for c in (mp.mpf('1e-4'), mp.mpf('1e-2'), 1, 100, 10000):
            u = n * c / (t * t)
            if 0 < u < n + 40 * s + 200:
                pts.append(u)
        u0 = n * (d / t) ** 2
        if 0 < u0 < n + 40 * s + 200:
            pts += [u0 / 4, u0, 4 * u0]
    return mp.quad(f, sorted(set(pts)))


def nct_moments(df, delta):
    n, d = mp.mpf(df), mp.mpf(delta)
    out = {}
    if n > 1:
        c = mp.sqrt(n / 2) * mp.exp(mp.loggamma((n - 1) / 2) - mp.loggamma(n / 2))
        m1 = d * c
        out['mean'] = m1
        if n > 2:
            m2 = n * (1 + d * d) / (n - 2)
            var = m2 - m1 ** 2
            out['variance'] = var
            if n > 3:
                # E T^3 = (n/2)^(3/2) Gamma((n-3)/2)/Gamma(n/2) (3 delta + delta^3)
                m3 = (n / 2) ** mp.mpf(1.5) * mp.exp(mp.loggamma((n - 3) / 2) - mp.loggamma(n / 2)) \
                    * (3 * d + d ** 3)
                out['skewness'] = (m3 - 3 * m1 * var - m1 ** 3) / var ** mp.mpf(1.5)
                if n > 4:
                    m4 = n * n * (d ** 4 + 6 * d * d + 3) / ((n - 2) * (n - 4))
                    c4 = m4 - 4 * m1 * m3 + 6 * m1 ** 2 * m2 - 3 * m1 ** 4
                    out['kurtosis'] = c4 / var ** 2 - 3
    return out


# --- VonMises ----------------------------------------------------------------------------------
def vm_pdf(mu, kappa, x):
    z = mp.mpf(x) - mp.mpf(mu)
    k = mp.mpf(kappa)
    if abs(z) > mp.pi:
        return mp.mpf(0)
    return mp.exp(k * (mp.cos(z) - 1)) / (2 * mp.pi * mp.besseli(0, k) * mp.exp(-k))


def vm_tail(mu, kappa, x, upper):
    z = mp.mpf(x) - mp.mpf(mu)
    f = lambda s: vm_pdf(0, kappa, s)
    # breakpoints geometric towards z, where the integrand of a tail is largest
    near = [z + (1 if upper else -1) * mp.mpf(2) ** (-i) for i in range(0, 30)]
    pts = [z, mp.mpf(0), mp.pi] + near if upper else [-mp.pi, mp.mpf(0), z] + near
    pts = sorted(set(p for p in pts if (z <= p <= mp.pi if upper else -mp.pi <= p <= z)))
    if len(pts) < 2:
        return mp.mpf(0)
    return mp.quad(f, pts)


def vm_moments(kappa):
    f = lambda s: vm_pdf(0, kappa, s)
    pts = [-mp.pi, -mp.pi / 2, 0, mp.pi / 2, mp.pi]
    k = mp.mpf(kappa)
    if k > 10:
        w = 1 / mp.sqrt(k)
        pts = sorted(set(pts + [-20 * w, -5 * w, 5 * w, 20 * w]))
    var = mp.quad(lambda s: s * s * f(s), pts)
    m4 = mp.quad(lambda s: s ** 4 * f(s), pts)
    a1 = mp.besseli(1, k) / mp.besseli(0, k)
    ent = -k * a1 + mp.log(2 * mp.pi * mp.besseli(0, k))
    return {'mean': None, 'variance': var, 'skewness': mp.mpf(0), 'kurtosis': m4 / var ** 2 - 3,
            'entropy': ent}


# --- driver ------------------------------------------------------------------------------------
def solve(tail, target, lo, hi, increasing):
    """x in [lo, hi] with tail(x) = target: Illinois on log(tail) - log(target) in
    u = asinh(x S), S = 1e300 (nearly log|x| for |x| > 1e-299, so brackets spanning many orders
    of magnitude converge)."""
    S = mp.mpf('1e300')
    lt = mp.log(target)
    def h(u):
        v = tail(mp.sinh(u) / S)
        r = (mp.log(v) if v > 0 else mp.mpf(-10 ** 6)) - lt
        return r if increasing else -r
    a, b = mp.asinh(lo * S), mp.asinh(hi * S)
    fa, fb = h(a), h(b)
    if fa > 0 or fb < 0:
        return None
    side = 0
    for _ in range(150):
        u = (a * fb - b * fa) / (fb - fa)
        if not (a < u < b):
            u = (a + b) / 2
        fu = h(u)
        if fu == 0:
            return mp.sinh(u) / S
        if fu > 0:
            b, fb = u, fu
            if side == 1:
                fa /= 2
            side = 1
        else:
            a, fa = u, fu
            if side == -1:
                fb /= 2
            side = -1
        if abs(b - a) <= mp.mpf('1e-26') * (1 + abs(u)):
            break
    return mp.sinh((a + b) / 2) / S


def fmt(v):
    return repr(float(v))


def main():
    out = []
    moments = []

    def add(dist, params, fn, x, val):
        if val is None or not mp.isfinite(val):
            return
        fv = float(val)
        if fv == 0 or not (abs(fv) >= 2.2250738585072014e-308) or fv != fv:
            return
        out.append((dist, params, fn, x, fmt(val)))

    def points(dist, params, pdf, cdf, sf, lo, hi, mid, positive=False):
        print(dist, params, file=sys.stderr, flush=True)
        xs = []
        with mp.workdps(DPS):
            for t in TARGETS:
                for upper in (False, True):
                    if upper and t == '0.5':
                        continue
                    f = sf if upper else cdf
                    a, b = (mid, hi) if upper else (lo, mid)
                    r = solve(lambda x: f(x), mp.mpf(t), mp.mpf(a), mp.mpf(b), not upper)
                    print('  ', 'isf' if upper else 'ppf', t, r, file=sys.stderr, flush=True)
                    if r is None:
                        continue
                    xd = float(r)
                    if abs(r) < mp.mpf('1e-25') * (1 + abs(mid)):
                        continue  # the median of a symmetric law: 0 up to the solver's noise
                    if not (lo < xd < hi):
                        continue
                    add(dist, params, 'isf' if upper else 'ppf', t, r)
                    xs.append(xd)
        for xd in sorted(set(xs)):
            x = repr(xd)
            add(dist, params, 'pdf', x, agree(pdf, xd))
            pv = agree(pdf, xd)
            if pv is not None and pv > 0:
                add(dist, params, 'logpdf', x, mp.log(pv))
            add(dist, params, 'cdf', x, agree(cdf, xd))
            add(dist, params, 'sf', x, agree(sf, xd))

    for k, lam in [(3, 2), (0.5, 1), (10, 100), (2, 10000), (100, 0.001), (1000, 50)]:
        params = 'k=%r;lambda=%r' % (k, lam)
        with mp.workdps(DPS):
            m, s = ncx2_scale(k, lam)
        points('NoncentralChiSquared', params, lambda x: ncx2_pdf(k, lam, x),
               lambda x: ncx2_cdf(k, lam, x), lambda x: ncx2_sf(k, lam, x),
               1e-300, float(m + 80 * s + 2000), float(m))
        with mp.workdps(DPS2):
            for name, v in ncx2_moments(k, lam).items():
                moments.append(('NoncentralChiSquared', params, name, '0', fmt(v)))

    for df, delta in [(10, 1), (3, -2), (0.5, 0.5), (1000000, 3), (30, 8), (5, 0)]:
        params = 'df=%r;delta=%r' % (df, delta)
        span = 1e30 if df < 1 else (1e12 if df < 5 else 1e5)
        points('NoncentralT', params, lambda x: nct_pdf(df, delta, x),
               lambda x: nct_tail(df, delta, x, False), lambda x: nct_tail(df, delta, x, True),
               -span, span, float(delta))
        with mp.workdps(DPS2):
            for name, v in nct_moments(df, delta).items():
                moments.append(('NoncentralT', params, name, '0', fmt(v)))

    for mu, kappa in [(0, 1), (1, 0.001), (0, 10), (-2, 1000), (0.5, 50)]:
        params = 'mu=%r;kappa=%r' % (mu, kappa)
        lo = float(mp.mpf(mu) - mp.pi)
        hi = float(mp.mpf(mu) + mp.pi)
        points('VonMises', params, lambda x: vm_pdf(mu, kappa, x),
               lambda x: vm_tail(mu, kappa, x, False), lambda x: vm_tail(mu, kappa, x, True),
               lo, hi, float(mu))
        with mp.workdps(DPS2):
            for name, v in vm_moments(kappa).items():
                v = mp.mpf(mu) if v is None else v  # the mean of x (the others are of x - mu)
                moments.append(('VonMises', params, name, '0', fmt(v)))

    for path, rows in (('reference_values.csv', out), ('moments.csv', moments)):
        with open(path, 'w', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['distribution', 'params', 'function', 'x', 'expected'])
            w.writerows(rows)
        print(path, len(rows), 'rows', file=sys.stderr)


if __name__ == '__main__':
    main()
