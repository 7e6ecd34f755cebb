//! Every `Interval` operation in Arb's pattern (FLINT's `t-*.c`): a random interval of either
//! sign, narrow or wide, straddling zero where the domain allows, with an exact rational inside;
//! the function at that rational, computed by MPFR at four times the precision, must lie in the
//! enclosure. Outside the domain the operation must fail, never return a wrong enclosure; inside
//! it must succeed. Then functional equations, precision monotonicity, and canaries showing that
//! the containment check rejects an enclosure shrunk by one ulp.

use claimcheck::exact::integer::{from_rug_rational, to_rug_rational};
use claimcheck::exact::interval::{
    Interval, below, between, normal_cdf, normal_pdf, ordered, overlap,
};
use claimcheck::exact::rational::q;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;
use rug::Float;

/// A point p and an interval [p − below, p + above] around it, at `prec` bits (outward rounded).
#[derive(Clone, Debug)]
struct Case {
    point: BigRational,
    lo: BigRational,
    hi: BigRational,
    prec: u32,
}

impl Case {
    fn interval(&self) -> Interval {
        Interval::from_rational(self.prec, &self.lo)
            .hull(&Interval::from_rational(self.prec, &self.hi))
    }

    /// The point at four times the precision, as MPFR reads it (rounded to nearest).
    fn reference_point(&self) -> Float {
        Float::with_val(4 * self.prec, to_rug_rational(&self.point))
    }
}

/// Points of both signs and sizes from 10⁻³ to 10³, with widths 0 (a point), narrow (10⁻¹²
/// relative) or wide (up to the size of the point, so the interval may straddle 0).
fn case(scale: i64) -> impl Strategy<Value = Case> {
    (
        -1_000_000i64..1_000_000,
        1i64..1000,
        0u8..3,
        0i64..1000,
        0i64..1000,
        24u32..256,
    )
        .prop_map(move |(n, d, kind, a, b, prec)| {
            let point = q(n, d) * q(scale, 1000);
            let unit = match kind {
                0 => BigRational::zero(),
                1 => (point.abs() + BigRational::one()) * q(1, 1_000_000_000_000),
                _ => (point.abs() + q(1, 100)) * q(1, 1000),
            };
            let (lo, hi) = (&point - &unit * q(a, 1), &point + &unit * q(b, 1));
            Case {
                point,
                lo,
                hi,
                prec,
            }
        })
}

/// One unary operation: its name, the enclosure, the reference at the point, and its domain
/// (a predicate on the exact interval: the operation must succeed exactly when it holds).
struct Unary {
    name: &'static str,
    enclose: fn(&Interval) -> Option<Interval>,
    reference: fn(&Float) -> Float,
    domain: fn(&BigRational, &BigRational) -> bool,
}

fn all(_: &BigRational, _: &BigRational) -> bool {
    true
}

fn positive(lo: &BigRational, _: &BigRational) -> bool {
    lo.is_positive()
}

fn non_negative(lo: &BigRational, _: &BigRational) -> bool {
    !lo.is_negative()
}

fn unit_closed(lo: &BigRational, hi: &BigRational) -> bool {
    *lo >= -BigRational::one() && *hi <= BigRational::one()
}

fn unit_open(lo: &BigRational, hi: &BigRational) -> bool {
    *lo > -BigRational::one() && *hi < BigRational::one()
}

fn sine_range(lo: &BigRational, hi: &BigRational) -> bool {
    *lo >= q(-3, 2) && *hi <= q(3, 2)
}

fn above_one(lo: &BigRational, _: &BigRational) -> bool {
    *lo > BigRational::one()
}

