package jnum.mat;

/** Copies shared by the factorizations: operands into compact column-major working arrays. */
final class Factors {
    private Factors() {}

    /** The elements of {@code a}, column-major with leading dimension {@code max(1, rows)}. */
    static double[] compact(Dense a) {
        Dense c = a.copy();
        // copy() is compact with offset 0 and ld = max(1, rows): its array is exactly that layout
        return c.array();
    }
}
