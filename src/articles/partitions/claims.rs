//! The claims of the partitions article, PART-01 … PART-19, each declared beside its check.
//!
//! Bounded ranges here are what `claimcheck verify` re-runs; the property tests in
//! `tests/partitions.rs` cover wider ranges. Every loop is an `all` over a comparison, so a
//! formula that goes wrong anywhere in the range makes its requirement fail.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use rand::Rng;

use super::counting::{
    at_most_table, conjugate, count_sorted_tuples, count_tuples, for_each_tuple, partition_numbers,
    partition_numbers_rug, partitions_of, sieve,
};
use super::quasi::{forward_differences, is_period, minimal_period, newton_to_monomial};
use super::three_parts::{
    at_most_3_trig, burnside_numerator, class_polynomial_k3, direct_sum, partial_fraction_terms,
};
use super::{
    a001400_floor, at_most_2, at_most_3, at_most_4, compositions, compositions_positive,
    partitions_at_most,
};
use crate::claim::{All, Check, CheckResult, Claim, Expected, Kind, OrFail, Provenance, Stated};
use crate::exact::decimal::Decimal;
use crate::exact::integer::{
    big, binomial, binomial_rug, factorial, from_rug_natural, lcm_upto, signed,
};
use crate::exact::montecarlo::rng;
use crate::exact::printed::list;
use crate::exact::rational::{both_signs, increasing, q};
use crate::exact::series::Series;

/// Problems (i) and (ii) of the article: x + y + z = 2014.
const N: u32 = 2014;

/// (1 − x)^{−k} modulo x^len by k multiplications by 1/(1 − x) (`c[n] += c[n−1]`).
fn inverse_power_of_one_minus_x(len: usize, k: u32) -> Series<BigInt> {
    let mut c = vec![BigInt::zero(); len];
    if let Some(first) = c.first_mut() {
        *first = BigInt::one();
    }
    for _ in 0..k {
        for n in 1..len {
            let prev = c[n - 1].clone();
            c[n] += prev;
        }
    }
    Series::new(c)
}

/// The polynomial (1 − x)^k as a series of length `len`.
fn one_minus_x_pow(len: usize, k: u32) -> Series<BigInt> {
    Series::polynomial(len, &[BigInt::one(), -BigInt::one()]).pow(k)
}

/// β(n, k), n < len, by route B of PART-07: the product of the series inverses of 1 − x^r.
fn at_most_by_series(len: usize, k: usize) -> Option<Series<BigInt>> {
    (1..=k).try_fold(Series::one(len), |acc, r| {
        let mut poly = vec![BigInt::zero(); r + 1];
        poly[0] = BigInt::one();
        poly[r] = -BigInt::one();
        Some(&acc * &Series::polynomial(len, &poly).inverse()?)
    })
}

/// C(n + k − 1, k − 1) for k ≥ 1.
fn stars_and_bars(n: u64, k: u64) -> BigUint {
    binomial(&big(n + k - 1), k - 1)
}

/// The answer to problem (i) as the article prints it.
const ANSWER_I: Stated =
    Stated::exact("answer (i)", "2031120", "2031120").from("problem (i): C(2016,2) = 2031120");

const PART_01: Claim = Claim {
    id: "PART-01",
    statement: "The number of (x, y, z) ∈ ℕ³ with x + y + z = 2014 is 2031120.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[ANSWER_I],
    uses: &[],
    notes: "Counted by loops over (x, y), as a series coefficient and as C(2016, 2).",
    check: part_01,
};

fn part_01(c: &mut Check) -> CheckResult {
    // z = N − x − y is determined by (x, y)
    let loops: u64 = (0..=N as u64).map(|x| N as u64 - x + 1).sum();
    let coeff = inverse_power_of_one_minus_x(N as usize + 1, 3)
        .coeff(N as usize)
        .or_fail("series of length N + 1")?
        .clone();
    let closed = binomial(&big(N as u64 + 2), 2);
    c.compare_int("answer (i)", loops)?;
    c.fact(
        "[x^2014] (1−x)^−3 = the count",
        coeff == BigInt::from(loops),
    );
    c.fact("C(2016, 2) = the count", closed == big(loops));
    c.evidence("count by loops over (x, y)", loops);
    c.evidence("[x^2014] (1−x)^−3", coeff);
    c.evidence("C(2016, 2)", closed);
    Ok(())
}

const PART_02: Claim = Claim {
    id: "PART-02",
    statement: "For k ≥ 1, Σ_n α(n,k) xⁿ = (Σ_{j≥0} x^j)^k = (1−x)^(−k) in ℤ[[x]].",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "An identity of formal power series; checked on truncated exact series, never by convergence.",
    check: part_02,
};

fn part_02(c: &mut Check) -> CheckResult {
    const LEN: usize = 60;
    let mut identity = All::new();
    for k in 1..=8u32 {
        let product = Series::<BigInt>::geometric(LEN, 1).pow(k);
        let inverse = one_minus_x_pow(LEN, k)
            .inverse()
            .or_fail("constant term 1")?;
        let closed: Vec<BigInt> = (0..LEN as u64)
            .map(|n| signed(&stars_and_bars(n, k as u64)))
            .collect();
        identity.and(product.coeffs() == &closed[..]);
        identity.and(inverse.coeffs() == &closed[..]);
    }
    c.asserts(
        format!(
            "k-fold geometric product = inverse of (1−x)^k = C(n+k−1,k−1), k = 1..8, n < {LEN}"
        ),
        identity,
    );
    let brute = (1..=4u32).all(|k| {
        (0..=10u32).all(|n| big(count_tuples(n, k, 0)) == stars_and_bars(n as u64, k as u64))
    });
    c.asserts("brute-force counts = C(n+k−1,k−1), k = 1..4, n ≤ 10", brute);
    c.evidence(
        "[x^2014] (1−x)^−3 by the same product",
        inverse_power_of_one_minus_x(N as usize + 1, 3).coeffs()[N as usize].clone(),
    );
    Ok(())
}

