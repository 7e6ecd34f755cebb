//! SCAL-01 … SCAL-13 and the paper claims SCAL-P1 … SCAL-P5. The article states no numeric
//! exponents; every number comes from the papers (provenance `paper`) or is derived.

use crate::exact::rational::{dec, q};
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::{
    euler_maclaurin_partials, harmonic_exact, zeta3_apery_bracket, zipf_log_tail, zipf_tail,
    zipf_tail_by_zeta,
};
use crate::claim::{Claim, Outcome, Verdict, claim};
use crate::exact::certify::certified_or_reason as cert;
use crate::exact::certify::certify;
use crate::exact::interval::{Interval, IntervalError};

fn big(n: u64) -> BigUint {
    BigUint::from(n)
}

/// T_γ(n) for γ rational.
fn tail(gamma: &BigRational, n: u64, prec: u32) -> Result<Interval, IntervalError> {
    zipf_tail(&(gamma + BigRational::one()), &big(n), prec)
}

/// x^γ for rational x > 0.
fn rpow(x: &BigRational, gamma: &BigRational, prec: u32) -> Result<Interval, IntervalError> {
    Interval::from_rational(prec, x).pow(&Interval::from_rational(prec, gamma))
}

/// The grid of SCAL-04/05.
fn gamma_grid() -> Vec<BigRational> {
    vec![
        q(1, 20),
        q(76, 1000),
        q(83, 1000),
        q(34, 100),
        q(4, 10),
        q(1, 1),
        q(2, 1),
        q(3, 1),
        q(15, 2),
    ]
}
const N_GRID: [u64; 9] = [1, 2, 3, 5, 10, 50, 100, 1000, 1_000_000];

fn scal_01() -> Outcome {
    let p = 256;
    // ζ(3) by Apéry's series (20 terms) against MPFR
    let (lo3, hi3) = zeta3_apery_bracket(20);
    let apery_ok = Interval::from_int(p, 3)
        .zeta()
        .is_ok_and(|z| z.lo_rational() <= hi3 && lo3 <= z.hi_rational());
    let z2 = Interval::from_int(p, 2)
        .zeta()
        .ok()
        .zip(Some(Interval::pi(p).square().mul_rational(&q(1, 6))));
    let z2_ok = z2.is_some_and(|(a, b)| {
        a.lo_rational() <= b.hi_rational() && b.lo_rational() <= a.hi_rational()
    });
    // 1 < γZ_γ < 1 + γ on a grid
    let bounds = (1..=80).all(|k| {
        let g = q(k, 10);
        Interval::from_rational(p, &(&g + BigRational::one()))
            .zeta()
            .is_ok_and(|z| {
                let gz = z.mul_rational(&g);
                gz.lo_rational() > BigRational::one() && gz.hi_rational() < BigRational::one() + &g
            })
    });
    // |γZ − 1 − γ_E γ| ≤ 0.08γ² for γ ∈ (0, 1/100]
    let near_pole = (1..=20).all(|k| {
        let g = q(k, 2000);
        Interval::from_rational(p, &(&g + BigRational::one()))
            .zeta()
            .is_ok_and(|z| {
                let dev = (&z.mul_rational(&g) - &Interval::euler_gamma(p).mul_rational(&g))
                    .add_rational(&-BigRational::one());
                dev.lo_rational().abs().max(dev.hi_rational().abs()) <= q(8, 100) * &g * &g
            })
    });
    // γ = 0 cannot be normalised: H_{2^j} ≥ 1 + j/2 (exact), so the partial sums are unbounded
    let diverges =
        (0..=10u32).all(|j| harmonic_exact(1, 1 << j) >= BigRational::one() + q(j as i64, 2));
    let inv = |g: BigRational| {
        move |p: u32| {
            Interval::from_rational(p, &(&g + BigRational::one()))
                .zeta()?
                .mul_rational(&g)
                .powi(-1)
        }
    };
    let ok = apery_ok && z2_ok && bounds && near_pole && diverges;
    let mut out = Outcome::new(Verdict::holds_if(ok))
        .with(
            "ζ(2) = π²/6 (MPFR ζ and certified π agree)",
            cert(13, |p| Ok(Interval::pi(p).square().mul_rational(&q(1, 6)))),
        )
        .with(
            "ζ(3), Apéry bracket (20/21 terms) contains MPFR's ζ(3)",
            format!("{apery_ok}; width {}", dec(&(&hi3 - &lo3), 2)),
        )
        .with("ζ(3)", cert(13, |p| Interval::from_int(p, 3).zeta()))
        .with(
            "ζ(4) = π⁴/90",
            cert(13, |p| {
                Ok(Interval::pi(p).square().square().mul_rational(&q(1, 90)))
            }),
        )
        .with("1 < γZ_γ < 1 + γ for γ = 0.1 … 8", bounds)
        .with(
            "|γZ_γ − 1 − γ_E γ| ≤ 0.08γ² for γ = 1/2000 … 1/100",
            near_pole,
        )
        .with(
            "γ = 0: H_(2^j) ≥ 1 + j/2, unbounded (j ≤ 10, exact)",
            diverges,
        );
    for (label, g) in [
        ("10⁻⁶", q(1, 1_000_000)),
        ("0.076", q(76, 1000)),
        ("0.083", q(83, 1000)),
        ("0.34", q(34, 100)),
        ("0.4", q(4, 10)),
        ("1", q(1, 1)),
        ("2", q(2, 1)),
    ] {
        out = out.with(
            format!("1/(γZ_γ) at γ = {label}"),
            cert(if label == "10⁻⁶" { 10 } else { 9 }, inv(g)),
        );
    }
    out
}

