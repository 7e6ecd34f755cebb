//! Times p(n) by Euler's pentagonal recurrence and by the Hardy–Ramanujan–Rademacher series side
//! by side (release build): `cargo run --release --example hrr_probe`.
use claimcheck::articles::partitions::{counting, rademacher};
fn main() {
    for n in [500u64, 1000, 2000, 5000, 10_000, 100_000] {
        let t = std::time::Instant::now();
        let a = counting::partition_numbers(n as usize).swap_remove(n as usize);
        let ta = t.elapsed();
        let t = std::time::Instant::now();
        let b = rademacher::partition_hrr(n).expect("certified");
        let tb = t.elapsed();
        assert_eq!(a, b);
        println!("n = {n}: pentagonal {ta:?}, Rademacher {tb:?}");
    }
    for n in [
        1_000_000u64,
        10_000_000,
        100_000_000,
        1_000_000_000,
        10_000_000_000,
    ] {
        let t = std::time::Instant::now();
        let v = rademacher::partition_hrr(n).expect("certified");
        println!(
            "n = {n}: Rademacher {:?} ({} terms, p(n) mod 10^9 = {})",
            t.elapsed(),
            rademacher::terms_needed(n).expect("bound"),
            v % 1_000_000_000u64
        );
    }
}
