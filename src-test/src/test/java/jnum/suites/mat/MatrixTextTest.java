package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnum.mat.Dense;
import jnum.mat.MatrixFormat;
import jnum.mat.Vec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of {@code toString()} and {@link MatrixFormat}, written by hand from the rules in
 * their Javadoc (shape line; cells right-aligned to a common width, two spaces before each; at
 * most six significant digits, C {@code %g} style; ASCII {@code ...} markers beyond 8 rows or
 * columns, showing the first and last 4).
 */
class MatrixTextTest {

    private static Dense numbered(int m, int n) {
        double[] v = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = 10 * i + j;
            }
        }
        return Dense.of(m, n, v);
    }

    @Test
    void smallMatrixHasTheShapeLineAndAlignedColumns() {
        assertEquals(
                "Dense 2x3\n    1  2.5   -3\n    4    5    6",
                Dense.of(2, 3, 1, 2.5, -3, 4, 5, 6).toString());
        assertEquals(
                "Dense 2x3\n    1  2.5   -3\n    4    5    6",
                Dense.of(3, 2, 1, 4, 2.5, 5, -3, 6).t().toString(),
                "a transposed view prints the same");
        assertEquals("Dense 0x3", Dense.zeros(0, 3).toString());
        assertEquals("Dense 2x0", Dense.zeros(2, 0).toString());
        assertEquals("Dense 1x1\n  7", Dense.of(1, 1, 7).toString());
        assertEquals(
                "Dense 1x8\n  1  2  3  4  5  6  7  8",
                Dense.of(1, 8, 1, 2, 3, 4, 5, 6, 7, 8).toString(),
                "8 columns are shown in full");
    }

    @Test
    void numbersAreShortGStyle() {
        assertEquals(
                "Vec 3\n     0.333333  1.23457e+07       1e-300",
                Vec.of(1 / 3.0, 12345678, 1e-300).toString());
        assertEquals(
                "Vec 4\n   NaN   Inf  -Inf    -0",
                Vec.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)
                        .toString());
        assertEquals(
                "Vec 5\n       0.0001    1.234e-05       123456  1.23457e+06        1e+06",
                Vec.of(0.0001, 0.00001234, 123456, 1234567, 999999.7).toString());
        assertEquals(
                "Vec 3\n    100000  0.666667   1.5e-10",
                Vec.of(1e5, 2 / 3.0, 1.5e-10).toString());
        assertEquals("Vec 0", Vec.zeros(0).toString());
    }

    @Test
    void largeMatricesAreElidedInTheMiddle() {
        String expected = String.join(
                "\n",
                "Dense 10x10",
                "    0    1    2    3  ...    6    7    8    9",
                "   10   11   12   13  ...   16   17   18   19",
                "   20   21   22   23  ...   26   27   28   29",
                "   30   31   32   33  ...   36   37   38   39",
                "  ...  ...  ...  ...  ...  ...  ...  ...  ...",
                "   60   61   62   63  ...   66   67   68   69",
                "   70   71   72   73  ...   76   77   78   79",
                "   80   81   82   83  ...   86   87   88   89",
                "   90   91   92   93  ...   96   97   98   99");
        assertEquals(expected, numbered(10, 10).toString());
        assertEquals(
                String.join(
                        "\n",
                        "Dense 9x2",
                        "    0    1",
                        "   10   11",
                        "   20   21",
                        "   30   31",
                        "  ...  ...",
                        "   50   51",
                        "   60   61",
                        "   70   71",
                        "   80   81"),
                numbered(9, 2).toString(),
                "the marker widens the columns to 3");
        assertEquals(
                "Vec 12\n    1    2    3    4  ...    9   10   11   12",
                Vec.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).toString());
    }

    @Test
    void numpyMatlabAndJavaText() {
        Dense a = Dense.of(2, 2, 1, 2, 3, 0.5);
        assertEquals("np.array([[1.0, 2.0], [3.0, 0.5]])", MatrixFormat.numpy(a));
        assertEquals("[1 2; 3 0.5]", MatrixFormat.matlab(a));
        assertEquals("new double[][] {{1.0, 2.0}, {3.0, 0.5}}", MatrixFormat.java(a));
        assertEquals("[1 3; 2 0.5]", MatrixFormat.matlab(a.t()));

        Dense s = Dense.of(1, 4, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300);
        assertEquals("np.array([[np.nan, np.inf, -np.inf, 1.0e-300]])", MatrixFormat.numpy(s));
        assertEquals("[NaN Inf -Inf 1.0e-300]", MatrixFormat.matlab(s));
        assertEquals(
                "new double[][] {{Double.NaN, Double.POSITIVE_INFINITY, " + "Double.NEGATIVE_INFINITY, 1.0E-300}}",
                MatrixFormat.java(s));
        assertEquals("[0.1 1.0e20 -3]", MatrixFormat.matlab(Dense.of(1, 3, 0.1, 1e20, -3)));

        assertEquals("np.zeros((0, 3))", MatrixFormat.numpy(Dense.zeros(0, 3)));
        assertEquals("zeros(2, 0)", MatrixFormat.matlab(Dense.zeros(2, 0)));
        assertEquals("new double[0][3]", MatrixFormat.java(Dense.zeros(0, 3)));

        Vec v = Vec.of(1, 2);
        assertEquals("np.array([1.0, 2.0])", MatrixFormat.numpy(v));
        assertEquals("[1; 2]", MatrixFormat.matlab(v));
        assertEquals("new double[] {1.0, 2.0}", MatrixFormat.java(v));
        assertEquals("np.array([])", MatrixFormat.numpy(Vec.zeros(0)));
        assertEquals("zeros(0, 1)", MatrixFormat.matlab(Vec.zeros(0)));
        assertEquals("new double[] {}", MatrixFormat.java(Vec.zeros(0)));
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.eE+-]*");

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void formatsRoundTripEveryDouble(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[12];
        for (int k = 0; k < v.length; k++) {
            // random bit patterns: every exponent, subnormals included (NaN/Inf skipped)
            do {
                v[k] = Double.longBitsToDouble(r.nextLong());
            } while (!Double.isFinite(v[k]));
        }
        Dense a = Dense.of(3, 4, v);
        for (String text : new String[] {MatrixFormat.numpy(a), MatrixFormat.matlab(a), MatrixFormat.java(a)}) {
            Matcher m = NUMBER.matcher(text.replace("double[][]", ""));
            int k = 0;
            while (m.find()) {
                assertEquals(v[k], Double.parseDouble(m.group()), text);
                k++;
            }
            assertEquals(v.length, k, text);
        }
    }
}
