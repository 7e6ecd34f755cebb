//! S_k(n) = A_k(n)·√(3/k) as one product of cosines, by the multiplicativity of A_k
//! (Lehmer 1938; Whiteman 1956; FLINT's `arith_hrr_expsum_factored` uses the same formulas).
//!
//! For k = k₁k₂ with gcd(k₁, k₂) = 1, A_k(n) = A_{k₁}(n₁)·A_{k₂}(n₂) for residues n₁, n₂ given
//! by linear congruences ([`split`]), and for a prime power A_{p^λ}(n) is c·√(p^λ/s)·cos(πθ)
//! with an integer c, s ∈ {1, 2, 3} and at most one cosine, from a square root of 1 − 24n
//! modulo p^λ (times 8 or 3 for p = 2, 3; [`prime_power`]). So S_k(n) costs ω(k) cosines,
//! where Selberg's sum ([`CosineSum::selberg`](super::exp_sum::CosineSum::selberg)) has up to
//! 2^ω(k) before pairing, and its angles have the small denominators p^λ, 2·2^λ, 6·3^λ instead
//! of 6k. The route is tested against Selberg's sum and the Dedekind-sum definition for every
//! k up to a few thousand.

use crate::exact::ball::Ball;
use crate::exact::double::{COS_ERROR, UNIT, cos_pi_rational};
use crate::exact::interval::IntervalError;

use super::exp_sum::{
    Angle, CheapCosines, ExpSum, FactorSieve, cos_pi_ball, discriminant, inv_mod, mul_mod,
    reduce_angle, sqrts_mod_prime_power,
};

/// S_k(n) = `factor`·Π cos(π a/b) over `angles`, each a/b in (0, ½) in lowest terms (the
/// closed-form ones among them, such as the √3 = 2cos(π/6) of the root, included); `factor`
/// is 0 exactly when A_k(n) = 0.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrigProduct {
    pub factor: i64,
    pub angles: Vec<Angle>,
}

/// A_{p^λ}(n) = c·√(p^λ/s)·cos(π·num/den) (no cosine when the angle is None), n taken mod p^λ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrimePower {
    pub c: i64,
    pub s: u64,
    pub angle: Option<(i64, u64)>,
}

/// Whether the Jacobi symbol (3/k) is +1 for k = p^λ, p ≥ 5 prime: (3/k) = (3/p)^λ, and
/// (3/p) = 1 exactly when p ≡ ±1 (mod 12) (quadratic reciprocity).
fn three_is_residue(p: u64, lambda: u32) -> bool {
    lambda % 2 == 0 || matches!(p % 12, 1 | 11)
}

/// A_k(n) for k = p^λ < 2⁵⁹, λ ≥ 1 (Whiteman's evaluation; the root chosen among the square roots
/// does not matter, since ±m flips the sign and the cosine together):
///
/// * k = 2: (−1)^n.
/// * p = 2, λ ≥ 2: m² ≡ 1 − 24n (mod 8k), m ← m/3 (mod 8k);
///   A = (−1)^λ·(−1)^((m−1)/2)·√k·cos(π(k − m)/(2k)).
/// * p = 3: m² ≡ 1 − 24n (mod 3k), m ← m/8 (mod 3k); A = 2·(m/3)·(−1)^(λ+1)·√(k/3)·cos(π(3k − 8m)/(6k)).
/// * p ≥ 5, D = 1 − 24n mod k: if p | D, A = (3/k)·√k for λ = 1 and 0 for λ ≥ 2; if D is not a
///   square mod p, A = 0; else m² ≡ D (mod k) and A = 2·(3/k)·√k·cos(4π·(m/24 mod k)/k).
///
/// ```
/// use claimcheck::articles::partitions::factored::{PrimePower, prime_power};
/// // A_2(n) = (−1)^n
/// assert_eq!(prime_power(1, 2, 1), PrimePower { c: -1, s: 2, angle: None });
/// // A_3(0) = 2cos(π/18): m = 1/8 ≡ 8 (mod 9), 2·(8/3)·√(3/3)·cos(π(9 − 64)/18)
/// assert_eq!(prime_power(0, 3, 1), PrimePower { c: -2, s: 3, angle: Some((9 - 64, 18)) });
/// // A_7(n) = 0 when 1 − 24n is not a square mod 7: n = 1 gives −23 ≡ 5
/// assert_eq!(prime_power(1, 7, 1).c, 0);
/// ```
pub fn prime_power(n: u64, p: u64, lambda: u32) -> PrimePower {
    let k = p.pow(lambda);
    let zero = PrimePower {
        c: 0,
        s: 1,
        angle: None,
    };
    match p {
        2 if lambda == 1 => PrimePower {
            c: if n % 2 == 0 { 1 } else { -1 },
            s: 2,
            angle: None,
        },
        2 | 3 => {
            // modulo 8k = 2^(λ+3), dividing by 3; modulo 3k = 3^(λ+1), dividing by 8
            let (modulus, exponent, divisor) = if p == 2 {
                (8 * k, (8 * k).trailing_zeros(), 3)
            } else {
                (3 * k, lambda + 1, 8)
            };
            let roots = sqrts_mod_prime_power(discriminant(n, modulus), p, exponent);
            let Some(&root) = roots.first() else {
                return zero; // 1 − 24n is a square mod 8k and mod 3k for every n
            };
            let m = mul_mod(root, inv_mod(divisor, modulus), modulus) as i64;
            let (k, lambda_odd) = (k as i64, lambda % 2 == 1);
            // the sign as a parity: (−1)^λ·(−1)^((m−1)/2) for p = 2, (m/3)·(−1)^(λ+1) for p = 3
            let negative = if p == 2 {
                lambda_odd ^ (m % 4 == 3)
            } else {
                !lambda_odd ^ (m % 3 == 2)
            };
            let sign = if negative { -1 } else { 1 };
            if p == 2 {
                PrimePower {
                    c: sign,
                    s: 1,
                    angle: Some((k - m, 2 * k as u64)),
                }
            } else {
                PrimePower {
                    c: 2 * sign,
                    s: 3,
                    angle: Some((3 * k - 8 * m, 6 * k as u64)),
                }
            }
        }
        _ => {
            let d = discriminant(n, k);
            let residue = three_is_residue(p, lambda);
            if d % p == 0 {
                return if lambda == 1 {
                    PrimePower {
                        c: if residue { 1 } else { -1 },
                        s: 1,
                        angle: None,
                    }
                } else {
                    zero
                };
            }
            let Some(&m) = sqrts_mod_prime_power(d, p, lambda).first() else {
                return zero;
            };
            PrimePower {
                c: if residue { 2 } else { -2 },
                s: 1,
                angle: Some((4 * mul_mod(m, inv_mod(24, k), k) as i64, k)),
            }
        }
    }
}

