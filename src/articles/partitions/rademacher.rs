//! p(n) by the Hardy–Ramanujan–Rademacher series, proven. In FLINT's normalisation
//!
//! p(n) = 4/(24n − 1) · Σ_{k=1}^{N} S_k(n)·(cosh x_k − sinh(x_k)/x_k) + R_N(n),
//! x_k = π√(24n − 1)/(6k), S_k(n) = A_k(n)·√(3/k) (as a product of cosines: [`factored`](super::factored)),
//!
//! where N is the smallest number of terms for which Rademacher's remainder bound is below ¼.
//! Every term is a certified [`Ball`] evaluated at the precision its size needs (the working
//! precision falls like 1/k), the sum runs from k = N down to 1 so that each addition costs
//! only the current term's precision, and p(n) is returned only when the ball of the sum, widened
//! by the remainder bound, lies within ½ of a single integer. For k < 35 the exponential comes
//! from e^(x₁) by a k-th root, which is much cheaper than a fresh exponential at high precision
//! (for k = 2, 4, 8, 16, 32 from the squarings that made e^(x₁), which pass through e^(x₁/k));
//! the small terms (about three quarters of the non-zero ones) are summed in f64 with a proven
//! error bound ([`DoubleTail`]). Timings against FLINT: `benches/README.md`.

use crate::exact::rational::q;
use num_bigint::BigUint;
use num_rational::BigRational;
use rug::Integer;

use super::exp_sum::{CheapCosines, ExpSum, FactorSieve};
use super::factored::factored;
use crate::exact::ball::Ball;
use crate::exact::double::{EXP_REL_ERROR, UNIT, exp};
use crate::exact::integer::{from_rug_natural, to_rug_rational};
use crate::exact::interval::{Interval, IntervalError};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::exact::bit_burst::{Factor, Split};
use crate::exact::{chudnovsky, parallel};

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
fn term_precision(x: f64, n: u64, terms: u64, weight: f64, extra: u32) -> u32 {
    let bits = term_size_bits(x, n, weight) + x.max(1.0).log2() + (terms as f64).log2() + 24.0;
    (bits.max(0.0) as u32).max(64) + extra
}

/// log₂ of a bound on the size of term k after the factor 4/(24n − 1): e^(x_k)·weight/(6n).
fn term_size_bits(x: f64, n: u64, weight: f64) -> f64 {
    x / std::f64::consts::LN_2 - ((6 * n) as f64).log2() + (weight + 1.0).log2()
}

/// Terms whose size (after the factor 4/(24n − 1)) is at most 2^(30 − log₂N), with 2.5 ≤ x_k < 700,
/// go to the double-precision tail: each is then within 2^(−15)/N of its value.
fn takes_double_path(x: f64, n: u64, terms: u64, weight: f64) -> bool {
    (2.5..700.0).contains(&x) && term_size_bits(x, n, weight) <= 30.0 - (terms as f64).log2()
}

/// x_k = x₁/k in f64 for the double-precision tail, with a bound on its error, from x̃₁ = the
/// f64 nearest the midpoint of the ball x₁ and an upper bound r on its radius: x̃_k = fl(x̃₁/k)
/// lies within u·x̃_k of x̃₁/k, and x̃₁ within u·x₁ + r of x₁, so |x̃_k − x_k| ≤ 3u·x̃_k + r/k.
///
/// ```
/// use claimcheck::articles::partitions::rademacher::double_argument;
/// let (x, error) = double_argument(300.0, 0.0, 4);
/// assert_eq!(x, 75.0);
/// assert!(error > 0.0 && error < 1e-13);
/// ```
pub fn double_argument(x1_double: f64, x1_radius: f64, k: u64) -> (f64, f64) {
    let x = x1_double / k as f64;
    (x, x * 3.0 * UNIT + x1_radius / k as f64)
}

/// The terms S_k·(cosh x − sinh(x)/x) evaluated in f64 ([`crate::exact::double`]), with a
/// proven bound on the error of their running sum.
#[derive(Debug, Default)]
pub struct DoubleTail {
    pub sum: f64,
    pub error: f64,
}