fn scal_02() -> Outcome {
    // p_k > p_{k+1} ⇔ (k+1)^p > k^p for s = p/q
    let decreasing = [(2i64, 1i64), (76 + 1000, 1000), (7, 3)]
        .iter()
        .all(|&(p, _)| {
            (1..2000u64)
                .step_by(37)
                .all(|k| BigInt::from(k + 1).pow(p as u32) > BigInt::from(k).pow(p as u32))
        });
    // for integer s: 1 − H_n/ζ(s) = T(n)/ζ(s) > 0, and the partial sums increase to ζ(s)
    let mass = [2u32, 3, 4].iter().all(|&s| {
        let z = Interval::from_int(256, s as i64).zeta();
        z.is_ok_and(|z| {
            [1u64, 10, 100]
                .iter()
                .all(|&n| harmonic_exact(s, n) < z.lo_rational())
        })
    });
    Outcome::new(Verdict::holds_if(decreasing && mass))
        .with(
            "p_k/p_{k+1} = (1 + 1/k)^s > 1 (exact integer powers)",
            decreasing,
        )
        .with("Σ_{k≤n} p_k < 1 for s = 2, 3, 4 and n = 1, 10, 100", mass)
        .with("Σ p_k", "1 by the definition Z_γ = Σ k^(−s)")
}

/// The finite-Zipf loss a Σ_{k≤n} p_k + b Σ_{k>n} p_k and its decomposition a + (b−a)Σ_{k>n} p_k.
pub fn finite_zipf_loss(
    a: &BigRational,
    b: &BigRational,
    n: usize,
    k_max: usize,
    s: u32,
) -> (BigRational, BigRational) {
    let h = harmonic_exact(s, k_max as u64);
    let p: Vec<BigRational> = (1..=k_max)
        .map(|k| BigRational::new(BigInt::one(), BigInt::from(k).pow(s)) / &h)
        .collect();
    let learned: BigRational = p[..n].iter().sum();
    let rest: BigRational = p[n..].iter().sum();
    (a * &learned + b * &rest, a + (b - a) * rest)
}

fn scal_03() -> Outcome {
    let ok = [
        (q(1, 3), q(5, 2), 10usize, 50usize, 2u32),
        (q(0, 1), q(7, 1), 1, 300, 3),
        (q(-2, 1), q(9, 4), 120, 121, 4),
    ]
    .iter()
    .all(|(a, b, n, k, s)| {
        let (lhs, rhs) = finite_zipf_loss(a, b, *n, *k, *s);
        lhs == rhs
    });
    let (lhs, _) = finite_zipf_loss(&q(1, 3), &q(5, 2), 10, 50, 2);
    Outcome::new(Verdict::holds_if(ok))
        .with(
            "a Σ_{k≤n} p_k + b Σ_{k>n} p_k = a + (b−a)Σ_{k>n} p_k (exact, finite Zipf)",
            ok,
        )
        .with(
            "example a = 1/3, b = 5/2, n = 10, K = 50, s = 2",
            dec(&lhs, 15),
        )
}

fn scal_04() -> Outcome {
    let p = 192;
    let mut ok = true;
    let mut routes = true;
    let mut cases = 0;
    for g in gamma_grid() {
        for n in N_GRID {
            let (Ok(t), Ok(upper), Ok(lower)) = (
                tail(&g, n, p),
                rpow(&q(n as i64, 1), &-&g, p).map(|x| x.mul_rational(&(BigRational::one() / &g))),
                rpow(&q(n as i64 + 1, 1), &-&g, p)
                    .map(|x| x.mul_rational(&(BigRational::one() / &g))),
            ) else {
                ok = false;
                continue;
            };
            ok &= lower.hi_rational() < t.lo_rational() && t.hi_rational() < upper.lo_rational();
            if n <= 100 {
                // the second route: ζ(s) − H_n with MPFR's ζ
                let z = zipf_tail_by_zeta(&(&g + BigRational::one()), n, p);
                routes &= z.is_ok_and(|z| {
                    z.lo_rational() <= t.hi_rational() && t.lo_rational() <= z.hi_rational()
                });
            }
            cases += 1;
        }
    }
    Outcome::new(Verdict::holds_if(ok && routes))
        .with("Euler–Maclaurin tail = ζ(s) − H_n (MPFR ζ) for n ≤ 100", routes)
        .with("(n+1)^(−γ)/γ < T_γ(n) < n^(−γ)/γ, strict between certified enclosures", format!("{ok} on {cases} grid points (γ ∈ {{0.05, 0.076, 0.083, 0.34, 0.4, 1, 2, 3, 7.5}}, n ≤ 10⁶)"))
}

