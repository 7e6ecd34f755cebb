//! The exponential sums A_k(n) of the Rademacher series by Selberg's formula and by the
//! definition (the factored product that p(N) uses is [`factored`](super::factored); these are
//! the routes the tests hold it to).
//!
//! Selberg's formula: A_k(n) = √(k/3) · Σ_{0 ≤ l < 2k, (3l² + l)/2 ≡ −n (mod k)} (−1)^l cos(π(6l + 1)/(6k)).
//! With m = 6l + 1 the condition is (multiply by 24) m² ≡ 1 − 24n (mod 24k), so the indices are the
//! square roots of D = 1 − 24n modulo 24k that are ≡ 1 (mod 6) and below 12k:
//!
//! * [`selberg_indices`] scans l = 0 … 2k − 1 (O(k), the reference);
//! * [`selberg_indices_by_roots`] solves the congruence prime power by prime power (Tonelli–Shanks
//!   and Hensel lifting, a scan only where p | D) and joins the roots by the Chinese remainder
//!   theorem: O(2^ω(k) + log k) per k;
//! * [`a_k_by_dedekind`] is the definition Σ_{h mod k, (h,k)=1} cos(π s(h,k) − 2πnh/k) with exact
//!   Dedekind sums, the independent route the tests hold the others to.
//!
//! [`CosineSum`] turns the indices into Σ ±cos(π a/b) with every angle reduced to [0, ½] in exact
//! integers. [`ExpSum`] is what a Rademacher term needs of either form; one function
//! (`cos_pi_ball`) evaluates the cosines of both, taking the closed forms ([`CheapCosines`]: π/3,
//! π/4, π/6, π/12, 5π/12) where they apply.

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::exact::ball::Ball;
use crate::exact::cos_pi::cos_pi_newton;
use crate::exact::cos_tower::{cos_pi_tower, handles};
use crate::exact::double::{COS_ERROR, UNIT, cos_pi_rational};
use crate::exact::interval::{Interval, IntervalError};

/// The indices l of Selberg's sum by scanning 0 ≤ l < 2k (none for k = 0); v = (3l² + l)/2 mod k is stepped by
/// v ← v + 3l + 2 with additions and conditional subtractions only.
pub fn selberg_indices(n: u64, k: u64) -> Vec<u64> {
    if k == 0 {
        return Vec::new();
    }
    let target = (k - n % k) % k;
    let three = 3 % k;
    let (mut v, mut step) = (0u64, 2 % k); // v = (3l² + l)/2 mod k, step = (3l + 2) mod k
    let mut out = Vec::new();
    for l in 0..2 * k {
        if v == target {
            out.push(l);
        }
        v += step;
        if v >= k {
            v -= k;
        }
        step += three;
        if step >= k {
            step -= k;
        }
    }
    out
}

/// Smallest prime factors of 0 … limit (0 and 1 map to themselves).
#[derive(Clone, Debug)]
pub struct FactorSieve {
    spf: Vec<u32>,
}

impl FactorSieve {
    pub fn new(limit: u64) -> FactorSieve {
        let limit = limit as usize;
        let mut spf: Vec<u32> = (0..=limit as u32).collect();
        let mut p = 2;
        while p * p <= limit {
            if spf[p] == p as u32 {
                for multiple in (p * p..=limit).step_by(p) {
                    if spf[multiple] == multiple as u32 {
                        spf[multiple] = p as u32;
                    }
                }
            }
            p += 1;
        }
        FactorSieve { spf }
    }

    /// The prime factorisation of k ≥ 1 as (p, e) pairs, p increasing: by the table up to its
    /// limit, by trial division beyond.
    pub fn factor(&self, mut k: u64) -> Vec<(u64, u32)> {
        let mut out: Vec<(u64, u32)> = Vec::new();
        while k > 1 {
            let p = match self.spf.get(k as usize) {
                Some(&p) => u64::from(p),
                None => (2..)
                    .take_while(|d| d * d <= k)
                    .find(|d| k % d == 0)
                    .unwrap_or(k),
            };
            match out.last_mut() {
                Some((q, e)) if *q == p => *e += 1,
                _ => out.push((p, 1)),
            }
            k /= p;
        }
        out
    }
}

pub(super) fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    if m <= 1 << 32 {
        (a % m) * (b % m) % m // both factors below 2^32: no overflow
    } else {
        ((u128::from(a) * u128::from(b)) % u128::from(m)) as u64
    }
}

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut acc = 1 % m;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = mul_mod(acc, base, m);
        }
        base = mul_mod(base, base, m);
        exp >>= 1;
    }
    acc
}

