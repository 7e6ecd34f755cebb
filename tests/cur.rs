//! CUR for cross-encoder retrieval: every claim snapshotted, and the exact linear algebra as
//! properties over thousands of random integer matrices (each checked with exact rationals).

mod common;

use claimcheck::articles::cur::{
    cur_approximation, cur_parts, error, nystrom_residual, one_inverse, optimal_core_approximation,
};
use claimcheck::exact::matrix::Matrix;
use claimcheck::exact::rational::q;
use num_traits::{Signed, Zero};
use proptest::prelude::*;

snapshot_claims! {
    cur_01 => "CUR-01", cur_02 => "CUR-02", cur_03 => "CUR-03", cur_04 => "CUR-04",
    cur_05 => "CUR-05", cur_06 => "CUR-06", cur_07 => "CUR-07", cur_08 => "CUR-08",
    cur_09 => "CUR-09", cur_10 => "CUR-10", cur_11 => "CUR-11", cur_x1 => "CUR-X1",
    cur_x2 => "CUR-X2", cur_x3 => "CUR-X3",
}

fn matrix(rows: usize, cols: usize) -> impl Strategy<Value = Matrix> {
    proptest::collection::vec(-3i64..=3, rows * cols)
        .prop_map(move |v| Matrix::from_fn(rows, cols, |i, j| q(v[i * cols + j], 1)))
}

/// S = XY of rank ≤ ρ with random index sets.
fn low_rank_case() -> impl Strategy<Value = (Matrix, Vec<usize>, Vec<usize>)> {
    (3usize..=7, 3usize..=7, 1usize..=3).prop_flat_map(|(m, n, rho)| {
        (
            matrix(m, rho),
            matrix(rho, n),
            proptest::sample::subsequence((0..m).collect::<Vec<_>>(), 1..=m),
            proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n),
        )
            .prop_map(|(x, y, rows, cols)| (&x * &y, rows, cols))
    })
}

fn generic_case() -> impl Strategy<Value = (Matrix, Vec<usize>, Vec<usize>)> {
    (3usize..=6, 3usize..=6).prop_flat_map(|(m, n)| {
        (
            matrix(m, n),
            proptest::sample::subsequence((0..m).collect::<Vec<_>>(), 1..=m),
            proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n),
        )
    })
}

/// Sylvester: a symmetric matrix is positive definite iff every leading principal minor is > 0.
fn positive_definite(m: &Matrix) -> bool {
    (1..=m.rows()).all(|k| {
        let idx: Vec<usize> = (0..k).collect();
        let minor = m.select(&idx, &idx);
        // det = (−1)^k c₀ of the characteristic polynomial det(λI − M)
        let c0 = minor.characteristic_polynomial()[0].clone();
        let det = if k % 2 == 0 { c0 } else { -c0 };
        det.is_positive()
    })
}