fn scal_05() -> Outcome {
    let p = 192;
    let mut ok = true;
    let mut wrong_sign_rejected = true;
    for g in gamma_grid() {
        let s = &g + BigRational::one();
        for n in N_GRID {
            let (Ok(t), Ok(e)) = (tail(&g, n, p), euler_maclaurin_partials(&s, &big(n), 3, p))
            else {
                ok = false;
                continue;
            };
            ok &= e[0].hi_rational() < t.lo_rational()
                && t.hi_rational() < e[1].lo_rational()
                && e[2].hi_rational() < t.lo_rational();
            // the wrong-sign expansion n^(−γ)/γ + n^(−s)/2 + γ(γ+1)n^(−γ−2)/12 overshoots the upper bound
            if let (Ok(a), Ok(b)) = (
                rpow(&q(n as i64, 1), &-&g, p),
                rpow(&q(n as i64, 1), &-&s, p),
            ) {
                let wrong = &a.mul_rational(&(BigRational::one() / &g)) + &b.mul_rational(&q(1, 2));
                wrong_sign_rejected &= wrong.lo_rational() > t.hi_rational();
            }
        }
    }
    Outcome::new(Verdict::holds_if(ok && wrong_sign_rejected))
        .with("E₁ < T < E₂ and T > E₃ on the SCAL-04 grid (certified)", ok)
        .with(
            "the wrong-sign expansion (+ n^(−s)/2 …) exceeds T everywhere on the grid",
            wrong_sign_rejected,
        )
}

/// r(n) = n^(−γ)/(γ·T_γ(n)) − 1, the relative error of the integral approximation.
pub fn relative_error(gamma: &BigRational, n: u64, prec: u32) -> Result<Interval, IntervalError> {
    let t = tail(gamma, n, prec)?;
    Ok(rpow(&q(n as i64, 1), &-gamma, prec)?
        .div(&t.mul_rational(gamma))?
        .add_rational(&-BigRational::one()))
}

fn scal_06() -> Outcome {
    let p = 192;
    let bounded = (1..=16).all(|k| {
        let g = q(k, 2);
        [1u64, 5, 10, 100, 1000]
            .iter()
            .filter(|&&n| q(2 * n as i64, 1) > g)
            .all(|&n| {
                relative_error(&g, n, p).is_ok_and(|r| {
                    r.is_positive() && r.hi_rational() <= &g / (q(2 * n as i64, 1) - &g)
                })
            })
    });
    let n = 10_000i64;
    let asymptotic = [q(76, 1000), q(1, 1), q(5, 1)].iter().all(|g| {
        relative_error(g, n as u64, p).is_ok_and(|r| {
            let dev = r.mul_rational(&q(n, 1)).add_rational(&-(g / q(2, 1)));
            dev.lo_rational().abs().max(dev.hi_rational().abs())
                < g * (g + BigRational::one()) / q(n, 1)
        })
    });
    let mut out = Outcome::new(Verdict::holds_if(bounded && asymptotic))
        .with(
            "0 < r(n) ≤ γ/(2n − γ) for γ = 0.5 … 8, n ∈ {1, 5, 10, 100, 1000}, 2n > γ",
            bounded,
        )
        .with("|n·r(n) − γ/2| < γ(γ+1)/n at n = 10⁴", asymptotic);
    for (label, g) in [
        ("0.076", q(76, 1000)),
        ("0.34", q(34, 100)),
        ("1", q(1, 1)),
        ("2", q(2, 1)),
        ("5", q(5, 1)),
    ] {
        let row: Vec<String> = [10u64, 100, 1000]
            .iter()
            .map(|&n| {
                certify(
                    5,
                    |p| Ok(relative_error(&g, n, p)?.mul_rational(&q(100, 1))),
                )
                .map_or("?".into(), |d| d.to_string())
            })
            .collect();
        out = out.with(
            format!("r(n) in %, γ = {label}, n = 10 / 100 / 1000"),
            row.join(" / "),
        );
    }
    out
}

fn scal_07() -> Outcome {
    let mut out = Outcome::new(Verdict::Holds);
    let mut ok = true;
    for n in [10u64, 100, 1000] {
        let h = harmonic_exact(2, n);
        let exact = |p: u32| {
            Ok(Interval::from_int(p, 1)
                - Interval::from_rational(p, &h)
                    .mul_rational(&q(6, 1))
                    .div(&Interval::pi(p).square())?)
        };
        let approx = |p: u32| {
            Interval::from_int(p, 6).div(&Interval::pi(p).square().mul_rational(&q(n as i64, 1)))
        };
        let second = |p: u32| {
            zipf_tail(&q(2, 1), &big(n), p)?.div(&Interval::pi(p).square().mul_rational(&q(1, 6)))
        };
        let routes = matches!((exact(256), second(256)), (Ok(a), Ok(b)) if a.lo_rational() <= b.hi_rational() && b.lo_rational() <= a.hi_rational());
        ok &= routes;
        out = out
            .with(
                format!("Σ_(k>{n}) p_k = 1 − (6/π²)H_{n}^(2)"),
                cert(11, exact),
            )
            .with(
                format!("integral approximation (6/π²)/{n}"),
                cert(11, approx),
            )
            .with(
                format!("relative error at n = {n} (%)"),
                cert(5, |p| {
                    Ok(approx(p)?
                        .div(&exact(p)?)?
                        .add_rational(&q(-1, 1))
                        .mul_rational(&q(100, 1)))
                }),
            );
    }
    // the wrong "exact" values 0.0646 / 0.00619 / 0.000609 are not the tails
    let wrong = [
        (10u64, q(646, 10_000)),
        (100, q(619, 100_000)),
        (1000, q(609, 1_000_000)),
    ]
    .iter()
    .all(|(n, w)| {
        tail(&q(1, 1), *n, 128).is_ok_and(|t| {
            (t.div(&Interval::pi(128).square().mul_rational(&q(1, 6))))
                .is_ok_and(|x| !x.contains_rational(w))
        })
    });
    Outcome {
        verdict: Verdict::holds_if(ok && wrong),
        ..out
    }
    .with(
        "exact rational H_n with certified π = Euler–Maclaurin tail / ζ(2)",
        ok,
    )
    .with(
        "the wrong values 0.0646 / 0.00619 / 0.000609 are rejected",
        wrong,
    )
}

