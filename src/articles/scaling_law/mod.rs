//! 基于量子化假设推导模型的尺度定律 — scaling laws from the quantization hypothesis
//! (kexue.fm/archives/9607), after Michaud et al., "The Quantization Model of Neural Scaling".
//!
//! Quanta have Zipf frequencies p_k = k^(−s)/ζ(s), s = γ + 1. Everything rests on the tail
//! T_γ(n) = Σ_{k>n} k^(−s) = ζ(s, n+1), certified here two ways: ζ(s) − H_n^(s) with MPFR's
//! correctly rounded ζ, and Euler–Maclaurin at a shifted point, whose partial sums bracket the
//! tail because x^(−s) is completely monotone (the remainder after each Bernoulli term lies
//! between 0 and the next term).

mod claims;

use crate::claim::Article;
use crate::exact::rational::q;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use std::sync::Mutex;

use crate::exact::interval::{Interval, IntervalError};

/// B₂, B₄, …, B_{2p} exactly (memoised: the recurrence is quadratic in p with large rationals).
pub fn bernoulli_even(p: usize) -> Vec<BigRational> {
    static CACHE: Mutex<Vec<BigRational>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if cache.len() < p {
        *cache = bernoulli_even_uncached(p.max(2 * cache.len()));
    }
    cache[..p].to_vec()
}

/// B₂, B₄, …, B_{2p} from the tangent numbers T_k (Brent–Harvey: an integer recurrence with
/// small multipliers), B_{2k} = (−1)^(k−1)·2k·T_k/(2^(2k)(2^(2k) − 1)).
pub fn bernoulli_even_uncached(p: usize) -> Vec<BigRational> {
    let mut t: Vec<BigInt> = Vec::with_capacity(p + 1);
    t.push(BigInt::zero());
    let mut factorial = BigInt::one();
    for k in 1..=p {
        t.push(factorial.clone()); // (k−1)!
        factorial *= k;
    }
    for k in 2..=p {
        for j in k..=p {
            t[j] = BigInt::from(j - k) * &t[j - 1] + BigInt::from(j - k + 2) * &t[j];
        }
    }
    (1..=p)
        .map(|k| {
            let four_k = BigInt::one() << (2 * k);
            let value = BigRational::new(BigInt::from(2 * k) * &t[k], &four_k * (&four_k - 1));
            if k % 2 == 1 { value } else { -value }
        })
        .collect()
}

/// k^(−s) for a positive integer k.
fn inverse_power(k: &Interval, s: &BigRational) -> Result<Interval, IntervalError> {
    k.pow(&Interval::from_rational(k.prec(), &-s))
}

/// The Euler–Maclaurin expansion of T(m) = Σ_{k>m} k^(−s) at m: the leading value
/// E₁ = m^(1−s)/(s−1) − m^(−s)/2, then the terms B_{2j}/(2j)!·s(s+1)…(s+2j−2)·m^(−s−2j+1),
/// j = 1, 2, … (Bernoulli numbers fetched from the memo as far as they are needed).
struct EulerMaclaurin<'a> {
    s: &'a BigRational,
    m: Interval,
    j: usize,
    bernoulli: Vec<BigRational>,
    rising: BigRational,    // s(s+1)…(s+2j−2)
    factorial: BigRational, // (2j)!
}

impl<'a> EulerMaclaurin<'a> {
    fn new(s: &'a BigRational, m: &BigUint, prec: u32) -> Result<(Self, Interval), IntervalError> {
        let mm = Interval::from_rational(prec, &BigRational::from_integer(BigInt::from(m.clone())));
        let one = BigRational::one();
        let leading = &inverse_power(&mm, &(s - &one))?.mul_rational(&(&one / (s - &one)))
            - &inverse_power(&mm, s)?.mul_rational(&q(1, 2));
        let terms = EulerMaclaurin {
            s,
            m: mm,
            j: 0,
            bernoulli: Vec::new(),
            rising: s.clone(),
            factorial: BigRational::from_integer(2.into()),
        };
        Ok((terms, leading))
    }

    /// The next correction term.
    fn next_term(&mut self) -> Result<Interval, IntervalError> {
        self.j += 1;
        let j = self.j;
        if self.bernoulli.len() < j {
            self.bernoulli = bernoulli_even(16.max(2 * j));
        }
        let odd = self.s + BigRational::from_integer(BigInt::from(2 * j - 1));
        let term = inverse_power(&self.m, &odd)?
            .mul_rational(&(&self.bernoulli[j - 1] / &self.factorial * &self.rising));
        self.rising =
            &self.rising * &odd * (self.s + BigRational::from_integer(BigInt::from(2 * j)));
        self.factorial *= BigRational::from_integer(BigInt::from((2 * j + 1) * (2 * j + 2)));
        Ok(term)
    }
}

