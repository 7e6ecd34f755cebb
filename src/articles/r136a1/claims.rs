//! STAR-01 … STAR-20, each declared beside its check. Provenance: press-release text (eso1030),
//! paper values (Crowther et al. 2010), or derived by the suite from the pinned 2010 inputs. The
//! release's words are stated numbers; the paper's values are input data; what follows from
//! them is computed.

use num_bigint::BigInt;
use num_rational::BigRational;

use super::constants::{
    au_m, gm_jupiter, gm_sun, julian_year_s, l_sun, light_year_m, parsec_m, r_sun, s_sun,
    solar_mass_kg, speed_of_light, stefan_boltzmann, t_sun, wien_b,
};
use super::{
    binary_separation_m, eddington_ratio, eddington_unit, kappa_es, kepler_period_days, pow10,
    radius_squared,
};
use crate::claim::{All, Check, CheckResult, Claim, Expected, Kind, Provenance, Stated};
use crate::exact::certify::certified_or_reason as cert;
use crate::exact::certify::certify_up_to;
use crate::exact::interval::{Interval, IntervalError, below, between, magnitude, overlap};
use crate::exact::printed::Reading;
use crate::exact::rational::{dec, increasing, q};

fn int(n: i64) -> BigRational {
    q(n, 1)
}

/// Digits proven despite G's 22 ppm uncertainty (at most `max` significant digits).
fn cert_g<F: Fn(u32) -> Result<Interval, IntervalError>>(max: u32, f: F) -> String {
    certify_up_to(max, f).map_or_else(
        |e| format!("not certified: {e}"),
        |d| {
            format!(
                "{d} ({} s.f., certified; limited by G's uncertainty)",
                d.significant_digits()
            )
        },
    )
}

/// The pinned 2010 inputs (paper values).
const M_NOW: i64 = super::PINNED_MASS;
const M_BIRTH: i64 = super::PINNED_BIRTH_MASS;
fn luminosity() -> BigRational {
    int(super::PINNED_LUMINOSITY)
}
fn temperature() -> BigRational {
    int(super::PINNED_TEMPERATURE)
}

const STAR_01: Claim = Claim {
    id: "STAR-01",
    statement: "R136a1 now has 265 M⊙ and had as much as 320 M⊙ at birth.",
    provenance: Provenance::ArticleText,
    kind: Kind::Quoted,
    expected: Expected::Quoted,
    stated: &[],
    uses: &[],
    notes: "Press-release text (confirmed in stored copies); the article is reconstructed from eso1030. Error bars +80/−35 and +100/−40 are paper values.",
    check: star_01,
};

fn star_01(c: &mut Check) -> CheckResult {
    let (now, birth) = ((M_NOW - 35, M_NOW + 80), (M_BIRTH - 40, M_BIRTH + 100));
    c.fact(
        "the current mass lies inside its error box",
        (now.0..=now.1).contains(&M_NOW),
    );
    c.fact(
        "the birth mass lies inside its error box",
        (birth.0..=birth.1).contains(&M_BIRTH),
    );
    c.fact(
        "the current mass is below the birth mass",
        increasing(&[M_NOW, M_BIRTH]),
    );
    c.evidence(
        "current mass (M⊙)",
        format!("{M_NOW}, error box [{}, {}]", now.0, now.1),
    );
    c.evidence(
        "birth mass (M⊙)",
        format!("{M_BIRTH}, error box [{}, {}]", birth.0, birth.1),
    );
    Ok(())
}

const STAR_02: Claim = Claim {
    id: "STAR-02",
    statement: "R136a1 has lost more than fifty solar masses.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[Stated::bound(
        "lost",
        "more than fifty solar masses",
        "50",
        Reading::Above,
    )],
    uses: &["STAR-01"],
    notes: "Press-release text (confirmed).",
    check: star_02,
};

fn star_02(c: &mut Check) -> CheckResult {
    c.compare_int("lost", M_BIRTH - M_NOW)?;
    c.evidence("320 − 265", M_BIRTH - M_NOW);
    Ok(())
}

const STAR_03: Claim = Claim {
    id: "STAR-03",
    statement: "R136a1 has shed a fifth of its initial mass.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Approximate,
    stated: &[Stated::exact("fraction", "a fifth of its initial mass", "1/5").band(
        "1/4",
        "a fraction named in words: within a quarter of its value (the neighbouring unit fractions 1/4 and 1/6 are 25 % and 17 % away)",
    )],
    uses: &["STAR-01"],
    notes: "Press-release text (confirmed): 55/320 = 11/64, about one sixth.",
    check: star_03,
};

fn star_03(c: &mut Check) -> CheckResult {
    let fraction = q(M_BIRTH - M_NOW, M_BIRTH);
    c.compare_exact("fraction", &fraction)?;
    // over the error boxes: (M_i − M)/M_i ≥ 1/5 ⇔ 5M ≤ 4M_i (both sides take both values)
    c.fact(
        "over the error boxes (M_i ∈ [280, 420], M ∈ [230, 345], steps of 5): the fraction is ≥ 1/5 ⇔ 5M ≤ 4M_i",
        (280..=420i64).step_by(5).all(|mi| {
            (230..=345i64)
                .step_by(5)
                .all(|m| (q(mi - m, mi) >= q(1, 5)) == (5 * m <= 4 * mi))
        }),
    );
    c.evidence("55/320", format!("{fraction} = {}", dec(&fraction, 6)));
    c.evidence("one fifth of 320 M⊙", int(M_BIRTH) / int(5));
    Ok(())
}

