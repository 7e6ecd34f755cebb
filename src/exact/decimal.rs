//! Decimals as articles print them: a fixed number of significant digits, read exactly
//! ([`Decimal::parse`]), rounded exactly from a rational ([`Decimal::round`], ties away from
//! zero), and the unit in the last printed place that a printed number's precision rests on.

use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::One;

use super::integer::{pow10, to_rug_rational};

/// A decimal with a fixed number of significant digits: `±0.d₁d₂…d_D × 10^(exponent+1)`,
/// i.e. the first digit has weight `10^exponent`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    /// Exactly D digits, the first non-zero (or the single digit `0` for zero).
    digits: String,
    /// The power of ten of the first digit.
    exponent: i64,
}

impl Decimal {
    /// `q` rounded to `digits ≥ 1` significant digits, ties away from zero; `None` for `digits = 0`.
    ///
    /// ```
    /// use claimcheck::exact::{decimal::Decimal, rational::q};
    /// assert_eq!(Decimal::round(&q(2, 3), 3).unwrap().to_string(), "0.667");
    /// assert_eq!(Decimal::round(&q(-25, 1000), 1).unwrap().to_string(), "-0.03"); // ties away from 0
    /// assert_eq!(Decimal::round(&q(9999, 1), 2).unwrap().to_string(), "1.0e4"); // carries into 10⁴
    /// assert_eq!(Decimal::round(&q(1, 3), 0), None);
    /// ```
    pub fn round(q: &BigRational, digits: u32) -> Option<Decimal> {
        Decimal::round_rug(&to_rug_rational(q), digits)
    }

    /// [`Decimal::round`] for a GMP rational: the same rounding, done in GMP's subquadratic
    /// division and decimal conversion (what certification calls at every precision).
    ///
    /// ```
    /// use claimcheck::exact::decimal::Decimal;
    /// let third = rug::Rational::from((-1, 3));
    /// assert_eq!(Decimal::round_rug(&third, 4).unwrap().to_string(), "-0.3333");
    /// assert_eq!(Decimal::round_rug(&rug::Rational::from((2, 3)), 2).unwrap().to_string(), "0.67");
    /// ```
    pub fn round_rug(q: &rug::Rational, digits: u32) -> Option<Decimal> {
        if digits == 0 {
            return None;
        }
        if q.cmp0() == std::cmp::Ordering::Equal {
            return Some(Decimal {
                negative: false,
                digits: "0".repeat(digits as usize),
                exponent: 0,
            });
        }
        let a = rug::Integer::from(q.numer().abs_ref());
        let b = q.denom();
        let pow10 = |e: u64| -> rug::Integer {
            rug::Integer::from(rug::Integer::u_pow_u(
                10,
                u32::try_from(e).expect("exponent"),
            ))
        };
        // floor(log10 |q|): start from the bit lengths, then correct. With 2^(α−1) ≤ a < 2^α and
        // 2^(β−1) ≤ b < 2^β, log₂|q| lies in (α − β − 1, α − β + 1), so the estimate
        // ⌊(α − β)·log₁₀2⌋ is within one of the answer and each loop below runs at most twice.
        let alpha = f64::from(a.significant_bits());
        let beta = f64::from(b.significant_bits());
        let mut e = ((alpha - beta) * std::f64::consts::LOG10_2).floor() as i64;
        let ge_pow = |e: i64| -> bool {
            // |q| ≥ 10^e  ⇔  a·10^(−e) ≥ b
            if e >= 0 {
                a >= b * pow10(e as u64)
            } else {
                &a * pow10((-e) as u64) >= *b
            }
        };
        while !ge_pow(e) {
            e -= 1;
        }
        while ge_pow(e + 1) {
            e += 1;
        }
        // n = round(|q| · 10^(digits − 1 − e)), ties away from zero.
        let shift = digits as i64 - 1 - e;
        let (num, den) = if shift >= 0 {
            (a * pow10(shift as u64), b.clone())
        } else {
            (a, b * pow10((-shift) as u64))
        };
        let (mut n, r) = num.div_rem(den.clone());
        if rug::Integer::from(&r * 2u32) >= den {
            n += 1u32;
        }
        let mut text = n.to_string();
        if text.len() > digits as usize {
            // rounded up to 10^digits
            text.truncate(digits as usize);
            e += 1;
        }
        Some(Decimal {
            negative: q.cmp0() == std::cmp::Ordering::Less,
            digits: text,
            exponent: e,
        })
    }

