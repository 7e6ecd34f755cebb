//! 语言模型输出端共享Embedding的重新探索 — revisiting tied output embeddings (kexue.fm/archives/9698).
//!
//! The formulas: E\[χ_d\] (and so the self logit E z_ii = σ√d·E\[χ_d\]), the article's initial loss
//! L_art = ln(e^(dσ) + n − 1), the refinement L_ref = ln(e^(dσ) + (n−1)e^(dσ²/2)), the Monte
//! Carlo–grade prediction L₂, the untied loss L_un = ln n + dσ²/2, σ* = (ln n)/d, and the two
//! dimension shuffles (half swap and the ShuffleNet reshape–transpose) as permutations.

mod claims;
pub mod mc;

use crate::claim::Article;
use crate::exact::rational::q;
use num_bigint::BigInt;
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::Signed;

use crate::exact::interval::{Interval, IntervalError};

/// E\[χ_d\] = √2·Γ((d+1)/2)/Γ(d/2), by E\[χ₁\] = √(2/π) and E\[χ_{k+1}\]·E\[χ_k\] = k.
///
/// ```
/// use claimcheck::articles::shared_embedding::chi_mean;
/// use claimcheck::exact::certify::certify;
/// // E[χ₂] = √(π/2)
/// assert_eq!(certify(10, |p| chi_mean(2, p)).unwrap().to_string(), "1.253314137");
/// ```
pub fn chi_mean(d: u64, prec: u32) -> Result<Interval, IntervalError> {
    if d == 0 {
        return Err(IntervalError::Domain("χ_d needs d ≥ 1"));
    }
    let p = prec + 2 * (64 - d.leading_zeros()); // guard bits for the recurrence
    let mut m = Interval::from_int(p, 2).div(&Interval::pi(p))?.sqrt()?;
    for k in 1..d {
        m = Interval::from_int(p, k as i64).div(&m)?;
    }
    Ok(m)
}

/// E\[χ_d\] for even d = 2m in closed form: √(2π)·(2m)!/(4^m·m!·(m−1)!) — the independent route.
pub fn chi_mean_even(d: u64, prec: u32) -> Result<Interval, IntervalError> {
    assert!(d >= 2 && d.is_even(), "closed form for even d ≥ 2");
    let m = d / 2;
    let c = BigRational::new(
        BigInt::from(crate::exact::integer::factorial(2 * m)),
        BigInt::from(4).pow(m as u32)
            * BigInt::from(crate::exact::integer::factorial(m))
            * BigInt::from(crate::exact::integer::factorial(m - 1)),
    );
    Ok(Interval::pi(prec)
        .mul_rational(&q(2, 1))
        .sqrt()?
        .mul_rational(&c))
}

/// Which normalisation produces the output h.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Norm {
    /// h = √d·w/‖w‖ (d' = d).
    Rms,
    /// h = √d·(w − w̄)/‖w − w̄‖ (d' = d − 1).
    Layer,
}

impl Norm {
    /// d' = d for RMSNorm, d − 1 for LN.
    pub fn effective_dim(self, d: u64) -> u64 {
        match self {
            Norm::Rms => d,
            Norm::Layer => d - 1,
        }
    }
}

/// The self logit's mean E z_ii = σ√d·E\[χ_{d'}\].
pub fn self_logit_mean(
    d: u64,
    sigma: &BigRational,
    norm: Norm,
    prec: u32,
) -> Result<Interval, IntervalError> {
    Ok(
        (&Interval::from_int(prec, d as i64).sqrt()? * &chi_mean(norm.effective_dim(d), prec)?)
            .mul_rational(sigma),
    )
}

/// The largest n and d the loss formulas take (they enter the enclosures as `i64`).
pub const MAX_SIZE: u64 = i64::MAX as u64;
/// The largest self logit dσ the loss formulas take: e^(dσ) must stay inside MPFR's exponent
/// range (2^(2^30), i.e. dσ below about 7.4·10⁸).
pub const MAX_SELF_LOGIT: u64 = 100_000_000;

/// Whether (n, d, σ) is inside the formulas' limits: 2 ≤ n ≤ [`MAX_SIZE`], 1 ≤ d ≤
/// [`MAX_SIZE`], σ ≥ 0 and dσ ≤ [`MAX_SELF_LOGIT`].
///
/// # Errors
///
/// [`IntervalError::Domain`] naming the violated limit.
pub fn check_configuration(n: u64, d: u64, sigma: &BigRational) -> Result<(), IntervalError> {
    if !(2..=MAX_SIZE).contains(&n) {
        return Err(IntervalError::Domain(
            "the vocabulary size n must satisfy 2 ≤ n ≤ 2^63 − 1",
        ));
    }
    if !(1..=MAX_SIZE).contains(&d) {
        return Err(IntervalError::Domain(
            "the dimension d must satisfy 1 ≤ d ≤ 2^63 − 1",
        ));
    }
    if sigma.is_negative() {
        return Err(IntervalError::Domain("σ must be non-negative"));
    }
    if q(d as i64, 1) * sigma > q(MAX_SELF_LOGIT as i64, 1) {
        return Err(IntervalError::Domain(
            "the self logit dσ must be at most 10^8",
        ));
    }
    Ok(())
}

