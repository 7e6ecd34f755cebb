//! e^x at high precision by Brent's bit-burst method, its independent factors on several threads.
//!
//! First x = k·ln 2 + y with k = ⌊x̃/ln 2⌋, so that e^x = 2^k·e^y and y is about in [0, ln 2).
//! The midpoint ỹ of the ball y = ỹ ± r is a dyadic number, so it splits exactly as
//!
//! ỹ = N + Σ_j u_j/2^(D_{j+1}),  N = ⌊ỹ⌋,  0 ≤ u_j < 2^(D_{j+1} − D_j),  D = 0, 2, 4, 8, 16, …,
//!
//! and e^ỹ = e^N · Π_j e^(r_j) with r_j = u_j/2^(D_{j+1}) < 2^(−D_j): a product of factors that
//! are computed independently of one another — which is what lets them run on several threads.
//! (N is 0 unless the rounding of k·ln 2 put y just below 0; e^N is then e's series, powered.)
//! Each e^(r_j) is its Taylor series Σ_{n<K} r_j^n/n!, summed exactly as one fraction by
//! binary splitting, plus a bound on the rest. The chunk r_j has about 2^j bits and needs about
//! w/2^j terms, so every factor costs about the same, O(M(w)·log w) at w bits, and there are
//! about log₂ w of them.
//!
//! **The tail.** Every r here is at most 1, so the terms t_n = r^n/n! shrink by a factor
//! r/(n + 1) ≤ ½ from n = 1 on, and the sum from n = K on is at most 2·t_K ≤ 2·2^(−K·D)/K!
//! (r < 2^(−D)). K is the least count with K·D + log₂ K! ≥ w + 3, log₂ K! summed in f64: its
//! relative rounding error is below K·2^(−52), far below the one bit of slack, so the tail is
//! at most 2^(−w−1), and it enters each factor's ball as that error.
//!
//! **The radius.** For |t| ≤ r, e^(ỹ+t) = e^ỹ·e^t with |e^t − 1| ≤ e^r − 1, so the product is
//! multiplied by the ball 1 ± (e^r − 1), as [`Ball::exp`] does. Everything else — the reduction
//! by k·ln 2, the division T/Q, the products — is ball arithmetic, whose every rounding is
//! accounted for.
//!
//! At 370 000 bits (p(10¹⁰)'s first term), warm: about 0.24 s on one thread against MPFR's
//! 0.29 s, 0.15 s on two (CHANGELOG, with how it was measured).

use rug::float::Round;
use rug::{Float, Integer, Rational};

use super::ball::Ball;
use super::interval::IntervalError;
use super::{ln2, parallel};

/// Below this precision MPFR's `exp` is used as it is (the split would not pay for itself).
pub const MIN_BITS: u32 = 20_000;

/// Above this precision too (it keeps every shift of the binary splitting, at most about 4w
/// bits, within `u32`).
pub const MAX_BITS: u32 = 1 << 26;

/// |x| at most this (beyond, e^x leaves MPFR's exponent range anyway).
const MAX_ARGUMENT: f64 = (1u64 << 30) as f64;

/// One independent factor of e^ỹ.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Factor {
    /// e^N for the integer part N (negative N: the reciprocal of e^|N|).
    Power(i64),
    /// e^(u/2^d) for a chunk u < 2^(d − bound) of the fraction: r < 2^(−bound).
    Chunk { u: Integer, d: u32, bound: u32 },
}

/// The factors of e^ỹ for a finite ỹ with |ỹ| ≤ 2^30 (None otherwise): the integer part
/// and the non-zero chunks of the fraction between bit positions D_j < D_{j+1} (D = 0, 2, 4, 8, …).
fn factors(y: &Float) -> Option<Vec<Factor>> {
    let exact = y.to_rational()?;
    let integer = Integer::from(exact.floor_ref());
    let n = integer
        .to_i64()
        .filter(|n| n.unsigned_abs() as f64 <= MAX_ARGUMENT)?;
    let fraction = exact - Rational::from(&integer); // in [0, 1), denominator 2^L
    let denominator_bits = fraction.denom().significant_bits() - 1;
    let numerator = fraction.numer();
    let mut out = Vec::new();
    if n != 0 {
        out.push(Factor::Power(n));
    }
    let (mut lo, mut hi) = (0u32, 2u32);
    while lo < denominator_bits {
        // the bits of the fraction at positions lo + 1 ..= hi: ⌊f·2^hi⌋ mod 2^(hi − lo)
        let scaled = if hi >= denominator_bits {
            Integer::from(numerator << (hi - denominator_bits))
        } else {
            Integer::from(numerator >> (denominator_bits - hi))
        };
        let u = scaled.keep_bits(hi - lo);
        if u != 0 {
            out.push(Factor::Chunk {
                u,
                d: hi,
                bound: lo,
            });
        }
        (lo, hi) = (hi, 2 * hi);
    }
    Some(out)
}

