//! Certified midpoint–radius balls: a real x is known to satisfy |x − m| ≤ r, where the midpoint
//! m is an MPFR float rounded to nearest at the working precision and the radius r a short float
//! rounded upward.
//!
//! One MPFR evaluation per operation (an [`Interval`](super::interval::Interval) needs two, one
//! per end), which is what long high-precision sums such as the Rademacher series need. Each rule
//! is the textbook propagation bound (as in Arb) plus one unit in the last place of the new
//! midpoint for its rounding; MPFR rounds every operation used here correctly, so half an ulp
//! would do, and the whole ulp leaves a margin.
//!
//! **Every ball is finite.** The constructors give finite balls, and every operation that could
//! leave MPFR's exponent range — or is asked for something outside its domain, such as a
//! division by 0 — returns an [`IntervalError`] instead of a ball with an infinite or NaN end.
//!
//! ```
//! use claimcheck::exact::ball::Ball;
//! // Ramanujan's near-integer e^(π√163) = 640320³ + 744 − 7.5·10⁻¹³: a 128-bit ball (radius
//! // below 2⁻⁶⁰) lies within ½ of that integer and so proves it.
//! let x = Ball::pi(128).mul(&Ball::from_i64(128, 163).sqrt().unwrap()).unwrap().exp().unwrap();
//! assert!(x.rad().get_exp().unwrap() < -60);
//! let m = x.unique_integer().unwrap();
//! assert_eq!(m, rug::Integer::from(640_320u64 * 640_320 * 640_320 + 744));
//! let r = Ball::from_i64(128, 2).sqrt().unwrap();
//! assert!(r.mul(&r).unwrap().contains_rational(&rug::Rational::from(2)));
//! ```

use std::cmp::Ordering;

use rug::float::{Constant, Round};
use rug::ops::AssignRound;
use rug::{Float, Integer, Rational};

use super::interval::IntervalError;

/// Bits of the radius: enough to keep its own rounding (upward) from inflating it noticeably.
const RAD_PREC: u32 = 30;

/// A ball `[mid − rad, mid + rad]` enclosing a real number.
#[derive(Clone, Debug)]
pub struct Ball {
    mid: Float,
    rad: Float,
}

/// A value rounded up to the radius precision.
pub(crate) fn up<T>(val: T) -> Float
where
    Float: AssignRound<T, Round = Round, Ordering = Ordering>,
{
    Float::with_val_round(RAD_PREC, val, Round::Up).0
}

/// A value rounded down to the radius precision.
pub(crate) fn down<T>(val: T) -> Float
where
    Float: AssignRound<T, Round = Round, Ordering = Ordering>,
{
    Float::with_val_round(RAD_PREC, val, Round::Down).0
}

/// |x| rounded up to the radius precision.
fn mag(x: &Float) -> Float {
    up(x.abs_ref())
}

/// One unit in the last place of x at its precision (0 for x = 0, which MPFR returns only
/// when the result is exact): x = f·2^e with ½ ≤ |f| < 1 has ulp 2^(e − prec).
fn ulp(x: &Float) -> Float {
    match x.get_exp() {
        Some(e) => Float::with_val(RAD_PREC, Float::i_exp(1, e - x.prec() as i32)),
        None => Float::new(RAD_PREC),
    }
}

/// |x| + ulp(x): an upper bound of the exact result that x is the rounding of.
fn mag_exact(x: &Float) -> Float {
    up(&mag(x) + &ulp(x))
}

impl Ball {
    fn checked(mid: Float, rad: Float) -> Result<Ball, IntervalError> {
        if mid.is_finite() && rad.is_finite() {
            Ok(Ball { mid, rad })
        } else {
            Err(IntervalError::Domain(
                "the ball overflowed the floating-point range",
            ))
        }
    }

    /// A ball from a value rounded to nearest at `prec` bits: radius 0 when MPFR reports the
    /// rounding exact, one ulp otherwise.
    fn rounded<T>(prec: u32, val: T) -> Ball
    where
        Float: AssignRound<T, Round = Round, Ordering = Ordering>,
    {
        let (mid, direction) = Float::with_val_round(prec, val, Round::Nearest);
        let rad = if direction == Ordering::Equal {
            Float::new(RAD_PREC)
        } else {
            ulp(&mid)
        };
        Ball { mid, rad }
    }

