//! Scaling laws from quanta: every claim snapshotted, the Zipf tail by two routes, the integral
//! and Euler–Maclaurin brackets as properties, `eval zipf-tail` against exact rationals, and the
//! catalogue's plausible wrong versions.

mod common;

use claimcheck::articles::scaling_law::{
    bernoulli_even, euler_maclaurin_partials, harmonic_exact, zeta3_apery_bracket, zipf_tail,
    zipf_tail_by_zeta,
};
use claimcheck::eval::evaluate;
use claimcheck::exact::certify::certify;
use claimcheck::exact::decimal::Decimal;
use claimcheck::exact::interval::{Interval, overlap};
use claimcheck::exact::rational::q;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Zero};
use proptest::prelude::*;

snapshot_claims! {
    scal_01 => "SCAL-01", scal_02 => "SCAL-02", scal_03 => "SCAL-03", scal_04 => "SCAL-04",
    scal_05 => "SCAL-05", scal_06 => "SCAL-06", scal_07 => "SCAL-07", scal_08 => "SCAL-08",
    scal_09 => "SCAL-09", scal_10 => "SCAL-10", scal_11 => "SCAL-11", scal_12 => "SCAL-12",
    scal_13 => "SCAL-13", scal_p1 => "SCAL-P1", scal_p2 => "SCAL-P2", scal_p3 => "SCAL-P3",
    scal_p4 => "SCAL-P4", scal_p5 => "SCAL-P5",
}

/// Bernoulli numbers by the tangent numbers against the classical recurrence
/// Σ_{j<m} C(m+1, j)B_j = −(m+1)B_m, and known values.
#[test]
fn bernoulli_numbers_two_routes() {
    let mut b = vec![BigRational::one()];
    for m in 1..=60usize {
        let mut acc = BigRational::zero();
        let mut binom = BigInt::one();
        for (j, bj) in b.iter().enumerate() {
            acc += BigRational::from_integer(binom.clone()) * bj;
            binom = binom * (m + 1 - j) / (j + 1);
        }
        b.push(-acc / BigRational::from_integer(BigInt::from(m + 1)));
    }
    let tangent = bernoulli_even(30);
    for k in 1..=30 {
        assert_eq!(tangent[k - 1], b[2 * k], "B_{}", 2 * k);
    }
    assert_eq!(tangent[0], q(1, 6));
    assert_eq!(tangent[5], q(-691, 2730)); // B₁₂
}

#[test]
fn zeta_three_by_apery_against_mpfr() {
    let (lo, hi) = zeta3_apery_bracket(60);
    let z = Interval::from_int(256, 3).zeta().unwrap();
    assert!(lo <= z.hi_rational() && z.lo_rational() <= hi);
    assert_eq!(Decimal::round(&lo, 30), Decimal::round(&hi, 30));
    assert_eq!(
        Decimal::round(&lo, 13).unwrap().to_string(),
        "1.202056903160"
    );
}

/// `eval zipf-tail 2 N` against π²/6 − H_N (exact rational H_N, certified π), and
/// `eval zipf-tail 3 N` against the Apéry bracket minus H_N.
#[test]
fn eval_zipf_tail_against_exact_rationals() {
    for n in [0u64, 1, 7, 100, 1000] {
        let h2 = harmonic_exact(2, n);
        let printed = evaluate("zipf-tail", &["2", &n.to_string()], Some(25)).unwrap();
        let expected = certify(25, |p| {
            Ok(Interval::pi(p)
                .square()
                .mul_rational(&q(1, 6))
                .add_rational(&-h2.clone()))
        })
        .unwrap();
        assert_eq!(printed, expected.to_string(), "s = 2, n = {n}");
        let (lo, hi) = zeta3_apery_bracket(80);
        let h3 = harmonic_exact(3, n);
        let (dl, dh) = (
            Decimal::round(&(&lo - &h3), 20).unwrap(),
            Decimal::round(&(&hi - &h3), 20).unwrap(),
        );
        assert_eq!(dl, dh);
        assert_eq!(
            evaluate("zipf-tail", &["3", &n.to_string()], Some(20)).unwrap(),
            dl.to_string(),
            "s = 3, n = {n}"
        );
    }
}

