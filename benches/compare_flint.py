#!/usr/bin/env python3
"""Times p(N) by claimcheck's proven Hardy–Ramanujan–Rademacher sum and by FLINT's
partitions_p (python-flint) in one run on the same machine, checks they agree mod 10^9, and
prints the time ratios. python-flint is installed only for this comparison, never a dependency:

    python3 -m venv /tmp/flintenv && /tmp/flintenv/bin/pip install python-flint
    cargo build --release --example hrr_one
    /tmp/flintenv/bin/python benches/compare_flint.py
"""
import subprocess
import sys
import time

import flint

BINARY = "target/release/examples/hrr_one"

for exponent in range(6, 11):
    n = 10**exponent
    start = time.perf_counter()
    ours = subprocess.run([BINARY, str(n)], capture_output=True, text=True, check=True).stdout.split()
    wall = time.perf_counter() - start
    ours_time = float(ours[0].rstrip("s")) if ours[0].endswith("s") and not ours[0].endswith("ms") else float(ours[0].rstrip("ms")) / 1000
    start = time.perf_counter()
    theirs = flint.fmpz(n).partitions_p()
    flint_time = time.perf_counter() - start
    agree = int(ours[1]) == int(theirs % 10**9)
    print(f"N = 10^{exponent}: claimcheck {ours_time:.3f} s, FLINT {flint_time:.4f} s, ratio {ours_time / flint_time:.1f}, agree mod 10^9: {agree}")
    if not agree:
        sys.exit(1)
