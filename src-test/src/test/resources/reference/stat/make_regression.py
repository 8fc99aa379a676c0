"""Writes regression.txt: linear regression cases and their statistics, computed here with NumPy and
SciPy from the textbook formulas statsmodels uses (OLS/WLS results, get_prediction), independently
of jnum. The least-squares solution, its residuals and (X^T W X)^-1 are computed with mpmath at 50
digits (NumPy's SVD-based lstsq is not invariant to column scaling and loses digits on designs with
columns of very different sizes), the distributions with SciPy. Run with NumPy 2.4, SciPy 1.17 and
mpmath 1.3; every number is printed with repr.

Format: 'case NAME intercept=0|1', then lines 'x ...' (one per observation), 'y ...', optional
'w ...', 'new ...' (prediction points, one per line), 'aliased ...' (indices, possibly none),
'kappa K' (2-norm condition number of the column-scaled weighted design), then 'expect KEY v...'
lines and 'end'."""
import os
import mpmath as mp
import numpy as np
from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261203)


def nist_longley():
    lines = open(os.path.join(here, "..", "nist-linear", "Longley.dat")).read().splitlines()
    start = max(i for i, l in enumerate(lines) if l.startswith("Data:"))
    d = np.array([list(map(float, l.split())) for l in lines[start + 1:] if l.strip()])
    return d[:, 1:], d[:, 0]


def fit(x, y, w, intercept, aliased, new):
    n = len(y)
    w = np.ones(n) if w is None else w
    a = np.column_stack([np.ones(n), x]) if intercept else x
    kept = [j for j in range(a.shape[1]) if j not in aliased]
    ak = a[:, kept]
    sw = np.sqrt(w)
    aw, yw = ak * sw[:, None], y * sw
    mp.mp.dps = 50
    am = mp.matrix(aw.tolist())
    gram_inv = (am.T * am) ** -1
    b = np.array([float(v) for v in gram_inv * (am.T * mp.matrix(yw.tolist()))])
    bm = gram_inv * (am.T * mp.matrix(yw.tolist()))
    nobs = int(np.sum(w > 0))
    rank = len(kept)
    resid_m = mp.matrix(y.tolist()) - mp.matrix(ak.tolist()) * bm
    resid = np.array([float(v) for v in resid_m])
    rss = float(mp.fsum(mp.mpf(float(w[i])) * resid_m[i] ** 2 for i in range(n)))
    dfr = nobs - rank
    s2 = rss / dfr
    covk = s2 * np.array([[float(gram_inv[i, j]) for j in range(rank)] for i in range(rank)])
    if intercept:
        ybar = np.sum(w * y) / np.sum(w)
        tss = float(np.sum(w * (y - ybar) ** 2))
    else:
        tss = float(np.sum(w * y ** 2))
    k0 = 1 if intercept else 0
    dfm = rank - k0
    r2 = 1 - rss / tss
    out = {}
    full = lambda v: [v[kept.index(j)] if j in kept else float("nan") for j in range(a.shape[1])]
    se = np.sqrt(np.diag(covk))
    t = b / se
    out["coef"] = full(b)
    out["se"] = full(se)
    out["t"] = full(t)
    out["p"] = full(2 * stats.t.sf(np.abs(t), dfr))
    q = stats.t.isf(0.025, dfr)
    out["ci_lo"] = full(b - q * se)
    out["ci_hi"] = full(b + q * se)
    out["rsquared"] = [r2]
    out["adj_rsquared"] = [1 - (nobs - k0) / dfr * (1 - r2)]
    fval = ((tss - rss) / dfm) / s2
    out["f"] = [fval]
    out["f_p"] = [stats.f.sf(fval, dfm, dfr)]
    llf = -nobs / 2 * (np.log(2 * np.pi) + np.log(rss / nobs) + 1) + 0.5 * np.sum(np.log(w[w > 0]))
    out["llf"] = [llf]
    out["aic"] = [-2 * llf + 2 * rank]
    out["bic"] = [-2 * llf + np.log(nobs) * rank]
    out["s"] = [np.sqrt(s2)]
    out["rss"] = [rss]
    out["resid"] = list(resid)
    a_new = np.column_stack([np.ones(len(new)), new]) if intercept else new
    a_new = a_new[:, kept]
    mean = a_new @ b
    se_mean = np.sqrt(np.einsum("ij,jk,ik->i", a_new, covk, a_new))
    se_obs = np.sqrt(se_mean ** 2 + s2)
    out["pred_mean"] = list(mean)
    out["pred_se"] = list(se_mean)
    out["mean_lo"] = list(mean - q * se_mean)
    out["mean_hi"] = list(mean + q * se_mean)
    out["obs_lo"] = list(mean - q * se_obs)
    out["obs_hi"] = list(mean + q * se_obs)
    scaled = aw / np.linalg.norm(aw, axis=0)
    return out, float(np.linalg.cond(scaled))


def case(f, name, x, y, w, intercept, aliased, new):
    out, kappa = fit(x, y, w, intercept, aliased, new)
    f.write(f"case {name} intercept={int(intercept)}\n")
    for row in x:
        f.write("x " + " ".join(repr(float(v)) for v in row) + "\n")
    f.write("y " + " ".join(repr(float(v)) for v in y) + "\n")
    if w is not None:
        f.write("w " + " ".join(repr(float(v)) for v in w) + "\n")
    for row in new:
        f.write("new " + " ".join(repr(float(v)) for v in row) + "\n")
    f.write("aliased " + " ".join(str(j) for j in aliased) + "\n")
    f.write(f"kappa {kappa!r}\n")
    for k, v in out.items():
        f.write("expect " + k + " " + " ".join(repr(float(e)) for e in v) + "\n")
    f.write("end\n")


with open(os.path.join(here, "regression.txt"), "w") as f:
    x, y = nist_longley()
    case(f, "longley", x, y, None, True, [], x[[0, 7, 15]] * 1.01)
    n, p = 60, 4
    x = rng.normal(size=(n, p)) * [1, 10, 0.1, 1000]
    y = 3 + x @ np.array([0.5, -0.2, 7.0, 0.001]) + rng.normal(size=n)
    case(f, "random", x, y, None, True, [], rng.normal(size=(4, p)) * [1, 10, 0.1, 1000])
    w = rng.uniform(0.2, 3.0, size=n)
    w[[3, 17]] = 0.0
    case(f, "weighted", x, y, w, True, [], rng.normal(size=(3, p)) * [1, 10, 0.1, 1000])
    case(f, "no_intercept", x, y, None, False, [], rng.normal(size=(2, p)) * [1, 10, 0.1, 1000])
    xa = np.column_stack([x[:, 0], x[:, 1], x[:, 0] - 2 * x[:, 1], x[:, 3]])
    case(f, "aliased", xa, y, None, True, [3], xa[:2])
    small = rng.normal(size=(8, 2))
    case(f, "weak", small, small[:, 0] * 0.01 + rng.normal(size=8), None, True, [], small[:2])
