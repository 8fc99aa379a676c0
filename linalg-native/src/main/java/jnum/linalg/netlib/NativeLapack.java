package jnum.linalg.netlib;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Objects;
import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.LapackRoutine;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.LapackProvider;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * The {@code native} LAPACK provider: the system LAPACK (OpenBLAS's, say) through
 * dev.ludovic.netlib's JNI binding {@link NativeLAPACK}.
 *
 * <p>What this class adds to a plain call of netlib:
 *
 * <ul>
 *   <li>Every call runs on a thread of this provider with a large stack ({@link BigStackRunner}),
 *       whatever the caller's stack.
 *   <li>Indices: LAPACK's 1-based pivots and permutations are converted to the SPI's 0-based ones,
 *       {@code info > 0} to a 0-based index; work space is queried and allocated here.
 *   <li>Matrices that end their array closer than netlib's bound check wants are passed as
 *       zero-padded copies ({@link NetlibMatrix}).
 *   <li>Outcomes the SPI fixes and OpenBLAS does not guarantee are settled in Java: potrf reports
 *       a NaN pivot as a failure (OpenBLAS's own dpotrf tests only {@code ajj <= 0}, and a NaN
 *       passes that test); gecon and pocon of a factor with an exactly zero or NaN diagonal
 *       element (0 and NaN, without calling LAPACK) go to the Java provider.
 * </ul>
 *
 * <p>{@link #accepts} declines problems below the measured crossovers; called directly or forced
 * with {@code -Djnum.kernel=native}, every routine works at every size.
 */
final class NativeLapack implements LapackProvider {

    /*
     * Crossovers, from the facade with this provider against the Java one on the vector BLAS,
     * single-threaded (OPENBLAS_NUM_THREADS=1, Parallelism.setThreads(1)), best wall time of many
     * rounds (the hand-over to a large-stack thread included), JDK 25, OpenBLAS 0.3.21, on the
     * shared 2-core machine at load 20: getrf 0.016 ms (Java) against 0.023 ms (native) at n = 64,
     * 0.072 against 0.068 at n = 128, 0.41 against 0.18 at n = 192; potrf 0.017 against 0.011 at
     * n = 64, 0.085 against 0.029 at n = 128. docs/benchmarks/factorizations.md has the JMH runs.
     */

    /** Smallest getrf work ({@code m n min(m, n)}, n^3 when square) worth a native call: n = 128. */
    static final long GETRF_MIN = 128L * 128 * 128;

    /**
     * getrf work from which the Java LU is faster again, single-threaded: JMH at load 1-2 gave
     * 16.1 ms (Java) against 16.3 ms (native) at n = 1000 and 86.6 against 115 ms at n = 2000
     * (factor and solve); the recursive LU's GEMMs outrun OpenBLAS 0.3.21's dgetrf there.
     */
    static final long GETRF_MAX = 1000L * 1000 * 1000;

    /** Smallest potrf work ({@code n^3 / 3}) worth a native call: n = 64. */
    static final long POTRF_MIN = 64L * 64 * 64 / 3;

    /**
     * potrf work from which the Java Cholesky is faster again, single-threaded: JMH on a quiet
     * machine gave 6.47 ms (Java) against 7.10 ms (native) at n = 1000 and 37.5 against 49.6 ms at
     * n = 2000, factor and solve (docs/benchmarks/factorizations.md).
     */
    static final long POTRF_MAX = 1000L * 1000 * 1000 / 3;

    /**
     * Smallest QR-family work ({@code 2 m n min(m, n)} for the factorizations, {@code 4 m n k} for
     * applying or forming Q) worth a native call; taken as LU's, not measured separately.
     */
    static final long QR_MIN = 2L * 128 * 128 * 128;

    /**
     * geqrf/gelqf work ({@code 2 m n min(m, n)}) from which the Java factorization is faster again,
     * single-threaded: JMH on a quiet machine gave 3.16 ms (Java) against 3.81 ms (native) at
     * 500 x 500, 21.0 against 26.4 ms at 1000 x 1000 and 7.36 against 10.9 ms at 4000 x 200
     * (docs/benchmarks/qr.md): the recursive panels and GEMM updates outrun OpenBLAS 0.3.21's dgeqrf.
     * gelqf follows geqrf (its Java form ran at about native speed by thread CPU time, not JMH).
     */
    static final long QR_FACTOR_MAX = 2L * 500 * 500 * 500;

    /** Smallest solve work ({@code 2 n^2 nrhs}) worth a native call. */
    static final long SOLVE_MIN = 2L * 256 * 256 * 16;

    /**
     * Smallest syev work ({@code 9 n^3} with vectors, {@code 4 n^3 / 3} without) worth a native
     * call: n = 100 with vectors. Below it the Java QL/QR (plain loops up to order 64) is the
     * faster (one thread, Zen 5, OpenBLAS 0.3.21: 0.103 against dsyevd's 0.137 ms at n = 48,
     * 0.214 against 0.233 at 64); from 100 dsyevd leads by 5-10 %, inside the intervals. Without
     * vectors the two were level at every order from 48 to 200. Keeping the small orders in Java
     * also keeps them clear of OpenBLAS 0.3.21's dsyevd, whose eigenvectors of some strongly
     * graded matrices of order 30-100 are orthogonal only to 50-1400 n eps.
     */
    static final long SYEV_MIN = 9L * 100 * 100 * 100;

    /**
     * Smallest work of the QR algorithm ({@code 10 n^3} for hseqr and values-only geev,
     * {@code 25 n^3} for geev with vectors) worth a native call: geev with vectors at n = 32. JMH
     * (docs/benchmarks/eigen.md, load 24): Java 6.9 ms against native 0.86 ms at n = 32, 65 against
     * 5.5 at n = 64; the Java hseqr lacks LAPACK's multishift QR, so native wins from small orders.
     */
    static final long EIGEN_MIN = 25L * 32 * 32 * 32;

    // ---- SVD ----

    /**
     * Smallest work of the SVD without vectors ({@code 4 m n min(m, n)}) worth a native call:
     * n = 48. Below it the calls are sub-millisecond either way; not measured separately.
     */
    static final long GESVD_MIN = 12L * 32 * 32 * 32;

    /** Smallest bdsqr work ({@code 30 n^2} plus {@code 6 n^2} per vector row) worth a native call: n = 64. */
    static final long BDSQR_MIN = 30L * 64 * 64;

    /**
     * Order from which the GEMM-bound routines (potrf, geqrf and gelqf, forming and applying
     * orthogonal factors, the triangular solves) stay in Java when OpenBLAS runs kernels narrower
     * than the JIT's vectors ({@link KernelWidth}): their time is the GEMM's, where the vector
     * provider was 1.8x faster than OpenBLAS's 256-bit kernels on Zen 5 from n = 512.
     */
    static final int NARROW_MAX_ORDER = 256;

    private final NativeLAPACK lapack;
    private final LapackProvider fallback;

    /** Whether OpenBLAS's kernels are narrower than the JIT's vectors: GEMM-bound work stays in Java. */
    private final boolean narrowKernels;

    NativeLapack(NativeLAPACK lapack, LapackProvider fallback) {
        this(lapack, fallback, false);
    }

    NativeLapack(NativeLAPACK lapack, LapackProvider fallback, boolean narrowKernels) {
        this.lapack = Objects.requireNonNull(lapack, "lapack");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.narrowKernels = narrowKernels;
    }

    @Override
    public String name() {
        return "native";
    }

    /**
     * Factorizations and solves above their crossovers; never norms and condition estimates
     * (O(n^2)). Never the SVD with vectors (GESDD) or the bidiagonal divide and conquer (BDSDC):
     * OpenBLAS 0.3.21's dbdsdc, and dgesdd through it, return singular vectors orthogonal only to
     * 40 to 3e7 n u for 3 in 200 rank-deficient matrices of order 100 to 220 (LAPACK's tracker
     * holds reports of dbdsdc's non-orthogonal vectors). The Java divide and conquer failed the
     * same way while it updated the differences {@code d_j - sigma} step by step, as dlasd4 does,
     * and no longer does since it recomputes them; it ran at 0.8 to 1.1 of dgesdd's speed at
     * n = 200 to 1000. The values alone stay native: dgesdd without vectors runs dqds.
     */
    @Override
    public boolean accepts(LapackRoutine routine, long work) {
        return switch (routine) {
            // getrf keeps its window with narrow kernels too: on Zen 5 with OpenBLAS's 256-bit kernels
            // native dgetrf still won at n = 500 (1.92 against 2.38 ms) and lost at 1000 (13.3 against 11.7)
            case GETRF -> work >= GETRF_MIN && work < GETRF_MAX;
            case POTRF -> work >= POTRF_MIN && work < POTRF_MAX && belowNarrowCap(work, 1.0 / 3);
            case GEQRF, GELQF -> work >= QR_MIN && work < QR_FACTOR_MAX && belowNarrowCap(work, 2);
            case GEQP3 -> work >= QR_MIN;
            case ORGQR, ORGLQ, ORMQR, ORMLQ -> work >= QR_MIN && belowNarrowCap(work, 4);
            case GETRS, POTRS, TRTRS -> work >= SOLVE_MIN && belowNarrowCap(work, 2);
            case GECON, POCON, LANGE -> false;
            // ---- SVD ----
            case GEBRD -> work >= QR_MIN;
            case ORGBR -> work >= QR_MIN && belowNarrowCap(work, 4);
            case BDSQR -> work >= BDSQR_MIN;
            case GESVD -> work >= GESVD_MIN;
            case GESDD, BDSDC -> false;
            case GEHRD -> work >= QR_MIN;
            case ORGHR -> work >= QR_MIN && belowNarrowCap(work, 4);
            case HSEQR, GEEV -> work >= EIGEN_MIN;
            case GEBAL, GEBAK, TREVC3 -> false;
            // ---- symmetric eigen ----
            case STEQR, STERF -> false;
            case SYTRD -> work >= QR_MIN;
            case ORGTR, ORMTR -> work >= QR_MIN && belowNarrowCap(work, 4);
            case SYEV -> work >= SYEV_MIN;
            case STEBZ, STEIN -> false;
            // ---- divide and conquer ----
            case STEDC -> work >= STEDC_MIN;
            case SYEVD -> work >= SYEVD_MIN;
        };
    }

    /**
     * With narrow OpenBLAS kernels, whether {@code work} (about {@code flopsPerCube} times an order
     * cubed) is below the order-{@link #NARROW_MAX_ORDER} problem; always true otherwise.
     */
    private boolean belowNarrowCap(long work, double flopsPerCube) {
        double order = NARROW_MAX_ORDER;
        return !narrowKernels || work < flopsPerCube * order * order * order;
    }

    // ---- flags -----------------------------------------------------------------------------------

    private static String uplo(Uplo u) {
        return u == Uplo.UPPER ? "U" : "L";
    }

    private static String trans(Transpose t) {
        return t == Transpose.NO ? "N" : "T";
    }

    private static String side(Side s) {
        return s == Side.LEFT ? "L" : "R";
    }

    private static String diag(Diag d) {
        return d == Diag.UNIT ? "U" : "N";
    }

    private static String norm(MatrixNorm n) {
        return switch (n) {
            case ONE -> "1";
            case INF -> "I";
            case FROBENIUS -> "F";
            case MAX -> "M";
        };
    }

    /** Fails loudly on a negative info: the facade validated, so it means a bug here. */
    private static int info(String routine, intW info) {
        if (info.val < 0) {
            throw new IllegalStateException(routine + ": native LAPACK rejected argument " + -info.val);
        }
        return info.val;
    }

    /** A LAPACK call that takes a workspace {@code (work, 0, lwork)} and reports through {@code info}. */
    @FunctionalInterface
    private interface WorkspaceCall {
        void call(double[] work, int lwork, intW info);
    }

    /**
     * Runs {@code call} as LAPACK asks for a workspace: first a query ({@code lwork = -1}) that
     * returns the optimal size, then the call itself with a workspace of that size.
     */
    private static void withWorkspace(String routine, WorkspaceCall call) {
        intW info = new intW(0);
        double[] query = new double[1];
        call.call(query, -1, info);
        int lwork = Math.max(1, (int) query[0]);
        call.call(new double[lwork], lwork, info);
        info(routine, info);
    }

    // ---- LU --------------------------------------------------------------------------------------

    @Override
    public int getrf(int m, int n, double[] a, int aOff, int lda, int[] ipiv, int ipivOff) {
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            intW info = new intW(0);
            lapack.dgetrf(m, n, am.data(), am.offset(), am.ld(), ipiv, ipivOff, info);
            am.writeBack(a, aOff, m, n, lda);
            for (int i = 0, p = Math.min(m, n); i < p; i++) {
                ipiv[ipivOff + i]--;
            }
            return info("dgetrf", info) - 1;
        });
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
        int[] oneBased = new int[n];
        for (int i = 0; i < n; i++) {
            oneBased[i] = ipiv[ipivOff + i] + 1;
        }
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            NetlibMatrix bm = NetlibMatrix.of(b, bOff, n, nrhs, ldb);
            intW info = new intW(0);
            lapack.dgetrs(
                    trans(trans),
                    n,
                    nrhs,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    oneBased,
                    0,
                    bm.data(),
                    bm.offset(),
                    bm.ld(),
                    info);
            info("dgetrs", info);
            bm.writeBack(b, bOff, n, nrhs, ldb);
        });
    }

    // ---- Cholesky --------------------------------------------------------------------------------

    @Override
    public int potrf(Uplo uplo, int n, double[] a, int aOff, int lda) {
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            intW info = new intW(0);
            lapack.dpotrf(uplo(uplo), n, am.data(), am.offset(), am.ld(), info);
            am.writeBack(a, aOff, n, n, lda);
            int failed = info("dpotrf", info) - 1;
            int limit = failed < 0 ? n : failed;
            for (int k = 0; k < limit; k++) {
                if (Double.isNaN(a[aOff + k + k * lda])) {
                    return k; // a NaN pivot passed OpenBLAS's ajj <= 0 test
                }
            }
            return failed;
        });
    }

    @Override
    public void potrs(Uplo uplo, int n, int nrhs, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            NetlibMatrix bm = NetlibMatrix.of(b, bOff, n, nrhs, ldb);
            intW info = new intW(0);
            lapack.dpotrs(uplo(uplo), n, nrhs, am.data(), am.offset(), am.ld(), bm.data(), bm.offset(), bm.ld(), info);
            info("dpotrs", info);
            bm.writeBack(b, bOff, n, nrhs, ldb);
        });
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
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            NetlibMatrix bm = NetlibMatrix.of(b, bOff, n, nrhs, ldb);
            intW info = new intW(0);
            lapack.dtrtrs(
                    uplo(uplo),
                    trans(trans),
                    diag(diag),
                    n,
                    nrhs,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    bm.data(),
                    bm.offset(),
                    bm.ld(),
                    info);
            int zero = info("dtrtrs", info) - 1;
            if (zero < 0) {
                bm.writeBack(b, bOff, n, nrhs, ldb);
            }
            return zero;
        });
    }

    // ---- Condition and norms ---------------------------------------------------------------------

    /** Whether the diagonal holds an exact zero or a NaN (outcomes the Java provider settles). */
    private static boolean specialDiagonal(int n, double[] a, int aOff, int lda) {
        for (int k = 0; k < n; k++) {
            double d = a[aOff + k + k * lda];
            if (d == 0 || Double.isNaN(d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double gecon(MatrixNorm norm, int n, double[] a, int aOff, int lda, double anorm) {
        if (specialDiagonal(n, a, aOff, lda)) {
            return fallback.gecon(norm, n, a, aOff, lda, anorm);
        }
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            doubleW rcond = new doubleW(0);
            intW info = new intW(0);
            lapack.dgecon(
                    norm(norm),
                    n,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    anorm,
                    rcond,
                    new double[4 * n],
                    0,
                    new int[n],
                    0,
                    info);
            info("dgecon", info);
            return rcond.val;
        });
    }

    @Override
    public double pocon(Uplo uplo, int n, double[] a, int aOff, int lda, double anorm) {
        if (specialDiagonal(n, a, aOff, lda)) {
            return fallback.pocon(uplo, n, a, aOff, lda, anorm);
        }
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            doubleW rcond = new doubleW(0);
            intW info = new intW(0);
            lapack.dpocon(
                    uplo(uplo),
                    n,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    anorm,
                    rcond,
                    new double[3 * n],
                    0,
                    new int[n],
                    0,
                    info);
            info("dpocon", info);
            return rcond.val;
        });
    }

    @Override
    public double lange(MatrixNorm norm, int m, int n, double[] a, int aOff, int lda) {
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            return lapack.dlange(norm(norm), m, n, am.data(), am.offset(), am.ld(), new double[Math.max(1, m)], 0);
        });
    }

    // ---- QR, LQ ----------------------------------------------------------------------------------

    @Override
    public void geqrf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dgeqrf",
                    (w, lw, info) -> lapack.dgeqrf(m, n, am.data(), am.offset(), am.ld(), tau, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
        });
    }

    @Override
    public void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dgelqf",
                    (w, lw, info) -> lapack.dgelqf(m, n, am.data(), am.offset(), am.ld(), tau, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
        });
    }

    @Override
    public void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            java.util.Arrays.fill(jpvt, jpvtOff, jpvtOff + n, 0); // every column free
            withWorkspace(
                    "dgeqp3",
                    (w, lw, info) -> lapack.dgeqp3(
                            m, n, am.data(), am.offset(), am.ld(), jpvt, jpvtOff, tau, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
            for (int j = 0; j < n; j++) {
                jpvt[jpvtOff + j]--;
            }
        });
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
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, (side == Side.LEFT ? m : n), k, lda);
            NetlibMatrix cm = NetlibMatrix.of(c, cOff, m, n, ldc);
            withWorkspace(
                    "dormqr",
                    (w, lw, info) -> lapack.dormqr(
                            side(side),
                            trans(trans),
                            m,
                            n,
                            k,
                            am.data(),
                            am.offset(),
                            am.ld(),
                            tau,
                            tauOff,
                            cm.data(),
                            cm.offset(),
                            cm.ld(),
                            w,
                            0,
                            lw,
                            info));
            cm.writeBack(c, cOff, m, n, ldc);
        });
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
        int order = side == Side.LEFT ? m : n;
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, k, order, lda);
            NetlibMatrix cm = NetlibMatrix.of(c, cOff, m, n, ldc);
            withWorkspace(
                    "dormlq",
                    (w, lw, info) -> lapack.dormlq(
                            side(side),
                            trans(trans),
                            m,
                            n,
                            k,
                            am.data(),
                            am.offset(),
                            am.ld(),
                            tau,
                            tauOff,
                            cm.data(),
                            cm.offset(),
                            cm.ld(),
                            w,
                            0,
                            lw,
                            info));
            cm.writeBack(c, cOff, m, n, ldc);
        });
    }

    @Override
    public void orgqr(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dorgqr",
                    (w, lw, info) ->
                            lapack.dorgqr(m, n, k, am.data(), am.offset(), am.ld(), tau, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
        });
    }

    @Override
    public void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dorglq",
                    (w, lw, info) ->
                            lapack.dorglq(m, n, k, am.data(), am.offset(), am.ld(), tau, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
        });
    }

    // ---- symmetric eigen -------------------------------------------------------------------------

    /*
     * steqr and sterf are scalar loops (plus rotations on Z) in both providers, with nothing for
     * OpenBLAS to speed up: accepts declines them, and they serve when called directly.
     */

    @Override
    public int steqr(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (job == EigenvectorJob.NONE) {
            return sterf(n, d, dOff, e, eOff);
        }
        return BigStackRunner.call(() -> {
            NetlibMatrix zm = NetlibMatrix.of(z, zOff, n, n, ldz);
            double[] ew = tridiagonalOffDiagonal(n, e, eOff);
            intW info = new intW(0);
            double[] work = new double[Math.max(1, 2 * n - 2)];
            String compz = job == EigenvectorJob.UPDATE ? "V" : "I";
            lapack.dsteqr(compz, n, d, dOff, ew, 0, zm.data(), zm.offset(), zm.ld(), work, 0, info);
            zm.writeBack(z, zOff, n, n, ldz);
            System.arraycopy(ew, 0, e, eOff, n - 1);
            return info("dsteqr", info);
        });
    }

    @Override
    public int sterf(int n, double[] d, int dOff, double[] e, int eOff) {
        return BigStackRunner.call(() -> {
            double[] ew = tridiagonalOffDiagonal(n, e, eOff);
            intW info = new intW(0);
            lapack.dsterf(n, d, dOff, ew, 0, info);
            System.arraycopy(ew, 0, e, eOff, n - 1);
            return info("dsterf", info);
        });
    }

    /** The n - 1 off-diagonal elements in an array of n (netlib's bound check wants n). */
    private static double[] tridiagonalOffDiagonal(int n, double[] e, int eOff) {
        double[] ew = new double[n];
        System.arraycopy(e, eOff, ew, 0, n - 1);
        return ew;
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
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            double[] ew = new double[n];
            double[] tw = new double[n];
            withWorkspace(
                    "dsytrd",
                    (w, lw, info) -> lapack.dsytrd(
                            "L", n, am.data(), am.offset(), am.ld(), d, dOff, ew, 0, tw, 0, w, 0, lw, info));
            am.writeBack(a, aOff, n, n, lda);
            System.arraycopy(ew, 0, e, eOff, n - 1);
            System.arraycopy(tw, 0, tau, tauOff, n - 1);
        });
    }

    @Override
    public void orgtr(int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        double[] tw = new double[n];
        System.arraycopy(tau, tauOff, tw, 0, n - 1);
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            withWorkspace(
                    "dorgtr",
                    (w, lw, info) -> lapack.dorgtr("L", n, am.data(), am.offset(), am.ld(), tw, 0, w, 0, lw, info));
            am.writeBack(a, aOff, n, n, lda);
        });
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
        int order = side == Side.LEFT ? m : n;
        double[] tw = new double[order];
        System.arraycopy(tau, tauOff, tw, 0, order - 1);
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, order, order, lda);
            NetlibMatrix cm = NetlibMatrix.of(c, cOff, m, n, ldc);
            withWorkspace(
                    "dormtr",
                    (w, lw, info) -> lapack.dormtr(
                            side(side),
                            "L",
                            trans(trans),
                            m,
                            n,
                            am.data(),
                            am.offset(),
                            am.ld(),
                            tw,
                            0,
                            cm.data(),
                            cm.offset(),
                            cm.ld(),
                            w,
                            0,
                            lw,
                            info));
            cm.writeBack(c, cOff, m, n, ldc);
        });
    }

    /** dsyevd (divide and conquer), with its real and integer workspaces queried first. */
    @Override
    public int syev(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            String jobz = vectors ? "V" : "N";
            intW info = new intW(0);
            double[] query = new double[1];
            int[] iquery = new int[1];
            lapack.dsyevd(jobz, "L", n, am.data(), am.offset(), am.ld(), w, wOff, query, 0, -1, iquery, 0, -1, info);
            int lwork = Math.max(1, (int) query[0]);
            int liwork = Math.max(1, iquery[0]);
            lapack.dsyevd(
                    jobz,
                    "L",
                    n,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    w,
                    wOff,
                    new double[lwork],
                    0,
                    lwork,
                    new int[liwork],
                    0,
                    liwork,
                    info);
            am.writeBack(a, aOff, n, n, lda);
            return info("dsyevd", info);
        });
    }

    // ---- general eigenproblem --------------------------------------------------------------------

    /** O(n^2) and done in Java: netlib's dgebal reports permutations 1-based, and nothing is gained. */
    @Override
    public BalanceRange gebal(BalanceJob job, int n, double[] a, int aOff, int lda, double[] scale, int scaleOff) {
        return fallback.gebal(job, n, a, aOff, lda, scale, scaleOff);
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
        fallback.gebak(job, side, n, ilo, ihi, scale, scaleOff, m, v, vOff, ldv);
    }

    @Override
    public void gehrd(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            double[] t = new double[Math.max(1, n - 1)];
            withWorkspace(
                    "dgehrd",
                    (w, lw, info) ->
                            lapack.dgehrd(n, ilo + 1, ihi + 1, am.data(), am.offset(), am.ld(), t, 0, w, 0, lw, info));
            am.writeBack(a, aOff, n, n, lda);
            System.arraycopy(t, 0, tau, tauOff, n - 1);
        });
    }

    @Override
    public void orghr(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        double[] t = new double[Math.max(1, n - 1)];
        System.arraycopy(tau, tauOff, t, 0, Math.max(0, n - 1));
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            withWorkspace(
                    "dorghr",
                    (w, lw, info) ->
                            lapack.dorghr(n, ilo + 1, ihi + 1, am.data(), am.offset(), am.ld(), t, 0, w, 0, lw, info));
            am.writeBack(a, aOff, n, n, lda);
        });
    }

    /** Not native: netlib's binding predates dtrevc3. */
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
        fallback.trevc3(wantLeft, wantRight, n, t, tOff, ldt, vl, vlOff, ldvl, vr, vrOff, ldvr);
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
        return BigStackRunner.call(() -> {
            NetlibMatrix hm = NetlibMatrix.of(h, hOff, n, n, ldh);
            NetlibMatrix zm = wantZ ? NetlibMatrix.of(z, zOff, n, n, ldz) : new NetlibMatrix(new double[1], 0, 1);
            double[] r = new double[n];
            double[] im = new double[n];
            intW info = new intW(0);
            double[] query = new double[1];
            String job = wantT ? "S" : "E";
            String compz = wantZ ? "V" : "N";
            lapack.dhseqr(
                    job,
                    compz,
                    n,
                    ilo + 1,
                    ihi + 1,
                    hm.data(),
                    hm.offset(),
                    hm.ld(),
                    r,
                    0,
                    im,
                    0,
                    zm.data(),
                    zm.offset(),
                    zm.ld(),
                    query,
                    0,
                    -1,
                    info);
            int lwork = Math.max(Math.max(1, n), (int) query[0]);
            lapack.dhseqr(
                    job,
                    compz,
                    n,
                    ilo + 1,
                    ihi + 1,
                    hm.data(),
                    hm.offset(),
                    hm.ld(),
                    r,
                    0,
                    im,
                    0,
                    zm.data(),
                    zm.offset(),
                    zm.ld(),
                    new double[lwork],
                    0,
                    lwork,
                    info);
            int failed = info("dhseqr", info) - 1;
            hm.writeBack(h, hOff, n, n, ldh);
            if (wantZ) {
                zm.writeBack(z, zOff, n, n, ldz);
            }
            System.arraycopy(r, 0, wr, wrOff, n);
            System.arraycopy(im, 0, wi, wiOff, n);
            return failed;
        });
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
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
            NetlibMatrix lm = wantLeft ? NetlibMatrix.of(vl, vlOff, n, n, ldvl) : new NetlibMatrix(new double[1], 0, 1);
            NetlibMatrix rm =
                    wantRight ? NetlibMatrix.of(vr, vrOff, n, n, ldvr) : new NetlibMatrix(new double[1], 0, 1);
            double[] r = new double[n];
            double[] im = new double[n];
            String jobvl = wantLeft ? "V" : "N";
            String jobvr = wantRight ? "V" : "N";
            intW info = new intW(0);
            if (balance) {
                withWorkspace(
                        "dgeev",
                        (w, lw, inf) -> lapack.dgeev(
                                jobvl,
                                jobvr,
                                n,
                                am.data(),
                                am.offset(),
                                am.ld(),
                                r,
                                0,
                                im,
                                0,
                                lm.data(),
                                lm.offset(),
                                lm.ld(),
                                rm.data(),
                                rm.offset(),
                                rm.ld(),
                                w,
                                0,
                                lw,
                                inf),
                        info);
            } else {
                double[] scale = new double[n];
                double[] rconde = new double[n];
                double[] rcondv = new double[n];
                int[] iwork = new int[Math.max(1, 2 * n - 2)];
                withWorkspace(
                        "dgeevx",
                        (w, lw, inf) -> lapack.dgeevx(
                                "N",
                                jobvl,
                                jobvr,
                                "N",
                                n,
                                am.data(),
                                am.offset(),
                                am.ld(),
                                r,
                                0,
                                im,
                                0,
                                lm.data(),
                                lm.offset(),
                                lm.ld(),
                                rm.data(),
                                rm.offset(),
                                rm.ld(),
                                new intW(0),
                                new intW(0),
                                scale,
                                0,
                                new doubleW(0),
                                rconde,
                                0,
                                rcondv,
                                0,
                                w,
                                0,
                                lw,
                                iwork,
                                0,
                                inf),
                        info);
            }
            am.writeBack(a, aOff, n, n, lda);
            if (wantLeft) {
                lm.writeBack(vl, vlOff, n, n, ldvl);
            }
            if (wantRight) {
                rm.writeBack(vr, vrOff, n, n, ldvr);
            }
            System.arraycopy(r, 0, wr, wrOff, n);
            System.arraycopy(im, 0, wi, wiOff, n);
            return info.val - 1;
        });
    }

    /** As {@link #withWorkspace(String, WorkspaceCall)}, leaving a non-negative info in {@code info}. */
    private static void withWorkspace(String routine, WorkspaceCall call, intW info) {
        double[] query = new double[1];
        call.call(query, -1, info);
        int lwork = Math.max(1, (int) query[0]);
        call.call(new double[lwork], lwork, info);
        info(routine, info);
    }

    // ---- SVD -------------------------------------------------------------------------------------

    private static String vect(BidiagonalFactor which) {
        return which == BidiagonalFactor.Q ? "Q" : "P";
    }

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
        // LAPACK reads e as min(m, n) - 1 >= 0 elements; a 1 x 1 problem passes a scratch one
        double[] ee = Math.min(m, n) > 1 ? e : new double[1];
        int eo = Math.min(m, n) > 1 ? eOff : 0;
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dgebrd",
                    (w, lw, info) -> lapack.dgebrd(
                            m,
                            n,
                            am.data(),
                            am.offset(),
                            am.ld(),
                            d,
                            dOff,
                            ee,
                            eo,
                            tauq,
                            tauqOff,
                            taup,
                            taupOff,
                            w,
                            0,
                            lw,
                            info));
            am.writeBack(a, aOff, m, n, lda);
        });
    }

    @Override
    public void orgbr(
            BidiagonalFactor which, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        double[] t = tau.length > 0 ? tau : new double[1];
        BigStackRunner.run(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            withWorkspace(
                    "dorgbr",
                    (w, lw, info) -> lapack.dorgbr(
                            vect(which), m, n, k, am.data(), am.offset(), am.ld(), t, tauOff, w, 0, lw, info));
            am.writeBack(a, aOff, m, n, lda);
        });
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
        double[] ee = n > 1 ? e : new double[1];
        int eo = n > 1 ? eOff : 0;
        return BigStackRunner.call(() -> {
            NetlibMatrix vm =
                    ncvt > 0 ? NetlibMatrix.of(vt, vtOff, n, ncvt, ldvt) : new NetlibMatrix(new double[1], 0, 1);
            NetlibMatrix um = nru > 0 ? NetlibMatrix.of(u, uOff, nru, n, ldu) : new NetlibMatrix(new double[1], 0, 1);
            intW info = new intW(0);
            lapack.dbdsqr(
                    uplo(uplo),
                    n,
                    ncvt,
                    nru,
                    0,
                    d,
                    dOff,
                    ee,
                    eo,
                    vm.data(),
                    vm.offset(),
                    vm.ld(),
                    um.data(),
                    um.offset(),
                    um.ld(),
                    new double[1],
                    0,
                    1,
                    new double[Math.max(1, 4 * n)],
                    0,
                    info);
            if (ncvt > 0) {
                vm.writeBack(vt, vtOff, n, ncvt, ldvt);
            }
            if (nru > 0) {
                um.writeBack(u, uOff, nru, n, ldu);
            }
            return info("dbdsqr", info);
        });
    }

    /**
     * dgesdd without vectors (its dqds path); with vectors the Java provider's gesvd, as dgesdd's
     * divide and conquer is not used (see {@link #accepts}).
     */
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
        if (job != SvdJob.VALUES) {
            return fallback.gesvd(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
        }
        int p = Math.min(m, n);
        return BigStackRunner.call(() -> {
            NetlibMatrix am = NetlibMatrix.of(a, aOff, m, n, lda);
            double[] none = new double[1];
            int[] iwork = new int[8 * p];
            intW info = new intW(0);
            double[] query = new double[1];
            lapack.dgesdd(
                    "N",
                    m,
                    n,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    s,
                    sOff,
                    none,
                    0,
                    1,
                    none,
                    0,
                    1,
                    query,
                    0,
                    -1,
                    iwork,
                    0,
                    info);
            info("dgesdd", info);
            int lwork = Math.max(1, (int) query[0]);
            lapack.dgesdd(
                    "N",
                    m,
                    n,
                    am.data(),
                    am.offset(),
                    am.ld(),
                    s,
                    sOff,
                    none,
                    0,
                    1,
                    none,
                    0,
                    1,
                    new double[lwork],
                    0,
                    lwork,
                    iwork,
                    0,
                    info);
            return info("dgesdd", info);
        });
    }

    /** No LAPACK routine counts alone: the Java provider's count. */
    @Override
    public int sturmCount(int n, double[] d, int dOff, double[] e, int eOff, double x) {
        return fallback.sturmCount(n, d, dOff, e, eOff, x);
    }

    /** dstebz with {@code range = 'I'}, {@code order = 'E'} and the default absolute tolerance. */
    @Override
    public void stebz(int n, double[] d, int dOff, double[] e, int eOff, int il, int iu, double[] w, int wOff) {
        BigStackRunner.run(() -> {
            double[] ew = tridiagonalOffDiagonal(n, e, eOff);
            double[] all = new double[n];
            intW found = new intW(0);
            intW nsplit = new intW(0);
            intW info = new intW(0);
            lapack.dstebz(
                    "I",
                    "E",
                    n,
                    0,
                    0,
                    il + 1,
                    iu + 1,
                    0,
                    d,
                    dOff,
                    ew,
                    0,
                    found,
                    nsplit,
                    all,
                    0,
                    new int[n],
                    0,
                    new int[n],
                    0,
                    new double[4 * n],
                    0,
                    new int[3 * n],
                    0,
                    info);
            info("dstebz", info);
            System.arraycopy(all, 0, w, wOff, iu - il + 1);
        });
    }

    /** dstein with T taken as one block (the facade hands over the unreduced blocks of a T that splits). */
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
        return BigStackRunner.call(() -> {
            double[] ew = tridiagonalOffDiagonal(n, e, eOff);
            int[] iblock = new int[n];
            java.util.Arrays.fill(iblock, 1);
            int[] isplit = new int[n];
            isplit[0] = n;
            double[] wv = new double[n];
            System.arraycopy(w, wOff, wv, 0, m);
            NetlibMatrix zm = NetlibMatrix.of(z, zOff, n, m, ldz);
            intW info = new intW(0);
            lapack.dstein(
                    n,
                    d,
                    dOff,
                    ew,
                    0,
                    m,
                    wv,
                    0,
                    iblock,
                    0,
                    isplit,
                    0,
                    zm.data(),
                    zm.offset(),
                    zm.ld(),
                    new double[5 * n],
                    0,
                    new int[n],
                    0,
                    new int[Math.max(1, m)],
                    0,
                    info);
            zm.writeBack(z, zOff, n, m, ldz);
            return info("dstein", info);
        });
    }

    // ---- divide and conquer ----

    /**
     * Smallest stedc work ({@code 2 n^3}, {@code 4 n^3} with UPDATE) worth a native call: n = 48,
     * the order where dsyevd takes over, not measured separately.
     */
    static final long STEDC_MIN = 2L * 48 * 48 * 48;

    /** Smallest syevd work ({@code 5 n^3} with vectors, {@code 4 n^3 / 3} without): n = 48, as syev. */
    static final long SYEVD_MIN = 5L * 48 * 48 * 48;

    /** dstedc with COMPZ 'I' (IDENTITY) or 'V' (UPDATE), its workspaces queried first. */
    @Override
    public int stedc(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        if (job == EigenvectorJob.NONE) {
            return sterf(n, d, dOff, e, eOff);
        }
        return BigStackRunner.call(() -> {
            NetlibMatrix zm = NetlibMatrix.of(z, zOff, n, n, ldz);
            double[] ew = tridiagonalOffDiagonal(n, e, eOff);
            String compz = job == EigenvectorJob.UPDATE ? "V" : "I";
            intW info = new intW(0);
            double[] query = new double[1];
            int[] iquery = new int[1];
            lapack.dstedc(compz, n, d, dOff, ew, 0, zm.data(), zm.offset(), zm.ld(), query, 0, -1, iquery, 0, -1, info);
            int lwork = Math.max(1, (int) query[0]);
            int liwork = Math.max(1, iquery[0]);
            lapack.dstedc(
                    compz,
                    n,
                    d,
                    dOff,
                    ew,
                    0,
                    zm.data(),
                    zm.offset(),
                    zm.ld(),
                    new double[lwork],
                    0,
                    lwork,
                    new int[liwork],
                    0,
                    liwork,
                    info);
            zm.writeBack(z, zOff, n, n, ldz);
            System.arraycopy(ew, 0, e, eOff, n - 1);
            return info("dstedc", info);
        });
    }

    /** dsyevd: this provider's syev already is. */
    @Override
    public int syevd(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return syev(vectors, n, a, aOff, lda, w, wOff);
    }

    // ---- bidiagonal divide and conquer ----

    /** The Java provider's: dbdsdc is not used (see {@link #accepts}). */
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
        return fallback.bdsdc(uplo, n, d, dOff, e, eOff, u, uOff, ldu, vt, vtOff, ldvt);
    }
}
