"""Reference values for jnum.suites.mat.MatrixExponentialReferenceTest, from scipy.linalg.expm
and from mpmath.expm at 60 significant digits (the exact exponential rounded to doubles).

Each output line is one case: name; n; the relative Frobenius condition number of exp at A
(scipy.linalg.expm_cond); the elements of A row by row; the elements of scipy's expm(A) row by
row; the elements of mpmath's exp(A), rounded to double, row by row. The
matrices are drawn from numpy's PCG64 with fixed seeds, or written out below (classic test
matrices); every number is printed with repr, so the file holds the exact doubles.
"""
import mpmath
import numpy as np
import scipy
from scipy.linalg import expm, expm_cond


def cases():
    rng = np.random.default_rng(20261203)
    for n in (2, 3, 5, 8, 13, 20):
        for norm in (1e-3, 0.1, 0.9, 2.0, 5.0, 30.0, 200.0):
            a = rng.standard_normal((n, n))
            yield f"normal n={n} norm={norm}", a * (norm / np.linalg.norm(a, 1))
    for n in (4, 9):
        q, _ = np.linalg.qr(rng.standard_normal((n, n)))
        yield f"symmetric n={n}", q @ np.diag(np.linspace(-20, 3, n)) @ q.T
        yield f"upper triangular n={n}", np.triu(rng.standard_normal((n, n)) * 4)
    # Moler and Van Loan, "Nineteen dubious ways", the example with eigenvalues -1 and -17
    yield "moler-van loan", np.array([[-49.0, 24.0], [-64.0, 31.0]])
    # Al-Mohy and Higham 2009, examples of overscaling by the norm-based algorithm
    for b in (1e2, 1e4, 1e6):
        yield f"non-normal b={b}", np.array([[1.0, b], [0.0, -1.0]])
    yield "jordan-like", np.array([[-1.0, 1e3, 0.0], [0.0, -1.0, 1e3], [0.0, 0.0, -1.0]])
    yield "stiff", np.array([[-1e3, 1.0], [0.0, -1e-3]])


mpmath.mp.dps = 60


def exact(a):
    e = mpmath.expm(mpmath.matrix(a.tolist()))
    return [float(e[i, j]) for i in range(a.shape[0]) for j in range(a.shape[1])]


print("# scipy", scipy.__version__, "numpy", np.__version__, "mpmath", mpmath.__version__)
for name, a in cases():
    x = expm(a)
    k = expm_cond(a)
    fields = [name, str(a.shape[0]), repr(float(k)),
              ",".join(repr(float(v)) for v in a.ravel()),
              ",".join(repr(float(v)) for v in x.ravel()),
              ",".join(repr(v) for v in exact(a))]
    print(";".join(fields))
