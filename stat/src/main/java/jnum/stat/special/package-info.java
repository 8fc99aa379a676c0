/**
 * Special functions for the distributions, to near machine precision over their whole domains.
 *
 * <p>The public API is one class, {@link jnum.stat.special.Special}, with the names of {@code
 * scipy.special} ({@code gammaln}, {@code gammainc}, {@code betainc}, {@code erfcinv}, {@code i0e},
 * {@code owensT}, {@code logsumexp}, ...) and one argument order: the parameters first, the
 * variable last ({@code gammainc(a, x)}, {@code betainc(a, b, x)}, {@code betaincinv(a, b, p)}).
 * Mathematical constants shared by this package and the distributions are in {@link
 * jnum.stat.special.Constants}.
 *
 * <p>Why one facade. The gamma and beta function families used to be public classes named {@code
 * Gamma} and {@code Beta}, which collided with the distributions of the same names: every file and
 * every jshell session that used both needed explicit imports or full names, and the two families
 * disagreed on argument order. One facade class is what users of SciPy look for, needs no import
 * beyond the package, and gives one place where names and order are decided. The implementation
 * classes stay one per family ({@code GammaFunctions}, {@code BetaFunctions}, {@code
 * IncompleteBeta}, {@code Erf}, {@code Bessel}, {@code OwensT}, {@code LogMath}, {@code Saddle}),
 * package-private; the gamma and beta ones carry the suffix {@code Functions} so that a stack trace
 * or a reader inside this module never confuses them with the distributions.
 *
 * <p>Methods, by family: the gamma family follows N. M. Temme (SIAM J. Math. Anal. 10, 1979) and
 * A. R. DiDonato and A. H. Morris (ACM TOMS 12, 1986); the incomplete beta function the continued
 * fraction of DiDonato and Morris (ACM TOMS 18, 1992) with Loader's saddle-point prefactor; erf,
 * erfcx, the inverse error functions and the Bessel functions are Chebyshev fits computed with
 * mpmath; Owen's T adaptive Gauss-Legendre quadrature with Owen's identity for {@code |a| > 1};
 * the Stirling error and {@code bd0} are C. Loader's, "Fast and accurate computation of binomial
 * probabilities" (2000); the Gauss-Legendre rules ({@code rootsLegendre}, shared with Owen's T and
 * the hypergeometric tails) solve for the nodes by Newton on P_n. Each implementation class states
 * its method in detail.
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
