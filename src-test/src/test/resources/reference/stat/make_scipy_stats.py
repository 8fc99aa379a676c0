#!/usr/bin/env python3
"""Reference values for jnum.stat from NumPy and SciPy.

Writes, next to this script:
  samples.csv   one sample per line: name,v1,v2,... (every value printed with repr, so that the
                double read back is the one NumPy used)
  expected.csv  function,samples,args,statistic,pvalue,df   (one result per line; pvalue and df
                empty where they do not apply; args separated by ';')

Run: python3 make_scipy_stats.py   (NumPy 2.x, SciPy 1.1x). The samples come from a seeded
numpy.random.Generator, so a re-run reproduces the same files.
"""
import csv
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261203)

S = {}
S["a"] = rng.normal(10, 2, 30)
S["b"] = rng.normal(11, 3, 25)
S["c"] = S["a"] + rng.normal(0.4, 1, 30)
S["w"] = rng.uniform(0, 3, 30)
S["small1"] = rng.normal(0, 1, 8)
S["small2"] = rng.normal(0.8, 1, 7)
S["ties1"] = rng.integers(0, 6, 40).astype(float)
S["ties2"] = rng.integers(1, 7, 35).astype(float)
S["skewed"] = rng.exponential(1.0, 200)
S["big1"] = rng.normal(0, 1, 2000)
S["big2"] = rng.normal(0.05, 1.1, 1500)
S["unif"] = rng.uniform(0, 1, 50)
S["norm"] = rng.normal(0.2, 1, 40)
S["g1"] = rng.normal(5.0, 1, 12)
S["g2"] = rng.normal(5.6, 1, 15)
S["g3"] = rng.normal(4.8, 1, 10)
S["pairs_x"] = rng.normal(0, 1, 60)
S["pairs_y"] = 0.5 * S["pairs_x"] + rng.normal(0, 1, 60)
S["rank_x"] = rng.integers(0, 10, 50).astype(float)
S["rank_y"] = S["rank_x"] + rng.integers(0, 5, 50)
S["sw_small"] = rng.normal(0, 1, 3)
S["sw_9"] = rng.gamma(2.0, 1.0, 9)
S["sw_50"] = rng.lognormal(0, 0.5, 50)
S["obs"] = np.array([16.0, 18, 16, 14, 12, 12])
S["exp"] = np.array([16.0, 16, 16, 16, 16, 8])
S["table23"] = np.array([10.0, 20, 30, 6, 9, 17])  # 2x3, row-major
S["table22"] = np.array([12.0, 5, 7, 9])  # 2x2, row-major
S["wil_small"] = rng.normal(0.5, 1, 12)
S["wil_ties"] = rng.integers(-3, 6, 40).astype(float)

rows = []


def out(function, samples, args, statistic, pvalue=None, df=None):
    rows.append([function, samples, ";".join(str(a) for a in args), repr(float(statistic)),
                 "" if pvalue is None else repr(float(pvalue)), "" if df is None else repr(float(df))])


# ---- descriptive -------------------------------------------------------------------------------
for name in ["a", "b", "skewed", "big1", "ties1", "small1"]:
    x = S[name]
    out("mean", name, [], np.mean(x))
    out("variance", name, [], np.var(x, ddof=1))
    out("populationVariance", name, [], np.var(x))
    out("stdDev", name, [], np.std(x, ddof=1))
    out("standardError", name, [], stats.sem(x))
    out("skewness", name, [], stats.skew(x))
    out("adjustedSkewness", name, [], stats.skew(x, bias=False))
    out("kurtosis", name, [], stats.kurtosis(x))
    out("adjustedKurtosis", name, [], stats.kurtosis(x, bias=False))
    out("centralMoment", name, [3], stats.moment(x, 3))
    out("centralMoment", name, [4], stats.moment(x, 4))
    out("median", name, [], np.median(x))
    out("mode", name, [], stats.mode(x).mode)
    out("interquartileRange", name, [], stats.iqr(x))
    out("medianAbsoluteDeviation", name, [], stats.median_abs_deviation(x))
    out("min", name, [], np.min(x))
    out("max", name, [], np.max(x))
    for k in (1, 2, 5):
        xm = x - np.mean(x)
        out("autocorrelation", name, [k], np.sum(xm[:-k] * xm[k:]) / np.sum(xm * xm))
    methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
               "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased"]
    for t, m in enumerate(methods, start=1):
        for p in (0.0, 0.01, 0.1, 0.25, 0.5, 0.9, 0.975, 1.0):
            out("quantile", name, [t, p], np.quantile(x, p, method=m))
    for rule in ["sturges", "scott", "fd", "sqrt", "auto"]:
        edges = np.histogram_bin_edges(x, bins=rule)
        counts, _ = np.histogram(x, bins=edges)
        out("histogramBins", name, [rule], len(edges) - 1)
        for i, e in enumerate(edges):
            out("histogramEdge", name, [rule, i], e)
        for i, c in enumerate(counts):
            out("histogramCount", name, [rule, i], c)
for name in ["skewed", "unif"]:
    out("geometricMean", name, [], stats.gmean(S[name]))
    out("harmonicMean", name, [], stats.hmean(S[name]))
    out("entropy", name, [], stats.entropy(S[name]))
x, w = S["a"], S["w"]
m = np.average(x, weights=w)
out("weightedMean", "a;w", [], m)
out("weightedVariance", "a;w", [], np.sum(w * (x - m) ** 2) / (np.sum(w) - 1))
out("weightedPopulationVariance", "a;w", [], np.sum(w * (x - m) ** 2) / np.sum(w))

