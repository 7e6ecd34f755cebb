//! Formatting claims and verdicts for people (text, Markdown) and programs (JSON). Pure
//! functions from the claim model to strings, so `main.rs` only parses and prints.

use serde_json::{Value, json};

use crate::claim::{Checked, Claim};

/// The JSON object of a claim; with an outcome it adds `verdict`, `ok` and `evidence`.
pub fn claim_json(claim: &Claim, checked: Option<&Checked<'_>>) -> Value {
    let mut v = json!({
        "id": claim.id,
        "article": claim.article.slug(),
        "statement": claim.statement,
        "provenance": claim.provenance.as_str(),
        "kind": claim.kind.as_str(),
        "expected": claim.expected.as_str(),
    });
    if let Some(c) = checked {
        v["verdict"] = json!(c.outcome.verdict.as_str());
        v["ok"] = json!(c.ok());
        v["evidence"] = json!(c.outcome.evidence);
    }
    v
}

/// A JSON array of claims, checked or not.
pub fn json_array(items: Vec<Value>) -> String {
    serde_json::to_string_pretty(&Value::Array(items)).expect("JSON values serialise")
}

/// `list` as text: id, expected verdict, statement.
pub fn list_text(claims: &[&Claim]) -> String {
    claims
        .iter()
        .map(|c| format!("{:<10} {:<12} {}\n", c.id, c.expected.as_str(), c.statement))
        .collect()
}

/// `verify` as a text table: id, verdict (marked when unexpected), statement, then a summary.
pub fn verify_text(checked: &[Checked<'_>]) -> String {
    let mut out = String::new();
    for c in checked {
        let verdict = c.outcome.verdict.as_str();
        let mark = if c.ok() {
            String::new()
        } else {
            format!("  ✗ expected {}", c.claim.expected)
        };
        out.push_str(&format!(
            "{:<10} {:<12} {}{}\n",
            c.claim.id, verdict, c.claim.statement, mark
        ));
    }
    out.push_str(&summary(checked));
    out
}

/// `verify` as a Markdown table.
pub fn verify_markdown(checked: &[Checked<'_>]) -> String {
    let mut out =
        String::from("| id | verdict | expected | ok | statement |\n|---|---|---|---|---|\n");
    for c in checked {
        let statement = c.claim.statement.replace('|', "\\|");
        let ok = if c.ok() { "yes" } else { "**no**" };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            c.claim.id, c.outcome.verdict, c.claim.expected, ok, statement
        ));
    }
    out.push('\n');
    out.push_str(&summary(checked));
    out
}

/// One line: how many claims were checked and how many verdicts were unexpected.
pub fn summary(checked: &[Checked<'_>]) -> String {
    let wrong: Vec<&str> = checked
        .iter()
        .filter(|c| !c.ok())
        .map(|c| c.claim.id)
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

/// `show`: everything known about one claim, its article, and its freshly computed evidence.
pub fn show_text(checked: &Checked<'_>) -> String {
    let c = checked.claim;
    let a = c.article.article();
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
    if !c.notes.is_empty() {
        out.push_str(&format!("notes       {}\n", c.notes));
    }
    out.push_str("\nevidence\n");
    for e in &checked.outcome.evidence {
        out.push_str(&format!("  {} = {}\n", e.name, e.value));
    }
    out
}

/// The verdict and evidence of a checked claim, one value per line: the body of its snapshot.
pub fn evidence_text(checked: &Checked<'_>) -> String {
    let mut out = format!(
        "{}: {} (expected {})\n",
        checked.claim.id, checked.outcome.verdict, checked.claim.expected
    );
    for e in &checked.outcome.evidence {
        out.push_str(&format!("{} = {}\n", e.name, e.value));
    }
    out
}
