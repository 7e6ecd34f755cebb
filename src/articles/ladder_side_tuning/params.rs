//! Parameter accounting from first principles: model configurations as data, and two routes to
//! every count — a walk over every named tensor, and the closed-form formula.

/// A BERT-family encoder (token, position and segment embeddings; post-LN blocks with biases).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BertConfig {
    pub vocab: u64,
    pub d: u64,
    pub layers: u64,
    pub ffn: u64,
}

/// A T5 v1.0 encoder–decoder (shared embedding tied to the LM head, no biases, RMS norms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T5Config {
    pub vocab: u64,
    pub d: u64,
    pub layers: u64,
    pub ffn: u64,
    pub heads: u64,
    pub d_kv: u64,
}

pub const BERT_BASE_UNCASED: BertConfig = BertConfig {
    vocab: 30522,
    d: 768,
    layers: 12,
    ffn: 3072,
};
pub const BERT_LARGE_UNCASED: BertConfig = BertConfig {
    vocab: 30522,
    d: 1024,
    layers: 24,
    ffn: 4096,
};
pub const ROBERTA_WWM_EXT_BASE: BertConfig = BertConfig {
    vocab: 21128,
    d: 768,
    layers: 12,
    ffn: 3072,
};
pub const ROBERTA_WWM_EXT_LARGE: BertConfig = BertConfig {
    vocab: 21128,
    d: 1024,
    layers: 24,
    ffn: 4096,
};
pub const T5_BASE: T5Config = T5Config {
    vocab: 32128,
    d: 768,
    layers: 12,
    ffn: 3072,
    heads: 12,
    d_kv: 64,
};
pub const T5_LARGE: T5Config = T5Config {
    vocab: 32128,
    d: 1024,
    layers: 24,
    ffn: 4096,
    heads: 16,
    d_kv: 64,
};
pub const T5_3B: T5Config = T5Config {
    vocab: 32128,
    d: 1024,
    layers: 24,
    ffn: 16384,
    heads: 32,
    d_kv: 128,
};

/// A named tensor shape.
pub type Tensor = (String, Vec<u64>);

/// Σ over tensors of the product of their dimensions.
pub fn count(tensors: &[Tensor]) -> u64 {
    tensors
        .iter()
        .map(|(_, shape)| shape.iter().product::<u64>())
        .sum()
}

fn t(name: impl Into<String>, shape: &[u64]) -> Tensor {
    (name.into(), shape.to_vec())
}

/// One post-LN BERT block of width d and FFN width f, with biases and LayerNorm γ, β.
pub fn bert_block(prefix: &str, d: u64, f: u64) -> Vec<Tensor> {
    let mut v = Vec::new();
    for m in ["query", "key", "value", "output"] {
        v.push(t(format!("{prefix}.attention.{m}.weight"), &[d, d]));
        v.push(t(format!("{prefix}.attention.{m}.bias"), &[d]));
    }
    v.push(t(format!("{prefix}.attention.LayerNorm.gamma"), &[d]));
    v.push(t(format!("{prefix}.attention.LayerNorm.beta"), &[d]));
    v.push(t(format!("{prefix}.intermediate.weight"), &[d, f]));
    v.push(t(format!("{prefix}.intermediate.bias"), &[f]));
    v.push(t(format!("{prefix}.output.weight"), &[f, d]));
    v.push(t(format!("{prefix}.output.bias"), &[d]));
    v.push(t(format!("{prefix}.output.LayerNorm.gamma"), &[d]));
    v.push(t(format!("{prefix}.output.LayerNorm.beta"), &[d]));
    v
}

/// Every tensor of a BERT encoder (512 positions, 2 segments), optionally with the pooler.
pub fn bert_tensors(cfg: BertConfig, pooler: bool) -> Vec<Tensor> {
    let d = cfg.d;
    let mut v = vec![
        t("embeddings.word", &[cfg.vocab, d]),
        t("embeddings.position", &[512, d]),
        t("embeddings.token_type", &[2, d]),
        t("embeddings.LayerNorm.gamma", &[d]),
        t("embeddings.LayerNorm.beta", &[d]),
    ];
    for l in 0..cfg.layers {
        v.extend(bert_block(&format!("encoder.layer.{l}"), d, cfg.ffn));
    }
    if pooler {
        v.push(t("pooler.weight", &[d, d]));
        v.push(t("pooler.bias", &[d]));
    }
    v
}

