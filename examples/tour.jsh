// A tour of jnum. Run it with:   bin/jnum-shell examples/tour.jsh
// (bin/jnum-shell --scalar examples/tour.jsh runs it without the Vector API: same numbers.)
// Every line it prints is computed here; a test (suites/docs) runs this file on each build.

void show(String what, Object value) { System.out.println(what + " ==> " + value); }
void section(String title) { System.out.println(); System.out.println("== " + title); }

section("Kernels: which implementation computes");
System.out.println("kernel: " + Kernels.describe());

section("Building matrices and vectors");
Dense a = Dense.of(new double[][] {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}});
show("a", a);
Dense b = Dense.of(3, 2, 1, 2, 3, 4, 5, 6);        // 3x2 from row-major values
show("b", b);
show("Dense.identity(2)", Dense.identity(2));
show("Dense.diag(1, 2, 3)", Dense.diag(1, 2, 3));
Dense r = Dense.random(4, 3, new SplittableRandom(42)); // uniform [0, 1), seeded
show("Dense.random(4, 3, seed 42)", r);
Vec x = Vec.of(1, 2, 3);
show("x", x);

section("Views share storage (no copies)");
Dense big = Dense.of(4, 5, 0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 30, 31, 32, 33, 34);
Dense block = big.slice(1, 3, 2, 5);               // rows [1, 3), columns [2, 5)
show("big.slice(1, 3, 2, 5)", block);
block.set(0, 0, -1);                               // writes through to big
show("big.get(1, 2) after block.set(0, 0, -1)", big.get(1, 2));
show("big.row(2)", big.row(2));
show("big.column(4)", big.column(4));
show("big.diagonal()", big.diagonal());
show("big.t() (a view: same array)", big.t().array() == big.array());

section("Products (GEMM/GEMV through the kernels; transposes are not copied)");
show("a.times(b)", a.times(b));
show("b.t().times(b)", b.t().times(b));
show("a.times(x)", a.times(x));
Dense into = Dense.zeros(3, 2);
Dense.mul(a, b, into);                             // destination form: no allocation
show("Dense.mul(a, b, into) equals a.times(b)", into.equals(a.times(b)));
Dense g = Dense.random(200, 200, new SplittableRandom(7));
Dense gg = g.times(g.t());
show("(g g^T) for a 200x200 g: trace", gg.trace());
show("  symmetric to rounding", gg.equalsWithin(gg.t(), 1e-12));

section("Element-wise and reductions");
show("a.plus(a.t())", a.plus(a.t()));
show("b.mulElem(b)", b.mulElem(b));
show("b.map(Math::sqrt)", b.map(Math::sqrt));
show("a.trace()", a.trace());
show("a.sum()", a.sum());
show("a.norm(Norm.ONE)", a.norm(Norm.ONE));
show("a.norm(Norm.INF)", a.norm(Norm.INF));
show("a.norm(Norm.FROBENIUS)", a.norm(Norm.FROBENIUS));
show("a.norm(Norm.MAX)", a.norm(Norm.MAX));

section("Vectors");
Vec y = Vec.of(4, 5, 6);
show("x.dot(y)", x.dot(y));
show("x.plus(y)", x.plus(y));
show("y.scale(0.5)", y.scale(0.5));
show("y.norm2()", y.norm2());
show("y.normInf()", y.normInf());
show("Vec.of(3e300, 4e300).norm2() (no overflow)", Vec.of(3e300, 4e300).norm2());
show("Vec.of(3e-300, 4e-300).norm2() (no underflow)", Vec.of(3e-300, 4e-300).norm2());

section("Printing and formats");
Dense h = Dense.zeros(10, 12);
for (int i = 0; i < 10; i++) for (int j = 0; j < 12; j++) h.set(i, j, 1.0 / (i + j + 1));
show("Hilbert-like 10x12 (elided)", h);
show("MatrixFormat.numpy(b)", MatrixFormat.numpy(b));
show("MatrixFormat.matlab(b)", MatrixFormat.matlab(b));
show("MatrixFormat.java(b)", MatrixFormat.java(b));

section("Errors name the operation and the shapes");
try { a.times(Dense.zeros(2, 2)); } catch (DimensionMismatchException e) { show("a.times(2x2)", e.getMessage()); }
try { a.get(3, 0); } catch (IndexOutOfBoundsException e) { show("a.get(3, 0)", e.getMessage()); }