const STAR_04: Claim = Claim {
    id: "STAR-04",
    statement: "A birth mass above 300 M⊙ is twice the accepted limit of 150 M⊙.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[
        Stated::exact("twice", "twice the currently accepted limit of 150 M⊙", "2"),
        Stated::bound("birth mass", "more than 300", "300", Reading::Above),
    ],
    uses: &["STAR-01"],
    notes: "Press-release text (confirmed); the 150 M⊙ limit is the Arches-cluster limit.",
    check: star_04,
};

fn star_04(c: &mut Check) -> CheckResult {
    c.compare_exact("twice", &(int(300) / int(150)))?;
    c.compare_int("birth mass", M_BIRTH)?;
    let birth = int(M_BIRTH) / int(150);
    c.evidence("320/150", format!("{birth} = {}", dec(&birth, 5)));
    Ok(())
}

const STAR_05: Claim = Claim {
    id: "STAR-05",
    statement: "The upper limit rises by a factor of two, to about 300 M⊙; the smallest stars are more than about eighty times Jupiter's mass.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[
        Stated::printed("new limit", "to about 300", "3e2"),
        Stated::printed(
            "smallest stars",
            "more than about eighty times Jupiter's mass",
            "8e1",
        ),
    ],
    uses: &[],
    notes: "Press-release text (recalled, to re-confirm). The smallest stars sit at the hydrogen-burning limit, 0.075–0.08 M⊙.",
    check: star_05,
};

fn star_05(c: &mut Check) -> CheckResult {
    c.compare_int("new limit", 2 * 150)?;
    let mj = gm_sun() / gm_jupiter(); // M⊙ in Jupiter masses
    let (low, high) = (q(75, 1000) * &mj, q(8, 100) * &mj);
    c.compare_exact("smallest stars", &low)?;
    c.compare_exact("smallest stars", &high)?;
    let eighty = int(80) * gm_jupiter() / gm_sun();
    c.fact(
        "80 M_J lies inside the hydrogen-burning limit 0.075 … 0.08 M⊙",
        increasing(&[q(3, 40), eighty.clone(), q(2, 25)]),
    );
    c.evidence(
        "80 M_J in M⊙ = 80(GM)_J/(GM)⊙",
        format!("{eighty} = {}", dec(&eighty, 6)),
    );
    c.evidence(
        "0.075 … 0.08 M⊙ in Jupiter masses",
        format!("{} … {}", dec(&low, 4), dec(&high, 4)),
    );
    c.evidence("M⊙/M_J", dec(&mj, 12));
    Ok(())
}

/// A distance in light-years expressed in parsecs.
fn pc_from_ly(ly_count: i64, p: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(p, &(int(ly_count) * light_year_m())).div(&parsec_m(p)?)
}

/// A distance in parsecs expressed in light-years.
fn ly_from_pc(pc: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    parsec_m(p)?
        .mul_rational(pc)
        .div(&Interval::from_rational(p, &light_year_m()))
}

const STAR_06: Claim = Claim {
    id: "STAR-06",
    statement: "NGC 3603 lies 22 000 light-years away and R136 165 000 light-years away.",
    provenance: Provenance::ArticleText,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "Press-release text (confirmed). The paper adopts 7.6 kpc for NGC 3603 (12.7 % more); the modern LMC distance is 2.0 % less.",
    check: star_06,
};

fn star_06(c: &mut Check) -> CheckResult {
    let p = 192;
    c.asserts(
        "ly → pc → ly returns 1, 22 000, 165 000 and 999 999 937 ly inside the enclosure",
        All::every([1i64, 22_000, 165_000, 999_999_937], |d| {
            let back = (&pc_from_ly(d, p)? * &parsec_m(p)?)
                .div(&Interval::from_rational(p, &light_year_m()))?;
            Ok::<bool, IntervalError>(back.contains_rational(&int(d)))
        })?,
    );
    let modern = ly_from_pc(&int(49_590), 128)?;
    c.asserts(
        "165 000 ly is within 5 % of the modern LMC distance, 49.59 kpc (Pietrzyński et al. 2019)",
        increasing(&[
            magnitude(&(&Interval::from_rational(128, &int(165_000)) - &modern).div(&modern)?),
            q(5, 100),
        ]),
    );
    c.evidence(
        "modern LMC 49.59 kpc in ly (the press figure is 2.0 % larger)",
        cert(8, |p| ly_from_pc(&int(49_590), p)),
    );
    let modulus = |p: u32| {
        Ok(pc_from_ly(165_000, p)?
            .mul_rational(&q(1, 10))
            .log10()?
            .mul_rational(&int(5)))
    };
    c.evidence("light-year (m, exact)", light_year_m());
    c.evidence("parsec (m)", cert(17, parsec_m));
    c.evidence(
        "1 pc in ly",
        cert(15, |p| {
            parsec_m(p)?.div(&Interval::from_rational(p, &light_year_m()))
        }),
    );
    c.evidence("165 000 ly in pc", cert(10, |p| pc_from_ly(165_000, p)));
    c.evidence("distance modulus 5 log₁₀(d/10 pc)", cert(8, modulus));
    c.evidence("22 000 ly in pc", cert(8, |p| pc_from_ly(22_000, p)));
    c.evidence(
        "the paper's 7.6 kpc in ly (12.7 % more than 22 000 ly)",
        cert(8, |p| ly_from_pc(&int(7_600), p)),
    );
    c.evidence(
        "light travel time, 165 000 Julian years (s, exact)",
        int(165_000) * julian_year_s(),
    );
    Ok(())
}