/// The exponent limit lives in the library (eval only reports it); N has no limit: at
/// N = 10^30 the tail is 2/√N to 20 digits (the next Euler–Maclaurin term is −N^(−3/2)/2).
#[test]
fn zipf_tail_limits_are_the_library_s() {
    use claimcheck::articles::scaling_law::ZIPF_TAIL_MAX_S;
    let max = BigRational::from_integer(ZIPF_TAIL_MAX_S.into());
    assert!(zipf_tail(&max, &BigUint::from(5u32), 64).is_ok());
    let beyond = &max + q(1, 1_000_000);
    assert!(zipf_tail(&beyond, &BigUint::from(5u32), 64).is_err());
    assert!(zipf_tail(&BigRational::one(), &BigUint::from(5u32), 64).is_err());
    assert_eq!(
        evaluate("zipf-tail", &["3/2", "10^30"], None).unwrap(),
        "2.0000000000000000000e-15"
    );
    let help = (claimcheck::eval::lookup("zipf-tail").unwrap().limits)();
    assert!(help.contains(&format!("S ≤ {ZIPF_TAIL_MAX_S}")), "{help}");
}

#[test]
fn plausible_wrong_versions_are_rejected() {
    let r = |g: BigRational| {
        certify(8, move |p| {
            let t = zipf_tail(&(&g + BigRational::one()), &BigUint::from(100u32), p)?;
            Interval::from_int(p, 100)
                .pow(&Interval::from_rational(p, &-g.clone()))?
                .div(&t.mul_rational(&g))
                .map(|x| x.add_rational(&q(-1, 1)))
        })
        .unwrap()
        .to_rational()
    };
    // "n ≥ 100 ⇒ within 1 % for every γ" fails above γ ≈ 1.990115
    assert!(r(q(2, 1)) > q(1, 100));
    assert!(r(q(199, 100)) < q(1, 100));
    // the tail starts after n: zipf_tail(s, n) = ζ(s) − H_n, not the off-by-one ζ(s) − H_(n−1)
    for n in 1..=20u64 {
        let p = 192;
        let tail = zipf_tail(&q(2, 1), &BigUint::from(n), p).unwrap();
        let zeta = Interval::from_int(p, 2).zeta().unwrap();
        let right = &zeta - &Interval::from_rational(p, &harmonic_exact(2, n));
        let off_by_one = &zeta - &Interval::from_rational(p, &harmonic_exact(2, n - 1));
        assert!(overlap(&tail, &right), "n = {n}");
        assert!(!overlap(&tail, &off_by_one), "n = {n}");
    }
    // Kaplan's laws have no constant: N_c^0.076 = 11.4757, D_c^0.095 = 20.1640, C_c^0.050 = 2.6581
    let coefficient = |base: i64, exp10: u32, a: BigRational, digits: u32| {
        certify(digits, move |p| {
            Interval::from_rational(
                p,
                &(q(base, 10) * BigRational::from_integer(BigInt::from(10).pow(exp10))),
            )
            .pow(&Interval::from_rational(p, &a))
        })
        .unwrap()
        .to_string()
    };
    assert_eq!(coefficient(88, 13, q(76, 1000), 6), "11.4757");
    assert_eq!(coefficient(54, 13, q(95, 1000), 6), "20.1640");
    assert_eq!(coefficient(31, 8, q(50, 1000), 5), "2.6581");
}

