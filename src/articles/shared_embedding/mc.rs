//! The shared Monte Carlo protocol of the tied-embedding article: W (and V) with i.i.d. N(0, σ²)
//! entries; every row i is an input once with a target j uniform on {0…n−1}∖{i}; the loss is
//! logsumexp_k z_ik − z_ij, computed row by row (the n×n logit matrix is never stored).

use std::sync::Arc;

use num_traits::ToPrimitive;
use rand::Rng;

use super::{Norm, half_swap, shuffle_net};
use crate::claim::CheckError;
use crate::exact::certify::certify;
use crate::exact::interval::{Interval, IntervalError};
use crate::exact::montecarlo::{Estimate, Memo, dot, mat_mul_transposed, normals, rng};

/// How the output logits are formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// z_ik = h_i·w_k.
    Tied,
    /// z_ik = h_i·v_k with an independent V.
    Untied,
    /// z_ik = (h_i P)·w_k with P Haar-orthogonal.
    Projected,
    /// z_ik = S\[h_i\]·w_k, S the half swap.
    HalfSwap,
    /// z_ik = S₈\[h_i\]·w_k, S₈ the ShuffleNet shuffle with k = 8.
    ShuffleNet,
}

/// A configuration (n, d, σ) with its name.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    pub name: &'static str,
    pub n: usize,
    pub d: usize,
    /// σ as a rational p/q (so predictions can be certified).
    pub sigma: (i64, i64),
    /// Independent replicate matrices pooled into one estimate (the catalogue's R).
    pub replicates: usize,
}

impl Config {
    /// The same configuration with `r` replicate matrices.
    pub const fn with_replicates(self, r: usize) -> Config {
        Config {
            replicates: r,
            ..self
        }
    }
}

impl Config {
    pub fn sigma_f64(&self) -> f64 {
        self.sigma.0 as f64 / self.sigma.1 as f64
    }
}

/// The catalogue's CI configurations A and D; B and C have irrational σ and are built by
/// [`config_b`] and [`config_c`] with σ certified and rounded to 15 significant digits (the
/// prediction uses the same rational σ).
pub const CONFIG_A: Config = Config {
    name: "A",
    n: 2048,
    d: 128,
    sigma: (1, 10),
    replicates: 1,
};
pub const CONFIG_D: Config = Config {
    name: "D",
    n: 4096,
    d: 256,
    sigma: (1, 20),
    replicates: 1,
};

/// A certified constant rounded to 15 significant digits, as p/q (the σ of a Monte Carlo
/// configuration).
///
/// # Errors
///
/// The constant cannot be certified, or its 15-digit fraction does not fit in `i64`s; a check
/// reports either as an `error` verdict.
pub fn rounded_sigma(
    f: impl Fn(u32) -> Result<Interval, IntervalError>,
) -> Result<(i64, i64), CheckError> {
    let r = certify(15, f)?.to_rational();
    match (r.numer().to_i64(), r.denom().to_i64()) {
        (Some(p), Some(q)) => Ok((p, q)),
        _ => Err(CheckError::msg(format!(
            "σ = {r} does not fit in a 64-bit fraction"
        ))),
    }
}

/// B: σ = 1/√128.
///
/// # Errors
///
/// As [`rounded_sigma`].
pub fn config_b() -> Result<Config, CheckError> {
    Ok(Config {
        name: "B",
        n: 2048,
        d: 128,
        sigma: rounded_sigma(|p| Interval::from_int(p, 128).sqrt()?.powi(-1))?,
        replicates: 1,
    })
}

/// C: σ = σ* = ln 2048/128.
///
/// # Errors
///
/// As [`rounded_sigma`].
pub fn config_c() -> Result<Config, CheckError> {
    Ok(Config {
        name: "C",
        n: 2048,
        d: 128,
        sigma: rounded_sigma(|p| super::sigma_star(2048, 128, p))?,
        replicates: 1,
    })
}

/// Normalises w into h: √d·w/‖w‖ (RMS) or √d·(w − w̄)/‖w − w̄‖ (LN).
fn normalise(w: &[f64], norm: Norm, out: &mut [f64]) {
    let d = w.len() as f64;
    let mean = if norm == Norm::Layer {
        w.iter().sum::<f64>() / d
    } else {
        0.0
    };
    let centred: Vec<f64> = w.iter().map(|x| x - mean).collect();
    let scale = d.sqrt() / dot(&centred, &centred).sqrt();
    for (o, c) in out.iter_mut().zip(&centred) {
        *o = c * scale;
    }
}

/// A Haar-orthogonal d × d matrix (row-major): Gram–Schmidt QR of a Gaussian matrix, whose
/// columns come out with sign(diag R) = +1, which is the sign fix that makes Q Haar.
pub fn haar_orthogonal(g: &mut rand_chacha::ChaCha8Rng, d: usize) -> Vec<f64> {
    let a = normals(g, d * d, 1.0);
    // columns of A → orthonormal columns of Q (modified Gram–Schmidt; R's diagonal is positive)
    let mut cols: Vec<Vec<f64>> = (0..d)
        .map(|j| (0..d).map(|i| a[i * d + j]).collect())
        .collect();
    for j in 0..d {
        for i in 0..j {
            let (done, rest) = cols.split_at_mut(j);
            let r = dot(&done[i], &rest[0]);
            rest[0]
                .iter_mut()
                .zip(&done[i])
                .for_each(|(x, q)| *x -= r * q);
        }
        let norm = dot(&cols[j], &cols[j]).sqrt();
        cols[j].iter_mut().for_each(|x| *x /= norm);
    }
    let mut q = vec![0.0; d * d];
    for (j, col) in cols.iter().enumerate() {
        for (i, v) in col.iter().enumerate() {
            q[i * d + j] = *v;
        }
    }
    q
}

