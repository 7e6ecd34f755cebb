//! cos(πa/b) at high precision by Newton's method on z^b = s, s = (−1)^a, whose simple root
//! ζ = e^(iπa/b) has real part cos(πa/b).
//!
//! MPFR's cosine of a p-bit argument costs a few hundred multiplications at p bits; Newton's method,
//! doubling its precision each step, costs about two powers z^b (≈ 2·log₂ b multiplications
//! each) at the final precision.
//!
//! Certification. Newton's iteration in plain floats gives z̃ to about half the target precision.
//! For f(z) = z^b − s, f′/f = Σ 1/(z − r_i) over the b roots gives a root r with
//! |z̃ − r| ≤ R₀ = b·|f(z̃)|/|f′(z̃)| = |f(z̃)|·|z̃|/|z̃^b|. The roots are 2π/b apart in angle, so
//! 2·sin(π/b) ≥ 4/b apart; if R₀ < 1/b and |z̃ − ζ| < 1/b (checked in double precision with a
//! margin of 1/(2b)), then r = ζ. One Newton step N(z̃) = z̃ − f(z̃)/f′(z̃) in ball arithmetic then
//! encloses N(z̃), and Taylor's theorem bounds |N(z̃) − ζ| = |f(ζ) − f(z̃) − f′(z̃)(ζ − z̃)|/|f′(z̃)|
//! by max|f″|·R₀²/(2|f′(z̃)|) with |f″| ≤ b(b − 1)(|z̃| + R₀)^(b−2) on the segment [z̃, ζ].

use rug::Float;
use rug::ops::Pow;

use super::ball::{Ball, down, up};
use super::double::cos_pi_rational;
use super::interval::IntervalError;

/// A complex number as two real balls.
#[derive(Clone, Debug)]
struct ComplexBall {
    re: Ball,
    im: Ball,
}

impl ComplexBall {
    fn mul(&self, other: &ComplexBall) -> Result<ComplexBall, IntervalError> {
        Ok(ComplexBall {
            re: self.re.mul(&other.re)?.sub(&self.im.mul(&other.im)?)?,
            im: self.re.mul(&other.im)?.add(&self.im.mul(&other.re)?)?,
        })
    }

    fn square(&self) -> Result<ComplexBall, IntervalError> {
        Ok(ComplexBall {
            re: self.re.add(&self.im)?.mul(&self.re.sub(&self.im)?)?,
            im: self.re.mul(&self.im)?.mul_pow2(1)?,
        })
    }

    /// z^e for e ≥ 1, left-to-right binary powering.
    fn pow(&self, e: u64) -> Result<ComplexBall, IntervalError> {
        let mut acc = self.clone();
        for bit in (0..63 - e.leading_zeros()).rev() {
            acc = acc.square()?;
            if e >> bit & 1 == 1 {
                acc = acc.mul(self)?;
            }
        }
        Ok(acc)
    }
}

/// z^e in plain floats at precision `prec` (round to nearest; no error tracking).
fn pow_plain(re: &Float, im: &Float, e: u64, prec: u32) -> (Float, Float) {
    let (mut x, mut y) = (Float::with_val(prec, re), Float::with_val(prec, im));
    for bit in (0..63 - e.leading_zeros()).rev() {
        let sum = Float::with_val(prec, &x + &y);
        let diff = Float::with_val(prec, &x - &y);
        let cross = Float::with_val(prec, &x * &y);
        (x, y) = (Float::with_val(prec, &sum * &diff), cross << 1u32);
        if e >> bit & 1 == 1 {
            let new_x = Float::with_val(prec, &x * re) - Float::with_val(prec, &y * im);
            let new_y = Float::with_val(prec, &x * im) + Float::with_val(prec, &y * re);
            (x, y) = (new_x, new_y);
        }
    }
    (x, y)
}

/// One Newton step z ← z·((b − 1) + s/z^b)/b in plain floats at precision `prec`.
fn newton_step_plain(re: &Float, im: &Float, b: u64, s: i32, prec: u32) -> (Float, Float) {
    let (wr, wi) = pow_plain(re, im, b, prec);
    let norm = Float::with_val(prec, &wr * &wr) + Float::with_val(prec, &wi * &wi);
    // s/w = s·conj(w)/|w|²
    let tr = (Float::with_val(prec, &wr * s) / &norm + (b - 1)) / b;
    let ti = Float::with_val(prec, &wi * -s) / &norm / b;
    let new_re = Float::with_val(prec, re * &tr) - Float::with_val(prec, im * &ti);
    let new_im = Float::with_val(prec, re * &ti) + Float::with_val(prec, im * &tr);
    (new_re, new_im)
}

