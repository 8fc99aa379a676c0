package jnum.suites.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Complex;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Eigen;
import jnum.mat.Hessenberg;
import jnum.mat.NoConvergenceException;
import jnum.mat.Schur;
import jnum.testkit.EigenConformance;
import jnum.testkit.EigenConformance.Family;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Eigen}, {@link Schur} and {@link Hessenberg} over seeds and on their contracts. */
class EigenProperties {

    private static Dense dense(int n, double[] colMajor) {
        return Dense.wrap(colMajor, 0, Math.max(1, n), n, n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void eigenpairsHaveSmallResidualsOnEveryFamily(long seed) {
        MatrixGen g = new MatrixGen(seed);
        eigenpairsOfEveryFamily(g, g.size(100), seed);
    }

    /**
     * Every order from 1 to 12, where the double-shift QR algorithm runs alone and its bulge
     * reflectors are formed in scalars, on every family with and without balancing: left and
     * right residuals below the threshold, exact conjugate pairs, the input untouched.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void everySmallOrderOnEveryFamily(long seed) {
        MatrixGen g = new MatrixGen(seed);
        for (int n = 1; n <= 12; n++) {
            eigenpairsOfEveryFamily(g, n, seed);
        }
    }

    /**
     * Strongly graded matrices {@code D A0 D^-1} ({@code d_i = 2^(-g i)}, g up to 120 or 300,
     * elements clamped to {@code 2^-c .. 2^c}, c from 300 to 1000), orders 2 to 15, with and
     * without balancing. The back substitution for their eigenvectors meets 2 x 2 blocks whose
     * solution is in range only when the right-hand side is scaled before it is divided (dlaln2's
     * order; dividing first overflowed and left a NaN vector in about 1 of 200 such matrices).
     * Left and right residuals below the threshold, exact conjugate pairs.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void stronglyGradedMatricesHaveFiniteEigenvectors(long seed) {
        java.util.SplittableRandom rnd = new MatrixGen(seed).random();
        for (int rep = 0; rep < 60; rep++) {
            int n = 2 + rnd.nextInt(14);
            int g = rnd.nextInt(4) == 0 ? 300 : 1 + rnd.nextInt(120);
            int c = 300 + rnd.nextInt(701);
            Dense m = dense(n, EigenConformance.graded(rnd, n, g, c));
            boolean balance = rnd.nextBoolean();
            Eigen e = Eigen.of(m, Eigen.Options.defaults().withLeft(true).withBalance(balance));
            EigenChecks.assertEigenpairs(
                    m, e, "seed=" + seed + " rep=" + rep + " n=" + n + " g=" + g + " c=" + c + " balance=" + balance);
        }
    }

    /**
     * Left and right eigenpairs of an order-n matrix of each family, balancing drawn at random:
     * residuals and pairing checked, the input untouched.
     */
    private static void eigenpairsOfEveryFamily(MatrixGen g, int n, long seed) {
        for (Family f : Family.values()) {
            Dense a = dense(n, EigenConformance.matrix(g, f, n));
            double[][] before = a.toArray();
            boolean balance = g.random().nextBoolean();
            Eigen e = Eigen.of(a, Eigen.Options.defaults().withLeft(true).withBalance(balance));
            assertArrayEquals(before, a.toArray(), "input modified");
            EigenChecks.assertEigenpairs(a, e, "seed=" + seed + " " + f + " n=" + n + " balance=" + balance);
        }
    }

    /**
     * The input is read through its strides: a transposed view and a slice of a larger matrix
     * give bit for bit the results of their compact copies, and a non-finite element is named
     * by its position in the view.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void stridedViewsReadLikeTheirCopies(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(20);
        Dense big = g.normal(n + 3, n + 2);
        Dense[] views = {big.slice(0, n, 0, n).t(), big.slice(2, n + 2, 1, n + 1)};
        for (Dense v : views) {
            String ctx = "seed=" + seed + " n=" + n;
            Eigen e = Eigen.of(v, Eigen.Options.defaults().withLeft(true));
            Eigen c = Eigen.of(v.copy(), Eigen.Options.defaults().withLeft(true));
            assertArrayEquals(c.real(), e.real(), ctx);
            assertArrayEquals(c.imag(), e.imag(), ctx);
            assertArrayEquals(c.rightRe().toArray(), e.rightRe().toArray(), ctx);
            assertArrayEquals(c.leftIm().toArray(), e.leftIm().toArray(), ctx);
            assertArrayEquals(Schur.of(v.copy()).t().toArray(), Schur.of(v).t().toArray(), ctx + " schur");
            int i = g.random().nextInt(n);
            int j = g.random().nextInt(n);
            Dense bad = g.normal(n + 3, n + 2);
            Dense view = bad.slice(1, n + 1, 2, n + 2);
            view.set(i, j, Double.NEGATIVE_INFINITY);
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, view::eigen, ctx);
            assertTrue(ex.getMessage().contains("(" + i + ", " + j + ") = -Infinity"), ctx + ": " + ex.getMessage());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void schurFormIsOrthogonallySimilar(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(100);
        for (Family f : Family.values()) {
            double[] av = EigenConformance.matrix(g, f, n);
            Dense a = dense(n, av.clone());
            Schur s = a.schur();
            String ctx = "seed=" + seed + " " + f + " n=" + n;
            Complex[] v = s.values();
            double[] wr = new double[n];
            double[] wi = new double[n];
            for (int j = 0; j < n; j++) {
                wr[j] = v[j].re();
                wi[j] = v[j].im();
            }
            double[] t = EigenChecks.array(s.t());
            EigenConformance.checkSchurForm(n, t, wr, wi, ctx);
            if (f != Family.TINY) { // below 1e-292 the products in the check itself underflow
                EigenConformance.checkDecomposition(n, av, EigenChecks.array(s.z()), t, ctx);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void hessenbergFormIsOrthogonallySimilar(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(200);
        double[] av = EigenConformance.matrix(g, Family.UNIFORM, n);
        Hessenberg h = dense(n, av.clone()).hessenberg();
        double[] hv = EigenChecks.array(h.h());
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                assertEquals(0.0, hv[i + j * n], "H(" + i + ", " + j + ")");
            }
        }
        EigenConformance.checkDecomposition(n, av, EigenChecks.array(h.q()), hv, "seed=" + seed + " n=" + n);
    }

    /**
     * A matrix 2^1020 B with B integer (exact, elements up to 2^1023) has column norms, and so
     * subdiagonal elements of H, beyond MAX_VALUE: Q is still orthogonal and finite, and
     * {@code 2^-1020 H} is {@code Q^T B Q} to {@code c n u ||B||} wherever that element is in range
     * after the scaling (elsewhere H holds an infinity, never a NaN).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void hessenbergOfElementsNearTheOverflowThreshold(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.random().nextInt(40);
        Dense b = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b.set(i, j, j == 0 && i > 0 ? 8 : g.random().nextInt(17) - 8); // ||B(1:n, 0)|| >= 8
            }
        }
        Hessenberg h = Hessenberg.of(b.scale(0x1p1020));
        Dense q = h.q();
        String ctx = "seed=" + seed + " n=" + n;
        double err = q.t().times(q).minus(Dense.identity(n)).norm(jnum.mat.Norm.FROBENIUS);
        assertTrue(err <= 30 * n * EigenChecks.EPS, ctx + ": ||Q^T Q - I|| = " + err);
        Dense expected = q.t().times(b).times(q);
        double tol = 30 * n * EigenChecks.EPS * b.norm(jnum.mat.Norm.FROBENIUS);
        Dense hv = h.h();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = hv.get(i, j);
                assertFalse(Double.isNaN(x), ctx + ": H(" + i + ", " + j + ") is NaN");
                if (Math.abs(expected.get(i, j)) < 0x1p3) { // 2^1020 times it is in range
                    double e = i > j + 1 ? 0 : expected.get(i, j);
                    assertEquals(e, Math.scalb(x, -1020), tol, ctx + ": H(" + i + ", " + j + ")");
                }
            }
        }
    }

    /**
     * A Jordan block {@code lambda I + N} of order n: a perturbation of size delta moves its
     * eigenvalue by about {@code delta^(1/n)}, so the computed values scatter on a circle of that
     * radius around lambda; their mean (the trace / n, invariant under similarity) stays within
     * the backward error of lambda.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void jordanBlockEigenvaluesScatterAsTheoryPredicts(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.random().nextInt(12);
        double lambda = g.random().nextDouble(-5, 5);
        Dense j = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            j.set(i, i, lambda);
            if (i + 1 < n) {
                j.set(i, i + 1, 1);
            }
        }
        Eigen e = Eigen.of(
                j,
                Eigen.Options.defaults().withLeft(true).withBalance(g.random().nextBoolean()));
        double delta = 30 * n * EigenChecks.EPS * EigenChecks.frobenius(j);
        Complex sum = Complex.ZERO;
        for (Complex v : e.values()) {
            assertTrue(v.minus(Complex.real(lambda)).abs() <= 2 * Math.pow(delta, 1.0 / n), "n=" + n + " " + v);
            sum = sum.plus(v);
        }
        assertTrue(sum.times(1.0 / n).minus(Complex.real(lambda)).abs() <= delta, "mean " + sum.times(1.0 / n));
        EigenChecks.assertEigenpairs(j, e, "Jordan n=" + n + " seed=" + seed);
    }

    /**
     * The companion matrix of the monic polynomial {@code z^n + c[0] z^(n-1) + ... + c[n-1]}
     * (coefficients highest degree first, the leading 1 left out), as NumPy's roots builds it.
     */
    static Dense companion(double... c) {
        int n = c.length;
        Dense a = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            a.set(0, i, -c[i]);
            if (i + 1 < n) {
                a.set(i + 1, i, 1);
            }
        }
        return a;
    }

    /** z^n - 1: a permutation matrix (normal, perfectly conditioned), roots the n-th roots of unity. */
    @Test
    void companionOfRootsOfUnity() {
        for (int n = 1; n <= 40; n++) {
            double[] c = new double[n];
            c[n - 1] = -1;
            Dense a = companion(c);
            Complex[] roots = new Complex[n];
            for (int k = 0; k < n; k++) {
                roots[k] = new Complex(Math.cos(2 * Math.PI * k / n), Math.sin(2 * Math.PI * k / n));
            }
            Eigen e = Eigen.of(a, Eigen.Options.defaults().withLeft(true));
            EigenChecks.assertMatches(a, e, roots, 2 * EigenChecks.EPS, "z^" + n + " - 1");
            EigenChecks.assertEigenpairs(a, e, "z^" + n + " - 1");
        }
    }

    /**
     * Wilkinson's polynomial (z - 1)(z - 2)...(z - m) for m up to 12 (exact integer coefficients):
     * its roots are famously ill-conditioned, and each computed root must be within the
     * first-order bound given by its computed condition number.
     */
    @Test
    void companionOfWilkinsonPolynomials() {
        for (int m = 2; m <= 12; m++) {
            double[] p = {1}; // coefficients, lowest degree first
            for (int r = 1; r <= m; r++) {
                double[] q = new double[p.length + 1];
                for (int k = 0; k < p.length; k++) {
                    q[k + 1] += p[k];
                    q[k] -= r * p[k];
                }
                p = q;
            }
            double[] c = new double[m]; // monic: drop the leading 1, highest degree first for companion()
            for (int k = 0; k < m; k++) {
                c[k] = p[m - 1 - k];
            }
            Dense a = companion(c);
            Complex[] roots = new Complex[m];
            for (int r = 1; r <= m; r++) {
                roots[r - 1] = Complex.real(r);
            }
            Eigen e = Eigen.of(a, Eigen.Options.defaults().withLeft(true));
            EigenChecks.assertMatches(a, e, roots, 0, "Wilkinson m=" + m);
            EigenChecks.assertEigenpairs(a, e, "Wilkinson m=" + m);
        }
    }

    /** (z^2 + 1)(z - 2)(z^2 - 2z + 5): roots +-i, 2, 1 +- 2i, complex pairs exactly conjugate. */
    @Test
    void companionWithComplexRoots() {
        // z^5 - 4 z^4 + 10 z^3 - 14 z^2 + 9 z - 10
        Dense a = companion(-4, 10, -14, 9, -10);
        Complex[] roots = {Complex.I, Complex.I.conj(), Complex.real(2), new Complex(1, 2), new Complex(1, -2)};
        Eigen e = Eigen.of(a, Eigen.Options.defaults().withLeft(true));
        EigenChecks.assertMatches(a, e, roots, 0, "complex roots");
        EigenChecks.assertEigenpairs(a, e, "complex roots");
        assertFalse(e.isReal());
    }

    /**
     * A symmetric matrix {@code Q diag(d) Q^T} with known d: real eigenvalues within the backward
     * error of d (eigenvalues of symmetric matrices are perfectly conditioned); perturbed by
     * {@code delta E} nonsymmetrically, every computed eigenvalue is within {@code delta ||E||_2}
     * of some d_i (Bauer-Fike for a normal matrix).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetricAndNearlySymmetricSpectra(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = g.random().nextDouble(-10, 10);
        }
        if (n > 3) {
            d[1] = d[0]; // a repeated eigenvalue
        }
        Dense q = g.orthogonal(n);
        Dense a = q.times(Dense.diag(d)).times(q.t());
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                a.set(i, j, a.get(j, i)); // exactly symmetric
            }
        }
        double bound = 30 * n * EigenChecks.EPS * EigenChecks.frobenius(a);
        Eigen e = a.eigen();
        double[] re = e.real();
        double[] im = e.imag();
        java.util.Arrays.sort(re);
        double[] sorted = d.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(re[i] - sorted[i]) <= bound, "seed=" + seed + " value " + i + ": " + re[i]);
            assertTrue(Math.abs(im[i]) <= bound, "seed=" + seed + " imaginary part " + im[i]);
        }
        EigenChecks.assertEigenpairs(a, e, "symmetric seed=" + seed);
        double delta = 1e-8;
        Dense p = g.normal(n, n);
        Dense b = a.plus(p.scale(delta));
        double radius = delta * EigenChecks.frobenius(p) + 30 * n * EigenChecks.EPS * EigenChecks.frobenius(b);
        Eigen eb = Eigen.of(b, Eigen.Options.defaults().withLeft(true));
        for (Complex v : eb.values()) {
            double best = Double.POSITIVE_INFINITY;
            for (double x : d) {
                best = Math.min(best, v.minus(Complex.real(x)).abs());
            }
            assertTrue(
                    best <= radius, "seed=" + seed + " nearly symmetric: " + v + " is " + best + " from the spectrum");
        }
        EigenChecks.assertEigenpairs(b, eb, "nearly symmetric seed=" + seed);
    }

    @Test
    void valuesOnlyAndOptions() {
        Dense a = Dense.of(new double[][] {{0, -1}, {1, 0}});
        Eigen e = Eigen.of(a, Eigen.Options.valuesOnly());
        assertArrayEquals(new Complex[] {Complex.I, Complex.I.conj()}, e.values());
        assertFalse(e.hasRight());
        assertFalse(e.hasLeft());
        assertThrows(IllegalStateException.class, e::rightRe);
        assertThrows(IllegalStateException.class, () -> a.eigen().leftIm());
        assertThrows(IllegalStateException.class, () -> a.eigen().conditionNumbers());
        assertArrayEquals(
                new double[] {1, 1},
                Eigen.of(a, Eigen.Options.defaults().withLeft(true)).conditionNumbers(),
                4 * EigenChecks.EPS); // a normal matrix
        assertEquals(
                new Eigen.Options(false, true, true),
                Eigen.Options.defaults().withBalance(false).withLeft(true));
        assertArrayEquals(new double[] {0, 0}, e.real());
        assertArrayEquals(new double[] {1, -1}, e.imag());
        assertEquals(Complex.I, e.value(0));
        assertTrue(e.toString().startsWith("Eigen 2x2"));
    }

    @Test
    void emptyAndOneByOne() {
        assertEquals(0, Dense.zeros(0, 0).eigen().values().length);
        assertEquals(0, Dense.zeros(0, 0).schur().t().rows());
        assertEquals(0, Dense.zeros(0, 0).hessenberg().q().rows());
        Eigen e = Dense.of(new double[][] {{-3}}).eigen();
        assertEquals(Complex.real(-3), e.value(0));
        assertEquals(1.0, e.rightRe().get(0, 0));
    }

    @Test
    void badInput() {
        assertThrows(NullPointerException.class, () -> Eigen.of(null));
        assertThrows(NullPointerException.class, () -> Eigen.of(Dense.identity(2), null));
        assertThrows(NullPointerException.class, () -> Schur.of(null));
        assertThrows(NullPointerException.class, () -> Hessenberg.of(null));
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).eigen());
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).schur());
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).hessenberg());
        Dense nan = Dense.identity(3);
        nan.set(1, 2, Double.NaN);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, nan::eigen);
        assertTrue(ex.getMessage().contains("(1, 2)"), ex.getMessage());
        nan.set(1, 2, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, nan::schur);
    }

    @Test
    void noConvergenceExceptionShape() {
        NoConvergenceException e = new NoConvergenceException("eigen: did not converge", 42);
        assertEquals(42, e.iterations());
        assertEquals("eigen: did not converge", e.getMessage());
        assertTrue(e instanceof ArithmeticException);
    }

    @Test
    void complexArithmetic() {
        Complex a = new Complex(3, 4);
        assertEquals(5.0, a.abs());
        assertEquals(Math.atan2(4, 3), a.arg());
        assertEquals(new Complex(3, -4), a.conj());
        assertEquals(new Complex(4, 4), a.plus(Complex.real(1)));
        assertEquals(new Complex(2, 4), a.minus(Complex.real(1)));
        assertEquals(new Complex(-4, 3), a.times(Complex.I));
        assertEquals(Complex.real(25), a.times(a.conj()));
        assertEquals(new Complex(1, 0), a.divide(a));
        assertEquals(new Complex(6, 8), a.times(2));
        assertEquals("3.0 + 4.0i", a.toString());
        assertEquals("3.0 - 4.0i", a.conj().toString());
        assertEquals("2.5", Complex.real(2.5).toString());
        assertEquals(new Complex(-3, -4), a.negate());
        Complex big = new Complex(1e300, 1e300);
        assertEquals(new Complex(1, 0), big.divide(big));
    }
}
