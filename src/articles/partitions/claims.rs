//! The claims of the partitions article, PART-01 … PART-19, each with a check that recomputes
//! its evidence. Bounded ranges here are what `claimcheck verify` re-runs; the property tests in
//! `tests/partitions.rs` cover wider ranges.

use crate::exact::rational::q;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

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
use crate::claim::{CheckFn, Claim, Expected, Kind, Outcome, Provenance, Verdict};
use crate::exact::decimal::Decimal;
use crate::exact::integer::{
    binomial, binomial_rug, factorial, from_rug_natural, lcm_upto, signed,
};
use crate::exact::series::Series;

/// Problem (i) and (ii) of the article: x + y + z = 2014.
const N: u32 = 2014;
/// The article's printed answer to problem (i), C(2016, 2).
const STATED_ORDERED: u64 = 2_031_120;

fn big(n: u64) -> BigUint {
    BigUint::from(n)
}

fn list<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// (1 − x)^{−k} modulo x^len by k multiplications by 1/(1 − x) (`c[n] += c[n−1]`).
fn inverse_power_of_one_minus_x(len: usize, k: u32) -> Series<BigInt> {
    let mut c = vec![BigInt::zero(); len];
    if len > 0 {
        c[0] = BigInt::one();
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

/// β(n,3) by route B of PART-07: the product of the series inverses of 1 − x^r.
fn at_most_by_series(len: usize, k: usize) -> Series<BigInt> {
    (1..=k).fold(Series::one(len), |acc, r| {
        let mut poly = vec![BigInt::zero(); r + 1];
        poly[0] = BigInt::one();
        poly[r] = -BigInt::one();
        let inverse = Series::polynomial(len, &poly)
            .inverse()
            .expect("constant term 1");
        &acc * &inverse
    })
}

fn part_01() -> Outcome {
    let mut loops = 0u64;
    for x in 0..=N {
        for _y in 0..=(N - x) {
            loops += 1; // z = N − x − y is determined
        }
    }
    let series = inverse_power_of_one_minus_x(N as usize + 1, 3);
    let coeff = series.coeff(N as usize).expect("length N+1").clone();
    let closed = binomial(&big(N as u64 + 2), 2);
    let ok = loops == STATED_ORDERED
        && coeff == BigInt::from(STATED_ORDERED)
        && closed == big(STATED_ORDERED);
    Outcome::new(Verdict::holds_if(ok))
        .with("stated", STATED_ORDERED)
        .with("count by loops over (x, y)", loops)
        .with("[x^2014] (1−x)^−3", coeff)
        .with("C(2016, 2)", closed)
}

fn part_02() -> Outcome {
    const LEN: usize = 60;
    let mut agree = true;
    for k in 1..=8u32 {
        let product = Series::<BigInt>::geometric(LEN, 1).pow(k);
        let inverse = one_minus_x_pow(LEN, k).inverse().expect("constant term 1");
        let closed: Vec<BigInt> = (0..LEN as u64)
            .map(|n| signed(&binomial(&big(n + k as u64 - 1), k as u64 - 1)))
            .collect();
        agree &= product.coeffs() == &closed[..] && inverse.coeffs() == &closed[..];
    }
    let mut brute = true;
    for k in 1..=4u32 {
        for n in 0..=10u32 {
            brute &= big(count_tuples(n, k, 0)) == binomial(&big((n + k - 1) as u64), k as u64 - 1);
        }
    }
    Outcome::new(Verdict::holds_if(agree && brute))
        .with(
            "k-fold geometric product = inverse of (1−x)^k = C(n+k−1,k−1)",
            format!("{agree} for k = 1..8, n < {LEN}"),
        )
        .with(
            "brute-force counts = C(n+k−1,k−1)",
            format!("{brute} for k = 1..4, n ≤ 10"),
        )
        .with(
            "[x^2014] (1−x)^−3 by the same product",
            inverse_power_of_one_minus_x(N as usize + 1, 3).coeffs()[N as usize].clone(),
        )
}

fn part_03() -> Outcome {
    const LEN: usize = 50;
    let mut with_factorial = true;
    let mut without_factorial_fails = true;
    for k in 1..=10u32 {
        let mut d = Series::<BigInt>::geometric(LEN + k as usize, 1);
        for _ in 1..k {
            d = d.derivative();
        }
        let d = d.truncate(LEN);
        let target = inverse_power_of_one_minus_x(LEN, k);
        let scaled = d.to_rational().scale(&BigRational::new(
            BigInt::one(),
            signed(&factorial(k as u64 - 1)),
        ));
        let integral = scaled.to_integer();
        with_factorial &= integral.as_ref() == Some(&target);
        if k >= 3 {
            without_factorial_fails &= d != target;
        }
    }
    // D^m (1−x)^{−1} = m!(1−x)^{−m−1} for m = 3 at x^0..x^4 as a sample of the general form.
    let mut d3 = Series::<BigInt>::geometric(8, 1);
    for _ in 0..3 {
        d3 = d3.derivative();
    }
    Outcome::new(Verdict::holds_if(with_factorial && without_factorial_fails))
        .with(
            "(1/(k−1)!)·D^(k−1)(1−x)^−1 = (1−x)^−k, integral coefficients",
            format!("{with_factorial} for k = 1..10, n < {LEN}"),
        )
        .with(
            "omitting 1/(k−1)! gives a different series",
            format!("{without_factorial_fails} for every k = 3..10"),
        )
        .with(
            "D^3 (1−x)^−1, first 5 coefficients (= 3!·C(n+3,3))",
            list(d3.coeffs().iter().take(5)),
        )
}

fn part_04() -> Outcome {
    let mut ok = true;
    for k in 1..=10u64 {
        for n in 0..=50u64 {
            // (n+k−1)(n+k−2)…(n+1) = (n+k−1)!/n!
            let falling: BigUint = (n + 1..=n + k - 1).map(BigUint::from).product();
            let (quotient, remainder) = falling.div_rem(&factorial(k - 1));
            ok &= remainder.is_zero() && quotient == binomial(&big(n + k - 1), k - 1);
        }
    }
    let huge: BigUint = "1000000000000000000000000000017".parse().expect("literal");
    let k = 20u64;
    let falling: BigUint = (1..k).map(|i| &huge + i).product();
    let (quotient, remainder) = falling.div_rem(&factorial(k - 1));
    let gmp = binomial_rug(&(&huge + k - 1u64), (k - 1) as u32);
    let big_ok = remainder.is_zero() && quotient == gmp;
    Outcome::new(Verdict::holds_if(ok && big_ok))
        .with(
            "(n+k−1)!/(n!(k−1)!) is integral and = C(n+k−1,k−1)",
            format!("{ok} for k ≤ 10, n ≤ 50"),
        )
        .with(
            "n = 10^30 + 17, k = 20: falling factorial / 19! = GMP binomial",
            big_ok,
        )
}

fn part_05() -> Outcome {
    let n = big(N as u64);
    let k3 = big(3);
    let nonneg = compositions(&n, &k3).expect("small");
    let positive = compositions_positive(&n, &k3).expect("small");
    // the smallest counterexample of the worded (positive-parts) reading
    let pos_3_2 = count_tuples(3, 2, 1);
    let formula_3_2 = binomial(&big(4), 1);
    let mut nonneg_reading_holds = true;
    let mut positive_reading_holds = true;
    for k in 1..=4u32 {
        for m in 0..=10u32 {
            let formula = binomial(&big((m + k - 1) as u64), k as u64 - 1);
            nonneg_reading_holds &= big(count_tuples(m, k, 0)) == formula;
            positive_reading_holds &= big(count_tuples(m, k, 1)) == formula;
        }
    }
    Outcome::new(Verdict::holds_if(positive_reading_holds))
        .with("positive parts (as worded), n = 3, k = 2: count", pos_3_2)
        .with("C(n+k−1, k−1) at n = 3, k = 2", formula_3_2)
        .with("positive parts, n = 2014, k = 3: α⁺ = C(2013, 2)", positive)
        .with(
            "non-negative parts, n = 2014, k = 3: α = C(2016, 2)",
            nonneg,
        )
        .with(
            "formula = brute force, positive parts, n ≤ 10, k ≤ 4",
            positive_reading_holds,
        )
        .with(
            "formula = brute force, non-negative parts, n ≤ 10, k ≤ 4",
            nonneg_reading_holds,
        )
        .with(
            "reading that holds",
            if nonneg_reading_holds {
                "non-negative parts (非负整数)"
            } else {
                "neither"
            },
        )
}

fn part_06() -> Outcome {
    let n = big(2016);
    let product = big(2016) * big(2015) / big(2);
    let num = binomial(&n, 2);
    let gmp = binomial_rug(&n, 2);
    let ok = product == big(STATED_ORDERED) && num == product && gmp == product;
    Outcome::new(Verdict::holds_if(ok))
        .with("stated", STATED_ORDERED)
        .with("2016·2015/2", product)
        .with("C(2016, 2), num-bigint product formula", num)
        .with("C(2016, 2), GMP", gmp)
}

fn part_07() -> Outcome {
    const LEN: usize = 120;
    let mut dp_eq_series = true;
    for k in 1..=10usize {
        let dp: Vec<BigInt> = at_most_table(LEN - 1, k).iter().map(signed).collect();
        dp_eq_series &= at_most_by_series(LEN, k).coeffs() == &dp[..];
    }
    let mut brute = true;
    for k in 1..=5u32 {
        let dp = at_most_table(15, k as usize);
        for n in 0..=15u32 {
            brute &= big(count_sorted_tuples(n, k)) == dp[n as usize];
        }
    }
    let mut out = Outcome::new(Verdict::holds_if(dp_eq_series && brute))
        .with(
            "DP c[n] += c[n−r] = ∏ series inverses of 1 − x^r",
            format!("{dp_eq_series} for k ≤ 10, n < {LEN}"),
        )
        .with(
            "= brute-force sorted tuples",
            format!("{brute} for k ≤ 5, n ≤ 15"),
        );
    for k in 2..=6 {
        out = out.with(format!("β(n,{k}), n = 0..25"), list(at_most_table(25, k)));
    }
    out
}

fn part_08() -> Outcome {
    let mut round_trip = true;
    let mut weight = true;
    let mut counts = true;
    for n in 0..=60u32 {
        let mut triples = 0u64;
        for_each_tuple(n, 3, 0, &mut |t| {
            let (x, y, z) = (t[0], t[1], t[2]);
            if x <= y && y <= z {
                triples += 1;
                let (a, b) = (y - x, z - y);
                round_trip &= (x, x + a, x + a + b) == (x, y, z);
                weight &= 3 * x + 2 * a + b == n;
            }
        });
        // (x, a, b) ∈ ℕ³ with 3x + 2a + b = n: b is determined by (x, a)
        let preimages = (0..=n / 3).map(|x| (n - 3 * x) / 2 + 1).sum::<u32>() as u64;
        counts &= triples == preimages;
    }
    let table = at_most_table(200, 3);
    let mut by_pairs = true;
    for n in 0..=200u32 {
        let pairs = (0..=n / 3)
            .flat_map(|x| (0..=n / 2).map(move |a| (x, a)))
            .filter(|(x, a)| 3 * x + 2 * a <= n)
            .count();
        by_pairs &= big(pairs as u64) == table[n as usize];
    }
    let ok = round_trip && weight && counts && by_pairs;
    Outcome::new(Verdict::holds_if(ok))
        .with(
            "(x,y,z) ↦ (x, y−x, z−y) ↦ (x, x+a, x+a+b) is the identity",
            format!("{round_trip} for n ≤ 60"),
        )
        .with("x+y+z = 3x+2a+b", format!("{weight} for n ≤ 60"))
        .with(
            "#sorted triples = #(x,a,b) with 3x+2a+b = n",
            format!("{counts} for n ≤ 60"),
        )
        .with(
            "#{(x,a) : 3x+2a ≤ n} = β(n,3)",
            format!("{by_pairs} for n ≤ 200"),
        )
}

/// β(2014, 3) by the seven routes of PART-09.
pub fn problem_two_routes() -> Vec<(&'static str, BigUint)> {
    let n = N as u64;
    let mut enumeration = 0u64;
    for x in 0..=n / 3 {
        for y in x..=(n - x) / 2 {
            enumeration += (n - x - y >= y) as u64;
        }
    }
    let dp = at_most_table(N as usize, 3).swap_remove(N as usize);
    let floor_form = at_most_3(&big(n));
    let (m, r) = (n / 6, n % 6);
    let class_poly = class_polynomial_k3(r);
    let at_m = class_poly.iter().rev().fold(BigRational::zero(), |acc, c| {
        acc * BigRational::from_integer(m.into()) + c
    });
    let partial = partial_fraction_terms(n).into_iter().sum::<BigRational>();
    let burnside = burnside_numerator(n) / 6u32;
    let summation = direct_sum(n);
    vec![
        ("enumeration over x ≤ y", big(enumeration)),
        ("DP ∏ 1/(1−x^r) (PART-07)", dp),
        ("⌊((n+3)²+6)/12⌋ (PART-10)", floor_form),
        (
            "mod-6 polynomial at m = 335 (PART-10)",
            at_m.to_integer().to_biguint().expect("positive"),
        ),
        (
            "partial fractions (PART-11)",
            partial.to_integer().to_biguint().expect("positive"),
        ),
        ("Burnside (PART-13)", burnside),
        ("direct sum (PART-14)", summation),
    ]
}

fn part_09() -> Outcome {
    let routes = problem_two_routes();
    let agree = routes.windows(2).all(|w| w[0].1 == w[1].1);
    routes
        .into_iter()
        .fold(Outcome::new(Verdict::holds_if(agree)), |o, (name, v)| {
            o.with(name, v)
        })
}

fn part_10() -> Outcome {
    // Every form is a quasi-polynomial of degree 2 with period dividing 12: agreement on
    // 0 ≤ n < 36 proves equality for all n.
    let dp = at_most_table(2000, 3);
    let mut forms_agree = true;
    let mut offsets = Vec::new();
    let mut rounding_safe = true;
    for n in 0..2000u64 {
        let nb = big(n);
        let (m, r) = (n / 6, n % 6);
        let poly = class_polynomial_k3(r);
        let at_m = poly.iter().rev().fold(BigRational::zero(), |acc, c| {
            acc * BigRational::from_integer(m.into()) + c
        });
        let exact = BigRational::from_integer(signed(&dp[n as usize]));
        forms_agree &=
            at_most_3(&nb) == dp[n as usize] && at_most_3_trig(&nb) == exact && at_m == exact;
        let offset = &exact
            - BigRational::from_integer((n as i64 + 3).pow(2).into())
                / BigRational::from_integer(12.into());
        rounding_safe &= offset.abs() < q(1, 2);
        if n < 6 {
            offsets.push(offset);
        }
    }
    let mut out = Outcome::new(Verdict::holds_if(forms_agree && rounding_safe))
        .with(
            "floor form = trig form = class polynomials = DP",
            format!("{forms_agree} for n < 2000 (n < 36 is a proof)"),
        )
        .with("|β − (n+3)²/12| < 1/2", rounding_safe);
    for r in 0..6 {
        let c = class_polynomial_k3(r);
        out = out.with(
            format!("n = 6m+{r}: β in m (c₀, c₁, c₂); β − (n+3)²/12"),
            format!("{}; {}", list(&c), offsets[r as usize]),
        );
    }
    let sq = big(2017) * big(2017);
    let (quot, rem) = sq.div_rem(&big(12));
    out.with("2017²", &sq)
        .with("2017² ÷ 12", format!("{quot} remainder {rem}"))
}

fn part_11() -> Outcome {
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
        (&(&(&one_minus_x * &one_minus_x) * &one_plus_x) * &cyclotomic3).scale(&q(17, 72)),
        (&(&one_minus_x * &one_minus_x).pow(1) * &(&one_minus_x * &cyclotomic3)).scale(&q(1, 8)),
        (&one_minus_x.pow(3) * &(&one_plus_x * &poly(&[2, 1]))).scale(&q(1, 9)),
    ];
    let sum = terms
        .iter()
        .skip(1)
        .fold(terms[0].clone(), |acc, t| &acc + t);
    let identity = sum == poly(&[1]);
    let dp = at_most_table(3000, 3);
    let coefficients_sum = (0..=3000u64).all(|n| {
        partial_fraction_terms(n).into_iter().sum::<BigRational>()
            == BigRational::from_integer(signed(&dp[n as usize]))
    });
    let polynomial_part = (0..60u64).all(|n| {
        let t = partial_fraction_terms(n);
        &t[0] + &t[1] + &t[2]
            == BigRational::from_integer(((n as i64 + 3).pow(2)).into())
                / BigRational::from_integer(12.into())
                - q(7, 72)
    });
    let at = partial_fraction_terms(N as u64);
    Outcome::new(Verdict::holds_if(
        identity && coefficients_sum && polynomial_part,
    ))
    .with("Σ terms · (1−x)(1−x²)(1−x³) = 1 over ℚ[x]", identity)
    .with(
        "five coefficient formulas sum to the DP",
        format!("{coefficients_sum} for n ≤ 3000"),
    )
    .with("first three terms = (n+3)²/12 − 7/72", polynomial_part)
    .with("terms at n = 2014", list(&at))
}

fn part_12() -> Outcome {
    let mut periods = Vec::new();
    let mut all_minimal = true;
    for k in 1..=8u64 {
        let (l, minimal) = minimal_period(k);
        all_minimal &= minimal;
        periods.push(l);
    }
    let mut period_k_fails = true;
    for k in 3..=8u64 {
        let l = lcm_upto(k);
        let table = at_most_table((2 * k * l + k) as usize, k as usize);
        period_k_fails &= !is_period(&table, k, k);
    }
    let leading = (1..=8u64).all(|k| {
        let l = lcm_upto(k);
        let table = at_most_table((k * l) as usize, k as usize);
        let values: Vec<BigInt> = (0..k).map(|j| signed(&table[(j * l) as usize])).collect();
        let top = newton_to_monomial(&forward_differences(&values))
            .pop()
            .expect("k ≥ 1");
        // leading coefficient in J is L^{k−1}/(k!(k−1)!) when n = JL
        top == BigRational::new(
            signed(&BigUint::from(l).pow(k as u32 - 1)),
            signed(&(factorial(k) * factorial(k - 1))),
        )
    });
    let class0: Vec<BigUint> = {
        let t = at_most_table(21, 3);
        (0..8).map(|i| t[3 * i].clone()).collect()
    };
    let row = |t: &[BigUint]| -> Vec<BigInt> {
        let s: Vec<BigInt> = t.iter().map(signed).collect();
        let d1: Vec<BigInt> = s.windows(2).map(|w| &w[1] - &w[0]).collect();
        d1.windows(2).map(|w| &w[1] - &w[0]).collect()
    };
    Outcome::new(Verdict::holds_if(all_minimal && period_k_fails && leading))
        .with("minimal periods, k = 1..8", list(&periods))
        .with("lcm(1..k) is a period and no lcm/p is", all_minimal)
        .with(
            "period k fails for k = 3..8 (negative test of \"depends on n mod k\")",
            period_k_fails,
        )
        .with("leading coefficient 1/(k!(k−1)!) in n", leading)
        .with("β(3i, 3), i = 0..7", list(&class0))
        .with("their second differences", list(row(&class0)))
}

fn part_13() -> Outcome {
    let dp = at_most_table(10_000, 3);
    let ok = (0..=10_000u64).all(|n| {
        let (quot, rem) = burnside_numerator(n).div_rem(&big(6));
        rem.is_zero() && quot == dp[n as usize]
    });
    let n = N as u64;
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
    let ordered = 6 * distinct + 3 * two_equal + all_equal;
    let numerator = burnside_numerator(n);
    Outcome::new(Verdict::holds_if(
        ok && big(ordered) == binomial(&big(n + 2), 2),
    ))
    .with(
        "numerator ≡ 0 (mod 6) and quotient = DP",
        format!("{ok} for n ≤ 10000 (n < 18 is a proof)"),
    )
    .with("numerator at 2014", &numerator)
    .with("numerator / 6 at 2014", numerator / 6u32)
    .with(
        "orbits at 2014: three distinct, two equal, all equal",
        format!("{distinct}, {two_equal}, {all_equal}"),
    )
    .with("6·distinct + 3·two-equal + all-equal", ordered)
}

fn part_14() -> Outcome {
    let dp = at_most_table(10_000, 3);
    let ok = (0..=10_000u64)
        .all(|n| direct_sum(n) == dp[n as usize] && at_most_3(&big(n)) == dp[n as usize]);
    Outcome::new(Verdict::holds_if(ok))
        .with(
            "direct sum = DP = floor form",
            format!("{ok} for n ≤ 10000"),
        )
        .with("direct sum at 2014", direct_sum(N as u64))
}

fn part_15() -> Outcome {
    // (a) p_k(n) = β(n−k, k) against brute-force enumeration, and the A008284 rows.
    let mut exact_parts_ok = true;
    let mut sum_ok = true;
    let mut rows = Vec::new();
    for n in 0..=16u32 {
        let all = partitions_of(n);
        let mut by_parts = vec![0u64; n as usize + 1];
        for p in &all {
            by_parts[p.len()] += 1;
        }
        for k in 0..=n as usize {
            let via_beta = if k as u32 > n {
                BigUint::zero()
            } else {
                at_most_table((n - k as u32) as usize, k)[(n - k as u32) as usize].clone()
            };
            exact_parts_ok &= via_beta == big(by_parts[k]);
            // (e) β(n,k) = Σ_{j≤k} p_j(n)
            let beta = at_most_table(n as usize, k)[n as usize].clone();
            sum_ok &= beta == big(by_parts[..=k].iter().sum());
        }
        if (1..=8).contains(&n) {
            rows.push(format!("[{}]", list(&by_parts[1..])));
        }
    }
    // (b), (c), (d) closed forms against the DP; every one is a quasi-polynomial of degree ≤ 3
    // with period dividing 144, so n < 576 is already a proof.
    const M: usize = 20_000;
    let t2 = at_most_table(M, 2);
    let t3 = at_most_table(M, 3);
    let t4 = at_most_table(M, 4);
    let closed_ok = (0..=M as u64).all(|n| {
        let nb = big(n);
        let i = n as usize;
        let p2 = if n >= 2 {
            t2[i - 2].clone()
        } else {
            BigUint::zero()
        };
        let p3 = if n >= 3 {
            t3[i - 3].clone()
        } else {
            BigUint::zero()
        };
        let p4 = if n >= 4 {
            t4[i - 4].clone()
        } else {
            BigUint::zero()
        };
        at_most_2(&nb) == t2[i]
            && at_most_3(&nb) == t3[i]
            && at_most_4(&nb) == t4[i]
            && (n == 0 || p2 == big(n / 2))
            && (n == 0 || p3 == big((n * n + 6) / 12))
            && (n == 0 || signed(&p4) == a001400_floor(&BigInt::from(n)))
    });
    let p3_2014 = t3[N as usize - 3].clone();
    let mut strict = 0u64;
    for x in 0..=N / 3 {
        for y in x + 1..=N {
            strict += (N > x + 2 * y) as u64; // z = N − x − y > y
        }
    }
    let strict_ok = big(strict) == p3_2014;
    Outcome::new(Verdict::holds_if(
        exact_parts_ok && sum_ok && closed_ok && strict_ok,
    ))
    .with(
        "(a) p_k(n) = β(n−k,k) = brute force",
        format!("{exact_parts_ok} for n ≤ 16"),
    )
    .with("(a) p_k(n), rows n = 1..8", rows.join(" "))
    .with(
        "(b)–(d) closed forms for β(n,2..4), p_2, p_3, p_4 = DP",
        format!("{closed_ok} for n ≤ {M} (n < 576 is a proof)"),
    )
    .with("(b) p_3(2014) = β(2011,3)", &p3_2014)
    .with("(b) #{x < y < z, x+y+z = 2014} by enumeration", strict)
    .with("(c) β(2014,2)", at_most_2(&big(N as u64)))
    .with(
        "(e) β(n,k) = Σ_{j≤k} p_j(n)",
        format!("{sum_ok} for n ≤ 16"),
    )
}

fn part_16() -> Outcome {
    let pentagonal = partition_numbers(3000);
    let gmp = partition_numbers_rug(3000);
    let libraries_agree = pentagonal
        .iter()
        .zip(&gmp)
        .all(|(a, b)| *a == from_rug_natural(b));
    let product_dp = at_most_table(3000, 3000);
    let routes_agree = product_dp == pentagonal;
    let p2014 = partition_numbers(N as usize).swap_remove(N as usize);
    let diagonal = (0..=300usize).all(|n| at_most_table(n, n)[n] == pentagonal[n]);
    // β(n,k)·k!(k−1)!/n^{k−1} at n = 10³, 10⁴, 2·10⁴ must decrease towards 1.
    let mut asymptotic_ok = true;
    let mut at_20000 = Vec::new();
    for k in 2..=5u64 {
        let ratios: Vec<BigRational> = [1_000u64, 10_000, 20_000]
            .iter()
            .map(|&n| {
                let beta = partitions_at_most(&big(n), &big(k)).expect("k ≤ 12");
                BigRational::new(
                    signed(&(beta * factorial(k) * factorial(k - 1))),
                    signed(&big(n).pow(k as u32 - 1)),
                )
            })
            .collect();
        asymptotic_ok &= ratios.windows(2).all(|w| w[1] < w[0])
            && ratios.iter().all(|r| *r > BigRational::one());
        at_20000.push(
            Decimal::round(&ratios[2], 6)
                .expect("digits ≥ 1")
                .to_string(),
        );
    }
    Outcome::new(Verdict::holds_if(
        libraries_agree && routes_agree && diagonal && asymptotic_ok,
    ))
    .with("p(2014), pentagonal recurrence", &p2014)
    .with("p(2014) digits", p2014.to_string().len())
    .with(
        "pentagonal (num-bigint) = pentagonal (GMP) = product DP",
        format!("{} for n ≤ 3000", libraries_agree && routes_agree),
    )
    .with("β(n,n) = p(n)", format!("{diagonal} for n ≤ 300"))
    .with(
        "β(n,k)·k!(k−1)!/n^(k−1) decreases towards 1 along n = 10³, 10⁴, 2·10⁴",
        format!("{asymptotic_ok} for k = 2..5"),
    )
    .with(
        "that ratio at n = 20000, k = 2..5 (6 s.f.)",
        at_20000.join(", "),
    )
}

fn part_17() -> Outcome {
    let mut involution = true;
    let mut counts = true;
    for n in 0..=25u32 {
        let all = partitions_of(n);
        let mut conjugates: Vec<Vec<u32>> = all.iter().map(|p| conjugate(p)).collect();
        involution &= all
            .iter()
            .zip(&conjugates)
            .all(|(p, c)| conjugate(c) == *p && c.iter().sum::<u32>() == n);
        for k in 0..=n {
            let at_most_k_parts = all.iter().filter(|p| p.len() as u32 <= k).count();
            let parts_at_most_k = conjugates
                .iter()
                .filter(|c| c.first().is_none_or(|&l| l <= k))
                .count();
            counts &= at_most_k_parts == parts_at_most_k;
        }
        conjugates.sort();
        conjugates.dedup();
        involution &= conjugates.len() == all.len();
    }
    Outcome::new(Verdict::holds_if(involution && counts))
        .with(
            "conjugation is an injective involution on partitions of n",
            format!("{involution} for n ≤ 25"),
        )
        .with(
            "#(at most k parts) = #(parts ≤ k) via conjugation",
            format!("{counts} for n ≤ 25, all k"),
        )
        .with("partitions of 25 enumerated", partitions_of(25).len())
}

/// A small deterministic pseudo-random sequence (64-bit LCG) for the fixed examples of PART-18.
fn lcg(seed: u64) -> impl Iterator<Item = i64> {
    let mut s = seed;
    std::iter::repeat_with(move || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 33) % 2_000_001) as i64 - 1_000_000
    })
}

