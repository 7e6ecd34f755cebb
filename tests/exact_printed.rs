//! `exact::printed`: the one rule that decides a printed number against its computed value —
//! rounding and truncation at the last printed place, exact values, bounds, bands — with the
//! gap and the correct print, on exact rationals, refined formulas and fixed enclosures.

use claimcheck::exact::interval::Interval;
use claimcheck::exact::printed::{
    CompareError, Computed, Reading, Spec, Standing, compare, fixed, perturbed, reprint,
    round_to_unit,
};
use claimcheck::exact::rational::q;
use num_bigint::BigInt;
use num_rational::BigRational;
use proptest::prelude::*;

fn spec(value: &str, reading: Reading, band: Option<&str>) -> Spec {
    Spec::new(value, reading, band).expect("a valid declaration")
}

fn exact(text: &str, s: &Spec, x: BigRational) -> claimcheck::exact::printed::Comparison {
    compare(text, s, &Computed::Exact(x)).expect("exact values always decide")
}

#[test]
fn printed_digits_hold_when_rounded() {
    let s = spec("0.0176", Reading::Printed, None);
    let standing = |sp: &Spec, n: i64, d: i64| exact("0.0176", sp, q(n, d)).standing;
    // rounds up to 0.0176; the lower boundary 0.01755 rounds (ties away) to 0.0176
    assert_eq!(standing(&s, 1757, 100_000), Standing::Holds);
    assert_eq!(standing(&s, 1755, 100_000), Standing::Holds);
    // the upper boundary 0.01765 rounds away from zero, to 0.0177
    assert_eq!(standing(&s, 1765, 100_000), Standing::Refuted);
    // 0.01769 truncates to 0.0176 but rounds to 0.0177: a printed reading rejects it …
    let cut = exact("0.0176", &s, q(1769, 100_000));
    assert_eq!(cut.standing, Standing::Refuted);
    assert_eq!(cut.correct_print.as_deref(), Some("0.0177"));
    // … a truncated reading accepts it, up to the next unit
    let t = spec("0.0176", Reading::Truncated, None);
    assert_eq!(standing(&t, 1769, 100_000), Standing::Holds);
    assert_eq!(standing(&t, 1770, 100_000), Standing::Refuted);
    // just below the lower boundary, and at 0.0177, the print is wrong
    let low = exact("0.0176", &s, q(17549, 1_000_000));
    assert_eq!(low.standing, Standing::Refuted);
    assert_eq!(low.correct_print.as_deref(), Some("0.0175"));
    let high = exact("0.0176", &s, q(177, 10_000));
    assert_eq!(high.standing, Standing::Refuted);
    assert_eq!(high.correct_print.as_deref(), Some("0.0177"));
    assert_eq!(high.correct_value.as_deref(), Some("0.0177"));
}

#[test]
fn negative_prints_mirror_positive_ones() {
    let s = spec("-0.5", Reading::Printed, None);
    let t = spec("-0.5", Reading::Truncated, None);
    let standing = |sp: &Spec, n: i64| exact("-0.5", sp, q(n, 100)).standing;
    assert_eq!(standing(&s, -54), Standing::Holds);
    assert_eq!(standing(&s, -45), Standing::Holds); // tie away from zero
    assert_eq!(standing(&s, -56), Standing::Refuted); // rounds to −0.6
    assert_eq!(standing(&s, -44), Standing::Refuted);
    assert_eq!(standing(&t, -56), Standing::Holds); // truncation toward zero
    assert_eq!(standing(&t, -61), Standing::Refuted);
}

#[test]
fn a_percent_is_reprinted_as_a_percent() {
    let s = spec("0.012", Reading::Printed, None);
    // LST-07's 1.2634 %: "1.2 %" is a truncation, not a rounding
    let c = exact("1.2 %", &s, q(12634, 1_000_000));
    assert_eq!(c.standing, Standing::Refuted);
    assert_eq!(c.correct_print.as_deref(), Some("1.3 %"));
    assert_eq!(c.correct_value.as_deref(), Some("0.013"));
    assert_eq!(c.gap, "-0.000634 (3 s.f.) = -317/500000");
}

