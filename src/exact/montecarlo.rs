//! Seeded Monte Carlo with an explicit pass rule. This is the only place where `f64` decides a
//! verdict, and every such verdict says so: an estimate passes when
//! |estimate − prediction| ≤ k·SE + allowance, with k and the allowance stated by the catalogue.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, OnceLock};

use rand::SeedableRng;

use super::certify::certify;
use super::interval::{Interval, IntervalError};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, StandardNormal};

/// A reproducible generator: ChaCha8 seeded with `seed`.
///
/// ```
/// use claimcheck::exact::montecarlo::{normals, rng};
/// assert_eq!(normals(&mut rng(7), 3, 1.0), normals(&mut rng(7), 3, 1.0)); // reproducible
/// assert_ne!(normals(&mut rng(7), 3, 1.0), normals(&mut rng(8), 3, 1.0));
/// ```
pub fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// `len` draws from N(0, std²).
///
/// ```
/// use claimcheck::exact::montecarlo::{normals, rng, Estimate};
/// let x = normals(&mut rng(1), 20_000, 0.02);
/// let second = Estimate::of(&x.iter().map(|v| v * v).collect::<Vec<_>>());
/// assert!((second.mean - 0.0004).abs() < 5.0 * second.se); // E x² = std²
/// ```
pub fn normals(rng: &mut ChaCha8Rng, len: usize, std: f64) -> Vec<f64> {
    (0..len)
        .map(|_| std * Distribution::<f64>::sample(&StandardNormal, rng))
        .collect()
}

/// A sample mean with its standard error.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub mean: f64,
    /// sample std / √n.
    pub se: f64,
    pub n: usize,
}

impl Estimate {
    /// Mean and standard error of a sample (n ≥ 2).
    ///
    /// ```
    /// use claimcheck::exact::montecarlo::Estimate;
    /// let e = Estimate::of(&[1.0, 2.0, 3.0, 4.0]);
    /// assert_eq!((e.mean, e.n), (2.5, 4));
    /// assert!((e.se - (5.0f64 / 12.0).sqrt()).abs() < 1e-15); // s² = 5/3, SE = s/√4
    /// ```
    ///
    /// # Panics
    /// When the sample has fewer than two values.
    pub fn of(sample: &[f64]) -> Estimate {
        let n = sample.len();
        assert!(n >= 2, "a standard error needs at least two values");
        let mean = sample.iter().sum::<f64>() / n as f64;
        let var = sample.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        Estimate {
            mean,
            se: (var / n as f64).sqrt(),
            n,
        }
    }
}

/// |estimate − prediction| ≤ k·SE + allowance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PassRule {
    pub k: f64,
    pub allowance: f64,
}

/// The outcome of one Monte Carlo comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    pub estimate: Estimate,
    pub prediction: f64,
    pub tolerance: f64,
    pub passed: bool,
}

impl PassRule {
    /// Compares an estimate with a prediction.
    ///
    /// ```
    /// use claimcheck::exact::montecarlo::{Estimate, PassRule};
    /// let rule = PassRule { k: 3.0, allowance: 0.0 };
    /// let e = Estimate { mean: 1.05, se: 0.02, n: 100 };
    /// assert!(rule.compare(e, 1.0).passed); // |Δ| 0.05 ≤ 3·0.02
    /// assert!(!rule.compare(e, 0.98).passed); // |Δ| 0.07 > 0.06
    /// ```
    pub fn compare(self, estimate: Estimate, prediction: f64) -> Comparison {
        let tolerance = self.k * estimate.se + self.allowance;
        let passed = (estimate.mean - prediction).abs() <= tolerance;
        Comparison {
            estimate,
            prediction,
            tolerance,
            passed,
        }
    }
}

impl std::fmt::Display for Comparison {
    /// `0.70792 ± 0.00071 vs 0.70711 (|Δ| 0.00081 ≤ 0.01355: pass; Monte Carlo, n = 16)`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let delta = (self.estimate.mean - self.prediction).abs();
        let scale = self.prediction.abs().max(self.estimate.mean.abs());
        let show = |x: f64| {
            if scale != 0.0 && scale < 1e-3 {
                format!("{x:.4e}")
            } else {
                format!("{x:.5}")
            }
        };
        write!(
            f,
            "{} ± {} vs {} (|Δ| {} {} {}: {}; Monte Carlo, n = {})",
            show(self.estimate.mean),
            show(self.estimate.se),
            show(self.prediction),
            show(delta),
            if self.passed { "≤" } else { ">" },
            show(self.tolerance),
            if self.passed { "pass" } else { "FAIL" },
            self.estimate.n
        )
    }
}