const STAR_07: Claim = Claim {
    id: "STAR-07",
    statement: "Several stars have surface temperatures over 40 000 degrees, more than seven times hotter than the Sun.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Approximate,
    stated: &[
        Stated::bound(
            "over 40 000",
            "over 40 000 degrees",
            "40000",
            Reading::Above,
        ),
        Stated::bound(
            "seven times",
            "more than seven times hotter than our Sun",
            "7",
            Reading::Above,
        )
        .band(
            "1/50",
            "the sentence's own 40 000 K is a round lower figure; 7× needs 40 404 K, 1 % more",
        ),
    ],
    uses: &[],
    notes: "Press-release text (confirmed). 40 000 K is 6.93 T⊙; true for the measured 42–53 kK stars.",
    check: star_07,
};

fn star_07(c: &mut Check) -> CheckResult {
    let t = t_sun();
    let ratio = |k: BigRational| &k / &t;
    // the measured stars (paper values): 42 ± 2 kK (NGC 3603) and 53 ± 3 kK (R136)
    c.compare_int("over 40 000", 42_000)?;
    // the sentence's own figure: "over 40 000" makes the ratio "over 40 000/5772"
    c.compare_exact("seven times", &ratio(int(40_000)))?;
    c.fact(
        "the measured stars are more than 7× hotter (7 < 42 000/5772 < 53 000/5772)",
        increasing(&[int(7), ratio(int(42_000)), ratio(int(53_000))]),
    );
    c.evidence("40 000/5772", dec(&ratio(int(40_000)), 7));
    c.evidence(
        "40 273.15/5772 (40 000 °C)",
        dec(&ratio(q(4_027_315, 100)), 7),
    );
    c.evidence("threshold for > 7×: 7 × 5772 K", int(7) * &t);
    c.evidence(
        "42 000/5772 (NGC 3603, measured)",
        dec(&ratio(int(42_000)), 7),
    );
    c.evidence(
        "53 000/5772 (R136, measured)",
        format!("{} = {}", ratio(int(53_000)), dec(&ratio(int(53_000)), 7)),
    );
    Ok(())
}

const STAR_08: Claim = Claim {
    id: "STAR-08",
    statement: "R136a1 is close to ten million times as luminous as the Sun.",
    provenance: Provenance::ArticleText,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[Stated::printed(
        "luminosity",
        "close to ten million times",
        "1e7",
    )],
    uses: &[],
    notes: "log L/L⊙ = 6.94 ± 0.09 is a paper value (to re-confirm).",
    check: star_08,
};

fn star_08(c: &mut Check) -> CheckResult {
    let l = |p: u32| pow10(&q(694, 100), p);
    c.compare_real("luminosity", l)?;
    c.fact(
        "10^6.94 lies in (8.70, 8.72) × 10⁶, the 2010 input L = 8.7 × 10⁶",
        between(&int(8_700_000), &l(128)?, &int(8_720_000)),
    );
    c.evidence("10^6.94 L⊙", cert(9, l));
    c.evidence(
        "±0.09 dex: 10^6.85 … 10^7.03",
        format!(
            "{} … {}",
            cert(3, |p| pow10(&q(685, 100), p)),
            cert(3, |p| pow10(&q(703, 100), p))
        ),
    );
    Ok(())
}

const TENS: &str = "\"tens of\" spans a decade: halving or doubling one end still admits R ≈ 35 R⊙";

const STAR_09: Claim = Claim {
    id: "STAR-09",
    statement: "The stars are tens of times larger than the Sun (R/R⊙ = √(L/L⊙)·(T⊙/T)²).",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[
        Stated::bound(
            "at least ten",
            "tens of times larger",
            "10",
            Reading::AtLeast,
        )
        .insensitive(TENS),
        Stated::bound(
            "below a hundred",
            "tens of times larger",
            "100",
            Reading::Below,
        )
        .insensitive(TENS),
    ],
    uses: &["STAR-08"],
    notes: "The radius computation is derived from the 2010 inputs.",
    check: star_09,
};

fn star_09(c: &mut Check) -> CheckResult {
    let r2 = radius_squared(&luminosity(), &temperature());
    let r = |p: u32| Interval::from_rational(p, &r2).sqrt();
    c.compare_real("at least ten", r)?;
    c.compare_real("below a hundred", r)?;
    // the second route: R from 10^6.94 instead of 8.7 × 10⁶ agrees to 0.1 %
    let r_alt = |p: u32| {
        (&pow10(&q(694, 100), p)?
            * &Interval::from_rational(p, &num_traits::pow(t_sun() / temperature(), 4)))
            .sqrt()
    };
    c.fact(
        "R from L = 10^6.94 is within 0.1 % of R from L = 8.7 × 10⁶",
        increasing(&[
            magnitude(&(r_alt(128)? - r(128)?).div(&r(128)?)?),
            q(1, 1000),
        ]),
    );
    // the grid in increasing L and decreasing T
    let ls: Vec<BigRational> = (1_000_000..=10_000_000i64)
        .step_by(1_000_000)
        .map(int)
        .collect();
    let mut ts: Vec<BigRational> = (40_000..=60_000i64).step_by(2_000).map(int).collect();
    ts.reverse();
    let along = |pairs: &mut dyn Iterator<Item = (&BigRational, &BigRational)>| {
        increasing(&pairs.map(|(l, t)| radius_squared(l, t)).collect::<Vec<_>>())
    };
    c.asserts(
        "R² increases in L and decreases in T (exact, on the grid L = 1 … 10 × 10⁶, T = 40 … 60 kK)",
        All::of([
            ts.iter().all(|t| along(&mut ls.iter().map(|l| (l, t)))),
            ls.iter().all(|l| along(&mut ts.iter().map(|t| (l, t)))),
        ]),
    );
    let r_au = |p: u32| Ok(r(p)?.mul_rational(&(r_sun() / au_m())));
    let t_at = |p: u32| {
        Ok(
            Interval::from_rational(p, &(luminosity() / (q(354, 10) * q(354, 10))))
                .sqrt()?
                .sqrt()?
                .mul_rational(&t_sun()),
        )
    };
    c.evidence(
        "R² (solar units) = L(5772/T)⁴, L = 8.7e6, T = 53 kK",
        format!("{r2} = {}", dec(&r2, 10)),
    );
    c.evidence("R (R⊙)", cert(8, r));
    c.evidence("R (au)", cert(6, r_au));
    c.evidence("R at L = 10^6.94", cert(8, r_alt));
    c.evidence(
        "L at R = 35.4 R⊙, T = 53 kK",
        dec(
            &(q(354, 10) * q(354, 10) * num_traits::pow(temperature() / t_sun(), 4)),
            8,
        ),
    );
    c.evidence("T at R = 35.4 R⊙, L = 8.7e6", cert(7, t_at));
    Ok(())
}

