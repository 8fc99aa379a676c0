package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * The triangular distribution on {@code [a, b]} with mode {@code c} ({@code a <= c <= b},
 * {@code a < b}): density {@code 2 (x - a) / ((b - a)(c - a))} rising on {@code [a, c]} and
 * {@code 2 (b - x) / ((b - a)(b - c))} falling on {@code [c, b]}.
 *
 * <p>The cdf is {@code (x - a)^2 / ((b - a)(c - a))} left of the mode and the survival function
 * {@code (b - x)^2 / ((b - a)(b - c))} right of it, each computed directly from the nearer end;
 * the other side is one minus that. The mode may equal either end.
 *
 * @param lower a, finite
 * @param mode c, finite, in {@code [a, b]}
 * @param upper b, finite, {@code > a}, with {@code b - a} finite
 */
public record Triangular(double lower, double mode, double upper) implements ContinuousDistribution {
    private static final String NAME = "Triangular";

    /** Validates the parameters. */
    public Triangular {
        Arguments.finite(NAME, "lower", lower);
        Arguments.finite(NAME, "mode", mode);
        Arguments.finite(NAME, "upper", upper);
        if (!(lower < upper)) {
            throw new IllegalArgumentException(NAME + ": lower = " + lower + " must be less than upper = " + upper);
        }
        if (!(mode >= lower && mode <= upper)) {
            throw new IllegalArgumentException(
                    NAME + ": mode = " + mode + " is outside [" + lower + ", " + upper + "]");
        }
        if (!Double.isFinite(upper - lower)) {
            throw new IllegalArgumentException(
                    NAME + ": width upper - lower = " + upper + " - " + lower + " overflows");
        }
    }

    private double width() {
        return upper - lower;
    }

    /** {@code P(X <= x)} for {@code a <= x <= c}: {@code (x - a)^2 / ((b - a)(c - a))}. */
    private double rising(double x) {
        double d = x - lower;
        return d / width() * (d / (mode - lower));
    }

    /** {@code P(X > x)} for {@code c <= x <= b}: {@code (b - x)^2 / ((b - a)(b - c))}. */
    private double falling(double x) {
        double d = upper - x;
        return d / width() * (d / (upper - mode));
    }

    /**
     * {@code P(X <= x)} for {@code c < x <= b} without cancellation:
     * {@code 1 - u^2 / (A C) = (x - a) / A + u (x - c) / (A C)}, {@code u = b - x}, {@code A = b - a},
     * {@code C = b - c}.
     */
    private double cdfRight(double x) {
        double u = upper - x;
        return (x - lower) / width() + u / width() * ((x - mode) / (upper - mode));
    }

    /** {@code P(X > x)} for {@code a <= x < c}: {@code (b - x) / A + d (c - x) / (A B)}. */
    private double survivalLeft(double x) {
        double d = x - lower;
        return (upper - x) / width() + d / width() * ((mode - x) / (mode - lower));
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < lower || x > upper) {
            return 0;
        }
        if (x < mode) {
            return 2 / width() * ((x - lower) / (mode - lower));
        }
        if (x > mode) {
            return 2 / width() * ((upper - x) / (upper - mode));
        }
        return 2 / width();
    }

    @Override
    public double logPdf(double x) {
        return Math.log(pdf(x));
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return x <= mode ? rising(x) : cdfRight(x);
    }

    @Override
    public double logCdf(double x) {
        return Math.log(cdf(x));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= lower) {
            return 1;
        }
        if (x >= upper) {
            return 0;
        }
        return x >= mode ? falling(x) : survivalLeft(x);
    }

    @Override
    public double logSurvival(double x) {
        return Math.log(survival(x));
    }

    /**
     * {@code a + sqrt(p A B)} for {@code p <= B / A}, else {@code b - sqrt((1 - p) A C)}, with
     * {@code A = b - a}, {@code B = c - a}, {@code C = b - c}. For {@code B / A < p <= 1/2}, where
     * {@code 1 - p} is inexact and x is near a, the second form is rewritten as
     * {@code a + A (B + p C) / (A + sqrt((1 - p) A C))}.
     */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return invert(p, lower, upper, mode - lower, upper - mode);
    }

    /** The x with {@code survival(x) = q}: {@link #quantile} mirrored about the support's centre. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return invert(q, upper, lower, mode - upper, lower - mode);
    }

    /**
     * The point at probability {@code p} from end {@code e} towards end {@code f}, with signed
     * distances {@code near = c - e} and {@code far = f - c} (both of the direction {@code f - e}).
     */
    private static double invert(double p, double e, double f, double near, double far) {
        if (p == 0) {
            return e;
        }
        if (p == 1) {
            return f;
        }
        double w = f - e;
        double x;
        if (p <= near / w) {
            x = e + Math.sqrt(p * Math.abs(w)) * Math.sqrt(Math.abs(near)) * Math.signum(w);
        } else if (p <= 0.5) {
            double u = Math.sqrt((1 - p) * Math.abs(w)) * Math.sqrt(Math.abs(far));
            x = e + Math.abs(w) * ((near + p * far) / (Math.abs(w) + u));
        } else {
            x = f - Math.sqrt((1 - p) * Math.abs(w)) * Math.sqrt(Math.abs(far)) * Math.signum(w);
        }
        return w > 0 ? Math.min(f, Math.max(e, x)) : Math.max(f, Math.min(e, x));
    }

    /** {@code (a + b + c) / 3}. */
    @Override
    public double mean() {
        return lower / 3 + mode / 3 + upper / 3;
    }

    /** {@code (a^2 + b^2 + c^2 - ab - ac - bc) / 18}, from differences to avoid cancellation. */
    @Override
    public double variance() {
        return squares() / 18;
    }

    /** {@code a^2 + b^2 + c^2 - ab - ac - bc = ((b-a)^2 + (c-a)^2 + (b-c)^2) / 2}. */
    private double squares() {
        double ba = upper - lower;
        double ca = mode - lower;
        double bc = upper - mode;
        return (ba * ba + ca * ca + bc * bc) / 2;
    }

    /**
     * {@code sqrt(2) (a + b - 2c)(2a - b - c)(a - 2b + c) / (5 s^(3/2))} with {@code s} the sum of
     * squares of {@link #variance()}.
     */
    @Override
    public double skewness() {
        double ca = mode - lower;
        double bc = upper - mode;
        double u = (upper - mode) - (mode - lower); // a + b - 2c
        double v = -(ca + (upper - lower)); // 2a - b - c
        double w = bc + (upper - lower); // -(a - 2b + c)
        double s = squares();
        return -Constants.SQRT_2 * u * v * w / (5 * s * Math.sqrt(s));
    }

    /** Excess kurtosis -3/5. */
    @Override
    public double kurtosis() {
        return -0.6;
    }

    /** {@code 1/2 + log((b - a) / 2)}. */
    @Override
    public double entropy() {
        return 0.5 + Math.log(width() / 2);
    }

    @Override
    public Support support() {
        return new Support(lower, upper);
    }

    /** Inversion of an open-interval uniform draw. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return quantile(UnitInterval.openUniform(rng));
    }
}
