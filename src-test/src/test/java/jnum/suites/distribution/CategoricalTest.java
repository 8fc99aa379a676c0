package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static jnum.testkit.ContinuousDistributionChecks.assertRejectsNull;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.stat.distribution.Categorical;
import jnum.stat.special.Special;
import jnum.testkit.DiscreteDistributionChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Categorical: the driver (alias-table draws), single draws by inversion, copies, errors. */
class CategoricalTest {
    static Categorical random(long seed, int m) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[m];
        double s = 0;
        for (int i = 0; i < m; i++) {
            w[i] = rng.nextInt(4) == 0 ? 0 : -Math.log(1 - rng.nextDouble());
            s += w[i];
        }
        if (s == 0) {
            w[0] = s = 1;
        }
        for (int i = 0; i < m; i++) {
            w[i] /= s;
        }
        return new Categorical(w);
    }

    static Stream<Categorical> grid() {
        return Stream.of(
                new Categorical(new double[] {1}),
                new Categorical(new double[] {0.2, 0.3, 0.5}),
                new Categorical(new double[] {0, 0.5, 0, 0.5}),
                new Categorical(new double[] {1e-300, 1 - 1e-16, 1e-16}),
                random(11, 50),
                random(12, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Categorical d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        DiscreteDistributionChecks.of(random(seed, 2 + (int) Math.floorMod(seed, 60L)))
                .random(seed);
    }

    /**
     * Single draws (inversion) pass the same chi-square test as the alias table: 20000 draws from
     * 20 categories, Pearson's statistic with p-value above 1e-6; zero-mass categories never drawn.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void singleDrawsByInversion(long seed) {
        Categorical d = random(seed, 20);
        double[] p = d.probabilities();
        long[] count = new long[p.length];
        SplittableRandom rng = new SplittableRandom(seed ^ 0x51);
        int n = 20000;
        for (int i = 0; i < n; i++) {
            count[(int) d.sample(rng)]++;
        }
        double x2 = 0;
        int cells = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) {
                assertEquals(0, count[i], "a zero-mass category was drawn");
                continue;
            }
            double e = n * p[i];
            x2 += (count[i] - e) * (count[i] - e) / e;
            cells++;
        }
        if (cells > 1) {
            double pValue = Special.gammaincc(0.5 * (cells - 1), 0.5 * x2);
            assertTrue(pValue > 1e-6, "chi-square p = " + pValue + " (seed " + seed + ")");
        }
    }

    @Test
    void copiesItsArrays() {
        double[] w = {0.25, 0.75};
        Categorical d = new Categorical(w);
        w[0] = 0.9;
        assertEquals(0.25, d.pmf(0));
        d.probabilities()[0] = 0.5;
        assertEquals(0.25, d.pmf(0));
        assertEquals(new Categorical(new double[] {0.25, 0.75}), d);
        assertEquals(new Categorical(new double[] {0.25, 0.75}).hashCode(), d.hashCode());
        assertArrayEquals(new double[] {0.25, 0.75}, d.probabilities());
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("empty", () -> new Categorical(new double[0]), "probabilities");
        assertRejectsNull("null", () -> new Categorical(null), "probabilities");
        assertRejects("negative", () -> new Categorical(new double[] {-0.1, 1.1}), "probabilities");
        assertRejects("NaN", () -> new Categorical(new double[] {Double.NaN, 1}), "probabilities");
        assertRejects("sum 0.9", () -> new Categorical(new double[] {0.4, 0.5}), "probabilities");
    }
}
