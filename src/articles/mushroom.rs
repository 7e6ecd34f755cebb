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

use crate::exact::rational::{increasing, q};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use crate::claim::{Article, Check, CheckResult, Claim, Expected, Kind, Provenance};
use crate::exact::certify::certified_or_reason as cert;
use crate::exact::interval::{Interval, IntervalError, below, overlap};

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

/// Φ³/π = A³/(π V²) of a spherical segment of height h on a sphere of radius ρ, t = h/ρ, from
/// its geometry with ρ = 1 (Φ is scale-free): curved area A = 2πρh = 2πt, volume
/// V = πh²(3ρ − h)/3 = πt²(3 − t)/3. In closed form 72/(t(3 − t)²) (the tests hold it to that).
///
/// # Errors
/// A domain error unless 0 < t ≤ 2 (t = 2 is the whole sphere).
pub fn segment_cube_over_pi(t: &BigRational) -> Result<BigRational, IntervalError> {
    if !t.is_positive() || *t > q(2, 1) {
        return Err(IntervalError::Domain("t must lie in (0, 2]"));
    }
    let area_over_pi = q(2, 1) * t;
    let volume_over_pi = t * t * (q(3, 1) - t) / q(3, 1);
    Ok(&area_over_pi * &area_over_pi * &area_over_pi / (&volume_over_pi * &volume_over_pi))
}

/// Φ of a spherical segment with t = h/ρ ∈ (0, 2], curved area only: (π·Φ³/π)^(1/3) from
/// [`segment_cube_over_pi`]; in closed form Φ(t) = 2(9π)^(1/3)·t^(−1/3)(3 − t)^(−2/3).
///
/// # Errors
/// A domain error unless 0 < t ≤ 2.
pub fn segment_ratio(t: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    Ok(Interval::pi(prec)
        .mul_rational(&segment_cube_over_pi(t)?)
        .cbrt())
}

/// The cubed ratio E³/V² of a segment with cos θ = c and underside rate λ, divided by 9π:
/// F(c) = (2 + λ + λc)³/((1 − c)(2 + c)²) (exact; ρ cancels).
pub fn cubed_ratio_over_9pi(c: &BigRational, lambda: &BigRational) -> BigRational {
    let one = BigRational::one();
    let g = q(2, 1) + lambda + lambda * c;
    &g * &g * &g / ((&one - c) * (q(2, 1) + c) * (q(2, 1) + c))
}