fn part_18() -> Outcome {
    let series = |seed| Series::new(lcg(seed).take(30).map(BigInt::from).collect::<Vec<_>>());
    let mut ok = true;
    for seed in 0..8u64 {
        let (f, g, h) = (series(3 * seed), series(3 * seed + 1), series(3 * seed + 2));
        let product = &f * &g;
        let convolution = (0..30).all(|n| {
            let c: BigInt = (0..=n).map(|i| &f.coeffs()[i] * &g.coeffs()[n - i]).sum();
            product.coeffs()[n] == c
        });
        ok &= convolution && product == &g * &f && &(&f * &g) * &h == &f * &(&g * &h);
    }
    let x2 = Series::<BigInt>::polynomial(6, &[0.into(), 0.into(), 1.into()]);
    let x3 = Series::<BigInt>::polynomial(6, &[0.into(), 0.into(), 0.into(), 1.into()]);
    let x5 = &x2 * &x3;
    Outcome::new(Verdict::holds_if(ok && x5.coeffs()[5] == BigInt::one()))
        .with(
            "product = explicit convolution; commutative; associative",
            format!("{ok} on 8 seeded triples of length-30 series, |c| ≤ 10⁶"),
        )
        .with("x²·x³ coefficients", list(x5.coeffs()))
}

