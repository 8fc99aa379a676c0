#!/usr/bin/env python3
"""Exact statistics of the StRD univariate data as doubles.

NIST certifies the mean, standard deviation and lag-1 autocorrelation of the decimal data. A
program reads each datum as the nearest double, which moves it by up to half an ulp; where the
spread is tiny next to the mean (NumAcc3: values 1000000.1 .. 1000000.3) that alone changes the
standard deviation in the tenth digit, whatever the algorithm. This script computes the three
statistics of the double data exactly (Python fractions; the square root with 60-digit decimals)
and writes them, rounded once to the nearest double, to exact_double_stats.csv:
  dataset,mean,stdDev,r1
Run: python3 make_exact_double_stats.py (from this directory).
"""
import os
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))


def data(path):
    lines = open(path).read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("Data: Y")) + 2
    return [float(t) for l in lines[start:] for t in l.split()]


def to_double(q):
    return float(Decimal(q.numerator) / Decimal(q.denominator))


rows = []
for name in ["Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2", "NumAcc3", "PiDigits"]:
    y = [Fraction(v) for v in data(os.path.join(HERE, "univariate", name + ".dat"))]
    n = len(y)
    m = sum(y) / n
    d = [v - m for v in y]
    ss = sum(t * t for t in d)
    var = ss / (n - 1)
    sd = (Decimal(var.numerator) / Decimal(var.denominator)).sqrt()
    r1 = sum(d[i] * d[i + 1] for i in range(n - 1)) / ss
    rows.append(f"{name},{to_double(m)!r},{float(sd)!r},{to_double(r1)!r}")
with open(os.path.join(HERE, "exact_double_stats.csv"), "w") as f:
    f.write("dataset,mean,stdDev,r1\n" + "\n".join(rows) + "\n")
print("\n".join(rows))
