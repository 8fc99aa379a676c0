package jnum.mat;

import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise loops over two-dimensional strided operands: element {@code (i, j)} of an operand
 * lives at {@code off + i * rs + j * cs}. A {@link Dense} has {@code rs == 1} (or {@code cs == 1}
 * when transposed); a {@link Vec} is one column with {@code rs == inc}.
 *
 * <p>One fused pass per operation (read a, read b, write c), because these operations are bound by
 * memory traffic: a copy followed by an axpy would touch the output twice. When every operand has
 * unit stride along the same dimension the inner loop is a plain unit-stride loop, which C2's
 * superword pass vectorizes; otherwise it walks with strides.
 *
 * <p>Each element is read before the same element of the output is written, so the output may be
 * the very same view as an input (same array, offset and strides); callers reject other overlaps.
 */
final class Elementwise {
    private Elementwise() {}

    enum Op {
        ADD,
        SUB,
        MUL,
        DIV
    }

    /** {@code c = a op b}, element-wise, over a {@code rows x cols} shape. */
    static void binary(
            Op op,
            int rows,
            int cols,
            double[] a,
            int ao,
            int ars,
            int acs,
            double[] b,
            int bo,
            int brs,
            int bcs,
            double[] c,
            int co,
            int crs,
            int ccs) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (!(ars == 1 && brs == 1 && crs == 1) && (acs == 1 && bcs == 1 && ccs == 1)) {
            // all operands are unit-stride along rows: walk the transpose instead
            binary(op, cols, rows, a, ao, acs, ars, b, bo, bcs, brs, c, co, ccs, crs);
            return;
        }
        boolean unit = ars == 1 && brs == 1 && crs == 1;
        for (int j = 0; j < cols; j++) {
            int ai = ao + j * acs;
            int bi = bo + j * bcs;
            int ci = co + j * ccs;
            if (unit) {
                switch (op) {
                    case ADD -> {
                        for (int i = 0; i < rows; i++) {
                            c[ci + i] = a[ai + i] + b[bi + i];
                        }
                    }
                    case SUB -> {
                        for (int i = 0; i < rows; i++) {
                            c[ci + i] = a[ai + i] - b[bi + i];
                        }
                    }
                    case MUL -> {
                        for (int i = 0; i < rows; i++) {
                            c[ci + i] = a[ai + i] * b[bi + i];
                        }
                    }
                    case DIV -> {
                        for (int i = 0; i < rows; i++) {
                            c[ci + i] = a[ai + i] / b[bi + i];
                        }
                    }
                }
            } else {
                for (int i = 0; i < rows; i++, ai += ars, bi += brs, ci += crs) {
                    double x = a[ai];
                    double y = b[bi];
                    c[ci] = switch (op) {
                        case ADD -> x + y;
                        case SUB -> x - y;
                        case MUL -> x * y;
                        case DIV -> x / y;
                    };
                }
            }
        }
    }

    /** {@code c = alpha * a}, element-wise. */
    static void scale(
            int rows,
            int cols,
            double alpha,
            double[] a,
            int ao,
            int ars,
            int acs,
            double[] c,
            int co,
            int crs,
            int ccs) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (!(ars == 1 && crs == 1) && (acs == 1 && ccs == 1)) {
            scale(cols, rows, alpha, a, ao, acs, ars, c, co, ccs, crs);
            return;
        }
        for (int j = 0; j < cols; j++) {
            int ai = ao + j * acs;
            int ci = co + j * ccs;
            if (ars == 1 && crs == 1) {
                for (int i = 0; i < rows; i++) {
                    c[ci + i] = alpha * a[ai + i];
                }
            } else {
                for (int i = 0; i < rows; i++, ai += ars, ci += crs) {
                    c[ci] = alpha * a[ai];
                }
            }
        }
    }

    /** {@code c = f(a)}, element-wise, in column order of the shape. */
    static void map(
            int rows,
            int cols,
            DoubleUnaryOperator f,
            double[] a,
            int ao,
            int ars,
            int acs,
            double[] c,
            int co,
            int crs,
            int ccs) {
        for (int j = 0; j < cols; j++) {
            int ai = ao + j * acs;
            int ci = co + j * ccs;
            for (int i = 0; i < rows; i++, ai += ars, ci += crs) {
                c[ci] = f.applyAsDouble(a[ai]);
            }
        }
    }
}
