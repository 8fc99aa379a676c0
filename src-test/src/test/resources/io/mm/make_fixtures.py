"""Writes the Matrix Market (array format) fixtures of jnum's I/O tests with SciPy, and
expected.txt: for every file its shape and full values in C order (Python's repr of float).
Run from this folder: python3 make_fixtures.py (SciPy 1.x)."""
import numpy as np
import scipy.io

cases = {
    "general.mtx": (np.array([[1.5, -2.0, 0.1], [1e-300, 7.0, -0.0]]), {}),
    "symmetric.mtx": (np.array([[4.0, 1.0, 0.5], [1.0, 3.0, -2.0], [0.5, -2.0, 2.0]]), {"symmetry": "symmetric"}),
    "skew.mtx": (np.array([[0.0, -1.0, 2.0], [1.0, 0.0, -3.0], [-2.0, 3.0, 0.0]]), {"symmetry": "skew-symmetric"}),
    "integer.mtx": (np.array([[1, -2], [30, 4]], dtype=np.int64), {"field": "integer"}),
}
with open("expected.txt", "w") as out:
    out.write("# file\tshape\tvalues in C order\n")
    for name, (a, kw) in cases.items():
        scipy.io.mmwrite(name, a, comment="written by scipy.io.mmwrite", **kw)
        vals = " ".join(repr(float(x)) for x in a.astype(float).ravel())
        out.write(f"{name}\t{a.shape[0]},{a.shape[1]}\t{vals}\n")
