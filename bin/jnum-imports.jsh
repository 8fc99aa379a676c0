import jnum.mat.*;
import jnum.mat.kernel.*;
import jnum.mat.io.*;
import jnum.mat.sparse.*;
import jnum.mat.sparse.linalg.*;
import jnum.stat.*;
import jnum.stat.distribution.*;
import jnum.stat.special.*;
import jnum.optimize.*;
import java.util.random.*;
// choose the kernels now, so that their INFO log line comes before the first result
{ Kernels.describe(); }
