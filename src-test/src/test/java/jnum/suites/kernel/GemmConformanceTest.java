package jnum.suites.kernel;

import java.util.List;
import java.util.stream.Stream;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.GemmConformance;
import jnum.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every non-reference provider's GEMM against the scalar reference ({@link GemmConformance}): all
 * transpose combinations, tail and block sizes, leading dimensions, offsets, NaN guards, alpha and
 * beta special values, thread-count independence.
 */
class GemmConformanceTest {

    /** Sampled cases per seed: 24 seeds x 10 cases cover the large size combinations in about 2 s. */
    private static final int CASES_PER_SEED = 10;

    static List<KernelProvider> providers() {
        // the vector provider must be there: surefire starts the JVM with the incubator module
        Providers.provider("vector");
        return JavaProviders.list().stream()
                .filter(p -> !p.name().equals("scalar"))
                .toList();
    }

    static Stream<Arguments> providersAndSeeds() {
        return providers().stream().flatMap(p -> Seeds.seeds().mapToObj(s -> Arguments.of(p.name(), s)));
    }

    static Stream<Arguments> providersAndOneSeed() {
        long seed = Seeds.seeds().findFirst().orElseThrow();
        return providers().stream().map(p -> Arguments.of(p.name(), seed));
    }

    private static GemmConformance driver(String provider) {
        return new GemmConformance(Providers.provider(provider));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndSeeds")
    void sampledShapes(String provider, long seed) {
        driver(provider).sampledShapes(seed, CASES_PER_SEED);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndSeeds")
    void threadsAreBitwiseReproducible(String provider, long seed) {
        driver(provider).threadsAreBitwiseReproducible(seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndOneSeed")
    void smallShapesAllTransposes(String provider, long seed) {
        driver(provider).smallShapes(seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndOneSeed")
    void extremeShapes(String provider, long seed) {
        driver(provider).extremeShapes(seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndOneSeed")
    void longInnerDimension(String provider, long seed) {
        driver(provider).longInnerDimension(seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("providersAndOneSeed")
    void alphaZeroReadsNeitherAnorB(String provider, long seed) {
        driver(provider).alphaZeroReadsNeitherAnorB(seed);
    }

    /** k = 0: C = beta C whatever alpha is, for every Java provider (scalar included). */
    @Test
    void emptyInnerDimensionIgnoresAlpha() {
        for (KernelProvider p : JavaProviders.list()) {
            new GemmConformance(p)
                    .emptyInnerDimensionIgnoresAlpha(Seeds.seeds().findFirst().orElseThrow());
        }
    }
}
