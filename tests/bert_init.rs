//! BERT's 0.02 and the initialisation article: every claim snapshotted, the two routes to γ(a)
//! compared, exact identities as properties, and the catalogue's plausible wrong versions rejected.

mod common;

use claimcheck::articles::bert_init::post_norm::{QuadSqrt2, unrolled_weights};
use claimcheck::articles::bert_init::{
    adam_spike_ratio_squared, gaussian_moment_bracket, idealised_adam_step_squared,
    truncation_series, truncnorm_fourth_moment, truncnorm_gamma, truncnorm_gamma_bracket,
    truncnorm_gamma_by_erf,
};
use claimcheck::eval::evaluate;
use claimcheck::exact::certify::certify;
use claimcheck::exact::decimal::Decimal;
use claimcheck::exact::interval::{Interval, normal_cdf, normal_pdf};
use claimcheck::exact::law::Law;
use claimcheck::exact::rational::q;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;

snapshot_claims! {
    bert_01 => "BERT-01", bert_02 => "BERT-02", bert_03 => "BERT-03", bert_04 => "BERT-04",
    bert_05 => "BERT-05", bert_06 => "BERT-06", bert_07 => "BERT-07", bert_08 => "BERT-08",
    bert_09 => "BERT-09", bert_10 => "BERT-10", bert_11 => "BERT-11", bert_12 => "BERT-12",
    bert_13 => "BERT-13", bert_14 => "BERT-14", bert_15 => "BERT-15", bert_16 => "BERT-16",
    ref_01 => "REF-01", ref_02 => "REF-02", ref_03 => "REF-03", ref_04 => "REF-04",
    ref_05 => "REF-05", ref_06 => "REF-06", ref_07 => "REF-07", ref_08 => "REF-08",
    ref_09 => "REF-09", ref_10 => "REF-10", ref_11 => "REF-11", ref_12 => "REF-12",
    ref_13 => "REF-13",
}

#[test]
fn reference_values() {
    let two = q(2, 1);
    let g =
        |digits, f: &dyn Fn(u32) -> Result<Interval, _>| certify(digits, f).unwrap().to_string();
    assert_eq!(
        g(38, &|p| truncnorm_gamma(&two, p)),
        "0.77374130354992324717991367367689066997"
    );
    assert_eq!(
        g(38, &|p| truncnorm_gamma(&two, p)?.sqrt()?.powi(-1)),
        "1.1368472343385564719657704312603189847"
    );
    assert_eq!(
        g(20, &|p| truncnorm_gamma(&q(1, 1), p)),
        "0.29112509477279321119"
    );
    assert_eq!(
        g(20, &|p| truncnorm_gamma(&q(3, 1), p)),
        "0.97333692466254147659"
    );
    assert_eq!(
        g(
            21,
            &|p| claimcheck::articles::bert_init::truncnorm_kurtosis(&two, p)
        ),
        "2.36553671712964951165"
    );
    assert_eq!(
        g(20, &|p| normal_pdf(&Interval::from_int(p, 2))),
        "0.053990966513188051951"
    );
}

