//! Truncated formal power series over exact rings (`BigInt`, `BigRational`).
//!
//! A [`Series`] of length `N` stands for `c₀ + c₁x + … + c_{N−1}x^{N−1} + O(x^N)`: its
//! coefficients below `N` are exact, nothing above is known. Operations keep that meaning —
//! a product is known to the shorter length, a derivative loses the top coefficient — so no
//! result ever claims a coefficient it could not compute. No convergence is involved anywhere.

use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// The coefficient rings a series may use.
pub trait Coefficient:
    Clone
    + PartialEq
    + fmt::Debug
    + fmt::Display
    + Zero
    + One
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Neg<Output = Self>
{
    /// The multiplicative inverse, when it exists in the ring.
    fn unit_inverse(&self) -> Option<Self>;
    /// The image of the integer `n`.
    fn from_u64(n: u64) -> Self;
}

impl Coefficient for BigInt {
    fn unit_inverse(&self) -> Option<Self> {
        (self.abs() == BigInt::one()).then(|| self.clone())
    }
    fn from_u64(n: u64) -> Self {
        BigInt::from(n)
    }
}

impl Coefficient for BigRational {
    fn unit_inverse(&self) -> Option<Self> {
        (!self.is_zero()).then(|| self.recip())
    }
    fn from_u64(n: u64) -> Self {
        BigRational::from_integer(BigInt::from(n))
    }
}

/// A power series known modulo `x^len`.
#[derive(Clone, Debug, PartialEq)]
pub struct Series<T> {
    coeffs: Vec<T>,
}

impl<T: Coefficient> Series<T> {
    /// The series with these coefficients, known modulo `x^coeffs.len()`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let s = Series::new([1, 2, 3].map(BigInt::from).to_vec()); // 1 + 2x + 3x² + O(x³)
    /// assert_eq!(s.len(), 3);
    /// ```
    pub fn new(coeffs: Vec<T>) -> Self {
        Series { coeffs }
    }

    /// A polynomial read as a series modulo `x^len` (terms at and above `len` are dropped).
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let p = Series::polynomial(4, &[1, 1].map(BigInt::from)); // 1 + x + O(x⁴)
    /// assert_eq!(p.coeffs(), &[1, 1, 0, 0].map(BigInt::from)[..]);
    /// assert_eq!(Series::polynomial(1, &[1, 1].map(BigInt::from)).len(), 1); // x dropped
    /// ```
    pub fn polynomial(len: usize, coeffs: &[T]) -> Self {
        let mut c: Vec<T> = coeffs.iter().take(len).cloned().collect();
        c.resize(len, T::zero());
        Series { coeffs: c }
    }

    /// `1 + O(x^len)`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let g = Series::<BigInt>::geometric(5, 2);
    /// assert_eq!(&g * &Series::one(5), g);
    /// ```
    pub fn one(len: usize) -> Self {
        Series::polynomial(len, &[T::one()])
    }

    /// `1/(1 − x^r) = 1 + x^r + x^{2r} + …` modulo `x^len`, for `r ≥ 1`.
    ///
    /// ```
    /// use num_bigint::BigInt;
    /// use claimcheck::exact::series::Series;
    /// let g = Series::<BigInt>::geometric(7, 3);
    /// let ones: Vec<BigInt> = [1, 0, 0, 1, 0, 0, 1].map(BigInt::from).to_vec();
    /// assert_eq!(g.coeffs(), &ones[..]);
    /// ```
    ///
    /// # Panics
    /// When `r = 0`.
    pub fn geometric(len: usize, r: usize) -> Self {
        assert!(r >= 1, "1/(1 − x^0) is not a power series");
        let c = (0..len)
            .map(|n| if n % r == 0 { T::one() } else { T::zero() })
            .collect();
        Series { coeffs: c }
    }

    /// How many coefficients are known.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let (a, b) = (Series::<BigInt>::one(3), Series::<BigInt>::one(5));
    /// assert_eq!((&a * &b).len(), 3); // a product is known to the shorter length
    /// ```
    pub fn len(&self) -> usize {
        self.coeffs.len()
    }