    /// One unit in the last printed place, 10^(exponent − D + 1).
    ///
    /// ```
    /// use claimcheck::exact::{decimal::Decimal, rational::q};
    /// assert_eq!(Decimal::parse("0.0176").unwrap().unit_in_last_place(), q(1, 10000));
    /// assert_eq!(Decimal::parse("1.20").unwrap().unit_in_last_place(), q(1, 100));
    /// assert_eq!(Decimal::parse("3e2").unwrap().unit_in_last_place(), q(100, 1));
    /// ```
    pub fn unit_in_last_place(&self) -> BigRational {
        let shift = self.exponent - (self.digits.len() as i64 - 1);
        if shift >= 0 {
            BigRational::from_integer(pow10(shift as u64))
        } else {
            BigRational::new(BigInt::one(), pow10((-shift) as u64))
        }
    }

    /// The number of significant digits.
    ///
    /// ```
    /// use claimcheck::exact::decimal::Decimal;
    /// assert_eq!(Decimal::parse("0.00120").unwrap().significant_digits(), 3);
    /// ```
    pub fn significant_digits(&self) -> u32 {
        self.digits.len() as u32
    }

    /// The exact value of the printed decimal.
    ///
    /// ```
    /// use claimcheck::exact::{decimal::Decimal, rational::q};
    /// assert_eq!(Decimal::parse("-2.5e-3").unwrap().to_rational(), q(-1, 400));
    /// ```
    pub fn to_rational(&self) -> BigRational {
        let n: BigInt = self.digits.parse().expect("digits");
        let shift = self.exponent - (self.digits.len() as i64 - 1);
        let mag = if shift >= 0 {
            BigRational::from_integer(n * pow10(shift as u64))
        } else {
            BigRational::new(n, pow10((-shift) as u64))
        };
        if self.negative { -mag } else { mag }
    }

    /// Parses a decimal as printed in an article (`0.0176`, `1.13684723`, `2.5e-3`), keeping the
    /// number of significant digits it shows (trailing zeros after the point count).
    ///
    /// ```
    /// use claimcheck::exact::{decimal::Decimal, rational::q};
    /// let d = Decimal::parse("1.13684723").unwrap();
    /// assert!(d.significant_digits() == 9 && d.to_rational() == q(113684723, 100000000));
    /// assert!(Decimal::parse("1.2.3").is_none() && Decimal::parse("").is_none() && Decimal::parse("0x10").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Decimal> {
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exp10): (&str, i64) = match body.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse().ok()?),
            None => (body, 0),
        };
        let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int_part.is_empty() && frac_part.is_empty()
            || !int_part
                .bytes()
                .chain(frac_part.bytes())
                .all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let all = format!("{int_part}{frac_part}");
        let lead = all.bytes().take_while(|&c| c == b'0').count();
        if lead == all.len() {
            return Some(Decimal {
                negative: false,
                digits: "0".into(),
                exponent: 0,
            });
        }
        let digits = all[lead..].to_string();
        let exponent = int_part.len() as i64 - 1 - lead as i64 + exp10;
        Some(Decimal {
            negative,
            digits,
            exponent,
        })
    }
}

impl fmt::Display for Decimal {
    /// Plain notation for exponents in −5..D, scientific (`1.2345e-7`) otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.negative {
            f.write_str("-")?;
        }
        let d = &self.digits;
        let n = d.len() as i64;
        let e = self.exponent;
        if (0..n).contains(&e) {
            let (i, frac) = d.split_at(e as usize + 1);
            if frac.is_empty() {
                write!(f, "{i}")
            } else {
                write!(f, "{i}.{frac}")
            }
        } else if (-5..0).contains(&e) {
            write!(f, "0.{}{d}", "0".repeat((-e - 1) as usize))
        } else {
            let (first, rest) = d.split_at(1);
            if rest.is_empty() {
                write!(f, "{first}e{e}")
            } else {
                write!(f, "{first}.{rest}e{e}")
            }
        }
    }
}
