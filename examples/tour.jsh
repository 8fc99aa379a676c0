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

// ---- Distributions -----------------------------------------------------------------------
// PLACEHOLDER for the lead: the stat module's distributions join the tour here when the stat
// branches (special, contA, contB, discrete) merge.
// -------------------------------------------------------------------------------------------

System.out.println();
System.out.println("== End of the tour");