fn scal_08() -> Outcome {
    let p = 160;
    let mut worst = BigRational::zero();
    let ok = (1..=16).all(|k| {
        let g = q(k, 2);
        [10u64, 20, 50, 100, 1000]
            .iter()
            .filter(|&&n| q(n as i64, 1) >= q(2, 1) * &g)
            .all(|&n| {
                let slope = tail(&g, 2 * n, p)
                    .and_then(|a| a.div(&tail(&g, n, p)?))
                    .and_then(|r| r.ln()?.div(&Interval::from_int(p, 2).ln()?));
                slope.is_ok_and(|sl| {
                    let dev = sl.add_rational(&g);
                    let d = dev.lo_rational().abs().max(dev.hi_rational().abs());
                    let bound = &g / q(2 * n as i64, 1);
                    if &d / &bound > worst {
                        worst = &d / &bound;
                    }
                    d <= bound
                })
            })
    });
    let sl = |n: u64| {
        cert(3, move |p| {
            Ok(tail(&q(34, 100), 2 * n, p)?
                .div(&tail(&q(34, 100), n, p)?)?
                .ln()?
                .div(&Interval::from_int(p, 2).ln()?)?
                .add_rational(&q(34, 100)))
        })
    };
    Outcome::new(Verdict::holds_if(ok))
        .with(
            "|log₂(T(2n)/T(n)) + γ| ≤ γ/(2n), γ = 0.5 … 8, n ≥ max(10, 2γ)",
            ok,
        )
        .with("worst case as a fraction of the bound", dec(&worst, 3))
        .with(
            "σ + γ at γ = 0.34, n = 10 / 100",
            format!("{} / {}", sl(10), sl(100)),
        )
}

fn scal_09() -> Outcome {
    let p = 512;
    let mut ok = true;
    let mut shown = Vec::new();
    for s in [2u32, 3, 4] {
        let gamma = q(s as i64 - 1, 1);
        for c_bits in [8u32, 40, 120, 200] {
            let c = (BigUint::one() << c_bits) + BigUint::from(12345u32);
            let n = c.nth_root(s);
            let exact_root = n.pow(s) <= c && c < (&n + 1u32).pow(s);
            // c^(γ/s)·T(n) lies in ((n/(n+1))^γ/γ, ((n+1)/n)^γ/γ)
            let nr = BigRational::from_integer(BigInt::from(n.clone()));
            let n1 = &nr + BigRational::one();
            let lo = num_traits::pow(&nr / &n1, s as usize - 1) / &gamma;
            let hi = num_traits::pow(&n1 / &nr, s as usize - 1) / &gamma;
            let value =
                Interval::from_rational(p, &BigRational::from_integer(BigInt::from(c.clone())))
                    .pow(&Interval::from_rational(
                        p,
                        &(&gamma / BigRational::from_integer(BigInt::from(s))),
                    ))
                    .and_then(|cp| Ok(&cp * &zipf_tail(&(&gamma + BigRational::one()), &n, p)?));
            let inside = value
                .as_ref()
                .is_ok_and(|v| lo < v.lo_rational() && v.hi_rational() < hi);
            ok &= exact_root && inside;
            if c_bits == 200 {
                shown.push(format!(
                    "s = {s}: n = ⌊c^(1/s)⌋ has {} digits; c^(γ/s)T(n) = {}",
                    n.to_string().len(),
                    value
                        .ok()
                        .and_then(|v| v.round_to_digits(8))
                        .map_or("?".into(), |d| d.to_string())
                ));
            }
        }
    }
    // slope log(L(c²)/L(c))/log c → −γ/s, at s = 2, c = 2^40
    let c = BigUint::one() << 40u32;
    let slope = |p: u32| -> Result<Interval, IntervalError> {
        let l = |c: &BigUint| zipf_tail(&q(2, 1), &c.nth_root(2), p);
        let c2 = &c * &c;
        l(&c2)?.div(&l(&c)?)?.ln()?.div(
            &Interval::from_rational(p, &BigRational::from_integer(BigInt::from(c.clone())))
                .ln()?,
        )
    };
    Outcome::new(Verdict::holds_if(ok))
        .with("n^s ≤ c < (n+1)^s and c^(γ/s)T(n) inside the exact bracket (s = 2, 3, 4; c up to 2^200)", ok)
        .with("examples at c = 2^200 + 12345 (→ 1/γ)", shown.join("; "))
        .with("slope log(L(c²)/L(c))/log c at s = 2, c = 2^40 (→ −1/2)", cert(6, slope))
}

