//! 模型优化漫谈：BERT的初始标准差为什么是0.02？ (kexue.fm/archives/8747), with the initialisation
//! article it relies on, 浅谈Transformer的初始化、参数化与标准化 (kexue.fm/archives/8620).
//!
//! The formulas: the truncated-normal variance factor γ(a) (certified by MPFR and by a pure
//! rational series bracket), its fourth moment, the Post-Norm unrolled weights in ℚ(√2), the
//! idealised and real Adam step ratios, the GELU second moment behind BERT's FFN branch variance,
//! E[sigmoid(z)²] by certified Simpson quadrature, and the SELU constants.

mod claims;
pub mod post_norm;
pub mod quadrature;
mod truncnorm_series;

pub use truncnorm_series::{MAX_SQUARE_BITS, truncation_series};

use crate::claim::Article;
use crate::exact::rational::q;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use crate::exact::interval::{Interval, IntervalError, normal_cdf, normal_pdf};

/// γ(a) = 1 − 2aφ(a)/erf(a/√2): the variance of N(0,1) truncated to [−a, a], a > 0.
///
/// ```
/// use claimcheck::articles::bert_init::truncnorm_gamma;
/// use claimcheck::exact::certify::certify;
/// use num_rational::BigRational;
/// let two = BigRational::from_integer(2.into());
/// let g = certify(10, |p| truncnorm_gamma(&two, p)).unwrap();
/// assert_eq!(g.to_string(), "0.7737413035");
/// ```
///
/// Computed as 1 − 1/S(a) by [`truncation_series`] where that series applies (a² ≤ max(prec, 64)
/// with a small numerator and denominator), otherwise by MPFR's erf
/// ([`truncnorm_gamma_by_erf`], the independent route the tests hold it against).
///
/// # Errors
///
/// [`IntervalError::Domain`] unless a > 0.
pub fn truncnorm_gamma(a: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    match truncation_series(a, prec)? {
        Some(s) => Ok(&Interval::from_int(prec, 1) - &Interval::from_int(prec, 1).div(&s)?),
        None => truncnorm_gamma_by_erf(a, prec),
    }
}

/// γ(a) = 1 − 2aφ(a)/erf(a/√2) evaluated as written, with MPFR's erf and exp.
///
/// ```
/// use claimcheck::articles::bert_init::truncnorm_gamma_by_erf;
/// use claimcheck::exact::certify::certify;
/// use num_rational::BigRational;
/// let two = BigRational::from_integer(2.into());
/// assert_eq!(certify(10, |p| truncnorm_gamma_by_erf(&two, p)).unwrap().to_string(), "0.7737413035");
/// ```
///
/// # Errors
///
/// [`IntervalError::Domain`] unless a > 0.
pub fn truncnorm_gamma_by_erf(a: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    if !a.is_positive() {
        return Err(IntervalError::Domain(
            "the truncation point a must be positive",
        ));
    }
    let x = Interval::from_rational(prec, a);
    let ratio = truncation_ratio(&x)?;
    Ok(&Interval::from_int(prec, 1) - &ratio.mul_rational(&q(2, 1)).mul_rational(a))
}

/// φ(a)/erf(a/√2) for a > 0.
fn truncation_ratio(a: &Interval) -> Result<Interval, IntervalError> {
    let root2 = Interval::from_int(a.prec(), 2).sqrt()?;
    normal_pdf(a)?.div(&a.div(&root2)?.erf())
}

/// The fourth moment m₄(a) = 3 − (6a + 2a³)φ(a)/erf(a/√2) of N(0,1) truncated to [−a, a].
/// (By the series as 3 − (3 + a²)/S(a) where it applies, as [`truncnorm_gamma`].)
pub fn truncnorm_fourth_moment(a: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    if let Some(s) = truncation_series(a, prec)? {
        let three = Interval::from_int(prec, 3);
        return Ok(&three - &three.add_rational(&(a * a)).div(&s)?);
    }
    let x = Interval::from_rational(prec, a);
    let coefficient = q(6, 1) * a + q(2, 1) * a * a * a;
    Ok(&Interval::from_int(prec, 3) - &truncation_ratio(&x)?.mul_rational(&coefficient))
}

/// The kurtosis κ(a) = m₄(a)/γ(a)² of the truncated normal.
pub fn truncnorm_kurtosis(a: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    truncnorm_fourth_moment(a, prec)?.div(&truncnorm_gamma(a, prec)?.square())
}