const PART_03: Claim = Claim {
    id: "PART-03",
    statement: "(1−x)^(−k) = (1/(k−1)!)·D^(k−1)(1−x)^(−1) for k ≥ 1, with D the formal derivative (generally D^m (1−x)^(−1) = m!·(1−x)^(−m−1)).",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "The article's (1/(1−x))^{(k−1)} is a (k−1)-th derivative, not a power; read as a power the formula is false.",
    check: part_03,
};

/// D^m of the geometric series, truncated to `len` terms.
fn derivative_of_geometric(len: usize, m: u32) -> Series<BigInt> {
    let mut d = Series::<BigInt>::geometric(len + m as usize, 1);
    for _ in 0..m {
        d = d.derivative();
    }
    d.truncate(len)
}

fn part_03(c: &mut Check) -> CheckResult {
    const LEN: usize = 50;
    let scaled = |k: u32| {
        derivative_of_geometric(LEN, k - 1)
            .to_rational()
            .scale(&BigRational::new(
                BigInt::one(),
                signed(&factorial(k as u64 - 1)),
            ))
            .to_integer()
    };
    let identity =
        (1..=10u32).all(|k| scaled(k).as_ref() == Some(&inverse_power_of_one_minus_x(LEN, k)));
    c.asserts(
        format!(
            "(1/(k−1)!)·D^(k−1)(1−x)^−1 = (1−x)^−k with integral coefficients, k = 1..10, n < {LEN}"
        ),
        identity,
    );
    let general = (0..=8u32).all(|m| {
        let target = inverse_power_of_one_minus_x(LEN, m + 1)
            .to_rational()
            .scale(&BigRational::from_integer(signed(&factorial(m as u64))));
        derivative_of_geometric(LEN, m).to_rational() == target
    });
    c.asserts("D^m (1−x)^−1 = m!·(1−x)^(−m−1), m = 0..8", general);
    // without 1/(k−1)! the constant term is (k−1)! ≥ 2 where (1−x)^−k has 1
    let without_factorial_differs = (3..=10u32).all(|k| {
        let unscaled = derivative_of_geometric(LEN, k - 1);
        All::of([
            unscaled.coeffs()[0] == signed(&factorial(k as u64 - 1)),
            unscaled != inverse_power_of_one_minus_x(LEN, k),
        ])
        .holds()
    });
    c.fact(
        "omitting 1/(k−1)! leaves constant term (k−1)!, a different series for every k = 3..10",
        without_factorial_differs,
    );
    c.evidence(
        "D^3 (1−x)^−1, first 5 coefficients (= 3!·C(n+3,3))",
        list(derivative_of_geometric(5, 3).coeffs()),
    );
    Ok(())
}

const PART_04: Claim = Claim {
    id: "PART-04",
    statement: "D^(k−1) Σ xⁿ = Σ_{n≥k−1} n!/(n−k+1)!·x^(n−k+1); after n ↦ n+k−1 and division by (k−1)! the coefficient of xⁿ is C(n+k−1, k−1).",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: part_04,
};

/// (n+k−1)(n+k−2)…(n+1) divided by (k−1)!: quotient and remainder.
fn falling_over_factorial(n: &BigUint, k: u64) -> (BigUint, BigUint) {
    let falling: BigUint = (1..k).map(|i| n + i).product();
    falling.div_rem(&factorial(k - 1))
}

fn part_04(c: &mut Check) -> CheckResult {
    let derivative_coefficients = (1..=10u32).all(|k| {
        let d = derivative_of_geometric(40, k - 1);
        // [x^j] D^(k−1) Σ xⁿ = (j+k−1)!/j!
        (0..40u64).all(|j| {
            let falling: BigUint = (j + 1..=j + k as u64 - 1).map(BigUint::from).product();
            d.coeffs()[j as usize] == signed(&falling)
        })
    });
    c.asserts(
        "[x^j] D^(k−1) Σ xⁿ = (j+k−1)!/j!, k ≤ 10, j < 40",
        derivative_coefficients,
    );
    let small = (1..=10u64).all(|k| {
        (0..=50u64)
            .all(|n| falling_over_factorial(&big(n), k) == (stars_and_bars(n, k), BigUint::zero()))
    });
    c.asserts(
        "(n+k−1)!/(n!(k−1)!) is integral and = C(n+k−1,k−1), k ≤ 10, n ≤ 50",
        small,
    );
    let huge: BigUint = "1000000000000000000000000000017"
        .parse()
        .or_fail("a decimal literal")?;
    let k = 20u64;
    let (quotient, remainder) = falling_over_factorial(&huge, k);
    let gmp = binomial_rug(&(&huge + k - 1u64), (k - 1) as u32);
    c.asserts(
        "n = 10^30 + 17, k = 20: falling factorial / 19! = GMP binomial, remainder 0",
        All::of([remainder.is_zero(), quotient == gmp]),
    );
    c.evidence("digits of C(10^30 + 36, 19)", gmp.to_string().len());
    Ok(())
}

const PART_05: Claim = Claim {
    id: "PART-05",
    statement: "As worded (正整数, positive parts): the number of ordered ways to write n as a sum of k positive integers is α(n,k) = C(n+k−1, k−1).",
    provenance: Provenance::ArticleText,
    kind: Kind::Property,
    expected: Expected::Refuted,
    stated: &[],
    uses: &["PART-01"],
    notes: "Wording slip: the article's generating function (1+x+x²+…)^k and its problem (i) count non-negative parts, for which the formula holds; positive parts give C(n−1, k−1).",
    check: part_05,
};

