//! R136a1 (reconstructed from eso1030, 2010 inputs pinned): every claim snapshotted, the
//! constants table, and properties of the derived physics.

mod common;

use claimcheck::articles::r136a1::constants::*;
use claimcheck::articles::r136a1::{
    binary_separation_m, eddington_ratio, kappa_es, radius_squared,
};
use claimcheck::exact::certify::{certify, certify_up_to};
use claimcheck::exact::interval::Interval;
use claimcheck::exact::rational::q;
use proptest::prelude::*;

snapshot_claims! {
    star_01 => "STAR-01", star_02 => "STAR-02", star_03 => "STAR-03", star_04 => "STAR-04",
    star_05 => "STAR-05", star_06 => "STAR-06", star_07 => "STAR-07", star_08 => "STAR-08",
    star_09 => "STAR-09", star_10 => "STAR-10", star_11 => "STAR-11", star_12 => "STAR-12",
    star_13 => "STAR-13", star_14 => "STAR-14", star_15 => "STAR-15", star_16 => "STAR-16",
    star_17 => "STAR-17", star_18 => "STAR-18", star_19 => "STAR-19", star_20 => "STAR-20",
}

/// The pinned constants: exact values printed exactly, derived and measured ones certified.
#[test]
fn constants_table() {
    let c = |d, f: &dyn Fn(u32) -> Result<Interval, _>| certify(d, f).unwrap().to_string();
    let text = [
        format!("c = {}", speed_of_light()),
        format!("Julian year = {} s", julian_year_s()),
        format!("light-year = {} m", light_year_m()),
        format!("au = {} m", au_m()),
        format!("parsec = {} m", c(17, &parsec_m)),
        format!("(GM)⊙ = {}", gm_sun()),
        format!("L⊙ = {}", l_sun()),
        format!("R⊙ = {}", r_sun()),
        format!("(GM)_J = {}", gm_jupiter()),
        format!("M⊙/M_J = {}", gm_sun() / gm_jupiter()),
        format!("h = {}", planck()),
        format!("k = {}", boltzmann()),
        format!("σ_SB = {}", c(15, &stefan_boltzmann)),
        format!("Wien x = {}", c(16, &wien_x)),
        format!("Wien b = {}", c(15, &wien_b)),
        format!(
            "M⊙ = {} kg (G's uncertainty)",
            certify_up_to(9, solar_mass_kg).unwrap()
        ),
    ]
    .join("\n");
    common::snapshots().bind(|| insta::assert_snapshot!("r136a1-constants", text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// STAR-03 over the error boxes: (M_i − M)/M_i ∈ (0, 1), and "≥ 1/5" ⇔ 5M ≤ 4M_i.
    #[test]
    fn mass_loss_fraction(mi in 280i64..=420, m in 230i64..=345) {
        prop_assume!(m < mi);
        let f = q(mi - m, mi);
        prop_assert!(f > q(0, 1) && f < q(1, 1));
        prop_assert_eq!(f >= q(1, 5), 5 * m <= 4 * mi);
    }

    /// STAR-06: ly → pc → ly returns the input inside the enclosure.
    #[test]
    fn light_year_parsec_round_trip(d in 1i64..=1_000_000_000) {
        let p = 160;
        let pc = Interval::from_rational(p, &(q(d, 1) * light_year_m())).div(&parsec_m(p).unwrap()).unwrap();
        let back = (&pc * &parsec_m(p).unwrap()).div(&Interval::from_rational(p, &light_year_m())).unwrap();
        prop_assert!(back.contains_rational(&q(d, 1)));
    }

    /// STAR-09: R² = L(5772/T)⁴ increases in L and decreases in T.
    #[test]
    fn radius_monotone(l in 1_000_000i64..10_000_000, t in 40_000i64..60_000, dl in 1i64..1000, dt in 1i64..1000) {
        let r = radius_squared(&q(l, 1), &q(t, 1));
        prop_assert!(r < radius_squared(&q(l + dl, 1), &q(t, 1)));
        prop_assert!(radius_squared(&q(l, 1), &q(t + dt, 1)) < r);
        prop_assert_eq!(r * q(t, 5772) * q(t, 5772) * q(t, 5772) * q(t, 5772), q(l, 1));
    }

    /// STAR-17: Kepler both ways: a from (M, P), then M from (a, P), contains the input.
    #[test]
    fn kepler_round_trip(m1 in 10i64..=200, m2 in 10i64..=200, period in 100i64..=1000) {
        let p = 192;
        let (mass, days) = (q(m1 + m2, 1), q(period, 100));
        let a = binary_separation_m(&mass, &days, p).unwrap();
        let secs = &days * q(86_400, 1);
        let four_pi2 = Interval::pi(p).square().mul_rational(&q(4, 1));
        let back = (&four_pi2 * &a.powi(3).unwrap()).div(&Interval::from_rational(p, &(gm_sun() * &secs * &secs))).unwrap();
        prop_assert!(back.contains_rational(&mass));
    }

    /// STAR-19: Γ_e increases with X (∝ 1+X), decreases with M, and equals the ratio computed in
    /// SI units from L_Edd = 4π(GM⊙·M)c/κ in watts (a second route to the solar-unit formula).
    #[test]
    fn eddington_monotone(x in 0i64..100, m in 100i64..400) {
        let p = 160;
        let l = q(8_700_000, 1);
        let g = eddington_ratio(&l, &q(m, 1), &q(x, 100), p).unwrap();
        prop_assert!(g.hi_rational() < eddington_ratio(&l, &q(m, 1), &q(x + 1, 100), p).unwrap().lo_rational());
        prop_assert!(eddington_ratio(&l, &q(m + 1, 1), &q(x, 100), p).unwrap().hi_rational() < g.lo_rational());
        let watts = Interval::pi(p)
            .mul_rational(&(q(4, 1) * gm_sun() * q(m, 1) * speed_of_light()))
            .div(&kappa_es(&q(x, 100), p).unwrap())
            .unwrap();
        let si = Interval::from_rational(p, &(&l * l_sun())).div(&watts).unwrap();
        prop_assert!(si.lo_rational() <= g.hi_rational() && g.lo_rational() <= si.hi_rational());
    }
}

/// `eval star-luminosity` and `eval eddington-ratio` against the Stefan–Boltzmann scaling and
/// against Γ_e written out in f64 from the constants' printed values (an independent route:
/// L⊙ = 3.828e26 W, (GM)⊙ = 1.3271244e20 m³/s², c, σ_T and m_p as CODATA prints them).
#[test]
fn eval_star_calculators() {
    use claimcheck::articles::r136a1::luminosity;
    use claimcheck::eval::evaluate;
    let ev = |name: &str, args: &[&str], digits: Option<u32>| evaluate(name, args, digits).unwrap();
    assert_eq!(ev("star-luminosity", &["1", "5772"], None), "1");
    assert_eq!(ev("star-luminosity", &["2", "5772"], None), "4");
    assert_eq!(ev("star-luminosity", &["1", "11544"], None), "16");
    // the round trip with radius_squared: R² from (L, T) gives L back
    let (l, t) = (q(8_700_000, 1), q(53_000, 1));
    assert_eq!(luminosity(&radius_squared(&l, &t), &t), l);
    let gamma_f64 = |m: f64, r: f64, t: f64, x: f64| {
        let lum = r * r * (t / 5772.0).powi(4) * 3.828e26;
        let kappa = 6.6524587321e-29 * (1.0 + x) / (2.0 * 1.67262192369e-27);
        kappa * lum / (4.0 * std::f64::consts::PI * 1.3271244e20 * m * 299_792_458.0)
    };
    for (m, r, t, x) in [
        ("265", "35", "53000", "0.7"),
        ("265", "35", "53000", "0.4"),
        ("1", "1", "5772", "0"),
        ("120", "20", "42000", "7/10"),
    ] {
        let printed: f64 = ev("eddington-ratio", &[m, r, t, x], None).parse().unwrap();
        let parse = |s: &str| {
            claimcheck::exact::number::parse_exact(s)
                .map(|v| num_traits::ToPrimitive::to_f64(&v).unwrap())
                .unwrap()
        };
        let reference = gamma_f64(parse(m), parse(r), parse(t), parse(x));
        assert!(
            ((printed - reference) / reference).abs() < 1e-7,
            "{m} {r} {t} {x}: {printed} vs {reference}"
        );
    }
    // the CODATA uncertainties bound the digits: asking for more is an error naming them
    let e = evaluate("eddington-ratio", &["265", "35", "53000", "0.7"], Some(15)).unwrap_err();
    assert!(e.to_string().contains("CODATA"), "{e}");
    assert_eq!(
        ev("eddington-ratio", &["265", "35", "53000", "0.7"], Some(3)),
        "0.851"
    );
    for bad in [
        ["0", "1", "5772", "0"],
        ["1", "1", "5772", "1.5"],
        ["1", "-1", "5772", "0"],
        ["1", "1", "0", "0"],
    ] {
        assert!(evaluate("eddington-ratio", &bad, None).is_err(), "{bad:?}");
    }
}
