package jnum.mat.kernel.vector;

/**
 * Per-thread packing buffers of the GEMM, reused from call to call.
 *
 * <p>A buffer is taken out of its thread-local slot while in use and put back afterwards. If the
 * slot is empty because the same thread is already inside a GEMM (a ForkJoin worker that, while
 * waiting, runs another task that multiplies matrices), a fresh buffer is made for the nested call,
 * so two calls can never write into one buffer. Buffers for the packed A blocks and for the shared
 * B panel live in separate slots: the thread that packs B also runs A tasks.
 */
final class PackBuffers {
    private static final ThreadLocal<PackBuffers> A_SLOT = new ThreadLocal<>();
    private static final ThreadLocal<PackBuffers> B_SLOT = new ThreadLocal<>();

    private double[] data = new double[0];
    private double[] tile = new double[0];

    private PackBuffers() {}

    /** The calling thread's buffer for packed blocks of A. */
    static PackBuffers takeA() {
        return take(A_SLOT);
    }

    /** The calling thread's buffer for packed panels of B. */
    static PackBuffers takeB() {
        return take(B_SLOT);
    }

    static void giveBackA(PackBuffers buf) {
        A_SLOT.set(buf);
    }

    static void giveBackB(PackBuffers buf) {
        B_SLOT.set(buf);
    }

    private static PackBuffers take(ThreadLocal<PackBuffers> slot) {
        PackBuffers buf = slot.get();
        if (buf == null) {
            return new PackBuffers();
        }
        slot.set(null);
        return buf;
    }

    /** An array of at least {@code size} elements (its contents are garbage). */
    double[] array(int size) {
        if (data.length < size) {
            data = new double[size];
        }
        return data;
    }

    /** A small array of at least {@code size} elements for one register block. */
    double[] tile(int size) {
        if (tile.length < size) {
            tile = new double[size];
        }
        return tile;
    }
}
