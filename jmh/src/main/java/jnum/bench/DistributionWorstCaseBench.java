package jnum.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Chi;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.F;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Hypergeometric;
import jnum.stat.distribution.InverseGamma;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.distribution.Poisson;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.VonMises;
import jnum.stat.distribution.Zipf;
import jnum.stat.special.Special;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The slowest distribution calls known (warm, average time per call): each case is the worst one
 * per function that {@link DistributionWorstCaseSearch} found over random parameters, or a case
 * named in the accuracy notes. The goal is at most 1 ms for any call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DistributionWorstCaseBench {
    private static final Map<String, DoubleSupplier> CASES = Map.ofEntries(
            Map.entry("betaincinv_underflow", () -> Special.betaincinv(6.08e-5, 7806.04, 2.7487e-157)),
            Map.entry("beta_quantile_tiny_shape", () -> new Beta(1e-3, 2).quantile(0.3)),
            Map.entry("beta_inverseSurvival_tiny_shapes", () -> new Beta(5.55e-4, 3.73e-4).inverseSurvival(1.21e-282)),
            Map.entry("beta_quantile_near_1", () -> new Beta(2, 1e-3).quantile(0.3)),
            Map.entry("studentT_quantile_df_1e-3", () -> new StudentT(0.001).quantile(0.3)),
            Map.entry("studentT_quantile_overflow", () -> new StudentT(0.0037).quantile(4.26e-69)),
            Map.entry("f_quantile_subnormal", () -> new F(0.5, 10).quantile(1.43e-82)),
            Map.entry("nct_cdf_far_negative_side", () -> new NoncentralT(63566.27, 39.21).cdf(-3.88e-5)),
            Map.entry("nct_pdf_huge_t_large_df", () -> new NoncentralT(509012.8, -1.706).pdf(6.52e26)),
            Map.entry("nct_logPdf_huge_t_large_df", () -> new NoncentralT(146106.4, -45.64).logPdf(1.39e17)),
            Map.entry("nct_logPdf_max_value", () -> new NoncentralT(0.0413, 21.97).logPdf(-Double.MAX_VALUE)),
            Map.entry("nct_quantile_small_df_positive", () -> new NoncentralT(0.00165, 35.03).quantile(7.04e-217)),
            Map.entry("nct_quantile_small_df_negative", () -> new NoncentralT(0.00122, 26.89).quantile(1.05e-159)),
            Map.entry("nct_quantile_body", () -> new NoncentralT(10, 40).quantile(0.3)),
            Map.entry("nct_quantile_own_side_lower_tail", () -> new NoncentralT(0.0064, 423).quantile(3.2e-197)),
            Map.entry(
                    "nct_inverseSurvival_own_side_lower_tail",
                    () -> new NoncentralT(7.39, -393).inverseSurvival(8.7e-247)),
            Map.entry("ncx2_survival_far", () -> new NoncentralChiSquared(3, 10).survival(1e25)),
            Map.entry("nct_quantile_beyond_doubles", () -> new NoncentralT(0.0015, 36.5).quantile(0.76)),
            Map.entry("nct_quantile_power_tail", () -> new NoncentralT(0.0015, 36.5).quantile(0.6)),
            Map.entry(
                    "nct_quantile_far_tail_df8",
                    () -> new NoncentralT(7.793242432334795, 18.614066180670292).quantile(2.063813416643149e-295)),
            Map.entry(
                    "nct_inverseSurvival_far_tail_df7",
                    () -> new NoncentralT(6.648814864464696, -29.32131722660373)
                            .inverseSurvival(2.710790171864267e-226)),
            Map.entry(
                    "nct_quantile_tiny_df_median",
                    () -> new NoncentralT(0.0030543971360130558, 407.805401353667).quantile(0.4961279911604676)),
            Map.entry(
                    "nct_inverseSurvival_tiny_df_beyond_cliff",
                    () -> new NoncentralT(0.0019725097169975233, -304.69097739520913)
                            .inverseSurvival(0.02626868803446092)),
            Map.entry(
                    "nct_inverseSurvival_tiny_df_below_normal_range",
                    () -> new NoncentralT(0.001446300192184867, -95.40885022134677)
                            .inverseSurvival(0.45732020516342087)),
            Map.entry(
                    "nct_quantile_tiny_df_small_delta",
                    () -> new NoncentralT(0.042929262970373486, 10.545245324441684).quantile(0.2646997485375835)),
            Map.entry(
                    "nct_inverseSurvival_small_df_series",
                    () -> new NoncentralT(0.12054947937052261, 3.000966732359182).inverseSurvival(0.2600578808458638)),
            Map.entry(
                    "nct_quantile_series_far_tail_df705",
                    () -> new NoncentralT(705.2768539964171, -7.532777601923634).quantile(5.142076769541614e-117)),
            Map.entry(
                    "nct_inverseSurvival_opposite_far_tail_df13",
                    () -> new NoncentralT(13.424599688401656, -5.004660532708158)
                            .inverseSurvival(9.782798123810303e-77)),
            Map.entry(
                    "vonmises_inverseSurvival_support_end",
                    () -> new VonMises(-2.7720683421743413, 159.38361819049544)
                            .inverseSurvival(3.8058226552823866e-182)),
            Map.entry(
                    "ncx2_inverseSurvival_large_lambda",
                    () -> new NoncentralChiSquared(0.021925425227751302, 98057.97407082227)
                            .inverseSurvival(3.3427858198021e-127)),
            Map.entry(
                    "hypergeometric_cdf_huge_population",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L)
                            .cdf(51915252327858L)),
            Map.entry(
                    "hypergeometric_survival_huge_population",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L)
                            .survival(51915271387098L)),
            Map.entry(
                    "hypergeometric_quantile_huge_population",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L)
                            .quantile(2.4051832957360745e-4)),
            Map.entry(
                    "hypergeometric_inverseSurvival_far_tail",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L)
                            .inverseSurvival(1e-300)),
            Map.entry(
                    "hypergeometric_logCdf_beyond_doubles",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L)
                            .logCdf(51915051387098L)),
            Map.entry(
                    "hypergeometric_entropy_huge_population",
                    () -> new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L).entropy()),
            Map.entry("f_logPdf_huge_d1", () -> new F(3674098.230614982, 29.66721491036338).logPdf(2.2671617437688223)),
            Map.entry("beta_inverseSurvival_tiny_shape", () -> new Beta(3.7e-5, 64.9).inverseSurvival(0.0094)),
            // noncentral mixtures: one sum of about 3000 terms at noncentrality 1e5, the body
            Map.entry(
                    "ncx2_survival_large_lambda",
                    () -> new NoncentralChiSquared(0.021925425227751302, 98057.97407082227).survival(98058)),
            Map.entry(
                    "ncx2_cdf_large_lambda",
                    () -> new NoncentralChiSquared(0.021925425227751302, 98057.97407082227).cdf(98058)),
            Map.entry("ncx2_logSurvival_underflow", () -> new NoncentralChiSquared(0.5, 1e5).logSurvival(2e5)),
            Map.entry("ncx2_logSurvival_far", () -> new NoncentralChiSquared(3, 10).logSurvival(1e25)),
            Map.entry("ncx2_quantile_body", () -> new NoncentralChiSquared(3, 1000).quantile(0.3)),
            // the body at noncentrality 1e5: each polish step is a tail sum of some 4000 terms
            Map.entry("ncx2_quantile_body_large_lambda", () -> new NoncentralChiSquared(2.5, 9e4).quantile(0.3)),
            Map.entry(
                    "ncx2_inverseSurvival_body_large_lambda",
                    () -> new NoncentralChiSquared(2.5, 9e4).inverseSurvival(1e-6)),
            Map.entry("nct_cdf_body", () -> new NoncentralT(10, 40).cdf(40)),
            Map.entry("nct_survival_body", () -> new NoncentralT(10, 40).survival(40)),
            Map.entry("nct_inverseSurvival_body", () -> new NoncentralT(25, -3).inverseSurvival(0.05)),
            // discrete distributions at huge parameters: log tails beyond the doubles (about 38
            // standard deviations out), the center of a wide distribution, the entropy
            Map.entry(
                    "binomial_logSurvival_beyond_doubles",
                    () -> new Binomial(1_000_000_000_000_000L, 0.3).logSurvival(300_000_550_000_000L)),
            Map.entry(
                    "binomial_cdf_center_huge_n",
                    () -> new Binomial(1_000_000_000_000_000L, 0.3).cdf(300_000_000_000_000L)),
            Map.entry("binomial_entropy_huge_n", () -> new Binomial(1_000_000_000_000_000L, 0.3).entropy()),
            Map.entry("poisson_logCdf_beyond_doubles", () -> new Poisson(1e15).logCdf(999_998_800_000_000L)),
            Map.entry(
                    "negbinomial_logCdf_beyond_doubles",
                    () -> new NegativeBinomial(1e12, 0.3).logCdf(2_333_221_733_333L)),
            Map.entry("negbinomial_cdf_center_huge_r", () -> new NegativeBinomial(1e12, 0.3).cdf(2_333_333_333_333L)),
            Map.entry("negbinomial_entropy_huge_r", () -> new NegativeBinomial(1e12, 0.3).entropy()),
            Map.entry("nct_logCdf_opposite_beyond_doubles", () -> new NoncentralT(8, 20).logCdf(-1e30)),
            Map.entry("nct_quantile_opposite_1e-100", () -> new NoncentralT(3, 10).quantile(1e-100)),
            Map.entry("nct_pdf_opposite_small_df", () -> new NoncentralT(0.01, -5).pdf(1e20)),
            Map.entry("negbinomial_entropy_small_r_tiny_p", () -> new NegativeBinomial(0.5, 1e-9).entropy()),
            Map.entry("ncx2_entropy_large_lambda", () -> new NoncentralChiSquared(3, 2.5e4).entropy()),
            Map.entry(
                    "ncx2_entropy_large_lambda_large_k",
                    () -> new NoncentralChiSquared(2917.435144419784, 876278.6537519223).entropy()),
            Map.entry(
                    "ncx2_logPdf_large_lambda_large_k",
                    () -> new NoncentralChiSquared(2917.435144419784, 876278.6537519223).logPdf(881000)),
            Map.entry(
                    "ncx2_entropy_small_k",
                    () -> new NoncentralChiSquared(0.019134154731139573, 12.716655543757396).entropy()),
            Map.entry(
                    "ncx2_inverseSurvival_small_k_far_tail",
                    () -> new NoncentralChiSquared(0.09628005485124891, 12636.61571288903)
                            .inverseSurvival(2.959196377038168E-127)),
            Map.entry(
                    "ncx2_quantile_small_k_far_tail",
                    () -> new NoncentralChiSquared(0.006012140284223496, 25227.739568328787)
                            .quantile(1.1165030188613445E-87)),
            // far tails at extreme shapes: von Mises at large kappa, tiny-shape gamma, chi and beta,
            // Zipf at a large exponent, the negative binomial with tiny p
            Map.entry(
                    "vonmises_inverseSurvival_kappa_1e5",
                    () -> new VonMises(-1.3769129200689663, 99830.12356867605)
                            .inverseSurvival(1.9324660167618445E-295)),
            Map.entry(
                    "vonmises_quantile_kappa_6e4",
                    () -> new VonMises(0.4764263406162792, 61572.64798905974).quantile(2.67387328065546E-278)),
            Map.entry(
                    "vonmises_inverseSurvival_kappa_355",
                    () -> new VonMises(0.8534626723106551, 355.63478725397187)
                            .inverseSurvival(3.9085152122791254E-299)),
            Map.entry(
                    "vonmises_quantile_support_end_small_kappa",
                    () -> new VonMises(2.586738302726464, 0.24272503589167044).quantile(9.180928991163534E-18)),
            Map.entry(
                    "gamma_quantile_tiny_shape_subnormal",
                    () -> new Gamma(0.006122965398864665, 0.038810063309341024).quantile(0.010939233853299039)),
            Map.entry(
                    "gamma_quantile_tiny_shape_underflow",
                    () -> new Gamma(8.148446228108239E-5, 0.016694565590586134).quantile(1.082468764149873E-261)),
            Map.entry(
                    "gamma_inverseSurvival_small_shape_far_tail",
                    () -> new Gamma(0.06516018647374713, 10.1094050342534).inverseSurvival(5.511856424148242E-194)),
            Map.entry(
                    "invgamma_inverseSurvival_tiny_shape",
                    () -> new InverseGamma(0.006122965398864665, 0.038810063309341024)
                            .inverseSurvival(0.010939233853299039)),
            Map.entry(
                    "chi_inverseSurvival_tiny_k",
                    () -> new Chi(4.361420531196878E-6).inverseSurvival(0.015091117240243156)),
            Map.entry(
                    "chi2_quantile_tiny_df",
                    () -> new ChiSquared(1.1061025648706695E-6).quantile(1.4059006153364642E-295)),
            Map.entry(
                    "beta_quantile_huge_and_small_shape",
                    () -> new Beta(9145.613425867552, 0.12394203555174146).quantile(0.3466159855129302)),
            Map.entry(
                    "beta_inverseSurvival_rounds_to_1",
                    () -> new Beta(0.007903240382030125, 0.0011378328678003104).inverseSurvival(0.38098231231556245)),
            Map.entry(
                    "beta_quantile_tiny_shapes_underflow",
                    () -> new Beta(5.0592444194697645E-5, 1.3067036325140424E-4).quantile(1.0046846173831763E-63)),
            Map.entry(
                    "zipf_inverseSurvival_exponent_33",
                    () -> new Zipf(432546607855L, 32.87057279561647).inverseSurvival(1.4543208731735485E-295)),
            Map.entry(
                    "negbinomial_quantile_r_37_tiny_p",
                    () -> new NegativeBinomial(37.51274423030595, 7.467289517275505E-4)
                            .quantile(2.4723031564426828E-11)),
            Map.entry(
                    "negbinomial_quantile_r_47_far_tail",
                    () -> new NegativeBinomial(46.60197640165223, 1.3400300885401745E-6)
                            .quantile(1.3153706559876952E-157)),
            Map.entry(
                    "negbinomial_quantile_r_709",
                    () -> new NegativeBinomial(708.7092436614182, 2.3084447342619946E-6)
                            .quantile(1.4645682925292646E-18)),
            Map.entry("negbinomial_quantile_huge_r_tiny_p", () -> new NegativeBinomial(1e12, 1e-6).quantile(1e-18)),
            Map.entry(
                    "negbinomial_entropy_r_17_tiny_p",
                    () -> new NegativeBinomial(17.005015798941628, 7.971241882822546E-4).entropy()),
            Map.entry(
                    "negbinomial_entropy_r_25",
                    () -> new NegativeBinomial(25.02885639791128, 0.004244293433548828).entropy()),
            Map.entry(
                    "negbinomial_entropy_tiny_r_long_tail",
                    () -> new NegativeBinomial(0.001148970576824257, 0.0026990059393744666).entropy()),
            Map.entry("nct_logSurvival_tiny_df_far_negative", () -> new NoncentralT(0.0486, -17.15).logSurvival(-1829)),
            // the noncentral chi-squared tails at noncentralities of 1e6 to 1e8
            Map.entry("ncx2_cdf_lambda_1e6", () -> new NoncentralChiSquared(3, 1e6).cdf(1.001e6)),
            Map.entry("ncx2_survival_lambda_1e7_far_tail", () -> new NoncentralChiSquared(3, 1e7).survival(1.019e7)),
            Map.entry("ncx2_logCdf_lambda_1e8_far_tail", () -> new NoncentralChiSquared(0.5, 1e8).logCdf(9e7)),
            Map.entry("ncx2_quantile_lambda_1e6", () -> new NoncentralChiSquared(3, 1e6).quantile(0.3)),
            Map.entry(
                    "ncx2_inverseSurvival_lambda_1e6_far_tail",
                    () -> new NoncentralChiSquared(3, 1e6).inverseSurvival(1e-300)),
            Map.entry("ncx2_cdf_large_k_large_lambda", () -> new NoncentralChiSquared(1e7, 1e7).cdf(2.001e7)),
            Map.entry("ncx2_quantile_large_k_large_lambda", () -> new NoncentralChiSquared(1e7, 1e7).quantile(1e-100)));

    @Param({
        "betaincinv_underflow",
        "beta_quantile_tiny_shape",
        "beta_inverseSurvival_tiny_shapes",
        "beta_quantile_near_1",
        "studentT_quantile_df_1e-3",
        "studentT_quantile_overflow",
        "f_quantile_subnormal",
        "nct_cdf_far_negative_side",
        "nct_pdf_huge_t_large_df",
        "nct_logPdf_huge_t_large_df",
        "nct_logPdf_max_value",
        "nct_quantile_small_df_positive",
        "nct_quantile_small_df_negative",
        "nct_quantile_body",
        "nct_quantile_own_side_lower_tail",
        "nct_inverseSurvival_own_side_lower_tail",
        "ncx2_survival_far",
        "nct_quantile_beyond_doubles",
        "nct_quantile_power_tail",
        "nct_quantile_far_tail_df8",
        "nct_inverseSurvival_far_tail_df7",
        "nct_quantile_tiny_df_median",
        "nct_inverseSurvival_tiny_df_beyond_cliff",
        "nct_inverseSurvival_tiny_df_below_normal_range",
        "nct_quantile_tiny_df_small_delta",
        "nct_inverseSurvival_small_df_series",
        "nct_quantile_series_far_tail_df705",
        "nct_inverseSurvival_opposite_far_tail_df13",
        "vonmises_inverseSurvival_support_end",
        "ncx2_inverseSurvival_large_lambda",
        "hypergeometric_cdf_huge_population",
        "hypergeometric_survival_huge_population",
        "hypergeometric_quantile_huge_population",
        "hypergeometric_inverseSurvival_far_tail",
        "hypergeometric_logCdf_beyond_doubles",
        "hypergeometric_entropy_huge_population",
        "f_logPdf_huge_d1",
        "beta_inverseSurvival_tiny_shape",
        "ncx2_survival_large_lambda",
        "ncx2_cdf_large_lambda",
        "ncx2_logSurvival_underflow",
        "ncx2_logSurvival_far",
        "ncx2_quantile_body",
        "ncx2_quantile_body_large_lambda",
        "ncx2_inverseSurvival_body_large_lambda",
        "nct_cdf_body",
        "nct_survival_body",
        "nct_inverseSurvival_body",
        "binomial_logSurvival_beyond_doubles",
        "binomial_cdf_center_huge_n",
        "binomial_entropy_huge_n",
        "poisson_logCdf_beyond_doubles",
        "negbinomial_logCdf_beyond_doubles",
        "negbinomial_cdf_center_huge_r",
        "negbinomial_entropy_huge_r",
        "nct_logCdf_opposite_beyond_doubles",
        "nct_quantile_opposite_1e-100",
        "nct_pdf_opposite_small_df",
        "negbinomial_entropy_small_r_tiny_p",
        "ncx2_entropy_large_lambda",
        "ncx2_entropy_large_lambda_large_k",
        "ncx2_logPdf_large_lambda_large_k",
        "ncx2_entropy_small_k",
        "ncx2_inverseSurvival_small_k_far_tail",
        "ncx2_quantile_small_k_far_tail",
        "vonmises_inverseSurvival_kappa_1e5",
        "vonmises_quantile_kappa_6e4",
        "vonmises_inverseSurvival_kappa_355",
        "vonmises_quantile_support_end_small_kappa",
        "gamma_quantile_tiny_shape_subnormal",
        "gamma_quantile_tiny_shape_underflow",
        "gamma_inverseSurvival_small_shape_far_tail",
        "invgamma_inverseSurvival_tiny_shape",
        "chi_inverseSurvival_tiny_k",
        "chi2_quantile_tiny_df",
        "beta_quantile_huge_and_small_shape",
        "beta_inverseSurvival_rounds_to_1",
        "beta_quantile_tiny_shapes_underflow",
        "zipf_inverseSurvival_exponent_33",
        "negbinomial_quantile_r_37_tiny_p",
        "negbinomial_quantile_r_47_far_tail",
        "negbinomial_quantile_r_709",
        "negbinomial_quantile_huge_r_tiny_p",
        "negbinomial_entropy_r_17_tiny_p",
        "negbinomial_entropy_r_25",
        "negbinomial_entropy_tiny_r_long_tail",
        "nct_logSurvival_tiny_df_far_negative",
        "ncx2_cdf_lambda_1e6",
        "ncx2_survival_lambda_1e7_far_tail",
        "ncx2_logCdf_lambda_1e8_far_tail",
        "ncx2_quantile_lambda_1e6",
        "ncx2_inverseSurvival_lambda_1e6_far_tail",
        "ncx2_cdf_large_k_large_lambda",
        "ncx2_quantile_large_k_large_lambda"
    })
    public String call;

    private DoubleSupplier supplier;

    @Setup
    public void setup() {
        supplier = CASES.get(call);
    }

    @Benchmark
    public double worstCase() {
        return supplier.getAsDouble();
    }
}
