package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The von Mises distribution with location {@code mu} and concentration {@code kappa > 0} on the
 * interval {@code [mu - pi, mu + pi]}: density {@code exp(kappa cos(x - mu)) / (2 pi I0(kappa))}.
 *
 * <p>The density is evaluated as {@code exp(-2 kappa sin^2(z/2)) / (2 pi i0e(kappa))} with the
 * exponentially scaled Bessel function, so it neither overflows for large kappa nor loses accuracy
 * near the mode. The cdf on {@code z = x - mu} uses symmetry: only {@code L(z) = P(Z <= z)} for
 * {@code z <= 0} is computed ({@code L <= 1/2}), the upper half as {@code survival(x) = L(-z)}
 * directly. For {@code kappa < 10.5} and {@code L >= 1/16}, Hill's (1977, Algorithm 518, ACM
 * TOMS 3) Fourier series {@code L = 1/2 + z/(2 pi) + (1/pi) sum_n I_n/I_0 sin(n z)/n} with the
 * Bessel ratios from the backward recurrence {@code I_n/I_{n-1} = 1/(2n/kappa + I_{n+1}/I_n)}.
 * Elsewhere (large kappa, where Hill uses a normal approximation accurate to about 1e-12 absolute,
 * and the tails, where the series cancels) {@code L} is the integral of the density from
 * {@code -pi} by adaptive Gauss-Kronrod quadrature: a positive integrand, so the tails keep their
 * relative accuracy.
 *
 * <p>Moments are those of {@code x} on the support: mean {@code mu}, skewness 0, variance and
 * kurtosis {@code E z^2}, {@code E z^4} by quadrature; entropy
 * {@code log(2 pi I0(kappa)) - kappa I1(kappa)/I0(kappa)}. Quantiles start from a normal quantile
 * mapped through the exponent (large kappa), a uniform one (small kappa) or the nearly constant
 * density at the support's end (the farthest tails), and are finished by the safeguarded Newton
 * iteration of {@link QuantilePolish}. Sampling: Best and Fisher (1979), "Efficient simulation of
 * the von Mises distribution", Applied Statistics 28.
 *
 * @param mu location, finite
 * @param kappa concentration, positive and finite
 */
public record VonMises(double mu, double kappa) implements ContinuousDistribution {
    private static final String NAME = "VonMises";
    private static final double HILL_KAPPA = 10.5;
    /** {@code pi - Math.PI}. */
    private static final double PI_LO = 1.2246467991473532e-16;
    /** The integrand's drop, {@code e^-DROP} (below 1e-17) relative, at which a tail integral starts. */
    private static final double DROP = 40;
    /**
     * The density's drop {@code 2 kappa sin^2(z/2)} at z from which a tail integral is cut: about six
     * standard deviations out at large kappa, tails below about 1e-10. Nearer the body the whole
     * integral costs little more, and the cut would change its rounding (2.6e-14 to 5.4e-14 at
     * kappa = 1e3 against mpmath).
     */
    private static final double TAIL_EXPONENT = 20;

    /** Validates the parameters. */
    public VonMises {
        Arguments.finite(NAME, "mu", mu);
        Arguments.positive(NAME, "kappa", kappa);
    }

    /** {@code log(2 pi i0e(kappa))}: the log normaliser of {@code exp(kappa (cos z - 1))}. */
    private double logNorm() {
        return Math.log(2 * Math.PI * Special.i0e(kappa));
    }

    /** {@code exp(-2 kappa sin^2(z/2)) / (2 pi i0e(kappa))}, z in [-pi, pi]. */
    private double density(double z) {
        double s = Math.sin(0.5 * z);
        return Math.exp(-2 * kappa * s * s) / (2 * Math.PI * Special.i0e(kappa));
    }

    @Override
    public double pdf(double x) {
        double z = x - mu;
        if (Double.isNaN(z)) {
            return z;
        }
        return inside(x) ? density(z) : 0;
    }

