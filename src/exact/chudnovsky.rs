//! π by the Chudnovsky series with binary splitting, as a certified ball:
//!
//! 1/π = 12·Σ_k (−1)^k (6k)!(13591409 + 545140134k) / ((3k)!(k!)³·640320^(3k+3/2)),
//!
//! so π = 426880·√10005 / Σ′ with Σ′ = Σ_k (−1)^k (6k)!(13591409 + 545140134k)/((3k)!(k!)³·640320^(3k)).
//! The first K terms of Σ′ are summed exactly as one rational by binary splitting; the series
//! alternates with terms of decreasing size, so the rest is at most the first omitted term,
//! |t_K| ≤ 1728^K·(13591409 + 545140134K)/640320^(3K) < (13591409 + 545140134K)·2^(−47K), using
//! (6K)!/((3K)!(K!)³) = C(6K, 3K)·(3K)!/(K!)³ ≤ 2^(6K)·3^(3K) and 640320³/1728 > 2⁴⁷.
//!
//! MPFR computes π by an AGM; at 370 000 bits (p(10¹⁰)'s first term) the series is about 1.5×
//! faster (36 ms against 56 ms), which is what a single `claimcheck eval partitions N` pays.

use std::sync::Mutex;

use rug::{Integer, Rational};

use super::ball::Ball;
use super::interval::IntervalError;
use super::parallel;

/// (P, Q, T) of the terms a ≤ k < b (a ≥ 1): Σ_{a≤k<b} t_k/t_0 = T/Q relative to the running
/// product P of the term ratios' numerators. P only `with_p` (a range merged as a left half
/// needs it; the whole range and the right halves below it do not).
fn split(a: u64, b: u64, with_p: bool) -> (Option<Integer>, Integer, Integer) {
    if b == a + 1 {
        let a_int = Integer::from(a);
        let p = -Integer::from(6 * a - 5) * (2 * a - 1) * (6 * a - 1);
        let q = Integer::from(10_939_058_860_032_000u64) * &a_int * &a_int * &a_int;
        let t = &p * (Integer::from(545_140_134u64) * a + 13_591_409u64);
        return (with_p.then_some(p), q, t);
    }
    let m = (a + b) / 2;
    merge(split(a, m, true), split(m, b, with_p))
}

/// The range [a, b) from its halves [a, m) and [m, b): T = T₁·Q₂ + P₁·T₂, Q = Q₁·Q₂, and
/// P = P₁·P₂ when the right half carries P₂.
fn merge(
    (p1, q1, t1): (Option<Integer>, Integer, Integer),
    (p2, q2, t2): (Option<Integer>, Integer, Integer),
) -> (Option<Integer>, Integer, Integer) {
    let p1 = p1.unwrap_or_default(); // a left half always carries P
    let t = Integer::from(&t1 * &q2) + Integer::from(&p1 * &t2);
    (p2.map(|p2| p1 * p2), q1 * q2, t)
}

/// [`split`] of [1, b) on up to `threads` threads: b − 1 terms cut into one contiguous piece
/// per thread, the pieces merged left to right.
fn split_on(b: u64, threads: usize) -> (Integer, Integer) {
    let pieces = threads
        .clamp(1, 8)
        .min(usize::try_from((b - 1) / 64).unwrap_or(1).max(1));
    let bounds: Vec<u64> = (0..=pieces as u64)
        .map(|i| 1 + (b - 1) * i / pieces as u64)
        .collect();
    let mut parts = parallel::map(pieces, threads, |i| {
        split(bounds[i], bounds[i + 1], i + 1 < pieces)
    })
    .into_iter();
    let first = parts
        .next()
        .unwrap_or((Some(Integer::from(1)), Integer::from(1), Integer::new()));
    let (_, q, t) = parts.fold(first, merge);
    (q, t)
}

/// The most precise π computed so far in this process (MPFR and FLINT cache π the same way).
static CACHE: Mutex<Option<Ball>> = Mutex::new(None);

/// π as a ball at `prec` bits (radius a few units in the last place), from the process-wide
/// cache when it is precise enough, else by [`compute`] on up to `threads` threads.
///
/// # Errors
/// [`IntervalError::Domain`] when `prec` is so large (near 2³²) that the tail bound's exponent
/// overflows, or a ball operation leaves MPFR's range.
///
/// ```
/// use claimcheck::exact::{ball::Ball, chudnovsky};
/// let pi = chudnovsky::pi(2000, 1).unwrap();
/// assert!(pi.sub(&Ball::pi(2000)).unwrap().contains_rational(&rug::Rational::new()));
/// ```
pub fn pi(prec: u32, threads: usize) -> Result<Ball, IntervalError> {
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(pi) = cache.as_ref().filter(|pi| pi.prec() >= prec) {
        return pi.with_prec(prec);
    }
    let pi = compute(prec, threads)?;
    *cache = Some(pi.clone());
    Ok(pi)
}

/// The number of terms K for a sum at `work` bits and the exponent of its tail bound 2^(−tail):
/// K is the smallest count with 47K − L(K) ≥ work + 8, where L(K) is the bit length of
/// 13591409 + 545140134K, and tail = 47K − L(K). The series alternates with decreasing terms,
/// so the terms from K on sum to at most |t_K| < (13591409 + 545140134K)·2^(−47K) < 2^(−tail)
/// (the module's bound).
///
/// ```
/// use claimcheck::exact::chudnovsky::series_terms;
/// let (k, tail) = series_terms(1032);
/// assert_eq!((k, tail), (23, 1047)); // L(23) = 34 bits; 47·23 − 34 = 1047 ≥ 1040
/// assert!(47 * (k - 1) - 34 < 1040); // 22 terms would not do (L(22) = 34 bits too)
/// ```
pub fn series_terms(work: u32) -> (u64, u64) {
    let bit_length = |k: u64| u64::from(64 - (545_140_134 * k + 13_591_409).leading_zeros());
    let needed = u64::from(work) + 8;
    let mut terms = u64::from(work) / 47; // too few: 47K ≤ work
    while 47 * terms < needed + bit_length(terms) {
        terms += 1;
    }
    (terms, 47 * terms - bit_length(terms))
}

/// π at `prec` bits by the series, without the cache, on up to `threads` threads (the
/// result does not depend on them).
///
/// ```
/// use claimcheck::exact::{ball::Ball, chudnovsky::compute};
/// let pi = compute(1000, 2).unwrap();
/// let mpfr = Ball::pi(1100);
/// // the two enclosures of π overlap, and the series' is tight (radius below 2⁻⁹⁹⁰)
/// assert!(pi.lo_rational() <= mpfr.hi_rational() && mpfr.lo_rational() <= pi.hi_rational());
/// assert!(pi.rad().get_exp().unwrap() < -990);
/// ```
///
/// # Errors
/// As [`pi`].
pub fn compute(prec: u32, threads: usize) -> Result<Ball, IntervalError> {
    let work = prec + 32;
    let (terms, tail_bits) = series_terms(work);
    let (q, t) = split_on(terms, threads);
    let numerator = Integer::from(&q * 13_591_409u32) + t; // Σ′ over k < K = numerator/q
    let tail = Rational::from((
        1,
        Integer::from(1)
            << u32::try_from(tail_bits)
                .map_err(|_| IntervalError::Domain("π: precision too large"))?,
    ));
    let sum = Ball::from_integer(work, &numerator)
        .div(&Ball::from_integer(work, &q))?
        .add_error(&tail)?;
    Ball::from_i64(work, 10_005)
        .sqrt()?
        .mul_integer(&Integer::from(426_880))?
        .div(&sum)?
        .with_prec(prec)
}