    /// An integer, exact when it fits in `prec` bits.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::{Integer, Rational};
    /// let n = (Integer::from(1) << 100u32) + 1u32; // 101 bits
    /// assert!(Ball::from_integer(128, &n).rad().is_zero());
    /// let coarse = Ball::from_integer(64, &n);
    /// assert!(!coarse.rad().is_zero() && coarse.contains_rational(&Rational::from(n)));
    /// ```
    pub fn from_integer(prec: u32, n: &Integer) -> Ball {
        Ball::rounded(prec, n)
    }

    /// A float, exactly (radius 0) at its own precision.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Float;
    /// let b = Ball::from_float(Float::with_val(53, 0.1)).unwrap();
    /// assert!(b.rad().is_zero() && b.prec() == 53);
    /// assert!(Ball::from_float(Float::with_val(53, f64::NAN)).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when `mid` is infinite or NaN.
    pub fn from_float(mid: Float) -> Result<Ball, IntervalError> {
        Ball::checked(mid, Float::new(RAD_PREC))
    }

    /// A machine integer, exact when it fits in `prec` bits.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// assert!(Ball::from_i64(64, -7).rad().is_zero());
    /// assert!(!Ball::from_i64(4, 17).rad().is_zero()); // 17 needs 5 bits
    /// ```
    pub fn from_i64(prec: u32, n: i64) -> Ball {
        Ball::rounded(prec, n)
    }

    /// A rational, rounded to nearest at `prec` bits (exact when representable).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let third = Rational::from((1, 3));
    /// let b = Ball::from_rational(64, &third);
    /// assert!(b.contains_rational(&third) && !b.rad().is_zero());
    /// assert!(Ball::from_rational(64, &Rational::from((3, 8))).rad().is_zero());
    /// ```
    pub fn from_rational(prec: u32, q: &Rational) -> Ball {
        Ball::rounded(prec, q)
    }

    /// π.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let pi = Ball::pi(64);
    /// assert!(!pi.contains_rational(&Rational::from((355, 113)))); // 355/113 is 2.7·10⁻⁷ too large
    /// assert!(pi.lo_rational().unwrap() > Rational::from((314159, 100000)));
    /// ```
    pub fn pi(prec: u32) -> Ball {
        Ball::rounded(prec, Constant::Pi)
    }

    /// ln 2.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let ln2 = Ball::ln2(64);
    /// assert!(ln2.lo_rational().unwrap() > Rational::from((6931, 10000)));
    /// assert!(ln2.hi_rational().unwrap() < Rational::from((6932, 10000)));
    /// ```
    pub fn ln2(prec: u32) -> Ball {
        Ball::rounded(prec, Constant::Log2)
    }

    /// The midpoint m (rounded to nearest at the working precision).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// assert_eq!(*Ball::from_i64(64, 5).mid(), 5);
    /// ```
    pub fn mid(&self) -> &Float {
        &self.mid
    }

    /// The radius r (a 30-bit float, rounded up): the ball is [m − r, m + r].
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// let b = Ball::from_i64(64, 5).add_error(&rug::Rational::from((1, 4))).unwrap();
    /// assert_eq!(*b.rad(), 0.25);
    /// ```
    pub fn rad(&self) -> &Float {
        &self.rad
    }

    /// The working precision in bits (the midpoint's).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// assert_eq!(Ball::pi(333).prec(), 333);
    /// ```
    pub fn prec(&self) -> u32 {
        self.mid.prec()
    }

    /// The lower end as an exact rational (mid − rad, exactly); None if the ball is not finite.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let b = Ball::from_i64(64, 5).add_error(&Rational::from((1, 4))).unwrap();
    /// assert_eq!(b.lo_rational(), Some(Rational::from((19, 4))));
    /// ```
    pub fn lo_rational(&self) -> Option<Rational> {
        Some(self.mid.to_rational()? - self.rad.to_rational()?)
    }

    /// The upper end as an exact rational.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let b = Ball::from_i64(64, 5).add_error(&Rational::from((1, 4))).unwrap();
    /// assert_eq!(b.hi_rational(), Some(Rational::from((21, 4))));
    /// ```
    pub fn hi_rational(&self) -> Option<Rational> {
        Some(self.mid.to_rational()? + self.rad.to_rational()?)
    }