fn unary_ops() -> Vec<Unary> {
    vec![
        Unary {
            name: "neg",
            enclose: |x| Some(-x),
            reference: |a| -a.clone(),
            domain: all,
        },
        Unary {
            name: "square",
            enclose: |x| Some(x.square()),
            reference: |a| a.clone().square(),
            domain: all,
        },
        Unary {
            name: "root(5)",
            enclose: |x| x.root(5).ok(),
            reference: |a| a.clone().root(5),
            domain: non_negative,
        },
        Unary {
            name: "cbrt",
            enclose: |x| Some(x.cbrt()),
            reference: |a| a.clone().cbrt(),
            domain: all,
        },
        Unary {
            name: "erf",
            enclose: |x| Some(x.erf()),
            reference: |a| a.clone().erf(),
            domain: all,
        },
        Unary {
            name: "erfc",
            enclose: |x| Some(x.erfc()),
            reference: |a| a.clone().erfc(),
            domain: all,
        },
        Unary {
            name: "cos",
            enclose: |x| Some(x.cos()),
            reference: |a| a.clone().cos(),
            domain: all,
        },
        Unary {
            name: "exp",
            enclose: |x| x.exp().ok(),
            reference: |a| a.clone().exp(),
            domain: all,
        },
        Unary {
            name: "sqrt",
            enclose: |x| x.sqrt().ok(),
            reference: |a| a.clone().sqrt(),
            domain: non_negative,
        },
        Unary {
            name: "ln",
            enclose: |x| x.ln().ok(),
            reference: |a| a.clone().ln(),
            domain: positive,
        },
        Unary {
            name: "log10",
            enclose: |x| x.log10().ok(),
            reference: |a| a.clone().log10(),
            domain: positive,
        },
        Unary {
            name: "asin",
            enclose: |x| x.asin().ok(),
            reference: |a| a.clone().asin(),
            domain: unit_closed,
        },
        Unary {
            name: "atanh",
            enclose: |x| x.atanh().ok(),
            reference: |a| a.clone().atanh(),
            domain: unit_open,
        },
        Unary {
            name: "sin",
            enclose: |x| x.sin().ok(),
            reference: |a| a.clone().sin(),
            domain: sine_range,
        },
        Unary {
            name: "zeta",
            enclose: |x| x.zeta().ok(),
            reference: |a| a.clone().zeta(),
            domain: above_one,
        },
        Unary {
            name: "normal_pdf",
            enclose: |x| normal_pdf(x).ok(),
            reference: |a| {
                let p = a.prec();
                let e = Float::with_val(p, -(a.clone().square()) / 2u32).exp();
                let two_pi = Float::with_val(p, rug::float::Constant::Pi) * 2u32;
                e / two_pi.sqrt()
            },
            domain: all,
        },
        Unary {
            name: "normal_cdf",
            enclose: |x| normal_cdf(x).ok(),
            reference: |a| {
                let p = a.prec();
                let root2 = Float::with_val(p, 2).sqrt();
                Float::with_val(p, -a.clone() / root2).erfc() / 2u32
            },
            domain: all,
        },
        Unary {
            name: "powi(3)",
            enclose: |x| x.powi(3).ok(),
            reference: |a| a.clone().square() * a,
            domain: all,
        },
        Unary {
            name: "powi(4)",
            enclose: |x| x.powi(4).ok(),
            reference: |a| a.clone().square().square(),
            domain: all,
        },
        Unary {
            name: "powi(−2)",
            enclose: |x| x.powi(-2).ok(),
            reference: |a| a.clone().square().recip(),
            domain: |lo, hi| lo.is_positive() || hi.is_negative(),
        },
    ]
}

/// The scale of the points each operation sees (so exp, zeta, sin and the arcs meet their
/// domains' edges, and exp stays in range).
fn scale_for(name: &str) -> i64 {
    match name {
        "exp" | "normal_pdf" | "normal_cdf" | "erf" | "erfc" => 30,
        "asin" | "atanh" | "sin" => 2,
        "zeta" => 30,
        _ => 1000,
    }
}

/// Does `enclosure` contain the reference value? (The canary below shows this can fail.)
fn contains(enclosure: &Interval, value: &Float) -> bool {
    enclosure.contains(value) && enclosure.lo() <= enclosure.hi()
}

