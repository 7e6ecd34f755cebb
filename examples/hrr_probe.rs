//! Times p(n) by Euler's pentagonal recurrence and by the Hardy–Ramanujan–Rademacher series side
//! by side near the crossover (release build, best of five): `cargo run --release --example hrr_probe`.
use std::time::{Duration, Instant};

use claimcheck::articles::partitions::{counting, rademacher};

fn best_of_five<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut value = None;
    for _ in 0..5 {
        let start = Instant::now();
        value = Some(f());
        best = best.min(start.elapsed());
    }
    (best, value.expect("five runs"))
}

fn main() {
    for n in [200u64, 500, 1000, 2000, 3000, 4000, 6000, 10_000] {
        let (ta, a) =
            best_of_five(|| counting::partition_numbers(n as usize).swap_remove(n as usize));
        let (tb, b) = best_of_five(|| rademacher::partition_hrr(n, 1).expect("certified"));
        assert_eq!(a, b);
        println!("n = {n}: pentagonal {ta:?}, Rademacher {tb:?}");
    }
}
