package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.stat.distribution.DiscreteUniform;
import jnum.testkit.DiscreteDistributionChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DiscreteUniform: exact values, the driver, ranges up to the whole of long. */
class DiscreteUniformTest {
    static Stream<DiscreteUniform> grid() {
        return Stream.of(
                new DiscreteUniform(0, 0),
                new DiscreteUniform(-5, 5),
                new DiscreteUniform(1, 6),
                new DiscreteUniform(-1000, 123456),
                new DiscreteUniform(0, 1_000_000_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(DiscreteUniform d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        DiscreteUniform[] g = grid().toArray(DiscreteUniform[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    @Test
    void exactValuesOfADie() {
        DiscreteUniform die = new DiscreteUniform(1, 6);
        assertEquals(1.0 / 6, die.pmf(3));
        assertEquals(0.5, die.cdf(3));
        assertEquals(0.5, die.survival(3));
        assertEquals(3, die.quantile(0.5));
        assertEquals(4, die.quantile(Math.nextUp(0.5)));
        assertEquals(3.5, die.mean());
        assertEquals(35.0 / 12, die.variance(), 1e-15);
        assertEquals(Math.log(6), die.entropy(), 1e-15);
    }

    /** The whole range of long: 2^64 values; draws land anywhere, means are exact. */
    @Test
    void fullLongRange() {
        DiscreteUniform all = new DiscreteUniform(Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(-0.5, all.mean());
        assertEquals(0x1p-64, all.pmf(12345));
        assertEquals(0.5, all.cdf(-1));
        // 2^64 values: cdf has the resolution of a double, 2^-53, i.e. 2^11 values
        assertTrue(Math.abs(all.quantile(0.5) + 1) <= 1 << 11, "quantile(1/2) = " + all.quantile(0.5));
        SplittableRandom rng = new SplittableRandom(7);
        int negative = 0;
        for (long x : all.sample(rng, 2000)) {
            negative += x < 0 ? 1 : 0;
        }
        assertTrue(negative > 800 && negative < 1200, "sign balance " + negative);
        DiscreteUniform top = new DiscreteUniform(Long.MAX_VALUE - 2, Long.MAX_VALUE);
        for (long x : top.sample(rng, 100)) {
            assertTrue(x >= Long.MAX_VALUE - 2, "draw " + x);
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("lower > upper", () -> new DiscreteUniform(3, 2), "lower");
    }
}
