package jnum.stat.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.SplittableRandom;
import jnum.stat.special.Special;
import org.junit.jupiter.api.Test;

/** Internals of the samplers and the quantile refinement that the public API cannot reach. */
class SamplerInternalsTest {

    private static double[] table(Class<?> c, String name) throws ReflectiveOperationException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return (double[]) f.get(null);
    }

    /**
     * Every layer of a ziggurat has the same area V: the rectangles {@code X[i] (F[i+1] - F[i])} for
     * i >= 1 and the base strip {@code X[0] f(R) = X[0] F[1]} (which covers the rectangle under f(R) and the
     * tail). Each area is a product and difference of a few correctly rounded values, so 1e-13
     * relative is generous; a wrong R or V (or layer count) breaks the closing condition at the top.
     */
    private static void equalAreas(Class<?> c, double v) throws ReflectiveOperationException {
        double[] x = table(c, "X");
        double[] f = table(c, "F");
        assertEquals(v, x[0] * f[1], 1e-13 * v, c.getSimpleName() + " base strip");
        for (int i = 1; i < x.length - 1; i++) {
            assertEquals(v, x[i] * (f[i + 1] - f[i]), 1e-12 * v, c.getSimpleName() + " layer " + i);
        }
    }

    @Test
    void zigguratLayersHaveEqualArea() throws ReflectiveOperationException {
        equalAreas(ZigguratNormal.class, 0.0099125630353364610791);
        equalAreas(ZigguratExponential.class, 0.0039496598225815572200);
    }

    @Test
    void gammaLogSamplerMatchesDigamma() {
        // E[log G] = psi(a) for G ~ Gamma(a, 1); Var[log G] = psi'(a). a = 1e-3: psi = -1000.42...
        int n = 200_000;
        for (double a : new double[] {1e-3, 0.5, 3}) {
            SplittableRandom rng = new SplittableRandom(11);
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += GammaSampler.nextLog(rng, a);
            }
            double se = Math.sqrt(Special.trigamma(a) / n);
            assertEquals(Special.digamma(a), s / n, 5 * se, "mean log Gamma(" + a + ")");
        }
    }

    /** The Newton refinement reaches the quantile from starts far off (a factor 1e50, wrong side). */
    @Test
    void quantilePolishConvergesFromBadStarts() {
        ContinuousDistribution[] ds = {
            new Gamma(2.5, 1), new StudentT(0.5), new Normal(3, 2), new Beta(2, 5), new F(5, 2)
        };
        for (ContinuousDistribution d : ds) {
            for (double p : new double[] {1e-200, 1e-5, 0.3}) {
                double exact = d.quantile(p);
                if (!Double.isFinite(exact)) {
                    continue; // t(0.5) at 1e-200: the quantile (about -1e400) overflows
                }
                double[] starts = d.support().lower() == 0
                        ? new double[] {
                            exact * 1e-50,
                            Math.min(exact * 1e50, 0.99 * d.support().upper())
                        }
                        : new double[] {exact - 1e50, exact + 1e50, -exact};
                for (double s : starts) {
                    double x = QuantilePolish.lower(d, p, s);
                    double rel = Math.abs(d.cdf(x) / p - 1);
                    assertTrue(
                            rel < 1e-12,
                            d + ": from " + s + " reached " + x + " (cdf/p - 1 = " + rel + ", quantile " + exact + ")");
                }
            }
        }
    }
    /**
     * PTRS's squeeze on the log mass never decides differently from the exact (saddle-point) log
     * mass: at the exact value itself, just inside and outside it by 1e-15 to 1e-3 relative (the
     * band where the cheap form's rounding could matter), and far from it, for means from 10 to
     * 1e13 and k within 10 standard deviations.
     */
    @Test
    void poissonSqueezeDecidesLikeTheExactMass() {
        double[] offsets = {0, 1e-15, -1e-15, 1e-12, -1e-12, 1e-9, -1e-9, 1e-6, -1e-6, 1e-3, -1e-3, 1, -1};
        for (double mean : new double[] {10, 30, 1e3, 1e6, 1e9, 1e13}) {
            PoissonSampler sampler = new PoissonSampler(mean);
            Poisson d = new Poisson(mean);
            double sd = Math.sqrt(mean);
            for (double z = -10; z <= 10; z += 0.37) {
                long k = (long) Math.floor(mean + z * sd);
                if (k < 0) {
                    continue;
                }
                double exact = d.logPmf(k);
                for (double o : offsets) {
                    double logV = exact + o * Math.max(1, Math.abs(exact));
                    assertEquals(
                            logV <= exact,
                            sampler.accepts(logV, k),
                            "mean " + mean + ", k " + k + ", log v " + logV + ", log P(k) " + exact);
                }
            }
        }
    }

    /**
     * Hill's start for the t quantile is within the relative error its Javadoc states (2e-5 for
     * nu >= 3, 1e-3 at nu = 2), for p from 1e-250 to 1/2: a wrong constant in the approximation
     * would leave the polish to do all the work (slow, not wrong), so only this test can see it.
     */
    @Test
    void hillStartIsWithinItsStatedError() {
        for (double nu : new double[] {2, 3, 4.5, 10, 30, 1e3, 1e6}) {
            StudentT t = new StudentT(nu);
            double bound = nu >= 3 ? 2e-5 : 1e-3;
            for (double lp = -250; lp < Math.log10(0.5); lp += 0.5) {
                double p = Math.pow(10, lp);
                double exact = -t.quantile(p);
                double rel = Math.abs(StudentT.hill(p, nu) / exact - 1);
                assertTrue(rel < bound, "nu " + nu + ", p " + p + ": Hill off by " + rel);
            }
        }
    }
}