section("Which kernel served a call");
System.out.println("kernel: GEMM 200x200x200 -> " + Kernels.providerFor(Routine.GEMM, 2L * 200 * 200 * 200));
System.out.println("kernel: DOT n=3 -> " + Kernels.providerFor(Routine.DOT, 3));

section("Data files: NumPy .npy/.npz, CSV, Matrix Market");
NpyArray small = Npy.read(Path.of("examples/data/small.npy"));   // written by np.save
show("Npy.read(examples/data/small.npy)", small);
show("  .matrix()", small.matrix());
CsvTable meas = Csv.read(Path.of("examples/data/measurements.csv")); // header row detected, NA -> NaN
show("Csv.read(measurements.csv).columnNames()", meas.columnNames());
show("  .data()", meas.data());
Path tmpNpz = Files.createTempFile("tour", ".npz");
Npz.writeCompressed(Map.of("small", small, "meas", NpyArray.of(meas.data())), tmpNpz);
show("Npz.read(...).keySet() after Npz.writeCompressed", new TreeSet<>(Npz.read(tmpNpz).keySet()));
Path tmpCsv = Files.createTempFile("tour", ".csv");
Csv.write(meas.data(), meas.columnNames(), tmpCsv, CsvOptions.DEFAULT);
show("Csv.write then Csv.read gives the same matrix", Csv.read(tmpCsv).data().equals(meas.data()));
try { Csv.read(new ByteArrayInputStream("1,2\n3\n".getBytes()), CsvOptions.DEFAULT); } catch (FormatException e) { show("a ragged CSV", e.getMessage()); }
Files.delete(tmpNpz); Files.delete(tmpCsv);

section("Solving and determinants (LU with partial pivoting, Cholesky)");
Dense k = Dense.of(3, 3, 4, -2, 1, -2, 4, -2, 1, -2, 4);
show("k.solve(11, -16, 17)", k.solve(Vec.of(11, -16, 17)));
show("k.det()", k.det());
show("k.rcond() (1-norm estimate)", k.rcond());
show("k.cholesky().l()", k.cholesky().l());
show("logDet of 10 I (1000x1000; det itself overflows)", Dense.identity(1000).scale(10).logDet());
show("Cholesky.tryOf(indefinite)", Cholesky.tryOf(Dense.of(2, 2, 1, 2, 2, 1)));

section("Least squares and rank (Householder QR)");
Dense design = Dense.of(6, 3, 1, 0, 0, 1, 1, 1, 1, 2, 4, 1, 3, 9, 1, 4, 16, 1, 5, 25);
Vec coef = design.qr().solve(Vec.of(1.1, 2.9, 9.2, 19.1, 32.8, 51.2));
show("quadratic fit c0 + c1 t + c2 t^2 by QR", String.format("%.6f %.6f %.6f", coef.get(0), coef.get(1), coef.get(2)));
show("rank of [[1,2,3],[2,4,6],[1,0,1]] by pivoted QR", QR.pivoted(Dense.of(3, 3, 1, 2, 3, 2, 4, 6, 1, 0, 1)).rank());

section("Singular value decomposition");
Dense g = Dense.of(2, 2, 3, 0, 4, 5);
SVD svd = g.svd();
show("singular values of [[3,0],[4,5]] (sqrt 45, sqrt 5)", svd.values());
show("  U S V^T reproduces it", svd.u().times(Dense.diag(svd.values())).times(svd.v().t()).equalsWithin(g, 1e-14));
show("g.norm(Norm.TWO), g.cond()", g.norm(Norm.TWO) + ", " + g.cond());
show("rank and pseudo-inverse of [[1,2],[2,4]]", Dense.of(2, 2, 1, 2, 2, 4).rank() + ", " + Dense.of(2, 2, 1, 2, 2, 4).pinv());

section("Eigenvalues of a nonsymmetric matrix (balancing, Hessenberg, double-shift QR)");
Dense cyclic = Dense.of(3, 3, 0, 1, 0, 0, 0, 1, 1, 0, 0);      // a cyclic permutation: the cube roots of 1
Eigen eig = cyclic.eigen();
show("eigenvalues", Arrays.stream(eig.values()).map(z -> String.format("%.4f%+.4fi", z.re(), z.im())).toList());
show("  the pair is exactly conjugate", eig.value(1).equals(eig.value(0).conj()));
show("real Schur form of [1 -4; 1 1]", Dense.of(2, 2, 1, -4, 1, 1).schur().t());

