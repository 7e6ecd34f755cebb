//! Ladder Side-Tuning：预训练模型的“过墙梯” (kexue.fm/archives/9138), after Sung, Cho and Bansal,
//! "LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning" (NeurIPS 2022).
//!
//! Parameter accounting from first principles (`params`), backward depth as a count of
//! vector–Jacobian products on an exact tape (`tape`), and the author's CLUE table as quoted data.

mod claims;
pub mod clue;
pub mod params;
pub mod tape;

use crate::claim::Article;
use crate::exact::rational::q;
pub use clue::{CLUE_TASKS, clue_rows};
use num_rational::BigRational;
pub use params::{author_taps, flop_model, kept_layers};

/// Training memory on T5-base in GB: the paper's Table 1 as the article and its comments quote
/// it (full fine-tuning 17.6, prompt tuning 11.6, LST 5.5; LST-03), and between them the
/// Adapter and LoRA methods of its Figure 1 at the "26 %" saving LST-02 quotes (17.6 × 0.74).
/// In decreasing order.
pub fn table_1_memory_gb() -> Vec<(&'static str, BigRational)> {
    let full = q(176, 10);
    vec![
        ("full fine-tuning", full.clone()),
        ("Adapter / LoRA (26 % saving)", full * q(74, 100)),
        ("prompt tuning", q(116, 10)),
        ("LST", q(55, 10)),
    ]
}

/// The article's descriptor: metadata and claims (listed in [`crate::articles::ALL`]).
pub(super) static ARTICLE: Article = Article {
    slug: "ladder-side-tuning",
    title: "Ladder Side-Tuning：预训练模型的“过墙梯”",
    english_title: "Ladder Side-Tuning: a ladder over the wall for pre-trained models",
    url: "https://kexue.fm/archives/9138",
    date: "2022-06-20",
    source: "complete (prose and the CLUE table)",
    claims: claims::CLAIMS,
};
