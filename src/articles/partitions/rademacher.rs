//! p(n) by the Hardy–Ramanujan–Rademacher series, proven. In FLINT's normalisation
//!
//! p(n) = 4/(24n − 1) · Σ_{k=1}^{N} S_k(n)·(cosh x_k − sinh(x_k)/x_k) + R_N(n),
//! x_k = π√(24n − 1)/(6k), S_k(n) = A_k(n)·√(3/k) (see [`exp_sum`](super::exp_sum)),
//!
//! where N is the smallest number of terms for which Rademacher's remainder bound is below ¼.
//! Every term is a certified [`Ball`] evaluated at the precision its size needs (the working
//! precision falls like 1/k), the sum runs from k = N down to 1 so that each addition costs
//! only the current term's precision, and p(n) is returned only when the ball of the sum, widened
//! by the remainder bound, lies within ½ of a single integer. For k < 35 the exponential comes
//! from e^(x₁) by a k-th root, which is much cheaper than a fresh exponential at high precision.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use rug::Integer;

use super::exp_sum::{CosineSum, FactorSieve, selberg_indices_by_roots};
use crate::exact::ball::Ball;
use crate::exact::integer::{from_rug_natural, to_rug_rational};
use crate::exact::interval::{Interval, IntervalError};

fn q(n: i64, d: i64) -> BigRational {
    BigRational::new(BigInt::from(n), BigInt::from(d))
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

/// Terms with k below this take e^(x_k) as the k-th root of e^(x₁) (when their precision is
/// above [`ROOT_MIN_BITS`]); FLINT's choice, confirmed by timing MPFR's root against exp.
const ROOT_MAX_K: u64 = 34;
const ROOT_MIN_BITS: u32 = 1000;

/// The working precision of term k: the bits of its size 4/(24n)·|S_k|·e^(x_k), plus log₂ x_k
/// for the error of x_k that the exponential amplifies, plus log₂ N and a guard so that N terms'
/// errors stay far below ½. A heuristic only: the proof is the final radius, and a miss retries
/// with `extra` bits.
fn term_precision(x: f64, n: u64, terms: u64, width: usize, extra: u32) -> u32 {
    let size = x / std::f64::consts::LN_2 - ((6 * n) as f64).log2() + (width.max(1) as f64).log2();
    let bits = size + x.max(1.0).log2() + (terms as f64).log2() + 24.0;
    (bits.max(0.0) as u32).max(64) + extra
}

/// p(n) for n ≥ 0 by the series (n < 2 directly).
pub fn partition_hrr(n: u64) -> Result<BigUint, IntervalError> {
    if n < 2 {
        return Ok(BigUint::from(1u32));
    }
    let terms = terms_needed(n)?;
    let bound = to_rug_rational(&remainder_bound(n, terms)?);
    let sieve = FactorSieve::new(terms);
    let d = Integer::from(24) * n - 1u32; // 24n − 1
    let x1_approx = std::f64::consts::PI * (d.to_f64()).sqrt() / 6.0;
    for extra in [0u32, 64, 512, 4096] {
        let top = term_precision(x1_approx, n, terms, 2, extra) + 16;
        // x₁ = π√(24n − 1)/6 and e^(x₁), once, at the top precision
        let x1 = Ball::pi(top)
            .mul(&Ball::from_integer(top, &d).sqrt()?)
            .div_u64(6);
        let e1 = x1.exp()?;
        let mut sum = Ball::from_i64(64, 0);
        for k in (1..=terms).rev() {
            let cosines = CosineSum::selberg(k, &selberg_indices_by_roots(n, k, &sieve));
            if cosines.is_zero() {
                continue; // A_k(n) = 0 exactly
            }
            let prec = term_precision(x1_approx / k as f64, n, terms, 2 * cosines.len() + 2, extra);
            let x = x1.with_prec(prec).div_u64(k);
            let e = if k == 1 {
                e1.clone()
            } else if k <= ROOT_MAX_K && prec > ROOT_MIN_BITS {
                e1.with_prec(prec).root(k as u32)?
            } else {
                x.exp()?
            };
            let e_inv = e.recip()?;
            let cosh = e.add(&e_inv).mul_pow2(-1);
            let sinh = e.sub(&e_inv).mul_pow2(-1);
            let bracket = cosh.sub(&sinh.div(&x)?);
            sum = sum.add(&cosines.ball(prec)?.mul(&bracket));
        }
        let total = sum
            .mul_integer(&Integer::from(4))
            .div(&Ball::from_integer(sum.prec(), &d))?
            .add_error(&bound);
        if let Some(m) = total.unique_integer().filter(|m| *m > 0) {
            return Ok(from_rug_natural(&m));
        }
    }
    Err(IntervalError::PrecisionCap {
        digits: 0,
        bits: term_precision(x1_approx, n, terms, 2, 4096),
    })
}
