package jnum.suites.distribution;

import java.util.List;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Cauchy;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.F;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Laplace;
import jnum.stat.distribution.LogNormal;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.Weibull;

/**
 * The parameter grid of the contA distributions for the property suites: everyday values and the
 * hard extremes (shape 1e-3 and 1e3, degrees of freedom 0.5 and 1e6, F(1, 1)).
 */
final class ContinuousGrid {
    private ContinuousGrid() {}

    static final List<ContinuousDistribution> CLOSED_FORM = List.of(
            new Normal(0, 1),
            new Normal(-1000, 0.001),
            new Normal(3, 0.5),
            new Normal(1e6, 1e3),
            new LogNormal(0, 1),
            new LogNormal(2, 0.25),
            new LogNormal(0, 5),
            new Exponential(1),
            new Exponential(1e-3),
            new Exponential(1e3),
            new Laplace(0, 1),
            new Laplace(2, 0.5),
            new Cauchy(0, 1),
            new Cauchy(5, 0.1),
            new Weibull(0.05, 1),
            new Weibull(0.5, 1),
            new Weibull(1.5, 2),
            new Weibull(5, 1));

    static final List<ContinuousDistribution> GAMMA_FAMILY = List.of(
            new Gamma(1e-3, 1),
            new Gamma(0.5, 2),
            new Gamma(1, 1),
            new Gamma(5, 0.2),
            new Gamma(1e3, 1),
            new Gamma(1e6, 3),
            new ChiSquared(0.5),
            new ChiSquared(1),
            new ChiSquared(2),
            new ChiSquared(10),
            new ChiSquared(1e3),
            new ChiSquared(1e6));

    /**
     * Beta(1e-3, 1e3): the incomplete beta function costs 20-200 us per call there (and its
     * inverse milliseconds where the quantile underflows), so it runs on fewer seeds.
     */
    static final List<ContinuousDistribution> SLOW = List.of(new Beta(1e-3, 1e3));

    static final List<ContinuousDistribution> BETA_FAMILY = List.of(
            new Beta(0.5, 0.5),
            new Beta(1, 1),
            new Beta(2, 5),
            new Beta(1e3, 1e3),
            new StudentT(0.5),
            new StudentT(1),
            new StudentT(3),
            new StudentT(30),
            new StudentT(1e6),
            new F(1, 1),
            new F(5, 2),
            new F(0.5, 10),
            new F(10, 1e6),
            new F(1e3, 1e3));
}
