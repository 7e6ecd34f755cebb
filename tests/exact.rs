//! The shared arithmetic: certified enclosures, correctly rounded printing, exact number parsing
//! and the num-bigint ↔ rug bridges, each checked against an independent route.

use claimcheck::exact::ball::Ball;
use claimcheck::exact::certify::{certify, certify_with_cap};
use claimcheck::exact::decimal::Decimal;
use claimcheck::exact::integer::{
    binomial, binomial_rug, from_rug_integer, from_rug_rational as from_rug, pow10, to_rug_integer,
};
use claimcheck::exact::interval::{Interval, IntervalError};
use claimcheck::exact::number::{NumberError, parse_exact};
use claimcheck::exact::rational::q;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use proptest::prelude::*;
use rug::Float;
use rug::float::Round;

fn rug_q(x: &BigRational) -> rug::Rational {
    claimcheck::exact::integer::to_rug_rational(x)
}

/// The operations under test, each with an independent evaluation: MPFR at four times the
/// precision, rounding to nearest (not directed), straight from the rational input.
#[derive(Clone, Copy, Debug)]
enum Op {
    Add,
    Mul,
    Div,
    Sqrt,
    Cbrt,
    Exp,
    Ln,
    Erf,
    Pow,
}

const OPS: [Op; 9] = [
    Op::Add,
    Op::Mul,
    Op::Div,
    Op::Sqrt,
    Op::Cbrt,
    Op::Exp,
    Op::Ln,
    Op::Erf,
    Op::Pow,
];

fn enclose(op: Op, prec: u32, x: &BigRational, y: &BigRational) -> Result<Interval, IntervalError> {
    let (a, b) = (
        Interval::from_rational(prec, x),
        Interval::from_rational(prec, y),
    );
    match op {
        Op::Add => Ok(&a + &b),
        Op::Mul => Ok(&(&a * &b) - &a),
        Op::Div => a.div(&b),
        Op::Sqrt => a.sqrt(),
        Op::Cbrt => Ok(a.cbrt()),
        Op::Exp => a.exp(),
        Op::Ln => a.ln(),
        Op::Erf => Ok(a.erf()),
        Op::Pow => a.pow(&b),
    }
}

fn reference(op: Op, prec: u32, x: &BigRational, y: &BigRational) -> Float {
    let a = Float::with_val(prec, rug_q(x));
    let b = Float::with_val(prec, rug_q(y));
    use rug::ops::Pow;
    match op {
        Op::Add => Float::with_val(prec, &a + &b),
        Op::Mul => Float::with_val(prec, Float::with_val(prec, &a * &b) - &a),
        Op::Div => Float::with_val(prec, &a / &b),
        Op::Sqrt => a.sqrt(),
        Op::Cbrt => a.cbrt(),
        Op::Exp => a.exp(),
        Op::Ln => a.ln(),
        Op::Erf => a.erf(),
        Op::Pow => Float::with_val(prec, (&a).pow(&b)),
    }
}

/// 10^e for any integer e.
fn pow10_rational(e: i64) -> BigRational {
    if e >= 0 {
        BigRational::from_integer(pow10(e as u64))
    } else {
        BigRational::new(BigInt::one(), pow10((-e) as u64))
    }
}

/// ⌊log₁₀ |x]⌋ for x ≠ 0, by comparison with powers of ten.
fn floor_log10(x: &BigRational) -> i64 {
    let x = x.abs();
    let mut e = 0i64;
    while pow10_rational(e) > x {
        e -= 1;
    }
    while pow10_rational(e + 1) <= x {
        e += 1;
    }
    e
}