/// 10^(0.4·Δm) for a magnitude difference Δm.
fn flux_ratio(delta_mag: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    pow10(&(q(4, 10) * delta_mag), p)
}

/// The Sun/Moon flux ratio with V⊙ = −26.74 and the given full-Moon magnitude.
fn sun_over_moon(moon: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    flux_ratio(&(q(2674, 100) + moon), p)
}

/// R136a1/Sun in the V band for an assumed M_V (M_V,⊙ = 4.83).
fn v_band_ratio(mv: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    flux_ratio(&(q(483, 100) - mv), p)
}

const STAR_10: Claim = Claim {
    id: "STAR-10",
    statement: "Replacing the Sun, R136a1 would outshine it as much as the Sun outshines the full Moon.",
    provenance: Provenance::ArticleText,
    kind: Kind::Certified,
    expected: Expected::Approximate,
    stated: &[Stated::exact("as much as", "by as much as the Sun outshines the full Moon", "1").band(
        "24",
        "an image comparing two ratios near 4 × 10⁵ (14 magnitudes): read as right within a factor of 25 (3.5 mag)",
    )],
    uses: &["STAR-08"],
    notes: "Press-release text (confirmed); right to within a factor of about 2.5–22 depending on the band. The stated number is the ratio of the two ratios.",
    check: star_10,
};

fn star_10(c: &mut Check) -> CheckResult {
    // 10^5.6 = 10^(28/5): 398107⁵ < 10²⁸ < 398108⁵ exactly
    c.fact(
        "Sun/Moon = 10^5.6 from below: 398107⁵ < 10²⁸",
        increasing(&[BigInt::from(398_107).pow(5), BigInt::from(10).pow(28)]),
    );
    c.fact(
        "Sun/Moon = 10^5.6 from above: 10²⁸ < 398108⁵",
        increasing(&[BigInt::from(10).pow(28), BigInt::from(398_108).pow(5)]),
    );
    let moon = q(-1274, 100);
    let bolometric =
        |p: u32| Interval::from_rational(p, &luminosity()).div(&sun_over_moon(&moon, p)?);
    let (mv1, mv2) = (q(-76, 10), q(-818, 100));
    let v_band = |mv: &BigRational, p: u32| v_band_ratio(mv, p)?.div(&sun_over_moon(&moon, p)?);
    c.compare_real("as much as", bolometric)?;
    c.compare_real("as much as", |p| v_band(&mv1, p))?;
    c.compare_real("as much as", |p| v_band(&mv2, p))?;
    c.evidence(
        "Sun/Moon (Moon at −12.74 / −12.7 / −12.9)",
        format!(
            "{} / {} / {}",
            cert(11, |p| sun_over_moon(&moon, p)),
            cert(8, |p| sun_over_moon(&q(-127, 10), p)),
            cert(8, |p| sun_over_moon(&q(-129, 10), p))
        ),
    );
    c.evidence("bolometric (R136a1/Sun) ÷ (Sun/Moon)", cert(8, bolometric));
    c.evidence(
        "2.5 log₁₀(8.7e6) mag",
        cert(7, |p| {
            Ok(Interval::from_rational(p, &luminosity())
                .log10()?
                .mul_rational(&q(5, 2)))
        }),
    );
    for mv in [&mv1, &mv2] {
        c.evidence(
            format!(
                "V band, M_V = {} (input): R136a1/Sun; ÷ (Sun/Moon)",
                dec(mv, 3)
            ),
            format!(
                "{}; {}",
                cert(7, |p| v_band_ratio(mv, p)),
                cert(7, |p| v_band(mv, p))
            ),
        );
    }
    Ok(())
}

const STAR_11: Claim = Claim {
    id: "STAR-11",
    statement: "Its mass would reduce the length of the Earth's year to three weeks.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[Stated::printed("weeks", "to three weeks", "3")],
    uses: &["STAR-01"],
    notes: "Kepler III at fixed a = 1 au: P = 365.25/√265 d ≈ 3.2 weeks.",
    check: star_11,
};