/// S(a) itself: its first terms by hand at a = 1 (1 + 1/3 + 1/15 + 1/105 + …), its range (None
/// where the erf route takes over) and its domain.
#[test]
fn truncation_series_terms_and_range() {
    let s = truncation_series(&q(1, 1), 200).unwrap().unwrap();
    let head = q(1, 1) + q(1, 3) + q(1, 15) + q(1, 105) + q(1, 945);
    // the rest is 1/10395 + 1/135135 + … ≈ 1.04·10⁻⁴
    assert!(s.lo_rational() > &head + q(1, 10_395) && s.hi_rational() < head + q(105, 1_000_000));
    // S(a) = e^(a²/2)·√(π/2)·erf(a/√2)/a, so 1/S(1) = 1 − γ(1)
    let gamma1 = truncnorm_gamma_by_erf(&q(1, 1), 300).unwrap();
    let one_minus = &Interval::from_int(300, 1) - &gamma1;
    let inverse = Interval::from_int(200, 1).div(&s).unwrap();
    assert!(inverse.lo() <= one_minus.hi() && one_minus.lo() <= inverse.hi());
    assert!(
        truncation_series(&q(9, 1), 64).unwrap().is_none(),
        "a² = 81 > 64"
    );
    assert!(truncation_series(&q(9, 1), 100).unwrap().is_some());
    let huge_denominator = BigRational::new(1.into(), num_bigint::BigInt::from(1) << 70u32);
    assert!(truncation_series(&huge_denominator, 64).unwrap().is_none());
    assert!(truncation_series(&q(0, 1), 64).is_err());
    assert!(truncation_series(&q(-1, 2), 64).is_err());
    // the erf route of m₄ (a² = 81 > 64 bits' range) against the series at 200 bits, and of γ
    for a in [q(9, 1), q(17, 2)] {
        let by_erf = truncnorm_fourth_moment(&a, 64).unwrap();
        let by_series = truncnorm_fourth_moment(&a, 200).unwrap();
        assert!(
            by_erf.lo() <= by_series.hi() && by_series.lo() <= by_erf.hi(),
            "m₄({a})"
        );
        assert!(by_erf.hi_rational() - by_erf.lo_rational() < q(1, 1_000_000_000));
        let g_erf = truncnorm_gamma(&a, 64).unwrap();
        let g_series = truncnorm_gamma(&a, 200).unwrap();
        assert!(
            g_erf.lo() <= g_series.hi() && g_series.lo() <= g_erf.hi(),
            "γ({a})"
        );
    }
    // outside the series' range γ still comes from the erf route
    let far = truncnorm_gamma(&q(40, 1), 64).unwrap();
    assert!(
        far.contains_rational(&far.lo_rational())
            && far.hi_rational() <= q(1, 1)
            && far.lo_rational() > q(99, 100)
    );
}

/// 3000 certified digits of γ(2) by the series and by MPFR's erf agree (the precision where the
/// series replaces erf for speed).
#[test]
fn gamma_routes_agree_at_3000_digits() {
    let two = q(2, 1);
    let series = certify(3000, |p| truncnorm_gamma(&two, p)).unwrap();
    let erf = certify(3000, |p| truncnorm_gamma_by_erf(&two, p)).unwrap();
    assert_eq!(series, erf);
    assert!(
        series
            .to_string()
            .starts_with("0.77374130354992324717991367367689066997")
    );
}

