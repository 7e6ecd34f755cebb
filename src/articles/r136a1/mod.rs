//! R136a1，300倍太阳质量的怪兽星 (kexue.fm/archives/769): a translation of ESO press release
//! eso1030. No copy of the Chinese page survives, so its content is reconstructed from the
//! release; physical inputs are pinned to the 2010 values (M = 265 M⊙, M_init = 320 M⊙,
//! L = 8.7 × 10⁶ L⊙, T = 53 kK, 165 000 ly) and never mixed with later revisions.

mod claims;
pub mod constants;

use crate::claim::Article;
use num_bigint::BigInt;
use num_rational::BigRational;

use crate::exact::interval::{Interval, IntervalError};

/// The pinned 2010 inputs (Crowther et al. 2010, as eso1030 reports them): mass now and at
/// birth in M⊙, luminosity in L⊙, effective temperature in K.
pub const PINNED_MASS: i64 = 265;
pub const PINNED_BIRTH_MASS: i64 = 320;
pub const PINNED_LUMINOSITY: i64 = 8_700_000;
pub const PINNED_TEMPERATURE: i64 = 53_000;

/// (R/R⊙)² = (L/L⊙)·(T⊙/T)⁴ from the Stefan–Boltzmann law in solar units (exact).
///
/// ```
/// use claimcheck::articles::r136a1::radius_squared;
/// use num_rational::BigRational;
/// let r2 = radius_squared(&BigRational::from_integer(8_700_000.into()), &BigRational::from_integer(53_000.into()));
/// assert_eq!(r2.to_string(), "754422396252174/616443828125");
/// ```
pub fn radius_squared(luminosity: &BigRational, temperature: &BigRational) -> BigRational {
    let ratio = constants::t_sun() / temperature;
    luminosity * num_traits::pow(ratio, 4)
}

/// L/L⊙ = (R/R⊙)²·(T/T⊙)⁴, the Stefan–Boltzmann law in solar units (exact; the inverse of
/// [`radius_squared`]), with T in kelvin and T⊙ = 5772 K.
///
/// ```
/// use claimcheck::articles::r136a1::{luminosity, radius_squared};
/// use claimcheck::exact::rational::q;
/// let (l, t) = (q(8_700_000, 1), q(53_000, 1));
/// // the radius the luminosity and temperature give returns the luminosity
/// let r2 = radius_squared(&l, &t);
/// assert_eq!(luminosity(&r2, &t), l);
/// assert_eq!(luminosity(&q(1, 1), &q(5772, 1)), q(1, 1));
/// ```
pub fn luminosity(radius_squared: &BigRational, temperature: &BigRational) -> BigRational {
    let ratio = temperature / constants::t_sun();
    radius_squared * num_traits::pow(ratio, 4)
}

/// Kepler's third law at a = 1 au: P = P⊕/√(M/M⊙), with P⊕ in days.
pub fn kepler_period_days(
    year_days: &BigRational,
    mass: &BigRational,
    prec: u32,
) -> Result<Interval, IntervalError> {
    Interval::from_rational(prec, year_days).div(&Interval::from_rational(prec, mass).sqrt()?)
}

/// 10^x for rational x.
pub fn pow10(x: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    Interval::from_int(prec, 10).pow(&Interval::from_rational(prec, x))
}

/// The electron-scattering opacity κ_es = σ_T(1+X)/(2m_p) in m²/kg.
pub fn kappa_es(hydrogen: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    let one = BigRational::from_integer(BigInt::from(1));
    constants::thomson_cross_section(prec)
        .mul_rational(&(&one + hydrogen))
        .div(&constants::proton_mass(prec).mul_rational(&BigRational::from_integer(2.into())))
}

/// The Eddington ratio Γ_e = L/L_Edd = (L/L⊙)·κ/(4π(GM)⊙c/L⊙·(M/M⊙)).
pub fn eddington_ratio(
    l_solar: &BigRational,
    m_solar: &BigRational,
    hydrogen: &BigRational,
    prec: u32,
) -> Result<Interval, IntervalError> {
    let unit = eddington_unit(prec)?;
    kappa_es(hydrogen, prec)?
        .mul_rational(l_solar)
        .div(&unit.mul_rational(m_solar))
}

/// 4π(GM)⊙c/L⊙ in m²/kg: L_Edd/L⊙ per solar mass is this divided by κ.
pub fn eddington_unit(prec: u32) -> Result<Interval, IntervalError> {
    Ok(Interval::pi(prec).mul_rational(
        &(BigRational::from_integer(4.into()) * constants::gm_sun() * constants::speed_of_light()
            / constants::l_sun()),
    ))
}

/// The separation a = [(GM)⊙·M·P²/(4π²)]^(1/3) in metres of a binary of total mass M (M⊙) and
/// period P (days), Kepler's third law.
pub fn binary_separation_m(
    mass: &BigRational,
    period_days: &BigRational,
    prec: u32,
) -> Result<Interval, IntervalError> {
    let p_s = period_days * BigRational::from_integer(86_400.into());
    let four_pi2 = Interval::pi(prec)
        .square()
        .mul_rational(&BigRational::from_integer(4.into()));
    Ok(
        Interval::from_rational(prec, &(constants::gm_sun() * mass * &p_s * &p_s))
            .div(&four_pi2)?
            .cbrt(),
    )
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "r136a1",
    title: "R136a1,300倍太阳质量的怪兽星",
    english_title: "R136a1, the 300-solar-mass monster star",
    url: "https://kexue.fm/archives/769",
    date: "2010-07-29",
    source: "lost; reconstructed from the ESO press release it translates (eso1030)",
    claims: claims::CLAIMS,
};
