package jnum.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;

/**
 * A column-major test matrix inside a larger array whose every other element holds a marked NaN,
 * so that a kernel which reads outside its operand propagates NaN and one that writes outside it
 * is caught by {@link #assertPaddingIntact}. The layout is random per instance: an offset before
 * the matrix, a leading dimension larger than the row count, and a tail after the last column.
 *
 * <p>The marker is a NaN with a payload ({@link #GUARD_BITS}); arithmetic on NaN yields the
 * canonical NaN, so a guard that was overwritten by a computed value, NaN or not, is detected by
 * comparing bits. Elements inside the matrix may also be set to the guard ({@link #guard}) to mark
 * parts a kernel must neither read nor write (the unreferenced triangle of a triangular or
 * symmetric operand).
 *
 * <p>The level-3 flavour of {@link GuardedMatrix}: a random layout per instance, and a guard that
 * can mark whole regions inside the operand (the unreferenced triangle).
 */
public final class GuardedOperand {
  /** Raw bits of the guard NaN (quiet NaN, payload "jnum"). */
  public static final long GUARD_BITS = 0x7ff800006a6e756dL;

  /** The guard value. */
  public static final double GUARD = Double.longBitsToDouble(GUARD_BITS);

  private final double[] data;
  private final int offset;
  private final int ld;
  private final int rows;
  private final int cols;

  private GuardedOperand(double[] data, int offset, int ld, int rows, int cols) {
    this.data = data;
    this.offset = offset;
    this.ld = ld;
    this.rows = rows;
    this.cols = cols;
  }

  /**
   * A rows x cols matrix with a random layout (offset 0-3, leading dimension rows + 0-3, tail 0-3)
   * whose elements are uniform in (-1, 1); everything else is the guard.
   */
  public static GuardedOperand random(SplittableRandom rnd, int rows, int cols) {
    int offset = rnd.nextInt(4);
    int ld = Math.max(1, rows) + rnd.nextInt(4);
    int tail = rnd.nextInt(4);
    double[] data = new double[offset + ld * cols + tail];
    java.util.Arrays.fill(data, GUARD);
    GuardedOperand g = new GuardedOperand(data, offset, ld, rows, cols);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        g.set(i, j, rnd.nextDouble(-1, 1));
      }
    }
    return g;
  }

  /** An exact copy, same layout and guards. */
  public GuardedOperand copy() {
    return new GuardedOperand(data.clone(), offset, ld, rows, cols);
  }

  /** The backing array, to pass to a kernel. */
  public double[] data() {
    return data;
  }

  public int offset() {
    return offset;
  }

  public int ld() {
    return ld;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double get(int i, int j) {
    return data[offset + i + j * ld];
  }

  public void set(int i, int j, double v) {
    data[offset + i + j * ld] = v;
  }

  /** Marks element (i, j) as one the kernel must neither read nor write. */
  public void guard(int i, int j) {
    set(i, j, GUARD);
  }

  /** Whether element (i, j) still holds the guard, bit for bit. */
  public boolean isGuard(int i, int j) {
    return Double.doubleToRawLongBits(get(i, j)) == GUARD_BITS;
  }

  /** The matrix as a fresh {@code double[rows][cols]}. */
  public double[][] toArray() {
    double[][] out = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[i][j] = get(i, j);
      }
    }
    return out;
  }

  /** Fails unless every array element outside the matrix still holds the guard. */
  public void assertPaddingIntact(String context) {
    for (int p = 0; p < data.length; p++) {
      int rel = p - offset;
      boolean inside = rel >= 0 && rel < ld * cols && rel % ld < rows;
      if (!inside && Double.doubleToRawLongBits(data[p]) != GUARD_BITS) {
        fail(context + ": wrote " + data[p] + " outside the " + rows + "x" + cols
            + " operand (array index " + p + ", offset " + offset + ", ld " + ld + ")");
      }
    }
  }

  /** Fails unless this matrix and its padding equal {@code before} bit for bit. */
  public void assertUnchanged(GuardedOperand before, String context) {
    for (int p = 0; p < data.length; p++) {
      if (Double.doubleToRawLongBits(data[p]) != Double.doubleToRawLongBits(before.data[p])) {
        fail(context + ": read-only operand modified at array index " + p + ": "
            + before.data[p] + " -> " + data[p]);
      }
    }
  }
}
