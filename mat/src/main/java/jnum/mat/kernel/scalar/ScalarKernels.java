package jnum.mat.kernel.scalar;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * The reference provider: plain Java loops, always available, and the oracle the other providers
 * are tested against. Loops run down columns (unit stride in column-major storage).
 */
public final class ScalarKernels implements KernelProvider {

    @Override
    public String name() {
        return "scalar";
    }

    // ---- Level 1 -------------------------------------------------------------------------------

    @Override
    public double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        double s = 0;
        for (int i = 0, ix = xOff, iy = yOff; i < n; i++, ix += incX, iy += incY) {
            s = Math.fma(x[ix], y[iy], s);
        }
        return s;
    }

    @Override
    public void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (alpha == 0) {
            return;
        }
        for (int i = 0, ix = xOff, iy = yOff; i < n; i++, ix += incX, iy += incY) {
            y[iy] = Math.fma(alpha, x[ix], y[iy]);
        }
    }

    @Override
    public void scal(int n, double alpha, double[] x, int xOff, int incX) {
        for (int i = 0, ix = xOff; i < n; i++, ix += incX) {
            x[ix] *= alpha;
        }
    }

    @Override
    public void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        for (int i = 0, ix = xOff, iy = yOff; i < n; i++, ix += incX, iy += incY) {
            y[iy] = x[ix];
        }
    }

    @Override
    public void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        for (int i = 0, ix = xOff, iy = yOff; i < n; i++, ix += incX, iy += incY) {
            double t = x[ix];
            x[ix] = y[iy];
            y[iy] = t;
        }
    }

    @Override
    public double nrm2(int n, double[] x, int xOff, int incX) {
        return Nrm2.of(n, x, xOff, incX);
    }

    @Override
    public double asum(int n, double[] x, int xOff, int incX) {
        double s = 0;
        for (int i = 0, ix = xOff; i < n; i++, ix += incX) {
            s += Math.abs(x[ix]);
        }
        return s;
    }

    @Override
    public double sum(int n, double[] x, int xOff, int incX) {
        double s = 0;
        for (int i = 0, ix = xOff; i < n; i++, ix += incX) {
            s += x[ix];
        }
        return s;
    }

    @Override
    public int iamax(int n, double[] x, int xOff, int incX) {
        int best = 0;
        double max = Math.abs(x[xOff]);
        if (Double.isNaN(max)) {
            return 0;
        }
        for (int i = 1, ix = xOff + incX; i < n; i++, ix += incX) {
            double v = Math.abs(x[ix]);
            if (Double.isNaN(v)) {
                return i; // the first NaN wins, as in reference BLAS compiled with IEEE comparisons
            }
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }

    @Override
    public void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        for (int i = 0, ix = xOff, iy = yOff; i < n; i++, ix += incX, iy += incY) {
            double xi = x[ix];
            double yi = y[iy];
            x[ix] = c * xi + s * yi;
            y[iy] = c * yi - s * xi;
        }
    }

    // ---- Level 2 -------------------------------------------------------------------------------

    @Override
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
        int lenY = trans == Transpose.NO ? m : n;
        int lenX = trans == Transpose.NO ? n : m;
        scaleOrZero(lenY, beta, y, yOff, incY);
        if (alpha == 0 || lenX == 0) { // the product is absent: y = beta y whatever alpha is
            return;
        }
        if (trans == Transpose.NO) {
            // y += alpha * sum_j A(:, j) x[j]: column axpys, unit stride down each column
            for (int j = 0, jx = xOff; j < n; j++, jx += incX) {
                double t = alpha * x[jx];
                int col = aOff + j * lda;
                for (int i = 0, iy = yOff; i < m; i++, iy += incY) {
                    y[iy] = Math.fma(t, a[col + i], y[iy]);
                }
            }
        } else {
            for (int j = 0, jy = yOff; j < n; j++, jy += incY) {
                int col = aOff + j * lda;
                double s = 0;
                for (int i = 0, ix = xOff; i < m; i++, ix += incX) {
                    s = Math.fma(a[col + i], x[ix], s);
                }
                y[jy] += alpha * s;
            }
        }
    }

    /** {@code y = beta * y}, writing zeros without reading y when beta is 0. */
    static void scaleOrZero(int n, double beta, double[] y, int yOff, int incY) {
        if (beta == 1) {
            return;
        }
        for (int i = 0, iy = yOff; i < n; i++, iy += incY) {
            y[iy] = beta == 0 ? 0.0 : beta * y[iy];
        }
    }

    @Override
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
        if (alpha == 0) {
            return;
        }
        for (int j = 0, jy = yOff; j < n; j++, jy += incY) {
            double t = alpha * y[jy];
            int col = aOff + j * lda;
            for (int i = 0, ix = xOff; i < m; i++, ix += incX) {
                a[col + i] = Math.fma(x[ix], t, a[col + i]);
            }
        }
    }

    @Override
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
        scaleOrZero(n, beta, y, yOff, incY);
        if (alpha == 0) {
            return;
        }
        // Each stored a(i, j) off the diagonal contributes to y[i] (via x[j]) and y[j] (via x[i]).
        for (int j = 0; j < n; j++) {
            int col = aOff + j * lda;
            double t1 = alpha * x[xOff + j * incX];
            double t2 = 0;
            int lo = uplo == Uplo.UPPER ? 0 : j + 1;
            int hi = uplo == Uplo.UPPER ? j : n;
            for (int i = lo; i < hi; i++) {
                y[yOff + i * incY] = Math.fma(t1, a[col + i], y[yOff + i * incY]);
                t2 = Math.fma(a[col + i], x[xOff + i * incX], t2);
            }
            y[yOff + j * incY] += t1 * a[col + j] + alpha * t2;
        }
    }

    @Override
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
        Triangular.trmv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
    }

    @Override
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
        Triangular.trsv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
    }

    // ---- Level 3 -------------------------------------------------------------------------------

    @Override
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
        ReferenceGemm.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    @Override
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
        ScalarLevel3.trsm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    @Override
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
        ScalarLevel3.trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    @Override
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
        ScalarLevel3.syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

    @Override
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
        ScalarLevel3.symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}
