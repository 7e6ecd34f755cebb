//! Ladder Side-Tuning: every claim snapshotted, parameter counts by two routes against the
//! reference totals, backward depth on random exact tapes, and the CLUE statistics.

mod common;

use claimcheck::articles::ladder_side_tuning::params::*;
use claimcheck::articles::ladder_side_tuning::tape::{
    Layer, backward, directional_derivative, pair,
};
use claimcheck::articles::ladder_side_tuning::{clue_rows, flop_model};
use claimcheck::eval::evaluate;
use claimcheck::exact::matrix::Matrix;
use claimcheck::exact::rational::q;
use num_rational::BigRational;
use num_traits::Zero;
use proptest::prelude::*;

snapshot_claims! {
    lst_01 => "LST-01", lst_02 => "LST-02", lst_03 => "LST-03", lst_04 => "LST-04",
    lst_05 => "LST-05", lst_06 => "LST-06", lst_07 => "LST-07", lst_08 => "LST-08",
    lst_09 => "LST-09", lst_10 => "LST-10", lst_11 => "LST-11", lst_12 => "LST-12",
    lst_13 => "LST-13", lst_14 => "LST-14", lst_15 => "LST-15", lst_16 => "LST-16",
}

/// The catalogue's backbone totals, by the tensor walk and by the closed form.
#[test]
fn backbone_totals() {
    let bert = [
        (BERT_BASE_UNCASED, 108_891_648u64, 109_482_240u64),
        (BERT_LARGE_UNCASED, 334_092_288, 335_141_888),
        (ROBERTA_WWM_EXT_BASE, 101_677_056, 102_267_648),
        (ROBERTA_WWM_EXT_LARGE, 324_472_832, 325_522_432),
    ];
    for (cfg, plain, pooled) in bert {
        assert_eq!(count(&bert_tensors(cfg, false)), plain);
        assert_eq!(bert_formula(cfg, false), plain);
        assert_eq!(count(&bert_tensors(cfg, true)), pooled);
        assert_eq!(bert_formula(cfg, true), pooled);
    }
    for (cfg, full, code) in [
        (T5_BASE, 222_903_552u64, 222_882_048u64),
        (T5_LARGE, 737_668_096, 737_639_424),
        (T5_3B, 2_851_598_336, 2_851_569_664),
    ] {
        assert_eq!(count(&t5_tensors(cfg, 32128)), full);
        assert_eq!(t5_formula(cfg, 32128), full);
        assert_eq!(count(&t5_tensors(cfg, 32100)), code);
    }
    // no kept layer: no relative table either (a case proptest found)
    assert_eq!(
        count(&lst_side_tensors(T5_BASE, 1, &[])),
        lst_side_formula(T5_BASE, 1, 0)
    );
    // the author's side network and the embeddings split
    assert_eq!(count(&author_side_tensors(768)), 1_284_608);
    assert_eq!(count(&author_side_tensors(1024)), 1_448_448);
    assert_eq!(count(&bert_block("x", 128, 512)), 198_272);
    assert_eq!(count(&bert_block("x", 768, 3072)), 7_087_872);
}

#[test]
fn eval_param_count_matches_reference() {
    for (name, value) in [
        ("bert-base-uncased", "109482240"),
        ("bert-large-uncased", "335141888"),
        ("roberta-wwm-ext-base", "102267648"),
        ("roberta-wwm-ext-large", "325522432"),
        ("t5-base", "222903552"),
        ("t5-large", "737668096"),
        ("t5-3b", "2851598336"),
    ] {
        assert_eq!(
            evaluate("param-count", &[name], None).unwrap(),
            value,
            "{name}"
        );
    }
}

#[test]
fn clue_statistics() {
    let rows = clue_rows().unwrap();
    let mean = |i: usize| rows[i].1.iter().sum::<BigRational>() / q(11, 1);
    assert_eq!(mean(0), q(1789, 25));
    assert_eq!(mean(1), q(81237, 1100));
    assert_eq!(mean(2), q(6651, 100));
    assert_eq!(mean(3), q(74751, 1100));
    assert_eq!(mean(2) - mean(1), q(-2019, 275));
    assert_eq!(mean(3) - mean(2), q(159, 110));
}

