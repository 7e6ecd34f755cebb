//! The truncated normal's variance without erf, exp or π.
//!
//! With erf(x) = (2/√π)·e^(−x²)·Σ_{k≥0} 2^k x^(2k+1)/(2k+1)!! (Abramowitz–Stegun 7.1.6) at
//! x = a/√2, erf(a/√2) = √(2/π)·a·e^(−a²/2)·S(a) where
//!
//! S(a) = Σ_{k≥0} a^(2k)/(2k+1)!! = 1 + a²/3 + a⁴/(3·5) + …,
//!
//! and φ(a) = e^(−a²/2)/√(2π), so 2aφ(a)/erf(a/√2) = 1/S(a): γ(a) = 1 − 1/S(a) and
//! m₄(a) = 3 − (3 + a²)/S(a). Every term of S is a positive rational, so for rational a the first
//! K terms are one exact fraction T/Q by binary splitting, and one division at the working
//! precision finishes the job — the route Arb takes for hypergeometric series, here with no
//! transcendental constant at all.
//!
//! **Tail.** The term ratio t_{k+1}/t_k = a²/(2k+3) decreases in k. Once 2K + 5 > a², every
//! later ratio is at most ρ = a²/(2K+5) < 1, so Σ_{k>K} t_k ≤ t_K·(a²/(2K+3))/(1 − ρ); t_K is the
//! exact product P/Q of the ratios the splitting already carries.

use num_rational::BigRational;
use num_traits::ToPrimitive;
use rug::Integer;

use crate::exact::integer::to_rug_integer;
use crate::exact::interval::{Interval, IntervalError};

/// The series is used while a² ≤ max(prec, 64) (beyond, its terms first grow for a²/2 steps and
/// MPFR's erf is the cheaper route) and the numerator and denominator of a² fit in this many bits
/// (each term multiplies them in).
pub const MAX_SQUARE_BITS: u64 = 128;

/// (P, Q, T) over the terms lo ≤ k < hi (lo ≥ 1) of S with a² = p/q: the ratio of term k to
/// term k − 1 is p/(q(2k+1)); P and Q are the products of the ratios' numerators and
/// denominators, and T/Q = Σ_{lo≤k<hi} Π_{lo≤m≤k} ratio_m.
fn split(p: &Integer, q: &Integer, lo: u64, hi: u64) -> (Integer, Integer, Integer) {
    if hi == lo + 1 {
        return (p.clone(), Integer::from(q * (2 * lo + 1)), p.clone());
    }
    let mid = lo + (hi - lo) / 2;
    let (p1, q1, t1) = split(p, q, lo, mid);
    let (p2, q2, t2) = split(p, q, mid, hi);
    let t = Integer::from(&t1 * &q2) + Integer::from(&p1 * &t2);
    (p1 * p2, q1 * q2, t)
}

/// The number of terms after the leading 1: the first K with 2K + 5 > 2a² (so the tail ratio is
/// below ½) and log₂ t_{K+1} < −(bits + 4). An estimate in f64 — the tail is then bounded
/// exactly from t_K, so a wrong estimate costs precision, never soundness.
fn term_count(a_squared: f64, bits: u32) -> u64 {
    let (mut k, mut log_term) = (0u64, 0f64);
    loop {
        k += 1;
        log_term += a_squared.log2() - ((2 * k + 1) as f64).log2();
        if (2 * k + 5) as f64 > 2.0 * a_squared && log_term < -(f64::from(bits) + 4.0) {
            return k;
        }
    }
}

/// An enclosure of S(a) = Σ_{k≥0} a^(2k)/(2k+1)!! at `prec` bits, or `None` when a is outside
/// the series' range (a² > max(prec, 64), or a² with more than [`MAX_SQUARE_BITS`]-bit numerator
/// or denominator), where the caller takes the erf route.
///
/// ```
/// use claimcheck::articles::bert_init::truncation_series;
/// use num_rational::BigRational;
/// // S(2) = 1 + 4/3 + 16/15 + 64/105 + … = 1/(1 − γ(2)) ≈ 4.41971
/// let s = truncation_series(&BigRational::from_integer(2.into()), 64).unwrap().unwrap();
/// assert!(*s.lo() > 4.41971 && *s.hi() < 4.41972);
/// ```
///
/// # Errors
///
/// [`IntervalError::Domain`] unless a > 0.
pub fn truncation_series(a: &BigRational, prec: u32) -> Result<Option<Interval>, IntervalError> {
    if *a.numer() <= 0.into() {
        return Err(IntervalError::Domain(
            "the truncation point a must be positive",
        ));
    }
    let square = a * a;
    let a_squared = square.to_f64().unwrap_or(f64::INFINITY);
    let small =
        square.numer().bits() <= MAX_SQUARE_BITS && square.denom().bits() <= MAX_SQUARE_BITS;
    if !small || a_squared > f64::from(prec.max(64)) {
        return Ok(None);
    }
    let work = prec + 16;
    let (p, q) = (
        to_rug_integer(square.numer()),
        to_rug_integer(square.denom()),
    );
    // the tail bound needs ρ = a²/(2K+5) < 1 whatever the estimate says: K ≥ ⌊a²/2⌋ + 1
    let terms = term_count(a_squared, work).max(a_squared as u64 / 2 + 1);
    let (t_k_num, t_k_den, t) = split(&p, &q, 1, terms + 1);
    // Σ_{k≤K} t_k = 1 + T/Q
    let head = Interval::from_integer(work, &(Integer::from(&t_k_den + &t)))
        .div(&Interval::from_integer(work, &t_k_den))?;
    // tail ≤ t_K · a²/(2K+3) / (1 − a²/(2K+5))
    let t_k =
        Interval::from_integer(work, &t_k_num).div(&Interval::from_integer(work, &t_k_den))?;
    let first_ratio = BigRational::new(square.numer().clone(), square.denom() * (2 * terms + 3));
    let rest = BigRational::from_integer(1.into())
        - BigRational::new(square.numer().clone(), square.denom() * (2 * terms + 5));
    let tail = t_k.mul_rational(&(first_ratio / rest));
    Ok(Some(&head + &Interval::from_int(work, 0).hull(&tail)))
}