/// P = Vd + 512d + 2d + 2d + L(4d² + 2df + 9d + f) [+ d² + d].
pub fn bert_formula(cfg: BertConfig, pooler: bool) -> u64 {
    let (v, d, l, f) = (cfg.vocab, cfg.d, cfg.layers, cfg.ffn);
    v * d
        + 512 * d
        + 4 * d
        + l * (4 * d * d + 2 * d * f + 9 * d + f)
        + if pooler { d * d + d } else { 0 }
}

/// One T5 block (no biases): self-attention (and cross-attention for the decoder), a ReLU FFN,
/// and one RMS norm weight per sublayer; layer 0 holds the relative-position table.
pub fn t5_block(
    prefix: &str,
    d: u64,
    f: u64,
    inner: u64,
    heads: u64,
    decoder: bool,
    relative: bool,
) -> Vec<Tensor> {
    let mut v = Vec::new();
    let attentions: &[&str] = if decoder {
        &["self", "cross"]
    } else {
        &["self"]
    };
    for a in attentions {
        for m in ["q", "k", "v"] {
            v.push(t(format!("{prefix}.{a}.{m}"), &[d, inner]));
        }
        v.push(t(format!("{prefix}.{a}.o"), &[inner, d]));
        v.push(t(format!("{prefix}.{a}.layer_norm"), &[d]));
    }
    if relative {
        v.push(t(
            format!("{prefix}.self.relative_attention_bias"),
            &[32, heads],
        ));
    }
    v.push(t(format!("{prefix}.ffn.wi"), &[d, f]));
    v.push(t(format!("{prefix}.ffn.wo"), &[f, d]));
    v.push(t(format!("{prefix}.ffn.layer_norm"), &[d]));
    v
}

/// Every tensor of a T5 v1.0 model with `vocab` embedding rows (LM head tied).
pub fn t5_tensors(cfg: T5Config, vocab: u64) -> Vec<Tensor> {
    let inner = cfg.heads * cfg.d_kv;
    let mut v = vec![t("shared", &[vocab, cfg.d])];
    for (stack, decoder) in [("encoder", false), ("decoder", true)] {
        for l in 0..cfg.layers {
            v.extend(t5_block(
                &format!("{stack}.block.{l}"),
                cfg.d,
                cfg.ffn,
                inner,
                cfg.heads,
                decoder,
                l == 0,
            ));
        }
        v.push(t(format!("{stack}.final_layer_norm"), &[cfg.d]));
    }
    v
}

/// P = Vd + L(4di + 2df + 2d) + L(8di + 2df + 3d) + 2(32h + d).
pub fn t5_formula(cfg: T5Config, vocab: u64) -> u64 {
    let (d, l, f, h) = (cfg.d, cfg.layers, cfg.ffn, cfg.heads);
    let i = h * cfg.d_kv;
    vocab * d
        + l * (4 * d * i + 2 * d * f + 2 * d)
        + l * (8 * d * i + 2 * d * f + 3 * d)
        + 2 * (32 * h + d)
}

/// The paper's side network (released code): width d/r, FFN f/r, per-head d_kv/r, heads
/// unchanged, side blocks at the kept layers of both stacks, k+1 down-projections per stack
/// (d → d_s with bias), L gates per stack, a side norm per stack, one up-projection d_s → d.
pub fn lst_side_tensors(cfg: T5Config, r: u64, kept: &[u64]) -> Vec<Tensor> {
    let (ds, fs, es) = (cfg.d / r, cfg.ffn / r, cfg.d_kv / r);
    let is = cfg.heads * es;
    let mut v = Vec::new();
    for (stack, decoder) in [("encoder", false), ("decoder", true)] {
        v.push(t(
            format!("{stack}.side_first_downsample.weight"),
            &[cfg.d, ds],
        ));
        v.push(t(format!("{stack}.side_first_downsample.bias"), &[ds]));
        for (j, layer) in kept.iter().enumerate() {
            v.extend(t5_block(
                &format!("{stack}.side_block.{layer}"),
                ds,
                fs,
                is,
                cfg.heads,
                decoder,
                j == 0,
            ));
            v.push(t(
                format!("{stack}.side_downsamples.{layer}.weight"),
                &[cfg.d, ds],
            ));
            v.push(t(format!("{stack}.side_downsamples.{layer}.bias"), &[ds]));
        }
        v.push(t(format!("{stack}.side_gate_params"), &[cfg.layers]));
        v.push(t(format!("{stack}.final_side_layer_norm"), &[ds]));
    }
    v.push(t("side_final_upsample.weight", &[ds, cfg.d]));
    v.push(t("side_final_upsample.bias", &[cfg.d]));
    v
}

