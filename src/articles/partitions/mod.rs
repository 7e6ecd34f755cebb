//! 生成函数法与整数的分拆 — generating functions and integer partitions (kexue.fm/archives/2942).
//!
//! Notation of the catalogue: α(n,k) = #{x ∈ ℕᵏ : Σxᵢ = n} (weak compositions), α⁺(n,k) the same
//! with positive parts, β(n,k) = partitions of n into at most k parts (= multisets of k
//! non-negative integers with sum n = partitions into parts ≤ k), p_k(n) partitions into exactly k
//! parts, p(n) all partitions. For k = 0 every count is [n = 0].
//!
//! This file holds the formulas as public functions; `claims` (private) registers the article's claims.

mod claims;
pub mod counting;
pub mod exp_sum;
pub mod factored;
pub mod quasi;
pub mod rademacher;
pub mod three_parts;

pub use three_parts::at_most_3_trig;

use crate::claim::Article;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer as _;
use num_traits::{One, ToPrimitive, Zero};
use thiserror::Error;

use crate::exact::integer::{binomial_rug, signed};

/// Largest `min(K − 1, N)` that [`compositions`] accepts (the product formula takes that many steps).
pub const MAX_BINOMIAL_STEPS: u64 = 1_000_000;
/// Largest result size (a bound on log₂ of the binomial) that [`compositions`] computes.
pub const MAX_RESULT_BITS: u64 = 1 << 24;
/// Largest N for which p(N) is computed: the Rademacher series needs about 0.3·√N terms and
/// 3.7·√N bits for its first; p(10¹²) takes about 3.9 s and 38 MB on one thread (benches/README.md).
pub const MAX_PARTITION_N: u64 = 1_000_000_000_000;
/// Below this N, p(N) comes from the pentagonal recurrence; above, from the Hardy–Ramanujan–
/// Rademacher series (measured crossover, best of five in release: 0.20 ms against 0.23 ms at
/// N = 1000, 0.54 ms against 0.23 ms at 2000; `cargo run --release --example hrr_probe`).
pub const PENTAGONAL_CROSSOVER: u64 = 1000;
/// Largest N for the table-based routes of β(N, K) with K > 12 (and K < N).
pub const MAX_TABLE_N: u64 = 100_000;
/// Largest K served by the quasi-polynomial route for arbitrary N.
pub const MAX_QUASI_K: u64 = quasi::MAX_K;
/// Largest N·K for the plain dynamic programme (12 < K < N/2).
pub const MAX_DP_WORK: u64 = 50_000_000;

/// An input beyond a documented limit.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{what} must be at most {limit}")]
pub struct LimitError {
    /// What exceeded the limit, in words a user reads (`"N"`, `"min(K − 1, N)"`).
    pub what: &'static str,
    pub limit: String,
}

fn limit(what: &'static str, limit: impl ToString) -> LimitError {
    LimitError {
        what,
        limit: limit.to_string(),
    }
}

/// α(n,k) = C(n+k−1, k−1): ordered k-tuples of non-negative integers with sum n (k = 0: [n = 0]).
///
/// ```
/// use num_bigint::BigUint;
/// use claimcheck::articles::partitions::compositions;
/// let n = BigUint::from(2014u32);
/// assert_eq!(compositions(&n, &BigUint::from(3u32)).unwrap(), BigUint::from(2031120u32));
/// ```
pub fn compositions(n: &BigUint, k: &BigUint) -> Result<BigUint, LimitError> {
    if k.is_zero() {
        return Ok(BigUint::from(n.is_zero() as u8));
    }
    let top = n + k - 1u32;
    // C(n+k−1, k−1) = C(n+k−1, n): take the smaller lower index.
    let steps = (k - 1u32).min(n.clone());
    let steps = steps
        .to_u64()
        .filter(|&s| s <= MAX_BINOMIAL_STEPS)
        .ok_or_else(|| limit("min(K − 1, N)", MAX_BINOMIAL_STEPS))?;
    // log₂ C(t, s) ≤ s·log₂(e·t/s) < s·(bits(t) − bits(s) + 3)
    let size_bound = steps * (top.bits() + 3).saturating_sub(64 - steps.leading_zeros() as u64);
    if size_bound > MAX_RESULT_BITS {
        return Err(limit(
            "the size of C(N+K−1, K−1)",
            "2^24 bits (about 5 million digits)",
        ));
    }
    // GMP's mpz_bin_ui; tests compare it with the num-bigint product formula.
    Ok(binomial_rug(&top, steps as u32))
}

/// α⁺(n,k) = C(n−1, k−1): ordered k-tuples of positive integers with sum n (k = 0: [n = 0]).
pub fn compositions_positive(n: &BigUint, k: &BigUint) -> Result<BigUint, LimitError> {
    // k = 0 needs no case of its own: α(n, 0) = [n = 0]
    if k > n {
        return Ok(BigUint::zero());
    }
    // α⁺(n,k) = α(n−k, k): subtract one from each part.
    compositions(&(n - k), k)
}

/// β(n,2) = ⌊n/2⌋ + 1 (A008619).
pub fn at_most_2(n: &BigUint) -> BigUint {
    n / 2u32 + 1u32
}

/// β(n,3) = ⌊((n+3)² + 6)/12⌋ = round((n+3)²/12) (A001399).
///
/// ```
/// use num_bigint::BigUint;
/// use claimcheck::articles::partitions::at_most_3;
/// assert_eq!(at_most_3(&BigUint::from(2014u32)), BigUint::from(339024u32));
/// ```
pub fn at_most_3(n: &BigUint) -> BigUint {
    let m = n + 3u32;
    (&m * &m + 6u32) / 12u32
}

