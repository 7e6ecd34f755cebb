//! Scoped worker threads over a shared queue of indices: the one place where the arithmetic
//! (the bit-burst exponential, ln 2, the Rademacher sum) splits its work across cores.
//!
//! Each worker takes the next index not yet started, so expensive items listed first balance
//! themselves; what a worker computes goes into its own accumulator, and the caller combines
//! the accumulators in a fixed way, so results do not depend on the number of threads.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Calls `step(&mut acc, i)` for every i in 0..n, on up to `threads` scoped threads (on the
/// calling thread alone when `threads` ≤ 1 or n ≤ 1), each worker folding into its own
/// accumulator from `init()`; returns the accumulators (one per worker, in no set order).
/// Every worker takes indices in increasing order.
///
/// ```
/// use claimcheck::exact::parallel::fold;
/// let sums = fold(100, 3, || 0u64, |acc, i| *acc += i as u64);
/// assert!(sums.len() <= 3);
/// assert_eq!(sums.iter().sum::<u64>(), 4950);
/// ```
///
/// A panic in `step` is propagated to the caller once every worker has stopped.
pub fn fold<A: Send>(
    n: usize,
    threads: usize,
    init: impl Fn() -> A + Sync,
    step: impl Fn(&mut A, usize) + Sync,
) -> Vec<A> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut acc = init();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                return acc;
            }
            step(&mut acc, i);
        }
    };
    let threads = threads.clamp(1, n.max(1));
    if threads == 1 {
        return vec![work()];
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// `f(i)` for every i in 0..n on up to `threads` threads, in index order.
///
/// ```
/// use claimcheck::exact::parallel::map;
/// assert_eq!(map(5, 2, |i| i * i), vec![0, 1, 4, 9, 16]);
/// ```
pub fn map<T: Send>(n: usize, threads: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let mut pairs: Vec<(usize, T)> = fold(n, threads, Vec::new, |acc, i| acc.push((i, f(i))))
        .into_iter()
        .flatten()
        .collect();
    pairs.sort_by_key(|(i, _)| *i);
    pairs.into_iter().map(|(_, v)| v).collect()
}