/// The number of Taylor terms of e^r, r < 2^(−bound) (r ≤ 1), that leave a tail ≤ 2^(−w−1):
/// the least K ≥ 2 with K·bound + log₂ K! ≥ w + 3 (see the module's tail bound).
fn terms(bound: u32, w: u32) -> u64 {
    let target = f64::from(w) + 3.0;
    let mut log_factorial = 1.0; // log₂ 2!
    let mut k = 2u64;
    while k as f64 * f64::from(bound) + log_factorial < target {
        k += 1;
        log_factorial += (k as f64).log2();
    }
    k
}

/// Binary splitting of Σ_{a≤n<b} Π_{a≤i≤n} u/(2^d·i) = T/(Q·2^(d(b−a))), 1 ≤ a < b:
/// returns (P, Q, T) with Q = Π_{a≤i<b} i and P = u^(b−a) when `with_p` (a range merged as a
/// left half needs it; the root and the right halves below it do not).
fn split(u: &Integer, d: u32, a: u64, b: u64, with_p: bool) -> (Option<Integer>, Integer, Integer) {
    if b == a + 1 {
        return (with_p.then(|| u.clone()), Integer::from(a), u.clone());
    }
    let m = a + (b - a) / 2;
    let (p1, q1, t1) = split(u, d, a, m, true);
    let (p2, q2, t2) = split(u, d, m, b, with_p);
    let p1 = p1.unwrap_or_default();
    // T = T₁·Q₂·2^(d(b−m)) + P₁·T₂;  d·(b − m) ≤ d·K ≤ 4w < 2^32 for w ≤ MAX_BITS + 64
    let shift = (u64::from(d) * (b - m)) as u32;
    let mut t = Integer::from(&t1 * &q2) << shift;
    if *u == 1 {
        t += t2;
    } else {
        t += Integer::from(&p1 * &t2);
    }
    let p = p2.map(|p2| p1 * p2);
    (p, q1 * q2, t)
}

/// e^(u/2^d) for u/2^d < 2^(−bound), u/2^d ≤ 1, as a ball at `w` bits.
fn chunk_exp(u: &Integer, d: u32, bound: u32, w: u32) -> Result<Ball, IntervalError> {
    let k = terms(bound, w);
    let (_, q, t) = split(u, d, 1, k, false);
    let shift = i32::try_from(u64::from(d) * (k - 1))
        .map_err(|_| IntervalError::Domain("bit-burst exponential: precision too large"))?;
    // Q exactly, at its own length: MPFR divides by a short divisor much faster
    let q_bits = q.significant_bits().clamp(64, w);
    let sum = Ball::from_integer(w, &t)
        .div(&Ball::from_integer(q_bits, &q))?
        .mul_pow2(-shift)?;
    Ball::from_i64(w, 1)
        .add(&sum)?
        .add_error(&(Rational::from(1) >> (w + 1)))
}

/// e^n for an integer n, at `w` bits: e by its series, then powering by squaring (which
/// multiplies the relative error by about |n|; the caller's guard bits cover it).
fn power_exp(n: i64, w: u32) -> Result<Ball, IntervalError> {
    let mut base = chunk_exp(&Integer::from(1), 0, 0, w)?;
    let mut exponent = n.unsigned_abs();
    let mut acc = Ball::from_i64(w, 1);
    while exponent > 0 {
        if exponent & 1 == 1 {
            acc = acc.mul(&base)?;
        }
        exponent >>= 1;
        if exponent > 0 {
            base = base.mul(&base)?;
        }
    }
    if n < 0 { acc.recip() } else { Ok(acc) }
}

