//! 蘑菇的最优形状模型 — an optimal-shape model of the mushroom (kexue.fm/archives/1339).
//!
//! **Only the opening of the article survives.** Its premise — uniform evaporation, so least
//! area for a given volume, over solids of revolution — is article text; the optimisation problems
//! below are reconstructed or derived, and no number here is "what the article says".
//!
//! The figure of merit is the scale-free Φ = A/V^(2/3). Free body: sphere, Φ* = (36π)^(1/3). On the
//! ground: hemisphere, Φ* = (18π)^(1/3). Underside evaporating at relative rate λ: spherical
//! segment with cos θ = −λ and Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3). Cap on a fixed rim R: spherical cap
//! of height h with h³ + 3R²h − 6V/π = 0 and area π(R² + h²).

use crate::exact::rational::q;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use crate::claim::{Article, CheckFn, Claim, Expected, Kind, Outcome, Provenance, Verdict};
use crate::exact::certify::certified_or_reason as cert;
use crate::exact::interval::{Interval, IntervalError};

/// Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3) for λ ∈ [0, 1].
///
/// ```
/// use claimcheck::articles::mushroom::optimal_ratio_with_underside;
/// use claimcheck::exact::certify::certify;
/// use num_rational::BigRational;
/// let half = BigRational::new(1.into(), 2.into());
/// let phi = certify(12, |p| optimal_ratio_with_underside(&half, p)).unwrap();
/// assert_eq!(phi.to_string(), "4.56971083903");
/// ```
pub fn optimal_ratio_with_underside(
    lambda: &BigRational,
    prec: u32,
) -> Result<Interval, IntervalError> {
    if lambda.is_negative() || *lambda > BigRational::one() {
        return Err(IntervalError::Domain("λ must lie in [0, 1]"));
    }
    let one = BigRational::one();
    let factor = q(9, 1) * (&one + lambda) * (&one + lambda) * (q(2, 1) - lambda);
    Ok(Interval::pi(prec).mul_rational(&factor).cbrt())
}

/// Φ of a spherical segment with t = h/ρ ∈ (0, 2), curved area only:
/// Φ(t) = 2(9π)^(1/3)·t^(−1/3)(3 − t)^(−2/3), i.e. Φ(t)³ = 72π/(t(3 − t)²).
pub fn segment_ratio(t: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    let denominator = t * (q(3, 1) - t) * (q(3, 1) - t);
    if !denominator.is_positive() {
        return Err(IntervalError::Domain("t must lie in (0, 2)"));
    }
    Ok(Interval::pi(prec)
        .mul_rational(&(q(72, 1) / denominator))
        .cbrt())
}

/// The cubed ratio E³/V² of a segment with cos θ = c and underside rate λ, divided by 9π:
/// F(c) = (2 + λ + λc)³/((1 − c)(2 + c)²) (exact; ρ cancels).
pub fn cubed_ratio_over_9pi(c: &BigRational, lambda: &BigRational) -> BigRational {
    let one = BigRational::one();
    let g = q(2, 1) + lambda + lambda * c;
    &g * &g * &g / ((&one - c) * (q(2, 1) + c) * (q(2, 1) + c))
}

/// Φ of a spheroid with equatorial semi-axis 1 and polar semi-axis `c` (c ≠ 1): prolate
/// A = 2π(1 + c·asin(e)/e), e² = 1 − 1/c²; oblate A = 2π(1 + (c²/e)·atanh(e)), e² = 1 − c².
pub fn spheroid_ratio(c: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    let one = Interval::from_int(prec, 1);
    let cc = Interval::from_rational(prec, c);
    let area_over_2pi = if *c > BigRational::one() {
        let e = Interval::from_rational(prec, &(BigRational::one() - BigRational::one() / (c * c)))
            .sqrt()?;
        &one + &(&cc * &e.asin()?).div(&e)?
    } else {
        let e = Interval::from_rational(prec, &(BigRational::one() - c * c)).sqrt()?;
        &one + &(&cc.square() * &e.atanh()?).div(&e)?
    };
    let area = &area_over_2pi.mul_rational(&q(2, 1)) * &Interval::pi(prec);
    let volume = Interval::pi(prec).mul_rational(&(q(4, 3) * c));
    area.div(&volume.square().cbrt())
}

