package jnum.mat.kernel.spi;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Routine;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * A kernel provider: the BLAS-like routines of the kernel layer on column-major {@code double[]}
 * storage. The argument conventions, the NaN and infinity rules and the aliasing rules are those
 * stated in {@link jnum.mat.kernel}; implementations may assume arguments already validated by the
 * facade ({@link jnum.mat.kernel.Blas}), and empty problems never reach them.
 */
public interface KernelProvider {

    /** Short name, e.g. {@code "scalar"}, {@code "vector"}, {@code "native"}. */
    String name();

    /**
     * Whether this provider wants to serve {@code routine} for a problem of about {@code work}
     * floating-point operations. The scalar provider accepts everything; a native provider
     * declines small problems where a JNI call costs more than the work.
     */
    default boolean accepts(Routine routine, long work) {
        return true;
    }

    /**
     * A remark for the start-up line ({@link jnum.mat.kernel.Kernels#describe()}) on how this
     * provider dispatches on this machine, or empty (the default).
     */
    default String remark() {
        return "";
    }

    // ---- Level 1 -------------------------------------------------------------------------------

    /** Returns {@code sum x[i] * y[i]}. */
    double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY);

    /** {@code y += alpha * x}. */
    void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY);

    /** {@code x *= alpha}. */
    void scal(int n, double alpha, double[] x, int xOff, int incX);

    /** {@code y = x}. */
    void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY);

    /** Exchanges {@code x} and {@code y}. */
    void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY);

    /** Euclidean norm without undue overflow or underflow. */
    double nrm2(int n, double[] x, int xOff, int incX);

    /** {@code sum |x[i]|}. */
    double asum(int n, double[] x, int xOff, int incX);

    /** {@code sum x[i]}. */
    double sum(int n, double[] x, int xOff, int incX);

    /** Index (0-based) of the first element of largest absolute value; -1 when {@code n == 0}. */
    int iamax(int n, double[] x, int xOff, int incX);

    /** Plane rotation: {@code (x, y) = (c x + s y, c y - s x)}. */
    void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s);

    // ---- Level 2 -------------------------------------------------------------------------------

    /** {@code y = alpha op(A) x + beta y}, A is m x n. */
    void gemv(
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
            int incY);

    /** {@code A += alpha x y^T}, A is m x n. */
    void ger(
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
            int lda);

    /** {@code y = alpha A x + beta y}, A symmetric n x n, only the {@code uplo} triangle read. */
    void symv(
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
            int incY);

    /** {@code x = op(A) x}, A triangular n x n. */
    void trmv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX);

    /** Solves {@code op(A) x = b} in place of {@code x}, A triangular n x n. */
    void trsv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX);

    // ---- Level 3 -------------------------------------------------------------------------------

    /** {@code C = alpha op(A) op(B) + beta C}; op(A) is m x k, op(B) is k x n, C is m x n. */
    void gemm(
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
            int ldc);

    /**
     * Solves {@code op(A) X = alpha B} ({@code side == LEFT}) or {@code X op(A) = alpha B}
     * ({@code RIGHT}) in place of B (m x n); A is triangular.
     */
    void trsm(
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
            int ldb);

    /** {@code B = alpha op(A) B} ({@code LEFT}) or {@code B = alpha B op(A)} ({@code RIGHT}). */
    void trmm(
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
            int ldb);

    /**
     * {@code C = alpha A A^T + beta C} ({@code trans == NO}, A is n x k) or
     * {@code C = alpha A^T A + beta C} ({@code YES}, A is k x n); only the {@code uplo} triangle
     * of C is referenced and written.
     */
    void syrk(
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
            int ldc);

    /**
     * {@code C = alpha A B + beta C} ({@code LEFT}) or {@code C = alpha B A + beta C}
     * ({@code RIGHT}); A symmetric, only its {@code uplo} triangle read; C is m x n.
     */
    void symm(
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
            int ldc);

    // ---- compensated sum ----

    /**
     * {@code sum x[i]} with compensation (TwoSum error terms accumulated beside the sum, Neumaier's
     * variant): the error is at most about {@code 2 u |sum| + n^2 u^2 sum |x|}, as if summed in twice
     * the working precision and rounded once. Non-finite sums follow IEEE 754 (an overflow may
     * give NaN where the plain sum gives an infinity). The default is the scalar loop.
     */
    default double sumCompensated(int n, double[] x, int xOff, int incX) {
        int ix = xOff;
        double s = 0;
        double c = 0;
        for (int i = 0; i < n; i++, ix += incX) {
            double v = x[ix];
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + c;
    }

    // ---- sums of deviations ----

    /**
     * {@code sums[0] = sum (x[i] - shift)} and {@code sums[1] = sum (x[i] - shift)^2} in one read
     * of x (n &gt; 0, {@code sums.length >= 2}); each carries at most the error of a plain sum in any
     * order, {@code gamma_n} times the sum of its terms' magnitudes. The default is the scalar loop.
     */
    default void deviationSums(int n, double[] x, int xOff, int incX, double shift, double[] sums) {
        double s1 = 0;
        double s2 = 0;
        for (int i = 0, ix = xOff; i < n; i++, ix += incX) {
            double d = x[ix] - shift;
            s1 += d;
            s2 = Math.fma(d, d, s2);
        }
        sums[0] = s1;
        sums[1] = s2;
    }
}
