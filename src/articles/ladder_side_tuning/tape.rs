//! Backward depth as a count of vector–Jacobian products on small exact computation graphs.
//!
//! Backbone chain (width w): h_ℓ = A_ℓ h_{ℓ−1} + b_ℓ ⊙ h_{ℓ−1} ⊙ h_{ℓ−1} for ℓ = 0..=L with
//! h_{−1} = x, loss Σ h_L². Ladder: s_0 = P_0 h_{t_0}, s_{i+1} = B_i s_i + P_{i+1} h_{t_{i+1}},
//! loss Σ s_last². Gradients are checked against forward-mode directional derivatives.

use num_rational::BigRational;
use num_traits::Zero;

use crate::exact::matrix::Matrix;
use crate::exact::rational::q;

type Vector = Vec<BigRational>;

fn add(a: &[BigRational], b: &[BigRational]) -> Vector {
    a.iter().zip(b).map(|(x, y)| x + y).collect()
}

fn hadamard(a: &[BigRational], b: &[BigRational]) -> Vector {
    a.iter().zip(b).map(|(x, y)| x * y).collect()
}

fn outer(a: &[BigRational], b: &[BigRational]) -> Matrix {
    Matrix::from_fn(a.len(), b.len(), |i, j| &a[i] * &b[j])
}

/// One backbone layer's parameters.
#[derive(Clone, Debug)]
pub struct Layer {
    pub a: Matrix,
    pub b: Vector,
}

impl Layer {
    fn forward(&self, h: &[BigRational]) -> Vector {
        add(&self.a.apply(h), &hadamard(&self.b, &hadamard(h, h)))
    }

    /// ∂out/∂in applied to an adjoint: Aᵀa + 2b ⊙ h ⊙ a.
    fn input_vjp(&self, h: &[BigRational], adj: &[BigRational]) -> Vector {
        let term = hadamard(&hadamard(&self.b, h), adj)
            .into_iter()
            .map(|x| x * q(2, 1))
            .collect::<Vec<_>>();
        add(&self.a.transpose().apply(adj), &term)
    }

    /// Tangent of the output for parameter tangents (da, db) and input tangent dh.
    fn tangent(&self, h: &[BigRational], dh: &[BigRational], d: &Layer) -> Vector {
        let from_params = add(&d.a.apply(h), &hadamard(&d.b, &hadamard(h, h)));
        let from_input = add(
            &self.a.apply(dh),
            &hadamard(&hadamard(&self.b, h), dh)
                .into_iter()
                .map(|x| x * q(2, 1))
                .collect::<Vec<_>>(),
        );
        add(&from_params, &from_input)
    }
}

/// The backbone's activations h_{−1} = x, h_0, …, h_L.
pub fn forward(layers: &[Layer], x: &[BigRational]) -> Vec<Vector> {
    let mut hs = vec![x.to_vec()];
    for layer in layers {
        let next = layer.forward(hs.last().expect("non-empty"));
        hs.push(next);
    }
    hs
}

/// Gradients of Σ h_L² for the trainable layers T (as (dA, db) per layer index), computed with the
/// shortest backward pass, and the number of input VJPs it used (L − min T).
pub fn backward(
    layers: &[Layer],
    x: &[BigRational],
    trainable: &[usize],
) -> (Vec<(usize, Matrix, Vector)>, usize) {
    let hs = forward(layers, x);
    let last = layers.len() - 1;
    let lowest = *trainable.iter().min().expect("non-empty trainable set");
    let mut adj: Vector = hs[last + 1].iter().map(|v| v * q(2, 1)).collect();
    let mut grads = Vec::new();
    let mut input_vjps = 0;
    for l in (lowest..=last).rev() {
        let h_in = &hs[l];
        if trainable.contains(&l) {
            grads.push((l, outer(&adj, h_in), hadamard(&adj, &hadamard(h_in, h_in))));
        }
        if l > lowest {
            adj = layers[l].input_vjp(h_in, &adj);
            input_vjps += 1;
        }
    }
    grads.sort_by_key(|g| g.0);
    (grads, input_vjps)
}

/// d/dε of Σ h_L² along parameter tangents `direction` (one per layer; zero for frozen layers).
pub fn directional_derivative(
    layers: &[Layer],
    x: &[BigRational],
    direction: &[Layer],
) -> BigRational {
    let hs = forward(layers, x);
    let mut dh: Vector = vec![BigRational::zero(); x.len()];
    for (l, layer) in layers.iter().enumerate() {
        dh = layer.tangent(&hs[l], &dh, &direction[l]);
    }
    hs.last()
        .expect("non-empty")
        .iter()
        .zip(&dh)
        .map(|(h, d)| q(2, 1) * h * d)
        .sum()
}