impl DoubleTail {
    /// Adds S·(cosh x − sinh(x)/x) for the f64 x̃ with |x̃ − x| ≤ x_error, x̃ ≥ 2.5.
    ///
    /// S and its error bound come from [`ExpSum::double`]. E = e^x̃ is within
    /// [`EXP_REL_ERROR`] relative, plus e^(x_error) − 1 ≤ 1.01·x_error for the argument.
    /// A = (E + 1/E)/2 loses ≤ 3u more; B = (E − 1/E)/(2x̃): the subtraction magnifies relative
    /// errors by coth x ≤ 1.04 (x ≥ 2.5), plus 2u and x_error/x for the division. F = A − B errs
    /// by ≤ A(ρ_A + ρ_B + u), and S·F by |S|·ΔF + |F|·ΔS + ΔS·ΔF + u|SF|. The factors 1.001
    /// cover second-order terms and the rounding of these bounds themselves (they are sums of
    /// ≤ 2²⁰ non-negative f64 terms).
    pub fn add(
        &mut self,
        cosines: &impl ExpSum,
        x: f64,
        x_error: f64,
    ) -> Result<(), IntervalError> {
        let (term, error) = DoubleTail::term(cosines, x, x_error)?;
        self.push(term, error);
        Ok(())
    }

    /// The term S·(cosh x − sinh(x)/x) of [`DoubleTail::add`] and the bound on its error, not
    /// yet added (workers compute terms; one thread adds them in a fixed order).
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless 2.5 ≤ x < 700 and x_error < 0.01, and when the cosine
    /// sum's angles are out of the double-precision range.
    pub fn term(cosines: &impl ExpSum, x: f64, x_error: f64) -> Result<(f64, f64), IntervalError> {
        let out_of_range = IntervalError::Domain("the double-precision tail needs 2.5 ≤ x < 700");
        if !((2.5..700.0).contains(&x) && (0.0..0.01).contains(&x_error)) {
            return Err(out_of_range);
        }
        let u = UNIT;
        let (s, s_error) = cosines
            .double()
            .ok_or(IntervalError::Domain("cosine sum angle out of range"))?;
        let e = exp(x).ok_or(out_of_range)?;
        let rho_e = EXP_REL_ERROR + 1.01 * x_error;
        let e_inv = 1.0 / e;
        let a = (e + e_inv) / 2.0;
        let b = (e - e_inv) / (2.0 * x);
        let rho_a = rho_e + 3.0 * u;
        let rho_b = 1.04 * (rho_e + 2.0 * u) + 2.0 * u + 1.01 * x_error / x;
        let f = a - b;
        let f_error = a * (rho_a + rho_b + u) * 1.001;
        let term = s * f;
        let term_error =
            (s.abs() * f_error + f.abs() * s_error + s_error * f_error + u * term.abs()) * 1.001;
        Ok((term, term_error))
    }

    /// Adds a term and its error bound from [`DoubleTail::term`]; the addition's own rounding,
    /// u·|sum|, joins the bound.
    pub fn push(&mut self, term: f64, term_error: f64) {
        self.sum += term;
        self.error += term_error + UNIT * self.sum.abs();
    }

    /// The sum as a ball (an error if the sum or its bound is not finite).
    pub fn ball(&self) -> Result<Ball, IntervalError> {
        let finite = |v: f64| {
            rug::Rational::from_f64(v).ok_or(IntervalError::Domain(
                "the double-precision tail overflowed",
            ))
        };
        Ball::from_rational(64, &finite(self.sum)?).add_error(&finite(self.error * 1.001)?)
    }
}

/// Term k without the factor 4/(24n − 1): s·(cosh x_k − sinh(x_k)/x_k) at `prec` bits for the
/// ball s of S_k(n), given 1/x₁ (so that 1/x_k = k/x₁ costs no division) and a ball e for
/// e^(x_k). When e^(−2x_k) < 2^(−prec − 64), e^(−x_k) enters as the ball 0 ± 1/e instead of a
/// division.
///
/// # Errors
/// Interval errors of the arithmetic.
pub fn term_ball(
    x1_inv: &Ball,
    e: &Ball,
    k: u64,
    s: &Ball,
    prec: u32,
) -> Result<Ball, IntervalError> {
    let x_inv = x1_inv.with_prec(prec)?.mul_integer(&Integer::from(k))?;
    let negligible = e.mid().get_exp().is_some_and(|bits| {
        2 * i64::from(bits) - 2 > i64::from(prec) + 64 // e ≥ 2^(bits − 1), 1/e ≤ 2^(1 − bits)
    });
    let e_inv = if negligible {
        e.negligible_recip()?
    } else {
        e.recip()?
    };
    let cosh = e.add(&e_inv)?.mul_pow2(-1)?;
    let sinh = e.sub(&e_inv)?.mul_pow2(-1)?;
    let bracket = cosh.sub(&sinh.mul(&x_inv)?)?;
    s.mul(&bracket)
}

