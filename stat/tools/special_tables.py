#!/usr/bin/env python3
"""Tables for jnum.stat.special (Chebyshev fits, Stirling errors, Temme coefficients), written to Tables.java.

Run by hand (python3 stat/tools/special_tables.py > stat/src/main/java/jnum/stat/special/Tables.java). Each function is
evaluated with mpmath at 50 significant digits at Chebyshev nodes of its interval; the series is
truncated where the neglected coefficients sum to below 2^-60 of the smallest value of the function
on the interval, so truncation stays far below double rounding.

Temme's coefficients c_k(eta) of the uniform expansion of Q(a, x) (N. M. Temme, SIAM J. Math.
Anal. 10, 1979) are derived here as power series in eta: mu = lambda - 1 from
eta^2 / 2 = mu - log(1 + mu) by series reversion, c_0 = 1/mu - 1/eta and
c_k = (1/eta) c_{k-1}' + s_k / mu, where s_k is fixed by the cancellation of the 1/eta pole
(it comes out as the coefficients 1/12, 1/288, 139/51840, ... of Stirling's series for 1/Gamma*).
"""
import mpmath as mp

mp.mp.dps = 50
NODES = 90

X0_DIGAMMA = mp.findroot(mp.digamma, mp.mpf('1.4616321449683623'))


N = 44  # length of the eta series in the Temme derivation
K = 10  # number of Temme coefficients c_0 .. c_K


def mul(a, b, n=N):
    r = [mp.mpf(0)] * n
    for i, x in enumerate(a[:n]):
        if x == 0: continue
        for j, y in enumerate(b[:n - i]):
            r[i + j] += x * y
    return r

def compose(f, g, n=N):
    # f(g(eta)) where g has zero constant term
    r = [mp.mpf(0)] * n
    p = [mp.mpf(1)] + [mp.mpf(0)] * (n - 1)
    for k in range(len(f)):
        if k >= n: break
        r = [r[i] + f[k] * p[i] for i in range(n)]
        p = mul(p, g, n)
    return r

def inv(a, n=N):
    # 1/a, a[0] != 0
    r = [mp.mpf(0)] * n
    r[0] = 1 / a[0]
    for k in range(1, n):
        s = mp.fsum(a[j] * r[k - j] for j in range(1, k + 1) if j < len(a))
        r[k] = -s / a[0]
    return r

def sqrt_series(a, n=N):
    r = [mp.mpf(0)] * n
    r[0] = mp.sqrt(a[0])
    for k in range(1, n):
        s = mp.fsum(r[j] * r[k - j] for j in range(1, k))
        r[k] = (a[k] - s) / (2 * r[0])
    return r

# phi(mu) = (mu - log(1+mu)) / mu^2 = sum_{j>=0} (-1)^j mu^j / (j+2)
phi = [mp.mpf((-1) ** j) / (j + 2) for j in range(N + 2)]
# mu = eta / sqrt(2 phi(mu)); store mu as series in eta
mu = [mp.mpf(0), mp.mpf(1)] + [mp.mpf(0)] * (N - 2)
for _ in range(N + 2):
    ph = compose(phi, mu)
    s = sqrt_series([2 * c for c in ph])
    w = inv(s)
    mu = [mp.mpf(0)] + w[:N - 1]
# 1/mu as Laurent: mu = eta * m(eta), 1/mu = (1/eta) * inv(m)
m = mu[1:] + [mp.mpf(0)]
invm = inv(m)   # 1/mu = sum invm[j] eta^(j-1)
# Laurent series: dict offset -1: list L where L[j] is coeff of eta^(j-1)
c0 = [invm[j] for j in range(N)]
c0[0] -= 1     # minus 1/eta
assert abs(c0[0]) < mp.mpf(10) ** -50
c = [c0[1:]]   # regular series: coefficient of eta^j at index j
gs = []
for k in range(1, K + 1):
    prev = c[-1]
    # (1/eta) d/deta prev = sum_j j prev[j] eta^(j-2): Laurent, index j-1 -> exponent j-2
    lau = [mp.mpf(0)] * (len(prev))
    for j in range(1, len(prev)):
        lau[j - 1] = j * prev[j]   # lau[i] = coeff of eta^(i-1)
    # add s_k / mu = s_k * sum invm[i] eta^(i-1): choose s_k so the 1/eta term cancels
    s_k = -lau[0] / invm[0]
    gs.append(s_k)
    new = [lau[i] + s_k * invm[i] for i in range(len(lau))]
    assert abs(new[0]) < mp.mpf(10) ** -40
    c.append(new[1:len(prev) - 1])