fn factor_exp(factor: &Factor, w: u32) -> Result<Ball, IntervalError> {
    match factor {
        Factor::Power(n) => power_exp(*n, w),
        Factor::Chunk { u, d, bound } => chunk_exp(u, *d, *bound, w),
    }
}

/// The product of e^f over `factors` at `w` bits, on up to `threads` threads: each worker
/// multiplies the factors it computes into its own partial product.
fn product(factors: &[Factor], w: u32, threads: usize) -> Result<Ball, IntervalError> {
    let partials = parallel::fold(
        factors.len(),
        threads,
        || Ok(Ball::from_i64(w, 1)),
        |acc: &mut Result<Ball, IntervalError>, i| {
            if let Ok(a) = acc {
                *acc = factor_exp(&factors[i], w).and_then(|f| a.mul(&f));
            }
        },
    );
    let mut value = Ball::from_i64(w, 1);
    for partial in partials {
        value = value.mul(&partial?)?;
    }
    Ok(value)
}

/// e^x for a ball x at its precision, the factors of the bit-burst split computed on up to
/// `threads` threads. Outside [`MIN_BITS`]..=[`MAX_BITS`], or for |x| > 2^30, it is
/// [`Ball::exp`].
///
/// ```
/// use claimcheck::exact::{ball::Ball, bit_burst};
/// let x = Ball::pi(30_000).mul(&Ball::from_i64(30_000, 163).sqrt().unwrap()).unwrap();
/// let e = bit_burst::exp(&x, 2).unwrap();
/// let m = rug::Integer::from(640_320u64 * 640_320 * 640_320 + 744);
/// assert_eq!(e.unique_integer(), Some(m)); // e^(π√163) = 640320³ + 744 − 7.5·10⁻¹³
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] when e^x leaves MPFR's exponent range.
pub fn exp(x: &Ball, threads: usize) -> Result<Ball, IntervalError> {
    let p = x.prec();
    let x_approx = x.mid().to_f64();
    if !(MIN_BITS..=MAX_BITS).contains(&p) || !x_approx.is_finite() || x_approx.abs() > MAX_ARGUMENT
    {
        return x.exp();
    }
    // x = k·ln 2 + y; k·ln 2 loses log₂|k| bits, the products a few more
    let k = (x_approx / std::f64::consts::LN_2).floor() as i64; // |k| < 2^31
    let k_bits = 64 - k.unsigned_abs().leading_zeros();
    let w = p + 32;
    let y = x
        .with_prec(w)?
        .sub(&ln2::ln2(w + k_bits, threads)?.mul_integer(&Integer::from(k))?)?;
    let parts = factors(y.mid()).ok_or(IntervalError::Domain(
        "bit-burst exponential: the reduced argument is not finite",
    ))?;
    let value = product(&parts, w, threads)?;
    // the radius: e^(ỹ + t) = e^ỹ·e^t, |e^t − 1| ≤ e^r − 1
    let spread = Float::with_val_round(30, y.rad().exp_m1_ref(), Round::Up).0;
    let spread = spread
        .to_rational()
        .ok_or(IntervalError::Domain("the ball's radius overflowed"))?;
    let shift = i32::try_from(k).map_err(|_| IntervalError::Domain("eˣ out of range"))?;
    value
        .mul(&Ball::from_i64(w, 1).add_error(&spread)?)?
        .mul_pow2(shift)?
        .with_prec(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factors_rebuild_the_argument() {
        let x = Float::with_val(200, Float::parse("12345.6789012345678901234567").unwrap());
        let parts = factors(&x).unwrap();
        let mut sum = Rational::new();
        for f in &parts {
            match f {
                Factor::Power(n) => sum += Integer::from(*n),
                Factor::Chunk { u, d, bound } => {
                    assert!(u.significant_bits() <= d - bound);
                    sum += Rational::from(u.clone()) >> *d;
                }
            }
        }
        assert_eq!(sum, x.to_rational().unwrap());
        assert_eq!(parts[0], Factor::Power(12345));
    }
}
