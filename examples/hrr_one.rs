//! Prints the time and p(N) mod 10⁹ for one N (release build): the claimcheck side of
//! `benches/compare_flint.py`.
use std::time::Instant;

use claimcheck::articles::partitions::rademacher::partition_hrr;

fn main() {
    let Some(n) = std::env::args().nth(1).and_then(|a| a.parse::<u64>().ok()) else {
        eprintln!("usage: hrr_one N");
        std::process::exit(2);
    };
    let start = Instant::now();
    match partition_hrr(n) {
        Ok(p) => println!("{:?} {}", start.elapsed(), p % 1_000_000_000u64),
        Err(e) => {
            eprintln!("p({n}) not certified: {e}");
            std::process::exit(1);
        }
    }
}
