package jnum.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.Dense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The More-Sorensen subproblem solver on models {@code m(p) = g.p + p.H p / 2} whose Hessian
 * {@code H = Q diag(d) Q^T} has known eigenvalues: in the eigenbasis the exact solution is
 * {@code p_i = -c_i / (d_i + lambda)} with {@code c = Q^T g} and lambda the root of the secular
 * equation, found here by bisection (or, in the hard case, {@code lambda = -d_1} completed along the
 * eigenvector). The paper's guarantee (More and Sorensen 1983, section 3): {@code ||p|| <= (1 +
 * sigma1) Delta} and {@code m(p) <= (1 - sigma1)^2 m*} for {@code sigma1 = 0.1}, which is what is
 * checked, plus rounding.
 */
class MoreSorensenTest {
    static LongStream seeds() {
        return new SplittableRandom(0x4d53).longs(60, 0, Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void stepIsWithinTheGuaranteedFractionOfTheOptimalModelValue(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(30);
        Dense q = Dense.random(n, n, rnd).qr().q();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rnd.nextDouble(-5, 5);
        }
        int kind = rnd.nextInt(4); // 0: positive definite, 1: indefinite, 2: hard case, 3: hard case, g = 0
        if (kind == 0) {
            for (int i = 0; i < n; i++) {
                d[i] = Math.abs(d[i]) + 0.1;
            }
        }
        java.util.Arrays.sort(d);
        if (kind >= 2) {
            d[0] = -Math.abs(d[0]) - 0.5; // a strictly negative smallest eigenvalue, simple
            if (n > 1 && d[1] <= d[0]) {
                d[1] = d[0] + 1;
            }
            java.util.Arrays.sort(d);
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = kind == 3 ? 0 : rnd.nextDouble(-1, 1);
        }
        if (kind == 2) {
            c[0] = 0; // g orthogonal to the eigenvector of the smallest eigenvalue
        }
        double delta = Math.pow(10, rnd.nextDouble(-2, 1.5));
        double[] g = q.times(jnum.mat.Vec.of(c)).toArray();
        Dense h = q.times(Dense.diag(d)).times(q.t());
        double[] hArr = h.copy().array();
        Problem problem =
                Problem.of(x -> 0, (x, gr) -> {}).withHessian((x, out) -> System.arraycopy(hArr, 0, out, 0, n * n));
        Evaluator ev = new Evaluator(problem, new double[n], Settings.defaults(), "test");
        MoreSorensen ms = new MoreSorensen(n);
        assertTrue(ms.solve(ev, new double[n], g, delta, true));
        double[] p = ms.step();
        double pNorm = Math.sqrt(Evaluator.dot(p, p));
        double model = Evaluator.dot(g, p)
                + 0.5 * Evaluator.dot(p, h.times(jnum.mat.Vec.of(p)).toArray());
        double optimum = optimalModelValue(d, c, delta);
        String ctx = "n=" + n + " kind=" + kind + " delta=" + delta + " seed=" + seed;
        double rounding = 1e-10 * (1 + Math.abs(optimum)); // rounding only, far below the 19% allowance
        assertTrue(pNorm <= 1.1 * delta * (1 + 1e-12), ctx + ": ||p|| = " + pNorm);
        assertTrue(model <= 0.81 * optimum + rounding, ctx + ": m(p) = " + model + ", m* = " + optimum);
    }

    /** The optimal value of the subproblem in the eigenbasis, by bisection on the secular equation. */
    static double optimalModelValue(double[] d, double[] c, double delta) {
        int n = d.length;
        double lo = Math.max(0, -d[0]);
        if (norm(step(d, c, lo)) <= delta) {
            double[] p = step(d, c, lo);
            if (lo > 0) { // hard case: complete along the eigenvector e_1 to the boundary
                double pp = norm(p);
                p[0] = Math.sqrt(Math.max(0, delta * delta - pp * pp));
            }
            return value(d, c, p);
        }
        double hi = lo + 1;
        while (norm(step(d, c, hi)) > delta) {
            hi = 2 * hi + 1;
        }
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (norm(step(d, c, mid)) > delta) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return value(d, c, step(d, c, hi));
    }

    private static double[] step(double[] d, double[] c, double lambda) {
        double[] p = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double den = d[i] + lambda;
            p[i] = c[i] == 0 ? 0 : -c[i] / den;
        }
        return p;
    }

    private static double value(double[] d, double[] c, double[] p) {
        double v = 0;
        for (int i = 0; i < d.length; i++) {
            v += c[i] * p[i] + 0.5 * d[i] * p[i] * p[i];
        }
        return v;
    }

    private static double norm(double[] v) {
        return Math.sqrt(Evaluator.dot(v, v));
    }
}
