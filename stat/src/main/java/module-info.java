/** Statistics: special functions, probability distributions, descriptive statistics. */
module jnum.stat {
    requires transitive jnum.mat;

    exports jnum.stat.special;
    exports jnum.stat;
    exports jnum.stat.distribution;
}