fn part_05(c: &mut Check) -> CheckResult {
    let all = |lo: u32, formula: &dyn Fn(u64, u64) -> BigUint| {
        (1..=4u32).all(|k| {
            (0..=10u32).all(|n| big(count_tuples(n, k, lo)) == formula(n as u64, k as u64))
        })
    };
    c.asserts(
        "positive parts: brute-force count = C(n+k−1, k−1) for n ≤ 10, k ≤ 4",
        all(1, &stars_and_bars),
    );
    c.fact(
        "non-negative parts: brute-force count = C(n+k−1, k−1) for n ≤ 10, k ≤ 4 (the reading that holds)",
        all(0, &stars_and_bars),
    );
    c.fact(
        "positive parts: brute-force count = C(n−1, k−1) for 1 ≤ n ≤ 10, k ≤ 4",
        (1..=4u32).all(|k| {
            (1..=10u32).all(|n| {
                let formula = if n >= k {
                    binomial(&big(n as u64 - 1), k as u64 - 1)
                } else {
                    BigUint::zero()
                };
                big(count_tuples(n, k, 1)) == formula
            })
        }),
    );
    let (count, formula) = (count_tuples(3, 2, 1), stars_and_bars(3, 2));
    c.fact(
        "the smallest counterexample, n = 3, k = 2: count ≠ formula",
        big(count) != formula,
    );
    c.evidence("positive parts, n = 3, k = 2: count", count);
    c.evidence("C(n+k−1, k−1) at n = 3, k = 2", formula);
    let n = big(N as u64);
    c.evidence(
        "positive parts, n = 2014, k = 3: α⁺ = C(2013, 2)",
        compositions_positive(&n, &big(3)).or_fail("within limits")?,
    );
    c.evidence(
        "non-negative parts, n = 2014, k = 3: α = C(2016, 2)",
        compositions(&n, &big(3)).or_fail("within limits")?,
    );
    Ok(())
}

const PART_06: Claim = Claim {
    id: "PART-06",
    statement: "C(2016, 2) = 2016·2015/2 = 2031120.",
    provenance: Provenance::ArticleText,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[ANSWER_I],
    uses: &[],
    notes: "The article's arithmetic; PART-01 is the count.",
    check: part_06,
};

fn part_06(c: &mut Check) -> CheckResult {
    let n = big(2016);
    let product = big(2016) * big(2015) / big(2);
    c.compare_int("answer (i)", product.clone())?;
    c.fact(
        "C(2016, 2) by the num-bigint product formula = 2016·2015/2",
        binomial(&n, 2) == product,
    );
    c.fact(
        "C(2016, 2) by GMP = 2016·2015/2",
        binomial_rug(&n, 2) == product,
    );
    c.evidence("2016·2015/2", product);
    Ok(())
}

const PART_07: Claim = Claim {
    id: "PART-07",
    statement: "For k ≥ 1, Σ_{n≥0} β(n,k) xⁿ = ∏_{r=1}^{k} (1−x^r)^(−1).",
    provenance: Provenance::Reconstructed,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "The unordered section of the article is lost; this is rebuilt from a secondary summary.",
    check: part_07,
};

fn part_07(c: &mut Check) -> CheckResult {
    const LEN: usize = 120;
    let mut dp_eq_series = All::new();
    for k in 1..=10usize {
        let dp: Vec<BigInt> = at_most_table(LEN - 1, k).iter().map(signed).collect();
        let series = at_most_by_series(LEN, k).or_fail("1 − x^r has constant term 1")?;
        dp_eq_series.and(series.coeffs() == &dp[..]);
    }
    c.asserts(
        format!("DP c[n] += c[n−r] = ∏ series inverses of 1 − x^r, k ≤ 10, n < {LEN}"),
        dp_eq_series,
    );
    let brute = (1..=5u32).all(|k| {
        let dp = at_most_table(15, k as usize);
        (0..=15u32).all(|n| big(count_sorted_tuples(n, k)) == dp[n as usize])
    });
    c.asserts("DP = brute-force sorted tuples, k ≤ 5, n ≤ 15", brute);
    for k in 2..=6 {
        c.evidence(format!("β(n,{k}), n = 0..25"), list(at_most_table(25, k)));
    }
    Ok(())
}

const PART_08: Claim = Claim {
    id: "PART-08",
    statement: "(x, a, b) ↦ (x, x+a, x+a+b) is a bijection from ℕ³ onto {x ≤ y ≤ z} with x+y+z = 3x+2a+b, so β(n,3) = [tⁿ] 1/((1−t)(1−t²)(1−t³)).",
    provenance: Provenance::Reconstructed,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &[],
    uses: &["PART-07"],
    notes: "The k = 3 substitution is reconstructed; the general-k form Σxᵢ = Σ(k−i+1)dᵢ is derived.",
    check: part_08,
};

fn part_08(c: &mut Check) -> CheckResult {
    let mut sorted: Vec<Vec<(u32, u32, u32)>> = Vec::new();
    for n in 0..=60u32 {
        let mut triples = Vec::new();
        for_each_tuple(n, 3, 0, &mut |t| {
            if t[0] <= t[1] && t[1] <= t[2] {
                triples.push((t[0], t[1], t[2]));
            }
        });
        sorted.push(triples);
    }
    let forward = |&(x, y, z): &(u32, u32, u32)| (x, y - x, z - y);
    let back = |(x, a, b): (u32, u32, u32)| (x, x + a, x + a + b);
    c.asserts(
        "(x,y,z) ↦ (x, y−x, z−y) ↦ (x, x+a, x+a+b) is the identity, n ≤ 60",
        sorted.iter().flatten().all(|t| back(forward(t)) == *t),
    );
    c.asserts(
        "x+y+z = 3x+2a+b, n ≤ 60",
        sorted.iter().enumerate().all(|(n, ts)| {
            ts.iter()
                .map(forward)
                .all(|(x, a, b)| 3 * x + 2 * a + b == n as u32)
        }),
    );
    // (x, a, b) ∈ ℕ³ with 3x + 2a + b = n: b is determined by (x, a)
    c.asserts(
        "#sorted triples = #(x,a,b) with 3x+2a+b = n, n ≤ 60",
        sorted.iter().enumerate().all(|(n, ts)| {
            let n = n as u32;
            ts.len() as u32 == (0..=n / 3).map(|x| (n - 3 * x) / 2 + 1).sum::<u32>()
        }),
    );
    let table = at_most_table(200, 3);
    c.asserts(
        "#{(x,a) : 3x+2a ≤ n} = β(n,3), n ≤ 200",
        (0..=200u32).all(|n| {
            // the defining inequality is the only bound: no search range to get wrong
            let pairs = (0u32..)
                .take_while(|x| 3 * x <= n)
                .flat_map(|x| (0u32..).take_while(move |a| 3 * x + 2 * a <= n))
                .count();
            big(pairs as u64) == table[n as usize]
        }),
    );
    Ok(())
}