/// 1 − 24n modulo m, 1 ≤ m < 2⁶³.
pub(super) fn discriminant(n: u64, m: u64) -> u64 {
    (1 + m - mul_mod(24, n, m)) % m // mul_mod reduces n
}

/// a⁻¹ mod m for gcd(a, m) = 1 and m < 2⁶² (extended Euclid; |t| stays below m).
pub(super) fn inv_mod(a: u64, m: u64) -> u64 {
    let (mut r0, mut r1) = (m as i64, (a % m) as i64);
    let (mut t0, mut t1) = (0i64, 1i64);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    debug_assert_eq!(r0, 1, "{a} is not invertible mod {m}");
    t0.rem_euclid(m as i64) as u64
}

/// A square root of a modulo an odd prime p with p ∤ a, or None (Tonelli–Shanks).
fn sqrt_mod_prime(a: u64, p: u64) -> Option<u64> {
    let a = a % p;
    if pow_mod(a, (p - 1) / 2, p) != 1 {
        return None;
    }
    let (mut q, mut s) = (p - 1, 0u32);
    while q % 2 == 0 {
        q /= 2;
        s += 1;
    }
    let z = (2..p).find(|&z| pow_mod(z, (p - 1) / 2, p) == p - 1)?;
    let (mut m, mut c, mut t, mut r) = (
        s,
        pow_mod(z, q, p),
        pow_mod(a, q, p),
        pow_mod(a, q.div_ceil(2), p),
    );
    while t != 1 {
        let mut i = 0;
        let mut t2 = t;
        while t2 != 1 {
            t2 = mul_mod(t2, t2, p);
            i += 1;
        }
        let b = pow_mod(c, 1 << (m - i - 1), p);
        m = i;
        c = mul_mod(b, b, p);
        t = mul_mod(t, c, p);
        r = mul_mod(r, b, p);
    }
    Some(r)
}

/// All x in [0, p^e) with x² ≡ d (mod p^e), p prime and p^e < 2⁶² (`inv_mod`'s domain).
pub(super) fn sqrts_mod_prime_power(d: u64, p: u64, e: u32) -> Vec<u64> {
    let q = p.pow(e);
    let d = d % q;
    if p == 2 {
        // d ≡ 1 (mod 8) here (d = 1 − 24n), and then for e ≥ 3 the roots are ±r, ±r + 2^(e−1)
        // with r lifted bit by bit: if r² ≢ d (mod 2^(j+1)) then r ← r + 2^(j−1).
        if e < 3 || d % 8 != 1 {
            return (0..q).filter(|&x| mul_mod(x, x, q) == d).collect();
        }
        let mut r = 1u64;
        for j in 3..e {
            if mul_mod(r, r, 1 << (j + 1)) != d % (1 << (j + 1)) {
                r += 1 << (j - 1);
            }
        }
        let half = q / 2;
        let mut roots = vec![r, q - r, (r + half) % q, (q - r + half) % q];
        roots.sort_unstable();
        roots.dedup();
        return roots;
    }
    if d % p == 0 {
        return (0..q).filter(|&x| mul_mod(x, x, q) == d).collect();
    }
    let Some(mut r) = sqrt_mod_prime(d, p) else {
        return Vec::new();
    };
    // Hensel: r ← r − (r² − d)/(2r) modulo p^j for j = 2 … e (2r is a unit, p odd, p ∤ d)
    let mut modulus = p;
    for _ in 1..e {
        modulus *= p;
        let f = (mul_mod(r, r, modulus) + modulus - d % modulus) % modulus;
        let step = mul_mod(f, inv_mod(2 * r % modulus, modulus), modulus);
        r = (r + modulus - step) % modulus;
    }
    let mut roots = vec![r, (q - r) % q];
    roots.sort_unstable();
    roots.dedup();
    roots
}

