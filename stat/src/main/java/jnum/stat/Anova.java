package jnum.stat;

import java.util.Locale;
import java.util.Objects;
import jnum.stat.distribution.F;

/**
 * One-way analysis of variance: do k groups share one mean? The sums of squares are formed from
 * the groups' two-pass means and centred sums (never from raw sums of squares, which lose every
 * digit on data like NIST's SmLs sets with 13 constant leading digits).
 *
 * @param ssBetween {@code sum_i n_i (mean_i - grand mean)^2}
 * @param ssWithin {@code sum_i sum_j (x_ij - mean_i)^2}
 * @param dfBetween k - 1
 * @param dfWithin N - k
 * @param msBetween ssBetween / dfBetween
 * @param msWithin ssWithin / dfWithin
 * @param f msBetween / msWithin
 * @param pValue the F(dfBetween, dfWithin) survival function at f
 */
public record Anova(
        double ssBetween,
        double ssWithin,
        double dfBetween,
        double dfWithin,
        double msBetween,
        double msWithin,
        double f,
        double pValue) {

    /**
     * The one-way ANOVA of the groups.
     *
     * @throws NullPointerException if the array or a group is null
     * @throws IllegalArgumentException with fewer than 2 groups, an empty group, no more values than
     *     groups, or zero variance within every group (F undefined)
     */
    public static Anova oneWay(double[]... groups) {
        Objects.requireNonNull(groups, "anova: groups is null");
        int k = groups.length;
        if (k < 2) {
            throw new IllegalArgumentException("anova: needs at least 2 groups, got " + k);
        }
        double total = 0;
        double[] means = new double[k];
        double ssWithin = 0;
        for (int i = 0; i < k; i++) {
            double[] g = Samples.nonNull("anova", "groups[" + i + "]", groups[i]);
            Samples.atLeast("anova", "groups[" + i + "]", g.length, 1);
            means[i] = Moments.mean(g, 0, g.length);
            ssWithin += Moments.sumSquaredDeviations(g, 0, g.length);
            total += g.length;
        }
        if (total <= k) {
            throw new IllegalArgumentException(
                    "anova: " + (long) total + " values in " + k + " groups leave no degrees of freedom");
        }
        // grand mean as the weighted mean of the group means, corrected once
        double grand = 0;
        for (int i = 0; i < k; i++) {
            grand += groups[i].length * means[i] / total;
        }
        double corr = 0;
        for (int i = 0; i < k; i++) {
            corr += groups[i].length * (means[i] - grand);
        }
        grand += corr / total;
        double ssBetween = 0;
        for (int i = 0; i < k; i++) {
            double d = means[i] - grand;
            ssBetween += groups[i].length * d * d;
        }
        if (ssWithin == 0) {
            throw new IllegalArgumentException("anova: zero variance within every group, F is undefined");
        }
        double dfB = k - 1, dfW = total - k;
        double msB = ssBetween / dfB, msW = ssWithin / dfW;
        double f = msB / msW;
        double p = Double.isNaN(f) ? Double.NaN : new F(dfB, dfW).survival(f);
        return new Anova(ssBetween, ssWithin, dfB, dfW, msB, msW, f, p);
    }

    /** R^2 = ssBetween / (ssBetween + ssWithin). */
    public double rSquared() {
        return ssBetween / (ssBetween + ssWithin);
    }

    /** The F test as a {@link TestResult} (df = dfBetween; dfWithin is in this record). */
    public TestResult test() {
        return new TestResult("one-way ANOVA F test", f, dfBetween, pValue, Alternative.GREATER);
    }

    /** The ANOVA table. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "source      df        sum sq        mean sq         F        p%n"
                        + "between %6.0f %13.6g %14.6g %9.4g %8.3g%n"
                        + "within  %6.0f %13.6g %14.6g",
                dfBetween,
                ssBetween,
                msBetween,
                f,
                pValue,
                dfWithin,
                ssWithin,
                msWithin);
    }
}