/// The operations that are one correctly rounded MPFR call per end (cos adds its Lipschitz slack;
/// the normal law and powi compose several calls).
const TIGHT: [&str; 14] = [
    "neg", "square", "root(5)", "cbrt", "erf", "erfc", "exp", "sqrt", "ln", "log10", "asin",
    "atanh", "sin", "zeta",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn unary_enclosures_contain_the_point_value(op_index in 0usize..20, seed in case(1000)) {
        let ops = unary_ops();
        let op = &ops[op_index];
        // rescale the drawn case to the operation's range
        let s = q(scale_for(op.name), 1000);
        let c = Case {
            point: &seed.point * &s,
            lo: &seed.lo * &s,
            hi: &seed.hi * &s,
            prec: seed.prec,
        };
        let c = if op.name == "zeta" {
            // ζ's points above and around 1
            let shift = q(1, 1) + q(1, 100);
            Case { point: c.point.abs() + &shift, lo: &c.lo + &shift, hi: &c.hi + &shift, ..c }
        } else {
            c
        };
        let x = c.interval();
        let (lo, hi) = (x.lo_rational(), x.hi_rational());
        let result = (op.enclose)(&x);
        let in_domain = (op.domain)(&lo, &hi);
        prop_assert_eq!(result.is_some(), in_domain, "{}: [{}, {}] domain {}", op.name, lo, hi, in_domain);
        if let Some(enclosure) = result {
            let value = (op.reference)(&c.reference_point());
            prop_assert!(contains(&enclosure, &value), "{}({}) at {} bits: {} not in [{}, {}]", op.name, c.point, c.prec, value, enclosure.lo(), enclosure.hi());
            // one correctly rounded MPFR call on an exact point: the two ends are equal or
            // adjacent floats (a wider enclosure, say [0, x²] for a positive x, is a defect)
            let point = Interval::from_rational(c.prec, &lo);
            if TIGHT.contains(&op.name) && point.lo() == point.hi() {
                let r = (op.enclose)(&point).expect("in the domain");
                let magnitude = r.lo_rational().abs().max(r.hi_rational().abs());
                let two_ulps = magnitude * BigRational::new(2.into(), num_bigint::BigInt::from(2).pow(c.prec));
                prop_assert!(r.hi_rational() - r.lo_rational() <= two_ulps, "{}({}) at {} bits: [{}, {}] is not tight", op.name, lo, c.prec, r.lo(), r.hi());
            }
            // a point interval at twice the precision gives an enclosure inside this one
            if c.lo == c.hi {
                let finer = (op.enclose)(&Interval::from_rational(2 * c.prec, &c.point)).expect("same domain");
                prop_assert!(enclosure.lo() <= finer.lo() && finer.hi() <= enclosure.hi(), "{}: finer not inside", op.name);
            }
        }
    }

    /// Binary operations on intervals of both signs, straddling zero.
    #[test]
    fn binary_enclosures_contain_the_point_value(a in case(1000), b in case(1000), op in 0usize..5) {
        let (x, y) = (a.interval(), b.interval());
        let p = 4 * a.prec.max(b.prec);
        let (u, v) = (a.reference_point(), b.reference_point());
        let (u, v) = (Float::with_val(p, &u), Float::with_val(p, &v));
        let (enclosure, value) = match op {
            0 => (Some(&x + &y), Float::with_val(p, &u + &v)),
            1 => (Some(&x - &y), Float::with_val(p, &u - &v)),
            2 => (Some(&x * &y), Float::with_val(p, &u * &v)),
            3 => (x.div(&y).ok(), Float::with_val(p, &u / &v)),
            _ => (Some(x.hull(&y)), u.clone()),
        };
        if op == 3 {
            // decided from the exact ends, not from the type's own sign predicates
            let excludes_zero = y.lo_rational().is_positive() || y.hi_rational().is_negative();
            prop_assert_eq!(enclosure.is_some(), excludes_zero);
            prop_assert_eq!(y.is_positive(), y.lo_rational().is_positive());
            prop_assert_eq!(y.is_negative(), y.hi_rational().is_negative());
        }
        // the by-value operators are the by-reference ones
        match op {
            0 => prop_assert_eq!(x.clone() + y.clone(), &x + &y),
            1 => prop_assert_eq!(x.clone() - y.clone(), &x - &y),
            2 => prop_assert_eq!(x.clone() * y.clone(), &x * &y),
            _ => {}
        }
        if let Some(e) = enclosure {
            prop_assert!(contains(&e, &value), "op {op}: {value} not in [{}, {}]", e.lo(), e.hi());
        }
    }

    /// xʸ for x > 0 and exponents of both signs.
    #[test]
    fn pow_contains_the_point_value(a in case(1000), e in -40i64..40, wide in 0i64..3) {
        use rug::ops::Pow;
        let base = Case { point: a.point.abs() + q(1, 1000), lo: a.lo.abs() + q(1, 1000), hi: a.lo.abs() + q(1, 1000) + (&a.hi - &a.lo).abs(), prec: a.prec };
        let base = Case { point: base.lo.clone() + (&base.hi - &base.lo) / q(2, 1), ..base };
        let exponent = q(e, 8);
        let y = Interval::from_rational(a.prec, &(&exponent - q(wide, 100))).hull(&Interval::from_rational(a.prec, &(&exponent + q(wide, 100))));
        let enclosure = base.interval().pow(&y).unwrap();
        let value = base.reference_point().pow(Float::with_val(4 * a.prec, to_rug_rational(&exponent)));
        prop_assert!(contains(&enclosure, &value));
        // the extremes sit at corners, which one depending on the signs of y and ln x: every
        // corner lies inside (bases below, across and above 1; exponents of either sign or both)
        let y_ends = [&exponent - q(wide, 100), &exponent + q(wide, 100)];
        for x in [&base.lo, &base.hi] {
            for y in &y_ends {
                let corner = Float::with_val(4 * a.prec, to_rug_rational(x)).pow(Float::with_val(4 * a.prec, to_rug_rational(y)));
                prop_assert!(contains(&enclosure, &corner), "corner {x}^{y} outside");
            }
        }
        // a base that reaches 0 is outside the domain
        let reaching = Interval::from_int(a.prec, -1).hull(&base.interval());
        prop_assert!(reaching.pow(&y).is_err());
    }

    /// xʸ over boxes in each of the nine sign regions (x below, across or above 1; y below,
    /// across or above 0): every corner, and the centre, lie inside.
    #[test]
    fn pow_holds_every_corner(x0 in 1i64..300, x1 in 1i64..300, y0 in -300i64..300, y1 in -300i64..300, prec in 24u32..200) {
        use rug::ops::Pow;
        let (xl, xh) = (q(x0.min(x1), 100), q(x0.max(x1), 100));
        let (yl, yh) = (q(y0.min(y1), 37), q(y0.max(y1), 37));
        let x = Interval::from_rational(prec, &xl).hull(&Interval::from_rational(prec, &xh));
        let y = Interval::from_rational(prec, &yl).hull(&Interval::from_rational(prec, &yh));
        let enclosure = x.pow(&y).unwrap();
        let reference = |v: &BigRational| Float::with_val(4 * prec, to_rug_rational(v));
        let centre = (&xl + &xh) / q(2, 1);
        let middle = (&yl + &yh) / q(2, 1);
        for (a, b) in [(&xl, &yl), (&xl, &yh), (&xh, &yl), (&xh, &yh), (&centre, &middle)] {
            prop_assert!(contains(&enclosure, &reference(a).pow(reference(b))), "{a}^{b} outside");
        }
    }

    /// Products and quotients over boxes of every sign pattern (each factor positive, negative
    /// or straddling 0): every corner lies inside, so each of the sign cases picks the right ends.
    #[test]
    fn mul_and_div_hold_every_corner(a0 in -50i64..50, a1 in -50i64..50, b0 in -50i64..50, b1 in -50i64..50, prec in 24u32..200) {
        let (al, ah) = (q(a0.min(a1), 7), q(a0.max(a1), 7));
        let (bl, bh) = (q(b0.min(b1), 9), q(b0.max(b1), 9));
        let a = Interval::from_rational(prec, &al).hull(&Interval::from_rational(prec, &ah));
        let b = Interval::from_rational(prec, &bl).hull(&Interval::from_rational(prec, &bh));
        let product = &a * &b;
        let quotient = a.div(&b);
        prop_assert_eq!(quotient.is_ok(), bl.is_positive() || bh.is_negative());
        for x in [&al, &ah] {
            for y in [&bl, &bh] {
                let p = x * y;
                prop_assert!(product.lo_rational() <= p && p <= product.hi_rational(), "{x}·{y} outside");
                if let Ok(quotient) = &quotient {
                    let r = x / y;
                    prop_assert!(quotient.lo_rational() <= r && r <= quotient.hi_rational(), "{x}/{y} outside");
                }
            }
        }
    }

    /// Functional equations: exp(a)exp(b) = exp(a + b), sin² + cos² = 1, erf + erfc = 1,
    /// √(x²) = |x|, and (x + y) − y ∋ x.
    #[test]
    fn functional_equations(a in case(3), b in case(3)) {
        let (x, y) = (a.interval(), b.interval());
        let one = Interval::from_int(a.prec, 1);
        prop_assert!(overlap(&(&x.exp().unwrap() * &y.exp().unwrap()), &(&x + &y).exp().unwrap()));
        if let Ok(s) = x.sin() {
            prop_assert!(overlap(&(&s.square() + &x.cos().square()), &one));
        }
        prop_assert!(overlap(&(&x.erf() + &x.erfc()), &one));
        let absolute = if a.point.is_negative() { -&x } else { x.clone() };
        prop_assert!(overlap(&x.square().sqrt().unwrap(), &absolute));
        prop_assert!((&(&x + &y) - &y).contains_rational(&a.point));
    }
}