fn scal_10() -> Outcome {
    // τ = S·B·p_n: with B = 1024 and τZ_γ = 8 (s = 2), n(S) = ⌊(S·B/8)^(1/2)⌋ and L(S) = T(n(S));
    // the slope log(L(S₂)/L(S₁))/log(S₂/S₁) must approach −γ/(γ+1) = −1/2 as in SCAL-09.
    let n_of = |steps: &BigUint| (steps * 1024u32 / 8u32).nth_root(2);
    let slope = |lo_bits: u32, hi_bits: u32| {
        move |p: u32| -> Result<Interval, IntervalError> {
            let (s1, s2) = (BigUint::one() << lo_bits, BigUint::one() << hi_bits);
            let l = |st: &BigUint| zipf_tail(&q(2, 1), &n_of(st), p);
            let ratio = Interval::from_int(p, 2)
                .ln()?
                .mul_rational(&q(i64::from(hi_bits - lo_bits), 1));
            l(&s2)?.div(&l(&s1)?)?.ln()?.div(&ratio)
        }
    };
    let close = slope(60, 120)(256).is_ok_and(|sl| {
        (sl.add_rational(&q(1, 2))).hi_rational().abs() < q(1, 1_000_000)
            && (sl.add_rational(&q(1, 2))).lo_rational().abs() < q(1, 1_000_000)
    });
    Outcome::new(Verdict::holds_if(close))
        .with(
            "slope of L(S) between S = 2^20 and 2^40 (B = 1024, τZ = 8, s = 2)",
            cert(6, slope(20, 40)),
        )
        .with(
            "slope between S = 2^60 and 2^120 (→ −γ/(γ+1) = −1/2)",
            cert(9, slope(60, 120)),
        )
        .with("within 10⁻⁶ of −1/2", close)
        .with(
            "note",
            "S·B plays the role of D: the SCAL-09 computation, so α_S = α_D by construction",
        )
}

fn scal_11() -> Outcome {
    let props = (1..=400).all(|k| {
        let g = q(k, 4);
        let ad = &g / (&g + BigRational::one());
        &g - &ad == &g * &g / (&g + BigRational::one())
            && &g / &ad == &g + BigRational::one()
            && ad > BigRational::zero()
            && ad < BigRational::one()
            && &ad / (BigRational::one() - &ad) == g
    });
    let mut out = Outcome::new(Verdict::holds_if(props)).with(
        "γ − γ/(γ+1) = γ²/(γ+1) > 0, α_N/α_D = γ+1, α_D ∈ (0,1), inverse γ = α_D/(1−α_D)",
        format!("{props} for γ = k/4 ≤ 100"),
    );
    for (label, g) in [
        ("0.076", q(76, 1000)),
        ("0.083", q(83, 1000)),
        ("0.34", q(34, 100)),
        ("0.4", q(4, 10)),
        ("1", q(1, 1)),
    ] {
        let ad = &g / (&g + BigRational::one());
        out = out.with(
            format!("α_D at γ = {label}"),
            format!("{ad} = {}", dec(&ad, 6)),
        );
    }
    out
}

fn scal_12() -> Outcome {
    let ok = [2u32, 3, 4].iter().all(|&s| {
        [1usize, 7, 50, 300].iter().all(|&k_max| {
            let h = harmonic_exact(s, k_max as u64);
            let steps: Vec<BigRational> = (1..=k_max)
                .map(|k| BigRational::new(BigInt::one(), BigInt::from(k).pow(s)) / &h)
                .collect();
            let decreasing = steps.windows(2).all(|w| w[1] < w[0]);
            let sums = steps.iter().sum::<BigRational>() == BigRational::one();
            let (_, at_k) = finite_zipf_loss(&q(0, 1), &q(1, 1), k_max, k_max, s);
            decreasing && sums && at_k.is_zero()
        })
    });
    let k_max = 50;
    let h = harmonic_exact(2, k_max);
    let last = BigRational::new(BigInt::one(), BigInt::from(k_max * k_max)) / &h;
    Outcome::new(Verdict::holds_if(ok))
        .with("steps (b−a)p_k strictly decrease, sum to b − a, and L(K) = a (exact; s = 2, 3, 4; K ≤ 300)", ok)
        .with("the last step L(K−1) − L(K) at K = 50, s = 2, b − a = 1 (the smallest)", dec(&last, 6))
}