/// p(n) for n ≥ 0 by the series (n < 2 directly), on up to `threads` threads: the nearest
/// integer to the enclosure of [`hrr_enclosure`], returned only when the enclosure proves it;
/// a miss retries with more bits and without the double-precision tail.
///
/// # Errors
/// [`IntervalError::NoUniqueInteger`] if even 4096 extra bits leave more than one integer in
/// the enclosure (never seen: the precisions carry a proven margin), and interval errors of
/// the terms.
pub fn partition_hrr(n: u64, threads: usize) -> Result<BigUint, IntervalError> {
    if n < 2 {
        return Ok(BigUint::from(1u32));
    }
    for extra in [0u32, 64, 512, 4096] {
        let enclosure = hrr_enclosure(n, extra == 0, extra, threads)?;
        if let Some(m) = enclosure.unique_integer().filter(|m| *m > 0) {
            return Ok(from_rug_natural(&m));
        }
    }
    Err(IntervalError::NoUniqueInteger {
        bits: term_precision(x1_estimate(n), n, terms_needed(n)?, 2.0, 4096),
    })
}

/// x₁ = π√(24n − 1)/6 in f64, for choosing precisions (never for the value).
fn x1_estimate(n: u64) -> f64 {
    std::f64::consts::PI * (24.0 * n as f64 - 1.0).sqrt() / 6.0
}

/// One term of the series as a worker leaves it: a ball, or a term of the double-precision
/// tail with its error bound ([`DoubleTail::term`]).
enum Term {
    Ball(Ball),
    Double(f64, f64),
}

/// A worker's state: the terms it computed (k, term), or the first error it met.
type Worker = Result<Vec<(u64, Term)>, IntervalError>;

/// e^(x₁), shared by the workers: its bit-burst factors are work items of their own, and the
/// worker that completes the last one combines them ([`Split::finish_chain`]); terms that need
/// e^(x₁) wait for it. The chain also keeps e^(x₁/2^j) for 2^j ≤ [`ROOT_MAX_K`], which the
/// squarings pass through: terms k = 2, 4, 8, 16, 32 take them instead of a k-th root.
struct Exponential {
    split: Option<Split>,
    factors: Vec<OnceLock<Result<Factor, IntervalError>>>,
    done: AtomicUsize,
    value: OnceLock<Result<Vec<Ball>, IntervalError>>,
}

/// The halvings kept: 2^5 = 32 ≤ [`ROOT_MAX_K`] < 64.
const HALVINGS: u32 = ROOT_MAX_K.ilog2();

impl Exponential {
    /// e^x: computed now by MPFR when the split does not apply, else split into factors.
    fn new(x: &Ball) -> Result<Exponential, IntervalError> {
        let split = Split::new(x)?;
        let value = OnceLock::new();
        if split.is_none() {
            let _ = value.set(x.exp().map(|e| vec![e]));
        }
        let count = split.as_ref().map_or(0, Split::len);
        Ok(Exponential {
            factors: (0..count).map(|_| OnceLock::new()).collect(),
            split,
            done: AtomicUsize::new(0),
            value,
        })
    }

    /// The number of factor work items.
    fn len(&self) -> usize {
        self.factors.len()
    }

    /// Computes factor i; the worker that completes the last factor combines them all.
    fn compute_factor(&self, i: usize) {
        let Some(split) = &self.split else { return };
        let _guard = Abandon(&self.value);
        let _ = self.factors[i].set(split.factor(i));
        if self.done.fetch_add(1, Ordering::AcqRel) + 1 == self.factors.len() {
            let factors: Result<Vec<Factor>, IntervalError> = self
                .factors
                .iter()
                .map(|f| f.get().cloned().unwrap_or(Err(MISSING_FACTOR)))
                .collect();
            let _ = self
                .value
                .set(factors.and_then(|f| split.finish_chain(&f, HALVINGS)));
        }
    }

    /// e^x, waiting for the worker that completes the factors (for x̃ = 0, there are none).
    fn value(&self) -> Result<Ball, IntervalError> {
        self.halved(0)?.ok_or(MISSING_FACTOR)
    }

    /// e^(x/2^j) when the squarings kept it, waiting as [`Exponential::value`] does.
    fn halved(&self, j: u32) -> Result<Option<Ball>, IntervalError> {
        if self.factors.is_empty() {
            if let Some(split) = &self.split {
                let _ = self.value.set(split.finish_chain(&[], HALVINGS));
            }
        }
        let chain = self.value.wait().as_ref().map_err(Clone::clone)?;
        Ok(chain.get(j as usize).cloned())
    }
}

