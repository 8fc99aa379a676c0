package jnum.mat;

/**
 * Exact overlap test of two strided regions of arrays, for the aliasing rules of the destination
 * forms. A region is {@code rows x cols} elements at {@code base + i + j * ld} with
 * {@code ld >= rows} (a {@link Dense}'s stored block; a {@link Vec} is a region with one row and
 * {@code ld = |inc|}). Its columns are disjoint intervals in increasing order, so for each column
 * of one region the columns of the other that could meet it form a range found by two divisions:
 * O(cols) work, exact even for interleaved views such as the even and odd rows of a matrix.
 */
final class Overlap {
    private Overlap() {}

    /** A region; empty when rows or cols is 0. */
    record Region(double[] data, int base, int rows, int cols, int ld) {
        boolean isEmpty() {
            return rows == 0 || cols == 0;
        }
    }

    static boolean overlaps(Region p, Region q) {
        if (p.data() != q.data() || p.isEmpty() || q.isEmpty()) {
            return false;
        }
        if (p.cols() > q.cols()) { // walk the region with fewer columns
            Region t = p;
            p = q;
            q = t;
        }
        for (int j = 0; j < p.cols(); j++) {
            long s = p.base() + (long) j * p.ld();
            long e = s + p.rows() - 1;
            // columns k of q with q.base + k * q.ld <= e and q.base + k * q.ld + q.rows - 1 >= s
            long lo = Math.max(0, Math.ceilDiv(s - q.base() - q.rows() + 1, (long) q.ld()));
            long hi = Math.min(q.cols() - 1L, Math.floorDiv(e - q.base(), (long) q.ld()));
            if (lo <= hi) {
                return true;
            }
        }
        return false;
    }
}