/// β(2014, 3) by the seven routes of PART-09: the enumeration first, then six independent ones.
///
/// # Errors
/// When a route's rational value is not a natural number (it always is).
pub fn problem_two_routes() -> Result<Vec<(&'static str, BigUint)>, String> {
    let n = N as u64;
    // x ≤ y ≤ z = n − x − y: y runs from x to ⌊(n − x)/2⌋ (which already gives z ≥ y)
    let enumeration: u64 = (0..=n / 3).map(|x| (x..=(n - x) / 2).count() as u64).sum();
    let natural = |r: BigRational, what: &str| {
        r.is_integer()
            .then(|| r.to_integer().to_biguint())
            .flatten()
            .ok_or_else(|| format!("{what} is not a natural number: {r}"))
    };
    let dp = at_most_table(N as usize, 3).swap_remove(N as usize);
    let (m, r) = (n / 6, n % 6);
    let at_m = class_polynomial_k3(r)
        .iter()
        .rev()
        .fold(BigRational::zero(), |acc, c| {
            acc * BigRational::from_integer(m.into()) + c
        });
    let partial = partial_fraction_terms(n).into_iter().sum::<BigRational>();
    Ok(vec![
        ("enumeration over x ≤ y", big(enumeration)),
        ("DP ∏ 1/(1−x^r) (PART-07)", dp),
        ("⌊((n+3)²+6)/12⌋ (PART-10)", at_most_3(&big(n))),
        (
            "mod-6 polynomial at m = 335 (PART-10)",
            natural(at_m, "the class polynomial")?,
        ),
        (
            "partial fractions (PART-11)",
            natural(partial, "the partial-fraction sum")?,
        ),
        ("Burnside (PART-13)", burnside_numerator(n) / 6u32),
        ("direct sum (PART-14)", direct_sum(n)),
    ])
}

const PART_09: Claim = Claim {
    id: "PART-09",
    statement: "The number of (x, y, z) ∈ ℕ³ with x ≤ y ≤ z and x + y + z = 2014 is β(2014, 3) = 339024.",
    provenance: Provenance::Derived,
    kind: Kind::ExactValue,
    expected: Expected::Holds,
    stated: &[Stated::exact("answer (ii)", "339024", "339024")
        .from("derived: the article's answer to problem (ii) is lost")],
    uses: &["PART-07", "PART-10", "PART-11", "PART-13", "PART-14"],
    notes: "The question is the article's; its answer is lost, so 339024 is derived (seven routes must agree). Zeros are allowed: this counts at most 3 parts, not exactly 3 (338016).",
    check: part_09,
};

fn part_09(c: &mut Check) -> CheckResult {
    let routes = problem_two_routes().map_err(crate::claim::CheckError::msg)?;
    let (_, enumeration) = routes.first().or_fail("seven routes")?.clone();
    c.compare_int("answer (ii)", enumeration.clone())?;
    for (name, value) in &routes[1..] {
        c.fact(format!("{name} = the enumeration"), *value == enumeration);
    }
    for (name, value) in routes {
        c.evidence(name, value);
    }
    Ok(())
}

const PART_10: Claim = Claim {
    id: "PART-10",
    statement: "β(n,3) = (n+3)²/12 − 7/72 + (−1)ⁿ/8 + (2/9)cos(2πn/3) = round((n+3)²/12) = ⌊((n+3)²+6)/12⌋, a quadratic polynomial in m on each class n = 6m + r.",
    provenance: Provenance::Derived,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &[],
    uses: &["PART-07"],
    notes: "Quasi-polynomial of period dividing 12: agreement on 0 ≤ n < 36 is a proof.",
    check: part_10,
};

/// p(m) for a polynomial given by its coefficients c₀, c₁, …
fn eval_poly(coeffs: &[BigRational], m: u64) -> BigRational {
    coeffs.iter().rev().fold(BigRational::zero(), |acc, c| {
        acc * BigRational::from_integer(m.into()) + c
    })
}

fn part_10(c: &mut Check) -> CheckResult {
    // Every form is a quasi-polynomial of degree 2 with period dividing 12: agreement on
    // 0 ≤ n < 36 proves equality for all n.
    const M: u64 = 2000;
    let dp = at_most_table(M as usize, 3);
    let exact = |n: u64| BigRational::from_integer(signed(&dp[n as usize]));
    let square_over_12 = |n: u64| q((n as i64 + 3).pow(2), 12);
    c.asserts(
        format!("trig form = DP, n < {M} (n < 36 is a proof)"),
        (0..M).all(|n| at_most_3_trig(&big(n)) == exact(n)),
    );
    c.asserts(
        format!("⌊((n+3)²+6)/12⌋ = DP, n < {M}"),
        (0..M).all(|n| at_most_3(&big(n)) == dp[n as usize]),
    );
    c.asserts(
        format!("class polynomial of n mod 6 at m = ⌊n/6⌋ = DP, n < {M}"),
        (0..M).all(|n| eval_poly(&class_polynomial_k3(n % 6), n / 6) == exact(n)),
    );
    c.asserts(
        format!("|β − (n+3)²/12| < 1/2, so round((n+3)²/12) = β, n < {M}"),
        (0..M).all(|n| increasing(&[(exact(n) - square_over_12(n)).abs(), q(1, 2)])),
    );
    for r in 0..6u64 {
        c.evidence(
            format!("n = 6m+{r}: β in m (c₀, c₁, c₂); β − (n+3)²/12"),
            format!(
                "{}; {}",
                list(class_polynomial_k3(r)),
                exact(r) - square_over_12(r)
            ),
        );
    }
    let sq = big(2017) * big(2017);
    let (quot, rem) = sq.div_rem(&big(12));
    c.evidence("2017²", &sq);
    c.evidence("2017² ÷ 12", format!("{quot} remainder {rem}"));
    Ok(())
}

