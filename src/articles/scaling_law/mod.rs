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

use std::sync::{Arc, Mutex};

use rug::Integer;

use crate::exact::integer::{from_rug_integer, to_rug_integer};

use crate::exact::interval::{Interval, IntervalError};

/// T₁, T₂, …, T_p, the tangent numbers (tan x = Σ_k T_k x^(2k−1)/(2k−1)!), memoised: a shared
/// handle to at least `p` of them (the first call, or a larger request, recomputes with the
/// count doubled).
fn tangent_numbers(p: usize) -> Arc<Vec<Integer>> {
    static CACHE: Mutex<Option<Arc<Vec<Integer>>>> = Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    match cache.as_ref() {
        Some(t) if t.len() > p => Arc::clone(t),
        _ => {
            let have = cache.as_ref().map_or(0, |t| t.len());
            let fresh = Arc::new(tangent_numbers_uncached(p.max(2 * have).max(16)));
            *cache = Some(Arc::clone(&fresh));
            fresh
        }
    }
}

/// [0, T₁, …, T_p] by Brent–Harvey's recurrence, in place with GMP's mul_ui and addmul_ui
/// (start from (k−1)!, then for k = 2 … p and j = k … p: T_j ← (j−k)·T_{j−1} + (j−k+2)·T_j).
fn tangent_numbers_uncached(p: usize) -> Vec<Integer> {
    let mut t: Vec<Integer> = Vec::with_capacity(p + 1);
    t.push(Integer::new());
    let mut factorial = Integer::from(1);
    for k in 1..=p {
        t.push(factorial.clone()); // (k−1)!
        factorial *= k as u64;
    }
    for k in 2..=p {
        for j in k..=p {
            let (head, tail) = t.split_at_mut(j);
            tail[0] *= (j - k + 2) as u64;
            tail[0] += &head[j - 1] * ((j - k) as u64);
        }
    }
    t
}

/// B₂, B₄, …, B_{2p} exactly, from the tangent numbers: B_{2k} = (−1)^(k−1)·2k·T_k/(4^k(4^k − 1)).
pub fn bernoulli_even(p: usize) -> Vec<BigRational> {
    let t = tangent_numbers(p);
    (1..=p)
        .map(|k| {
            let four_k = BigInt::one() << (2 * k);
            let value = BigRational::new(
                BigInt::from(2 * k) * from_rug_integer(&t[k]),
                &four_k * (&four_k - 1),
            );
            if k % 2 == 1 { value } else { -value }
        })
        .collect()
}

/// k^(−s) for a positive integer k given as a point interval. For s = a/b with b ≤ 8 and
/// k^a below 2¹⁶ bits, 1/ᵇ√(k^a) with the exact integer k^a (an MPFR root and a division, several
/// times cheaper than a power); otherwise — or if k is not a point integer — MPFR's power.
fn inverse_power(k: &Interval, s: &BigRational) -> Result<Interval, IntervalError> {
    let prec = k.prec();
    let small_root = s.denom().to_u32().filter(|&b| b <= 8);
    let exponent = s.numer().to_u32().filter(|&a| a > 0);
    if let (Some(b), Some(a), Some(base)) = (small_root, exponent, k.lo().to_integer()) {
        let point_integer = k.lo() == k.hi() && k.lo().is_integer();
        if point_integer && u64::from(a) * u64::from(base.significant_bits()) <= 1 << 16 {
            let power = Interval::from_integer(prec, &Integer::from(rug::ops::Pow::pow(&base, a)));
            let root = if b == 1 { power } else { power.root(b)? };
            return Interval::from_int(prec, 1).div(&root);
        }
    }
    k.pow(&Interval::from_rational(prec, &-s))
}

/// The Euler–Maclaurin expansion of T(m) = Σ_{k>m} k^(−s) at m: the leading value
/// E₁ = m^(1−s)/(s−1) − m^(−s)/2, then the terms c_j·s(s+1)…(s+2j−2)·m^(−s−2j+1) with
/// c_j = B_{2j}/(2j)! = (−1)^(j−1)·T_j/((2j−1)!·4^j(4^j − 1)), j = 1, 2, …
///
/// Each step costs a few floating-point operations on the scaled power part
/// Q_j = s(s+1)…(s+2j−2)·m^(−s−2j+1)/((2j−1)!·4^j), which follows from Q_{j−1} by the small
/// rational (s+2j−3)(s+2j−2)/(4(2j−2)(2j−1)m²); the term is then ±T_j·Q_j/(4^j − 1). A term j whose
/// size is 2^(−d) of the leading value needs only `prec − d` bits for the same absolute
/// accuracy, so the caller may lower the precision as the terms shrink; every term is an
/// enclosure at whatever precision it is computed.
struct EulerMaclaurin {
    m_squared: Integer,
    /// s = num/den
    num: Integer,
    den: Integer,
    j: usize,
    tangent: Arc<Vec<Integer>>,
    /// Q_j of the last term
    power: Interval,
}

