//! Exact reading of numbers typed by a user: integers (`2014`, `-3`), powers (`10^9`, `2^64`),
//! products of those (`3*10^20`), decimals (`0.02`, `1.5e-3`) and rationals (`19/250`). Nothing
//! is ever read through a float.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;
use thiserror::Error;

use super::integer::{from_rug_integer, from_rug_rational, pow10, to_rug_integer, to_rug_rational};

/// The largest power `a^b` the parser expands: `b · bits(a)` at most this many bits.
pub const MAX_POWER_BITS: u64 = 1 << 20;

/// Why a number could not be read.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum NumberError {
    #[error("'{0}' is not a number (expected an integer, a^b, a decimal or p/q)")]
    Malformed(String),
    #[error("'{0}' has a zero denominator")]
    ZeroDenominator(String),
    #[error("'{text}' is too large to expand (a^b is limited to {MAX_POWER_BITS} bits)")]
    TooLarge { text: String },
    #[error(
        "'{text}' is too long a fraction for a real-valued function: numerator and denominator are limited to {MAX_RATIONAL_BITS} bits (about 4900 digits)"
    )]
    TooLong { text: String },
}

/// The largest numerator and denominator, in bits, of a rational argument that real-valued
/// functions compute with: num-rational reduces every sum and product by a binary gcd, which is
/// quadratic in the size (a λ with a 665 000-bit denominator took 37 s in `mushroom-phi` —
/// found by fuzzing); at this size one reduction takes well under a millisecond.
pub const MAX_RATIONAL_BITS: u64 = 1 << 14;

/// [`parse_exact`] for an argument that real-valued functions compute with: also rejects a
/// numerator or denominator above [`MAX_RATIONAL_BITS`].
///
/// # Errors
/// Those of [`parse_exact`], and [`NumberError::TooLong`].
///
/// ```
/// use claimcheck::exact::number::parse_real_argument;
/// assert!(parse_real_argument("1/3").is_ok());
/// assert!(parse_real_argument("1/3^20000").is_err());
/// ```
pub fn parse_real_argument(text: &str) -> Result<BigRational, NumberError> {
    let value = parse_exact(text)?;
    if value.numer().bits() > MAX_RATIONAL_BITS || value.denom().bits() > MAX_RATIONAL_BITS {
        return Err(NumberError::TooLong {
            text: text.to_string(),
        });
    }
    Ok(value)
}

/// Reads `text` exactly.
///
/// # Errors
/// [`NumberError::Malformed`] for text that is not a number, [`NumberError::ZeroDenominator`]
/// for p/0, [`NumberError::TooLarge`] for a^b beyond [`MAX_POWER_BITS`].
///
/// ```
/// use claimcheck::exact::number::parse_exact;
/// use num_rational::BigRational;
/// use num_bigint::BigInt;
/// assert_eq!(parse_exact("0.02").unwrap(), BigRational::new(BigInt::from(1), BigInt::from(50)));
/// assert_eq!(parse_exact("10^9").unwrap(), BigRational::from_integer(BigInt::from(1_000_000_000)));
/// ```
pub fn parse_exact(text: &str) -> Result<BigRational, NumberError> {
    let t = text.trim();
    let malformed = || NumberError::Malformed(text.to_string());
    if let Some((p, q)) = t.split_once('/') {
        let p = parse_product(p, text)?;
        let q = parse_product(q, text)?;
        if q.is_zero() {
            return Err(NumberError::ZeroDenominator(text.to_string()));
        }
        // GMP's subquadratic gcd for the reduction (num's is quadratic: 2 s at 400 000 bits)
        return Ok(from_rug_rational(
            &(to_rug_rational(&p) / to_rug_rational(&q)),
        ));
    }
    if t.is_empty() {
        return Err(malformed());
    }
    parse_product(t, text)
}

/// A product of signed factors `f₁*f₂*…`, each a decimal or a power.
fn parse_product(t: &str, whole: &str) -> Result<BigRational, NumberError> {
    let t = t.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    // in GMP: num-rational's product reduces by a binary gcd, quadratic in the size (0.5 s for
    // 1 × 10^200000)
    let mut acc = rug::Rational::from(1);
    for factor in t.split('*') {
        acc *= to_rug_rational(&parse_factor(factor.trim(), whole)?);
    }
    let acc = from_rug_rational(&acc);
    Ok(if negative { -acc } else { acc })
}

fn parse_factor(t: &str, whole: &str) -> Result<BigRational, NumberError> {
    let malformed = || NumberError::Malformed(whole.to_string());
    if let Some((base, exp)) = t.split_once('^') {
        let base = parse_decimal(base.trim()).ok_or_else(malformed)?;
        let exp: u64 = exp.trim().parse().map_err(|_| malformed())?;
        let bits = base.numer().bits().max(base.denom().bits()).max(1);
        if exp.saturating_mul(bits) > MAX_POWER_BITS {
            return Err(NumberError::TooLarge {
                text: whole.to_string(),
            });
        }
        // base is in lowest terms, so are its powers: raise numerator and denominator
        // separately (no gcd per multiplication; `.88^88877` took 2.5 s that way, found by
        // fuzzing)
        let exp = u32::try_from(exp).map_err(|_| NumberError::TooLarge {
            text: whole.to_string(),
        })?;
        let power = |n: &BigInt| {
            use rug::ops::Pow;
            from_rug_integer(&to_rug_integer(n).pow(exp))
        };
        return Ok(BigRational::new_raw(
            power(base.numer()),
            power(base.denom()),
        ));
    }
    parse_decimal(t).ok_or_else(malformed)
}

/// `123`, `0.02`, `.5`, `1.5e-3` (no sign).
fn parse_decimal(t: &str) -> Option<BigRational> {
    let (mantissa, exp10): (&str, i64) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse().ok().filter(|e: &i64| e.abs() <= 100_000)?),
        None => (t, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part
        .bytes()
        .chain(frac_part.bytes())
        .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let digits: BigInt = format!("{int_part}{frac_part}0").parse().ok()?;
    let shift = exp10 - frac_part.len() as i64 - 1;
    Some(if shift >= 0 {
        BigRational::from_integer(digits * pow10(shift as u64))
    } else {
        BigRational::new(digits, pow10((-shift) as u64))
    })
}