const PART_11: Claim = Claim {
    id: "PART-11",
    statement: "1/((1−x)(1−x²)(1−x³)) = 1/(6(1−x)³) + 1/(4(1−x)²) + 17/(72(1−x)) + 1/(8(1+x)) + (x+2)/(9(1+x+x²)).",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: part_11,
};

fn part_11(c: &mut Check) -> CheckResult {
    // Multiply each term by (1−x)(1−x²)(1−x³) = (1−x)³(1+x)(1+x+x²): polynomial identities.
    const LEN: usize = 8;
    let poly = |c: &[i64]| {
        Series::<BigRational>::polynomial(LEN, &c.iter().map(|&v| q(v, 1)).collect::<Vec<_>>())
    };
    let one_minus_x = poly(&[1, -1]);
    let one_plus_x = poly(&[1, 1]);
    let cyclotomic3 = poly(&[1, 1, 1]);
    let terms = [
        (&one_plus_x * &cyclotomic3).scale(&q(1, 6)),
        (&(&one_minus_x * &one_plus_x) * &cyclotomic3).scale(&q(1, 4)),
        (&(&one_minus_x.pow(2) * &one_plus_x) * &cyclotomic3).scale(&q(17, 72)),
        (&one_minus_x.pow(3) * &cyclotomic3).scale(&q(1, 8)),
        (&one_minus_x.pow(3) * &(&one_plus_x * &poly(&[2, 1]))).scale(&q(1, 9)),
    ];
    let sum = terms
        .iter()
        .fold(Series::polynomial(LEN, &[]), |acc, t| &acc + t);
    c.asserts(
        "Σ terms · (1−x)(1−x²)(1−x³) = 1 over ℚ[x]",
        sum == poly(&[1]),
    );
    let dp = at_most_table(3000, 3);
    c.asserts(
        "the five coefficient formulas sum to the DP, n ≤ 3000",
        (0..=3000u64).all(|n| {
            partial_fraction_terms(n).into_iter().sum::<BigRational>()
                == BigRational::from_integer(signed(&dp[n as usize]))
        }),
    );
    c.asserts(
        "the first three terms sum to (n+3)²/12 − 7/72, n < 60",
        (0..60u64).all(|n| {
            let t = partial_fraction_terms(n);
            &t[0] + &t[1] + &t[2] == q((n as i64 + 3).pow(2), 12) - q(7, 72)
        }),
    );
    c.evidence("terms at n = 2014", list(partial_fraction_terms(N as u64)));
    Ok(())
}

/// The printed minimal periods of PART-12, k = 1..8.
const PERIODS: [Stated; 8] = [
    Stated::exact("k = 1", "1", "1"),
    Stated::exact("k = 2", "2", "2"),
    Stated::exact("k = 3", "6", "6"),
    Stated::exact("k = 4", "12", "12"),
    Stated::exact("k = 5", "60", "60"),
    Stated::exact("k = 6", "60", "60"),
    Stated::exact("k = 7", "420", "420"),
    Stated::exact("k = 8", "840", "840"),
];

const PART_12: Claim = Claim {
    id: "PART-12",
    statement: "β(n,k) is a quasi-polynomial in n of degree k−1, leading coefficient 1/(k!(k−1)!), minimal period lcm(1..k): 1, 2, 6, 12, 60, 60, 420, 840 for k = 1..8.",
    provenance: Provenance::Derived,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &PERIODS,
    uses: &["PART-07"],
    notes: "A secondary summary's \"depends on n mod k\" is true only for k ≤ 2; it is kept as a negative test, not as an article claim.",
    check: part_12,
};

fn part_12(c: &mut Check) -> CheckResult {
    let mut periods = Vec::new();
    for (k, stated) in (1..=8u64).zip(PERIODS) {
        let d = minimal_period(k).or_fail("lcm(1..k) is a period")?;
        c.compare_int(stated.name, d)?;
        periods.push(d);
    }
    c.asserts(
        "the minimal period is lcm(1..k), k = 1..8",
        (1..=8u64).zip(&periods).all(|(k, &d)| d == lcm_upto(k)),
    );
    c.fact(
        "period k fails for k = 3..8 (the negative test of \"depends on n mod k\")",
        (3..=8u64).all(|k| {
            let l = lcm_upto(k);
            // `is_period(_, k, k)` reads indices below k·L + k·k: the table ends there, no margin
            !is_period(&at_most_table((k * l + k * k) as usize, k as usize), k, k)
        }),
    );
    let leading = (1..=8u64).all(|k| {
        let l = lcm_upto(k);
        let table = at_most_table((k * l) as usize, k as usize);
        let values: Vec<BigInt> = (0..k).map(|j| signed(&table[(j * l) as usize])).collect();
        // leading coefficient in J is L^{k−1}/(k!(k−1)!) when n = JL
        newton_to_monomial(&forward_differences(&values)).pop()
            == Some(BigRational::new(
                signed(&BigUint::from(l).pow(k as u32 - 1)),
                signed(&(factorial(k) * factorial(k - 1))),
            ))
    });
    c.asserts(
        "degree k−1, leading coefficient 1/(k!(k−1)!) in n, k = 1..8",
        leading,
    );
    let class0: Vec<BigUint> = {
        let t = at_most_table(21, 3);
        (0..8).map(|i| t[3 * i].clone()).collect()
    };
    let s: Vec<BigInt> = class0.iter().map(signed).collect();
    let d1: Vec<BigInt> = s.windows(2).map(|w| &w[1] - &w[0]).collect();
    let d2: Vec<BigInt> = d1.windows(2).map(|w| &w[1] - &w[0]).collect();
    c.evidence("β(3i, 3), i = 0..7", list(&class0));
    c.evidence("their second differences", list(d2));
    Ok(())
}