/// The indices l of Selberg's sum from the square roots of 1 − 24n modulo 24k (sorted); k ≥ 1
/// (the sieve factors k, quickly up to its limit).
///
/// ```
/// use claimcheck::articles::partitions::exp_sum::{FactorSieve, selberg_indices, selberg_indices_by_roots};
/// let sieve = FactorSieve::new(1000);
/// let n = 1_000_000_000_000;
/// assert_eq!(selberg_indices_by_roots(n, 1000, &sieve), selberg_indices(n, 1000));
/// assert!(selberg_indices_by_roots(n, 7, &sieve).is_empty()); // A_7(10¹²) = 0
/// ```
pub fn selberg_indices_by_roots(n: u64, k: u64, sieve: &FactorSieve) -> Vec<u64> {
    if k == 0 {
        return Vec::new();
    }
    let modulus = 24 * k;
    // 24k = 2^(3+a) · 3^(1+b) · ∏ p^e
    let mut factors = sieve.factor(k);
    for (p, extra) in [(2u64, 3u32), (3, 1)] {
        match factors.iter_mut().find(|(q, _)| *q == p) {
            Some((_, e)) => *e += extra,
            None => factors.push((p, extra)),
        }
    }
    // Chinese remainder: x = Σ r_i·c_i (mod 24k) with c_i ≡ 1 (mod q_i), ≡ 0 (mod q_j), j ≠ i
    let mut partial = vec![0u64];
    for &(p, e) in &factors {
        let q = p.pow(e);
        let roots = sqrts_mod_prime_power(discriminant(n, q), p, e);
        if roots.is_empty() {
            return Vec::new();
        }
        let rest = modulus / q;
        let c = mul_mod(rest, inv_mod(rest % q, q), modulus);
        partial = partial
            .iter()
            .flat_map(|&x| {
                roots
                    .iter()
                    .map(move |&r| (x + mul_mod(r, c, modulus)) % modulus)
            })
            .collect();
    }
    let mut indices: Vec<u64> = partial
        .into_iter()
        .filter(|&m| m % 6 == 1 && m < 12 * k)
        .map(|m| (m - 1) / 6)
        .collect();
    indices.sort_unstable();
    indices
}

/// From these precisions up, cos(πa/b) comes from Newton's method on z^b = (−1)^a
/// ([`cos_pi_newton`], whose cost grows with log₂ b) instead of MPFR's cosine. Measured
/// crossovers (release, `cos_pi_newton` against the ball cosine of π·a/b): about 2500 bits for
/// b = 5 and 17, 5000–5500 bits for b = 47 and 204; Newton is 3× faster at 9000 bits for
/// b = 5 and 7× at 123 000 bits for b = 18.
pub fn newton_pays_off(prec: u32, b: u64) -> bool {
    prec >= if b < 32 { 2500 } else { 5500 }
}

/// Whether cos(πa/b) comes from halving and trisecting angles ([`cos_pi_tower`]) rather than
/// Newton's method or MPFR. Measured (release, µs per call, tower / Newton / MPFR): b = 8 at
/// 1000 bits 1.5 / 13.6 / 7.3, at 120 000 bits 707 / 4770 / 34 100; b = 5 at 1000 bits
/// 0.9 / 14.4 / 7.9; b = 18 (one trisection) at 2500 bits 21 / 34 / 31, at 120 000 bits
/// 3264 / 6460 / 36 086; b = 54 (two) at 5000 bits 76 / 103 / 122; b = 162 (three) at 5000 bits
/// 113 / 108 / 116 — so without a factor 3 from 1000 bits, with t ≤ 2 trisections from
/// 2500·t bits, and not for more.
pub fn tower_pays_off(prec: u32, b: u64) -> bool {
    if !handles(b) {
        return false;
    }
    let mut trisections = 0u32;
    let mut rest = b;
    while rest % 3 == 0 {
        rest /= 3;
        trisections += 1;
    }
    // b = 2·3^j or 3^j: the last division lands on π/3 or π/6, which are closed forms
    trisections = trisections.saturating_sub(1);
    match trisections {
        0 => prec >= 1000,
        1 | 2 => prec >= 2500 * trisections,
        _ => false,
    }
}

/// cos(π·num/den) = sign·cos(π·a/b) with a/b in [0, ½] in lowest terms (den > 0), in integers:
/// cos is even and 2-periodic, and cos(π(1 − r)) = −cos(πr).
pub(super) fn reduce_angle(num: i64, den: u64) -> (i64, u64, u64) {
    let period = 2 * den;
    let mut a = num.unsigned_abs() % period; // r = a/den in [0, 2)
    if a > den {
        a = period - a;
    }
    let (sign, a) = if 2 * a > den { (-1, den - a) } else { (1, a) };
    let g = num_integer::gcd(a, den);
    (sign, a / g, den / g)
}

/// An angle π·a/b as (a, b).
pub type Angle = (u64, u64);

