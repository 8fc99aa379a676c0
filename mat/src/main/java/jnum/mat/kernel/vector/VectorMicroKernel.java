package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernel: a {@code (2 L) x 6} block of C, L the lane count of the
 * preferred species (16 x 6 on AVX-512, 8 x 6 on AVX2, 4 x 6 with 128-bit vectors).
 *
 * <p>Each step {@code p} loads two vectors of the packed A micro-panel and broadcasts the six
 * elements of row {@code p} of the packed B micro-panel, doing twelve FMAs into twelve accumulators.
 * The accumulators are local variables on purpose: C2 keeps them in registers, whereas an array of
 * {@code DoubleVector} defeats escape analysis and ran ten times slower. The species is a static
 * constant for the same reason: with a species held in a field the Vector API is not intrinsified
 * (measured 1 GF/s instead of 53).
 *
 * <p>Element (i, j) of AB is {@code fma} summed over {@code p} in increasing order. The block is
 * stored to a small tile and merged into C by {@link TileUpdate}: doing the alpha/beta update here
 * made the method too large for C2's inlining budget (NodeCountInliningCutoff), the stores were
 * then not inlined and the vectors boxed, and the kernel ran at 5 GF/s instead of 50.
 */
final class VectorMicroKernel implements MicroKernel {
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    static final int MR = 2 * LANES;
    static final int NR = GemmBlocking.NR;

    static final VectorMicroKernel INSTANCE = new VectorMicroKernel();

    private VectorMicroKernel() {}

    @Override
    public int mr() {
        return MR;
    }

    @Override
    public int nr() {
        return NR;
    }

    @Override
    public void multiply(int kc, double[] a, int aIdx, double[] b, int bIdx, double[] ab) {
        final VectorSpecies<Double> s = SPECIES;
        DoubleVector c00 = DoubleVector.zero(s);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        DoubleVector c40 = c00;
        DoubleVector c41 = c00;
        DoubleVector c50 = c00;
        DoubleVector c51 = c00;
        int ai = aIdx;
        int bi = bIdx;
        for (int p = 0; p < kc; p++, ai += MR, bi += NR) {
            DoubleVector a0 = DoubleVector.fromArray(s, a, ai);
            DoubleVector a1 = DoubleVector.fromArray(s, a, ai + LANES);
            DoubleVector bj = DoubleVector.broadcast(s, b[bi]);
            c00 = a0.fma(bj, c00);
            c01 = a1.fma(bj, c01);
            bj = DoubleVector.broadcast(s, b[bi + 1]);
            c10 = a0.fma(bj, c10);
            c11 = a1.fma(bj, c11);
            bj = DoubleVector.broadcast(s, b[bi + 2]);
            c20 = a0.fma(bj, c20);
            c21 = a1.fma(bj, c21);
            bj = DoubleVector.broadcast(s, b[bi + 3]);
            c30 = a0.fma(bj, c30);
            c31 = a1.fma(bj, c31);
            bj = DoubleVector.broadcast(s, b[bi + 4]);
            c40 = a0.fma(bj, c40);
            c41 = a1.fma(bj, c41);
            bj = DoubleVector.broadcast(s, b[bi + 5]);
            c50 = a0.fma(bj, c50);
            c51 = a1.fma(bj, c51);
        }
        c00.intoArray(ab, 0);
        c01.intoArray(ab, LANES);
        c10.intoArray(ab, MR);
        c11.intoArray(ab, MR + LANES);
        c20.intoArray(ab, 2 * MR);
        c21.intoArray(ab, 2 * MR + LANES);
        c30.intoArray(ab, 3 * MR);
        c31.intoArray(ab, 3 * MR + LANES);
        c40.intoArray(ab, 4 * MR);
        c41.intoArray(ab, 4 * MR + LANES);
        c50.intoArray(ab, 5 * MR);
        c51.intoArray(ab, 5 * MR + LANES);
    }
}
