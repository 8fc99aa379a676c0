package jnum.mat.kernel.vector;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Packing buffers of the GEMM, borrowed from a small process-wide pool and given back after the
 * call.
 *
 * <p>A borrowed buffer belongs to one caller until it is given back, so nested calls (a ForkJoin
 * worker that, while waiting, runs another task that multiplies matrices) and concurrent calls
 * never share one. When the pool is empty a fresh buffer is made; when it is full, or a buffer has
 * grown beyond the pool's cap, the returned buffer is dropped for the garbage collector. So the
 * memory kept between calls is bounded whatever the number of threads ({@link #MAX_RETAINED_BYTES}),
 * and a virtual thread costs no buffer of its own: it borrows one like any other thread.
 *
 * <p>Buffers for the packed A blocks and for the shared B panel come from separate pools: the
 * thread that packs B also runs A tasks, and their sizes differ by a factor of about twenty.
 */
final class PackBuffers {

    /**
     * Largest A buffer kept (doubles): an MC x KC block (192 x 256) with room for wider register
     * blocks; larger ones (a transposed copy of a long A in the small-problem kernel) are dropped.
     */
    static final int A_CAP = 1 << 16;

    /** Largest B buffer kept (doubles): a KC x NC panel, 256 x 4092, 8 MiB. */
    static final int B_CAP = GemmBlocking.KC * GemmBlocking.NC_TARGET;

    /**
     * A buffers kept: one per task of a parallel GEMM (the caller and the pool's workers) and one
     * for a nested call, at most 64.
     */
    static final int A_SLOTS = Math.min(64, Runtime.getRuntime().availableProcessors() + 2);

    /** Largest register tile kept (doubles): a 16 x 6 block of the micro-kernel, with room. */
    static final int TILE_CAP = 256;

    /** B buffers kept: two concurrent large GEMMs reuse theirs; more allocate per call. */
    static final int B_SLOTS = 2;

    /** The most memory the pools keep between calls, in bytes. */
    static final long MAX_RETAINED_BYTES =
            8L * ((long) A_SLOTS * (A_CAP + TILE_CAP) + (long) B_SLOTS * (B_CAP + TILE_CAP));

    private static final Pool A_POOL = new Pool(A_SLOTS, A_CAP);
    private static final Pool B_POOL = new Pool(B_SLOTS, B_CAP);

    private double[] data = new double[0];
    private double[] tile = new double[0];

    private PackBuffers() {}

    /** A buffer for packed blocks of A (and the micro-kernel's tile), borrowed from the pool. */
    static PackBuffers takeA() {
        return A_POOL.take();
    }

    /** A buffer for packed panels of B, borrowed from the pool. */
    static PackBuffers takeB() {
        return B_POOL.take();
    }

    /** Gives back a buffer from {@link #takeA()}; the caller must not use it afterwards. */
    static void giveBackA(PackBuffers buf) {
        A_POOL.giveBack(buf);
    }

    /** Gives back a buffer from {@link #takeB()}; the caller must not use it afterwards. */
    static void giveBackB(PackBuffers buf) {
        B_POOL.giveBack(buf);
    }

    /** Bytes held by the buffers now in the pools (for tests). */
    static long retainedBytes() {
        return A_POOL.bytes() + B_POOL.bytes();
    }

    /** Buffers now in the pools (for tests). */
    static int retainedCount() {
        return A_POOL.count() + B_POOL.count();
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

    /** A fixed number of slots, each empty or holding one idle buffer; lock-free. */
    private static final class Pool {
        private final AtomicReferenceArray<PackBuffers> slots;
        private final int cap;

        Pool(int slots, int cap) {
            this.slots = new AtomicReferenceArray<>(slots);
            this.cap = cap;
        }

        PackBuffers take() {
            for (int i = 0; i < slots.length(); i++) {
                PackBuffers b = slots.get(i);
                if (b != null && slots.compareAndSet(i, b, null)) {
                    return b;
                }
            }
            return new PackBuffers();
        }

        void giveBack(PackBuffers b) {
            if (b.data.length > cap || b.tile.length > TILE_CAP) {
                return; // too large to keep: the collector takes it
            }
            for (int i = 0; i < slots.length(); i++) {
                if (slots.get(i) == null && slots.compareAndSet(i, null, b)) {
                    return;
                }
            }
        }

        long bytes() {
            long sum = 0;
            for (int i = 0; i < slots.length(); i++) {
                PackBuffers b = slots.get(i);
                if (b != null) {
                    sum += 8L * (b.data.length + b.tile.length);
                }
            }
            return sum;
        }

        int count() {
            int n = 0;
            for (int i = 0; i < slots.length(); i++) {
                n += slots.get(i) == null ? 0 : 1;
            }
            return n;
        }
    }
}
