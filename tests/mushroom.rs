//! The mushroom (opening only; the problems are reconstructed): every claim snapshotted, exact
//! optimality properties, and `eval mushroom-phi` digits checked by cubing.

mod common;

use claimcheck::articles::mushroom::{
    cap_cubic, cap_height, circle_first_integral_squared, cubed_ratio_over_9pi, rim_areas_over_pi,
};
use claimcheck::eval::evaluate;
use claimcheck::exact::decimal::Decimal;
use claimcheck::exact::interval::{Interval, overlap};
use claimcheck::exact::rational::q;
use num_rational::BigRational;
use num_traits::{One, Signed};
use proptest::prelude::*;

snapshot_claims! {
    mush_01 => "MUSH-01", mush_02 => "MUSH-02", mush_03 => "MUSH-03",
    mush_04 => "MUSH-04", mush_05 => "MUSH-05", mush_06 => "MUSH-06",
}

/// The ends of λ's domain: λ = 0 is the hemisphere, λ = 1 the sphere, and outside [0, 1] is an
/// error.
#[test]
fn underside_rate_domain_ends() {
    use claimcheck::articles::mushroom::optimal_ratio_with_underside;
    let phi = |l: BigRational| optimal_ratio_with_underside(&l, 128);
    let sphere = Interval::pi(128).mul_rational(&q(36, 1)).cbrt();
    let hemisphere = Interval::pi(128).mul_rational(&q(18, 1)).cbrt();
    let at_one = phi(q(1, 1)).expect("λ = 1 is allowed");
    assert!(
        at_one.lo_rational() <= sphere.hi_rational()
            && sphere.lo_rational() <= at_one.hi_rational()
    );
    let at_zero = phi(q(0, 1)).expect("λ = 0 is allowed");
    assert!(
        at_zero.lo_rational() <= hemisphere.hi_rational()
            && hemisphere.lo_rational() <= at_zero.hi_rational()
    );
    assert!(phi(q(1001, 1000)).is_err());
    assert!(phi(q(-1, 1000)).is_err());
}

/// A segment's t = h/ρ lies in (0, 2]: t = 2 is the whole sphere (Φ³ = 36π), beyond it or at
/// t ≤ 0 there is no segment.
#[test]
fn segment_heights_end_at_the_sphere() {
    use claimcheck::articles::mushroom::{segment_cube_over_pi, segment_ratio};
    assert_eq!(segment_cube_over_pi(&q(2, 1)).unwrap(), q(36, 1));
    for t in [q(0, 1), q(-1, 2), q(2001, 1000), q(3, 1)] {
        assert!(segment_cube_over_pi(&t).is_err(), "t = {t}");
        assert!(segment_ratio(&t, 64).is_err(), "t = {t}");
    }
}

/// The rim areas need a positive radius and a positive volume, each on its own.
#[test]
fn rim_areas_refuse_a_flat_or_empty_rim() {
    for (r, v) in [
        (q(0, 1), q(1, 1)),
        (q(-1, 2), q(1, 1)),
        (q(1, 1), q(0, 1)),
        (q(1, 1), q(-1, 3)),
    ] {
        assert!(rim_areas_over_pi(&r, &v, 64).is_err(), "R = {r}, v = {v}");
    }
    assert!(rim_areas_over_pi(&q(1, 2), &q(1, 3), 64).is_ok());
}

