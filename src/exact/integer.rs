//! Exact integer helpers shared by every article: binomial coefficients, powers of ten, lcm, and
//! conversions between `num-bigint` and `rug` (the two libraries the suite cross-checks).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::{One, Zero};
use rug::integer::Order;

/// `n` as a natural number (`BigUint::from` without a literal's type annotation).
///
/// ```
/// use claimcheck::exact::integer::big;
/// assert_eq!(big(2014).to_string(), "2014");
/// ```
pub fn big(n: u64) -> BigUint {
    BigUint::from(n)
}

/// `10ⁿ`.
///
/// ```
/// use claimcheck::exact::integer::pow10;
/// assert_eq!(pow10(0), 1.into());
/// assert_eq!(pow10(12).to_string(), "1000000000000");
/// ```
pub fn pow10(n: u64) -> BigInt {
    num_traits::pow(BigInt::from(10u32), n as usize)
}

/// The decimal digits of `n` (with a leading `-` when negative), by GMP's `mpz_get_str`, whose
/// divide-and-conquer conversion is subquadratic: 602 057 digits in about 0.1 s, where
/// num-bigint's `to_string` takes over a second. Tests hold it against `to_string`.
///
/// ```
/// use num_bigint::BigInt;
/// use claimcheck::exact::integer::decimal_string;
/// assert_eq!(decimal_string(&BigInt::from(-2014)), "-2014");
/// assert_eq!(decimal_string(&(BigInt::from(10).pow(30) + 7)), format!("1{}7", "0".repeat(29)));
/// ```
pub fn decimal_string(n: &BigInt) -> String {
    to_rug_integer(n).to_string()
}

/// The binomial coefficient `C(n, k) = n(n−1)…(n−k+1)/k!` (0 when `k > n`), by the product
/// formula with an exact division at each step: after step `i` the accumulator is `C(n−k+i, i)`.
/// Cost: `k` multiplications, so callers pass `k ≤ n/2` for speed (`C(n,k) = C(n,n−k)`).
///
/// ```
/// use num_bigint::BigUint;
/// use claimcheck::exact::integer::binomial;
/// assert_eq!(binomial(&BigUint::from(2016u32), 2), BigUint::from(2031120u32));
/// ```
pub fn binomial(n: &BigUint, k: u64) -> BigUint {
    if BigUint::from(k) > *n {
        return BigUint::zero();
    }
    let base = n - BigUint::from(k);
    let mut acc = BigUint::one();
    for i in 1..=k {
        acc *= &base + BigUint::from(i);
        acc /= BigUint::from(i);
    }
    acc
}

/// `C(n, k)` computed by GMP: the independent route for [`binomial`]. For n < 2³² GMP's
/// `mpz_bin_uiui` (a product of prime powers: C(1 999 999, 999 999) in 54 ms), otherwise
/// `mpz_bin_ui` (a running product, 1.2 s on the same input — hence the split).
///
/// ```
/// use num_bigint::BigUint;
/// use claimcheck::exact::integer::binomial_rug;
/// assert_eq!(binomial_rug(&BigUint::from(2016u32), 2), BigUint::from(2031120u32));
/// let big = BigUint::from(1u64 << 40);
/// assert_eq!(binomial_rug(&big, 2), &big * (&big - 1u32) / 2u32);
/// ```
pub fn binomial_rug(n: &BigUint, k: u32) -> BigUint {
    use num_traits::ToPrimitive;
    match n.to_u32() {
        Some(small) => from_rug_natural(&rug::Integer::from(rug::Integer::binomial_u(small, k))),
        None => from_rug_natural(&to_rug_natural(n).binomial(k)),
    }
}

/// `lcm(1, 2, …, k)` (1 for k = 0).
///
/// ```
/// use claimcheck::exact::integer::lcm_upto;
/// assert_eq!(lcm_upto(0), 1);
/// assert_eq!(lcm_upto(10), 2520);
/// assert_eq!(lcm_upto(46), 9_419_588_158_802_421_600);
/// assert!(std::panic::catch_unwind(|| lcm_upto(47)).is_err());
/// ```
///
/// # Panics
/// When the lcm exceeds `u64`, which it first does at k = 47 (lcm(1, …, 46) ≈ 9.4·10¹⁸).
pub fn lcm_upto(k: u64) -> u64 {
    (1..=k).fold(1u64, |acc, i| {
        (acc / acc.gcd(&i))
            .checked_mul(i)
            .expect("lcm(1, …, k) exceeds u64 (k ≥ 47)")
    })
}

