"""Reference values for jnum's discrete distributions at extreme parameters (mpmath).

Run: python3 generate_extremes.py > extreme_values.csv   (mpmath 1.3; about a minute)

Every parameter and point is the IEEE double obtained by parsing its text; values are computed at
60 significant digits and rounded once to the nearest double. Tails are summed directly from the
pmf ratio recurrence in multiple precision until the terms fall below 1e-45 of the sum (the ratio is
below 1 and decreasing there, so the rest is bounded by a geometric series).
"""
import mpmath as mp

mp.mp.dps = 60
rows = []


def emit(dist, params, fn, x, value):
    v = float(value)
    rows.append(f"{dist},{params},{fn},{x},{repr(v)}")


def tail_sum(log_first, ratio, k0, step, limit):
    """sum of exp(log_first) * prod ratio(k) over k0, k0+step, ... (ratio(k) = pmf(k+step)/pmf(k))"""
    t = mp.mpf(1)
    s = mp.mpf(1)
    k = k0
    for _ in range(limit):
        r = ratio(k)
        if r == 0:
            break
        t *= r
        s += t
        k += step
        if t < mp.mpf(10) ** -45 * s:
            break
    return mp.e ** log_first * s


# ---- Binomial -----------------------------------------------------------------------------------
def binom_logpmf(k, n, p):
    return (mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1)
            + k * mp.log(p) + (n - k) * mp.log1p(-p))


for (n_text, p_text, ks) in [
    ("1000000000", "0.5", [500000000, 500010000, 500100000, 499800000, 500150000, 499700000]),
    ("1000000000", "0.3", [300000000, 300050000, 299900000, 300200000]),
    ("1000000000", "1e-07", [0, 100, 150, 60, 250]),
]:
    n = mp.mpf(float(n_text)); p = mp.mpf(float(p_text))
    params = f"n={n_text};p={p_text}"
    mean = n * p
    for k in ks:
        k = mp.mpf(k)
        lp = binom_logpmf(k, n, p)
        emit("Binomial", params, "pdf", int(k), mp.e ** lp)
        emit("Binomial", params, "logpdf", int(k), lp)
        down = lambda j: j * (1 - p) / ((n - j + 1) * p)      # pmf(j-1)/pmf(j)
        up = lambda j: (n - j) * p / ((j + 1) * (1 - p))      # pmf(j+1)/pmf(j)
        if k < mean:
            emit("Binomial", params, "cdf", int(k), tail_sum(lp, down, k, -1, 10**7))
        else:
            lp1 = binom_logpmf(k + 1, n, p)
            emit("Binomial", params, "sf", int(k), tail_sum(lp1, up, k + 1, 1, 10**7))

# ---- Poisson ------------------------------------------------------------------------------------
def pois_logpmf(k, lam):
    return -lam + k * mp.log(lam) - mp.loggamma(k + 1)


for (lam_text, ks) in [
    ("100000000", [100000000, 100005000, 100050000, 99900000, 100120000, 99850000]),
    ("123456789.5", [123456789, 123400000, 123500000]),
    ("0.001", [0, 1, 5, 40]),
]:
    lam = mp.mpf(float(lam_text))
    params = f"lambda={lam_text}"
    for k in ks:
        k = mp.mpf(k)
        lp = pois_logpmf(k, lam)
        emit("Poisson", params, "pdf", int(k), mp.e ** lp)
        emit("Poisson", params, "logpdf", int(k), lp)
        if k < lam:
            emit("Poisson", params, "cdf", int(k),
                 tail_sum(lp, lambda j: j / lam, k, -1, 10**7))
        else:
            emit("Poisson", params, "sf", int(k),
                 tail_sum(pois_logpmf(k + 1, lam), lambda j: lam / (j + 1), k + 1, 1, 10**7))

# ---- NegativeBinomial ---------------------------------------------------------------------------
def nb_logpmf(k, r, p):
    return (mp.loggamma(k + r) - mp.loggamma(r) - mp.loggamma(k + 1)
            + r * mp.log(p) + k * mp.log1p(-p))