impl EulerMaclaurin {
    /// The expansion at m with the tangent numbers of at least `expected_terms` terms fetched
    /// at once (more are fetched if the caller goes further).
    fn new(
        s: &BigRational,
        m: &BigUint,
        prec: u32,
        expected_terms: usize,
    ) -> Result<(Self, Interval), IntervalError> {
        let m_int = BigRational::from_integer(BigInt::from(m.clone()));
        let mm = Interval::from_rational(prec, &m_int);
        let one = BigRational::one();
        let m_to_minus_s = inverse_power(&mm, s)?;
        let leading = &m_to_minus_s.mul_rational(&(&m_int / (s - &one)))
            - &m_to_minus_s.mul_rational(&q(1, 2));
        let terms = EulerMaclaurin {
            m_squared: to_rug_integer(&(m_int.numer() * m_int.numer())),
            num: to_rug_integer(s.numer()),
            den: to_rug_integer(s.denom()),
            j: 0,
            tangent: tangent_numbers(expected_terms.max(16)),
            // Q₁ = s·m^(−s−1)/4
            power: m_to_minus_s.mul_rational(&(s / (&m_int * BigInt::from(4)))),
        };
        Ok((terms, leading))
    }

    /// The next correction term, computed at `prec` bits.
    fn next_term(&mut self, prec: u32) -> Result<Interval, IntervalError> {
        self.j += 1;
        let j = self.j;
        if j > 1 {
            // Q_j = Q_{j−1}·(s+2j−3)(s+2j−2)/(4(2j−2)(2j−1)m²), s = num/den
            let a = Integer::from(&self.den * (2 * j as u64 - 3)) + &self.num;
            let b = Integer::from(&self.den * (2 * j as u64 - 2)) + &self.num;
            let c = Integer::from(&self.den * &self.den)
                * ((2 * j as u64 - 2) * (2 * j as u64 - 1) * 4)
                * &self.m_squared;
            self.power = (&self.power.with_prec(prec) * &Interval::from_integer(prec, &(a * b)))
                .div(&Interval::from_integer(prec, &c))?;
        }
        if self.tangent.len() <= j {
            self.tangent = tangent_numbers(j);
        }
        let four_j_minus_1 = (Integer::from(1) << (2 * j as u32)) - 1u32;
        let term = (&self.power.with_prec(prec) * &Interval::from_integer(prec, &self.tangent[j]))
            .div(&Interval::from_integer(prec, &four_j_minus_1))?;
        Ok(if j % 2 == 1 { term } else { -&term })
    }
}

/// The number of Euler–Maclaurin terms [`zipf_tail`] will take at m for `prec` bits, estimated
/// in f64 from |term_j| ≈ 2·s(s+1)…(s+2j−2)·m^(−s−2j+1)/(2π)^(2j) against the leading
/// m^(1−s)/(s−1) (only to fetch the tangent numbers at once; the loop decides).
fn expected_terms(s: f64, m: f64, prec: u32, max_terms: usize) -> usize {
    let log2_m = m.log2();
    let lead = (1.0 - s) * log2_m - (s - 1.0).log2();
    let mut size = 1.0 + s.log2() - (s + 1.0) * log2_m - 2.0 * std::f64::consts::TAU.log2();
    for j in 1..max_terms {
        if size < lead - f64::from(prec) - 9.0 {
            return j;
        }
        let jf = j as f64;
        let next = size + ((s + 2.0 * jf - 1.0) * (s + 2.0 * jf)).log2()
            - 2.0 * log2_m
            - 2.0 * std::f64::consts::TAU.log2();
        if next > size {
            return j;
        }
        size = next;
    }
    max_terms
}