fn rational() -> impl Strategy<Value = BigRational> {
    (1i64..1_000_000, 1i64..1_000_000).prop_map(|(n, d)| q(n, d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every enclosure contains the value computed at four times the precision.
    #[test]
    fn enclosures_contain_the_high_precision_value(
        op_index in 0usize..OPS.len(), x in rational(), y in rational(), prec in 24u32..300,
    ) {
        let op = OPS[op_index];
        let y = if matches!(op, Op::Pow) { &y % q(7, 1) - q(3, 1) } else { y };
        let enclosure = enclose(op, prec, &x, &y).unwrap();
        let value = reference(op, 4 * prec, &x, &y);
        prop_assert!(enclosure.contains(&value), "{op:?}({x}, {y}) at {prec} bits: {value} not in [{}, {}]", enclosure.lo(), enclosure.hi());
        prop_assert!(enclosure.lo() <= enclosure.hi());
    }

    /// Certified digits of √n agree with integer square roots: ⌊√(n·10^(2k))⌋ carries the digits.
    #[test]
    fn certified_sqrt_digits_match_integer_sqrt(n in 2u64..1_000_000, digits in 1u32..60) {
        let decimal = certify(digits, |prec| Interval::from_int(prec, n as i64).sqrt()).unwrap();
        // bracket: s/10^k ≤ √n < (s+1)/10^k with s = ⌊√(n·10^(2k))⌋; both ends must round alike.
        let k = digits as u64 + 10;
        let s = (BigUint::from(n) * pow10(2 * k).to_biguint().unwrap()).sqrt();
        let scale = pow10(k);
        let lo = BigRational::new(BigInt::from(s.clone()), scale.clone());
        let hi = BigRational::new(BigInt::from(s + 1u32), scale);
        let (lo_d, hi_d) = (Decimal::round(&lo, digits).unwrap(), Decimal::round(&hi, digits).unwrap());
        if lo_d == hi_d {
            prop_assert_eq!(decimal, lo_d);
        }
    }

    /// Certified digits of e^(p/q) agree with the rational Taylor bracket
    /// S_N ≤ e^x ≤ S_N + 2x^N/N! (0 ≤ x ≤ 1, N ≥ 2).
    #[test]
    fn certified_exp_digits_match_taylor_bracket(num in 0i64..=1000, digits in 1u32..40) {
        let x = q(num, 1000);
        let decimal = certify(digits, |prec| Interval::from_rational(prec, &x).exp()).unwrap();
        let mut sum = BigRational::zero();
        let mut term = BigRational::one();
        for i in 1..=60 {
            sum += &term;
            term = term * &x / BigRational::from_integer(i.into());
        }
        let lo = sum.clone();
        let hi = sum + term * q(2, 1);
        let (lo_d, hi_d) = (Decimal::round(&lo, digits).unwrap(), Decimal::round(&hi, digits).unwrap());
        prop_assert_eq!(&lo_d, &hi_d, "bracket too wide");
        prop_assert_eq!(decimal, lo_d);
    }

    /// Rounding a rational: the printed decimal is within half a unit of the last digit, and
    /// parsing it back gives the same decimal.
    #[test]
    fn decimal_rounding_is_correct(n in -10_000_000_000i64..10_000_000_000, d in 1i64..1_000_000, digits in 1u32..25) {
        prop_assume!(n != 0);
        let x = q(n, d);
        let dec = Decimal::round(&x, digits).unwrap();
        let back = dec.to_rational();
        // |x − back| ≤ ½·10^(e − D + 1) where 10^e ≤ |back| (up to the carry case)
        let ulp = pow10_rational(floor_log10(&back) - digits as i64 + 1);
        prop_assert!((&x - &back).abs() * q(2, 1) <= ulp, "{x} → {dec}");
        prop_assert_eq!(Decimal::parse(&dec.to_string()), Some(dec.clone()));
        prop_assert_eq!(dec.significant_digits(), digits);
    }

    /// Exact parsing of decimals and p/q against integer arithmetic.
    #[test]
    fn parse_decimals_and_fractions(int in 0u64..1_000_000, frac in 0u64..1_000_000, p in -1000i64..1000, d in 1i64..1000) {
        let text = format!("{int}.{frac:06}");
        prop_assert_eq!(parse_exact(&text).unwrap(), q((int * 1_000_000 + frac) as i64, 1_000_000));
        prop_assert_eq!(parse_exact(&format!("{p}/{d}")).unwrap(), q(p, d));
    }

    /// GMP's decimal string (what `eval` prints exact values with) is num-bigint's.
    #[test]
    fn decimal_string_is_to_string(bytes in proptest::collection::vec(any::<u8>(), 0..600), negative in any::<bool>()) {
        let magnitude = BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes);
        let n = if negative { -magnitude } else { magnitude };
        prop_assert_eq!(claimcheck::exact::integer::decimal_string(&n), n.to_string());
    }

    /// num-bigint and GMP binomials agree; the signed bridges round-trip.
    #[test]
    fn binomials_and_bridges(n in 0u64..5000, k in 0u64..200, v in any::<i128>()) {
        prop_assert_eq!(binomial(&BigUint::from(n), k), binomial_rug(&BigUint::from(n), k as u32));
        // both of GMP's paths: mpz_bin_uiui below 2³², mpz_bin_ui from 2³² on
        let near = BigUint::from(u64::from(u32::MAX) - 100 + n % 300);
        prop_assert_eq!(binomial(&near, k % 40), binomial_rug(&near, (k % 40) as u32));
        let b = BigInt::from(v);
        prop_assert_eq!(from_rug_integer(&to_rug_integer(&b)), b);
    }
}

/// Values that sit close to a rounding boundary: 0.12345 ± 10⁻⁴⁰ to four digits, reached through
/// an enclosure that must be refined far past the starting precision.
#[test]
fn digits_near_a_rounding_boundary() {
    let tiny = BigRational::new(BigInt::one(), pow10(40));
    let above = q(12345, 100_000) + &tiny;
    let below = q(12345, 100_000) - &tiny;
    // √(x²) keeps the value but forces an inexact computation.
    let via_sqrt = |x: BigRational| move |prec| Interval::from_rational(prec, &(&x * &x)).sqrt();
    assert_eq!(certify(4, via_sqrt(above)).unwrap().to_string(), "0.1235");
    assert_eq!(certify(4, via_sqrt(below)).unwrap().to_string(), "0.1234");
}

/// An exact tie is printed only when the enclosure is a point; otherwise the cap is an error,
/// never a guessed digit.
#[test]
fn ties_and_the_precision_cap() {
    assert_eq!(Decimal::round(&q(1, 8), 2).unwrap().to_string(), "0.13"); // ties away from zero
    assert_eq!(Decimal::round(&q(-1, 8), 2).unwrap().to_string(), "-0.13");
    let point = certify(2, |prec| Ok(Interval::from_rational(prec, &q(1, 8)))).unwrap();
    assert_eq!(point.to_string(), "0.13");
    // an enclosure that always straddles 0.125 by 2^−prec
    let straddle = |prec: u32| {
        let eps = Interval::from_rational(
            prec,
            &BigRational::new(BigInt::one(), BigInt::one() << prec),
        );
        let mid = Interval::from_rational(prec, &q(1, 8));
        let lo = &mid - &eps;
        let hi = &mid + &eps;
        Ok(Interval::from_rational(prec, &lo.lo_rational())
            .hull(&Interval::from_rational(prec, &hi.hi_rational())))
    };
    assert!(matches!(
        certify_with_cap(2, 512, straddle),
        Err(IntervalError::PrecisionCap { digits: 2, .. })
    ));
}

#[test]
fn domain_errors_are_errors() {
    let p = 64;
    let neg = Interval::from_int(p, -1);
    let zero_span =
        &Interval::from_int(p, -1).hull(&Interval::from_int(p, 1)) * &Interval::from_int(p, 1);
    assert!(neg.sqrt().is_err());
    assert!(neg.ln().is_err());
    assert!(Interval::from_int(p, 1).div(&zero_span).is_err());
    assert!(neg.pow(&Interval::from_int(p, 2)).is_err());
    assert!(Interval::from_int(p, 100_000_000).exp().is_ok());
}

#[test]
fn pi_and_known_constants() {
    let pi = certify(30, |prec| Ok(Interval::pi(prec))).unwrap();
    assert_eq!(pi.to_string(), "3.14159265358979323846264338328");
    let ln2 = certify(20, |prec| Interval::from_int(prec, 2).ln()).unwrap();
    assert_eq!(ln2.to_string(), "0.69314718055994530942");
    let erf1 = certify(15, |prec| Ok(Interval::from_int(prec, 1).erf())).unwrap();
    assert_eq!(erf1.to_string(), "0.842700792949715");
    // directed rounding at low precision still encloses: π at 8 bits
    let low = Interval::pi(8);
    let reference = Float::with_val_round(256, rug::float::Constant::Pi, Round::Nearest).0;
    assert!(low.contains(&reference));
}

#[test]
fn decimal_display_forms() {
    let show = |n: i64, d: i64, digits| Decimal::round(&q(n, d), digits).unwrap().to_string();
    assert_eq!(show(2031120, 1, 3), "2.03e6");
    assert_eq!(show(2031120, 1, 7), "2031120");
    assert_eq!(show(1, 50, 3), "0.0200");
    assert_eq!(show(1, 3_000_000, 2), "3.3e-7");
    assert_eq!(show(999_999, 1_000_000, 3), "1.00");
    assert_eq!(Decimal::parse("0.0176").unwrap().significant_digits(), 3);
    assert_eq!(
        Decimal::parse("1.13684723").unwrap().to_rational(),
        q(113684723, 100000000)
    );
    assert_eq!(Decimal::parse("abc"), None);
}

#[test]
fn number_parse_forms_and_errors() {
    assert_eq!(parse_exact("10^9").unwrap(), q(1_000_000_000, 1));
    assert_eq!(parse_exact("3*10^2").unwrap(), q(300, 1));
    assert_eq!(parse_exact("19/250").unwrap(), q(19, 250));
    assert_eq!(parse_exact("-3").unwrap(), q(-3, 1));
    assert_eq!(parse_exact("1.5e-3").unwrap(), q(3, 2000));
    assert_eq!(parse_exact("0.02").unwrap(), q(1, 50));
    assert!(matches!(parse_exact("abc"), Err(NumberError::Malformed(_))));
    assert!(matches!(parse_exact(""), Err(NumberError::Malformed(_))));
    assert!(matches!(
        parse_exact("1/0"),
        Err(NumberError::ZeroDenominator(_))
    ));
    assert!(matches!(
        parse_exact("10^99999999999"),
        Err(NumberError::TooLarge { .. })
    ));
    assert!(matches!(
        parse_exact("1e99999999"),
        Err(NumberError::Malformed(_))
    ));
}

/// f(x, y) = cos(∛(exp(x/y)) − √x)/(1 + y) − 1/x, evaluated once with balls and once with intervals.
fn chain_ball(prec: u32, x: &BigRational, y: &BigRational) -> Ball {
    let (a, b) = (
        Ball::from_rational(prec, &rug_q(x)),
        Ball::from_rational(prec, &rug_q(y)),
    );
    let one = Ball::from_i64(prec, 1);
    let inner = a
        .div(&b)
        .unwrap()
        .exp()
        .unwrap()
        .root(3)
        .unwrap()
        .sub(&a.sqrt().unwrap())
        .unwrap();
    inner
        .cos()
        .unwrap()
        .div(&one.add(&b).unwrap())
        .unwrap()
        .sub(&a.recip().unwrap())
        .unwrap()
}

fn chain_interval(prec: u32, x: &BigRational, y: &BigRational) -> Interval {
    let (a, b) = (
        Interval::from_rational(prec, x),
        Interval::from_rational(prec, y),
    );
    let one = Interval::from_int(prec, 1);
    let inner = &a.div(&b).unwrap().exp().unwrap().cbrt() - &a.sqrt().unwrap();
    &inner.cos().div(&(&one + &b)).unwrap() - &one.div(&a).unwrap()
}

/// The ball meets the high-precision interval (both claim to hold the true value) and its
/// radius is within 2^(12 − prec)·scale (no runaway inflation; scale bounds the inputs' sizes).
fn ball_agrees(
    ball: &Ball,
    reference: &Interval,
    prec: u32,
    scale: &rug::Rational,
) -> Result<(), String> {
    let (lo, hi) = (ball.lo_rational().unwrap(), ball.hi_rational().unwrap());
    let (rlo, rhi) = (
        rug_q(&reference.lo_rational()),
        rug_q(&reference.hi_rational()),
    );
    if lo > rhi || rlo > hi {
        return Err(format!("[{lo}, {hi}] misses [{rlo}, {rhi}]"));
    }
    let size = ball.mid().clone().abs().to_rational().unwrap() + scale;
    let allowed = size / (rug::Integer::from(1) << (prec - 12));
    if ball.rad().to_rational().unwrap() > allowed {
        return Err(format!("radius {} too wide at {prec} bits", ball.rad()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Ball arithmetic (one MPFR call per operation) agrees with interval arithmetic at four
    /// times the precision, operation by operation and along a chain that propagates radii.
    #[test]
    fn balls_agree_with_intervals(x in rational(), y in rational(), k in 1u32..40, prec in 64u32..600) {
        let (a, b) = (Ball::from_rational(prec, &rug_q(&x)), Ball::from_rational(prec, &rug_q(&y)));
        let (ia, ib) = (Interval::from_rational(4 * prec, &x), Interval::from_rational(4 * prec, &y));
        let small = |v: &BigRational| v / q(1_000_000, 1); // keep exp's argument below 10⁶/1
        let (sa, isa) = (Ball::from_rational(prec, &rug_q(&small(&x))), Interval::from_rational(4 * prec, &small(&x)));
        let cases: Vec<(&str, Ball, Interval)> = vec![
            ("add", a.add(&b).unwrap(), &ia + &ib),
            ("sub", a.sub(&b).unwrap(), &ia - &ib),
            ("mul", a.mul(&b).unwrap(), &ia * &ib),
            ("div", a.div(&b).unwrap(), ia.div(&ib).unwrap()),
            ("sqrt", a.sqrt().unwrap(), ia.sqrt().unwrap()),
            ("root", a.root(k).unwrap(), ia.pow(&Interval::from_rational(4 * prec, &q(1, k as i64))).unwrap()),
            ("exp", sa.exp().unwrap(), isa.exp().unwrap()),
            ("cos", a.cos().unwrap(), ia.cos()),
            ("recip", a.recip().unwrap(), Interval::from_int(4 * prec, 1).div(&ia).unwrap()),
            ("chain", chain_ball(prec, &small(&x), &(&y + q(1, 1))), chain_interval(4 * prec, &small(&x), &(&y + q(1, 1)))),
        ];
        let scale = rug_q(&(q(1, 1) + &x + &y));
        for (name, ball, reference) in cases {
            let agreed = ball_agrees(&ball, &reference, prec, &scale);
            prop_assert!(agreed.is_ok(), "{name}({x}, {y}) at {prec} bits: {:?}", agreed);
        }
    }
}

/// A ball's square contains the square of every point of the ball — both ends of a wide ball
/// (the r² term), and the exact square of a 64-bit integer whose square needs 128 bits (the
/// rounding of the midpoint) — and is as tight as the product of the ball with itself.
#[test]
fn ball_square_contains_every_square() {
    use rug::{Integer, Rational};
    let wide = Ball::from_i64(64, 1)
        .add_error(&Rational::from((1, 2)))
        .unwrap();
    let square = wide.square().unwrap();
    for end in [Rational::from((1, 4)), Rational::from((9, 4))] {
        assert!(square.contains_rational(&end), "{end}");
    }
    let big = Integer::from(u64::MAX);
    let square = Ball::from_integer(64, &big).square().unwrap();
    assert!(square.contains_rational(&Rational::from(big.clone() * &big)));
    let third = Ball::from_rational(200, &Rational::from((1, 3)));
    let (square, product) = (third.square().unwrap(), third.mul(&third).unwrap());
    assert!(square.contains_rational(&Rational::from((1, 9))));
    assert!(square.rad() <= product.rad());
}

#[test]
fn ball_domain_errors_and_integers() {
    let zero_ish = Ball::from_i64(64, 0);
    assert!(Ball::from_i64(64, 1).div(&zero_ish).is_err());
    assert!(zero_ish.sqrt().is_err());
    assert!(Ball::from_i64(64, -4).root(3).is_err());
    let third = Ball::from_rational(64, &rug::Rational::from((1, 3)));
    assert!(third.contains_rational(&rug::Rational::from((1, 3))));
    assert_eq!(
        third
            .mul_integer(&rug::Integer::from(30))
            .unwrap()
            .unique_integer(),
        Some(rug::Integer::from(10))
    );
    // 1/x as 0 ± 1/x_low: contains 1/x, centred at 0; undefined at 0
    let coarse = Ball::from_rational(64, &rug::Rational::from((1000, 3)))
        .negligible_recip()
        .unwrap();
    assert!(coarse.contains_rational(&rug::Rational::from((3, 1000))) && *coarse.mid() == 0);
    assert!(coarse.rad().to_f64() < 0.0031);
    assert!(zero_ish.negligible_recip().is_err());
    // preconditions are checked, never a silent infinity: division by 0, a non-finite float,
    // and products and shifts that leave MPFR's exponent range are errors
    assert!(Ball::from_i64(64, 1).div_u64(0).is_err());
    assert!(Ball::from_float(rug::Float::with_val(53, f64::INFINITY)).is_err());
    assert!(Ball::from_float(rug::Float::with_val(53, f64::NAN)).is_err());
    let mut x = Ball::from_i64(64, 3);
    let overflowed = (0..80).any(|_| match x.mul(&x) {
        Ok(y) => {
            x = y;
            false
        }
        Err(_) => true,
    });
    assert!(
        overflowed,
        "squaring 3 eighty times must leave the exponent range"
    );
    let big = Ball::from_i64(64, 1).mul_pow2(i32::MAX);
    assert!(big.and_then(|b| b.mul_pow2(i32::MAX)).is_err());
    assert!(
        Ball::from_i64(64, 1)
            .add_error(&rug::Rational::from(1))
            .is_ok()
    );
    // 7/2 sits on a tie: no unique integer within ½
    assert_eq!(
        Ball::from_rational(64, &rug::Rational::from((7, 2))).unique_integer(),
        None
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Radius propagation: for an input ball of radius |x|·2^(−prec/2), each operation's ball
    /// contains the whole image of the input interval (its ends computed at four times the
    /// precision), so a rule that forgets the input's radius fails here.
    #[test]
    fn wide_balls_contain_the_image(x in rational(), y in rational(), k in 1u32..40, prec in 64u32..400) {
        let half = rug::Integer::from(1) << (prec / 2);
        let (ex, ey) = (rug_q(&x) / &half, rug_q(&y) / &half);
        let wide = |v: &BigRational, e: &rug::Rational| {
            (Ball::from_rational(prec, &rug_q(v)).add_error(e).unwrap(),
             Interval::from_rational(4 * prec, &(v - from_rug(e))).hull(&Interval::from_rational(4 * prec, &(v + from_rug(e)))))
        };
        let (a, ia) = wide(&x, &ex);
        let (b, ib) = wide(&y, &ey);
        let small = &x / q(1_000_000, 1);
        let (s, is) = wide(&small, &(rug_q(&small) / &half));
        let cases: Vec<(&str, Ball, Interval)> = vec![
            ("add", a.add(&b).unwrap(), &ia + &ib),
            ("sub", a.sub(&b).unwrap(), &ia - &ib),
            ("mul", a.mul(&b).unwrap(), &ia * &ib),
            ("div", a.div(&b).unwrap(), ia.div(&ib).unwrap()),
            ("div_u64", a.div_u64(u64::from(k) + 1).unwrap(), ia.div(&Interval::from_int(4 * prec, i64::from(k) + 1)).unwrap()),
            ("mul_integer", a.mul_integer(&rug::Integer::from(k)).unwrap(), ia.mul_rational(&q(i64::from(k), 1))),
            ("sqrt", a.sqrt().unwrap(), ia.sqrt().unwrap()),
            ("root", a.root(k).unwrap(), ia.pow(&Interval::from_rational(4 * prec, &q(1, i64::from(k)))).unwrap()),
            ("exp", s.exp().unwrap(), is.exp().unwrap()),
            ("recip", a.recip().unwrap(), Interval::from_int(4 * prec, 1).div(&ia).unwrap()),
            ("with_prec", a.with_prec(prec / 2 + 8).unwrap(), ia.clone()),
        ];
        for (name, ball, image) in cases {
            let (lo, hi) = (ball.lo_rational().unwrap(), ball.hi_rational().unwrap());
            prop_assert!(lo <= rug_q(&image.lo_rational()) && rug_q(&image.hi_rational()) <= hi,
                "{name}({x}, {y}) at {prec} bits: [{lo}, {hi}] does not contain [{}, {}]", image.lo(), image.hi());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Balls far wider than their midpoints, of both signs and straddling 0 (radius |x|·w + 1
    /// around ±x): a product's radius is then mostly its second-order term r_x·r_y, and a sum's
    /// the two radii, so a propagation rule that drops or subtracts a term fails here.
    #[test]
    fn balls_straddling_zero_contain_the_image(
        x in rational(), y in rational(), w in 0i64..8, k in 1u32..40, negate in any::<(bool, bool)>(), prec in 64u32..400,
    ) {
        let wide = |v: &BigRational, flip: bool| {
            let v = if flip { -v } else { v.clone() };
            let e = v.abs() * q(w, 1) + q(1, 1);
            let ball = Ball::from_rational(prec, &rug_q(&v)).add_error(&rug_q(&e)).unwrap();
            let image = Interval::from_rational(4 * prec, &(&v - &e)).hull(&Interval::from_rational(4 * prec, &(&v + &e)));
            (ball, image)
        };
        let (a, ia) = wide(&x, negate.0);
        let (b, ib) = wide(&y, negate.1);
        let cases: Vec<(&str, Ball, Interval)> = vec![
            ("add", a.add(&b).unwrap(), &ia + &ib),
            ("sub", a.sub(&b).unwrap(), &ia - &ib),
            ("mul", a.mul(&b).unwrap(), &ia * &ib),
            ("square", a.mul(&a).unwrap(), ia.square()),
            ("mul_integer", a.mul_integer(&rug::Integer::from(-i64::from(k))).unwrap(), ia.mul_rational(&q(-i64::from(k), 1))),
            ("div_u64", a.div_u64(u64::from(k)).unwrap(), ia.div(&Interval::from_int(4 * prec, i64::from(k))).unwrap()),
            ("mul_pow2", a.mul_pow2(-(k as i32)).unwrap(), ia.mul_rational(&q(1, 1i64 << k))),
        ];
        for (name, ball, image) in cases {
            let (lo, hi) = (ball.lo_rational().unwrap(), ball.hi_rational().unwrap());
            prop_assert!(lo <= rug_q(&image.lo_rational()) && rug_q(&image.hi_rational()) <= hi,
                "{name}({x}, {y}, w = {w}) at {prec} bits: [{lo}, {hi}] does not contain [{}, {}]", image.lo(), image.hi());
        }
        // a ball of radius ≥ ½ never proves an integer (it holds two)
        prop_assert_eq!(a.unique_integer(), None);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The double-precision cosine stays within its proven bound of MPFR's cos(πa/b) at 200 bits,
    /// and is a real approximation (within 8u on most arguments, not just within the bound).
    #[test]
    fn double_cos_pi_within_its_bound(b in 1u64..2_000_000, frac in 0.0f64..=0.5) {
        use claimcheck::exact::double::{COS_ERROR, cos_pi_rational};
        let a = ((b as f64) * frac).floor() as u64;
        let exact = Float::with_val(200, Float::with_val(200, rug::float::Constant::Pi) * rug::Rational::from((a, b))).cos();
        let error = Float::with_val(200, &exact - cos_pi_rational(a, b).unwrap()).abs();
        prop_assert!(error <= COS_ERROR, "cos(π·{a}/{b}): error {error}");
    }

    /// The double-precision exponential within its proven relative bound of MPFR's at 200 bits.
    #[test]
    fn double_exp_within_its_bound(x in 0.0f64..708.9) {
        use claimcheck::exact::double::{EXP_REL_ERROR, exp};
        let exact = Float::with_val(200, x).exp();
        let relative = Float::with_val(200, Float::with_val(200, &exact - exp(x).unwrap()) / &exact).abs();
        prop_assert!(relative <= EXP_REL_ERROR, "exp({x}): relative error {relative}");
    }
}

/// The bounds are not vacuous: the typical error is a few units of 2⁻⁵³, far inside the bound,
/// and the edge arguments are exact or nearly so.
#[test]
fn double_functions_at_edges() {
    use claimcheck::exact::double::{COS_ERROR, EXP_REL_ERROR, UNIT, cos_pi_rational, exp};
    // the proven bounds are what the doc comments prove, 64u = 2⁻⁴⁷ (callers such as the Newton
    // cosine's root identification rely on their size)
    assert_eq!(
        (UNIT, COS_ERROR, EXP_REL_ERROR),
        (2f64.powi(-53), 2f64.powi(-47), 2f64.powi(-47))
    );
    assert_eq!(cos_pi_rational(0, 0), None); // 0/0 is no angle
    assert_eq!(cos_pi_rational(0, 7), Some(1.0));
    assert_eq!(cos_pi_rational(4, 7), None);
    assert_eq!(exp(-1.0), None);
    assert_eq!(exp(709.5), None);
    assert!(cos_pi_rational(1, 2).unwrap().abs() <= 2.0 * UNIT);
    assert!((cos_pi_rational(1, 3).unwrap() - 0.5).abs() <= 2.0 * UNIT);
    assert!((cos_pi_rational(1, 4).unwrap() - std::f64::consts::FRAC_1_SQRT_2).abs() <= 4.0 * UNIT);
    assert_eq!(exp(0.0), Some(1.0));
    assert!((exp(1.0).unwrap() - std::f64::consts::E).abs() <= 4.0 * UNIT * std::f64::consts::E);
    let worst = (1..2000u64)
        .flat_map(|b| (0..=b / 2).step_by(7).map(move |a| (a, b)))
        .map(|(a, b)| {
            let exact = Float::with_val(
                200,
                Float::with_val(200, rug::float::Constant::Pi) * rug::Rational::from((a, b)),
            )
            .cos();
            Float::with_val(200, &exact - cos_pi_rational(a, b).unwrap())
                .abs()
                .to_f64()
                / UNIT
        })
        .fold(0.0f64, f64::max);
    assert!(worst < 8.0, "worst cosine error {worst} u");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// cos(πa/b) by certified Newton iteration agrees with the interval cosine at twice the
    /// precision, and its radius is a few units in the last place.
    #[test]
    fn newton_cosine_agrees_with_mpfr(b in 3u64..5000, frac in 0.0f64..0.5, prec in 64u32..3000) {
        use claimcheck::exact::cos_pi::cos_pi_newton;
        let a = ((b as f64 * frac) as u64).clamp(1, (b - 1) / 2);
        let g = num_integer::gcd(a, b);
        let (a, b) = (a / g, b / g);
        prop_assume!(b >= 3);
        let ball = cos_pi_newton(a, b, prec).unwrap();
        let reference = Interval::pi(2 * prec).mul_rational(&q(a as i64, b as i64)).cos();
        let agreed = ball_agrees(&ball, &reference, prec, &rug::Rational::from(1));
        prop_assert!(agreed.is_ok(), "cos(π·{a}/{b}) at {prec} bits: {:?}", agreed);
    }
}

#[test]
fn newton_cosine_at_high_precision_and_domain() {
    use claimcheck::exact::cos_pi::cos_pi_newton;
    // (1, 1617, 1808) once came out 4400 ulps wide, before the Newton schedule counted the
    // log₂ b bits each step loses (found by the property test above)
    for (a, b, prec) in [
        (7u64, 18u64, 20_000u32),
        (1, 24, 9000),
        (49, 204, 12_000),
        (1, 1617, 1808),
        // large b: each Newton step loses log₂ b bits, which the schedule must budget for
        (1, 1_000_003, 3000),
        (123_456, 999_983, 6000),
        (1, (1 << 30) + 3, 2000),
    ] {
        assert_cos_pi(&cos_pi_newton(a, b, prec).unwrap(), a, b, prec);
    }
    assert!(cos_pi_newton(1, 2, 100).is_err());
    assert!(cos_pi_newton(0, 5, 100).is_err());
    assert!(cos_pi_newton(3, 5, 100).is_err());
}

/// Asserts that `ball` is cos(πa/b) at `prec` bits: it meets MPFR's interval cosine at 64 more
/// bits and is at most a few units in its last place wide.
fn assert_cos_pi(ball: &Ball, a: u64, b: u64, prec: u32) {
    let reference = Interval::pi(prec + 64)
        .mul_rational(&q(a as i64, b as i64))
        .cos();
    let agreed = ball_agrees(ball, &reference, prec, &rug::Rational::from(1));
    assert!(agreed.is_ok(), "cos(π·{a}/{b}) at {prec} bits: {agreed:?}");
}

/// cos(πa/b) by halving and trisecting agrees with MPFR's cosine at 64 more bits for
/// every numerator 0 ≤ a < 2b (the reductions' signs included) of every tower denominator up
/// to 324, and at high precision for the deep ones; the others are refused.
#[test]
fn tower_cosine_agrees_with_mpfr() {
    use claimcheck::exact::cos_tower::{cos_pi_tower, handles};
    let denominators: Vec<u64> = (1..=324).filter(|&b| handles(b)).collect();
    assert_eq!(denominators.len(), 47, "{denominators:?}"); // 2^i·3^j and 5·2^i·3^j ≤ 324
    for &b in &denominators {
        for a in 0..2 * b {
            let prec = if b % 7 == 0 {
                64
            } else {
                64 + (a as u32 * 37 + b as u32 * 11) % 900
            };
            assert_cos_pi(&cos_pi_tower(a, b, prec).unwrap(), a, b, prec);
        }
    }
    for (a, b, prec) in [
        (7u64, 18u64, 20_000u32),
        (1, 1458, 6000),
        (3, 2048, 9000),
        (7, 40, 12_000),
        (13, 270, 5000),
    ] {
        assert_cos_pi(&cos_pi_tower(a, b, prec).unwrap(), a, b, prec);
    }
    for b in [0u64, 7, 25, 35, 49, 11 * 16] {
        assert!(!handles(b) && cos_pi_tower(1, b, 100).is_err(), "b = {b}");
    }
    // the trisection certifies nothing from a start 0.01 off the root (or half-way between two)
    use claimcheck::exact::cos_tower::trisect;
    let c3 = Ball::from_i64(300, 3).sqrt().unwrap().mul_pow2(-1).unwrap(); // cos(π/6)
    let start = (std::f64::consts::PI / 18.0).cos();
    assert!(trisect(&c3, start, 300).is_ok());
    for wrong in [start + 0.01, start - 0.01, 0.5, 0.0] {
        assert!(trisect(&c3, wrong, 300).is_err(), "start {wrong}");
    }
    // nor from the right start when c is known only to ±2⁻¹⁰: the roots of 4x³ − 3x = c for
    // those c spread over far more than X₀ = start ± 2⁻³⁰
    let wide = c3.add_error(&rug::Rational::from((1, 1024))).unwrap();
    assert!(trisect(&wide, start, 300).is_err());
}

/// Near θ = π/2 the halving's 1 + cos 2θ cancels about 2·log₂ b bits: cos(π(b/2 − 1)/b) =
/// sin(π/b) still comes out to the full relative precision (the guard bits grow with b).
#[test]
fn tower_cosine_keeps_its_relative_precision_near_a_right_angle() {
    use claimcheck::exact::cos_tower::cos_pi_tower;
    for (b, prec) in [
        (1u64 << 40, 400),
        (3 << 38, 1000),
        (5 << 36, 2000),
        (1 << 20, 3000),
    ] {
        let a = b / 2 - 1;
        let ball = cos_pi_tower(a, b, prec).unwrap();
        let reference = Interval::pi(prec + 128)
            .mul_rational(&q(a as i64, b as i64))
            .cos();
        let relative = ball_agrees(&ball, &reference, prec, &rug::Rational::new());
        assert!(
            relative.is_ok(),
            "cos(π·{a}/{b}) at {prec} bits: {relative:?}"
        );
    }
}

/// π by Chudnovsky's series (binary splitting) agrees with MPFR's π (an AGM) and is tight.
#[test]
fn chudnovsky_pi_agrees_with_mpfr() {
    use claimcheck::exact::chudnovsky;
    for prec in [53u32, 64, 100, 1000, 4321, 50_000, 3000] {
        let ball = chudnovsky::pi(prec, 2).unwrap(); // 3000: from the cache of the 50 000-bit value
        assert!(
            ball_agrees(
                &chudnovsky::compute(prec, 1).unwrap(),
                &Interval::pi(2 * prec),
                prec,
                &rug::Rational::from(1)
            )
            .is_ok()
        );
        let reference = Interval::pi(2 * prec);
        assert!(
            ball_agrees(&ball, &reference, prec, &rug::Rational::from(1)).is_ok(),
            "{prec} bits"
        );
        assert_eq!(ball.prec(), prec);
        // the series' own error (its ≥ 40 guard bits of terms and arithmetic) is invisible
        // beside the final rounding: the radius is one ulp of π at `prec` bits, 2^(2 − prec),
        // to within 2⁻²⁴ of itself
        let direct = chudnovsky::compute(prec, 1).unwrap();
        // the pieces on three threads give the same exact fraction, so the same ball
        let pieces = chudnovsky::compute(prec, 3).unwrap();
        assert_eq!((pieces.mid(), pieces.rad()), (direct.mid(), direct.rad()));
        let ulp = rug::Rational::from((1, rug::Integer::from(1) << (prec - 2)));
        let margin = rug::Rational::from(((1 << 24) + 1, 1 << 24));
        assert!(
            direct.rad().to_rational().unwrap() <= ulp * margin,
            "{prec} bits: radius {}",
            direct.rad()
        );
    }
}

/// e^x by the bit-burst split ([`claimcheck::exact::bit_burst`]) against MPFR's exp (an
/// interval at twice the precision) on one, two and three threads: the arguments reach every
/// case — none (0), |x| < 2^(−16) (no squaring), chunks of every size, 34 squarings
/// (|x| ≈ 2^18, as for p(10¹⁰)), negative arguments (the reciprocal) — and the enclosure is tight.
#[test]
fn bit_burst_exp_agrees_with_mpfr() {
    use claimcheck::exact::bit_burst;
    let prec = bit_burst::MIN_BITS + 123;
    let five_ln2 = Ball::ln2(prec).mul_integer(&rug::Integer::from(5)).unwrap();
    let mut arguments: Vec<Ball> = [
        "0",
        "1/3",
        "-1/3",
        "7/1024",
        "256509123456789/1000000000",
        "-987654321/100000",
        "1/1267650600228229401496703205376",
    ]
    .iter()
    .map(|t| Ball::from_rational(prec, &rug_q(&parse_exact(t).unwrap())))
    .collect();
    arguments.push(Ball::from_float(five_ln2.mid().clone()).unwrap());
    arguments.push(
        Ball::pi(prec)
            .mul(&Ball::from_i64(prec, 163).sqrt().unwrap())
            .unwrap(),
    );
    for x in &arguments {
        let exact = x.mid().to_rational().unwrap();
        let reference = Interval::from_rational(2 * prec, &from_rug(&exact))
            .exp()
            .unwrap();
        for threads in [1, 2, 3] {
            let e = bit_burst::exp(x, threads).unwrap();
            assert_eq!(e.prec(), prec);
            // x's own radius (an ulp or two of x) is propagated: a relative error of about
            // |x|·2^(−prec), allowed for in the scale
            let size = e.mid().to_rational().unwrap().abs();
            let scale = size * (rug::Rational::from(1) + x.mid().to_rational().unwrap().abs());
            assert!(
                ball_agrees(&e, &reference, prec, &scale).is_ok(),
                "x = {}, {threads} threads: {:?}",
                x.mid().to_f64(),
                ball_agrees(&e, &reference, prec, &scale)
            );
        }
    }
}

/// The radius of the argument is carried into the result: e^(x̃ ± r) must contain e^(x̃ + r),
/// whose distance from e^x̃ is far beyond the rounding.
#[test]
fn bit_burst_exp_carries_the_radius() {
    use claimcheck::exact::bit_burst;
    let prec = bit_burst::MIN_BITS;
    let third = rug::Rational::from((1, 3));
    let r = rug::Rational::from((1, rug::Integer::from(1) << (prec / 2)));
    let x = Ball::from_rational(prec, &third).add_error(&r).unwrap();
    let e = bit_burst::exp(&x, 2).unwrap();
    let hi = x.hi_rational().unwrap();
    let reference = Interval::from_rational(2 * prec, &from_rug(&hi))
        .exp()
        .unwrap();
    assert!(e.hi_rational().unwrap() >= rug_q(&reference.hi_rational()));
    assert!(
        e.lo_rational().unwrap()
            <= rug_q(
                &Interval::from_rational(2 * prec, &from_rug(&x.lo_rational().unwrap()))
                    .exp()
                    .unwrap()
                    .lo_rational()
            )
    );
}

/// The double-precision cosine's values, bit for bit, computed independently (Python floats,
/// the same Horner scheme and 1/j! table): beyond a/b = 1/4 it takes the sine series at
/// π/2 − πa/b, which rounds differently from the cosine series there (cos(π/3) comes out
/// 0.49999999999999994, the cosine series would give 0.5000000000000001).
#[test]
fn cos_pi_rational_bits_are_pinned() {
    use claimcheck::exact::double::cos_pi_rational;
    for (a, b, bits) in [
        (1, 3, 0x3fdfffffffffffff),  // 0.49999999999999994
        (2, 5, 0x3fd3c6ef372fe94f),  // 0.3090169943749474
        (3, 7, 0x3fcc7b90e3024583),  // 0.22252093395631442
        (3, 8, 0x3fd87de2a6aea963),  // 0.3826834323650898
        (5, 11, 0x3fc2375f640f44db), // 0.14231483827328514
        (1, 5, 0x3fe9e3779b97f4a8),  // 0.8090169943749475
        (1, 7, 0x3fecd4bca9cb5c71),  // 0.9009688679024191
        (2, 9, 0x3fe8836fa2cf503a),  // 0.7660444431189781
        (1, 4, 0x3fe6a09e667f3bcd),  // 0.7071067811865476
        (0, 1, 0x3ff0000000000000),  // 1.0
    ] {
        let c = cos_pi_rational(a, b).unwrap();
        assert_eq!(c.to_bits(), bits, "cos(π·{a}/{b}) = {c:e}");
    }
}

/// Chudnovsky's term count is the smallest that meets the tail condition, and the tail
/// exponent it reports is 47K − L(K) (L the bit length of 13591409 + 545140134K, computed here
/// from the decimal constants), at least the 8 guard bits past the working precision and at
/// most one term (47 bits) more.
#[test]
fn chudnovsky_term_count_is_minimal() {
    use claimcheck::exact::chudnovsky::series_terms;
    let bit_length = |k: u64| BigInt::from(545_140_134u64 * k + 13_591_409).bits();
    for work in (32u32..3000).chain([50_032, 1 << 20, 3 << 22]) {
        let (k, tail) = series_terms(work);
        let needed = u64::from(work) + 8;
        assert_eq!(tail, 47 * k - bit_length(k), "work {work}");
        assert!(tail >= needed, "work {work}: tail 2^-{tail}");
        assert!(
            47 * (k - 1) - bit_length(k - 1) < needed,
            "work {work}: {k} terms is not minimal"
        );
        assert!(tail < needed + 47, "work {work}");
    }
}

/// Found by fuzzing `parse_exact` (fuzz/fuzz_targets/parse_number.rs): `.88^88877` took 2.5 s
/// (a gcd per multiplication, and num-integer's binary gcd is quadratic); it is now raised in
/// GMP. The value: (22/25)^88877 in lowest terms, checked modulo a prime.
#[test]
fn fuzz_regression_large_decimal_power() {
    use claimcheck::exact::number::parse_exact;
    let v = parse_exact(".88^88877").unwrap();
    let p = BigInt::from(1_000_000_007u64);
    let e = BigInt::from(88_877u64);
    assert_eq!(v.numer() % &p, BigInt::from(22).modpow(&e, &p));
    assert_eq!(v.denom() % &p, BigInt::from(25).modpow(&e, &p));
    assert_eq!(v.numer().bits(), 396_341);
    assert_eq!(parse_exact("22^88877/25^88877").unwrap(), v);
    assert_eq!(parse_exact("-2^3/4^2").unwrap(), q(-1, 2));
}

/// Every public function of `src/exact/` shows its use in a doc-test (run by `cargo test`), so a
/// new function without one fails here rather than in review.
#[test]
fn every_public_exact_function_has_a_doc_test() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/exact");
    let mut missing = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/exact")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 10, "src/exact has its files");
    let mut functions = 0;
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("readable");
        let lines: Vec<&str> = text.lines().collect();
        // unit tests at the end of a file are not public API
        let end = lines
            .iter()
            .position(|l| l.trim() == "#[cfg(test)]")
            .unwrap_or(lines.len());
        for (i, line) in lines[..end].iter().enumerate() {
            let t = line.trim_start();
            let Some(rest) = t
                .strip_prefix("pub fn ")
                .or(t.strip_prefix("pub const fn "))
            else {
                continue;
            };
            functions += 1;
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let doc = lines[..i]
                .iter()
                .rev()
                .take_while(|l| {
                    l.trim_start().starts_with("///") || l.trim_start().starts_with("#[")
                })
                .any(|l| l.contains("```"));
            if !doc {
                let file = path
                    .file_name()
                    .expect("file")
                    .to_string_lossy()
                    .into_owned();
                missing.push(format!("{file}:{} {name}", i + 1));
            }
        }
    }
    assert!(functions > 150, "found {functions} public functions");
    assert!(
        missing.is_empty(),
        "public functions without a doc-test: {missing:#?}"
    );
}

/// Real-valued functions refuse a numerator or a denominator too long to compute with, each on
/// its own.
#[test]
fn real_arguments_have_bounded_numerator_and_denominator() {
    use claimcheck::exact::number::parse_real_argument;
    assert!(parse_real_argument("3^20000").is_err());
    assert!(parse_real_argument("1/3^20000").is_err());
    assert!(parse_real_argument("3^2000/7").is_ok());
    assert!(matches!(
        parse_real_argument("3^20000/7"),
        Err(NumberError::TooLong { .. })
    ));
    // The limit is inclusive on both sides: 2^(MAX−1) has exactly MAX bits.
    use claimcheck::exact::number::MAX_RATIONAL_BITS as MAX;
    for (text, ok) in [
        (format!("2^{}", MAX - 1), true),
        (format!("2^{}", MAX), false),
        (format!("1/2^{}", MAX - 1), true),
        (format!("1/2^{}", MAX), false),
    ] {
        assert_eq!(parse_real_argument(&text).is_ok(), ok, "{text}");
    }
}

/// A Monte Carlo comparison reads as the doc comment shows: fixed notation at ordinary scales,
/// scientific below 10⁻³, the verdict word and the sample size.
#[test]
fn monte_carlo_comparison_text() {
    use claimcheck::exact::montecarlo::{Estimate, PassRule};
    let rule = PassRule {
        k: 3.0,
        allowance: 0.01,
    };
    let shown = |mean: f64, se: f64, prediction: f64| {
        rule.compare(Estimate { mean, se, n: 16 }, prediction)
            .to_string()
    };
    assert_eq!(
        shown(0.60792, 0.00071, 0.60711),
        "0.60792 ± 0.00071 vs 0.60711 (|Δ| 0.00081 ≤ 0.01213: pass; Monte Carlo, n = 16)"
    );
    assert_eq!(
        shown(0.5, 0.01, 0.7),
        "0.50000 ± 0.01000 vs 0.70000 (|Δ| 0.20000 > 0.04000: FAIL; Monte Carlo, n = 16)"
    );
    let tiny = PassRule {
        k: 2.0,
        allowance: 0.0,
    }
    .compare(
        Estimate {
            mean: 2.5e-4,
            se: 1e-5,
            n: 9,
        },
        2.4e-4,
    )
    .to_string();
    assert_eq!(
        tiny,
        "2.5000e-4 ± 1.0000e-5 vs 2.4000e-4 (|Δ| 1.0000e-5 ≤ 2.0000e-5: pass; Monte Carlo, n = 9)"
    );
    // a zero prediction and estimate stay in fixed notation
    assert!(shown(0.0, 0.0, 0.0).starts_with("0.00000 ± 0.00000 vs 0.00000"));
}

/// `rational::increasing` is a strict chain: equal neighbours anywhere break it, as does one
/// step down; chains of zero or one value are increasing.
#[test]
fn increasing_is_strict_at_every_link() {
    use claimcheck::exact::rational::increasing;
    assert!(increasing::<i64>(&[]) && increasing(&[5]));
    assert!(increasing(&[q(-1, 2), q(0, 1), q(1, 3)]));
    assert!(!increasing(&[q(1, 3), q(1, 3)]), "equal neighbours");
    assert!(
        !increasing(&[q(0, 1), q(1, 3), q(1, 3)]),
        "equal at the last link"
    );
    assert!(
        !increasing(&[q(0, 1), q(0, 1), q(1, 3)]),
        "equal at the first link"
    );
    assert!(
        !increasing(&[1, 3, 2]) && !increasing(&[2, 1, 3]),
        "a step down"
    );
}

/// `rational::dec` rounds to significant digits, ties away from zero, and is empty for no digits;
/// `rational::rational_of` keeps a natural number whole, past 64 bits.
#[test]
fn dec_rounds_to_significant_digits_and_rational_of_is_exact() {
    use claimcheck::exact::rational::{dec, rational_of};
    assert_eq!(dec(&q(2, 3), 4), "0.6667");
    assert_eq!(dec(&q(-1, 8), 2), "-0.13", "a tie rounds away from zero");
    assert_eq!(dec(&q(1, 7), 0), "");
    let big = BigUint::from(10u32).pow(30) + 7u32;
    let r = rational_of(&big);
    assert!(r.is_integer() && r.numer().to_string() == "1000000000000000000000000000007");
    assert_eq!(rational_of(&BigUint::from(0u32)), q(0, 1));
    assert_eq!(rational_of(&BigUint::from(12u32)), q(12, 1));
}

/// `rational::both_signs` needs a negative and a positive value; zeros count for neither, and
/// either sign alone, in any order, is not enough.
#[test]
fn both_signs_needs_a_negative_and_a_positive_value() {
    use claimcheck::exact::rational::both_signs;
    assert!(both_signs(&[q(-1, 3), q(2, 1)]) && both_signs(&[q(0, 1), q(5, 1), q(-7, 2)]));
    assert!(!both_signs::<BigRational>(&[]), "no values");
    let ints = |v: &[i64]| v.iter().map(|&x| BigInt::from(x)).collect::<Vec<_>>();
    assert!(both_signs(&ints(&[0, -4, 9])), "integers too");
    assert!(!both_signs(&ints(&[0, 4, 9])) && !both_signs(&ints(&[-1, 0])));
    assert!(!both_signs(&[q(0, 1), q(0, 1)]), "zeros only");
    assert!(
        !both_signs(&[q(0, 1), q(1, 2), q(3, 1)]),
        "no negative value"
    );
    assert!(!both_signs(&[q(-1, 2), q(0, 1)]), "no positive value");
}

/// `rational::non_decreasing` admits equal neighbours on every link and refuses a step down
/// anywhere.
#[test]
fn non_decreasing_admits_equal_neighbours_and_refuses_a_step_down() {
    use claimcheck::exact::rational::non_decreasing;
    assert!(non_decreasing::<i64>(&[]) && non_decreasing(&[5]));
    assert!(non_decreasing(&[q(1, 3), q(1, 3)]), "equal neighbours");
    assert!(non_decreasing(&[q(0, 1), q(0, 1), q(1, 3), q(1, 3)]));
    assert!(!non_decreasing(&[q(1, 3), q(0, 1)]), "a step down");
    assert!(
        !non_decreasing(&[1, 3, 2]) && !non_decreasing(&[2, 1, 3]),
        "at either link"
    );
}

/// `Ball::contains_rational` is the closed interval [m − r, m + r]: both ends and the middle in,
/// anything past either end out.
#[test]
fn ball_contains_exactly_its_closed_interval() {
    let b = Ball::from_i64(64, 1)
        .add_error(&rug::Rational::from((1, 2)))
        .unwrap();
    for (x, inside) in [
        ((1, 2), true),
        ((3, 2), true),
        ((1, 1), true),
        ((1, 4), false),
        ((7, 4), false),
        ((-1, 1), false),
    ] {
        assert_eq!(
            b.contains_rational(&rug::Rational::from(x)),
            inside,
            "{x:?}"
        );
    }
}