/// Euler–Maclaurin partial sums for T(m) = Σ_{k>m} k^(−s): E₁, E₂ = E₁ + s·m^(−s−1)/12, …
/// (`count` of them). Consecutive partial sums bracket T(m) (m ≥ 1, s > 1).
pub fn euler_maclaurin_partials(
    s: &BigRational,
    m: &BigUint,
    count: usize,
    prec: u32,
) -> Result<Vec<Interval>, IntervalError> {
    let (mut terms, mut partial) = EulerMaclaurin::new(s, m, prec)?;
    let mut out = vec![partial.clone()];
    for _ in 1..count {
        partial = &partial + &terms.next_term()?;
        out.push(partial.clone());
    }
    Ok(out)
}

/// The largest exponent s that [`zipf_tail`] accepts: the direct part of its sum has
/// prec/4 + 2s + 16 terms, so the cost grows linearly in s (measured in CHANGELOG).
pub const ZIPF_TAIL_MAX_S: u32 = 20;
const ZIPF_TAIL_S_TOO_LARGE: &str = "the Zipf tail is computed for s ≤ 20 (ZIPF_TAIL_MAX_S)";

/// T(n) = Σ_{k>n} k^(−s) for rational s > 1 and any n ≥ 0: the terms up to
/// M = max(n, prec/4 + 2⌈s⌉ + 16) summed directly, the rest by Euler–Maclaurin at M, enclosed
/// between consecutive partial sums once the next term is below 2^(−prec) of the value.
///
/// ```
/// use claimcheck::articles::scaling_law::zipf_tail;
/// use claimcheck::exact::certify::certify;
/// use num_bigint::BigUint;
/// use num_rational::BigRational;
/// // T at s = 2, n = 0 is ζ(2) = π²/6
/// let two = BigRational::from_integer(2.into());
/// let z2 = certify(15, |p| zipf_tail(&two, &BigUint::from(0u32), p)).unwrap();
/// assert_eq!(z2.to_string(), "1.64493406684823");
/// ```
///
/// # Errors
///
/// [`IntervalError::Domain`] unless 1 < s ≤ [`ZIPF_TAIL_MAX_S`].
pub fn zipf_tail(s: &BigRational, n: &BigUint, prec: u32) -> Result<Interval, IntervalError> {
    if *s <= BigRational::one() {
        return Err(IntervalError::Domain("the Zipf tail needs s > 1"));
    }
    if *s > BigRational::from_integer(ZIPF_TAIL_MAX_S.into()) {
        return Err(IntervalError::Domain(ZIPF_TAIL_S_TOO_LARGE));
    }
    let work = prec + 32;
    let s_ceil = s.ceil().to_integer().to_u64().unwrap_or(u64::MAX);
    let m0 = BigUint::from(u64::from(prec) / 4 + 2 * s_ceil + 16);
    let m = n.clone().max(m0);
    let mut direct = Interval::from_int(work, 0);
    let mut k = n + 1u32;
    while k <= m {
        direct = &direct
            + &inverse_power(
                &Interval::from_rational(work, &BigRational::from_integer(BigInt::from(k.clone()))),
                s,
            )?;
        k += 1u32;
    }
    // Euler–Maclaurin at M, term by term: stop when a term is below 2^(−prec−8) of the value or
    // starts to grow; the tail lies between the last two partial sums either way.
    let (mut terms, mut partial) = EulerMaclaurin::new(s, &m, work)?;
    let max_terms = prec as usize / 2 + 8;
    let mut previous_size: Option<BigRational> = None;
    for j in 1..=max_terms {
        let term = terms.next_term()?;
        let next = &partial + &term;
        let size = term.lo_rational().abs().max(term.hi_rational().abs());
        let small = size.clone() * BigRational::from_integer(BigInt::one() << (prec + 8))
            <= next.lo_rational().abs();
        let growing = previous_size.as_ref().is_some_and(|p| size > *p);
        if small || growing || j == max_terms {
            return Ok(&direct + &partial.hull(&next));
        }
        previous_size = Some(size);
        partial = next;
    }
    Ok(&direct + &partial)
}

