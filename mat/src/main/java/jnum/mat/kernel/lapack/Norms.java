package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.MatrixNorm;

/**
 * dlange: the 1-, infinity-, Frobenius and max norms of a general matrix. A NaN element makes the
 * result NaN (as LAPACK's disnan checks do); the Frobenius norm combines Blue's column norms
 * ({@link Blas#nrm2}) with {@link Math#hypot}, so it neither overflows nor underflows.
 */
final class Norms {
    private Norms() {}

    static double lange(Blas blas, MatrixNorm norm, int m, int n, double[] a, int off, int lda) {
        return switch (norm) {
            case ONE -> one(m, n, a, off, lda);
            case INF -> inf(m, n, a, off, lda);
            case MAX -> max(m, n, a, off, lda);
            case FROBENIUS -> frobenius(blas, m, n, a, off, lda);
        };
    }

    /** {@code value} replaced by {@code candidate} when larger or NaN (NaN then sticks). */
    private static double larger(double value, double candidate) {
        if (Double.isNaN(value)) {
            return value;
        }
        return candidate > value || Double.isNaN(candidate) ? candidate : value;
    }

    private static double one(int m, int n, double[] a, int off, int lda) {
        double value = 0;
        for (int j = 0; j < n; j++) {
            int c = off + j * lda;
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += Math.abs(a[c + i]);
            }
            value = larger(value, sum);
        }
        return value;
    }

    private static double inf(int m, int n, double[] a, int off, int lda) {
        double[] rows = new double[m];
        for (int j = 0; j < n; j++) {
            int c = off + j * lda;
            for (int i = 0; i < m; i++) {
                rows[i] += Math.abs(a[c + i]);
            }
        }
        double value = 0;
        for (double r : rows) {
            value = larger(value, r);
        }
        return value;
    }

    private static double max(int m, int n, double[] a, int off, int lda) {
        double value = 0;
        for (int j = 0; j < n; j++) {
            int c = off + j * lda;
            for (int i = 0; i < m; i++) {
                double v = Math.abs(a[c + i]);
                if (v > value || Double.isNaN(v)) {
                    if (Double.isNaN(v)) {
                        return v;
                    }
                    value = v;
                }
            }
        }
        return value;
    }

    private static double frobenius(Blas blas, int m, int n, double[] a, int off, int lda) {
        double value = 0;
        boolean nan = false;
        for (int j = 0; j < n; j++) {
            double c = blas.nrm2(m, a, off + j * lda, 1);
            nan |= Double.isNaN(c);
            value = Math.hypot(value, c);
        }
        return nan ? Double.NaN : value;
    }
}