#[test]
fn pseudo_inverse_of_zero_is_zero_transpose() {
    let z = Matrix::zeros(2, 3);
    assert_eq!(z.pseudo_inverse(), Matrix::zeros(3, 2));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The four Penrose equations, exactly, for random shapes and ranks.
    #[test]
    fn penrose_equations((s, _, _) in low_rank_case()) {
        let p = s.pseudo_inverse();
        prop_assert_eq!(&(&s * &p) * &s, s.clone());
        prop_assert_eq!(&(&p * &s) * &p, p.clone());
        prop_assert_eq!((&s * &p).transpose(), &s * &p);
        prop_assert_eq!((&p * &s).transpose(), &p * &s);
    }

    /// S⁺ = S⁻¹ for invertible S.
    #[test]
    fn pseudo_inverse_is_inverse(s in (1usize..=5).prop_flat_map(|n| matrix(n, n))) {
        if let Some(inv) = s.inverse() {
            prop_assert_eq!(s.pseudo_inverse(), inv);
        } else {
            prop_assert!(s.rank() < s.rows());
        }
    }

    /// rank(AB) ≤ min(rank A, rank B).
    #[test]
    fn rank_of_product(a in matrix(4, 3), b in matrix(3, 5)) {
        prop_assert!((&a * &b).rank() <= a.rank().min(b.rank()));
    }

    /// CUR-07: C W⁺ R = S ⇔ rank W = rank S ⇔ rank C = rank R = rank S.
    #[test]
    fn cur_theorem((s, rows, cols) in low_rank_case()) {
        let (c, w, r) = cur_parts(&s, &rows, &cols);
        let rank = s.rank();
        prop_assert_eq!(cur_approximation(&s, &rows, &cols) == s, w.rank() == rank);
        prop_assert_eq!(w.rank() == rank, c.rank() == rank && r.rank() == rank);
    }

    /// CUR-08: the chosen columns (rows) are reproduced iff rank W = rank C (rank R).
    #[test]
    fn interpolation((s, rows, cols) in generic_case()) {
        let (c, w, r) = cur_parts(&s, &rows, &cols);
        let approx = cur_approximation(&s, &rows, &cols);
        let all_rows: Vec<usize> = (0..s.rows()).collect();
        let all_cols: Vec<usize> = (0..s.cols()).collect();
        prop_assert_eq!(approx.select(&all_rows, &cols) == c, w.rank() == c.rank());
        prop_assert_eq!(approx.select(&rows, &all_cols) == r, w.rank() == r.rank());
    }

    /// CUR-06 and CUR-X2: every G = S⁺ + Z − S⁺SZSS⁺ is a {1}-inverse, and with rank W = rank S any
    /// {1}-inverse of W reproduces S.
    #[test]
    fn one_inverses((s, rows, cols) in low_rank_case(), zs in proptest::collection::vec(-3i64..=3, 49)) {
        let z = Matrix::from_fn(s.cols(), s.rows(), |i, j| q(zs[(i * 7 + j) % 49], 1));
        let g = one_inverse(&s, &z);
        prop_assert_eq!(&(&s * &g) * &s, s.clone());
        let (c, w, r) = cur_parts(&s, &rows, &cols);
        if w.rank() == s.rank() {
            let zw = Matrix::from_fn(w.cols(), w.rows(), |i, j| q(zs[(i * 5 + j) % 49], 1));
            let w_minus = one_inverse(&w, &zw);
            prop_assert_eq!(&(&c * &w_minus) * &r, s);
        }
    }

    /// CUR-X1: the optimal core is never worse, with equality to S iff rank C = rank R = rank S.
    #[test]
    fn optimal_core((s, rows, cols) in low_rank_case()) {
        let (c, _, r) = cur_parts(&s, &rows, &cols);
        let (_, best) = optimal_core_approximation(&s, &rows, &cols);
        prop_assert!(error(&s, &best) <= error(&s, &cur_approximation(&s, &rows, &cols)));
        prop_assert_eq!(best == s, c.rank() == s.rank() && r.rank() == s.rank());
    }

    /// CUR-04 (Eckart–Young at k = n − 1): with min(|U|, |V|) ≤ n − 1, e = ‖S − CW⁺R‖² ≥ λ_min(SᵀS),
    /// i.e. SᵀS − eI is not positive definite.
    #[test]
    fn eckart_young((s, rows, cols) in generic_case()) {
        prop_assume!(rows.len().min(cols.len()) < s.cols());
        let e = error(&s, &cur_approximation(&s, &rows, &cols));
        let shifted = &(&s.transpose() * &s) - &Matrix::identity(s.cols()).scale(&e);
        prop_assert!(!positive_definite(&shifted));
    }

    /// CUR-10: the Nyström residual of S = XXᵀ is symmetric PSD.
    #[test]
    fn nystrom_psd(x in (3usize..=5, 1usize..=4).prop_flat_map(|(n, p)| matrix(n, p)), pick in proptest::collection::vec(any::<bool>(), 5)) {
        let s = &x * &x.transpose();
        let mut u: Vec<usize> = (0..s.rows()).filter(|&i| pick[i]).collect();
        if u.is_empty() {
            u.push(0);
        }
        let e = nystrom_residual(&s, &u);
        prop_assert_eq!(e.transpose(), e.clone());
        prop_assert!(e.scale(&q(-1, 1)).characteristic_polynomial().iter().all(|c| !c.is_negative()));
    }
}