/// T(n) = ζ(s) − H_n^(s) with MPFR's ζ: the second route (direct sum, so n stays moderate).
pub fn zipf_tail_by_zeta(s: &BigRational, n: u64, prec: u32) -> Result<Interval, IntervalError> {
    let zeta = Interval::from_rational(prec, s).zeta()?;
    let mut h = Interval::from_int(prec, 0);
    for k in 1..=n {
        h = &h + &inverse_power(&Interval::from_int(prec, k as i64), s)?;
    }
    Ok(&zeta - &h)
}

/// H_n^(s) = Σ_{k≤n} k^(−s) exactly, for integer s.
pub fn harmonic_exact(s: u32, n: u64) -> BigRational {
    (1..=n)
        .map(|k| BigRational::new(BigInt::one(), BigInt::from(k).pow(s)))
        .sum()
}

/// ζ(3) bracketed by Apéry's series (5/2)Σ_{k≥1} (−1)^(k+1)/(k³·C(2k, k)): consecutive partial
/// sums after `terms` and `terms + 1` terms.
pub fn zeta3_apery_bracket(terms: u64) -> (BigRational, BigRational) {
    let mut sum = BigRational::zero();
    let mut central = BigInt::one(); // C(2k, k)
    let mut previous = BigRational::zero();
    for k in 1..=terms + 1 {
        central = central * BigInt::from(2 * (2 * k - 1)) / BigInt::from(k);
        let term = BigRational::new(
            BigInt::from(5),
            BigInt::from(2) * BigInt::from(k).pow(3) * &central,
        );
        previous = sum.clone();
        if k % 2 == 1 { sum += term } else { sum -= term }
    }
    if previous <= sum {
        (previous, sum)
    } else {
        (sum, previous)
    }
}

/// Σ_{k>n} k^(−s)·ln k, enclosed: the terms below M = max(n+1, 64) directly, then
/// Σ_{k≥M} f(k) = ∫_M^∞ f + f(M)/2 − Σ_{j<p} B_{2j}/(2j)!·f^(2j−1)(M) + R with
/// |R| ≤ |B_{2p}|/(2p)!·|f^(2p−1)(M)|, valid because f^(2p) keeps one sign on [M, ∞) (checked).
/// Here f^(m)(x) = x^(−s−m)(a_m ln x + b_m), a_{m+1} = −(s+m)a_m, b_{m+1} = −(s+m)b_m + a_m.
pub fn zipf_log_tail(s: &BigRational, n: u64, prec: u32) -> Result<Interval, IntervalError> {
    const P: usize = 6;
    let m = (n + 1).max(64);
    let mut total = Interval::from_int(prec, 0);
    for k in n + 1..m {
        let kk = Interval::from_int(prec, k as i64);
        total = &total + &(&inverse_power(&kk, s)? * &kk.ln()?);
    }
    let mm = Interval::from_int(prec, m as i64);
    let ln_m = mm.ln()?;
    let one = BigRational::one();
    // derivative coefficients
    let (mut a, mut b) = (vec![one.clone()], vec![BigRational::zero()]);
    for order in 0..2 * P {
        let factor = s + BigRational::from_integer(BigInt::from(order));
        let (an, bn) = (-(&factor * &a[order]), -(&factor * &b[order]) + &a[order]);
        a.push(an);
        b.push(bn);
    }
    let derivative = |order: usize| -> Result<Interval, IntervalError> {
        let power = inverse_power(&mm, &(s + BigRational::from_integer(BigInt::from(order))))?;
        Ok(&power * &ln_m.mul_rational(&a[order]).add_rational(&b[order]))
    };
    // f^(2P) has one sign on [M, ∞) iff a_{2P}(a_{2P} ln M + b_{2P}) > 0
    let sign = ln_m
        .mul_rational(&a[2 * P])
        .add_rational(&b[2 * P])
        .mul_rational(&a[2 * P]);
    if !sign.is_positive() {
        return Err(IntervalError::Domain(
            "the Euler–Maclaurin remainder bound needs a larger shift",
        ));
    }
    let s1 = s - &one;
    let integral = &inverse_power(&mm, &s1)?
        * &ln_m
            .mul_rational(&(&one / &s1))
            .add_rational(&(&one / (&s1 * &s1)));
    let mut em = &integral + &derivative(0)?.mul_rational(&q(1, 2));
    let bernoulli = bernoulli_even(P);
    let mut factorial = BigRational::from_integer(2.into());
    for (j, bj) in bernoulli.iter().enumerate().take(P - 1) {
        let j = j + 1;
        em = &em - &derivative(2 * j - 1)?.mul_rational(&(bj / &factorial));
        factorial *= BigRational::from_integer(BigInt::from((2 * j + 1) * (2 * j + 2)));
    }
    let bound = derivative(2 * P - 1)?.mul_rational(&(bernoulli[P - 1].abs() / &factorial));
    let r = bound.lo_rational().abs().max(bound.hi_rational().abs());
    let remainder = Interval::from_rational(prec, &-&r).hull(&Interval::from_rational(prec, &r));
    Ok(&(&total + &em) + &remainder)
}

