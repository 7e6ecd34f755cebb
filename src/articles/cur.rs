//! 利用CUR分解加速交互式相似度模型的检索 — CUR decomposition for cross-encoder retrieval
//! (kexue.fm/archives/9336), after Yadav et al., ANNCUR (EMNLP 2022).
//!
//! Rows are queries, columns items. C = S[:, U], R = S[V, :], W = S[V, U] (|V| × |U|), G = W⁺.
//! The main fact: C·W⁺·R = S iff rank W = rank S (iff rank C = rank R = rank S); otherwise the
//! approximation can be arbitrarily bad and is not monotone in the number of representatives.

use crate::exact::rational::{dec, increasing, q};
use std::cell::Cell;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};
use rand::Rng;

use crate::claim::{All, Article, Check, CheckResult, Claim, Expected, Kind, OrFail, Provenance};
use crate::exact::certify::{certified_text, certify};
use crate::exact::interval::Interval;
use crate::exact::matrix::Matrix;
use crate::exact::montecarlo::rng;
use crate::exact::polynomial::{RootError, isolate_roots};

/// C = S[:, U], W = S[V, U], R = S[V, :].
pub fn cur_parts(s: &Matrix, rows: &[usize], cols: &[usize]) -> (Matrix, Matrix, Matrix) {
    let all_rows: Vec<usize> = (0..s.rows()).collect();
    let all_cols: Vec<usize> = (0..s.cols()).collect();
    (
        s.select(&all_rows, cols),
        s.select(rows, cols),
        s.select(rows, &all_cols),
    )
}

/// C·W⁺·R.
pub fn cur_approximation(s: &Matrix, rows: &[usize], cols: &[usize]) -> Matrix {
    let (c, w, r) = cur_parts(s, rows, cols);
    &(&c * &w.pseudo_inverse()) * &r
}

/// The Frobenius-optimal core U* = C⁺·S·R⁺ and the approximation C·U*·R.
pub fn optimal_core_approximation(s: &Matrix, rows: &[usize], cols: &[usize]) -> (Matrix, Matrix) {
    let (c, _, r) = cur_parts(s, rows, cols);
    let core = &(&c.pseudo_inverse() * s) * &r.pseudo_inverse();
    let approx = &(&c * &core) * &r;
    (core, approx)
}

/// ‖S − X‖_F².
pub fn error(s: &Matrix, x: &Matrix) -> BigRational {
    (s - x).frobenius_squared()
}

/// The least ‖S − CW⁺R‖_F² over every choice of r rows and r columns (r ≥ 1), with the
/// choice that attains it (the first in lexicographic order on ties).
pub fn best_cur(s: &Matrix, r: usize) -> (BigRational, Vec<usize>, Vec<usize>) {
    let rows = subsets(s.rows(), r);
    let cols = subsets(s.cols(), r);
    let mut best: Option<(BigRational, Vec<usize>, Vec<usize>)> = None;
    for v in &rows {
        for u in &cols {
            let e = error(s, &cur_approximation(s, v, u));
            if best.as_ref().is_none_or(|b| e < b.0) {
                best = Some((e, v.clone(), u.clone()));
            }
        }
    }
    best.unwrap_or_else(|| (s.frobenius_squared(), Vec::new(), Vec::new()))
}

/// Every increasing r-subset of 0..n, in lexicographic order.
fn subsets(n: usize, r: usize) -> Vec<Vec<usize>> {
    if r == 0 {
        return vec![Vec::new()];
    }
    (r - 1..n)
        .flat_map(|last| {
            subsets(last, r - 1).into_iter().map(move |mut v| {
                v.push(last);
                v
            })
        })
        .collect()
}

/// The Eckart–Young optimum min_{rank X ≤ r} ‖S − X‖_F² = Σ_{i>r} σ_i² for r = 0 … n (n the
/// number of columns), each as an exact bracket (lo, hi]: the eigenvalues σ_i² of SᵀS are
/// isolated by Sturm sequences to width `width` each, and the smallest n − r brackets summed.
///
/// # Errors
/// [`RootError::Repeated`] when SᵀS has a repeated eigenvalue (a rank-deficient S with two or
/// more zero singular values, or a symmetric spectrum): isolate those cases by hand.
pub fn eckart_young_tails(
    s: &Matrix,
    width: &BigRational,
) -> Result<Vec<(BigRational, BigRational)>, RootError> {
    let gram = &s.transpose() * s;
    let chi = gram.characteristic_polynomial();
    // SᵀS ⪰ 0: its eigenvalues lie in [0, tr SᵀS], inside the (lo, hi] that Sturm counts on
    let lo = q(-1, 1);
    let hi = gram.trace();
    let eigen = isolate_roots(&chi, &lo, &hi, width)?;
    // ascending: the tail after the r largest is the first n − r
    let n = eigen.len();
    Ok((0..=n)
        .map(|r| {
            let tail = &eigen[..n - r];
            (
                tail.iter().map(|e| e.0.clone()).sum(),
                tail.iter().map(|e| e.1.clone()).sum(),
            )
        })
        .collect())
}