def cheb_coeffs(f, lo, hi, n=NODES):
    lo, hi = mp.mpf(lo), mp.mpf(hi)
    vals = []
    for k in range(n):
        th = mp.pi * (k + mp.mpf(0.5)) / n
        t = mp.cos(th)
        vals.append((f((hi - lo) / 2 * t + (hi + lo) / 2), th))
    coeffs = []
    for j in range(n):
        s = mp.fsum(v * mp.cos(j * th) for v, th in vals)
        coeffs.append(2 * s / n)
    coeffs[0] /= 2
    # smallest |f| over a fine grid, to scale the truncation threshold
    fmin = min(abs(f(lo + (hi - lo) * mp.mpf(i) / 200)) for i in range(1, 200))
    tol = fmin * mp.mpf(2) ** -60
    m = n
    tail = mp.mpf(0)
    while m > 1 and tail + abs(coeffs[m - 1]) < tol:
        tail += abs(coeffs[m - 1])
        m -= 1
    if m >= n - 5:
        raise SystemExit('series does not converge fast enough on [%s, %s]' % (lo, hi))
    return coeffs[:m]


def erfcx(x):
    return mp.erfc(x) * mp.exp(x * x)


def lgamma_over(x):
    # log Gamma(x) / ((x - 1)(x - 2)), analytic through the zeros at 1 and 2
    if abs(x - 1) < mp.mpf(10) ** -30 or abs(x - 2) < mp.mpf(10) ** -30:
        x = x + mp.mpf(10) ** -35
    return mp.loggamma(x) / ((x - 1) * (x - 2))


def digamma_over(x):
    return mp.digamma(x) / (x - X0_DIGAMMA)


def i0e(x):
    return mp.besseli(0, x) * mp.exp(-x)


def i1e_over_x(x):
    # I1(x) e^-x / x is even and analytic at 0 (limit 1/2)
    if x == 0:
        return mp.mpf(0.5)
    return mp.besseli(1, x) * mp.exp(-x) / x


def sqrt_i0e_tail(t):  # t = 8 / x
    x = 8 / t
    return mp.sqrt(x) * mp.besseli(0, x) * mp.exp(-x)


def sqrt_i1e_tail(t):
    x = 8 / t
    return mp.sqrt(x) * mp.besseli(1, x) * mp.exp(-x)


def erfinv_over_p(u):
    # erfinv(p) / p as a function of u = p^2 on [0, 1/4]
    if u == 0:
        return mp.sqrt(mp.pi) / 2
    p = mp.sqrt(u)
    return mp.erfinv(p) / p


def inverse_erfc_of_t(t):
    # inverseErfc(q) with q = exp(-t^2): the tail variable t = sqrt(-log q)
    with mp.workdps(400):
        q = mp.exp(-t * t)
        r = mp.erfinv(1 - q)
    return +r


FITS = [
    # name, function, lo, hi, comment
    ('ERFCX_0', erfcx, '0.5', '1', 'erfcx(x) on [0.5, 1]'),
    ('ERFCX_1', erfcx, '1', '2', 'erfcx(x) on [1, 2]'),
    ('ERFCX_2', erfcx, '2', '4', 'erfcx(x) on [2, 4]'),
    ('ERFCX_3', erfcx, '4', '8', 'erfcx(x) on [4, 8]'),
    ('ERFCX_4', erfcx, '8', '16', 'erfcx(x) on [8, 16]'),
    ('ERFCX_5', erfcx, '16', '32', 'erfcx(x) on [16, 32]'),
    ('INVERF_0', erfinv_over_p, '0', '0.25', 'erfinv(p) / p as a function of p^2 on [0, 1/4]'),
    ('INVERFC_T0', inverse_erfc_of_t, '0.8325546111576977', '1.5', 'inverseErfc(exp(-t^2)) on t in [sqrt(log 2), 1.5]'),
    ('INVERFC_T1', inverse_erfc_of_t, '1.5', '3', 'inverseErfc(exp(-t^2)) on t in [1.5, 3]'),
    ('INVERFC_T2', inverse_erfc_of_t, '3', '6', 'inverseErfc(exp(-t^2)) on t in [3, 6]'),
    ('INVERFC_T3', inverse_erfc_of_t, '6', '12', 'inverseErfc(exp(-t^2)) on t in [6, 12]'),
    ('INVERFC_T4', inverse_erfc_of_t, '12', '27.3', 'inverseErfc(exp(-t^2)) on t in [12, 27.3]'),
    ('LGAMMA_0', lgamma_over, '0.5', '1.5', 'log Gamma(x) / ((x - 1)(x - 2)) on [0.5, 1.5]'),
    ('LGAMMA_1', lgamma_over, '1.5', '3', 'log Gamma(x) / ((x - 1)(x - 2)) on [1.5, 3]'),
    ('DIGAMMA_0', digamma_over, '1', '2', 'digamma(x) / (x - x0) on [1, 2], x0 the positive root'),
    ('I0E_0', i0e, '0', '8', 'exp(-x) I0(x) on [0, 8]'),
    ('I1E_0', i1e_over_x, '0', '8', 'exp(-x) I1(x) / x on [0, 8]'),
    ('I0E_1', sqrt_i0e_tail, '0', '1', 'sqrt(x) exp(-x) I0(x) as a function of t = 8 / x on (0, 1]'),
    ('I1E_1', sqrt_i1e_tail, '0', '1', 'sqrt(x) exp(-x) I1(x) as a function of t = 8 / x on (0, 1]'),
]


