//! ln 2 by a Machin-like formula with binary splitting, as a certified ball:
//!
//! ln 2 = 18·atanh(1/26) − 2·atanh(1/4801) + 8·atanh(1/8749),
//! atanh(1/m) = Σ_{k≥0} 1/((2k + 1)·m^(2k+1)).
//!
//! The first K terms of each series are summed exactly as one fraction; the rest is at most
//! m^(−2K−1)/((2K + 1)(1 − m^(−2))) < 2·m^(−2K−1) ≤ 2^(1 − (2K+1)·⌊log₂ m⌋). The three series
//! are independent and run on up to three threads.
//!
//! MPFR's own ln 2 (`Constant::Log2`) takes about 0.17 s at 370 000 bits on this machine, which
//! the exponential of p(10¹⁰)'s first term would otherwise pay on every fresh process.

use std::sync::Mutex;

use rug::{Integer, Rational};

use super::ball::Ball;
use super::interval::IntervalError;
use super::parallel;

/// The formula's terms: (coefficient, m).
const MACHIN: [(i64, u32); 3] = [(18, 26), (-2, 4801), (8, 8749)];

/// (Q, B, T) for the terms a ≤ k < b of Σ 1/((2k + 1)·m^(2k)): with Q = m^(2(b−a)) and
/// B = Π (2k + 1), Σ_{a≤k<b} m^(−2(k−a))/(2k + 1) = T·m²/(B·Q).
fn split(m2: &Integer, a: u64, b: u64) -> (Integer, Integer, Integer) {
    if b == a + 1 {
        return (m2.clone(), Integer::from(2 * a + 1), Integer::from(1));
    }
    let mid = a + (b - a) / 2;
    let (q1, b1, t1) = split(m2, a, mid);
    let (q2, b2, t2) = split(m2, mid, b);
    // S(a, b) = S(a, mid) + m^(−2(mid − a))·S(mid, b): T = T₁·B₂·Q₂ + T₂·B₁
    let t = Integer::from(&t1 * &b2) * &q2 + Integer::from(&t2 * &b1);
    (q1 * q2, b1 * b2, t)
}

/// The number of terms of atanh(1/m), m ≥ 2, for a tail below 2^(−work): the least K with
/// (2K + 1)·⌊log₂ m⌋ ≥ work + 1, i.e. 2K + 1 ≥ c = ⌈(work + 1)/⌊log₂ m⌋⌉, K = ⌊c/2⌋.
///
/// ```
/// use claimcheck::exact::ln2::atanh_terms;
/// assert_eq!(atanh_terms(26, 1000), 125); // ⌊log₂ 26⌋ = 4: 251·4 ≥ 1001 > 249·4
/// ```
pub fn atanh_terms(m: u32, work: u32) -> u64 {
    let bits = u64::from(31 - m.leading_zeros()); // ⌊log₂ m⌋
    (u64::from(work) + 1).div_ceil(bits) / 2
}

/// atanh(1/m) for m ≥ 2 at `work` bits, tail included.
///
/// ```
/// use claimcheck::exact::{ball::Ball, ln2::atanh_inverse};
/// // atanh(1/3) = ln(2)/2
/// let a = atanh_inverse(3, 200).unwrap().mul_integer(&rug::Integer::from(2)).unwrap();
/// let l = Ball::ln2(300);
/// assert!(a.lo_rational() <= l.hi_rational() && l.lo_rational() <= a.hi_rational());
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] if a ball operation leaves MPFR's range.
pub fn atanh_inverse(m: u32, work: u32) -> Result<Ball, IntervalError> {
    let terms = atanh_terms(m, work).max(1);
    let m2 = Integer::from(m) * m;
    let (q, b, t) = split(&m2, 0, terms);
    // atanh(1/m) = S/m = T·m/(B·Q)
    let numerator = t * m;
    let denominator = b * q;
    Ball::from_integer(work, &numerator)
        .div(&Ball::from_integer(work, &denominator))?
        .add_error(&(Rational::from(1) >> work))
}

/// The most precise ln 2 computed so far in this process.
static CACHE: Mutex<Option<Ball>> = Mutex::new(None);

/// ln 2 as a ball at `prec` bits, from the process-wide cache when it is precise enough; the
/// three series on up to `threads` threads.
///
/// ```
/// use claimcheck::exact::{ball::Ball, ln2};
/// let l = ln2::ln2(3000, 2).unwrap();
/// let mpfr = Ball::ln2(3100);
/// assert!(l.lo_rational() <= mpfr.hi_rational() && mpfr.lo_rational() <= l.hi_rational());
/// assert!(l.rad().get_exp().unwrap() < -2990);
/// ```
///
/// # Errors
/// As [`atanh_inverse`].
pub fn ln2(prec: u32, threads: usize) -> Result<Ball, IntervalError> {
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(l) = cache.as_ref().filter(|l| l.prec() >= prec) {
        return l.with_prec(prec);
    }
    let l = compute(prec, threads)?;
    *cache = Some(l.clone());
    Ok(l)
}

/// ln 2 at `prec` bits without the cache.
///
/// ```
/// use claimcheck::exact::ln2::compute;
/// let (one, two) = (compute(5000, 1).unwrap(), compute(5000, 2).unwrap());
/// assert_eq!(one.mid(), two.mid()); // the three series are added in one order
/// ```
///
/// # Errors
/// As [`atanh_inverse`].
pub fn compute(prec: u32, threads: usize) -> Result<Ball, IntervalError> {
    let work = prec + 16;
    let values = parallel::map(MACHIN.len(), threads, |i| atanh_inverse(MACHIN[i].1, work));
    let mut sum = Ball::from_i64(work, 0);
    for (value, &(coefficient, _)) in values.into_iter().zip(MACHIN.iter()) {
        sum = sum.add(&value?.mul_integer(&Integer::from(coefficient))?)?;
    }
    sum.with_prec(prec)
}