/// A zero on either side — the declared value or the number in the text — gives no scale between
/// them, so the correction is laid out as the value is (a zero value must not be divided by).
#[test]
fn a_zero_value_or_print_is_corrected_in_the_value_layout() {
    let zero = spec("0", Reading::Printed, None);
    assert_eq!(reprint("5 %", &zero, &q(1, 1)), "1");
    let small = spec("0.012", Reading::Printed, None);
    assert_eq!(reprint("0 %", &small, &q(126, 10_000)), "0.013");
    assert_eq!(reprint("0 dB", &zero, &q(0, 1)), "0 dB");
}

#[test]
fn a_band_makes_a_near_miss_approximate() {
    let s = spec("1.00e6", Reading::Printed, Some("1/10"));
    assert_eq!(
        exact("about a million", &s, q(1_004_000, 1)).standing,
        Standing::Holds
    );
    let near = exact("about a million", &s, q(1_050_000, 1));
    assert_eq!(near.standing, Standing::Approximate);
    assert_eq!(near.correct_print.as_deref(), Some("1.05e6"));
    assert_eq!(
        exact("about a million", &s, q(900_000, 1)).standing,
        Standing::Approximate
    );
    assert_eq!(
        exact("about a million", &s, q(899_999, 1)).standing,
        Standing::Refuted
    );
    assert_eq!(
        exact("about a million", &s, q(1_200_000, 1)).standing,
        Standing::Refuted
    );
}

#[test]
fn bounds_hold_on_their_side_only() {
    let at_least = spec("7", Reading::AtLeast, Some("1/20"));
    assert_eq!(
        exact("at least 7", &at_least, q(7, 1)).standing,
        Standing::Holds
    );
    assert_eq!(
        exact("at least 7", &at_least, q(69, 10)).standing,
        Standing::Approximate
    );
    assert_eq!(
        exact("at least 7", &at_least, q(6, 1)).standing,
        Standing::Refuted
    );
    assert_eq!(exact("at least 7", &at_least, q(6, 1)).correct_print, None);
    let above = spec("7", Reading::Above, None);
    assert_eq!(
        exact("more than 7", &above, q(7, 1)).standing,
        Standing::Refuted
    );
    assert_eq!(
        exact("more than 7", &above, q(71, 10)).standing,
        Standing::Holds
    );
    let below = spec("1/2", Reading::Below, None);
    assert_eq!(
        exact("less than half", &below, q(1, 3)).standing,
        Standing::Holds
    );
    assert_eq!(
        exact("less than half", &below, q(1, 2)).standing,
        Standing::Refuted
    );
    let at_most = spec("1/2", Reading::AtMost, None);
    assert_eq!(
        exact("at most half", &at_most, q(1, 2)).standing,
        Standing::Holds
    );
}

#[test]
fn exact_values_need_equality() {
    let s = spec("2031120", Reading::Exact, None);
    assert_eq!(
        exact("2031120", &s, q(2_031_120, 1)).standing,
        Standing::Holds
    );
    let off = exact("2031120", &s, q(2_031_121, 1));
    assert_eq!(off.standing, Standing::Refuted);
    assert_eq!(off.correct_print.as_deref(), Some("2031121"));
    assert_eq!(off.gap, "-1");
    let r = spec("19/250", Reading::Exact, None);
    assert_eq!(exact("19/250", &r, q(76, 1000)).standing, Standing::Holds);
}