fn scal_13() -> Outcome {
    let s = q(2, 1);
    let p = 192;
    // case 1: L_n = [s·Σ_{k>n} k^(−s) ln k + ln ζ(s)·T(n)]/ζ(s) at α = 1
    let exact = |n: u64| {
        move |p: u32| -> Result<Interval, IntervalError> {
            let zeta = Interval::from_int(p, 2).zeta()?;
            let num = &zipf_log_tail(&q(2, 1), n, p)?.mul_rational(&q(2, 1))
                + &(&zeta.ln()? * &zipf_tail(&q(2, 1), &big(n), p)?);
            num.div(&zeta)
        }
    };
    let paper = |n: u64| {
        move |p: u32| -> Result<Interval, IntervalError> {
            let zeta = Interval::from_int(p, 2).zeta()?;
            let nn = Interval::from_int(p, n as i64);
            let first = zeta.ln()?.add_rational(&q(2, 1)).div(&zeta)?; // (1+α+α ln ζ)/(α²ζ) at α = 1
            let second = Interval::from_int(p, 2).div(&zeta)?; // (α+1)/(αζ)
            (&first + &(&second * &nn.ln()?)).div(&nn)
        }
    };
    let mut out = Outcome::new(Verdict::Holds);
    let mut errors = Vec::new();
    for n in [100u64, 10_000, 1_000_000] {
        let rel = |p: u32| Ok(paper(n)(p)?.div(&exact(n)(p)?)?.add_rational(&q(-1, 1)));
        errors.push(rel(p).map(|r| r.lo_rational().abs().max(r.hi_rational().abs())));
        out = out
            .with(
                format!("case 1, α = 1, n = {n}: exact L_n"),
                cert(9, exact(n)),
            )
            .with(
                format!("case 1, n = {n}: paper's approximation"),
                cert(9, paper(n)),
            )
            .with(format!("case 1, n = {n}: relative error"), cert(4, rel));
    }
    let shrinking = errors.iter().all(|e| e.is_ok())
        && errors
            .windows(2)
            .all(|w| matches!((&w[0], &w[1]), (Ok(a), Ok(b)) if b < a));
    // case 2: entropy H = −s ζ′(s)/ζ(s) + ln ζ(s) vs the paper's constant (1+α+α ln ζ)/(α²ζ)
    let entropy = |p: u32| -> Result<Interval, IntervalError> {
        let zeta = Interval::from_int(p, 2).zeta()?;
        let minus_zeta_prime = zipf_log_tail(&s, 0, p)?; // Σ_{k≥1} k^(−2) ln k = −ζ′(2)
        Ok(&minus_zeta_prime.mul_rational(&q(2, 1)).div(&zeta)? + &zeta.ln()?)
    };
    let constant = |p: u32| -> Result<Interval, IntervalError> {
        let zeta = Interval::from_int(p, 2).zeta()?;
        zeta.ln()?.add_rational(&q(2, 1)).div(&zeta)
    };
    let low =
        matches!((entropy(p), constant(p)), (Ok(h), Ok(c)) if c.hi_rational() < h.lo_rational());
    let verdict = if shrinking && low {
        Verdict::Approximate
    } else {
        Verdict::Refuted
    };
    Outcome { verdict, ..out }
        .with(
            "case 1 relative error decreases with n (asymptotic equivalence holds)",
            shrinking,
        )
        .with(
            "ζ′(2) = −Σ k^(−2) ln k",
            cert(10, |p| Ok(-&zipf_log_tail(&s, 0, p)?)),
        )
        .with(
            "case 2, α = 1: entropy H(p) = −2ζ′(2)/ζ(2) + ln ζ(2)",
            cert(10, entropy),
        )
        .with(
            "case 2: the paper's constant (2 + ln ζ(2))/ζ(2)",
            cert(10, constant),
        )
        .with(
            "case 2: constant / entropy − 1",
            cert(3, |p| {
                Ok(constant(p)?.div(&entropy(p)?)?.add_rational(&q(-1, 1)))
            }),
        )
}

fn scal_p1() -> Outcome {
    let slope = q(1, 1) + q(83, 1000);
    let gap = q(124, 100) - &slope;
    let ok = gap < q(1, 5);
    let toy_miss = q(14, 10) - q(11, 10);
    Outcome::new(Verdict::holds_if(ok))
        .with(
            "frequency exponent −(1 + α_N) at α_N = 0.083",
            format!("−{}", dec(&slope, 4)),
        )
        .with(
            "QDG slope 1.24 − 1.083",
            format!("{gap} = {}", dec(&gap, 3)),
        )
        .with("gap < 0.2 (the stated method uncertainty)", ok)
        .with(
            "toy-task miss 1.4 − 1.1 (exceeds 0.2: \"at least 0.2\" is a floor)",
            dec(&toy_miss, 1),
        )
}

fn scal_p2() -> Outcome {
    let predicted = q(83, 1000) / (q(1, 1) + q(83, 1000));
    let (lo, hi) = (q(37, 1000), q(6, 100));
    let below = hi < predicted;
    let inverse = |a: &BigRational| a / (BigRational::one() - a);
    Outcome::new(if below {
        Verdict::Refuted
    } else {
        Verdict::Holds
    })
    .with(
        "predicted α_S = 0.083/1.083",
        format!("{predicted} = {}", dec(&predicted, 6)),
    )
    .with("measured α_S range", "0.037 … 0.06 (Pythia, quoted)")
    .with("whole measured range below the prediction", below)
    .with(
        "γ = α_S/(1 − α_S) over the range",
        format!(
            "{} … {} (≠ 0.083)",
            dec(&inverse(&lo), 5),
            dec(&inverse(&hi), 5)
        ),
    )
}

