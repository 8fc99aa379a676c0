import jnum.mat.*;
import jnum.mat.kernel.*;
import jnum.stat.distribution.*;
import jnum.stat.special.*;
import jnum.optimize.*;
// jnum.stat.distribution and jnum.stat.special both have Gamma and Beta: the names mean the distributions,
// the special functions are jnum.stat.special.Gamma.logGamma(x) and so on.
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Beta;
import java.util.random.*;