/// Σ aᵢbᵢ with four independent accumulators (so the compiler can vectorise it).
///
/// ```
/// use claimcheck::exact::montecarlo::dot;
/// let a: Vec<f64> = (1..=7).map(f64::from).collect();
/// assert_eq!(dot(&a, &a), 140.0); // 1² + … + 7², through the chunks and the tail
/// ```
///
/// # Panics
/// When the lengths differ.
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len(), "dot of vectors of different lengths");
    let mut acc = [0.0f64; 4];
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for i in 0..4 {
            acc[i] += x[i] * y[i];
        }
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// C = A·Bᵀ for row-major A (`a_rows × cols`) and B (`b_rows × cols`):
/// `c[i·b_rows + k] = dot(Aᵢ, Bₖ)`, bit for bit (every entry summed in [`dot`]'s order).
/// Eight rows of A at a time meet each row of B while it is in the cache, and four of them
/// share each load of it, so B is read ⌈a_rows/8⌉ times instead of a_rows times and the
/// processor has four independent sums to work on.
///
/// ```
/// use claimcheck::exact::montecarlo::mat_mul_transposed;
/// let a = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]; // 3 × 2
/// let b = [1.0, 0.0, 1.0, -1.0]; // 2 × 2
/// let mut c = [0.0; 6];
/// mat_mul_transposed(&a, 3, &b, 2, 2, &mut c);
/// assert_eq!(c, [1.0, -1.0, 3.0, -1.0, 5.0, -1.0]);
/// ```
///
/// # Panics
/// When `a`, `b` or `c` do not have the lengths the shapes give.
pub fn mat_mul_transposed(
    a: &[f64],
    a_rows: usize,
    b: &[f64],
    b_rows: usize,
    cols: usize,
    c: &mut [f64],
) {
    assert!(
        a.len() == a_rows * cols && b.len() == b_rows * cols && c.len() == a_rows * b_rows,
        "mat_mul_transposed: dimensions do not match"
    );
    if cols == 0 {
        c.fill(0.0);
        return;
    }
    const BLOCK: usize = 8;
    for (block_index, block) in a.chunks(BLOCK * cols).enumerate() {
        let first = block_index * BLOCK;
        let rows = block.len() / cols;
        let row = |j: usize| &block[j * cols..(j + 1) * cols];
        for (k, bk) in b.chunks_exact(cols).enumerate() {
            let mut j = 0;
            while j + 4 <= rows {
                let z = dot4(bk, [row(j), row(j + 1), row(j + 2), row(j + 3)]);
                for (t, zt) in z.into_iter().enumerate() {
                    c[(first + j + t) * b_rows + k] = zt;
                }
                j += 4;
            }
            for j in j..rows {
                c[(first + j) * b_rows + k] = dot(row(j), bk);
            }
        }
    }
}

/// `[dot(rows[0], x), …, dot(rows[3], x)]`, each summed in exactly [`dot`]'s order.
fn dot4(x: &[f64], rows: [&[f64]; 4]) -> [f64; 4] {
    /// One chunk of four lanes: `acc + r·x`, lane by lane.
    #[inline(always)]
    fn lanes(acc: [f64; 4], r: &[f64; 4], x: &[f64; 4]) -> [f64; 4] {
        [
            acc[0] + r[0] * x[0],
            acc[1] + r[1] * x[1],
            acc[2] + r[2] * x[2],
            acc[3] + r[3] * x[3],
        ]
    }
    // Chunks as arrays, so that each lane is a fixed position (`as_chunks` needs Rust 1.88).
    fn quads(v: &[f64]) -> impl Iterator<Item = &[f64; 4]> {
        v.chunks_exact(4).filter_map(|c| c.try_into().ok())
    }
    let tail_x = x.chunks_exact(4).remainder();
    let xc = quads(x);
    let [c0, c1, c2, c3] = rows.map(quads);
    let mut acc = [[0.0f64; 4]; 4];
    for ((((xs, r0), r1), r2), r3) in xc.zip(c0).zip(c1).zip(c2).zip(c3) {
        acc = [
            lanes(acc[0], r0, xs),
            lanes(acc[1], r1, xs),
            lanes(acc[2], r2, xs),
            lanes(acc[3], r3, xs),
        ];
    }
    let start = x.len() - tail_x.len();
    std::array::from_fn(|j| {
        let tail: f64 = rows[j][start..]
            .iter()
            .zip(tail_x)
            .map(|(r, x)| r * x)
            .sum();
        let a = acc[j];
        (a[0] + a[1]) + (a[2] + a[3]) + tail
    })
}

