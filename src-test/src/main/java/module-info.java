/** The shared test kit: seeded generators, tolerances and conformance drivers. */
module jnum.testkit {
    requires transitive jnum.mat;
    requires transitive jnum.stat;
    requires transitive jnum.optimize;
    requires transitive org.junit.jupiter.api;
    // the docs suites run the README's examples and the tour through the jshell API
    requires static jdk.jshell;
    // Allocations measures the heap bytes a call allocates
    requires jdk.management;

    exports jnum.testkit;
}
