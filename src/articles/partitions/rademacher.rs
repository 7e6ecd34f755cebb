//! p(n) by the Hardy–Ramanujan–Rademacher series, proven: the number of terms N is the smallest
//! for which Rademacher's remainder bound is below 1/4, each term is a certified enclosure at the
//! precision its size needs, and the value is printed only when the enclosure of the sum (plus
//! the bound) lies within 1/2 of a single integer.
//!
//! p(n) = (1/(π√2)) Σ_{k≤N} A_k(n)·√k·[(C/k)cosh(Cλ/k)/(2λ²) − sinh(Cλ/k)/(2λ³)] + R,
//! λ = √(n − 1/24), C = π√(2/3), with A_k(n) by Selberg's formula
//! A_k(n) = √(k/3) Σ_{0≤l<2k, (3l²+l)/2 ≡ −n (mod k)} (−1)^l cos(π(6l+1)/(6k)).

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;

use crate::exact::interval::{Interval, IntervalError};

fn q(n: i64, d: i64) -> BigRational {
    BigRational::new(BigInt::from(n), BigInt::from(d))
}

/// The indices l of Selberg's sum for A_k(n): 0 ≤ l < 2k with (3l² + l)/2 ≡ −n (mod k).
pub fn selberg_indices(n: u64, k: u64) -> Vec<u64> {
    let target = (k - n % k) % k;
    (0..2 * k)
        .filter(|&l| ((3 * (l as u128) * (l as u128) + l as u128) / 2 % k as u128) as u64 == target)
        .collect()
}

/// A_k(n) enclosed at `prec` bits (Selberg's formula).
pub fn a_k(n: u64, k: u64, prec: u32) -> Result<Interval, IntervalError> {
    let mut sum = Interval::from_int(prec, 0);
    let pi = Interval::pi(prec);
    for l in selberg_indices(n, k) {
        let c = pi.mul_rational(&q(6 * l as i64 + 1, 6 * k as i64)).cos();
        sum = if l % 2 == 0 { &sum + &c } else { &sum - &c };
    }
    Ok(&sum * &Interval::from_rational(prec, &q(k as i64, 3)).sqrt()?)
}

/// A_k(n) from the definition Σ_{h mod k, (h,k)=1} cos(π s(h,k) − 2πnh/k) with exact Dedekind sums:
/// the independent route the tests compare Selberg's formula with.
pub fn a_k_by_dedekind(n: u64, k: u64, prec: u32) -> Interval {
    let pi = Interval::pi(prec);
    let mut sum = Interval::from_int(prec, 0);
    for h in 0..k {
        if num_integer::gcd(h, k) != 1 {
            continue;
        }
        // s(h,k) = Σ_{r=1}^{k−1} (r/k)(hr/k − ⌊hr/k⌋ − 1/2)
        let s: BigRational = (1..k)
            .map(|r| {
                let hr = h * r;
                q(r as i64, k as i64) * (q((hr % k) as i64, k as i64) - q(1, 2))
            })
            .sum();
        let angle = s - q(2 * (n % k) as i64 * h as i64, k as i64);
        sum = &sum + &pi.mul_rational(&angle).cos();
    }
    sum
}

/// Rademacher's bound on the remainder after N terms (n ≥ 2), as an upper enclosure:
/// 44π²/(225√3)·N^(−1/2) + (π√2/75)·√(N/(n−1))·sinh(π√(2n/3)/N).
pub fn remainder_bound(n: u64, terms: u64) -> Result<BigRational, IntervalError> {
    let p = 64;
    let pi = Interval::pi(p);
    let nn = Interval::from_int(p, terms as i64);
    let first = pi
        .square()
        .mul_rational(&q(44, 225))
        .div(&(&Interval::from_int(p, 3).sqrt()? * &nn.sqrt()?))?;
    let arg = (&pi * &Interval::from_rational(p, &q(2 * n as i64, 3)).sqrt()?).div(&nn)?;
    let sinh = (&arg.exp()? - &(-&arg).exp()?).mul_rational(&q(1, 2));
    let second = &(&(&pi * &Interval::from_int(p, 2).sqrt()?).mul_rational(&q(1, 75))
        * &Interval::from_rational(p, &q(terms as i64, n as i64 - 1)).sqrt()?)
        * &sinh;
    Ok((&first + &second).hi_rational())
}

/// The smallest N with remainder bound < 1/4.
pub fn terms_needed(n: u64) -> Result<u64, IntervalError> {
    let ok = |t: u64| remainder_bound(n, t).map(|b| b < q(1, 4));
    let mut hi = 1u64;
    while !ok(hi)? {
        hi *= 2;
    }
    let mut lo = hi / 2;
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if ok(mid)? { hi = mid } else { lo = mid }
    }
    Ok(hi)
}

/// p(n) for n ≥ 2 by the series; `extra_bits` raises every term's precision (the proof retries
/// with more when the enclosure is not narrow enough).
pub fn partition_hrr(n: u64) -> Result<BigUint, IntervalError> {
    if n < 2 {
        return Ok(BigUint::from(1u32));
    }
    let terms = terms_needed(n)?;
    let bound = remainder_bound(n, terms)?;
    let guard = 64 - terms.leading_zeros() + 40;
    // bits of the leading term ≈ C√n/ln 2
    let lead_bits = (2.5651 * (n as f64).sqrt() / std::f64::consts::LN_2) as u32 + 16;
    for extra in [0u32, 64, 256, 1024] {
        let top = lead_bits + guard + extra;
        let mut sum = Interval::from_int(top, 0);
        let p0 = top;
        let lambda = Interval::from_rational(p0, &(q(n as i64, 1) - q(1, 24))).sqrt()?;
        let c = &Interval::pi(p0) * &Interval::from_rational(p0, &q(2, 3)).sqrt()?;
        for k in 1..=terms {
            if selberg_indices(n, k).is_empty() {
                continue; // A_k(n) = 0 exactly
            }
            // precision for term k: its size is about e^(Cλ/k)
            let prec = (lead_bits / k as u32).max(32) + guard + extra;
            let (lam, cc) = (lambda.with_prec(prec), c.with_prec(prec));
            let x = (&cc * &lam).mul_rational(&q(1, k as i64));
            let (ex, emx) = (x.exp()?, (-&x).exp()?);
            let cosh = (&ex + &emx).mul_rational(&q(1, 2));
            let sinh = (&ex - &emx).mul_rational(&q(1, 2));
            let lam2 = lam.square();
            let bracket = &(&cc * &cosh).mul_rational(&q(1, 2 * k as i64)).div(&lam2)?
                - &sinh.mul_rational(&q(1, 2)).div(&(&lam2 * &lam))?;
            let a_prec = a_k(n, k, prec)?;
            let term = &(&a_prec * &Interval::from_int(prec, k as i64).sqrt()?) * &bracket;
            sum = &sum + &term;
        }
        let scale = (&Interval::pi(top) * &Interval::from_int(top, 2).sqrt()?).powi(-1)?;
        let total = &sum * &scale;
        let lo = total.lo_rational() - &bound;
        let hi = total.hi_rational() + &bound;
        let m = (&lo + q(1, 2)).floor();
        if &hi - &lo < q(1, 1) && m.clone() - q(1, 2) < lo && hi < &m + q(1, 2) {
            return Ok(m.to_integer().to_biguint().expect("p(n) > 0"));
        }
    }
    Err(IntervalError::PrecisionCap {
        digits: 0,
        bits: lead_bits,
    })
}