#[test]
fn known_values() {
    for prec in [53u32, 200, 1000] {
        // ζ(2) = π²/6
        let z = Interval::from_int(prec, 2).zeta().unwrap();
        let pi2 = Interval::pi(prec).square().mul_rational(&q(1, 6));
        assert!(overlap(&z, &pi2));
        // asin(1) = π/2, log10(1000) = 3, erf(0) = 0
        assert!(overlap(
            &Interval::from_int(prec, 1).asin().unwrap(),
            &Interval::pi(prec).mul_rational(&q(1, 2))
        ));
        assert!(
            Interval::from_int(prec, 1000)
                .log10()
                .unwrap()
                .contains_rational(&q(3, 1))
        );
        assert!(
            Interval::from_int(prec, 0)
                .erf()
                .contains_rational(&BigRational::zero())
        );
    }
    // the predicates the properties rely on can say no
    let (one, two) = (Interval::from_int(64, 1), Interval::from_int(64, 2));
    assert!(!overlap(&one, &two) && overlap(&one, &one.hull(&two)));
    assert!(!one.contains_rational(&q(3, 2)) && one.hull(&two).contains_rational(&q(3, 2)));
    // the domain edges are inside the domain
    assert!(Interval::from_rational(64, &q(-3, 2)).sin().is_ok());
    assert!(Interval::from_rational(64, &q(3, 2)).sin().is_ok());
    assert!(Interval::from_int(64, -1).asin().is_ok() && Interval::from_int(64, 0).sqrt().is_ok());
    // −[−1, 0] = [−0, 1]: a lower end of −0 is not negative
    let minus_zero = -&Interval::from_int(64, -1).hull(&Interval::from_int(64, 0));
    assert!(minus_zero.lo().is_sign_negative() && minus_zero.sqrt().is_ok());
    // a point's cosine is tight: within a few ulps
    for prec in [64u32, 256] {
        let c = Interval::from_rational(prec, &q(1, 3)).cos();
        let width = c.hi_rational() - c.lo_rational();
        assert!(
            width < BigRational::new(8.into(), num_bigint::BigInt::from(2).pow(prec)),
            "{prec}"
        );
    }
    // outside the domain: errors, never an enclosure
    let x = Interval::from_int(64, -1).hull(&Interval::from_int(64, 1));
    assert!(x.ln().is_err() && x.log10().is_err() && x.sqrt().is_err());
    assert!(x.atanh().is_err() && x.powi(-1).is_err() && x.zeta().is_err());
    assert!(Interval::from_int(64, 2).asin().is_err());
    assert!(Interval::from_int(64, 2).sin().is_err());
    assert!(Interval::from_int(64, 1).div(&x).is_err());
}