/// Φ of a cylinder of radius 1 and height h: (2π + 2πh)/(πh)^(2/3).
pub fn cylinder_ratio(h: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    let pi = Interval::pi(prec);
    let area = pi.mul_rational(&(q(2, 1) + q(2, 1) * h));
    area.div(&pi.mul_rational(h).square().cbrt())
}

/// Φ of a double cone of radius 1 and half-height h: 2π√(1 + h²)/((2π/3)h)^(2/3).
pub fn double_cone_ratio(h: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    let pi = Interval::pi(prec);
    let area = (&pi * &Interval::from_rational(prec, &(BigRational::one() + h * h)).sqrt()?)
        .mul_rational(&q(2, 1));
    area.div(&pi.mul_rational(&(q(2, 3) * h)).square().cbrt())
}

/// The cap cubic h³ + 3R²h − 6V/π at h, with v = V/π.
pub fn cap_cubic(h: &BigRational, r: &BigRational, v: &BigRational) -> BigRational {
    h * h * h + q(3, 1) * r * r * h - q(6, 1) * v
}

/// The positive root of h³ + 3R²h − 6v = 0 (v = V/π > 0) isolated by bisection in a rational
/// interval of width < 2^(−bits): the cubic is increasing in h.
pub fn cap_height(r: &BigRational, v: &BigRational, bits: u32) -> (BigRational, BigRational) {
    let (mut lo, mut hi) = (BigRational::zero(), BigRational::one());
    while cap_cubic(&hi, r, v).is_negative() {
        hi *= q(2, 1);
    }
    let width = BigRational::new(BigInt::one(), BigInt::one() << bits);
    while &hi - &lo >= width {
        let mid = (&lo + &hi) / q(2, 1);
        if cap_cubic(&mid, r, v).is_negative() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo, hi)
}

/// Areas over π of the spherical cap, paraboloid and cone on rim R with the volume of the
/// spherical cap of height h: cap R² + h²; paraboloid (R/(6H²))((R² + 4H²)^(3/2) − R³) with
/// H = 2V/(πR²); cone R√(R² + H²) with H = 3V/(πR²).
pub fn rim_areas_over_pi(
    r: &BigRational,
    h: &BigRational,
    prec: u32,
) -> Result<[Interval; 3], IntervalError> {
    let v = h * (q(3, 1) * r * r + h * h) / q(6, 1); // V/π
    let hp = q(2, 1) * &v / (r * r);
    let hc = q(3, 1) * &v / (r * r);
    let cap = Interval::from_rational(prec, &(r * r + h * h));
    let inner = Interval::from_rational(prec, &(r * r + q(4, 1) * &hp * &hp));
    let power = (&inner * &inner.sqrt()?).add_rational(&-(r * r * r));
    let parab = power.mul_rational(&(r / (q(6, 1) * &hp * &hp)));
    let cone = Interval::from_rational(prec, &(r * r + &hc * &hc))
        .sqrt()?
        .mul_rational(r);
    Ok([cap, parab, cone])
}

/// On the circle x = R(1 − s²)/(1 + s²), y = 2Rs/(1 + s²): y²/(1 + y′²) where y′ = dy/dx (exact),
/// which the first integral with C = 0 and λ = 2/R requires to equal y⁴/R².
pub fn circle_first_integral_squared(
    r: &BigRational,
    s: &BigRational,
) -> (BigRational, BigRational) {
    let one = BigRational::one();
    let d = &one + s * s;
    let y = q(2, 1) * r * s / &d;
    // dx/ds = −4Rs/(1+s²)², dy/ds = 2R(1 − s²)/(1+s²)²
    let dx = -(q(4, 1) * r * s) / (&d * &d);
    let dy = q(2, 1) * r * (&one - s * s) / (&d * &d);
    let slope = dy / dx;
    (
        &y * &y / (&one + &slope * &slope),
        &y * &y * &y * &y / (r * r),
    )
}