/// ⟨gradient, direction⟩ for the gradients returned by [`backward`].
pub fn pair(grads: &[(usize, Matrix, Vector)], direction: &[Layer]) -> BigRational {
    grads
        .iter()
        .map(|(l, da, db)| {
            let d = &direction[*l];
            let mut s: BigRational = (0..da.rows())
                .flat_map(|i| (0..da.cols()).map(move |j| (i, j)))
                .map(|(i, j)| da.get(i, j) * d.a.get(i, j))
                .sum();
            s += db.iter().zip(&d.b).map(|(g, v)| g * v).sum::<BigRational>();
            s
        })
        .sum()
}

/// A ladder on a frozen backbone: side parameters P_0..P_n (w_s × w) and B_0..B_{n−1} (w_s × w_s),
/// tapping backbone activations `taps` (indices into h_0..h_L).
#[derive(Clone, Debug)]
pub struct Ladder {
    pub taps: Vec<usize>,
    pub p: Vec<Matrix>,
    pub b: Vec<Matrix>,
}

/// Side gradients (dP_i, dB_i) of Σ s_last², and the number of backbone VJPs performed.
/// With `cut = false` the adjoints also flow into the backbone activations and down through every
/// backbone layer (as an autodiff system without stop_gradient would do); with `cut = true` they stop.
pub fn ladder_backward(
    layers: &[Layer],
    x: &[BigRational],
    ladder: &Ladder,
    cut: bool,
) -> (Vec<Matrix>, Vec<Matrix>, usize) {
    let hs = forward(layers, x);
    let tapped = |i: usize| &hs[ladder.taps[i] + 1];
    let mut s = vec![ladder.p[0].apply(tapped(0))];
    for i in 0..ladder.b.len() {
        s.push(add(
            &ladder.b[i].apply(&s[i]),
            &ladder.p[i + 1].apply(tapped(i + 1)),
        ));
    }
    let mut adj: Vector = s
        .last()
        .expect("non-empty")
        .iter()
        .map(|v| v * q(2, 1))
        .collect();
    let mut dp = vec![Matrix::zeros(1, 1); ladder.p.len()];
    let mut db = vec![Matrix::zeros(1, 1); ladder.b.len()];
    // adjoints arriving at backbone activations h_0..h_L
    let mut backbone_adj: Vec<Option<Vector>> = vec![None; layers.len()];
    for i in (0..ladder.p.len()).rev() {
        dp[i] = outer(&adj, tapped(i));
        if !cut {
            let into_h = ladder.p[i].transpose().apply(&adj);
            let slot = &mut backbone_adj[ladder.taps[i]];
            *slot = Some(match slot.take() {
                Some(prev) => add(&prev, &into_h),
                None => into_h,
            });
        }
        if i > 0 {
            db[i - 1] = outer(&adj, &s[i - 1]);
            adj = ladder.b[i - 1].transpose().apply(&adj);
        }
    }
    let mut vjps = 0;
    if !cut {
        // propagate through the backbone from the top tap down to the input
        let mut running: Option<Vector> = None;
        for l in (0..layers.len()).rev() {
            let here = match (running.take(), backbone_adj[l].take()) {
                (Some(a), Some(b)) => Some(add(&a, &b)),
                (a, b) => a.or(b),
            };
            if let Some(a) = here {
                running = Some(layers[l].input_vjp(&hs[l], &a));
                vjps += 1;
            }
        }
    }
    (dp, db, vjps)
}

/// d/dε of the ladder loss along side-parameter tangents (dP, dB), forward mode.
pub fn ladder_directional_derivative(
    layers: &[Layer],
    x: &[BigRational],
    ladder: &Ladder,
    dp: &[Matrix],
    db: &[Matrix],
) -> BigRational {
    let hs = forward(layers, x);
    let tapped = |i: usize| &hs[ladder.taps[i] + 1];
    let mut s = ladder.p[0].apply(tapped(0));
    let mut ds = dp[0].apply(tapped(0));
    for i in 0..ladder.b.len() {
        let next = add(
            &ladder.b[i].apply(&s),
            &ladder.p[i + 1].apply(tapped(i + 1)),
        );
        let dnext = add(
            &add(&db[i].apply(&s), &ladder.b[i].apply(&ds)),
            &dp[i + 1].apply(tapped(i + 1)),
        );
        s = next;
        ds = dnext;
    }
    s.iter().zip(&ds).map(|(a, b)| q(2, 1) * a * b).sum()
}

/// Σ_ij A_ij B_ij.
pub fn frobenius_inner(a: &Matrix, b: &Matrix) -> BigRational {
    (0..a.rows())
        .flat_map(|i| (0..a.cols()).map(move |j| (i, j)))
        .map(|(i, j)| a.get(i, j) * b.get(i, j))
        .sum()
}