/// Layer norm without affine part, ε = 0, population variance: (u − mean)/std. Returns the std.
/// A constant `u` (std 0) gives NaN outputs, as the formula does.
///
/// ```
/// use claimcheck::exact::montecarlo::layer_norm;
/// let mut out = [0.0; 4];
/// let std = layer_norm(&[1.0, 3.0, 1.0, 3.0], &mut out);
/// assert_eq!((std, out), (1.0, [-1.0, 1.0, -1.0, 1.0]));
/// ```
pub fn layer_norm(u: &[f64], out: &mut [f64]) -> f64 {
    let d = u.len() as f64;
    let mean = u.iter().sum::<f64>() / d;
    let std = (u.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / d).sqrt();
    for (o, x) in out.iter_mut().zip(u) {
        *o = (x - mean) / std;
    }
    std
}

/// ln Σ exp(zᵢ), computed stably.
///
/// ```
/// use claimcheck::exact::montecarlo::log_sum_exp;
/// let z = [1000.0, 1000.0];
/// assert!((log_sum_exp(z.iter().copied()) - (1000.0 + 2f64.ln())).abs() < 1e-12); // no overflow
/// ```
pub fn log_sum_exp(z: impl Iterator<Item = f64> + Clone) -> f64 {
    let max = z.clone().fold(f64::NEG_INFINITY, f64::max);
    max + z.map(|x| (x - max).exp()).sum::<f64>().ln()
}

/// A process-wide memo for deterministic Monte Carlo runs that several claims read: the first
/// call computes, later calls with the same key share the result. Callers on other threads that
/// ask for a key being computed wait for it rather than compute it again; different keys compute
/// in parallel.
pub struct Memo<K, V> {
    map: OnceLock<Mutex<HashMap<K, Slot<V>>>>,
}

/// One memoised value: filled once, by whichever caller comes first.
type Slot<V> = Arc<OnceLock<Arc<V>>>;

impl<K: Hash + Eq, V> Memo<K, V> {
    /// An empty memo (a `const fn`, for a `static`).
    ///
    /// ```
    /// use claimcheck::exact::montecarlo::Memo;
    /// static SQUARES: Memo<u64, u64> = Memo::new();
    /// assert_eq!(*SQUARES.get_or_compute(9, || 81), 81);
    /// ```
    pub const fn new() -> Self {
        Memo {
            map: OnceLock::new(),
        }
    }

    /// The value for `key`, computing it with `f` on the first request.
    ///
    /// ```
    /// use claimcheck::exact::montecarlo::Memo;
    /// let memo: Memo<&str, usize> = Memo::new();
    /// let mut calls = 0;
    /// let a = memo.get_or_compute("n", || { calls += 1; 42 });
    /// let b = memo.get_or_compute("n", || unreachable!("computed once"));
    /// assert!(*a == 42 && std::sync::Arc::ptr_eq(&a, &b) && calls == 1);
    /// ```
    pub fn get_or_compute(&self, key: K, f: impl FnOnce() -> V) -> Arc<V> {
        let map = self.map.get_or_init(|| Mutex::new(HashMap::new()));
        let cell = Arc::clone(
            map.lock()
                .unwrap_or_else(|e| e.into_inner())
                .entry(key)
                .or_default(),
        );
        // the map's lock is released here: only callers of this key wait for `f`
        Arc::clone(cell.get_or_init(|| Arc::new(f())))
    }
}

impl<K: Hash + Eq, V> Default for Memo<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// A certified value as the f64 prediction of a Monte Carlo pass rule (17 certified digits, then
/// parsed); NaN — which fails every pass rule — when it cannot be certified.
///
/// ```
/// use claimcheck::exact::{interval::Interval, montecarlo::prediction, rational::q};
/// assert_eq!(prediction(|p| Ok(Interval::from_rational(p, &q(1, 3)))), 1.0 / 3.0);
/// assert!(prediction(|p| Interval::from_int(p, -1).sqrt()).is_nan()); // an error fails every rule
/// ```
pub fn prediction(f: impl Fn(u32) -> Result<Interval, IntervalError>) -> f64 {
    certify(17, f)
        .ok()
        .and_then(|d| d.to_string().parse().ok())
        .unwrap_or(f64::NAN)
}
