/**
 * Special functions for the distributions, to near machine precision over their whole domains.
 *
 * <ul>
 *   <li>{@link jnum.stat.special.Gamma}: log-gamma (also {@code logGamma1p}), gamma, digamma,
 *       trigamma, regularized incomplete gamma P and Q and their inverses.
 *   <li>{@link jnum.stat.special.Beta}: beta, log-beta, regularized incomplete beta and its
 *       complement, and their inverses.
 *   <li>{@link jnum.stat.special.Erf}: erf, erfc, scaled erfcx, inverse erf and erfc.
 *   <li>{@link jnum.stat.special.Bessel}: I0, I1 and their exponentially scaled forms.
 *   <li>{@link jnum.stat.special.OwensT}: Owen's T function.
 *   <li>{@link jnum.stat.special.LogMath}: log-sum-exp, log(1 + e^x), log(1 - e^x), x log y,
 *       log(1 + x) - x.
 *   <li>{@link jnum.stat.special.Saddle}: Loader's Stirling error and deviance term for binomial and
 *       Poisson probabilities.
 * </ul>
 *
 * <p>Contract, for every function here:
 *
 * <ul>
 *   <li>All arguments and results are {@code double}. NaN in gives NaN out. An argument outside the
 *       mathematical domain gives NaN, as {@link java.lang.Math#log} does for negative numbers (no
 *       exception: these are the building blocks of the distributions, which validate their
 *       parameters themselves and throw). Behaviour at poles is stated per method.
 *   <li>Complements are computed directly, never as {@code 1 - f}: {@code erfc}, {@code Q(a, x)},
 *       {@code 1 - I_x(a, b)} keep full relative accuracy in their tails, down to the underflow
 *       threshold; the inverses accept probabilities down to the smallest subnormal.
 *   <li>Accuracy is stated as relative error against mpmath at 40 digits (the reference values and
 *       the script that made them are in the test resources, {@code reference/special}): a few
 *       ulps plus what the rounding of the arguments alone forces, {@code |x f'(x) / f(x)| eps}.
 *       The measured maxima are tabulated in {@code docs/accuracy/special.md}.
 *   <li>Every iteration is bounded. Coefficient tables were generated with mpmath by {@code
 *       stat/tools/special_tables.py} (class {@code Tables}); nothing is copied from other libraries.
 *   <li>All methods are static, stateless and thread-safe.
 * </ul>
 */
package jnum.stat.special;
