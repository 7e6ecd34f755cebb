//! # claimcheck
//!
//! Re-derives, with exact arithmetic, every checkable claim in eight articles of the blog
//! *科学空间 / Scientific Spaces* (kexue.fm), and says for each claim whether it holds, holds only
//! approximately, is wrong, or can only be quoted.
//!
//! ## The model
//!
//! Every claim is a [`claim::Claim`]: an id exactly as in the article's catalogue, one precise
//! statement, its provenance (article text, reconstructed, paper, released code, derived), the
//! kind of mathematics that decides it, the verdict the audit expects, and a `check` function
//! that does the mathematics every time it is called. Verdicts are computed, never stored; a
//! regression in any formula shows up as a computed verdict that differs from the expected one.
//!
//! ## The arithmetic
//!
//! - Integers and rationals are exact (`num-bigint`, `num-rational`, and `rug` where GMP speed
//!   matters or as the second library of a cross-check): [`exact::integer`].
//! - Real numbers are certified enclosures on MPFR floats with directed rounding, printed only to
//!   the digits the enclosure proves: [`exact::interval`].
//! - Generating functions are truncated formal power series over exact rings: [`exact::series`].
//! - Numbers typed by users are read exactly: [`exact::number`].
//!
//! ## The articles
//!
//! One module per article under [`articles`], holding its formulas as public functions and its
//! claims; [`articles::registry`] lists them all. [`eval`] is the table behind `claimcheck eval`,
//! [`render`] formats claims and verdicts as text, JSON and Markdown, and [`report`] renders
//! them for CI and auditors (JUnit, the baseline comparison).

pub mod articles;
pub mod claim;
pub mod eval;
pub mod exact;
pub mod render;
pub mod report;
