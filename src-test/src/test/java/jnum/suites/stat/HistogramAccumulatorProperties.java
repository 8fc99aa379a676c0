package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Vec;
import jnum.stat.Histogram;
import jnum.stat.HistogramAccumulator;
import jnum.stat.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mergeable histogram: however the values are split, added and merged, the result is exactly
 * {@link Stats#histogram(double[], double[])} of all of them (uniform and uneven edges, values on
 * the edges and outside the range), and the values outside are counted apart.
 */
class HistogramAccumulatorProperties {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void mergedChunksEqualTheBatchHistogram(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = 1 + rnd.nextInt(12);
        double lo = rnd.nextGaussian() * 10, hi = lo + Math.pow(10, rnd.nextDouble(-3, 3));
        double[] edges = new double[k + 1];
        if (rnd.nextBoolean()) {
            for (int i = 0; i <= k; i++) {
                edges[i] = lo + i * (hi - lo) / k; // uniform: the fast path
            }
        } else {
            edges[0] = lo;
            for (int i = 1; i <= k; i++) {
                edges[i] = edges[i - 1] + (hi - lo) * rnd.nextDouble();
            }
        }
        int n = rnd.nextInt(3000);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // a quarter exactly on an edge, some outside the range
            x[i] = rnd.nextInt(4) == 0
                    ? edges[rnd.nextInt(k + 1)]
                    : edges[0] + (edges[k] - edges[0]) * rnd.nextDouble(-0.1, 1.1);
        }
        Histogram want = Stats.histogram(x, edges);
        HistogramAccumulator total = new HistogramAccumulator(edges);
        int at = 0;
        while (at < n) {
            int len = Math.min(n - at, 1 + rnd.nextInt(400));
            HistogramAccumulator chunk = new HistogramAccumulator(edges);
            if (rnd.nextBoolean()) {
                chunk.addAll(Arrays.copyOfRange(x, at, at + len));
            } else {
                for (int i = at; i < at + len; i++) {
                    chunk.add(x[i]);
                }
            }
            total.merge(chunk);
            at += len;
        }
        assertEquals(want, total.histogram(), "seed=" + seed);
        long inside = (long) Arrays.stream(want.counts()).sum();
        assertEquals(inside, total.inside());
        assertEquals(n - inside, total.outside());
        assertEquals(want, new HistogramAccumulator(edges).addAll(Vec.of(x)).histogram());
    }

    @Test
    void nanAndMismatchedEdgesThrow() {
        HistogramAccumulator h = new HistogramAccumulator(0, 1, 2);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> h.add(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException nanAt =
                assertThrows(IllegalArgumentException.class, () -> h.addAll(new double[] {0.5, 1.5, Double.NaN}));
        assertTrue(nanAt.getMessage().contains("x[2] is NaN"), nanAt.getMessage());
        assertEquals(0, h.inside(), "nothing counted from an array holding NaN");
        assertThrows(IllegalArgumentException.class, () -> h.merge(new HistogramAccumulator(0, 1, 3)));
        assertThrows(IllegalArgumentException.class, () -> new HistogramAccumulator(1.0));
        assertThrows(IllegalArgumentException.class, () -> new HistogramAccumulator(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new HistogramAccumulator(0, 2, 1));
        assertThrows(NullPointerException.class, () -> new HistogramAccumulator((double[]) null));
    }

    @Test
    void javaSerializationKeepsCountsAndEdges() throws IOException, ClassNotFoundException {
        HistogramAccumulator h = new HistogramAccumulator(0, 0.25, 1, 4).addAll(new double[] {0, 0.3, 1, 4, 5, -1});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(h);
        }
        HistogramAccumulator copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (HistogramAccumulator) in.readObject();
        }
        assertEquals(h.histogram(), copy.histogram());
        assertEquals(2, copy.outside());
        assertEquals("[1.0, 1.0, 2.0]", Arrays.toString(copy.histogram().counts()));
    }
}