/// The finite-Zipf loss a Σ_{k≤n} p_k + b Σ_{k>n} p_k and its decomposition a + (b−a)Σ_{k>n} p_k,
/// with p_k = k^(−s)/H_K^(s) on K = `k_max` quanta (exact).
pub fn finite_zipf_loss(
    a: &BigRational,
    b: &BigRational,
    n: usize,
    k_max: usize,
    s: u32,
) -> (BigRational, BigRational) {
    let h = harmonic_exact(s, k_max as u64);
    let p: Vec<BigRational> = (1..=k_max)
        .map(|k| BigRational::new(BigInt::one(), BigInt::from(k).pow(s)) / &h)
        .collect();
    let n = n.min(k_max);
    let learned: BigRational = p[..n].iter().sum();
    let rest: BigRational = p[n..].iter().sum();
    (a * &learned + b * &rest, a + (b - a) * rest)
}

/// r(n) = n^(−γ)/(γ·T_γ(n)) − 1, the relative error of the integral approximation of the tail.
///
/// # Errors
/// Interval errors of the tail (γ ≤ 0).
pub fn integral_relative_error(
    gamma: &BigRational,
    n: u64,
    prec: u32,
) -> Result<Interval, IntervalError> {
    let t = zipf_tail(&(gamma + BigRational::one()), &BigUint::from(n), prec)?;
    Interval::from_int(prec, n as i64)
        .pow(&Interval::from_rational(prec, &-gamma))?
        .div(&t.mul_rational(gamma))
        .map(|x| x.add_rational(&-BigRational::one()))
}

/// The exponents the quantization model derives from the Zipf exponent γ (p_k ∝ k^(−(γ+1))),
/// all exact: parameters α_N = γ (SCAL-08), data α_D = γ/(γ+1) (SCAL-09), steps α_S = γ/(γ+1)
/// (SCAL-10), and the compute-optimal allocation N* ∝ C^(1/(γ+2)), D* ∝ C^((γ+1)/(γ+2)) (SCAL-P5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exponents {
    pub params: BigRational,
    pub data: BigRational,
    pub steps: BigRational,
    pub compute_params: BigRational,
    pub compute_data: BigRational,
}

impl Exponents {
    /// The exponents at γ > 0.
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless γ > 0 (the Zipf law needs ζ(γ+1) finite).
    ///
    /// ```
    /// use claimcheck::articles::scaling_law::Exponents;
    /// use claimcheck::exact::rational::q;
    /// let e = Exponents::from_gamma(&q(34, 100)).unwrap();
    /// assert_eq!(e.data, q(17, 67)); // 0.34/1.34
    /// assert_eq!(e.compute_params, q(50, 117)); // 1/2.34
    /// ```
    pub fn from_gamma(gamma: &BigRational) -> Result<Exponents, IntervalError> {
        if !gamma.is_positive() {
            return Err(IntervalError::Domain(
                "the Zipf exponent γ must be positive",
            ));
        }
        let one = BigRational::one();
        let data = gamma / (gamma + &one);
        let two = &one + &one;
        Ok(Exponents {
            params: gamma.clone(),
            steps: data.clone(),
            data,
            compute_params: &one / (gamma + &two),
            compute_data: (gamma + &one) / (gamma + &two),
        })
    }

    /// γ from a data (or step) exponent α_D = γ/(γ+1): γ = α_D/(1 − α_D), for 0 < α_D < 1.
    ///
    /// # Errors
    /// [`IntervalError::Domain`] unless 0 < α_D < 1.
    pub fn gamma_from_data(data: &BigRational) -> Result<BigRational, IntervalError> {
        let one = BigRational::one();
        if !data.is_positive() || *data >= one {
            return Err(IntervalError::Domain(
                "a data or step exponent of the model lies in (0, 1)",
            ));
        }
        Ok(data / (one - data))
    }
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "scaling-law",
    title: "基于量子化假设推导模型的尺度定律(Scaling Law)",
    english_title: "Deriving model scaling laws from the quantization hypothesis",
    url: "https://kexue.fm/archives/9607",
    date: "2023-05-18",
    source: "complete (from a public mirror; the article itself states no numeric exponents)",
    claims: claims::CLAIMS,
};
