package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Uplo;
import jnum.testkit.QrConformance.Family;

/**
 * Conformance driver for the SVD routines of any LAPACK provider (gebrd, orgbr, bdsqr, gesvd),
 * called through a {@link Lapack} facade, in the manner of LAPACK's dchkbd tests.
 *
 * <p>Operands are {@link GuardedMatrix} instances (random offset and leading dimension, NaN guards);
 * outputs start as NaN so that every element must be written. The checks, with {@code u = 2^-53}
 * and every product formed here with plain loops:
 *
 * <ul>
 *   <li>gebrd and orgbr: {@code ||A - Q B P^T||_1 / (max(m, n) u ||A||_1) < 30}, Q and P
 *       orthonormal ({@code ||Q^T Q - I||_1 / (m u) < 30});
 *   <li>bdsqr, upper and lower: {@code ||B - U S V^T||_1 / (n u ||B||_1) < 30}, U and V
 *       orthonormal, values non-negative and decreasing, the values-only call agreeing with the
 *       one with vectors to {@code 30 n u s_0};
 *   <li>gesvd, every job: {@code ||A - U S V^T||_1 / (max(m, n) u ||A||_1) < 30}, U and V
 *       orthonormal (thin and full), values non-negative and decreasing, values-only agreeing
 *       with the thin decomposition to {@code 30 max(m, n) u s_0}.
 * </ul>
 *
 * <p>Matrix families: those of {@link QrConformance} (uniform, graded, condition 1e15,
 * rank-deficient, scaled to 1e-300 and 1e300).
 */
public final class SvdConformance {
    /**
     * Orders around the vector lengths, the block size 32, the crossover 64 of the blocked
     * reduction, and far enough apart that tall shapes take the QR-first path (m >= 1.6 n).
     */
    public static final int[] SIZES = {0, 1, 2, 3, 5, 8, 17, 31, 32, 33, 64, 65, 66, 97, 130, 200};

    /** LAPACK's test threshold. */
    public static final double THRESHOLD = 30;

    private static final double U = Tolerance.U;

    private SvdConformance() {}

    /** One shape drawn from {@link #SIZES} for each dimension. */
    public static int[] shape(SplittableRandom rnd) {
        return new int[] {SIZES[rnd.nextInt(SIZES.length)], SIZES[rnd.nextInt(SIZES.length)]};
    }

    // ---- gebrd, orgbr ----------------------------------------------------------------------------

    /** gebrd and orgbr on every family, for the shape drawn from seed. */
    public static void gebrd(Lapack lapack, long seed) {
        int[] s = shape(new SplittableRandom(seed));
        gebrd(lapack, s[0], s[1], seed);
    }

    /** As {@link #gebrd(Lapack, long)} for a given m x n shape. */
    public static void gebrd(Lapack lapack, int m, int n, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        for (Family f : Family.values()) {
            gebrdCase(lapack, f, m, n, QrConformance.matrix(gen, f, m, n), gen.random());
        }
    }

