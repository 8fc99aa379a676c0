/**
 * Reading and writing matrices: NumPy's {@code .npy} and {@code .npz}, numeric delimited text
 * (CSV, TSV), and Matrix Market's dense {@code array} format. The JDK alone: {@code java.util.zip}
 * for archives, {@code FileChannel.map} and {@link java.lang.foreign.MemorySegment} for mapped
 * files.
 *
 * <h2>What each reader gives</h2>
 *
 * <ul>
 *   <li>{@link jnum.mat.io.Npy#read}: an {@link jnum.mat.io.NpyArray}, the values as doubles in
 *       the file's order (a C-order matrix is a transposed {@link jnum.mat.Dense} view, so nothing
 *       is reordered) with the file's element type, byte order, storage order and shape. 2-d arrays are matrices, 1-d
 *       arrays vectors, 0-d arrays single values; more dimensions are refused.
 *   <li>{@link jnum.mat.io.Npy#map}: an {@link jnum.mat.io.NpyMapped}, a read-only
 *       {@link jnum.mat.Matrix} reading each element from the mapped file on demand, for arrays
 *       larger than the heap or than a Java array. {@link jnum.mat.Dense} stays a plain
 *       {@code double[]}, so a mapped array is a separate type rather than a Dense backed by
 *       foreign memory: the kernels keep one storage model.
 *   <li>{@link jnum.mat.io.Npz#read}: every array of an archive, by name.
 *   <li>{@link jnum.mat.io.Csv#read}: a {@link jnum.mat.io.CsvTable} (values and column names);
 *       {@link jnum.mat.io.Csv#open}: a {@link jnum.mat.io.CsvReader} that yields rows one at a
 *       time.
 *   <li>{@link jnum.mat.io.MatrixMarket#readDense}: a {@link jnum.mat.Dense}.
 *       {@link jnum.mat.io.MatrixMarket#header} reads the banner alone, so that a caller (or a
 *       sparse {@code coordinate} reader beside this one) can dispatch on it.
 * </ul>
 *
 * <h2>Untrusted input</h2>
 *
 * Every size a file declares is checked before it is used: NumPy header lengths are bounded, the
 * element count is checked against {@code long} overflow, the largest Java array and the bytes the
 * file really holds; archive entries may not claim more than deflate can produce; Matrix Market
 * sizes must fit in the file. So a reader never allocates much more than the input's own size, and
 * a hostile or damaged file fails fast. Malformed content throws
 * {@link jnum.mat.io.FormatException} naming the source and the byte offset (binary formats) or the
 * line and column (text), and the reason; nothing is silently truncated or padded: short data,
 * trailing bytes and ragged rows are errors. Failures of the file system throw
 * {@link java.io.UncheckedIOException}; null arguments {@link NullPointerException}.
 *
 * <h2>Exactness</h2>
 *
 * {@code float64} data round-trips bit for bit, NaN payloads included; {@code float32} NaNs keep
 * their payload and signaling bit through the double. Text is parsed by
 * {@link jnum.mat.io.Decimals}, which returns exactly what {@link Double#parseDouble} returns, and
 * written by default with {@link Double#toString(double)}, the shortest decimal that reads back to
 * the same double (JDK 19 and later). Writing to a narrower element type checks that every value
 * is held exactly.
 *
 * <h2>Threads</h2>
 *
 * The static methods are thread-safe; a {@link jnum.mat.io.CsvReader} is not; an
 * {@link jnum.mat.io.NpyMapped} may be read from several threads but must not be closed while
 * read.
 */
package jnum.mat.io;
