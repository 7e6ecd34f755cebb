//! `report.md`: the whole report in one Markdown file, readable on a code host (the claim graph
//! as a Mermaid block).

use super::audit::{Audit, VERDICTS, colour};
use super::plots::Plot;
use crate::articles;
use crate::claim::Checked;
use crate::exact::printed::Comparison;

/// A table cell: pipes escaped, line breaks flattened.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The anchor GitHub gives a heading `### ID — …` is not stable; every claim gets an explicit
/// one, `#claim-id` in lower case.
pub fn anchor(id: &str) -> String {
    format!("claim-{}", id.to_ascii_lowercase())
}

pub fn report_md(audit: &Audit, plots: &[Plot]) -> String {
    let mut out = String::from("# claimcheck audit report\n\n");
    let all = audit.checked;
    let differ = all.iter().filter(|c| !c.ok()).count();
    out.push_str(&format!(
        "{} claims in {} articles, every one re-derived by its check in this run. Verdicts: {}. {}\n\n",
        all.len(),
        audit.articles().len(),
        audit
            .counts(all.iter())
            .iter()
            .map(|(v, n)| format!("{v} {n}"))
            .collect::<Vec<_>>()
            .join(" · "),
        if differ == 0 {
            "Every verdict is the expected one.".to_string()
        } else {
            format!("**{differ} verdict(s) differ from the expected.**")
        }
    ));
    out.push_str("## Verdicts by article\n\n| article | claims |");
    for v in VERDICTS {
        out.push_str(&format!(" {v} |"));
    }
    out.push_str(" not as expected |\n|---|---|---|---|---|---|---|---|\n");
    for a in audit.articles() {
        let claims: Vec<&Checked> = audit.of(a).collect();
        out.push_str(&format!(
            "| [{}](#article-{}) | {} |",
            cell(a.english_title),
            a.slug,
            claims.len()
        ));
        for (_, n) in audit.counts(claims.iter().copied()) {
            out.push_str(&format!(" {n} |"));
        }
        out.push_str(&format!(
            " {} |\n",
            claims.iter().filter(|c| !c.ok()).count()
        ));
    }
    out.push_str("\n## Errata\n\nEvery number the articles print that a claim checks, against its exact or certified value; refuted and approximate first.\n\n| claim | number | printed | computed | verdict | gap | relative gap | correct print |\n|---|---|---|---|---|---|---|---|\n");
    for e in audit.errata() {
        out.push_str(&format!(
            "| [{}](#{}) | {} | {} | {} |\n",
            e.id,
            anchor(e.id),
            cell(e.name),
            cell(e.text),
            comparison_cells(&e.comparison)
        ));
    }
    out.push_str("\n## Claim graph\n\nAn arrow from a claim to each claim its check uses. A node shows its verdict and, after `/`, the weakest verdict among everything it rests on.\n\n```mermaid\ngraph LR\n");
    for n in audit.nodes() {
        out.push_str(&format!(
            "  {}[\"{} {}{}\"]:::{}\n",
            mermaid_id(n.id),
            n.id,
            n.verdict,
            n.weakest_below.map_or(String::new(), |b| format!(" / {b}")),
            n.verdict
        ));
    }
    for (from, to) in audit.edges() {
        out.push_str(&format!("  {} --> {}\n", mermaid_id(from), mermaid_id(to)));
    }
    for v in VERDICTS {
        out.push_str(&format!("  classDef {v} fill:{}\n", colour(v)));
    }
    out.push_str("```\n\n## Plots\n");
    for p in plots {
        out.push_str(&format!(
            "\n![{}]({})\n\n**{}.** {} Illustrates {}.\n",
            p.title,
            p.file_name(),
            p.title,
            p.caption,
            links(p.claims)
        ));
    }
    for a in audit.articles() {
        out.push_str(&format!(
            "\n<a id=\"article-{}\"></a>\n\n## {} — {}\n\n[{}]({}) · {} · source: {}\n",
            a.slug, a.title, a.english_title, a.url, a.url, a.date, a.source
        ));
        for c in audit.of(a) {
            out.push_str(&claim_md(audit, c));
        }
    }
    out
}

/// The cells computed | verdict | gap | relative gap | correct print of one comparison.
fn comparison_cells(k: &Comparison) -> String {
    format!(
        "{} | {} | {} | {} | {}",
        cell(&k.computed),
        k.standing,
        cell(&k.gap),
        cell(&k.relative_gap),
        k.correct_print.as_deref().map_or(String::new(), cell)
    )
}

fn mermaid_id(id: &str) -> String {
    id.replace('-', "_")
}

fn links(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("[{id}](#{})", anchor(id)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn claim_md(audit: &Audit, c: &Checked) -> String {
    let claim = c.claim();
    let o = &c.outcome;
    let mut out = format!(
        "\n<a id=\"{}\"></a>\n\n### {} — {}\n\n",
        anchor(claim.id),
        claim.id,
        claim.statement
    );
    out.push_str(&format!(
        "- verdict **{}** (expected {}{})\n- provenance {}; kind {}\n",
        o.verdict,
        claim.expected,
        if c.ok() { "" } else { " — ✗ differs" },
        claim.provenance,
        claim.kind
    ));
    if let Some((path, line)) = articles::check_location(claim.id) {
        out.push_str(&format!("- check: `{path}:{line}`\n"));
    }
    let (uses, used_by) = (audit.uses(claim.id), audit.used_by(claim.id));
    if !uses.is_empty() {
        out.push_str(&format!("- uses {}\n", links(&uses)));
    }
    if !used_by.is_empty() {
        out.push_str(&format!("- used by {}\n", links(&used_by)));
    }
    if !claim.notes.is_empty() {
        out.push_str(&format!("- notes: {}\n", claim.notes));
    }
    if let Some(e) = &o.error {
        out.push_str(&format!("- **error**: {e}\n"));
    }
    if !o.stated.is_empty() {
        out.push_str("\n| number | printed | reading | computed | verdict | gap | relative gap | correct print |\n|---|---|---|---|---|---|---|---|\n");
        for s in &o.stated {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(s.name),
                cell(s.text),
                s.reading.as_str(),
                comparison_cells(&s.comparison)
            ));
        }
    }
    if !o.requirements.is_empty() {
        out.push_str("\nRequirements:\n\n");
        for r in &o.requirements {
            let role = r.role.as_str();
            out.push_str(&format!("- {role} **{}**: {}\n", r.standing, r.name));
        }
    }
    if !o.evidence.is_empty() {
        out.push_str("\nEvidence:\n\n");
        for e in &o.evidence {
            out.push_str(&format!("- {} = `{}`\n", e.name, e.value.replace('`', "'")));
        }
    }
    out
}
