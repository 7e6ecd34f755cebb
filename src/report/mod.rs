//! Rendering checked claims for CI systems and for people auditing them: JUnit XML
//! ([`junit`]) and the comparison of a run with a saved baseline ([`baseline`]). Rendering
//! only — every number shown here was computed by a claim's check; nothing here does
//! mathematics.

pub mod baseline;
pub mod junit;
pub mod xml;
