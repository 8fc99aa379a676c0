package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;

/**
 * A companion to {@link Level1Bench} and {@link GemvBench} for a busy, shared machine: JMH runs
 * one benchmark after another, so a burst of load from other processes hits one implementation
 * and not its peers. Here every round times each implementation once, in a rotating order, and
 * the best of the later rounds is kept, so the ratios between peers survive the noise.
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED
 * -Xmx2g -cp jmh/target/benchmarks.jar jnum.bench.InterleavedLevel12 [rounds]}, with
 * {@code OPENBLAS_NUM_THREADS=1}. Prints a Markdown table: GB/s and milliseconds per call, and the
 * time ratios of netlib's VectorBLAS and native OpenBLAS to jnum's vector provider (above 1:
 * jnum is faster).
 */
public final class InterleavedLevel12 {
    private InterleavedLevel12() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n1 = 10_000_000;
        int n2 = 4096;
        SplittableRandom rnd = new SplittableRandom(1);
        double[] x = rnd.doubles(n1, -1, 1).toArray();
        double[] y = rnd.doubles(n1, -1, 1).toArray();
        double[] a = rnd.doubles((long) n2 * n2, -1, 1).toArray();
        double[] gx = rnd.doubles(n2, -1, 1).toArray();
        double[] gy = new double[n2];
        Blas s = BlasPeers.jnumScalar();
        Blas v = BlasPeers.jnumVector();
        BLAS nb = BlasPeers.netlibJava();
        BLAS nat = BlasPeers.require(BlasPeers.netlibNative());
        String[] impls = {"jnum scalar", "jnum vector", "netlib VectorBLAS", "native OpenBLAS"};
        String[] ops = {"dot 1e7", "axpy 1e7", "gemv NO 4096", "gemv YES 4096"};
        double[] bytes = {16.0 * n1, 24.0 * n1, 8.0 * n2 * n2, 8.0 * n2 * n2};
        double alpha = 1e-12;
        DoubleSupplier[][] calls = {
            {
                () -> s.dot(n1, x, 0, 1, y, 0, 1),
                () -> v.dot(n1, x, 0, 1, y, 0, 1),
                () -> nb.ddot(n1, x, 1, y, 1),
                () -> nat.ddot(n1, x, 1, y, 1)
            },
            {
                () -> {
                    s.axpy(n1, alpha, x, 0, 1, y, 0, 1);
                    return y[0];
                },
                () -> {
                    v.axpy(n1, alpha, x, 0, 1, y, 0, 1);
                    return y[0];
                },
                () -> {
                    nb.daxpy(n1, alpha, x, 1, y, 1);
                    return y[0];
                },
                () -> {
                    nat.daxpy(n1, alpha, x, 1, y, 1);
                    return y[0];
                }
            },
            gemv(Transpose.NO, s, v, nb, nat, n2, a, gx, gy),
            gemv(Transpose.YES, s, v, nb, nat, n2, a, gx, gy)
        };
        System.out.println("| op | " + String.join(" | ", impls)
                + " | VectorBLAS time / jnum vector | OpenBLAS time / jnum vector |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        double sink = 0;
        for (int o = 0; o < ops.length; o++) {
            double[] best = new double[impls.length];
            Arrays.fill(best, Double.MAX_VALUE);
            for (int round = 0; round < rounds; round++) {
                for (int j = 0; j < impls.length; j++) {
                    int k = (j + round) % impls.length;
                    long t0 = System.nanoTime();
                    sink += calls[o][k].getAsDouble();
                    double sec = (System.nanoTime() - t0) * 1e-9;
                    if (round >= rounds / 3) { // the first third warms up the JIT
                        best[k] = Math.min(best[k], sec);
                    }
                }
            }
            StringBuilder row = new StringBuilder("| " + ops[o] + " |");
            for (double b : best) {
                row.append(String.format(" %.1f GB/s (%.2f ms) |", bytes[o] / b / 1e9, b * 1e3));
            }
            row.append(String.format(" %.2f | %.2f |", best[2] / best[1], best[3] / best[1]));
            System.out.println(row);
        }
        if (sink == 0.5) {
            System.out.println();
        }
    }

    private static DoubleSupplier[] gemv(
            Transpose t, Blas s, Blas v, BLAS nb, BLAS nat, int n, double[] a, double[] x, double[] y) {
        String tr = t == Transpose.NO ? "N" : "T";
        return new DoubleSupplier[] {
            () -> {
                s.gemv(t, n, n, 1.0, a, 0, n, x, 0, 1, 0.0, y, 0, 1);
                return y[0];
            },
            () -> {
                v.gemv(t, n, n, 1.0, a, 0, n, x, 0, 1, 0.0, y, 0, 1);
                return y[0];
            },
            () -> {
                nb.dgemv(tr, n, n, 1.0, a, n, x, 1, 0.0, y, 1);
                return y[0];
            },
            () -> {
                nat.dgemv(tr, n, n, 1.0, a, n, x, 1, 0.0, y, 1);
                return y[0];
            }
        };
    }
}