// The two routes to γ(a): MPFR's erf and exp under directed rounding, and the pure rational
// alternating-series bracket, must overlap for every rational a in (0, 6].
/// From one term at a = 6 the moments' first brackets straddle zero (their partial sums are
/// of order 10⁶ around integrals of order 1), so the quotient doubles the terms until both are
/// positive — and still meets the MPFR route.
#[test]
fn gamma_bracket_adds_terms_until_it_is_positive() {
    let a = q(6, 1);
    assert!(!gaussian_moment_bracket(&a, 0, 1).0.is_positive());
    let (lo, hi) = truncnorm_gamma_bracket(&a, 1);
    let mpfr = truncnorm_gamma(&a, 200).unwrap();
    assert!(lo.is_positive() && lo < hi);
    assert!(mpfr.lo_rational() <= hi && lo <= mpfr.hi_rational());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn gamma_routes_agree(num in 1i64..=600, den in 1i64..=100) {
        let a = q(num, den);
        prop_assume!(a <= q(6, 1));
        let (lo, hi) = truncnorm_gamma_bracket(&a, 30);
        let mpfr = truncnorm_gamma(&a, 200).unwrap();
        prop_assert!(mpfr.lo_rational() <= hi && lo <= mpfr.hi_rational(), "a = {a}");
        prop_assert!(lo < hi);
        // 0 < γ(a) < min(1, a²/3)
        prop_assert!(mpfr.is_positive() && mpfr.hi_rational() < BigRational::one().min(&a * &a / q(3, 1)));
    }

    /// The series route (1 − 1/S(a), no transcendental function) against MPFR's erf at a higher
    /// precision: the erf value lies in the series enclosure, which is as tight as its
    /// precision promises; the same for the fourth moment 3 − (3 + a²)/S(a).
    #[test]
    fn gamma_series_against_erf(num in 1i64..=800, den in 1i64..=100, prec in 32u32..=1500) {
        let a = q(num, den);
        prop_assume!(&a * &a <= BigRational::from_integer(prec.max(64).into()));
        let series = truncnorm_gamma(&a, prec).unwrap();
        let erf = truncnorm_gamma_by_erf(&a, prec + 200).unwrap();
        prop_assert!(series.lo() <= erf.lo() && erf.hi() <= series.hi(), "a = {a}, prec = {prec}");
        let width = series.hi_rational() - series.lo_rational();
        prop_assert!(width * BigRational::from_integer(num_bigint::BigInt::from(1) << (prec - 4)) < BigRational::one());
        let m4 = truncnorm_fourth_moment(&a, prec).unwrap();
        let m4_erf = {
            let ratio = (BigRational::one() - erf.lo_rational()) / q(2, 1) / &a;
            q(3, 1) - (q(6, 1) * &a + q(2, 1) * &a * &a * &a) * ratio
        };
        let slack = BigRational::new(1.into(), num_bigint::BigInt::from(1) << (prec - 16));
        prop_assert!(m4.lo_rational() - &slack <= m4_erf && m4_erf <= m4.hi_rational() + &slack, "m₄ at a = {a}");
    }

    /// `eval truncnorm-gamma` digits against the rational bracket, for random rational A.
    #[test]
    fn eval_truncnorm_gamma_digits(num in 1i64..=400, den in 1i64..=100, digits in 1u32..=25) {
        let a = q(num, den);
        prop_assume!(a <= q(4, 1));
        let printed = evaluate("truncnorm-gamma", &[&format!("{num}/{den}")], Some(digits)).unwrap();
        let (lo, hi) = truncnorm_gamma_bracket(&a, 60);
        let (dl, dh) = (Decimal::round(&lo, digits).unwrap(), Decimal::round(&hi, digits).unwrap());
        if dl == dh {
            prop_assert_eq!(printed, dl.to_string());
        }
    }

    /// Idealised Adam: u²(cg) = u²(g) and u² ≤ 1, with equality iff the active gradients agree.
    #[test]
    fn idealised_adam_is_scale_free(
        w in proptest::collection::vec(0i64..10, 1..8),
        g in proptest::collection::vec(-50i64..50, 8),
        c_num in -1000i64..1000, c_den in 1i64..1000,
    ) {
        prop_assume!(c_num != 0 && w.iter().any(|&x| x > 0));
        let total: i64 = w.iter().sum();
        let weights: Vec<BigRational> = w.iter().map(|&x| q(x, total)).collect();
        let grads: Vec<BigRational> = g.iter().take(w.len()).map(|&x| q(x, 1)).collect();
        let c = q(c_num, c_den);
        let scaled: Vec<BigRational> = grads.iter().map(|x| x * &c).collect();
        let u = idealised_adam_step_squared(&weights, &grads);
        prop_assert_eq!(&u, &idealised_adam_step_squared(&weights, &scaled));
        if let Some(u) = u {
            prop_assert!(u <= BigRational::one());
            let active: Vec<&BigRational> = weights.iter().zip(&grads).filter(|(w, _)| !w.is_zero()).map(|(_, g)| g).collect();
            prop_assert_eq!(u == BigRational::one(), active.windows(2).all(|p| p[0] == p[1]));
        }
    }

    /// Variances add for independent laws (BERT-01), over random finite rational laws.
    #[test]
    fn variances_add(
        xs in proptest::collection::vec((-20i64..=20, 1i64..=10, 1i64..=5), 1..5),
        ys in proptest::collection::vec((-20i64..=20, 1i64..=10, 1i64..=5), 1..5),
    ) {
        let law = |atoms: &[(i64, i64, i64)]| {
            let total: i64 = atoms.iter().map(|a| a.2).sum();
            Law::new(atoms.iter().map(|&(n, d, w)| (q(n, d), q(w, total))).collect()).unwrap()
        };
        let (x, y) = (law(&xs), law(&ys));
        prop_assert_eq!(x.independent_sum(&y).variance(), x.variance() + y.variance());
    }

    /// (1+σ²)^(−l) + σ²Σ_{j≤l}(1+σ²)^(−j) = 1 for rational σ² ∈ (0, 4] and l ≤ 64 (BERT-11).
    #[test]
    fn post_norm_squared_weights(num in 1i64..=400, den in 1i64..=100, l in 0usize..=64) {
        let sigma2 = q(num, den);
        prop_assume!(sigma2 <= q(4, 1));
        let r = BigRational::one() / (BigRational::one() + &sigma2);
        let tail: BigRational = (1..=l).map(|j| num_traits::pow(r.clone(), j)).sum();
        prop_assert_eq!(num_traits::pow(r, l) + sigma2 * tail, BigRational::one());
    }
}

