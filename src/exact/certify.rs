//! Certification: digits are printed only when an enclosure proves them.
//!
//! [`certify`] evaluates a formula at increasing precision (Ziv's strategy) until both ends of
//! its enclosure round to the same D-digit decimal, and returns
//! [`IntervalError::PrecisionCap`] — never a wrong digit — when the cap is reached.

use super::decimal::Decimal;
use super::interval::{Interval, IntervalError};

/// Bits to start with for `digits` significant digits: ⌈D·log₂10⌉ plus guard bits.
pub fn start_precision(digits: u32) -> u32 {
    (digits as u64 * 3322 / 1000 + 32).min(u32::MAX as u64) as u32
}

/// The default precision cap for `digits` digits: 16 times the starting precision, at least
/// 2¹⁴ bits.
pub fn default_cap(digits: u32) -> u32 {
    start_precision(digits).saturating_mul(16).max(1 << 14)
}

/// Evaluates `f` at increasing precision until its enclosure rounds to a single decimal of
/// `digits` significant digits (Ziv's strategy), doubling the precision up to `cap` bits.
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
pub fn certify<F>(digits: u32, f: F) -> Result<Decimal, IntervalError>
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    certify_with_cap(digits, default_cap(digits), f)
}

/// The most significant digits (at most `max_digits`) that an enclosure proves, for values whose
/// width comes from measured inputs (so raising the precision cannot narrow it): evaluates at a
/// generous precision and keeps the longest decimal that both ends round to.
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
pub fn certified_or_reason<F>(digits: u32, f: F) -> String
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    certify(digits, f).map_or_else(|e| format!("not certified: {e}"), |d| certified_text(&d))
}

/// A certified decimal with its digit count, as printed in evidence: `1.1368 (5 s.f., certified)`.
pub fn certified_text(d: &Decimal) -> String {
    format!("{d} ({} s.f., certified)", d.significant_digits())
}
