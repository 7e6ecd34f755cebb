//! cos(πa/b) for b = 2^i·3^j and 5·2^i·3^j by halving and trisecting angles, each step a certified
//! ball operation: no Newton iteration on z^b = ±1 ([`cos_pi_newton`](super::cos_pi::cos_pi_newton)),
//! whose powers of a complex number cost far more than these square roots and cubics.
//!
//! * Halving (b even): θ = πa/b lies in (0, π/2), so cos θ = √((1 + cos 2θ)/2), the positive root,
//!   with cos 2θ = cos(πa/(b/2)) from the tower.
//! * Trisecting (3 | b, b odd): cos θ is the root of 4x³ − 3x = cos 3θ that
//!   lies within 2⁻³⁰ of cos θ's f64 value, certified by the interval Newton test: for a ball X
//!   and N(X) = m − f(m)/f′(X), N(X) ⊂ X proves that X holds exactly one root, and that it lies in
//!   N(X) ([`trisect`]).
//! * The floor: cos 0 = 1, cos(π/2) = 0, cos(π/3) = ½, cos(π/5) = (1 + √5)/4,
//!   cos(2π/5) = (√5 − 1)/4 (cos(π/4) and cos(π/6) are one halving above cos(π/2) and cos(π/3)).
//!
//! Each level works with guard bits so that the cancellation in 1 + cos 2θ near θ = π/2 and the
//! roundings of the levels below stay far below the target; the final ball carries every error.

use rug::Float;

use super::ball::{Ball, down, up};
use super::double::cos_pi_rational;
use super::interval::IntervalError;

/// cos(π·num/den) for any integer num and den ≥ 1 as ±cos(π·a/b) with a/b ∈ [0, ½] in
/// lowest terms (cos is even and 2-periodic, cos(π(1 − r)) = −cos(πr)): (negate, a, b).
fn reduce(num: u64, den: u64) -> (bool, u64, u64) {
    let period = 2 * den;
    let mut a = num % period;
    if a > den {
        a = period - a;
    }
    let (negate, a) = if 2 * a > den {
        (true, den - a)
    } else {
        (false, a)
    };
    let g = num_integer::gcd(a, den);
    (negate, a / g, den / g)
}

/// Whether the tower reaches cos(πa/b): b = 2^i·3^j or 5·2^i·3^j (a/b in lowest terms).
///
/// ```
/// use claimcheck::exact::cos_tower::handles;
/// assert!(handles(16) && handles(18) && handles(54) && handles(40) && handles(5) && handles(15));
/// assert!(!handles(7) && !handles(25) && !handles(0));
/// ```
pub fn handles(b: u64) -> bool {
    let mut odd = b;
    while odd % 2 == 0 && odd > 0 {
        odd /= 2;
    }
    while odd % 3 == 0 && odd > 0 {
        odd /= 3;
    }
    odd == 1 || odd == 5
}

/// cos(πa/b) as a ball at `prec` bits for b handled by [`handles`] (any integer a ≥ 0).
///
/// ```
/// use claimcheck::exact::{ball::Ball, cos_pi::cos_pi_newton, cos_tower::cos_pi_tower};
/// for (a, b) in [(1, 16), (5, 18), (7, 54), (3, 40)] {
///     let tower = cos_pi_tower(a, b, 5000).unwrap();
///     let newton = cos_pi_newton(a, b, 5000).unwrap();
///     assert!(tower.sub(&newton).unwrap().contains_rational(&rug::Rational::new()));
///     assert!(tower.rad().get_exp().unwrap() < -4990);
/// }
/// assert!(cos_pi_tower(1, 7, 100).is_err()); // not a tower denominator
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] for b not handled (b = 0 included), when a certificate fails
/// (never seen: the guard bits carry a wide margin) or a ball leaves MPFR's range.
pub fn cos_pi_tower(a: u64, b: u64, prec: u32) -> Result<Ball, IntervalError> {
    if !handles(b) {
        return Err(IntervalError::Domain(
            "cos_pi_tower needs b = 2^i·3^j or 5·2^i·3^j",
        ));
    }
    let levels = 64 - b.leading_zeros();
    let work = prec + 4 * levels + 32;
    level(a, b, work)?.with_prec(prec)
}

