package jnum.stat.special;

/**
 * The regularized incomplete beta function and its inverse; see {@link BetaFunctions} for the method.
 */
final class IncompleteBeta {
    private static final double TINY = 1e-300;

    private IncompleteBeta() {}

    static double value(double x, double a, double b, boolean complement) {
        if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) {
            return Double.NaN;
        }
        if (x == 0 || x == 1) {
            boolean one = (x == 1) != complement;
            return one ? 1 : 0;
        }
        if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            if (a == b) {
                return Double.NaN;
            }
            boolean one = (b == Double.POSITIVE_INFINITY) != complement; // all mass at 0 or at 1
            return one ? 1 : 0;
        }
        if (x < Double.MIN_NORMAL) {
            // (a + b) x may underflow in the saddle-point form; the series' first two terms,
            // x^a / (a B(a, b)) (1 + a (1 - b) x / (a + 1)), leave O((b x)^2)
            double lead = Math.exp(a * Math.log(x) - Math.log(a) - BetaFunctions.logBeta(a, b))
                    * (1 + a * (1 - b) * x / (a + 1));
            return complement ? 1 - lead : lead;
        }
        double y = 1 - x;
        double yErr = (1 - y) - x; // exact (Sterbenz twice): 1 - x = y + yErr
        double lambda = lambda(x, y, yErr, a, b);
        boolean swap = x > (a + 1) / (a + b + 2);
        // I_x(a, b) = 1 - I_y(b, a): first the side where the fraction converges fast; the swapped
        // lambda is b x - a y = -lambda, so the inexact 1 - x never meets a large factor
        double s = swap
                ? front(y, yErr, x, 0, b, a) / fraction(y, b, a, -lambda, MAX_TERMS)
                : front(x, 0, y, yErr, a, b) / fraction(x, a, b, lambda, MAX_TERMS);
        if (s > 0.5) {
            // the small side is 1 - s, which cancels; with a tiny parameter on that side its series
            // gives it directly (s is I_x(a, b) unswapped, I_y(b, a) swapped; small is 1 - s); the
            // continued fraction of that side, tried next, loses up to 1e-12 there
            double small = swap ? smallShapeComplement(y, b, a) : smallShapeComplement(x, a, b);
            if (!Double.isNaN(small)) {
                return swap != complement ? small : s;
            }
            // with a tiny parameter the fast side need not be the small tail (I_0.1(0.001, 2.5) = 0.9988);
            // then 1 - s would cancel, so try the other side directly, if its fraction converges soon
            double f =
                    swap ? fraction(x, a, b, lambda, OTHER_SIDE_TERMS) : fraction(y, b, a, -lambda, OTHER_SIDE_TERMS);
            if (!Double.isNaN(f)) {
                double other = (swap ? front(x, 0, y, yErr, a, b) : front(y, yErr, x, 0, b, a)) / f;
                if (other >= 0 && other < 0.5) {
                    // other is I_x(a, b) when swapped, else 1 - I_x(a, b)
                    return swap != complement ? other : 1 - other;
                }
            }
        }
        // s is I_y(b, a) = 1 - I_x(a, b) when swapped, else I_x(a, b)
        return swap != complement ? 1 - s : s;
    }

    /**
     * {@code lambda = a y - b x = a - n x = n y - b} (n = a + b, y = 1 - x = y + yErr exactly), from
     * the exact product n x (or n y): its rounding would cost u n x absolute, which is large against
     * lambda when n is large.
     */
    private static double lambda(double x, double y, double yErr, double a, double b) {
        double n = a + b;
        double nErr = twoSumError(a, b, n);
        if (x <= 0.5) {
            double m = n * x;
            return (a - m) - (Math.fma(n, x, -m) + nErr * x);
        }
        double m = n * y;
        return (m - b) + (Math.fma(n, y, -m) + (nErr * y + n * yErr));
    }

    /**
     * {@code log I_x(a, b)} ({@code complement}: {@code log(1 - I_x(a, b))}): the log of {@link
     * #value} while that is a normal double, {@code log1p} of the other tail where it exceeds 1/2,
     * and where it underflows the log of the front factor minus the log of the continued fraction
     * (the fraction is then far from the transition point and converges in a few terms), or the
     * log of the series' first two terms for a subnormal x.
     */
    static double logValue(double x, double a, double b, boolean complement) {
        double v = value(x, a, b, complement);
        if (!(v < TINY) || x == 0 || x == 1 || a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            return v > 0.5 ? Math.log1p(-value(x, a, b, !complement)) : Math.log(v);
        }
        if (x < Double.MIN_NORMAL) {
            return complement
                    ? Math.log(v)
                    : a * Math.log(x)
                            - Math.log(a)
                            - BetaFunctions.logBeta(a, b)
                            + Math.log1p(a * (1 - b) * x / (a + 1));
        }
        double y = 1 - x;
        double yErr = (1 - y) - x;
        boolean swap = x > (a + 1) / (a + b + 2);
        if (swap != complement) {
            return Math.log(v); // the tail asked for is the complement of the fast side: not tiny here
        }
        double lambda = lambda(x, y, yErr, a, b);
        return swap
                ? logFront(y, yErr, x, 0, b, a) - Math.log(fraction(y, b, a, -lambda, MAX_TERMS))
                : logFront(x, 0, y, yErr, a, b) - Math.log(fraction(x, a, b, lambda, MAX_TERMS));
    }

    /** Gauss-Legendre nodes and weights on [0, 1] (8 points). */
    private static final double[] GL_NODES = {
        0.019855071751231912, 0.10166676129318664, 0.2372337950418355, 0.4082826787521751,
        0.5917173212478248, 0.7627662049581645, 0.8983332387068134, 0.9801449282487681
    };

    private static final double[] GL_WEIGHTS = {
        0.05061426814518853, 0.11119051722668721, 0.15685332293894344, 0.18134189168918083,
        0.18134189168918083, 0.15685332293894344, 0.11119051722668721, 0.05061426814518853
    };

    /**
     * {@code 1 - I_x(a, b)} for a small a (at most 1 and b / 4, or at most 0.05) and {@code b x <= 1}, or NaN
     * elsewhere. From the power series {@code I_x(a, b) = e^L (1 + a S)} with
     * {@code L = a log x - log(a B(a, b))} and {@code S = sum_j (1-b)_j / j! x^j / (a + j)}, both
     * O(a) for a tiny a, the complement is {@code -expm1(L) - e^L a S} without cancellation (the idea of APSER in
     * TOMS 708). {@code log(a B(a, b)) = log Gamma(1 + a) - integral_0^a psi(b + t) dt}, the integral
     * by 8-point Gauss-Legendre (psi is analytic within 4a of the interval); for a above b / 4 (both
     * tiny) {@code log1p(a/b) + log Gamma(1 + a) + log Gamma(1 + b) - log Gamma(1 + a + b)}.
     */
    static double smallShapeComplement(double x, double a, double b) {
        boolean nearB = a > 0.25 * b; // both shapes tiny and alike
        if (!(a <= (nearB ? TINY_SHAPE : SMALL_SHAPE) && b * x <= 1 && x <= 0.5)) {
            return Double.NaN;
        }
        double logABeta;
        if (nearB) {
            // a B(a, b) = (1 + a/b) Gamma(1 + a) Gamma(1 + b) / Gamma(1 + a + b) >= 1.25 here, so
            // L <= -0.22 and its absolute error of a few eps is a relative one of -expm1(L); in this
            // form nothing cancels (log B itself is about 13 at a = 1e-6). The fraction on the other
            // side, which this replaces, ran its 3000 terms (17 us at a = 5e-5, b = 1.3e-4)
            logABeta = Math.log1p(a / b)
                    + GammaFunctions.logGamma1p(a)
                    + GammaFunctions.logGamma1p(b)
                    - GammaFunctions.logGamma1p(a + b);
        } else {
            double integral = 0;
            for (int i = 0; i < GL_NODES.length; i++) {
                integral += GL_WEIGHTS[i] * GammaFunctions.digamma(b + a * GL_NODES[i]);
            }
            logABeta = GammaFunctions.logGamma1p(a) - a * integral;
        }
        double l = a * Math.log(x) - logABeta;
        double sum = 0;
        double c = 1; // (1 - b)_j / j! x^j
        for (int j = 1; j < 2000; j++) {
            c *= (j - b) * x / j;
            double term = c / (a + j);
            sum += term;
            if (Math.abs(term) <= 0x1p-56 * Math.abs(sum)) {
                break;
            }
        }
        return -Math.expm1(l) - Math.exp(l) * a * sum;
    }

    /**
     * The largest a for {@link #smallShapeComplement}. Nothing in it cancels for any a up to b / 4
     * and {@code b x <= 1}; up to 1 it is also cheap (its terms fall by x per step), and it replaces
     * a continued fraction on the slow side, which at a = 0.12, b = 9000 near x = 2e-6 ran its
     * 3000 terms before giving up (14 us), and whose complement lost 1e-12 there.
     */
    private static final double SMALL_SHAPE = 1;

    /** The largest a for {@link #smallShapeComplement} when a exceeds b / 4. */
    private static final double TINY_SHAPE = 0.05;

    private static final int MAX_TERMS = 1_000_000;
    private static final int OTHER_SIDE_TERMS = 3000;

    /**
     * {@code x^a y^b / B(a, b)} with y = 1 - x, by Loader's saddle-point form; a log(x) and b log(y)
     * never appear, so nothing large cancels. {@code xErr} and {@code yErr} are the rounding errors of
     * the arguments (the exact values are {@code x + xErr}, {@code y + yErr}; 0 for an exact input).
     *
     * <p>The deviance terms {@code bd0(a, n x)} are evaluated at the exact product {@code n x}: with
     * {@code n = a + b} near 1e9, rounding {@code n x} alone would move the result by about
     * {@code u |a - n x|} relative (1e-11 at the tails of a binomial with a billion trials), so the
     * error of the sum, of the product and of x is carried to first order:
     * {@code bd0(a, m + d) = bd0(a, m) + d (1 - a / m)}.
     */
    static double front(double x, double xErr, double y, double yErr, double a, double b) {
        return Math.exp(frontExponent(x, xErr, y, yErr, a, b)) * Math.sqrt(a * b / (2 * Math.PI * (a + b)));
    }

    /** {@code log} of {@link #front(double, double, double, double, double, double)}, finite where it underflows. */
    private static double logFront(double x, double xErr, double y, double yErr, double a, double b) {
        return frontExponent(x, xErr, y, yErr, a, b) + 0.5 * (Math.log(a / (2 * Math.PI)) + Math.log(b / (a + b)));
    }

    /** The exponent of the front factor: Stirling errors and deviances. */
    private static double frontExponent(double x, double xErr, double y, double yErr, double a, double b) {
        double n = a + b;
        double nErr = twoSumError(a, b, n);
        return Saddle.stirlingError(n)
                - Saddle.stirlingError(a)
                - Saddle.stirlingError(b)
                - deviance(a, n, nErr, x, xErr)
                - deviance(b, n, nErr, y, yErr);
    }

    /** {@code front} for an exact x (y = 1 - x is then formed here with its rounding error). */
    static double front(double x, double a, double b) {
        double y = 1 - x;
        return front(x, 0, y, (1 - y) - x, a, b);
    }

    /** {@code bd0(a, (n + nErr)(x + xErr))} to first order in the small errors. */
    private static double deviance(double a, double n, double nErr, double x, double xErr) {
        double m = n * x;
        double mErr = Math.fma(n, x, -m) + (nErr * x + n * xErr);
        double d = Saddle.bd0(a, m);
        return (mErr == 0 || !(m > 0) || Double.isInfinite(m)) ? d : d + mErr * (1 - a / m);
    }

    /** The exact rounding error of {@code s = fl(a + b)} (Knuth's TwoSum). */
    private static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /**
     * The even contraction of the continued fraction of Abramowitz and Stegun 26.5.8, in the form of
     * DiDonato and Morris's BFRAC: {@code I_x(a, b) = x^a y^b / (B(a, b) F)} with {@code F = b_0 +
     * a_1 / (b_1 + a_2 / (b_2 + ...))}, {@code a_m = (a+m-1)(a+b+m-1) m (b-m) x^2 / (a+2m-1)^2},
     * {@code b_m = m + m (b-m) x / (a+2m-1) + (a+m)(lambda + 1 + m (2-x)) / (a+2m+1)} and {@code
     * lambda = a y - b x} passed in accurately; evaluated by the modified Lentz method. NaN if
     * it has not converged after {@code maxTerms} terms (unless that is the hard cap).
     */
    private static double fraction(double x, double a, double b, double lambda, int maxTerms) {
        double f = a * (lambda + 1) / (a + 1);
        if (Math.abs(f) < TINY) {
            f = TINY;
        }
        double c = f;
        double d = 0;
        double x2 = x * x;
        for (int m = 1; m < maxTerms; m++) {
            double den = a + 2 * m - 1;
            double an = (a + m - 1) * (a + b + m - 1) * m * (b - m) * x2 / (den * den);
            double bn = m + m * (b - m) * x / den + (a + m) * (lambda + 1 + m * (2 - x)) / (a + 2 * m + 1);
            d = bn + an * d;
            d = Math.abs(d) < TINY ? 1 / TINY : 1 / d;
            c = bn + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) <= 0x1p-54) {
                return f;
            }
        }
        return maxTerms == MAX_TERMS ? f : Double.NaN;
    }

    // ---------------------------------------------------------------- inverse

    /**
     * The x with {@code I_x(a, b) = t} ({@code complement}: {@code 1 - I_x(a, b) = t}). Halley steps
     * on the smaller tail, in the variable (x or 1 - x) that is below 1/2 at the initial guess, kept
     * inside a bracket that is bisected (geometrically, for the deep tails) when a step leaves it.
     */
    static double inverse(double t, double a, double b, boolean complement) {
        if (!(a > 0)
                || !(b > 0)
                || !(t >= 0 && t <= 1)
                || a == Double.POSITIVE_INFINITY
                || b == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (t == 0) {
            return complement ? 1 : 0;
        }
        if (t == 1) {
            return complement ? 0 : 1;
        }
        if (t > 0.5) {
            t = 1 - t; // exact
            complement = !complement;
        }
        // now: find x with lower tail (complement false) or upper tail (true) equal to t <= 1/2.
        // In terms of z = 1 - x the upper tail of (a, b) is the lower tail of (b, a).
        boolean flip = complement;
        double pa = flip ? b : a;
        double pb = flip ? a : b;
        // solve I_z(pa, pb) = t; if the root lies above 1/2, solve for w = 1 - z instead, so that the
        // unknown is always the one that can be represented to full relative accuracy
        if (pa > 1 && pb > 1) {
            // the normal approximation's tail value also tells the side of 1/2 the root lies on, which
            // saves the evaluation at 1/2 below whenever it lands on the far side of the root from 1/2
            double zn = normalGuess(t, pa, pb, false);
            if (zn > 0 && zn <= 0.5) {
                double f = value(zn, pa, pb, false);
                if (f >= t) { // root <= zn <= 1/2
                    double r = solve(orLeadTerm(new Guess(zn, f), t, pa, pb, false), t, pa, pb, false);
                    return flip ? 1 - r : r;
                }
            } else if (zn > 0.5) {
                double wn = normalGuess(t, pb, pa, true); // 1 - zn without cancellation
                if (wn > 0 && wn < 0.5) {
                    double f = value(wn, pb, pa, true); // I_{1-wn}(pa, pb)
                    if (f <= t) { // root >= 1 - wn > 1/2
                        double w = solve(orLeadTerm(new Guess(wn, f), t, pb, pa, true), t, pb, pa, true);
                        return flip ? w : 1 - w;
                    }
                }
            }
        }
        if (value(0.5, pa, pb, false) < t) {
            Guess g = guessLower(t, pb, pa, true);
            double w = !flip && roundsAway(g, t, pb, pa, true) ? 0 : solve(g, t, pb, pa, true);
            return flip ? w : 1 - w;
        }
        Guess g = guessLower(t, pa, pb, false);
        double r = flip && roundsAway(g, t, pa, pb, false) ? 0 : solve(g, t, pa, pb, false);
        return flip ? 1 - r : r;
    }

    /**
     * Whether the root z of {@link #solve}, when the answer is {@code 1 - z}, lies at or below
     * {@code 2^-54}, so that the answer rounds to 1 whatever z is: tested at {@code 2^-54} when the
     * guess is below it (tiny shapes put such roots hundreds of decades down, where resolving them
     * costs a hundred steps for a digit that rounding drops).
     */
    private static boolean roundsAway(Guess g, double t, double a, double b, boolean upper) {
        if (!(g.z() < ROUNDS_AWAY)) {
            return false;
        }
        double f = value(ROUNDS_AWAY, a, b, upper);
        return upper ? f <= t : f >= t; // the tail at 2^-54 is already past t: the root is below
    }

    /** Below this z, {@code 1 - z} rounds to 1. */
    private static final double ROUNDS_AWAY = 0x1p-54;

    /**
     * A starting point z for {@link #solve} and, when the guess had to evaluate it, the tail F(z)
     * there (NaN otherwise), so that the first step does not evaluate it again.
     */
    private record Guess(double z, double f) {}

    /**
     * Solves (upper ? 1 - I_z(a, b) : I_z(a, b)) = t for z in (0, 1/2], starting at z0: Halley steps
     * on {@code g(z) = log(F(z) / t)}, which is nearly linear in log z in the tails where F is, kept in
     * a bracket that is bisected (geometrically while its ends are far apart) when a step leaves it.
     */
    private static double solve(Guess guess, double t, double a, double b, boolean upper) {
        double z0 = guess.z();
        if (z0 == 0) {
            return 0; // the root underflows (leadTerm)
        }
        double z = Math.min(Math.max(z0, Double.MIN_VALUE), 0.5);
        double known = z == z0 ? guess.f() : Double.NaN;
        double lo = 0;
        double hi = upper ? 1 : 0.5;
        double logT = Math.log(t);
        int nudges = 0;
        for (int i = 0; i < 300; i++) {
            double f = i == 0 && !Double.isNaN(known) ? known : value(z, a, b, upper);
            if (f == t) {
                return z;
            }
            if ((f < t) != upper) {
                lo = z;
            } else {
                hi = z;
            }
            double w = 1 - z;
            double dens = front(z, a, b) / (z * w); // d/dz I_z(a, b)
            double next = Double.NaN;
            if (f > 0 && dens > 0 && dens < Double.POSITIVE_INFINITY) {
                double g = Math.log(f) - logT;
                double gp = (upper ? -dens : dens) / f; // g' = F'/F
                double curv = (a - 1) / z - (b - 1) / w - gp; // g''/g' = F''/F' - F'/F
                double step;
                if (upper) {
                    double d = g / gp;
                    double denom = 1 - 0.5 * d * curv;
                    step = (denom > 0.5 && denom < 2) ? d / denom : d;
                } else {
                    // the lower tail is nearly C z^a, so g is nearly linear in u = log z: Halley's
                    // step in u (g_u = z g', g_uu / g_u = 1 + z g''/g') takes a tiny shape a, where
                    // the root may lie hundreds of decades below z, in one or two steps
                    double d = g / (z * gp);
                    double denom = 1 - 0.5 * d * (1 + z * curv);
                    double du = (denom > 0.5 && denom < 2) ? d / denom : d;
                    step = z * -Math.expm1(-du);
                }
                next = z - step;
                if (Math.abs(step) <= 1e-13 * z && next > lo && next < hi) {
                    return next;
                }
                if (next == z) {
                    // the step is below half an ulp and z is now a bracket end, so the root is within
                    // rounding of z: probe a few ulps (4, 32, 256, ...) into the bracket instead of
                    // bisecting a bracket whose other end may be 1e8 ulps away
                    double probe = Math.scalb(Math.ulp(z), 2 + 3 * nudges++);
                    next = z == lo ? z + probe : z - probe;
                }
            }
            if (!(next > lo && next < hi)) {
                if (hi - lo <= 4 * Math.ulp(z)) {
                    return z;
                }
                next = lo == 0 ? hi * 1e-3 : hi > 4 * lo ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
            }
            z = next;
        }
        return z;
    }

    /**
     * Initial guess for the z in (0, 1/2] with I_z(a, b) = p ({@code upper}: 1 - I_z(a, b) = p), p <= 1/2:
     * when both parameters exceed 1, the normal approximation of Abramowitz and Stegun 26.5.22 if it
     * matches the tail to 10% (log F within 0.1 of log p: Halley's steps converge from there), else
     * the better (in log F) of it and the leading term {@code z^a / (a B(a, b))} of the lower tail;
     * otherwise that leading term.
     */
    private static Guess guessLower(double p, double a, double b, boolean upper) {
        if (a > 1 && b > 1) {
            double x = normalGuess(p, a, b, upper);
            if (x > 0 && x <= 0.5) {
                return orLeadTerm(new Guess(x, value(x, a, b, upper)), p, a, b, upper);
            }
        }
        return new Guess(leadTerm(p, a, b, upper), Double.NaN);
    }

    /** {@code g} if it matches p to 10% in log F, else the better of it and the leading term. */
    private static Guess orLeadTerm(Guess g, double p, double a, double b, boolean upper) {
        double miss = Math.abs(Math.log(g.f()) - Math.log(p));
        if (miss <= 0.1) {
            return g;
        }
        double lead = leadTerm(p, a, b, upper);
        double f = value(lead, a, b, upper);
        return Math.abs(Math.log(f) - Math.log(p)) < miss ? new Guess(lead, f) : g;
    }

    /**
     * The z with {@code z^a / (a B(a, b))} equal to the tail p, or 1/4 if that is not in (0, 1/2].
     * Where that z is below half the smallest subnormal, 0: the leading term is then the tail
     * itself to within a relative {@code O(b z)}, so the root rounds to 0.
     */
    private static double leadTerm(double p, double a, double b, boolean upper) {
        double tail = upper ? Math.log1p(-p) : Math.log(p);
        double logZ = (tail + Math.log(a) + BetaFunctions.logBeta(a, b)) / a;
        if (logZ < LOG_HALF_MIN_VALUE && logZ + Math.log(b) < -40) {
            return 0;
        }
        double z = Math.exp(logZ);
        return z > 0 && z <= 0.5 ? z : 0.25;
    }

    private static final double LOG_HALF_MIN_VALUE = Math.log(Double.MIN_VALUE) - Math.log(2);

    /**
     * Abramowitz and Stegun 26.5.22 for a, b > 1: the x in (0, 1) with lower tail p ({@code upper}:
     * upper tail p), p <= 1/2. With yp the upper normal quantile of p (positive), y = yp gives the
     * lower tail and y = -yp the upper one; swapping (a, b) and the tail gives exactly 1 - x.
     */
    private static double normalGuess(double p, double a, double b, boolean upper) {
        double yp = Constants.SQRT_2 * Erf.inverseErfc(2 * p);
        double y = upper ? -yp : yp;
        double r = (yp * yp - 3) / 6;
        double s = 1 / (2 * a - 1);
        double t = 1 / (2 * b - 1);
        double h = 2 / (s + t);
        double w = y * Math.sqrt(h + r) / h - (t - s) * (r + 5.0 / 6 - 2 / (3 * h));
        return a / (a + b * Math.exp(2 * w));
    }
}
