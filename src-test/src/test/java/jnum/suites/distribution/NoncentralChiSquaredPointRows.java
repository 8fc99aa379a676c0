package jnum.suites.distribution;

import java.util.ArrayList;
import java.util.List;
import jnum.testkit.CsvResource;

/**
 * The mpmath rows of NoncentralChiSquared at single points, {@code k,lambda,x,logpdf,extra}
 * ({@code reference/noncentral}): the extra column is Chernoff's bound on the log survival
 * function in {@code ncx2_far_tail.csv} and the density's condition number in {@code
 * ncx2_large_density.csv}.
 */
final class NoncentralChiSquaredPointRows {
    private NoncentralChiSquaredPointRows() {}

    record Row(double k, double lambda, double x, double logPdf, double extra) {}

    static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        for (String[] f : CsvResource.rows(resource)) {
            rows.add(new Row(
                    Double.parseDouble(f[0]),
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4])));
        }
        return rows;
    }
}