fn mush_01() -> Outcome {
    // loss = k·A: for k > 0, loss(A₁) < loss(A₂) ⇔ A₁ < A₂
    let mut ok = true;
    for k in [q(1, 3), q(2, 1), q(7, 1000)] {
        for (a1, a2) in [(q(1, 1), q(2, 1)), (q(5, 2), q(9, 4)), (q(3, 1), q(3, 1))] {
            ok &= ((&k * &a1) < (&k * &a2)) == (a1 < a2);
        }
    }
    Outcome::new(Verdict::holds_if(ok))
        .with("k·A₁ < k·A₂ ⇔ A₁ < A₂ for k > 0 (exact, sample values)", ok)
}

fn mush_02() -> Outcome {
    let phi = |p: u32| Ok(Interval::pi(p).mul_rational(&q(36, 1)).cbrt());
    let mut beaten = true;
    let Ok(star) = phi(256) else {
        return Outcome::new(Verdict::Refuted);
    };
    let mut shapes = 0;
    for k in 1..=40i64 {
        let ratio = q(k, 8); // 1/8 … 5
        let candidates = [
            if ratio != BigRational::one() {
                Some(spheroid_ratio(&ratio, 256))
            } else {
                None
            },
            Some(cylinder_ratio(&ratio, 256)),
            Some(double_cone_ratio(&ratio, 256)),
        ];
        for c in candidates.into_iter().flatten() {
            shapes += 1;
            beaten &= c.is_ok_and(|c| c.lo_rational() > star.hi_rational());
        }
    }
    Outcome::new(Verdict::holds_if(beaten))
        .with("Φ* = (36π)^(1/3)", cert(40, phi))
        .with(
            "sphere radius factor (3/(4π))^(1/3)",
            cert(22, |p| {
                Interval::from_rational(p, &q(3, 4))
                    .div(&Interval::pi(p))
                    .map(|x| x.cbrt())
            }),
        )
        .with(
            "certified Φ > Φ* for spheroids, cylinders and double cones",
            format!("{beaten} ({shapes} shapes, aspect ratios 1/8 … 5)"),
        )
}

fn mush_03() -> Outcome {
    // stationarity 1/(3t) = 2/(3(3 − t)) ⇔ 3 − t = 2t: the unique root of the linear equation
    let root = q(3, 1) / q(3, 1);
    let stationary = q(1, 3) / &root == q(2, 3) / (q(3, 1) - &root);
    // Φ(t) > Φ(1) ⇔ t(3 − t)² < 4 for t ≠ 1 in (0, 2) (Φ(t)³ = 72π/(t(3−t)²))
    let minimum = (1..200i64).filter(|&k| k != 100).all(|k| {
        let t = q(k, 100);
        &t * (q(3, 1) - &t) * (q(3, 1) - &t) < q(4, 1)
    });
    let reflection = matches!(
        (segment_ratio(&q(1, 1), 256), Interval::pi(256).mul_rational(&q(36, 1)).cbrt().mul_rational(&q(1, 1)).div(&Interval::from_int(256, 2).cbrt())),
        (Ok(a), Ok(b)) if a.lo_rational() <= b.hi_rational() && b.lo_rational() <= a.hi_rational()
    );
    let mut out = Outcome::new(Verdict::holds_if(
        root == BigRational::one() && stationary && minimum && reflection,
    ))
    .with("stationary point of Φ(t)", &root)
    .with(
        "t(3 − t)² < 4 for t = k/100 ≠ 1 in (0, 2) (Φ(t) > Φ(1), exact)",
        minimum,
    )
    .with(
        "Φ(1) = (18π)^(1/3)",
        cert(40, |p| segment_ratio(&q(1, 1), p)),
    )
    .with(
        "Φ(1) = 2^(−1/3)·(36π)^(1/3) (reflection; enclosures agree)",
        reflection,
    )
    .with(
        "hemisphere radius factor (3/(2π))^(1/3)",
        cert(20, |p| {
            Interval::from_rational(p, &q(3, 2))
                .div(&Interval::pi(p))
                .map(|x| x.cbrt())
        }),
    );
    for t in [q(1, 2), q(9, 10), q(1, 1), q(11, 10), q(3, 2)] {
        out = out.with(format!("Φ({t})"), cert(6, |p| segment_ratio(&t, p)));
    }
    out
}

