//! Certified real enclosures.
//!
//! An [`Interval`] is a pair of MPFR floats `lo ≤ x ≤ hi` known to enclose a real number `x`.
//! Every operation rounds its lower end down and its upper end up (MPFR rounds each operation
//! correctly in the direction asked), so the enclosure stays valid whatever the precision.
//!
//! Digits are printed only when they are proven: [`certify`] evaluates a formula at increasing
//! precision (Ziv's strategy) until both ends of the enclosure round to the same D-digit decimal,
//! and returns [`IntervalError::PrecisionCap`] — never a wrong digit — when the cap is reached.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use rug::Float;
use rug::float::{Constant, Round};
use thiserror::Error;

use super::integer::{from_rug_rational, pow10, to_rug_rational};

/// Errors of certified real arithmetic.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum IntervalError {
    /// An operation was applied outside its domain (division by an interval containing 0, the
    /// square root or logarithm of a possibly negative number, …).
    #[error("{0}")]
    Domain(&'static str),
    /// The enclosure did not round to a single D-digit decimal within the precision cap.
    #[error(
        "could not certify {digits} significant digits within {bits} bits of precision (the value may sit exactly on a rounding boundary)"
    )]
    PrecisionCap { digits: u32, bits: u32 },
}

/// An enclosure `[lo, hi]` of a real number, both ends finite MPFR floats.
#[derive(Clone, Debug, PartialEq)]
pub struct Interval {
    lo: Float,
    hi: Float,
}

fn down<T>(prec: u32, val: T) -> Float
where
    Float: rug::ops::AssignRound<T, Round = Round, Ordering = Ordering>,
{
    Float::with_val_round(prec, val, Round::Down).0
}

fn up<T>(prec: u32, val: T) -> Float
where
    Float: rug::ops::AssignRound<T, Round = Round, Ordering = Ordering>,
{
    Float::with_val_round(prec, val, Round::Up).0
}

impl Interval {
    fn from_ends(lo: Float, hi: Float) -> Result<Interval, IntervalError> {
        if !(lo.is_finite() && hi.is_finite()) {
            return Err(IntervalError::Domain(
                "the enclosure overflowed the floating-point range",
            ));
        }
        debug_assert!(lo <= hi, "interval ends out of order");
        Ok(Interval { lo, hi })
    }

    /// The enclosure of an exact rational at `prec` bits (a point when it is representable).
    pub fn from_rational(prec: u32, q: &BigRational) -> Interval {
        let r = to_rug_rational(q);
        Interval {
            lo: down(prec, &r),
            hi: up(prec, &r),
        }
    }

    /// The enclosure of an integer.
    pub fn from_int(prec: u32, n: i64) -> Interval {
        Interval {
            lo: down(prec, n),
            hi: up(prec, n),
        }
    }

    /// An enclosure of π.
    pub fn pi(prec: u32) -> Interval {
        Interval {
            lo: down(prec, Constant::Pi),
            hi: up(prec, Constant::Pi),
        }
    }

    /// The same enclosure rounded outward to `prec` bits.
    pub fn with_prec(&self, prec: u32) -> Interval {
        Interval {
            lo: down(prec, &self.lo),
            hi: up(prec, &self.hi),
        }
    }

    /// The lower end.
    pub fn lo(&self) -> &Float {
        &self.lo
    }

    /// The upper end.
    pub fn hi(&self) -> &Float {
        &self.hi
    }

    /// The working precision in bits (the larger of the two ends').
    pub fn prec(&self) -> u32 {
        self.lo.prec().max(self.hi.prec())
    }

    /// The lower end as an exact rational.
    pub fn lo_rational(&self) -> BigRational {
        from_rug_rational(&self.lo.to_rational().expect("finite by construction"))
    }

    /// The upper end as an exact rational.
    pub fn hi_rational(&self) -> BigRational {
        from_rug_rational(&self.hi.to_rational().expect("finite by construction"))
    }

    /// `hi − lo`, rounded up.
    pub fn width(&self) -> Float {
        up(self.prec(), &self.hi - &self.lo)
    }

    /// Whether the exact rational `q` lies in the enclosure.
    pub fn contains_rational(&self, q: &BigRational) -> bool {
        let r = to_rug_rational(q);
        self.lo <= r && r <= self.hi
    }

