#!/usr/bin/env python3
"""Times claimcheck's certified evals against Arb and FLINT (python-flint) and mpmath on the same
inputs in one run, checks that the printed digits agree, and prints medians and ratios:

    python3 -m venv /tmp/flintenv && /tmp/flintenv/bin/pip install python-flint mpmath
    cargo build --release --example eval_timer
    /tmp/flintenv/bin/python benches/compare_arb.py [--rounds R]

Each side runs in a fresh process per round and evaluates R times there: the first call is
"cold" (constants such as π and the Bernoulli numbers not yet cached, as for one
`claimcheck eval`), the others "warm". The sides alternate round by round so that a noisy
machine slows all of them alike. Every side's time includes producing the decimal string of
the requested digits (claimcheck prints only certified digits; Arb's `str(d, radius=False)` and
mpmath's `nstr` print d digits of a value computed with 10 guard digits). python-flint and mpmath
live in a throw-away virtual environment; neither is a dependency of the crate.
"""
import argparse
import statistics
import subprocess
import sys

BINARY = "target/release/examples/eval_timer"

# (label, eval name and arguments, Arb expression, mpmath expression or None, digits)
CASES = [
    ("zipf-tail 3/2 10^9", ["zipf-tail", "3/2", "10^9"],
     "arb.zeta(arb(3) / 2, arb(10**9 + 1))", "mp.zeta(mpf(3) / 2, 10**9 + 1)", [1000, 10000]),
    ("truncnorm-gamma 2", ["truncnorm-gamma", "2"],
     "1 - 2 * arb(2) * (-arb(2)).exp() / (2 * arb.pi()).sqrt() / (arb(2) / arb(2).sqrt()).erf()",
     "1 - 2 * 2 * mp.exp(-2) / mp.sqrt(2 * mp.pi) / mp.erf(2 / mp.sqrt(2))", [1000, 10000]),
    ("mushroom-phi 1/3", ["mushroom-phi", "1/3"],
     "(9 * arb.pi() * (1 + arb(1) / 3) ** 2 * (2 - arb(1) / 3)).root(3)",
     "mp.cbrt(9 * mp.pi * (1 + mpf(1) / 3) ** 2 * (2 - mpf(1) / 3))", [1000, 10000]),
    ("compositions 10^6 10^6", ["compositions", "10^6", "10^6"],
     "fmpz.bin_uiui(2 * 10**6 - 1, 10**6 - 1)", None, [0]),
]

SNIPPET = """
import sys, time
from flint import arb, fmpz, ctx
import mpmath
from mpmath import mp, mpf
side, expr, digits, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for _ in range(repeats):
    start = time.perf_counter()
    if side == "arb":
        ctx.dps = digits + 10
        value = eval(expr)
        text = str(value) if digits == 0 else value.str(digits, radius=False)
    else:
        mp.dps = digits + 10
        text = mpmath.nstr(eval(expr), digits)
    print(f"{time.perf_counter() - start:.6f} {text[:10]} {text.split('e')[0][-9:]} {len(text)}")
"""


def runs(command):
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split("\n")
    rows = [line.split() for line in out if line.strip()]
    return [float(r[0]) for r in rows], rows[0][1:]


def digits_of(text):
    """The significant digits of a printed decimal (for comparing sides)."""
    mantissa = text.split("e")[0].replace(".", "").replace("-", "")
    return mantissa.lstrip("0")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-mpmath", action="store_true")
    args = parser.parse_args()
    print("| case | digits | claimcheck cold | Arb cold | ratio | claimcheck warm | Arb warm | ratio "
          "| mpmath cold | digits agree |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, eval_args, arb_expr, mp_expr, digit_list in CASES:
        for digits in digit_list:
            ours, theirs, mps = ([], []), ([], []), []
            seen = {}
            for _ in range(args.rounds):
                t, head = runs([BINARY, str(args.repeats), str(digits)] + eval_args)
                ours[0].append(t[0]); ours[1].extend(t[1:]); seen["claimcheck"] = head
                t, head = runs([sys.executable, "-c", SNIPPET, "arb", arb_expr, str(digits), str(args.repeats)])
                theirs[0].append(t[0]); theirs[1].extend(t[1:]); seen["arb"] = head
                if mp_expr and not args.no_mpmath and digits <= 1000:
                    t, head = runs([sys.executable, "-c", SNIPPET, "mpmath", mp_expr, str(digits), "1"])
                    mps.append(t[0]); seen["mpmath"] = head
            # the leading and trailing digits of each side's print (trailing: all but the last,
            # which a side printing with guard digits may round differently)
            heads = {digits_of(h[0])[:4] for h in seen.values()}
            tails = {h[1].split("e")[0][-8:-1] for h in seen.values()}
            agree = len(heads) == 1 and len(tails) == 1
            oc, tc = statistics.median(ours[0]), statistics.median(theirs[0])
            ow, tw = statistics.median(ours[1]), statistics.median(theirs[1])
            mp_cell = f"{statistics.median(mps) * 1000:.2f} ms" if mps else "–"
            shown = digits if digits else "all"
            print(f"| `{label}` | {shown} | {oc * 1000:.2f} ms | {tc * 1000:.2f} ms | {oc / tc:.2f} "
                  f"| {ow * 1000:.2f} ms | {tw * 1000:.2f} ms | {ow / tw:.2f} | {mp_cell} "
                  f"| {'yes' if agree else 'NO ' + repr(seen)} |", flush=True)


if __name__ == "__main__":
    main()