/// A_k(n) = ±A_{k₁}(n₁)·A_{k₂}(n₂) for k = k₁k₂, k₁ = p^λ the prime power of k's smallest
/// prime p, gcd(k₁, k₂) = 1, k₂ > 1: returns (n₁, n₂, whether the sign is −), n₁ mod k₁ and
/// n₂ mod k₂.
///
/// * k₁ = 2: n₂ = (8n + 1)/32 (mod k₂), n₁ = n + [k₂ ≡ ±3 (mod 8)] (mod 2), sign +.
/// * k₁ = 4: n₂ = (8n + 5)/128 (mod k₂), n₁ = n + t((k₂ − 1)/2 mod 8) (mod 4) with
///   t = (2, 1, 3, 0, 0, 3, 1, 2), sign −.
/// * otherwise (k₁ odd or 8 | k₁), with d_i = gcd(24, k_i) and e = 24/(d₁d₂):
///   k₂²·d₂·e·n₁ ≡ d₂·e·n + (k₂² − 1)/d₁ (mod k₁), and the same with the roles exchanged.
///
/// ```
/// use claimcheck::articles::partitions::factored::split;
/// // k = 6, n = 5: n₂ = 41/32 ≡ 2·2 ≡ 1 (mod 3), n₁ = 5 + [3 ≡ ±3 (mod 8)] ≡ 0 (mod 2)
/// assert_eq!(split(5, 2, 2, 3), (0, 1, false));
/// ```
pub fn split(n: u64, p: u64, k1: u64, k2: u64) -> (u64, u64, bool) {
    let n2_from = |shift: u64, divisor: u64| {
        let num = (mul_mod(8, n, k2) + shift) % k2;
        mul_mod(num, inv_mod(divisor, k2), k2)
    };
    match k1 {
        2 => {
            let flip = u64::from(matches!(k2 % 8, 3 | 5));
            ((n + flip) % 2, n2_from(1, 32), false)
        }
        4 => {
            const T: [u64; 8] = [2, 1, 3, 0, 0, 3, 1, 2];
            (
                (n + T[(k2 / 2 % 8) as usize]) % 4, // k₂ odd: k₂/2 = (k₂ − 1)/2
                n2_from(5, 128),
                true,
            )
        }
        _ => {
            debug_assert!(p != 2 || k1 % 8 == 0);
            let (d1, d2) = (num_integer::gcd(24, k1), num_integer::gcd(24, k2));
            let e = 24 / (d1 * d2);
            let solve = |ka: u64, kb: u64, da: u64, db: u64| {
                // kb²·db·e·x ≡ db·e·n + (kb² − 1)/da (mod ka)
                let square = u128::from(kb) * u128::from(kb);
                let constant = ((square - 1) / u128::from(da) % u128::from(ka)) as u64;
                let rhs = (mul_mod(db * e, n, ka) + constant) % ka;
                let coefficient = mul_mod(mul_mod(kb, kb, ka), db * e, ka);
                mul_mod(rhs, inv_mod(coefficient, ka), ka)
            };
            (solve(k1, k2, d1, d2), solve(k2, k1, d2, d1), false)
        }
    }
}