#[test]
fn metadata_says_opening_only() {
    let a = claimcheck::articles::article("mushroom").expect("registered");
    assert!(a.source.starts_with("opening only"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The optimal contact angle: F(c) > F(−λ) for every rational c ≠ −λ in (−1, 1).
    #[test]
    fn contact_angle_is_optimal(l in 0i64..1000, c in -999i64..1000) {
        let (lambda, cos) = (q(l, 1000), q(c, 1000));
        prop_assume!(cos != -lambda.clone());
        prop_assert!(cubed_ratio_over_9pi(&cos, &lambda) > cubed_ratio_over_9pi(&-lambda.clone(), &lambda));
    }

    /// Φ*(λ)³/(9π) = (1+λ)²(2−λ) is increasing on [0, 1]: from the hemisphere to the sphere.
    #[test]
    fn optimum_increases_with_lambda(a in 0i64..1000, b in 0i64..1000) {
        prop_assume!(a < b);
        let f = |l: BigRational| (BigRational::one() + &l) * (BigRational::one() + &l) * (q(2, 1) - &l);
        prop_assert!(f(q(a, 1000)) < f(q(b, 1000)));
    }

    /// `eval mushroom-phi` digits, checked by cubing: (d ∓ ½ulp)³ brackets 9π(1+λ)²(2−λ).
    #[test]
    fn eval_digits_by_cubing(l in 0i64..=100, digits in 1u32..30) {
        let lambda = q(l, 100);
        let printed = evaluate("mushroom-phi", &[&format!("{l}/100")], Some(digits)).unwrap();
        let d = Decimal::parse(&printed).unwrap();
        let half = d.unit_in_last_place() / q(2, 1);
        let (lo, hi) = (d.to_rational() - &half, d.to_rational() + &half);
        let target = Interval::pi(256).mul_rational(&(q(9, 1) * (BigRational::one() + &lambda) * (BigRational::one() + &lambda) * (q(2, 1) - &lambda)));
        prop_assert!(&lo * &lo * &lo <= target.lo_rational() && target.hi_rational() <= &hi * &hi * &hi);
    }

    /// On a fixed rim: the bisected cap height solves the cubic, and cap < paraboloid < cone.
    #[test]
    fn rim_caps_beat_paraboloids_and_cones(r in 1i64..50, h in 1i64..200) {
        let (r, h) = (q(r, 10), q(h, 50));
        let v = &h * (q(3, 1) * &r * &r + &h * &h) / q(6, 1);
        prop_assert_eq!(cap_cubic(&h, &r, &v), q(0, 1));
        let (lo, hi) = cap_height(&r, &v, 40);
        prop_assert!(lo <= h && h <= hi);
        let [cap, parab, cone] = rim_areas_over_pi(&r, &v, 128).unwrap();
        prop_assert!(cap.contains_rational(&(&r * &r + &h * &h)));
        prop_assert!(cap.hi_rational() < parab.lo_rational() && parab.hi_rational() < cone.lo_rational());
    }

    /// The bisection's bracket [0, 1 + 6v] holds the root for any rim, R = 0 (h = (6v)^(1/3))
    /// and tall caps (h > 1) included.
    #[test]
    fn cap_height_brackets_every_root(r in 0i64..50, h in 1i64..2000) {
        let (r, h) = (q(r, 10), q(h, 50));
        let v = &h * (q(3, 1) * &r * &r + &h * &h) / q(6, 1);
        let (lo, hi) = cap_height(&r, &v, 30);
        prop_assert!(lo <= h && h <= hi && &hi - &lo < q(1, 1 << 30));
    }

    /// The segment's Φ³/π from its area and volume is the closed form 72/(t(3 − t)²).
    #[test]
    fn segment_ratio_takes_its_closed_form(k in 1i64..=2000) {
        use claimcheck::articles::mushroom::segment_cube_over_pi;
        let t = q(k, 1000);
        let closed = q(72, 1) / (&t * (q(3, 1) - &t) * (q(3, 1) - &t));
        prop_assert_eq!(segment_cube_over_pi(&t).unwrap(), closed);
    }

    /// The parametrised point lies on the circle (upper half), which satisfies the C = 0 first
    /// integral exactly.
    #[test]
    fn circles_are_stationary(r in 1i64..100, s in 1i64..1000) {
        let (r, s) = (q(r, 7), q(s, 100));
        let (lhs, rhs) = circle_first_integral_squared(&r, &s);
        prop_assert_eq!(lhs, rhs);
        let (x, y) = claimcheck::articles::mushroom::circle_point(&r, &s);
        prop_assert_eq!(&x * &x + &y * &y, &r * &r);
        prop_assert!(y.is_positive());
    }
}

/// Φ of a spheroid against closed forms, one of each kind: the sphere (c = 1) Φ³ = 36π, the
/// prolate c = 2 (e = √3/2, asin e = π/3) Φ = 2π(1 + 4π/(3√3))/(8π/3)^(2/3), the oblate c = ½
/// (atanh e = ln(2 + √3)) Φ = 2π(1 + ln(2 + √3)/(2√3))/(2π/3)^(2/3); next to the sphere,
/// c = 1 ± 10⁻⁶, within 10⁻⁹ of it; a polar semi-axis c ≤ 0 is a domain error.
#[test]
fn spheroid_ratios_take_their_closed_forms() {
    use claimcheck::articles::mushroom::spheroid_ratio;
    let prec = 200;
    let pi = Interval::pi(prec);
    let sphere = spheroid_ratio(&q(1, 1), prec).unwrap();
    assert!(overlap(
        &sphere.powi(3).unwrap(),
        &pi.mul_rational(&q(36, 1))
    ));
    let root3 = Interval::from_int(prec, 3).sqrt().unwrap();
    let over = |area_over_2pi: Interval, volume_over_pi: BigRational| {
        (&area_over_2pi.mul_rational(&q(2, 1)) * &pi)
            .div(&pi.mul_rational(&volume_over_pi).square().cbrt())
            .unwrap()
    };
    let prolate = over(
        &Interval::from_int(prec, 1) + &pi.mul_rational(&q(4, 3)).div(&root3).unwrap(),
        q(8, 3),
    );
    assert!(overlap(&spheroid_ratio(&q(2, 1), prec).unwrap(), &prolate));
    let ln = (&Interval::from_int(prec, 2) + &root3).ln().unwrap();
    let oblate = over(
        &Interval::from_int(prec, 1) + &ln.div(&root3.mul_rational(&q(2, 1))).unwrap(),
        q(2, 3),
    );
    assert!(overlap(&spheroid_ratio(&q(1, 2), prec).unwrap(), &oblate));
    for c in [q(1_000_001, 1_000_000), q(999_999, 1_000_000)] {
        let gap = &spheroid_ratio(&c, prec).unwrap() - &sphere;
        assert!(
            gap.hi_rational() < q(1, 1_000_000_000) && gap.lo_rational() > -q(1, 1_000_000_000)
        );
    }
    for c in [q(0, 1), q(-1, 2)] {
        assert!(spheroid_ratio(&c, prec).is_err(), "c = {c}");
    }
}
