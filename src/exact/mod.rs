//! Arithmetic shared by every article: exact integers and rationals, certified real enclosures,
//! truncated power series, and the parser for numbers typed on the command line.

pub mod ball;
pub mod bit_burst;
pub mod certify;
pub mod chudnovsky;
pub mod cos_pi;
pub mod cos_tower;
pub mod decimal;
pub mod double;
pub mod integer;
pub mod interval;
pub mod law;
pub mod matrix;
pub mod montecarlo;
pub mod number;
pub mod parallel;
pub mod polynomial;
pub mod printed;
pub mod rational;
pub mod series;