/// Σ_i w_i·cos(π a_i/b_i), every angle in [0, ½] in lowest terms: Selberg's sum with each term's
/// angle reduced in exact integers. p(N) evaluates the factored product
/// ([`TrigProduct`](super::factored::TrigProduct)); this is the route the tests hold it to, so it
/// is kept plain — one cosine per index, nothing merged or paired.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CosineSum {
    pub cosines: Vec<(i64, u64, u64)>,
}

impl CosineSum {
    /// S_k(n) = A_k(n)·√(3/k) = Σ_l (−1)^l cos(π(6l+1)/(6k)) from Selberg's indices. Each term is
    /// cos(π r) with r = (6l + 1 + 6kl)/(6k) (the sign (−1)^l is the shift by πl); r is reduced
    /// mod 2, reflected into [0, 1] and then into [0, ½] with a sign, all in integers.
    pub fn selberg(k: u64, indices: &[u64]) -> CosineSum {
        let b = 6 * k;
        let cosines = indices
            .iter()
            .map(|&l| reduce_angle(((6 * l + 1 + (b * l) % (2 * b)) % (2 * b)) as i64, b))
            .collect();
        CosineSum { cosines }
    }

    /// Whether the sum has no terms (then S = 0; Selberg's terms can also cancel, as in
    /// A_25(24), which only the factored form detects).
    pub fn is_zero(&self) -> bool {
        self.cosines.is_empty()
    }

    /// Σ|w|: a bound on |S| (every cosine is at most 1 in size).
    pub fn weight(&self) -> f64 {
        self.cosines.iter().map(|c| c.0.unsigned_abs()).sum::<u64>() as f64
    }

    /// The number of cosines to evaluate.
    pub fn len(&self) -> usize {
        self.cosines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cosines.is_empty()
    }

    /// The sum as a ball at `prec` bits (see [`CheapCosines`] for the angles with closed forms).
    ///
    /// # Errors
    /// Interval errors of the cosines.
    pub fn ball(&self, prec: u32) -> Result<Ball, IntervalError> {
        self.ball_with(prec, &CheapCosines::new(prec)?)
    }

    /// The sum as a ball at `prec` bits, with the closed-form cosines taken from `cheap` (computed
    /// once at the largest precision needed, rounded here).
    ///
    /// # Errors
    /// Interval errors of the cosines.
    pub fn ball_with(&self, prec: u32, cheap: &CheapCosines) -> Result<Ball, IntervalError> {
        let mut sum = Ball::from_i64(prec, 0);
        for &(w, a, b) in &self.cosines {
            let c = cos_pi_ball((a, b), prec, cheap)?;
            sum = sum.add(&c.mul_integer(&rug::Integer::from(w))?)?;
        }
        Ok(sum)
    }

    /// The sum in f64 with a bound on its error: each cosine within [`COS_ERROR`] (and at most
    /// 1 + COS_ERROR in size), each weighting and addition rounded once (≤ u of a value at most
    /// W = Σ|w|); the factor 1.001 covers second-order terms.
    pub fn double(&self) -> Option<(f64, f64)> {
        let (mut s, mut error) = (0.0, 0.0);
        for &(w, a, b) in &self.cosines {
            s += w as f64 * cos_pi_rational(a, b)?;
            error += w.unsigned_abs() as f64 * COS_ERROR;
        }
        let roundings = 2.0 * self.len() as f64;
        Some((s, (error + roundings * UNIT * self.weight()) * 1.001))
    }
}

/// cos(π a/b) as a ball at `prec` bits: from `cheap` for the closed forms, by halving and
/// trisecting where [`tower_pays_off`], by Newton's method where [`newton_pays_off`], else
/// MPFR's cosine of the ball π·a/b.
pub(super) fn cos_pi_ball(
    (a, b): Angle,
    prec: u32,
    cheap: &CheapCosines,
) -> Result<Ball, IntervalError> {
    match cheap.get(a, b) {
        Some(c) => c.with_prec(prec),
        None if tower_pays_off(prec, b) => cos_pi_tower(a, b, prec),
        None if newton_pays_off(prec, b) => cos_pi_newton(a, b, prec),
        None => Ball::pi(prec)
            .mul_integer(&rug::Integer::from(a))?
            .div_u64(b)?
            .cos(),
    }
}

