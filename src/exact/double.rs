//! Double-precision evaluations with proven error bounds, for the many low-precision terms of long
//! sums (the tail of the Rademacher series), where an MPFR call per operation costs ten times more.
//!
//! The model: every f64 +, −, ×, ÷ returns the exact result of its (f64) operands times (1 + δ),
//! |δ| ≤ u = 2⁻⁵³ (round to nearest; the ranges allowed here never underflow or overflow).
//! Each function states its bound in units of u and proves it in its doc comment; the bounds are
//! deliberately loose (about twice the sum of the terms) and the tests hold every function to its
//! bound against MPFR on random arguments. No libm function is used: only +, −, ×, ÷.

use std::sync::OnceLock;

use rug::Float;

/// The unit roundoff u = 2⁻⁵³.
pub const UNIT: f64 = 1.0 / 9_007_199_254_740_992.0;

/// Bound on |cos_pi_rational(a, b) − cos(πa/b)|, absolute.
pub const COS_ERROR: f64 = 64.0 * UNIT;

/// Bound on |exp(x) − eˣ|/eˣ for an exact f64 argument.
pub const EXP_REL_ERROR: f64 = 64.0 * UNIT;

/// Degree bound of the Taylor polynomials: θ²ʲ/(2j)! with θ ≤ π/4 and j = 13 is below 10⁻³⁰.
const COS_TERMS: usize = 13;

/// 1/j! rounded to nearest (relative error ≤ u each), j = 0 … 2·COS_TERMS + 1.
fn inverse_factorials() -> &'static [f64; 2 * COS_TERMS + 2] {
    static TABLE: OnceLock<[f64; 2 * COS_TERMS + 2]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0.0; 2 * COS_TERMS + 2];
        let mut factorial = rug::Integer::from(1);
        for (j, slot) in t.iter_mut().enumerate() {
            if j > 0 {
                factorial *= j as u32;
            }
            *slot = Float::with_val(53, rug::Rational::from((1, &factorial))).to_f64();
        }
        t
    })
}

/// cos(πa/b) for integers 0 ≤ 2a ≤ b < 2⁵², with absolute error at most [`COS_ERROR`]; None
/// outside that domain.
///
/// ```
/// use claimcheck::exact::double::{COS_ERROR, cos_pi_rational};
/// assert!((cos_pi_rational(1, 3).unwrap() - 0.5).abs() <= COS_ERROR);
/// assert!((cos_pi_rational(1, 4).unwrap() - std::f64::consts::FRAC_1_SQRT_2).abs() <= COS_ERROR);
/// assert_eq!(cos_pi_rational(2, 3), None); // 2/3 > 1/2: reduce first
/// ```
///
/// Reduction (exact, in integers): if 4a ≤ b, θ = π·a/b and cos(πa/b) = cos θ; otherwise
/// θ = π·(b − 2a)/(2b) and cos(πa/b) = sin θ; either way 0 ≤ θ ≤ π/4, and numerator and
/// denominator (below 2⁵³) are exact in f64.
/// Error: θ̃ = fl(π̂·fl(num/den)) has relative error ≤ 3.2u (π̂ = fl(π) is within 0.4u of π), so
/// |θ̃ − θ| ≤ 2.6u, which moves cos or sin by at most as much. The series in s = θ̃² is summed by
/// Horner with 13 terms: the rounding error of Horner's rule is at most γ₂₆·Σ|c_j|s^j ≤ 27u·cosh(π/4)
/// ≤ 36u, the coefficients' own rounding adds ≤ 1.4u, rounding s adds ≤ 0.7u, the final ×θ̃ of the
/// sine ≤ u, and the truncation is below 10⁻³⁰. Total < 42u ≤ 64u.
pub fn cos_pi_rational(a: u64, b: u64) -> Option<f64> {
    if !(b > 0 && a <= b / 2 && b < 1 << 52) {
        return None;
    }
    let c = inverse_factorials();
    let sine = 4 * a > b;
    let (num, den) = if sine { (b - 2 * a, 2 * b) } else { (a, b) };
    let theta = std::f64::consts::PI * (num as f64 / den as f64);
    let s = theta * theta;
    let offset = usize::from(sine); // cos: 1/(2j)!, sin: 1/(2j+1)!
    // Σ (−1)ʲ c_j sʲ = c₀ − s(c₁ − s(c₂ − …))
    let mut p = c[2 * (COS_TERMS - 1) + offset];
    for j in (0..COS_TERMS - 1).rev() {
        p = c[2 * j + offset] - s * p;
    }
    Some(if sine { theta * p } else { p })
}

/// eʲ rounded to nearest for j = 0 … 709 (relative error ≤ u each).
fn exp_of_integers() -> &'static [f64; 710] {
    static TABLE: OnceLock<[f64; 710]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0.0; 710];
        for (j, slot) in t.iter_mut().enumerate() {
            *slot = Float::with_val(53, Float::with_val(53, j as u32).exp_ref()).to_f64();
        }
        t
    })
}

/// eˣ for an f64 0 ≤ x < 709, with relative error at most [`EXP_REL_ERROR`]; None outside.
///
/// x = j + f with j = ⌊x⌋ and f = x − j computed exactly (Sterbenz); eˣ = eʲ·eᶠ with eʲ from a
/// table rounded to nearest (≤ u) and eᶠ by 21 Taylor terms in Horner form: positive terms, so
/// Horner's rounding error is at most γ₄₂·eᶠ ≤ 43u·eᶠ; the coefficients add ≤ u·eᶠ and the
/// truncation e/21! < 10⁻¹⁹ is below 0.001u·eᶠ. With the final product: < 46u ≤ 64u.
///
/// ```
/// use claimcheck::exact::double::{exp, EXP_REL_ERROR};
/// let e = exp(1.0).unwrap();
/// assert!((e - std::f64::consts::E).abs() <= EXP_REL_ERROR * e);
/// assert_eq!(exp(0.0), Some(1.0));
/// assert_eq!(exp(-1.0), None);
/// assert_eq!(exp(709.0), None);
/// ```
pub fn exp(x: f64) -> Option<f64> {
    if !(0.0..709.0).contains(&x) {
        return None;
    }
    const TERMS: usize = 21;
    let c = inverse_factorials();
    let j = x.floor();
    let f = x - j;
    let mut p = c[TERMS - 1];
    for coefficient in c[..TERMS - 1].iter().rev() {
        p = p * f + coefficient;
    }
    Some(exp_of_integers()[j as usize] * p)
}