/// The Cauchy matrix S_ij = 1/(i + 2j + 2), i < m, j < n: full rank, with distinct and
/// rapidly decaying singular values — the report's example of CUR against Eckart–Young.
pub fn cauchy(m: usize, n: usize) -> Matrix {
    Matrix::from_fn(m, n, |i, j| q(1, (i + 2 * j + 2) as i64))
}

/// A cross-encoder stand-in that reads scores from a matrix and counts its calls.
pub struct CrossEncoder<'a> {
    scores: &'a Matrix,
    calls: Cell<u64>,
}

impl<'a> CrossEncoder<'a> {
    pub fn new(scores: &'a Matrix) -> Self {
        CrossEncoder {
            scores,
            calls: Cell::new(0),
        }
    }

    /// s(q, k), one model call.
    pub fn score(&self, query: usize, item: usize) -> BigRational {
        self.calls.set(self.calls.get() + 1);
        self.scores.get(query, item).clone()
    }

    pub fn calls(&self) -> u64 {
        self.calls.get()
    }
}

/// The ANNCUR index: the anchor items U and the cache M = W⁺H (|U| × |K|).
pub struct Index {
    pub anchor_items: Vec<usize>,
    pub cache: Matrix,
}

impl Index {
    /// Offline: score every anchor query against every item (H, |V||K| calls); W = H[:, U] needs
    /// no further calls; cache M = W⁺H.
    pub fn build(
        model: &CrossEncoder<'_>,
        anchor_queries: &[usize],
        anchor_items: &[usize],
        items: usize,
    ) -> Index {
        let h = Matrix::from_fn(anchor_queries.len(), items, |i, k| {
            model.score(anchor_queries[i], k)
        });
        let w = h.select(&(0..anchor_queries.len()).collect::<Vec<_>>(), anchor_items);
        Index {
            anchor_items: anchor_items.to_vec(),
            cache: &w.pseudo_inverse() * &h,
        }
    }

    /// Online: |U| calls give f_q; the scores against every item are f_q·M.
    pub fn query(&self, model: &CrossEncoder<'_>, query: usize) -> Vec<BigRational> {
        let f: Vec<BigRational> = self
            .anchor_items
            .iter()
            .map(|&u| model.score(query, u))
            .collect();
        (0..self.cache.cols())
            .map(|k| {
                f.iter()
                    .enumerate()
                    .map(|(i, x)| x * self.cache.get(i, k))
                    .sum()
            })
            .collect()
    }
}

/// The cost of one query after indexing: cross-encoder calls, multiplications, additions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueryCost {
    pub ce_calls: u128,
    pub mults: u128,
    pub adds: u128,
}

/// The largest |Q|, |U|, |V| or |K| that [`query_cost`] and [`storage`] take: below it each
/// product of two sizes is under 2¹²⁶, and the sum of three under 2¹²⁸, so the u128 counts are
/// exact.
pub const MAX_COUNT: u64 = i64::MAX as u64;

/// A query against |K| items with |U| anchors: |U| calls, |U||K| multiplications, (|U|−1)|K| additions.
pub fn query_cost(anchors: u128, items: u128) -> QueryCost {
    QueryCost {
        ce_calls: anchors,
        mults: anchors * items,
        adds: (anchors - 1) * items,
    }
}

/// Numbers stored for F, G, H: |Q||U| + |U||V| + |V||K|.
pub fn storage(queries: u128, anchors_u: u128, anchors_v: u128, items: u128) -> u128 {
    queries * anchors_u + anchors_u * anchors_v + anchors_v * items
}

/// A random integer matrix X·Y of rank ≤ ρ (entries of X, Y in [−3, 3]).
pub fn random_low_rank(g: &mut rand_chacha::ChaCha8Rng, m: usize, n: usize, rho: usize) -> Matrix {
    let x = Matrix::random_ints(g, m, rho, 3);
    let y = Matrix::random_ints(g, rho, n, 3);
    &x * &y
}

/// A random low-rank case: S = XY of size m × n (3 ≤ m, n ≤ `max_dim`, rank ≤ ρ ≤ 3) with random
/// anchor rows and columns.
pub fn random_case(
    g: &mut rand_chacha::ChaCha8Rng,
    max_dim: usize,
) -> (Matrix, Vec<usize>, Vec<usize>) {
    let (m, n, rho) = (
        g.random_range(3..=max_dim),
        g.random_range(3..=max_dim),
        g.random_range(1..=3),
    );
    let s = random_low_rank(g, m, n, rho);
    let (rows, cols) = (random_subset(g, m), random_subset(g, n));
    (s, rows, cols)
}

/// A random non-empty increasing subset of 0..n.
pub fn random_subset(g: &mut rand_chacha::ChaCha8Rng, n: usize) -> Vec<usize> {
    loop {
        let s: Vec<usize> = (0..n).filter(|_| g.random_bool(0.5)).collect();
        if !s.is_empty() {
            return s;
        }
    }
}

/// The worked example of the catalogue, rank 2.
pub fn example() -> Matrix {
    Matrix::from_ints(&[&[1, 2, 3], &[2, 4, 6], &[1, 1, 1]])
}