fn part_19() -> Outcome {
    const LIMIT: usize = 100_000;
    let is_prime = sieve(LIMIT);
    let primes: Vec<usize> = (2..=LIMIT).filter(|&p| is_prime[p]).collect();
    let first_failure = (4..=LIMIT).step_by(2).find(|&n| {
        !primes
            .iter()
            .take_while(|&&p| p <= n / 2)
            .any(|&p| is_prime[n - p])
    });
    let n = N as usize;
    let pairs: Vec<(usize, usize)> = primes
        .iter()
        .take_while(|&&p| p <= n / 2)
        .filter(|&&p| is_prime[n - p])
        .map(|&p| (p, n - p))
        .collect();
    let verdict = if first_failure.is_some() {
        Verdict::Refuted
    } else {
        Verdict::Quoted
    };
    let (lo, hi) = (
        pairs.first().copied().unwrap_or_default(),
        pairs.last().copied().unwrap_or_default(),
    );
    Outcome::new(verdict)
        .with(
            "range checked",
            format!("every even n with 4 ≤ n ≤ {LIMIT}"),
        )
        .with(
            "first even n that is not a sum of two primes",
            first_failure.map_or("none in range".to_string(), |n| n.to_string()),
        )
        .with("Goldbach partitions of 2014 (p ≤ q)", pairs.len())
        .with(
            "first and last",
            format!("{}+{}, {}+{}", lo.0, lo.1, hi.0, hi.1),
        )
}

