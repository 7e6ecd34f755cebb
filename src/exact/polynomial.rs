//! Real roots of polynomials with rational coefficients, isolated exactly by Sturm sequences.
//!
//! A polynomial is its coefficient vector c₀, c₁, …, c_n (p(x) = Σ c_k x^k), as
//! [`crate::exact::matrix::Matrix::characteristic_polynomial`] returns it. Everything here is
//! exact: a root is returned as a rational bracket (lo, hi] that provably holds exactly one root.

use num_rational::BigRational;
use num_traits::{Signed, Zero};
use thiserror::Error;

/// Why roots could not be isolated.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum RootError {
    #[error("the zero polynomial has no isolated roots")]
    Zero,
    #[error(
        "the polynomial has a repeated root (gcd(p, p′) has degree {0}); isolate its square-free part"
    )]
    Repeated(usize),
    #[error("the search interval is empty (lo must be below hi)")]
    EmptyInterval,
}

/// `p` with trailing zero coefficients removed (the zero polynomial becomes empty).
fn trimmed(p: &[BigRational]) -> Vec<BigRational> {
    let mut v = p.to_vec();
    while v.last().is_some_and(Zero::is_zero) {
        v.pop();
    }
    v
}

/// p(x) by Horner's rule.
///
/// ```
/// use claimcheck::exact::polynomial::evaluate;
/// use claimcheck::exact::rational::q;
/// // x² − 2 at 3/2
/// assert_eq!(evaluate(&[q(-2, 1), q(0, 1), q(1, 1)], &q(3, 2)), q(1, 4));
/// ```
pub fn evaluate(p: &[BigRational], x: &BigRational) -> BigRational {
    p.iter()
        .rev()
        .fold(BigRational::zero(), |acc, c| acc * x + c)
}

/// p′.
///
/// ```
/// use claimcheck::exact::{polynomial::derivative, rational::q};
/// // (x³ − 2x + 5)′ = 3x² − 2
/// assert_eq!(derivative(&[q(5, 1), q(-2, 1), q(0, 1), q(1, 1)]), vec![q(-2, 1), q(0, 1), q(3, 1)]);
/// assert!(derivative(&[q(7, 1)]).is_empty());
/// ```
pub fn derivative(p: &[BigRational]) -> Vec<BigRational> {
    p.iter()
        .enumerate()
        .skip(1)
        .map(|(k, c)| c * BigRational::from_integer(k.into()))
        .collect()
}

/// The remainder of a divided by b (b non-zero after trimming).
fn remainder(a: &[BigRational], b: &[BigRational]) -> Vec<BigRational> {
    let mut r = trimmed(a);
    let b = trimmed(b);
    let lead = b.last().expect("a non-zero divisor").clone();
    while r.len() >= b.len() && !r.is_empty() {
        let shift = r.len() - b.len();
        let factor = r.last().expect("non-empty") / &lead;
        for (k, c) in b.iter().enumerate() {
            r[shift + k] -= &factor * c;
        }
        r.pop();
        r = trimmed(&r);
    }
    r
}

/// The Sturm sequence p₀ = p, p₁ = p′, p_{k+1} = −rem(p_{k−1}, p_k), down to a constant.
///
/// ```
/// use claimcheck::exact::{polynomial::sturm_sequence, rational::q};
/// // x² − 2: p₀ = x² − 2, p₁ = 2x, p₂ = −rem(p₀, p₁) = 2
/// let s = sturm_sequence(&[q(-2, 1), q(0, 1), q(1, 1)]).unwrap();
/// assert_eq!(s, vec![vec![q(-2, 1), q(0, 1), q(1, 1)], vec![q(0, 1), q(2, 1)], vec![q(2, 1)]]);
/// assert!(sturm_sequence(&[q(0, 1)]).is_err());
/// ```
///
/// # Errors
/// [`RootError::Zero`] for the zero polynomial.
pub fn sturm_sequence(p: &[BigRational]) -> Result<Vec<Vec<BigRational>>, RootError> {
    let p = trimmed(p);
    if p.is_empty() {
        return Err(RootError::Zero);
    }
    let mut seq = vec![p.clone(), trimmed(&derivative(&p))];
    while seq.last().is_some_and(|s| s.len() > 1) {
        let n = seq.len();
        let next: Vec<BigRational> = remainder(&seq[n - 2], &seq[n - 1])
            .into_iter()
            .map(|c| -c)
            .collect();
        if next.is_empty() {
            break;
        }
        seq.push(next);
    }
    Ok(seq)
}