fn show(m: &Matrix) -> String {
    let rows: Vec<String> = (0..m.rows())
        .map(|i| {
            format!(
                "[{}]",
                (0..m.cols())
                    .map(|j| m.get(i, j).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!("[{}]", rows.join(", "))
}

const CUR_01: Claim = Claim {
    id: "CUR-01",
    statement: "(FGH)_qk = Σ_u Σ_v F_qu G_uv H_vk, so the entrywise and matrix forms of the decomposition agree.",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: cur_01,
};

fn cur_01(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC01);
    c.asserts(
        "(FGH)_qk = Σ_u Σ_v F_qu G_uv H_vk on 40 seeded shapes in [1,6]⁴",
        (0..40).all(|_| {
            let (a, b, cc, d) = (
                g.random_range(1..=6),
                g.random_range(1..=6),
                g.random_range(1..=6),
                g.random_range(1..=6),
            );
            let f = Matrix::random_ints(&mut g, a, b, 5);
            let gm = Matrix::random_ints(&mut g, b, cc, 5);
            let h = Matrix::random_ints(&mut g, cc, d, 5);
            let product = &(&f * &gm) * &h;
            (0..a).all(|i| {
                (0..d).all(|k| {
                    let sum: BigRational = (0..b)
                        .flat_map(|u| (0..cc).map(move |v| (u, v)))
                        .map(|(u, v)| f.get(i, u) * gm.get(u, v) * h.get(v, k))
                        .sum();
                    *product.get(i, k) == sum
                })
            })
        }),
    );
    Ok(())
}

const CUR_02: Claim = Claim {
    id: "CUR-02",
    statement: "Storing F, G, H costs |Q||U| + |U||V| + |V||K| numbers instead of |Q||K|; retrieval caches only GH (|U||K|).",
    provenance: Provenance::Derived,
    kind: Kind::Accounting,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: cur_02,
};

fn cur_02(c: &mut Check) -> CheckResult {
    // the storage formula against the sizes of the actual factors of a decomposition
    let mut g = rng(0xC02);
    c.asserts(
        "|Q||U| + |U||V| + |V||K| = the entries of C, W⁺ and R, and |U||K| = the entries of W⁺R, on 30 seeded cases",
        (0..30).all(|_| {
            let (s, rows, cols) = random_case(&mut g, 7);
            let (cm, w, r) = cur_parts(&s, &rows, &cols);
            let p = w.pseudo_inverse();
            let cached = &p * &r;
            let entries = |m: &Matrix| (m.rows() * m.cols()) as u128;
            All::of([
                storage(s.rows() as u128, cols.len() as u128, rows.len() as u128, s.cols() as u128)
                    == entries(&cm) + entries(&p) + entries(&r),
                entries(&cached) == (cols.len() * s.cols()) as u128,
            ])
            .holds()
        }),
    );
    // the two sides 9·storage and 7·|Q||K| at |U| = |V| = ⌊min(|Q|, |K|)/3⌋
    let sides = |qn: u128, kn: u128| {
        let m = qn.min(kn) / 3;
        (9 * storage(qn, m, m, kn), 7 * qn * kn)
    };
    c.asserts(
        "|U|, |V| ≤ ⌊min(|Q|,|K|)/3⌋ ⇒ 9·storage ≤ 7·|Q||K|, for 3 ≤ |Q|, |K| < 60",
        (3..60u128).all(|qn| {
            (3..60u128).all(|kn| {
                let (lhs, rhs) = sides(qn, kn);
                lhs <= rhs
            })
        }),
    );
    c.asserts(
        "… with equality at |Q| = |K| = 3m, |U| = |V| = m: storage 7m² of 9m², for m = 1 … 19",
        (1..20u128).all(|m| {
            let (lhs, rhs) = sides(3 * m, 3 * m);
            lhs == rhs
        }),
    );
    let (queries, items) = (1000u128, 100_000u128);
    for a in [50u128, 100, 200, 500] {
        let st = storage(queries, a, a, items);
        c.evidence(
            format!("c = {a}: F,G,H storage; ratio to |Q||K|; GH cache"),
            format!(
                "{st}; {}; {}",
                BigRational::new(BigInt::from(st), BigInt::from(queries * items)),
                a * items
            ),
        );
    }
    Ok(())
}

const CUR_03: Claim = Claim {
    id: "CUR-03",
    statement: "After caching, a query costs O(|U|) instead of O(|K|), and the inner-product step is ≈ O(1) with Faiss.",
    provenance: Provenance::ArticleText,
    kind: Kind::Accounting,
    expected: Expected::Approximate,
    stated: &[],
    uses: &["CUR-09"],
    notes: "Exact for cross-encoder calls, which dominate in practice; the dense product is still |U||K| multiplications, and Faiss search is sublinear and approximate, not O(1).",
    check: cur_03,
};

fn cur_03(c: &mut Check) -> CheckResult {
    // counted on the mock cross-encoder: offline |V||K| calls, then each query |U| calls, for
    // every |K| of a growing family
    let mut counted = Vec::new();
    for items in [3usize, 6, 12, 24] {
        let s = cauchy(4, items);
        let (anchor_queries, anchor_items) = ([0usize, 2], [0usize, 1]);
        let model = CrossEncoder::new(&s);
        let index = Index::build(&model, &anchor_queries, &anchor_items, items);
        let offline = model.calls();
        let _ = index.query(&model, 1);
        counted.push((items, offline, model.calls() - offline));
    }
    let calls_are_u = counted.iter().all(|&(_, _, online)| online == 2);
    let offline_is_vk = counted
        .iter()
        .all(|&(k, offline, _)| offline == 2 * k as u64);
    c.fact(
        "offline calls = |V||K| on the mock cross-encoder",
        offline_is_vk,
    );
    // the arithmetic of one query, from the cost model, as |K| doubles at fixed |U|
    let arithmetic = |u: u128, k: u128| {
        let cost = query_cost(u, k);
        cost.mults + cost.adds
    };
    let independent_of_k = [50u128, 100, 200, 500]
        .iter()
        .all(|&u| arithmetic(u, 200_000) == arithmetic(u, 100_000));
    c.asserts_close(
        "a query's whole cost is O(|U|), independent of |K| (exact); its cross-encoder calls are exactly |U| (close: they dominate)",
        calls_are_u && independent_of_k,
        calls_are_u,
    );
    let items = 100_000u128;
    for a in [50u128, 100, 200, 500] {
        let cost = query_cost(a, items);
        c.evidence(
            format!("c = {a}: CE calls / mults / adds (their sum) per query; call saving |K|/c"),
            format!(
                "{} / {} / {} ({}); {}",
                cost.ce_calls,
                cost.mults,
                cost.adds,
                arithmetic(a, items),
                items / a
            ),
        );
    }
    c.evidence(
        "mock cross-encoder, |K| = 3, 6, 12, 24: offline / online calls",
        counted
            .iter()
            .map(|(_, off, on)| format!("{off} / {on}"))
            .collect::<Vec<_>>()
            .join(", "),
    );
    Ok(())
}

const CUR_04: Claim = Claim {
    id: "CUR-04",
    statement: "Restricting G to be diagonal with F, H free is the SVD, whose virtual representatives fit better than CUR's.",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Approximate,
    stated: &[],
    uses: &["CUR-07"],
    notes: "A diagonal core alone does not make an SVD; \"fits better\" is Eckart–Young and holds.",
    check: cur_04,
};

fn cur_04(c: &mut Check) -> CheckResult {
    let s = example();
    let sts = &s.transpose() * &s;
    // χ(λ) = λ³ + c₂λ² + c₁λ + c₀ with c₂ = −tr SᵀS = −‖S‖_F²; rank S = 2 gives c₀ = 0 and
    // σ₁², σ₂² the roots of p(λ) = λ² + c₂λ + c₁
    let chi = sts.characteristic_polynomial();
    c.fact(
        "χ(SᵀS) = λ³ − ‖S‖_F² λ² + c₁λ (monic, c₂ = −tr SᵀS, c₀ = 0: rank 2)",
        chi.get(1)
            .is_some_and(|c1| chi == [q(0, 1), c1.clone(), -s.frobenius_squared(), q(1, 1)]),
    );
    let p = |e: &BigRational| e * e + &chi[2] * e + &chi[1];
    // every rank-1 CUR error e of the example is ≥ σ₂²: p(e) ≤ 0 ⇔ σ₂² ≤ e ≤ σ₁²
    let rank1: Vec<BigRational> = [
        (vec![0usize, 1], vec![0usize, 1]),
        (vec![0], vec![2]),
        (vec![1], vec![0]),
    ]
    .iter()
    .map(|(r, cols)| error(&s, &cur_approximation(&s, r, cols)))
    .collect();
    let eckart_young = rank1.iter().all(|e| !p(e).is_positive());
    // a diagonal middle factor does not make an SVD: F·I·H with non-orthonormal F
    let f = Matrix::from_ints(&[&[1], &[2], &[1]]);
    let h = Matrix::from_ints(&[&[1, 1, 1]]);
    let product = &(&f * &Matrix::identity(1)) * &h;
    let orthonormal = (&f.transpose() * &f) == Matrix::identity(1);
    c.fact(
        "F·I·H with F = (1,2,1)ᵀ, H = (1,1,1) is a rank-1 product with a diagonal core",
        product.rank() == 1,
    );
    c.asserts_close(
        "a diagonal core with free F, H is the SVD (exact: every such F is orthonormal); the SVD fits better than every rank-1 CUR of the example (close: Eckart–Young)",
        orthonormal && eckart_young,
        eckart_young,
    );
    // the same on a full-rank matrix, every rank: the best CUR of r rows and r columns
    // (searched over all choices) against the Eckart–Young optimum Σ_{i>r} σ_i², whose exact
    // bracket comes from the Sturm-isolated eigenvalues of SᵀS
    let cauchy4 = cauchy(4, 4);
    let tails =
        eckart_young_tails(&cauchy4, &q(1, 1 << 40).pow(2)).or_fail("distinct eigenvalues")?;
    let mut profile = Vec::new();
    let mut never_better = All::new();
    // r = 1 … 3: at r = 4 both are 0 (W = S is invertible, CUR-07)
    for (r, tail) in tails.iter().enumerate().take(4).skip(1) {
        let (best, rows, cols) = best_cur(&cauchy4, r);
        never_better.and(best >= tail.1);
        profile.push(format!(
            "r = {r}: {} (rows {rows:?}, columns {cols:?}) ≥ {}",
            dec(&best, 4),
            dec(&tail.1, 4)
        ));
    }
    c.asserts(
        "on the 4 × 4 Cauchy matrix 1/(i + 2j + 2) no CUR of rank r = 1 … 3 fits better than the SVD: min over all r-row, r-column choices of ‖S − CW⁺R‖² ≥ Σ_{i>r} σ_i²",
        never_better,
    );
    c.evidence(
        "4 × 4 Cauchy matrix: best CUR error ≥ Eckart–Young optimum, by rank",
        profile.join("; "),
    );
    c.evidence(
        "χ(SᵀS) coefficients c₀…c₃",
        chi.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    );
    c.evidence(
        "best rank-1 error σ₂² = (73 − √5209)/2",
        certify(20, |p| {
            Ok((-&Interval::from_int(p, 5209).sqrt()?)
                .add_rational(&q(73, 1))
                .mul_rational(&q(1, 2)))
        })
        .map_or_else(|e| format!("not certified: {e}"), |d| certified_text(&d)),
    );
    c.evidence(
        "rank-1 CUR errors of the example (each ≥ σ₂²: p(e) ≤ 0)",
        rank1
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    );
    c.evidence("p(21/25)", p(&q(21, 25)));
    Ok(())
}

const CUR_05: Claim = Claim {
    id: "CUR-05",
    statement: "If U = K, V = Q and S is invertible, S = SGS iff G = S⁻¹.",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "",
    check: cur_05,
};

fn cur_05(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC05);
    let cases: Vec<(Matrix, Matrix)> = std::iter::repeat_with(|| {
        let n = g.random_range(1..=5);
        let s = Matrix::random_ints(&mut g, n, n, 3);
        s.inverse().map(|inv| (s, inv))
    })
    .flatten()
    .take(30)
    .collect();
    c.asserts(
        "S S⁻¹ S = S on 30 seeded invertible matrices, n ≤ 5",
        cases.iter().all(|(s, inv)| &(s * inv) * s == *s),
    );
    c.fact(
        "S⁺ = S⁻¹ on the same matrices",
        cases.iter().all(|(s, inv)| s.pseudo_inverse() == *inv),
    );
    // any other G: S G S = S ⇔ G = S⁻¹(S G S)S⁻¹ = S⁻¹; the case G = 2S⁻¹ gives 2S ≠ S
    c.asserts(
        "G = 2S⁻¹ ≠ S⁻¹ fails: S G S = 2S ≠ S, on the same matrices",
        cases.iter().all(|(s, inv)| {
            let twice = inv.scale(&q(2, 1));
            &(s * &twice) * s == s.scale(&q(2, 1))
        }),
    );
    Ok(())
}

/// The {1}-inverse family G = M⁺ + Z − M⁺MZMM⁺.
pub fn one_inverse(m: &Matrix, z: &Matrix) -> Matrix {
    let p = m.pseudo_inverse();
    &(&p + z) - &(&(&(&(&p * m) * z) * m) * &p)
}

const CUR_06: Claim = Claim {
    id: "CUR-06",
    statement: "G = S⁺ solves S = SGS for every S.",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &[],
    notes: "A solution, not the solution: every S⁺ + Z − S⁺SZSS⁺ also works.",
    check: cur_06,
};

fn cur_06(c: &mut Check) -> CheckResult {
    let s = example();
    let p = s.pseudo_inverse();
    c.asserts("S S⁺ S = S for the example", &(&s * &p) * &s == s);
    c.fact(
        "the other three Penrose equations hold: S⁺ is the Moore–Penrose inverse",
        All::of([
            &(&p * &s) * &p == p,
            (&s * &p).transpose() == &s * &p,
            (&p * &s).transpose() == &p * &s,
        ]),
    );
    let mut g = rng(0xC06);
    c.asserts(
        "S S⁺ S = S on 60 seeded matrices of every rank, m, n ≤ 6",
        (0..60).all(|_| {
            let (m, n) = (g.random_range(1..=6), g.random_range(1..=6));
            let s = Matrix::random_ints(&mut g, m, n, 3);
            &(&s * &s.pseudo_inverse()) * &s == s
        }),
    );
    let z = Matrix::from_fn(3, 3, |i, j| q((i == 0 && j == 0) as i64, 1));
    let second = one_inverse(&s, &z);
    c.fact(
        "SGS = S with G = S⁺ + E₁₁ − S⁺S E₁₁ S S⁺ ≠ S⁺: S⁺ is a solution, not the solution",
        All::of([&(&s * &second) * &s == s, second != p]),
    );
    c.evidence("S⁺ of the example", show(&p));
    c.evidence("G = S⁺ + E₁₁ − S⁺S E₁₁ S S⁺", show(&second));
    Ok(())
}

const CUR_07: Claim = Claim {
    id: "CUR-07",
    statement: "S ≈ F(F∩H)⁺H, exactly: C W⁺ R = S iff rank W = rank S (iff rank C = rank R = rank S).",
    provenance: Provenance::ArticleText,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-06"],
    notes: "The rank condition is derived; the article says only that the result is \"similar\". The article's shape label \"U × V\" for F∩H: W is |V| × |U|, W⁺ is |U| × |V|, the shape of G.",
    check: cur_07,
};

fn cur_07(c: &mut Check) -> CheckResult {
    let s = example();
    let cases: [(&[usize], &[usize]); 6] = [
        (&[0, 2], &[0, 1]),
        (&[0, 1], &[0, 1]),
        (&[0, 2], &[0, 1, 2]),
        (&[0], &[2]),
        (&[1], &[0]),
        (&[0, 1, 2], &[0, 1, 2]),
    ];
    c.asserts(
        "the example's six index sets: C W⁺ R = S ⇔ rank W = rank S",
        cases.iter().all(|(rows, cols)| {
            (cur_approximation(&s, rows, cols) == s)
                == (cur_parts(&s, rows, cols).1.rank() == s.rank())
        }),
    );
    let kinds: std::collections::BTreeSet<bool> = cases
        .iter()
        .map(|(r, u)| cur_approximation(&s, r, u) == s)
        .collect();
    c.fact(
        "the table has both kinds of case (exact and not)",
        kinds.len() == 2,
    );
    let mut g = rng(0xC07);
    let random: Vec<_> = (0..150).map(|_| random_case(&mut g, 7)).collect();
    c.asserts(
        "C W⁺ R = S ⇔ rank W = rank S on 150 seeded low-rank cases (m, n ≤ 7, ρ ≤ 3)",
        random.iter().all(|(s, rows, cols)| {
            (cur_approximation(s, rows, cols) == *s)
                == (cur_parts(s, rows, cols).1.rank() == s.rank())
        }),
    );
    c.asserts(
        "rank W = rank S ⇔ rank C = rank R = rank S on the same cases",
        random.iter().all(|(s, rows, cols)| {
            let (cm, w, r) = cur_parts(s, rows, cols);
            let rank = s.rank();
            (w.rank() == rank) == (cm.rank() == rank && r.rank() == rank)
        }),
    );
    for (rows, cols) in cases {
        let (cm, w, r) = cur_parts(&s, rows, cols);
        let approx = cur_approximation(&s, rows, cols);
        c.evidence(
            format!(
                "V = {rows:?}, U = {cols:?}: W ({}×{}); rk W/C/R; W⁺; exact; error",
                w.rows(),
                w.cols()
            ),
            format!(
                "{}; {}/{}/{}; {}; {}; {}",
                show(&w),
                w.rank(),
                cm.rank(),
                r.rank(),
                show(&w.pseudo_inverse()),
                approx == s,
                error(&s, &approx)
            ),
        );
    }
    Ok(())
}

const CUR_08: Claim = Claim {
    id: "CUR-08",
    statement: "(CW⁺R)[:, U] = C iff rank W = rank C, and (CW⁺R)[V, :] = R iff rank W = rank R.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-07"],
    notes: "",
    check: cur_08,
};

fn cur_08(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC08);
    let cases: Vec<_> = (0..150)
        .map(|_| {
            let (m, n) = (g.random_range(3..=6), g.random_range(3..=6));
            let s = Matrix::random_ints(&mut g, m, n, 3);
            let (rows, cols) = (random_subset(&mut g, m), random_subset(&mut g, n));
            (s, rows, cols)
        })
        .collect();
    let reproduces = |s: &Matrix, rows: &[usize], cols: &[usize]| {
        let (cm, w, r) = cur_parts(s, rows, cols);
        let approx = cur_approximation(s, rows, cols);
        let all_rows: Vec<usize> = (0..s.rows()).collect();
        let all_cols: Vec<usize> = (0..s.cols()).collect();
        (
            (approx.select(&all_rows, cols) == cm) == (w.rank() == cm.rank()),
            (approx.select(rows, &all_cols) == r) == (w.rank() == r.rank()),
        )
    };
    c.asserts(
        "(CW⁺R)[:, U] = C ⇔ rank W = rank C on 150 seeded generic matrices",
        cases.iter().all(|(s, r, u)| reproduces(s, r, u).0),
    );
    c.asserts(
        "(CW⁺R)[V, :] = R ⇔ rank W = rank R on the same matrices",
        cases.iter().all(|(s, r, u)| reproduces(s, r, u).1),
    );
    let s = example();
    let approx = cur_approximation(&s, &[0, 1], &[0, 1]);
    c.evidence(
        "example V = U = {0,1}: rows reproduced, columns reproduced",
        format!(
            "{}, {}",
            approx.select(&[0, 1], &[0, 1, 2]) == s.select(&[0, 1], &[0, 1, 2]),
            approx.select(&[0, 1, 2], &[0, 1]) == s.select(&[0, 1, 2], &[0, 1])
        ),
    );
    Ok(())
}