const MISSING_FACTOR: IntervalError = IntervalError::Domain("a factor of e^(x₁) is missing");

/// Sets the exponential to an error when the worker holding it unwinds, so that no worker
/// waits for it forever (the panic itself reaches the caller through [`parallel::fold`]).
struct Abandon<'a>(&'a OnceLock<Result<Vec<Ball>, IntervalError>>);

impl Drop for Abandon<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.set(Err(IntervalError::Domain(
                "a worker computing e^(x₁) panicked",
            )));
        }
    }
}

/// 1/x₁ and the closed-form cosines at the top precision, which every ball term needs.
type Setup = Result<(Ball, CheapCosines), IntervalError>;

/// What every term needs, computed once: x₁ and e^(x₁) as balls, 1/x₁ and the closed-form
/// cosines (the queue's first item), x₁ in f64 with its error, and the precision choices' inputs.
struct Shared {
    n: u64,
    terms: u64,
    sieve: FactorSieve,
    doubles: bool,
    extra: u32,
    top: u32,
    x1: Ball,
    e1: Exponential,
    setup: OnceLock<Setup>,
    x1_approx: f64,
    x1_double: f64,
    x1_radius: f64,
}

impl Shared {
    /// 1/x₁ and the closed-form cosines, computed by the first caller (a caller that comes
    /// while another computes them waits for it).
    fn setup(&self) -> Result<&(Ball, CheapCosines), IntervalError> {
        self.setup
            .get_or_init(|| Ok((self.x1.recip()?, CheapCosines::new(self.top)?)))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Term k (None when A_k(n) = 0, decided exactly by the factored form).
    fn term(&self, k: u64) -> Result<Option<Term>, IntervalError> {
        let cosines = factored(self.n, k, &self.sieve);
        if cosines.is_zero() {
            return Ok(None);
        }
        let (n, terms) = (self.n, self.terms);
        let weight = cosines.weight();
        if self.doubles && takes_double_path(self.x1_approx / k as f64, n, terms, weight) {
            let (x, error) = double_argument(self.x1_double, self.x1_radius, k);
            let (term, bound) = DoubleTail::term(&cosines, x, error)?;
            return Ok(Some(Term::Double(term, bound)));
        }
        let prec = term_precision(self.x1_approx / k as f64, n, terms, weight, self.extra);
        let halved = if k.is_power_of_two() && k <= ROOT_MAX_K {
            self.e1.halved(k.ilog2())?
        } else {
            None
        };
        let e = if let Some(e) = halved {
            e.with_prec(prec)?
        } else if k <= ROOT_MAX_K && prec > ROOT_MIN_BITS {
            self.e1.value()?.with_prec(prec)?.root(k as u32)?
        } else {
            self.x1.with_prec(prec)?.div_u64(k)?.exp()?
        };
        let (x1_inv, cheap) = self.setup()?;
        let s = cosines.ball_with(prec, cheap)?;
        let ball = term_ball(x1_inv, &e, k, &s, prec)?;
        Ok(Some(Term::Ball(ball)))
    }
}

/// One item of [`hrr_enclosure`]'s queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// 1/x₁ and the closed-form cosines
    Setup,
    /// factor i of e^(x₁)
    Factor(usize),
    /// term k of the series
    Term(u64),
}

/// Item i of [`hrr_enclosure`]'s queue of 1 + `factors` + N items: the setup, the factors of
/// e^(x₁), then the terms k = 35 … N, and last k = 1 … min(34, N), which need e^(x₁).
///
/// ```
/// use claimcheck::articles::partitions::rademacher::{Item, work_item};
/// let order: Vec<_> = (0..8).map(|i| work_item(i, 2, 36)).collect();
/// use Item::*;
/// assert_eq!(order, [Setup, Factor(0), Factor(1), Term(35), Term(36), Term(1), Term(2), Term(3)]);
/// assert_eq!(work_item(3, 0, 3), Term(3)); // N ≤ 34: 1, 2, 3
/// ```
pub fn work_item(i: usize, factors: usize, terms: u64) -> Item {
    let Some(i) = i.checked_sub(1) else {
        return Item::Setup;
    };
    if i < factors {
        return Item::Factor(i);
    }
    let j = (i - factors) as u64;
    let late = terms.saturating_sub(ROOT_MAX_K); // k = 35 … N
    Item::Term(if j < late {
        ROOT_MAX_K + 1 + j
    } else {
        j - late + 1
    })
}

