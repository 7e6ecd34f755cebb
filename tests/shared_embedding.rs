//! Tied output embeddings: every claim snapshotted, the two routes to E[χ_d], loss-formula
//! properties, the Monte Carlo configurations' predictions, and the plausible wrong versions.

mod common;

use claimcheck::articles::shared_embedding::{
    Norm, chi_mean, chi_mean_even, fixed_points, half_swap, loss_article, loss_refined,
    loss_second_order, loss_untied, shuffle_net, sigma_star,
};
use claimcheck::exact::certify::certify;
use claimcheck::exact::interval::Interval;
use claimcheck::exact::rational::q;
use num_integer::Integer as _;
use num_rational::BigRational;
use proptest::prelude::*;

fn digits(
    d: u32,
    f: impl Fn(u32) -> Result<Interval, claimcheck::exact::interval::IntervalError>,
) -> String {
    certify(d, f).unwrap().to_string()
}

snapshot_claims! {
    emb_01 => "EMB-01", emb_02 => "EMB-02", emb_03 => "EMB-03", emb_04 => "EMB-04",
    emb_05 => "EMB-05", emb_06 => "EMB-06", emb_07 => "EMB-07", emb_08 => "EMB-08",
    emb_09 => "EMB-09", emb_10 => "EMB-10", emb_11 => "EMB-11", emb_12 => "EMB-12",
    emb_13 => "EMB-13", emb_14 => "EMB-14", emb_15 => "EMB-15", emb_16 => "EMB-16",
    emb_17 => "EMB-17",
}

/// The catalogue's predictions for the Monte Carlo configurations A–D.
#[test]
fn predictions_for_configurations() {
    let sqrt128 = |p: u32| Interval::from_int(p, 128).sqrt()?.powi(-1);
    let star = |p: u32| sigma_star(2048, 128, p);
    let l2 = |n, d, s: &BigRational, norm| digits(7, |p| loss_second_order(n, d, s, norm, p));
    // A and D have rational σ; B and C use σ rounded to 15 digits, far below the printed digits.
    let round15 = |f: &dyn Fn(u32) -> Result<Interval, _>| certify(15, f).unwrap().to_rational();
    let (sb, sc) = (round15(&sqrt128), round15(&star));
    let text = [
        format!(
            "A: L₂ {} / LN {}",
            l2(2048, 128, &q(1, 10), Norm::Rms),
            l2(2048, 128, &q(1, 10), Norm::Layer)
        ),
        format!(
            "B: L₂ {} / LN {}",
            l2(2048, 128, &sb, Norm::Rms),
            l2(2048, 128, &sb, Norm::Layer)
        ),
        format!(
            "C: L₂ {} / LN {}",
            l2(2048, 128, &sc, Norm::Rms),
            l2(2048, 128, &sc, Norm::Layer)
        ),
        format!(
            "D: L₂ {} / LN {}",
            l2(4096, 256, &q(1, 20), Norm::Rms),
            l2(4096, 256, &q(1, 20), Norm::Layer)
        ),
        format!(
            "L_un A / B / C / D: {} / {} / {} / {}",
            digits(10, |p| loss_untied(
                2048,
                128,
                &Interval::from_rational(p, &q(1, 10))
            )),
            digits(10, |p| loss_untied(2048, 128, &sqrt128(p)?)),
            digits(10, |p| loss_untied(2048, 128, &star(p)?)),
            digits(10, |p| loss_untied(
                4096,
                256,
                &Interval::from_rational(p, &q(1, 20))
            )),
        ),
    ]
    .join("\n");
    common::snapshots().bind(|| insta::assert_snapshot!("shared-embedding-predictions", text));
}

#[test]
fn plausible_wrong_versions_are_rejected() {
    // "loss ≈ d": the self logit read as ‖w‖²/σ² = d gives 768.2, not L_art = 15.3665.
    let art = digits(6, |p| {
        loss_article(30522, 768, &Interval::from_rational(p, &q(1, 50)))
    });
    assert_eq!(art, "15.3665");
    // n = 10⁴, d = 768, σ = 0.02: L_art 15.3621 (L_ref 15.3625), not 768.2.
    assert_eq!(
        digits(6, |p| loss_article(
            10_000,
            768,
            &Interval::from_rational(p, &q(1, 50))
        )),
        "15.3621"
    );
    assert_eq!(
        digits(6, |p| loss_refined(
            10_000,
            768,
            &Interval::from_rational(p, &q(1, 50))
        )),
        "15.3625"
    );
    // relative fluctuation of ‖w‖² at d = 768 is √(2/d) = 5.10 %, not 1.6 %.
    assert_eq!(
        digits(3, |p| Interval::from_rational(p, &q(2, 768)).sqrt()),
        "0.0510"
    );
    // untied at n = 10⁴, σ = 0.02: L_un = 9.36394037197618, not "9.2".
    assert_eq!(
        digits(15, |p| loss_untied(
            10_000,
            768,
            &Interval::from_rational(p, &q(1, 50))
        )),
        "9.36394037197618"
    );
    // σ* at n = 10⁴: L_art 9.90343755128609 and L_ref 9.93143144302995, not "9.5"; and not exactly ln n.
    let star = |p: u32| sigma_star(10_000, 768, p);
    assert_eq!(digits(12, star), "0.0119926306927");
    assert_eq!(
        digits(15, |p| loss_article(10_000, 768, &star(p)?)),
        "9.90343755128609"
    );
    assert_eq!(
        digits(15, |p| loss_refined(10_000, 768, &star(p)?)),
        "9.93143144302995"
    );
    let gap = certify(6, |p| {
        Ok(&loss_article(10_000, 768, &star(p)?)? - &Interval::from_int(p, 10_000).ln()?)
    })
    .unwrap();
    assert_eq!(gap.to_string(), "0.693097"); // ln(2n−1) − ln n, not 0
}

