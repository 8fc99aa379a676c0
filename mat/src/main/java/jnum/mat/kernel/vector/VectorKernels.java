package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * The JDK Vector API provider. Created reflectively by the provider discovery ({@link jnum.mat.kernel.spi.Providers}) only after
 * it has checked that {@code jdk.incubator.vector} is readable; this package is the only one in
 * jnum that imports the incubator API. The routines live in one class per level.
 */
public final class VectorKernels implements KernelProvider {

    public VectorKernels() {
        VectorSpecies<Double> s = DoubleVector.SPECIES_PREFERRED;
        if (s.length() < 2) {
            throw new UnsupportedOperationException(
                    "preferred vector species holds " + s.length() + " double(s); scalar is faster");
        }
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        return VectorLevel1.dot(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    public void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        VectorLevel1.axpy(n, alpha, x, xOff, incX, y, yOff, incY);
    }

    @Override
    public void scal(int n, double alpha, double[] x, int xOff, int incX) {
        VectorLevel1.scal(n, alpha, x, xOff, incX);
    }

    @Override
    public void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        VectorLevel1.copy(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    public void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        VectorLevel1.swap(n, x, xOff, incX, y, yOff, incY);
    }

    @Override
    public double nrm2(int n, double[] x, int xOff, int incX) {
        return VectorLevel1.nrm2(n, x, xOff, incX);
    }

    @Override
    public double asum(int n, double[] x, int xOff, int incX) {
        return VectorLevel1.asum(n, x, xOff, incX);
    }

    @Override
    public double sum(int n, double[] x, int xOff, int incX) {
        return VectorLevel1.sum(n, x, xOff, incX);
    }

    @Override
    public int iamax(int n, double[] x, int xOff, int incX) {
        return VectorLevel1.iamax(n, x, xOff, incX);
    }

    @Override
    public void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        VectorLevel1.rot(n, x, xOff, incX, y, yOff, incY, c, s);
    }

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
        VectorLevel2.gemv(trans, m, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
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
        VectorLevel2.ger(m, n, alpha, x, xOff, incX, y, yOff, incY, a, aOff, lda);
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
        VectorLevel2.symv(uplo, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
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
        VectorLevel2.trmv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
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
        VectorLevel2.trsv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
    }

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
        VectorGemm.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
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
        VectorLevel3.trsm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
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
        VectorLevel3.trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
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
        VectorLevel3.syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
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
        VectorLevel3.symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }

    // ---- compensated sum ----

    @Override
    public double sumCompensated(int n, double[] x, int xOff, int incX) {
        return VectorLevel1.sumCompensated(n, x, xOff, incX);
    }

    // ---- sums of deviations ----

    @Override
    public void deviationSums(int n, double[] x, int xOff, int incX, double shift, double[] sums) {
        VectorLevel1.deviationSums(n, x, xOff, incX, shift, sums);
    }
}
