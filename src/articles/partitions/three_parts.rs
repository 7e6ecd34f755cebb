//! Closed forms for three parts (the article's problem (ii)): the trigonometric form, the mod-6
//! class polynomials, the partial-fraction coefficients, Burnside's count and the direct sum.

use crate::exact::rational::q;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::Zero;

use super::counting::at_most_table;
use super::quasi::{forward_differences, newton_to_monomial};
use crate::exact::integer::{binomial, signed};

/// The polynomial in m of β(6m + r, 3), coefficients c₀, c₁, c₂, interpolated from the DP.
pub fn class_polynomial_k3(r: u64) -> Vec<BigRational> {
    let t = at_most_table(6 * 2 + r as usize, 3);
    let values: Vec<BigInt> = (0..3).map(|m| signed(&t[(6 * m + r) as usize])).collect();
    newton_to_monomial(&forward_differences(&values))
}

/// The trigonometric closed form (n+3)²/12 − 7/72 + (−1)ⁿ/8 + (2/9)·cos(2πn/3), in exact rationals.
pub fn at_most_3_trig(n: &BigUint) -> BigRational {
    let m = BigRational::from_integer(signed(n) + 3);
    let sign = if n.is_even() { q(1, 8) } else { q(-1, 8) };
    let cos = if (n % 3u32).is_zero() {
        q(1, 1)
    } else {
        q(-1, 2)
    };
    &m * &m / BigRational::from_integer(12.into()) - q(7, 72) + sign + q(2, 9) * cos
}

/// The five partial-fraction coefficient formulas of PART-11 at n:
/// (n+1)(n+2)/12, (n+1)/4, 17/72, (−1)ⁿ/8, and 2/9 or −1/9.
pub fn partial_fraction_terms(n: u64) -> [BigRational; 5] {
    let nn = n as i64;
    [
        q((nn + 1) * (nn + 2), 12),
        q(nn + 1, 4),
        q(17, 72),
        if n % 2 == 0 { q(1, 8) } else { q(-1, 8) },
        if n % 3 == 0 { q(2, 9) } else { q(-1, 9) },
    ]
}

/// The Burnside numerator C(n+2,2) + 3(⌊n/2⌋+1) + 2·[3 | n] (S₃ acting on ordered triples).
pub fn burnside_numerator(n: u64) -> BigUint {
    binomial(&BigUint::from(n + 2), 2)
        + BigUint::from(3 * (n / 2 + 1))
        + BigUint::from(2 * (n % 3 == 0) as u64)
}

/// Σ_{x=0}^{⌊n/3⌋} (⌊(n−3x)/2⌋ + 1).
pub fn direct_sum(n: u64) -> BigUint {
    BigUint::from((0..=n / 3).map(|x| (n - 3 * x) / 2 + 1).sum::<u64>())
}
