//! The partitions article: every claim snapshotted with its evidence, properties over all n and
//! k in bounded ranges, and cross-checks between independent algorithms and libraries.

mod common;

use claimcheck::articles::partitions::counting::{
    at_most_table, count_sorted_tuples, count_tuples, partition_numbers, partition_numbers_rug,
};
use claimcheck::articles::partitions::quasi::{self, at_most_by_largest_part};
use claimcheck::articles::partitions::{
    MAX_PARTITION_N, PENTAGONAL_CROSSOVER, a001400_floor, at_most_3, at_most_4, compositions,
    compositions_positive, partition_count, partitions_at_most, partitions_exact,
};
use claimcheck::exact::integer::{binomial, binomial_rug, from_rug_natural, lcm_upto, signed};
use claimcheck::exact::montecarlo::rng;
use claimcheck::exact::series::Series;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};
use proptest::prelude::*;
use rand::Rng;

fn big(n: u64) -> BigUint {
    BigUint::from(n)
}

fn beta(n: u64, k: u64) -> BigUint {
    partitions_at_most(&big(n), &big(k)).expect("within limits")
}

snapshot_claims! {
    part_01 => "PART-01", part_02 => "PART-02", part_03 => "PART-03", part_04 => "PART-04",
    part_05 => "PART-05", part_06 => "PART-06", part_07 => "PART-07", part_08 => "PART-08",
    part_09 => "PART-09", part_10 => "PART-10", part_11 => "PART-11", part_12 => "PART-12",
    part_13 => "PART-13", part_14 => "PART-14", part_15 => "PART-15", part_16 => "PART-16",
    part_17 => "PART-17", part_18 => "PART-18", part_19 => "PART-19",
}

/// The catalogue's reference table at n = 2014, computed by the public functions.
#[test]
fn reference_values_at_2014() {
    let n = big(2014);
    let row = |f: &dyn Fn(u64) -> BigUint, ks: std::ops::RangeInclusive<u64>| {
        ks.map(|k| f(k).to_string()).collect::<Vec<_>>().join(", ")
    };
    let text = [
        format!(
            "α(2014,k), k = 1..6: {}",
            row(&|k| compositions(&n, &big(k)).unwrap(), 1..=6)
        ),
        format!(
            "α⁺(2014,k), k = 1..6: {}",
            row(&|k| compositions_positive(&n, &big(k)).unwrap(), 1..=6)
        ),
        format!("β(2014,k), k = 1..8: {}", row(&|k| beta(2014, k), 1..=8)),
        format!(
            "p_k(2014), k = 1..6: {}",
            row(&|k| partitions_exact(&n, &big(k)).unwrap(), 1..=6)
        ),
        format!(
            "p(n), n = 0..19: {}",
            row(&|k| partition_count(k).unwrap(), 0..=19)
        ),
        format!(
            "p(100), p(1000): {}, {}",
            partition_count(100).unwrap(),
            partition_count(1000).unwrap()
        ),
        format!("p(2014): {}", partition_count(2014).unwrap()),
        format!("p(10000): {}", partition_count(10_000).unwrap()),
    ]
    .join("\n");
    common::snapshots().bind(|| insta::assert_snapshot!("partitions-reference-2014", text));
}

/// The catalogue's values at n = 10²⁰: closed forms for k ≤ 4 and the quasi-polynomial for 5, 6.
#[test]
fn reference_values_at_10_pow_20() {
    let n: BigUint = "100000000000000000000".parse().unwrap();
    let mut lines: Vec<String> = (2..=6u64)
        .map(|k| {
            format!(
                "β(10^20, {k}) = {}",
                partitions_at_most(&n, &big(k)).unwrap()
            )
        })
        .collect();
    lines.push(format!(
        "α(10^20, 3) = {}",
        compositions(&n, &big(3)).unwrap()
    ));
    let text = lines.join("\n");
    common::snapshots().bind(|| insta::assert_snapshot!("partitions-reference-10e20", text));
}

/// Newton's differences at N = 2014, K = 6 as the catalogue prints them (L = 60, r = 34, J = 33).
#[test]
fn newton_differences_at_2014_k6() {
    let values = quasi::class_values(6, 60, 34, 6);
    let deltas = quasi::forward_differences(&values);
    let expected: Vec<BigInt> = [1945i64, 141302, 1105750, 2847400, 2961000, 1080000]
        .map(BigInt::from)
        .to_vec();
    assert_eq!(deltas, expected);
    assert_eq!(
        quasi::newton_eval(&deltas, &BigInt::from(33)),
        BigInt::from(393610915311u64)
    );
}

/// Newton's form to monomials against a polynomial written down by hand: f(J) = 2J³ − J² + 3J + 1
/// has f(0..4) = 1, 5, 19, 55, 125, Newton differences 1, 4, 10, 12, 0, and its monomial
/// coefficients come back exactly — every one, not only the leading one the claims read.
#[test]
fn newton_to_monomial_recovers_a_cubic() {
    let f = |j: i64| 2 * j * j * j - j * j + 3 * j + 1;
    let values: Vec<BigInt> = (0..5).map(|j| BigInt::from(f(j))).collect();
    let deltas = quasi::forward_differences(&values);
    assert_eq!(deltas, [1, 4, 10, 12, 0].map(BigInt::from).to_vec());
    let monomial = quasi::newton_to_monomial(&deltas);
    let expected: Vec<BigRational> = [1, 3, -1, 2, 0]
        .iter()
        .map(|&c| BigRational::from_integer(BigInt::from(c)))
        .collect();
    assert_eq!(monomial, expected);
}

/// α⁺ at k = 0 and n = 0: [n = k = 0] (the empty composition of 0 only).
#[test]
fn positive_compositions_at_zero() {
    let count = |n: u64, k: u64| compositions_positive(&big(n), &big(k)).unwrap();
    assert_eq!(
        [
            count(0, 0),
            count(5, 0),
            count(0, 3),
            count(3, 3),
            count(4, 2)
        ],
        [1u32, 0, 0, 1, 3].map(BigUint::from)
    );
}

/// The dynamic programme's work limit, N·K ≤ MAX_DP_WORK for 12 < K < N/2, refuses N·K just
/// above it at once (the route is never started).
#[test]
fn dp_work_limit_refuses_above() {
    use claimcheck::articles::partitions::{MAX_DP_WORK, MAX_TABLE_N};
    let n = MAX_TABLE_N;
    let k = MAX_DP_WORK / n + 1; // 501: N·K = 50 100 000
    assert!(12 < k && 2 * k < n);
    let err = partitions_at_most(&big(n), &big(k)).unwrap_err();
    assert!(err.to_string().contains("N·K"), "{err}");
}

