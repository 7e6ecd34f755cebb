//! Rendering checked claims for CI systems and for people auditing them: the audit report
//! ([`site`]: HTML pages, Markdown, JSON, the claim graph), JUnit XML ([`junit`]) and the
//! comparison of a run with a saved baseline ([`baseline`]). Rendering only — every number
//! shown here was computed by a claim's check; nothing here does mathematics.

pub mod audit;
pub mod baseline;
pub mod graph_svg;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod plots;
pub mod site;
pub mod xml;
