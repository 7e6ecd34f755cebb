//! Certified real enclosures.
//!
//! An [`Interval`] is a pair of MPFR floats `lo ≤ x ≤ hi` known to enclose a real number `x`.
//! Every operation rounds its lower end down and its upper end up (MPFR rounds each operation
//! correctly in the direction asked), so the enclosure stays valid whatever the precision.
//!
//! Digits are printed only when they are proven, by [`super::certify`]; printed decimals live in
//! [`super::decimal`] and the comparison of a printed number with its value in [`super::printed`].

use std::cmp::Ordering;

use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed};
use rug::Float;
use rug::float::{Constant, Round};
use thiserror::Error;

use super::decimal::Decimal;
use super::integer::{from_rug_rational, to_rug_rational};

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
    /// An enclosure of an integer (such as p(n) by the Rademacher series) still held more than
    /// one integer at the largest precision tried.
    #[error("the enclosure did not isolate a single integer within {bits} bits of precision")]
    NoUniqueInteger { bits: u32 },
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let third = Interval::from_rational(64, &q(1, 3));
    /// assert!(third.contains_rational(&q(1, 3)) && third.lo() < third.hi());
    /// let half = Interval::from_rational(64, &q(1, 2));
    /// assert_eq!(half.lo(), half.hi()); // 1/2 is a binary fraction: a point
    /// ```
    pub fn from_rational(prec: u32, q: &BigRational) -> Interval {
        let r = to_rug_rational(q);
        Interval {
            lo: down(prec, &r),
            hi: up(prec, &r),
        }
    }

    /// The enclosure of a GMP integer of any size at `prec` bits (a point when it fits).
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let big = rug::Integer::from(1) << 200u32;
    /// let x = Interval::from_integer(64, &(big.clone() + 1));
    /// assert!(x.lo() < x.hi() && *x.lo() == big);
    /// ```
    pub fn from_integer(prec: u32, n: &rug::Integer) -> Interval {
        Interval {
            lo: down(prec, n),
            hi: up(prec, n),
        }
    }

    /// The enclosure of an integer.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let big = Interval::from_int(8, 257); // 257 needs 9 bits
    /// assert!(*big.lo() == 256 && *big.hi() == 258);
    /// ```
    pub fn from_int(prec: u32, n: i64) -> Interval {
        Interval {
            lo: down(prec, n),
            hi: up(prec, n),
        }
    }

    /// An enclosure of π.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let pi = Interval::pi(64);
    /// assert!(pi.lo_rational() > q(314159265358979, 100000000000000));
    /// assert!(pi.hi_rational() < q(314159265358980, 100000000000000));
    /// ```
    pub fn pi(prec: u32) -> Interval {
        Interval {
            lo: down(prec, Constant::Pi),
            hi: up(prec, Constant::Pi),
        }
    }

    /// The same enclosure rounded outward to `prec` bits.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let fine = Interval::from_rational(200, &q(1, 3));
    /// let coarse = fine.with_prec(10);
    /// assert!(coarse.prec() == 10 && coarse.contains_rational(&q(1, 3)));
    /// assert!(coarse.lo() <= fine.lo() && fine.hi() <= coarse.hi());
    /// ```
    pub fn with_prec(&self, prec: u32) -> Interval {
        Interval {
            lo: down(prec, &self.lo),
            hi: up(prec, &self.hi),
        }
    }

    /// The lower end.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let x = Interval::from_int(64, -3).hull(&Interval::from_int(64, 5));
    /// assert_eq!(*x.lo(), -3);
    /// ```
    pub fn lo(&self) -> &Float {
        &self.lo
    }

    /// The upper end.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let x = Interval::from_int(64, -3).hull(&Interval::from_int(64, 5));
    /// assert_eq!(*x.hi(), 5);
    /// ```
    pub fn hi(&self) -> &Float {
        &self.hi
    }

    /// The working precision in bits (the larger of the two ends').
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// assert_eq!(Interval::pi(100).prec(), 100);
    /// ```
    pub fn prec(&self) -> u32 {
        self.lo.prec().max(self.hi.prec())
    }

    /// The lower end as an exact rational.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_rational(64, &q(-3, 8));
    /// assert_eq!(x.lo_rational(), q(-3, 8));
    /// ```
    pub fn lo_rational(&self) -> BigRational {
        from_rug_rational(&self.lo.to_rational().expect("finite by construction"))
    }

    /// The upper end as an exact rational.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_rational(4, &q(1, 3)); // 1/3 between 5/16 and 11/32 at 4 bits
    /// assert!(x.hi_rational() > q(1, 3) && x.hi_rational() - q(1, 3) < q(1, 32));
    /// ```
    pub fn hi_rational(&self) -> BigRational {
        from_rug_rational(&self.hi.to_rational().expect("finite by construction"))
    }

    /// `hi − lo`, rounded up.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let x = Interval::from_int(64, 2).hull(&Interval::from_int(64, 7));
    /// assert_eq!(x.width(), 5);
    /// assert_eq!(Interval::from_int(64, 7).width(), 0);
    /// ```
    pub fn width(&self) -> Float {
        up(self.prec(), &self.hi - &self.lo)
    }

    /// Whether the exact rational `q` lies in the enclosure.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let pi = Interval::pi(64);
    /// assert!(!pi.contains_rational(&q(22, 7)) && !pi.contains_rational(&q(355, 113)));
    /// ```
    pub fn contains_rational(&self, q: &BigRational) -> bool {
        let r = to_rug_rational(q);
        self.lo <= r && r <= self.hi
    }

    /// Whether the float `x` (exactly) lies in the enclosure.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// use rug::Float;
    /// let x = Interval::from_int(64, 1).hull(&Interval::from_int(64, 2));
    /// assert!(x.contains(&Float::with_val(64, 1.5)) && !x.contains(&Float::with_val(64, 2.5)));
    /// ```
    pub fn contains(&self, x: &Float) -> bool {
        &self.lo <= x && x <= &self.hi
    }

    /// The smallest enclosure of both intervals.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let x = Interval::from_int(64, 4).hull(&Interval::from_int(64, -1));
    /// assert!(*x.lo() == -1 && *x.hi() == 4);
    /// ```
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
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// assert!(Interval::pi(64).is_positive());
    /// let zero_to_one = Interval::from_int(64, 0).hull(&Interval::from_int(64, 1));
    /// assert!(!zero_to_one.is_positive() && !zero_to_one.is_negative());
    /// ```
    pub fn is_positive(&self) -> bool {
        self.lo.is_sign_positive() && !self.lo.is_zero()
    }

    /// Whether every point is strictly negative.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// assert!((-&Interval::pi(64)).is_negative() && !Interval::pi(64).is_negative());
    /// ```
    pub fn is_negative(&self) -> bool {
        self.hi.is_sign_negative() && !self.hi.is_zero()
    }

    /// The quotient `self / other`; an error when `other` may be zero.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_int(64, 1).div(&Interval::from_int(64, -3)).unwrap();
    /// assert!(x.contains_rational(&q(-1, 3)) && x.is_negative());
    /// let around_zero = Interval::from_int(64, -1).hull(&Interval::from_int(64, 1));
    /// assert!(Interval::from_int(64, 1).div(&around_zero).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the divisor may be 0.
    pub fn div(&self, other: &Interval) -> Result<Interval, IntervalError> {
        if !(other.is_positive() || other.is_negative()) {
            return Err(IntervalError::Domain(
                "division by an interval that contains zero",
            ));
        }
        let p = self.prec().max(other.prec());
        let (a, b) = (self, other);
        let nonneg = !a.lo.is_sign_negative() || a.lo.is_zero();
        let nonpos = a.hi.is_sign_negative() || a.hi.is_zero();
        // the quotient's extremes, by the signs (the divisor has one sign throughout)
        let ((l1, l2), (h1, h2)) = match (b.is_positive(), nonneg, nonpos) {
            (true, true, _) => ((&a.lo, &b.hi), (&a.hi, &b.lo)),
            (true, false, true) => ((&a.lo, &b.lo), (&a.hi, &b.hi)),
            (true, false, false) => ((&a.lo, &b.lo), (&a.hi, &b.lo)),
            (false, true, _) => ((&a.hi, &b.hi), (&a.lo, &b.lo)),
            (false, false, true) => ((&a.hi, &b.lo), (&a.lo, &b.hi)),
            (false, false, false) => ((&a.hi, &b.hi), (&a.lo, &b.hi)),
        };
        Interval::from_ends(down(p, l1 / l2), up(p, h1 / h2))
    }

    /// `√x` for `x ≥ 0`.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let r = Interval::from_int(64, 2).sqrt().unwrap();
    /// assert!(r.lo_rational() > q(14142, 10000) && r.hi_rational() < q(14143, 10000));
    /// assert!(Interval::from_int(64, -1).sqrt().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the interval reaches below 0.
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
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let r = Interval::from_int(64, -27).cbrt();
    /// assert!(*r.lo() == -3 && *r.hi() == -3);
    /// ```
    pub fn cbrt(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.lo.cbrt_ref()),
            hi: up(p, self.hi.cbrt_ref()),
        }
    }

    /// The k-th root `x^(1/k)` for `x ≥ 0` and `k ≥ 1` (MPFR's correctly rounded `rootn_ui`;
    /// increasing, so each end is rounded outward on its own).
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let r = Interval::from_int(64, 1_000_000_000).root(3).unwrap();
    /// assert!(*r.lo() == 1000 && *r.hi() == 1000);
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] for k = 0 or when the interval reaches below 0.
    pub fn root(&self, k: u32) -> Result<Interval, IntervalError> {
        if k == 0 {
            return Err(IntervalError::Domain("the 0-th root is undefined"));
        }
        if self.lo.is_sign_negative() && !self.lo.is_zero() {
            return Err(IntervalError::Domain("root of a possibly negative number"));
        }
        let p = self.prec();
        Ok(Interval {
            lo: down(p, self.lo.root_ref(k)),
            hi: up(p, self.hi.root_ref(k)),
        })
    }

    /// `eˣ`.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let e = Interval::from_int(64, 1).exp().unwrap();
    /// assert!(e.lo_rational() > q(271828, 100000) && e.hi_rational() < q(271829, 100000));
    /// assert!(Interval::from_int(64, i64::MAX).exp().is_err()); // beyond MPFR's exponent range
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when eˣ leaves MPFR's exponent range.
    pub fn exp(&self) -> Result<Interval, IntervalError> {
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.exp_ref()), up(p, self.hi.exp_ref()))
    }

    /// `ln x` for `x > 0`.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let l = Interval::from_int(64, 1).ln().unwrap();
    /// assert!(*l.lo() == 0 && *l.hi() == 0);
    /// assert!(Interval::from_int(64, 0).ln().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the interval lies strictly above 0.
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// // erf(1) = 0.8427007929…
    /// let e = Interval::from_int(64, 1).erf();
    /// assert!(e.lo_rational() > q(8427007, 10000000) && e.hi_rational() < q(8427008, 10000000));
    /// ```
    pub fn erf(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.lo.erf_ref()),
            hi: up(p, self.hi.erf_ref()),
        }
    }

    /// The complementary error function `erfc x = 1 − erf x` (decreasing on ℝ).
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_rational(64, &q(1, 2));
    /// let one = &x.erf() + &x.erfc();
    /// assert!(one.contains_rational(&q(1, 1)));
    /// ```
    pub fn erfc(&self) -> Interval {
        let p = self.prec();
        Interval {
            lo: down(p, self.hi.erfc_ref()),
            hi: up(p, self.lo.erfc_ref()),
        }
    }

    /// `arcsin x` for `x ⊂ [−1, 1]` (increasing).
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let a = Interval::from_int(64, 1).asin().unwrap();
    /// let half_pi = Interval::pi(64).mul_rational(&q(1, 2));
    /// assert!(a.lo() <= half_pi.hi() && half_pi.lo() <= a.hi());
    /// assert!(Interval::from_rational(64, &q(3, 2)).asin().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the interval leaves [−1, 1].
    pub fn asin(&self) -> Result<Interval, IntervalError> {
        if self.lo < -1 || self.hi > 1 {
            return Err(IntervalError::Domain("arcsine outside [−1, 1]"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.asin_ref()), up(p, self.hi.asin_ref()))
    }

    /// `log₁₀ x` for `x > 0`.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let l = Interval::from_int(64, 1000).log10().unwrap();
    /// assert!(*l.lo() == 3 && *l.hi() == 3);
    /// assert!(Interval::from_int(64, -1).log10().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the interval lies strictly above 0.
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// // artanh(1/2) = ln(3)/2
    /// let a = Interval::from_rational(64, &q(1, 2)).atanh().unwrap();
    /// let b = Interval::from_int(64, 3).ln().unwrap().mul_rational(&q(1, 2));
    /// assert!(a.lo() <= b.hi() && b.lo() <= a.hi());
    /// assert!(Interval::from_int(64, 1).atanh().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the interval leaves (−1, 1).
    pub fn atanh(&self) -> Result<Interval, IntervalError> {
        if self.lo <= -1 || self.hi >= 1 {
            return Err(IntervalError::Domain("artanh outside (−1, 1)"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.lo.atanh_ref()), up(p, self.hi.atanh_ref()))
    }

    /// `sin x` for `x ⊂ [−1.5, 1.5]`, where sine is increasing.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_rational(64, &q(1, 3));
    /// let one = &x.sin().unwrap().square() + &x.cos().square();
    /// assert!(one.contains_rational(&q(1, 1)));
    /// assert!(Interval::from_int(64, 2).sin().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] when the interval leaves [−1.5, 1.5].
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let c = Interval::pi(64).cos(); // cos π = −1
    /// assert!(c.contains_rational(&q(-1, 1)) && c.width() < 1e-15);
    /// ```
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// // ζ(2) = π²/6
    /// let z = Interval::from_int(64, 2).zeta().unwrap();
    /// let pi2_6 = Interval::pi(64).square().mul_rational(&q(1, 6));
    /// assert!(z.lo() <= pi2_6.hi() && pi2_6.lo() <= z.hi());
    /// assert!(Interval::from_int(64, 1).zeta().is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the interval lies strictly above 1.
    pub fn zeta(&self) -> Result<Interval, IntervalError> {
        if self.lo <= 1 {
            return Err(IntervalError::Domain("ζ(x) is enclosed only for x > 1"));
        }
        let p = self.prec();
        Interval::from_ends(down(p, self.hi.zeta_ref()), up(p, self.lo.zeta_ref()))
    }

    /// Euler's constant γ_E = 0.5772…
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let g = Interval::euler_gamma(64);
    /// assert!(g.lo_rational() > q(5772156, 10000000) && g.hi_rational() < q(5772157, 10000000));
    /// ```
    pub fn euler_gamma(prec: u32) -> Interval {
        Interval {
            lo: down(prec, Constant::Euler),
            hi: up(prec, Constant::Euler),
        }
    }

    /// `x²`, tight when the interval contains 0.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// let x = Interval::from_int(64, -2).hull(&Interval::from_int(64, 3));
    /// let s = x.square();
    /// assert!(*s.lo() == 0 && *s.hi() == 9); // not [−6, 9], as x·x would give
    /// ```
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_int(64, 1).add_rational(&q(1, 4));
    /// assert!(x.contains_rational(&q(5, 4)) && x.width() == 0);
    /// ```
    pub fn add_rational(&self, q: &BigRational) -> Interval {
        self + &Interval::from_rational(self.prec(), q)
    }

    /// The product with an exact rational.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_int(64, 3).mul_rational(&q(1, 3));
    /// assert!(x.contains_rational(&q(1, 1)));
    /// ```
    pub fn mul_rational(&self, q: &BigRational) -> Interval {
        self * &Interval::from_rational(self.prec(), q)
    }

    /// `xʸ` for `x > 0`. Monotone in each argument, so the extremes sit at the corners.
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_int(64, 8).pow(&Interval::from_rational(64, &q(2, 3))).unwrap();
    /// assert!(x.contains_rational(&q(4, 1)));
    /// assert!(Interval::from_int(64, 0).pow(&Interval::from_int(64, 2)).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless the base lies strictly above 0, or when the result leaves MPFR's range.
    pub fn pow(&self, y: &Interval) -> Result<Interval, IntervalError> {
        if !self.is_positive() {
            return Err(IntervalError::Domain(
                "power of a possibly non-positive base",
            ));
        }
        let p = self.prec().max(y.prec());
        use rug::ops::Pow;
        let (x_ge_1, x_le_1) = (self.lo >= 1, self.hi <= 1);
        let (y_ge_0, y_le_0) = (
            !y.lo.is_sign_negative() || y.lo.is_zero(),
            y.hi.is_sign_negative() || y.hi.is_zero(),
        );
        // x^y increases in x for y ≥ 0 (decreases for y ≤ 0) and in y for x ≥ 1 (decreases for
        // x ≤ 1): the extremes are known corners, except when x straddles 1 and y straddles 0
        let (x, y) = (self, y);
        let corners = match (x_ge_1, x_le_1, y_ge_0, y_le_0) {
            (true, _, true, _) => Some(((&x.lo, &y.lo), (&x.hi, &y.hi))),
            (true, _, false, true) => Some(((&x.hi, &y.lo), (&x.lo, &y.hi))),
            (true, _, false, false) => Some(((&x.hi, &y.lo), (&x.hi, &y.hi))),
            (false, true, true, _) => Some(((&x.lo, &y.hi), (&x.hi, &y.lo))),
            (false, true, false, true) => Some(((&x.hi, &y.hi), (&x.lo, &y.lo))),
            (false, true, false, false) => Some(((&x.lo, &y.hi), (&x.lo, &y.lo))),
            (false, false, true, _) => Some(((&x.lo, &y.hi), (&x.hi, &y.hi))),
            (false, false, false, true) => Some(((&x.hi, &y.lo), (&x.lo, &y.lo))),
            (false, false, false, false) => None,
        };
        if let Some(((a, b), (c, d))) = corners {
            return Interval::from_ends(down(p, a.pow(b)), up(p, c.pow(d)));
        }
        let corners = [
            (&self.lo, &y.lo),
            (&self.lo, &y.hi),
            (&self.hi, &y.lo),
            (&self.hi, &y.hi),
        ];
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
    ///
    /// ```
    /// use claimcheck::exact::{interval::Interval, rational::q};
    /// let x = Interval::from_int(64, 2).powi(-3).unwrap();
    /// assert!(x.contains_rational(&q(1, 8)) && x.width() == 0);
    /// assert!(Interval::from_int(64, 0).powi(-1).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] for n < 0 when the interval may contain 0.
    pub fn powi(&self, n: i32) -> Result<Interval, IntervalError> {
        let mut acc = Interval::from_int(self.prec(), 1);
        for _ in 0..n.unsigned_abs() {
            acc = &acc * self;
        }
        // n ≥ 0 exactly when it is a u32: x^|n|, or 1/x^|n| for n < 0
        match u32::try_from(n) {
            Ok(_) => Ok(acc),
            Err(_) => Interval::from_int(self.prec(), 1).div(&acc),
        }
    }

    /// Rounds the enclosure to `digits` significant decimal digits if both ends agree.
    ///
    /// ```
    /// use claimcheck::exact::interval::Interval;
    /// assert_eq!(Interval::pi(64).round_to_digits(6).unwrap().to_string(), "3.14159");
    /// assert_eq!(Interval::pi(8).round_to_digits(6), None); // 8 bits do not decide 6 digits
    /// ```
    pub fn round_to_digits(&self, digits: u32) -> Option<Decimal> {
        let exact = |x: &Float| x.to_rational().expect("finite by construction");
        let lo = Decimal::round_rug(&exact(&self.lo), digits)?;
        let hi = Decimal::round_rug(&exact(&self.hi), digits)?;
        (lo == hi).then_some(lo)
    }
}

/// The standard normal density φ(x) = e^(−x²/2)/√(2π).
///
/// ```
/// use claimcheck::exact::{interval::{normal_pdf, Interval}, rational::q};
/// // φ(0) = 1/√(2π) = 0.3989422804…
/// let p = normal_pdf(&Interval::from_int(64, 0)).unwrap();
/// assert!(p.lo_rational() > q(398942280, 1000000000) && p.hi_rational() < q(398942281, 1000000000));
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] only if e^(−x²/2) leaves MPFR's range (never for finite x).
pub fn normal_pdf(x: &Interval) -> Result<Interval, IntervalError> {
    let p = x.prec();
    let half = BigRational::new(BigInt::from(-1), BigInt::from(2));
    let e = x.square().mul_rational(&half).exp()?;
    let two_pi = Interval::pi(p).mul_rational(&BigRational::from_integer(2.into()));
    e.div(&two_pi.sqrt()?)
}

/// The standard normal distribution function Φ(x) = erfc(−x/√2)/2.
///
/// ```
/// use claimcheck::exact::{interval::{normal_cdf, Interval}, rational::q};
/// let x = Interval::from_rational(64, &q(3, 4));
/// let one = &normal_cdf(&x).unwrap() + &normal_cdf(&-&x).unwrap(); // Φ(x) + Φ(−x) = 1
/// assert!(one.contains_rational(&q(1, 1)));
/// assert!(normal_cdf(&Interval::from_int(64, 0)).unwrap().contains_rational(&q(1, 2)));
/// ```
///
/// # Errors
/// Never for a finite interval: the one fallible step divides by √2, which excludes 0.
pub fn normal_cdf(x: &Interval) -> Result<Interval, IntervalError> {
    let p = x.prec();
    let root2 = Interval::from_int(p, 2).sqrt()?;
    Ok((-x)
        .div(&root2)?
        .erfc()
        .mul_rational(&BigRational::new(BigInt::one(), BigInt::from(2))))
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
    /// By the signs of the factors: two products, or four when both straddle zero.
    fn mul(self, o: &Interval) -> Interval {
        let p = self.prec().max(o.prec());
        let sign = |x: &Interval| {
            if !x.lo.is_sign_negative() || x.lo.is_zero() {
                1
            } else if x.hi.is_sign_negative() || x.hi.is_zero() {
                -1
            } else {
                0
            }
        };
        let (a, b) = (self, o);
        let ((l1, l2), (h1, h2)) = match (sign(a), sign(b)) {
            (1, 1) => ((&a.lo, &b.lo), (&a.hi, &b.hi)),
            (1, -1) => ((&a.hi, &b.lo), (&a.lo, &b.hi)),
            (-1, 1) => ((&a.lo, &b.hi), (&a.hi, &b.lo)),
            (-1, -1) => ((&a.hi, &b.hi), (&a.lo, &b.lo)),
            (1, 0) => ((&a.hi, &b.lo), (&a.hi, &b.hi)),
            (-1, 0) => ((&a.lo, &b.hi), (&a.lo, &b.lo)),
            (0, 1) => ((&a.lo, &b.hi), (&a.hi, &b.hi)),
            (0, -1) => ((&a.hi, &b.lo), (&a.lo, &b.lo)),
            _ => {
                // both straddle zero: lo = min(a₀b₁, a₁b₀), hi = max(a₀b₀, a₁b₁)
                let lo = down(p, &a.lo * &b.hi).min(&down(p, &a.hi * &b.lo));
                let hi = up(p, &a.lo * &b.lo).max(&up(p, &a.hi * &b.hi));
                return Interval { lo, hi };
            }
        };
        Interval {
            lo: down(p, l1 * l2),
            hi: up(p, h1 * h2),
        }
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

/// The largest |x| over an enclosure, as an exact rational.
///
/// ```
/// use claimcheck::exact::{interval::{magnitude, Interval}, rational::q};
/// let x = Interval::from_int(64, -5).hull(&Interval::from_int(64, 3));
/// assert_eq!(magnitude(&x), q(5, 1));
/// ```
pub fn magnitude(x: &Interval) -> BigRational {
    x.lo_rational().abs().max(x.hi_rational().abs())
}

/// Whether every point of `a` lies below every point of `b` (a certified a < b); enclosures that
/// touch are not ordered.
///
/// ```
/// use claimcheck::exact::interval::{below, Interval};
/// let a = Interval::from_int(64, 0).hull(&Interval::from_int(64, 1));
/// let b = Interval::from_int(64, 1).hull(&Interval::from_int(64, 2));
/// assert!(!below(&a, &b) && below(&a, &Interval::from_int(64, 2)) && !below(&b, &a));
/// ```
pub fn below(a: &Interval, b: &Interval) -> bool {
    a.hi_rational() < b.lo_rational()
}

/// Whether every point of `x` lies strictly between `lo` and `hi` (a certified lo < x < hi);
/// an enclosure that reaches either bound is not between them.
///
/// ```
/// use claimcheck::exact::{interval::{between, Interval}, rational::q};
/// let x = Interval::from_int(64, 0).hull(&Interval::from_int(64, 1));
/// assert!(between(&q(-1, 1), &x, &q(2, 1)) && !between(&q(0, 1), &x, &q(2, 1)));
/// ```
pub fn between(lo: &BigRational, x: &Interval, hi: &BigRational) -> bool {
    *lo < x.lo_rational() && x.hi_rational() < *hi
}

/// Whether the enclosures are certified in strictly increasing order: each lies [`below`] the
/// next (a chain of fewer than two is ordered).
///
/// ```
/// use claimcheck::exact::interval::{ordered, Interval};
/// let (a, b) = (Interval::from_int(64, 1), Interval::from_int(64, 2));
/// assert!(ordered(&[&a, &b]) && !ordered(&[&a, &b, &a]));
/// ```
pub fn ordered(chain: &[&Interval]) -> bool {
    chain.windows(2).all(|w| below(w[0], w[1]))
}

/// Whether two enclosures share a point (so they may enclose the same real number).
///
/// ```
/// use claimcheck::exact::interval::{overlap, Interval};
/// let a = Interval::from_int(64, 0).hull(&Interval::from_int(64, 2));
/// let b = Interval::from_int(64, 2).hull(&Interval::from_int(64, 4));
/// assert!(overlap(&a, &b) && !overlap(&a, &Interval::from_int(64, 3)));
/// ```
pub fn overlap(a: &Interval, b: &Interval) -> bool {
    a.lo_rational() <= b.hi_rational() && b.lo_rational() <= a.hi_rational()
}
