package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;

/**
 * LAPACK's dstedc (with dlaed0) for the eigenvectors of a symmetric tridiagonal matrix T:
 * Cuppen's divide and conquer. T is first split where an off-diagonal element is negligible
 * ({@code |e_i| <= eps sqrt(|d_i|) sqrt(|d_{i+1}|)}); each unreduced block larger than
 * {@value #LEAF} is scaled to unit max-norm and halved recursively, each half torn off by
 * subtracting {@code |e|} from the two diagonal elements it couples, down to blocks of at most
 * {@value #LEAF} rows solved by the implicit QL/QR method ({@link TridiagonalQl}); the halves are
 * then joined by rank-one merges ({@link RankOneMerge}), whose eigenvector updates are GEMMs.
 * About {@code 4/3 n^3} flops without deflation, far fewer with it, instead of QL/QR's
 * {@code 6 n^3} of rotations.
 */
final class TridiagonalDivideConquer {
    /** dlaed0's SMLSIZ: blocks up to this order go to the QL/QR method. */
    static final int LEAF = 25;

    private static final double EPS = 0x1p-53;

    private final Blas blas;

    TridiagonalDivideConquer(Blas blas) {
        this.blas = blas;
    }

    /**
     * The eigenvalues of T (diagonal d, n; off-diagonal e, n - 1) ascending into d and its
     * eigenvectors into the n x n matrix Z (overwritten); e is destroyed.
     *
     * @return 0, or the order of the block that failed to converge (d and Z then partial)
     */
    int stedc(int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        for (int j = 0; j < n; j++) {
            Arrays.fill(z, zOff + j * ldz, zOff + j * ldz + n, 0.0);
        }
        int blocks = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n - 1) {
                double tiny = EPS * Math.sqrt(Math.abs(d[dOff + end])) * Math.sqrt(Math.abs(d[dOff + end + 1]));
                if (Math.abs(e[eOff + end]) <= tiny) {
                    break;
                }
                end++;
            }
            int m = end - start + 1;
            int failed = block(m, d, dOff + start, e, eOff + start, z, zOff + start * (ldz + 1), ldz);
            if (failed > 0) {
                return failed;
            }
            blocks++;
            start = end + 1;
        }
        if (blocks > 1) {
            sortAscending(n, d, dOff, z, zOff, ldz);
        }
        return 0;
    }

    /** One unreduced block of order m, its eigenvectors into the (zeroed) diagonal block of Z. */
    private int block(int m, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (m <= LEAF) {
            return leaf(m, d, dOff, e, eOff, z, zOff, ldz);
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm = Math.max(norm, Math.abs(d[dOff + i]));
        }
        for (int i = 0; i < m - 1; i++) {
            norm = Math.max(norm, Math.abs(e[eOff + i]));
        }
        if (!Double.isFinite(norm)) {
            // NaN (or an infinity) cannot converge: reported as dsteqr does, without sweeping
            return m;
        }
        // scaling to unit norm makes the deflation tolerances and secular roots scale-free
        for (int i = 0; i < m; i++) {
            d[dOff + i] /= norm;
        }
        for (int i = 0; i < m - 1; i++) {
            e[eOff + i] /= norm;
        }
        int failed;
        try {
            failed = divide(m, d, dOff, e, eOff, z, zOff, ldz);
        } catch (ArithmeticException notConverged) {
            failed = m;
        }
        for (int i = 0; i < m; i++) {
            d[dOff + i] *= norm;
        }
        return failed;
    }

    private int divide(int m, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (m <= LEAF) {
            return leaf(m, d, dOff, e, eOff, z, zOff, ldz);
        }
        int n1 = m / 2;
        double beta = e[eOff + n1 - 1];
        d[dOff + n1 - 1] -= Math.abs(beta);
        d[dOff + n1] -= Math.abs(beta);
        int failed = divide(n1, d, dOff, e, eOff, z, zOff, ldz);
        if (failed == 0) {
            failed = divide(m - n1, d, dOff + n1, e, eOff + n1, z, zOff + n1 * (ldz + 1), ldz);
        }
        if (failed == 0) {
            new RankOneMerge(blas).merge(m, n1, beta, d, dOff, z, zOff, ldz);
        }
        return failed;
    }

    private int leaf(int m, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        for (int j = 0; j < m; j++) {
            z[zOff + j * (ldz + 1)] = 1;
        }
        return new TridiagonalQl(blas).steqr(m, d, dOff, e, eOff, true, z, zOff, ldz);
    }

    /** Selection sort of the values with their columns (fewest column swaps, as dstedc). */
    private void sortAscending(int n, double[] d, int dOff, double[] z, int zOff, int ldz) {
        for (int i = 0; i < n - 1; i++) {
            int min = i;
            for (int j = i + 1; j < n; j++) {
                if (d[dOff + j] < d[dOff + min]) {
                    min = j;
                }
            }
            if (min != i) {
                double t = d[dOff + i];
                d[dOff + i] = d[dOff + min];
                d[dOff + min] = t;
                blas.swap(n, z, zOff + i * ldz, 1, z, zOff + min * ldz, 1);
            }
        }
    }
}
