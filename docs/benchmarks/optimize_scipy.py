"""SciPy's evaluation counts on the problems and starts of jnum's optimization benchmarks.

Run from the repository root:  python3 docs/benchmarks/optimize_scipy.py [LOGISTIC_FILE]
Rosenbrock is scipy.optimize.rosen from (-1.2, 1, -1.2, 1, ...) with gradient tolerance 1e-6 (infinity
norm, as jnum's Settings); the NIST problems are fitted by scipy.optimize.leastsq with the analytic
Jacobian (MINPACK's lmder, the algorithm jnum's LevenbergMarquardt follows) from NIST's start 1 and 2.
The logistic regression problem of the benchmarks (1e5 x 100, L2 weight 1, from w = 0, gradient tolerance
1e-4) is read from LOGISTIC_FILE, written by
  java -cp jmh/target/benchmarks.jar jnum.bench.OptimizeCounts --logistic-data LOGISTIC_FILE
and minimized by L-BFGS-B (memory 10, as jnum's L-BFGS), BFGS and CG.
"""
import pathlib
import sys

import numpy as np
import scipy
from scipy.optimize import leastsq, minimize, rosen, rosen_der

print("scipy", scipy.__version__)
for n in (2, 100, 1000):
    x0 = np.array([-1.2 if i % 2 == 0 else 1.0 for i in range(n)])
    for method, options in (
        ("BFGS", {"gtol": 1e-6, "maxiter": 100000}),
        ("L-BFGS-B", {"gtol": 1e-6, "ftol": 1e-15, "maxiter": 100000, "maxfun": 1000000}),
        ("CG", {"gtol": 1e-6, "maxiter": 100000}),
    ):
        r = minimize(rosen, x0, jac=rosen_der, method=method, options=options)
        print(f"rosen n={n} {method}: success={r.success}, {r.nit} iterations, {r.nfev} f, {r.njev} g, f = {r.fun:.3g}")

root = pathlib.Path("src-test/src/main/resources/reference/nist/nonlinear")


def load(name):
    lines = (root / f"{name}.dat").read_text().splitlines()
    starts, data, in_data = [], [], False
    for line in lines:
        parts = line.split()
        if in_data:
            if parts:
                data.append([float(v) for v in parts])
        elif len(parts) == 6 and parts[0].startswith("b") and parts[1] == "=":
            starts.append([float(parts[2]), float(parts[3])])
        elif line.startswith("Data:") and len(parts) > 1 and parts[1] == "y":
            in_data = True
    d = np.array(data)
    return np.array(starts).T, d[:, 0], d[:, 1]


def misra1a(b, x):
    e = np.exp(-b[1] * x)
    return b[0] * (1 - e), np.column_stack([1 - e, b[0] * x * e])


def mgh17(b, x):
    e4, e5 = np.exp(-x * b[3]), np.exp(-x * b[4])
    return b[0] + b[1] * e4 + b[2] * e5, np.column_stack([np.ones_like(x), e4, e5, -x * b[1] * e4, -x * b[2] * e5])


def lanczos(b, x):
    cols, y = [], 0
    for k in range(0, 6, 2):
        e = np.exp(-b[k + 1] * x)
        cols += [e, -x * b[k] * e]
        y = y + b[k] * e
    return y, np.column_stack(cols)


def hahn1(b, x):
    num = b[0] + b[1] * x + b[2] * x**2 + b[3] * x**3
    den = 1 + b[4] * x + b[5] * x**2 + b[6] * x**3
    cols = [x**k / den for k in range(4)] + [-num * x**k / den**2 for k in range(1, 4)]
    return num / den, np.column_stack(cols)


for name, model in (("Misra1a", misra1a), ("MGH17", mgh17), ("Lanczos3", lanczos), ("Hahn1", hahn1)):
    starts, y, x = load(name)
    for s in (0, 1):
        b, cov, info, msg, ier = leastsq(
            lambda b: model(b, x)[0] - y, starts[s], Dfun=lambda b: model(b, x)[1], full_output=True
        )
        rss = float(np.sum(info["fvec"] ** 2))
        print(f"NIST {name} start {s + 1}: leastsq {info['nfev']} r + {info['njev']} J, ier {ier}, RSS {rss:.10g}")


if len(sys.argv) > 1:
    raw = np.fromfile(sys.argv[1], dtype="<f8")
    m, n = int(raw[0]), int(raw[1])
    A = raw[2 : 2 + m * n].reshape((n, m)).T  # column-major on disk
    y = raw[2 + m * n :]

    def logistic(w):
        t = -y * (A @ w)
        f = np.sum(np.where(t > 0, t + np.log1p(np.exp(-np.abs(t))), np.log1p(np.exp(-np.abs(t)))))
        return f + 0.5 * (w @ w)

    def logistic_grad(w):
        r = -y / (1 + np.exp(y * (A @ w)))
        return A.T @ r + w

    for method, options in (
        ("L-BFGS-B", {"gtol": 1e-4, "ftol": 1e-12, "maxcor": 10, "maxiter": 100000}),
        ("BFGS", {"gtol": 1e-4, "maxiter": 100000}),
        ("CG", {"gtol": 1e-4, "maxiter": 100000}),
    ):
        r = minimize(logistic, np.zeros(n), jac=logistic_grad, method=method, options=options)
        g = np.max(np.abs(logistic_grad(r.x)))
        print(f"logistic {m}x{n} {method}: success={r.success}, {r.nit} iterations, {r.nfev} f, {r.njev} g, f = {r.fun:.10g}, |g|inf = {g:.3g}")