/// What a Rademacher term needs of S_k(n) = A_k(n)·√(3/k), in whichever form it is written:
/// Selberg's [`CosineSum`] or the factored [`TrigProduct`](super::factored::TrigProduct).
pub trait ExpSum {
    /// True only if S_k(n) = 0: decided exactly by the factored form, by Selberg's sum only when
    /// it has no terms.
    fn is_zero(&self) -> bool;
    /// An upper bound on |S_k(n)|.
    fn weight(&self) -> f64;
    /// S_k(n) as a ball at `prec` bits, the closed-form cosines rounded from `cheap`.
    ///
    /// # Errors
    /// Interval errors of the cosines.
    fn ball_with(&self, prec: u32, cheap: &CheapCosines) -> Result<Ball, IntervalError>;
    /// S_k(n) in f64 with a bound on its error (None when an angle is out of the f64 range).
    fn double(&self) -> Option<(f64, f64)>;
}

impl ExpSum for CosineSum {
    fn is_zero(&self) -> bool {
        CosineSum::is_zero(self)
    }

    fn weight(&self) -> f64 {
        CosineSum::weight(self)
    }

    fn ball_with(&self, prec: u32, cheap: &CheapCosines) -> Result<Ball, IntervalError> {
        CosineSum::ball_with(self, prec, cheap)
    }

    fn double(&self) -> Option<(f64, f64)> {
        CosineSum::double(self)
    }
}

/// The cosines of π·a/b with closed forms, as balls at one precision: cos(π/3) = ½,
/// cos(π/4) = √2/2, cos(π/6) = √3/2, cos(π/12) = (√6 + √2)/4, cos(5π/12) = (√6 − √2)/4.
#[derive(Clone, Debug)]
pub struct CheapCosines {
    values: [(Angle, Ball); 5],
}

impl CheapCosines {
    pub fn new(prec: u32) -> Result<CheapCosines, IntervalError> {
        let root = |r: i64| Ball::from_i64(prec, r).sqrt();
        let (r2, r3) = (root(2)?, root(3)?);
        let r6 = r2.mul(&r3)?; // a product costs less than a third square root
        Ok(CheapCosines {
            values: [
                ((1, 3), Ball::from_i64(prec, 1).mul_pow2(-1)?),
                ((1, 4), r2.mul_pow2(-1)?),
                ((1, 6), r3.mul_pow2(-1)?),
                ((1, 12), r6.add(&r2)?.mul_pow2(-2)?),
                ((5, 12), r6.sub(&r2)?.mul_pow2(-2)?),
            ],
        })
    }

    /// cos(πa/b) if it is one of the five.
    pub fn get(&self, a: u64, b: u64) -> Option<&Ball> {
        self.values
            .iter()
            .find(|(angle, _)| *angle == (a, b))
            .map(|(_, value)| value)
    }
}

/// A_k(n) from the definition Σ_{h mod k, (h,k)=1} cos(π s(h,k) − 2πnh/k) with exact Dedekind sums:
/// the independent route the tests compare Selberg's formula with.
pub fn a_k_by_dedekind(n: u64, k: u64, prec: u32) -> Interval {
    let q = |a: i64, b: i64| BigRational::new(BigInt::from(a), BigInt::from(b));
    let pi = Interval::pi(prec);
    let mut sum = Interval::from_int(prec, 0);
    for h in 0..k {
        if num_integer::gcd(h, k) != 1 {
            continue;
        }
        // s(h,k) = Σ_{r=1}^{k−1} (r/k)(hr/k − ⌊hr/k⌋ − 1/2)
        let s: BigRational = (1..k)
            .map(|r| q(r as i64, k as i64) * (q(((h * r) % k) as i64, k as i64) - q(1, 2)))
            .sum();
        let angle = s - q(2 * (n % k) as i64 * h as i64, k as i64);
        sum = &sum + &pi.mul_rational(&angle).cos();
    }
    sum
}

#[cfg(test)]
mod tests {
    //! The modular arithmetic under the factored A_k, against GMP (rug) — above 2³² too, where
    //! `mul_mod` takes its 128-bit route and which the p(N) range never reaches.
    use super::*;
    use proptest::prelude::*;
    use rug::Integer;

    fn gmp_mul_mod(a: u64, b: u64, m: u64) -> u64 {
        (Integer::from(a) * b % m).to_u64().unwrap()
    }

    /// Odd primes and the largest exponents that keep p^e below 2⁵⁹ (the factored A_k's
    /// domain), with moduli on either side of 2³² for the 128-bit route.
    const BIG_PRIME_POWERS: [(u64, u32); 6] = [
        (4_294_967_291, 1),
        (4_294_967_311, 1),
        (999_999_999_989, 1),
        (1_000_003, 2),
        (65_537, 3),
        (7, 20),
    ];