fn scal_p3() -> Outcome {
    let (kaplan_n, kaplan_d) = (q(76, 1000), q(95, 1000));
    let predicted_d = &kaplan_n / (BigRational::one() + &kaplan_n);
    let kaplan_violates = kaplan_d > kaplan_n; // the model has α_D < α_N
    let (alpha, beta) = (q(34, 100), q(28, 100));
    let predicted_beta = &alpha / (BigRational::one() + &alpha);
    let chinchilla_closer = (&beta - &predicted_beta).abs() < (&beta - &alpha).abs();
    let verdict = if kaplan_violates {
        Verdict::Refuted
    } else {
        Verdict::Holds
    };
    Outcome::new(verdict)
        .with("Kaplan: predicted α_D = 0.076/1.076", dec(&predicted_d, 5))
        .with(
            "Kaplan: measured α_D = 0.095 > α_N = 0.076 (against α_D < α_N)",
            kaplan_violates,
        )
        .with(
            "Chinchilla: predicted β = 0.34/1.34",
            dec(&predicted_beta, 6),
        )
        .with(
            "Chinchilla: |0.28 − 0.253731| < |0.28 − 0.34| (closer than α_D = α_N)",
            format!(
                "{chinchilla_closer}: {} < {}",
                dec(&(&beta - &predicted_beta).abs(), 5),
                dec(&(&beta - &alpha).abs(), 2)
            ),
        )
        .with(
            "other quoted values",
            "α_C^min = 0.050; Chinchilla E = 1.69, A = 406.4, B = 410.7",
        )
}

fn scal_p4() -> Outcome {
    let predicted = q(4, 10) / q(14, 10);
    let corrected = q(4, 10) / (q(81, 100) * q(14, 10));
    let observed = q(45, 100);
    let still_short = corrected < observed;
    let verdict = if dec(&predicted, 2) == "0.29" && still_short {
        Verdict::Approximate
    } else {
        Verdict::Refuted
    };
    Outcome::new(verdict)
        .with(
            "predicted α_S = 0.4/1.4",
            format!("{predicted} = {}", dec(&predicted, 6)),
        )
        .with(
            "with S_k ∝ p_k^(−0.81): α/(0.81(1+α))",
            format!("{corrected} = {}", dec(&corrected, 6)),
        )
        .with("still below the observed ≈ 0.45", still_short)
}

fn scal_p5() -> Outcome {
    let algebra = (1..=200).all(|k| {
        let g = q(k, 20);
        let (a, b) = (g.clone(), &g / (&g + BigRational::one()));
        &b / (&a + &b) == BigRational::one() / (&g + q(2, 1))
            && &a / (&a + &b) == (&g + BigRational::one()) / (&g + q(2, 1))
    });
    let g = q(34, 100);
    let n_exp = BigRational::one() / (&g + q(2, 1));
    let chinchilla = q(28, 100) / (q(34, 100) + q(28, 100));
    Outcome::new(Verdict::holds_if(algebra))
        .with(
            "b/(a+b) = 1/(γ+2) and a/(a+b) = (γ+1)/(γ+2) with a = γ, b = γ/(γ+1)",
            algebra,
        )
        .with(
            "γ = 0.34: N* exponent / D* exponent",
            format!(
                "{n_exp} = {} / {}",
                dec(&n_exp, 6),
                dec(&(BigRational::one() - &n_exp), 6)
            ),
        )
        .with(
            "Chinchilla rounded fit β/(α+β)",
            format!("{chinchilla} = {}", dec(&chinchilla, 6)),
        )
}

