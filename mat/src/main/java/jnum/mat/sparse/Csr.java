package jnum.mat.sparse;

import java.util.Objects;
import jnum.mat.Matrix;
import jnum.mat.kernel.Parallelism;

/**
 * Compressed sparse row storage (scipy's {@code csr_matrix}): row {@code i} holds the entries
 * {@code rowPointers[i] .. rowPointers[i+1]-1}, with strictly increasing column indices. Products
 * with vectors are one dot product per row, split between threads for large matrices.
 */
public final class Csr extends SparseMatrix {

    /** Stored entries from which {@code A x} is split between threads. */
    static final int PARALLEL_NNZ = 1 << 18;

    Csr(Compressed store) {
        super(store);
    }

    /**
     * A CSR matrix from its arrays (copied and validated: pointers non-decreasing from 0, column
     * indices in range and strictly increasing within each row).
     *
     * @throws IllegalArgumentException or {@link IndexOutOfBoundsException} naming the bad entry
     */
    public static Csr of(int rows, int cols, int[] rowPointers, int[] columnIndices, double[] values) {
        return new Csr(Compressed.checked("Csr.of", rows, cols, rowPointers, columnIndices, values));
    }

    /** The non-zero elements of {@code m} (NaN counts as non-zero), by rows. */
    public static Csr from(Matrix m) {
        Objects.requireNonNull(m, "Csr.from: matrix is null");
        if (m instanceof SparseMatrix s) {
            return s.toCsr();
        }
        Coo coo = new Coo(m.rows(), m.cols());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                double v = m.get(i, j);
                if (v != 0.0) {
                    coo.add(i, j, v);
                }
            }
        }
        return coo.toCsr();
    }

    /** The {@code n x n} identity. */
    public static Csr identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Csr.identity: n = " + n + " < 0");
        }
        int[] ptr = new int[n + 1];
        int[] idx = new int[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            ptr[i + 1] = i + 1;
            idx[i] = i;
            val[i] = 1.0;
        }
        return new Csr(Compressed.trusted(n, n, ptr, idx, val));
    }

    @Override
    boolean byRows() {
        return true;
    }

    @Override
    SparseMatrix sameFormat(Compressed c) {
        return new Csr(c);
    }

    /** The transpose, a CSC view sharing this matrix's arrays ({@code O(1)}). */
    @Override
    public Csc t() {
        return new Csc(store);
    }

    @Override
    public Csr toCsr() {
        return this;
    }

    @Override
    public Csc toCsc() {
        return new Csc(store.transposed());
    }

    /** A copy of the row pointers ({@code rows() + 1} entries). */
    public int[] rowPointers() {
        return store.ptr.clone();
    }

    /** A copy of the column indices of the stored entries, row by row. */
    public int[] columnIndices() {
        return store.idx.clone();
    }

    /** A copy of the stored values, row by row. */
    public double[] values() {
        return store.val.clone();
    }

    /** The number of entries stored in row {@code i}. */
    public int rowNnz(int i) {
        Objects.checkIndex(i, rows());
        return store.ptr[i + 1] - store.ptr[i];
    }

    @Override
    void multiply(double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        boolean xPacked = xOff == 0 && incX == 1;
        boolean yPacked = yOff == 0 && incY == 1;
        if (!(xPacked && yPacked) && store.contiguousWorthIt(cols() + rows())) {
            double[] xs = xPacked ? x : Compressed.gather(x, xOff, incX, cols());
            double[] ys = yPacked ? y : new double[rows()];
            multiply(xs, 0, 1, ys, 0, 1);
            for (int i = 0; !yPacked && i < ys.length; i++) {
                y[yOff + i * incY] = ys[i];
            }
            return;
        }
        int threads = Parallelism.threads();
        if (threads == 1 || nnz() < PARALLEL_NNZ || rows() < 2) {
            store.lineDots(0, rows(), x, xOff, incX, y, yOff, incY);
            return;
        }
        // rows are split into chunks of about equal stored entries; each y element is still one
        // sum in storage order, so the result is the same for any thread count
        int chunks = (int) Math.min(rows(), Math.min(4L * threads, nnz() / (PARALLEL_NNZ / 4)));
        int[] bounds = new int[chunks + 1];
        for (int c = 1; c < chunks; c++) {
            long target = (long) nnz() * c / chunks;
            int lo = bounds[c - 1];
            int hi = rows();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (store.ptr[mid] < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            bounds[c] = lo;
        }
        bounds[chunks] = rows();
        var tasks = new java.util.ArrayList<java.util.concurrent.RecursiveAction>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = bounds[c];
            int to = bounds[c + 1];
            tasks.add(new java.util.concurrent.RecursiveAction() {
                @Override
                protected void compute() {
                    store.lineDots(from, to, x, xOff, incX, y, yOff, incY);
                }
            });
        }
        if (java.util.concurrent.ForkJoinTask.inForkJoinPool()) {
            java.util.concurrent.ForkJoinTask.invokeAll(tasks);
        } else {
            Parallelism.pool().invoke(new java.util.concurrent.RecursiveAction() {
                @Override
                protected void compute() {
                    invokeAll(tasks);
                }
            });
        }
    }
}