/// P_side = k(B_enc + B_dec) + 2[32h + d_s + (k+1)(d·d_s + d_s) + L] + d_s·d + d (the relative
/// table 32h sits in the first kept block, so it is absent when no layer is kept).
pub fn lst_side_formula(cfg: T5Config, r: u64, kept: usize) -> u64 {
    let (d, ds, fs) = (cfg.d, cfg.d / r, cfg.ffn / r);
    let is = cfg.heads * (cfg.d_kv / r);
    let k = kept as u64;
    let b_enc = 4 * ds * is + 2 * ds * fs + 2 * ds;
    let b_dec = 8 * ds * is + 2 * ds * fs + 3 * ds;
    let relative = if k > 0 { 32 * cfg.heads } else { 0 };
    k * (b_enc + b_dec) + 2 * (relative + ds + (k + 1) * (d * ds + ds) + cfg.layers) + ds * d + d
}

/// The author's side network (bojone/LST-CLUE): 4 post-LN BERT blocks of width 128, FFN 512,
/// no embeddings, five bias-free projections d_b → 128; the task head is separate.
pub fn author_side_tensors(backbone_d: u64) -> Vec<Tensor> {
    let (ds, fs, ls) = (128, 512, 4);
    let mut v = Vec::new();
    for i in 0..=ls {
        v.push(t(format!("side_projection.{i}"), &[backbone_d, ds]));
    }
    for i in 0..ls {
        v.extend(bert_block(&format!("side.layer.{i}"), ds, fs));
    }
    v
}

/// P_Su = (L_s+1)·d_b·d_s + L_s[4(d_s² + d_s) + 4d_s + 2d_s f_s + f_s + d_s].
pub fn author_side_formula(backbone_d: u64) -> u64 {
    let (ds, fs, ls) = (128u64, 512u64, 4u64);
    (ls + 1) * backbone_d * ds + ls * (4 * (ds * ds + ds) + 4 * ds + 2 * ds * fs + fs + ds)
}

/// A paper-style encoder-only ladder on a BERT backbone at reduction r: one post-LN BERT block of
/// width d/r per layer, L+1 projections d → d/r with bias, L gates, an up-projection d/r → d.
pub fn bert_ladder_tensors(cfg: BertConfig, r: u64) -> Vec<Tensor> {
    let (ds, fs) = (cfg.d / r, cfg.ffn / r);
    let mut v = Vec::new();
    for l in 0..cfg.layers {
        v.extend(bert_block(&format!("side.layer.{l}"), ds, fs));
    }
    for p in 0..=cfg.layers {
        v.push(t(format!("side.down.{p}.weight"), &[cfg.d, ds]));
        v.push(t(format!("side.down.{p}.bias"), &[ds]));
    }
    v.push(t("side.gates", &[cfg.layers]));
    v.push(t("side.up.weight", &[ds, cfg.d]));
    v.push(t("side.up.bias", &[cfg.d]));
    v
}

/// The configurations `eval param-count` knows, by name.
pub fn named_model(name: &str) -> Option<u64> {
    Some(match name {
        "bert-base-uncased" => count(&bert_tensors(BERT_BASE_UNCASED, true)),
        "bert-large-uncased" => count(&bert_tensors(BERT_LARGE_UNCASED, true)),
        "roberta-wwm-ext-base" => count(&bert_tensors(ROBERTA_WWM_EXT_BASE, true)),
        "roberta-wwm-ext-large" => count(&bert_tensors(ROBERTA_WWM_EXT_LARGE, true)),
        "t5-base" => count(&t5_tensors(T5_BASE, T5_BASE.vocab)),
        "t5-large" => count(&t5_tensors(T5_LARGE, T5_LARGE.vocab)),
        "t5-3b" => count(&t5_tensors(T5_3B, T5_3B.vocab)),
        _ => return None,
    })
}

/// The names `named_model` accepts.
pub const MODEL_NAMES: [&str; 7] = [
    "bert-base-uncased",
    "bert-large-uncased",
    "roberta-wwm-ext-base",
    "roberta-wwm-ext-large",
    "t5-base",
    "t5-large",
    "t5-3b",
];

