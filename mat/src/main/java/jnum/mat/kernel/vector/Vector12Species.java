package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species and loop constants of the level-1 and level-2 kernels and of
 * {@link UnitStride}, in one place.
 *
 * <p>This class holds the only static Vector API fields of those kernels. It is loaded when the
 * first kernel runs, which is after the provider discovery ({@link jnum.mat.kernel.spi.Providers}) has probed that
 * {@code jdk.incubator.vector} is readable and created {@link VectorKernels}; no class that is
 * loaded before the probe refers to it.
 */
final class Vector12Species {
    private Vector12Species() {}

    /** The preferred double species: 8 lanes with AVX-512, 4 with AVX2, 2 with NEON/SSE. */
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    /** Lanes per vector. */
    static final int L = D.length();

    /**
     * Below this many elements a level-1 routine runs its scalar loop: the vector loop would do no
     * or a single iteration, and its set-up and lane reduction would cost more than it saves.
     */
    static final int MIN_VECTOR_LENGTH = 2 * L;

    /** Vectors per iteration of an unrolled main loop (independent accumulators hide FMA latency). */
    static final int UNROLL = 4;

    /** Elements per iteration of an unrolled main loop. */
    static final int STEP = UNROLL * L;
}