/// `k!`.
///
/// ```
/// use claimcheck::exact::integer::factorial;
/// use num_bigint::BigUint;
/// assert_eq!(factorial(0), BigUint::from(1u32));
/// assert_eq!(factorial(20), BigUint::from(2_432_902_008_176_640_000u64));
/// ```
pub fn factorial(k: u64) -> BigUint {
    (1..=k).fold(BigUint::one(), |acc, i| acc * i)
}

/// num-bigint → rug, through base-2³² digits.
///
/// ```
/// use claimcheck::exact::integer::{from_rug_natural, to_rug_natural};
/// use num_bigint::BigUint;
/// let n = BigUint::from(3u32).pow(100);
/// assert_eq!(to_rug_natural(&n), rug::Integer::from(rug::Integer::u_pow_u(3, 100)));
/// assert_eq!(from_rug_natural(&to_rug_natural(&n)), n);
/// ```
pub fn to_rug_natural(n: &BigUint) -> rug::Integer {
    rug::Integer::from_digits(&n.to_u32_digits(), Order::Lsf)
}

/// rug → num-bigint, for a non-negative integer.
///
/// ```
/// use claimcheck::exact::integer::from_rug_natural;
/// use num_bigint::BigUint;
/// assert_eq!(from_rug_natural(&rug::Integer::from(0)), BigUint::from(0u32));
/// assert!(std::panic::catch_unwind(|| from_rug_natural(&rug::Integer::from(-1))).is_err());
/// ```
///
/// # Panics
/// When `n < 0` (a natural number has no sign to lose).
pub fn from_rug_natural(n: &rug::Integer) -> BigUint {
    assert!(*n >= 0, "from_rug_natural of a negative integer");
    BigUint::new(n.to_digits::<u32>(Order::Lsf))
}

/// num-bigint → rug, signed.
///
/// ```
/// use claimcheck::exact::integer::to_rug_integer;
/// use num_bigint::BigInt;
/// assert_eq!(to_rug_integer(&BigInt::from(-(1i64 << 40))), rug::Integer::from(-(1i64 << 40)));
/// ```
pub fn to_rug_integer(n: &BigInt) -> rug::Integer {
    let mag = to_rug_natural(n.magnitude());
    if n.sign() == Sign::Minus { -mag } else { mag }
}

/// rug → num-bigint, signed.
///
/// ```
/// use claimcheck::exact::integer::{from_rug_integer, to_rug_integer};
/// use num_bigint::BigInt;
/// let n = -BigInt::from(7).pow(50);
/// assert_eq!(from_rug_integer(&to_rug_integer(&n)), n);
/// ```
pub fn from_rug_integer(n: &rug::Integer) -> BigInt {
    let mag = BigUint::new(n.to_digits::<u32>(Order::Lsf));
    let sign = if *n < 0 { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, mag)
}

/// num-rational → rug.
///
/// ```
/// use claimcheck::exact::{integer::to_rug_rational, rational::q};
/// assert_eq!(to_rug_rational(&q(-6, 4)), rug::Rational::from((-3, 2)));
/// ```
pub fn to_rug_rational(q: &BigRational) -> rug::Rational {
    rug::Rational::from((to_rug_integer(q.numer()), to_rug_integer(q.denom())))
}

/// rug → num-rational.
///
/// ```
/// use claimcheck::exact::{integer::from_rug_rational, rational::q};
/// assert_eq!(from_rug_rational(&rug::Rational::from((10, -4))), q(-5, 2));
/// ```
pub fn from_rug_rational(q: &rug::Rational) -> BigRational {
    // rug keeps rationals canonical (lowest terms, positive denominator): no gcd needed
    BigRational::new_raw(from_rug_integer(q.numer()), from_rug_integer(q.denom()))
}

/// A non-negative integer as a signed one.
///
/// ```
/// use claimcheck::exact::integer::signed;
/// use num_bigint::{BigInt, BigUint};
/// assert_eq!(signed(&BigUint::from(5u32)), BigInt::from(5));
/// ```
pub fn signed(n: &BigUint) -> BigInt {
    BigInt::from_biguint(Sign::Plus, n.clone())
}

/// `⌊a/b⌋`, rounding toward −∞ for either sign of `b`.
///
/// ```
/// use claimcheck::exact::integer::floor_div;
/// use num_bigint::BigInt;
/// let f = |a: i32, b: i32| floor_div(&BigInt::from(a), &BigInt::from(b));
/// assert_eq!((f(7, 2), f(-7, 2), f(7, -2)), (3.into(), (-4).into(), (-4).into()));
/// ```
///
/// # Panics
/// When `b = 0`.
pub fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    a.div_floor(b)
}
