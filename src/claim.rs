//! The claim model: what an article asserts and prints, where it comes from, what the audit
//! expects, and — computed afresh on every call — the verdict with everything behind it.
//!
//! A [`Claim`] declares the article's printed numbers ([`Stated`]) as data and the claims its
//! check relies on (`uses`). Its check computes inside a [`Check`], which records
//!
//! - **assertions** ([`Check::asserts`]): what the article asserts; false makes it `refuted`;
//! - **comparisons** ([`Check::compare`]): a stated number against its exact or certified value:
//!   `holds`, `approximate` inside the declared band, `refuted` outside;
//! - **facts** ([`Check::fact`]): the audit's own supporting computations (a counterexample
//!   exists, two routes agree); a false fact means the check is broken, so the verdict is
//!   `error`;
//! - **evidence** ([`Check::evidence`]): named exact values for the reader; they decide nothing.
//!
//! The verdict is *derived*: the weakest of the assertions and comparisons (`holds` >
//! `approximate` > `refuted`), `quoted` for a quoted claim whose internal arithmetic holds, and
//! `error` when a fact fails, a declared number is never compared, the check returns an error or
//! panics. [`Claim::run`] never panics and never takes other claims down with it.
//!
//! This module knows nothing about the articles: they declare [`Article`] descriptors, and
//! `crate::articles` lists them.

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use num_bigint::BigInt;
use num_rational::BigRational;
use serde::Serialize;
use thiserror::Error;

use crate::exact::interval::{Interval, IntervalError};
use crate::exact::printed::{self, CompareError, Comparison, Computed, Reading, Spec, Standing};

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
    /// The statement is true (a printed number: the value rounds or truncates to its digits).
    Holds,
    /// Not exactly true, but inside a declared band; the evidence gives the gap.
    Approximate,
    /// False; the evidence shows why.
    Refuted,
    /// Cannot be re-derived offline; only its internal arithmetic was checked.
    Quoted,
    /// The check itself failed: a supporting fact was false, it erred or it panicked.
    Error,
}

impl Verdict {
    /// Whether this computed verdict is the expected one (an error never is).
    pub fn matches(self, expected: Expected) -> bool {
        matches!(
            (self, expected),
            (Verdict::Holds, Expected::Holds)
                | (Verdict::Approximate, Expected::Approximate)
                | (Verdict::Refuted, Expected::Refuted)
                | (Verdict::Quoted, Expected::Quoted)
        )
    }

    /// The verdict a standing gives on its own (a printed number, a requirement).
    pub fn of(standing: Standing) -> Verdict {
        match standing {
            Standing::Holds => Verdict::Holds,
            Standing::Approximate => Verdict::Approximate,
            Standing::Refuted => Verdict::Refuted,
        }
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
    Verdict {
        Holds => "holds", Approximate => "approximate", Refuted => "refuted", Quoted => "quoted",
        Error => "error",
    }
    Role { Asserts => "asserts", Fact => "fact" }
}

/// A relative tolerance for words such as "about": a print is `approximate` when
/// |computed − stated| ≤ `rel`·|stated| but it is not a correct reading of its digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Band {
    /// An exact number: `1/10`, `0.05`.
    pub rel: &'static str,
    /// Why this band: the article's word, or why its figures are rounded loosely.
    pub why: &'static str,
}

/// A number the article prints, as data: the check compares it with what it computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Stated {
    /// How the check refers to it (unique within its claim).
    pub name: &'static str,
    /// Exactly as printed: `0.0176`, `1.2 %`, `about a million`, `more than seven times`.
    pub text: &'static str,
    /// The exact value it denotes, written to the precision printed: `0.0176`, `0.012`, `1e6`,
    /// `7`, `19/250` (see [`Reading`]).
    pub value: &'static str,
    pub reading: Reading,
    pub band: Option<Band>,
    /// The phrase of the article it comes from.
    pub source: &'static str,
    /// Why changing this number cannot move the verdict (empty: it must, and a test checks it).
    pub insensitive: &'static str,
}

impl Stated {
    /// Printed digits: holds when the value rounds (ties away from zero) to `value`'s last digit.
    pub const fn printed(name: &'static str, text: &'static str, value: &'static str) -> Stated {
        Stated {
            name,
            text,
            value,
            reading: Reading::Printed,
            band: None,
            source: "",
            insensitive: "",
        }
    }

