"""NumPy side of jnum's .npy round-trip test.

  python3 npy_cases.py write DIR SEED   writes DIR/np_<case>.npy for every case and DIR/np_<case>.f8,
                                        the same values as raw little-endian float64 in C order
  python3 npy_cases.py check DIR SEED   loads DIR/jn_<case>.npy (written by jnum with the case's
                                        dtype, byte order, order and version) and compares them with
                                        the values NumPy made, bit for bit; prints "ok <n>"

A case is dtype, byte order, order and version: every combination of f8 f4 i8 i4 i2 i1 u1 b1,
'<' '>', C F and 1.0 2.0 3.0, plus 1-d and 0-d arrays. Float data holds NaNs with payloads, signed
zeros, subnormals and infinities."""
import sys, itertools
import numpy as np
import numpy.lib.format as fmt

DTYPES = ["f8", "f4", "i8", "i4", "i2", "i1", "u1", "b1"]

def cases():
    for t, bo, order, v in itertools.product(DTYPES, "<>", "CF", (1, 2, 3)):
        if t in ("i1", "u1", "b1") and bo == ">":
            continue
        yield f"{t}_{'le' if bo == '<' else 'be'}_{order}_v{v}", t, bo, order, v, (5, 7)
    for t in DTYPES:
        yield f"{t}_1d", t, "<", "C", 1, (9,)
        yield f"{t}_0d", t, "<", "C", 1, ()

def values(t, shape, rng):
    n = int(np.prod(shape)) if shape else 1
    if t == "b1":
        a = rng.integers(0, 2, n).astype(bool)
    elif t[0] in "iu":
        info = np.iinfo(np.dtype(t))
        lo, hi = (-2**53, 2**53) if t == "i8" else (info.min, info.max)  # int64: doubles hold +-2^53
        a = rng.integers(lo, hi, n, dtype=np.int64, endpoint=True).astype(t)
        a[0] = info.min
        a[-1] = hi
    else:
        bits = rng.integers(0, 2**63, n, dtype=np.int64, endpoint=False).astype(np.uint64)
        bits |= (rng.integers(0, 2, n).astype(np.uint64) << np.uint64(63))
        a = bits.view(np.float64) if t == "f8" else (bits >> np.uint64(32)).astype(np.uint32).view(np.float32)
        special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324 if t == "f8" else 1e-45], dtype=a.dtype)
        a[: min(n, len(special))] = special[: min(n, len(special))]
        if n > 6:  # a NaN with a payload and the sign bit
            a[6] = (np.array([0xFFF0000000000123], np.uint64).view(np.float64)[0] if t == "f8"
                    else np.array([0xFF800123], np.uint32).view(np.float32)[0])
    return a.reshape(shape)

def main():
    mode, d, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = np.random.default_rng(seed)
    n = 0
    for name, t, bo, order, v, shape in cases():
        a = values(t, shape, rng)
        if mode == "write":
            arr = np.asarray(a, dtype=np.dtype(t).newbyteorder(bo) if t not in ("i1", "u1", "b1") else t)
            arr = arr.copy(order=order)  # (np.ascontiguousarray would make a 0-d array 1-d)
            with open(f"{d}/np_{name}.npy", "wb") as f:
                fmt.write_array(f, arr, version=(v, 0))
            with np.errstate(invalid="ignore"):
                np.ascontiguousarray(a.astype("<f8")).tofile(f"{d}/np_{name}.f8")
        else:
            b = np.load(f"{d}/jn_{name}.npy")
            want = np.dtype(t).newbyteorder(bo) if t not in ("i1", "u1", "b1") else np.dtype(t)
            assert b.dtype == want, (name, b.dtype, want)
            assert b.shape == a.shape, (name, b.shape, a.shape)
            if len(shape) == 2:
                assert b.flags.f_contiguous == (order == "F") or min(shape) <= 1, (name, "order")
            with open(f"{d}/jn_{name}.npy", "rb") as f:
                major, minor = fmt.read_magic(f)
                assert (major, minor) == (v, 0), (name, major, minor)
            if t in ("f8", "f4"):
                ui = "u8" if t == "f8" else "u4"
                ok = np.array_equal(b.astype(want.newbyteorder("<")).view(ui), a.astype(t).view(ui))
            else:
                ok = np.array_equal(b, a)
            assert ok, (name, b, a)
        n += 1
    print("ok", n)

main()