const PART_13: Claim = Claim {
    id: "PART-13",
    statement: "β(n,3) = [C(n+2,2) + 3(⌊n/2⌋+1) + 2·[3 | n]]/6 (Burnside for S₃ on ordered triples); at 2014: 2034144/6 = 339024.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[
        Stated::exact("numerator at 2014", "2034144", "2034144"),
        Stated::exact("quotient at 2014", "339024", "339024"),
    ],
    uses: &["PART-07"],
    notes: "The article names symmetry analysis as an alternative method; the formula is derived.",
    check: part_13,
};

fn part_13(c: &mut Check) -> CheckResult {
    let dp = at_most_table(10_000, 3);
    c.asserts(
        "numerator ≡ 0 (mod 6) and quotient = DP, n ≤ 10000 (n < 18 is a proof)",
        (0..=10_000u64).all(|n| {
            burnside_numerator(n).div_rem(&big(6)) == (dp[n as usize].clone(), BigUint::zero())
        }),
    );
    let n = N as u64;
    // orbit sizes 6, 3, 1 add up to the C(m+2, 2) ordered triples; one orbit per sorted triple
    let orbits_agree = |m: u64, count: &BigUint| {
        let (distinct, two_equal, all_equal) = orbit_tally(m);
        All::of([
            big(6 * distinct + 3 * two_equal + all_equal) == binomial(&big(m + 2), 2),
            big(distinct + two_equal + all_equal) == *count,
            all_equal == u64::from(m % 3 == 0),
        ])
        .holds()
    };
    c.fact(
        "orbit sizes 6·distinct + 3·two-equal + all-equal = C(n+2, 2), orbit count = the DP, n ≤ 300 (all three orbit types occur)",
        (0..=300u64).all(|m| orbits_agree(m, &dp[m as usize])),
    );
    let numerator = burnside_numerator(n);
    c.compare_int("numerator at 2014", numerator.clone())?;
    c.compare_int("quotient at 2014", &numerator / 6u32)?;
    c.fact(
        "at 2014: orbit sizes add up to C(2016, 2) and the orbit count is the quotient",
        orbits_agree(n, &(&numerator / 6u32)),
    );
    let (distinct, two_equal, all_equal) = orbit_tally(n);
    c.evidence(
        "orbits at 2014: three distinct, two equal, all equal",
        format!("{distinct}, {two_equal}, {all_equal}"),
    );
    Ok(())
}

/// The sorted triples x ≤ y ≤ z with x + y + z = n, by orbit type under S₃:
/// (three distinct, exactly two equal, all equal).
fn orbit_tally(n: u64) -> (u64, u64, u64) {
    let (mut distinct, mut two_equal, mut all_equal) = (0u64, 0u64, 0u64);
    for x in 0..=n / 3 {
        for y in x..=(n - x) / 2 {
            let z = n - x - y;
            match (x == y, y == z) {
                (true, true) => all_equal += 1,
                (false, false) => distinct += 1,
                _ => two_equal += 1,
            }
        }
    }
    (distinct, two_equal, all_equal)
}

const PART_14: Claim = Claim {
    id: "PART-14",
    statement: "β(n,3) = Σ_{x=0}^{⌊n/3⌋} (⌊(n−3x)/2⌋ + 1); 339024 at n = 2014.",
    provenance: Provenance::Derived,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &[Stated::exact("at 2014", "339024", "339024")],
    uses: &["PART-08"],
    notes: "",
    check: part_14,
};

fn part_14(c: &mut Check) -> CheckResult {
    let dp = at_most_table(10_000, 3);
    c.asserts(
        "direct sum = DP, n ≤ 10000",
        (0..=10_000u64).all(|n| direct_sum(n) == dp[n as usize]),
    );
    c.fact(
        "floor form = DP, n ≤ 10000",
        (0..=10_000u64).all(|n| at_most_3(&big(n)) == dp[n as usize]),
    );
    c.compare_int("at 2014", direct_sum(N as u64))?;
    Ok(())
}

const PART_15: Claim = Claim {
    id: "PART-15",
    statement: "p_k(n) = β(n−k,k); p_2(n) = ⌊n/2⌋, p_3(n) = ⌊(n²+6)/12⌋, p_3(2014) = 338016; β(n,2) = ⌊n/2⌋+1; β(n,4) = ⌊(m³+3m²−9m(m mod 2)+72)/144⌋ with m = n+4; β(n,k) = Σ_{j≤k} p_j(n).",
    provenance: Provenance::Derived,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &[Stated::exact("p_3(2014)", "338016", "338016")],
    uses: &["PART-07"],
    notes: "Relatives of β that must not be confused: at most k parts (β) versus exactly k parts (p_k).",
    check: part_15,
};