#[test]
fn unrolled_weights_square_to_one() {
    for (l, w) in unrolled_weights(60).iter().enumerate() {
        let total: BigRational = w.iter().map(|c| c.rational_square().unwrap()).sum();
        assert_eq!(total, BigRational::one(), "l = {l}");
    }
    let s = QuadSqrt2::inv_sqrt2();
    assert_eq!((&s * &s).a, q(1, 2));
}

/// ℚ(√2) arithmetic on elements with both parts (the unrolled weights only ever multiply a
/// rational by 1/√2, where a·e + b·c has one product zero): (1 + √2)² = 3 + 2√2,
/// (2 − 3√2)(1/2 + √2/5) = (1 − 6/5) + (2/5 − 3/2)√2, and (a + b√2) + (c + e√2) by parts.
#[test]
fn quadratic_field_arithmetic() {
    let x = |a: BigRational, b: BigRational| QuadSqrt2 { a, b };
    let one_plus = x(q(1, 1), q(1, 1));
    let square = &one_plus * &one_plus;
    assert_eq!((square.a, square.b), (q(3, 1), q(2, 1)));
    let product = &x(q(2, 1), q(-3, 1)) * &x(q(1, 2), q(1, 5));
    assert_eq!((product.a, product.b), (q(-1, 5), q(-11, 10)));
    let sum = &x(q(2, 1), q(-3, 1)) + &x(q(1, 2), q(1, 5));
    assert_eq!((sum.a, sum.b), (q(5, 2), q(-14, 5)));
    assert_eq!(one_plus.rational_square(), None);
    assert_eq!(x(q(0, 1), q(3, 1)).rational_square(), Some(q(18, 1)));
}

/// The catalogue's plausible wrong versions, each shown to disagree with the truth.
#[test]
fn wrong_truncated_variance_formula_is_negative() {
    // [φ(a) − φ(−a) − 2a(Φ(a) − Φ(−a))]/(Φ(a) − Φ(−a)) = −2a: the φ terms cancel.
    let p = 128;
    for a in [1i64, 2, 3] {
        let x = Interval::from_int(p, a);
        let (phi, phi_neg) = (normal_pdf(&x).unwrap(), normal_pdf(&-&x).unwrap());
        let mass = &normal_cdf(&x).unwrap() - &normal_cdf(&-&x).unwrap();
        let wrong = (&(&phi - &phi_neg) - &(&mass * &Interval::from_int(p, 2 * a)))
            .div(&mass)
            .unwrap();
        assert!(wrong.contains_rational(&q(-2 * a, 1)) && wrong.is_negative());
        assert!(truncnorm_gamma(&q(a, 1), p).unwrap().is_positive());
    }
}

#[test]
fn wrong_per_layer_factors_are_rejected() {
    // (1+σ²)^(−6) for σ = 0.02 / 0.0361 / 0.05 is 0.997603 / 0.992216 / 0.985130, not 0.996 / 0.978 / 0.948.
    for (sigma, right, wrong) in [
        (q(2, 100), "0.997603", "0.996"),
        (q(361, 10000), "0.992216", "0.978"),
        (q(5, 100), "0.985130", "0.948"),
    ] {
        let value = certify(6, |p| {
            (&Interval::from_int(p, 1) + &Interval::from_rational(p, &(&sigma * &sigma))).powi(-6)
        })
        .unwrap();
        assert_eq!(value.to_string(), right);
        assert_ne!(
            certify(3, |p| (&Interval::from_int(p, 1)
                + &Interval::from_rational(p, &(&sigma * &sigma)))
                .powi(-6))
            .unwrap()
            .to_string(),
            wrong
        );
    }
    // Xavier 2/(n_in + n_out) is not LeCun's 1/n_in unless the matrix is square: BERT's s
    // against the two stds for the 768 → 3072 FFN matrix gives different ratios (0.771 vs 0.975)
    let s_over = |var: BigRational| {
        certify(3, move |p| {
            claimcheck::articles::bert_init::bert_actual_std(p)?
                .div(&Interval::from_rational(p, &var).sqrt()?)
        })
        .unwrap()
        .to_string()
    };
    assert_eq!(s_over(q(2, 768 + 3072)), "0.771");
    assert_eq!(s_over(q(1, 3072)), "0.975");
    // Real Adam's |m̂/√v̂| is not bounded by 1: the spike ratio² reaches 10 in the limit.
    let r2 = adam_spike_ratio_squared(&q(9, 10), &q(999, 1000), 10_000);
    assert!(r2 > q(9, 1) && r2 < q(10, 1));
    // Var relu(z) is not ½Var z for N(0,1): ½ − 1/(2π) ≠ ½.
    let var_relu = certify(6, |p| {
        Ok(Interval::pi(p)
            .mul_rational(&q(2, 1))
            .powi(-1)?
            .mul_rational(&q(-1, 1))
            .add_rational(&q(1, 2)))
    })
    .unwrap();
    assert_eq!(var_relu.to_string(), "0.340845");
    // BERT-11: taking the weight std s as the branch std σ gives (1+s²)^(−1/2) ≈ 0.99985, far from
    // the FFN branch's (1 + Var F)^(−1/2) ≈ 0.9646
    let factor = |v: Interval| {
        (&Interval::from_int(v.prec(), 1) + &v)
            .sqrt()
            .unwrap()
            .powi(-1)
            .unwrap()
    };
    let wrong = factor(
        claimcheck::articles::bert_init::bert_actual_std(128)
            .unwrap()
            .square(),
    );
    let right = factor(claimcheck::articles::bert_init::ffn_branch_variance(128).unwrap());
    assert!(wrong.lo_rational() - right.hi_rational() > q(3, 100));
}

