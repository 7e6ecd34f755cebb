//! `exact::polynomial`: Sturm counts and root brackets against polynomials built from their
//! roots, and the characteristic polynomial of symmetric matrices against their traces.

use claimcheck::exact::matrix::Matrix;
use claimcheck::exact::polynomial::{
    RootError, count_roots, derivative, evaluate, isolate_roots, sturm_sequence,
};
use claimcheck::exact::rational::q;
use num_rational::BigRational;
use num_traits::{One, Zero};
use proptest::prelude::*;

/// ∏ (x − rᵢ) as coefficients c₀ … c_n.
fn from_roots(roots: &[BigRational]) -> Vec<BigRational> {
    roots.iter().fold(vec![BigRational::one()], |p, r| {
        let mut next = vec![BigRational::zero(); p.len() + 1];
        for (k, c) in p.iter().enumerate() {
            next[k + 1] += c;
            next[k] -= c * r;
        }
        next
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Distinct rational roots: every bracket holds exactly one of them, in order, and the
    /// Sturm count of any interval is the number of roots inside it.
    #[test]
    fn brackets_hold_the_roots(
        mut nums in proptest::collection::btree_set(-200i64..200, 1..7),
        den in 1i64..9,
        cut in -30i64..30,
    ) {
        let roots: Vec<BigRational> = std::mem::take(&mut nums).into_iter().map(|n| q(n, den)).collect();
        let p = from_roots(&roots);
        let (lo, hi) = (q(-201, 1), q(201, 1));
        let width = q(1, 1 << 20);
        let brackets = isolate_roots(&p, &lo, &hi, &width).unwrap();
        prop_assert_eq!(brackets.len(), roots.len());
        for ((a, b), r) in brackets.iter().zip(&roots) {
            prop_assert!(a < r && r <= b, "{} not in ({}, {}]", r, a, b);
            prop_assert!(b - a <= width.clone());
        }
        let split = q(cut, 7);
        let below = roots.iter().filter(|r| **r <= split).count();
        prop_assert_eq!(count_roots(&p, &lo, &split).unwrap(), below);
        prop_assert_eq!(count_roots(&p, &split, &hi).unwrap(), roots.len() - below);
    }

    /// The eigenvalues of a symmetric integer matrix AᵀA: as many as its size, all ≥ 0, summing
    /// to the trace within the brackets' widths.
    #[test]
    fn gram_eigenvalues_sum_to_the_trace(entries in proptest::collection::vec(-4i64..=4, 9)) {
        let a = Matrix::from_fn(3, 3, |i, j| q(entries[3 * i + j], 1));
        let g = &a.transpose() * &a;
        let chi = g.characteristic_polynomial();
        match isolate_roots(&chi, &q(-1, 1), &(g.trace() + q(1, 1)), &q(1, 1000)) {
            Ok(brackets) => {
                prop_assert_eq!(brackets.len(), 3);
                let lo: BigRational = brackets.iter().map(|b| b.0.clone()).sum();
                let hi: BigRational = brackets.iter().map(|b| b.1.clone()).sum();
                prop_assert!(lo < g.trace() && g.trace() <= hi);
                prop_assert!(brackets[0].1 >= BigRational::zero());
            }
            // a repeated eigenvalue (e.g. a singular A of rank ≤ 1) is reported, never miscounted
            Err(RootError::Repeated(_)) => {}
            Err(e) => prop_assert!(false, "{}", e),
        }
    }
}

#[test]
fn known_values_and_errors() {
    let p = [q(-2, 1), q(0, 1), q(1, 1)]; // x² − 2
    assert_eq!(evaluate(&p, &q(2, 1)), q(2, 1));
    assert_eq!(derivative(&p), vec![q(0, 1), q(2, 1)]);
    assert_eq!(sturm_sequence(&p).unwrap().len(), 3);
    assert_eq!(count_roots(&p, &q(0, 1), &q(2, 1)), Ok(1));
    assert_eq!(count_roots(&p, &q(-2, 1), &q(2, 1)), Ok(2));
    // a root at the right end counts, one at the left end does not: (lo, hi]
    let linear = [q(-1, 1), q(1, 1)];
    assert_eq!(count_roots(&linear, &q(0, 1), &q(1, 1)), Ok(1));
    assert_eq!(count_roots(&linear, &q(1, 1), &q(2, 1)), Ok(0));
    assert_eq!(count_roots(&[], &q(0, 1), &q(1, 1)), Err(RootError::Zero));
    assert_eq!(
        count_roots(&p, &q(1, 1), &q(1, 1)),
        Err(RootError::EmptyInterval)
    );
    // (x − 1)²(x + 1): a repeated root is an error
    let repeated = from_roots(&[q(1, 1), q(1, 1), q(-1, 1)]);
    assert_eq!(
        isolate_roots(&repeated, &q(-3, 1), &q(3, 1), &q(1, 10)),
        Err(RootError::Repeated(1))
    );
    // no real roots: x² + 1
    assert_eq!(
        isolate_roots(&[q(1, 1), q(0, 1), q(1, 1)], &q(-9, 1), &q(9, 1), &q(1, 10)),
        Ok(vec![])
    );
}

/// A negative control: a wrong derivative (dropping the factor k) miscounts roots, so the
/// counts above test the Sturm chain and not only the bisection.
#[test]
fn a_wrong_derivative_miscounts() {
    let p = from_roots(&[q(1, 1), q(2, 1), q(3, 1)]);
    let wrong: Vec<BigRational> = p.iter().skip(1).cloned().collect();
    let mut seq = vec![p.clone(), wrong];
    while seq.last().unwrap().len() > 1 {
        let n = seq.len();
        let (a, b) = (&seq[n - 2], &seq[n - 1]);
        // one step of polynomial division by hand
        let mut r = a.clone();
        while r.len() >= b.len() {
            let f = r.last().unwrap() / b.last().unwrap();
            let shift = r.len() - b.len();
            for (k, c) in b.iter().enumerate() {
                r[shift + k] -= &f * c;
            }
            r.pop();
        }
        while r.last().is_some_and(Zero::is_zero) {
            r.pop();
        }
        if r.is_empty() {
            break;
        }
        seq.push(r.into_iter().map(|c| -c).collect());
    }
    let changes = |x: &BigRational| {
        let s: Vec<bool> = seq
            .iter()
            .map(|p| evaluate(p, x))
            .filter(|v| !v.is_zero())
            .map(|v| v > BigRational::zero())
            .collect();
        s.windows(2).filter(|w| w[0] != w[1]).count()
    };
    let wrong_count = changes(&q(0, 1)) as i64 - changes(&q(4, 1)) as i64;
    assert_ne!(wrong_count, 3);
    assert_eq!(count_roots(&p, &q(0, 1), &q(4, 1)), Ok(3));
}
