package jnum.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Dense;
import jnum.mat.io.Csv;
import jnum.mat.io.CsvOptions;
import jnum.mat.io.CsvTable;
import jnum.mat.io.Npy;
import jnum.mat.io.NpyArray;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a 10000 x 1000 float64 matrix (80 MB of data) as {@code .npy} and as CSV (a
 * header row and 1e7 numbers in Double.toString's shortest form, about 190 MB). Peers: Apache
 * Commons CSV with {@link Double#parseDouble} into the same column-major array; NumPy's
 * {@code np.load}/{@code np.save} are timed by {@code jmh/python/io_timing.py} on the same files.
 * Files live in a temporary folder, so reads come from the page cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx6g"})
public class IoBench {
    static final int ROWS = 10_000;
    static final int COLS = 1_000;

    private Path dir;
    private Dense m;
    private Path npyFortran;
    private Path npyC;
    private Path csv;
    private Path out;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        dir = Files.createTempDirectory("jnum-io-bench");
        SplittableRandom rnd = new SplittableRandom(42);
        m = Dense.zeros(ROWS, COLS);
        for (int j = 0; j < COLS; j++) {
            for (int i = 0; i < ROWS; i++) {
                m.set(i, j, rnd.nextGaussian());
            }
        }
        npyFortran = dir.resolve("f.npy");
        npyC = dir.resolve("c.npy");
        csv = dir.resolve("m.csv");
        out = dir.resolve("out");
        Npy.write(m, npyFortran);
        Npy.write(NpyArray.of(m).withFortranOrder(false), npyC);
        List<String> names =
                java.util.stream.IntStream.range(0, COLS).mapToObj(j -> "c" + j).toList();
        Csv.write(m, names, csv, CsvOptions.DEFAULT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path p : new Path[] {npyFortran, npyC, csv, out}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public NpyArray npyReadFortranOrder() {
        return Npy.read(npyFortran);
    }

    @Benchmark
    public NpyArray npyReadCOrder() {
        return Npy.read(npyC);
    }

    @Benchmark
    public void npyWrite() {
        Npy.write(m, out);
    }

    @Benchmark
    public CsvTable csvReadJnum() {
        return Csv.read(csv);
    }

    @Benchmark
    public void csvWriteJnum() {
        Csv.write(m, List.of(), out, CsvOptions.DEFAULT);
    }

    /** Commons CSV and Double.parseDouble, filling the same column-major array. */
    @Benchmark
    public double[] csvReadCommons() {
        double[] a = new double[ROWS * COLS];
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            int i = 0;
            for (CSVRecord rec : p) {
                for (int j = 0; j < COLS; j++) {
                    a[i + j * ROWS] = Double.parseDouble(rec.get(j));
                }
                i++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    /** Commons CSV writing Double.toString text. */
    @Benchmark
    public void csvWriteCommons() {
        try (var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                var p = new org.apache.commons.csv.CSVPrinter(w, CSVFormat.DEFAULT)) {
            Object[] row = new Object[COLS];
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < COLS; j++) {
                    row[j] = Double.toString(m.get(i, j));
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
