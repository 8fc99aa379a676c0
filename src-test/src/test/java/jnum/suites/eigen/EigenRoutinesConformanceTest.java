package jnum.suites.eigen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.EigenConformance;
import jnum.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nonsymmetric eigen routines (gebal, gebak, gehrd, orghr, hseqr, trevc3, geev) of every usable
 * LAPACK implementation through {@link EigenConformance}: jnum's Java LAPACK on each Java BLAS
 * provider, and the native LAPACK (forced, at every size) when {@code linalg-native} is present.
 */
class EigenRoutinesConformanceTest {

    record Named(String name, Lapack lapack) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Named> implementations() {
        List<Named> list = new ArrayList<>();
        for (KernelProvider p : Providers.usable()) {
            if (!p.name().equals("native")) {
                list.add(new Named(
                        "java on " + p.name() + " BLAS", Providers.lapack(Providers.javaLapack(Providers.blas(p)))));
            }
        }
        if (Kernels.lapackProviders().contains("native")) {
            list.add(new Named("native", Providers.lapack(Providers.lapackProvider("native"))));
        }
        return list;
    }

    static Stream<Arguments> cases() {
        return implementations().stream().flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
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
}
