"""Shared by the NoncentralChiSquared reference scripts of this folder: the Bessel-form log
density and a per-row time limit."""
import signal

import mpmath as mp


def logpdf(k, lam, x):
    """log f(x) = -(x + lambda)/2 + (k/4 - 1/2) log(x / lambda) + log I_(k/2-1)(sqrt(lambda x)) - log 2."""
    nu = k / 2 - 1
    z = mp.sqrt(lam * x)
    return -(x + lam) / 2 + (nu / 2) * mp.log(x / lam) + mp.log(mp.besseli(nu, z, maxterms=10**7)) - mp.log(2)


class Slow(Exception):
    """Raised by the alarm of time_limit."""


def _alarm(signum, frame):
    raise Slow()


def time_limit(seconds):
    """Raise Slow after that many seconds (0 cancels)."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
