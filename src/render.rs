//! Formatting claims and verdicts for people (text, Markdown) and programs (JSON). Pure
//! functions from the claim model to strings, so `main.rs` only parses and prints.

use serde_json::{Value, json};

use crate::claim::{Checked, Entry, Outcome, Stated};

/// The JSON object of a claim; with an outcome it adds `verdict`, `ok`, `stated`,
/// `requirements`, `evidence` and, when the check failed, `error`.
pub fn claim_json(entry: Entry, outcome: Option<&Outcome>) -> Value {
    let claim = entry.claim;
    let mut v = json!({
        "id": claim.id,
        "article": entry.article.slug,
        "statement": claim.statement,
        "provenance": claim.provenance.as_str(),
        "kind": claim.kind.as_str(),
        "expected": claim.expected.as_str(),
        "uses": claim.uses,
        "declared": claim.stated.iter().map(declared_json).collect::<Vec<_>>(),
    });
    if let Some(o) = outcome {
        v["verdict"] = json!(o.verdict.as_str());
        v["ok"] = json!(o.verdict.matches(claim.expected));
        v["stated"] = json!(o.stated);
        v["requirements"] = json!(o.requirements);
        v["evidence"] = json!(o.evidence);
        if let Some(e) = &o.error {
            v["error"] = json!(e);
        }
    }
    v
}

fn declared_json(s: &Stated) -> Value {
    let mut v = json!({
        "name": s.name,
        "text": s.text,
        "value": s.value,
        "reading": s.reading,
        "source": s.source,
    });
    if let Some(b) = s.band {
        v["band"] = json!({ "rel": b.rel, "why": b.why });
    }
    v
}

/// A JSON array of claims, checked or not.
pub fn json_array(items: Vec<Value>) -> String {
    serde_json::to_string_pretty(&Value::Array(items)).expect("JSON values serialise")
}

/// `list` as text: id, expected verdict, statement.
pub fn list_text(claims: &[Entry]) -> String {
    claims
        .iter()
        .map(|e| {
            format!(
                "{:<10} {:<12} {}\n",
                e.claim.id,
                e.claim.expected.as_str(),
                e.claim.statement
            )
        })
        .collect()
}

/// `verify` as a text table: id, verdict (marked when unexpected), statement, then a summary.
pub fn verify_text(checked: &[Checked]) -> String {
    let mut out = String::new();
    for c in checked {
        let verdict = c.outcome.verdict.as_str();
        let mark = if c.ok() {
            String::new()
        } else {
            format!("  ✗ expected {}", c.claim().expected)
        };
        out.push_str(&format!(
            "{:<10} {:<12} {}{}\n",
            c.claim().id,
            verdict,
            c.claim().statement,
            mark
        ));
        if let Some(e) = &c.outcome.error {
            out.push_str(&format!("{:<10} error: {e}\n", ""));
        }
    }
    out.push_str(&summary(checked));
    out
}

/// `verify` as a Markdown table.
pub fn verify_markdown(checked: &[Checked]) -> String {
    let mut out =
        String::from("| id | verdict | expected | ok | statement |\n|---|---|---|---|---|\n");
    for c in checked {
        let statement = c.claim().statement.replace('|', "\\|");
        let ok = if c.ok() { "yes" } else { "**no**" };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            c.claim().id,
            c.outcome.verdict,
            c.claim().expected,
            ok,
            statement
        ));
    }
    out.push('\n');
    out.push_str(&summary(checked));
    out
}

/// One line: how many claims were checked and how many verdicts were unexpected.
pub fn summary(checked: &[Checked]) -> String {
    let wrong: Vec<&str> = checked
        .iter()
        .filter(|c| !c.ok())
        .map(|c| c.claim().id)
        .collect();
    if wrong.is_empty() {
        format!(
            "{} claims checked: every verdict as expected\n",
            checked.len()
        )
    } else {
        format!(
            "{} claims checked: {} verdict(s) differ from the expected: {}\n",
            checked.len(),
            wrong.len(),
            wrong.join(", ")
        )
    }
}

/// `show`: everything known about one claim, its article, and its freshly computed outcome.
pub fn show_text(checked: &Checked) -> String {
    let c = checked.claim();
    let a = checked.entry.article;
    let mut out = format!("{}  {}\n\n", c.id, c.statement);
    out.push_str(&format!(
        "article     {} — {} ({})\n",
        a.title, a.english_title, a.url
    ));
    out.push_str(&format!("source      {}\n", a.source));
    out.push_str(&format!("provenance  {}\n", c.provenance));
    out.push_str(&format!("kind        {}\n", c.kind));
    out.push_str(&format!("expected    {}\n", c.expected));
    out.push_str(&format!(
        "verdict     {}{}\n",
        checked.outcome.verdict,
        if checked.ok() {
            ""
        } else {
            "  ✗ differs from expected"
        }
    ));
    if !c.uses.is_empty() {
        out.push_str(&format!("uses        {}\n", c.uses.join(", ")));
    }
    if !c.notes.is_empty() {
        out.push_str(&format!("notes       {}\n", c.notes));
    }
    if let Some(e) = &checked.outcome.error {
        out.push_str(&format!("error       {e}\n"));
    }
    out.push('\n');
    out.push_str(&outcome_body(&checked.outcome, "  "));
    out
}

/// The stated numbers, requirements and evidence of an outcome, one per line, each section
/// only when it has entries.
fn outcome_body(o: &Outcome, indent: &str) -> String {
    let mut out = String::new();
    if !o.stated.is_empty() {
        out.push_str("stated\n");
        for s in &o.stated {
            let c = &s.comparison;
            out.push_str(&format!(
                "{indent}{} \"{}\" ({} {}): {} — computed {}; gap {}; relative {}",
                s.name,
                s.text,
                s.reading.as_str(),
                s.value,
                c.standing,
                c.computed,
                c.gap,
                c.relative_gap
            ));
            if let Some(p) = &c.correct_print {
                out.push_str(&format!("; correct print \"{p}\""));
            }
            out.push('\n');
        }
    }
    if !o.requirements.is_empty() {
        out.push_str("requirements\n");
        for r in &o.requirements {
            let role = r.role.as_str();
            out.push_str(&format!("{indent}{role} {}: {}\n", r.standing, r.name));
        }
    }
    if !o.evidence.is_empty() {
        out.push_str("evidence\n");
    }
    for e in &o.evidence {
        out.push_str(&format!("{indent}{} = {}\n", e.name, e.value));
    }
    out
}

/// The verdict and everything behind it, one value per line: the body of a claim's snapshot.
pub fn evidence_text(checked: &Checked) -> String {
    let c = checked.claim();
    let o = &checked.outcome;
    let mut out = format!("{}: {} (expected {})\n", c.id, o.verdict, c.expected);
    if let Some(e) = &o.error {
        out.push_str(&format!("error: {e}\n"));
    }
    out.push_str(&outcome_body(o, "  "));
    out
}