/// |x| ≤ this, from a ball.
fn abs_up(x: &Ball) -> Float {
    up(&up(x.mid().abs_ref()) + x.rad())
}

/// |x| ≥ this, from a ball (0 when the ball reaches 0).
fn abs_down(x: &Ball) -> Float {
    let low = down(&down(x.mid().abs_ref()) - x.rad());
    if low > 0 { low } else { Float::new(30) }
}

/// |z| ≤ this, from a complex ball: √(|re|² + |im|²) with every step rounded up.
fn modulus_up(z: &ComplexBall) -> Float {
    let (re, im) = (abs_up(&z.re), abs_up(&z.im));
    up(up(&up(re.square_ref()) + &up(im.square_ref())).sqrt_ref())
}

/// |z| ≥ this, from a complex ball: √(|re|² + |im|²) with every step rounded down.
fn modulus_down(z: &ComplexBall) -> Float {
    let (re, im) = (abs_down(&z.re), abs_down(&z.im));
    down(down(&down(re.square_ref()) + &down(im.square_ref())).sqrt_ref())
}

/// Whether Newton's result `z` (as doubles) is the root ζ = e^(iπa/b) whose double-precision
/// value is `start`: the ℓ¹ distance is below 1/(2b). The roots of zᵇ = ±1 lie 2·sin(π/b) ≥ 4/b
/// apart (ℓ², hence at least that in ℓ¹), so only ζ is that close to a start within 10⁻¹³ of
/// it (10⁻¹³ ≪ 1/(2b) for b < 2³¹).
///
/// ```
/// use claimcheck::exact::cos_pi::identifies;
/// let start = ((std::f64::consts::PI / 8.0).cos(), (std::f64::consts::PI / 8.0).sin());
/// assert!(identifies((start.0 + 1e-13, start.1), start, 8));
/// assert!(!identifies((start.0 - 0.07, start.1), start, 8)); // 0.07 > 1/16
/// let neighbour = ((3.0 * std::f64::consts::PI / 8.0).cos(), (3.0 * std::f64::consts::PI / 8.0).sin());
/// assert!(!identifies(neighbour, start, 8));
/// ```
pub fn identifies(z: (f64, f64), start: (f64, f64), b: u64) -> bool {
    let distance = (z.0 - start.0).abs() + (z.1 - start.1).abs();
    distance < 0.5 / b as f64
}