    /// Whether the float `x` (exactly) lies in the enclosure.
    pub fn contains(&self, x: &Float) -> bool {
        &self.lo <= x && x <= &self.hi
    }

    /// The smallest enclosure of both intervals.
    pub fn hull(&self, other: &Interval) -> Interval {
        let lo = if self.lo <= other.lo {
            self.lo.clone()
        } else {
            other.lo.clone()
        };
        let hi = if self.hi >= other.hi {
            self.hi.clone()
        } else {
            other.hi.clone()
        };
        Interval { lo, hi }
    }

    /// Whether every point is strictly positive.
    pub fn is_positive(&self) -> bool {
        self.lo.is_sign_positive() && !self.lo.is_zero()
    }

    /// Whether every point is strictly negative.
    pub fn is_negative(&self) -> bool {
        self.hi.is_sign_negative() && !self.hi.is_zero()
    }

    /// The quotient `self / other`; an error when `other` may be zero.
    pub fn div(&self, other: &Interval) -> Result<Interval, IntervalError> {
        if !(other.is_positive() || other.is_negative()) {
            return Err(IntervalError::Domain(
                "division by an interval that contains zero",
            ));
        }
        let p = self.prec().max(other.prec());
        let q = [
            (&self.lo, &other.lo),
            (&self.lo, &other.hi),
            (&self.hi, &other.lo),
            (&self.hi, &other.hi),
        ];
        let lo = q
            .iter()
            .map(|(a, b)| down(p, *a / *b))
            .min_by(cmp_float)
            .expect("four");
        let hi = q
            .iter()
            .map(|(a, b)| up(p, *a / *b))
            .max_by(cmp_float)
            .expect("four");
        Interval::from_ends(lo, hi)
    }

