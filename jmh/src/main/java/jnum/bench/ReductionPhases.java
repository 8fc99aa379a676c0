package jnum.bench;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
import org.netlib.util.intW;

/**
 * Phase timings of the three spectral drivers for a busy, shared machine: the reductions
 * (sytrd, gebrd, gehrd), the bidiagonal divide and conquer, and the whole drivers (syev values,
 * gesvd/gesdd with thin vectors, geev with right vectors), jnum's Java LAPACK on the vector BLAS
 * against native LAPACK called directly. Every round calls each phase once in a rotating order,
 * timed by the calling thread's CPU time, and the best time of the second half of the rounds is
 * kept (a minimum, so the least disturbed run).
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED
 * -Xss16m -Xmx4g -cp jmh/target/benchmarks.jar jnum.bench.ReductionPhases n rounds}, with
 * {@code OPENBLAS_NUM_THREADS=1}.
 */
public final class ReductionPhases {
    private final int n;
    private final double[] a0;
    private final double[] s0;
    private final double[] a;
    private final double[] d;
    private final double[] e;
    private final double[] t1;
    private final double[] t2;
    private final double[] u;
    private final double[] vt;
    private final double[] work;
    private final int[] iwork;
    private final Lapack java;
    private final NativeLAPACK nat = NativeLAPACK.getInstance();
    private final intW info = new intW(0);

    private ReductionPhases(int n) {
        this.n = n;
        SplittableRandom rnd = new SplittableRandom(42);
        a0 = new double[n * n];
        s0 = new double[n * n];
        for (int i = 0; i < a0.length; i++) {
            a0[i] = rnd.nextDouble(-1, 1);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                s0[i + j * n] = a0[Math.max(i, j) + Math.min(i, j) * n];
            }
        }
        a = new double[n * n];
        d = new double[n];
        e = new double[n];
        t1 = new double[n];
        t2 = new double[n];
        u = new double[n * n];
        vt = new double[n * n];
        work = new double[64 * n + 4 * n * n];
        iwork = new int[8 * n];
        Parallelism.setThreads(1);
        java = Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("vector"))));
    }

    private void copy(double[] src) {
        System.arraycopy(src, 0, a, 0, a.length);
    }

    private void sytrdJava() {
        copy(s0);
        java.sytrd(n, a, 0, n, d, 0, e, 0, t1, 0);
    }

    private void sytrdNative() {
        copy(s0);
        nat.dsytrd("L", n, a, n, d, e, t1, work, work.length, info);
    }

    private void syevJava() {
        copy(s0);
        java.syev(false, n, a, 0, n, d, 0);
    }

    private void syevNative() {
        copy(s0);
        nat.dsyevd("N", "L", n, a, n, d, work, work.length, iwork, iwork.length, info);
    }

    private void gebrdJava() {
        copy(a0);
        java.gebrd(n, n, a, 0, n, d, 0, e, 0, t1, 0, t2, 0);
    }

    private void gebrdNative() {
        copy(a0);
        nat.dgebrd(n, n, a, n, d, e, t1, t2, work, work.length, info);
    }

    private void bdsdcJava() {
        gebrdJava();
        java.bdsdc(Uplo.UPPER, n, d, 0, e, 0, u, 0, n, vt, 0, n);
    }

    private void bdsdcNative() {
        gebrdNative();
        nat.dbdsdc("U", "I", n, d, e, u, n, vt, n, new double[1], new int[1], work, iwork, info);
    }

    private void ormbrJava() {
        gebrdJava();
        java.ormqr(Side.LEFT, Transpose.NO, n, n, n, a, 0, n, t1, 0, u, 0, n);
        java.ormlq(Side.RIGHT, Transpose.NO, n, n - 1, n - 1, a, n, n, t2, 0, vt, n, n);
    }

    private void ormbrNative() {
        gebrdNative();
        nat.dormbr("Q", "L", "N", n, n, n, a, n, t1, u, n, work, work.length, info);
        nat.dormbr("P", "R", "T", n, n, n, a, n, t2, vt, n, work, work.length, info);
    }

    private void bdsqrJava() {
        gebrdJava();
        java.bdsqr(Uplo.UPPER, n, 0, 0, d, 0, e, 0, null, 0, 1, null, 0, 1);
    }

    private void bdsqrNative() {
        gebrdNative();
        nat.dbdsqr("U", n, 0, 0, 0, d, e, new double[1], 1, new double[1], 1, new double[1], 1, work, info);
    }

    private void gesvdJava() {
        copy(a0);
        java.gesvd(SvdJob.THIN, n, n, a, 0, n, d, 0, u, 0, n, vt, 0, n);
    }

    private void gesddNative() {
        copy(a0);
        nat.dgesdd("S", n, n, a, n, d, u, n, vt, n, work, work.length, iwork, info);
    }

    private void gehrdJava() {
        copy(a0);
        java.gehrd(n, 0, n - 1, a, 0, n, t1, 0);
    }

    private void gehrdNative() {
        copy(a0);
        nat.dgehrd(n, 1, n, a, n, t1, work, work.length, info);
    }

    private void geevJava() {
        copy(a0);
        java.geev(true, false, true, n, a, 0, n, d, 0, e, 0, null, 0, 1, u, 0, n);
    }

    private void geevNative() {
        copy(a0);
        nat.dgeev("N", "V", n, a, n, d, e, new double[1], 1, u, n, work, work.length, info);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String only = args.length > 2 ? args[2] : "";
        ReductionPhases p = new ReductionPhases(n);
        List<String> names = new ArrayList<>();
        List<Runnable> calls = new ArrayList<>();
        String[] all = {
            "sytrd.java",
            "sytrd.native",
            "syev.values.java",
            "syevd.values.native",
            "gebrd.java",
            "gebrd.native",
            "gebrd+bdsdc.java",
            "gebrd+bdsdc.native",
            "gebrd+ormbr.java",
            "gebrd+ormbr.native",
            "gebrd+bdsqr.java",
            "gebrd+bdsqr.native",
            "gesvd.thin.java",
            "gesdd.thin.native",
            "gehrd.java",
            "gehrd.native",
            "geev.right.java",
            "geev.right.native"
        };
        Runnable[] fns = {
            p::sytrdJava,
            p::sytrdNative,
            p::syevJava,
            p::syevNative,
            p::gebrdJava,
            p::gebrdNative,
            p::bdsdcJava,
            p::bdsdcNative,
            p::ormbrJava,
            p::ormbrNative,
            p::bdsqrJava,
            p::bdsqrNative,
            p::gesvdJava,
            p::gesddNative,
            p::gehrdJava,
            p::gehrdNative,
            p::geevJava,
            p::geevNative
        };
        for (int i = 0; i < all.length; i++) {
            if (all[i].matches(".*(" + (only.isEmpty() ? "" : only) + ").*")) {
                names.add(all[i]);
                calls.add(fns[i]);
            }
        }
        double[] best = RotatingTimer.bestMillis(calls, rounds);
        for (int i = 0; i < calls.size(); i++) {
            System.out.printf("n=%d %-22s %9.2f ms%n", n, names.get(i), best[i]);
        }
    }
}
