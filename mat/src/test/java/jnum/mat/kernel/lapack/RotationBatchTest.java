package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fused sweep of {@link RotationBatch#sweep} against the same rotations applied one at a time
 * in the same order. Fusing two rotations that share a column changes only which values stay in
 * registers, not the operations or their order (Java does not contract to FMA), so the results
 * must agree bit for bit.
 */
class RotationBatchTest {
    private static final int SEEDS = 300;

    @Test
    void fusedSweepEqualsRotationsOneByOne() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int rows = 1 + rnd.nextInt(40);
            int cols = 2 + rnd.nextInt(30);
            int lda = rows + rnd.nextInt(3);
            int aOff = rnd.nextInt(4);
            int start = rnd.nextInt(cols - 1);
            int count = 1 + rnd.nextInt(cols - 1 - start);
            boolean forward = rnd.nextBoolean();
            double[] a = new double[aOff + lda * cols];
            for (int k = 0; k < a.length; k++) {
                a[k] = rnd.nextDouble(-1, 1);
            }
            int cOff = rnd.nextInt(3);
            int sOff = rnd.nextInt(3);
            double[] c = new double[cOff + count];
            double[] s = new double[sOff + count];
            for (int r = 0; r < count; r++) {
                double angle = rnd.nextDouble(-Math.PI, Math.PI);
                c[cOff + r] = Math.cos(angle);
                s[sOff + r] = Math.sin(angle);
            }
            double[] expected = a.clone();
            for (int step = 0; step < count; step++) {
                int r = forward ? step : count - 1 - step;
                int x = aOff + (start + r) * lda;
                RotationBatch.rotate(expected, x, x + lda, rows, c[cOff + r], s[sOff + r]);
            }
            RotationBatch.sweep(a, aOff, lda, rows, start, count, forward, c, cOff, s, sOff);
            assertArrayEquals(
                    expected,
                    a,
                    0,
                    "seed " + seed + ": rows " + rows + ", start " + start + ", count " + count + ", forward "
                            + forward);
        }
    }

    @Test
    void rotateMapsAsDocumented() {
        double[] a = {1, 2, 3, 4};
        RotationBatch.rotate(a, 0, 2, 2, 0.6, 0.8);
        // (x, y) -> (c x + s y, c y - s x) row by row
        assertArrayEquals(
                new double[] {0.6 * 1 + 0.8 * 3, 0.6 * 2 + 0.8 * 4, 0.6 * 3 - 0.8 * 1, 0.6 * 4 - 0.8 * 2}, a, 0);
    }
}