/// Eigenvalues of a symmetric matrix by cyclic Jacobi rotations (f64; used only for the
/// tolerance-based Eckart–Young check below).
fn symmetric_eigenvalues(m: &Matrix) -> Vec<f64> {
    let n = m.rows();
    let mut a: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    m.get(i, j).to_string().parse::<f64>().unwrap_or_else(|_| {
                        let r = m.get(i, j);
                        r.numer().to_string().parse::<f64>().unwrap()
                            / r.denom().to_string().parse::<f64>().unwrap()
                    })
                })
                .collect()
        })
        .collect();
    for _ in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .filter(|(i, j)| i != j)
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        if off < 1e-24 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if a[p][q].abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let (c, s) = (1.0 / (t * t + 1.0).sqrt(), t / (t * t + 1.0).sqrt());
                for row in a.iter_mut() {
                    let (akp, akq) = (row[p], row[q]);
                    row[p] = c * akp - s * akq;
                    row[q] = s * akp + c * akq;
                }
                let (row_p, row_q) = (a[p].clone(), a[q].clone());
                for (k, (apk, aqk)) in row_p.iter().zip(&row_q).enumerate() {
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
            }
        }
    }
    let mut ev: Vec<f64> = (0..n).map(|i| a[i][i]).collect();
    ev.sort_by(|x, y| y.partial_cmp(x).unwrap());
    ev
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// CUR-04 for every k: with k = rank W, ‖S − CW⁺R‖_F² ≥ Σ_{i>k} σᵢ(S)² (Eckart–Young–Mirsky),
    /// the singular values from an f64 Jacobi eigensolver on SᵀS, relative tolerance 1e-9.
    #[test]
    fn eckart_young_every_rank((s, rows, cols) in generic_case()) {
        let k = cur_parts(&s, &rows, &cols).1.rank();
        let e = error(&s, &cur_approximation(&s, &rows, &cols));
        let e = e.numer().to_string().parse::<f64>().unwrap() / e.denom().to_string().parse::<f64>().unwrap();
        let ev = symmetric_eigenvalues(&(&s.transpose() * &s));
        let tail: f64 = ev.iter().skip(k).map(|x| x.max(0.0)).sum();
        let scale: f64 = ev.iter().map(|x| x.abs()).sum::<f64>().max(1.0);
        prop_assert!(e >= tail - 1e-9 * scale, "e = {e}, tail = {tail}, k = {k}");
    }
}

/// The index sets the CUR checks draw are varied: non-empty, increasing, and many distinct
/// subsets (a generator stuck on one subset would leave the theorems untested).
#[test]
fn random_subsets_are_varied() {
    let mut g = claimcheck::exact::montecarlo::rng(7);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..200 {
        let s = claimcheck::articles::cur::random_subset(&mut g, 6);
        assert!(!s.is_empty() && s.windows(2).all(|w| w[0] < w[1]) && s.iter().all(|&i| i < 6));
        seen.insert(s);
    }
    assert!(seen.len() >= 30, "only {} distinct subsets", seen.len());
}

/// `eval cur-query` and `eval cur-storage` against what the index does: the calls a query
/// makes on a counting mock cross-encoder, and the entries of the stored factors C, W, R.
#[test]
fn eval_cur_costs_match_the_index() {
    use claimcheck::articles::cur::{CrossEncoder, Index};
    use claimcheck::eval::evaluate;
    let ev =
        |name: &str, args: &[&str]| evaluate(name, args, None).unwrap().parse::<u128>().unwrap();
    for (queries, items, u, v) in [(4usize, 6usize, 2usize, 2usize), (5, 9, 3, 2), (3, 3, 1, 1)] {
        let s = Matrix::from_fn(queries, items, |i, k| q(((i + 2) * (k + 3) % 5) as i64, 1));
        let anchors: Vec<usize> = (0..u).collect();
        let anchor_queries: Vec<usize> = (0..v).collect();
        let model = CrossEncoder::new(&s);
        let index = Index::build(&model, &anchor_queries, &anchors, items);
        let before = model.calls();
        let scores = index.query(&model, queries - 1);
        let (su, sk) = (u.to_string(), items.to_string());
        assert_eq!(
            ev("cur-query", &["calls", &su, &sk]),
            u128::from(model.calls() - before)
        );
        assert_eq!(scores.len(), items);
        assert_eq!(ev("cur-query", &["mults", &su, &sk]), (u * items) as u128);
        assert_eq!(
            ev("cur-query", &["adds", &su, &sk]),
            ((u - 1) * items) as u128
        );
        let (c, w, r) = cur_parts(&s, &anchor_queries, &anchors);
        let stored = c.rows() * c.cols() + w.rows() * w.cols() + r.rows() * r.cols();
        let args = [queries, u, v, items].map(|n| n.to_string());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_eq!(ev("cur-storage", &args), stored as u128);
    }
    // at the limit the counts are exact: U·K = (2^63 − 1)²
    let max = "9223372036854775807";
    assert_eq!(
        evaluate("cur-query", &["mults", max, max], None).unwrap(),
        "85070591730234615847396907784232501249"
    );
    for bad in [
        vec!["calls", "0", "5"],
        vec!["calls", "5", "9223372036854775808"],
        vec!["flops", "5", "5"],
        vec!["calls", "1.5", "5"],
    ] {
        assert!(evaluate("cur-query", &bad, None).is_err(), "{bad:?}");
    }
}