fn star_11(c: &mut Check) -> CheckResult {
    let year = q(36525, 100);
    let sidereal = q(365_256_363, 1_000_000);
    let weeks = |y: &BigRational, m: i64, p: u32| {
        Ok(kepler_period_days(y, &int(m), p)?.mul_rational(&q(1, 7)))
    };
    c.compare_real("weeks", |p| weeks(&year, M_NOW, p))?;
    c.compare_real("weeks", |p| weeks(&sidereal, M_NOW, p))?;
    // P in weeks ∈ (2.5, 3.7) for M ∈ [200, 400]: compare squares at the ends (P decreases in M)
    let squared = |m: i64, w: BigRational| (&w * int(7)) * (&w * int(7)) * int(m);
    c.fact(
        "2.5 wk < P < 3.7 wk for M ∈ [200, 400] (exact, on squares; P decreases in M)",
        increasing(&[
            squared(400, q(5, 2)),
            &year * &year,
            squared(200, q(37, 10)),
        ]),
    );
    c.evidence(
        "P at M = 265 (d)",
        cert(7, |p| kepler_period_days(&year, &int(265), p)),
    );
    c.evidence(
        "P at M = 320 (d), Julian / sidereal year",
        format!(
            "{} / {}",
            cert(7, |p| kepler_period_days(&year, &int(320), p)),
            cert(7, |p| kepler_period_days(&sidereal, &int(320), p))
        ),
    );
    c.evidence("P²·M = 365.25² (constant)", &year * &year);
    Ok(())
}

const STAR_12: Claim = Claim {
    id: "STAR-12",
    statement: "It would bathe the Earth in intense ultraviolet radiation, making life impossible.",
    provenance: Provenance::ArticleText,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &["STAR-08"],
    notes: "Wien peak and equilibrium temperature are derived; extreme ultraviolet is taken as below 100 nm, and life as impossible above 1000 K.",
    check: star_12,
};

fn star_12(c: &mut Check) -> CheckResult {
    let peak_nm =
        |t: BigRational| move |p: u32| Ok(wien_b(p)?.mul_rational(&(int(1_000_000_000) / &t)));
    let t_eq = |p: u32| {
        Interval::from_rational(p, &s_sun())
            .div(&stefan_boltzmann(p)?.mul_rational(&int(4)))?
            .sqrt()?
            .sqrt()
    };
    let t_eq_star =
        |p: u32| Ok(&t_eq(p)? * &Interval::from_rational(p, &luminosity()).sqrt()?.sqrt()?);
    c.asserts(
        "the Wien peak at 53 kK lies below 100 nm (extreme ultraviolet)",
        increasing(&[peak_nm(temperature())(128)?.hi_rational(), int(100)]),
    );
    c.asserts(
        "Earth's equilibrium temperature under R136a1 exceeds 1000 K",
        increasing(&[int(1000), t_eq_star(128)?.lo_rational()]),
    );
    let (peak, t) = (peak_nm(t_sun())(128)?, t_eq(128)?);
    c.fact(
        "the Sun's Wien peak is visible (400–700 nm)",
        between(&int(400), &peak, &int(700)),
    );
    c.fact(
        "Earth's equilibrium temperature under the Sun is 250–300 K",
        between(&int(250), &t, &int(300)),
    );
    c.evidence("σ_SB = 2π⁵k⁴/(15h³c²)", cert(15, stefan_boltzmann));
    c.evidence("Wien b (m·K)", cert(15, wien_b));
    c.evidence(
        "Wien peak at 53 kK (nm): extreme UV",
        cert(7, peak_nm(temperature())),
    );
    c.evidence("Wien peak at 5772 K (nm)", cert(8, peak_nm(t_sun())));
    c.evidence("flux at 1 au (W/m², exact)", luminosity() * s_sun());
    c.evidence(
        "Earth's equilibrium temperature (S/4σ)^(1/4) (K)",
        cert(8, t_eq),
    );
    c.evidence("… under R136a1 (K)", cert(7, t_eq_star));
    Ok(())
}

const STAR_13: Claim = Claim {
    id: "STAR-13",
    statement: "R136a1 is a little over a million years old, already middle-aged.",
    provenance: Provenance::ArticleText,
    kind: Kind::Property,
    expected: Expected::Approximate,
    stated: &[Stated::printed("age", "a little over a million years old", "1.0e6").band(
        "1/2",
        "\"a little over a million\" read as 1.0–1.1 Myr (the print's tenth); the band admits up to 1.5 Myr",
    )],
    uses: &["STAR-01"],
    notes: "The paper gives ≈ 1.5 Myr (abstract) to 1.7 Myr; the nuclear timescale is a derived estimate.",
    check: star_13,
};