fn mush_04() -> Outcome {
    // d/dc ln F = 3λ/(2+λ+λc) + 1/(1−c) − 2/(2+c); its numerator
    // N(c, λ) = 3λ(1−c)(2+c) + (2+λ+λc)(2+c) − 2(2+λ+λc)(1−c) vanishes at c = −λ.
    // N(−λ, λ) is a polynomial of degree ≤ 3 in λ: zero at 5 points proves it zero.
    let numerator = |c: &BigRational, l: &BigRational| {
        let one = BigRational::one();
        let g = q(2, 1) + l + l * c;
        q(3, 1) * l * (&one - c) * (q(2, 1) + c) + &g * (q(2, 1) + c) - q(2, 1) * &g * (&one - c)
    };
    let stationary = (0..5).all(|k| {
        let l = q(k, 4);
        numerator(&-&l, &l).is_zero()
    });
    // at ρ = 1, c = −λ: E/π = 2(1+λ) + λ(1 − λ²) and V/π = (1+λ)²(2−λ)/3, so E = 3V
    let e_equals_3v = (0..=20).all(|k| {
        let l = q(k, 20);
        let one = BigRational::one();
        let e = q(2, 1) * (&one + &l) + &l * (&one - &l * &l);
        let v = (&one + &l) * (&one + &l) * (q(2, 1) - &l) / q(3, 1);
        e == q(3, 1) * v
    });
    // minimum: F(c) > F(−λ) for c ≠ −λ, exact rationals
    let minimum = (0..20).all(|k| {
        let l = q(k, 20);
        let best = cubed_ratio_over_9pi(&-&l, &l);
        (-19..20)
            .map(|j| q(j, 20))
            .filter(|c| *c != -&l)
            .all(|c| cubed_ratio_over_9pi(&c, &l) > best)
    });
    // limits: λ = 0 gives 18π/(9π) = 2 (hemisphere), λ = 1 at c = −1 gives 36π/(9π) = 4 (sphere)
    let limits = cubed_ratio_over_9pi(&q(0, 1), &q(0, 1)) == q(2, 1)
        && cubed_ratio_over_9pi(&q(-1, 1), &q(1, 1)) == q(4, 1);
    let mut out = Outcome::new(Verdict::holds_if(
        stationary && e_equals_3v && minimum && limits,
    ))
    .with(
        "d/dc (E³/V²) = 0 at c = −λ (polynomial identity, degree ≤ 3)",
        stationary,
    )
    .with("E = 3V at the optimum (exact, λ = k/20)", e_equals_3v)
    .with(
        "F(c) > F(−λ) for rational c ≠ −λ (exact, 20 × 38 points)",
        minimum,
    )
    .with(
        "λ = 0: (9π·2)^(1/3) = hemisphere; λ = 1: (9π·4)^(1/3) = sphere",
        limits,
    );
    for l in [q(1, 4), q(1, 2), q(3, 4)] {
        out = out.with(
            format!("Φ*({l})"),
            cert(22, |p| optimal_ratio_with_underside(&l, p)),
        );
    }
    out
}

fn mush_05() -> Outcome {
    let r = BigRational::one();
    let mut out = Outcome::new(Verdict::Holds);
    let mut ok = true;
    for h in [q(3, 10), q(6, 10), q(1, 1)] {
        let v = &h * (q(3, 1) * &r * &r + &h * &h) / q(6, 1);
        let root_exact = cap_cubic(&h, &r, &v).is_zero();
        let (lo, hi) = cap_height(&r, &v, 64);
        ok &= root_exact && lo <= h && h <= hi;
        match rim_areas_over_pi(&r, &h, 128) {
            Ok([cap, parab, cone]) => {
                let pi = Interval::pi(128);
                ok &= cap.hi_rational() < parab.lo_rational()
                    && parab.hi_rational() < cone.lo_rational();
                let show = |x: &Interval| {
                    (x * &pi)
                        .round_to_digits(7)
                        .map_or("not certified".into(), |d| d.to_string())
                };
                out = out.with(
                    format!("h = {h}: areas cap / paraboloid / cone"),
                    format!("{} / {} / {}", show(&cap), show(&parab), show(&cone)),
                );
            }
            Err(_) => ok = false,
        }
    }
    // random rims and volumes: cap < paraboloid < cone
    let ordered = (1..=12i64).all(|i| {
        let (r, h) = (q(i, 4), q(13 - i, 5));
        matches!(rim_areas_over_pi(&r, &h, 128), Ok([a, b, c]) if a.hi_rational() < b.lo_rational() && b.hi_rational() < c.lo_rational())
    });
    Outcome {
        verdict: Verdict::holds_if(ok && ordered),
        ..out
    }
    .with(
        "the cubic's root isolated by bisection contains h_sph; cap < paraboloid < cone",
        ok,
    )
    .with("cap < paraboloid < cone for 12 further (R, h)", ordered)
}

