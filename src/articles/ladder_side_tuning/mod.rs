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
pub use clue::{CLUE_TASKS, clue_rows};
pub use params::{author_taps, flop_model, kept_layers};

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
