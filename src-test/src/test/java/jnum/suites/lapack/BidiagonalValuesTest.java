package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Uplo;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.Seeds;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bdsqr's values alone (dqds, as dbdsqr hands them to dlasq1) against its values with vectors (the
 * QR iteration) for jnum's Java LAPACK, on random, graded (both directions, within and beyond the
 * exponent range of the squares), zero-laden, subnormal and near-overflow bidiagonals, and
 * against the closed form of the bidiagonal of ones.
 *
 * <p>Tolerance: both methods have high relative accuracy. Each stops when an off-diagonal element
 * is negligible relative to its neighbours (about {@code 100 u}, u = 2^-53, for the QR
 * iteration's tol and for the root of dqds's {@code 100 * 2^-52} on the squares), and by Demmel
 * and Kahan's relative perturbation theorem relative changes of at most eta in the 2n - 1 entries
 * move every singular value by at most about {@code (2n - 1) eta} of itself. So the two agree to
 * {@code 2 (2n - 1) 100 u} relative to each value, however small.
 */
class BidiagonalValuesTest {

    static Stream<Arguments> cases() {
        return QrRoutinesConformanceTest.implementations().stream()
                .filter(impl -> impl.name().startsWith("java"))
                .flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    private static double bound(int n) {
        return 2.0 * (2 * n - 1) * 100 * Tolerance.U;
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void valuesAloneAgreeWithQrValues(Named impl, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Lapack lapack = impl.lapack();
        for (int kind = 0; kind < 6; kind++) {
            int n = 2 + rnd.nextInt(kind == 0 ? 299 : 150);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            boolean up = rnd.nextBoolean();
            for (int i = 0; i < n; i++) {
                double t = (double) i / (n - 1);
                double grade = up ? t : 1 - t;
                double di = rnd.nextDouble(-1, 1);
                double ei = rnd.nextDouble(-1, 1);
                switch (kind) {
                    case 1, 2 -> {
                        // geometric grading over 1e-120..1e120 (kept by dqds) or 1e-300..1e300
                        double span = kind == 1 ? 120 : 300;
                        double scale = Math.pow(10, -span + 2 * span * grade);
                        di *= scale;
                        ei *= scale;
                    }
                    case 3 -> {
                        di = rnd.nextInt(4) == 0 ? 0 : di;
                        ei = rnd.nextInt(4) == 0 ? 0 : ei;
                    }
                    case 4 -> {
                        // subnormal entries
                        di = Math.scalb(di, -1050);
                        ei = Math.scalb(ei, -1050);
                    }
                    case 5 -> {
                        // entries near overflow
                        di = Math.scalb(di, 1020);
                        ei = Math.scalb(ei, 1020);
                    }
                    default -> {}
                }
                d[i] = di;
                if (i < n - 1) {
                    e[i] = ei;
                }
            }
            String context = "kind " + kind + " n=" + n + " seed=" + seed;
            double[] values = d.clone();
            assertEquals(0, lapack.bdsqr(Uplo.UPPER, n, 0, 0, values, 0, e.clone(), 0, null, 0, 1, null, 0, 1));
            double[] reference = qrValues(lapack, kind == 4 ? 1050 : 0, d, e);
            for (int k = 0; k < n; k++) {
                double want = reference[k];
                // subnormal results carry an absolute rounding of half their spacing
                double slack = kind == 4 ? Double.MIN_VALUE : 0;
                Tolerance.assertWithin(values[k], want, bound(n) * want + slack, context + " k=" + k);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void onesBidiagonalHasClosedFormValues(Named impl) {
        for (int n = 1; n <= 300; n += n < 12 ? 1 : 23) {
            double[] d = new double[n];
            double[] e = new double[n - 1];
            Arrays.fill(d, 1);
            Arrays.fill(e, 1);
            assertEquals(0, impl.lapack().bdsqr(Uplo.LOWER, n, 0, 0, d, 0, e, 0, null, 0, 1, null, 0, 1));
            for (int k = 1; k <= n; k++) {
                // 2 cos(k pi / (2n + 1)) as 2 sin((2n + 1 - 2k) pi / (2 (2n + 1))): an argument with a
                // relative error of a few u, at which the sine's relative condition is at most 1
                double want = 2 * Math.sin((2.0 * n + 1 - 2 * k) * Math.PI / (2.0 * (2 * n + 1)));
                double tol = (2 * n - 1) * 100 * Tolerance.U + 8 * Tolerance.U;
                Tolerance.assertRelative(d[k - 1], want, tol, impl + " n=" + n + " k=" + k);
            }
        }
    }

    static Stream<Arguments> implementations() {
        return QrRoutinesConformanceTest.implementations().stream()
                .filter(impl -> impl.name().startsWith("java"))
                .map(Arguments::of);
    }

    /**
     * The QR iteration's values (one column of VT keeps bdsqr on it) of the bidiagonal scaled by
     * 2^up (exact; its thresholds are absolute near underflow), scaled back.
     */
    private static double[] qrValues(Lapack lapack, int up, double[] d, double[] e) {
        int n = d.length;
        double[] s = new double[n];
        double[] f = new double[n - 1];
        for (int i = 0; i < n; i++) {
            s[i] = Math.scalb(d[i], up);
            if (i < n - 1) {
                f[i] = Math.scalb(e[i], up);
            }
        }
        assertEquals(0, lapack.bdsqr(Uplo.UPPER, n, 1, 0, s, 0, f, 0, new double[n], 0, n, null, 0, 1));
        for (int i = 0; i < n; i++) {
            s[i] = Math.scalb(s[i], -up);
        }
        return s;
    }
}
