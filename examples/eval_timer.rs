//! Times `claimcheck eval NAME ARG… --digits D` R times in one process (the first call cold, the
//! rest warm) and prints, per call, the seconds and the first and last 12 characters of the
//! printed value: the claimcheck side of `benches/compare_arb.py`. Usage:
//! `eval_timer R D NAME ARG…` (D = 0 for the default digits).
use std::time::Instant;

use claimcheck::eval::evaluate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(repeats), Some(digits), Some(name)) = (
        args.first().and_then(|a| a.parse::<u32>().ok()),
        args.get(1).and_then(|a| a.parse::<u32>().ok()),
        args.get(2),
    ) else {
        eprintln!("usage: eval_timer R D NAME ARG…");
        std::process::exit(2);
    };
    let rest: Vec<&str> = args[3..].iter().map(String::as_str).collect();
    let digits = (digits > 0).then_some(digits);
    for _ in 0..repeats.max(1) {
        let start = Instant::now();
        match evaluate(name, &rest, digits) {
            Ok(value) => {
                let seconds = start.elapsed().as_secs_f64();
                let head: String = value.chars().take(12).collect();
                let tail: String = value
                    .chars()
                    .rev()
                    .take(12)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                println!("{seconds:.6} {head} {tail} {}", value.len());
            }
            Err(e) => {
                eprintln!("{name}: {e}");
                std::process::exit(1);
            }
        }
    }
}