fn star_13(c: &mut Check) -> CheckResult {
    // the paper's age, ≈ 1.5 Myr (abstract)
    c.compare_int("age", 1_500_000)?;
    let lost = int(M_BIRTH - M_NOW);
    let rate = |t_myr: BigRational| &lost / (t_myr * int(1_000_000));
    c.fact(
        "Ṁ = 55 M⊙/t decreases in t and lies in the paper's 2–5 × 10⁻⁵ M⊙/yr exactly for t ∈ [1.1, 2.75] Myr",
        All::of([
            rate(q(11, 10)) == q(5, 100_000),
            rate(q(11, 4)) == q(2, 100_000),
            increasing(&(1..=40i64).rev().map(|k| rate(q(k, 10))).collect::<Vec<_>>()),
        ]),
    );
    let nuclear = |f: BigRational| {
        move |p: u32| -> Result<Interval, IntervalError> {
            let c = speed_of_light();
            let energy = solar_mass_kg(p)?
                .mul_rational(&(q(7, 1000) * q(7, 10) * &f * int(M_NOW) * &c * &c));
            energy.div(&Interval::from_rational(
                p,
                &(luminosity() * l_sun() * julian_year_s() * int(1_000_000)),
            ))
        }
    };
    c.evidence(
        "mean loss rate 55 M⊙/t at t = 1 / 1.5 / 1.7 Myr (M⊙/yr)",
        format!(
            "{} / {} / {}",
            dec(&rate(int(1)), 3),
            dec(&rate(q(3, 2)), 3),
            dec(&rate(q(17, 10)), 3)
        ),
    );
    c.evidence(
        "nuclear timescale 0.007·X·f·Mc²/L, f = 0.1 / 0.5 / 0.7 (Myr; derived estimate)",
        format!(
            "{} / {} / {}",
            cert_g(6, nuclear(q(1, 10))),
            cert_g(6, nuclear(q(1, 2))),
            cert_g(6, nuclear(q(7, 10)))
        ),
    );
    Ok(())
}

const STAR_14: Claim = Claim {
    id: "STAR-14",
    statement: "The star's volume is about 30 times the Sun's (a possible rendering of \"tens of times larger\" as 体积 30 倍).",
    provenance: Provenance::Derived,
    kind: Kind::ExactValue,
    expected: Expected::Refuted,
    stated: &[Stated::printed("volume", "体积 30 倍", "30")
        .from("Xinhua's wording of the same news: 30 times the volume")],
    uses: &["STAR-09"],
    notes: "Flag only if the Chinese page has it (Xinhua's report did); the Chinese page does not survive. Radius ≈ 35 R⊙ means volume ≈ 4.3 × 10⁴.",
    check: star_14,
};

fn star_14(c: &mut Check) -> CheckResult {
    // the radius of STAR-09 from the 2010 inputs: V/V⊙ = (R²)^(3/2)
    let r2 = radius_squared(&luminosity(), &temperature());
    let volume =
        |p: u32| Ok(&Interval::from_rational(p, &r2) * &Interval::from_rational(p, &r2).sqrt()?);
    c.compare_real("volume", volume)?;
    c.evidence("volume (V⊙) at R = 34.98 R⊙ (STAR-09)", cert(4, volume));
    c.evidence("35³", 35i64.pow(3));
    Ok(())
}

/// The confirmed initial masses of R136a1, a2, a3 and c (paper values, M⊙).
const HEAVY: [i64; 4] = [320, 240, 165, 220];

const STAR_15: Claim = Claim {
    id: "STAR-15",
    statement: "Only 4 of about 100 000 stars in R136 weighed more than 150 M⊙ at birth, yet they supply nearly half the cluster's wind and radiation power.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[Stated::exact("four", "only 4 of about 100 000 stars", "4")],
    uses: &["STAR-01"],
    notes: "The count is checked against the paper's four initial masses; \"nearly half\" is quoted.",
    check: star_15,
};

fn star_15(c: &mut Check) -> CheckResult {
    c.compare_int(
        "four",
        HEAVY.iter().filter(|&&m| increasing(&[150, m])).count() as u64,
    )?;
    c.fact(
        "the paper's masses span [165, 320] and include R136a1's 320",
        All::of([
            HEAVY.iter().all(|m| (165..=320).contains(m)),
            HEAVY.contains(&M_BIRTH),
        ]),
    );
    c.evidence("4/100 000", q(4, 100_000));
    c.evidence("initial masses (M⊙, paper)", format!("{HEAVY:?}"));
    Ok(())
}

const STAR_16: Claim = Claim {
    id: "STAR-16",
    statement: "R136a1 alone energizes its surroundings more than fifty times as much as the Orion Nebula cluster.",
    provenance: Provenance::ArticleText,
    kind: Kind::Quoted,
    expected: Expected::Quoted,
    stated: &[],
    uses: &[],
    notes: "Press-release text (recalled, to re-confirm). The only context: the paper's \"R136a1 supplies ≈ 7 % of the ionizing flux of 30 Doradus\".",
    check: star_16,
};

fn star_16(c: &mut Check) -> CheckResult {
    c.evidence(
        "context",
        "R136a1 supplies ≈ 7 % of the ionizing flux of 30 Doradus (paper); no check",
    );
    Ok(())
}

const STAR_17: Claim = Claim {
    id: "STAR-17",
    statement: "In NGC 3603 the eclipsing binary A1 (P = 3.77 d, 120 + 92 M⊙ from models) provides a direct mass test.",
    provenance: Provenance::Paper,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "Birth masses 148 + 106 M⊙ (recalled); orbit from Schnurr et al. 2008 (P = 3.7724 d, K₁ = 330, K₂ = 433 km/s, i = 71°).",
    check: star_17,
};

