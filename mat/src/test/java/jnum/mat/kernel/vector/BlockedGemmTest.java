package jnum.mat.kernel.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blocked GEMM driver (loops, packing, edge blocks, threading) with block sizes far smaller
 * than the production ones, so that small matrices cross every block boundary, and with register
 * blocks of other species lengths (MR = 4 and 8 as on 128- and 256-bit vector hardware) through a
 * plain-Java micro-kernel: this covers the logic for machines without AVX-512.
 */
class BlockedGemmTest {

    /** A plain-Java MR x NR micro-kernel with the contract of {@link MicroKernel}. */
    private record LoopKernel(int mr, int nr) implements MicroKernel {
        @Override
        public void multiply(int kc, double[] a, int aIdx, double[] b, int bIdx, double[] ab) {
            for (int j = 0; j < nr; j++) {
                for (int i = 0; i < mr; i++) {
                    double s = 0;
                    for (int p = 0; p < kc; p++) {
                        s = Math.fma(a[aIdx + p * mr + i], b[bIdx + p * nr + j], s);
                    }
                    ab[i + j * mr] = s;
                }
            }
        }
    }

    static LongStream seeds() {
        return new SplittableRandom(20261127).longs(12).map(x -> x >>> 1);
    }

    private static BlockedGemm[] drivers() {
        int vmr = VectorMicroKernel.MR;
        return new BlockedGemm[] {
            new BlockedGemm(new GemmBlocking(4, 6, 5, 8, 12), new LoopKernel(4, 6)),
            new BlockedGemm(new GemmBlocking(8, 6, 7, 16, 18), new LoopKernel(8, 6)),
            new BlockedGemm(new GemmBlocking(4, 3, 1, 4, 3), new LoopKernel(4, 3)),
            new BlockedGemm(new GemmBlocking(vmr, 6, 3, 2 * vmr, 12), VectorMicroKernel.INSTANCE),
            new BlockedGemm(GemmBlocking.forLanes(2), new LoopKernel(4, 6)),
        };
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void smallBlocksAgreeWithReferenceAndAcrossThreads(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (BlockedGemm g : drivers()) {
            for (int rep = 0; rep < 6; rep++) {
                int m = 1 + rnd.nextInt(45);
                int n = 1 + rnd.nextInt(45);
                int k = 1 + rnd.nextInt(30);
                boolean ta = rnd.nextBoolean();
                boolean tb = rnd.nextBoolean();
                double alpha = rnd.nextBoolean() ? 1 : rnd.nextDouble(-2, 2);
                double beta = switch (rnd.nextInt(3)) {
                    case 0 -> 0;
                    case 1 -> 1;
                    default -> rnd.nextDouble(-2, 2);
                };
                int lda = (ta ? k : m) + rnd.nextInt(3);
                int ldb = (tb ? n : k) + rnd.nextInt(3);
                int ldc = m + rnd.nextInt(3);
                double[] a = random(rnd, lda * (ta ? m : k));
                double[] b = random(rnd, ldb * (tb ? k : n));
                double[] c0 = random(rnd, ldc * n);
                if (beta == 0) {
                    java.util.Arrays.fill(c0, Double.NaN);
                }
                double[] want = c0.clone();
                Providers.scalar()
                        .gemm(
                                ta ? Transpose.YES : Transpose.NO,
                                tb ? Transpose.YES : Transpose.NO,
                                m,
                                n,
                                k,
                                alpha,
                                a,
                                0,
                                lda,
                                b,
                                0,
                                ldb,
                                beta,
                                want,
                                0,
                                ldc);
                double[] one = c0.clone();
                g.multiply(ta, tb, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, one, 0, ldc, 1);
                String where = g.blocking() + " " + m + "x" + n + "x" + k + " ta=" + ta + " tb=" + tb + " alpha="
                        + alpha + " beta=" + beta + " seed=" + seed;
                // |C - C_ref| <= 2 gamma(k + 2) (|alpha| |A||B| + |beta| |C0|): both results are within
                // gamma(k + 2) of the exact one; |A||B| <= k and |C0| <= 1 for entries in [-1, 1).
                double u = 0x1p-53;
                double g2 = (k + 2) * u / (1 - (k + 2) * u);
                double bound = 2 * g2 * (Math.abs(alpha) * k + (beta == 0 ? 0 : Math.abs(beta))) * (1 + g2);
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < ldc; i++) {
                        int idx = i + j * ldc;
                        if (i >= m) {
                            if (Double.doubleToRawLongBits(one[idx]) != Double.doubleToRawLongBits(c0[idx])) {
                                fail(where + ": wrote outside C at (" + i + ", " + j + ")");
                            }
                        } else if (!(Math.abs(one[idx] - want[idx]) <= bound)) {
                            fail(where + ": at (" + i + ", " + j + ") got " + one[idx] + " want " + want[idx]);
                        }
                    }
                }
                // thread counts far above the work (up to the int range) must split without overflow
                for (int threads : new int[] {2, 3, 5, 1 << 30, Integer.MAX_VALUE}) {
                    double[] many = c0.clone();
                    g.multiply(ta, tb, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, many, 0, ldc, threads);
                    assertArrayEquals(one, many, where + " threads=" + threads);
                }
            }
        }
    }

    @Test
    void blockingMustFitTheKernel() {
        assertThrows(IllegalArgumentException.class, () -> new GemmBlocking(4, 6, 5, 6, 12));
        assertThrows(IllegalArgumentException.class, () -> new GemmBlocking(4, 6, 5, 8, 13));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BlockedGemm(new GemmBlocking(4, 6, 5, 8, 12), new LoopKernel(8, 6)));
    }

    private static double[] random(SplittableRandom rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(-1, 1);
        }
        return x;
    }
}
