//! The exact algebra of `src/exact/`: `matrix` (products, RREF, rank, inverse, pseudo-inverse,
//! characteristic polynomial), `law` (finite probability laws) and `series` (truncated power
//! series), each against an independent route on random inputs: the Leibniz determinant, the
//! Moore–Penrose conditions, moments summed by hand, the product rule, and so on.

use claimcheck::exact::law::{Joint, Law, dot};
use claimcheck::exact::matrix::Matrix;
use claimcheck::exact::rational::q;
use claimcheck::exact::series::Series;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};
use proptest::prelude::*;

/// A `rows × cols` matrix of small integers, often singular (entries in −3..=3).
fn matrix(rows: usize, cols: usize) -> impl Strategy<Value = Matrix> {
    proptest::collection::vec(-3i64..=3, rows * cols)
        .prop_map(move |v| Matrix::from_fn(rows, cols, |i, j| q(v[i * cols + j], 1)))
}

/// A square matrix of size 1..=4.
fn square() -> impl Strategy<Value = Matrix> {
    (1usize..=4).prop_flat_map(|n| matrix(n, n))
}

/// The determinant by Leibniz's formula (sum over permutations), independent of elimination.
fn leibniz(m: &Matrix) -> BigRational {
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![vec![]];
        }
        let mut out = Vec::new();
        for p in permutations(n - 1) {
            for at in 0..=p.len() {
                let mut r = p.clone();
                r.insert(at, n - 1);
                out.push(r);
            }
        }
        out
    }
    let n = m.rows();
    permutations(n)
        .into_iter()
        .map(|p| {
            let inversions = (0..n)
                .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
                .filter(|&(i, j)| p[i] > p[j])
                .count();
            let product: BigRational = (0..n).map(|i| m.get(i, p[i]).clone()).product();
            if inversions % 2 == 0 {
                product
            } else {
                -product
            }
        })
        .sum()
}

