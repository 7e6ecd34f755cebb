//! `verify --baseline FILE`: the current run against a saved `verify --format json`.
//!
//! Every claim of the baseline is matched by id with the current run. A change is reported for
//! the verdict, `ok`, each stated comparison (matched by name) and each evidence value (matched
//! by name); a claim of the baseline that no longer exists, and a claim that is new, are
//! reported too. A change is *worse* when `ok` goes from true to false, a verdict or a stated
//! comparison leaves `holds`, a verdict becomes `error`, or a claim of the baseline is missing;
//! [`Comparison::worse`] counts those, and `verify` exits 1 when there is any.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use thiserror::Error;

/// Why a baseline could not be read.
#[derive(Debug, Error)]
pub enum BaselineError {
    #[error("the baseline is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the baseline must be the array that `claimcheck verify --format json` prints; {0}")]
    Shape(String),
}

/// One difference between the baseline and the current run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub id: String,
    /// `verdict`, `ok`, `stated NAME`, `evidence NAME`, `claim`.
    pub what: String,
    /// The baseline's value as JSON text (absent for a new claim or value).
    pub before: Option<String>,
    /// The current value as JSON text (absent for a missing claim or value).
    pub after: Option<String>,
    pub worse: bool,
}

/// The comparison of a run with its baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub baseline_claims: usize,
    pub current_claims: usize,
    pub changes: Vec<Change>,
}

impl Comparison {
    /// How many changes are regressions.
    pub fn worse(&self) -> usize {
        self.changes.iter().filter(|c| c.worse).count()
    }

    /// The comparison as text: one line per change, then a summary line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for c in &self.changes {
            let arrow = match (&c.before, &c.after) {
                (Some(b), Some(a)) => format!("{b} → {a}"),
                (Some(b), None) => format!("{b} → (missing now)"),
                (None, Some(a)) => format!("(new) {a}"),
                (None, None) => String::new(),
            };
            out.push_str(&format!(
                "{:<10} {:<28} {}{}\n",
                c.id,
                c.what,
                arrow,
                if c.worse { "  ✗ worse" } else { "" }
            ));
        }
        let changed: std::collections::BTreeSet<&str> =
            self.changes.iter().map(|c| c.id.as_str()).collect();
        out.push_str(&format!(
            "baseline {} claims, now {}: {} claim(s) changed, {} change(s) worse\n",
            self.baseline_claims,
            self.current_claims,
            changed.len(),
            self.worse()
        ));
        out
    }
}

/// Parses a saved `verify --format json` into claims by id.
///
/// # Errors
///
/// The text is not JSON, not an array, or an element has no string `id`.
pub fn parse(text: &str) -> Result<BTreeMap<String, Value>, BaselineError> {
    let value: Value = serde_json::from_str(text)?;
    let items = value
        .as_array()
        .ok_or_else(|| BaselineError::Shape("this is not an array".into()))?;
    let mut claims = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let id = item
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| BaselineError::Shape(format!("element {i} has no \"id\" string")))?;
        if item.get("verdict").is_none() {
            return Err(BaselineError::Shape(format!(
                "claim {id} has no \"verdict\" (was it saved with `list` instead of `verify`?)"
            )));
        }
        if claims.insert(id.to_string(), item.clone()).is_some() {
            return Err(BaselineError::Shape(format!("claim {id} appears twice")));
        }
    }
    Ok(claims)
}

/// Compares the current run (each claim's `verify` JSON, in run order) with the baseline.
///
/// `known` says whether an id exists in the registry at all: a baseline claim that is not in
/// `current` but still known was only left out of this run's selection and is not compared; one
/// that is unknown is reported missing (worse).
pub fn compare(
    baseline: &BTreeMap<String, Value>,
    current: &[Value],
    known: impl Fn(&str) -> bool,
) -> Comparison {
    let mut changes = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for now in current {
        let id = now["id"].as_str().unwrap_or_default();
        seen.insert(id.to_string());
        match baseline.get(id) {
            None => changes.push(change(id, "claim", None, Some(&now["verdict"]), false)),
            Some(before) => claim_changes(id, before, now, &mut changes),
        }
    }
    for (id, before) in baseline {
        if !seen.contains(id) && !known(id) {
            changes.push(change(id, "claim", Some(&before["verdict"]), None, true));
        }
    }
    let compared = baseline
        .keys()
        .filter(|id| seen.contains(*id) || !known(id));
    Comparison {
        baseline_claims: compared.count(),
        current_claims: current.len(),
        changes,
    }
}

fn claim_changes(id: &str, before: &Value, now: &Value, out: &mut Vec<Change>) {
    let (vb, va) = (&before["verdict"], &now["verdict"]);
    if vb != va {
        let worse = (vb == "holds" || va == "error") && va != "holds";
        out.push(change(id, "verdict", Some(vb), Some(va), worse));
    }
    let (ob, oa) = (&before["ok"], &now["ok"]);
    if ob != oa {
        out.push(change(
            id,
            "ok",
            Some(ob),
            Some(oa),
            *ob == true && *oa != true,
        ));
    }
    for (name, b, a) in by_name(&before["stated"], &now["stated"]) {
        if b != a {
            let standing = |v: Option<&Value>| v.map(|v| v["standing"].clone());
            let worse = standing(b) == Some(Value::from("holds"))
                && standing(a) != Some(Value::from("holds"));
            let (b, a) = (b.map(stated_summary), a.map(stated_summary));
            out.push(change(
                id,
                &format!("stated {name}"),
                b.as_ref(),
                a.as_ref(),
                worse,
            ));
        }
    }
    for (name, b, a) in by_name(&before["evidence"], &now["evidence"]) {
        let (b, a) = (b.map(|v| &v["value"]), a.map(|v| &v["value"]));
        if b != a {
            out.push(change(id, &format!("evidence {name}"), b, a, false));
        }
    }
}

/// A stated comparison in a line: `"holds: \"0.0176\" against computed 0.017600…"`.
fn stated_summary(v: &Value) -> Value {
    let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    Value::from(format!(
        "{}: \"{}\" against computed {}",
        text("standing"),
        text("text"),
        text("computed")
    ))
}

/// The entries of two arrays of `{"name": …}` objects, paired by name, in the order they first
/// appear (baseline first).
fn by_name<'a>(
    before: &'a Value,
    now: &'a Value,
) -> Vec<(String, Option<&'a Value>, Option<&'a Value>)> {
    let items = |v: &'a Value| -> Vec<(String, &'a Value)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|e| (e["name"].as_str().unwrap_or_default().to_string(), e))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (b, a) = (items(before), items(now));
    let mut names: Vec<String> = Vec::new();
    for (n, _) in b.iter().chain(a.iter()) {
        if !names.contains(n) {
            names.push(n.clone());
        }
    }
    let find =
        |list: &[(String, &'a Value)], n: &str| list.iter().find(|(m, _)| m == n).map(|(_, v)| *v);
    names
        .into_iter()
        .map(|n| {
            let (x, y) = (find(&b, &n), find(&a, &n));
            (n, x, y)
        })
        .collect()
}

fn change(
    id: &str,
    what: &str,
    before: Option<&Value>,
    after: Option<&Value>,
    worse: bool,
) -> Change {
    Change {
        id: id.to_string(),
        what: what.to_string(),
        before: before.map(Value::to_string),
        after: after.map(Value::to_string),
        worse,
    }
}
