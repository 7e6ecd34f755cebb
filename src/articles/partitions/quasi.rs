//! β(n,k) as a quasi-polynomial: on each residue class n ≡ r (mod L), L = lcm(1..k), β(n,k) is a
//! polynomial of degree k−1 in J = (n−r)/L. Its values at J = 0..k−1 come from the dynamic
//! programme (fewer than k·L terms), and Newton's forward-difference formula
//! β(r + JL, k) = Σ_{i<k} Δ^i v₀ · C(J, i) extends them to any n, exactly.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

use crate::exact::integer::{binomial, lcm_upto, signed};

/// The largest k the quasi-polynomial route serves (the table then has fewer than 12·27720 terms).
pub const MAX_K: u64 = 12;

/// A 256-bit unsigned integer, enough for every table value when k ≤ [`MAX_K`] (< 2¹⁵⁰).
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
struct U256 {
    hi: u128,
    lo: u128,
}

impl U256 {
    fn checked_add(self, o: U256) -> Option<U256> {
        let (lo, carry) = self.lo.overflowing_add(o.lo);
        let hi = self.hi.checked_add(o.hi)?.checked_add(carry as u128)?;
        Some(U256 { hi, lo })
    }

    fn to_biguint(self) -> BigUint {
        (BigUint::from(self.hi) << 128u32) + BigUint::from(self.lo)
    }
}

/// β(0..=n_max, k) in fixed-width 256-bit arithmetic; `None` on overflow (never for k ≤ 12 and
/// the table sizes used here).
fn table_wide(n_max: usize, k: usize) -> Option<Vec<U256>> {
    let mut c = vec![U256::default(); n_max + 1];
    c[0] = U256 { hi: 0, lo: 1 };
    for r in 1..=k {
        for n in r..=n_max {
            c[n] = c[n].checked_add(c[n - r])?;
        }
    }
    Some(c)
}

/// β(0..=n_max, k), fast when it fits in 256 bits, else by the num-bigint table.
fn table(n_max: usize, k: usize) -> Vec<BigUint> {
    match table_wide(n_max, k) {
        Some(t) => t.into_iter().map(U256::to_biguint).collect(),
        None => super::counting::at_most_table(n_max, k),
    }
}

/// The forward differences Δ^i v₀ (i = 0..len−1) of a sequence.
pub fn forward_differences(values: &[BigInt]) -> Vec<BigInt> {
    let mut row = values.to_vec();
    let mut deltas = Vec::with_capacity(values.len());
    while let Some(first) = row.first() {
        deltas.push(first.clone());
        row = row.windows(2).map(|w| &w[1] - &w[0]).collect();
    }
    deltas
}

/// Newton's form Σ δᵢ·C(J, i) evaluated at `j ≥ 0`.
pub fn newton_eval(deltas: &[BigInt], j: &BigInt) -> BigInt {
    let mut binom = BigInt::one(); // C(j, 0)
    let mut sum = BigInt::zero();
    for (i, d) in deltas.iter().enumerate() {
        sum += d * &binom;
        binom = binom * (j - i) / (i + 1); // C(j, i+1), exact
    }
    sum
}

/// The monomial coefficients c₀, c₁, … of Σ δᵢ·C(J, i) as a polynomial in J.
pub fn newton_to_monomial(deltas: &[BigInt]) -> Vec<BigRational> {
    let mut coeffs = vec![BigRational::zero(); deltas.len().max(1)];
    // falling = J(J−1)…(J−i+1) as monomial coefficients; factorial = i!
    let mut falling = vec![BigInt::one()];
    let mut factorial = BigInt::one();
    for (i, d) in deltas.iter().enumerate() {
        for (c, f) in coeffs.iter_mut().zip(&falling) {
            *c += BigRational::new(d * f, factorial.clone());
        }
        // multiply by (J − i)
        let mut next = vec![BigInt::zero(); falling.len() + 1];
        for (p, f) in falling.iter().enumerate() {
            next[p + 1] += f;
            next[p] -= f * i;
        }
        falling = next;
        factorial *= i + 1;
    }
    coeffs
}

/// The values β(r + jL, k) for j = 0..count, with L = `period`.
pub fn class_values(k: usize, period: u64, r: u64, count: usize) -> Vec<BigInt> {
    let n_max = r as usize + (count.saturating_sub(1)) * period as usize;
    let t = table(n_max, k);
    (0..count)
        .map(|j| signed(&t[r as usize + j * period as usize]))
        .collect()
}