/// The mean loss over all n input rows of `cfg.replicates` independent replicate matrices, with
/// its standard error.
pub fn initial_loss(cfg: Config, method: Method, norm: Norm) -> Estimate {
    let losses: Vec<f64> = (0..cfg.replicates.max(1) as u64)
        .flat_map(|r| replicate_losses(cfg, method, norm, r))
        .collect();
    Estimate::of(&losses)
}

/// The n losses of replicate matrix `r` (replicate 0 keeps the seeds of a single run).
fn replicate_losses(cfg: Config, method: Method, norm: Norm, r: u64) -> Vec<f64> {
    let (n, d) = (cfg.n, cfg.d);
    let sigma = cfg.sigma_f64();
    let salt = r.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // The same W for every method and norm of a configuration (paired comparisons).
    let mut g = rng(0x7E_D0 ^ ((n as u64) << 20) ^ ((d as u64) << 8) ^ sigma.to_bits() ^ salt);
    let w = normals(&mut g, n * d, sigma);
    let mut extra = rng(0x7E_D1 ^ (method as u64) ^ sigma.to_bits() ^ salt);
    let out_rows: Vec<f64> = if method == Method::Untied {
        normals(&mut extra, n * d, sigma)
    } else {
        Vec::new()
    };
    let p = if method == Method::Projected {
        haar_orthogonal(&mut extra, d)
    } else {
        Vec::new()
    };
    let perm = match method {
        Method::HalfSwap => half_swap(d),
        Method::ShuffleNet => shuffle_net(8, d / 8),
        _ => (0..d).collect(),
    };
    let logit_rows = if method == Method::Untied {
        &out_rows
    } else {
        &w
    };
    let mut targets = rng(0x7E_D2 ^ sigma.to_bits() ^ salt);
    // Eight input rows at a time: their logits against all n rows are one blocked product,
    // bit for bit the row-by-row dot products; the targets are then drawn in row order.
    const BLOCK: usize = 8;
    let mut h = vec![0.0; d];
    let mut u_block = vec![0.0; BLOCK * d];
    let mut z_block = vec![0.0; BLOCK * n];
    let mut losses = Vec::with_capacity(n);
    for first in (0..n).step_by(BLOCK) {
        let rows = BLOCK.min(n - first);
        for (b, u) in u_block.chunks_exact_mut(d).take(rows).enumerate() {
            let i = first + b;
            normalise(&w[i * d..(i + 1) * d], norm, &mut h);
            match method {
                Method::Projected => {
                    // u = h P (row vector times P)
                    u.iter_mut().for_each(|x| *x = 0.0);
                    for (a, ha) in h.iter().enumerate() {
                        u.iter_mut()
                            .zip(&p[a * d..(a + 1) * d])
                            .for_each(|(x, pij)| *x += ha * pij);
                    }
                }
                _ => perm
                    .iter()
                    .zip(u.iter_mut())
                    .for_each(|(&src, x)| *x = h[src]),
            }
        }
        mat_mul_transposed(
            &u_block[..rows * d],
            rows,
            logit_rows,
            n,
            d,
            &mut z_block[..rows * n],
        );
        for (b, z) in z_block.chunks_exact(n).take(rows).enumerate() {
            let i = first + b;
            let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lse = max + z.iter().map(|x| (x - max).exp()).sum::<f64>().ln();
            let mut j = targets.random_range(0..n - 1);
            if j >= i {
                j += 1;
            }
            losses.push(lse - z[j]);
        }
    }
    losses
}

/// [`initial_loss`], memoised (several claims read the same runs).
pub fn initial_loss_cached(cfg: Config, method: Method, norm: Norm) -> Arc<Estimate> {
    type Key = (usize, usize, i64, i64, usize, Method, Norm);
    static CACHE: Memo<Key, Estimate> = Memo::new();
    CACHE.get_or_compute(
        (
            cfg.n,
            cfg.d,
            cfg.sigma.0,
            cfg.sigma.1,
            cfg.replicates,
            method,
            norm,
        ),
        || initial_loss(cfg, method, norm),
    )
}

/// Mean of tr P and of (tr P)² over `draws` Haar-orthogonal d × d matrices.
pub fn haar_trace_moments(d: usize, draws: usize, seed: u64) -> (Estimate, Estimate) {
    let mut g = rng(seed);
    let mut traces = Vec::with_capacity(draws);
    for _ in 0..draws {
        let p = haar_orthogonal(&mut g, d);
        traces.push((0..d).map(|i| p[i * d + i]).sum::<f64>());
    }
    let squares: Vec<f64> = traces.iter().map(|t| t * t).collect();
    (Estimate::of(&traces), Estimate::of(&squares))
}

/// For one fixed w_i (normalised by RMS) and `rows` fresh rows w_k: the sample variance of the
/// cross logits z_ik = h_i·w_k.
pub fn cross_logit_variance(d: usize, sigma: f64, rows: usize, seed: u64) -> f64 {
    let mut g = rng(seed);
    let w = normals(&mut g, d, sigma);
    let mut h = vec![0.0; d];
    normalise(&w, Norm::Rms, &mut h);
    let z: Vec<f64> = (0..rows)
        .map(|_| dot(&h, &normals(&mut g, d, sigma)))
        .collect();
    let mean = z.iter().sum::<f64>() / rows as f64;
    z.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (rows - 1) as f64
}