/// A ball containing p(n), n ≥ 2: the N terms of the series, each at the precision
/// its size needs plus `extra` bits, the small ones in double precision when `doubles`,
/// times 4/(24n − 1), widened by Rademacher's bound on the remainder.
///
/// The work is one queue shared by up to `threads` workers ([`work_item`]): first 1/x₁ and the
/// closed-form cosines, then the factors of e^(x₁) ([`Split`]), then the terms k = 35 … N,
/// which do not need e^(x₁), and last k = 1 … 34, which take it (k = 1), the e^(x₁/k) its
/// squarings pass through (k = 2, 4, 8, 16, 32) or its k-th root. The worker that completes the
/// last factor combines them — its q squarings overlap the other workers' terms. The terms are
/// then added on one thread from k = N down to 1, so the ball does not depend on `threads`.
///
/// ```
/// use claimcheck::articles::partitions::rademacher::hrr_enclosure;
/// let ball = hrr_enclosure(1000, true, 0, 2).unwrap();
/// let p: rug::Integer = "24061467864032622473692149727991".parse().unwrap();
/// assert_eq!(ball.unique_integer(), Some(p));
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] for n < 2, and interval errors of the terms.
pub fn hrr_enclosure(
    n: u64,
    doubles: bool,
    extra: u32,
    threads: usize,
) -> Result<Ball, IntervalError> {
    if n < 2 {
        return Err(IntervalError::Domain(
            "the Rademacher series is used for n ≥ 2",
        ));
    }
    let terms = terms_needed(n)?;
    let bound = to_rug_rational(&remainder_bound(n, terms)?);
    let d = Integer::from(24) * n - 1u32; // 24n − 1
    let x1_approx = x1_estimate(n);
    let top = term_precision(x1_approx, n, terms, 2.0, extra) + 16;
    // x₁ = π√(24n − 1)/6 and e^(x₁), once, at the top precision
    // (π by Chudnovsky's series: faster than MPFR's first, uncached π at this precision)
    let x1 = chudnovsky::pi(top, threads)?
        .mul(&Ball::from_integer(top, &d).sqrt()?)?
        .div_u64(6)?;
    let shared = Shared {
        n,
        terms,
        sieve: FactorSieve::new(terms),
        doubles,
        extra,
        // the bit-burst split: faster than MPFR's exp, its factors shared out below
        e1: Exponential::new(&x1)?,
        top,
        setup: OnceLock::new(),
        x1_approx,
        x1_double: x1.mid().to_f64(),
        x1_radius: x1.rad().to_f64_round(rug::float::Round::Up),
        x1,
    };
    let count = usize::try_from(terms)
        .map_err(|_| IntervalError::Domain("too many terms for this machine"))?;
    let factors = shared.e1.len();
    let workers = parallel::fold(
        1 + factors + count,
        threads,
        || Ok(Vec::new()),
        |out: &mut Worker, i| {
            let k = match work_item(i, factors, terms) {
                Item::Setup => {
                    let _ = shared.setup(); // an error reappears in every ball term
                    return;
                }
                Item::Factor(f) => return shared.e1.compute_factor(f),
                Item::Term(k) => k,
            };
            if let Ok(list) = out {
                match shared.term(k) {
                    Ok(Some(term)) => list.push((k, term)),
                    Ok(None) => {}
                    Err(e) => *out = Err(e),
                }
            }
        },
    );
    let mut all = Vec::new();
    for out in workers {
        all.extend(out?);
    }
    all.sort_unstable_by_key(|(k, _)| std::cmp::Reverse(*k));
    let mut tail = DoubleTail::default();
    let mut sum = Ball::from_i64(64, 0);
    for (_, term) in all {
        match term {
            Term::Ball(ball) => sum = sum.add(&ball)?,
            Term::Double(term, bound) => tail.push(term, bound),
        }
    }
    sum.add(&tail.ball()?)?
        .mul_integer(&Integer::from(4))?
        .div(&Ball::from_integer(sum.prec(), &d))?
        .add_error(&bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A worker that unwinds while it holds e^(x₁) leaves an error for the others to find, so
    /// none of them waits forever; one that finishes normally leaves the value unset.
    #[test]
    fn an_unwinding_worker_abandons_the_exponential() {
        let lock = OnceLock::new();
        std::thread::scope(|scope| {
            let unwound = scope.spawn(|| {
                let _guard = Abandon(&lock);
                panic!("a worker computing e^(x₁) fails");
            });
            assert!(unwound.join().is_err());
        });
        assert!(matches!(lock.get(), Some(Err(IntervalError::Domain(_)))));
        let untouched = OnceLock::new();
        drop(Abandon(&untouched));
        assert!(untouched.get().is_none());
    }
}
