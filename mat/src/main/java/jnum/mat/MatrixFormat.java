package jnum.mat;

import java.util.Objects;

/**
 * Matrices and vectors as source text for other tools: NumPy, MATLAB/Octave and Java. Every number
 * is written exactly (the shortest decimal that reads back to the same double, as
 * {@link Double#toString(double)}), so the text round-trips; nothing is elided.
 *
 * <table>
 *   <caption>Formats of {@code Dense.of(2, 2, 1, 2, 3, 0.5)} and {@code Vec.of(1, 2)}</caption>
 *   <tr><th>format</th><th>matrix</th><th>vector</th></tr>
 *   <tr><td>{@link #numpy}</td><td>{@code np.array([[1.0, 2.0], [3.0, 0.5]])}</td>
 *       <td>{@code np.array([1.0, 2.0])}</td></tr>
 *   <tr><td>{@link #matlab}</td><td>{@code [1 2; 3 0.5]}</td><td>{@code [1; 2]} (a column)</td></tr>
 *   <tr><td>{@link #java}</td><td>{@code new double[][] {{1.0, 2.0}, {3.0, 0.5}}}</td>
 *       <td>{@code new double[] {1.0, 2.0}}</td></tr>
 * </table>
 *
 * <p>Special values: NumPy {@code np.nan}, {@code np.inf}, {@code -np.inf}; MATLAB {@code NaN},
 * {@code Inf}, {@code -Inf}; Java {@code Double.NaN}, {@code Double.POSITIVE_INFINITY},
 * {@code Double.NEGATIVE_INFINITY}. Exponents are written {@code 1.0e-300} (NumPy, MATLAB) and
 * {@code 1.0E-300} (Java). MATLAB drops the {@code .0} of integers below {@code 1e15}. Empty
 * matrices keep their shape: {@code np.zeros((0, 3))}, {@code zeros(0, 3)},
 * {@code new double[0][3]}.
 */
public final class MatrixFormat {
    private MatrixFormat() {}

    private enum Style {
        NUMPY("np.array([", "])", "[", "]", ", ", ", "),
        MATLAB("[", "]", "", "", "; ", " "),
        JAVA("new double[][] {", "}", "{", "}", ", ", ", ");

        final String open;
        final String close;
        final String rowOpen;
        final String rowClose;
        final String rowSep;
        final String colSep;

        Style(String open, String close, String rowOpen, String rowClose, String rowSep, String colSep) {
            this.open = open;
            this.close = close;
            this.rowOpen = rowOpen;
            this.rowClose = rowClose;
            this.rowSep = rowSep;
            this.colSep = colSep;
        }

        String number(double x) {
            if (Double.isNaN(x)) {
                return switch (this) {
                    case NUMPY -> "np.nan";
                    case MATLAB -> "NaN";
                    case JAVA -> "Double.NaN";
                };
            }
            if (Double.isInfinite(x)) {
                String sign = x < 0 ? "-" : "";
                return switch (this) {
                    case NUMPY -> sign + "np.inf";
                    case MATLAB -> sign + "Inf";
                    case JAVA -> x < 0 ? "Double.NEGATIVE_INFINITY" : "Double.POSITIVE_INFINITY";
                };
            }
            if (this == MATLAB && x == Math.rint(x) && Math.abs(x) < 1e15) {
                return (x == 0 && Double.doubleToRawLongBits(x) < 0 ? "-" : "") + (long) x;
            }
            String s = Double.toString(x);
            return this == JAVA ? s : s.replace('E', 'e');
        }

        String empty(int rows, int cols) {
            return switch (this) {
                case NUMPY -> "np.zeros((" + rows + ", " + cols + "))";
                case MATLAB -> "zeros(" + rows + ", " + cols + ")";
                case JAVA -> "new double[" + rows + "][" + cols + "]";
            };
        }
    }

    /**
     * NumPy source, e.g. {@code np.array([[1.0, 2.0], [3.0, 4.0]])}.
     *
     * @throws NullPointerException if {@code m} is null
     */
    public static String numpy(Matrix m) {
        return format(Style.NUMPY, m);
    }

    /**
     * MATLAB/Octave source, e.g. {@code [1 2; 3 4]}.
     *
     * @throws NullPointerException if {@code m} is null
     */
    public static String matlab(Matrix m) {
        return format(Style.MATLAB, m);
    }

    /**
     * A Java array literal, e.g. {@code new double[][] {{1.0, 2.0}, {3.0, 4.0}}}.
     *
     * @throws NullPointerException if {@code m} is null
     */
    public static String java(Matrix m) {
        return format(Style.JAVA, m);
    }

    /**
     * NumPy source of a vector (a 1-D array), e.g. {@code np.array([1.0, 2.0])}.
     *
     * @throws NullPointerException if {@code v} is null
     */
    public static String numpy(Vec v) {
        Objects.requireNonNull(v, "numpy: v is null");
        return "np.array([" + join(Style.NUMPY, v, ", ") + "])";
    }

    /**
     * MATLAB/Octave source of a vector, as a column, e.g. {@code [1; 2]}.
     *
     * @throws NullPointerException if {@code v} is null
     */
    public static String matlab(Vec v) {
        Objects.requireNonNull(v, "matlab: v is null");
        return v.length() == 0 ? "zeros(0, 1)" : "[" + join(Style.MATLAB, v, "; ") + "]";
    }

    /**
     * A Java array literal of a vector, e.g. {@code new double[] {1.0, 2.0}}.
     *
     * @throws NullPointerException if {@code v} is null
     */
    public static String java(Vec v) {
        Objects.requireNonNull(v, "java: v is null");
        return "new double[] {" + join(Style.JAVA, v, ", ") + "}";
    }

    private static String join(Style style, Vec v, String sep) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < v.length(); k++) {
            out.append(k == 0 ? "" : sep).append(style.number(v.get(k)));
        }
        return out.toString();
    }

    private static String format(Style style, Matrix m) {
        Objects.requireNonNull(m, () -> style.name().toLowerCase(java.util.Locale.ROOT) + ": m is null");
        int rows = m.rows();
        int cols = m.cols();
        if (rows == 0 || cols == 0) {
            return style.empty(rows, cols);
        }
        StringBuilder out = new StringBuilder(style.open);
        for (int i = 0; i < rows; i++) {
            out.append(i == 0 ? "" : style.rowSep).append(style.rowOpen);
            for (int j = 0; j < cols; j++) {
                out.append(j == 0 ? "" : style.colSep).append(style.number(m.get(i, j)));
            }
            out.append(style.rowClose);
        }
        return out.append(style.close).toString();
    }
}