fn mush_06() -> Outcome {
    let circle = (1..=6i64).all(|i| {
        (1..=10i64).all(|j| {
            let (lhs, rhs) = circle_first_integral_squared(&q(i, 2), &q(j, 7));
            lhs == rhs
        })
    });
    // a paraboloid profile y² = x: y/√(1+y′²) − (λ/2)y² is not constant zero for any λ, since
    // y²/(1+y′²) = 4x²/(4x+1) would have to equal (λ²/4)x² at every x
    let parab = |x: BigRational| q(4, 1) * &x * &x / (q(4, 1) * &x + q(1, 1)) / (&x * &x);
    let not_circle = parab(q(1, 1)) != parab(q(2, 1));
    Outcome::new(Verdict::holds_if(circle && not_circle))
        .with(
            "y²/(1+y′²) = y⁴/R² on the rational circle parametrisation (C = 0, λ = 2/R)",
            format!("{circle} for 60 (R, s)"),
        )
        .with(
            "negative test: the paraboloid y² = x fails the C = 0 first integral",
            not_circle,
        )
}

/// MUSH-01 … MUSH-06.
static CLAIMS: &[Claim] = &[
    Claim {
        id: "MUSH-01",
        statement: "If every unit area loses water at the same rate, minimising water loss at fixed volume is minimising surface area.",
        provenance: Provenance::ArticleText,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "Source: opening only — the article's own model and numbers are lost.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_01),
    },
    Claim {
        id: "MUSH-02",
        statement: "Among bodies of given volume the sphere has least area: Φ* = A/V^(2/3) = (36π)^(1/3).",
        provenance: Provenance::Reconstructed,
        kind: Kind::Certified,
        expected: Expected::Holds,
        notes: "The article asks whether the reader guessed \"a sphere (or part of one)\"; the text breaks off there.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_02),
    },
    Claim {
        id: "MUSH-03",
        statement: "With a non-evaporating flat base on the ground the optimum is the hemisphere, Φ* = (18π)^(1/3); among spherical segments Φ(t) is minimal exactly at t = h/ρ = 1.",
        provenance: Provenance::Reconstructed,
        kind: Kind::Certified,
        expected: Expected::Holds,
        notes: "Reconstructed from \"part of a sphere\"; source: opening only.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_03),
    },
    Claim {
        id: "MUSH-04",
        statement: "If the flat underside evaporates at relative rate λ ∈ [0, 1], the optimal spherical segment has cos θ = −λ, E = 3V/ρ, and Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3).",
        provenance: Provenance::Derived,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "Derived extension of the article's model (the analogue of Young's law).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_04),
    },
    Claim {
        id: "MUSH-05",
        statement: "On a fixed rim of radius R the dome of least area for volume V is a spherical cap of height h with h³ + 3R²h − 6V/π = 0 and area π(R² + h²); it beats the paraboloid and the cone.",
        provenance: Provenance::Derived,
        kind: Kind::Certified,
        expected: Expected::Holds,
        notes: "",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_05),
    },
    Claim {
        id: "MUSH-06",
        statement: "Stationary profiles of area − λ·volume that meet the axis satisfy y/√(1+y′²) = (λ/2)y², whose solutions are circular arcs: spheres and their parts.",
        provenance: Provenance::Derived,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "C ≠ 0 gives the Delaunay surfaces (cylinder, unduloid, nodoid).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(mush_06),
    },
];

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "mushroom",
    title: "蘑菇的最优形状模型",
    english_title: "An optimal-shape model of the mushroom",
    url: "https://kexue.fm/archives/1339",
    date: "2010-04-30",
    source: "opening only (the optimisation problems are reconstructed or derived)",
    claims: CLAIMS,
};
