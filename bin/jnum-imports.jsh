import jnum.mat.*;
import jnum.mat.kernel.*;
import jnum.stat.dist.*;
import jnum.stat.special.*;
// jnum.stat.dist and jnum.stat.special both have Gamma and Beta: the names mean the distributions,
// the special functions are jnum.stat.special.Gamma.logGamma(x) and so on.
import jnum.stat.dist.Gamma;
import jnum.stat.dist.Beta;
import java.util.random.*;
