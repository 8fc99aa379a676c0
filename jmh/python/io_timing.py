"""NumPy's side of IoBench: np.save/np.load of the same 10000 x 1000 float64 matrix (C order, as
np.save writes it, and Fortran order), and np.loadtxt/np.savetxt of the same CSV shape, timed with
timeit on files in a temporary folder (page cache). Prints the median and best of several runs in
milliseconds. Run: python3 jmh/python/io_timing.py"""
import os, tempfile, timeit
import numpy as np

rng = np.random.default_rng(42)
a = rng.standard_normal((10_000, 1_000))
d = tempfile.mkdtemp()
c, f, out, csv = (os.path.join(d, n) for n in ("c.npy", "f.npy", "out.npy", "m.csv"))
np.save(c, a)
np.save(f, np.asfortranarray(a))

def report(name, fn, number, repeat):
    t = timeit.repeat(fn, number=number, repeat=repeat)
    ms = sorted(x / number * 1e3 for x in t)
    print(f"{name:28s} median {ms[len(ms) // 2]:9.1f} ms   best {ms[0]:9.1f} ms")

print("numpy", np.__version__)
report("np.load (C order)", lambda: np.load(c), 3, 7)
report("np.load (Fortran order)", lambda: np.load(f), 3, 7)
report("np.save", lambda: np.save(out, a), 3, 7)
np.savetxt(csv, a, delimiter=",", fmt="%.17g")
report("np.loadtxt (CSV)", lambda: np.loadtxt(csv, delimiter=","), 1, 3)
report("np.savetxt (CSV, %.17g)", lambda: np.savetxt(out, a, delimiter=",", fmt="%.17g"), 1, 3)
for p in (c, f, out, csv):
    os.remove(p)
os.rmdir(d)
