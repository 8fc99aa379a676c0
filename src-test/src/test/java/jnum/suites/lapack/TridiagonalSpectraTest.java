package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jnum.mat.EigenSym;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.CsvResource;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Tridiagonal;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Divide and conquer (stedc) and QL/QR (steqr) on tridiagonal matrices whose eigenvalues mpmath
 * computed to 40 digits (reference/dense/README.md): Wilkinson W+ of order 101 (close pairs) and
 * glued W21+ blocks (clusters that exercise deflation). Every provider must recover each
 * eigenvalue within {@code 30 n eps ||T||_1}, with dstt21's residual and orthogonality ratios
 * below 30; {@link EigenSym#ofTridiagonal(double[], double[])} alike.
 */
class TridiagonalSpectraTest {

    record Known(String name, Tridiagonal t, double[] eigenvalues) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Known> known() {
        Map<String, List<List<Double>>> byName = new LinkedHashMap<>();
        for (String[] r : CsvResource.rows("/reference/dense/tridiagonal-spectra.csv")) {
            List<List<Double>> parts =
                    byName.computeIfAbsent(r[0], k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            int kind = r[2].equals("d") ? 0 : r[2].equals("e") ? 1 : 2;
            assertEquals(parts.get(kind).size(), Integer.parseInt(r[3]), r[0] + ": rows out of order");
            parts.get(kind).add(Double.parseDouble(r[4]));
        }
        List<Known> out = new ArrayList<>();
        byName.forEach((name, p) ->
                out.add(new Known(name, new Tridiagonal(array(p.get(0)), array(p.get(1))), array(p.get(2)))));
        return out;
    }

    private static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** (provider, routine, matrix) for the Java LAPACK on each Java BLAS and the native one. */
    static Stream<Arguments> cases() {
        List<String> providers = new ArrayList<>();
        Kernels.providers().stream().filter(p -> !p.equals("native")).forEach(p -> providers.add("java/" + p));
        providers.add("native");
        List<Known> known = known();
        return providers.stream()
                .flatMap(p ->
                        Stream.of("stedc", "steqr").flatMap(r -> known.stream().map(k -> Arguments.of(p, r, k))));
    }

    private static Lapack on(String name) {
        if (name.equals("native")) {
            return NativeLapack.get();
        }
        return Providers.lapack(
                Providers.javaLapack(Providers.blas(Providers.provider(name.substring("java/".length())))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void recoversTheSpectrum(String provider, String routine, Known k) {
        Lapack lapack = on(provider);
        Tridiagonal t = k.t();
        int n = t.order();
        double[] d = t.d().clone();
        double[] e = t.e().clone();
        double[] z = new double[n * n];
        int info = routine.equals("stedc")
                ? lapack.stedc(EigenvectorJob.IDENTITY, n, d, 0, e, 0, z, 0, n)
                : lapack.steqr(EigenvectorJob.IDENTITY, n, d, 0, e, 0, z, 0, n);
        String ctx = provider + " " + routine + " " + k.name();
        assertEquals(0, info, ctx);
        SymmetricEigenConformance.assertAscending(d, ctx);
        SymmetricEigenConformance.assertEigenpairs(t, d, z, ctx);
        double bound = 30 * n * Tolerance.EPS * t.norm1();
        SymmetricEigenConformance.assertSpectrum(d, k.eigenvalues(), bound, ctx);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("known")
    void eigenSymOfTridiagonal(Known k) {
        Tridiagonal t = k.t();
        int n = t.order();
        EigenSym es = EigenSym.ofTridiagonal(t.d(), t.e());
        jnum.mat.Dense vectors = es.vectors();
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[i + j * n] = vectors.get(i, j);
            }
        }
        double[] w = es.values().toArray();
        SymmetricEigenConformance.assertEigenpairs(t, w, v, k.name());
        SymmetricEigenConformance.assertSpectrum(
                w, k.eigenvalues(), 30 * n * Tolerance.EPS * t.norm1(), "EigenSym " + k.name());
    }
}
