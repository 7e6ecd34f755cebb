//! e^x at high precision by Brent's bit-burst method, its independent factors on several threads.
//!
//! **Reduction by squaring.** With |x̃| < 2^m, y = x/2^q for q = max(0, m + 16), so that
//! |y| < 2^(−16) and e^x = (e^y)^(2^q): q squarings at the end, and no ln 2 (whose first
//! computation at full precision would cost more than the whole exponential).
//! The midpoint ỹ of the ball y = ỹ ± r is a dyadic number, so |ỹ| splits exactly as
//!
//! |ỹ| = Σ_j u_j/2^(D_{j+1}),  0 ≤ u_j < 2^(D_{j+1} − D_j),  D = 16, 32, 64, 128, …,
//!
//! and e^|ỹ| = Π_j e^(r_j) with r_j = u_j/2^(D_{j+1}) < 2^(−D_j): a product of factors that
//! are computed independently of one another — which is what lets them run on several threads
//! (for ỹ < 0 the product's reciprocal). Each e^(r_j) is its Taylor series Σ_{n<K} r_j^n/n!,
//! summed exactly as one fraction by binary splitting, plus a bound on the rest. The chunk
//! r_j has about 2^j·16 bits and needs about w/(2^j·16) terms, so every factor costs about the
//! same, O(M(w)·log w) at w bits, and there are about log₂(w/16) of them.
//!
//! **The splitting** (`split`) keeps the powers of two apart: the n-th term is
//! Π_{i≤n} u/(2^d·i), and with i = 2^(v(i))·odd(i) the sum over a range is T/(Q·2^E), Q the
//! product of the odd parts, E the sum of d + v(i). The power u^(m−a) that a merge needs comes
//! from a table (`Powers`) of the few lengths that occur, so no power is built in the tree.
//!
//! **The tail.** Every r here is at most 2^(−16), so the terms t_n = r^n/n! shrink by a factor
//! r/(n + 1) ≤ ½ from n = 1 on, and the sum from n = K on is at most 2·t_K ≤ 2·2^(−K·D)/K!
//! (r < 2^(−D)). K is the least count with K·D + log₂ K! ≥ w + 3, log₂ K! summed in f64: its
//! relative rounding error is below K·2^(−52), far below the one bit of slack, so the tail is
//! at most 2^(−w−1), and it enters each factor's numerator as Q·2^(E−w−1) over its denominator
//! Q·2^E ([`Factor`]), that error on the factor.
//!
//! **The radius.** For |t| ≤ r, e^(ỹ+t) = e^ỹ·e^t with |e^t − 1| ≤ e^r − 1, so the product is
//! multiplied by the ball 1 ± (e^r − 1), as [`Ball::exp`] does. Everything else — the products
//! of the numerators and of the denominators, the one division, the q squarings (each doubles
//! the relative radius, which the 2q guard bits of the working precision absorb) — is ball
//! arithmetic, whose every rounding is accounted for.
//!
//! At 370 000 bits (p(10¹⁰)'s first term), medians of 7 calls: 0.088 s on one thread and
//! 0.068 s on two, against MPFR's 0.124 s and Arb's 0.047 s / 0.027 s (warm; its first call,
//! which fills its cache of prime logarithms, 0.152 s); CHANGELOG, 2026-12-03.

use std::collections::BTreeMap;

use rug::float::Round;
use rug::{Float, Integer, Rational};

use super::ball::Ball;
use super::interval::IntervalError;
use super::parallel;

/// Below this precision MPFR's `exp` is used as it is (the split would not pay for itself).
pub const MIN_BITS: u32 = 20_000;

/// Above this precision too (it keeps every shift of the binary splitting, at most about 4w
/// bits, within `u32`).
pub const MAX_BITS: u32 = 1 << 26;

/// |x| at most this (beyond, e^x leaves MPFR's exponent range anyway).
const MAX_ARGUMENT: f64 = (1u64 << 30) as f64;

/// The reduced argument is below 2^(−REDUCED_BITS).
const REDUCED_BITS: u32 = 16;