/// The kept side layers of the paper's scripts.
pub fn kept_layers(model: &str) -> Vec<u64> {
    match model {
        "t5-base" => vec![1, 2, 3, 5, 6, 7, 9, 10, 11],
        "t5-large" => (0..24).filter(|l| l % 2 == 1).collect(),
        _ => vec![23],
    }
}

/// The author's layer mapping: side layer i taps backbone layer (i+1)·⌊L_b/L_s⌋ − 1.
pub fn author_taps(backbone_layers: i64, side_layers: i64) -> Vec<i64> {
    let stride = backbone_layers / side_layers;
    (0..side_layers).map(|i| (i + 1) * stride - 1).collect()
}

/// The FLOP model of LST-11/12: per token, a layer costs 2(4d² + 2df) + 4nd and a projection 2d_b·d_s.
/// Returns (F_b, F_s) for the author's side network on a backbone of width d, L layers, FFN f.
pub fn flop_model(d: u64, layers: u64, f: u64, n: u64) -> (u64, u64) {
    let layer = |d: u64, f: u64| 2 * (4 * d * d + 2 * d * f) + 4 * n * d;
    (layers * layer(d, f), 4 * layer(128, 512) + 5 * 2 * d * 128)
}

/// The largest width (d, f, d_kv, heads) a configuration given by its dimensions may have.
pub const MAX_WIDTH: u64 = 1 << 16;
/// The largest number of layers per stack.
pub const MAX_LAYERS: u64 = 1 << 10;
/// The largest vocabulary.
pub const MAX_VOCAB: u64 = 1 << 24;

/// A configuration outside the accounting's domain or limits.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// Checks that a T5 configuration has every dimension ≥ 1 and within [`MAX_WIDTH`],
/// [`MAX_LAYERS`] and [`MAX_VOCAB`]. Inside these limits every count below fits in a u64:
/// the largest term, 12·L·d·h·d_kv ≤ 12·2¹⁰·2⁴⁸ < 2⁶², dominates a sum below 2⁶³.
///
/// # Errors
/// [`ConfigError`] naming the first dimension out of range.
pub fn check_t5(cfg: T5Config) -> Result<(), ConfigError> {
    for (name, value, max) in [
        ("VOCAB", cfg.vocab, MAX_VOCAB),
        ("D", cfg.d, MAX_WIDTH),
        ("LAYERS", cfg.layers, MAX_LAYERS),
        ("FFN", cfg.ffn, MAX_WIDTH),
        ("HEADS", cfg.heads, MAX_WIDTH),
        ("D_KV", cfg.d_kv, MAX_WIDTH),
    ] {
        if value == 0 || value > max {
            return Err(ConfigError(format!(
                "{name} = {value} must lie in 1 ..= {max}"
            )));
        }
    }
    Ok(())
}

/// Checks a ladder on a T5 backbone: the backbone as [`check_t5`], the reduction r ≥ 1
/// dividing d, f and d_kv (the side widths d/r, f/r, d_kv/r are whole), and 0 ≤ k ≤ L kept
/// layers.
///
/// # Errors
/// [`ConfigError`] naming the violated condition.
pub fn check_ladder(cfg: T5Config, r: u64, kept: u64) -> Result<(), ConfigError> {
    check_t5(cfg)?;
    if r == 0 || [cfg.d, cfg.ffn, cfg.d_kv].iter().any(|w| w % r != 0) {
        return Err(ConfigError(format!(
            "R = {r} must be ≥ 1 and divide D = {}, FFN = {} and D_KV = {}",
            cfg.d, cfg.ffn, cfg.d_kv
        )));
    }
    if kept > cfg.layers {
        return Err(ConfigError(format!(
            "K = {kept} kept layers must be at most LAYERS = {}",
            cfg.layers
        )));
    }
    Ok(())
}

/// Bytes of training state at fp32 when `trainable` of `total` parameters are trained with
/// Adam: 4 bytes of weight for every parameter, plus a gradient and two moment estimates
/// (12 bytes) for each trainable one — 16·P for full fine-tuning. Activations, which LST's
/// short backward pass also saves, are not counted.
///
/// ```
/// use claimcheck::articles::ladder_side_tuning::params::training_state_bytes;
/// assert_eq!(training_state_bytes(100, 100), 1600);
/// assert_eq!(training_state_bytes(100, 0), 400);
/// ```
pub fn training_state_bytes(total: u64, trainable: u64) -> u128 {
    4 * u128::from(total) + 12 * u128::from(trainable)
}