# ---- correlation ---------------------------------------------------------------------------------
for xs, ys in [("pairs_x", "pairs_y"), ("rank_x", "rank_y"), ("a", "c")]:
    x, y = S[xs], S[ys]
    for alt in ["two-sided", "less", "greater"]:
        r = stats.pearsonr(x, y, alternative=alt)
        out("pearson", xs + ";" + ys, [alt], r.statistic, r.pvalue)
        r = stats.spearmanr(x, y, alternative=alt)
        out("spearman", xs + ";" + ys, [alt], r.statistic, r.pvalue)
        r = stats.kendalltau(x, y, alternative=alt, method="asymptotic")
        out("kendall", xs + ";" + ys, [alt], r.statistic, r.pvalue)

# ---- tests ---------------------------------------------------------------------------------------
for alt in ["two-sided", "less", "greater"]:
    r = stats.ttest_1samp(S["a"], 10.5, alternative=alt)
    out("tTestOneSample", "a", [10.5, alt], r.statistic, r.pvalue, r.df)
    r = stats.ttest_ind(S["a"], S["b"], equal_var=True, alternative=alt)
    out("tTestStudent", "a;b", [alt], r.statistic, r.pvalue, r.df)
    r = stats.ttest_ind(S["a"], S["b"], equal_var=False, alternative=alt)
    out("tTestWelch", "a;b", [alt], r.statistic, r.pvalue, r.df)
    r = stats.ttest_rel(S["a"], S["c"], alternative=alt)
    out("tTestPaired", "a;c", [alt], r.statistic, r.pvalue, r.df)
    r = stats.ks_1samp(S["unif"], stats.uniform.cdf, alternative=alt, method="exact")
    out("ksUniform", "unif", [alt], r.statistic, r.pvalue)
    r = stats.ks_1samp(S["norm"], stats.norm.cdf, alternative=alt, method="exact")
    out("ksNormal", "norm", [alt], r.statistic, r.pvalue)
    r = stats.ks_1samp(S["big1"], stats.norm.cdf, alternative=alt, method="exact")
    out("ksNormal", "big1", [alt], r.statistic, r.pvalue)
    r = stats.ks_2samp(S["small1"], S["small2"], alternative=alt, method="exact")
    out("ks2Exact", "small1;small2", [alt], r.statistic, r.pvalue)
    r = stats.ks_2samp(S["a"], S["b"], alternative=alt, method="exact")
    out("ks2Exact", "a;b", [alt], r.statistic, r.pvalue)
    r = stats.ks_2samp(S["ties1"], S["ties2"], alternative=alt, method="exact")
    out("ks2Exact", "ties1;ties2", [alt], r.statistic, r.pvalue)
    r = stats.ks_2samp(S["big1"], S["big2"], alternative=alt, method="asymp")
    out("ks2Asymp", "big1;big2", [alt], r.statistic, r.pvalue)
    r = stats.mannwhitneyu(S["small1"], S["small2"], alternative=alt, method="exact")
    out("mannWhitneyExact", "small1;small2", [alt], r.statistic, r.pvalue)
    r = stats.mannwhitneyu(S["ties1"], S["ties2"], alternative=alt, method="asymptotic", use_continuity=True)
    out("mannWhitneyAsymptotic", "ties1;ties2", [alt], r.statistic, r.pvalue)
    r = stats.mannwhitneyu(S["a"], S["b"], alternative=alt, method="asymptotic", use_continuity=True)
    out("mannWhitneyAsymptotic", "a;b", [alt], r.statistic, r.pvalue)
    r = stats.wilcoxon(S["wil_small"], alternative=alt, method="exact")
    out("wilcoxonExact", "wil_small", [alt], r.statistic, r.pvalue)
    r = stats.wilcoxon(S["wil_ties"], alternative=alt, method="approx", correction=True)
    out("wilcoxonApprox", "wil_ties", [alt], r.statistic, r.pvalue)
    r = stats.wilcoxon(S["a"] - S["c"], alternative=alt, method="approx", correction=True)
    out("wilcoxonApprox", "a-c", [alt], r.statistic, r.pvalue)
r = stats.f_oneway(S["g1"], S["g2"], S["g3"])
out("anova", "g1;g2;g3", [], r.statistic, r.pvalue)
r = stats.chisquare(S["obs"], S["exp"] * S["obs"].sum() / S["exp"].sum())
out("chiSquareGoodnessOfFit", "obs;exp", [], r.statistic, r.pvalue, 5)
r = stats.chisquare(S["obs"])
out("chiSquareUniform", "obs", [], r.statistic, r.pvalue, 5)
for name, shape in [("table23", (2, 3)), ("table22", (2, 2))]:
    t = S[name].reshape(shape)
    r = stats.chi2_contingency(t)
    out("chiSquareIndependence", name, [shape[0], shape[1]], r.statistic, r.pvalue, r.dof)
    r = stats.chi2_contingency(t, correction=False)
    out("chiSquareIndependenceNoCorrection", name, [shape[0], shape[1]], r.statistic, r.pvalue, r.dof)
for name in ["sw_small", "sw_9", "sw_50", "a", "skewed", "big1"]:
    r = stats.shapiro(S[name])
    out("shapiroWilk", name, [], r.statistic, r.pvalue)

with open(os.path.join(HERE, "samples.csv"), "w", newline="") as f:
    wr = csv.writer(f, lineterminator="\n")
    for name, x in S.items():
        wr.writerow([name] + [repr(float(v)) for v in x])
with open(os.path.join(HERE, "expected.csv"), "w", newline="") as f:
    wr = csv.writer(f, lineterminator="\n")
    wr.writerow(["function", "samples", "args", "statistic", "pvalue", "df"])
    wr.writerows(rows)
print(len(rows), "rows")
