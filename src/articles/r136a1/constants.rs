//! Physical constants as exact data: SI-defined values and IAU 2015 nominal solar values as exact
//! rationals; measured CODATA 2018 values as intervals carrying their standard uncertainty; and
//! derived irrational constants (parsec, σ_SB, Wien's b) as certified enclosures.

use crate::exact::rational::q;
use num_bigint::BigInt;
use num_rational::BigRational;

use crate::exact::interval::{Interval, IntervalError};

fn times_pow10(mantissa: i64, exp10: i32) -> BigRational {
    let p = BigInt::from(10).pow(exp10.unsigned_abs());
    if exp10 >= 0 {
        BigRational::from_integer(BigInt::from(mantissa) * p)
    } else {
        BigRational::new(BigInt::from(mantissa), p)
    }
}

/// c = 299 792 458 m/s (exact, SI).
pub fn speed_of_light() -> BigRational {
    q(299_792_458, 1)
}

/// The Julian year, 365.25 × 86 400 s = 31 557 600 s (exact).
pub fn julian_year_s() -> BigRational {
    q(36525, 100) * q(86_400, 1)
}

/// The light-year, c × Julian year = 9 460 730 472 580 800 m (exact).
pub fn light_year_m() -> BigRational {
    speed_of_light() * julian_year_s()
}

/// The astronomical unit, 149 597 870 700 m (exact, IAU 2012 B2).
pub fn au_m() -> BigRational {
    q(149_597_870_700, 1)
}

/// The parsec, (648 000/π) au (certified).
pub fn parsec_m(prec: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(prec, &(q(648_000, 1) * au_m())).div(&Interval::pi(prec))
}

/// Nominal solar mass parameter (GM)⊙ = 1.327 124 4 × 10²⁰ m³/s² (IAU 2015 B3, exact).
pub fn gm_sun() -> BigRational {
    times_pow10(13_271_244, 13)
}

/// Nominal solar luminosity L⊙ = 3.828 × 10²⁶ W (exact).
pub fn l_sun() -> BigRational {
    times_pow10(3828, 23)
}

/// Nominal solar radius R⊙ = 6.957 × 10⁸ m (exact).
pub fn r_sun() -> BigRational {
    times_pow10(6957, 5)
}

/// Nominal solar effective temperature, 5772 K (exact).
pub fn t_sun() -> BigRational {
    q(5772, 1)
}

/// Nominal total solar irradiance S⊙ = 1361 W/m² (exact).
pub fn s_sun() -> BigRational {
    q(1361, 1)
}

/// Nominal Jovian mass parameter (GM)_J = 1.266 865 3 × 10¹⁷ m³/s² (exact).
pub fn gm_jupiter() -> BigRational {
    times_pow10(12_668_653, 10)
}

/// Planck's constant h = 6.626 070 15 × 10⁻³⁴ J s (exact, SI 2019).
pub fn planck() -> BigRational {
    times_pow10(662_607_015, -42)
}

/// Boltzmann's constant k = 1.380 649 × 10⁻²³ J/K (exact, SI 2019).
pub fn boltzmann() -> BigRational {
    times_pow10(1_380_649, -29)
}

/// A measured value with its standard uncertainty as an interval [v − u, v + u].
fn measured(value: BigRational, uncertainty: BigRational, prec: u32) -> Interval {
    Interval::from_rational(prec, &(&value - &uncertainty))
        .hull(&Interval::from_rational(prec, &(&value + &uncertainty)))
}

/// G = 6.674 30(15) × 10⁻¹¹ m³ kg⁻¹ s⁻² (CODATA 2018).
pub fn gravitational_constant(prec: u32) -> Interval {
    measured(times_pow10(667_430, -16), times_pow10(15, -16), prec)
}

/// σ_T = 6.652 458 7321(60) × 10⁻²⁹ m² (CODATA 2018).
pub fn thomson_cross_section(prec: u32) -> Interval {
    measured(times_pow10(66_524_587_321, -39), times_pow10(60, -39), prec)
}

/// m_p = 1.672 621 923 69(51) × 10⁻²⁷ kg (CODATA 2018).
pub fn proton_mass(prec: u32) -> Interval {
    measured(
        times_pow10(167_262_192_369, -38),
        times_pow10(51, -38),
        prec,
    )
}

/// M⊙ = (GM)⊙/G in kg, carrying G's uncertainty.
pub fn solar_mass_kg(prec: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(prec, &gm_sun()).div(&gravitational_constant(prec))
}

/// σ_SB = 2π⁵k⁴/(15h³c²) (exact by definition, irrational; certified).
pub fn stefan_boltzmann(prec: u32) -> Result<Interval, IntervalError> {
    let (k, h, c) = (boltzmann(), planck(), speed_of_light());
    let pi5 = Interval::pi(prec).powi(5)?;
    pi5.mul_rational(&(q(2, 15) * &k * &k * &k * &k / (&h * &h * &h * &c * &c)))
        .div(&Interval::from_int(prec, 1))
}

/// The root of x = 5(1 − e^(−x)) near 4.965, enclosed by rational bisection: the function
/// x − 5(1 − e^(−x)) is increasing there and changes sign on [4.9, 5].
pub fn wien_x(prec: u32) -> Result<Interval, IntervalError> {
    let f = |x: &BigRational| -> Result<Interval, IntervalError> {
        let xi = Interval::from_rational(prec, x);
        Ok(&xi - &(&Interval::from_int(prec, 1) - &(-&xi).exp()?).mul_rational(&q(5, 1)))
    };
    let (mut lo, mut hi) = (q(49, 10), q(5, 1));
    for _ in 0..prec {
        let mid = (&lo + &hi) / q(2, 1);
        let v = f(&mid)?;
        if v.is_negative() {
            lo = mid;
        } else if v.is_positive() {
            hi = mid;
        } else {
            break; // the enclosure straddles 0: [lo, hi] already contains the root
        }
    }
    Ok(Interval::from_rational(prec, &lo).hull(&Interval::from_rational(prec, &hi)))
}

/// Wien's displacement constant b = hc/(k·x) in m·K.
pub fn wien_b(prec: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(prec, &(planck() * speed_of_light() / boltzmann())).div(&wien_x(prec)?)
}
