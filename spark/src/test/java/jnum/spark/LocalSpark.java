package jnum.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tests' Spark: one local session with two worker threads, started once per JVM (the test
 * classes share it; Spark stops it at exit), and data frames built with a chosen number of partitions.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {}

    /** The shared local[2] session. */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("jnum-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }

    /**
     * The columns {@code x0, x1, ...} of double values {@code columns[j][i]} (NaN kept, null entries
     * as SQL NULL when {@code nulls} marks them), split into contiguous slices over
     * {@code partitions} partitions (empty ones when there are fewer rows).
     */
    static Dataset<Row> frame(double[][] columns, boolean[][] nulls, int partitions) {
        int p = columns.length, n = columns[0].length;
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] v = new Object[p];
            for (int j = 0; j < p; j++) {
                v[j] = nulls != null && nulls[j][i] ? null : (Object) columns[j][i];
            }
            rows.add(RowFactory.create(v));
        }
        StructField[] fields = new StructField[p];
        for (int j = 0; j < p; j++) {
            fields[j] = DataTypes.createStructField("x" + j, DataTypes.DoubleType, true);
        }
        return session().createDataFrame(context().parallelize(rows, partitions), new StructType(fields));
    }

    /** {@link #frame} without NULLs. */
    static Dataset<Row> frame(double[][] columns, int partitions) {
        return frame(columns, null, partitions);
    }

    /** The names {@code x0 .. x(p-1)}. */
    static String[] names(int p) {
        String[] s = new String[p];
        for (int j = 0; j < p; j++) {
            s[j] = "x" + j;
        }
        return s;
    }
}
