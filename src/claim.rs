//! The claim model: what an article asserts, where the assertion comes from, what kind of
//! mathematics checks it, what the audit expects, and — computed afresh on every call — the
//! verdict with its evidence.
//!
//! A [`Claim`] never stores its verdict. Its `check` function does the mathematics and returns an
//! [`Outcome`]; [`Claim::run`] compares the computed [`Verdict`] with the audit's [`Expected`]
//! verdict, and `claimcheck verify` fails when they differ.

use std::fmt;

use serde::Serialize;

use crate::articles::{self, ArticleId};

/// Where a claim comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Provenance {
    /// Stated in the surviving text of the article.
    ArticleText,
    /// Rebuilt from secondary sources where the article's text is lost.
    Reconstructed,
    /// Taken from a paper the article relies on.
    Paper,
    /// Taken from code released with the article or paper.
    ReleasedCode,
    /// Not in the article: derived by the audit to check or complete it.
    Derived,
}

/// What kind of mathematics decides a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Kind {
    /// A single exact integer or rational value.
    ExactValue,
    /// An identity between formulas (of power series, polynomials, …).
    Identity,
    /// A statement over all n (k, …), checked exhaustively on a proven or stated range.
    Property,
    /// A real number printed with certified digits.
    Certified,
    /// A limit or growth statement, never tested as an equality.
    Asymptotic,
    /// Bookkeeping: parameter counts, memory, costs.
    Accounting,
    /// A seeded Monte Carlo estimate with a stated pass rule.
    MonteCarlo,
    /// An empirical statement that can only be quoted.
    Quoted,
}

/// The verdict the audit expects a claim's check to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Expected {
    Holds,
    Approximate,
    Refuted,
    Quoted,
}

/// The verdict a check computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// The statement is true (a printed rounded number: the exact value rounds to its digits).
    Holds,
    /// Not exactly true, but close; the evidence gives the gap.
    Approximate,
    /// False; the evidence shows why.
    Refuted,
    /// Cannot be re-derived offline; only its internal arithmetic was checked.
    Quoted,
}

impl Verdict {
    /// `Holds` when `ok`, else `Refuted`: the verdict of an exact statement.
    pub fn holds_if(ok: bool) -> Verdict {
        if ok { Verdict::Holds } else { Verdict::Refuted }
    }

    /// Whether this computed verdict is the expected one.
    pub fn matches(self, expected: Expected) -> bool {
        matches!(
            (self, expected),
            (Verdict::Holds, Expected::Holds)
                | (Verdict::Approximate, Expected::Approximate)
                | (Verdict::Refuted, Expected::Refuted)
                | (Verdict::Quoted, Expected::Quoted)
        )
    }
}

macro_rules! display_as_words {
    ($($ty:ty { $($variant:ident => $word:literal),* $(,)? })*) => {$(
        impl $ty {
            /// The lower-case word used in reports and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $word),* }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}

display_as_words! {
    Provenance {
        ArticleText => "article text", Reconstructed => "reconstructed", Paper => "paper",
        ReleasedCode => "released code", Derived => "derived",
    }
    Kind {
        ExactValue => "exact value", Identity => "identity", Property => "property",
        Certified => "certified", Asymptotic => "asymptotic", Accounting => "accounting",
        MonteCarlo => "monte carlo", Quoted => "quoted",
    }
    Expected { Holds => "holds", Approximate => "approximate", Refuted => "refuted", Quoted => "quoted" }
    Verdict { Holds => "holds", Approximate => "approximate", Refuted => "refuted", Quoted => "quoted" }
}

/// One named value behind a verdict, printed exactly: integers in full, rationals as `p/q`,
/// reals as certified decimals with their digit count stated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub name: String,
    pub value: String,
}

impl Evidence {
    pub fn new(name: impl Into<String>, value: impl fmt::Display) -> Evidence {
        Evidence {
            name: name.into(),
            value: value.to_string(),
        }
    }
}

/// What a check computed: the verdict and the values that decide it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub verdict: Verdict,
    pub evidence: Vec<Evidence>,
}

impl Outcome {
    /// An outcome with no evidence yet; add it with [`Outcome::with`].
    pub fn new(verdict: Verdict) -> Outcome {
        Outcome {
            verdict,
            evidence: Vec::new(),
        }
    }

    /// Appends one named value.
    pub fn with(mut self, name: impl Into<String>, value: impl fmt::Display) -> Outcome {
        self.evidence.push(Evidence::new(name, value));
        self
    }
}

/// One checkable statement of one article.
pub struct Claim {
    /// Exactly as in the catalogue: `PART-09`, `CUR-X1`, `SCAL-P3`.
    pub id: &'static str,
    pub article: ArticleId,
    /// One precise English sentence.
    pub statement: &'static str,
    pub provenance: Provenance,
    pub kind: Kind,
    pub expected: Expected,
    /// Assumptions and readings a reader needs (shown by `claimcheck show`); may be empty.
    pub notes: &'static str,
    /// Does the mathematics, every time it is called.
    pub check: fn() -> Outcome,
}

/// A claim together with its freshly computed outcome.
pub struct Checked<'a> {
    pub claim: &'a Claim,
    pub outcome: Outcome,
}

impl Checked<'_> {
    /// Whether the computed verdict is the expected one.
    pub fn ok(&self) -> bool {
        self.outcome.verdict.matches(self.claim.expected)
    }
}

impl Claim {
    /// Runs the check.
    pub fn run(&self) -> Checked<'_> {
        Checked {
            claim: self,
            outcome: (self.check)(),
        }
    }
}

/// Every registered claim of every article, in article order and then catalogue order.
pub fn registry() -> Vec<&'static Claim> {
    ArticleId::ALL
        .iter()
        .flat_map(|article| articles::claims_of(*article).iter())
        .collect()
}

/// The claim with this id, if registered (ids are matched exactly, case-insensitively).
pub fn find(id: &str) -> Option<&'static Claim> {
    registry()
        .into_iter()
        .find(|c| c.id.eq_ignore_ascii_case(id))
}

/// Builds a [`Claim`]: `claim!(article, "ID", Provenance, Kind, Expected, check, "statement", "notes")`.
macro_rules! claim {
    ($article:expr, $id:literal, $prov:ident, $kind:ident, $exp:ident, $check:ident, $statement:literal, $notes:literal $(,)?) => {
        $crate::claim::Claim {
            id: $id,
            article: $article,
            statement: $statement,
            provenance: $crate::claim::Provenance::$prov,
            kind: $crate::claim::Kind::$kind,
            expected: $crate::claim::Expected::$exp,
            notes: $notes,
            check: $check,
        }
    };
}
pub(crate) use claim;