fn part_15(c: &mut Check) -> CheckResult {
    // (a) and (e) against brute-force enumeration of all partitions of n ≤ 16
    let by_parts: Vec<Vec<u64>> = (0..=16u32)
        .map(|n| {
            let mut counts = vec![0u64; n as usize + 1];
            for p in partitions_of(n) {
                counts[p.len()] += 1;
            }
            counts
        })
        .collect();
    let beta = |n: u32, k: usize| at_most_table(n as usize, k)[n as usize].clone();
    c.asserts(
        "(a) p_k(n) = β(n−k, k) = brute force, n ≤ 16",
        (0..=16u32).all(|n| {
            (0..=n as usize).all(|k| beta(n - k as u32, k) == big(by_parts[n as usize][k]))
        }),
    );
    c.asserts(
        "(e) β(n,k) = Σ_{j≤k} p_j(n), n ≤ 16",
        (0..=16u32).all(|n| {
            (0..=n as usize).all(|k| beta(n, k) == big(by_parts[n as usize][..=k].iter().sum()))
        }),
    );
    // (b), (c), (d) closed forms against the DP; every one is a quasi-polynomial of degree ≤ 3
    // with period dividing 144, so n < 576 is already a proof.
    const M: usize = 20_000;
    let t2 = at_most_table(M, 2);
    let t3 = at_most_table(M, 3);
    let t4 = at_most_table(M, 4);
    let exactly = |t: &[BigUint], k: usize, n: usize| {
        if n >= k {
            t[n - k].clone()
        } else {
            BigUint::zero()
        }
    };
    let range = || (1..=M as u64).map(|n| (n, n as usize));
    c.asserts(
        format!("(b) p_2(n) = ⌊n/2⌋ and p_3(n) = ⌊(n²+6)/12⌋, 1 ≤ n ≤ {M}"),
        range().all(|(n, i)| {
            All::of([
                exactly(&t2, 2, i) == big(n / 2),
                exactly(&t3, 3, i) == big((n * n + 6) / 12),
            ])
            .holds()
        }),
    );
    c.asserts(
        format!("(c) β(n,2) = ⌊n/2⌋ + 1 and β(n,3) = floor form, n ≤ {M}"),
        range().all(|(n, i)| {
            All::of([at_most_2(&big(n)) == t2[i], at_most_3(&big(n)) == t3[i]]).holds()
        }),
    );
    c.asserts(
        format!("(d) β(n,4) and p_4(n) = the A001400 expression, n ≤ {M}"),
        range().all(|(n, i)| {
            All::of([
                at_most_4(&big(n)) == t4[i],
                signed(&exactly(&t4, 4, i)) == a001400_floor(&BigInt::from(n)),
            ])
            .holds()
        }),
    );
    let p3_2014 = t3[N as usize - 3].clone();
    c.compare_int("p_3(2014)", p3_2014.clone())?;
    // z = N − x − y > y; the count for x falls as x grows and is 0 from the first x with no y
    let strict: u64 = (0u32..)
        .map(|x| (x + 1..).take_while(|&y| x + 2 * y < N).count() as u64)
        .take_while(|&count| count > 0)
        .sum();
    c.fact(
        "(b) #{x < y < z, x+y+z = 2014} by enumeration = p_3(2014)",
        big(strict) == p3_2014,
    );
    c.evidence(
        "(a) p_k(n), rows n = 1..8",
        by_parts[1..=8]
            .iter()
            .map(|row| format!("[{}]", list(&row[1..])))
            .collect::<Vec<_>>()
            .join(" "),
    );
    c.evidence("(c) β(2014,2)", at_most_2(&big(N as u64)));
    Ok(())
}

const PART_16: Claim = Claim {
    id: "PART-16",
    statement: "β(n,k) = p(n) for k ≥ n; p(2014) has 46 digits; β(n,k) ~ n^(k−1)/(k!(k−1)!) as n → ∞.",
    provenance: Provenance::Derived,
    kind: Kind::Asymptotic,
    expected: Expected::Holds,
    stated: &[Stated::exact("digits of p(2014)", "46", "46")],
    uses: &["PART-07"],
    notes: "The asymptotic is checked as a ratio that decreases towards 1, never as an equality.",
    check: part_16,
};

fn part_16(c: &mut Check) -> CheckResult {
    let pentagonal = partition_numbers(3000);
    c.fact(
        "pentagonal recurrence: num-bigint = GMP, n ≤ 3000",
        pentagonal
            .iter()
            .zip(partition_numbers_rug(3000))
            .all(|(a, b)| *a == from_rug_natural(&b)),
    );
    c.asserts(
        "β(n,n) = p(n) (product DP with k = n against the pentagonal recurrence), n ≤ 3000",
        at_most_table(3000, 3000) == pentagonal,
    );
    c.asserts(
        "β(n,k) = p(n) for every k ≥ n, n ≤ 60",
        (0..=60usize).all(|n| (0..=5).all(|j| at_most_table(n, n + j)[n] == pentagonal[n])),
    );
    let p2014 = pentagonal[N as usize].clone();
    c.compare_int("digits of p(2014)", p2014.to_string().len() as u64)?;
    // β(n,k)·k!(k−1)!/n^{k−1} at n = 10³, 10⁴, 2·10⁴ must decrease towards 1.
    let mut asymptotic = All::new();
    let mut at_20000 = Vec::new();
    for k in 2..=5u64 {
        let mut ratios = Vec::new();
        for n in [1_000u64, 10_000, 20_000] {
            let beta = partitions_at_most(&big(n), &big(k)).or_fail("k ≤ 12")?;
            ratios.push(BigRational::new(
                signed(&(beta * factorial(k) * factorial(k - 1))),
                signed(&big(n).pow(k as u32 - 1)),
            ));
        }
        asymptotic.and(
            // decreasing towards 1 from above: 1 < … < r₂ < r₁ < r₀
            increasing(
                &std::iter::once(&BigRational::one())
                    .chain(ratios.iter().rev())
                    .collect::<Vec<_>>(),
            ),
        );
        at_20000.push(
            Decimal::round(&ratios[2], 6)
                .or_fail("6 digits")?
                .to_string(),
        );
    }
    c.asserts(
        "β(n,k)·k!(k−1)!/n^(k−1) > 1 decreases along n = 10³, 10⁴, 2·10⁴, k = 2..5",
        asymptotic,
    );
    c.evidence("p(2014), pentagonal recurrence", &p2014);
    c.evidence(
        "that ratio at n = 20000, k = 2..5 (6 s.f.)",
        at_20000.join(", "),
    );
    Ok(())
}

const PART_17: Claim = Claim {
    id: "PART-17",
    statement: "Transposing the Ferrers diagram maps partitions of n into at most k parts bijectively onto partitions of n into parts ≤ k.",
    provenance: Provenance::Derived,
    kind: Kind::Property,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "This is why the factors of PART-07 are 1/(1−x^r) for r ≤ k.",
    check: part_17,
};