    /// Whether no coefficient is known.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// assert!(Series::<BigInt>::one(0).is_empty() && !Series::<BigInt>::one(1).is_empty());
    /// assert!(Series::<BigInt>::one(1).derivative().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.coeffs.is_empty()
    }

    /// All known coefficients, `c₀ … c_{len−1}`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let p = Series::polynomial(3, &[1, 1].map(BigInt::from));
    /// assert_eq!(p.pow(2).coeffs(), &[1, 2, 1].map(BigInt::from)[..]);
    /// ```
    pub fn coeffs(&self) -> &[T] {
        &self.coeffs
    }

    /// `[xⁿ]`, or `None` when `n` is beyond what is known.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let g = Series::<BigInt>::geometric(4, 2);
    /// assert_eq!(g.coeff(2), Some(&BigInt::from(1)));
    /// assert_eq!(g.coeff(4), None); // not known
    /// ```
    pub fn coeff(&self, n: usize) -> Option<&T> {
        self.coeffs.get(n)
    }

    /// The same series known to a shorter length.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// assert_eq!(Series::<BigInt>::geometric(9, 2).truncate(3), Series::geometric(3, 2));
    /// ```
    pub fn truncate(mut self, len: usize) -> Self {
        self.coeffs.truncate(len);
        self
    }

    /// The formal derivative `D Σ cₙxⁿ = Σ (n+1)c_{n+1}xⁿ`, known one coefficient less.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// // D (1 + x + x² + x³) = 1 + 2x + 3x², known modulo x³
    /// let d = Series::<BigInt>::geometric(4, 1).derivative();
    /// assert_eq!(d.coeffs(), &[1, 2, 3].map(BigInt::from)[..]);
    /// ```
    pub fn derivative(&self) -> Self {
        let c = self
            .coeffs
            .iter()
            .enumerate()
            .skip(1)
            .map(|(n, c)| T::from_u64(n as u64) * c.clone())
            .collect();
        Series { coeffs: c }
    }

    /// Multiplies every coefficient by `s`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let s = Series::<BigInt>::geometric(3, 1).scale(&BigInt::from(-2));
    /// assert_eq!(s.coeffs(), &[-2, -2, -2].map(BigInt::from)[..]);
    /// ```
    pub fn scale(&self, s: &T) -> Self {
        Series {
            coeffs: self.coeffs.iter().map(|c| c.clone() * s.clone()).collect(),
        }
    }

    /// The multiplicative inverse, when `c₀` is a unit of the ring: `g₀ = 1/c₀`,
    /// `gₙ = −(1/c₀) Σ_{i=1}^{n} cᵢ g_{n−i}`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// // 1/(1/(1 − x)) = 1 − x
    /// let g = Series::<BigInt>::geometric(4, 1);
    /// assert_eq!(g.inverse().unwrap().coeffs(), &[1, -1, 0, 0].map(BigInt::from)[..]);
    /// // 2 + x has no inverse over ℤ, but one over ℚ
    /// let p = Series::polynomial(3, &[2, 1].map(BigInt::from));
    /// assert!(p.inverse().is_none() && p.to_rational().inverse().is_some());
    /// ```
    pub fn inverse(&self) -> Option<Self> {
        let inv0 = self.coeffs.first()?.unit_inverse()?;
        let mut g: Vec<T> = Vec::with_capacity(self.len());
        g.push(inv0.clone());
        for n in 1..self.len() {
            let s = (1..=n).fold(T::zero(), |s, i| {
                s + self.coeffs[i].clone() * g[n - i].clone()
            });
            g.push(-(inv0.clone() * s));
        }
        Some(Series { coeffs: g })
    }

    /// `selfᵏ`.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// // 1/(1 − x)² = Σ (n + 1) xⁿ
    /// let s = Series::<BigInt>::geometric(4, 1).pow(2);
    /// assert_eq!(s.coeffs(), &[1, 2, 3, 4].map(BigInt::from)[..]);
    /// assert_eq!(s.pow(0), Series::one(4));
    /// ```
    pub fn pow(&self, k: u32) -> Self {
        (0..k).fold(Series::one(self.len()), |acc, _| &acc * self)
    }
}

impl<T: Coefficient> Mul for &Series<T> {
    type Output = Series<T>;
    /// The Cauchy product `[xⁿ](f·g) = Σ_{i=0}^{n} fᵢ g_{n−i}`, known to the shorter length.
    fn mul(self, other: &Series<T>) -> Series<T> {
        let len = self.len().min(other.len());
        let c = (0..len)
            .map(|n| {
                (0..=n).fold(T::zero(), |s, i| {
                    s + self.coeffs[i].clone() * other.coeffs[n - i].clone()
                })
            })
            .collect();
        Series { coeffs: c }
    }
}

impl<T: Coefficient> Add for &Series<T> {
    type Output = Series<T>;
    fn add(self, other: &Series<T>) -> Series<T> {
        let len = self.len().min(other.len());
        let c = (0..len)
            .map(|n| self.coeffs[n].clone() + other.coeffs[n].clone())
            .collect();
        Series { coeffs: c }
    }
}

impl<T: Coefficient> Sub for &Series<T> {
    type Output = Series<T>;
    fn sub(self, other: &Series<T>) -> Series<T> {
        let len = self.len().min(other.len());
        let c = (0..len)
            .map(|n| self.coeffs[n].clone() - other.coeffs[n].clone())
            .collect();
        Series { coeffs: c }
    }
}

impl Series<BigInt> {
    /// The same series over the rationals.
    ///
    /// ```
    /// use claimcheck::exact::series::Series;
    /// use num_bigint::BigInt;
    /// let s = Series::<BigInt>::geometric(5, 2);
    /// assert_eq!(s.to_rational().to_integer(), Some(s));
    /// ```
    pub fn to_rational(&self) -> Series<BigRational> {
        Series {
            coeffs: self
                .coeffs
                .iter()
                .cloned()
                .map(BigRational::from_integer)
                .collect(),
        }
    }
}

impl Series<BigRational> {
    /// The series over the integers, when every coefficient is integral.
    ///
    /// ```
    /// use claimcheck::exact::{rational::q, series::Series};
    /// assert!(Series::new(vec![q(1, 1), q(1, 2)]).to_integer().is_none());
    /// assert!(Series::new(vec![q(4, 2)]).to_integer().is_some());
    /// ```
    pub fn to_integer(&self) -> Option<Series<BigInt>> {
        let c = self
            .coeffs
            .iter()
            .map(|q| q.is_integer().then(|| q.to_integer()))
            .collect::<Option<_>>()?;
        Some(Series { coeffs: c })
    }
}
