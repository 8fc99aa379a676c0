# Writes eigsh.txt and svds.txt: eigenvalues of the symmetric SuiteSparse matrices in ../matrixmarket
# from scipy.sparse.linalg.eigsh (ARPACK, tol=0 i.e. machine precision), and the largest singular
# values of the others from numpy.linalg.svd of the dense matrix. Each line:
#   file which k sigma value_1 ... value_k     (values ascending, as scipy returns them)
#   file k value_1 ... value_k                 (singular values descending)
# EigensolversTest compares jnum's eigsh and svds with these numbers.
import numpy as np
import scipy
import scipy.io
import scipy.sparse.linalg as sla

here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
mm = here + "/../matrixmarket/"
cases = [
    ("494_bus.mtx", "LA", 6, None),
    ("494_bus.mtx", "LM", 6, 0.0),
    ("bcsstk13.mtx", "LA", 6, None),
    ("bcsstk13.mtx", "LM", 6, 0.0),
    ("bcsstk13.mtx", "LM", 4, 5.0e7),
    ("bcspwr01.mtx", "LA", 5, None),
    ("bcspwr01.mtx", "SA", 5, None),
    ("bcspwr01.mtx", "BE", 5, None),
    ("can___24.mtx", "LM", 4, None),
    ("can___24.mtx", "SM", 3, None),
    ("can___24.mtx", "LM", 3, 1.0),
    ("LFAT5.mtx", "LA", 3, None),
]
with open(here + "/eigsh.txt", "w") as out:
    out.write("# scipy %s numpy %s: scipy.sparse.linalg.eigsh(A, k, which=which, sigma=sigma, tol=0)\n"
              % (scipy.__version__, np.__version__))
    for f, which, k, sigma in cases:
        a = scipy.io.mmread(mm + f).tocsc().astype(float)
        w = sla.eigsh(a, k=k, which=which, sigma=sigma, tol=0, return_eigenvectors=False)
        w = np.sort(w)
        out.write("%s %s %d %s %s\n" % (f, which, k, "none" if sigma is None else repr(sigma),
                                        " ".join(repr(float(x)) for x in w)))
svd_cases = [("west0479.mtx", 6), ("lp_afiro.mtx", 5), ("ash219.mtx", 6), ("gent113.mtx", 6),
             ("cage5.mtx", 4), ("494_bus.mtx", 3)]
with open(here + "/svds.txt", "w") as out:
    out.write("# numpy %s: numpy.linalg.svd(A.toarray(), compute_uv=False)[:k]\n" % np.__version__)
    for f, k in svd_cases:
        a = scipy.io.mmread(mm + f).toarray().astype(float)
        s = np.linalg.svd(a, compute_uv=False)[:k]
        out.write("%s %d %s\n" % (f, k, " ".join(repr(float(x)) for x in s)))
