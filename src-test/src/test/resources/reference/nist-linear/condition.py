"""Writes condition.csv: for each NIST StRD linear regression data set here, the design matrix A of
its certified model (intercept and polynomial or linear terms as the file's Model line states),
D = diag of A's column 2-norms, and with NumPy's SVD the 2-norm condition number of A D^-1 and its
2-norm. The QR least-squares test bounds the error in D x by these (Householder QR's backward error
is columnwise, so the column-scaled condition number is the one that matters)."""
import glob, os, re
import numpy as np

MODELS = {  # name: (intercept, polynomial degree or None for one column per predictor)
    "Norris": (True, 1), "Pontius": (True, 2), "NoInt1": (False, 1), "NoInt2": (False, 1),
    "Longley": (True, None), "Wampler1": (True, 5), "Wampler2": (True, 5), "Wampler3": (True, 5),
    "Wampler4": (True, 5), "Wampler5": (True, 5), "Filip": (True, 10),
}

def read(path):
    lines = open(path).read().splitlines()
    start = max(i for i, l in enumerate(lines) if l.startswith("Data:"))
    rows = [list(map(float, l.split())) for l in lines[start + 1:] if l.strip()]
    return np.array(rows)

def design(name, data):
    intercept, degree = MODELS[name]
    x = data[:, 1:]
    cols = [x[:, 0] ** d for d in range(1, degree + 1)] if degree else [x[:, j] for j in range(x.shape[1])]
    if intercept:
        cols.insert(0, np.ones(len(data)))
    return np.column_stack(cols), data[:, 0]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "condition.csv"), "w") as out:
    out.write("name,kappa_scaled,norm_scaled\n")
    for name in MODELS:
        a, _ = design(name, read(os.path.join(here, name + ".dat")))
        scaled = a / np.linalg.norm(a, axis=0)
        s = np.linalg.svd(scaled, compute_uv=False)
        out.write(f"{name},{float(s[0] / s[-1])!r},{float(s[0])!r}\n")