/// β(n, k) for 1 ≤ k ≤ [`MAX_K`] and any n, by Newton interpolation on n's residue class mod lcm(1..k).
pub fn at_most(n: &BigUint, k: u64) -> BigUint {
    assert!(
        (1..=MAX_K).contains(&k),
        "quasi-polynomial route serves 1 ≤ k ≤ {MAX_K}"
    );
    let period = lcm_upto(k);
    let span = k * period;
    if let Some(small) = n.to_u64().filter(|&n| n < span) {
        return table(small as usize, k as usize).swap_remove(small as usize);
    }
    let r = (n % period).to_u64().expect("residue < period");
    let j = signed(&((n - r) / period));
    let deltas = forward_differences(&class_values(k as usize, period, r, k as usize));
    newton_eval(&deltas, &j).to_biguint().expect("β(n,k) ≥ 0")
}

/// β(n, k) = Σ_{j=0}^{⌊n/k⌋} β(n − kj, k − 1) (j = the number of parts equal to k): the
/// independent route that the tests compare [`at_most`] with, using `lower` for β(·, k−1).
pub fn at_most_by_largest_part(n: u64, k: u64, lower: impl Fn(u64) -> BigUint) -> BigUint {
    if k == 0 {
        return BigUint::from((n == 0) as u8);
    }
    (0..=n / k).map(|j| lower(n - k * j)).sum()
}

/// d is a period of β(·,k) iff Δ_d^k β(n,k) = Σ_j (−1)^{k−j} C(k,j) β(n + jd, k) vanishes for
/// 0 ≤ n < k·lcm(1..k) (a quasi-polynomial of period dividing lcm(1..k) and degree < k).
pub fn is_period(table: &[BigUint], k: u64, d: u64) -> bool {
    let span = k * lcm_upto(k);
    assert!(table.len() as u64 > span + k * d, "table too short");
    (0..span).all(|n| {
        let mut acc = BigInt::zero();
        for j in 0..=k {
            let c = signed(&binomial(&BigUint::from(k), j));
            let v = signed(&table[(n + j * d) as usize]);
            if (k - j) % 2 == 0 {
                acc += c * v
            } else {
                acc -= c * v
            }
        }
        acc.is_zero()
    })
}

/// The minimal period of β(·,k) for k ≥ 1: the least d that is a period. Every period is a
/// multiple of the minimal one and L = lcm(1..k) is a period, so the least divisor of L that
/// passes [`is_period`] is it; every divisor is tried, none assumed. `None` if not even L passes
/// (which would mean the table or the test is wrong).
pub fn minimal_period(k: u64) -> Option<u64> {
    let l = lcm_upto(k);
    // `is_period` reads indices below k·L + k·d ≤ 2kL: a table up to n = 2kL, no margin
    let table = super::counting::at_most_table((2 * k * l) as usize, k as usize);
    (1..=l)
        .filter(|d| l % d == 0)
        .find(|&d| is_period(&table, k, d))
}

#[cfg(test)]
mod tests {
    use super::U256;
    use num_bigint::BigUint;

    /// The 256-bit addition's carry and overflow (the tables' values stay below 2¹⁵⁰, so the
    /// carry into `hi` is otherwise rare and the overflow never happens).
    #[test]
    fn u256_addition_carries_and_overflows() {
        let max_lo = U256 {
            hi: 0,
            lo: u128::MAX,
        };
        let one = U256 { hi: 0, lo: 1 };
        assert_eq!(max_lo.checked_add(one), Some(U256 { hi: 1, lo: 0 }));
        let sum = U256 {
            hi: 5,
            lo: u128::MAX - 1,
        }
        .checked_add(U256 { hi: 7, lo: 3 });
        assert_eq!(sum, Some(U256 { hi: 13, lo: 1 }));
        assert_eq!(
            sum.map(U256::to_biguint),
            Some((BigUint::from(13u32) << 128u32) + 1u32)
        );
        let top = U256 {
            hi: u128::MAX,
            lo: u128::MAX,
        };
        assert_eq!(top.checked_add(one), None);
        assert_eq!(
            U256 {
                hi: u128::MAX,
                lo: 0
            }
            .checked_add(U256 { hi: 1, lo: 0 }),
            None
        );
    }
}