/// For K ≥ N/2 no dynamic programme runs, so no work limit applies: β(N, K) for N = 20 000 and
/// K = N/2 (N·K = 2·10⁸, four times the limit) is there, and the partitions with exactly K + 1
/// parts number p(N − K − 1) (remove one from each part: N − K − 1 ≤ K + 1, no bound left).
#[test]
fn at_least_half_n_parts_needs_no_dp_work() {
    use claimcheck::articles::partitions::MAX_DP_WORK;
    let (n, k) = (20_000u64, 10_000u64);
    assert!(n * k > MAX_DP_WORK);
    let exactly = beta(n, k + 1) - beta(n, k);
    assert_eq!(exactly, partition_count(n - k - 1).unwrap());
}

/// On 2014's class mod 60, β(n,5) and β(n,6) are the catalogue's polynomials in n.
#[test]
fn class_polynomials_in_n_on_the_class_of_2014() {
    use num_rational::BigRational;
    let q = |a: i64, b: i64| BigRational::new(a.into(), b.into());
    let poly5 = [q(203, 360), q(11, 24), q(31, 288), q(1, 96), q(1, 2880)];
    let poly6 = [
        q(16391, 32400),
        q(481, 1080),
        q(31, 288),
        q(77, 6480),
        q(7, 11520),
        q(1, 86400),
    ];
    for n in (34..5000u64).step_by(60) {
        let x = BigRational::from_integer(n.into());
        let eval = |p: &[BigRational]| {
            p.iter()
                .rev()
                .fold(BigRational::zero(), |acc, c| acc * &x + c)
        };
        assert_eq!(
            eval(&poly5),
            BigRational::from_integer(signed(&beta(n, 5))),
            "k = 5, n = {n}"
        );
        assert_eq!(
            eval(&poly6),
            BigRational::from_integer(signed(&beta(n, 6))),
            "k = 6, n = {n}"
        );
    }
}

#[test]
fn partition_numbers_match_known_values_and_residues() {
    let p = partition_numbers(10_000);
    assert_eq!(p[100].to_string(), "190569292");
    assert_eq!(p[1000].to_string(), "24061467864032622473692149727991");
    assert_eq!(
        p[2014].to_string(),
        "6999528464952353007567067145415164276505069670"
    );
    assert_eq!(
        p[10_000].to_string(),
        "36167251325636293988820471890953695495016030339315650422081868605887952568754066420592310556052906916435144"
    );
    // Ramanujan's congruences on every n ≤ 10⁴.
    for (n, v) in p.iter().enumerate() {
        for (m, r) in [(5, 4), (7, 5), (11, 6)] {
            if n % m == r {
                assert!((v % big(m as u64)).is_zero(), "p({n}) ≡ 0 mod {m}");
            }
        }
    }
}

/// p(n) mod 10⁹ by the pentagonal recurrence in u64 modular arithmetic: an independent route to
/// the catalogue's residues near 10⁵, and a check of the exact value at the limit.
#[test]
fn partition_residues_near_10_pow_5() {
    const M: u64 = 1_000_000_000;
    let n_max = 100_019usize;
    let mut p = vec![0u64; n_max + 1];
    p[0] = 1;
    for n in 1..=n_max {
        let mut acc = 0u64;
        for j in 1.. {
            let g1 = j * (3 * j - 1) / 2;
            if g1 > n {
                break;
            }
            let g2 = j * (3 * j + 1) / 2;
            let mut t = p[n - g1];
            if g2 <= n {
                t = (t + p[n - g2]) % M;
            }
            acc = if j % 2 == 1 {
                (acc + t) % M
            } else {
                (acc + M - t) % M
            };
        }
        p[n] = acc;
    }
    assert_eq!(p[100_000], 421_098_519);
    assert_eq!(p[100_019], 221_646_940);
    // the Rademacher route (all n ≥ PENTAGONAL_CROSSOVER go through it) against this table at
    // seeded random n
    let mut r = rng(0x5eed);
    for _ in 0..100 {
        let n = r.random_range(PENTAGONAL_CROSSOVER..n_max as u64);
        let exact = partition_count(n).unwrap();
        assert_eq!((exact % big(M)).to_u64(), Some(p[n as usize]), "n = {n}");
    }
    assert!(partition_count(MAX_PARTITION_N + 1).is_err());
}

/// Known residues far beyond the tables (FLINT's test values), by the proven Rademacher series.
#[test]
fn rademacher_residues_near_10_pow_6_to_10_pow_8() {
    for (n, residue) in [
        (1_000_000u64, 104_673_818u64),
        (1_000_019, 995_311_980),
        (10_000_000, 677_288_980),
        (100_000_000, 836_637_702),
    ] {
        assert_eq!(
            (partition_count(n).unwrap() % big(1_000_000_000)).to_u64(),
            Some(residue),
            "n = {n}"
        );
    }
}

/// The series on two and three threads (e^(x₁) split by the bit-burst method, the terms shared
/// out) gives the same proven values: p(10⁸)'s known residue, and the full p(n) of one thread
/// at n whose first term is past the bit-burst threshold; the enclosure itself is the same ball
/// (one order of the terms, one order of e^(x₁)'s factors).
#[test]
fn rademacher_on_several_threads_agrees() {
    use claimcheck::articles::partitions::partition_count_on;
    use claimcheck::articles::partitions::rademacher::hrr_enclosure;
    let one = hrr_enclosure(31_000_000, true, 0, 1).unwrap();
    for threads in [2, 3] {
        let many = hrr_enclosure(31_000_000, true, 0, threads).unwrap();
        assert_eq!(
            (many.mid(), many.rad()),
            (one.mid(), one.rad()),
            "{threads} threads"
        );
    }
    for threads in [2, 3] {
        assert_eq!(
            (partition_count_on(100_000_000, threads).unwrap() % big(1_000_000_000)).to_u64(),
            Some(836_637_702)
        );
    }
    for n in [31_000_000u64, 47_123_457] {
        assert_eq!(
            partition_count_on(n, 2).unwrap(),
            partition_count(n).unwrap(),
            "n = {n}"
        );
    }
}

/// The Rademacher series equals the pentagonal recurrence for every n ≤ 5000 (FLINT's test).
#[test]
fn rademacher_equals_pentagonal() {
    use claimcheck::articles::partitions::rademacher::partition_hrr;
    let p = partition_numbers(5000);
    for n in 0..=5000u64 {
        assert_eq!(partition_hrr(n, 1).unwrap(), p[n as usize], "n = {n}");
    }
}

/// The Rademacher series equals the full pentagonal values (GMP) at seeded random N ≤ 3·10⁴
/// (the table to 10⁵ takes 6 s; `partition_residues_near_10_pow_5` covers N ≤ 10⁵ mod 10⁹).
#[test]
fn rademacher_equals_full_pentagonal_values_at_random_n() {
    use claimcheck::articles::partitions::rademacher::partition_hrr;
    let table = partition_numbers_rug(30_000);
    let mut r = rng(0x0dd_ba11);
    for _ in 0..20 {
        let n = r.random_range(PENTAGONAL_CROSSOVER..30_000);
        assert_eq!(
            partition_hrr(n, 1).unwrap(),
            from_rug_natural(&table[n as usize]),
            "n = {n}"
        );
    }
}

