"""Writes the reference files of the SVD suites (run by hand: python3 generate.py).

dense_matrices.csv / dense_singular_values.csv: the classic matrices of the shared dense oracles
(dense_oracles.json, mpmath svd_r at 60 digits; see README.md), entries as stored doubles and
their singular values, rounded to doubles. graded_bidiagonal.csv: upper bidiagonal matrices with
graded, random entries, their singular values computed here by mpmath at 260 digits.
"""
import json
import random
import sys

import mpmath

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "dense_oracles.json"


def dense():
    data = json.load(open(SOURCE))["matrices"]
    with open("dense_matrices.csv", "w") as mat, open("dense_singular_values.csv", "w") as sv:
        mat.write("matrix,n,i,j,value\n")
        sv.write("matrix,n,index,sigma\n")
        for x in data:
            results = x.get("as_double") or x.get("exact")
            values = results.get("singular_values_desc_double")
            if values is None:
                continue
            label = x["name"] + "_" + str(x["n"])
            entries = x["entries_double"]
            if isinstance(entries, str):
                entries = eval(entries)
            for i, row in enumerate(entries):
                for j, v in enumerate(row):
                    mat.write(f"{label},{x['n']},{i},{j},{float(v)!r}\n")
            if isinstance(values, str):
                values = eval(values)
            for k, s in enumerate(values):
                sv.write(f"{label},{x['n']},{k},{float(s)!r}\n")


def bidiagonal():
    # normwise accuracy 10^-dps must resolve the smallest value (down to 1e-210) to 40 digits
    mpmath.mp.dps = 260
    rnd = random.Random(20261203)
    with open("graded_bidiagonal.csv", "w") as out:
        out.write("case,n,kind,index,value\n")
        for case in range(8):
            n = 6 + 3 * case
            grade = 10.0 ** (-(1 + case % 4) * 2)  # ratio between consecutive elements
            d = [rnd.uniform(0.5, 1.5) * grade**i for i in range(n)]
            e = [rnd.uniform(0.5, 1.5) * grade**i * (grade**0.5) for i in range(n - 1)]
            if case % 2 == 1:  # graded the other way
                d.reverse()
                e.reverse()
            b = mpmath.zeros(n, n)
            for i in range(n):
                b[i, i] = mpmath.mpf(d[i])
            for i in range(n - 1):
                b[i, i + 1] = mpmath.mpf(e[i])
            s = sorted((abs(x) for x in mpmath.svd_r(b, compute_uv=False)), reverse=True)
            for i, v in enumerate(d):
                out.write(f"{case},{n},d,{i},{v!r}\n")
            for i, v in enumerate(e):
                out.write(f"{case},{n},e,{i},{v!r}\n")
            for i, v in enumerate(s):
                out.write(f"{case},{n},sigma,{i},{float(v)!r}\n")


if __name__ == "__main__":
    dense()
    bidiagonal()
