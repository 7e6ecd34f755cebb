#!/usr/bin/env python3
"""Times p(N) by claimcheck's proven Hardy–Ramanujan–Rademacher sum and by FLINT's partitions_p
(python-flint) in one run on the same machine, checks that the values agree mod 10^9, and prints
the ratios. python-flint is installed only for this comparison, never a dependency:

    python3 -m venv /tmp/flintenv && /tmp/flintenv/bin/pip install python-flint
    cargo build --release --example hrr_one
    /tmp/flintenv/bin/python benches/compare_flint.py [--big] [--rounds R]

Each side runs in a fresh process per round, which computes p(N) R times: the first call is
"cold" (constants such as π at the full precision not yet cached, as for one `claimcheck eval`),
the others "warm" (as in a benchmark loop). The two sides alternate round by round so that a
noisy machine slows both alike; the script reports the median of each over the rounds.
--big adds N = 10^11 and 10^12 (about a minute); --only 9,10 restricts the exponents; --threads T
runs both sides on T threads (claimcheck's `hrr_one N R T`, FLINT's `ctx.threads = T`).
"""
import argparse
import statistics
import subprocess
import sys

BINARY = "target/release/examples/hrr_one"
FLINT_SNIPPET = """
import sys, time, flint
n, repeats = int(sys.argv[1]), int(sys.argv[2])
flint.ctx.threads = int(sys.argv[3])
for _ in range(repeats):
    start = time.perf_counter()
    p = flint.fmpz(n).partitions_p()
    print(f"{time.perf_counter() - start:.6f} {int(p % 10**9)}")
"""


def runs(command):
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split("\n")
    pairs = [line.split() for line in out if line.strip()]
    return [float(t) for t, _ in pairs], {int(r) for _, r in pairs}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", help="comma-separated exponents, e.g. 9,10")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads on both sides (claimcheck's T, FLINT's ctx.threads)")
    args = parser.parse_args()
    exponents = list(range(6, 11)) + ([11, 12] if args.big else [])
    if args.only:
        exponents = [int(e) for e in args.only.split(",")]
    print("| N | claimcheck cold | FLINT cold | ratio | claimcheck warm | FLINT warm | ratio | agree mod 10⁹ |")
    print("|---|---|---|---|---|---|---|---|")
    for exponent in exponents:
        n = 10**exponent
        repeats = 1 if exponent > 10 else args.repeats
        rounds = 1 if exponent > 10 else args.rounds
        ours_cold, ours_warm, theirs_cold, theirs_warm, residues = [], [], [], [], set()
        for _ in range(rounds):
            times, r = runs([BINARY, str(n), str(repeats), str(args.threads)])
            ours_cold.append(times[0]); ours_warm += times[1:]; residues |= r
            times, r = runs([sys.executable, "-c", FLINT_SNIPPET, str(n), str(repeats), str(args.threads)])
            theirs_cold.append(times[0]); theirs_warm += times[1:]; residues |= r
        agree = len(residues) == 1
        oc, tc = statistics.median(ours_cold), statistics.median(theirs_cold)
        row = f"| 10^{exponent} | {oc:.4f} s | {tc:.4f} s | {oc / tc:.2f} |"
        if ours_warm and theirs_warm:
            ow, tw = statistics.median(ours_warm), statistics.median(theirs_warm)
            row += f" {ow:.4f} s | {tw:.4f} s | {ow / tw:.2f} |"
        else:
            row += " – | – | – |"
        print(row + f" {'yes' if agree else 'NO'} |", flush=True)
        if not agree:
            sys.exit(1)


if __name__ == "__main__":
    main()
