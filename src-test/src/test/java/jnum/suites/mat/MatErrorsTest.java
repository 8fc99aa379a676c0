package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Matrix;
import jnum.mat.Norm;
import jnum.mat.Vec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every error path of Dense and Vec, with the exception type and its whole message. */
class MatErrorsTest {
    private static final Dense A34 = Dense.zeros(3, 4);
    private static final Dense A52 = Dense.zeros(5, 2);
    private static final Dense A23 = Dense.zeros(2, 3);
    private static final Vec V3 = Vec.of(1, 2, 3);
    private static final Vec V2 = Vec.of(1, 2);

    private static void throwsWith(Class<? extends Throwable> type, String message, Executable call) {
        Throwable t = assertThrows(type, call);
        assertEquals(message, t.getMessage());
    }

    @Test
    void shapeMismatchesNameTheOperationAndBothShapes() {
        Class<DimensionMismatchException> dm = DimensionMismatchException.class;
        throwsWith(dm, "times: 3x4 * 5x2", () -> A34.times(A52));
        throwsWith(dm, "times: 4x3 * 2x3", () -> A34.t().times(A23));
        throwsWith(dm, "plus: 3x4 + 2x3", () -> A34.plus(A23));
        throwsWith(dm, "minus: 3x4 - 4x3", () -> A34.minus(A34.t()));
        throwsWith(dm, "mulElem: 3x4 .* 5x2", () -> A34.mulElem(A52));
        throwsWith(dm, "divElem: 2x3 ./ 3x4", () -> A23.divElem(A34));
        throwsWith(dm, "times: 3x4 * vector of length 3", () -> A34.times(V3));
        throwsWith(dm, "trace: 2x3 is not square", A23::trace);
        throwsWith(dm, "mul: 3x4 * 5x2", () -> Dense.mul(A34, A52, Dense.zeros(3, 2)));
        throwsWith(dm, "mul: 3x4 * 4x3 is 3x3 but into is 3x4", () -> Dense.mul(A34, A34.t(), Dense.zeros(3, 4)));
        throwsWith(dm, "add: 3x4 + 2x3", () -> Dense.add(A34, A23, A34.copy()));
        throwsWith(dm, "sub: 2x3 - 2x3 is 2x3 but into is 3x2", () -> Dense.sub(A23, A23, Dense.zeros(3, 2)));
        throwsWith(dm, "mulElem: 3x4 .* 5x2", () -> Dense.mulElem(A34, A52, A34.copy()));
        throwsWith(dm, "divElem: 2x3 ./ 2x3 is 2x3 but into is 3x4", () -> Dense.divElem(A23, A23, A34.copy()));
        throwsWith(dm, "scale: 2x3 -> 3x2", () -> Dense.scale(2, A23, A23.t().copy()));
        throwsWith(dm, "dot: length 3 . length 2", () -> V3.dot(V2));
        throwsWith(dm, "plus: length 3 + length 2", () -> V3.plus(V2));
        throwsWith(dm, "minus: length 2 - length 3", () -> V2.minus(V3));
        throwsWith(dm, "mulElem: length 2 .* length 3", () -> V2.mulElem(V3));
        throwsWith(dm, "divElem: length 3 ./ length 2", () -> V3.divElem(V2));
        throwsWith(dm, "add: length 3 -> length 2", () -> Vec.add(V3, V3, Vec.zeros(2)));
        throwsWith(dm, "sub: length 3 - length 2", () -> Vec.sub(V3, V2, Vec.zeros(3)));
        throwsWith(dm, "scale: length 3 -> length 2", () -> Vec.scale(2, V3, Vec.zeros(2)));
        throwsWith(dm, "mul: 2x3 * vector of length 2 into vector of length 2", () -> Vec.mul(A23, V2, Vec.zeros(2)));
        throwsWith(dm, "mul: 2x3 * vector of length 3 into vector of length 3", () -> Vec.mul(A23, V3, Vec.zeros(3)));
    }

