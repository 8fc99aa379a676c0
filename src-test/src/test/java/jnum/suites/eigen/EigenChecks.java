package jnum.suites.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Complex;
import jnum.mat.Dense;
import jnum.mat.Eigen;
import jnum.testkit.EigenConformance;
import jnum.testkit.Tolerance;

/** Checks on {@link Eigen} results shared by the eigen suites. */
final class EigenChecks {
    static final double EPS = Tolerance.EPS;

    private EigenChecks() {}

    /** Column-major compact copy. */
    static double[] array(Dense a) {
        return a.copy().array();
    }

    /** The vectors back in LAPACK's packing (pair: real part in column j, imaginary in j + 1). */
    static double[] packed(Eigen e, Dense re, Dense im) {
        int n = e.order();
        double[] wi = e.imag();
        double[] p = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                p[i + j * n] = re.get(i, j);
                if (wi[j] > 0) {
                    p[i + (j + 1) * n] = im.get(i, j);
                }
            }
            if (wi[j] > 0) {
                // the conjugate value's vector is exactly the conjugate
                for (int i = 0; i < n; i++) {
                    assertEquals(re.get(i, j), re.get(i, j + 1), "re of conjugate vector " + j);
                    assertEquals(im.get(i, j), -im.get(i, j + 1), "im of conjugate vector " + j);
                }
                j++;
            }
        }
        return p;
    }

    /** Residuals, norms and pairing of the right (and left, when present) vectors of e for a. */
    static void assertEigenpairs(Dense a, Eigen e, String ctx) {
        int n = a.rows();
        double[] av = array(a);
        assertConjugatePairs(e, ctx);
        if (e.hasRight()) {
            EigenConformance.checkEigenvectors(
                    n, av, e.real(), e.imag(), packed(e, e.rightRe(), e.rightIm()), false, ctx + " right");
        }
        if (e.hasLeft()) {
            EigenConformance.checkEigenvectors(
                    n, av, e.real(), e.imag(), packed(e, e.leftRe(), e.leftIm()), true, ctx + " left");
        }
    }

    /** Every complex value is followed by its exact conjugate; positive imaginary part first. */
    static void assertConjugatePairs(Eigen e, String ctx) {
        Complex[] v = e.values();
        for (int j = 0; j < v.length; j++) {
            if (v[j].im() != 0) {
                assertTrue(v[j].im() > 0, ctx + ": value " + j + " " + v[j] + " comes before its conjugate");
                assertEquals(v[j].conj(), v[j + 1], ctx + ": value " + (j + 1) + " is not the exact conjugate");
                j++;
            }
        }
    }

    /**
     * The condition number {@code 1 / |y^H x|} of eigenvalue j, from the unit right and left
     * vectors (Wilkinson's s_j).
     */
    static double condition(Eigen e, int j) {
        Complex[] x = e.right(j);
        Complex[] y = e.left(j);
        Complex s = Complex.ZERO;
        for (int i = 0; i < x.length; i++) {
            s = s.plus(y[i].conj().times(x[i]));
        }
        return 1 / s.abs();
    }

    /** The Frobenius norm. */
    static double frobenius(Dense a) {
        double s = 0;
        for (int j = 0; j < a.cols(); j++) {
            for (int i = 0; i < a.rows(); i++) {
                s += a.get(i, j) * a.get(i, j);
            }
        }
        return Math.sqrt(s);
    }

    /**
     * Every expected eigenvalue is matched (one to one, nearest first) by a computed one within
     * {@code 30 n eps ||A||_F cond_j + slack}, cond_j the computed condition number: first-order
     * perturbation theory for a backward-stable algorithm.
     */
    static void assertMatches(Dense a, Eigen e, Complex[] expected, double slack, String ctx) {
        int n = a.rows();
        double scale = 30 * n * EPS * frobenius(a);
        boolean[] used = new boolean[n];
        Complex[] got = e.values();
        for (Complex want : expected) {
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = got[j].minus(want).abs();
                if (!used[j] && d < bestDist) {
                    bestDist = d;
                    best = j;
                }
            }
            used[best] = true;
            double bound = scale * condition(e, best) + slack;
            assertTrue(
                    bestDist <= bound,
                    ctx + ": eigenvalue " + want + " computed as " + got[best] + ", error " + bestDist + " > bound "
                            + bound);
        }
    }
}
