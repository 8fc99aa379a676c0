import jnum.mat.*;
import jnum.mat.kernel.*;
import jnum.stat.dist.*;
import jnum.stat.special.*;
import java.util.random.*;