    proptest! {
        #[test]
        fn mul_and_pow_mod_agree_with_gmp(a: u64, b: u64, m in 1u64..) {
            prop_assert_eq!(mul_mod(a, b, m), gmp_mul_mod(a, b, m));
            let small = m % (1 << 32) + 1;
            prop_assert_eq!(mul_mod(a, b, small), gmp_mul_mod(a, b, small));
            prop_assert_eq!(pow_mod(a, 0, m), 1 % m);
            let e = b % 1000;
            let gmp = Integer::from(a).pow_mod(&Integer::from(e), &Integer::from(m)).unwrap();
            prop_assert_eq!(Integer::from(pow_mod(a, e, m)), gmp);
        }

        #[test]
        fn inv_mod_inverts(a: u64, m in 2u64..(1 << 62)) {
            let a = a % m;
            prop_assume!(num_integer::gcd(a, m) == 1);
            prop_assert_eq!(gmp_mul_mod(inv_mod(a, m), a, m), 1 % m);
        }

        #[test]
        fn discriminant_is_one_minus_24n(n: u64, m in 1u64..(1 << 63)) {
            let mut expected = (Integer::from(1) - Integer::from(n) * 24u32) % m;
            if expected < 0 {
                expected += m;
            }
            prop_assert_eq!(Integer::from(discriminant(n, m)), expected);
        }

        /// Beyond 2³²: each root squares to d, ±r are both there, and a residue has roots
        /// exactly when GMP's Legendre symbol says so.
        #[test]
        fn square_roots_modulo_big_prime_powers(d: u64, pick in 0usize..6, e in 1u32..=20) {
            let (p, top) = BIG_PRIME_POWERS[pick];
            let e = e.min(top);
            let q = p.pow(e);
            let d = d % q;
            prop_assume!(d % p != 0);
            let roots = sqrts_mod_prime_power(d, p, e);
            let residue = Integer::from(d).legendre(&Integer::from(p)) == 1;
            prop_assert_eq!(roots.len(), if residue { 2 } else { 0 });
            for &r in &roots {
                prop_assert!(r < q);
                prop_assert_eq!(gmp_mul_mod(r, r, q), d);
                prop_assert!(roots.contains(&(q - r)));
            }
        }
    }

    /// The routes switch at the crossovers their doc comments measured: a changed threshold
    /// changes only the speed (every route is certified), so it is pinned here.
    #[test]
    fn cosine_routes_switch_at_the_measured_crossovers() {
        for (prec, b, newton) in [(2499, 5, false), (2500, 5, true), (2500, 31, true)]
            .into_iter()
            .chain([(2500, 32, false), (5499, 47, false), (5500, 32, true)])
        {
            assert_eq!(
                newton_pays_off(prec, b),
                newton,
                "Newton at {prec} bits, b = {b}"
            );
        }
        for (prec, b, tower) in [
            (999, 8, false),
            (1000, 8, true),
            (1000, 5 * 64, true),
            (1000, 9, false), // 3²: one trisection after the closed form π/3
            (2499, 18, false),
            (2500, 18, true),
            (4999, 54, false),
            (5000, 54, true),
            (5000, 27, true),
            (1_000_000, 81, false),
            (1_000_000, 162, false), // three trisections
            (1_000_000, 7, false),   // not a tower denominator
        ] {
            assert_eq!(
                tower_pays_off(prec, b),
                tower,
                "tower at {prec} bits, b = {b}"
            );
        }
    }

    /// For every modulus p^e < 3000 and every d: exactly the roots a scan finds.
    #[test]
    fn square_roots_modulo_small_prime_powers_are_all_the_roots() {
        for (p, top) in [
            (2u64, 11u32),
            (3, 7),
            (5, 4),
            (7, 4),
            (11, 3),
            (13, 3),
            (53, 2),
        ] {
            for e in 1..=top {
                let q = p.pow(e);
                for d in 0..q {
                    // p = 2 serves d = 1 − 24n ≡ 1 (mod 8) only, which is what A_k needs
                    if p == 2 && e >= 3 && d % 8 != 1 {
                        continue;
                    }
                    let scan: Vec<u64> = (0..q).filter(|&x| x * x % q == d).collect();
                    assert_eq!(sqrts_mod_prime_power(d, p, e), scan, "d = {d} mod {p}^{e}");
                }
            }
        }
    }
}
