package jnum.linalg.netlib;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.Objects;
import java.util.Optional;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Routine;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * The {@code native} kernel provider: every routine of {@link KernelProvider} on the system BLAS
 * (OpenBLAS, say) through dev.ludovic.netlib's JNI binding {@link NativeBLAS}.
 *
 * <p>What this class adds to a plain call of netlib:
 *
 * <ul>
 *   <li>Increments: jnum's offset names logical element 0 even for a negative increment, BLAS's
 *       names the lowest address; {@link #base} converts. Order-free single-vector routines
 *       ({@code scal}, {@code nrm2}, {@code asum}) pass the absolute increment, because netlib
 *       returns early on a non-positive one.
 *   <li>Matrices: netlib's bound check wants the whole last column up to the leading dimension
 *       ({@code offset + cols * ld <= length}, except in dgemm and dgemv), stricter than jnum's (the
 *       last element touched). For an operand that ends its array closer than that, such as the
 *       trailing block of a larger matrix, see {@link NetlibMatrix}: outputs with independent
 *       columns are split (the last column alone), syrk's last column or row goes to dgemm, and
 *       only the remaining cases pack the elements used.
 *   <li>Semantics the SPI fixes and OpenBLAS 0.3.21 does not follow are done in Java, by the
 *       scalar reference provider: {@code scal} by 0 (OpenBLAS zero-fills, the SPI keeps NaN and
 *       turns infinities into NaN); {@code iamax} when a NaN is present (OpenBLAS returned index
 *       0 for a NaN at the end of 40 elements; the SPI wants the first NaN) or with a negative
 *       increment (ties must resolve to the first logical, i.e. the last physical, element);
 *       {@code gemm} with {@code alpha == 0} (OpenBLAS still multiplies A and B, so their NaNs
 *       reach C) and every routine whose product part is empty or zero (inner dimension 0 or
 *       {@code alpha == 0}: only {@code beta C} or zeros remain, and netlib's bound check of an
 *       empty operand can fail); {@code gemv} with an empty inner dimension (netlib returns without
 *       scaling y); {@code trmm} when B holds an infinity or NaN (OpenBLAS multiplies the zeros
 *       outside the triangle too, turning entries that do not depend on it into NaN; found by an
 *       O(m n) scan); {@code rot} with x and y the very same vector (OpenBLAS stores the rotated x
 *       last, the reference the rotated y). {@code sum} has no BLAS routine. All of these are
 *       O(output) work or have no native counterpart; the checks that route them cost a
 *       comparison (and one extra native {@code dasum} pass for {@code iamax}).
 * </ul>
 *
 * <p>Checked with OpenBLAS 0.3.21 and left to it: {@code beta == 0} does not read the output
 * (gemv, symv, gemm, syrk, symm write zeros over NaN); {@code alpha == 0} in gemv and symv reads
 * neither A nor x (ger and axpy return before the call); {@code nrm2} neither overflows nor
 * underflows (1e300 and 1e-300 entries) and returns NaN for any NaN, infinity for an infinity;
 * {@code iamax} without NaN returns the first maximum. (trsm, trmm, syrk and symm with
 * {@code alpha == 0} also behaved, but go to Java anyway: netlib's bound check of the unread
 * operand can fail, and the work is O(output).)
 *
 * <p>Instances are immutable and thread-safe; concurrent calls go to OpenBLAS, which serialises
 * its own thread pool (tested with concurrent GEMMs).
 *
 * <p>{@link #accepts} declines problems below the measured crossovers
 * ({@link #TRIANGULAR_LEVEL2_MIN}, {@link #GEMM_MIN} and one per level-3 routine), where a JNI call (pinning the arrays,
 * crossing into C, OpenBLAS's own dispatch) costs more than the Java kernels take, and the
 * memory-bound routines (level 1, gemv, ger, symv) always; called directly or forced with
 * {@code -Djnum.kernel=native}, every routine still works.
 */
public final class NativeKernels implements KernelProvider {

    /*
     * The thresholds are where the facade's timings with this provider and with the vector provider
     * cross (docs/benchmarks/native-crossover.md). Level 1, gemv, ger and symv are memory-bound: a
     * native call costs more and OpenBLAS was not faster than the vector provider, so they are
     * declined.
     */

    /** Smallest trmv/trsv work ({@code n^2}) worth a JNI call: OpenBLAS's blocked trsv wins from n = 64. */
    static final long TRIANGULAR_LEVEL2_MIN = 64L * 64;

    /*
     * Level-3 thresholds, per routine, in the facade's work units (gemm 2mnk, symm 2 order m n,
     * trsm and trmm order m n, syrk n^2 k), from the JMH benchmark NativeCrossoverBench (square
     * operands, one thread each side); docs/benchmarks/native-crossover.md has the table and the
     * conditions it was taken under.
     */

    /** gemm: the vector provider was faster up to n = 64, native from n = 96. */
    static final long GEMM_MIN = 2L * 96 * 96 * 96;

    /** symm (a GEMM on expanded panels in the vector provider): even up to 64, native from 96. */
    static final long SYMM_MIN = 2L * 96 * 96 * 96;

    /** trsm: native faster from n = 16 (2.4x there, 1.1-2.0x up to 256). */
    static final long TRSM_MIN = 16L * 16 * 16;

    /** trmm: native faster from n = 16 (1.3-3.1x up to 128). */
    static final long TRMM_MIN = 16L * 16 * 16;

    /** syrk: native faster from n = 16 (2.3-6.1x up to 64). */
    static final long SYRK_MIN = 16L * 16 * 16;

    /**
     * Level-3 work from which the vector provider's kernels beat OpenBLAS's when OpenBLAS runs
     * kernels narrower than the JIT's vectors ({@link KernelWidth}), as the order-128 problem of each
     * routine counts it: on Zen 5 with OpenBLAS's 256-bit kernels the two were even at n = 64-128 and
     * the vector provider 1.8x faster for GEMM from n = 512.
     */
    static final int NARROW_LEVEL3_MAX_ORDER = 128;

    private final NativeBLAS blas;

    /** The Java provider that serves what OpenBLAS cannot do as the conventions say. */
    private final KernelProvider java;

    /**
     * Why OpenBLAS's kernels are narrower than the JIT's vectors, when they are: large level 3 then
     * stays in Java.
     */
    private final Optional<String> narrowKernels;

    NativeKernels(NativeBLAS blas, KernelProvider fallback) {
        this(blas, fallback, Optional.empty());
    }

    NativeKernels(NativeBLAS blas, KernelProvider fallback, Optional<String> narrowKernels) {
        this.blas = Objects.requireNonNull(blas, "blas");
        this.java = Objects.requireNonNull(fallback, "fallback");
        this.narrowKernels = Objects.requireNonNull(narrowKernels, "narrowKernels");
    }

    /** When OpenBLAS's kernels are narrower than the JIT's vectors, says so and what stays in Java. */
    @Override
    public String remark() {
        return narrowKernels
                .map(why -> why + ": level-3 work from order " + NARROW_LEVEL3_MAX_ORDER
                        + " and Cholesky, QR and orthogonal-factor LAPACK from order " + NativeLapack.NARROW_MAX_ORDER
                        + " stay in Java (OPENBLAS_CORETYPE=SkylakeX selects OpenBLAS's 512-bit kernels)")
                .orElse("");
    }

    @Override
    public String name() {
        return "native";
    }

    /**
     * Level 3 from its per-routine threshold ({@link #GEMM_MIN} ...), trmv and trsv from
     * {@link #TRIANGULAR_LEVEL2_MIN}; never the
     * memory-bound routines, {@code sum} or {@code iamax}.
     */
    @Override
    public boolean accepts(Routine routine, long work) {
        return switch (routine) {
            // sum: no BLAS routine; iamax: a second pass to detect NaN (see iamax)
            case SUM, IAMAX -> false;
            // memory-bound: the Java kernels were as fast at every size measured
            case DOT, AXPY, SCAL, COPY, SWAP, NRM2, ASUM, ROT, GEMV, GER, SYMV -> false;
            case TRMV, TRSV -> work >= TRIANGULAR_LEVEL2_MIN;
            case GEMM -> work >= GEMM_MIN && belowNarrowCap(work, 2);
            case SYMM -> work >= SYMM_MIN && belowNarrowCap(work, 2);
            case TRSM -> work >= TRSM_MIN && belowNarrowCap(work, 1);
            case TRMM -> work >= TRMM_MIN && belowNarrowCap(work, 1);
            case SYRK -> work >= SYRK_MIN && belowNarrowCap(work, 1);
        };
    }

    /**
     * With narrow OpenBLAS kernels, whether {@code work} (counted as {@code flopsPerCube} times an
     * order cubed) is below the order-{@link #NARROW_LEVEL3_MAX_ORDER} problem; always true otherwise.
     */
    private boolean belowNarrowCap(long work, int flopsPerCube) {
        long order = NARROW_LEVEL3_MAX_ORDER;
        return narrowKernels.isEmpty() || work < flopsPerCube * order * order * order;
    }

    // ---- flags and increments ------------------------------------------------------------------

    static String trans(Transpose t) {
        return t == Transpose.NO ? "N" : "T";
    }

    static String uplo(Uplo u) {
        return u == Uplo.UPPER ? "U" : "L";
    }

    static String side(Side s) {
        return s == Side.LEFT ? "L" : "R";
    }

    static String diag(Diag d) {
        return d == Diag.UNIT ? "U" : "N";
    }

    /**
     * BLAS's offset of a vector given by jnum's: for a negative increment BLAS starts at the lowest
     * address, which is jnum's last logical element.
     */
    static int base(int n, int off, int inc) {
        return inc >= 0 ? off : off + (n - 1) * inc;
    }

    /** A native call on columns {@code j0 .. j0+cols-1} of an output, with leading dimension {@code ld}. */
    @FunctionalInterface
    private interface ColumnCall {
        void apply(int j0, int cols, int ld);
    }

    /**
     * Runs {@code call} over the n columns of an output {@code (out, off, ld)} whose columns are
     * computed independently: in one call when netlib's bound check passes, else (the output ends
     * its array before the end of its last column's leading dimension) on the first n-1 columns in
     * place and on the last one alone with leading dimension {@code rows}, for which the check is
     * exact. No copy is made.
     */
    private static void byColumns(double[] out, int off, int rows, int n, int ld, ColumnCall call) {
        if (NetlibMatrix.fits(out, off, n, ld)) {
            call.apply(0, n, ld);
            return;
        }
        if (n > 1) {
            call.apply(0, n - 1, ld);
        }
        call.apply(n - 1, 1, Math.max(1, rows));
    }

    // ---- Level 1 -------------------------------------------------------------------------------

    @Override
    public double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n <= 0) {
            return 0;
        }
        return blas.ddot(n, x, base(n, xOff, incX), incX, y, base(n, yOff, incY), incY);
    }

    @Override
    public void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n > 0 && alpha != 0) {
            blas.daxpy(n, alpha, x, base(n, xOff, incX), incX, y, base(n, yOff, incY), incY);
        }
    }

    @Override
    public void scal(int n, double alpha, double[] x, int xOff, int incX) {
        if (n <= 0) {
            return;
        }
        if (alpha == 0) {
            java.scal(n, alpha, x, xOff, incX); // OpenBLAS zero-fills, turning NaN and inf into 0
            return;
        }
        blas.dscal(n, alpha, x, base(n, xOff, incX), Math.abs(incX));
    }

    @Override
    public void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n > 0) {
            blas.dcopy(n, x, base(n, xOff, incX), incX, y, base(n, yOff, incY), incY);
        }
    }

    @Override
    public void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n > 0) {
            blas.dswap(n, x, base(n, xOff, incX), incX, y, base(n, yOff, incY), incY);
        }
    }

    @Override
    public double nrm2(int n, double[] x, int xOff, int incX) {
        if (n <= 0) {
            return 0;
        }
        return blas.dnrm2(n, x, base(n, xOff, incX), Math.abs(incX));
    }

    @Override
    public double asum(int n, double[] x, int xOff, int incX) {
        if (n <= 0) {
            return 0;
        }
        return blas.dasum(n, x, base(n, xOff, incX), Math.abs(incX));
    }

    /** No BLAS routine sums without absolute values: the scalar provider does it. */
    @Override
    public double sum(int n, double[] x, int xOff, int incX) {
        return java.sum(n, x, xOff, incX);
    }

    @Override
    public int iamax(int n, double[] x, int xOff, int incX) {
        if (n <= 0) {
            return -1;
        }
        if (incX > 0) {
            int first = blas.idamax(n, x, xOff, incX);
            // idamax ignores or misplaces NaN; a sum of magnitudes is NaN exactly when some entry is
            if (!Double.isNaN(blas.dasum(n, x, xOff, incX))) {
                return first;
            }
        }
        return java.iamax(n, x, xOff, incX);
    }

    @Override
    public void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        if (n <= 0) {
            return;
        }
        if (x == y && xOff == yOff && incX == incY) {
            // one vector as both x and y: which rotated value lands last is a matter of store order
            // (OpenBLAS leaves (c + s) x, the reference (c - s) x); follow the reference
            java.rot(n, x, xOff, incX, y, yOff, incY, c, s);
            return;
        }
        blas.drot(n, x, base(n, xOff, incX), incX, y, base(n, yOff, incY), incY, c, s);
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
        int lenX = trans == Transpose.NO ? n : m;
        int lenY = trans == Transpose.NO ? m : n;
        if (lenY == 0) {
            return;
        }
        if (lenX == 0) {
            // netlib returns at once when m or n is 0, without y = beta y
            java.gemv(trans, m, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
            return;
        }
        blas.dgemv(
                trans(trans),
                m,
                n,
                alpha,
                a,
                aOff,
                lda,
                x,
                base(lenX, xOff, incX),
                incX,
                beta,
                y,
                base(lenY, yOff, incY),
                incY);
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
        if (m == 0 || n == 0 || alpha == 0) {
            return;
        }
        int xBase = base(m, xOff, incX);
        byColumns(
                a,
                aOff,
                m,
                n,
                lda,
                (j0, cols, ld) -> blas.dger(
                        m,
                        cols,
                        alpha,
                        x,
                        xBase,
                        incX,
                        y,
                        base(cols, yOff + j0 * incY, incY),
                        incY,
                        a,
                        aOff + j0 * lda,
                        ld));
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
        if (n == 0) {
            return;
        }
        NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
        blas.dsymv(
                uplo(uplo),
                n,
                alpha,
                am.data(),
                am.offset(),
                am.ld(),
                x,
                base(n, xOff, incX),
                incX,
                beta,
                y,
                base(n, yOff, incY),
                incY);
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
        if (n == 0) {
            return;
        }
        NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
        blas.dtrmv(
                uplo(uplo), trans(trans), diag(diag), n, am.data(), am.offset(), am.ld(), x, base(n, xOff, incX), incX);
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
        if (n == 0) {
            return;
        }
        NetlibMatrix am = NetlibMatrix.of(a, aOff, n, n, lda);
        blas.dtrsv(
                uplo(uplo), trans(trans), diag(diag), n, am.data(), am.offset(), am.ld(), x, base(n, xOff, incX), incX);
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
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0 || alpha == 0) {
            // C = beta C: OpenBLAS multiplies NaNs of A and B by alpha = 0, and netlib's bound check
            // of an empty A can fail
            java.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        // netlib checks exactly the last element of each operand here: no padded copies needed
        blas.dgemm(trans(transA), trans(transB), m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
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
        triangular(java::trsm, blas::dtrsm, side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
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
        if (!allFinite(b, bOff, m, n, ldb)) {
            // OpenBLAS multiplies the zeros outside the triangle too, so an infinity or NaN of B
            // would reach entries that do not depend on it (0 * inf = NaN); a scan is O(m n) against
            // the product's O(order m n)
            java.trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
            return;
        }
        triangular(java::trmm, blas::dtrmm, side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    /** Whether every element of the {@code rows x cols} matrix {@code (x, off, ld)} is finite. */
    static boolean allFinite(double[] x, int off, int rows, int cols, int ld) {
        for (int j = 0; j < cols; j++) {
            double zero = 0; // stays 0 unless some element is infinite or NaN (then NaN)
            for (int i = off + j * ld, end = i + rows; i < end; i++) {
                zero += x[i] * 0.0;
            }
            if (zero != 0) {
                return false;
            }
        }
        return true;
    }

    /** A trsm or trmm of a Java provider (the SPI's signature). */
    @FunctionalInterface
    private interface JavaTriangular {
        void apply(
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
    }

    /** netlib's dtrsm or dtrmm (the same Fortran-style signature). */
    @FunctionalInterface
    private interface NetlibTriangular {
        void apply(
                String side,
                String uplo,
                String transA,
                String diag,
                int m,
                int n,
                double alpha,
                double[] a,
                int aOff,
                int lda,
                double[] b,
                int bOff,
                int ldb);
    }

    /**
     * trsm and trmm share their handling: alpha = 0 goes to Java (B = 0 without reading A or B, which
     * OpenBLAS does not promise), and operands that end their array are passed as padded copies.
     */
    private void triangular(
            JavaTriangular javaRoutine,
            NetlibTriangular nativeRoutine,
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
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0) {
            javaRoutine.apply(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
            return;
        }
        int order = side == Side.LEFT ? m : n;
        NetlibMatrix am = NetlibMatrix.of(a, aOff, order, order, lda);
        String s = side(side);
        String u = uplo(uplo);
        String t = trans(transA);
        String d = diag(diag);
        if (side == Side.LEFT) {
            // each column of B is solved or multiplied on its own
            byColumns(
                    b,
                    bOff,
                    m,
                    n,
                    ldb,
                    (j0, cols, ld) -> nativeRoutine.apply(
                            s, u, t, d, m, cols, alpha, am.data(), am.offset(), am.ld(), b, bOff + j0 * ldb, ld));
            return;
        }
        NetlibMatrix bm = NetlibMatrix.of(b, bOff, m, n, ldb);
        nativeRoutine.apply(s, u, t, d, m, n, alpha, am.data(), am.offset(), am.ld(), bm.data(), bm.offset(), bm.ld());
        bm.writeBack(b, bOff, m, n, ldb);
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
        if (n == 0) {
            return;
        }
        if (k == 0 || alpha == 0) {
            java.syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
            return;
        }
        boolean notrans = trans == Transpose.NO;
        NetlibMatrix am = NetlibMatrix.of(a, aOff, notrans ? n : k, notrans ? k : n, lda);
        if (NetlibMatrix.fits(c, cOff, n, ldc)) {
            blas.dsyrk(uplo(uplo), trans(trans), n, k, alpha, am.data(), am.offset(), am.ld(), beta, c, cOff, ldc);
            return;
        }
        // C ends its array: the leading n-1 order in place, the last column (upper) or row (lower)
        // by dgemm, whose bound check is exact; no copy of C
        double[] ad = am.data();
        int ao = am.offset();
        int ald = am.ld();
        int lastOfOpA = notrans ? ao + (n - 1) : ao + (n - 1) * ald; // row n-1 of op(A), as 1 x k or k x 1
        if (n > 1) {
            blas.dsyrk(uplo(uplo), trans(trans), n - 1, k, alpha, ad, ao, ald, beta, c, cOff, ldc);
        }
        String opA = notrans ? "N" : "T";
        String opAt = notrans ? "T" : "N";
        if (uplo == Uplo.UPPER) {
            // C(0:n, n-1) = alpha op(A) op(A)(n-1, :)^T + beta C(0:n, n-1)
            blas.dgemm(opA, opAt, n, 1, k, alpha, ad, ao, ald, ad, lastOfOpA, ald, beta, c, cOff + (n - 1) * ldc, ldc);
        } else {
            // C(n-1, 0:n) = alpha op(A)(n-1, :) op(A)^T + beta C(n-1, 0:n)
            blas.dgemm(opA, opAt, 1, n, k, alpha, ad, lastOfOpA, ald, ad, ao, ald, beta, c, cOff + (n - 1), ldc);
        }
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
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0) {
            java.symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        int order = side == Side.LEFT ? m : n;
        NetlibMatrix am = NetlibMatrix.of(a, aOff, order, order, lda);
        String u = uplo(uplo);
        if (side == Side.LEFT) {
            // each column of C = alpha A B + beta C needs only the same column of B
            if (NetlibMatrix.fits(c, cOff, n, ldc) && NetlibMatrix.fits(b, bOff, n, ldb)) {
                blas.dsymm("L", u, m, n, alpha, am.data(), am.offset(), am.ld(), b, bOff, ldb, beta, c, cOff, ldc);
                return;
            }
            if (n > 1) {
                blas.dsymm("L", u, m, n - 1, alpha, am.data(), am.offset(), am.ld(), b, bOff, ldb, beta, c, cOff, ldc);
            }
            int lb = bOff + (n - 1) * ldb;
            int lc = cOff + (n - 1) * ldc;
            blas.dsymm("L", u, m, 1, alpha, am.data(), am.offset(), am.ld(), b, lb, m, beta, c, lc, m);
            return;
        }
        NetlibMatrix bm = NetlibMatrix.of(b, bOff, m, n, ldb);
        NetlibMatrix cm = NetlibMatrix.of(c, cOff, m, n, ldc);
        blas.dsymm(
                "R",
                u,
                m,
                n,
                alpha,
                am.data(),
                am.offset(),
                am.ld(),
                bm.data(),
                bm.offset(),
                bm.ld(),
                beta,
                cm.data(),
                cm.offset(),
                cm.ld());
        cm.writeBack(c, cOff, m, n, ldc);
    }
}