    /// `√x` for `x ≥ 0`.
    pub fn sqrt(&self) -> Result<Interval, IntervalError> {
        if self.lo.is_sign_negative() && !self.lo.is_zero() {
            return Err(IntervalError::Domain(
                "square root of a possibly negative number",
            ));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.sqrt_ref()), up(p, self.hi.sqrt_ref()))
    }

    /// The real cube root (increasing on all of ℝ).
    pub fn cbrt(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.lo.cbrt_ref()),
            hi: up(p, self.hi.cbrt_ref()),
        }
    }

    /// `eˣ`.
    pub fn exp(&self) -> Result<Interval, IntervalError> {
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.exp_ref()), up(p, self.hi.exp_ref()))
    }

    /// `ln x` for `x > 0`.
    pub fn ln(&self) -> Result<Interval, IntervalError> {
        if !self.is_positive() {
            return Err(IntervalError::Domain(
                "logarithm of a possibly non-positive number",
            ));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.ln_ref()), up(p, self.hi.ln_ref()))
    }

    /// The error function `erf x = (2/√π) ∫₀ˣ e^(−t²) dt` (increasing on ℝ).
    pub fn erf(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.lo.erf_ref()),
            hi: up(p, self.hi.erf_ref()),
        }
    }

    /// The complementary error function `erfc x = 1 − erf x` (decreasing on ℝ).
    pub fn erfc(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.hi.erfc_ref()),
            hi: up(p, self.lo.erfc_ref()),
        }
    }

    /// `arcsin x` for `x ⊂ [−1, 1]` (increasing).
    pub fn asin(&self) -> Result<Interval, IntervalError> {
        if self.lo < -1 || self.hi > 1 {
            return Err(IntervalError::Domain("arcsine outside [−1, 1]"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.asin_ref()), up(p, self.hi.asin_ref()))
    }

    /// `log₁₀ x` for `x > 0`.
    pub fn log10(&self) -> Result<Interval, IntervalError> {
        if !self.is_positive() {
            return Err(IntervalError::Domain(
                "logarithm of a possibly non-positive number",
            ));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.log10_ref()), up(p, self.hi.log10_ref()))
    }

    /// `artanh x` for `x ⊂ (−1, 1)` (increasing).
    pub fn atanh(&self) -> Result<Interval, IntervalError> {
        if self.lo <= -1 || self.hi >= 1 {
            return Err(IntervalError::Domain("artanh outside (−1, 1)"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.atanh_ref()), up(p, self.hi.atanh_ref()))
    }

    /// `sin x` for `x ⊂ [−1.5, 1.5]`, where sine is increasing.
    pub fn sin(&self) -> Result<Interval, IntervalError> {
        if self.lo < -1.5 || self.hi > 1.5 {
            return Err(IntervalError::Domain(
                "sine is enclosed only on [−1.5, 1.5]",
            ));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.sin_ref()), up(p, self.hi.sin_ref()))
    }

    /// `cos x` on any interval: cos is 1-Lipschitz, so with c = cos(lo) correctly rounded to
    /// nearest (error ≤ ½ ulp ≤ 2^(1−p) since |c| ≤ 1) the enclosure is
    /// [c − 2^(1−p) − w, c + 2^(1−p) + w] with w the width (tight for narrow intervals).
    pub fn cos(&self) -> Interval {
        let p = self.prec();
        let c = Float::with_val(p, self.lo.cos_ref());
        let eps = Float::with_val(p, Float::u_exp(1, 1 - p as i32));
        let slack = up(p, &eps + &self.width());
        let lo = down(p, &c - &slack).max(&Float::with_val(p, -1));
        let hi = up(p, &c + &slack).min(&Float::with_val(p, 1));
        Interval { lo, hi }
    }

    /// Riemann's ζ(x) for `x > 1` (decreasing there; MPFR's zeta is correctly rounded).
    pub fn zeta(&self) -> Result<Interval, IntervalError> {
        if self.lo <= 1 {
            return Err(IntervalError::Domain("ζ(x) is enclosed only for x > 1"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.hi.zeta_ref()), up(p, self.lo.zeta_ref()))
    }

    /// Euler's constant γ_E = 0.5772…
    pub fn euler_gamma(prec: u32) -> Interval {
        Interval {
            lo: down(prec, Constant::Euler),
            hi: up(prec, Constant::Euler),
        }
    }

    /// `x²`, tight when the interval contains 0.
    pub fn square(&self) -> Interval {
        let p = self.prec();
        let (a, b) = (self.lo.clone().abs(), self.hi.clone().abs());
        let (small, large) = if a <= b { (a, b) } else { (b, a) };
        let lo = if self.lo.is_sign_negative() && self.hi.is_sign_positive() {
            Float::with_val(p, 0)
        } else {
            down(p, small.square_ref())
        };
        Interval {
            lo,
            hi: up(p, large.square_ref()),
        }
    }

    /// The sum with an exact rational.
    pub fn add_rational(&self, q: &BigRational) -> Interval {
        self + &Interval::from_rational(self.prec(), q)
    }

    /// The product with an exact rational.
    pub fn mul_rational(&self, q: &BigRational) -> Interval {
        self * &Interval::from_rational(self.prec(), q)
    }

    /// `xʸ` for `x > 0`. Monotone in each argument, so the extremes sit at the corners.
    pub fn pow(&self, y: &Interval) -> Result<Interval, IntervalError> {
        if !self.is_positive() {
            return Err(IntervalError::Domain(
                "power of a possibly non-positive base",
            ));
        }
        let p = self.prec().max(y.prec());
        let corners = [
            (&self.lo, &y.lo),
            (&self.lo, &y.hi),
            (&self.hi, &y.lo),
            (&self.hi, &y.hi),
        ];
        use rug::ops::Pow;
        let lo = corners
            .iter()
            .map(|(a, b)| down(p, (*a).pow(*b)))
            .min_by(cmp_float)
            .expect("four");
        let hi = corners
            .iter()
            .map(|(a, b)| up(p, (*a).pow(*b)))
            .max_by(cmp_float)
            .expect("four");
        Interval::from_ends(lo, hi)
    }

    /// `xⁿ` for an integer exponent (`x` must exclude 0 when `n < 0`).
    pub fn powi(&self, n: i32) -> Result<Interval, IntervalError> {
        if n < 0 {
            return Interval::from_int(self.prec(), 1).div(&self.powi(-n)?);
        }
        let mut acc = Interval::from_int(self.prec(), 1);
        for _ in 0..n {
            acc = &acc * self;
        }
        Ok(acc)
    }

    /// Rounds the enclosure to `digits` significant decimal digits if both ends agree.
    pub fn round_to_digits(&self, digits: u32) -> Option<Decimal> {
        let lo = Decimal::round(&self.lo_rational(), digits)?;
        let hi = Decimal::round(&self.hi_rational(), digits)?;
        (lo == hi).then_some(lo)
    }
}