/// PART-01 … PART-19.
pub(super) static CLAIMS: &[Claim] = &[
    Claim {
        id: "PART-01",
        statement: "The number of (x, y, z) ∈ ℕ³ with x + y + z = 2014 is 2031120.",
        provenance: Provenance::ArticleText,
        kind: Kind::ExactValue,
        expected: Expected::Holds,
        notes: "Counted by loops over (x, y), as a series coefficient and as C(2016, 2).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_01),
    },
    Claim {
        id: "PART-02",
        statement: "For k ≥ 1, Σ_n α(n,k) xⁿ = (Σ_{j≥0} x^j)^k = (1−x)^(−k) in ℤ[[x]].",
        provenance: Provenance::ArticleText,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "An identity of formal power series; checked on truncated exact series, never by convergence.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_02),
    },
    Claim {
        id: "PART-03",
        statement: "(1−x)^(−k) = (1/(k−1)!)·D^(k−1)(1−x)^(−1) for k ≥ 1, with D the formal derivative (generally D^m (1−x)^(−1) = m!·(1−x)^(−m−1)).",
        provenance: Provenance::ArticleText,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "The article's (1/(1−x))^{(k−1)} is a (k−1)-th derivative, not a power; read as a power the formula is false.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_03),
    },
    Claim {
        id: "PART-04",
        statement: "D^(k−1) Σ xⁿ = Σ_{n≥k−1} n!/(n−k+1)!·x^(n−k+1); after n ↦ n+k−1 and division by (k−1)! the coefficient of xⁿ is C(n+k−1, k−1).",
        provenance: Provenance::ArticleText,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_04),
    },
    Claim {
        id: "PART-05",
        statement: "As worded (正整数, positive parts): the number of ordered ways to write n as a sum of k positive integers is α(n,k) = C(n+k−1, k−1).",
        provenance: Provenance::ArticleText,
        kind: Kind::Property,
        expected: Expected::Refuted,
        notes: "Wording slip: the article's generating function (1+x+x²+…)^k and its problem (i) count non-negative parts, for which the formula holds; positive parts give C(n−1, k−1).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_05),
    },
    Claim {
        id: "PART-06",
        statement: "C(2016, 2) = 2016·2015/2 = 2031120.",
        provenance: Provenance::ArticleText,
        kind: Kind::ExactValue,
        expected: Expected::Holds,
        notes: "The article's arithmetic; PART-01 is the count.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_06),
    },
    Claim {
        id: "PART-07",
        statement: "For k ≥ 1, Σ_{n≥0} β(n,k) xⁿ = ∏_{r=1}^{k} (1−x^r)^(−1).",
        provenance: Provenance::Reconstructed,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "The unordered section of the article is lost; this is rebuilt from a secondary summary.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_07),
    },
    Claim {
        id: "PART-08",
        statement: "(x, a, b) ↦ (x, x+a, x+a+b) is a bijection from ℕ³ onto {x ≤ y ≤ z} with x+y+z = 3x+2a+b, so β(n,3) = [tⁿ] 1/((1−t)(1−t²)(1−t³)).",
        provenance: Provenance::Reconstructed,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "The k = 3 substitution is reconstructed; the general-k form Σxᵢ = Σ(k−i+1)dᵢ is derived.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_08),
    },
    Claim {
        id: "PART-09",
        statement: "The number of (x, y, z) ∈ ℕ³ with x ≤ y ≤ z and x + y + z = 2014 is β(2014, 3) = 339024.",
        provenance: Provenance::Derived,
        kind: Kind::ExactValue,
        expected: Expected::Holds,
        notes: "The question is the article's; its answer is lost, so 339024 is derived (seven routes must agree). Zeros are allowed: this counts at most 3 parts, not exactly 3 (338016).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_09),
    },
    Claim {
        id: "PART-10",
        statement: "β(n,3) = (n+3)²/12 − 7/72 + (−1)ⁿ/8 + (2/9)cos(2πn/3) = round((n+3)²/12) = ⌊((n+3)²+6)/12⌋, a quadratic polynomial in m on each class n = 6m + r.",
        provenance: Provenance::Derived,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "Quasi-polynomial of period dividing 12: agreement on 0 ≤ n < 36 is a proof.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_10),
    },
    Claim {
        id: "PART-11",
        statement: "1/((1−x)(1−x²)(1−x³)) = 1/(6(1−x)³) + 1/(4(1−x)²) + 17/(72(1−x)) + 1/(8(1+x)) + (x+2)/(9(1+x+x²)).",
        provenance: Provenance::Derived,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_11),
    },
    Claim {
        id: "PART-12",
        statement: "β(n,k) is a quasi-polynomial in n of degree k−1, leading coefficient 1/(k!(k−1)!), minimal period lcm(1..k): 1, 2, 6, 12, 60, 60, 420, 840 for k = 1..8.",
        provenance: Provenance::Derived,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "A secondary summary's \"depends on n mod k\" is true only for k ≤ 2; it is kept as a negative test, not as an article claim.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_12),
    },
    Claim {
        id: "PART-13",
        statement: "β(n,3) = [C(n+2,2) + 3(⌊n/2⌋+1) + 2·[3 | n]]/6 (Burnside for S₃ on ordered triples); at 2014: 2034144/6 = 339024.",
        provenance: Provenance::Derived,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "The article names symmetry analysis as an alternative method; the formula is derived.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_13),
    },
    Claim {
        id: "PART-14",
        statement: "β(n,3) = Σ_{x=0}^{⌊n/3⌋} (⌊(n−3x)/2⌋ + 1); 339024 at n = 2014.",
        provenance: Provenance::Derived,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_14),
    },
    Claim {
        id: "PART-15",
        statement: "p_k(n) = β(n−k,k); p_2(n) = ⌊n/2⌋, p_3(n) = ⌊(n²+6)/12⌋, p_3(2014) = 338016; β(n,2) = ⌊n/2⌋+1; β(n,4) = ⌊(m³+3m²−9m(m mod 2)+72)/144⌋ with m = n+4; β(n,k) = Σ_{j≤k} p_j(n).",
        provenance: Provenance::Derived,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "Relatives of β that must not be confused: at most k parts (β) versus exactly k parts (p_k).",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_15),
    },
    Claim {
        id: "PART-16",
        statement: "β(n,k) = p(n) for k ≥ n; p(2014) has 46 digits; β(n,k) ~ n^(k−1)/(k!(k−1)!) as n → ∞.",
        provenance: Provenance::Derived,
        kind: Kind::Asymptotic,
        expected: Expected::Holds,
        notes: "The asymptotic is checked as a ratio that decreases towards 1, never as an equality.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_16),
    },
    Claim {
        id: "PART-17",
        statement: "Transposing the Ferrers diagram maps partitions of n into at most k parts bijectively onto partitions of n into parts ≤ k.",
        provenance: Provenance::Derived,
        kind: Kind::Property,
        expected: Expected::Holds,
        notes: "This is why the factors of PART-07 are 1/(1−x^r) for r ≤ k.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_17),
    },
    Claim {
        id: "PART-18",
        statement: "Multiplying generating functions convolves coefficients: [xⁿ](f·g) = Σ_{i=0}^{n} fᵢ g_{n−i} (x^a·x^b = x^(a+b)).",
        provenance: Provenance::ArticleText,
        kind: Kind::Identity,
        expected: Expected::Holds,
        notes: "",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_18),
    },
    Claim {
        id: "PART-19",
        statement: "Goldbach's conjecture is an integer-partition problem: every even n ≥ 4 is a sum of two primes.",
        provenance: Provenance::ArticleText,
        kind: Kind::Quoted,
        expected: Expected::Quoted,
        notes: "The conjecture cannot be proved here; the check covers even n ≤ 10⁵ (a failure would refute it) and counts the 35 Goldbach partitions of 2014.",
        stated: &[],
        uses: &[],
        check: CheckFn::Legacy(part_19),
    },
];