for (r_text, p_text, ks) in [
    ("1000000", "0.5", [1000000, 1005000, 990000]),
    ("0.01", "0.01", [0, 1, 10, 1000]),
]:
    r = mp.mpf(float(r_text)); p = mp.mpf(float(p_text))
    params = f"r={r_text};p={p_text}"
    for k in ks:
        k = mp.mpf(k)
        lp = nb_logpmf(k, r, p)
        emit("NegativeBinomial", params, "pdf", int(k), mp.e ** lp)
        emit("NegativeBinomial", params, "logpdf", int(k), lp)

# ---- Zipf (finite n) ----------------------------------------------------------------------------
def harmonic(n, s):
    if s == 1:
        return mp.harmonic(n)
    return mp.zeta(s) - mp.zeta(s, n + 1)


for (n_text, s_text, ks) in [
    ("1000000000", "1", [1, 2, 1000, 999999999]),
    ("100", "2.5", [1, 7, 99]),
    ("1000000", "0.5", [1, 500000]),
    ("50", "20", [1, 2, 5]),
]:
    n = int(n_text); s = mp.mpf(float(s_text))
    params = f"n={n_text};s={s_text}"
    h = harmonic(n, s)
    for k in ks:
        emit("Zipf", params, "pdf", k, mp.mpf(k) ** -s / h)
        emit("Zipf", params, "cdf", k, harmonic(k, s) / h)
        emit("Zipf", params, "sf", k, (h - harmonic(k, s)) / h)
    mean = harmonic(n, s - 1) / h
    emit("Zipf", params, "mean", 0, mean)
    if n <= 10**6:
        var = mp.fsum(mp.mpf(k) ** -s * (k - mean) ** 2 for k in range(1, n + 1)) / h
        emit("Zipf", params, "variance", 0, var)
        # entropy = log H + s * sum k^-s log k / H
        if n <= 10**5:
            ent = mp.log(h) + s * mp.fsum(mp.mpf(k) ** -s * mp.log(k) for k in range(1, n + 1)) / h
        else:
            ent = mp.log(h) - s * mp.diff(lambda t: mp.zeta(t) - mp.zeta(t, n + 1), s) / h
        emit("Zipf", params, "entropy", 0, ent)
    else:
        ent = mp.log(h) - s * mp.diff(lambda t: mp.zeta(t) - mp.zeta(t, n + 1), s) / h \
            if s != 1 else None
        if ent is not None:
            emit("Zipf", params, "entropy", 0, ent)

# ---- entropies with known sums --------------------------------------------------------------------
for lam_text in ["0.5", "10", "1000", "100000"]:
    lam = mp.mpf(float(lam_text))
    lo = max(0, int(lam - 40 * mp.sqrt(lam) - 50)); hi = int(lam + 40 * mp.sqrt(lam) + 60)
    ent = mp.fsum(-mp.e ** pois_logpmf(mp.mpf(k), lam) * pois_logpmf(mp.mpf(k), lam)
                  for k in range(lo, hi + 1))
    emit("Poisson", f"lambda={lam_text}", "entropy", 0, ent)
for (n_text, p_text) in [("10", "0.3"), ("1000", "0.5"), ("100000", "0.01")]:
    n = int(n_text); p = mp.mpf(float(p_text))
    mean = n * p; sd = mp.sqrt(n * p * (1 - p))
    lo = max(0, int(mean - 40 * sd - 20)); hi = min(n, int(mean + 40 * sd + 20))
    ent = mp.fsum(-mp.e ** binom_logpmf(mp.mpf(k), n, p) * binom_logpmf(mp.mpf(k), n, p)
                  for k in range(lo, hi + 1))
    emit("Binomial", f"n={n_text};p={p_text}", "entropy", 0, ent)

print("distribution,params,function,x,expected")
for r in rows:
    print(r)
