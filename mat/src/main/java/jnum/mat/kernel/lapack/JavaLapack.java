package jnum.mat.kernel.lapack;

import java.util.Objects;
import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.EigenvectorJob;
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
        new HouseholderLq(blas).gelqf(m, n, a, aOff, lda, tau, tauOff);
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
        new HouseholderLq(blas).ormlq(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc);
    }

    @Override
    public void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HouseholderLq(blas).orglq(m, n, k, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff) {
        new ColumnPivotedQr(blas).geqp3(m, n, a, aOff, lda, jpvt, jpvtOff, tau, tauOff);
    }

    // ---- symmetric eigen -----------------------------------------------------------------------

    @Override
    public int steqr(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (job == EigenvectorJob.IDENTITY) {
            for (int j = 0; j < n; j++) {
                java.util.Arrays.fill(z, zOff + j * ldz, zOff + j * ldz + n, 0.0);
                z[zOff + j + j * ldz] = 1;
            }
        }
        if (job == EigenvectorJob.NONE) {
            return new RootFreeQl().sterf(n, d, dOff, e, eOff);
        }
        return new TridiagonalQl(blas).steqr(n, d, dOff, e, eOff, true, z, zOff, ldz);
    }

    @Override
    public int sterf(int n, double[] d, int dOff, double[] e, int eOff) {
        return new RootFreeQl().sterf(n, d, dOff, e, eOff);
    }

    @Override
    public void sytrd(
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tau,
            int tauOff) {
        new TridiagonalReduction(blas).sytrd(n, a, aOff, lda, d, dOff, e, eOff, tau, tauOff);
    }

    @Override
    public void orgtr(int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new TridiagonalReduction(blas).orgtr(n, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void ormtr(
            Side side,
            Transpose trans,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        new TridiagonalReduction(blas).ormtr(side, trans, m, n, a, aOff, lda, tau, tauOff, c, cOff, ldc);
    }

    @Override
    public int syev(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return new SymmetricEigenDriver(blas).syev(vectors, n, a, aOff, lda, w, wOff);
    }

    // ---- general eigenproblem ------------------------------------------------------------------

    @Override
    public BalanceRange gebal(BalanceJob job, int n, double[] a, int aOff, int lda, double[] scale, int scaleOff) {
        return Balancing.gebal(job, n, a, aOff, lda, scale, scaleOff);
    }

    @Override
    public void gebak(
            BalanceJob job,
            Side side,
            int n,
            int ilo,
            int ihi,
            double[] scale,
            int scaleOff,
            int m,
            double[] v,
            int vOff,
            int ldv) {
        Balancing.gebak(job, side, n, ilo, ihi, scale, scaleOff, m, v, vOff, ldv);
    }

    @Override
    public void gehrd(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        HessenbergReduction.gehrd(blas, n, ilo, ihi, a, aOff, lda, tau, tauOff);
    }

    @Override
    public void orghr(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        HessenbergReduction.orghr(blas, n, ilo, ihi, a, aOff, lda, tau, tauOff);
    }

    @Override
    public int hseqr(
            boolean wantT,
            boolean wantZ,
            int n,
            int ilo,
            int ihi,
            double[] h,
            int hOff,
            int ldh,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            double[] z,
            int zOff,
            int ldz) {
        return GeneralEigen.hseqr(blas, wantT, wantZ, n, ilo, ihi, h, hOff, ldh, wr, wrOff, wi, wiOff, z, zOff, ldz);
    }

    @Override
    public void trevc3(
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] t,
            int tOff,
            int ldt,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr) {
        TriangularEigenvectors.trevc3(
                blas, wantLeft, wantRight, n, t, tOff, ldt, vl, vlOff, ldvl, vr, vrOff, ldvr, true);
    }

    @Override
    public int geev(
            boolean balance,
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr) {
        return GeneralEigen.geev(
                blas, balance, wantLeft, wantRight, n, a, aOff, lda, wr, wrOff, wi, wiOff, vl, vlOff, ldvl, vr, vrOff,
                ldvr);
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

    @Override
    public int sturmCount(int n, double[] d, int dOff, double[] e, int eOff, double x) {
        return new TridiagonalBisection(n, d, dOff, e, eOff).countAtMost(x);
    }

    @Override
    public void stebz(int n, double[] d, int dOff, double[] e, int eOff, int il, int iu, double[] w, int wOff) {
        new TridiagonalBisection(n, d, dOff, e, eOff).eigenvalues(il, iu, w, wOff);
    }

    @Override
    public int stein(
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int m,
            double[] w,
            int wOff,
            double[] z,
            int zOff,
            int ldz) {
        return new InverseIteration(blas).stein(n, d, dOff, e, eOff, m, w, wOff, z, zOff, ldz);
    }

    // ---- divide and conquer ----

    @Override
    public int stedc(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (job == EigenvectorJob.NONE) {
            return new RootFreeQl().sterf(n, d, dOff, e, eOff);
        }
        TridiagonalDivideConquer dc = new TridiagonalDivideConquer(blas);
        if (job == EigenvectorJob.IDENTITY) {
            return dc.stedc(n, d, dOff, e, eOff, z, zOff, ldz);
        }
        // UPDATE: Z <- Z times the eigenvectors of T
        double[] t = new double[n * n];
        int failed = dc.stedc(n, d, dOff, e, eOff, t, 0, n);
        double[] z0 = new double[n * n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(z, zOff + j * ldz, z0, j * n, n);
        }
        blas.gemm(Transpose.NO, Transpose.NO, n, n, n, 1, z0, 0, n, t, 0, n, 0, z, zOff, ldz);
        return failed;
    }

    @Override
    public int syevd(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return new SymmetricEigenDriver(blas).syevd(vectors, n, a, aOff, lda, w, wOff);
    }

    // ---- bidiagonal divide and conquer ----

    @Override
    public int bdsdc(
            Uplo uplo,
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        return new BidiagonalDivideConquer(blas).bdsdc(uplo, n, d, dOff, e, eOff, u, uOff, ldu, vt, vtOff, ldvt);
    }
}
