# Prints nnz(L) of SuperLU's factorization of the k x k 2-D Poisson matrix (5-point Laplacian)
# with the natural order and with multiple minimum degree on A + A^T, without pivoting.
# SparseCholeskyProperties.approximateMinimumDegreeReducesFill holds these numbers.
import scipy.sparse as sp
import scipy.sparse.linalg as sla

for k in (10, 30, 60, 100, 200):
    t = sp.diags_array([-1.0, 2.0, -1.0], offsets=[-1, 0, 1], shape=(k, k))
    a = (sp.kron(sp.eye(k), t) + sp.kron(t, sp.eye(k))).tocsc()
    for spec in ("NATURAL", "MMD_AT_PLUS_A"):
        lu = sla.splu(a, permc_spec=spec, diag_pivot_thresh=0.0, options=dict(SymmetricMode=True))
        print(k, spec, lu.L.nnz)