    /// Digits the article truncates: holds when the value rounds or truncates to `value`.
    pub const fn truncated(name: &'static str, text: &'static str, value: &'static str) -> Stated {
        Stated {
            reading: Reading::Truncated,
            ..Stated::printed(name, text, value)
        }
    }

    /// An exact value: holds only when the computed value equals it.
    pub const fn exact(name: &'static str, text: &'static str, value: &'static str) -> Stated {
        Stated {
            reading: Reading::Exact,
            ..Stated::printed(name, text, value)
        }
    }

    /// A bound: `reading` is one of the inequality readings.
    pub const fn bound(
        name: &'static str,
        text: &'static str,
        value: &'static str,
        reading: Reading,
    ) -> Stated {
        Stated {
            reading,
            ..Stated::printed(name, text, value)
        }
    }

    /// The phrase it comes from.
    pub const fn from(self, source: &'static str) -> Stated {
        Stated { source, ..self }
    }

    /// A declared tolerance, with its reason.
    pub const fn band(self, rel: &'static str, why: &'static str) -> Stated {
        Stated {
            band: Some(Band { rel, why }),
            ..self
        }
    }

    /// Declares why perturbing this number cannot move the verdict.
    pub const fn insensitive(self, why: &'static str) -> Stated {
        Stated {
            insensitive: why,
            ..self
        }
    }

    /// The exact reading of this declaration with `value` in place of the declared one.
    ///
    /// # Errors
    /// When the value or band is not a number of the form the reading needs.
    pub fn spec_with(&self, value: &str) -> Result<Spec, CompareError> {
        Spec::new(value, self.reading, self.band.map(|b| b.rel))
    }
}

/// One named value behind a verdict, printed exactly: integers in full, rationals as `p/q`,
/// reals as certified decimals with their digit count stated. It decides nothing.
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

/// Whether a requirement is the article's assertion or the audit's own supporting fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// What the article asserts: false refutes the claim.
    Asserts,
    /// What the audit relies on: false means the check is broken.
    Fact,
}

/// One named requirement and how it came out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub name: String,
    pub role: Role,
    pub standing: Standing,
}

/// One stated number compared with its computed value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatedOutcome {
    pub name: &'static str,
    pub text: &'static str,
    /// The value compared (the declared one, or a substitute under test).
    pub value: String,
    pub reading: Reading,
    #[serde(flatten)]
    pub comparison: Comparison,
}

/// What a check computed: the verdict and everything behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub verdict: Verdict,
    pub stated: Vec<StatedOutcome>,
    pub requirements: Vec<Requirement>,
    pub evidence: Vec<Evidence>,
    /// Why the check failed, when the verdict is [`Verdict::Error`].
    pub error: Option<String>,
}

impl Outcome {
    fn failed(error: String) -> Outcome {
        Outcome {
            verdict: Verdict::Error,
            stated: Vec::new(),
            requirements: Vec::new(),
            evidence: Vec::new(),
            error: Some(error),
        }
    }
}

/// Why a check could not finish.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CheckError {
    #[error("{0}")]
    Compare(#[from] CompareError),
    #[error("{0}")]
    Interval(#[from] IntervalError),
    #[error("the check compares '{0}', which the claim does not declare")]
    UnknownStated(String),
    #[error("{0}")]
    Failed(String),
}

impl CheckError {
    pub fn msg(why: impl Into<String>) -> CheckError {
        CheckError::Failed(why.into())
    }
}

/// What a check returns.
pub type CheckResult = Result<(), CheckError>;

/// `?` for `Option`s and foreign errors inside a check: `value.or_fail("why")?`.
pub trait OrFail<T> {
    /// The value, or a [`CheckError`] saying `why`.
    ///
    /// # Errors
    /// When there is no value.
    fn or_fail(self, why: &str) -> Result<T, CheckError>;
}

impl<T> OrFail<T> for Option<T> {
    fn or_fail(self, why: &str) -> Result<T, CheckError> {
        self.ok_or_else(|| CheckError::msg(why))
    }
}

impl<T, E: fmt::Display> OrFail<T> for Result<T, E> {
    fn or_fail(self, why: &str) -> Result<T, CheckError> {
        self.map_err(|e| CheckError::msg(format!("{why}: {e}")))
    }
}

/// The context a check computes in; see the module documentation.
pub struct Check<'a> {
    claim: &'a Claim,
    substitutes: &'a [(&'a str, String)],
    full: bool,
    stated: Vec<StatedOutcome>,
    requirements: Vec<Requirement>,
    evidence: Vec<Evidence>,
}