#[test]
fn gamma_bracket_matches_catalogue_width() {
    let (lo, hi) = truncnorm_gamma_bracket(&q(2, 1), 41);
    let width = &hi - &lo;
    assert_eq!(Decimal::round(&width, 2).unwrap().to_string(), "1.3e-37");
    assert!(lo.is_positive());
}

/// Past the old eval limit (A ≤ 40): γ(A) stays a valid enclosure strictly below 1, its deficit
/// 1 − γ(A) = 2Aφ(A)/erf(A/√2) matches e^(−A²/2)·2A/√(2π) to 10 digits at A = 100, and where
/// e^(−A²/2) underflows MPFR's exponents the enclosure still contains the true value (≤ 1).
#[test]
fn truncnorm_gamma_for_large_a() {
    use claimcheck::articles::bert_init::truncnorm_gamma;
    use claimcheck::exact::certify::certify;
    let a = q(100, 1);
    let g = truncnorm_gamma(&a, 16_000).unwrap();
    assert!(g.hi_rational() < BigRational::one());
    let deficit = certify(10, |p| {
        Ok(truncnorm_gamma(&a, p)?
            .mul_rational(&q(-1, 1))
            .add_rational(&q(1, 1)))
    })
    .unwrap();
    let direct = certify(10, |p| {
        let e = Interval::from_int(p, -5000).exp()?;
        e.mul_rational(&q(200, 1))
            .div(&Interval::pi(p).mul_rational(&q(2, 1)).sqrt()?)
    })
    .unwrap();
    assert_eq!(deficit, direct);
    let huge = truncnorm_gamma(&q(10i64.pow(9), 1), 256).unwrap();
    assert!(huge.hi_rational() <= BigRational::one() && huge.lo_rational() > q(0, 1));
}

/// The recurrences of `integrand_on_grid` (no exponential per point) enclose φ(z)·sigmoid(z)²
/// at every grid point, evaluated directly at twice the precision, and stay narrow (relative
/// width below 2⁻⁹⁰ at 128 bits).
#[test]
fn sigmoid_integrand_grid_encloses_the_direct_values() {
    use claimcheck::articles::bert_init::quadrature::{integrand, integrand_on_grid};
    // (the last: REF-05's own grid, whose far end is the widest; its last points are checked)
    for (a, m, n) in [
        (-12i64, 10i64, 240i64),
        (-3, 7, 50),
        (2, 1000, 3),
        (-12, 1000, 24_000),
    ] {
        let grid = integrand_on_grid(128, a, m, n).unwrap();
        assert_eq!(grid.len() as i64, n + 1);
        let skip = grid.len().saturating_sub(300);
        for (i, f) in grid.iter().enumerate().skip(skip) {
            let z = q(a * m + i as i64, m);
            let direct = integrand(&Interval::from_rational(256, &z)).unwrap();
            assert!(f.contains(direct.lo()), "z = {z}: {f:?} misses {direct:?}");
            let bound = rug::Float::with_val(256, direct.hi()) >> 90u32;
            assert!(f.width() < bound, "z = {z}: width {} ≥ {bound}", f.width());
        }
    }
}