/// 500 certified digits of ζ(3/2, 11) and ζ(2) by Euler–Maclaurin (tangent-number Bernoulli
/// numbers, the root route to k^(−3/2), lowered precision for small terms) and by MPFR's ζ minus
/// the direct sum.
#[test]
fn zipf_tail_two_routes_at_500_digits() {
    for (s, n) in [(q(3, 2), 10u64), (q(2, 1), 0), (q(7, 3), 3)] {
        let a = certify(500, |p| zipf_tail(&s, &BigUint::from(n), p)).unwrap();
        let b = certify(500, |p| zipf_tail_by_zeta(&s, n, p)).unwrap();
        assert_eq!(a, b, "s = {s}, n = {n}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The two routes to T(n): Euler–Maclaurin at a shifted point and ζ(s) − H_n (MPFR ζ).
    #[test]
    fn zipf_tail_two_routes(p in 1i64..=800, qd in 1i64..=100, n in 0u64..=200) {
        let gamma = q(p, qd);
        prop_assume!(gamma <= q(8, 1));
        let s = &gamma + BigRational::one();
        let a = zipf_tail(&s, &BigUint::from(n), 160).unwrap();
        let b = zipf_tail_by_zeta(&s, n, 160).unwrap();
        prop_assert!(overlap(&a, &b));
    }

    /// T(n) = Σ_{n<k≤n+d} k^(−s) + T(n+d) for large n (where no ζ route reaches): the expansion
    /// at two different points, with terms taken at lowered precision, agrees with itself, at
    /// precisions up to 2000 bits and for exponents s = a/b with small b (the root route to
    /// k^(−s)) and others (MPFR's power).
    #[test]
    fn zipf_tail_shift_consistency(a in 11i64..=90, b in 1i64..=12, n in 1_000u64..=10_000_000_000, d in 1u64..=40, prec in 64u32..=2000) {
        let s = q(a, b);
        prop_assume!(s > BigRational::one() && s <= q(20, 1));
        let far = zipf_tail(&s, &BigUint::from(n), prec).unwrap();
        let mut near = zipf_tail(&s, &BigUint::from(n + d), prec).unwrap();
        for k in n + 1..=n + d {
            let power = Interval::from_rational(prec + 64, &BigRational::from_integer(k.into()))
                .pow(&Interval::from_rational(prec + 64, &-s.clone()))
                .unwrap();
            near = &near + &power;
        }
        prop_assert!(overlap(&far, &near), "s = {s}, n = {n}, d = {d}, prec = {prec}");
        // as tight as the precision promises
        let width = far.hi_rational() - far.lo_rational();
        prop_assert!(width < far.lo_rational() * BigRational::new(1.into(), BigInt::from(1) << (prec - 8)));
    }

    /// SCAL-04 and SCAL-05: (n+1)^(−γ)/γ < T < n^(−γ)/γ, E₁ < T < E₂, T > E₃.
    #[test]
    fn tail_brackets(p in 1i64..=800, qd in 1i64..=1000, n in 1u64..=2000) {
        let gamma = q(p, qd);
        prop_assume!(gamma <= q(8, 1));
        let s = &gamma + BigRational::one();
        let prec = 192;
        let t = zipf_tail(&s, &BigUint::from(n), prec).unwrap();
        let bound = |m: u64| Interval::from_int(prec, m as i64).pow(&Interval::from_rational(prec, &-gamma.clone())).unwrap().mul_rational(&(BigRational::one() / &gamma));
        prop_assert!(bound(n + 1).hi_rational() < t.lo_rational() && t.hi_rational() < bound(n).lo_rational());
        let e = euler_maclaurin_partials(&s, &BigUint::from(n), 3, prec).unwrap();
        prop_assert!(e[0].hi_rational() < t.lo_rational() && t.hi_rational() < e[1].lo_rational() && e[2].hi_rational() < t.lo_rational());
    }

    /// SCAL-03 on random finite Zipf laws.
    #[test]
    fn loss_decomposition(a in -50i64..50, d in 1i64..50, k_max in 1usize..=300, n_frac in 0usize..=100, s in 2u32..=4) {
        let n = (k_max * n_frac / 100).max(1).min(k_max);
        let (a, b) = (q(a, 7), q(a + d, 7));
        let (lhs, rhs) = claimcheck::articles::scaling_law::finite_zipf_loss(&a, &b, n, k_max, s);
        prop_assert_eq!(lhs, rhs);
    }

    /// SCAL-11: α_D = γ/(γ+1) ∈ (0, 1), below α_N = γ, and γ = α_D/(1 − α_D).
    #[test]
    fn exponent_algebra(p in 1i64..=10_000, qd in 1i64..=100) {
        let g = q(p, qd);
        let ad = &g / (&g + BigRational::one());
        prop_assert!(ad > BigRational::zero() && ad < BigRational::one() && ad < g);
        prop_assert_eq!(&ad / (BigRational::one() - &ad), g);
    }
}

/// `eval quanta-exponent` against the exponents written out independently: α_D = α_S =
/// γ/(γ+1), N* + D* exponents summing to 1, each optimum balancing γx = α_D(1 − x), and
/// γ recovered from α_D.
#[test]
fn eval_quanta_exponents() {
    use claimcheck::articles::scaling_law::Exponents;
    let value = |which: &str, gamma: &str| {
        claimcheck::exact::number::parse_exact(
            &evaluate("quanta-exponent", &[which, gamma], None).unwrap(),
        )
        .unwrap()
    };
    for (num, den) in [
        (1i64, 1i64),
        (34, 100),
        (76, 1000),
        (83, 1000),
        (4, 10),
        (7, 2),
        (1, 1000),
    ] {
        let g = q(num, den);
        let text = format!("{num}/{den}");
        assert_eq!(value("N", &text), g);
        let data = q(num, num + den);
        assert_eq!(value("D", &text), data);
        assert_eq!(value("S", &text), data);
        let x = value("N-opt", &text);
        assert_eq!(&x + value("D-opt", &text), BigRational::one());
        assert_eq!(&g * &x, &data * (BigRational::one() - &x));
        assert_eq!(Exponents::gamma_from_data(&data).unwrap(), g);
    }
    assert_eq!(value("D", "0.34"), q(17, 67));
    for bad in [["D", "0"], ["D", "-1"], ["X", "1"], ["D", "y"]] {
        assert!(evaluate("quanta-exponent", &bad, None).is_err(), "{bad:?}");
    }
    assert!(Exponents::gamma_from_data(&q(1, 1)).is_err());
    assert!(Exponents::gamma_from_data(&q(0, 1)).is_err());
}
