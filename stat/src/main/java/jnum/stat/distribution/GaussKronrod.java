package jnum.stat.distribution;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive 15-point Gauss-Kronrod quadrature (Piessens et al., QUADPACK, 1983) for the smooth,
 * non-negative integrands of this package's distributions (von Mises tail probabilities and
 * moments, entropies without closed form). Globally adaptive: the interval with the largest error
 * estimate (QUADPACK's: {@code |K15 - G7|} scaled by {@code min(1, (200 e / asc)^1.5)}, floored
 * at the rounding level {@code 50 eps integral |f|}) is bisected until the sum of estimates is
 * below {@code max(relTol |integral|, absTol)} or {@value #MAX_INTERVALS} intervals exist (so it
 * always stops). Useful relative tolerances therefore start at about 1.2e-14.
 */
final class GaussKronrod {
    static final int MAX_INTERVALS = 400;

    private static final double[] XK = {
        0.991455371120812639206854697526329,
        0.949107912342758524526189684047851,
        0.864864423359769072789712788640926,
        0.741531185599394439863864773280788,
        0.586087235467691130294144845693013,
        0.405845151377397166906606412076961,
        0.207784955007898467600689403773245,
        0
    };
    private static final double[] WK = {
        0.022935322010529224963732008058970,
        0.063092092629978553290700663189204,
        0.104790010322250183839876322541518,
        0.140653259715525918745189590510238,
        0.169004726639267902826583426598550,
        0.190350578064785409913256402421014,
        0.204432940075298892414161999234649,
        0.209482141084727828012999174891714
    };
    private static final double[] WG = {
        0.129484966168869693270611432679082,
        0.279705391489276667901467771423780,
        0.381830050505118944950369775488975,
        0.417959183673469387755102040816327
    };

    private GaussKronrod() {}

    private record Piece(double a, double b, double value, double error) {}

    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double[] fv = new double[15];
        fv[7] = f.applyAsDouble(c);
        for (int i = 0; i < 7; i++) {
            double dx = h * XK[i];
            fv[i] = f.applyAsDouble(c - dx);
            fv[14 - i] = f.applyAsDouble(c + dx);
        }
        double k = WK[7] * fv[7];
        double g = WG[3] * fv[7];
        double abs = WK[7] * Math.abs(fv[7]);
        for (int i = 0; i < 7; i++) {
            double pair = fv[i] + fv[14 - i];
            k += WK[i] * pair;
            abs += WK[i] * (Math.abs(fv[i]) + Math.abs(fv[14 - i]));
            if (i % 2 == 1) {
                g += WG[i / 2] * pair;
            }
        }
        double mean = 0.5 * k;
        double asc = WK[7] * Math.abs(fv[7] - mean);
        for (int i = 0; i < 7; i++) {
            asc += WK[i] * (Math.abs(fv[i] - mean) + Math.abs(fv[14 - i] - mean));
        }
        h = Math.abs(h);
        // QUADPACK's error estimate: |K15 - G7| scaled down for smooth integrands, but never below
        // the rounding level 50 eps |f| of the sum
        double err = Math.abs((k - g) * h);
        asc *= h;
        abs *= h;
        if (asc != 0 && err != 0) {
            err = asc * Math.min(1, Math.pow(200 * err / asc, 1.5));
        }
        if (abs > Double.MIN_NORMAL / (50 * 0x1p-52)) {
            err = Math.max(50 * 0x1p-52 * abs, err);
        }
        return new Piece(a, b, k * h, err);
    }

    /** {@code integral_a^b f} to relative accuracy {@code relTol} (a few ulps at best). */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relTol) {
        return integrate(f, a, b, relTol, 0);
    }

    /** {@code integral_a^b f} to within {@code max(relTol |integral|, absTol)}. */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        return integrate(f, a, b, relTol, absTol, MAX_INTERVALS);
    }

    /**
     * {@code integral_a^b f} to within {@code max(relTol |integral|, absTol)}, stopping at
     * {@code maxIntervals} intervals.
     */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol, int maxIntervals) {
        if (!(b > a)) {
            return 0;
        }
        PriorityQueue<Piece> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error(), p.error()));
        Piece first = rule(f, a, b);
        queue.add(first);
        double value = first.value();
        double error = first.error();
        while (queue.size() < maxIntervals && error > Math.max(relTol * Math.abs(value), absTol)) {
            Piece worst = queue.poll();
            double mid = 0.5 * (worst.a() + worst.b());
            if (!(mid > worst.a() && mid < worst.b())) {
                queue.add(worst);
                break; // the interval cannot be split further
            }
            Piece left = rule(f, worst.a(), mid);
            Piece right = rule(f, mid, worst.b());
            queue.add(left);
            queue.add(right);
            value = 0;
            error = 0;
            for (Piece p : queue) {
                value += p.value();
                error += p.error();
            }
        }
        return value;
    }
}