#[test]
fn a_formula_is_refined_until_decided() {
    let pi = |p: u32| Ok(Interval::pi(p));
    let check = |text: &str| {
        compare(
            text,
            &spec(text, Reading::Printed, None),
            &Computed::Real(&pi),
        )
        .expect("decided")
    };
    assert_eq!(check("3.1416").standing, Standing::Holds); // rounding
    assert_eq!(check("3.1415").standing, Standing::Refuted); // a truncation, read as printed
    let truncated = compare(
        "3.1415",
        &spec("3.1415", Reading::Truncated, None),
        &Computed::Real(&pi),
    );
    assert_eq!(truncated.expect("decided").standing, Standing::Holds);
    let wrong = check("3.1417");
    assert_eq!(wrong.standing, Standing::Refuted);
    assert_eq!(wrong.correct_print.as_deref(), Some("3.1416"));
    assert!(
        wrong.computed.starts_with("3.1415927 (8 s.f."),
        "{}",
        wrong.computed
    );
    assert_eq!(wrong.gap, "0.000107 (3 s.f., certified)"); // 3.1417 − π
    assert_eq!(check("3.15").correct_print.as_deref(), Some("3.14"));
}

#[test]
fn a_fixed_enclosure_across_a_boundary_is_undecided() {
    let e = Interval::from_rational(64, &q(1750, 100_000))
        .hull(&Interval::from_rational(64, &q(1800, 100_000)));
    let s = spec("0.0176", Reading::Printed, None);
    assert!(matches!(
        compare("0.0176", &s, &Computed::Enclosure(e)),
        Err(CompareError::Undecided(..))
    ));
    let inside = Interval::from_rational(64, &q(1757, 100_000))
        .hull(&Interval::from_rational(64, &q(1762, 100_000)));
    let c = compare("0.0176", &s, &Computed::Enclosure(inside)).expect("decided");
    assert_eq!(c.standing, Standing::Holds);
}

#[test]
fn malformed_declarations_are_errors() {
    assert!(Spec::new("about", Reading::Printed, None).is_err());
    assert!(Spec::new("19/250", Reading::Printed, None).is_err());
    assert!(Spec::new("1/0", Reading::Exact, None).is_err());
    assert!(Spec::new("1", Reading::Exact, Some("-1/10")).is_err());
}

#[test]
fn perturbations_keep_the_precision() {
    let s = spec("0.0176", Reading::Printed, None);
    assert_eq!(perturbed(&s, 1, &q(1, 1)), "0.0177");
    assert_eq!(perturbed(&s, -1, &q(1, 1)), "0.0175");
    assert_eq!(perturbed(&s, 0, &q(2, 1)), "0.0352");
    let coarse = spec("8e1", Reading::Printed, None);
    assert_eq!(perturbed(&coarse, 1, &q(1, 1)), "9e1");
    assert_eq!(perturbed(&coarse, 0, &q(2, 1)), "1.6e2");
    let back = spec(&perturbed(&coarse, 0, &q(2, 1)), Reading::Printed, None);
    assert_eq!(back.unit, coarse.unit);
    let e = spec("339024", Reading::Exact, None);
    assert_eq!(perturbed(&e, 1, &q(1, 1)), "339025");
    let r = spec("19/250", Reading::Exact, None);
    assert_eq!(perturbed(&r, 1, &q(1, 1)), "2/25"); // 20/250 in lowest terms
}

proptest! {
    /// The correct print of any value holds; s ± one unit never does, and as a truncated reading
    /// at most one of them does.
    #[test]
    fn the_correct_print_holds(n in -10_000_000i64..10_000_000, d in 1i64..100_000, places in 0u64..6) {
        let x = q(n, d);
        let unit = BigRational::new(BigInt::from(1), BigInt::from(10u64.pow(places as u32)));
        let r = round_to_unit(&x, &unit);
        let text = fixed(&r, places);
        let s = spec(&text, Reading::Printed, None);
        prop_assert_eq!(exact(&text, &s, x.clone()).standing, Standing::Holds);
        let up = spec(&perturbed(&s, 1, &q(1, 1)), Reading::Printed, None);
        let down = spec(&perturbed(&s, -1, &q(1, 1)), Reading::Printed, None);
        let holds = |sp: &Spec| exact("", sp, x.clone()).standing == Standing::Holds;
        prop_assert!(!holds(&up) && !holds(&down));
        let truncated = |v: &str| spec(v, Reading::Truncated, None);
        let (tu, td) = (truncated(&perturbed(&s, 1, &q(1, 1))), truncated(&perturbed(&s, -1, &q(1, 1))));
        prop_assert!(!(holds(&tu) && holds(&td)));
    }

    /// Fixed notation reads back exactly.
    #[test]
    fn fixed_notation_round_trips(n in -1_000_000_000i64..1_000_000_000, places in 0u64..9) {
        let unit = BigRational::new(BigInt::from(1), BigInt::from(10u64.pow(places as u32)));
        let x = BigRational::from_integer(BigInt::from(n)) * &unit;
        let text = fixed(&x, places);
        prop_assert_eq!(claimcheck::exact::number::parse_exact(&text).expect("reads"), x);
    }
}

