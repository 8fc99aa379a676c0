/** The shared test kit: seeded generators, tolerances and conformance drivers. */
module jnum.testkit {
  requires transitive jnum.mat;
  requires transitive jnum.stat;
  requires transitive jnum.optimize;
  requires transitive org.junit.jupiter.api;

  exports jnum.testkit;
}