/// Φ of a spheroid with equatorial semi-axis 1 and polar semi-axis `c` > 0: prolate (c > 1)
/// A = 2π(1 + c·asin(e)/e), e² = 1 − 1/c²; oblate (c < 1) A = 2π(1 + (c²/e)·atanh(e)),
/// e² = 1 − c²; the sphere (c = 1, where both have e = 0) A = 4π.
///
/// # Errors
/// A domain error unless c > 0.
pub fn spheroid_ratio(c: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    if !c.is_positive() {
        return Err(IntervalError::Domain(
            "the polar semi-axis must be positive",
        ));
    }
    let one = Interval::from_int(prec, 1);
    let cc = Interval::from_rational(prec, c);
    let area_over_2pi = if *c > BigRational::one() {
        let e = Interval::from_rational(prec, &(BigRational::one() - BigRational::one() / (c * c)))
            .sqrt()?;
        &one + &(&cc * &e.asin()?).div(&e)?
    } else if *c < BigRational::one() {
        let e = Interval::from_rational(prec, &(BigRational::one() - c * c)).sqrt()?;
        &one + &(&cc.square() * &e.atanh()?).div(&e)?
    } else {
        Interval::from_int(prec, 2)
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

/// The positive root of h³ + 3R²h − 6v = 0 (R ≥ 0, v = V/π > 0) isolated by bisection in a rational
/// interval of width < 2^(−bits): the cubic is increasing in h.
pub fn cap_height(r: &BigRational, v: &BigRational, bits: u32) -> (BigRational, BigRational) {
    // the root is at most 1 + 6v: if h ≥ 1 then h ≤ h³ ≤ h³ + 3R²h = 6v
    let (mut lo, mut hi) = (BigRational::zero(), BigRational::one() + q(6, 1) * v);
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

/// Areas over π of the spherical cap, paraboloid and cone on rim R holding the volume V = π·v:
/// cap R² + h² with h the root of the cap cubic (enclosed by bisection, never assumed);
/// paraboloid (R/(6H²))((R² + 4H²)^(3/2) − R³) with H = 2v/R²; cone R√(R² + H²) with H = 3v/R².
///
/// # Errors
/// A domain error unless R > 0 and v > 0.
pub fn rim_areas_over_pi(
    r: &BigRational,
    v: &BigRational,
    prec: u32,
) -> Result<[Interval; 3], IntervalError> {
    if !r.is_positive() || !v.is_positive() {
        return Err(IntervalError::Domain(
            "the rim radius and the volume must be positive",
        ));
    }
    let (lo, hi) = cap_height(r, v, prec);
    let cap = Interval::from_rational(prec, &(r * r + &lo * &lo))
        .hull(&Interval::from_rational(prec, &(r * r + &hi * &hi)));
    let hp = q(2, 1) * v / (r * r);
    let hc = q(3, 1) * v / (r * r);
    let inner = Interval::from_rational(prec, &(r * r + q(4, 1) * &hp * &hp));
    let power = (&inner * &inner.sqrt()?).add_rational(&-(r * r * r));
    let parab = power.mul_rational(&(r / (q(6, 1) * &hp * &hp)));
    let cone = Interval::from_rational(prec, &(r * r + &hc * &hc))
        .sqrt()?
        .mul_rational(r);
    Ok([cap, parab, cone])
}

/// V/π of the spherical cap of height h > 0 on a rim of radius R, from the geometry of its
/// sphere: radius ρ = (R² + h²)/(2h), and the segment volume πh²(3ρ − h)/3.
pub fn cap_volume_over_pi(r: &BigRational, h: &BigRational) -> BigRational {
    let rho = (r * r + h * h) / (q(2, 1) * h);
    h * h * (q(3, 1) * rho - h) / q(3, 1)
}

/// The point (x, y) = (R(1 − s²)/(1 + s²), 2Rs/(1 + s²)) of the circle of radius R about the
/// origin, rational in s (s = 1 is the top, y = R).
pub fn circle_point(r: &BigRational, s: &BigRational) -> (BigRational, BigRational) {
    let d = BigRational::one() + s * s;
    (r * (BigRational::one() - s * s) / &d, q(2, 1) * r * s / &d)
}

/// On the circle ([`circle_point`]): y²/(1 + y′²) where y′ = dy/dx (exact), which the first
/// integral with C = 0 and λ = 2/R requires to equal y⁴/R².
pub fn circle_first_integral_squared(
    r: &BigRational,
    s: &BigRational,
) -> (BigRational, BigRational) {
    let one = BigRational::one();
    let d = &one + s * s;
    let (_, y) = circle_point(r, s);
    // dx/ds = −4Rs/(1+s²)², dy/ds = 2R(1 − s²)/(1+s²)²; only y′² enters, so dx/ds's sign is
    // dropped
    let dx = q(4, 1) * r * s / (&d * &d);
    let dy = q(2, 1) * r * (&one - s * s) / (&d * &d);
    let slope = dy / dx;
    (
        &y * &y / (&one + &slope * &slope),
        &y * &y * &y * &y / (r * r),
    )
}

const MUSH_01: Claim = Claim {
    id: "MUSH-01",
    statement: "If every unit area loses water at the same rate, minimising water loss at fixed volume is minimising surface area.",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "Source: opening only — the article's own model and numbers are lost.",
    check: mush_01,
};

/// The water a surface of area `a` loses when each unit of area loses `k`: the opening's model.
fn water_lost(k: &BigRational, a: &BigRational) -> BigRational {
    k * a
}

fn mush_01(c: &mut Check) -> CheckResult {
    // loss = k·A: for k > 0, loss(A₁) < loss(A₂) ⇔ A₁ < A₂ (and equal losses ⇔ equal areas)
    let areas: Vec<BigRational> = (1..=12).map(|i| q(i, 7)).collect();
    let rates = [q(1, 3), q(2, 1), q(7, 1000)];
    let every_pair = |relation: &dyn Fn(&BigRational, &BigRational, &BigRational) -> bool| {
        rates.iter().all(|k| {
            areas
                .iter()
                .all(|a1| areas.iter().all(|a2| relation(k, a1, a2)))
        })
    };
    c.asserts(
        "k·A₁ < k·A₂ ⇔ A₁ < A₂ for k > 0 (exact, 3 rates × 144 pairs)",
        every_pair(&|k, a1, a2| (water_lost(k, a1) < water_lost(k, a2)) == (a1 < a2)),
    );
    c.asserts(
        "k·A₁ = k·A₂ ⇔ A₁ = A₂ for k > 0 (exact, 3 rates × 144 pairs)",
        every_pair(&|k, a1, a2| (water_lost(k, a1) == water_lost(k, a2)) == (a1 == a2)),
    );
    c.fact(
        "the premise needs k > 0: at k = 0 the areas 1/7 and 2/7 lose the same water",
        water_lost(&q(0, 1), &areas[0]) == water_lost(&q(0, 1), &areas[1]),
    );
    Ok(())
}

const MUSH_02: Claim = Claim {
    id: "MUSH-02",
    statement: "Among bodies of given volume the sphere has least area: Φ* = A/V^(2/3) = (36π)^(1/3).",
    provenance: Provenance::Reconstructed,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &["MUSH-01"],
    notes: "The article asks whether the reader guessed \"a sphere (or part of one)\"; the text breaks off there.",
    check: mush_02,
};

/// (3/(cπ))^(1/3): the radius of a sphere (c = 4) or hemisphere (c = 2) of unit volume.
fn radius_factor(c: i64, p: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(p, &q(3, c))
        .div(&Interval::pi(p))
        .map(|x| x.cbrt())
}

fn mush_02(c: &mut Check) -> CheckResult {
    let phi = |p: u32| Ok(Interval::pi(p).mul_rational(&q(36, 1)).cbrt());
    // the sphere of radius 1: A = 4π, V = 4π/3, so Φ = 4π/(4π/3)^(2/3)
    let sphere = |p: u32| -> Result<Interval, IntervalError> {
        let pi = Interval::pi(p);
        pi.mul_rational(&q(4, 1))
            .div(&pi.mul_rational(&q(4, 3)).square().cbrt())
    };
    let star = phi(256)?;
    let own = sphere(256)?;
    c.fact(
        "the unit sphere's A/V^(2/3) and (36π)^(1/3) overlap",
        overlap(&own, &star),
    );
    let mut shapes = Vec::new();
    for k in 1..=40i64 {
        let ratio = q(k, 8); // 1/8 … 5
        if ratio != BigRational::one() {
            shapes.push(spheroid_ratio(&ratio, 256)?);
        }
        shapes.push(cylinder_ratio(&ratio, 256)?);
        shapes.push(double_cone_ratio(&ratio, 256)?);
    }
    // near c = 1 both spheroid formulas tend to the sphere: Φ − Φ* = O((c − 1)²)
    let mut near = Vec::new();
    for c in [q(999, 1000), q(1001, 1000)] {
        near.push(spheroid_ratio(&c, 256)?);
    }
    c.fact(
        "prolate and oblate spheroids with c = 1 ± 1/1000 have Φ within 10⁻⁵ of Φ*",
        near.iter()
            .all(|s| increasing(&[s.hi_rational() - star.lo_rational(), q(1, 100_000)])),
    );
    c.asserts(
        format!(
            "certified Φ > Φ* for {} spheroids, cylinders and double cones (aspect ratios 1/8 … 5)",
            shapes.len()
        ),
        shapes
            .iter()
            .all(|s| increasing(&[star.hi_rational(), s.lo_rational()])),
    );
    c.evidence("Φ* = (36π)^(1/3)", cert(40, phi));
    c.evidence(
        "sphere radius factor (3/(4π))^(1/3)",
        cert(22, |p| radius_factor(4, p)),
    );
    Ok(())
}

const MUSH_03: Claim = Claim {
    id: "MUSH-03",
    statement: "With a non-evaporating flat base on the ground the optimum is the hemisphere, Φ* = (18π)^(1/3); among spherical segments Φ(t) is minimal exactly at t = h/ρ = 1.",
    provenance: Provenance::Reconstructed,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &["MUSH-02"],
    notes: "Reconstructed from \"part of a sphere\"; source: opening only.",
    check: mush_03,
};

fn mush_03(c: &mut Check) -> CheckResult {
    // d/dt ln Φ(t)³ = −1/t + 2/(3 − t); times t(3 − t) it is a linear function N(t), found here
    // from the derivative's values at t = 1/2 and 3/2, and solved.
    let cleared = |t: &BigRational| -> BigRational {
        let derivative = -(BigRational::one() / t) + q(2, 1) / (q(3, 1) - t);
        derivative * t * (q(3, 1) - t)
    };
    let (n0, n1) = (cleared(&q(1, 2)), cleared(&q(3, 2)));
    let slope = &n1 - &n0; // over Δt = 1
    let root = q(1, 2) - &n0 / &slope;
    c.fact(
        "t(3 − t)·d/dt ln Φ(t)³ is the line through its values at 1/2 and 3/2 (20 points)",
        (1..=20).all(|k| {
            let t = q(k, 11);
            cleared(&t) == &n0 + &slope * (&t - q(1, 2))
        }),
    );
    c.asserts(
        "the stationary point of Φ(t) on (0, 2) is t = 1",
        root == BigRational::one(),
    );
    let at_root = segment_cube_over_pi(&root)?;
    let grid = (1..200i64)
        .map(|k| Ok((q(k, 100), segment_cube_over_pi(&q(k, 100))?)))
        .collect::<Result<Vec<_>, IntervalError>>()?;
    c.asserts(
        format!(
            "Φ(t) > Φ(1) exactly where t ≠ 1, t = k/100 in (0, 2) (exact, on Φ³/π, {} points)",
            grid.len()
        ),
        grid.iter()
            .all(|(t, value)| (*value > at_root) != t.is_one()),
    );
    // reflection: the segment and its mirror image form a sphere of volume 2V with twice the
    // curved area, so Φ(1)³ = (36π)/2 exactly
    c.asserts(
        "Φ(1)³ = 18π = (36π)/2, i.e. Φ(1) = 2^(−1/3)·(36π)^(1/3) (reflection)",
        segment_cube_over_pi(&BigRational::one())? == q(36, 2),
    );
    c.evidence("stationary point of Φ(t)", &root);
    c.evidence(
        "Φ(1) = (18π)^(1/3)",
        cert(40, |p| segment_ratio(&q(1, 1), p)),
    );
    c.evidence(
        "hemisphere radius factor (3/(2π))^(1/3)",
        cert(20, |p| radius_factor(2, p)),
    );
    for t in [q(1, 2), q(9, 10), q(1, 1), q(11, 10), q(3, 2)] {
        c.evidence(format!("Φ({t})"), cert(6, |p| segment_ratio(&t, p)));
    }
    Ok(())
}

const MUSH_04: Claim = Claim {
    id: "MUSH-04",
    statement: "If the flat underside evaporates at relative rate λ ∈ [0, 1], the optimal spherical segment has cos θ = −λ, E = 3V/ρ, and Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3).",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["MUSH-03"],
    notes: "Derived extension of the article's model (the analogue of Young's law).",
    check: mush_04,
};

fn mush_04(c: &mut Check) -> CheckResult {
    // d/dc ln F = 3λ/(2+λ+λc) + 1/(1−c) − 2/(2+c); its numerator
    // N(c, λ) = 3λ(1−c)(2+c) + (2+λ+λc)(2+c) − 2(2+λ+λc)(1−c) vanishes at c = −λ.
    // N(−λ, λ) is a polynomial of degree ≤ 3 in λ: zero at 5 points proves it zero.
    let numerator = |c: &BigRational, l: &BigRational| {
        let one = BigRational::one();
        let g = q(2, 1) + l + l * c;
        q(3, 1) * l * (&one - c) * (q(2, 1) + c) + &g * (q(2, 1) + c) - q(2, 1) * &g * (&one - c)
    };
    c.asserts(
        "d/dc (E³/V²) = 0 at c = −λ (a polynomial of degree ≤ 3 in λ, zero at λ = 0, 1/4, …, 1)",
        (0..5).all(|k| numerator(&-q(k, 4), &q(k, 4)).is_zero()),
    );
    c.fact(
        "the derivative's numerator is not identically zero (c = 0, λ = 1/2)",
        !numerator(&q(0, 1), &q(1, 2)).is_zero(),
    );
    // at ρ = 1, c = −λ: A_curved/π = 2(1 − c) = 2(1 + λ), A_base/π = 1 − c² = 1 − λ²,
    // V/π = (1 − c)²(2 + c)/3 = (1+λ)²(2−λ)/3
    let one = BigRational::one();
    c.asserts(
        "E = 3V at the optimum, ρ = 1 (exact, λ = k/20)",
        (0..=20).all(|k| {
            let l = q(k, 20);
            let e = q(2, 1) * (&one + &l) + &l * (&one - &l * &l);
            let v = (&one + &l) * (&one + &l) * (q(2, 1) - &l) / q(3, 1);
            e == q(3, 1) * v
        }),
    );
    let lambdas: Vec<BigRational> = (0..20).map(|k| q(k, 20)).collect();
    let cosines: Vec<BigRational> = (-19..20).map(|j| q(j, 20)).collect();
    c.asserts(
        format!(
            "F(c) > F(−λ) exactly where c ≠ −λ (exact, {} λ = k/20 × {} c = j/20)",
            lambdas.len(),
            cosines.len()
        ),
        lambdas.iter().all(|l| {
            let best = cubed_ratio_over_9pi(&-l, l);
            cosines
                .iter()
                .all(|c| (cubed_ratio_over_9pi(c, l) > best) == (*c != -l))
        }),
    );
    c.asserts(
        "Φ*(λ)³/(9π) = F(−λ) = (1+λ)²(2−λ) (exact, λ = k/20)",
        (0..=20).all(|k| {
            let l = q(k, 20);
            cubed_ratio_over_9pi(&-&l, &l) == (&one + &l) * (&one + &l) * (q(2, 1) - &l)
        }),
    );
    c.asserts(
        "λ = 0 gives the hemisphere (9π·2 = 18π)",
        cubed_ratio_over_9pi(&q(0, 1), &q(0, 1)) == q(2, 1),
    );
    c.asserts(
        "λ = 1 gives the sphere (9π·4 = 36π)",
        cubed_ratio_over_9pi(&q(-1, 1), &q(1, 1)) == q(4, 1),
    );
    for l in [q(1, 4), q(1, 2), q(3, 4)] {
        c.evidence(
            format!("Φ*({l})"),
            cert(22, |p| optimal_ratio_with_underside(&l, p)),
        );
    }
    Ok(())
}

const MUSH_05: Claim = Claim {
    id: "MUSH-05",
    statement: "On a fixed rim of radius R the dome of least area for volume V is a spherical cap of height h with h³ + 3R²h − 6V/π = 0 and area π(R² + h²); it beats the paraboloid and the cone.",
    provenance: Provenance::Derived,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &["MUSH-03"],
    notes: "The catalogue's table fixes R = 1 and V by caps of height 0.3, 0.6 and 1; the check solves the cubic for h from V.",
    check: mush_05,
};

fn mush_05(c: &mut Check) -> CheckResult {
    c.asserts(
        "a cap of height h on rim R (sphere radius (R²+h²)/(2h)) has V/π = h(3R² + h²)/6, so h solves the cubic (exact, 48 pairs)",
        (1..=6i64).all(|i| {
            (1..=8i64).all(|j| {
                let (r, h) = (q(i, 3), q(j, 4));
                cap_cubic(&h, &r, &cap_volume_over_pi(&r, &h)).is_zero()
            })
        }),
    );
    // strict order of certified enclosures: cap < paraboloid, and paraboloid < cone
    let r = BigRational::one();
    let mut table = Vec::new();
    for h in [q(3, 10), q(6, 10), q(1, 1)] {
        let v = cap_volume_over_pi(&r, &h);
        let (lo, hi) = cap_height(&r, &v, 64);
        c.fact(
            format!("the bisected root for the volume of the cap of height {h} encloses {h}"),
            (lo..=hi).contains(&h),
        );
        table.push((h, rim_areas_over_pi(&r, &v, 128)?));
    }
    let mut further = Vec::new();
    for i in 1..=12i64 {
        further.push(rim_areas_over_pi(&q(i, 4), &q(13 - i, 5), 128)?);
    }
    let all: Vec<&[Interval; 3]> = table.iter().map(|(_, a)| a).chain(further.iter()).collect();
    c.asserts(
        "the spherical cap has less area than the paraboloid: the catalogue's three volumes at R = 1 and 12 further rims R = i/4, V/π = (13 − i)/5 (certified)",
        all.iter().all(|a| below(&a[0], &a[1])),
    );
    c.asserts(
        "the paraboloid has less area than the cone, same cases",
        all.iter().all(|a| below(&a[1], &a[2])),
    );
    let pi = Interval::pi(128);
    let show = |x: &Interval| {
        (x * &pi)
            .round_to_digits(7)
            .map_or("not certified".into(), |d| d.to_string())
    };
    for (h, [cap, parab, cone]) in &table {
        c.evidence(
            format!("volume of the cap of height {h}: areas cap / paraboloid / cone"),
            format!("{} / {} / {}", show(cap), show(parab), show(cone)),
        );
    }
    Ok(())
}

const MUSH_06: Claim = Claim {
    id: "MUSH-06",
    statement: "Stationary profiles of area − λ·volume that meet the axis satisfy y/√(1+y′²) = (λ/2)y², whose solutions are circular arcs: spheres and their parts.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "C ≠ 0 gives the Delaunay surfaces (cylinder, unduloid, nodoid).",
    check: mush_06,
};

fn mush_06(c: &mut Check) -> CheckResult {
    c.asserts(
        "y²/(1+y′²) = y⁴/R² on the rational circle parametrisation (C = 0, λ = 2/R), 60 (R, s)",
        (1..=6i64).all(|i| {
            (1..=10i64).all(|j| {
                let (lhs, rhs) = circle_first_integral_squared(&q(i, 2), &q(j, 7));
                lhs == rhs
            })
        }),
    );
    // y²/(1 + y′²) = y² cos²φ with tan φ = y′: at s = 1 (the top of the circle, y = R, y′ = 0)
    // it is R², and elsewhere it lies strictly between 0 and y²
    let radii: Vec<BigRational> = (1..=6).map(|i| q(i, 2)).collect();
    let params: Vec<BigRational> = (1..=10).map(|j| q(j, 7)).collect();
    let on_grid = |f: &dyn Fn(&BigRational, &BigRational) -> bool| {
        radii.iter().all(|r| params.iter().all(|s| f(r, s)))
    };
    c.fact(
        "the first integral is R² at the top of the circle (s = 1, 6 R)",
        radii
            .iter()
            .all(|r| circle_first_integral_squared(r, &BigRational::one()).0 == r * r),
    );
    c.fact(
        "the first integral is positive on the circle (60 (R, s))",
        on_grid(&|r, s| circle_first_integral_squared(r, s).0.is_positive()),
    );
    c.fact(
        "the first integral is below y² exactly where y′ ≠ 0, i.e. s ≠ 1 (60 (R, s))",
        on_grid(&|r, s| {
            let y = circle_point(r, s).1;
            (circle_first_integral_squared(r, s).0 < &y * &y) != s.is_one()
        }),
    );
    // a paraboloid profile y² = x: y/√(1+y′²) − (λ/2)y² is not constant zero for any λ, since
    // y²/(1+y′²) = 4x²/(4x+1) would have to equal (λ²/4)x² at every x
    let slope_squared = |x: &BigRational| BigRational::one() / (q(4, 1) * x); // y′ = 1/(2√x)
    let parab = |x: &BigRational| x / (BigRational::one() + slope_squared(x)) / (x * x);
    c.fact(
        "on the paraboloid y² = x, y²/(1+y′²)/x² = 4/(4x+1) (x = 1 … 6)",
        (1..=6).all(|i| parab(&q(i, 1)) == q(4, 4 * i + 1)),
    );
    c.fact(
        "negative test: it is 4/5 at x = 1 and 4/9 at x = 2, not a constant λ²/4",
        parab(&q(1, 1)) != parab(&q(2, 1)),
    );
    Ok(())
}

/// MUSH-01 … MUSH-06.
static CLAIMS: &[Claim] = &[MUSH_01, MUSH_02, MUSH_03, MUSH_04, MUSH_05, MUSH_06];

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
