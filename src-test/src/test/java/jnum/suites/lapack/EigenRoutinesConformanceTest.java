package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.EigenConformance;
import jnum.testkit.EigenConformance.Family;
import jnum.testkit.MatrixGen;
import jnum.testkit.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nonsymmetric eigen routines (gebal, gebak, gehrd, orghr, hseqr, trevc3, geev) of every usable
 * LAPACK implementation through {@link EigenConformance}: jnum's Java LAPACK on each Java BLAS
 * provider, and the native LAPACK (at every size) when {@code linalg-native} is present.
 */
class EigenRoutinesConformanceTest {

    static Stream<Arguments> cases() {
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void hessenberg(Named impl, long seed) {
        EigenConformance.hessenberg(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void schur(Named impl, long seed) {
        EigenConformance.schur(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void geev(Named impl, long seed) {
        EigenConformance.geev(impl.lapack(), seed);
    }

    /**
     * Every order from 1 to 20, across the order (16) up to which geev with eigenvectors reduces to
     * Hessenberg form and forms Q in one pass, on every family with balancing drawn at random: left
     * and right residuals below the threshold, unit vectors, exact conjugate pairs; and the
     * eigenvalues within twice their condition-scaled bound of those of the values-only run, which
     * reduces through gehrd.
     */
    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void everyOrderAcrossTheSmallReduction(Named impl, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        for (int n = 1; n <= 20; n++) {
            for (Family f : Family.values()) {
                boolean balance = gen.random().nextBoolean();
                String ctx = "seed=" + seed + " " + f + " n=" + n + " balance=" + balance;
                EigenConformance.geev(impl.lapack(), gen, f, n, balance, ctx);
                EigenConformance.agree(impl.lapack(), impl.lapack(), gen, f, n, ctx);
            }
        }
    }

    /** Native and Java geev find the same eigenvalues within their condition-number bound. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nativeAgreesWithJava(long seed) {
        Assumptions.assumeTrue(Kernels.lapackProviders().contains("native"), "no native LAPACK");
        Lapack java = Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("scalar"))));
        Lapack nat = Providers.lapack(Providers.lapackProvider("native"));
        EigenConformance.agree(java, nat, seed);
        EigenConformance.agree(nat, java, seed);
    }
}