/// One independent factor of e^|ỹ|: e^(u/2^d) for a chunk u < 2^(d − bound) of the fraction,
/// so that r = u/2^d < 2^(−bound).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Chunk {
    u: Integer,
    d: u32,
    bound: u32,
}

/// The chunks of a finite |ỹ| < 2^(−16) (None otherwise): its non-zero bits between the
/// positions D_j < D_{j+1}, D = 16, 32, 64, ….
fn chunks(y: &Float) -> Option<Vec<Chunk>> {
    let fraction = Rational::from(y.to_rational()?.abs_ref()); // denominator 2^L
    if fraction >= Rational::from((1, Integer::from(1) << REDUCED_BITS)) {
        return None;
    }
    let denominator_bits = fraction.denom().significant_bits() - 1;
    let numerator = fraction.numer();
    let mut out = Vec::new();
    let (mut lo, mut hi) = (REDUCED_BITS, 2 * REDUCED_BITS);
    while lo < denominator_bits {
        // the bits of the fraction at positions lo + 1 ..= hi: ⌊f·2^hi⌋ mod 2^(hi − lo)
        let scaled = if hi >= denominator_bits {
            Integer::from(numerator << (hi - denominator_bits))
        } else {
            Integer::from(numerator >> (denominator_bits - hi))
        };
        let u = scaled.keep_bits(hi - lo);
        if u != 0 {
            out.push(Chunk {
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

/// u^e for every e = m − a that [`split`] of a range of length `len` needs, m = a + ⌊(b − a)/2⌋.
struct Powers(BTreeMap<u64, Integer>);

impl Powers {
    /// The halving of a length l gives ⌊l/2⌋ and ⌈l/2⌉, so each level of the tree has at most
    /// two lengths and the table about 2·log₂ len entries; each power is a square (times u)
    /// of a smaller one when the table has it.
    fn new(u: &Integer, len: u64) -> Powers {
        let mut exponents = std::collections::BTreeSet::new();
        let mut level = std::collections::BTreeSet::from([len]);
        while !level.is_empty() {
            let mut next = std::collections::BTreeSet::new();
            for &l in level.iter().filter(|&&l| l >= 2) {
                exponents.insert(l / 2);
                next.insert(l / 2);
                next.insert(l - l / 2);
            }
            level = next;
        }
        let mut table: BTreeMap<u64, Integer> = BTreeMap::new();
        for e in exponents {
            let power = match table.get(&(e / 2)) {
                Some(half) if e >= 2 => {
                    let square = Integer::from(half.square_ref());
                    if e % 2 == 1 { square * u } else { square }
                }
                _ => Integer::from(rug::ops::Pow::pow(u, e as u32)),
            };
            table.insert(e, power);
        }
        Powers(table)
    }

    fn get(&self, e: u64) -> &Integer {
        &self.0[&e]
    }
}

/// Binary splitting of Σ_{a≤n<b} Π_{a≤i≤n} u/(2^d·i) = T/(Q·2^E), 1 ≤ a < b: returns
/// (T, Q, E) with Q = Π_{a≤i<b} odd(i) and E = Σ_{a≤i<b} (d + v(i)), v(i) the exponent of 2
/// in i. A merge at m: T = T₁·Q₂·2^(E₂) + u^(m−a)·T₂, Q = Q₁·Q₂, E = E₁ + E₂.
fn split(u: &Integer, d: u32, a: u64, b: u64, powers: &Powers) -> (Integer, Integer, u64) {
    if b == a + 1 {
        let v = a.trailing_zeros();
        return (u.clone(), Integer::from(a >> v), u64::from(d + v));
    }
    let m = a + (b - a) / 2;
    let (t1, q1, e1) = split(u, d, a, m, powers);
    let (t2, q2, e2) = split(u, d, m, b, powers);
    // E₂ ≤ (b − m)·(d + log₂ b) ≤ 4w < 2^32 for w ≤ MAX_BITS + 64 (see `terms`)
    let mut t = Integer::from(&t1 * &q2) << (e2 as u32);
    if *u == 1 {
        t += t2;
    } else {
        t += Integer::from(powers.get(m - a) * &t2);
    }
    (t, q1 * q2, e1 + e2)
}

/// One factor e^(u/2^d) of the split as a fraction of two balls, num/den, so that the product
/// of all the factors costs one division instead of one per factor.
#[derive(Clone, Debug)]
pub struct Factor {
    num: Ball,
    den: Ball,
}

/// e^(u/2^d) for u/2^d < 2^(−bound), u/2^d ≤ 1, at `w` bits: 1 + T/(Q·2^E) + tail =
/// (Q·2^E + T ± Q·2^(E−w−1))/(Q·2^E), the tail being at most 2^(−w−1) (the module's bound).
fn chunk_exp(chunk: &Chunk, w: u32) -> Result<Factor, IntervalError> {
    let k = terms(chunk.bound, w);
    let powers = Powers::new(&chunk.u, k - 1);
    let (t, q, e) = split(&chunk.u, chunk.d, 1, k, &powers);
    let (shift, e) =
        i32::try_from(e)
            .ok()
            .zip(u32::try_from(e).ok())
            .ok_or(IntervalError::Domain(
                "bit-burst exponential: precision too large",
            ))?;
    let tail = (Rational::from(&q) << e) >> (w + 1);
    let num = Ball::from_integer(w, &(Integer::from(&q << e) + t)).add_error(&tail)?;
    // Q exactly at its own length (up to w bits): the product of the denominators stays cheap
    let den = Ball::from_integer(q.significant_bits().clamp(64, w), &q).mul_pow2(shift)?;
    Ok(Factor { num, den })
}

/// e^x for a ball x split into independent factors ([`Split::factor`]), which the caller may
/// compute on any threads and in any order before [`Split::finish`] combines them. This is
/// what lets p(n) overlap the factors of e^(x₁) with the terms that do not need it.
#[derive(Debug)]
pub struct Split {
    /// the precision of x and of the result
    prec: u32,
    /// the working precision, p + 32 + 2q
    work: u32,
    /// the number of squarings at the end
    squarings: u32,
    /// whether x̃ < 0 (the product is then e^|ỹ|, inverted)
    negative: bool,
    /// e^r − 1 for the radius r of y, rounded up
    spread: Rational,
    chunks: Vec<Chunk>,
}

impl Split {
    /// The split of e^x, or None when x's precision is outside [`MIN_BITS`]..=[`MAX_BITS`] or
    /// |x| > 2^30 (then [`Ball::exp`] is the better route).
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// assert!(Split::new(&Ball::from_i64(64, 1)).unwrap().is_none()); // too few bits
    /// let x = Ball::from_i64(30_000, 1);
    /// let split = Split::new(&x).unwrap().unwrap();
    /// let factors: Vec<_> = (0..split.len()).map(|i| split.factor(i).unwrap()).collect();
    /// let e = split.finish(&factors).unwrap();
    /// assert!(e.lo_rational().unwrap() > rug::Rational::from((27_182_818, 10_000_000)));
    /// assert!(e.hi_rational().unwrap() < rug::Rational::from((27_182_819, 10_000_000)));
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] if the reduced argument or its radius is not finite.
    pub fn new(x: &Ball) -> Result<Option<Split>, IntervalError> {
        let prec = x.prec();
        let x_approx = x.mid().to_f64();
        if !(MIN_BITS..=MAX_BITS).contains(&prec)
            || !x_approx.is_finite()
            || x_approx.abs() > MAX_ARGUMENT
        {
            return Ok(None);
        }
        // |x̃| < 2^m (MPFR's exponent: x̃ = f·2^m with ½ ≤ |f| < 1); m ≤ 31 here
        let m = x.mid().get_exp().unwrap_or(i32::MIN);
        let squarings = u32::try_from(m.saturating_add(REDUCED_BITS as i32)).unwrap_or(0);
        let work = prec + 32 + 2 * squarings;
        let y = x.with_prec(work)?.mul_pow2(-(squarings as i32))?;
        let chunks = chunks(y.mid()).ok_or(IntervalError::Domain(
            "bit-burst exponential: the reduced argument is not finite",
        ))?;
        // the radius: e^(ỹ + t) = e^ỹ·e^t, |e^t − 1| ≤ e^r − 1
        let spread = Float::with_val_round(30, y.rad().exp_m1_ref(), Round::Up)
            .0
            .to_rational()
            .ok_or(IntervalError::Domain("the ball's radius overflowed"))?;
        Ok(Some(Split {
            prec,
            work,
            squarings,
            negative: y.mid().is_sign_negative(),
            spread,
            chunks,
        }))
    }

    /// The number of factors.
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// let x = Ball::from_i64(30_000, 0);
    /// assert!(Split::new(&x).unwrap().unwrap().is_empty()); // e^0: no factor
    /// ```
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Whether there is no factor (x̃ = 0).
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// assert!(!Split::new(&Ball::from_i64(30_000, 5)).unwrap().unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }

    /// Factor i (i < [`Split::len`]) at the working precision.
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// let split = Split::new(&Ball::from_i64(30_000, 5)).unwrap().unwrap();
    /// assert!(split.factor(split.len()).is_err());
    /// ```
    ///
    /// # Errors
    /// [`IntervalError::Domain`] for i ≥ [`Split::len`], and if a shift leaves `i32`.
    pub fn factor(&self, i: usize) -> Result<Factor, IntervalError> {
        let chunk = self.chunks.get(i).ok_or(IntervalError::Domain(
            "bit-burst exponential: no such factor",
        ))?;
        chunk_exp(chunk, self.work)
    }

    /// e^x from all the factors, in order: the product of their numerators over the product
    /// of their denominators (the other way round for x̃ < 0), times the radius's ball
    /// 1 ± (e^r − 1), squared q times, at x's precision.
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless there are exactly [`Split::len`] factors, and when
    /// e^x leaves MPFR's exponent range.
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// let split = Split::new(&Ball::from_i64(30_000, 5)).unwrap().unwrap();
    /// assert!(split.finish(&[]).is_err());
    /// ```
    pub fn finish(&self, factors: &[Factor]) -> Result<Ball, IntervalError> {
        let chain = self.finish_chain(factors, 0)?;
        chain.into_iter().next().ok_or(IntervalError::Domain(
            "bit-burst exponential: an empty chain",
        ))
    }

    /// e^x, e^(x/2), …, e^(x/2^j) for j = min(`halvings`, q): the squarings' last j + 1 values
    /// (e^(x/2^i) is the value before the last i squarings), each at x's precision — the
    /// square roots of e^x that the squarings pass through anyway.
    ///
    /// # Errors
    /// As [`Split::finish`].
    ///
    /// ```
    /// use claimcheck::exact::{ball::Ball, bit_burst::Split};
    /// let split = Split::new(&Ball::from_i64(30_000, 6)).unwrap().unwrap();
    /// let factors: Vec<_> = (0..split.len()).map(|i| split.factor(i).unwrap()).collect();
    /// let chain = split.finish_chain(&factors, 2).unwrap();
    /// assert_eq!(chain.len(), 3);
    /// let e3 = Ball::from_i64(30_000, 3).exp().unwrap(); // e^(6/2)
    /// assert!(chain[1].sub(&e3).unwrap().contains_rational(&rug::Rational::new()));
    /// ```
    pub fn finish_chain(
        &self,
        factors: &[Factor],
        halvings: u32,
    ) -> Result<Vec<Ball>, IntervalError> {
        if factors.len() != self.chunks.len() {
            return Err(IntervalError::Domain(
                "bit-burst exponential: a factor is missing",
            ));
        }
        // both products at the working precision (a product's precision is its operands' larger)
        let (mut num, mut den) = (Ball::from_i64(self.work, 1), Ball::from_i64(self.work, 1));
        for factor in factors {
            num = num.mul(&factor.num)?;
            den = den.mul(&factor.den)?;
        }
        if self.negative {
            (num, den) = (den, num);
        }
        let mut value = num.div(&den)?;
        value = value.mul(&Ball::from_i64(self.work, 1).add_error(&self.spread)?)?;
        let kept = halvings.min(self.squarings);
        let mut chain = Vec::with_capacity(kept as usize + 1);
        for i in 0..self.squarings {
            if self.squarings - i <= kept {
                chain.push(value.with_prec(self.prec)?);
            }
            value = value.square()?;
        }
        chain.push(value.with_prec(self.prec)?);
        chain.reverse();
        Ok(chain)
    }
}

/// e^x for a ball x at its precision, the factors of the bit-burst split computed on up to
/// `threads` threads. Outside [`MIN_BITS`]..=[`MAX_BITS`], or for |x| > 2^30, it is
/// [`Ball::exp`]. The result does not depend on `threads`.
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
    let Some(split) = Split::new(x)? else {
        return x.exp();
    };
    let factors = parallel::map(split.len(), threads, |i| split.factor(i))
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    split.finish(&factors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_rebuild_the_argument() {
        let x = Float::with_val(
            200,
            Float::parse("-0.0000123456789012345678901234567").unwrap(),
        );
        let parts = chunks(&x).unwrap();
        let mut sum = Rational::new();
        for c in &parts {
            assert!(c.u.significant_bits() <= c.d - c.bound);
            sum += Rational::from(c.u.clone()) >> c.d;
        }
        assert_eq!(sum, Rational::from(x.to_rational().unwrap().abs_ref()));
        assert_eq!(parts[0].bound, REDUCED_BITS);
        assert!(chunks(&Float::with_val(64, 0.001)).is_none()); // not reduced
    }

    /// K is the least count with K·bound + log₂ K! ≥ w + 3, checked exactly as
    /// 2^(K·bound)·K! ≥ 2^(w+3). Each term adds at least 16 bits, so the consecutive w of the
    /// first range land on every position between two counts, the edges included.
    #[test]
    fn terms_is_the_least_count_with_a_small_tail() {
        let meets = |k: u64, bound: u32, w: u32| {
            let factorial = Integer::from(Integer::factorial(k as u32));
            (factorial << (k as u32 * bound)) >= (Integer::from(1) << (w + 3))
        };
        let cases = (20_000..20_040u32).map(|w| (16u32, w)).chain([
            (32, 20_000),
            (64, 370_000),
            (4096, 370_000),
            (16, 61),
        ]);
        for (bound, w) in cases {
            let k = terms(bound, w);
            assert!(meets(k, bound, w), "bound {bound}, w {w}: {k} terms");
            assert!(
                k == 2 || !meets(k - 1, bound, w),
                "bound {bound}, w {w}: {k} is not the least"
            );
        }
    }

    #[test]
    fn a_zero_argument_has_no_factor() {
        let zero = Split::new(&Ball::from_i64(MIN_BITS, 0)).unwrap().unwrap();
        assert!(zero.is_empty());
        assert_eq!(zero.len(), 0);
        let e = zero.finish(&[]).unwrap();
        assert!(e.contains_rational(&Rational::from(1)));
        let five = Split::new(&Ball::from_i64(MIN_BITS, 5)).unwrap().unwrap();
        assert!(!five.is_empty());
        assert_eq!(five.len(), 1); // 5/2^19 is one chunk, between bits 16 and 32
        assert!(five.factor(five.len()).is_err());
    }

    #[test]
    fn split_sums_the_series_exactly() {
        // Σ_{1≤n<b} Π_{i≤n} u/(2^d·i) against the direct sum, for lengths with odd halves
        for (u, d, b) in [
            (3u32, 5u32, 2u64),
            (3, 5, 3),
            (5, 7, 12),
            (1, 0, 9),
            (77, 9, 33),
        ] {
            let u = Integer::from(u);
            let powers = Powers::new(&u, b - 1);
            let (t, q, e) = split(&u, d, 1, b, &powers);
            let value = Rational::from((t, q)) >> (e as u32);
            let (mut term, mut direct) = (Rational::from(1), Rational::new());
            for n in 1..b {
                term *= Rational::from((u.clone(), Integer::from(n) << d));
                direct += &term;
            }
            assert_eq!(value, direct, "u = {u}, d = {d}, b = {b}");
        }
    }
}
