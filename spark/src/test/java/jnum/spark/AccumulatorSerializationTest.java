package jnum.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Histogram;
import jnum.stat.HistogramAccumulator;
import jnum.stat.Summary;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Every accumulator and buffer survives Java serialization and Spark's Kryo bit for bit: the copy
 * gives the same results, and (with values still pending in a block) keeps accepting values and
 * merges to the same results as the original.
 */
class AccumulatorSerializationTest {
    enum Codec {
        JAVA,
        KRYO
    }

    private static final SerializerInstance KRYO = new KryoSerializer(new SparkConf()).newInstance();

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value, Codec codec) {
        if (codec == Codec.KRYO) {
            ClassTag<T> tag = (ClassTag<T>) ClassTag$.MODULE$.apply(value.getClass());
            return KRYO.deserialize(KRYO.serialize(value, tag), tag);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static double[] values(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e6 + rng.nextGaussian();
        }
        return x;
    }

    static void assertSame(Summary want, Summary got) {
        assertEquals(want.count(), got.count());
        assertEquals(want.mean(), got.mean());
        assertEquals(want.variance(), got.variance());
        assertEquals(want.skewness(), got.skewness());
        assertEquals(want.kurtosis(), got.kurtosis());
        assertEquals(want.min(), got.min());
        assertEquals(want.max(), got.max());
    }

    static void assertSame(CovarianceAccumulator want, CovarianceAccumulator got) {
        assertEquals(want.count(), got.count());
        assertArrayEquals(want.means().toArray(), got.means().toArray());
        Dense a = want.covariance(), b = got.covariance();
        for (int j = 0; j < a.rows(); j++) {
            for (int k = 0; k < a.cols(); k++) {
                assertEquals(a.get(j, k), b.get(j, k), "covariance " + j + "," + k);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void summary(Codec codec) {
        Summary s = Summary.of(values(1000, 1));
        assertSame(s, roundTrip(s, codec));
        assertEquals(0, roundTrip(new Summary(), codec).count());
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void covarianceAccumulator(Codec codec) {
        CovarianceAccumulator c = new CovarianceAccumulator(3);
        double[] a = values(200, 2), b = values(200, 3), d = values(200, 4);
        for (int i = 0; i < 200; i++) {
            c.add(a[i], b[i], d[i]);
        }
        assertSame(c, roundTrip(c, codec));
        assertEquals(3, roundTrip(new CovarianceAccumulator(3), codec).variables());
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void histogramAccumulator(Codec codec) {
        HistogramAccumulator h = new HistogramAccumulator(1e6 - 2, 1e6 - 1, 1e6, 1e6 + 0.5, 1e6 + 3);
        h.addAll(values(500, 5));
        HistogramAccumulator copy = roundTrip(h, codec);
        assertEquals(h.histogram(), copy.histogram());
        assertEquals(h.outside(), copy.outside());
        double[] more = values(100, 6);
        assertEquals(h.addAll(more).histogram(), copy.addAll(more).histogram());
        Histogram merged = roundTrip(h, codec).merge(copy).histogram();
        assertEquals(
                2 * h.inside(), (long) java.util.Arrays.stream(merged.counts()).sum());
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void summaryBufferWithPendingValues(Codec codec) {
        double[] x = values(SummaryBuffer.BLOCK + 123, 7);
        SummaryBuffer b = new SummaryBuffer();
        for (double v : x) {
            b.add(v);
        }
        check(b, codec, SummaryBuffer::summary, AccumulatorSerializationTest::assertSame, buf -> buf.add(0.5));
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void covarianceBufferWithPendingRows(Codec codec) {
        double[] a = values(1000, 8), d = values(1000, 9);
        CovarianceBuffer b = new CovarianceBuffer(2);
        for (int i = 0; i < 1000; i++) {
            b.add(a[i], d[i]);
        }
        check(b, codec, CovarianceBuffer::accumulator, AccumulatorSerializationTest::assertSame, buf -> buf.add(1, 2));
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void aggregatorsTravelToExecutors(Codec codec) {
        SummaryAggregator s = roundTrip(new SummaryAggregator("x"), codec);
        assertEquals(0, s.finish(s.zero()).count());
        CovarianceAggregator c = roundTrip(new CovarianceAggregator("x", "y"), codec);
        assertEquals(2, c.finish(c.zero()).variables());
        HistogramAggregator h = roundTrip(new HistogramAggregator("x", 0, 1, 3), codec);
        assertArrayEquals(new double[] {0, 1, 3}, h.finish(h.zero()).edges());
    }

    /** The copy gives the same result, then accepts a value and merges exactly as the original. */
    private static <B, R> void check(
            B original,
            Codec codec,
            java.util.function.Function<B, R> result,
            java.util.function.BiConsumer<R, R> same,
            UnaryOperator<B> addOne) {
        B copy = roundTrip(original, codec);
        same.accept(result.apply(original), result.apply(copy));
        same.accept(result.apply(addOne.apply(original)), result.apply(addOne.apply(copy)));
    }
}