/// Euler–Maclaurin partial sums for T(m) = Σ_{k>m} k^(−s): E₁, E₂ = E₁ + s·m^(−s−1)/12, …
/// (`count` of them). Consecutive partial sums bracket T(m) (m ≥ 1, s > 1).
pub fn euler_maclaurin_partials(
    s: &BigRational,
    m: &BigUint,
    count: usize,
    prec: u32,
) -> Result<Vec<Interval>, IntervalError> {
    let (mut terms, mut partial) = EulerMaclaurin::new(s, m, prec, count)?;
    let mut out = vec![partial.clone()];
    for _ in 1..count {
        partial = &partial + &terms.next_term(prec)?;
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
    // starts to grow; the tail lies between the last two partial sums either way. A term
    // 2^(−d) the size of the partial sum is computed at work − d + 32 bits (at least 64): its
    // rounding errors then stay below 2^(−work) of the sum, as the leading value's do.
    let max_terms = prec as usize / 2 + 8;
    let expected = expected_terms(
        s.to_f64().unwrap_or(2.0),
        m.to_f64().unwrap_or(f64::MAX),
        prec,
        max_terms,
    );
    let (mut terms, mut partial) = EulerMaclaurin::new(s, &m, work, expected + 2)?;
    let size = |x: &Interval| x.lo().clone().abs().max(&x.hi().clone().abs());
    let exponent = |x: &rug::Float| x.get_exp().map_or(i64::MIN / 2, i64::from);
    let mut previous_size: Option<rug::Float> = None;
    let mut term_prec = work;
    let mut j = 0;
    loop {
        j += 1;
        let term = terms.next_term(term_prec)?;
        let next = &partial + &term;
        let term_size = size(&term);
        let sum_exponent = exponent(&size(&next));
        // |term| < 2^e(term) and |next| ≥ 2^(e(next) − 1)
        let small = exponent(&term_size) + i64::from(prec) + 9 <= sum_exponent;
        let growing = previous_size.as_ref().is_some_and(|p| term_size > *p);
        if small || growing || j == max_terms {
            return Ok(&direct + &partial.hull(&next));
        }
        let drop = (sum_exponent - exponent(&term_size)).max(0);
        term_prec = (i64::from(work) - drop + 32).clamp(64, i64::from(work)) as u32;
        previous_size = Some(term_size);
        partial = next;
    }
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

/// H_n^(s) = Σ_{k≤n} k^(−s) exactly, for integer s: the integers L/k^s over L = lcm(1, …, n)^s
/// summed, then one fraction (no gcd per term).
pub fn harmonic_exact(s: u32, n: u64) -> BigRational {
    let (weights, common) = zipf_weights(s, n as usize);
    BigRational::new(weights.iter().sum(), common)
}

/// The integers w_k = L/k^s, k = 1 … n, and L = lcm(1, …, n)^s: k^(−s) = w_k/L exactly.
fn zipf_weights(s: u32, n: usize) -> (Vec<BigInt>, BigInt) {
    let lcm = (1..=n as u64).fold(BigInt::one(), |acc, k| {
        num_integer::Integer::lcm(&acc, &BigInt::from(k))
    });
    let common = lcm.pow(s);
    let weights = (1..=n).map(|k| &common / BigInt::from(k).pow(s)).collect();
    (weights, common)
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
    // p_k = w_k/W with the integer weights w_k = L/k^s and W = Σ w_k: sums of integers, and
    // one fraction at the end
    let (weights, _) = zipf_weights(s, k_max);
    let n = n.min(k_max);
    let learned: BigInt = weights[..n].iter().sum();
    let rest: BigInt = weights[n..].iter().sum();
    let total = &learned + &rest;
    let (learned, rest) = (
        BigRational::new(learned, total.clone()),
        BigRational::new(rest, total),
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    /// k^(−a/b) for a point integer k goes through the exact power k^a and one root, so a
    /// perfect power gives a point: 8^(−1/3) = ½, 16^(−3/4) = ⅛ and 64^(−5/6) = 1/32 exactly,
    /// where MPFR's power of the enclosure of −a/b could not be exact; a power beyond 2¹⁶ bits
    /// (or b > 8) is MPFR's power, which still encloses the value.
    #[test]
    fn inverse_power_is_exact_on_perfect_powers() {
        for (k, s, value) in [
            (8, q(1, 3), q(1, 2)),
            (16, q(3, 4), q(1, 8)),
            (64, q(5, 6), q(1, 32)),
        ] {
            let x = inverse_power(&Interval::from_int(200, k), &s).unwrap();
            assert_eq!(x.lo(), x.hi(), "{k}^(−{s}) is not a point");
            assert!(x.contains_rational(&value), "{k}^(−{s})");
        }
        // 8^(−16385/3) = 2^(−16385) would be a point by the exact route, but 8^16385 has
        // 65 540 bits, past its limit: MPFR's power of the enclosure of −16385/3
        let x = inverse_power(&Interval::from_int(200, 8), &q(16_385, 3)).unwrap();
        assert!(x.lo() < x.hi());
        assert!(x.contains_rational(&BigRational::new(1.into(), BigInt::from(2).pow(16_385))));
        // an interval k = [8, 9] is not a point: its power encloses both ends
        let k = Interval::from_int(200, 8).hull(&Interval::from_int(200, 9));
        let x = inverse_power(&k, &q(1, 3)).unwrap();
        assert!(x.contains_rational(&q(1, 2)) && *x.lo() < 0.481); // 9^(−1/3) = 0.4807…
        let wide = inverse_power(&Interval::from_int(200, 8), &q(1, 9)).unwrap();
        assert!(wide.lo() < wide.hi());
    }
}
