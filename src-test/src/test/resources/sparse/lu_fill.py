# nnz(L) + nnz(U) (both diagonals included) of SuperLU's LU with partial pivoting
# (scipy.sparse.linalg.splu, diag_pivot_thresh = 1) under its NATURAL and COLAMD column orders,
# on the unsymmetric Matrix Market examples and on the k x k Poisson matrix; SparseLUFillTest
# compares jnum's COLAMD fill with these. Run from this directory: python3 lu_fill.py
import numpy as np
import scipy.io as sio
import scipy.sparse as sp
import scipy.sparse.linalg as sla


def poisson(k):
    t = sp.diags_array([-1.0, 2.0, -1.0], offsets=[-1, 0, 1], shape=(k, k))
    return (sp.kron(sp.eye(k), t) + sp.kron(t, sp.eye(k))).tocsc()


def fill(a, spec):
    lu = sla.splu(sp.csc_matrix(a, dtype=float), permc_spec=spec, diag_pivot_thresh=1.0)
    return lu.L.nnz + lu.U.nnz


for name in ["west0067", "west0479", "494_bus"]:
    a = sio.mmread("matrixmarket/%s.mtx" % name)
    print(name, fill(a, "NATURAL"), fill(a, "COLAMD"))
for k in [30, 60, 100]:
    print("poisson", k, fill(poisson(k), "NATURAL"), fill(poisson(k), "COLAMD"))