/// A two-sided rational bracket of ∫₀^a x^p e^(−x²/2) dx = Σ_k (−½)^k a^(2k+p+1)/(k!(2k+p+1)),
/// from consecutive partial sums once the terms alternate and decrease in magnitude. Uses at
/// least `min_terms` terms.
///
/// ```
/// use claimcheck::articles::bert_init::gaussian_moment_bracket;
/// use num_rational::BigRational;
/// let (lo, hi) = gaussian_moment_bracket(&BigRational::from_integer(2.into()), 0, 40);
/// assert!(lo < hi && &hi - &lo < BigRational::new(1.into(), 10u32.pow(9).into()));
/// ```
pub fn gaussian_moment_bracket(
    a: &BigRational,
    p: u32,
    min_terms: usize,
) -> (BigRational, BigRational) {
    let a2 = a * a;
    let mut power = num_traits::pow(a.clone(), p as usize + 1); // a^(2k+p+1) / k! · (−½)^k
    let mut sum = BigRational::zero();
    let mut k = 0usize;
    loop {
        let term = &power / BigRational::from_integer(BigInt::from(2 * k + p as usize + 1));
        let next_sum = &sum + &term;
        // |t_{k+1}/t_k| = (a²/2)(2k+p+1)/((k+1)(2k+p+3)), decreasing in k
        let ratio = &a2
            * q(
                (2 * k + p as usize + 1) as i64,
                2 * ((k + 1) * (2 * k + p as usize + 3)) as i64,
            );
        if k + 1 >= min_terms && ratio < BigRational::one() {
            // from here on the terms alternate with decreasing magnitude
            return if sum <= next_sum {
                (sum, next_sum)
            } else {
                (next_sum, sum)
            };
        }
        sum = next_sum;
        power = -(power * &a2) / BigRational::from_integer(BigInt::from(2 * (k + 1)));
        k += 1;
    }
}

/// γ(a) bracketed in rationals: [N_lo/D_hi, N_hi/D_lo] with N = ∫₀^a x²e^(−x²/2), D = ∫₀^a e^(−x²/2).
/// Uses at least `min_terms` terms, more (doubling) until both brackets are positive, which the
/// quotient needs.
pub fn truncnorm_gamma_bracket(a: &BigRational, min_terms: usize) -> (BigRational, BigRational) {
    let mut terms = min_terms.max(1);
    loop {
        let (n_lo, n_hi) = gaussian_moment_bracket(a, 2, terms);
        let (d_lo, d_hi) = gaussian_moment_bracket(a, 0, terms);
        if n_lo.is_positive() && d_lo.is_positive() {
            return (n_lo / d_hi, n_hi / d_lo);
        }
        terms *= 2;
    }
}

/// The idealised Adam step u(g)² = (Σ wᵢgᵢ)²/(Σ wᵢgᵢ²) for weights wᵢ ≥ 0 (None when Σwg² = 0).
pub fn idealised_adam_step_squared(
    weights: &[BigRational],
    grads: &[BigRational],
) -> Option<BigRational> {
    let m: BigRational = weights.iter().zip(grads).map(|(w, g)| w * g).sum();
    let v: BigRational = weights.iter().zip(grads).map(|(w, g)| w * g * g).sum();
    (!v.is_zero()).then(|| &m * &m / v)
}

/// r_t² for Adam with bias correction after one gradient spike preceded by t−1 zero gradients:
/// r_t = (1−β₁)/(1−β₁^t) · √((1−β₂^t)/(1−β₂)).
pub fn adam_spike_ratio_squared(beta1: &BigRational, beta2: &BigRational, t: u32) -> BigRational {
    let one = BigRational::one();
    let b1t = num_traits::pow(beta1.clone(), t as usize);
    let b2t = num_traits::pow(beta2.clone(), t as usize);
    let first = (&one - beta1) / (&one - &b1t);
    &first * &first * (&one - &b2t) / (&one - beta2)
}

/// E[gelu(h)²] = E[h²Φ(h)²] for h ~ N(0, τ²), in closed form (derived with Stein's identity):
/// τ²(¼ + arcsin(ρ)/(2π)) + τ⁴(1/(π√(1+2τ²)) − 2c·s²/√(2π(1+s²))) with ρ = s² = τ²/(1+τ²) and
/// c = 1/√(2π(1+τ²)).
pub fn gelu_second_moment(tau2: &Interval) -> Result<Interval, IntervalError> {
    let p = tau2.prec();
    let one = Interval::from_int(p, 1);
    let pi = Interval::pi(p);
    let two_pi = pi.mul_rational(&q(2, 1));
    let one_plus = &one + tau2;
    let rho = tau2.div(&one_plus)?;
    let orthant = Interval::from_rational(p, &q(1, 4)) + rho.asin()?.div(&two_pi)?;
    let phi_sq = one.div(&(&pi * &(&one + &tau2.mul_rational(&q(2, 1))).sqrt()?))?;
    let c = one.div(&(&two_pi * &one_plus).sqrt()?)?;
    let cross = (&c * &rho)
        .mul_rational(&q(2, 1))
        .div(&(&two_pi * &(&one + &rho)).sqrt()?)?;
    Ok(&(tau2 * &orthant) + &(&tau2.square() * &(&phi_sq - &cross)))
}

