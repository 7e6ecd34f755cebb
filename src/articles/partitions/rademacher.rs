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
/// The pentagonal values are stepped incrementally, v_{l+1} = v_l + 3l + 2, with additions and
/// conditional subtractions only (no division in the loop).
pub fn selberg_indices(n: u64, k: u64) -> Vec<u64> {
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

/// A_k(n) enclosed at `prec` bits (Selberg's formula).
pub fn a_k(n: u64, k: u64, prec: u32) -> Result<Interval, IntervalError> {
    Ok(&selberg_sum(&selberg_indices(n, k), k, prec)?
        * &Interval::from_rational(prec, &q(k as i64, 3)).sqrt()?)
}

/// Σ_l (−1)^l cos(π(6l+1)/(6k)) over the given indices (A_k(n) without its factor √(k/3)).
fn selberg_sum(indices: &[u64], k: u64, prec: u32) -> Result<Interval, IntervalError> {
    let mut sum = Interval::from_int(prec, 0);
    let pi = Interval::pi(prec);
    for &l in indices {
        let c = (&pi * &Interval::from_int(prec, 6 * l as i64 + 1))
            .div(&Interval::from_int(prec, 6 * k as i64))?
            .cos();
        sum = if l % 2 == 0 { &sum + &c } else { &sum - &c };
    }
    Ok(sum)
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
        // A_k·√k·[(C/k)cosh(x)/(2λ²) − sinh(x)/(2λ³)] with A_k = √(k/3)·S_k and x = Cλ/k equals
        // (S_k/√3)·[C/(4λ²)·(eˣ + e⁻ˣ) − k/(4λ³)·(eˣ − e⁻ˣ)]; the 1/√3 joins the final scale.
        let lambda = Interval::from_rational(top, &(q(n as i64, 1) - q(1, 24))).sqrt()?;
        let c = &Interval::pi(top) * &Interval::from_rational(top, &q(2, 3)).sqrt()?;
        let c_lambda = &c * &lambda;
        let lam2 = lambda.square();
        let cosh_factor = c.div(&lam2.mul_rational(&q(4, 1)))?;
        let sinh_factor =
            Interval::from_int(top, 1).div(&(&lam2 * &lambda).mul_rational(&q(4, 1)))?;
        for k in 1..=terms {
            let indices = selberg_indices(n, k);
            if indices.is_empty() {
                continue; // A_k(n) = 0 exactly
            }
            // precision for term k: its size is about e^(Cλ/k)
            let prec = (lead_bits / k as u32).max(32) + guard + extra;
            let kk = Interval::from_int(prec, k as i64);
            let x = c_lambda.with_prec(prec).div(&kk)?;
            let ex = x.exp()?;
            let emx = Interval::from_int(prec, 1).div(&ex)?;
            let bracket = &(&cosh_factor.with_prec(prec) * &(&ex + &emx))
                - &(&(&sinh_factor.with_prec(prec) * &kk) * &(&ex - &emx));
            // A_1 = 1 and A_2 = (−1)^n exactly, so S_1 = √3 and S_2 = ±√(3/2): no full-precision cosines
            let selberg = match k {
                1 => Interval::from_int(prec, 3).sqrt()?,
                2 => {
                    let root = Interval::from_rational(prec, &q(3, 2)).sqrt()?;
                    if n % 2 == 0 { root } else { -&root }
                }
                _ => selberg_sum(&indices, k, prec)?,
            };
            let term = &selberg * &bracket;
            sum = &sum + &term;
        }
        let scale = (&Interval::pi(top) * &Interval::from_int(top, 6).sqrt()?).powi(-1)?; // 1/(π√2·√3)
        let remainder =
            Interval::from_rational(top, &-&bound).hull(&Interval::from_rational(top, &bound));
        let total = &(&sum * &scale) + &remainder;
        // the candidate integer, then an exact check that the enclosure lies in (m − ½, m + ½)
        if let Some(m) = total.lo().to_integer() {
            let half = rug::Rational::from((1, 2));
            let (below, above) = (
                rug::Rational::from(&m) - &half,
                rug::Rational::from(&m) + &half,
            );
            if *total.lo() > below && *total.hi() < above && m > 0 {
                return Ok(crate::exact::integer::from_rug_natural(&m));
            }
        }
    }
    Err(IntervalError::PrecisionCap {
        digits: 0,
        bits: lead_bits,
    })
}