/// The standard normal density φ(x) = e^(−x²/2)/√(2π).
pub fn normal_pdf(x: &Interval) -> Result<Interval, IntervalError> {
    let p = x.prec();
    let half = BigRational::new(BigInt::from(-1), BigInt::from(2));
    let e = x.square().mul_rational(&half).exp()?;
    let two_pi = Interval::pi(p).mul_rational(&BigRational::from_integer(2.into()));
    e.div(&two_pi.sqrt()?)
}

/// The standard normal distribution function Φ(x) = erfc(−x/√2)/2.
pub fn normal_cdf(x: &Interval) -> Result<Interval, IntervalError> {
    let p = x.prec();
    let root2 = Interval::from_int(p, 2).sqrt()?;
    Ok((-x)
        .div(&root2)?
        .erfc()
        .mul_rational(&BigRational::new(BigInt::one(), BigInt::from(2))))
}

/// A printed rounded number compared with the certified value it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Printed {
    /// As printed, with its number of significant digits.
    pub stated: Decimal,
    /// The exact value, certified to the stated number of digits.
    pub actual: Decimal,
    /// |stated − exact| / |exact|, certified to 3 digits.
    pub relative_error: Decimal,
    /// Whether the exact value rounds to the printed digits.
    pub rounds_to_stated: bool,
    /// Whether the printed digits are the exact value truncated (rounded toward zero).
    pub truncates_to_stated: bool,
    relative_error_upper: BigRational,
}

impl Printed {
    /// Whether the printed digits are a correct rounding or a truncation of the exact value.
    pub fn digits_hold(&self) -> bool {
        self.rounds_to_stated || self.truncates_to_stated
    }

    /// Whether the relative error is at most `bound`.
    pub fn within(&self, bound: &BigRational) -> bool {
        self.relative_error_upper <= *bound
    }

    /// One line of evidence: `stated 0.0176; exact 0.0176 (3 s.f., certified); relative error 0.000426`.
    pub fn describe(&self) -> String {
        format!(
            "stated {}; exact {} ({} s.f., certified); relative error {}",
            self.stated,
            self.actual,
            self.actual.significant_digits(),
            self.relative_error
        )
    }
}

/// Compares the printed decimal `stated` with the real number enclosed by `f`.
pub fn compare_printed<F>(stated: &str, f: F) -> Result<Printed, IntervalError>
where
    F: Fn(u32) -> Result<Interval, IntervalError>,
{
    let stated = Decimal::parse(stated).ok_or(IntervalError::Domain("not a decimal"))?;
    let digits = stated.significant_digits();
    let actual = certify(digits, &f)?;
    let s = stated.to_rational();
    let rel = |prec: u32| {
        let x = f(prec)?;
        let diff = &Interval::from_rational(prec, &s) - &x;
        let abs = if diff.is_negative() { -&diff } else { diff };
        abs.div(&x).map(|r| if r.is_negative() { -&r } else { r })
    };
    let relative_error = certify(3, rel)?;
    let upper = rel(start_precision(digits) + 64)?.hi_rational().abs();
    // truncation: |stated| ≤ |x| < |stated| + one unit in the last printed place, same sign
    let x = f(start_precision(digits) + 128)?;
    let unit = stated.unit_in_last_place();
    let (lo, hi) = if s.is_negative() {
        (-x.hi_rational(), -x.lo_rational())
    } else {
        (x.lo_rational(), x.hi_rational())
    };
    let s_abs = s.abs();
    let truncates = lo >= s_abs && hi < &s_abs + &unit;
    Ok(Printed {
        truncates_to_stated: truncates,
        rounds_to_stated: actual == stated,
        stated,
        actual,
        relative_error,
        relative_error_upper: upper,
    })
}