#[test]
fn an_exact_value_inside_a_fixed_enclosure_is_undecided() {
    // a fixed enclosure that contains 2 cannot decide "exactly 2", on either side
    let e = Interval::from_rational(64, &q(19, 10)).hull(&Interval::from_rational(64, &q(21, 10)));
    let s = spec("2", Reading::Exact, None);
    assert!(matches!(
        compare("2", &s, &Computed::Enclosure(e)),
        Err(CompareError::Undecided(..))
    ));
    let below =
        Interval::from_rational(64, &q(15, 10)).hull(&Interval::from_rational(64, &q(18, 10)));
    let c = compare("2", &s, &Computed::Enclosure(below)).expect("decided below");
    assert_eq!(c.standing, Standing::Refuted);
}

#[test]
fn relative_gaps_and_exact_corrections_are_reported() {
    let s = spec("19/250", Reading::Exact, None);
    let c = exact("19/250", &s, q(1, 10));
    assert_eq!(c.relative_gap, "-0.240 (3 s.f.) = -6/25"); // (19/250 − 1/10)/(1/10)
    assert_eq!(c.correct_value.as_deref(), Some("1/10"));
    let n = spec("42", Reading::Exact, None);
    assert_eq!(
        exact("42", &n, q(43, 1)).correct_value.as_deref(),
        Some("43")
    );
    let p = spec("0.0176", Reading::Printed, None);
    assert_eq!(
        exact("0.0176", &p, q(1757, 100_000)).relative_gap,
        "0.00171 (3 s.f.) = 3/1757"
    );
}

#[test]
fn a_correct_print_near_a_rounding_boundary_is_refined() {
    // x = 0.45 + 2⁻²⁰⁰: at 128 bits the enclosure straddles 0.45, where rounding to one decimal
    // jumps from 0.4 to 0.5; refining decides 0.5
    let x = q(45, 100) + BigRational::new(BigInt::from(1), BigInt::from(2).pow(200));
    let f = move |p: u32| Ok(Interval::from_rational(p, &x));
    let c = compare(
        "0.3",
        &spec("0.3", Reading::Printed, None),
        &Computed::Real(&f),
    )
    .expect("decided");
    assert_eq!(c.standing, Standing::Refuted);
    assert_eq!(c.correct_print.as_deref(), Some("0.5"));
}

#[test]
fn corrections_of_zero_scaled_and_decimal_prints() {
    // a zero print: its unit comes from the written decimals, and the correction keeps them
    let zero = spec("0.00", Reading::Printed, None);
    let c = exact("0.00", &zero, q(13, 1000));
    assert_eq!(c.standing, Standing::Refuted);
    assert_eq!(c.correct_print.as_deref(), Some("0.01"));
    // an exact value shown as a percent is corrected as a percent
    let pct = spec("19/250", Reading::Exact, None);
    assert_eq!(
        exact("7.6 %", &pct, q(81, 1000)).correct_print.as_deref(),
        Some("8.1 %")
    );
    assert_eq!(
        exact("7.6 %", &pct, q(8, 100)).correct_print.as_deref(),
        Some("8 %")
    );
    // an exact decimal is corrected as a decimal, a fraction as a fraction
    let dec = spec("0.25", Reading::Exact, None);
    assert_eq!(
        exact("a quarter", &dec, q(3, 10)).correct_print.as_deref(),
        Some("0.3")
    );
    assert_eq!(
        exact("a quarter", &dec, q(1, 3)).correct_print.as_deref(),
        Some("1/3")
    );
}
