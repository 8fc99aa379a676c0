package jnum.suites.kernel;

import jnum.testkit.GemmConformance;
import jnum.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native provider's GEMM against the scalar reference ({@link GemmConformance}): all transpose
 * combinations, tail and block sizes, padded leading dimensions, offsets, NaN guards, alpha and
 * beta special values, and the same bits on every repetition.
 */
class NativeGemmConformance {
    /** Sampled cases per seed, as for the Java providers. */
    private static final int CASES_PER_SEED = 10;

    private static GemmConformance driver() {
        return new GemmConformance(NativeProvider.get());
    }

    private static long firstSeed() {
        return Seeds.seeds().findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sampledShapes(long seed) {
        driver().sampledShapes(seed, CASES_PER_SEED);
    }

    /** jnum's thread setting does not reach OpenBLAS; this checks run-to-run determinism. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void repeatedRunsAreBitwiseEqual(long seed) {
        driver().threadsAreBitwiseReproducible(seed);
    }

    @Test
    void smallShapesAllTransposes() {
        driver().smallShapes(firstSeed());
    }

    @Test
    void extremeShapes() {
        driver().extremeShapes(firstSeed());
    }

    @Test
    void alphaZeroReadsNeitherAnorB() {
        driver().alphaZeroReadsNeitherAnorB(firstSeed());
    }

    @Test
    void emptyInnerDimensionIgnoresAlpha() {
        driver().emptyInnerDimensionIgnoresAlpha(firstSeed());
    }
}