    /// Does the ball contain the rational q?
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let b = Ball::from_i64(64, 1).add_error(&Rational::from((1, 2))).unwrap();
    /// assert!(b.contains_rational(&Rational::from((1, 2))) && !b.contains_rational(&Rational::from(2)));
    /// ```
    pub fn contains_rational(&self, q: &Rational) -> bool {
        match (self.lo_rational(), self.hi_rational()) {
            (Some(lo), Some(hi)) => lo <= *q && *q <= hi,
            _ => false,
        }
    }

    /// The same ball with its midpoint rounded to `prec` bits.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let third = Rational::from((1, 3));
    /// let b = Ball::from_rational(256, &third).with_prec(20).unwrap();
    /// assert!(b.prec() == 20 && b.contains_rational(&third));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the radius overflows (only at the edge of MPFR's range).
    pub fn with_prec(&self, prec: u32) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(prec, &self.mid);
        let rad = up(&self.rad + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// The ball widened by `extra` (a bound on an error the ball does not yet account for).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let b = Ball::from_i64(64, 0).add_error(&Rational::from((-1, 8))).unwrap(); // |extra| counts
    /// assert!(b.contains_rational(&Rational::from((1, 8))) && b.contains_rational(&Rational::from((-1, 8))));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the radius overflows.
    pub fn add_error(&self, extra: &Rational) -> Result<Ball, IntervalError> {
        Ball::checked(
            self.mid.clone(),
            up(&self.rad + &up(&Rational::from(extra.abs_ref()))),
        )
    }

    /// x·2^e, exact.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// let b = Ball::from_i64(64, 3).mul_pow2(-2).unwrap();
    /// assert!(b.contains_rational(&rug::Rational::from((3, 4))) && b.rad().is_zero());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn mul_pow2(&self, e: i32) -> Result<Ball, IntervalError> {
        Ball::checked(
            Float::with_val(self.prec(), &self.mid << e),
            Float::with_val(RAD_PREC, &self.rad << e),
        )
    }

    fn sum_prec(&self, other: &Ball) -> u32 {
        self.prec().max(other.prec())
    }