/// The containment check used above rejects an enclosure shrunk by one ulp at either end, on
/// values that are not representable — so the properties above can fail. (Swapped ends cannot
/// be built: the only way to an interval from two ends is `hull`, which orders them.)
/// The order predicates on [a, b] = hulls of exact integers: each side of each test decides on its
/// own (an enclosure failing one side only), and enclosures that touch are neither ordered nor
/// strictly between.
#[test]
fn order_predicates_are_strict_and_decide_on_each_side() {
    let iv = |a: i64, b: i64| Interval::from_int(64, a).hull(&Interval::from_int(64, b));
    let (a, b, c) = (iv(0, 1), iv(1, 2), iv(3, 4));
    assert!(below(&a, &c));
    assert!(!below(&a, &b), "touching at 1");
    assert!(!below(&c, &a));
    assert!(overlap(&a, &b) && overlap(&b, &a), "touching at 1");
    assert!(!overlap(&a, &c) && !overlap(&c, &a));
    assert!(between(&q(-1, 1), &a, &q(2, 1)));
    assert!(!between(&q(0, 1), &a, &q(2, 1)), "reaches the lower bound");
    assert!(!between(&q(-1, 1), &a, &q(1, 1)), "reaches the upper bound");
    assert!(!between(&q(2, 1), &a, &q(3, 1)), "below both bounds");
    assert!(!between(&q(-3, 1), &a, &q(-2, 1)), "above both bounds");
    assert!(ordered(&[]) && ordered(&[&a]) && ordered(&[&a, &c]));
    assert!(!ordered(&[&a, &b, &c]), "a and b touch");
    assert!(!ordered(&[&a, &c, &b]), "c is above b");
    assert!(!ordered(&[&c, &a]));
}