/// S_k(n) = A_k(n)·√(3/k) as a [`TrigProduct`], 1 ≤ k < 2⁵⁹ (so that 8k and the congruences'
/// moduli fit; the sieve factors k, beyond its limit by trial division). The roots combine to √(3/Π s) with Π s ∈ {1, 2, 3, 6} (an s of 2 from
/// 2 ‖ k, of 3 from 3 | k), which is 2cos(π/6), 2cos(π/4)cos(π/6), 1 or cos(π/4).
///
/// ```
/// use claimcheck::articles::partitions::factored::factored;
/// use claimcheck::articles::partitions::exp_sum::FactorSieve;
/// let sieve = FactorSieve::new(100);
/// let s1 = factored(5, 1, &sieve); // S_1 = √3 = 2cos(π/6)
/// assert_eq!((s1.factor, s1.angles), (2, vec![(1, 6)]));
/// let s2 = factored(7, 2, &sieve); // S_2(7) = −√(3/2) = −2cos(π/4)cos(π/6)
/// assert_eq!((s2.factor, s2.angles), (-2, vec![(1, 4), (1, 6)]));
/// assert_eq!(factored(1_000_000_000_000, 7, &sieve).factor, 0); // A_7(10¹²) = 0
/// ```
pub fn factored(n: u64, k: u64, sieve: &FactorSieve) -> TrigProduct {
    let mut product = TrigProduct {
        factor: 1,
        angles: Vec::new(),
    };
    let (mut k, mut n, mut s) = (k, n, 1u64);
    for (p, lambda) in sieve.factor(k) {
        let k1 = p.pow(lambda);
        let (n1, rest) = if k1 == k {
            (n, None) // prime_power reduces n mod k
        } else {
            let (n1, n2, negate) = split(n, p, k1, k / k1);
            if negate {
                product.factor = -product.factor;
            }
            (n1, Some(n2))
        };
        let a = prime_power(n1, p, lambda);
        product.factor *= a.c;
        if product.factor == 0 {
            return TrigProduct::default();
        }
        s *= a.s;
        if let Some((num, den)) = a.angle {
            product.multiply_cos(num, den);
        }
        match rest {
            Some(n2) => (k, n) = (k / k1, n2),
            None => break,
        }
    }
    // √(3/s): s = 1 → 2cos(π/6); 2 → 2cos(π/4)cos(π/6); 3 → 1; 6 → cos(π/4)
    let root: &[Angle] = match s {
        1 => &[(1, 6)],
        2 => &[(1, 4), (1, 6)],
        3 => &[],
        _ => &[(1, 4)],
    };
    product.factor *= if s % 3 == 0 { 1 } else { 2 };
    product.angles.extend_from_slice(root);
    product
}

impl TrigProduct {
    /// Multiplies by cos(π·num/den), reduced to an angle in [0, ½] with a sign (cos 0 = 1 is
    /// applied to the factor; π/2 never occurs, the prime powers' numerators being odd over even
    /// denominators or prime to odd ones — and would be evaluated as the cosine 0 if it did).
    fn multiply_cos(&mut self, num: i64, den: u64) {
        let (sign, a, b) = reduce_angle(num, den);
        if sign < 0 {
            self.factor = -self.factor;
        }
        if a != 0 {
            self.angles.push((a, b));
        }
    }
}

impl ExpSum for TrigProduct {
    fn is_zero(&self) -> bool {
        self.factor == 0
    }

    /// |factor|: every cosine is at most 1 in size.
    fn weight(&self) -> f64 {
        self.factor.unsigned_abs() as f64
    }

    fn ball_with(&self, prec: u32, cheap: &CheapCosines) -> Result<Ball, IntervalError> {
        let mut product = Ball::from_i64(prec, self.factor);
        for &angle in &self.angles {
            product = product.mul(&cos_pi_ball(angle, prec, cheap)?)?;
        }
        Ok(product)
    }

    /// The product in f64: each of the m cosines within ε = [`COS_ERROR`] of its value (which
    /// is at most 1), so the exact product of the f64 cosines is within (1 + ε)^m − 1 ≤ 1.001·mε
    /// of the true one, and the m roundings (the factor's included) add ≤ 1.001·m·u relative;
    /// times |factor|.
    fn double(&self) -> Option<(f64, f64)> {
        let mut value = self.factor as f64;
        for &(a, b) in &self.angles {
            value *= cos_pi_rational(a, b)?;
        }
        let m = self.angles.len() as f64 + 1.0;
        let error = self.weight() * m * (COS_ERROR + UNIT) * 1.001;
        Some((value, error))
    }
}
