use claimcheck::articles::partitions::rademacher::partition_hrr;
fn main() {
    let n: u64 = std::env::args().nth(1).unwrap().parse().unwrap();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let p = partition_hrr(n).unwrap();
        println!("{:?} {}", t.elapsed(), p % 1_000_000_000u64);
    }
}