/// One level of the tower at `work` bits (the reduction first).
fn level(num: u64, den: u64, work: u32) -> Result<Ball, IntervalError> {
    let (negate, a, b) = reduce(num, den);
    let value = match (a, b) {
        (0, _) => Ball::from_i64(work, 1),
        (1, 2) => Ball::from_i64(work, 0),
        (1, 3) => Ball::from_i64(work, 1).mul_pow2(-1)?,
        (1 | 2, 5) => {
            let root5 = Ball::from_i64(work, 5).sqrt()?;
            let one = Ball::from_i64(work, 1);
            if a == 1 {
                root5.add(&one)
            } else {
                root5.sub(&one)
            }?
            .mul_pow2(-2)?
        }
        _ if b % 2 == 0 => {
            // θ = πa/b ∈ (0, π/2): cos θ = √((1 + cos 2θ)/2)
            let double = level(a, b / 2, work)?;
            double.add(&Ball::from_i64(work, 1))?.mul_pow2(-1)?.sqrt()?
        }
        _ if b % 3 == 0 => {
            let triple = level(a, b / 3, work)?;
            let start = cos_pi_rational(a, b).ok_or(IntervalError::Domain(
                "cos_pi_tower: argument out of the f64 range",
            ))?;
            trisect(&triple, start, work)?
        }
        _ => {
            return Err(IntervalError::Domain(
                "cos_pi_tower: not a tower denominator",
            ));
        }
    };
    if negate {
        Ball::from_i64(work, 0).sub(&value)
    } else {
        Ok(value)
    }
}

