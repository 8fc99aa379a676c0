package jnum.suites.kernel;

import java.util.SplittableRandom;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.testkit.Level3Conformance;
import jnum.testkit.NonFiniteConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@link Level3Conformance} for every usable provider (scalar against the independent
 * formula, the others also against scalar) over the seeds of this run. Each seed draws its own
 * sizes from {@link Level3Conformance#SIZES} for every flag combination.
 */
class Level3ConformanceTest {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trsm(long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            Level3Conformance.trsm(p, seed);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trmm(long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            Level3Conformance.trmm(p, seed);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void syrk(long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            Level3Conformance.syrk(p, seed);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symm(long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            Level3Conformance.symm(p, seed);
        }
    }

    /**
     * Every flag combination at the orders around the block sizes of the vector provider (64 for
     * the recursion leaves of trsm, trmm, syrk; 256 for the symm panels) and at two to four blocks, with a thin other
     * dimension to keep it cheap; random draws alone may miss a combination at a boundary.
     */
    @Test
    void blockBoundaries() {
        int[] orders = {63, 64, 65, 127, 128, 129, 193, 255, 256, 257};
        SplittableRandom rnd = new SplittableRandom(20261127L);
        for (KernelProvider p : JavaProviders.list()) {
            for (int order : orders) {
                int thin = 1 + rnd.nextInt(5);
                boolean leaves = order < 255; // orders from 255 up are there for the symm panels
                for (Side side : Side.values()) {
                    int m = side == Side.LEFT ? order : thin;
                    int n = side == Side.LEFT ? thin : order;
                    for (Uplo uplo : Uplo.values()) {
                        for (Transpose t : leaves ? Transpose.values() : new Transpose[0]) {
                            for (Diag d : Diag.values()) {
                                Level3Conformance.trsmCase(p, side, uplo, t, d, m, n, -0.75, rnd);
                                Level3Conformance.trmmCase(p, side, uplo, t, d, m, n, 1.5, rnd);
                            }
                        }
                        Level3Conformance.symmCase(p, side, uplo, m, n, 0.5, -1, rnd);
                    }
                }
                for (Uplo uplo : Uplo.values()) {
                    for (Transpose t : leaves ? Transpose.values() : new Transpose[0]) {
                        Level3Conformance.syrkCase(p, uplo, t, order, thin, 2, 0.5, rnd);
                        Level3Conformance.syrkCase(p, uplo, t, order, thin, -1, 0, rnd);
                    }
                }
            }
        }
    }

    /** NaN and infinities in every level-3 routine follow the IEEE rule of the conventions. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nonFinite(long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            NonFiniteConformance.checkAll(p, seed);
        }
    }
}