impl<'a> Check<'a> {
    fn new(claim: &'a Claim, substitutes: &'a [(&'a str, String)], full: bool) -> Check<'a> {
        Check {
            claim,
            substitutes,
            full,
            stated: Vec::new(),
            requirements: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// Whether this run asks for the catalogue's full Monte Carlo sizes (`verify --full`);
    /// checks without Monte Carlo ignore it.
    pub fn full(&self) -> bool {
        self.full
    }

    /// Records what the article asserts; false refutes the claim. Returns `holds`.
    pub fn asserts(&mut self, name: impl Into<String>, holds: impl Into<bool>) -> bool {
        let holds = holds.into();
        self.require(name, Role::Asserts, Standing::holds_if(holds));
        holds
    }

    /// Records an assertion that is true only approximately when `exact` fails but `close`
    /// (a computed comparison with a band the claim documents) holds.
    pub fn asserts_close(&mut self, name: impl Into<String>, exact: bool, close: bool) {
        let standing = if exact {
            Standing::Holds
        } else if close {
            Standing::Approximate
        } else {
            Standing::Refuted
        };
        self.require(name, Role::Asserts, standing);
    }

    /// Records a supporting fact of the audit; false makes the verdict `error`. Returns `holds`.
    pub fn fact(&mut self, name: impl Into<String>, holds: impl Into<bool>) -> bool {
        let holds = holds.into();
        self.require(name, Role::Fact, Standing::holds_if(holds));
        holds
    }

    fn require(&mut self, name: impl Into<String>, role: Role, standing: Standing) {
        self.requirements.push(Requirement {
            name: name.into(),
            role,
            standing,
        });
    }

    /// Adds a named value for the reader.
    pub fn evidence(&mut self, name: impl Into<String>, value: impl fmt::Display) {
        self.evidence.push(Evidence::new(name, value));
    }

    /// Compares the declared number `name` with a computed value.
    ///
    /// # Errors
    /// When the claim declares no such number, or the comparison cannot be decided.
    pub fn compare(&mut self, name: &str, computed: Computed<'_>) -> Result<Standing, CheckError> {
        let declared = self
            .claim
            .stated
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| CheckError::UnknownStated(name.to_string()))?;
        let value = self
            .substitutes
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(declared.value.to_string(), |(_, v)| v.clone());
        let spec = declared.spec_with(&value)?;
        let comparison = printed::compare(declared.text, &spec, &computed)?;
        let standing = comparison.standing;
        self.stated.push(StatedOutcome {
            name: declared.name,
            text: declared.text,
            value,
            reading: declared.reading,
            comparison,
        });
        Ok(standing)
    }

    /// [`Check::compare`] with an exact value.
    ///
    /// # Errors
    /// As [`Check::compare`].
    pub fn compare_exact(
        &mut self,
        name: &str,
        computed: &BigRational,
    ) -> Result<Standing, CheckError> {
        self.compare(name, Computed::Exact(computed.clone()))
    }

    /// [`Check::compare`] with an exact integer.
    ///
    /// # Errors
    /// As [`Check::compare`].
    pub fn compare_int(
        &mut self,
        name: &str,
        computed: impl Into<BigInt>,
    ) -> Result<Standing, CheckError> {
        self.compare(
            name,
            Computed::Exact(BigRational::from_integer(computed.into())),
        )
    }

    /// [`Check::compare`] with a formula on intervals, refined until decided.
    ///
    /// # Errors
    /// As [`Check::compare`].
    pub fn compare_real(
        &mut self,
        name: &str,
        f: impl Fn(u32) -> Result<Interval, IntervalError>,
    ) -> Result<Standing, CheckError> {
        self.compare(name, Computed::Real(&f))
    }

    /// [`Check::compare`] with a fixed enclosure (a value from measured inputs, such as G: more
    /// precision cannot narrow it).
    ///
    /// # Errors
    /// As [`Check::compare`]; an enclosure across a boundary of the reading is undecided.
    pub fn compare_enclosure(
        &mut self,
        name: &str,
        enclosure: Interval,
    ) -> Result<Standing, CheckError> {
        self.compare(name, Computed::Enclosure(enclosure))
    }

    fn finish(self, result: CheckResult) -> Outcome {
        let Check {
            claim,
            stated,
            requirements,
            evidence,
            ..
        } = self;
        let mut errors: Vec<String> = Vec::new();
        if let Err(e) = result {
            errors.push(e.to_string());
        }
        for r in &requirements {
            if r.role == Role::Fact && r.standing != Standing::Holds {
                errors.push(format!("supporting fact failed: {}", r.name));
            }
        }
        for s in claim.stated {
            if !stated.iter().any(|o| o.name == s.name) {
                errors.push(format!("stated number '{}' was never compared", s.name));
            }
        }
        let weakest = requirements
            .iter()
            .filter(|r| r.role == Role::Asserts)
            .map(|r| r.standing)
            .chain(stated.iter().map(|s| s.comparison.standing))
            .min()
            .unwrap_or(Standing::Holds);
        let verdict = if !errors.is_empty() {
            Verdict::Error
        } else if claim.kind == Kind::Quoted && weakest == Standing::Holds {
            Verdict::Quoted
        } else {
            Verdict::of(weakest)
        };
        Outcome {
            verdict,
            stated,
            requirements,
            evidence,
            error: (!errors.is_empty()).then(|| errors.join("; ")),
        }
    }
}

/// One checkable statement of one article.
pub struct Claim {
    /// Exactly as in the catalogue: `PART-09`, `CUR-X1`, `SCAL-P3`.
    pub id: &'static str,
    /// One precise English sentence.
    pub statement: &'static str,
    pub provenance: Provenance,
    pub kind: Kind,
    pub expected: Expected,
    /// The article's printed numbers this claim checks.
    pub stated: &'static [Stated],
    /// Ids of the claims this check relies on.
    pub uses: &'static [&'static str],
    /// Assumptions and readings a reader needs (shown by `claimcheck show`); may be empty.
    pub notes: &'static str,
    /// Does the mathematics, every time it is called.
    pub check: fn(&mut Check) -> CheckResult,
}

impl Claim {
    /// Runs the check with the declared numbers.
    pub fn run(&self) -> Outcome {
        self.run_with(&[])
    }

    /// Runs the check with some declared values replaced (`(name, value)`): how the
    /// perturbation tests show that a verdict follows from the stated numbers. Never panics.
    pub fn run_with(&self, substitutes: &[(&str, String)]) -> Outcome {
        self.run_options(substitutes, false)
    }

    /// Runs the check with the catalogue's full Monte Carlo sizes (slower; `verify --full`).
    pub fn run_full(&self) -> Outcome {
        self.run_options(&[], true)
    }

    fn run_options(&self, substitutes: &[(&str, String)], full: bool) -> Outcome {
        let caught = catch_unwind(AssertUnwindSafe(|| {
            let mut check = Check::new(self, substitutes, full);
            let result = (self.check)(&mut check);
            check.finish(result)
        }));
        caught.unwrap_or_else(|panic| {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Outcome::failed(format!("the check panicked: {why}"))
        })
    }
}

/// One audited article: its metadata and its claims, declared beside its code.
pub struct Article {
    /// The catalogue's file name without `.md`.
    pub slug: &'static str,
    pub title: &'static str,
    pub english_title: &'static str,
    pub url: &'static str,
    pub date: &'static str,
    /// How much of the article's text survives, as the catalogue says.
    pub source: &'static str,
    pub claims: &'static [Claim],
}

impl fmt::Debug for Article {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Article").field("slug", &self.slug).finish()
    }
}

/// A registered claim with its article.
#[derive(Clone, Copy)]
pub struct Entry {
    pub article: &'static Article,
    pub claim: &'static Claim,
}

impl Entry {
    /// Runs the claim's check.
    pub fn run(self) -> Checked {
        self.timed(Claim::run)
    }

    /// Runs the claim's check at the catalogue's full Monte Carlo sizes.
    pub fn run_full(self) -> Checked {
        self.timed(Claim::run_full)
    }

    fn timed(self, run: fn(&Claim) -> Outcome) -> Checked {
        let start = Instant::now();
        let outcome = run(self.claim);
        Checked {
            entry: self,
            outcome,
            elapsed: start.elapsed(),
        }
    }
}

/// The number of worker threads [`run_all`] uses by default: the available cores.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Runs every claim of `entries` (at the catalogue's Monte Carlo sizes when `full`) on up to
/// `threads` worker threads and returns the results in the order given. Claims are independent
/// (shared Monte Carlo runs are memoised once per process, see
/// [`crate::exact::montecarlo::Memo`]), so the verdicts do not depend on `threads`; each worker
/// takes the next unstarted claim, and `progress(done, total, id)` is called as each finishes.
pub fn run_all(
    entries: &[Entry],
    full: bool,
    threads: usize,
    progress: &(dyn Fn(usize, usize, &str) + Sync),
) -> Vec<Checked> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    map_parallel(entries, threads, |entry| {
        let checked = if full { entry.run_full() } else { entry.run() };
        let finished = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        progress(finished, entries.len(), entry.claim.id);
        checked
    })
}

/// `f` applied to every item on up to `threads` worker threads (at least one, the caller's),
/// the results in the items' order: each worker takes the next untouched item, so long and
/// short items balance themselves. A panic in `f` propagates to the caller.
///
/// ```
/// use claimcheck::claim::map_parallel;
/// let squares = map_parallel(&[1u64, 2, 3, 4, 5], 3, |x| x * x);
/// assert_eq!(squares, vec![1, 4, 9, 16, 25]);
/// assert!(map_parallel(&[] as &[u8], 4, |x| *x).is_empty());
/// ```
pub fn map_parallel<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let r = f(item);
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
        }
    };
    let workers = threads.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        for _ in 1..workers {
            scope.spawn(work);
        }
        work();
    });
    results
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every index below the length is taken by exactly one worker")
        })
        .collect()
}

