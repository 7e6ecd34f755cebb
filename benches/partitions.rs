//! p(N) by the proven Hardy–Ramanujan–Rademacher series at N = 10⁶ … 10¹⁰, and partitions into
//! at most 12 parts at N = 10³⁰ (release build, one thread):
//!
//! ```sh
//! cargo bench --bench partitions
//! ```
//!
//! FLINT's times for the same N, in the same run, come from `benches/compare_flint.py`; the
//! figures and the machine are recorded in `benches/README.md`.

use std::hint::black_box;
use std::time::Duration;

use claimcheck::articles::partitions::{partition_count, partitions_at_most};
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use num_bigint::BigUint;

fn partition_function(c: &mut Criterion) {
    let mut group = c.benchmark_group("p(N)");
    group.sample_size(10);
    for exponent in 6..=10u32 {
        let n = 10u64.pow(exponent);
        // flat sampling for the slow ones: ten runs of p(10¹⁰) take about 5 s
        group.sampling_mode(if exponent >= 9 {
            SamplingMode::Flat
        } else {
            SamplingMode::Auto
        });
        group.measurement_time(Duration::from_secs(if exponent >= 9 { 10 } else { 4 }));
        group.bench_function(format!("N = 10^{exponent}"), |b| {
            b.iter(|| partition_count(black_box(n)).expect("within the limit"))
        });
    }
    group.finish();
}

fn at_most_twelve_parts(c: &mut Criterion) {
    let n: BigUint = BigUint::from(10u32).pow(30);
    let k = BigUint::from(12u32);
    c.bench_function("partitions-at-most N = 10^30, K = 12", |b| {
        b.iter(|| partitions_at_most(black_box(&n), black_box(&k)).expect("within the limits"))
    });
}

criterion_group!(benches, partition_function, at_most_twelve_parts);
criterion_main!(benches);
