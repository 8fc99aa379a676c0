package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.PCA;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PCA} against NumPy's SVD on the cases of {@code reference/stat/pca.csv} (written by
 * {@code make_pca.py} there): tall and wide data, centred and standardized, integer weights with
 * zeros and real weights. Explained variances and axes (up to sign) agree within the bounds of
 * {@link PCAProperties} for two backward-stable computations ({@link PCAProperties#perturbation});
 * axes beyond the rank {@code min(n - 1, p)} span a null space in any basis and are not compared.
 */
class PCANumpyTest {
    record Case(String name, Dense data, Vec weights, boolean standardize, Vec variance, Dense axes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        Map<String, Map<String, double[]>> byCase = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/reference/stat/pca.csv")) {
            double[] v = row.length < 3 || row[2].isEmpty()
                    ? new double[0]
                    : Arrays.stream(row[2].split(";"))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
            byCase.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], v);
        }
        List<Case> out = new ArrayList<>();
        byCase.forEach((name, f) -> {
            int n = (int) f.get("shape")[0];
            int p = (int) f.get("shape")[1];
            int q = Math.min(n, p);
            Dense axes = Dense.zeros(p, q);
            for (int j = 0; j < q; j++) {
                double[] c = f.get("component" + j);
                for (int i = 0; i < p; i++) {
                    axes.set(i, j, c[i]);
                }
            }
            double[] w = f.get("weights");
            out.add(new Case(
                    name,
                    Dense.of(n, p, f.get("data")),
                    w.length == 0 ? null : Vec.of(w),
                    f.get("shape")[2] != 0,
                    Vec.of(f.get("variance")),
                    axes));
        });
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumpy(Case c) {
        int n = c.data().rows();
        int p = c.data().cols();
        int bigN = Math.max(n, p);
        PCA pca = PCA.fit(
                c.data(),
                PCA.Options.defaults().withStandardize(c.standardize()).withWeights(c.weights()));
        assertEquals(Math.min(n, p), pca.componentCount());
        double wTotal =
                c.weights() == null ? n : Arrays.stream(c.weights().toArray()).sum();
        double[] s = new double[c.variance().length()];
        for (int j = 0; j < s.length; j++) {
            s[j] = Math.sqrt(Math.max(0, c.variance().get(j)) * (wTotal - 1));
        }
        double e = PCAProperties.perturbation(pca, wTotal, bigN);
        PCAProperties.assertSameVariances(pca.explainedVariance(), c.variance(), Vec.of(s), e, c.name());
        int rank = Math.min(n - 1, p);
        PCAProperties.assertSameAxes(pca.components(), c.axes(), Vec.of(s), rank, e, c.name());
        double sum = 0;
        for (int j = 0; j < s.length; j++) {
            sum += c.variance().get(j);
        }
        Tolerance.assertWithin(
                pca.totalVariance(), sum, 2 * PCAProperties.C * bigN * Tolerance.EPS * sum, "total variance");
        assertTrue(pca.toString().contains("components"), pca.toString());
    }
}
