//! Counting by tables and by enumeration: the dynamic programme behind ∏ 1/(1 − x^r), Euler's
//! pentagonal recurrence (with num-bigint and with rug, cross-checked in tests), and brute-force
//! enumerators used as the independent route for small n.

use num_bigint::BigUint;
use num_traits::{One, Zero};

/// β(n,k) for n = 0..=n_max: start from 1 and multiply by 1/(1 − x^r) for r = 1..k, which is the
/// in-place update `c[n] += c[n − r]` (route A of PART-07).
pub fn at_most_table(n_max: usize, k: usize) -> Vec<BigUint> {
    let mut c = vec![BigUint::zero(); n_max + 1];
    c[0] = BigUint::one();
    for r in 1..=k.min(n_max.max(1)) {
        for n in r..=n_max {
            let (lower, upper) = c.split_at_mut(n);
            upper[0] += &lower[n - r];
        }
    }
    c
}

/// The generalised pentagonal numbers j(3j−1)/2, j(3j+1)/2 up to `n_max`, with their signs
/// (−1)^{j+1} as `true` for +.
fn pentagonal_terms(n_max: usize) -> Vec<(usize, bool)> {
    let mut terms = Vec::new();
    for j in 1.. {
        let a = j * (3 * j - 1) / 2;
        if a > n_max {
            break;
        }
        let plus = j % 2 == 1;
        terms.push((a, plus));
        let b = j * (3 * j + 1) / 2;
        if b <= n_max {
            terms.push((b, plus));
        }
    }
    terms
}

/// p(0..=n_max) by Euler's pentagonal recurrence
/// p(n) = Σ_{j≥1} (−1)^{j+1} [p(n − j(3j−1)/2) + p(n − j(3j+1)/2)] with num-bigint.
pub fn partition_numbers(n_max: usize) -> Vec<BigUint> {
    let terms = pentagonal_terms(n_max);
    let mut p: Vec<BigUint> = Vec::with_capacity(n_max + 1);
    p.push(BigUint::one());
    for n in 1..=n_max {
        let mut plus = BigUint::zero();
        let mut minus = BigUint::zero();
        for &(g, sign) in terms.iter().take_while(|(g, _)| *g <= n) {
            if sign {
                plus += &p[n - g];
            } else {
                minus += &p[n - g];
            }
        }
        p.push(plus - minus);
    }
    p
}

/// The same recurrence with GMP integers: the second library for [`partition_numbers`].
pub fn partition_numbers_rug(n_max: usize) -> Vec<rug::Integer> {
    let terms = pentagonal_terms(n_max);
    let mut p: Vec<rug::Integer> = Vec::with_capacity(n_max + 1);
    p.push(rug::Integer::from(1));
    for n in 1..=n_max {
        let mut acc = rug::Integer::new();
        for &(g, sign) in terms.iter().take_while(|(g, _)| *g <= n) {
            if sign {
                acc += &p[n - g];
            } else {
                acc -= &p[n - g];
            }
        }
        p.push(acc);
    }
    p
}

/// Calls `f` on every partition of `n` into parts of size ≤ `max_part`, each as a non-increasing
/// list of positive parts (the empty list for n = 0).
pub fn for_each_partition(n: u32, max_part: u32, f: &mut impl FnMut(&[u32])) {
    fn go(rest: u32, max_part: u32, parts: &mut Vec<u32>, f: &mut impl FnMut(&[u32])) {
        if rest == 0 {
            f(parts);
            return;
        }
        for part in (1..=max_part.min(rest)).rev() {
            parts.push(part);
            go(rest - part, part, parts, f);
            parts.pop();
        }
    }
    go(n, max_part, &mut Vec::new(), f);
}

/// All partitions of `n` (non-increasing part lists).
pub fn partitions_of(n: u32) -> Vec<Vec<u32>> {
    let mut all = Vec::new();
    for_each_partition(n, n, &mut |p| all.push(p.to_vec()));
    all
}

/// The conjugate partition (transpose of the Ferrers diagram): part j is #{i : λᵢ ≥ j}.
pub fn conjugate(partition: &[u32]) -> Vec<u32> {
    let largest = partition.first().copied().unwrap_or(0);
    (1..=largest)
        .map(|j| partition.iter().filter(|&&p| p >= j).count() as u32)
        .collect()
}

/// Calls `f` on every k-tuple of integers in `lo..=n` with sum `n` (ordered; brute force).
pub fn for_each_tuple(n: u32, k: u32, lo: u32, f: &mut impl FnMut(&[u32])) {
    fn go(rest: u32, left: u32, lo: u32, t: &mut Vec<u32>, f: &mut impl FnMut(&[u32])) {
        if left == 0 {
            if rest == 0 {
                f(t);
            }
            return;
        }
        for x in lo..=rest {
            t.push(x);
            go(rest - x, left - 1, lo, t, f);
            t.pop();
        }
    }
    go(n, k, lo, &mut Vec::new(), f);
}

/// Brute-force count of ordered k-tuples with parts ≥ `lo` summing to n (lo = 0: α, lo = 1: α⁺).
pub fn count_tuples(n: u32, k: u32, lo: u32) -> u64 {
    let mut count = 0;
    for_each_tuple(n, k, lo, &mut |_| count += 1);
    count
}

/// Brute-force count of non-decreasing k-tuples of non-negative integers summing to n: β(n,k).
pub fn count_sorted_tuples(n: u32, k: u32) -> u64 {
    let mut count = 0;
    for_each_tuple(n, k, 0, &mut |t| {
        count += t.windows(2).all(|w| w[0] <= w[1]) as u64
    });
    count
}

/// The primes up to `n` by the sieve of Eratosthenes.
pub fn sieve(n: usize) -> Vec<bool> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    if n >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            (i * i..=n).step_by(i).for_each(|j| is_prime[j] = false);
        }
        i += 1;
    }
    is_prime
}