const CUR_09: Claim = Claim {
    id: "CUR-09",
    statement: "The retrieval algorithm: offline cache W⁺H from |V||K| calls; online |U| calls give f_q and the scores f_q·(W⁺H).",
    provenance: Provenance::ArticleText,
    kind: Kind::Accounting,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-07"],
    notes: "The article's \"G\" for the precomputed score matrix is a typo for H: the cache is G·H with G = (F∩H)⁺.",
    check: cur_09,
};

fn cur_09(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC09);
    let mut runs = Vec::new();
    for _ in 0..60 {
        let (s, rows, cols) = random_case(&mut g, 7);
        let model = CrossEncoder::new(&s);
        let index = Index::build(&model, &rows, &cols, s.cols());
        let offline = model.calls();
        let reference = cur_approximation(&s, &rows, &cols);
        let queries: Vec<(u64, bool)> = (0..s.rows())
            .map(|qi| {
                let before = model.calls();
                let scores = index.query(&model, qi);
                (
                    model.calls() - before,
                    (0..s.cols()).all(|k| scores[k] == *reference.get(qi, k)),
                )
            })
            .collect();
        runs.push((rows.len() * s.cols(), cols.len(), offline, queries));
    }
    c.asserts(
        "the query path f_q·(W⁺H) equals row q of C W⁺ R, on 60 seeded indexes, every query",
        runs.iter()
            .all(|(_, _, _, qs)| qs.iter().all(|(_, equal)| *equal)),
    );
    c.asserts(
        "offline |V||K| calls (W needs none); online |U| calls per query",
        runs.iter().all(|(vk, u, offline, qs)| {
            All::of([
                *offline == *vk as u64,
                qs.iter().all(|(calls, _)| *calls == *u as u64),
            ])
            .holds()
        }),
    );
    Ok(())
}

