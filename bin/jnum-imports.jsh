import jnum.mat.*;
import jnum.mat.kernel.*;
import jnum.stat.distribution.*;
import jnum.stat.special.*;
import java.util.random.*;