/// cos(πa/b) for 0 < a/b < ½ in lowest terms and b ≥ 3, as a ball at `prec` bits.
///
/// # Errors
/// [`IntervalError::Domain`] when the f64 start or the ball step cannot certify the root (b = 0,
/// a start too far from e^(iπa/b), a root bound too wide), or a ball leaves MPFR's range.
///
/// ```
/// use claimcheck::exact::{ball::Ball, cos_pi::cos_pi_newton};
/// // cos(π/5) = (1 + √5)/4
/// let newton = cos_pi_newton(1, 5, 10_000).unwrap();
/// let golden = Ball::from_i64(10_000, 5).sqrt().unwrap().add(&Ball::from_i64(10_000, 1)).unwrap().mul_pow2(-2).unwrap();
/// assert!(newton.sub(&golden).unwrap().contains_rational(&rug::Rational::new()));
/// assert!(newton.rad().get_exp().unwrap() < -9_900); // radius below 2^−9900
/// ```
pub fn cos_pi_newton(a: u64, b: u64, prec: u32) -> Result<Ball, IntervalError> {
    if !(b >= 3 && a > 0 && 2 * a < b && b < 1 << 31) {
        return Err(IntervalError::Domain(
            "cos_pi_newton needs 0 < a/b < 1/2 and 3 ≤ b < 2^31",
        ));
    }
    let s: i32 = if a % 2 == 0 { 1 } else { -1 };
    let log_b = 64 - b.leading_zeros();
    // A Newton step from an error ε lands within about b·ε² (plus its rounding, 2^−q at q bits),
    // and the certified step below adds about b³ε²; so aim plain Newton at
    // ε ≤ 2^−(target + 3 log₂b)/2 and plan the earlier steps backwards from there.
    let target = prec + 16; // the ball step's precision
    let mut accuracy = vec![(target + 3 * log_b) / 2 + 4];
    loop {
        let e = *accuracy.last().expect("non-empty");
        let before = (e + log_b) / 2 + 2;
        if before <= 44 || before >= e {
            break;
        }
        accuracy.push(before);
    }
    // start from double precision (cos and sin of πa/b within 2⁻⁴⁶)
    let (Some(c0), Some(s0)) = (cos_pi_rational(a, b), cos_pi_rational(b - 2 * a, 2 * b)) else {
        return Err(IntervalError::Domain(
            "cos_pi_newton: argument out of range",
        ));
    };
    let (mut re, mut im) = (Float::with_val(53, c0), Float::with_val(53, s0));
    for &e in accuracy.iter().rev() {
        (re, im) = newton_step_plain(&re, &im, b, s, e + 8);
    }
    if !identifies((re.to_f64(), im.to_f64()), (c0, s0), b) {
        return Err(IntervalError::Domain(
            "Newton's iteration left the root e^(iπa/b)",
        ));
    }
    // the ball step at the target precision
    let z = ComplexBall {
        re: Ball::from_float(Float::with_val(target, &re))?,
        im: Ball::from_float(Float::with_val(target, &im))?,
    };
    let w = z.pow(b)?;
    let f = ComplexBall {
        re: w.re.sub(&Ball::from_i64(target, i64::from(s)))?,
        im: w.im.clone(),
    };
    let f_up = up(&abs_up(&f.re) + &abs_up(&f.im));
    let (z_up, w_low) = (modulus_up(&z), modulus_down(&w));
    if w_low <= 0.5 {
        return Err(IntervalError::Domain("|z^b| not bounded away from 0"));
    }
    let r0 = up(&up(&f_up * &z_up) / &w_low);
    if r0 >= 0.5 / b as f64 {
        return Err(IntervalError::Domain(
            "the root bound is too wide to identify e^(iπa/b)",
        ));
    }
    // N(z̃) = z̃·((b − 1) + s·conj(w)/|w|²)/b in balls
    let norm = w.re.mul(&w.re)?.add(&w.im.mul(&w.im)?)?;
    let t_re =
        w.re.mul_integer(&rug::Integer::from(s))?
            .div(&norm)?
            .add(&Ball::from_i64(target, b as i64 - 1))?
            .div_u64(b)?;
    let t_im =
        w.im.mul_integer(&rug::Integer::from(-s))?
            .div(&norm)?
            .div_u64(b)?;
    let newton_re = z.re.mul(&t_re)?.sub(&z.im.mul(&t_im)?)?;
    // |N(z̃) − ζ| ≤ (b − 1)(|z̃| + R₀)^(b−2)·R₀²·|z̃|/(2|z̃^b|)
    let growth = up((&up(&z_up + &r0)).pow(b as u32 - 2));
    let numerator = up(&up(&up(&up(b - 1) * &growth) * &up(r0.square_ref())) * &z_up);
    let step_error = up(&numerator / &down(&w_low * 2u32));
    let step_error = step_error.to_rational().ok_or(IntervalError::Domain(
        "the Newton step's error bound overflowed",
    ))?;
    newton_re.add_error(&step_error)?.with_prec(prec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::Rational;

    fn complex(re: i64, im: i64, radius: (i64, i64)) -> ComplexBall {
        let r = Rational::from(radius);
        ComplexBall {
            re: Ball::from_i64(64, re).add_error(&r).unwrap(),
            im: Ball::from_i64(64, im),
        }
    }

    /// The modulus bounds enclose √(re² + im²) over the whole ball, tightly: at 3 + 4i exactly
    /// 5 from both sides (to 2⁻²⁴), and at (3 ± ½) + 4i the extremes √28.25 and √22.25.
    #[test]
    fn modulus_bounds_enclose_the_modulus_tightly() {
        let exact = complex(3, 4, (0, 1));
        let (hi, lo) = (modulus_up(&exact), modulus_down(&exact));
        let eps = 2f64.powi(-24); // the bounds are rounded to the radius precision
        assert!(hi >= 5.0 && hi <= 5.0 * (1.0 + eps), "{hi}");
        assert!(lo <= 5.0 && lo >= 5.0 * (1.0 - eps), "{lo}");
        let wide = complex(3, 4, (1, 2));
        let (hi, lo) = (modulus_up(&wide), modulus_down(&wide));
        let (hi2, lo2) = (
            Float::with_val(64, hi.square_ref()),
            Float::with_val(64, lo.square_ref()),
        );
        assert!(hi2 >= 28.25 && hi2 <= 28.25 * (1.0 + eps), "{hi2}");
        assert!(lo2 <= 22.25 && lo2 >= 22.25 * (1.0 - eps), "{lo2}");
    }
}