/// A conjunction built up case by case in a loop: `all.and(cond)` for each case, then pass
/// `all` to [`Check::asserts`] or [`Check::fact`]. It replaces `ok = ok && cond`, whose `&&` a
/// mutation can turn into `||` unseen (an accumulator that starts true stays true).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct All(bool);

impl All {
    /// The empty conjunction (true).
    pub fn new() -> All {
        All(true)
    }

    /// Adds one case: the conjunction holds only while every case does.
    pub fn and(&mut self, case: bool) {
        self.0 = self.0 && case;
    }

    /// Every one of a fixed list of conditions: `All::of([a, b, c])` where `a && b && c` would
    /// sit in a check whose conditions all hold, and so a `||` could replace the `&&` unseen.
    /// Every condition is evaluated (no short-circuit: none may depend on another).
    pub fn of(cases: impl IntoIterator<Item = bool>) -> All {
        let mut all = All::new();
        for case in cases {
            all.and(case);
        }
        all
    }

    /// Whether every case added so far holds.
    pub fn holds(self) -> bool {
        self.0
    }

    /// Whether `f` holds at every item of a fallible sweep. Every item is evaluated, in order,
    /// so that a later item's error is not hidden by an earlier false.
    ///
    /// # Errors
    ///
    /// The first error `f` returns.
    pub fn every<T, E>(
        items: impl IntoIterator<Item = T>,
        mut f: impl FnMut(T) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mut all = All::new();
        for item in items {
            all.and(f(item)?);
        }
        Ok(all.holds())
    }
}

impl Default for All {
    fn default() -> All {
        All::new()
    }
}

impl From<All> for bool {
    fn from(all: All) -> bool {
        all.0
    }
}

/// A claim together with its freshly computed outcome.
pub struct Checked {
    pub entry: Entry,
    pub outcome: Outcome,
    /// Wall time of the check (shown in JUnit; never in JSON, which stays deterministic).
    pub elapsed: Duration,
}

impl Checked {
    pub fn claim(&self) -> &'static Claim {
        self.entry.claim
    }

    /// Whether the computed verdict is the expected one.
    pub fn ok(&self) -> bool {
        self.outcome.verdict.matches(self.entry.claim.expected)
    }
}
