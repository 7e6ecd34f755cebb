//! `eval` argument handling: a name (any of the table's, chosen by the first byte), up to eight
//! arguments and an optional `--digits`, all from the fuzzer's bytes. Every input must give a
//! value or an `EvalError`, never a panic.
#![no_main]

use claimcheck::eval::{FUNCTIONS, evaluate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = FUNCTIONS[selector as usize % FUNCTIONS.len()].name;
    let mut parts: Vec<&str> = text.split(' ').collect();
    // a trailing "#D" asks for D digits (kept small: the fuzzer looks for crashes, not for
    // the documented cost of 10 000 digits)
    let digits = parts
        .last()
        .and_then(|p| p.strip_prefix('#'))
        .and_then(|d| d.parse::<u32>().ok())
        .map(|d| d % 64);
    if digits.is_some() {
        parts.pop();
    }
    parts.truncate(8);
    // p(N) near the documented limit 10^12 takes its documented ~10 s; the fuzzer's 10 s
    // timeout is for hangs, so p(N) is fuzzed up to 10^9 (0.14 s)
    let expensive = name == "partitions"
        && parts.first().and_then(|n| claimcheck::exact::number::parse_exact(n).ok())
            > Some(num_rational::BigRational::from_integer(1_000_000_000.into()));
    if expensive {
        return;
    }
    let _ = evaluate(name, &parts, digits);
});
