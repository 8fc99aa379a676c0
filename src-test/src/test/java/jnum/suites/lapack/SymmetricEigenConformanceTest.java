package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.Seeds;
import jnum.testkit.SymmetricEigenConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The symmetric eigen routines of the LAPACK layer pass {@link SymmetricEigenConformance} on every
 * seed: the Java LAPACK on each Java BLAS provider, and the native LAPACK (skipped when absent,
 * failed then under {@code -Djnum.requireNative=true}).
 */
class SymmetricEigenConformanceTest {

    /** (LAPACK under test, seed): java on each Java BLAS provider, then native. */
    static Stream<Arguments> cases() {
        Stream<String> names = Stream.concat(
                Kernels.providers().stream().filter(p -> !p.equals("native")).map(p -> "java/" + p),
                Stream.of("native"));
        return names.flatMap(p -> Seeds.seeds().mapToObj(s -> Arguments.of(p, s)));
    }

    private static Lapack on(String name) {
        if (name.equals("native")) {
            return NativeLapack.get();
        }
        String blas = name.substring("java/".length());
        return Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider(blas))));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalEigen(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalEigen(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalUpdate(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalUpdate(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void syev(String lapack, long seed) {
        SymmetricEigenConformance.syev(on(lapack), seed);
    }

    /**
     * syev at every order up to 70: both sides of the small-order path's limit (64, where the
     * blocked reduction takes over).
     */
    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void syevEveryOrder(String lapack, long seed) {
        SymmetricEigenConformance.syevEveryOrder(on(lapack), seed, 70);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalReduction(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalReduction(on(lapack), seed);
    }

    /** Orders where the trailing update's rectangles reach the packed GEMM (several recursion levels). */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tridiagonalReductionLarge(long seed) {
        SymmetricEigenConformance.tridiagonalReduction(on("java/vector"), seed, 300, 460);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void bisectionAndInverseIteration(String lapack, long seed) {
        SymmetricEigenConformance.bisectionAndInverseIteration(on(lapack), seed);
    }

    /**
     * The native dsyevd and the Java syev give the same eigenvalues within
     * {@code 30 n eps ||A||_1} on every dense family (skipped without the native provider).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nativeAgreesWithJava(long seed) {
        Lapack nat = NativeLapack.get();
        Lapack java = Providers.lapack(Providers.javaLapack(Kernels.blas()));
        jnum.testkit.MatrixGen g = new jnum.testkit.MatrixGen(seed);
        for (String family : new String[] {"uniform", "graded", "clustered", "scaled1e300"}) {
            int n = 1 + g.size(120);
            SymmetricEigenConformance.Symmetric s = SymmetricEigenConformance.symmetric(g, family, n);
            double[] wj = new double[n];
            double[] wn = new double[n];
            org.junit.jupiter.api.Assertions.assertEquals(0, java.syev(false, n, s.a().clone(), 0, n, wj, 0));
            org.junit.jupiter.api.Assertions.assertEquals(0, nat.syev(false, n, s.a().clone(), 0, n, wn, 0));
            double bound = 30 * n * jnum.testkit.Tolerance.EPS * s.norm1();
            for (int i = 0; i < n; i++) {
                org.junit.jupiter.api.Assertions.assertTrue(
                        Math.abs(wj[i] - wn[i]) <= bound,
                        family + " n=" + n + " seed=" + seed + ": value " + i + " java " + wj[i] + ", native " + wn[i]);
            }
        }
    }

    // ---- divide and conquer ----

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void divideAndConquer(String lapack, long seed) {
        SymmetricEigenConformance.divideAndConquer(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void divideAndConquerUpdate(String lapack, long seed) {
        SymmetricEigenConformance.divideAndConquerUpdate(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void syevd(String lapack, long seed) {
        SymmetricEigenConformance.syevd(on(lapack), seed);
    }

    /** Each LAPACK under test: java on each Java BLAS provider, then native. */
    static Stream<String> lapacks() {
        return cases().map(a -> (String) a.get()[0]).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lapacks")
    void gluedWilkinsonSweep(String lapack) {
        SymmetricEigenConformance.gluedWilkinsonSweep(on(lapack));
    }
}