fn cmp_float(a: &Float, b: &Float) -> Ordering {
    a.partial_cmp(b).expect("finite floats are ordered")
}

impl Add for &Interval {
    type Output = Interval;
    fn add(self, o: &Interval) -> Interval {
        let p = self.prec().max(o.prec());
        Interval {
            lo: down(p, &self.lo + &o.lo),
            hi: up(p, &self.hi + &o.hi),
        }
    }
}

impl Sub for &Interval {
    type Output = Interval;
    fn sub(self, o: &Interval) -> Interval {
        let p = self.prec().max(o.prec());
        Interval {
            lo: down(p, &self.lo - &o.hi),
            hi: up(p, &self.hi - &o.lo),
        }
    }
}

impl Mul for &Interval {
    type Output = Interval;
    fn mul(self, o: &Interval) -> Interval {
        let p = self.prec().max(o.prec());
        let q = [
            (&self.lo, &o.lo),
            (&self.lo, &o.hi),
            (&self.hi, &o.lo),
            (&self.hi, &o.hi),
        ];
        let lo = q
            .iter()
            .map(|(a, b)| down(p, *a * *b))
            .min_by(cmp_float)
            .expect("four");
        let hi = q
            .iter()
            .map(|(a, b)| up(p, *a * *b))
            .max_by(cmp_float)
            .expect("four");
        Interval { lo, hi }
    }
}

impl Sub for Interval {
    type Output = Interval;
    fn sub(self, o: Interval) -> Interval {
        &self - &o
    }
}

impl Mul for Interval {
    type Output = Interval;
    fn mul(self, o: Interval) -> Interval {
        &self * &o
    }
}

impl Add for Interval {
    type Output = Interval;
    fn add(self, o: Interval) -> Interval {
        &self + &o
    }
}

impl Neg for &Interval {
    type Output = Interval;
    fn neg(self) -> Interval {
        Interval {
            lo: Float::with_val(self.hi.prec(), -&self.hi),
            hi: Float::with_val(self.lo.prec(), -&self.lo),
        }
    }
}

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
    pub fn round(q: &BigRational, digits: u32) -> Option<Decimal> {
        if digits == 0 {
            return None;
        }
        if q.is_zero() {
            return Some(Decimal {
                negative: false,
                digits: "0".repeat(digits as usize),
                exponent: 0,
            });
        }
        let a = q.numer().abs();
        let b = q.denom().clone();
        // floor(log10 |q|): start from the digit counts, then correct.
        let mut e = a.to_string().len() as i64 - b.to_string().len() as i64;
        let ge_pow = |e: i64| -> bool {
            // |q| ≥ 10^e  ⇔  a·10^(−e) ≥ b
            if e >= 0 {
                a >= &b * pow10(e as u64)
            } else {
                &a * pow10((-e) as u64) >= b
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
            (&a * pow10(shift as u64), b)
        } else {
            (a.clone(), &b * pow10((-shift) as u64))
        };
        let (mut n, r) = num.div_rem(&den);
        if BigInt::from(2) * r >= den {
            n += 1;
        }
        let mut text = n.to_string();
        if text.len() > digits as usize {
            // rounded up to 10^digits
            text.truncate(digits as usize);
            e += 1;
        }
        Some(Decimal {
            negative: q.is_negative(),
            digits: text,
            exponent: e,
        })
    }

    /// One unit in the last printed place, 10^(exponent − D + 1).
    pub fn unit_in_last_place(&self) -> BigRational {
        let shift = self.exponent - (self.digits.len() as i64 - 1);
        if shift >= 0 {
            BigRational::from_integer(pow10(shift as u64))
        } else {
            BigRational::new(BigInt::one(), pow10((-shift) as u64))
        }
    }

    /// The number of significant digits.
    pub fn significant_digits(&self) -> u32 {
        self.digits.len() as u32
    }

    /// The exact value of the printed decimal.
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

/// A positive integer as an exact rational (a convenience for formulas).
pub fn rational_of(n: &BigUint) -> BigRational {
    BigRational::from_integer(BigInt::from_biguint(Sign::Plus, n.clone()))
}

/// `1` as a rational.
pub fn one() -> BigRational {
    BigRational::one()
}