section("Matrix functions");
show("exp of the rotation generator [[0, -pi/2], [pi/2, 0]]", Dense.of(2, 2, 0, -Math.PI / 2, Math.PI / 2, 0).exp());
show("exp of the Jordan block [[1, 1], [0, 1]] (e [[1, 1], [0, 1]])", Dense.of(2, 2, 1, 1, 0, 1).exp());
show("[[1, 1], [0, 1]]^-10", Dense.of(2, 2, 1, 1, 0, 1).pow(-10));
show("I_2 kron [[5, 6]]", Dense.identity(2).kron(Dense.of(1, 2, 5, 6)));
show("det(k + e0 e2^T) by an LU update", k.lu().update(Vec.of(1, 0, 0), Vec.of(0, 0, 1)).det());

section("Symmetric eigenvalues (tridiagonal reduction, QL/QR) and matrix square roots");
Dense lap = Dense.of(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2);
show("eigenvalues of tridiag(-1, 2, -1): 2 - sqrt 2, 2, 2 + sqrt 2", lap.eigenSym().values());
show("the largest alone (bisection, inverse iteration)", EigenSym.largest(lap, 1).values());
show("sqrt of [[5, 4], [4, 5]]", Dense.of(2, 2, 5, 4, 4, 5).sqrt());

section("Distributions: records, accurate into the far tails");
Normal z = Normal.standard();
show("Normal.standard().cdf(1.96)", z.cdf(1.96));
show("z.survival(30) (computed directly, not 1 - cdf)", z.survival(30));
show("z.logSurvival(40) (finite although sf(40) underflows)", z.logSurvival(40));
show("z.quantile(1e-300)", z.quantile(1e-300));
StudentT t5 = new StudentT(5);
show("StudentT(5).inverseSurvival(0.025)", t5.inverseSurvival(0.025));
Gamma gam = new Gamma(2.5, 2.0);                   // shape, scale
show("Gamma(2.5, 2).cdf(3), survival(3)", gam.cdf(3) + ", " + gam.survival(3));
show("Gamma(2.5, 2).mean(), variance()", gam.mean() + ", " + gam.variance());
F f11 = new F(1, 1);
show("F(1, 1).quantile(0.999)", f11.quantile(0.999));
Binomial bin = new Binomial(1_000_000_000L, 0.3);
show("Binomial(1e9, 0.3).pmf(300000000)", bin.pmf(300_000_000L));
Poisson poi = new Poisson(1e8);
show("Poisson(1e8).quantile(0.5)", poi.quantile(0.5));
double[] draws = new Gamma(3, 1.5).sample(new SplittableRandom(1), 20000);
Gamma fitted = Gamma.fit(draws);
show("Gamma.fit of 20000 Gamma(3, 1.5) draws: shape near 3", Math.abs(fitted.shape() - 3) < 0.1);

section("Statistics: descriptive, streaming, tests");
double[] sample = {2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 4.9};
show("Summary.of(sample)", Summary.of(sample));
show("Stats.quantiles(sample, 0.1, 0.5, 0.9)", java.util.Arrays.toString(Stats.quantiles(sample, 0.1, 0.5, 0.9)));
show("Stats.interquartileRange(sample)", Stats.interquartileRange(sample));
show("TTest.oneSample(sample, 3.0)", TTest.oneSample(sample, 3.0));
double[] other = {3.9, 4.4, 5.1, 6.0, 4.8, 5.5};
show("MannWhitneyTest.test(sample, other)", MannWhitneyTest.test(sample, other));
show("ShapiroWilkTest.test(sample).pValue()", ShapiroWilkTest.test(sample).pValue());
show("Correlation.spearman", Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}));
show("Stats.weightedMedian({1, 2, 3, 4}, weights {1, 1, 5, 1})", Stats.weightedMedian(new double[] {1, 2, 3, 4}, new double[] {1, 1, 5, 1}));

