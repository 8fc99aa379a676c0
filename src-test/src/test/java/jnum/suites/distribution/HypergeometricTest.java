package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.stream.Stream;
import jnum.stat.distribution.Hypergeometric;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hypergeometric: reference values (incl. the hard upper quantile), driver, exact sums. */
class HypergeometricTest {
    static Stream<Hypergeometric> grid() {
        return Stream.of(
                new Hypergeometric(50, 20, 10),
                new Hypergeometric(1000, 50, 100),
                new Hypergeometric(10000, 5000, 2000),
                new Hypergeometric(10, 10, 5),
                new Hypergeometric(10, 0, 5),
                new Hypergeometric(100, 30, 0),
                new Hypergeometric(20, 7, 12),
                new Hypergeometric(1_000_000_000L, 300_000_000L, 1_000_000),
                new Hypergeometric(1, 1, 1),
                new Hypergeometric(0, 0, 0));
    }

    @Test
    void referenceValues() {
        DiscreteReferenceRows.assertAccurate(ReferenceValues.of("Hypergeometric"));
    }

    /** The reference README's hard case: cdf(k) >= p in double gives 1158; the answer is 1159. */
    @Test
    void hardUpperQuantileIsDecidedInTheTail() {
        Hypergeometric d = new Hypergeometric(10000, 5000, 2000);
        assertEquals(1159, d.quantile(0.999999999999999));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Hypergeometric d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Hypergeometric[] g = grid().toArray(Hypergeometric[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    private static BigInteger choose(long n, long k) {
        BigInteger c = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    /** pmf against exact integer binomial coefficients (BigInteger), 1e-13 relative. */
    @Test
    void pmfMatchesExactRationalArithmetic() {
        long[][] cases = {{60, 25, 30}, {200, 3, 150}, {500, 250, 100}};
        for (long[] c : cases) {
            Hypergeometric d = new Hypergeometric(c[0], c[1], c[2]);
            BigInteger total = choose(c[0], c[2]);
            for (long k = d.support().lower(); k <= d.support().upper(); k++) {
                BigInteger num = choose(c[1], k).multiply(choose(c[0] - c[1], c[2] - k));
                double exact = new java.math.BigDecimal(num)
                        .divide(new java.math.BigDecimal(total), java.math.MathContext.DECIMAL128)
                        .doubleValue();
                if (exact >= Double.MIN_NORMAL) {
                    Tolerance.assertRelative(d.pmf(k), exact, 1e-13, d + " pmf(" + k + ")");
                }
            }
        }
    }

    /** Swapping the roles of successes and draws leaves the law unchanged. */
    @Test
    void symmetricInSuccessesAndDraws() {
        Hypergeometric a = new Hypergeometric(5000, 1200, 300);
        Hypergeometric b = new Hypergeometric(5000, 300, 1200);
        for (long k = 40; k <= 110; k += 7) {
            Tolerance.assertRelative(a.pmf(k), b.pmf(k), 1e-13, "pmf(" + k + ")");
            Tolerance.assertRelative(a.cdf(k), b.cdf(k), 1e-13, "cdf(" + k + ")");
            Tolerance.assertRelative(a.survival(k), b.survival(k), 1e-13, "sf(" + k + ")");
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("N = -1", () -> new Hypergeometric(-1, 0, 0), "population");
        assertRejects("K > N", () -> new Hypergeometric(10, 11, 2), "successes");
        assertRejects("K < 0", () -> new Hypergeometric(10, -1, 2), "successes");
        assertRejects("n > N", () -> new Hypergeometric(10, 3, 11), "draws");
        assertRejects("n < 0", () -> new Hypergeometric(10, 3, -2), "draws");
    }
}