fn part_17(c: &mut Check) -> CheckResult {
    let all: Vec<Vec<Vec<u32>>> = (0..=25u32).map(partitions_of).collect();
    c.asserts(
        "conjugation is an involution onto partitions of n, n ≤ 25",
        all.iter().enumerate().all(|(n, ps)| {
            ps.iter().all(|p| {
                let t = conjugate(p);
                All::of([conjugate(&t) == *p, t.iter().sum::<u32>() == n as u32]).holds()
            })
        }),
    );
    c.asserts(
        "conjugation is injective, n ≤ 25",
        all.iter().all(|ps| {
            let mut images: Vec<Vec<u32>> = ps.iter().map(|p| conjugate(p)).collect();
            images.sort();
            images.dedup();
            images.len() == ps.len()
        }),
    );
    c.asserts(
        "(at most k parts) ↦ (parts ≤ k), and the counts agree, n ≤ 25, all k",
        all.iter().enumerate().all(|(n, ps)| {
            (0..=n as u32).all(|k| {
                let few: Vec<&Vec<u32>> = ps.iter().filter(|p| p.len() as u32 <= k).collect();
                let small = ps
                    .iter()
                    .filter(|p| p.first().is_none_or(|&l| l <= k))
                    .count();
                All::of([
                    few.iter()
                        .all(|p| conjugate(p).first().is_none_or(|&l| l <= k)),
                    few.len() == small,
                ])
                .holds()
            })
        }),
    );
    c.evidence("partitions of 25 enumerated", all[25].len());
    Ok(())
}

const PART_18: Claim = Claim {
    id: "PART-18",
    statement: "Multiplying generating functions convolves coefficients: [xⁿ](f·g) = Σ_{i=0}^{n} fᵢ g_{n−i} (x^a·x^b = x^(a+b)).",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: part_18,
};

fn part_18(c: &mut Check) -> CheckResult {
    let mut r = rng(18);
    let mut series = || {
        Series::new(
            (0..30)
                .map(|_| BigInt::from(r.random_range(-1_000_000i64..=1_000_000)))
                .collect::<Vec<_>>(),
        )
    };
    let triples: Vec<_> = (0..8).map(|_| (series(), series(), series())).collect();
    c.fact(
        "the seeded coefficients take both signs",
        both_signs(
            triples
                .iter()
                .flat_map(|(f, g, h)| [f, g, h])
                .flat_map(Series::coeffs),
        ),
    );
    c.asserts(
        "product = explicit convolution, on 8 seeded triples of length-30 series, |c| ≤ 10⁶",
        triples.iter().all(|(f, g, _)| {
            let product = f * g;
            (0..30).all(|n| {
                let conv: BigInt = (0..=n).map(|i| &f.coeffs()[i] * &g.coeffs()[n - i]).sum();
                product.coeffs()[n] == conv
            })
        }),
    );
    c.fact(
        "the product is commutative and associative on the same triples",
        triples
            .iter()
            .all(|(f, g, h)| All::of([f * g == g * f, &(f * g) * h == f * &(g * h)]).holds()),
    );
    let monomial = |a: usize| {
        let mut coeffs = vec![BigInt::zero(); a + 1];
        coeffs[a] = BigInt::one();
        Series::<BigInt>::polynomial(8, &coeffs)
    };
    c.asserts(
        "x^a·x^b = x^(a+b) mod x⁸ for 0 ≤ a, b < 8 (zero when a + b ≥ 8)",
        (0..8).all(|a| (0..8).all(|b| &monomial(a) * &monomial(b) == monomial(a + b))),
    );
    c.evidence(
        "x²·x³ coefficients",
        list((&monomial(2) * &monomial(3)).coeffs()),
    );
    Ok(())
}

const PART_19: Claim = Claim {
    id: "PART-19",
    statement: "Goldbach's conjecture is an integer-partition problem: every even n ≥ 4 is a sum of two primes.",
    provenance: Provenance::ArticleText,
    kind: Kind::Quoted,
    expected: Expected::Quoted,
    stated: &[],
    uses: &[],
    notes: "The conjecture cannot be proved here; the check covers even n ≤ 10⁵ (a failure would refute it) and counts the 35 Goldbach partitions of 2014.",
    check: part_19,
};

fn part_19(c: &mut Check) -> CheckResult {
    const LIMIT: usize = 100_000;
    let is_prime = sieve(LIMIT);
    let primes: Vec<usize> = (2..=LIMIT).filter(|&p| is_prime[p]).collect();
    let goldbach = |n: usize| -> Vec<(usize, usize)> {
        primes
            .iter()
            .take_while(|&&p| p <= n / 2)
            .filter(|&&p| is_prime[n - p])
            .map(|&p| (p, n - p))
            .collect()
    };
    // One pair decides each n (the smallest prime p with n − p prime is tiny), so the scan
    // stops at the first; only 2014's partitions are listed in full.
    let has_pair = |n: usize| {
        primes
            .iter()
            .take_while(|&&p| p <= n / 2)
            .any(|&p| is_prime[n - p])
    };
    let first_failure = (4..=LIMIT).step_by(2).find(|&n| !has_pair(n));
    c.asserts(
        format!("every even n with 4 ≤ n ≤ {LIMIT} is a sum of two primes"),
        first_failure.is_none(),
    );
    c.fact(
        "the pair search can say no: it finds none for 11, 17, 23, 27 (odd, so only 2 + (n − 2), and n − 2 is composite)",
        [11, 17, 23, 27].iter().all(|&n| !has_pair(n)),
    );
    c.fact(
        "the sieve agrees with trial division below 1000",
        (0..1000usize).all(|n| is_prime[n] == (n >= 2 && (2..=n.isqrt()).all(|d| n % d != 0))),
    );
    let pairs = goldbach(N as usize);
    c.evidence(
        "first even n that is not a sum of two primes",
        first_failure.map_or("none in range".to_string(), |n| n.to_string()),
    );
    c.evidence("Goldbach partitions of 2014 (p ≤ q)", pairs.len());
    if let (Some(lo), Some(hi)) = (pairs.first(), pairs.last()) {
        c.evidence(
            "first and last",
            format!("{}+{}, {}+{}", lo.0, lo.1, hi.0, hi.1),
        );
    }
    Ok(())
}

/// PART-01 … PART-19, in catalogue order.
pub(super) static CLAIMS: &[Claim] = &[
    PART_01, PART_02, PART_03, PART_04, PART_05, PART_06, PART_07, PART_08, PART_09, PART_10,
    PART_11, PART_12, PART_13, PART_14, PART_15, PART_16, PART_17, PART_18, PART_19,
];