/// SCAL-01 … SCAL-13, SCAL-P1 … SCAL-P5.
pub(super) static CLAIMS: &[Claim] = &[
    claim!(
        "SCAL-01",
        ArticleText,
        Certified,
        Holds,
        scal_01,
        "Z_γ = ζ(1+γ) is finite iff γ > 0, and 1 < γZ_γ < 1 + γ (γZ_γ → 1 as γ → 0⁺).",
        "The condition γ > 0 is the article's; the expansion and bounds are derived."
    ),
    claim!(
        "SCAL-02",
        ArticleText,
        Property,
        Holds,
        scal_02,
        "p_k = k^(−γ−1)/Z_γ is a probability distribution, strictly decreasing in k.",
        ""
    ),
    claim!(
        "SCAL-03",
        ArticleText,
        Identity,
        Holds,
        scal_03,
        "a Σ_{k≤n} p_k + b Σ_{k>n} p_k = a + (b − a) Σ_{k>n} p_k.",
        "Checked exactly on finite Zipf laws."
    ),
    claim!(
        "SCAL-04",
        Derived,
        Property,
        Holds,
        scal_04,
        "For all n ≥ 1 and γ > 0: (n+1)^(−γ)/γ < T_γ(n) < n^(−γ)/γ.",
        "The article only writes \"∼\"."
    ),
    claim!(
        "SCAL-05",
        Derived,
        Property,
        Holds,
        scal_05,
        "Euler–Maclaurin brackets the tail: E₁ < T_γ(n) < E₂ and T_γ(n) > E₃.",
        "x^(−s) is completely monotone, so the truncations alternate."
    ),
    claim!(
        "SCAL-06",
        ArticleText,
        Asymptotic,
        Holds,
        scal_06,
        "L ∼ a + (b−a)/(γZ_γ)·n^(−γ): the integral approximation of the tail is asymptotically exact.",
        "It always over-estimates L − a, with relative error 0 < r(n) ≤ γ/(2n − γ) ≈ γ/(2n)."
    ),
    claim!(
        "SCAL-07",
        Derived,
        Certified,
        Holds,
        scal_07,
        "For γ = 1, Σ_{k>n} p_k = 1 − (6/π²)H_n^(2): 0.057854194645, 0.006048975983, 0.000607623240 at n = 10, 100, 1000.",
        ""
    ),
    claim!(
        "SCAL-08",
        ArticleText,
        Asymptotic,
        Holds,
        scal_08,
        "With n = N/C quanta learned, L − a ∝ N^(−γ): α_N = γ.",
        ""
    ),
    claim!(
        "SCAL-09",
        ArticleText,
        Asymptotic,
        Holds,
        scal_09,
        "With D·p_n = τ, n ∝ D^(1/(γ+1)) and L − a ∝ D^(−γ/(γ+1)): α_D = γ/(γ+1).",
        "n is an integer ⌊c^(1/s)⌋; harmless asymptotically."
    ),
    claim!(
        "SCAL-10",
        ArticleText,
        Asymptotic,
        Holds,
        scal_10,
        "With τ = S·B·p_n, L ∼ S^(−γ/(γ+1)): α_S = γ/(γ+1).",
        "The same computation as SCAL-09 with S·B for D, so α_S = α_D is built in; the paper's own measurements disagree (SCAL-P2, SCAL-P4)."
    ),
    claim!(
        "SCAL-11",
        ArticleText,
        Identity,
        Holds,
        scal_11,
        "γ > γ/(γ+1) ∈ (0, 1), hence parameters influence the loss more than data or steps.",
        "True for the exponents; \"matters more\" compares elasticities only and is ambiguous."
    ),
    claim!(
        "SCAL-12",
        ArticleText,
        Identity,
        Holds,
        scal_12,
        "With finitely many quanta, enough parameters reach the perfect model (\"emergence\").",
        "Derived nuance: the last step (b−a)p_K is the smallest, so the mean loss arrives smoothly; jumps are per task."
    ),
    claim!(
        "SCAL-13",
        Paper,
        Asymptotic,
        Approximate,
        scal_13,
        "With k-dependent losses (paper appendix): case 1 L_n ≈ (1+α+α ln ζ)/(α²ζ)·n^(−α) + (α+1)/(αζ)·n^(−α) ln n; case 2 L_n ≈ (ln C)/(αζ)·n^(−α) − ln C + (1+α+α ln ζ)/(α²ζ).",
        "Case 1 holds asymptotically; case 2's constant stands in for the Zipf entropy H(p) and is 7.3 % low at α = 1."
    ),
    claim!(
        "SCAL-P1",
        Paper,
        ExactValue,
        Holds,
        scal_p1,
        "Pythia's α_N ≈ 0.083 implies a quanta-frequency exponent −1.083, and QDG's −1.24 is within the method's uncertainty of at least 0.2.",
        "Quoted data; the arithmetic is checked."
    ),
    claim!(
        "SCAL-P2",
        Paper,
        ExactValue,
        Refuted,
        scal_p2,
        "Pythia's step exponents α_S ∈ [0.037, 0.06] agree with the model's α_S = α_N/(1+α_N).",
        "The whole measured range lies below the predicted 0.0766; the paper does not comment."
    ),
    claim!(
        "SCAL-P3",
        Paper,
        ExactValue,
        Refuted,
        scal_p3,
        "The published exponents (Kaplan α_N = 0.076, α_D = 0.095; Chinchilla α = 0.34, β = 0.28) are consistent with the model's α_D = α_N/(1+α_N).",
        "Kaplan violates α_D < α_N; Chinchilla's β is closer to the prediction than α_D = α_N would be."
    ),
    claim!(
        "SCAL-P4",
        Paper,
        ExactValue,
        Approximate,
        scal_p4,
        "On the toy sparse-parity task the model predicts α_S = 0.4/1.4 ≈ 0.29, and S_k ∝ p_k^(−0.81) explains the observed ≈ 0.45.",
        "The arithmetic holds; the correction gives 200/567 ≈ 0.353, still short of 0.45."
    ),
    claim!(
        "SCAL-P5",
        Derived,
        Identity,
        Holds,
        scal_p5,
        "Minimising A·N^(−γ) + B·D^(−γ/(γ+1)) at fixed C ∝ N·D gives N* ∝ C^(1/(γ+2)) and D* ∝ C^((γ+1)/(γ+2)).",
        "In neither text; an extrapolation, since the model treats N and D as independent bottlenecks."
    ),
];
