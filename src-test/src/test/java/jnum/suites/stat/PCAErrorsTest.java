package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.stat.PCA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link PCA}'s errors: each names the operation and the offending argument or value. */
class PCAErrorsTest {
    private static final Dense X = Dense.of(4, 2, 1, 2, 3, 5, 4, 4, 0, 1);

    private static void throwsNaming(Class<? extends Throwable> type, Executable e, String... words) {
        String msg = assertThrows(type, e).getMessage();
        for (String w : words) {
            assertTrue(msg.contains(w), "'" + msg + "' lacks '" + w + "'");
        }
    }

    @Test
    void badData() {
        throwsNaming(NullPointerException.class, () -> PCA.fit(null), "PCA.fit", "data");
        throwsNaming(NullPointerException.class, () -> PCA.fit(X, null), "options");
        throwsNaming(NullPointerException.class, () -> PCA.fit((double[][]) null, PCA.Options.defaults()), "data");
        throwsNaming(IllegalArgumentException.class, () -> PCA.fit(Dense.of(1, 2, 1, 2)), "PCA.fit", "2 rows");
        throwsNaming(IllegalArgumentException.class, () -> PCA.fit(Dense.zeros(3, 0)), "no column");
        Dense nan = X.copy();
        nan.set(2, 1, Double.NaN);
        throwsNaming(IllegalArgumentException.class, () -> PCA.fit(nan), "data[2, 1] = NaN");
        Dense inf = X.copy();
        inf.set(3, 0, Double.NEGATIVE_INFINITY);
        throwsNaming(IllegalArgumentException.class, () -> PCA.fit(inf), "data[3, 0] = -Infinity");
        Dense constant = Dense.of(3, 2, 1, 7, 2, 7, 3, 7);
        throwsNaming(
                IllegalArgumentException.class,
                () -> PCA.fit(constant, PCA.Options.defaults().withStandardize(true)),
                "column 1",
                "constant");
        PCA.fit(constant); // centring alone is fine: that axis has variance 0
        throwsNaming(IllegalArgumentException.class, () -> PCA.fit(Dense.of(2, 1, 3, 3)), "no variance");
    }

    @Test
    void badOptions() {
        throwsNaming(
                IllegalArgumentException.class, () -> PCA.Options.defaults().withComponents(-1), "components = -1");
        throwsNaming(
                IllegalArgumentException.class,
                () -> PCA.fit(X, PCA.Options.defaults().withComponents(3)),
                "components = 3",
                "min(rows, cols) = 2");
        throwsNaming(
                IllegalArgumentException.class,
                () -> PCA.fit(X, PCA.Options.defaults().withWeights(Vec.of(1, -1, 1, 1))),
                "weights[1] = -1.0");
        throwsNaming(
                IllegalArgumentException.class,
                () -> PCA.fit(X, PCA.Options.defaults().withWeights(Vec.of(1, 0, 0, 0))),
                "weights sum to 1.0");
        throwsNaming(
                DimensionMismatchException.class,
                () -> PCA.fit(X, PCA.Options.defaults().withWeights(Vec.of(1, 1, 1))),
                "weights");
    }

    @Test
    void badProjections() {
        PCA pca = PCA.fit(X, PCA.Options.defaults().withComponents(1));
        throwsNaming(
                DimensionMismatchException.class, () -> pca.transform(Dense.zeros(2, 3)), "PCA.transform", "3 columns");
        throwsNaming(NullPointerException.class, () -> pca.transform(null), "newData");
        Dense nan = Dense.zeros(2, 2);
        nan.set(1, 0, Double.NaN);
        throwsNaming(IllegalArgumentException.class, () -> pca.transform(nan), "newData[1, 0] = NaN");
        throwsNaming(
                DimensionMismatchException.class,
                () -> pca.inverseTransform(Dense.zeros(2, 2)),
                "PCA.inverseTransform",
                "1 components");
        throwsNaming(NullPointerException.class, () -> pca.inverseTransform(null), "scores");
    }
}