/// The A001400 expression ⌊(m³ + 3m² − 9m·(m mod 2) + 72)/144⌋: β(n,4) at m = n+4, p_4(n) at m = n.
pub fn a001400_floor(m: &BigInt) -> BigInt {
    let parity = m.mod_floor(&BigInt::from(2));
    let numerator: BigInt = m * m * m + 3 * m * m - 9 * m * parity + 72;
    numerator.div_floor(&BigInt::from(144))
}

/// β(n,4) by the A001400 closed form with m = n + 4.
pub fn at_most_4(n: &BigUint) -> BigUint {
    a001400_floor(&(signed(n) + 4))
        .to_biguint()
        .expect("β(n,4) ≥ 1")
}

/// β(n,k), partitions of n into at most k parts, for arbitrary big n:
/// closed forms for k ≤ 4, the quasi-polynomial on n's residue class mod lcm(1..k) for
/// 5 ≤ k ≤ [`MAX_QUASI_K`], p(n) for k ≥ n (n ≤ [`MAX_PARTITION_N`]), and otherwise the
/// tables within [`MAX_TABLE_N`] and [`MAX_DP_WORK`].
///
/// ```
/// use num_bigint::BigUint;
/// use claimcheck::articles::partitions::partitions_at_most;
/// let beta = partitions_at_most(&BigUint::from(2014u32), &BigUint::from(6u32)).unwrap();
/// assert_eq!(beta, BigUint::from(393610915311u64));
/// ```
pub fn partitions_at_most(n: &BigUint, k: &BigUint) -> Result<BigUint, LimitError> {
    if let Some(small_k) = k.to_u64().filter(|&k| k <= MAX_QUASI_K) {
        return Ok(match small_k {
            0 => BigUint::from(n.is_zero() as u8),
            1 => BigUint::one(),
            2 => at_most_2(n),
            3 => at_most_3(n),
            4 => at_most_4(n),
            _ => quasi::at_most(n, small_k),
        });
    }
    if k >= n {
        let n = n
            .to_u64()
            .filter(|&n| n <= MAX_PARTITION_N)
            .ok_or_else(|| limit("N (for K ≥ N)", MAX_PARTITION_N))?;
        return partition_count(n);
    }
    let n = n
        .to_u64()
        .filter(|&n| n <= MAX_TABLE_N)
        .ok_or_else(|| limit("N (for 12 < K < N)", MAX_TABLE_N))?;
    let k = k.to_u64().expect("k < n ≤ MAX_TABLE_N");
    if 2 * k >= n {
        // Every partition with m > k ≥ n/2 parts has the form (its parts minus one) ↔ a partition
        // of n − m, so β(n,k) = p(n) − Σ_{m=k+1}^{n} p(n−m) = p(n) − Σ_{j<n−k} p(j).
        let p = counting::partition_numbers(n as usize);
        let excess: BigUint = p[..(n - k) as usize].iter().sum();
        return Ok(&p[n as usize] - excess);
    }
    if n.saturating_mul(k) > MAX_DP_WORK {
        return Err(limit("N·K (for 12 < K < N/2)", MAX_DP_WORK));
    }
    Ok(counting::at_most_table(n as usize, k as usize).swap_remove(n as usize))
}

/// p_k(n) = β(n−k, k): partitions of n into exactly k positive parts (0 when n < k; p_0(0) = 1).
pub fn partitions_exact(n: &BigUint, k: &BigUint) -> Result<BigUint, LimitError> {
    if k > n {
        return Ok(BigUint::zero());
    }
    partitions_at_most(&(n - k), k)
}

/// p(n), the number of partitions of n (n ≤ [`MAX_PARTITION_N`]): Euler's pentagonal recurrence
/// below [`PENTAGONAL_CROSSOVER`], the proven Hardy–Ramanujan–Rademacher series above.
///
/// # Errors
/// [`LimitError`] when n > [`MAX_PARTITION_N`], or when the series' enclosure could not be
/// resolved to one integer (an [`crate::exact::interval::IntervalError`] passed on in words).
///
/// ```
/// use claimcheck::articles::partitions::partition_count;
/// assert_eq!(partition_count(100).unwrap().to_string(), "190569292");
/// assert_eq!((partition_count(100_000).unwrap() % 1_000_000_000u32).to_string(), "421098519");
/// ```
pub fn partition_count(n: u64) -> Result<BigUint, LimitError> {
    partition_count_on(n, 1)
}

/// p(n) as [`partition_count`], the series' work shared out over up to `threads` threads
/// (the value, and the proof, do not depend on `threads`).
///
/// # Errors
/// As [`partition_count`].
///
/// ```
/// use claimcheck::articles::partitions::{partition_count, partition_count_on};
/// assert_eq!(partition_count_on(123_456, 2).unwrap(), partition_count(123_456).unwrap());
/// ```
pub fn partition_count_on(n: u64, threads: usize) -> Result<BigUint, LimitError> {
    if n > MAX_PARTITION_N {
        return Err(limit("N", MAX_PARTITION_N));
    }
    if n < PENTAGONAL_CROSSOVER {
        return Ok(counting::partition_numbers(n as usize).swap_remove(n as usize));
    }
    rademacher::partition_hrr(n, threads).map_err(|e| LimitError {
        what: "N (the Rademacher enclosure)",
        limit: format!("a certifiable size: {e}"),
    })
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "partitions",
    title: "生成函数法与整数的分拆",
    english_title: "Generating functions and integer partitions",
    url: "https://kexue.fm/archives/2942",
    date: "2014-09-16",
    source: "ordered section complete; unordered reconstructed",
    claims: claims::CLAIMS,
};