fn star_17(c: &mut Check) -> CheckResult {
    let total = int(120 + 92);
    let a_rsun = |p: u32| {
        binary_separation_m(&total, &q(377, 100), p)?.div(&Interval::from_rational(p, &r_sun()))
    };
    let a_au = |p: u32| {
        binary_separation_m(&total, &q(377, 100), p)?.div(&Interval::from_rational(p, &au_m()))
    };
    c.asserts(
        "the orbit (M = 212 M⊙, P = 3.77 d) is wider than the radii 29 + 26 = 55 R⊙ but below 70 R⊙: nearly in contact",
        between(&int(55), &a_rsun(128)?, &int(70)),
    );
    let m_sin3 = |p: u32| -> Result<Interval, IntervalError> {
        let period = q(37_724, 10_000) * int(86_400);
        let k = int(330_000 + 433_000);
        Interval::from_rational(p, &(period * &k * &k * &k))
            .div(&Interval::pi(p).mul_rational(&(int(2) * gm_sun())))
    };
    let sin71 = |p: u32| Interval::pi(p).mul_rational(&q(71, 180)).sin();
    let m_tot = |p: u32| m_sin3(p)?.div(&sin71(p)?.powi(3)?);
    c.asserts(
        "the dynamical mass P(K₁+K₂)³/(2πG sin³i) is within 3.5 % of the models' 212 M⊙",
        increasing(&[
            magnitude(&m_tot(128)?.mul_rational(&q(1, 212)).add_rational(&int(-1))),
            q(35, 1000),
        ]),
    );
    c.fact(
        "Kepler both ways: the mass recovered from the separation and period encloses 212 M⊙",
        {
            let p = 160;
            let a = binary_separation_m(&total, &q(377, 100), p)?;
            let secs = Interval::from_rational(p, &(q(377, 100) * int(86_400)));
            let back = (&(&(&a * &a) * &a).mul_rational(&int(4)) * &Interval::pi(p).square())
                .div(&(&secs * &secs).mul_rational(&gm_sun()))?;
            back.contains_rational(&total)
        },
    );
    let (f1, f2) = (q(148 - 120, 148), q(106 - 92, 106));
    c.evidence(
        "mass-loss fractions 28/148, 14/106",
        format!("{f1} = {}, {f2} = {}", dec(&f1, 6), dec(&f2, 6)),
    );
    c.evidence("separation at M = 212 M⊙, P = 3.77 d (au)", cert(6, a_au));
    c.evidence("separation (R⊙) vs radii 29 + 26 = 55", cert(5, a_rsun));
    c.evidence("M sin³i = P(K₁+K₂)³/(2π(GM)⊙) (M⊙)", cert(7, m_sin3));
    c.evidence("sin³ 71°", cert(4, |p| sin71(p)?.powi(3)));
    c.evidence("M_tot (M⊙)", cert(7, m_tot));
    c.evidence(
        "relative difference 1 − M_tot/212",
        cert(3, |p| {
            Ok(m_tot(p)?.mul_rational(&q(-1, 212)).add_rational(&int(1)))
        }),
    );
    c.evidence(
        "K₁/K₂ vs 92/120",
        format!("{} vs {}", dec(&q(330, 433), 6), dec(&q(92, 120), 4)),
    );
    Ok(())
}

const STAR_18: Claim = Claim {
    id: "STAR-18",
    statement: "Stars of 8–150 M⊙ end as supernovae; stars of 150–300 M⊙ may end as pair-instability supernovae expelling up to ~10 M⊙ of iron.",
    provenance: Provenance::ArticleText,
    kind: Kind::Quoted,
    expected: Expected::Quoted,
    stated: &[],
    uses: &[],
    notes: "Model-dependent.",
    check: star_18,
};

fn star_18(c: &mut Check) -> CheckResult {
    c.evidence(
        "model dependence",
        "pair-instability window ≈ 140–260 M⊙ initial at low metallicity; LMC models predict none in R136",
    );
    Ok(())
}

const STAR_19: Claim = Claim {
    id: "STAR-19",
    statement: "R136a1 is sub-Eddington but close to the limit: Γ_e = L/L_Edd ≈ 0.70 at X = 0.4 and 0.85 at X = 0.7.",
    provenance: Provenance::Derived,
    kind: Kind::Certified,
    expected: Expected::Holds,
    stated: &[
        Stated::printed("X = 0.4", "Γ_e ≈ 0.70 at X = 0.4", "0.70"),
        Stated::printed("X = 0.7", "0.85 at X = 0.7", "0.85"),
    ],
    uses: &["STAR-08"],
    notes: "L_Edd = 4πGMc/κ_es with κ_es = σ_T(1+X)/(2m_p); X ≈ 0.4 is a paper value (to re-confirm). σ_T and m_p carry their CODATA uncertainties.",
    check: star_19,
};

