"""Writes pca.csv: principal components of seeded data matrices by NumPy's SVD.

Each case is a data matrix X (n x p) with optional frequency weights w and a standardize flag.
The reference follows the textbook definition, independently of jnum: centre by the weighted
column means, divide by the weighted sample standard deviations (divisor sum(w) - 1) when
standardizing, take np.linalg.svd of sqrt(w) * Z, explained variance s^2 / (sum(w) - 1), axes the
rows of Vt. Signs are left as LAPACK returns them (the test compares up to sign).

Rows of pca.csv: case,field,values with the values separated by ';' and printed with repr.
Fields: shape (n;p;standardize), data (row-major), weights (empty if none), variance (all
min(n, p)), then component0, component1, ... (the axes, all min(n, p)).
"""
import numpy as np

rng = np.random.default_rng(20261203)


def data(n, p, decay, offset_scale, units=2.0):
    g = rng.standard_normal((n, p))
    q, _ = np.linalg.qr(rng.standard_normal((p, p)))
    x = (g * decay) @ q
    # columns of very different units and offsets
    x = x * 10.0 ** rng.uniform(-units, units, p) + offset_scale * rng.standard_normal(p)
    return x


def pca(x, w, standardize):
    n, p = x.shape
    ww = np.ones(n) if w is None else w
    W = ww.sum()
    m = (ww[:, None] * x).sum(axis=0) / W
    z = x - m
    if standardize:
        z = z / np.sqrt((ww[:, None] * z * z).sum(axis=0) / (W - 1))
    u, s, vt = np.linalg.svd(np.sqrt(ww)[:, None] * z, full_matrices=False)
    return s * s / (W - 1), vt


cases = []
cases.append(("tall", data(60, 5, np.array([5.0, 3.0, 2.0, 1.0, 0.5]), 100.0), None, False))
cases.append(("tall_std", data(60, 5, np.array([4.0, 2.5, 1.5, 1.0, 0.3]), 1000.0), None, True))
w = rng.integers(0, 4, 40).astype(float)
cases.append(("weighted", data(40, 4, np.array([3.0, 2.0, 1.0, 0.4]), 10.0), w, False))
w2 = rng.uniform(0.2, 3.0, 50)
cases.append(("weighted_std", data(50, 6, np.array([6.0, 4.0, 3.0, 2.0, 1.0, 0.5]), 50.0), w2, True))
cases.append(("wide", data(7, 10, np.linspace(3.0, 0.5, 10), 5.0), None, False))
# graded variances (1 to 1e-12 times 80) along mixed axes, columns of one unit: the smallest is lost
# in an eigen-decomposition of the covariance matrix (absolute error u s_0^2), not in the SVD
cases.append(("graded", data(80, 4, np.array([1.0, 1e-2, 1e-4, 1e-6]), 0.0, 0.0), None, False))

with open("pca.csv", "w") as f:
    f.write("case,field,values\n")
    for name, x, w, std in cases:
        n, p = x.shape
        var, vt = pca(x, w, std)

        def row(field, vals):
            f.write(name + "," + field + "," + ";".join(repr(float(v)) for v in vals) + "\n")

        row("shape", [n, p, 1 if std else 0])
        row("data", x.ravel())
        row("weights", [] if w is None else w)
        row("variance", var)
        for j in range(vt.shape[0]):
            row("component" + str(j), vt[j])
