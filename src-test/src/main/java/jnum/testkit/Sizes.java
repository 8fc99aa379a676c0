package jnum.testkit;

/**
 * Problem sizes that hit the tails of vector loops and blocked algorithms: around the vector
 * lengths (2, 4, 8 doubles), unroll factors (16, 32) and block sizes (64, 128), and larger odd
 * sizes with every kind of remainder.
 */
public final class Sizes {
    private Sizes() {}

    /** Vector lengths for level-1 kernels. */
    public static int[] tailHeavy() {
        return new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 129, 207, 702, 1025};
    }

    /** Matrix dimensions for level-2 kernels: the same tails, up to a few blocks of 64. */
    public static int[] matrixDims() {
        return new int[] {0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 33, 63, 65, 129, 207};
    }

    /** Orders of triangular matrices: the tails above plus every side of the 64-column blocks. */
    public static int[] triangularOrders() {
        return new int[] {0, 1, 2, 3, 7, 8, 9, 16, 17, 33, 63, 64, 65, 127, 128, 129, 130, 207, 321};
    }
}