fn star_19(c: &mut Check) -> CheckResult {
    let p = 160;
    let gamma = |m: i64, x: &BigRational| eddington_ratio(&luminosity(), &int(m), x, p);
    c.compare_enclosure("X = 0.4", gamma(M_NOW, &q(4, 10))?)?;
    c.compare_enclosure("X = 0.7", gamma(M_NOW, &q(7, 10))?)?;
    c.asserts(
        "sub-Eddington at X = 0.4 and 0.7 (Γ_e < 1)",
        All::of([
            increasing(&[gamma(M_NOW, &q(4, 10))?.hi_rational(), int(1)]),
            increasing(&[gamma(M_NOW, &q(7, 10))?.hi_rational(), int(1)]),
        ]),
    );
    let mut by_x = Vec::new();
    for k in 0..=10i64 {
        by_x.push(gamma(M_NOW, &q(k, 10))?);
    }
    c.fact(
        "Γ_e strictly increases in X (∝ 1 + X), X = 0, 0.1, …, 1",
        by_x.windows(2).all(|w| below(&w[0], &w[1])),
    );
    let mut by_m = Vec::new();
    for m in (200..=400i64).step_by(20) {
        by_m.push(gamma(m, &q(7, 10))?);
    }
    c.fact(
        "Γ_e strictly decreases in M, M = 200, 220, …, 400",
        by_m.windows(2).all(|w| below(&w[1], &w[0])),
    );
    c.fact(
        "Γ_e(X = 1) = 2·Γ_e(X = 0) (the enclosures overlap)",
        overlap(&by_x[10], &by_x[0].mul_rational(&int(2))),
    );
    c.evidence("4π(GM)⊙c/L⊙ (m²/kg)", cert(9, eddington_unit));
    c.evidence(
        "σ_T/(2m_p) (cm²/g)",
        cert(8, |p| Ok(kappa_es(&int(0), p)?.mul_rational(&int(10)))),
    );
    for x in [int(1), q(7, 10), q(4, 10), int(0)] {
        let k = |p: u32| Ok(kappa_es(&x, p)?.mul_rational(&int(10)));
        let per_msun = |p: u32| eddington_unit(p)?.div(&kappa_es(&x, p)?);
        c.evidence(
            format!("X = {x}: κ_es (cm²/g); L_Edd/L⊙ per M⊙; Γ_e (L = 8.7e6); Γ_e (L = 10^6.94)"),
            format!(
                "{}; {}; {}; {}",
                cert(6, k),
                cert(6, per_msun),
                cert(5, |p| eddington_ratio(&luminosity(), &int(M_NOW), &x, p)),
                cert(6, |p| Ok(
                    eddington_ratio(&int(1), &int(M_NOW), &x, p)? * pow10(&q(694, 100), p)?
                ))
            ),
        );
    }
    c.evidence(
        "L/M = 8.7e6/265 (L⊙/M⊙)",
        dec(&(luminosity() / int(M_NOW)), 6),
    );
    c.evidence(
        "Γ_e at M = 320, X = 0.7",
        cert(4, |p| {
            eddington_ratio(&luminosity(), &int(320), &q(7, 10), p)
        }),
    );
    Ok(())
}

/// The energy radiated at L = 8.7 × 10⁶ L⊙ over `myr` Myr, in units of M⊙c².
fn radiated_in_msun_c2(myr: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    let energy = luminosity() * l_sun() * julian_year_s() * int(1_000_000) * myr;
    Interval::from_rational(p, &energy)
        .div(&solar_mass_kg(p)?.mul_rational(&(speed_of_light() * speed_of_light())))
}

/// The mass (M⊙) fused at 0.7 % mass-to-energy efficiency to radiate that energy.
fn fused_msun(myr: &BigRational, p: u32) -> Result<Interval, IntervalError> {
    Ok(radiated_in_msun_c2(myr, p)?.mul_rational(&q(1000, 7)))
}

const STAR_20: Claim = Claim {
    id: "STAR-20",
    statement: "At L = 8.7 × 10⁶ L⊙ the star radiates about M⊙c² in 1.7 Myr, which needs about 143 M⊙ of hydrogen fused.",
    provenance: Provenance::Derived,
    kind: Kind::Accounting,
    expected: Expected::Holds,
    stated: &[
        Stated::printed("energy", "about M⊙c²", "1"),
        Stated::printed("fused", "about 143 M⊙ of hydrogen", "143"),
    ],
    uses: &["STAR-13"],
    notes: "An upper estimate (L was lower earlier), consistent with \"middle-aged\". M⊙ = (GM)⊙/G carries G's 22 ppm.",
    check: star_20,
};

fn star_20(c: &mut Check) -> CheckResult {
    let (long, short) = (q(17, 10), int(1));
    c.compare_enclosure("energy", radiated_in_msun_c2(&long, 128)?)?;
    c.compare_enclosure("fused", fused_msun(&long, 128)?)?;
    c.asserts(
        "the fused mass stays below the 320 M⊙ birth mass",
        increasing(&[fused_msun(&long, 128)?.hi_rational(), int(M_BIRTH)]),
    );
    let percent =
        |myr: &BigRational, of: i64| cert(3, |p| Ok(fused_msun(myr, p)?.mul_rational(&q(100, of))));
    c.evidence(
        "E = L·t over 1.7 Myr (J)",
        dec(
            &(luminosity() * l_sun() * julian_year_s() * int(1_000_000) * &long),
            5,
        ),
    );
    c.evidence(
        "E in M⊙c², 1.7 Myr / 1 Myr",
        format!(
            "{} / {}",
            cert_g(6, |p| radiated_in_msun_c2(&long, p)),
            cert_g(6, |p| radiated_in_msun_c2(&short, p))
        ),
    );
    c.evidence(
        "mass fused at 0.7 % efficiency (M⊙), 1.7 Myr / 1 Myr",
        format!(
            "{} / {}",
            cert_g(6, |p| fused_msun(&long, p)),
            cert_g(6, |p| fused_msun(&short, p))
        ),
    );
    c.evidence(
        "% of the 320 M⊙ birth mass",
        format!("{} / {}", percent(&long, 320), percent(&short, 320)),
    );
    c.evidence(
        "% of its hydrogen at X = 0.7 (224 M⊙)",
        format!("{} / {}", percent(&long, 224), percent(&short, 224)),
    );
    c.evidence(
        "M⊙ = (GM)⊙/G (kg, carries G's 22 ppm)",
        cert_g(9, solar_mass_kg),
    );
    Ok(())
}

/// STAR-01 … STAR-20, in catalogue order.
pub(super) static CLAIMS: &[Claim] = &[
    STAR_01, STAR_02, STAR_03, STAR_04, STAR_05, STAR_06, STAR_07, STAR_08, STAR_09, STAR_10,
    STAR_11, STAR_12, STAR_13, STAR_14, STAR_15, STAR_16, STAR_17, STAR_18, STAR_19, STAR_20,
];
