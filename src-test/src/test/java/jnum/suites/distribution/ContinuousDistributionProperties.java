package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import java.util.stream.Stream;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.testkit.ContinuousDistributionChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared property driver ({@link ContinuousDistributionChecks}) over the parameter grid of
 * {@link ContinuousGrid} and the seeds of {@link jnum.testkit.Seeds}; each seed runs every
 * distribution (failures are collected per distribution, so one report names all that broke).
 *
 * <p>Each seed costs about 0.5 s here (45 distributions, 24 000 draws and ~400 cdf/quantile
 * evaluations each), so the default run takes a third of the seeds (at least 4); the long
 * profile's {@code -Djnum.test.seeds=N} scales it, and {@code -Djnum.test.seed=S} re-runs one.
 */
class ContinuousDistributionProperties {
    static java.util.stream.LongStream seeds() {
        return jnum.testkit.Seeds.seeds().limit(Math.max(4, jnum.testkit.Seeds.count() / 3));
    }

    static List<ContinuousDistribution> all() {
        return Stream.of(
                        ContinuousGrid.CLOSED_FORM,
                        ContinuousGrid.GAMMA_FAMILY,
                        ContinuousGrid.BETA_FAMILY,
                        ContinuousGrid.SLOW)
                .flatMap(List::stream)
                .toList();
    }

    private static void forAll(List<ContinuousDistribution> ds, long seed) {
        assertAll(ds.stream().map(d -> (Executable) () -> {
            ContinuousDistributionChecks c = ContinuousDistributionChecks.of(d);
            c.quantileRoundTrip(seed);
            c.inverseSurvivalRoundTrip(seed);
            c.monotone(seed);
            c.complement(seed);
            c.pdfIsDerivativeOfCdf(seed);
            c.logFunctions(seed);
            c.sampleMoments(seed);
            c.kolmogorovSmirnov(seed);
        }));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void closedForms(long seed) {
        forAll(ContinuousGrid.CLOSED_FORM, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void gammaFamily(long seed) {
        forAll(ContinuousGrid.GAMMA_FAMILY, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void betaFamily(long seed) {
        forAll(ContinuousGrid.BETA_FAMILY, seed);
    }

    static java.util.stream.LongStream fewSeeds() {
        return jnum.testkit.Seeds.seeds().limit(Math.max(2, jnum.testkit.Seeds.count() / 12));
    }

    /** The slow extreme (see {@link ContinuousGrid#SLOW}) on a twelfth of the seeds (at least 2). */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void slowExtremes(long seed) {
        forAll(ContinuousGrid.SLOW, seed);
    }

    /** Seed-free checks: argument handling, support ends, integrals of pdf and -pdf log pdf. */
    @TestFactory
    Stream<DynamicTest> integralsAndArguments() {
        return all().stream()
                .map(d -> DynamicTest.dynamicTest(d.toString(), () -> {
                    ContinuousDistributionChecks c = ContinuousDistributionChecks.of(d);
                    c.arguments();
                    c.extremeArguments();
                    c.pdfIntegratesToOne();
                }));
    }
}