/// The SELU constants (α, λ): α = φ(0)/(½ − e^(1/2)Φ(−1)) and
/// λ^(−2) = ½ + α²(e²Φ(−2) − 2e^(1/2)Φ(−1) + ½).
pub fn selu_constants(prec: u32) -> Result<(Interval, Interval), IntervalError> {
    let half = Interval::from_rational(prec, &q(1, 2));
    let e_half = half.exp()?;
    let cdf_m1 = normal_cdf(&Interval::from_int(prec, -1))?;
    let cdf_m2 = normal_cdf(&Interval::from_int(prec, -2))?;
    let phi0 = normal_pdf(&Interval::from_int(prec, 0))?;
    let e_half_cdf = &e_half * &cdf_m1;
    let alpha = phi0.div(&(&half - &e_half_cdf))?;
    let e2 = Interval::from_int(prec, 2).exp()?;
    let bracket = &(&(&e2 * &cdf_m2) - &e_half_cdf.mul_rational(&q(2, 1))) + &half;
    let lambda_inv_sq = &half + &(&alpha.square() * &bracket);
    let lambda = Interval::from_int(prec, 1).div(&lambda_inv_sq.sqrt()?)?;
    Ok((alpha, lambda))
}

/// SELU's output mean and second moment for N(0,1) input, given (α, λ):
/// mean = λ(φ(0) + α(e^(1/2)Φ(−1) − ½)), E y² = λ²(½ + α²(e²Φ(−2) − 2e^(1/2)Φ(−1) + ½)).
pub fn selu_moments(
    alpha: &Interval,
    lambda: &Interval,
) -> Result<(Interval, Interval), IntervalError> {
    let prec = alpha.prec();
    let half = Interval::from_rational(prec, &q(1, 2));
    let e_half_cdf = &half.exp()? * &normal_cdf(&Interval::from_int(prec, -1))?;
    let phi0 = normal_pdf(&Interval::from_int(prec, 0))?;
    let mean = lambda * &(&phi0 + &(alpha * &(&e_half_cdf - &half)));
    let e2_cdf = &Interval::from_int(prec, 2).exp()? * &normal_cdf(&Interval::from_int(prec, -2))?;
    let negative_part = &(&e2_cdf - &e_half_cdf.mul_rational(&q(2, 1))) + &half;
    let second = &lambda.square() * &(&half + &(&alpha.square() * &negative_part));
    Ok((mean, second))
}

/// s = 0.02·√γ(2), the actual std of BERT's TF truncated-normal initialiser.
///
/// # Errors
/// Interval errors of γ (none at this argument).
pub fn bert_actual_std(prec: u32) -> Result<Interval, IntervalError> {
    Ok(truncnorm_gamma(&q(2, 1), prec)?
        .sqrt()?
        .mul_rational(&q(1, 50)))
}

/// The ratio of s to Xavier's 1/√d: 0.02·√(γ(2)·d).
///
/// # Errors
/// Interval errors (d < 0).
pub fn ratio_to_xavier(d: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    Ok(
        (&truncnorm_gamma(&q(2, 1), prec)? * &Interval::from_rational(prec, d))
            .sqrt()?
            .mul_rational(&q(1, 50)),
    )
}

/// Var F of BERT's FFN sublayer at init: 3072·s²·E[gelu(h)²], h ~ N(0, 768s²).
///
/// # Errors
/// Interval errors of the GELU moment.
pub fn ffn_branch_variance(prec: u32) -> Result<Interval, IntervalError> {
    let s2 = bert_actual_std(prec)?.square();
    Ok(&s2.mul_rational(&q(3072, 1)) * &gelu_second_moment(&s2.mul_rational(&q(768, 1)))?)
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "bert-init",
    title: "模型优化漫谈：BERT的初始标准差为什么是0.02？",
    english_title: "Why is BERT's initial standard deviation 0.02?",
    url: "https://kexue.fm/archives/8747",
    date: "2021-11-08",
    source: "complete (with the initialisation article it relies on)",
    claims: claims::CLAIMS,
};