/// The enclosure with the double-precision tail and the all-MPFR enclosure both contain p(n)
/// (the pentagonal value), with radii below ¼ beside Rademacher's bound.
#[test]
fn double_tail_and_mpfr_enclosures_contain_p() {
    use claimcheck::articles::partitions::rademacher::{
        hrr_enclosure, remainder_bound, terms_needed,
    };
    let p = partition_numbers(20_000);
    for n in [2u64, 3, 100, 999, 4000, 12_345, 20_000] {
        let exact = rug::Rational::from(claimcheck::exact::integer::to_rug_integer(&signed(
            &p[n as usize],
        )));
        let bound = claimcheck::exact::integer::to_rug_rational(
            &remainder_bound(n, terms_needed(n).unwrap()).unwrap(),
        );
        for doubles in [true, false] {
            let ball = hrr_enclosure(n, doubles, 0, 1).unwrap();
            assert!(
                ball.contains_rational(&exact),
                "n = {n}, doubles = {doubles}"
            );
            let rounding = ball.rad().to_rational().unwrap() - &bound;
            assert!(
                rounding < rug::Rational::from((1, 4)),
                "n = {n}: rounding radius {rounding}"
            );
        }
    }
}

/// The term precisions deliver what their guard bits promise: beyond Rademacher's bound, the
/// enclosure's radius is below 2⁻²² with and without the double-precision tail (observed: at
/// most 5.1·10⁻⁸ ≈ 2^(−24.2), at n = 10⁶), so a precision that loses three bits shows here
/// before it costs a retry.
#[test]
fn term_precisions_keep_the_rounding_far_below_a_half() {
    use claimcheck::articles::partitions::rademacher::{
        hrr_enclosure, remainder_bound, terms_needed,
    };
    let limit = rug::Rational::from((1, 1 << 22));
    for n in [2u64, 999, 20_000, 1_000_000, 100_000_000] {
        let bound = claimcheck::exact::integer::to_rug_rational(
            &remainder_bound(n, terms_needed(n).unwrap()).unwrap(),
        );
        for doubles in [true, false] {
            let ball = hrr_enclosure(n, doubles, 0, 1).unwrap();
            let rounding = ball.rad().to_rational().unwrap() - &bound;
            assert!(
                rounding < limit,
                "n = {n}, doubles = {doubles}: rounding radius {}",
                rounding.to_f64()
            );
        }
    }
}

/// Rademacher's remainder bound against the formula in f64 with FLINT's constants
/// (44π²/(225√3) = 1.11431833485…, π√2/75 = 0.05923843917…, π√(2/3) = 2.56509966032…), and
/// the number of terms is the least one whose bound is below ¼.
#[test]
fn remainder_bound_and_terms_needed() {
    use claimcheck::articles::partitions::rademacher::{remainder_bound, terms_needed};
    let (a, b, c) = (
        1.114_318_334_851_637_7_f64,
        0.059_238_439_175_444_883_f64,
        2.565_099_660_323_728_f64,
    );
    let quarter = BigRational::new(BigInt::from(1), BigInt::from(4));
    for n in [2u64, 3, 100, 1000, 1_000_000, 10_000_000_000] {
        let terms = terms_needed(n).unwrap();
        assert!(remainder_bound(n, terms).unwrap() < quarter, "n = {n}");
        assert!(
            terms == 1 || remainder_bound(n, terms - 1).unwrap() >= quarter,
            "n = {n}: {terms} terms is not the least"
        );
        for t in [terms, terms + 7, 2 * terms] {
            let (nf, tf) = (n as f64, t as f64);
            let f64_bound =
                a / tf.sqrt() + b * (tf / (nf - 1.0)).sqrt() * (c * nf.sqrt() / tf).sinh();
            let ours = remainder_bound(n, t).unwrap().to_f64().unwrap();
            assert!(
                ((ours - f64_bound) / f64_bound).abs() < 1e-12,
                "n = {n}, {t} terms: {ours} against {f64_bound}"
            );
        }
    }
}

/// The double-precision term's error bound is the one its doc comment derives, evaluated
/// here in exact rationals from the same f64 values: ρ_E = 64u + 1.01·δ, ρ_A = ρ_E + 3u,
/// ρ_B = 1.04(ρ_E + 2u) + 2u + 1.01·δ/x, ΔF = 1.001·A(ρ_A + ρ_B + u) and
/// ΔT = 1.001·(|S|ΔF + |F|ΔS + ΔS·ΔF + u|SF|).
#[test]
fn double_tail_term_bound_is_the_derived_one() {
    use claimcheck::articles::partitions::exp_sum::{
        CosineSum, FactorSieve, selberg_indices_by_roots,
    };
    use claimcheck::articles::partitions::rademacher::DoubleTail;
    use claimcheck::exact::double::{EXP_REL_ERROR, UNIT, exp};
    let r = |v: f64| rug::Rational::from_f64(v).unwrap();
    let sieve = FactorSieve::new(200);
    let mut checked = 0;
    for (n, k, x, delta) in [
        (1000u64, 7u64, 12.5, 1e-14),
        (123_456, 101, 299.75, 3e-13),
        (5, 3, 2.5, 0.0),
        (77, 12, 650.0, 1e-12),
        (1_000_003, 40, 30.0, 1e-13),
    ] {
        let cosines = CosineSum::selberg(k, &selberg_indices_by_roots(n, k, &sieve));
        if cosines.is_zero() {
            continue;
        }
        let (term, bound) = DoubleTail::term(&cosines, x, delta).unwrap();
        let (s, s_error) = cosines.double().unwrap();
        let e = exp(x).unwrap();
        let (a, b) = ((e + 1.0 / e) / 2.0, (e - 1.0 / e) / (2.0 * x));
        let f = a - b;
        assert_eq!(term, s * f);
        let u = r(UNIT);
        let rho_e = r(EXP_REL_ERROR) + r(1.01) * r(delta);
        let rho_a = rho_e.clone() + r(3.0) * &u;
        let rho_b = r(1.04) * (rho_e + r(2.0) * &u) + r(2.0) * &u + r(1.01) * r(delta) / r(x);
        let f_error = r(1.001) * r(a) * (rho_a + rho_b + &u);
        let expected = r(1.001)
            * (r(s.abs()) * &f_error
                + r(f.abs()) * r(s_error)
                + r(s_error) * &f_error
                + u * r((s * f).abs()));
        let relative = ((r(bound) - &expected) / &expected).abs();
        assert!(
            relative < r(1e-12),
            "n = {n}, k = {k}: {bound} against {}",
            expected.to_f64()
        );
        checked += 1;
    }
    assert!(checked >= 3, "{checked} non-zero cosine sums");
}