def temme_coefficients():
    phi = [mp.mpf((-1) ** j) / (j + 2) for j in range(N + 2)]
    mu = [mp.mpf(0), mp.mpf(1)] + [mp.mpf(0)] * (N - 2)
    for _ in range(N + 2):
        w = inv(sqrt_series([2 * v for v in compose(phi, mu)]))
        mu = [mp.mpf(0)] + w[:N - 1]
    invm = inv(mu[1:] + [mp.mpf(0)])  # 1/mu = sum invm[j] eta^(j - 1)
    c0 = list(invm)
    c0[0] -= 1
    assert abs(c0[0]) < mp.mpf(10) ** -40
    c = [c0[1:]]
    for _ in range(K):
        prev = c[-1]
        lau = [mp.mpf(0)] * len(prev)  # (1/eta) d/deta prev; lau[i] multiplies eta^(i - 1)
        for j in range(1, len(prev)):
            lau[j - 1] = j * prev[j]
        s_k = -lau[0] / invm[0]
        new = [lau[i] + s_k * invm[i] for i in range(len(lau))]
        c.append(new[1:len(prev) - 1])
    return c


def java_double(v):
    return repr(float(v))


def main():
    out = []
    out.append('package jnum.stat.special;')
    out.append('')
    out.append('/**')
    out.append(' * Tables generated by {@code stat/tools/special_tables.py} with mpmath at 50')
    out.append(' * digits; do not edit by hand. Each array {@code c} approximates f on [lo, hi] as')
    out.append(' * {@code sum c[j] T_j(t)} with {@code t = (2x - lo - hi) / (hi - lo)}; evaluate with {@link')
    out.append(' * Chebyshev#eval}.')
    out.append(' */')
    out.append('final class Tables {')
    out.append('  private Tables() {}')
    out.append('')
    out.append('  /** The positive root of digamma, split as a sum of two doubles. */')
    hi = float(X0_DIGAMMA)
    lo = float(X0_DIGAMMA - mp.mpf(hi))
    out.append('  static final double DIGAMMA_ROOT_HI = %r;' % hi)
    out.append('  static final double DIGAMMA_ROOT_LO = %r;' % lo)
    out.append('')
    out.append('  /** Stirling error log(n!) - log(sqrt(2 pi n) (n/e)^n) at n = k/2, k = 0..30 (entry 0 unused). */')
    out.append('  static final double[] STIRLING_HALVES = {')
    vals = ['0.0']
    for k in range(1, 31):
        n = mp.mpf(k) / 2
        se = mp.loggamma(n + 1) - (n + mp.mpf(0.5)) * mp.log(n) + n - mp.log(mp.sqrt(2 * mp.pi))
        vals.append(java_double(se))
    for i in range(0, len(vals), 3):
        out.append('    ' + ', '.join(vals[i:i + 3]) + ',')
    out.append('  };')
    out.append('')
    out.append('  /**')
    out.append('   * Temme coefficients: TEMME[k][j] is the coefficient of eta^j in c_k(eta), truncated where')
    out.append('   * the terms are below 1e-20 for |eta| <= 0.5.')
    out.append('   */')
    out.append('  static final double[][] TEMME = {')
    for ck in temme_coefficients():
        m = len(ck)
        while m > 1 and abs(ck[m - 1]) * mp.mpf(0.5) ** (m - 1) < mp.mpf(10) ** -20:
            m -= 1
        out.append('    {')
        for i in range(0, m, 3):
            out.append('      ' + ', '.join(java_double(v) for v in ck[i:min(i + 3, m)]) + ',')
        out.append('    },')
    out.append('  };')
    for name, f, a, b, comment in FITS:
        if a == '0' and name.endswith('_1'):
            c = cheb_coeffs(f, mp.mpf(10) ** -30, b)  # avoid t = 0 exactly
        else:
            c = cheb_coeffs(f, a, b)
        out.append('')
        out.append('  /** %s: %d terms. */' % (comment, len(c)))
        out.append('  static final double[] %s = {' % name)
        for i in range(0, len(c), 3):
            out.append('    ' + ', '.join(java_double(v) for v in c[i:i + 3]) + ',')
        out.append('  };')
    out.append('}')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