    @Test
    void badIndicesNameTheIndexAndTheShape() {
        Class<IndexOutOfBoundsException> ioob = IndexOutOfBoundsException.class;
        throwsWith(ioob, "get: index (3, 0) out of bounds for 3x4", () -> A34.get(3, 0));
        throwsWith(ioob, "get: index (0, -1) out of bounds for 3x4", () -> A34.get(0, -1));
        throwsWith(
                ioob, "get: index (0, 3) out of bounds for 4x3", () -> A34.t().get(0, 3));
        throwsWith(
                ioob,
                "set: index (2, 4) out of bounds for 3x4",
                () -> A34.copy().set(2, 4, 1));
        throwsWith(
                ioob,
                "get: index (0, 0) out of bounds for 0x4",
                () -> Dense.zeros(0, 4).get(0, 0));
        throwsWith(ioob, "row: index 3 out of bounds for 3x4", () -> A34.row(3));
        throwsWith(ioob, "column: index -1 out of bounds for 3x4", () -> A34.column(-1));
        throwsWith(ioob, "slice: rows [0, 4) and columns [0, 1) out of bounds for 3x4", () -> A34.slice(0, 4, 0, 1));
        throwsWith(ioob, "slice: rows [-1, 2) and columns [0, 1) out of bounds for 3x4", () -> A34.slice(-1, 2, 0, 1));
        throwsWith(ioob, "get: index 3 out of bounds for length 3", () -> V3.get(3));
        throwsWith(
                ioob,
                "set: index -1 out of bounds for length 3",
                () -> V3.copy().set(-1, 0));
        throwsWith(
                ioob,
                "get: index 0 out of bounds for length 0",
                () -> A23.diagonal().slice(1, 1).get(0));
        throwsWith(ioob, "slice: [0, 4) out of bounds for length 3", () -> V3.slice(0, 4));
        throwsWith(
                ioob,
                "wrap: 2x2 at offset 1 with ld 2 runs outside an array of length 4",
                () -> Dense.wrap(new double[4], 1, 2, 2, 2));
        throwsWith(
                ioob,
                "wrap: 3 elements at offset 0 step 2 run outside an array of length 4",
                () -> Vec.wrap(new double[4], 0, 2, 3));
    }

    @Test
    void badArgumentsAreIllegal() {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        throwsWith(
                iae,
                "of: ragged rows: values[0] has 2 elements but values[1] has 3",
                () -> Dense.of(new double[][] {{1, 2}, {3, 4, 5}}));
        throwsWith(iae, "of: 5 values for a 2x3 matrix (need 6)", () -> Dense.of(2, 3, 1, 2, 3, 4, 5));
        throwsWith(iae, "of: negative dimension in -1x3", () -> Dense.of(-1, 3));
        throwsWith(iae, "zeros: negative dimension in 2x-1", () -> Dense.zeros(2, -1));
        throwsWith(iae, "identity: negative dimension in -2x-2", () -> Dense.identity(-2));
        throwsWith(iae, "random: negative dimension in -1x1", () -> Dense.random(-1, 1, new java.util.Random(1)));
        throwsWith(
                iae,
                "zeros: 100000x100000 has more elements than a Java array can hold",
                () -> Dense.zeros(100000, 100000));
        throwsWith(iae, "zeros: negative length -1", () -> Vec.zeros(-1));
        throwsWith(iae, "slice: reversed range: rows [2, 1), columns [0, 1)", () -> A34.slice(2, 1, 0, 1));
        throwsWith(iae, "slice: reversed range [2, 1)", () -> V3.slice(2, 1));
        throwsWith(iae, "equalsWithin: tol = -1.0 must be >= 0", () -> A34.equalsWithin(A34, -1));
        throwsWith(iae, "equalsWithin: tol = NaN must be >= 0", () -> V3.equalsWithin(V3, Double.NaN));
        throwsWith(iae, "wrap: leading dimension 1 < max(1, rows = 2)", () -> Dense.wrap(new double[4], 0, 1, 2, 2));
        throwsWith(iae, "wrap: increment is 0", () -> Vec.wrap(new double[4], 0, 0, 2));
    }