#[test]
fn flop_model_values() {
    assert_eq!(flop_model(768, 12, 3072, 128), (174_587_904, 2_818_048));
    assert_eq!(flop_model(1024, 24, 4096, 128), (616_562_688, 3_145_728));
}

fn layer(w: usize, v: &[i64]) -> Layer {
    Layer {
        a: Matrix::from_fn(w, w, |i, j| q(v[(i * w + j) % v.len()], 1)),
        b: (0..w).map(|i| q(v[(i + 7) % v.len()], 1)).collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Backward depth L − min T on random chains, with gradients equal to forward-mode
    /// directional derivatives.
    #[test]
    fn backward_depth(l in 1usize..=8, w in 1usize..=3, entries in proptest::collection::vec(-3i64..=3, 16), picks in proptest::collection::vec(any::<bool>(), 9), dir in proptest::collection::vec(-3i64..=3, 16)) {
        let layers: Vec<Layer> = (0..=l).map(|k| layer(w, &entries[k % 4..])).collect();
        let x: Vec<BigRational> = (0..w).map(|i| q(entries[i] % 3, 1)).collect();
        let mut trainable: Vec<usize> = (0..=l).filter(|&k| picks[k]).collect();
        if trainable.is_empty() {
            trainable.push(l);
        }
        let (grads, vjps) = backward(&layers, &x, &trainable);
        prop_assert_eq!(vjps, l - trainable.iter().min().unwrap());
        let direction: Vec<Layer> = (0..=l)
            .map(|k| if trainable.contains(&k) { layer(w, &dir[k % 5..]) } else { Layer { a: Matrix::zeros(w, w), b: vec![BigRational::zero(); w] } })
            .collect();
        prop_assert_eq!(pair(&grads, &direction), directional_derivative(&layers, &x, &direction));
    }

    /// The paper's side count: tensor walk = formula for every kept set and reduction factor.
    #[test]
    fn side_count_routes(mask in 0u32..(1 << 12), r in proptest::sample::select(vec![1u64, 2, 4, 8, 16, 32, 64])) {
        let kept: Vec<u64> = (0..12).filter(|l| mask & (1 << l) != 0).collect();
        prop_assert_eq!(count(&lst_side_tensors(T5_BASE, r, &kept)), lst_side_formula(T5_BASE, r, kept.len()));
    }

    /// The author's mapping: taps increase, stay below L_b, and end at L_b − 1 iff L_s | L_b.
    #[test]
    fn author_taps(ls in 1i64..=8, extra in 0i64..=40) {
        let lb = ls + extra;
        let taps = claimcheck::articles::ladder_side_tuning::author_taps(lb, ls);
        prop_assert!(taps.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(taps.iter().all(|&t| t < lb));
        prop_assert_eq!(*taps.last().unwrap() == lb - 1, lb % ls == 0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// `eval t5-params` and `lst-side-params` on random configurations given by their
    /// dimensions against the tensor-by-tensor walk (an independent route to the formula).
    #[test]
    fn eval_counts_by_dimensions_match_the_tensor_walk(
        vocab in 1u64..40_000, d_units in 1u64..16, layers in 1u64..13, ffn_units in 1u64..16,
        heads in 1u64..13, kv_units in 1u64..9, r_exp in 0u32..4, k in 0u64..13,
    ) {
        let r = 1u64 << r_exp;
        let cfg = T5Config { vocab, d: 64 * d_units, layers, ffn: 64 * ffn_units, heads, d_kv: 8 * kv_units };
        let args = [vocab, cfg.d, layers, cfg.ffn, heads, cfg.d_kv, r, k].map(|n| n.to_string());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let backbone = count(&t5_tensors(cfg, vocab));
        prop_assert_eq!(evaluate("t5-params", &args[..6], None).unwrap(), backbone.to_string());
        let side = evaluate("lst-side-params", &args, None);
        if k > layers {
            prop_assert!(side.is_err());
        } else {
            let kept: Vec<u64> = (0..k).collect();
            let walk = count(&lst_side_tensors(cfg, r, &kept));
            prop_assert_eq!(side.unwrap(), walk.to_string());
            prop_assert_eq!(
                evaluate("lst-state-bytes", &args, None).unwrap(),
                (4 * u128::from(backbone + walk) + 12 * u128::from(walk)).to_string()
            );
            prop_assert_eq!(training_state_bytes(backbone, backbone), 16 * u128::from(backbone));
        }
    }
}

#[test]
fn eval_by_dimensions_known_values_and_limits() {
    // T5-base from its dimensions equals the named model; the released side network at r = 8
    // with the 9 kept layers has 3,878,712 parameters (LST-05's count)
    let base = ["32128", "768", "12", "3072", "12", "64"];
    assert_eq!(evaluate("t5-params", &base, None).unwrap(), "222903552");
    let ladder = [&base[..], &["8", "9"]].concat();
    assert_eq!(
        evaluate("lst-side-params", &ladder, None).unwrap(),
        "3878712"
    );
    assert_eq!(
        evaluate("lst-state-bytes", &ladder, None).unwrap(),
        "953673600"
    );
    // the largest configuration fits: every count is exact
    let max = ["16777216", "65536", "1024", "65536", "65536", "65536"];
    assert!(evaluate("t5-params", &max, None).is_ok());
    for bad in [
        vec!["32128", "768", "12", "3072", "12", "0"],
        vec!["32128", "65537", "12", "3072", "12", "64"],
        vec!["32128", "768", "1025", "3072", "12", "64"],
        vec!["16777217", "768", "12", "3072", "12", "64"],
    ] {
        assert!(evaluate("t5-params", &bad, None).is_err(), "{bad:?}");
    }
    for bad in [
        [&base[..], &["7", "9"]].concat(),
        [&base[..], &["0", "9"]].concat(),
        [&base[..], &["8", "13"]].concat(),
    ] {
        assert!(evaluate("lst-side-params", &bad, None).is_err(), "{bad:?}");
    }
}

/// The configuration checks themselves, not only through eval's argument bounds.
#[test]
fn configuration_checks_reject_each_bad_dimension() {
    assert!(check_t5(T5_BASE).is_ok());
    for bad in [
        T5Config { d_kv: 0, ..T5_BASE },
        T5Config {
            layers: MAX_LAYERS + 1,
            ..T5_BASE
        },
        T5Config {
            vocab: MAX_VOCAB + 1,
            ..T5_BASE
        },
        T5Config {
            heads: MAX_WIDTH + 1,
            ..T5_BASE
        },
    ] {
        assert!(check_t5(bad).is_err(), "{bad:?}");
    }
    assert!(check_ladder(T5_BASE, 8, 9).is_ok());
    assert!(check_ladder(T5_BASE, 7, 9).is_err() && check_ladder(T5_BASE, 8, 13).is_err());
}

/// The tape's gradients against a hand derivation (both the tape and the forward-mode check
/// scale by the same 2 of d(h²)/dh, so they must also meet a value computed here): one scalar
/// layer h = a·x + b·x², loss h², at x = 3, a = 1, b = 2: h = 21, ∂/∂a = 2h·x = 126,
/// ∂/∂b = 2h·x² = 378; and along the direction (1, 1) the derivative 126 + 378 = 504.
#[test]
fn tape_gradient_by_hand() {
    let layer = Layer {
        a: Matrix::from_ints(&[&[1]]),
        b: vec![q(2, 1)],
    };
    let x = [q(3, 1)];
    let (grads, vjps) = backward(std::slice::from_ref(&layer), &x, &[0]);
    assert_eq!(vjps, 0);
    assert_eq!(grads.len(), 1);
    assert_eq!(
        (grads[0].1.get(0, 0), &grads[0].2[0]),
        (&q(126, 1), &q(378, 1))
    );
    let direction = Layer {
        a: Matrix::from_ints(&[&[1]]),
        b: vec![q(1, 1)],
    };
    let along = std::slice::from_ref(&direction);
    assert_eq!(
        directional_derivative(std::slice::from_ref(&layer), &x, along),
        q(504, 1)
    );
    assert_eq!(pair(&grads, along), q(504, 1));
    // two layers, the second h' = a'·h + b'·h² with a' = 1, b' = 1 at h = 21: h' = 462, and
    // ∂(h'²)/∂b (first layer) = 2h'·(a' + 2b'h)·x² = 924·43·9
    let layers = [
        layer.clone(),
        Layer {
            a: Matrix::from_ints(&[&[1]]),
            b: vec![q(1, 1)],
        },
    ];
    let (grads, vjps) = backward(&layers, &x, &[0]);
    assert_eq!(vjps, 1);
    assert_eq!(grads[0].2[0], q(924 * 43 * 9, 1));
}
