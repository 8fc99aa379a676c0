/**
 * The shared test kit: seeded generators ({@link jnum.testkit.Seeds}, {@link jnum.testkit.MatrixGen},
 * {@link jnum.testkit.ArrayGen}), tolerances from error analysis ({@link jnum.testkit.Tolerance}),
 * guarded operands that catch reads and writes outside a view, the conformance drivers of the
 * kernel levels and the distribution checks, and the accuracy tables.
 *
 * <h2>Accuracy tables in the docs</h2>
 *
 * The tables of measured errors in docs/ACCURACY.md and docs/accuracy/ are written by the tests
 * that assert them, never by hand:
 *
 * <ol>
 *   <li>The suite measures every reference row and asserts its bound, with one function giving
 *       the bound of a row for both the assertion and the table ({@link
 *       jnum.testkit.AccuracyTable.Bound}: the allowed error and the same rule in words).
 *   <li>It writes its table with {@link jnum.testkit.AccuracyTable#write} (reference rows of a
 *       distribution) or, for any other layout, {@link jnum.testkit.AccuracyReport#write}
 *       (Markdown of its own: factorization backward errors, NIST regression or optimizer LRE
 *       tables, ...). Either writes {@code target/accuracy/<name>.md} under a line naming the
 *       commit and the date; each table states the bound as the test asserts it.
 *   <li>The test method or class carries {@code @Tag("accuracy")}, so that {@code
 *       bin/jnum-accuracy} runs it.
 *   <li>The doc page holds the pair of lines {@code <!-- generated: <name> -->} and {@code <!--
 *       end generated -->} where the table belongs; {@code bin/jnum-accuracy} fills every such
 *       region of docs/ACCURACY.md and docs/accuracy/*.md from the last run (and fails on a
 *       name with no table).
 * </ol>
 */
package jnum.testkit;
