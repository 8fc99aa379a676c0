"""Writes the small data files that the README and examples/tour.jsh load.
Run from this folder: python3 make_data.py (NumPy 2.x)."""
import numpy as np

# a 2x3 float64 array in NumPy's default layout (C order, little-endian, format 1.0)
np.save("small.npy", np.array([[1.0, 2.5, -3.0], [4.0, 0.125, 6.0]]))

# a CSV with a header row and one missing value (NA), as a spreadsheet exports it
with open("measurements.csv", "w") as f:
    f.write("height,weight,age\n1.62,55.1,31\n1.80,72.4,NA\n1.75,68.0,45\n")
