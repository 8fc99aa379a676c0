"""Writes the .npy/.npz fixtures of jnum's I/O tests with NumPy, and fixtures.txt: for every
array its file, dtype, byte order, Fortran flag, shape and values in C order as Python's repr
of float(value), so that the Java tests compare with what NumPy wrote, not with jnum's reader.
Run from this folder: python3 make_fixtures.py (NumPy 2.x)."""
import numpy as np
import numpy.lib.format as fmt

base = np.array([[1.5, -2.0, 0.0, 3.25], [-0.0, 7.0, 100.0, -8.5], [2.0, 1e300, 5e-324, -1.0]])
ints = np.array([[1, -2, 0, 3], [-4, 5, 127, -128], [6, 7, 8, 9]])
rows = []

def save(name, a, version=None):
    with open(name, "wb") as f:
        if version is None:
            np.save(f, a)
        else:
            fmt.write_array(f, a, version=version)
    record(name, a)

def record(name, a):
    vals = " ".join(repr(float(x)) for x in np.asarray(a, dtype=np.float64).ravel(order="C"))
    shape = ",".join(str(d) for d in a.shape)
    order = "F" if (a.ndim == 2 and a.flags.f_contiguous and not a.flags.c_contiguous) else "C"
    rows.append(f"{name}\t{a.dtype.str}\t{order}\t{shape}\t{vals}")

save("f8.npy", base)
save("f8_be.npy", base.astype(">f8"))
save("f8_fortran.npy", np.asfortranarray(base))
save("f8_v2.npy", base, version=(2, 0))
save("f8_v3.npy", base, version=(3, 0))
save("f4.npy", np.array([[1.5, -2.25, 3.0e38], [1e-45, -0.0, 0.1]], dtype="<f4"))
save("f4_be.npy", np.array([[1.5, -2.25, 3.0e38], [1e-45, -0.0, 0.1]], dtype=">f4"))
save("i8.npy", (ints * 1000000000000).astype("<i8"))
save("i8_be.npy", (ints * 1000000000000).astype(">i8"))
save("i4.npy", (ints * 1000000).astype("<i4"))
save("i2.npy", (ints * 100).astype("<i2"))
save("i2_be_fortran.npy", np.asfortranarray((ints * 100).astype(">i2")))
save("i1.npy", ints.astype("i1"))
save("u1.npy", (ints % 256).astype("u1"))
save("b1.npy", ints > 0)
save("vector.npy", np.array([0.5, -1.0, np.inf, -np.inf, 2.0]))
save("scalar.npy", np.float64(2.5))
save("empty.npy", np.zeros((0, 3)))

np.savez("pair.npz", a=base, v=np.arange(4.0))
np.savez_compressed("pair_compressed.npz", a=base, v=np.arange(4.0))
record("pair.npz:a", base)
record("pair.npz:v", np.arange(4.0))

with open("fixtures.txt", "w") as f:
    f.write("# file\tdtype\torder\tshape\tvalues in C order (repr of float)\n")
    f.write("\n".join(rows) + "\n")