    @Override
    public double logPdf(double x) {
        double z = x - mu;
        if (Double.isNaN(z)) {
            return z;
        }
        if (!inside(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        double s = Math.sin(0.5 * z);
        return -2 * kappa * s * s - logNorm();
    }

    private boolean inside(double x) {
        Support s = support();
        return x >= s.lower() && x <= s.upper();
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Support s = support();
        if (x <= s.lower()) {
            return 0;
        }
        if (x >= s.upper()) {
            return 1;
        }
        double z = x - mu;
        return z <= 0 ? lowerHalf(z) : 1 - lowerHalf(-z);
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        Support s = support();
        if (x <= s.lower()) {
            return 1;
        }
        if (x >= s.upper()) {
            return 0;
        }
        double z = x - mu;
        return z >= 0 ? lowerHalf(-z) : 1 - lowerHalf(z);
    }

    /** {@code P(Z <= z)} for {@code -pi <= z <= 0}. */
    private double lowerHalf(double z) {
        if (z <= -Math.PI) {
            return 0;
        }
        if (kappa < HILL_KAPPA) {
            double f = hillSeries(z);
            if (f >= 0.0625) {
                return f;
            }
        }
        // integrate over s = z + pi from 0, with pi's rounding error restored: near -pi the width
        // z + pi is tiny and Math.PI's error of 1.2e-16 would be a large part of it;
        // the density at -pi + s is exp(-2 kappa cos^2(s/2)) / (2 pi i0e(kappa))
        double w = (z + Math.PI) + PI_LO;
        double norm = 2 * Math.PI * Special.i0e(kappa);
        return Math.min(
                0.5,
                GaussKronrod.integrate(
                        s -> {
                            double c = Math.cos(0.5 * s);
                            return Math.exp(-2 * kappa * c * c) / norm;
                        },
                        negligibleBelow(z),
                        w,
                        2e-14));
    }

    /**
     * The s = t + pi below which the density's integral from -pi is negligible against
     * {@code L(z)}: where the exponent {@code -2 kappa sin^2(t/2)} is {@value #DROP} plus
     * {@code log(pi kappa)} below its value at z. The exponent's slope is at most kappa, so
     * {@code L(z) >= f(z) / kappa} wherever this cut is above 0 (then {@code kappa (z + pi) >= 40}),
     * while the part cut off is below {@code pi f(cut)}: its relative size is at most
     * {@code e^-DROP}. Without the cut an adaptive rule spends most of its bisections on the empty
     * part, the 40 / kappa wide peak at z being 1e-4 of the interval at kappa = 1e5.
     */
    private double negligibleBelow(double z) {
        double half = Math.sin(0.5 * z);
        if (2 * kappa * half * half < TAIL_EXPONENT) {
            return 0; // the body: there the whole integral is as cheap and its rounding smaller
        }
        double cut = half * half + (DROP + Math.log(Math.PI * kappa + 1)) / (2 * kappa); // sin^2(t/2) at the cut
        if (!(cut < 1)) {
            return 0;
        }
        // s = t + pi = pi - 2 asin(sqrt(cut)) = 2 acos(sqrt(cut))
        return 2 * Math.acos(Math.sqrt(cut));
    }

    /** Hill's series {@code 1/2 + z/(2 pi) + (1/pi) sum_n A_n sin(n z) / n}, A_n = I_n/I_0. */
    private double hillSeries(double z) {
        int n = (int) (30 + 2 * kappa);
        // backward recurrence for r_m = I_m / I_{m-1}, started well above n
        double r = 0;
        double[] ratios = new double[n + 1];
        for (int m = n + 30; m >= 1; m--) {
            r = 1 / (2 * m / kappa + r);
            if (m <= n) {
                ratios[m] = r;
            }
        }
        double sum = 0;
        double a = 1;
        for (int m = 1; m <= n; m++) {
            a *= ratios[m];
            sum += a * Math.sin(m * z) / m;
        }
        return 0.5 + z / (2 * Math.PI) + sum / Math.PI;
    }

    /** A normal (large kappa) or uniform (small kappa) start, polished by Newton steps. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        Support s = support();
        if (p == 0 || p == 1) {
            return p == 0 ? s.lower() : s.upper();
        }
        double w = endOffset(p);
        if (w == w) {
            return Math.min(s.lower() + w, s.upper());
        }
        if (p < cdf(Math.nextUp(s.lower()))) {
            return s.lower(); // the quantile lies between the lower end and the next double
        }
        return QuantilePolish.quantile(this, p, start(p <= 0.5 ? -startOffset(p) : startOffset(1 - p)));
    }

    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        Support s = support();
        if (q == 0 || q == 1) {
            return q == 0 ? s.upper() : s.lower();
        }
        double w = endOffset(q);
        if (w == w) {
            return Math.max(s.upper() - w, s.lower());
        }
        if (q < survival(Math.nextDown(s.upper()))) {
            return s.upper();
        }
        return QuantilePolish.inverseSurvival(this, q, start(q <= 0.5 ? startOffset(q) : -startOffset(1 - q)));
    }

    /**
     * The distance w from the support's end of the point with tail probability t, where that is
     * known to rounding, else NaN. Near the end the density is {@code f(pi) (1 + kappa s^2 / 2 +
     * ...)} at distance s, so {@code t = f(pi) w (1 + kappa w^2 / 6 + ...)}: {@code w = t / f(pi)}
     * once {@code kappa w^2 / 6} is below the rounding. There the quantile cannot be found from the
     * cdf: {@code x - mu} rounds in steps of {@code ulp(pi)}, up to four ulps of x, and to -pi
     * itself at the double next to the end.
     */
    private double endOffset(double t) {
        double w = t / density(Math.PI);
        return kappa * w * w <= 0x1p-50 ? w : Double.NaN;
    }

    /**
     * The distance {@code |z|} from mu of the point with tail probability {@code t <= 1/2}, roughly.
     * For large kappa the normal quantile u mapped through the exponents, {@code 2 kappa sin^2(z/2)
     * = kappa (u / sqrt(kappa))^2 / 2}, i.e. {@code z = 2 asin(u / (2 sqrt(kappa)))}: the far tails
     * then start within a few percent in log t, where {@code z = u / sqrt(kappa)} was a third too
     * close to mu at t = 1e-300 and kappa = 355, and Newton needed eight quadratures. For small
     * kappa the uniform quantile. A tail too small for either to hold starts from the end, where
     * the density is nearly constant: {@code t = f(pi) (pi - |z|)}.
     */
    private double startOffset(double t) {
        double nearEnd = t / density(Math.PI);
        if (nearEnd <= 0.01 / Math.max(1, kappa)) {
            return Math.PI - nearEnd; // the tail is within a relative O(kappa w^2) of f(pi) w
        }
        if (kappa <= 2) {
            return Math.PI * (1 - 2 * t);
        }
        double half = StandardNormal.inverseSf(t) / (2 * Math.sqrt(kappa));
        return half < 1 ? laplaceTail(2 * Math.asin(half), Math.log(t)) : Math.PI;
    }

    /**
     * Refines a start z in (0, pi) for a tail of logarithm logT by Newton steps on Laplace's
     * expansion of the tail, {@code f(z) / (kappa sin z) (1 - cos z / (kappa sin^2 z))} (Watson's
     * lemma on the integral over {@code v = 1 - cos t}), which costs no quadrature; used where its
     * correction term is small ({@code kappa sin^2 z >= 8}), else z is returned as it is.
     */
    private double laplaceTail(double z, double logT) {
        double logNorm = logNorm();
        for (int i = 0; i < 4; i++) {
            double sin = Math.sin(z);
            double cos = Math.cos(z);
            double k2 = kappa * sin * sin;
            if (!(k2 >= 8)) {
                return z;
            }
            double half = Math.sin(0.5 * z);
            double g = -2 * kappa * half * half - logNorm - Math.log(kappa * sin) + Math.log1p(-cos / k2) - logT;
            double slope = -kappa * sin - cos / sin; // the correction's derivative is of relative order 1 / k2
            double next = z - g / slope;
            if (!(next > 0 && next < Math.PI)) {
                return z;
            }
            z = next;
        }
        return z;
    }

    /** {@code mu + z0}, kept strictly inside the support. */
    private double start(double z0) {
        Support s = support();
        return Math.max(Math.nextUp(s.lower()), Math.min(Math.nextDown(s.upper()), mu + z0));
    }

    @Override
    public double mean() {
        return mu;
    }

    /** {@code E (x - mu)^2 = 2 integral_0^pi z^2 f(z) dz} by quadrature. */
    @Override
    public double variance() {
        return 2 * GaussKronrod.integrate(z -> z * z * density(z), 0, Math.PI, 2e-14);
    }

    @Override
    public double skewness() {
        return 0;
    }

    /** {@code E z^4 / var^2 - 3} by quadrature. */
    @Override
    public double kurtosis() {
        double v = variance();
        double m4 = 2 * GaussKronrod.integrate(z -> z * z * z * z * density(z), 0, Math.PI, 2e-14);
        return m4 / (v * v) - 3;
    }

    /** {@code log(2 pi i0e(kappa)) + kappa (1 - i1e(kappa) / i0e(kappa))}. */
    @Override
    public double entropy() {
        return logNorm() + kappa * (1 - Special.i1e(kappa) / Special.i0e(kappa));
    }

    @Override
    public Support support() {
        return new Support(mu - Math.PI, mu + Math.PI);
    }

    /**
     * Best and Fisher's (1979) rejection sampler on the wrapped Cauchy envelope; {@code rho} is
     * computed in a form without cancellation for small kappa. The acceptance probability is at
     * least 0.65 for every kappa, so the loop ends after a few rounds.
     */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double tau = 1 + Math.sqrt(1 + 4 * kappa * kappa);
        // rho = (tau - sqrt(2 tau)) / (2 kappa), with tau - 2 = 4 kappa^2 / (sqrt(1 + 4 kappa^2) + 1)
        double tauMinus2 = 4 * kappa * kappa / (Math.sqrt(1 + 4 * kappa * kappa) + 1);
        double rho = tau * tauMinus2 / (tau + Math.sqrt(2 * tau)) / (2 * kappa);
        double r = (1 + rho * rho) / (2 * rho);
        while (true) {
            double u1 = UnitInterval.openUniform(rng);
            double u2 = UnitInterval.openUniform(rng);
            double zc = Math.cos(Math.PI * u1);
            double f = (1 + r * zc) / (r + zc);
            double c = kappa * (r - f);
            if (c * (2 - c) - u2 > 0 || Math.log(c / u2) + 1 - c >= 0) {
                double theta = Math.acos(Math.max(-1, Math.min(1, f)));
                double x = rng.nextBoolean() ? mu + theta : mu - theta;
                Support s = support();
                return Math.max(s.lower(), Math.min(s.upper(), x));
            }
        }
    }
}