/// The double tail's argument x̃_k = fl(x̃₁/k) is within its bound of every point of x₁/k for
/// the 256-bit ball x₁ of n = 10⁶ (exact rationals), k = 1 … 2000.
#[test]
fn double_argument_bound_covers_x1_over_k() {
    use claimcheck::articles::partitions::rademacher::double_argument;
    use claimcheck::exact::ball::Ball;
    let prec = 256;
    let x1 = Ball::pi(prec)
        .mul(&Ball::from_i64(prec, 24_000_000 - 1).sqrt().unwrap())
        .unwrap()
        .div_u64(6)
        .unwrap();
    let radius = x1.rad().to_f64_round(rug::float::Round::Up);
    let (lo, hi) = (x1.lo_rational().unwrap(), x1.hi_rational().unwrap());
    for k in 1..=2000u64 {
        let (x, error) = double_argument(x1.mid().to_f64(), radius, k);
        let x = rug::Rational::from_f64(x).unwrap();
        let error = rug::Rational::from_f64(error).unwrap();
        let kq = rug::Rational::from(k);
        for end in [&lo, &hi] {
            let distance = (x.clone() - end.clone() / &kq).abs();
            assert!(distance <= error, "k = {k}");
        }
    }
}

/// The work queue of the series holds the setup once, every factor of e^(x₁) once and every
/// term k = 1 … N once, the terms that need e^(x₁) (k ≤ 34) after all the others.
#[test]
fn the_work_queue_holds_every_item_once() {
    use claimcheck::articles::partitions::rademacher::{Item, work_item};
    for (factors, terms) in [
        (0usize, 1u64),
        (0, 34),
        (3, 35),
        (14, 30_320),
        (1, 2),
        (19, 100),
    ] {
        let items: Vec<Item> = (0..1 + factors + terms as usize)
            .map(|i| work_item(i, factors, terms))
            .collect();
        assert_eq!(items[0], Item::Setup);
        let f: Vec<usize> = items
            .iter()
            .filter_map(|i| match i {
                Item::Factor(f) => Some(*f),
                _ => None,
            })
            .collect();
        assert_eq!(f, (0..factors).collect::<Vec<_>>());
        let mut k: Vec<u64> = items
            .iter()
            .filter_map(|i| match i {
                Item::Term(k) => Some(*k),
                _ => None,
            })
            .collect();
        let first_early = k.iter().position(|&k| k <= 34).unwrap();
        assert!(
            k[first_early..].iter().all(|&k| k <= 34),
            "{factors}, {terms}"
        );
        assert!(
            items[1..=factors]
                .iter()
                .all(|i| matches!(i, Item::Factor(_)))
        );
        k.sort_unstable();
        assert_eq!(k, (1..=terms).collect::<Vec<_>>(), "{factors}, {terms}");
    }
}

/// The double-precision tail against the same terms as 256-bit balls: its proven error bound
/// covers the difference and is itself small (below 2⁻³⁸ of the terms' total size).
#[test]
fn double_tail_bound_covers_the_mpfr_terms() {
    use claimcheck::articles::partitions::exp_sum::{
        CosineSum, FactorSieve, selberg_indices_by_roots,
    };
    use claimcheck::articles::partitions::rademacher::{DoubleTail, term_ball};
    use claimcheck::exact::ball::Ball;
    use claimcheck::exact::double::UNIT;
    for n in [100_003u64, 1_000_019] {
        let (prec, k_max) = (256, 600);
        let sieve = FactorSieve::new(k_max);
        let x1 = Ball::pi(prec)
            .mul(&Ball::from_i64(prec, 24 * n as i64 - 1).sqrt().unwrap())
            .unwrap()
            .div_u64(6)
            .unwrap();
        let (mut tail, mut exact, mut size) = (DoubleTail::default(), Ball::from_i64(prec, 0), 0.0);
        for k in 1..=k_max {
            let cosines = CosineSum::selberg(k, &selberg_indices_by_roots(n, k, &sieve));
            let x = x1.mid().to_f64() / k as f64;
            if cosines.is_zero() || !(2.5..700.0).contains(&x) {
                continue;
            }
            tail.add(&cosines, x, 3.0 * UNIT * x).unwrap();
            let e = x1.div_u64(k).unwrap().exp().unwrap();
            let cheap = claimcheck::articles::partitions::exp_sum::CheapCosines::new(prec).unwrap();
            let s = cosines.ball_with(prec, &cheap).unwrap();
            let term = term_ball(&x1.recip().unwrap(), &e, k, &s, prec).unwrap();
            size += term.mid().to_f64().abs();
            exact = exact.add(&term).unwrap();
        }
        let gap =
            (rug::Rational::from_f64(tail.sum).unwrap() - exact.mid().to_rational().unwrap()).abs();
        let allowed =
            rug::Rational::from_f64(tail.error).unwrap() + exact.rad().to_rational().unwrap();
        assert!(
            gap <= allowed,
            "n = {n}: gap {gap} beyond the bound {allowed}"
        );
        assert!(
            tail.error > 0.0 && tail.error < size * 2f64.powi(-38),
            "n = {n}: bound {} for size {size}",
            tail.error
        );
    }
}

/// Selberg's S_k(n)·√(k/3), from either index route, equals A_k(n) from the Dedekind-sum
/// definition.
#[test]
fn selberg_sums_equal_the_dedekind_definition() {
    use claimcheck::articles::partitions::exp_sum::{
        CosineSum, FactorSieve, a_k_by_dedekind, selberg_indices, selberg_indices_by_roots,
    };
    use claimcheck::exact::ball::Ball;
    use claimcheck::exact::integer::from_rug_rational;
    let sieve = FactorSieve::new(40);
    for k in 1..=40u64 {
        for n in (0..=45u64).chain([1_000_000_007, 10_000_000_000]) {
            let indices = selberg_indices(n, k);
            assert_eq!(
                indices,
                selberg_indices_by_roots(n, k, &sieve),
                "n = {n}, k = {k}"
            );
            let a = CosineSum::selberg(k, &indices)
                .ball(128)
                .unwrap()
                .mul(
                    &Ball::from_rational(128, &rug::Rational::from((k, 3)))
                        .sqrt()
                        .unwrap(),
                )
                .unwrap();
            let b = a_k_by_dedekind(n, k, 128);
            let (lo, hi) = (
                from_rug_rational(&a.lo_rational().unwrap()),
                from_rug_rational(&a.hi_rational().unwrap()),
            );
            assert!(lo <= b.hi_rational() && b.lo_rational() <= hi, "A_{k}({n})");
            assert!(
                &hi - &lo < BigRational::new(BigInt::one(), BigInt::from(1u64 << 60)),
                "A_{k}({n}) is loose"
            );
        }
    }
}

