package jnum.mat.kernel.lapack;

/**
 * PENDING, to be deleted: marks the routines of {@link JavaLapack} whose Java implementation has
 * not been merged yet. No release may contain a call to it.
 */
final class Pending {
    private Pending() {}

    static UnsupportedOperationException routine(String name) {
        return new UnsupportedOperationException(name + ": the Java implementation is not merged yet");
    }
}
