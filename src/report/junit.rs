//! `verify --format junit`: JUnit XML, so that CI systems list the claims as tests.
//!
//! One `<testsuite>` per article (in the order of [`crate::articles::ALL`], articles without a
//! checked claim left out) and one `<testcase>` per claim. A claim whose verdict differs from
//! the expected one — an `error` verdict included — is a `<failure>` whose message names both
//! verdicts and whose body is the claim's evidence; a claim that is as expected and `quoted`
//! (nothing to re-derive offline) is `<skipped>`; every other claim passes. The elements and
//! attributes are those the common JUnit schemas require (`testsuites`; `testsuite` with
//! `name`, `tests`, `failures`, `errors`, `skipped`, `time`; `testcase` with `name`,
//! `classname`, `time`).

use std::time::Duration;

use super::xml::{escape, escape_attr};
use crate::articles;
use crate::claim::{Checked, Verdict};
use crate::render::evidence_text;

/// The JUnit XML document of a run.
pub fn junit(checked: &[Checked]) -> String {
    let mut suites = String::new();
    let mut totals = Counts::default();
    for article in articles::ALL {
        let cases: Vec<&Checked> = checked
            .iter()
            .filter(|c| std::ptr::eq(c.entry.article, article))
            .collect();
        if cases.is_empty() {
            continue;
        }
        let counts = Counts::of(&cases);
        totals.add(&counts);
        suites.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"{}\">\n",
            escape_attr(article.slug),
            counts.tests,
            counts.failures,
            counts.skipped,
            seconds(counts.time)
        ));
        suites.push_str(&format!(
            "    <properties><property name=\"title\" value=\"{}\"/><property name=\"url\" value=\"{}\"/></properties>\n",
            escape_attr(article.english_title),
            escape_attr(article.url)
        ));
        for c in cases {
            suites.push_str(&testcase(c));
        }
        suites.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"{}\">\n{suites}</testsuites>\n",
        totals.tests,
        totals.failures,
        totals.skipped,
        seconds(totals.time)
    )
}

fn testcase(c: &Checked) -> String {
    let claim = c.claim();
    let open = format!(
        "    <testcase name=\"{}: {}\" classname=\"{}\" time=\"{}\"",
        escape_attr(claim.id),
        escape_attr(claim.statement),
        escape_attr(c.entry.article.slug),
        seconds(c.elapsed)
    );
    if !c.ok() {
        let message = match (&c.outcome.error, c.outcome.verdict) {
            (Some(e), _) => format!("error (expected {}): {e}", claim.expected),
            (None, v) => format!("verdict {v}, expected {}", claim.expected),
        };
        format!(
            "{open}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
            escape_attr(&message),
            if c.outcome.verdict == Verdict::Error {
                "error"
            } else {
                "verdict"
            },
            escape(&evidence_text(c))
        )
    } else if c.outcome.verdict == Verdict::Quoted {
        format!(
            "{open}>\n      <skipped message=\"quoted: only the claim's own arithmetic can be checked offline\"/>\n    </testcase>\n"
        )
    } else {
        format!("{open}/>\n")
    }
}

#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    skipped: usize,
    time: Duration,
}

impl Counts {
    fn of(cases: &[&Checked]) -> Counts {
        Counts {
            tests: cases.len(),
            failures: cases.iter().filter(|c| !c.ok()).count(),
            skipped: cases
                .iter()
                .filter(|c| c.ok() && c.outcome.verdict == Verdict::Quoted)
                .count(),
            time: cases.iter().map(|c| c.elapsed).sum(),
        }
    }

    fn add(&mut self, other: &Counts) {
        self.tests += other.tests;
        self.failures += other.failures;
        self.skipped += other.skipped;
        self.time += other.time;
    }
}

/// Seconds with millisecond resolution, as JUnit's `time` attributes are written.
fn seconds(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64())
}