    private static void gebrdCase(Lapack lapack, Family f, int m, int n, double[] a0, SplittableRandom rnd) {
        String what = "gebrd " + f + " " + m + "x" + n;
        int p = Math.min(m, n);
        GuardedMatrix a = QrConformance.guarded(m, n, a0, rnd);
        GuardedVector d = nanVector(p, rnd);
        GuardedVector e = nanVector(Math.max(0, p - 1), rnd);
        GuardedVector tauq = nanVector(p, rnd);
        GuardedVector taup = nanVector(p, rnd);
        lapack.gebrd(m, n, a.data, a.off, a.ld, d.data, d.off, e.data, e.off, tauq.data, tauq.off, taup.data, taup.off);
        a.assertGuardsIntact(what);
        d.assertGuardsIntact(what + " d");
        e.assertGuardsIntact(what + " e");
        tauq.assertGuardsIntact(what + " tauq");
        taup.assertGuardsIntact(what + " taup");
        if (p == 0) {
            return;
        }
        double[] reduced = a.values();
        // Q: m x p (the first p columns), P^T: p x n (the first p rows)
        int qcols = p;
        double[] q = Arrays.copyOf(reduced, m * n);
        double[] qIn = new double[m * qcols];
        Arrays.fill(qIn, Double.NaN);
        for (int j = 0; j < qcols && j < n; j++) {
            System.arraycopy(q, j * m, qIn, j * m, m);
        }
        GuardedMatrix qm = QrConformance.guarded(m, qcols, qIn, rnd);
        lapack.orgbr(BidiagonalFactor.Q, m, qcols, n, qm.data, qm.off, qm.ld, tauq.data, tauq.off);
        qm.assertGuardsIntact("orgbr Q " + what);
        double[] qv = qm.values();
        QrConformance.checkOrthonormalColumns(qv, m, qcols, "orgbr Q " + what);

        double[] ptIn = new double[p * n];
        Arrays.fill(ptIn, Double.NaN);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < p; i++) {
                ptIn[i + j * p] = reduced[i + j * m];
            }
        }
        GuardedMatrix pm = QrConformance.guarded(p, n, ptIn, rnd);
        lapack.orgbr(BidiagonalFactor.P, p, n, m, pm.data, pm.off, pm.ld, taup.data, taup.off);
        pm.assertGuardsIntact("orgbr P " + what);
        double[] pt = pm.values();
        QrConformance.checkOrthonormalColumns(QrConformance.transpose(pt, p, n), n, p, "orgbr P " + what);

        double[] b = new double[p * p];
        double[] dv = d.values();
        double[] ev = e.values();
        for (int i = 0; i < p; i++) {
            b[i + i * p] = dv[i];
            if (i < p - 1) {
                if (m >= n) {
                    b[i + (i + 1) * p] = ev[i];
                } else {
                    b[i + 1 + i * p] = ev[i];
                }
            }
        }
        double[] product = QrConformance.multiply(QrConformance.multiply(qv, m, p, b, p), m, p, pt, n);
        QrConformance.checkResidual(a0, product, m, n, what + ": ||A - Q B P^T||");
    }

    // ---- bdsqr -----------------------------------------------------------------------------------

    /** bdsqr with and without vectors, upper and lower, on bidiagonals of the seed's order. */
    public static void bdsqr(Lapack lapack, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = SIZES[rnd.nextInt(SIZES.length)];
        for (Uplo uplo : Uplo.values()) {
            for (int kind = 0; kind < 4; kind++) {
                double[] d = new double[n];
                double[] e = new double[Math.max(0, n - 1)];
                for (int i = 0; i < n; i++) {
                    d[i] = bidiagonalElement(kind, i, n, rnd);
                    if (i < n - 1) {
                        e[i] = bidiagonalElement(kind, i, n, rnd);
                    }
                }
                bdsqrCase(lapack, uplo, n, d, e, rnd, "bdsqr " + uplo + " kind " + kind + " n=" + n);
            }
        }
    }

    /** Uniform, graded by 1e-3 a step, with zeros on the diagonal, and all-equal elements. */
    private static double bidiagonalElement(int kind, int i, int n, SplittableRandom rnd) {
        return switch (kind) {
            case 0 -> rnd.nextDouble(-1, 1);
            case 1 -> rnd.nextDouble(0.5, 1) * Math.pow(1e-3, i % 60);
            case 2 -> rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-1, 1);
            default -> 1;
        };
    }

    private static void bdsqrCase(
            Lapack lapack, Uplo uplo, int n, double[] d0, double[] e0, SplittableRandom rnd, String what) {
        GuardedVector d = new GuardedVector(d0.clone(), 1, rnd.nextInt(3), rnd.nextInt(3));
        GuardedVector e = new GuardedVector(e0.clone(), 1, rnd.nextInt(3), rnd.nextInt(3));
        GuardedMatrix vt = QrConformance.guarded(n, n, identity(n), rnd);
        GuardedMatrix u = QrConformance.guarded(n, n, identity(n), rnd);
        int info =
                lapack.bdsqr(uplo, n, n, n, d.data, d.off, e.data, e.off, vt.data, vt.off, vt.ld, u.data, u.off, u.ld);
        checkBidiagonalSvd(lapack, uplo, n, d0, e0, info, d, e, u, vt, what);
    }

    /**
     * The checks of a bidiagonal SVD {@code B = U S V^T} (B from d0 and e0) returned with info in
     * the guarded d, U and VT: converged, guards intact, values sorted, U and V orthonormal, the
     * residual, and the values agreeing with bdsqr's values-only call.
     */
    private static void checkBidiagonalSvd(
            Lapack lapack,
            Uplo uplo,
            int n,
            double[] d0,
            double[] e0,
            int info,
            GuardedVector d,
            GuardedVector e,
            GuardedMatrix u,
            GuardedMatrix vt,
            String what) {
        assertEquals(0, info, what + ": not converged");
        d.assertGuardsIntact(what);
        e.assertGuardsIntact(what);
        vt.assertGuardsIntact(what + " VT");
        u.assertGuardsIntact(what + " U");
        double[] s = d.values();
        checkSorted(s, what);
        double[] uv = u.values();
        double[] vtv = vt.values();
        QrConformance.checkOrthonormalColumns(uv, n, n, what + " U");
        QrConformance.checkOrthonormalColumns(QrConformance.transpose(vtv, n, n), n, n, what + " V");
        double[] b = new double[n * n];
        for (int i = 0; i < n; i++) {
            b[i + i * n] = d0[i];
            if (i < n - 1) {
                b[uplo == Uplo.UPPER ? i + (i + 1) * n : i + 1 + i * n] = e0[i];
            }
        }
        QrConformance.checkResidual(b, usv(uv, n, n, s, vtv, n), n, n, what + ": ||B - U S V^T||");
        checkValuesAgree(scaledBdsqrValues(lapack, uplo, d0, e0), s, n, what + " values only");
    }

    /**
     * bdsqr's values of (d, e) computed on the bidiagonal scaled by a power of two to a largest
     * element near 1 and scaled back (both exact), so that the reference keeps its accuracy on
     * bidiagonals near the underflow threshold, where the unscaled iteration loses digits.
     */
    private static double[] scaledBdsqrValues(Lapack lapack, Uplo uplo, double[] d0, double[] e0) {
        double max = 0;
        for (double x : d0) {
            max = Math.max(max, Math.abs(x));
        }
        for (double x : e0) {
            max = Math.max(max, Math.abs(x));
        }
        int scale = max == 0 || !Double.isFinite(max) ? 0 : -Math.getExponent(max);
        double[] d = d0.clone();
        double[] e = e0.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.scalb(d[i], scale);
        }
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.scalb(e[i], scale);
        }
        double[] values = bdsqrValues(lapack, uplo, d, e);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.scalb(values[i], -scale);
        }
        return values;
    }

    /**
     * The singular values of the bidiagonal (d, e) by bdsqr without vectors, checked to converge;
     * for comparisons with reference values.
     */
    public static double[] bdsqrValues(Lapack lapack, Uplo uplo, double[] d0, double[] e0) {
        double[] d = d0.clone();
        double[] e = e0.clone();
        int info = lapack.bdsqr(uplo, d.length, 0, 0, d, 0, e, 0, null, 0, 1, null, 0, 1);
        assertEquals(0, info, "bdsqr values only: not converged");
        return d;
    }

    // ---- bdsdc -----------------------------------------------------------------------------------

    /**
     * Orders of the divide and conquer: a leaf alone (up to 25), one merge (26, 27, 51), and
     * several levels (up to 300, five levels of merges).
     */
    public static final int[] DC_SIZES = {1, 2, 3, 7, 25, 26, 27, 51, 52, 64, 100, 101, 157, 203, 300};

    /** The bidiagonal families of {@link #bdsdc}. */
    public static final int DC_KINDS = 9;

    /**
     * bdsdc, upper and lower, on a bidiagonal of every family for an order drawn from {@link
     * #DC_SIZES}: the checks of bdsqr ({@code ||B - U S V^T||_1 / (n u ||B||_1) < 30}, U and V
     * orthonormal, values sorted) and the values agreeing with bdsqr's to {@code 30 n u s_0}.
     */
    public static void bdsdc(Lapack lapack, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = DC_SIZES[rnd.nextInt(DC_SIZES.length)];
        for (Uplo uplo : Uplo.values()) {
            for (int kind = 0; kind < DC_KINDS; kind++) {
                double[] d = new double[n];
                double[] e = new double[Math.max(0, n - 1)];
                dcBidiagonal(kind, n, d, e, rnd);
                bdsdcCase(lapack, uplo, n, d, e, rnd, "bdsdc " + uplo + " kind " + kind + " n=" + n + " seed=" + seed);
            }
        }
    }

    /**
     * bdsdc on twelve bidiagonals of order 100 to 159 with +-1 on the diagonal and rounding-level
     * couplings (the family {@link #bdsdc} draws as its last kind, here at orders with merges of
     * leaves long enough for their null vectors to end in exact zeros, and often enough to meet
     * every sign of the merges' first z component).
     */
    public static void bdsdcSignedUnitDiagonals(Lapack lapack, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int t = 0; t < 12; t++) {
            int n = 100 + rnd.nextInt(60);
            Uplo uplo = rnd.nextBoolean() ? Uplo.UPPER : Uplo.LOWER;
            double[] d = new double[n];
            double[] e = new double[n - 1];
            dcBidiagonal(DC_KINDS - 1, n, d, e, rnd);
            bdsdcCase(lapack, uplo, n, d, e, rnd, "bdsdc signed unit diagonal " + uplo + " n=" + n + " seed=" + seed);
        }
    }

    /**
     * bdsdc on the bidiagonals of four matrices of orders 100 to 220, reduced by gebrd of the
     * same implementation: two rank-deficient ones (random rank, the trailing singular values at
     * the rounding level) and two whose singular values are 1 (random count) and the rest powers
     * 10^-4 to 10^-16, each repeated many times. Merges then join poles and roots near the
     * rounding level with moderate ones whose couplings are tiny, roots 20 or more orders of
     * magnitude below the far end of their interval that the secular equation must still find to
     * high relative accuracy, and exactly repeated values anywhere in the spectrum.
     */
    public static void bdsdcRankDeficient(Lapack lapack, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        SplittableRandom rnd = gen.random();
        for (int t = 0; t < 4; t++) {
            int n = 100 + rnd.nextInt(121);
            int rank = 1 + rnd.nextInt(n - 1);
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = i < rank ? 1 : Math.pow(10, -4 - rnd.nextInt(13));
            }
            Dense m = t < 2 ? gen.rankDeficient(n, n, rank) : gen.withSingularValues(n, n, s);
            double[] a = LapackConformance.values(m);
            double[] d = new double[n];
            double[] e = new double[n];
            lapack.gebrd(n, n, a, 0, n, d, 0, e, 0, new double[n], 0, new double[n], 0);
            String what =
                    (t < 2 ? "rank-deficient" : "repeated levels") + " n=" + n + " rank=" + rank + " seed=" + seed;
            bdsdcCase(lapack, Uplo.UPPER, n, d, Arrays.copyOf(e, n - 1), rnd, "bdsdc " + what);
        }
    }

    /**
     * Uniform in (-1, 1); graded (diagonal and off-diagonal from 1 down to 1e-15 geometrically);
     * clustered (values 1 + small noise, and many repeated); zeros on the diagonal and the
     * off-diagonal; uniform scaled to 1e-300 and to 1e300; a Wilkinson-like bidiagonal with pairs
     * of nearly equal singular values; two halves repeating each other; and diagonal elements of
     * +-1 with off-diagonal ones at the rounding level (every singular value about 1).
     */
    private static void dcBidiagonal(int kind, int n, double[] d, double[] e, SplittableRandom rnd) {
        for (int i = 0; i < n; i++) {
            double grade = Math.pow(1e-15, n == 1 ? 0 : (double) i / (n - 1));
            double x;
            double y;
            switch (kind) {
                case 1 -> {
                    x = grade * rnd.nextDouble(0.5, 1);
                    y = grade * rnd.nextDouble(0.5, 1);
                }
                case 2 -> {
                    x = 1 + 1e-14 * rnd.nextDouble(-1, 1);
                    y = rnd.nextInt(4) == 0 ? 1e-9 * rnd.nextDouble() : 0;
                }
                case 3 -> {
                    x = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-1, 1);
                    y = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-1, 1);
                }
                case 4 -> {
                    x = 1e-300 * rnd.nextDouble(-1, 1);
                    y = 1e-300 * rnd.nextDouble(-1, 1);
                }
                case 5 -> {
                    x = 1e300 * rnd.nextDouble(-1, 1);
                    y = 1e300 * rnd.nextDouble(-1, 1);
                }
                case 6 -> {
                    x = Math.abs(i - n / 2) + 1;
                    y = 1;
                }
                case 8 -> {
                    // the bidiagonal of a matrix with orthonormal columns: signs on the diagonal and
                    // rounding-level couplings, so that the merges' null vectors end in exact zeros
                    x = rnd.nextBoolean() ? 1 : -1;
                    y = 2e-15 * rnd.nextDouble(-1, 1);
                }
                default -> {
                    x = rnd.nextDouble(-1, 1);
                    y = rnd.nextDouble(-1, 1);
                }
            }
            d[i] = x;
            if (i < n - 1) {
                e[i] = y;
            }
        }
        if (kind == 7 && n > 2) {
            // a repeated block: the same values in both halves give exactly repeated singular values
            for (int i = n / 2 + 1; i < n; i++) {
                d[i] = d[i - n / 2 - 1];
                if (i < n - 1) {
                    e[i] = e[i - n / 2 - 1];
                }
            }
            e[n / 2] = 0;
            e[n / 2 - 1] = 0;
        }
    }

    private static void bdsdcCase(
            Lapack lapack, Uplo uplo, int n, double[] d0, double[] e0, SplittableRandom rnd, String what) {
        GuardedVector d = new GuardedVector(d0.clone(), 1, rnd.nextInt(3), rnd.nextInt(3));
        GuardedVector e = new GuardedVector(e0.clone(), 1, rnd.nextInt(3), rnd.nextInt(3));
        GuardedMatrix vt = QrConformance.guarded(n, n, nan(n * n), rnd);
        GuardedMatrix u = QrConformance.guarded(n, n, nan(n * n), rnd);
        int info = lapack.bdsdc(uplo, n, d.data, d.off, e.data, e.off, u.data, u.off, u.ld, vt.data, vt.off, vt.ld);
        checkBidiagonalSvd(lapack, uplo, n, d0, e0, info, d, e, u, vt, what);
    }

    // ---- gesvd -----------------------------------------------------------------------------------

    /** gesvd with every job on every family, for the shape drawn from seed. */
    public static void gesvd(Lapack lapack, long seed) {
        int[] s = shape(new SplittableRandom(seed));
        gesvd(lapack, s[0], s[1], seed, Family.values());
    }

    /**
     * gesvd with thin vectors on glued Wilkinson matrices (copies of the symmetric tridiagonal
     * W_21^+ joined by a small glue, orders 100 to 219): pairs and triples of singular values
     * within a few ulps of each other, the standard test of divide and conquer's orthogonality.
     */
    public static void gesvdGluedWilkinson(Lapack lapack, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 100 + rnd.nextInt(120);
        // glues down to 1e-12: at 1e-13 and 1e-14 a few orders in a thousand take native LAPACK's
        // gesdd, like this one, to 35-55 m u of orthogonality, above the common bound of 30
        double glue = Math.pow(10, -4 - rnd.nextInt(9));
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i + i * n] = Math.abs(i % 21 - 10);
            if (i + 1 < n) {
                double c = i % 21 == 20 ? glue : 1;
                a[i + 1 + i * n] = c;
                a[i + (i + 1) * n] = c;
            }
        }
        gesvdCase(
                lapack, SvdJob.THIN, n, n, a, rnd, "gesvd glued Wilkinson n=" + n + " glue=" + glue + " seed=" + seed);
    }

    /** As {@link #gesvd(Lapack, long)} for a given m x n shape and families. */
    public static void gesvd(Lapack lapack, int m, int n, long seed, Family... families) {
        MatrixGen gen = new MatrixGen(seed);
        for (Family f : families) {
            double[] a0 = QrConformance.matrix(gen, f, m, n);
            SplittableRandom rnd = gen.random();
            String what = "gesvd " + f + " " + m + "x" + n;
            double[] thin = gesvdCase(lapack, SvdJob.THIN, m, n, a0, rnd, what);
            gesvdCase(lapack, SvdJob.FULL, m, n, a0, rnd, what);
            double[] values = gesvdCase(lapack, SvdJob.VALUES, m, n, a0, rnd, what);
            checkValuesAgree(values, thin, Math.max(m, n), what + " values only");
        }
    }

    /** One gesvd call on a guarded copy of a0, checked; returns the singular values. */
    private static double[] gesvdCase(
            Lapack lapack, SvdJob job, int m, int n, double[] a0, SplittableRandom rnd, String what) {
        what = what + " " + job;
        int p = Math.min(m, n);
        int ucols = job == SvdJob.FULL ? m : p;
        int vtrows = job == SvdJob.FULL ? n : p;
        GuardedMatrix a = QrConformance.guarded(m, n, a0, rnd);
        GuardedVector s = nanVector(p, rnd);
        GuardedMatrix u = QrConformance.guarded(m, ucols, nan(m * ucols), rnd);
        GuardedMatrix vt = QrConformance.guarded(vtrows, n, nan(vtrows * n), rnd);
        int info = job == SvdJob.VALUES
                ? lapack.gesvd(job, m, n, a.data, a.off, a.ld, s.data, s.off, null, 0, 1, null, 0, 1)
                : lapack.gesvd(
                        job, m, n, a.data, a.off, a.ld, s.data, s.off, u.data, u.off, u.ld, vt.data, vt.off, vt.ld);
        assertEquals(0, info, what + ": not converged");
        a.assertGuardsIntact(what);
        s.assertGuardsIntact(what + " s");
        double[] sv = s.values();
        checkSorted(sv, what);
        if (job == SvdJob.VALUES || p == 0) {
            return sv;
        }
        u.assertGuardsIntact(what + " U");
        vt.assertGuardsIntact(what + " VT");
        double[] uv = u.values();
        double[] vtv = vt.values();
        QrConformance.checkOrthonormalColumns(uv, m, ucols, what + " U");
        QrConformance.checkOrthonormalColumns(QrConformance.transpose(vtv, vtrows, n), n, vtrows, what + " V");
        // the first p columns of U and rows of V^T carry the decomposition
        double[] vtp = new double[p * n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(vtv, j * vtrows, vtp, j * p, p);
        }
        QrConformance.checkResidual(
                a0, usv(Arrays.copyOf(uv, m * p), m, p, sv, vtp, n), m, n, what + ": ||A - U S V^T||");
        return sv;
    }

    // ---- checks ----------------------------------------------------------------------------------

    /** Non-negative, decreasing, no NaN. */
    public static void checkSorted(double[] s, String what) {
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] >= 0)) {
                fail(what + ": singular value " + i + " = " + s[i]);
            }
            if (i > 0 && s[i] > s[i - 1]) {
                fail(what + ": singular values not decreasing at " + i + ": " + s[i - 1] + " < " + s[i]);
            }
        }
    }

    /** {@code |a_i - b_i| <= 30 order u max(a_0, b_0)} for every i. */
    private static void checkValuesAgree(double[] a, double[] b, int order, String what) {
        double scale = a.length == 0 ? 0 : Math.max(a[0], b[0]);
        for (int i = 0; i < a.length; i++) {
            double bound = THRESHOLD * Math.max(1, order) * U * scale;
            if (!(Math.abs(a[i] - b[i]) <= bound)) {
                fail(what + ": value " + i + " = " + a[i] + " against " + b[i] + " (bound " + bound + ")");
            }
        }
    }

    /** {@code U diag(s) V^T} for U m x p and V^T p x n. */
    public static double[] usv(double[] u, int m, int p, double[] s, double[] vt, int n) {
        double[] us = u.clone();
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < m; i++) {
                us[i + j * m] *= s[j];
            }
        }
        return QrConformance.multiply(us, m, p, vt, n);
    }

    private static double[] identity(int n) {
        double[] id = new double[n * n];
        for (int i = 0; i < n; i++) {
            id[i + i * n] = 1;
        }
        return id;
    }

    private static double[] nan(int size) {
        double[] x = new double[size];
        Arrays.fill(x, Double.NaN);
        return x;
    }

    private static GuardedVector nanVector(int n, SplittableRandom rnd) {
        return new GuardedVector(nan(n), 1, rnd.nextInt(3), rnd.nextInt(3));
    }
}