/// Sign changes of the sequence evaluated at x (zeros skipped).
fn sign_changes(seq: &[Vec<BigRational>], x: &BigRational) -> usize {
    let signs: Vec<bool> = seq
        .iter()
        .map(|s| evaluate(s, x))
        .filter(|v| !v.is_zero())
        .map(|v| v.is_positive())
        .collect();
    signs.windows(2).filter(|w| w[0] != w[1]).count()
}

/// The number of distinct real roots of p in (lo, hi] (Sturm's theorem).
///
/// # Errors
/// [`RootError::Zero`] for the zero polynomial, [`RootError::EmptyInterval`] when lo ≥ hi.
///
/// ```
/// use claimcheck::exact::polynomial::count_roots;
/// use claimcheck::exact::rational::q;
/// // (x − 1)(x − 2)(x − 3) has two roots in (0, 5/2]
/// let p = [q(-6, 1), q(11, 1), q(-6, 1), q(1, 1)];
/// assert_eq!(count_roots(&p, &q(0, 1), &q(5, 2)), Ok(2));
/// ```
pub fn count_roots(
    p: &[BigRational],
    lo: &BigRational,
    hi: &BigRational,
) -> Result<usize, RootError> {
    if lo >= hi {
        return Err(RootError::EmptyInterval);
    }
    let seq = sturm_sequence(p)?;
    Ok(sign_changes(&seq, lo) - sign_changes(&seq, hi))
}

/// Every real root of a square-free p in (lo, hi], each in its own bracket (a, b] with
/// b − a ≤ `width`, in increasing order.
///
/// The brackets are found by bisection on the Sturm count, so each holds exactly one root by
/// Sturm's theorem; nothing is approximated.
///
/// # Errors
/// [`RootError::Zero`], [`RootError::EmptyInterval`], and [`RootError::Repeated`] when p has a
/// multiple root (its Sturm sequence ends in a non-constant gcd), since the count of distinct
/// roots would then not be the count with multiplicity a caller usually wants.
///
/// ```
/// use claimcheck::exact::polynomial::isolate_roots;
/// use claimcheck::exact::rational::q;
/// // x² − 2: ±√2, each bracketed to width 1/1000
/// let roots = isolate_roots(&[q(-2, 1), q(0, 1), q(1, 1)], &q(-2, 1), &q(2, 1), &q(1, 1000)).unwrap();
/// assert_eq!(roots.len(), 2);
/// let (a, b) = &roots[1];
/// assert!(a * a < q(2, 1) && q(2, 1) <= b * b && b - a <= q(1, 1000));
/// ```
pub fn isolate_roots(
    p: &[BigRational],
    lo: &BigRational,
    hi: &BigRational,
    width: &BigRational,
) -> Result<Vec<(BigRational, BigRational)>, RootError> {
    if lo >= hi {
        return Err(RootError::EmptyInterval);
    }
    let seq = sturm_sequence(p)?;
    let gcd_degree = seq.last().map_or(0, |g| g.len() - 1);
    if gcd_degree > 0 {
        return Err(RootError::Repeated(gcd_degree));
    }
    let count = |a: &BigRational, b: &BigRational| sign_changes(&seq, a) - sign_changes(&seq, b);
    let two = BigRational::from_integer(2.into());
    let mut pending = vec![(lo.clone(), hi.clone(), count(lo, hi))];
    let mut roots = Vec::new();
    while let Some((a, b, n)) = pending.pop() {
        if n == 0 {
            continue;
        }
        if n == 1 && &b - &a <= *width {
            roots.push((a, b));
            continue;
        }
        let mid = (&a + &b) / &two;
        let left = count(&a, &mid);
        // the right half first on the stack, so the left is finished first
        pending.push((mid.clone(), b, n - left));
        pending.push((a, mid, left));
    }
    roots.sort();
    Ok(roots)
}