/// The Nyström residual E = S − S\[:,U\] S\[U,U\]⁺ S\[U,:\].
pub fn nystrom_residual(s: &Matrix, u: &[usize]) -> Matrix {
    s - &cur_approximation(s, u, u)
}

const CUR_10: Claim = Claim {
    id: "CUR-10",
    statement: "For symmetric PSD S with U = V, CUR is the Nyström approximation and its residual is symmetric PSD.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-07"],
    notes: "The Nyströmformer link is the article's; the PSD statement is derived.",
    check: cur_10,
};

/// PSD test for a symmetric matrix: every coefficient of det(λI + E) = Π(λ + μᵢ) is ≥ 0.
fn is_psd(e: &Matrix) -> bool {
    e.transpose() == *e
        && e.scale(&q(-1, 1))
            .characteristic_polynomial()
            .iter()
            .all(|c| !c.is_negative())
}

fn cur_10(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC10);
    let cases: Vec<(Matrix, Vec<usize>)> = (0..60)
        .map(|_| {
            let (n, p) = (g.random_range(3..=5), g.random_range(1..=4));
            let x = Matrix::random_ints(&mut g, n, p, 3);
            let s = &x * &x.transpose();
            let u = random_subset(&mut g, n);
            (nystrom_residual(&s, &u), u)
        })
        .collect();
    c.asserts(
        "the Nyström residual of S = XXᵀ is symmetric and PSD, on 60 seeded cases",
        cases.iter().all(|(e, _)| is_psd(e)),
    );
    // S = XXᵀ ⪰ 0 has rank S[U,U] = rank S[:,U], so CUR-08 reproduces the chosen columns
    c.fact(
        "the residual vanishes on the chosen columns, E[:, U] = 0, on the same cases",
        cases.iter().all(|(e, u)| {
            let all: Vec<usize> = (0..e.rows()).collect();
            e.select(&all, u).is_zero()
        }),
    );
    c.fact(
        "the PSD test rejects an indefinite symmetric matrix (diag(1, −1))",
        !is_psd(&Matrix::from_ints(&[&[1, 0], &[0, -1]])),
    );
    Ok(())
}