#[test]
fn permutations() {
    for d in (2..=64).step_by(2) {
        let s = half_swap(d);
        assert_eq!(fixed_points(&s), 0);
    }
    assert_eq!(fixed_points(&shuffle_net(8, 96)), (7usize.gcd(&95)) + 1);
    assert_eq!(fixed_points(&shuffle_net(8, 96)), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// E[χ_d]: the recurrence E[χ_{k+1}]E[χ_k] = k against the even-d closed form.
    #[test]
    fn chi_mean_two_routes(m in 1u64..=300) {
        let (a, b) = (chi_mean(2 * m, 200).unwrap(), chi_mean_even(2 * m, 200).unwrap());
        prop_assert!(a.lo_rational() <= b.hi_rational() && b.lo_rational() <= a.hi_rational());
    }

    /// L_art ≤ L_ref, both increasing in σ and n; L_art − ln n > 0; L_un ≥ ln n.
    #[test]
    fn loss_formulas_are_ordered(n in 2u64..100_000, d in 1u64..2000, s in 1i64..200, t in 1i64..50) {
        // dσ ≤ 200 keeps e^(dσ) + n − 1 and e^(dσ) + n apart at 512 bits
        prop_assume!(d as i64 * (s + t) <= 200_000);
        let p = 512;
        let sigma = Interval::from_rational(p, &q(s, 1000));
        let bigger = Interval::from_rational(p, &q(s + t, 1000));
        let art = loss_article(n, d, &sigma).unwrap();
        let refined = loss_refined(n, d, &sigma).unwrap();
        prop_assert!(art.hi_rational() < refined.lo_rational() || n == 1);
        prop_assert!(art.hi_rational() < loss_article(n, d, &bigger).unwrap().lo_rational());
        prop_assert!(art.hi_rational() < loss_article(n + 1, d, &sigma).unwrap().lo_rational());
        let ln_n = Interval::from_int(p, n as i64).ln().unwrap();
        prop_assert!(art.lo_rational() > ln_n.hi_rational());
        prop_assert!(loss_untied(n, d, &sigma).unwrap().lo_rational() > ln_n.lo_rational());
    }
}

/// The tied-embedding calculators against independent values: L_art at σ = 0 is ln n; L_un
/// is ln n plus the exact rational dσ²/2; D·σ* is ln N; bad configurations are errors.
#[test]
fn eval_tied_embedding_calculators() {
    use claimcheck::eval::evaluate;
    let ln = |n: i64, extra: (i64, i64), digits: u32| {
        certify(digits, |p| {
            Ok(Interval::from_int(p, n)
                .ln()?
                .add_rational(&q(extra.0, extra.1)))
        })
        .unwrap()
        .to_string()
    };
    assert_eq!(
        evaluate("tied-loss", &["30522", "768", "0"], None).unwrap(),
        ln(30522, (0, 1), 20)
    );
    // 128·(1/10)²/2 = 16/25
    assert_eq!(
        evaluate("untied-loss", &["2048", "128", "1/10"], Some(30)).unwrap(),
        ln(2048, (16, 25), 30)
    );
    // σ* = ln 2048/128 = 11 ln 2/128: at σ* the article's tied loss is ln(2n − 1)
    let star = evaluate("tied-sigma-star", &["2048", "128"], Some(25)).unwrap();
    let expected = certify(25, |p| {
        Ok(Interval::from_int(p, 2).ln()?.mul_rational(&q(11, 128)))
    })
    .unwrap();
    assert_eq!(star, expected.to_string());
    // L_art > max(dσ, ln(n − 1)) and L_art ≤ that + ln 2 at the article's numbers
    let l: f64 = evaluate("tied-loss", &["30522", "768", "0.02"], None)
        .unwrap()
        .parse()
        .unwrap();
    assert!(l > 15.36 && l < 15.36 + std::f64::consts::LN_2, "{l}");
    for args in [
        ["1", "768", "0.02"],
        ["30522", "768", "-1/50"],
        ["30522", "768", "10^6"],
        ["30522", "0", "1"],
    ] {
        assert!(evaluate("tied-loss", &args, None).is_err(), "{args:?}");
    }
}
