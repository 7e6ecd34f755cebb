//! The author's CLUE validation table (quoted data), read exactly, and the deltas between its rows.

use num_rational::BigRational;

use crate::exact::number::{NumberError, parse_exact};

/// The CLUE tasks, in the article's column order.
pub const CLUE_TASKS: [&str; 11] = [
    "iflytek", "tnews", "afqmc", "cmnli", "ocnli", "wsc", "csl", "cmrc2018", "c3", "chid",
    "cluener",
];

/// The article's CLUE validation table, read exactly.
///
/// # Errors
/// When an entry of the table is not a decimal (none is).
pub fn clue_rows() -> Result<Vec<(&'static str, Vec<BigRational>)>, NumberError> {
    let rows = [
        (
            "BERT base",
            "60.06 56.80 72.41 79.56 73.93 78.62 83.93 56.17 60.54 85.69 79.45",
        ),
        (
            "RoBERTa base",
            "60.64 58.06 74.05 81.24 76.00 87.50 84.50 56.54 67.66 86.71 79.47",
        ),
        (
            "RoBERTa base + LST",
            "59.29 56.82 70.37 76.27 71.02 68.09 82.63 42.50 56.97 69.35 78.30",
        ),
        (
            "RoBERTa large + LST",
            "60.41 57.12 72.36 75.80 72.07 75.00 84.23 39.98 60.19 72.55 77.80",
        ),
    ];
    rows.iter()
        .map(|(name, text)| {
            let values = text
                .split_whitespace()
                .map(parse_exact)
                .collect::<Result<Vec<_>, _>>()?;
            Ok((*name, values))
        })
        .collect()
}

/// a − b entrywise.
pub fn delta(a: &[BigRational], b: &[BigRational]) -> Vec<BigRational> {
    a.iter().zip(b).map(|(x, y)| x - y).collect()
}