section("Linear regression: pivoted QR, statsmodels-style summary, streaming and merged");
double[][] xs = {{1, 0.5}, {2, 1.5}, {3, 1.0}, {4, 3.5}, {5, 2.5}, {6, 4.0}};
double[] ys = {2.3, 4.4, 5.9, 9.1, 9.8, 12.6};
LinearRegression ols = LinearRegression.fit(xs, ys);
System.out.println(ols);
LinearRegression.Prediction at = ols.predict(Dense.of(new double[][] {{7, 4.5}}), 0.95);
show("prediction at (7, 4.5), 95% prediction interval", at.mean() + " [" + at.observationLower() + ", " + at.observationUpper() + "]");
RegressionAccumulator firstHalf = new RegressionAccumulator(2), secondHalf = new RegressionAccumulator(2);
for (int i = 0; i < 3; i++) firstHalf.add(xs[i], ys[i]);
for (int i = 3; i < 6; i++) secondHalf.add(xs[i], ys[i]);
show("RegressionAccumulator, two halves merged: coefficients", firstHalf.merge(secondHalf).result().coefficients());
double[][] collinear = {{1, 2, 3}, {2, 1, 3}, {3, 5, 8}, {4, 3, 7}, {5, 4, 9}};  // x3 = x1 + x2
show("aliased columns of a collinear design (x3 = x1 + x2)", Arrays.toString(LinearRegression.fit(collinear, new double[] {1, 2, 4, 3, 5}).aliased()));

section("Principal components: thin SVD of the centred data");
System.out.print(PCA.fit(Dense.of(xs), PCA.Options.defaults().withStandardize(true)));

section("Special functions");
show("Special.gammaln(0.5) = log(sqrt(pi))", Special.gammaln(0.5));
show("Special.gammaincc(100, 150) (upper tail, direct)", Special.gammaincc(100, 150));
show("Special.betainc(2, 5, 0.3)", Special.betainc(2, 5, 0.3));
show("Special.erfc(10)", Special.erfc(10));
show("Special.erfcinv(1e-300)", Special.erfcinv(1e-300));

section("Sparse matrices: a Matrix Market file, preconditioned CG, sparse Cholesky");
Csr bus = MatrixMarket.readSparse(Path.of("examples/data/494_bus.mtx"));
show("494_bus", bus.rows() + "x" + bus.cols() + ", nnz " + bus.nnz());
double[] onesBus = new double[bus.rows()];
Arrays.fill(onesBus, 1);
Vec rhs = bus.times(Vec.of(onesBus));
SolverResult pcg = Solvers.cg(bus, rhs, null, IncompleteCholesky.of(bus), SolverSettings.defaults().withRelativeTolerance(1e-10));
show("CG with IC(0): status", pcg.status());
show("  relative residual at most 1e-10", pcg.relativeResidual() <= 1e-10);
double[] hist = pcg.residualHistory();                 // one entry per iteration, 0 = initial
for (int k : new int[] {0, 10, 20, 30}) show("  residual after iteration " + k, hist[k]);
SparseCholesky chol = SparseCholesky.of(bus);
show("sparse Cholesky (AMD): nnz(L)", chol.symbolic().nnzL() + " (natural order: " + SparseCholesky.analyze(bus, Ordering.NATURAL).nnzL() + ")");
show("log det", chol.logDet());

section("Minimization with progress lines, and a curve fit with parameter errors");
Problem rosen = Problem.of(
    x -> (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]),
    (x, g) -> { g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]); g[1] = 200 * (x[1] - x[0] * x[0]); });
Settings every = Settings.defaults().withMaxIterations(6).withRecorder(Recorder.printing(System.out, false)); // false: no seconds column
Result six = Minimize.minimize(rosen, new double[] {-1.2, 1}, every, new LBFGS());   // prints a line per iteration
show("after 6 iterations of L-BFGS", six.status() + ", f = " + six.value());
Result done = Minimize.minimize(rosen, new double[] {-1.2, 1});
show("BFGS to the end", done);
double[] hours = {0, 1, 2, 3, 4, 5, 6, 7};
double[] level = {5.1, 3.0, 1.9, 1.2, 0.68, 0.42, 0.28, 0.15};
LeastSquaresResult decay = CurveFit.fit((x, p) -> p[0] * Math.exp(-p[1] * x), hours, level, new double[] {1, 1});
show("CurveFit of a * exp(-k t)", decay);

System.out.println();
System.out.println("== End of the tour");