/// The root x of 4x³ − 3x = c (for every c in the ball `c3`) within 2⁻³⁰ of `start`, as a ball
/// at `work` bits.
///
/// Plain Newton in floats, doubling its precision, gives x̃. Two interval Newton tests then
/// certify it (for f(x) = 4x³ − 3x − c, f′(x) = 12x² − 3, the balls covering every c ∈ c3):
/// X₀ = start ± 2⁻³⁰ at 128 bits — N(X₀) ⊂ X₀ proves X₀ holds exactly one root, which is then
/// the wanted one whenever start is within 2⁻³⁰ of it (an f64 cosine is within 2⁻⁴⁶); and
/// X₁ = x̃ ± ρ ⊂ X₀, ρ four times the a posteriori Newton correction — N(X₁) ⊂ X₁ proves the root
/// lies in X₁, hence is X₀'s, and in N(X₁), which is returned.
///
/// ```
/// use claimcheck::exact::{ball::Ball, cos_tower::trisect};
/// // cos(π/18) from cos(π/6) = √3/2
/// let c3 = Ball::from_i64(300, 3).sqrt().unwrap().mul_pow2(-1).unwrap();
/// let start = (std::f64::consts::PI / 18.0).cos();
/// let x = trisect(&c3, start, 300).unwrap();
/// assert!(x.rad().get_exp().unwrap() < -290);
/// // a start 0.01 away from every root certifies nothing
/// assert!(trisect(&c3, start + 0.01, 300).is_err());
/// ```
///
/// # Errors
/// [`IntervalError::Domain`] when either test fails.
pub fn trisect(c3: &Ball, start: f64, work: u32) -> Result<Ball, IntervalError> {
    let newton_ball = |x: &Ball, m: &Ball, c: &Ball| -> Result<Ball, IntervalError> {
        // m − f(m)/f′(X)
        let m2 = m.square()?;
        let f = m2
            .mul_integer(&rug::Integer::from(4))?
            .sub(&Ball::from_i64(m.prec(), 3))?
            .mul(m)?
            .sub(c)?;
        let slope = x
            .square()?
            .mul_integer(&rug::Integer::from(12))?
            .sub(&Ball::from_i64(x.prec(), 3))?;
        m.sub(&f.div(&slope)?)
    };
    let inside = |inner: &Ball, outer: &Ball| -> bool {
        // |m_i − m_o| + r_i ≤ r_o, in exact rationals
        let exact = |x: &Float| x.to_rational();
        match (
            exact(inner.mid()),
            exact(outer.mid()),
            exact(inner.rad()),
            exact(outer.rad()),
        ) {
            (Some(mi), Some(mo), Some(ri), Some(ro)) => (mi - mo).abs() + ri <= ro,
            _ => false,
        }
    };
    let fail = IntervalError::Domain("cos_pi_tower: the trisection's root is not certified");
    // the coarse test at 128 bits
    let coarse = 128;
    let m0 = Ball::from_float(Float::with_val(coarse, start))?;
    let x0 = m0.add_error(&rug::Rational::from((1, 1u64 << 30)))?;
    let n0 = newton_ball(&x0, &m0, &c3.with_prec(coarse)?)?;
    if !inside(&n0, &x0) {
        return Err(fail);
    }
    // plain Newton: accuracies from `work` halving down to f64's
    let mut accuracy = vec![work];
    while let Some(&e) = accuracy.last().filter(|&&e| e > 100) {
        accuracy.push(e / 2 + 8);
    }
    let c = c3.mid();
    let mut x = Float::with_val(53, start);
    for &e in accuracy.iter().rev() {
        let p = e + 16;
        let x2 = Float::with_val(p, x.square_ref());
        let f = Float::with_val(p, &x2 * 4u32) - 3u32;
        let f = Float::with_val(p, &f * &x) - c;
        let slope = Float::with_val(p, &x2 * 12u32) - 3u32;
        x = Float::with_val(p, &x - Float::with_val(p, &f / &slope));
    }
    // the fine test at `work` bits: ρ = 4·(|f(x̃)| + r(c))/|f′(x̃)| + 2^(−work)
    let m = Ball::from_float(Float::with_val(work, &x))?;
    let c_ball = c3.with_prec(work)?;
    let m2 = m.square()?;
    let f = m2
        .mul_integer(&rug::Integer::from(4))?
        .sub(&Ball::from_i64(work, 3))?
        .mul(&m)?
        .sub(&c_ball)?;
    let slope = m2
        .mul_integer(&rug::Integer::from(12))?
        .sub(&Ball::from_i64(work, 3))?;
    let f_up = up(&up(f.mid().abs_ref()) + f.rad());
    let slope_down = down(&down(slope.mid().abs_ref()) - slope.rad());
    if slope_down <= 0 {
        return Err(fail);
    }
    let unit = Float::with_val(64, Float::i_exp(1, -(work as i32)));
    let rho = up(&up(&up(&f_up * 4u32) / &slope_down) + &unit);
    let x1 = m.add_error(&rho.to_rational().ok_or(fail.clone())?)?;
    if !inside(&x1, &x0) {
        return Err(fail);
    }
    let n1 = newton_ball(&x1, &m, &c_ball)?;
    if !inside(&n1, &x1) {
        return Err(fail);
    }
    Ok(n1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cos_pi_tower` refuses other denominators before it reaches `level`; `level` refuses them
    /// too, at the level where the tower breaks (b = 7; 14 and 21 after one halving or one
    /// thirding), rather than trisecting a wrong value.
    #[test]
    fn level_refuses_a_denominator_outside_the_tower() {
        for b in [7u64, 14, 3 * 7] {
            assert!(
                matches!(
                    level(1, b, 64),
                    Err(IntervalError::Domain(
                        "cos_pi_tower: not a tower denominator"
                    ))
                ),
                "b = {b}"
            );
        }
    }
}