#[test]
fn canary_a_shrunk_enclosure_is_rejected() {
    let prec = 64;
    let at = |x: &Float| Interval::from_rational(prec, &from_float(x));
    let mut rejected = (0, 0);
    let mut irrational = 0;
    for n in 2..40i64 {
        let good = Interval::from_int(prec, n).sqrt().unwrap();
        let value = Float::with_val(4 * prec, n).sqrt();
        assert!(contains(&good, &value));
        if value.is_integer() {
            continue;
        }
        irrational += 1;
        let (mut lo, mut hi) = (good.lo().clone(), good.hi().clone());
        lo.next_up();
        hi.next_down();
        if !contains(&at(&lo).hull(&at(good.hi())), &value) {
            rejected.0 += 1;
        }
        if !contains(&at(good.lo()).hull(&at(&hi)), &value) {
            rejected.1 += 1;
        }
    }
    // √n is enclosed to one ulp: shrinking either end loses it, every time
    assert_eq!(rejected, (irrational, irrational));
    // swapped ends are reordered
    let root2 = Interval::from_int(prec, 2).sqrt().unwrap();
    let swapped = at(root2.hi()).hull(&at(root2.lo()));
    assert!(swapped.lo() <= swapped.hi());
}

fn from_float(x: &Float) -> BigRational {
    from_rug_rational(&x.to_rational().expect("finite"))
}

/// `powi` on both sides of 0: 2ⁿ exactly for −4 ≤ n ≤ 4 (an exact point), 1 at n = 0, and a
/// negative power of an enclosure that reaches 0 refused.
#[test]
fn powi_is_exact_on_both_sides_of_zero() {
    let two = Interval::from_int(64, 2);
    for n in -4i32..=4 {
        let want = if n < 0 { q(1, 1 << -n) } else { q(1 << n, 1) };
        let x = two.powi(n).unwrap();
        assert!(x.contains_rational(&want) && x.width() == 0, "n = {n}");
    }
    let straddles = Interval::from_int(64, -1).hull(&Interval::from_int(64, 1));
    assert!(straddles.powi(-1).is_err() && straddles.powi(2).is_ok());
}