const CUR_11: Claim = Claim {
    id: "CUR-11",
    statement: "[EMB]-CE works better; representatives are mostly random; CUR is for recall followed by exact re-ranking.",
    provenance: Provenance::ArticleText,
    kind: Kind::Quoted,
    expected: Expected::Quoted,
    stated: &[],
    uses: &[],
    notes: "Empirical; not checkable offline.",
    check: cur_11,
};

fn cur_11(c: &mut Check) -> CheckResult {
    c.evidence(
        "anchor queries (released code)",
        "50, 100, 200, 500, 1000, 2000, 5000",
    );
    c.evidence(
        "anchor items (released code)",
        "50, 100, 200, 500, 1000, 2000, all items",
    );
    c.evidence(
        "remarks",
        "[EMB]-CE works better; random anchors; recall then exact re-ranking; paper: better trade-offs for k > 10",
    );
    Ok(())
}

const CUR_X1: Claim = Claim {
    id: "CUR-X1",
    statement: "The Frobenius-optimal core U* = C⁺SR⁺ is never worse than W⁺, and CU*R = S iff rank C = rank R = rank S.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-07"],
    notes: "Needs all of S: a reference lower bound, not a retrieval method.",
    check: cur_x1,
};

fn cur_x1(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC11);
    let cases: Vec<_> = (0..120).map(|_| random_case(&mut g, 6)).collect();
    c.asserts(
        "‖S − CU*R‖² ≤ ‖S − CW⁺R‖² on 120 seeded cases",
        cases.iter().all(|(s, rows, cols)| {
            let (_, best) = optimal_core_approximation(s, rows, cols);
            error(s, &best) <= error(s, &cur_approximation(s, rows, cols))
        }),
    );
    c.asserts(
        "CU*R = S ⇔ rank C = rank R = rank S on the same cases",
        cases.iter().all(|(s, rows, cols)| {
            let (cm, _, r) = cur_parts(s, rows, cols);
            let (_, best) = optimal_core_approximation(s, rows, cols);
            (best == *s) == (cm.rank() == s.rank() && r.rank() == s.rank())
        }),
    );
    let s = example();
    for (rows, cols) in [
        (vec![0usize, 1], vec![0usize, 1]),
        (vec![0], vec![2]),
        (vec![1], vec![0]),
    ] {
        let (core, approx) = optimal_core_approximation(&s, &rows, &cols);
        c.evidence(
            format!("V = {rows:?}, U = {cols:?}: U*; error"),
            format!("{}; {}", show(&core), error(&s, &approx)),
        );
    }
    Ok(())
}