/// The reduced cosine sum equals Selberg's raw sum Σ (−1)^l cos(π(6l+1)/(6k)) in 128-bit balls,
/// one term per index with its angle in [0, ½] in lowest terms, and its f64 value lies within
/// its own error bound of it.
#[test]
fn cosine_sum_equals_the_raw_selberg_sum() {
    use claimcheck::articles::partitions::exp_sum::{
        CosineSum, FactorSieve, selberg_indices_by_roots,
    };
    use claimcheck::exact::ball::Ball;
    let sieve = FactorSieve::new(3000);
    let mut reflected = 0;
    for n in [1_000_000_007u64, 10_000_000_000] {
        for k in 1..=3000u64 {
            let indices = selberg_indices_by_roots(n, k, &sieve);
            let sum = CosineSum::selberg(k, &indices);
            let mut raw = Ball::from_i64(128, 0);
            for &l in &indices {
                let c = Ball::pi(128)
                    .mul_integer(&rug::Integer::from(6 * l + 1))
                    .and_then(|b| b.div_u64(6 * k))
                    .and_then(|b| b.cos())
                    .unwrap();
                raw = if l % 2 == 0 { raw.add(&c) } else { raw.sub(&c) }.unwrap();
            }
            let paired = sum.ball(128).unwrap();
            let gap = paired.sub(&raw).unwrap();
            assert!(
                gap.contains_rational(&rug::Rational::new()),
                "n = {n}, k = {k}: {sum:?}"
            );
            assert!(
                gap.rad().get_exp().is_none_or(|e| e < -100),
                "n = {n}, k = {k}: loose"
            );
            let (value, error) = sum.double().unwrap();
            assert!(f64_within(value, error, &raw), "n = {n}, k = {k}: f64");
            assert_eq!(sum.len(), indices.len(), "n = {n}, k = {k}");
            for &(w, a, b) in &sum.cosines {
                assert!(
                    w.abs() == 1 && 2 * a <= b && num_integer::gcd(a, b) == 1,
                    "n = {n}, k = {k}: {sum:?}"
                );
                reflected += usize::from(w == -1);
            }
        }
    }
    assert!(reflected > 1000, "{reflected} reflected angles");
}

/// The square-root route to Selberg's indices equals the scan for every k ≤ 1500 at n whose
/// 1 − 24n is divisible by 5², 7², 11², 13 (so that p | D meets p^e ∥ k), and at n = 10¹².
#[test]
fn selberg_roots_equal_scan_where_primes_divide_the_discriminant() {
    use claimcheck::articles::partitions::exp_sum::{
        FactorSieve, selberg_indices, selberg_indices_by_roots,
    };
    // a sieve shorter than k falls back to trial division
    let short = FactorSieve::new(10);
    for k in 0..=300 {
        assert_eq!(
            selberg_indices(123_456_789, k),
            selberg_indices_by_roots(123_456_789, k, &short)
        );
    }
    let sieve = FactorSieve::new(1500);
    let modulus = 25 * 49 * 121 * 13u64;
    let n = (1..modulus).find(|n| (24 * n - 1) % modulus == 0).unwrap();
    for n in [n, n + modulus, 1_000_000_000_000] {
        for k in 1..=1500 {
            assert_eq!(
                selberg_indices(n, k),
                selberg_indices_by_roots(n, k, &sieve),
                "n = {n}, k = {k}"
            );
        }
    }
}

/// FLINT's test: p(n) from the pentagonal recurrence equals the coefficients of the inverse of
/// Euler's function ∏(1 − x^r), computed as a power series.
#[test]
fn pentagonal_recurrence_equals_inverse_of_euler_function() {
    const LEN: usize = 1200;
    let mut euler = vec![BigInt::zero(); LEN];
    euler[0] = BigInt::one();
    for r in 1..LEN {
        // multiply by (1 − x^r)
        for n in (r..LEN).rev() {
            let t = euler[n - r].clone();
            euler[n] -= t;
        }
    }
    let inverse = Series::new(euler).inverse().expect("constant term 1");
    let p: Vec<BigInt> = partition_numbers(LEN - 1).iter().map(signed).collect();
    assert_eq!(inverse.coeffs(), &p[..]);
}

#[test]
fn num_bigint_and_gmp_pentagonal_agree() {
    let a = partition_numbers(5000);
    let b = partition_numbers_rug(5000);
    assert!(a.iter().zip(&b).all(|(x, y)| *x == from_rug_natural(y)));
}

/// The first n ≤ `limit` where `formula` differs from `truth`, if any.
fn first_difference(
    limit: u64,
    formula: impl Fn(u64) -> BigUint,
    truth: impl Fn(u64) -> BigUint,
) -> Option<u64> {
    (0..=limit).find(|&n| formula(n) != truth(n))
}

/// Each plausible wrong formula is evaluated over n and shown to disagree with the truth, at the
/// catalogue's first counterexample; the right one agrees on the same range.
#[test]
fn negative_tests_for_plausible_wrong_formulas() {
    // PART-05: C(n−1,k−1) and C(n+k−1,k) are not α(n,k); C(n+k−1,k−1) is.
    for k in 1..=4u32 {
        let brute = |n: u64| big(count_tuples(n as u32, k, 0));
        let k64 = k as u64;
        let right = first_difference(10, |n| binomial(&big(n + k64 - 1), k64 - 1), brute);
        assert_eq!(right, None, "k = {k}");
        if k >= 2 {
            let minus = first_difference(
                10,
                |n| {
                    if n >= 1 {
                        binomial(&big(n - 1), k64 - 1)
                    } else {
                        BigUint::zero()
                    }
                },
                brute,
            );
            assert_eq!(minus, Some(0), "C(n−1,k−1), k = {k}");
            let wrong_k = first_difference(10, |n| binomial(&big(n + k64 - 1), k64), brute);
            assert!(wrong_k.is_some(), "C(n+k−1,k), k = {k}");
        }
    }
    // PART-10: ⌊(n+3)²/12⌋ fails first at n = 0, ⌈(n+3)²/12⌉ at n = 1, round(n²/12) at n = 0,
    // while round((n+3)²/12) and ⌊((n+3)²+6)/12⌋ agree with the DP.
    let t = at_most_table(5000, 3);
    let truth = |n: u64| t[n as usize].clone();
    let sq = |n: u64| (n + 3) * (n + 3);
    assert_eq!(first_difference(5000, |n| big(sq(n) / 12), truth), Some(0));
    assert_eq!(
        first_difference(5000, |n| big(sq(n).div_ceil(12)), truth),
        Some(1)
    );
    assert_eq!(
        first_difference(5000, |n| big((n * n + 6) / 12), truth),
        Some(0)
    );
    assert_eq!(
        first_difference(5000, |n| big((sq(n) + 6) / 12), truth),
        None
    );
    // PART-12: period k is wrong for k = 3: β(3i, 3) has second differences 2, 1, 2, 1, …
    let class0: Vec<i64> = (0..8).map(|i| t[3 * i].to_i64().unwrap()).collect();
    assert_eq!(class0, vec![1, 3, 7, 12, 19, 27, 37, 48]);
    let second: Vec<i64> = class0.windows(3).map(|w| w[2] - 2 * w[1] + w[0]).collect();
    assert_eq!(second, vec![2, 1, 2, 1, 2, 1]);
    // Rounding the pole-at-1 part of β(n,4), (n+5)(2n²+20n+35)/288, first fails at n = 11.
    let first_failure = (0..100i64).find(|&n| {
        let num = (n + 5) * (2 * n * n + 20 * n + 35);
        let rounded = (2 * num + 288) / 576; // round(num/288), num > 0
        BigInt::from(rounded) != signed(&at_most_4(&big(n as u64)))
    });
    assert_eq!(first_failure, Some(11));
    // PART-03 without 1/(k−1)!: D^(k−1)(1−x)^{−1} differs from (1−x)^{−k} for every k ≥ 3, at
    // the constant term (k−1)! ≠ 1.
    for k in 3..=8u32 {
        let mut d = Series::<BigInt>::geometric(12, 1);
        for _ in 1..k {
            d = d.derivative();
        }
        let power = Series::<BigInt>::geometric(12, 1).pow(k);
        assert_ne!(d.coeffs()[0], power.coeffs()[0], "k = {k}");
    }
}

