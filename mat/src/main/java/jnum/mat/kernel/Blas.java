package jnum.mat.kernel;

import java.util.List;
import java.util.Objects;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * The validating facade of the kernel layer: every method checks its arguments once and then calls
 * the first provider that accepts the routine at its size. The argument conventions, the
 * exceptions thrown for bad arguments, the aliasing rules and the NaN semantics are those of the
 * {@linkplain jnum.mat.kernel package documentation}, stated there once for every routine.
 *
 * <p>Get it from {@link Kernels#blas()}. Instances are immutable and thread-safe.
 */
public final class Blas {
    private final List<KernelProvider> providers;

    Blas(List<KernelProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    KernelProvider select(Routine routine, long work) {
        for (int i = 0, last = providers.size() - 1; i < last; i++) {
            KernelProvider p = providers.get(i);
            if (p.accepts(routine, work)) {
                return p;
            }
        }
        return providers.get(providers.size() - 1);
    }

    // ---- Level 1 -------------------------------------------------------------------------------

    /**
     * Returns {@code sum_i x[i] y[i]} over n elements; 0 when n is 0.
     */
    public double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        Checks.size("dot", "n", n);
        Checks.vector("dot", "x", n, x, xOff, incX);
        Checks.vector("dot", "y", n, y, yOff, incY);
        return n == 0 ? 0.0 : select(Routine.DOT, n).dot(n, x, xOff, incX, y, yOff, incY);
    }

    /**
     * {@code y += alpha x} (n elements); nothing is read or written when alpha is 0.
     */
    public void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        Checks.size("axpy", "n", n);
        Checks.vector("axpy", "x", n, x, xOff, incX);
        Checks.vector("axpy", "y", n, y, yOff, incY);
        if (n > 0) {
            select(Routine.AXPY, n).axpy(n, alpha, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * {@code x *= alpha} (n elements), IEEE products: 0 times NaN or infinity is NaN.
     */
    public void scal(int n, double alpha, double[] x, int xOff, int incX) {
        Checks.size("scal", "n", n);
        Checks.vector("scal", "x", n, x, xOff, incX);
        if (n > 0) {
            select(Routine.SCAL, n).scal(n, alpha, x, xOff, incX);
        }
    }

    /**
     * {@code y = x} (n elements).
     */
    public void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        Checks.size("copy", "n", n);
        Checks.vector("copy", "x", n, x, xOff, incX);
        Checks.vector("copy", "y", n, y, yOff, incY);
        if (n > 0) {
            select(Routine.COPY, n).copy(n, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * Exchanges the n elements of x and y.
     */
    public void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        Checks.size("swap", "n", n);
        Checks.vector("swap", "x", n, x, xOff, incX);
        Checks.vector("swap", "y", n, y, yOff, incY);
        if (n > 0) {
            select(Routine.SWAP, n).swap(n, x, xOff, incX, y, yOff, incY);
        }
    }

    /**
     * Returns {@code sqrt(sum_i x[i]^2)} without intermediate overflow or underflow (Blue's
     * algorithm); NaN if an element is NaN, else infinite if one is infinite; 0 when n is 0.
     */
    public double nrm2(int n, double[] x, int xOff, int incX) {
        Checks.size("nrm2", "n", n);
        Checks.vector("nrm2", "x", n, x, xOff, incX);
        return n == 0 ? 0.0 : select(Routine.NRM2, n).nrm2(n, x, xOff, incX);
    }

    /**
     * Returns {@code sum_i |x[i]|}; 0 when n is 0.
     */
    public double asum(int n, double[] x, int xOff, int incX) {
        Checks.size("asum", "n", n);
        Checks.vector("asum", "x", n, x, xOff, incX);
        return n == 0 ? 0.0 : select(Routine.ASUM, n).asum(n, x, xOff, incX);
    }

    /**
     * Returns {@code sum_i x[i]}; 0 when n is 0.
     */
    public double sum(int n, double[] x, int xOff, int incX) {
        Checks.size("sum", "n", n);
        Checks.vector("sum", "x", n, x, xOff, incX);
        return n == 0 ? 0.0 : select(Routine.SUM, n).sum(n, x, xOff, incX);
    }

    /**
     * Returns the first index (0-based, logical) of the largest {@code |x[i]|}, or of the first NaN;
     * -1 when n is 0.
     */
    public int iamax(int n, double[] x, int xOff, int incX) {
        Checks.size("iamax", "n", n);
        Checks.vector("iamax", "x", n, x, xOff, incX);
        return n == 0 ? -1 : select(Routine.IAMAX, n).iamax(n, x, xOff, incX);
    }

    /**
     * Applies a plane rotation to n pairs: {@code (x, y) = (c x + s y, c y - s x)}.
     */
    public void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        Checks.size("rot", "n", n);
        Checks.vector("rot", "x", n, x, xOff, incX);
        Checks.vector("rot", "y", n, y, yOff, incY);
        if (n > 0) {
            select(Routine.ROT, n).rot(n, x, xOff, incX, y, yOff, incY, c, s);
        }
    }

    // ---- Level 2 -------------------------------------------------------------------------------

    /**
     * {@code y = alpha op(A) x + beta y}; A is m x n, x has n (NO) or m (YES) elements, y the other
     * count. y is not read when beta is 0; A and x are not read when alpha is 0.
     */
    public void gemv(
            Transpose trans,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX,
            double beta,
            double[] y,
            int yOff,
            int incY) {
        Checks.flag("gemv", "trans", trans);
        Checks.size("gemv", "m", m);
        Checks.size("gemv", "n", n);
        Checks.matrix("gemv", "A", m, n, a, aOff, lda);
        int lenX = trans == Transpose.NO ? n : m;
        int lenY = trans == Transpose.NO ? m : n;
        Checks.vector("gemv", "x", lenX, x, xOff, incX);
        Checks.vector("gemv", "y", lenY, y, yOff, incY);
        if (lenY == 0) {
            return;
        }
        select(Routine.GEMV, 2L * m * n).gemv(trans, m, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
    }

    /**
     * {@code A += alpha x y^T}; A is m x n, x has m elements, y has n.
     */
    public void ger(
            int m,
            int n,
            double alpha,
            double[] x,
            int xOff,
            int incX,
            double[] y,
            int yOff,
            int incY,
            double[] a,
            int aOff,
            int lda) {
        Checks.size("ger", "m", m);
        Checks.size("ger", "n", n);
        Checks.vector("ger", "x", m, x, xOff, incX);
        Checks.vector("ger", "y", n, y, yOff, incY);
        Checks.matrix("ger", "A", m, n, a, aOff, lda);
        if (m > 0 && n > 0) {
            select(Routine.GER, 2L * m * n).ger(m, n, alpha, x, xOff, incX, y, yOff, incY, a, aOff, lda);
        }
    }

    /**
     * {@code y = alpha A x + beta y}, A symmetric n x n of which only the {@code uplo} triangle is
     * read. y is not read when beta is 0.
     */
    public void symv(
            Uplo uplo,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX,
            double beta,
            double[] y,
            int yOff,
            int incY) {
        Checks.flag("symv", "uplo", uplo);
        Checks.size("symv", "n", n);
        Checks.matrix("symv", "A", n, n, a, aOff, lda);
        Checks.vector("symv", "x", n, x, xOff, incX);
        Checks.vector("symv", "y", n, y, yOff, incY);
        if (n > 0) {
            select(Routine.SYMV, 2L * n * n).symv(uplo, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
        }
    }

    /**
     * {@code x = op(A) x}, A triangular n x n: only its {@code uplo} triangle is read, and not
     * the diagonal when diag is UNIT.
     */
    public void trmv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        triangularVectorChecks("trmv", uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
        if (n > 0) {
            select(Routine.TRMV, (long) n * n).trmv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
        }
    }

    /**
     * Solves {@code op(A) x = b} in place of {@code x = b}, A triangular n x n (its {@code uplo}
     * triangle; a UNIT diagonal is not read). No test for singularity: a zero pivot gives
     * infinities or NaN.
     */
    public void trsv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        triangularVectorChecks("trsv", uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
        if (n > 0) {
            select(Routine.TRSV, (long) n * n).trsv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
        }
    }

    private static void triangularVectorChecks(
            String op,
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        Checks.flag(op, "uplo", uplo);
        Checks.flag(op, "trans", trans);
        Checks.flag(op, "diag", diag);
        Checks.size(op, "n", n);
        Checks.matrix(op, "A", n, n, a, aOff, lda);
        Checks.vector(op, "x", n, x, xOff, incX);
    }

    // ---- Level 3 -------------------------------------------------------------------------------

    /**
     * {@code C = alpha op(A) op(B) + beta C}; op(A) is m x k, op(B) is k x n, C is m x n. C is not
     * read when beta is 0.
     */
    public void gemm(
            Transpose transA,
            Transpose transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        Checks.flag("gemm", "transA", transA);
        Checks.flag("gemm", "transB", transB);
        Checks.size("gemm", "m", m);
        Checks.size("gemm", "n", n);
        Checks.size("gemm", "k", k);
        if (transA == Transpose.NO) {
            Checks.matrix("gemm", "A", m, k, a, aOff, lda);
        } else {
            Checks.matrix("gemm", "A", k, m, a, aOff, lda);
        }
        if (transB == Transpose.NO) {
            Checks.matrix("gemm", "B", k, n, b, bOff, ldb);
        } else {
            Checks.matrix("gemm", "B", n, k, b, bOff, ldb);
        }
        Checks.matrix("gemm", "C", m, n, c, cOff, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        select(Routine.GEMM, 2L * m * n * k)
                .gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    /**
     * Solves {@code op(A) X = alpha B} (LEFT, A is m x m) or {@code X op(A) = alpha B} (RIGHT, A is
     * n x n) in place of the m x n matrix B; A triangular.
     */
    public void trsm(
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        int order = triangularMatrixChecks("trsm", side, uplo, transA, diag, m, n, a, aOff, lda, b, bOff, ldb);
        if (m > 0 && n > 0) {
            select(Routine.TRSM, (long) order * m * n)
                    .trsm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
        }
    }

    /**
     * {@code B = alpha op(A) B} (LEFT, A is m x m) or {@code B = alpha B op(A)} (RIGHT, A is n x n),
     * A triangular, B m x n.
     */
    public void trmm(
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        int order = triangularMatrixChecks("trmm", side, uplo, transA, diag, m, n, a, aOff, lda, b, bOff, ldb);
        if (m > 0 && n > 0) {
            select(Routine.TRMM, (long) order * m * n)
                    .trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
        }
    }

    /** Checks a trsm/trmm call and returns the order of the triangular matrix. */
    private static int triangularMatrixChecks(
            String op,
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        Checks.flag(op, "side", side);
        Checks.flag(op, "uplo", uplo);
        Checks.flag(op, "transA", transA);
        Checks.flag(op, "diag", diag);
        Checks.size(op, "m", m);
        Checks.size(op, "n", n);
        int order = side == Side.LEFT ? m : n;
        Checks.matrix(op, "A", order, order, a, aOff, lda);
        Checks.matrix(op, "B", m, n, b, bOff, ldb);
        return order;
    }

    /**
     * {@code C = alpha A A^T + beta C} (NO, A is n x k) or {@code C = alpha A^T A + beta C} (YES, A
     * is k x n); only the {@code uplo} triangle of the n x n matrix C is read and written.
     */
    public void syrk(
            Uplo uplo,
            Transpose trans,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        Checks.flag("syrk", "uplo", uplo);
        Checks.flag("syrk", "trans", trans);
        Checks.size("syrk", "n", n);
        Checks.size("syrk", "k", k);
        if (trans == Transpose.NO) {
            Checks.matrix("syrk", "A", n, k, a, aOff, lda);
        } else {
            Checks.matrix("syrk", "A", k, n, a, aOff, lda);
        }
        Checks.matrix("syrk", "C", n, n, c, cOff, ldc);
        if (n > 0) {
            select(Routine.SYRK, (long) n * n * k).syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
        }
    }

    /**
     * {@code C = alpha A B + beta C} (LEFT, A is m x m) or {@code C = alpha B A + beta C} (RIGHT, A
     * is n x n); A symmetric, only its {@code uplo} triangle read; B and C are m x n.
     */
    public void symm(
            Side side,
            Uplo uplo,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        Checks.flag("symm", "side", side);
        Checks.flag("symm", "uplo", uplo);
        Checks.size("symm", "m", m);
        Checks.size("symm", "n", n);
        int order = side == Side.LEFT ? m : n;
        Checks.matrix("symm", "A", order, order, a, aOff, lda);
        Checks.matrix("symm", "B", m, n, b, bOff, ldb);
        Checks.matrix("symm", "C", m, n, c, cOff, ldc);
        if (m > 0 && n > 0) {
            select(Routine.SYMM, 2L * order * m * n)
                    .symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        }
    }

    // ---- compensated sum ----

    /**
     * Returns {@code sum_i x[i]} with compensation: as accurate as a sum in twice the working
     * precision rounded once (error about {@code 2 u |sum| + n^2 u^2 sum |x|}); 0 when n is 0. A
     * sum that overflows may be NaN instead of infinite.
     */
    public double sumCompensated(int n, double[] x, int xOff, int incX) {
        Checks.size("sumCompensated", "n", n);
        Checks.vector("sumCompensated", "x", n, x, xOff, incX);
        return n == 0 ? 0.0 : select(Routine.SUM, n).sumCompensated(n, x, xOff, incX);
    }

    // ---- sums of deviations ----

    /**
     * Writes {@code sums[0] = sum_i (x[i] - shift)} and {@code sums[1] = sum_i (x[i] - shift)^2},
     * read in one pass over x (both 0 when n is 0). With {@code shift} an approximate mean
     * {@code c}, {@code c + sums[0] / n} is the corrected mean and {@code sums[1] - sums[0]^2 / n}
     * the corrected two-pass sum of squared deviations (Chan, Golub and LeVeque, 1983). Each sum
     * carries the error of a plain sum of its terms in some order: at most {@code gamma_n} times
     * the sum of their magnitudes. NaN or infinite data or shift give NaN or infinite sums.
     *
     * @throws NullPointerException if x or sums is null
     * @throws IllegalArgumentException if n is negative, incX is 0, or sums has fewer than 2 elements
     * @throws IndexOutOfBoundsException if x does not hold the n elements
     */
    public void deviationSums(int n, double[] x, int xOff, int incX, double shift, double[] sums) {
        Checks.size("deviationSums", "n", n);
        Checks.vector("deviationSums", "x", n, x, xOff, incX);
        Objects.requireNonNull(sums, "deviationSums: sums is null");
        if (sums.length < 2) {
            throw new IllegalArgumentException(
                    "deviationSums: sums has length " + sums.length + ", the two sums need 2");
        }
        if (n == 0) {
            sums[0] = 0.0;
            sums[1] = 0.0;
            return;
        }
        select(Routine.SUM, n).deviationSums(n, x, xOff, incX, shift, sums);
    }
}