const CUR_X2: Claim = Claim {
    id: "CUR-X2",
    statement: "If rank W = rank S, any {1}-inverse W⁻ gives C W⁻ R = S.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-06", "CUR-07"],
    notes: "",
    check: cur_x2,
};

fn cur_x2(c: &mut Check) -> CheckResult {
    let mut g = rng(0xC12);
    let cases: Vec<_> = std::iter::repeat_with(|| {
        let (s, rows, cols) = random_case(&mut g, 6);
        let (cm, w, r) = cur_parts(&s, &rows, &cols);
        (w.rank() == s.rank()).then(|| {
            let z = Matrix::random_ints(&mut g, w.cols(), w.rows(), 3);
            (s, cm, w, r, z)
        })
    })
    .flatten()
    .take(80)
    .collect();
    c.fact(
        "each W⁻ = W⁺ + Z − W⁺WZWW⁺ is a {1}-inverse: W W⁻ W = W",
        cases
            .iter()
            .all(|(_, _, w, _, z)| &(w * &one_inverse(w, z)) * w == *w),
    );
    c.asserts(
        "C W⁻ R = S for 80 seeded cases with rank W = rank S and random Z",
        cases
            .iter()
            .all(|(s, cm, w, r, z)| &(cm * &one_inverse(w, z)) * r == *s),
    );
    Ok(())
}

