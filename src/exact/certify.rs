//! Certification: digits are printed only when an enclosure proves them.
//!
//! [`certify`] evaluates a formula at increasing precision (Ziv's strategy) until both ends of
//! its enclosure round to the same D-digit decimal, and returns
//! [`IntervalError::PrecisionCap`] — never a wrong digit — when the cap is reached.

use super::decimal::Decimal;
use super::interval::{Interval, IntervalError};

/// Bits to start with for `digits` significant digits: ⌈D·log₂10⌉ plus guard bits.
///
/// ```
/// use claimcheck::exact::certify::start_precision;
/// assert_eq!(start_precision(0), 32);
/// assert_eq!(start_precision(1000), 3322 + 32); // ⌈1000·log₂10⌉ = 3322
/// assert_eq!(start_precision(u32::MAX), u32::MAX); // saturates
/// ```
pub fn start_precision(digits: u32) -> u32 {
    (digits as u64 * 3322 / 1000 + 32).min(u32::MAX as u64) as u32
}

/// The default precision cap for `digits` digits: 16 times the starting precision, at least
/// 2¹⁴ bits.
///
/// ```
/// use claimcheck::exact::certify::{default_cap, start_precision};
/// assert_eq!(default_cap(10), 1 << 14);
/// assert_eq!(default_cap(10_000), 16 * start_precision(10_000));
/// ```
pub fn default_cap(digits: u32) -> u32 {
    start_precision(digits).saturating_mul(16).max(1 << 14)
}

/// Evaluates `f` at increasing precision until its enclosure rounds to a single decimal of
/// `digits` significant digits (Ziv's strategy), doubling the precision up to `cap` bits.
///
/// ```
/// use claimcheck::exact::{certify::certify_with_cap, interval::{Interval, IntervalError}, rational::q};
/// let d = certify_with_cap(30, 1 << 12, |p| Ok(Interval::pi(p))).unwrap();
/// assert_eq!(d.to_string(), "3.14159265358979323846264338328");
/// // an enclosure that never narrows and straddles 0.125, between 0.12 and 0.13: the cap is reached
/// let stuck = |p: u32| {
///     Ok(Interval::from_rational(p, &q(124, 1000)).hull(&Interval::from_rational(p, &q(126, 1000))))
/// };
/// let e = certify_with_cap(2, 256, stuck);
/// assert!(matches!(e, Err(IntervalError::PrecisionCap { digits: 2, bits: 256 })));
/// ```
///
/// # Errors
/// [`IntervalError::PrecisionCap`] when the enclosure at `cap` bits still straddles a rounding
/// boundary (a value exactly on one, or an enclosure that does not narrow); `f`'s own errors.
pub fn certify_with_cap<F>(digits: u32, cap: u32, f: F) -> Result<Decimal, IntervalError>
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    let mut prec = start_precision(digits);
    loop {
        let enclosure = f(prec)?;
        if let Some(d) = enclosure.round_to_digits(digits) {
            return Ok(d);
        }
        if prec >= cap {
            return Err(IntervalError::PrecisionCap { digits, bits: prec });
        }
        prec = prec.saturating_mul(2).min(cap);
    }
}

/// [`certify_with_cap`] with [`default_cap`].
///
/// ```
/// use claimcheck::exact::{certify::certify, interval::Interval};
/// let e = certify(6, |p| Interval::from_int(p, 1).exp()).unwrap();
/// assert_eq!(e.to_string(), "2.71828");
/// assert!(certify(6, |p| Interval::from_int(p, -1).ln()).is_err()); // f's error passes through
/// ```
///
/// # Errors
/// As [`certify_with_cap`].
pub fn certify<F>(digits: u32, f: F) -> Result<Decimal, IntervalError>
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    certify_with_cap(digits, default_cap(digits), f)
}

/// The most significant digits (at most `max_digits`) that an enclosure proves, for values whose
/// width comes from measured inputs (so raising the precision cannot narrow it): evaluates at a
/// generous precision and keeps the longest decimal that both ends round to.
///
/// ```
/// use claimcheck::exact::{certify::certify_up_to, interval::Interval, rational::q};
/// // a measured value 1.2345 ± 0.0004 proves three digits, not the five asked for
/// let measured = |p: u32| Ok(Interval::from_rational(p, &q(12341, 10000)).hull(&Interval::from_rational(p, &q(12349, 10000))));
/// assert_eq!(certify_up_to(5, measured).unwrap().to_string(), "1.23");
/// ```
///
/// # Errors
/// [`IntervalError::PrecisionCap`] when not even one digit is proven; `f`'s own errors.
pub fn certify_up_to<F>(max_digits: u32, f: F) -> Result<Decimal, IntervalError>
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    let enclosure = f(start_precision(max_digits) + 64)?;
    (1..=max_digits)
        .rev()
        .find_map(|d| enclosure.round_to_digits(d))
        .ok_or(IntervalError::PrecisionCap {
            digits: 1,
            bits: enclosure.prec(),
        })
}

/// Certified digits as evidence text (`1.1368 (5 s.f., certified)`), or the reason they could
/// not be certified.
///
/// ```
/// use claimcheck::exact::{certify::certified_or_reason, interval::Interval};
/// assert_eq!(certified_or_reason(4, |p| Interval::from_int(p, 2).sqrt()), "1.414 (4 s.f., certified)");
/// assert!(certified_or_reason(4, |p| Interval::from_int(p, -2).sqrt()).starts_with("not certified:"));
/// ```
pub fn certified_or_reason<F>(digits: u32, f: F) -> String
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    certify(digits, f).map_or_else(|e| format!("not certified: {e}"), |d| certified_text(&d))
}

/// A certified decimal with its digit count, as printed in evidence: `1.1368 (5 s.f., certified)`.
///
/// ```
/// use claimcheck::exact::{certify::certified_text, decimal::Decimal};
/// assert_eq!(certified_text(&Decimal::parse("1.1368").unwrap()), "1.1368 (5 s.f., certified)");
/// ```
pub fn certified_text(d: &Decimal) -> String {
    format!("{d} ({} s.f., certified)", d.significant_digits())
}