/// Entry-by-entry product, written out (the test's own route).
fn product_by_hand(a: &Matrix, b: &Matrix) -> Matrix {
    Matrix::from_fn(a.rows(), b.cols(), |i, j| {
        let mut s = BigRational::zero();
        for k in 0..a.cols() {
            s += a.get(i, k) * b.get(k, j);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Shapes, entries, products and transposes: (AB)ᵀ = BᵀAᵀ, AI = A, Av = A·[v], tr, ‖·‖_F.
    #[test]
    fn matrix_products_and_shapes(
        (a, b) in (1usize..=4, 1usize..=4, 1usize..=4).prop_flat_map(|(r, k, c)| (matrix(r, k), matrix(k, c))),
        s in -5i64..=5,
    ) {
        let ab = &a * &b;
        prop_assert_eq!((ab.rows(), ab.cols()), (a.rows(), b.cols()));
        prop_assert_eq!(&ab, &product_by_hand(&a, &b));
        prop_assert_eq!(ab.transpose(), &b.transpose() * &a.transpose());
        prop_assert_eq!(&(&a * &Matrix::identity(a.cols())), &a);
        prop_assert_eq!(&(&Matrix::identity(a.rows()) * &a), &a);
        let t = a.transpose();
        let scaled = a.scale(&q(s, 1));
        prop_assert!(t.rows() == a.cols() && t.cols() == a.rows());
        for i in 0..a.rows() {
            for j in 0..a.cols() {
                prop_assert_eq!(t.get(j, i), a.get(i, j));
                prop_assert_eq!(scaled.get(i, j), &(a.get(i, j) * q(s, 1)));
            }
        }
        // M v as the product with a one-column matrix
        let v: Vec<BigRational> = (0..a.cols()).map(|j| q(j as i64 * 2 - 1, 3)).collect();
        let column = Matrix::from_fn(a.cols(), 1, |i, _| v[i].clone());
        let mv = &a * &column;
        prop_assert_eq!(a.apply(&v), (0..a.rows()).map(|i| mv.get(i, 0).clone()).collect::<Vec<_>>());
        // ‖A‖_F² = tr(AᵀA), and tr by hand
        prop_assert_eq!(a.frobenius_squared(), (&a.transpose() * &a).trace());
        let diagonal: BigRational = (0..a.rows().min(a.cols())).map(|i| a.get(i, i).clone()).sum();
        prop_assert_eq!(a.trace(), diagonal);
        // sums, differences, zero
        prop_assert!((&a - &a).is_zero() && Matrix::zeros(a.rows(), a.cols()).is_zero());
        prop_assert_eq!(a.is_zero(), (0..a.rows()).all(|i| (0..a.cols()).all(|j| a.get(i, j).is_zero())));
        prop_assert_eq!(&(&(&a + &a) - &a), &a);
        // select every row and column in reverse order, twice, gives A back
        let rows: Vec<usize> = (0..a.rows()).rev().collect();
        let cols: Vec<usize> = (0..a.cols()).rev().collect();
        prop_assert_eq!(&a.select(&rows, &cols).select(&rows, &cols), &a);
    }

    /// Elimination against Leibniz: A is invertible ⇔ det A ≠ 0 ⇔ rank A = n; A·A⁻¹ = A⁻¹·A = I;
    /// the characteristic polynomial has c₀ = (−1)ⁿ det A, c_{n−1} = −tr A and, by
    /// Cayley–Hamilton, annihilates A.
    #[test]
    fn matrix_inverse_rank_and_determinant(a in square()) {
        let n = a.rows();
        let det = leibniz(&a);
        let inverse = a.inverse();
        prop_assert_eq!(inverse.is_some(), !det.is_zero());
        prop_assert_eq!(a.rank() == n, !det.is_zero());
        if let Some(inv) = &inverse {
            prop_assert_eq!(&a * inv, Matrix::identity(n));
            prop_assert_eq!(inv * &a, Matrix::identity(n));
        }
        let c = a.characteristic_polynomial();
        prop_assert_eq!(c.len(), n + 1);
        prop_assert!(c[n].is_one());
        let sign = if n % 2 == 0 { q(1, 1) } else { q(-1, 1) };
        prop_assert_eq!(&c[0], &(sign * &det));
        prop_assert_eq!(&c[n - 1], &(-a.trace()));
        let mut power = Matrix::identity(n);
        let mut total = Matrix::zeros(n, n);
        for ck in &c {
            total = &total + &power.scale(ck);
            power = &power * &a;
        }
        prop_assert!(total.is_zero(), "Cayley–Hamilton");
    }

    /// The RREF is reduced (each pivot 1 and alone in its column, pivots strictly to the right,
    /// zero rows last) and spans the same rows: stacking it under A does not raise the rank.
    /// The pseudo-inverse meets the four Moore–Penrose conditions.
    #[test]
    fn matrix_rref_and_pseudo_inverse(
        a in (1usize..=4, 1usize..=5).prop_flat_map(|(r, c)| matrix(r, c)),
    ) {
        let (r, pivots) = a.rref();
        prop_assert_eq!(pivots.len(), a.rank());
        prop_assert!(pivots.windows(2).all(|w| w[0] < w[1]));
        for (row, &col) in pivots.iter().enumerate() {
            for i in 0..r.rows() {
                prop_assert_eq!(r.get(i, col), &if i == row { q(1, 1) } else { q(0, 1) });
            }
            // nothing left of the pivot in its row
            prop_assert!((0..col).all(|j| r.get(row, j).is_zero()));
        }
        for i in pivots.len()..r.rows() {
            prop_assert!((0..r.cols()).all(|j| r.get(i, j).is_zero()), "zero rows last");
        }
        let stacked = Matrix::from_fn(2 * a.rows(), a.cols(), |i, j| {
            if i < a.rows() { a.get(i, j).clone() } else { r.get(i - a.rows(), j).clone() }
        });
        prop_assert_eq!(stacked.rank(), a.rank());
        let g = a.pseudo_inverse();
        prop_assert_eq!((g.rows(), g.cols()), (a.cols(), a.rows()));
        prop_assert_eq!(&(&(&a * &g) * &a), &a);
        prop_assert_eq!(&(&(&g * &a) * &g), &g);
        prop_assert_eq!((&a * &g).transpose(), &a * &g);
        prop_assert_eq!((&g * &a).transpose(), &g * &a);
    }
}

#[test]
fn matrix_known_values() {
    // the classic unimodular example and its inverse (the adjugate, det = 1)
    let m = Matrix::from_ints(&[&[1, 2, 3], &[0, 1, 4], &[5, 6, 0]]);
    assert_eq!(leibniz(&m), q(1, 1));
    let inverse = Matrix::from_ints(&[&[-24, 18, 5], &[20, -15, -4], &[-5, 4, 1]]);
    assert_eq!(m.inverse(), Some(inverse));
    assert_eq!(
        m.characteristic_polynomial(),
        // λ³ − 2λ² − 38λ − 1: −tr, the principal 2×2 minors 1 − 15 − 24, −det
        vec![q(-1, 1), q(-38, 1), q(-2, 1), q(1, 1)]
    );
    assert_eq!(Matrix::zeros(0, 3).rank(), 0);
    assert_eq!(
        Matrix::from_ints(&[&[0, 0], &[0, 0]]).pseudo_inverse(),
        Matrix::zeros(2, 2)
    );
    assert_eq!(Matrix::from_ints(&[&[1, 2, 3]]).inverse(), None);
    // a rank-one matrix's pseudo-inverse: (u vᵀ)⁺ = v uᵀ/(|u|²|v|²)
    let uv = Matrix::from_ints(&[&[1, 2], &[2, 4]]);
    assert_eq!(uv.pseudo_inverse(), uv.scale(&q(1, 25)));
}

/// A random law: up to five atoms in −4..=4 with positive integer weights (normalised).
fn law() -> impl Strategy<Value = Law> {
    proptest::collection::vec((-4i64..=4, 1i64..=6), 1..=5).prop_map(|atoms| {
        let total: i64 = atoms.iter().map(|(_, w)| w).sum();
        Law::new(
            atoms
                .into_iter()
                .map(|(x, w)| (q(x, 1), q(w, total)))
                .collect(),
        )
        .expect("weights normalised")
    })
}

/// Σ p·xᵏ over the atoms, by hand.
fn moment_by_hand(l: &Law, k: u32) -> BigRational {
    l.atoms()
        .iter()
        .map(|(x, p)| (0..k).fold(BigRational::one(), |acc, _| acc * x) * p)
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Moments by hand; for independent X, Y: E(X+Y) and Var(X+Y) add, E(XY) = EX·EY; the law of
    /// f(X) has E f(X); Joint laws of i.i.d. coordinates factor.
    #[test]
    fn laws_and_their_moments(x in law(), y in law(), k in 0u32..5, d in 1usize..4) {
        prop_assert_eq!(x.moment(k), moment_by_hand(&x, k));
        prop_assert_eq!(x.mean(), moment_by_hand(&x, 1));
        let m = x.mean();
        prop_assert_eq!(x.variance(), x.expect(|v| (v - &m) * (v - &m)));
        prop_assert!(x.expect(|_| q(1, 1)).is_one(), "total mass 1");
        let sum = x.independent_sum(&y);
        prop_assert!(sum.atoms().iter().map(|(_, p)| p.clone()).sum::<BigRational>().is_one());
        prop_assert_eq!(sum.mean(), x.mean() + y.mean());
        prop_assert_eq!(sum.variance(), x.variance() + y.variance());
        // atoms merged: no value twice
        let values: Vec<&BigRational> = sum.atoms().iter().map(|(v, _)| v).collect();
        prop_assert!(values.iter().enumerate().all(|(i, v)| !values[..i].contains(v)));
        let squared = x.map(|v| v * v);
        prop_assert_eq!(squared.mean(), x.moment(2));
        let pair = Joint::iid(&x, 1).independent(&Joint::iid(&y, 1));
        prop_assert_eq!(pair.len(), x.atoms().len() * y.atoms().len());
        prop_assert_eq!(pair.expect(|v| &v[0] * &v[1]), x.mean() * y.mean());
        prop_assert_eq!(pair.expect(|v| &v[0] + &v[1]), sum.mean());
        let cube = Joint::iid(&x, d);
        prop_assert!(cube.len() == x.atoms().len().pow(d as u32) && !cube.is_empty());
        prop_assert_eq!(cube.expect(|v| v.iter().product()), num_traits::pow(x.mean(), d));
        prop_assert!(cube.expect(|_| q(1, 1)).is_one());
        // E‖v‖² = d·E X², through dot
        prop_assert_eq!(cube.expect(|v| dot(v, v)), x.moment(2) * q(d as i64, 1));
    }
}

#[test]
fn law_constructors_and_dot() {
    assert!(Law::new(vec![]).is_none());
    assert!(Law::new(vec![(q(1, 1), q(1, 1)), (q(2, 1), q(0, 1))]).is_none()); // a zero mass
    assert!(Joint::new(vec![]).is_none());
    let j = Joint::new(vec![
        (vec![q(1, 1), q(2, 1)], q(1, 4)),
        (vec![q(3, 1), q(4, 1)], q(3, 4)),
    ])
    .unwrap();
    assert_eq!(j.expect(|v| dot(v, &[q(1, 1), q(-1, 1)])), q(-1, 1));
    assert_eq!(j.expect(|v| v[0].clone()), q(10, 4));
    assert_eq!(dot(&[q(1, 2), q(1, 3)], &[q(2, 1), q(3, 1)]), q(2, 1));
    assert_eq!(Law::uniform(&[2, 2, 5]).mean(), q(3, 1));
}

/// A series of length 1..=8 with small integer coefficients and c₀ = ±1 (a unit of ℤ).
fn series() -> impl Strategy<Value = Series<BigInt>> {
    (any::<bool>(), proptest::collection::vec(-4i64..=4, 0..8)).prop_map(|(negative, rest)| {
        let mut c = vec![BigInt::from(if negative { -1 } else { 1 })];
        c.extend(rest.into_iter().map(BigInt::from));
        Series::new(c)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// f·f⁻¹ = 1, (fg)′ = f′g + fg′, fᵏ = f·…·f, (1 − xʳ)·geometric(r) = 1, and the coefficient
    /// ring round trip ℤ → ℚ → ℤ.
    #[test]
    fn series_identities(f in series(), g in series(), k in 0u32..4, r in 1usize..4, s in -3i64..=3) {
        let n = f.len().min(g.len());
        let (f, g) = (f.truncate(n), g.truncate(n));
        let inv = f.inverse().expect("c₀ = ±1 is a unit");
        prop_assert_eq!(&f * &inv, Series::one(n));
        let fg = &f * &g;
        prop_assert_eq!(fg.len(), n);
        for m in 0..n {
            let by_hand: BigInt = (0..=m).map(|i| &f.coeffs()[i] * &g.coeffs()[m - i]).sum();
            prop_assert_eq!(fg.coeff(m), Some(&by_hand));
        }
        prop_assert_eq!(fg.derivative(), &(&f.derivative() * &g) + &(&f * &g.derivative()));
        prop_assert_eq!(f.derivative().len(), n - 1);
        let power = (0..k).fold(Series::one(n), |acc, _| &acc * &f);
        prop_assert_eq!(f.pow(k), power);
        let mut c = vec![BigInt::from(1)];
        c.resize(r, BigInt::from(0));
        c.push(BigInt::from(-1));
        let one_minus_xr = Series::polynomial(n, &c);
        prop_assert_eq!(&one_minus_xr * &Series::geometric(n, r), Series::one(n));
        prop_assert_eq!(f.to_rational().to_integer(), Some(f.clone()));
        prop_assert_eq!(&(&f + &g) - &g, f.clone());
        let scaled = f.scale(&BigInt::from(s));
        prop_assert!((0..n).all(|m| scaled.coeffs()[m] == &f.coeffs()[m] * s));
        prop_assert_eq!(f.coeff(n), None);
        let head = f.clone().truncate(1);
        prop_assert_eq!(head.coeffs(), &f.coeffs()[..1]);
    }
}

#[test]
fn series_known_values_and_edges() {
    // 2 + x is not a unit series over ℤ but is over ℚ: 1/(2 + x) = Σ (−1)ⁿ xⁿ/2ⁿ⁺¹
    let p = Series::polynomial(4, &[2, 1].map(BigInt::from));
    assert!(p.inverse().is_none());
    let inv = p.to_rational().inverse().unwrap();
    assert_eq!(inv.coeffs(), &[q(1, 2), q(-1, 4), q(1, 8), q(-1, 16)]);
    assert!(Series::<BigInt>::new(vec![]).inverse().is_none());
    assert!(Series::<BigInt>::new(vec![]).is_empty());
    assert!(Series::new(vec![q(1, 2)]).to_integer().is_none());
    assert!(std::panic::catch_unwind(|| Series::<BigInt>::geometric(3, 0)).is_err());
}

// --- montecarlo: the float kernels the Monte Carlo runs are built on ---

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// `mat_mul_transposed` is bit for bit `dot` entry by entry, for every shape around its
    /// blocks of eight and four rows and `dot`'s chunks of four (the Monte Carlo snapshots rely
    /// on this), and `dot` is its sum in the documented order: four lane sums over chunks of
    /// four, then the tail.
    #[test]
    fn mat_mul_transposed_is_dot_entry_by_entry(
        a_rows in 0usize..19,
        b_rows in 0usize..4,
        cols in 0usize..14,
        seed in any::<u64>(),
    ) {
        use claimcheck::exact::montecarlo::{dot, mat_mul_transposed, normals, rng};
        let mut g = rng(seed);
        let a = normals(&mut g, a_rows * cols, 1.0);
        let b = normals(&mut g, b_rows * cols, 1.0);
        let mut c = vec![f64::NAN; a_rows * b_rows];
        mat_mul_transposed(&a, a_rows, &b, b_rows, cols, &mut c);
        for i in 0..a_rows {
            for k in 0..b_rows {
                let (x, y) = (&a[i * cols..(i + 1) * cols], &b[k * cols..(k + 1) * cols]);
                let entry = c[i * b_rows + k];
                prop_assert_eq!(entry.to_bits(), dot(x, y).to_bits(), "entry ({}, {})", i, k);
                let mut lanes = [0.0f64; 4];
                let body = cols / 4 * 4;
                for t in 0..body {
                    lanes[t % 4] += x[t] * y[t];
                }
                let tail: f64 = (body..cols).map(|t| x[t] * y[t]).sum();
                let by_hand = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + tail;
                prop_assert_eq!(entry.to_bits(), by_hand.to_bits(), "entry ({}, {}) by hand", i, k);
            }
        }
    }
}

/// `Matrix::random_ints`: the shape asked for, entries in −k..=k and every one of the 2k + 1
/// values drawn (a generator stuck on one value, or on one sign, would leave the claims that
/// use it checking a single matrix); k = 0 gives the zero matrix.
#[test]
fn random_ints_cover_their_range() {
    let mut g = claimcheck::exact::montecarlo::rng(11);
    for k in [1i64, 3, 5] {
        let m = Matrix::random_ints(&mut g, 12, 12, k);
        assert_eq!((m.rows(), m.cols()), (12, 12));
        let seen: std::collections::BTreeSet<BigInt> = (0..12)
            .flat_map(|i| (0..12).map(move |j| (i, j)))
            .map(|(i, j)| {
                let e = m.get(i, j);
                assert!(e.is_integer(), "{e}");
                e.to_integer()
            })
            .collect();
        let range: std::collections::BTreeSet<BigInt> = (-k..=k).map(BigInt::from).collect();
        assert_eq!(seen, range, "k = {k}");
    }
    assert!(Matrix::random_ints(&mut g, 3, 2, 0).is_zero());
    assert_ne!(
        Matrix::random_ints(&mut g, 3, 3, 3),
        Matrix::random_ints(&mut g, 3, 3, 3)
    );
}
