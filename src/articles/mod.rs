//! The eight audited articles. Each module declares one descriptor, `ARTICLE` (metadata and
//! claims, each claim's declaration beside its check), next to its formulas; this file keeps the
//! one list of them, [`ALL`], with [`registry`] and [`find`].
//!
//! A descriptor is `pub(super)`: an article left out of [`ALL`] is dead code, which the build
//! (`clippy -D warnings`) rejects, and `tests/registry.rs` compares the registry with the
//! catalogues.

use crate::claim::{Article, Entry};

pub mod bert_init;
pub mod cur;
pub mod ladder_side_tuning;
pub mod mushroom;
pub mod partitions;
pub mod r136a1;
pub mod scaling_law;
pub mod shared_embedding;

/// Every article, in catalogue order.
pub static ALL: [&Article; 8] = [
    &partitions::ARTICLE,
    &bert_init::ARTICLE,
    &shared_embedding::ARTICLE,
    &scaling_law::ARTICLE,
    &r136a1::ARTICLE,
    &mushroom::ARTICLE,
    &cur::ARTICLE,
    &ladder_side_tuning::ARTICLE,
];

/// The article with this catalogue slug (`partitions`, `bert-init`, …).
pub fn article(slug: &str) -> Option<&'static Article> {
    ALL.iter().copied().find(|a| a.slug == slug)
}

/// The slugs of every article, in catalogue order.
pub fn slugs() -> Vec<&'static str> {
    ALL.iter().map(|a| a.slug).collect()
}

/// Every registered claim of every article, in article order and then catalogue order.
pub fn registry() -> Vec<Entry> {
    ALL.iter()
        .flat_map(|article| {
            article
                .claims
                .iter()
                .map(move |claim| Entry { article, claim })
        })
        .collect()
}

/// The claim with this id, if registered (ids are matched exactly, case-insensitively).
pub fn find(id: &str) -> Option<Entry> {
    registry()
        .into_iter()
        .find(|e| e.claim.id.eq_ignore_ascii_case(id))
}

mod locations {
    include!(concat!(env!("OUT_DIR"), "/check_locations.rs"));
}

/// Where the check of the claim `id` is written: the path from the crate root and the line of
/// its `fn` (found by `build.rs`; `tests/registry.rs` requires one for every claim).
pub fn check_location(id: &str) -> Option<(&'static str, u32)> {
    locations::CHECK_LOCATIONS
        .binary_search_by(|(k, _, _)| (*k).cmp(id))
        .ok()
        .map(|i| {
            (
                locations::CHECK_LOCATIONS[i].1,
                locations::CHECK_LOCATIONS[i].2,
            )
        })
}