const CUR_X3: Claim = Claim {
    id: "CUR-X3",
    statement: "Enlarging U, V can increase ‖S − CW⁺R‖_F, and CUR can be worse than predicting 0.",
    provenance: Provenance::Derived,
    kind: Kind::Identity,
    expected: Expected::Holds,
    stated: &[],
    uses: &["CUR-07"],
    notes: "Qualifies the article's \"结果也类似\".",
    check: cur_x3,
};

fn cur_x3(c: &mut Check) -> CheckResult {
    let s = Matrix::from_ints(&[&[-1, -1, 0], &[1, 0, 1], &[1, -1, -1]]);
    let zero_error = s.frobenius_squared();
    let errors: Vec<BigRational> = [vec![0usize], vec![0, 1], vec![0, 1, 2]]
        .iter()
        .map(|u| error(&s, &cur_approximation(&s, u, u)))
        .collect();
    c.asserts(
        "U = V = {0,1} has a larger error than U = V = {0}",
        increasing(&[&errors[0], &errors[1]]),
    );
    c.asserts(
        "U = V = {0,1} has a larger error than predicting 0",
        increasing(&[&zero_error, &errors[1]]),
    );
    c.fact(
        "U = V = everything is exact (S is invertible)",
        errors[2].is_zero(),
    );
    c.evidence("‖S‖_F² (the error of predicting 0)", &zero_error);
    c.evidence(
        "errors for U = V = {0}, {0,1}, {0,1,2}",
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join(" → "),
    );
    Ok(())
}

/// CUR-01 … CUR-11, CUR-X1 … CUR-X3.
static CLAIMS: &[Claim] = &[
    CUR_01, CUR_02, CUR_03, CUR_04, CUR_05, CUR_06, CUR_07, CUR_08, CUR_09, CUR_10, CUR_11, CUR_X1,
    CUR_X2, CUR_X3,
];

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "cur",
    title: "利用CUR分解加速交互式相似度模型的检索",
    english_title: "Accelerating cross-encoder retrieval with the CUR decomposition",
    url: "https://kexue.fm/archives/9336",
    date: "2022-11-02",
    source: "complete",
    claims: CLAIMS,
};