    @Test
    void nullArgumentsAreNamed() {
        Class<NullPointerException> npe = NullPointerException.class;
        throwsWith(npe, "of: values is null", () -> Dense.of((double[][]) null));
        throwsWith(npe, "of: values[1] is null", () -> Dense.of(new double[][] {{1}, null}));
        throwsWith(npe, "of: rowMajorValues is null", () -> Dense.of(1, 1, (double[]) null));
        throwsWith(npe, "diag: d is null", () -> Dense.diag((Vec) null));
        throwsWith(npe, "random: rng is null", () -> Dense.random(1, 1, null));
        throwsWith(npe, "copyOf: m is null", () -> Dense.copyOf(null));
        throwsWith(npe, "times: b is null", () -> A34.times((Matrix) null));
        throwsWith(npe, "times: x is null", () -> A34.times((Vec) null));
        throwsWith(npe, "plus: b is null", () -> A34.plus(null));
        throwsWith(npe, "divElem: b is null", () -> A34.divElem(null));
        throwsWith(npe, "map: f is null", () -> A34.map(null));
        throwsWith(npe, "norm: kind is null", () -> A34.norm((Norm) null));
        throwsWith(npe, "equalsWithin: b is null", () -> A34.equalsWithin(null, 1));
        throwsWith(npe, "mul: a is null", () -> Dense.mul(null, A34, A34));
        throwsWith(npe, "mul: b is null", () -> Dense.mul(A34, null, A34));
        throwsWith(npe, "mul: into is null", () -> Dense.mul(A34, A34.t(), null));
        throwsWith(npe, "add: into is null", () -> Dense.add(A34, A34, null));
        throwsWith(npe, "scale: a is null", () -> Dense.scale(1, null, A34));
        throwsWith(npe, "of: values is null", () -> Vec.of((double[]) null));
        throwsWith(npe, "dot: y is null", () -> V3.dot(null));
        throwsWith(npe, "minus: y is null", () -> V3.minus(null));
        throwsWith(npe, "mul: x is null", () -> Vec.mul(A23, null, V2));
        throwsWith(npe, "sub: into is null", () -> Vec.sub(V3, V3, null));
        throwsWith(npe, "wrap: data is null", () -> Vec.wrap(null, 0, 1, 0));
        throwsWith(npe, "numpy: m is null", () -> jnum.mat.MatrixFormat.numpy((Matrix) null));
        throwsWith(npe, "matlab: v is null", () -> jnum.mat.MatrixFormat.matlab((Vec) null));
    }

    /** Extents are computed in long arithmetic: an int overflow must not let a bad layout pass. */
    @Test
    void extentsThatOverflowAnIntAreRejected() {
        int big = Integer.MAX_VALUE - 8;
        Class<IndexOutOfBoundsException> ioob = IndexOutOfBoundsException.class;
        // offset + rows - 1 = 2^31 + 1 wraps to a negative int
        throwsWith(
                ioob,
                "wrap: " + big + "x1 at offset 10 with ld " + big + " runs outside an array of length 10",
                () -> Dense.wrap(new double[10], 10, big, big, 1));
        throwsWith(
                ioob,
                "wrap: 1x2 at offset 5 with ld " + big + " runs outside an array of length 10",
                () -> Dense.wrap(new double[10], 5, big, 1, 2));
        throwsWith(
                ioob,
                "wrap: 2 elements at offset 5 step " + Integer.MAX_VALUE + " run outside an array of length 10",
                () -> Vec.wrap(new double[10], 5, Integer.MAX_VALUE, 2));
        throwsWith(
                ioob,
                "wrap: 3 elements at offset 5 step " + (Integer.MIN_VALUE + 1) + " run outside an array of length 10",
                () -> Vec.wrap(new double[10], 5, Integer.MIN_VALUE + 1, 3));
        // the facade: an A whose last column starts beyond the int range
        IndexOutOfBoundsException e = assertThrows(
                ioob,
                () -> jnum.mat.kernel.Kernels.blas()
                        .gemm(
                                jnum.mat.kernel.Transpose.NO,
                                jnum.mat.kernel.Transpose.NO,
                                2,
                                3,
                                2,
                                1,
                                new double[10],
                                0,
                                big,
                                new double[10],
                                0,
                                2,
                                0,
                                new double[10],
                                0,
                                2));
        assertEquals(IndexOutOfBoundsException.class, e.getClass(), e.toString());
        assertTrue(e.getMessage().startsWith("gemm: A 2x2 at offset 0 with ld " + big), e.getMessage());
    }

    /** Sizes whose element count overflows an int: the operation and the shape, not "integer overflow". */
    @Test
    void tooManyElementsNameTheOperationAndTheShape() {
        Class<IllegalArgumentException> iae = IllegalArgumentException.class;
        throwsWith(
                iae,
                "diag: 46341x46341 has more elements than a Java array can hold",
                () -> Dense.diag(new double[46341]));
        throwsWith(
                iae,
                "times: 46341x1 * 1x46341 gives a 46341x46341 matrix, more elements than a Java array can hold",
                () -> Dense.zeros(46341, 1).times(Dense.zeros(1, 46341)));
        throwsWith(
                iae, "identity: 46341x46341 has more elements than a Java array can hold", () -> Dense.identity(46341));
        throwsWith(
                iae,
                "zeros: length " + Integer.MAX_VALUE + " is more than a Java array can hold",
                () -> Vec.zeros(Integer.MAX_VALUE));
    }
}