    /// x + y at the larger of the two precisions.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let (a, b) = (Ball::from_rational(64, &Rational::from((1, 3))), Ball::from_rational(64, &Rational::from((2, 3))));
    /// assert!(a.add(&b).unwrap().contains_rational(&Rational::from(1)));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn add(&self, other: &Ball) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.sum_prec(other), &self.mid + &other.mid);
        let rad = up(&up(&self.rad + &other.rad) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x − y at the larger of the two precisions.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let third = Ball::from_rational(64, &Rational::from((1, 3)));
    /// let zero = third.sub(&third).unwrap();
    /// // the radii add: the ball does not know that the two operands are one number
    /// assert!(zero.mid().is_zero() && !zero.rad().is_zero());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn sub(&self, other: &Ball) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.sum_prec(other), &self.mid - &other.mid);
        let rad = up(&up(&self.rad + &other.rad) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x·y: |xy − x̃ỹ| ≤ |x̃|r_y + |ỹ|r_x + r_x r_y.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let third = Ball::from_rational(64, &Rational::from((1, 3)));
    /// assert!(third.mul(&Ball::from_i64(64, 3)).unwrap().contains_rational(&Rational::from(1)));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn mul(&self, other: &Ball) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.sum_prec(other), &self.mid * &other.mid);
        let cross = up(&up(&mag(&self.mid) * &other.rad) + &up(&mag(&other.mid) * &self.rad));
        let rad = up(&up(&cross + &up(&self.rad * &other.rad)) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x²: |x² − x̃²| ≤ 2|x̃|r + r² (one squaring, cheaper than a product of two numbers).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let r = Ball::from_i64(64, 3).sqrt().unwrap();
    /// assert!(r.square().unwrap().contains_rational(&Rational::from(3)));
    /// let wide = Ball::from_i64(64, 1).add_error(&Rational::from((1, 2))).unwrap();
    /// assert!(wide.square().unwrap().contains_rational(&Rational::from((9, 4)))); // (1 + ½)²
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn square(&self) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.prec(), self.mid.square_ref());
        let cross = up(&mag(&self.mid) * &self.rad) << 1u32;
        let rad = up(&up(&cross + &up(self.rad.square_ref())) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x·n for an integer n (exact multiplier).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::{Integer, Rational};
    /// let third = Ball::from_rational(64, &Rational::from((1, 3)));
    /// let n = Integer::from(Integer::u_pow_u(10, 30));
    /// let x = third.mul_integer(&(-n.clone())).unwrap();
    /// assert!(x.contains_rational(&Rational::from((-n, 3))));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the result leaves MPFR's exponent range.
    pub fn mul_integer(&self, n: &Integer) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.prec(), &self.mid * n);
        let rad = up(&up(&self.rad * &up(&Integer::from(n.abs_ref()))) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x/n for a positive machine integer n.
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when n = 0.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// assert!(Ball::from_i64(64, 1).div_u64(0).is_err());
    /// assert!(Ball::from_i64(64, 6).div_u64(3).unwrap().contains_rational(&rug::Rational::from(2)));
    /// ```
    pub fn div_u64(&self, n: u64) -> Result<Ball, IntervalError> {
        if n == 0 {
            return Err(IntervalError::Domain("division of a ball by 0"));
        }
        let mid = Float::with_val(self.prec(), &self.mid / n);
        let rad = up(&up(&self.rad / &down(n)) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// The distance from 0 to the ball, rounded down, or None when the ball contains 0.
    fn lower_magnitude(&self) -> Option<Float> {
        let low = down(&down(self.mid.abs_ref()) - &self.rad);
        (low > 0).then_some(low)
    }

    /// x/y: |x/y − x̃/ỹ| ≤ (r_x + |x̃/ỹ|·r_y)/(|ỹ| − r_y), defined when the ball y excludes 0.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let x = Ball::from_i64(64, 2).div(&Ball::from_i64(64, -6)).unwrap();
    /// assert!(x.contains_rational(&Rational::from((-1, 3))));
    /// let near_zero = Ball::from_i64(64, 0).add_error(&Rational::from((1, 10))).unwrap();
    /// assert!(Ball::from_i64(64, 1).div(&near_zero).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the divisor's ball contains 0, or the result leaves MPFR's
    /// range.
    pub fn div(&self, other: &Ball) -> Result<Ball, IntervalError> {
        let low = other
            .lower_magnitude()
            .ok_or(IntervalError::Domain("division by a ball containing 0"))?;
        let mid = Float::with_val(self.sum_prec(other), &self.mid / &other.mid);
        let numer = up(&self.rad + &up(&mag_exact(&mid) * &other.rad));
        let rad = up(&up(&numer / &low) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// 1/x.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// assert!(Ball::from_i64(64, 7).recip().unwrap().contains_rational(&Rational::from((1, 7))));
    /// assert!(Ball::from_i64(64, 0).recip().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the ball contains 0.
    pub fn recip(&self) -> Result<Ball, IntervalError> {
        Ball::from_i64(self.prec(), 1).div(self)
    }

    /// 1/x for a ball of positive numbers as the ball 0 ± 1/(x̃ − r): no division at the working
    /// precision, for when 1/x is negligible beside what it is added to (e^(−x) next to e^x).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let r = Ball::from_i64(64, 1000).negligible_recip().unwrap();
    /// assert!(r.mid().is_zero() && r.contains_rational(&Rational::from((1, 1000))));
    /// assert!(Ball::from_i64(64, -5).negligible_recip().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the ball lies strictly above 0.
    pub fn negligible_recip(&self) -> Result<Ball, IntervalError> {
        let low = self
            .lower_magnitude()
            .filter(|_| self.mid > 0)
            .ok_or(IntervalError::Domain("reciprocal of a ball reaching 0"))?;
        Ball::checked(
            Float::new(self.prec()),
            up(&Float::with_val(RAD_PREC, 1) / &low),
        )
    }

    /// √x for a ball of positive numbers: |√x − √x̃| ≤ r/(2√(x̃ − r)).
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let r = Ball::from_i64(64, 2).sqrt().unwrap();
    /// assert!(r.mul(&r).unwrap().contains_rational(&Rational::from(2)));
    /// assert!(Ball::from_i64(64, 0).sqrt().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the ball lies strictly above 0.
    pub fn sqrt(&self) -> Result<Ball, IntervalError> {
        let low = self
            .lower_magnitude()
            .filter(|_| self.mid > 0)
            .ok_or(IntervalError::Domain("square root of a ball reaching 0"))?;
        let mid = Float::with_val(self.prec(), self.mid.sqrt_ref());
        let rad = up(&up(&self.rad / &down(&down(low.sqrt_ref()) * 2u32)) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// x^(1/k) for a ball of positive numbers and k ≥ 1: the derivative (1/k)t^(1/k − 1) is at
    /// most (1/k)·x̃^(1/k)/(x̃ − r) on the ball, so the radius is r·|m|/(k(x̃ − r)) + ulp.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let r = Ball::from_i64(64, 5).root(5).unwrap();
    /// let r5 = r.mul(&r).unwrap().mul(&r).unwrap().mul(&r).unwrap().mul(&r).unwrap();
    /// assert!(r5.contains_rational(&Rational::from(5)));
    /// assert!(Ball::from_i64(64, 5).root(0).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the ball lies strictly above 0 and k ≥ 1.
    pub fn root(&self, k: u32) -> Result<Ball, IntervalError> {
        let low = self
            .lower_magnitude()
            .filter(|_| self.mid > 0 && k > 0)
            .ok_or(IntervalError::Domain("root of a ball reaching 0"))?;
        let mid = Float::with_val(self.prec(), self.mid.root_ref(k));
        let slope = up(&mag_exact(&mid) / &down(&low * k));
        let rad = up(&up(&self.rad * &slope) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// eˣ: |e^(x̃+t) − e^x̃| ≤ e^x̃·(e^r − 1) for |t| ≤ r.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let (a, b) = (Ball::from_rational(64, &Rational::from((1, 3))), Ball::from_rational(64, &Rational::from((2, 3))));
    /// let e = Ball::from_i64(64, 1).exp().unwrap();
    /// let product = a.exp().unwrap().mul(&b.exp().unwrap()).unwrap(); // e^(1/3)·e^(2/3) = e
    /// assert!(product.lo_rational() <= e.hi_rational() && e.lo_rational() <= product.hi_rational());
    /// assert!(Ball::from_i64(64, i64::MAX).exp().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when eˣ leaves MPFR's exponent range.
    pub fn exp(&self) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.prec(), self.mid.exp_ref());
        let rad = up(&up(&mag_exact(&mid) * &up(self.rad.exp_m1_ref())) + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// cos x: |cos′| ≤ 1, so the radius grows by r.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::Rational;
    /// let c = Ball::pi(64).cos().unwrap();
    /// assert!(c.contains_rational(&Rational::from(-1)));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the radius overflows (only at the edge of MPFR's range).
    pub fn cos(&self) -> Result<Ball, IntervalError> {
        let mid = Float::with_val(self.prec(), self.mid.cos_ref());
        let rad = up(&self.rad + &ulp(&mid));
        Ball::checked(mid, rad)
    }

    /// The integer the ball proves, if it contains exactly one: the nearest integer m to the
    /// midpoint when |mid − m| + rad < ½, checked in exact rationals.
    ///
    /// ```
    /// use claimcheck::exact::ball::Ball;
    /// use rug::{Integer, Rational};
    /// let b = Ball::from_rational(64, &Rational::from((29, 10)));
    /// assert_eq!(b.unique_integer(), Some(Integer::from(3)));
    /// let wide = b.add_error(&Rational::from((1, 2))).unwrap(); // [2.4, 3.4] holds 3 only, but
    /// assert_eq!(wide.unique_integer(), None); // |2.9 − 3| + ½ ≥ ½ does not prove it
    /// ```
    pub fn unique_integer(&self) -> Option<Integer> {
        let m = self.mid.to_integer()?;
        let distance = (self.mid.to_rational()? - &m).abs() + self.rad.to_rational()?;
        (distance < Rational::from((1, 2))).then_some(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ulp_is_the_last_place() {
        let x = Float::with_val(10, 1.5);
        assert_eq!(ulp(&x), Float::with_val(RAD_PREC, 2f64.powi(-9)));
        assert_eq!(ulp(&Float::new(10)), 0);
    }

    #[test]
    fn unique_integer_needs_distance_below_half() {
        let b = Ball::from_rational(64, &Rational::from((7, 2))); // exactly 3.5
        assert_eq!(b.unique_integer(), None);
        let c = Ball::from_rational(64, &Rational::from((10, 3)));
        assert_eq!(c.unique_integer(), Some(Integer::from(3)));
    }
}
