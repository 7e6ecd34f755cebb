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
pub fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// `len` draws from N(0, std²).
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
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
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

/// y = M x for a row-major `rows × cols` matrix.
pub fn mat_vec(m: &[f64], rows: usize, cols: usize, x: &[f64], y: &mut [f64]) {
    debug_assert_eq!(m.len(), rows * cols);
    for (r, out) in y.iter_mut().enumerate().take(rows) {
        *out = dot(&m[r * cols..(r + 1) * cols], x);
    }
}

/// Layer norm without affine part, ε = 0, population variance: (u − mean)/std. Returns the std.
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
    pub const fn new() -> Self {
        Memo {
            map: OnceLock::new(),
        }
    }

    /// The value for `key`, computing it with `f` on the first request.
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
pub fn prediction(f: impl Fn(u32) -> Result<Interval, IntervalError>) -> f64 {
    certify(17, f)
        .ok()
        .and_then(|d| d.to_string().parse().ok())
        .unwrap_or(f64::NAN)
}
