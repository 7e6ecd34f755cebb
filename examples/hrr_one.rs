//! Times p(N) R times in one process (the first run cold, the rest warm) and prints, per run,
//! the seconds and p(N) mod 10⁹ (release build): the claimcheck side of
//! `benches/compare_flint.py`. Usage: `hrr_one N [R [T]]`, T threads (default 1).
use std::time::Instant;

use claimcheck::articles::partitions::partition_count_on;

fn main() {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|a| a.parse::<u64>().ok());
    let repeats = args.next().map_or(Some(1), |a| a.parse::<u32>().ok());
    let threads = args.next().map_or(Some(1), |a| a.parse::<usize>().ok());
    let (Some(n), Some(repeats), Some(threads)) = (n, repeats, threads) else {
        eprintln!("usage: hrr_one N [R [T]]");
        std::process::exit(2);
    };
    for _ in 0..repeats.max(1) {
        let start = Instant::now();
        match partition_count_on(n, threads) {
            Ok(p) => println!(
                "{:.6} {}",
                start.elapsed().as_secs_f64(),
                p % 1_000_000_000u64
            ),
            Err(e) => {
                eprintln!("p({n}): {e}");
                std::process::exit(1);
            }
        }
    }
}
