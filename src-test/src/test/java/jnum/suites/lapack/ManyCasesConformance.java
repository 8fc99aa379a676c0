package jnum.suites.lapack;

import java.util.List;
import java.util.stream.Stream;
import jnum.mat.kernel.Lapack;
import jnum.testkit.LapackConformance;
import jnum.testkit.ManyCases;
import jnum.testkit.QrConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every LAPACK routine with a conformance driver, on every implementation (jnum's Java LAPACK on
 * each Java BLAS, native LAPACK when present), over {@link ManyCases#count()} cases each: a few
 * dozen in the default run, 100000 per routine with {@code mvn -Plong} (orders mostly up to 16,
 * one case in 20 up to 64, one in 500 up to 300).
 */
class ManyCasesConformance {

    private record Routine(String name, ManyCasesConformance.Driver driver) {}

    @FunctionalInterface
    private interface Driver {
        void run(Lapack lapack, long seed, int maxOrder);
    }

    private static final List<Routine> ROUTINES = List.of(
            new Routine("getrf", LapackConformance::getrf),
            new Routine("getrf (singular)", LapackConformance::getrfSingular),
            new Routine("getrf (NaN)", LapackConformance::getrfNaN),
            new Routine("getrs", LapackConformance::getrs),
            new Routine("potrf", LapackConformance::potrf),
            new Routine("potrf (not positive definite)", LapackConformance::potrfNotPositiveDefinite),
            new Routine("potrs", LapackConformance::potrs),
            new Routine("trtrs", LapackConformance::trtrs),
            new Routine("lange", LapackConformance::lange),
            new Routine("gecon, pocon", LapackConformance::condition),
            new Routine("geqrf, orgqr, ormqr", QrConformance::qr),
            new Routine("gelqf, orglq, ormlq", QrConformance::lq),
            new Routine("geqp3", QrConformance::qp3));

    @TestFactory
    Stream<DynamicTest> everyRoutine() {
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> ROUTINES.stream()
                        .map(r -> DynamicTest.dynamicTest(
                                r.name() + " on " + impl.name() + ", " + ManyCases.count() + " cases",
                                () -> ManyCases.run(
                                        r.name() + " on " + impl.name(),
                                        (seed, maxOrder) -> r.driver().run(impl.lapack(), seed, maxOrder)))));
    }
}