/// L_art = ln(e^(dσ) + n − 1), the article's approximation of the tied initial loss.
pub fn loss_article(n: u64, d: u64, sigma: &Interval) -> Result<Interval, IntervalError> {
    let p = sigma.prec();
    (&sigma.mul_rational(&q(d as i64, 1)).exp()? + &Interval::from_int(p, n as i64 - 1)).ln()
}

/// L_ref = ln(e^(dσ) + (n−1)e^(dσ²/2)), using E e^(z_ik) = e^(dσ²/2).
pub fn loss_refined(n: u64, d: u64, sigma: &Interval) -> Result<Interval, IntervalError> {
    let cross = sigma
        .square()
        .mul_rational(&q(d as i64, 2))
        .exp()?
        .mul_rational(&q(n as i64 - 1, 1));
    (&sigma.mul_rational(&q(d as i64, 1)).exp()? + &cross).ln()
}

/// L_un = ln n + dσ²/2, the untied (and untied-like) initial loss.
pub fn loss_untied(n: u64, d: u64, sigma: &Interval) -> Result<Interval, IntervalError> {
    Ok(&Interval::from_int(sigma.prec(), n as i64).ln()?
        + &sigma.square().mul_rational(&q(d as i64, 2)))
}

/// L₂ = ln(e^μ + C) + p(1−p)v/2 with μ = σ√d·E\[χ_{d'}\], v = dσ²(d' − E\[χ_{d'}\]²),
/// C = (n−1)e^(dσ²/2), p = e^μ/(e^μ + C): second order in the self logit's fluctuation.
pub fn loss_second_order(
    n: u64,
    d: u64,
    sigma: &BigRational,
    norm: Norm,
    prec: u32,
) -> Result<Interval, IntervalError> {
    let s = Interval::from_rational(prec, sigma);
    let chi = chi_mean(norm.effective_dim(d), prec)?;
    let mu = (&Interval::from_int(prec, d as i64).sqrt()? * &chi).mul_rational(sigma);
    let v = (&Interval::from_int(prec, norm.effective_dim(d) as i64) - &chi.square())
        .mul_rational(&(q(d as i64, 1) * sigma * sigma));
    let c = s
        .square()
        .mul_rational(&q(d as i64, 2))
        .exp()?
        .mul_rational(&q(n as i64 - 1, 1));
    let e_mu = mu.exp()?;
    let total = &e_mu + &c;
    let p = e_mu.div(&total)?;
    let spread = &(&p * &(&Interval::from_int(prec, 1) - &p)) * &v;
    Ok(&total.ln()? + &spread.mul_rational(&q(1, 2)))
}

/// σ* = (ln n)/d, at which e^(dσ*) = n.
pub fn sigma_star(n: u64, d: u64, prec: u32) -> Result<Interval, IntervalError> {
    Ok(Interval::from_int(prec, n as i64)
        .ln()?
        .mul_rational(&q(1, d as i64)))
}

/// The half swap S\[w\] = w\[d/2:\] ∘ w\[:d/2\] as a permutation: S\[w\]\[i\] = w\[perm\[i\]\].
pub fn half_swap(d: usize) -> Vec<usize> {
    assert!(d % 2 == 0, "the half swap needs even d");
    (0..d).map(|i| (i + d / 2) % d).collect()
}

/// The ShuffleNet shuffle: reshape to k × m row-major, transpose, flatten:
/// S(w)\[c·k + r\] = w\[r·m + c\].
pub fn shuffle_net(k: usize, m: usize) -> Vec<usize> {
    let mut perm = vec![0; k * m];
    for r in 0..k {
        for c in 0..m {
            perm[c * k + r] = r * m + c;
        }
    }
    perm
}

/// The number of fixed points of a permutation.
pub fn fixed_points(perm: &[usize]) -> usize {
    perm.iter().enumerate().filter(|(i, p)| i == *p).count()
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "shared-embedding",
    title: "语言模型输出端共享Embedding的重新探索",
    english_title: "Revisiting tied output embeddings in language models",
    url: "https://kexue.fm/archives/9698",
    date: "2023-07-20",
    source: "complete",
    claims: claims::CLAIMS,
};