/// `best_cur` searches every r-row, r-column choice and keeps the first of equal errors: on the
/// zero matrix every choice is exact, and the answer is the first subsets; on the example the
/// rank-2 choice {0, 2} × {0, 1} reproduces S (CUR-07) and no rank-1 choice does.
#[test]
fn best_cur_takes_the_first_of_equal_errors() {
    use claimcheck::articles::cur::{best_cur, example};
    let zero = Matrix::zeros(3, 4);
    assert_eq!(best_cur(&zero, 1), (q(0, 1), vec![0], vec![0]));
    assert_eq!(best_cur(&zero, 2), (q(0, 1), vec![0, 1], vec![0, 1]));
    let s = example();
    let (e2, rows, cols) = best_cur(&s, 2);
    assert!(e2.is_zero());
    assert_eq!(error(&s, &cur_approximation(&s, &rows, &cols)), e2);
    let (e1, _, _) = best_cur(&s, 1);
    assert!(e1.is_positive());
    // r larger than the matrix: no choice, the error of predicting 0
    assert_eq!(best_cur(&s, 4), (s.frobenius_squared(), vec![], vec![]));
}

/// `eckart_young_tails` on S = (1 2): SᵀS has eigenvalues 0 and 5 = tr SᵀS (the top one on
/// the end of the isolating interval), so the tails are 5, 0 and 0, each in its bracket.
#[test]
fn eckart_young_tails_bracket_a_rank_one_spectrum() {
    use claimcheck::articles::cur::eckart_young_tails;
    let s = Matrix::from_ints(&[&[1, 2]]);
    let width = q(1, 1 << 20);
    let tails = eckart_young_tails(&s, &width).unwrap();
    assert_eq!(tails.len(), 3);
    for ((lo, hi), exact) in tails.iter().zip([q(5, 1), q(0, 1), q(0, 1)]) {
        assert!(*lo < exact || (lo.is_zero() && exact.is_zero() && hi.is_zero()));
        assert!(exact <= *hi, "{exact} in ({lo}, {hi}]");
        assert!(hi - lo <= &width * q(2, 1));
    }
    assert_eq!(tails[2], (q(0, 1), q(0, 1)));
}

/// The Nyström residual is S − CUR: zero when U is everything (S S⁺ S = S) and S itself when
/// S[U, U] = 0 kills the approximation.
#[test]
fn nystrom_residual_is_s_minus_the_approximation() {
    let s = Matrix::from_ints(&[&[2, 1, 0], &[1, 2, 0], &[0, 0, 0]]);
    assert!(nystrom_residual(&s, &[0, 1, 2]).is_zero());
    assert_eq!(nystrom_residual(&s, &[2]), s);
    assert_eq!(
        nystrom_residual(&s, &[0]),
        &s - &cur_approximation(&s, &[0], &[0])
    );
}

/// `random_low_rank(ρ)` has rank at most ρ and, over a few seeds, exactly ρ.
#[test]
fn random_low_rank_has_the_rank_asked_for() {
    use claimcheck::articles::cur::random_low_rank;
    let mut g = claimcheck::exact::montecarlo::rng(3);
    for rho in 1..=3 {
        let ranks: Vec<usize> = (0..20)
            .map(|_| random_low_rank(&mut g, 5, 6, rho).rank())
            .collect();
        assert!(ranks.iter().all(|&r| r <= rho), "{ranks:?}");
        assert!(ranks.contains(&rho), "ρ = {rho}: {ranks:?}");
    }
}