#[test]
fn minimal_periods_fail_for_every_proper_divisor() {
    for k in 1..=6u64 {
        let l = lcm_upto(k);
        let t = at_most_table((2 * k * l + k) as usize, k as usize);
        assert!(is_period(&t, k, l));
        for d in (1..l).filter(|d| l % d == 0) {
            assert!(!is_period(&t, k, d), "k = {k}: {d} is not a period");
        }
    }
}

fn is_period(t: &[BigUint], k: u64, d: u64) -> bool {
    // Independent of the library's Δ_d^k test: on each class mod d, fit a polynomial of degree
    // k−1 through the first k values and compare with the next k values.
    let span = k * lcm_upto(k);
    (0..d).all(|r| {
        let values: Vec<BigInt> = (0..2 * k)
            .map(|j| r + j * d)
            .take_while(|&n| n < span + k * d)
            .map(|n| signed(&t[n as usize]))
            .collect();
        let deltas = quasi::forward_differences(&values[..k as usize]);
        values
            .iter()
            .enumerate()
            .all(|(j, v)| quasi::newton_eval(&deltas, &BigInt::from(j)) == *v)
    })
}

#[test]
fn goldbach_count_of_2014_by_trial_division() {
    let is_prime = |n: u64| n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0);
    let pairs: Vec<u64> = (2..=1007)
        .filter(|&p| is_prime(p) && is_prime(2014 - p))
        .collect();
    assert_eq!(pairs.len(), 35);
    assert_eq!((pairs[0], *pairs.last().unwrap()), (3, 983));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// PART-02: the k-fold product of the geometric series, the inverse of (1−x)^k and the
    /// binomials agree.
    #[test]
    fn ordered_generating_function(k in 1u32..=8, len in 1usize..=60) {
        let product = Series::<BigInt>::geometric(len, 1).pow(k);
        let poly = Series::polynomial(len, &[BigInt::one(), -BigInt::one()]).pow(k);
        let inverse = poly.inverse().unwrap();
        let closed: Vec<BigInt> = (0..len as u64).map(|n| signed(&binomial(&big(n + k as u64 - 1), k as u64 - 1))).collect();
        prop_assert_eq!(product.coeffs(), &closed[..]);
        prop_assert_eq!(inverse.coeffs(), &closed[..]);
    }

    /// PART-04: the falling factorial divided by (k−1)! is GMP's binomial, for n < 10³⁰.
    #[test]
    fn falling_factorial_is_binomial(digits in proptest::collection::vec(any::<u32>(), 1..4), k in 1u64..=20) {
        let n = BigUint::new(digits) % "1000000000000000000000000000000".parse::<BigUint>().unwrap();
        let falling: BigUint = (1..k).map(|i| &n + i).product();
        let fact: BigUint = (1..k).product();
        prop_assert!((&falling % &fact).is_zero());
        prop_assert_eq!(falling / fact, binomial_rug(&(&n + k - 1u64), (k - 1) as u32));
    }

    /// PART-05: α(n,k) = α⁺(n+k,k) and Pascal's rule, for n ≤ 10⁶, k ≤ 30; num vs GMP binomial.
    #[test]
    fn compositions_relations(n in 1u64..=1_000_000, k in 2u64..=30) {
        let alpha = |n: u64, k: u64| compositions(&big(n), &big(k)).unwrap();
        prop_assert_eq!(alpha(n, k), compositions_positive(&big(n + k), &big(k)).unwrap());
        prop_assert_eq!(alpha(n, k), alpha(n, k - 1) + alpha(n - 1, k));
        prop_assert_eq!(alpha(n, k), binomial(&big(n + k - 1), k - 1));
    }

    /// PART-05 brute force for both readings.
    #[test]
    fn compositions_brute_force(n in 0u32..=10, k in 1u32..=4) {
        prop_assert_eq!(big(count_tuples(n, k, 0)), compositions(&big(n as u64), &big(k as u64)).unwrap());
        prop_assert_eq!(big(count_tuples(n, k, 1)), compositions_positive(&big(n as u64), &big(k as u64)).unwrap());
    }

    /// PART-07: the DP equals the product of series inverses of 1 − x^r; both equal brute force.
    #[test]
    fn unordered_generating_function(k in 1usize..=10, len in 1usize..=200) {
        let dp: Vec<BigInt> = at_most_table(len - 1, k).iter().map(signed).collect();
        let series = (1..=k).fold(Series::<BigInt>::one(len), |acc, r| {
            let mut poly = vec![BigInt::zero(); r + 1];
            poly[0] = BigInt::one();
            poly[r] = -BigInt::one();
            &acc * &Series::polynomial(len, &poly).inverse().unwrap()
        });
        prop_assert_eq!(series.coeffs(), &dp[..]);
    }

    #[test]
    fn sorted_tuples_brute_force(n in 0u32..=15, k in 1u32..=5) {
        prop_assert_eq!(big(count_sorted_tuples(n, k)), beta(n as u64, k as u64));
    }

    /// PART-10: floor form = trig form = table, for random u64 and n < 10⁴⁰.
    #[test]
    fn closed_form_k3_large(limbs in proptest::collection::vec(any::<u32>(), 1..5)) {
        use claimcheck::exact::integer::pow10;
        let n = BigUint::new(limbs) % pow10(40).to_biguint().unwrap();
        let floor = at_most_3(&n);
        // the mod-6 table of the catalogue: 3m² + (3+r)m + c_r
        let (m, r) = (&n / 6u32, (&n % 6u32).to_u64().unwrap());
        let c = [1u32, 1, 2, 3, 4, 5][r as usize];
        let table = 3u32 * &m * &m + (3 + r) * &m + c;
        prop_assert_eq!(&floor, &table);
        let trig = claimcheck::articles::partitions::at_most_3_trig(&n);
        prop_assert_eq!(num_rational::BigRational::from_integer(signed(&floor)), trig);
    }

    /// The quasi-polynomial route equals the DP for n ≤ 5·10⁴ and k = 5..12.
    #[test]
    fn quasi_polynomial_equals_dp(n in 0u64..=50_000, k in 5u64..=12) {
        prop_assert_eq!(beta(n, k), at_most_table(n as usize, k as usize).swap_remove(n as usize));
    }

    /// For large n, the quasi-polynomial for k = 5 equals Σ_j β(n − 5j, 4) over the A001400 form.
    #[test]
    fn quasi_polynomial_equals_largest_part_sum(n in 0u64..=1_000_000) {
        let by_sum = at_most_by_largest_part(n, 5, |m| at_most_4(&big(m)));
        prop_assert_eq!(beta(n, 5), by_sum);
    }

    /// The same for k = 6 over the k = 5 quasi-polynomial, on smaller n.
    #[test]
    fn quasi_polynomial_k6_equals_largest_part_sum(n in 0u64..=20_000) {
        let by_sum = at_most_by_largest_part(n, 6, |m| beta(m, 5));
        prop_assert_eq!(beta(n, 6), by_sum);
    }

    /// PART-15 (d): the A001400 floor forms for β(n,4) and p_4(n) against the DP.
    #[test]
    fn a001400_forms(n in 0u64..=20_000) {
        let t = at_most_table(n as usize, 4);
        prop_assert_eq!(signed(&t[n as usize]), a001400_floor(&BigInt::from(n + 4)));
        if n >= 4 {
            prop_assert_eq!(signed(&t[n as usize - 4]), a001400_floor(&BigInt::from(n)));
        }
    }

    /// Σ_K p_K(N) = p(N).
    #[test]
    fn exact_parts_sum_to_p(n in 0u64..=300) {
        let total: BigUint = (0..=n).map(|k| partitions_exact(&big(n), &big(k)).unwrap()).sum();
        prop_assert_eq!(total, partition_count(n).unwrap());
    }

    /// The large-K routes (K ≥ N/2 by p, otherwise the DP) against the DP.
    #[test]
    fn large_k_routes(n in 0u64..=2000, k in 13u64..=2100) {
        let expected = at_most_table(n as usize, k.min(n.max(1)) as usize).swap_remove(n as usize);
        prop_assert_eq!(beta(n, k), expected);
    }

    /// Ramanujan's congruences on random large arguments, through the Rademacher series.
    #[test]
    fn ramanujan_congruences_large(m in 2_000u64..60_000) {
        prop_assert!((partition_count(5 * m + 4).unwrap() % big(5)).is_zero());
        prop_assert!((partition_count(7 * m + 5).unwrap() % big(7)).is_zero());
        prop_assert!((partition_count(11 * m + 6).unwrap() % big(11)).is_zero());
    }

    /// Selberg's indices by square roots modulo 24k equal the scan, for any n and k ≤ 5000.
    #[test]
    fn selberg_roots_equal_scan(n in 0u64..1_000_000_000_000_000, k in 1u64..=5000) {
        use claimcheck::articles::partitions::exp_sum::{FactorSieve, selberg_indices, selberg_indices_by_roots};
        prop_assert_eq!(selberg_indices(n, k), selberg_indices_by_roots(n, k, &FactorSieve::new(k)));
    }

    /// The factored S_k(n) equals the Dedekind-sum definition for any n and k ≤ 60 (the
    /// route independent of Selberg's), and Selberg's sum for k ≤ 20 000 with the factor sieve
    /// too short for k (the factorisation by trial division).
    #[test]
    fn factored_equals_the_definition(n in 0u64..1_000_000_000_000_000, k in 1u64..=60, big_k in 1u64..=20_000) {
        use claimcheck::articles::partitions::exp_sum::{
            CheapCosines, CosineSum, ExpSum, FactorSieve, a_k_by_dedekind, selberg_indices_by_roots,
        };
        use claimcheck::articles::partitions::factored::factored;
        use claimcheck::exact::ball::Ball;
        use claimcheck::exact::integer::from_rug_rational;
        let cheap = CheapCosines::new(128).unwrap();
        let short = FactorSieve::new(10);
        let root = Ball::from_rational(128, &rug::Rational::from((k, 3))).sqrt().unwrap();
        let a = factored(n, k, &short).ball_with(128, &cheap).unwrap().mul(&root).unwrap();
        let b = a_k_by_dedekind(n, k, 128);
        let (lo, hi) = (from_rug_rational(&a.lo_rational().unwrap()), from_rug_rational(&a.hi_rational().unwrap()));
        prop_assert!(lo <= b.hi_rational() && b.lo_rational() <= hi, "A_{}({})", k, n);
        let product = factored(n, big_k, &short);
        let selberg = CosineSum::selberg(big_k, &selberg_indices_by_roots(n, big_k, &FactorSieve::new(big_k)));
        let gap = product.ball_with(128, &cheap).unwrap().sub(&selberg.ball_with(128, &cheap).unwrap()).unwrap();
        prop_assert!(gap.contains_rational(&rug::Rational::new()), "S_{}({})", big_k, n);
        prop_assert!(gap.rad().get_exp().is_none_or(|e| e < -90), "S_{}({}) loose", big_k, n);
    }

    /// PART-18: the product is the explicit convolution; commutative and associative.
    #[test]
    fn series_product_is_convolution(
        f in proptest::collection::vec(-999_999i64..1_000_000, 1..30),
        g in proptest::collection::vec(-999_999i64..1_000_000, 1..30),
        h in proptest::collection::vec(-999_999i64..1_000_000, 1..30),
    ) {
        let s = |v: &Vec<i64>| Series::new(v.iter().map(|&c| BigInt::from(c)).collect());
        let (f, g, h) = (s(&f), s(&g), s(&h));
        let fg = &f * &g;
        for n in 0..fg.len() {
            let c: BigInt = (0..=n).map(|i| &f.coeffs()[i] * &g.coeffs()[n - i]).sum();
            prop_assert_eq!(&fg.coeffs()[n], &c);
        }
        prop_assert_eq!(&fg, &(&g * &f));
        prop_assert_eq!(&(&fg * &h), &(&f * &(&g * &h)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Ramanujan's congruences far out (n up to 1.1·10⁸), a dozen cases per run.
    #[test]
    fn ramanujan_congruences_far(m in 1_000_000u64..10_000_000) {
        prop_assert!((partition_count(5 * m + 4).unwrap() % big(5)).is_zero());
        prop_assert!((partition_count(7 * m + 5).unwrap() % big(7)).is_zero());
        prop_assert!((partition_count(11 * m + 6).unwrap() % big(11)).is_zero());
    }
}

/// Whether the f64 `value` with its error bound `error` meets the ball.
fn f64_within(value: f64, error: f64, ball: &claimcheck::exact::ball::Ball) -> bool {
    let distance =
        (rug::Rational::from_f64(value).unwrap() - ball.mid().to_rational().unwrap()).abs();
    distance <= rug::Rational::from_f64(error).unwrap() + ball.rad().to_rational().unwrap()
}

/// The factored S_k(n) (Lehmer's multiplicativity, Whiteman's prime powers) equals Selberg's
/// sum for every k ≤ 3000 at n of every residue class mod small k and at large n: the same
/// zeros (the factored form also finds those where Selberg's cosines cancel), the same value in 128-bit balls, and the f64 product within its bound.
#[test]
fn factored_product_equals_the_selberg_sum() {
    use claimcheck::articles::partitions::exp_sum::{
        CheapCosines, CosineSum, ExpSum, FactorSieve, selberg_indices_by_roots,
    };
    use claimcheck::articles::partitions::factored::factored;
    let sieve = FactorSieve::new(3000);
    let cheap = CheapCosines::new(128).unwrap();
    let (mut zeros, mut cosines) = (0, 0);
    let ns = (0..50u64).chain([
        999_999_999,
        1_000_000_007,
        10_000_000_000,
        123_456_789_012_345,
    ]);
    for n in ns {
        let ks: Box<dyn Iterator<Item = u64>> = if n < 50 {
            Box::new(1..=400)
        } else {
            Box::new(1..=3000)
        };
        for k in ks {
            let selberg = CosineSum::selberg(k, &selberg_indices_by_roots(n, k, &sieve));
            let product = factored(n, k, &sieve);
            let b = selberg.ball_with(128, &cheap).unwrap();
            let (value, error) = selberg.double().unwrap();
            assert!(
                f64_within(value, error, &b),
                "n = {n}, k = {k}: Selberg's f64"
            );
            if ExpSum::is_zero(&selberg) {
                assert!(ExpSum::is_zero(&product), "n = {n}, k = {k}: {product:?}");
            }
            if product.factor == 0 {
                // Selberg's terms can cancel algebraically (A_25(24) = √3(1 − 2cos(π/5) + 2cos(2π/5)))
                assert!(
                    b.contains_rational(&rug::Rational::new()),
                    "n = {n}, k = {k}: {b:?}"
                );
                zeros += 1;
                continue;
            }
            let a = product.ball_with(128, &cheap).unwrap();
            let gap = a.sub(&b).unwrap();
            assert!(
                gap.contains_rational(&rug::Rational::new()),
                "n = {n}, k = {k}: {product:?} = {a:?}, Selberg {b:?}"
            );
            assert!(
                gap.rad().get_exp().is_none_or(|e| e < -100),
                "n = {n}, k = {k}: loose"
            );
            let (value, error) = product.double().unwrap();
            assert!(f64_within(value, error, &b), "n = {n}, k = {k}: f64");
            assert!(value.abs() <= product.weight(), "n = {n}, k = {k}: weight");
            cosines += product.angles.len();
        }
    }
    assert!(
        zeros > 1000 && cosines > 10_000,
        "{zeros} zeros, {cosines} cosines"
    );
}

/// A cosine sum written by hand, with weights other than ±1 and a closed-form angle, in a ball
/// and in f64 within its bound: 2cos(π/5) − cos(π/4) + 3cos(2π/7).
#[test]
fn cosine_sum_by_hand() {
    use claimcheck::articles::partitions::exp_sum::{CheapCosines, CosineSum, ExpSum};
    use claimcheck::exact::ball::Ball;
    let sum = CosineSum {
        cosines: vec![(2, 1, 5), (-1, 1, 4), (3, 2, 7)],
    };
    let cos = |a: i64, b: u64| {
        Ball::pi(200)
            .mul_integer(&rug::Integer::from(a))
            .and_then(|x| x.div_u64(b))
            .and_then(|x| x.cos())
            .unwrap()
    };
    let expected = cos(1, 5)
        .mul_integer(&rug::Integer::from(2))
        .and_then(|x| x.sub(&cos(1, 4)))
        .and_then(|x| x.add(&cos(2, 7).mul_integer(&rug::Integer::from(3)).unwrap()))
        .unwrap();
    let ball = ExpSum::ball_with(&sum, 200, &CheapCosines::new(200).unwrap()).unwrap();
    let gap = ball.sub(&expected).unwrap();
    assert!(gap.contains_rational(&rug::Rational::new()) && gap.rad().get_exp().unwrap() < -180);
    let (value, error) = ExpSum::double(&sum).unwrap();
    let distance =
        (rug::Rational::from_f64(value).unwrap() - expected.mid().to_rational().unwrap()).abs();
    assert!(distance <= rug::Rational::from_f64(error).unwrap());
    assert!(error < 1e-13);
    assert_eq!((sum.len(), ExpSum::weight(&sum)), (3, 6.0));
    assert!(!ExpSum::is_zero(&sum) && ExpSum::is_zero(&CosineSum::default()));
}

/// Lehmer's splitting on its own: for every k ≤ 1500 with two coprime parts k₁ (the smallest
/// prime's power) and k₂, split's residues are reduced and S_k(n)·√3 = sign·S_{k₁}(n₁)·S_{k₂}(n₂),
/// each S from Selberg's sum (the route that does not split).
#[test]
fn lehmer_split_multiplies() {
    use claimcheck::articles::partitions::exp_sum::{
        CosineSum, FactorSieve, selberg_indices_by_roots,
    };
    use claimcheck::articles::partitions::factored::split;
    use claimcheck::exact::ball::Ball;
    let sieve = FactorSieve::new(1500);
    let s = |n: u64, k: u64| {
        CosineSum::selberg(k, &selberg_indices_by_roots(n, k, &sieve))
            .ball(128)
            .unwrap()
    };
    let root3 = Ball::from_i64(128, 3).sqrt().unwrap();
    let mut checked = 0;
    for k in 2..=1500u64 {
        let factors = sieve.factor(k);
        if factors.len() < 2 {
            continue;
        }
        let (p, lambda) = factors[0];
        let k1 = p.pow(lambda);
        for n in [0u64, 1, 2, 3, 7, 1000, 999_999_999_999, 123_456_789_012_345] {
            let (n1, n2, negate) = split(n, p, k1, k / k1);
            assert!(n1 < k1 && n2 < k / k1, "k = {k}, n = {n}");
            let sign = if negate { -1 } else { 1 };
            let lhs = s(n, k).mul(&root3).unwrap();
            let rhs = s(n1, k1)
                .mul(&s(n2, k / k1))
                .unwrap()
                .mul_integer(&rug::Integer::from(sign))
                .unwrap();
            let gap = lhs.sub(&rhs).unwrap();
            assert!(
                gap.contains_rational(&rug::Rational::new()),
                "k = {k} = {k1}·{}, n = {n}",
                k / k1
            );
            assert!(
                gap.rad().get_exp().is_none_or(|e| e < -100),
                "k = {k}: loose"
            );
            checked += 1;
        }
    }
    assert!(checked > 5000, "{checked}");
}
