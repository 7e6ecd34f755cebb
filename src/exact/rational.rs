//! Small conveniences for exact rationals, shared by every article: `q(n, d)` for literals,
//! `dec` for a rational shown to a number of significant digits, and the order predicates
//! `increasing` / `non_decreasing` through which the claims state every order of exact values.

use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::Signed;

use super::decimal::Decimal;

/// The rational n/d in lowest terms (for literals; `d` must not be 0).
///
/// ```
/// use claimcheck::exact::rational::q;
/// assert_eq!(q(2, 4), q(1, 2));
/// ```
pub fn q(n: i64, d: i64) -> BigRational {
    BigRational::new(BigInt::from(n), BigInt::from(d))
}

/// `x` rounded to `digits` significant digits (ties away from zero), as text; empty for
/// `digits = 0`.
///
/// ```
/// use claimcheck::exact::rational::{dec, q};
/// assert_eq!(dec(&q(2, 3), 4), "0.6667");
/// ```
pub fn dec(x: &BigRational, digits: u32) -> String {
    Decimal::round(x, digits).map_or(String::new(), |d| d.to_string())
}

/// A natural number as an exact rational.
///
/// ```
/// use claimcheck::exact::rational::{q, rational_of};
/// assert_eq!(rational_of(&num_bigint::BigUint::from(12u32)), q(12, 1));
/// ```
pub fn rational_of(n: &BigUint) -> BigRational {
    BigRational::from_integer(BigInt::from_biguint(Sign::Plus, n.clone()))
}

/// Whether the values are in strictly increasing order, `a < b < c …` (a chain of fewer than two
/// is). The claims state every strict order of exact values through it, so that the strictness
/// is decided once, here, where a test puts equal neighbours on each side — a hand-written
/// `a < b` whose values never meet would let a `<` → `<=` pass unseen.
///
/// ```
/// use claimcheck::exact::rational::{increasing, q};
/// assert!(increasing(&[q(3, 40), q(4, 50), q(2, 25) + q(1, 1000)]));
/// assert!(!increasing(&[q(1, 2), q(2, 4)]) && increasing(&[7]) && increasing::<i64>(&[]));
/// ```
pub fn increasing<T: PartialOrd>(chain: &[T]) -> bool {
    chain.windows(2).all(|w| w[0] < w[1])
}

/// Whether the values never decrease, `a ≤ b ≤ c …` — [`increasing`]'s non-strict twin, for the
/// claims' "at most" and "encloses" bounds (tested with equal neighbours, which it admits, and a
/// step down, which it does not).
///
/// ```
/// use claimcheck::exact::rational::{non_decreasing, q};
/// assert!(non_decreasing(&[q(1, 2), q(2, 4), q(1, 1)]) && !non_decreasing(&[2, 1]));
/// ```
pub fn non_decreasing<T: PartialOrd>(chain: &[T]) -> bool {
    chain.windows(2).all(|w| w[0] <= w[1])
}

/// Whether the values (integers or rationals) take both signs: some value is negative and some
/// positive (zeros count for neither). The claims' seeded test data state through it that they
/// cover both signs, so that a data range which loses its negative half fails a check instead
/// of passing unseen.
///
/// ```
/// use claimcheck::exact::rational::{both_signs, q};
/// assert!(both_signs(&[q(-1, 2), q(0, 1), q(3, 1)]));
/// assert!(!both_signs(&[q(0, 1), q(3, 1)]) && !both_signs(&[q(-1, 1)]));
/// ```
pub fn both_signs<'a, T: Signed + 'a>(values: impl IntoIterator<Item = &'a T>) -> bool {
    let values: Vec<&T> = values.into_iter().collect();
    values.iter().any(|v| v.is_negative()) && values.iter().any(|v| v.is_positive())
}
