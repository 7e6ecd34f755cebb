//! Closed forms for three parts (the article's problem (ii)): the trigonometric form, the mod-6
//! class polynomials, the partial-fraction coefficients, Burnside's count and the direct sum.

use crate::exact::rational::q;
use num_bigint::BigUint;
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::Zero;

use crate::exact::integer::{binomial, signed};

/// The polynomial in m of β(6m + r, 3), coefficients c₀, c₁, c₂ (0 ≤ r < 6), from the
/// trigonometric form: on the class n = 6m + r the periodic part is the constant
/// −7/72 + (−1)^r/8 + (2/9)cos(2πr/3), and (n+3)²/12 = 3m² + (r+3)m + (r+3)²/12. No table is
/// consulted, so comparing it with the DP is a test of both.
pub fn class_polynomial_k3(r: u64) -> Vec<BigRational> {
    let shift = r as i64 + 3;
    let sign = if r % 2 == 0 { q(1, 8) } else { q(-1, 8) };
    let cos = if r % 3 == 0 { q(1, 1) } else { q(-1, 2) };
    let c0 = q(shift * shift, 12) - q(7, 72) + sign + q(2, 9) * cos;
    vec![c0, q(shift, 1), q(3, 1)]
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
