package jnum.mat.kernel.lapack;

import java.util.Objects;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.LapackProvider;

/**
 * jnum's own LAPACK ({@code java}): blocked factorizations whose bulk runs through the level-3
 * routines of a {@link Blas} facade (so on the vector, scalar or native BLAS, whichever that
 * facade picks), with unblocked code only for panels and small problems.
 */
public final class JavaLapack implements LapackProvider {
    private final Blas blas;

    /** The Java LAPACK computing on {@code blas}. */
    public JavaLapack(Blas blas) {
        this.blas = Objects.requireNonNull(blas, "blas");
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public int getrf(int m, int n, double[] a, int aOff, int lda, int[] ipiv, int ipivOff) {
        return Lu.getrf(blas, m, n, a, aOff, lda, ipiv, ipivOff);
    }

    @Override
    public void getrs(
            Transpose trans,
            int n,
            int nrhs,
            double[] a,
            int aOff,
            int lda,
            int[] ipiv,
            int ipivOff,
            double[] b,
            int bOff,
            int ldb) {
        Lu.getrs(blas, trans, n, nrhs, a, aOff, lda, ipiv, ipivOff, b, bOff, ldb);
    }

    @Override
    public int potrf(Uplo uplo, int n, double[] a, int aOff, int lda) {
        return Cholesky.potrf(blas, uplo, n, a, aOff, lda);
    }

    @Override
    public void potrs(Uplo uplo, int n, int nrhs, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        Cholesky.potrs(blas, uplo, n, nrhs, a, aOff, lda, b, bOff, ldb);
    }

    @Override
    public int trtrs(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            int nrhs,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        if (diag == Diag.NON_UNIT) {
            for (int k = 0; k < n; k++) {
                if (a[aOff + k + k * lda] == 0) {
                    return k;
                }
            }
        }
        blas.trsm(Side.LEFT, uplo, trans, diag, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
        return -1;
    }

    @Override
    public double gecon(MatrixNorm norm, int n, double[] a, int aOff, int lda, double anorm) {
        return Condition.gecon(blas, norm, n, a, aOff, lda, anorm);
    }

    @Override
    public double pocon(Uplo uplo, int n, double[] a, int aOff, int lda, double anorm) {
        return Condition.pocon(blas, uplo, n, a, aOff, lda, anorm);
    }

    @Override
    public double lange(MatrixNorm norm, int m, int n, double[] a, int aOff, int lda) {
        return Norms.lange(blas, norm, m, n, a, aOff, lda);
    }

    @Override
    public void geqrf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HouseholderQr(blas).geqrf(m, n, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void ormqr(
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        new HouseholderQr(blas).ormqr(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc);
    }

    @Override
    public void orgqr(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HouseholderQr(blas).orgqr(m, n, k, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HouseholderLq(new HouseholderQr(blas)).gelqf(m, n, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void ormlq(
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        new HouseholderLq(new HouseholderQr(blas)).ormlq(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc);
    }

    @Override
    public void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HouseholderLq(new HouseholderQr(blas)).orglq(m, n, k, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff) {
        new ColumnPivotedQr(blas).geqp3(m, n, a, aOff, lda, jpvt, jpvtOff, tau, tauOff);
    }

    // ---- SVD -----------------------------------------------------------------------------------

    @Override
    public void gebrd(
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff) {
        new Bidiagonal(blas).gebrd(m, n, a, aOff, lda, d, dOff, e, eOff, tauq, tauqOff, taup, taupOff);
    }

    @Override
    public void orgbr(
            BidiagonalFactor which, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new Bidiagonal(blas).orgbr(which, m, n, k, a, aOff, lda, tau, tauOff);
    }

    @Override
    public int bdsqr(
            Uplo uplo,
            int n,
            int ncvt,
            int nru,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] vt,
            int vtOff,
            int ldvt,
            double[] u,
            int uOff,
            int ldu) {
        return new BidiagonalQr(blas).bdsqr(uplo, n, ncvt, nru, d, dOff, e, eOff, vt, vtOff, ldvt, u, uOff, ldu);
    }

    @Override
    public int gesvd(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        return new SvdDriver(blas).gesvd(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
    }
}
