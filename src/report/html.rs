//! The report's HTML pages: `index.html` (counts, errata, graph, links) and one page per
//! article. Self-contained: inline CSS, no script, no network; well-formed XML as well as HTML,
//! so that a test can parse every page and resolve every link.

use super::audit::{Audit, VERDICTS, colour};
use super::markdown::anchor;
use super::plots::Plot;
use super::xml::{escape, escape_attr};
use crate::articles;
use crate::claim::{Article, Checked, Verdict};
use crate::exact::printed::Comparison;

const STYLE: &str = "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei','WenQuanYi Zen Hei',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}\
table{border-collapse:collapse;margin:0.5rem 0 1rem;font-size:0.9rem}\
th,td{border:1px solid #ccc;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}\
th{background:#f3f3f3}\
td.num{text-align:right;font-variant-numeric:tabular-nums}\
code{font-size:0.85rem;overflow-wrap:anywhere}\
td.id{white-space:nowrap}\
.badge{display:inline-block;padding:0 0.4rem;border-radius:0.25rem;border:1px solid #999;font-size:0.85rem}\
.claim{border-top:1px solid #ddd;margin-top:1.5rem;padding-top:0.5rem}\
.claim h3{margin:0.2rem 0}\
.claim h4{margin:0.6rem 0 0.2rem;font-size:0.95rem}\
.meta{color:#444;font-size:0.9rem}\
.bad{color:#b00020;font-weight:bold}\
nav a{margin-right:0.8rem}";

/// The file name of an article's page.
pub fn page_name(article: &Article) -> String {
    format!("{}.html", article.slug)
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

fn badge(v: Verdict) -> String {
    format!(
        "<span class=\"badge\" style=\"background:{}\">{v}</span>",
        colour(v)
    )
}

/// A link to a claim from a page of `from`'s article (same page: `#anchor`).
fn claim_link(audit: &Audit, id: &str, here: Option<&Article>) -> String {
    match audit.find(id) {
        Some(c) => {
            let page = if here.is_some_and(|h| std::ptr::eq(h, c.entry.article)) {
                String::new()
            } else {
                page_name(c.entry.article)
            };
            format!(
                "<a href=\"{}#{}\">{}</a>",
                escape_attr(&page),
                anchor(id),
                escape(id)
            )
        }
        None => escape(id),
    }
}

fn nav(audit: &Audit) -> String {
    let mut out = String::from("<nav><a href=\"index.html\">Overview</a>");
    for a in audit.articles() {
        out.push_str(&format!(
            "<a href=\"{}\">{}</a>",
            page_name(a),
            escape(a.slug)
        ));
    }
    out.push_str("</nav>\n");
    out
}

/// `index.html`.
pub fn index(audit: &Audit, graph_svg: &str, plots: &[Plot], missing: &[(&str, String)]) -> String {
    let all = audit.checked;
    let mut b = nav(audit);
    b.push_str("<h1>claimcheck audit report</h1>\n");
    let differ = all.iter().filter(|c| !c.ok()).count();
    b.push_str(&format!(
        "<p>{} claims in {} articles of <i>科学空间 / Scientific Spaces</i>, each re-derived by its check in this run. {}</p>\n",
        all.len(),
        audit.articles().len(),
        if differ == 0 {
            "Every verdict is the expected one.".to_string()
        } else {
            format!("<span class=\"bad\">{differ} verdict(s) differ from the expected.</span>")
        }
    ));
    b.push_str("<h2 id=\"verdicts\">Verdicts by article</h2>\n<table>\n<tr><th>article</th><th>claims</th>");
    for v in VERDICTS {
        b.push_str(&format!("<th>{}</th>", badge(v)));
    }
    b.push_str("<th>not as expected</th></tr>\n");
    for a in audit.articles() {
        let claims: Vec<&Checked> = audit.of(a).collect();
        b.push_str(&format!(
            "<tr><td><a href=\"{}\">{}</a><br/><span lang=\"zh\">{}</span></td><td class=\"num\">{}</td>",
            page_name(a),
            escape(a.english_title),
            escape(a.title),
            claims.len()
        ));
        for (_, n) in audit.counts(claims.iter().copied()) {
            b.push_str(&format!("<td class=\"num\">{n}</td>"));
        }
        b.push_str(&format!(
            "<td class=\"num\">{}</td></tr>\n",
            claims.iter().filter(|c| !c.ok()).count()
        ));
    }
    b.push_str(&format!(
        "<tr><th>all</th><th class=\"num\">{}</th>",
        all.len()
    ));
    for (_, n) in audit.counts(all.iter()) {
        b.push_str(&format!("<th class=\"num\">{n}</th>"));
    }
    b.push_str(&format!("<th class=\"num\">{differ}</th></tr>\n</table>\n"));

    b.push_str("<h2 id=\"errata\">Errata</h2>\n<p>Every number the articles print that a claim checks, against its exact or certified value (digits shown only when proven); refuted and approximate first. Where a print is wrong, the correct print at the same precision.</p>\n<table>\n<tr><th>claim</th><th>number</th><th>printed</th><th>computed</th><th>verdict</th><th>gap</th><th>relative gap</th><th>correct print</th></tr>\n");
    for e in audit.errata() {
        b.push_str(&format!(
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td>{}</tr>\n",
            claim_link(audit, e.id, None),
            escape(e.name),
            escape(e.text),
            comparison_cells(&e.comparison)
        ));
    }
    b.push_str("</table>\n<h2 id=\"graph\">Claim graph</h2>\n<p>An arrow from a claim to each claim its check uses. The fill is the claim's own verdict; the border is the weakest verdict among everything it rests on, so a claim that holds on top of a refuted one stands out. The same graph is in <a href=\"graph.dot\">graph.dot</a>.</p>\n");
    b.push_str(graph_svg);
    b.push_str("\n<h2 id=\"plots\">Plots</h2>\n");
    for p in plots {
        b.push_str(&figure(audit, p, None));
    }
    for (name, why) in missing {
        b.push_str(&format!(
            "<p class=\"bad\">plot {} could not be drawn: {}</p>\n",
            escape(name),
            escape(why)
        ));
    }
    b.push_str("\n<p>Also: <a href=\"report.md\">report.md</a> · <a href=\"report.json\">report.json</a></p>\n");
    page("claimcheck audit report", &b)
}

/// The cells computed, verdict, gap, relative gap and correct print of one comparison (the
/// errata table and each claim's stated rows).
fn comparison_cells(k: &Comparison) -> String {
    format!(
        "<td><code>{}</code></td><td>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td>",
        escape(&k.computed),
        badge(Verdict::of(k.standing)),
        escape(&k.gap),
        escape(&k.relative_gap),
        k.correct_print
            .as_deref()
            .map_or(String::new(), |p| format!("<b>{}</b>", escape(p)))
    )
}

/// A plot as a figure: the image, its title, caption and the claims it illustrates.
fn figure(audit: &Audit, p: &Plot, here: Option<&Article>) -> String {
    format!(
        "<figure id=\"plot-{}\">\n<img src=\"{}\" alt=\"{}\" width=\"720\" height=\"420\"/>\n<figcaption><b>{}</b>. {} Illustrates {}.</figcaption>\n</figure>\n",
        p.name,
        p.file_name(),
        escape_attr(p.title),
        escape(p.title),
        escape(p.caption),
        p.claims
            .iter()
            .map(|id| claim_link(audit, id, here))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The plots that illustrate a claim of this article.
fn plots_of<'p>(audit: &Audit, a: &Article, plots: &'p [Plot]) -> Vec<&'p Plot> {
    plots
        .iter()
        .filter(|p| {
            p.claims.iter().any(|id| {
                audit
                    .find(id)
                    .is_some_and(|c| std::ptr::eq(c.entry.article, a))
            })
        })
        .collect()
}

/// One article's page.
pub fn article_page(audit: &Audit, a: &'static Article, plots: &[Plot]) -> String {
    let mut b = nav(audit);
    b.push_str(&format!(
        "<h1 lang=\"zh\">{}</h1>\n<p class=\"meta\">{} · <a href=\"{}\">{}</a> · {}<br/>Source: {}</p>\n",
        escape(a.title),
        escape(a.english_title),
        escape_attr(a.url),
        escape(a.url),
        escape(a.date),
        escape(a.source)
    ));
    b.push_str(
        "<table>\n<tr><th>claim</th><th>verdict</th><th>expected</th><th>statement</th></tr>\n",
    );
    for c in audit.of(a) {
        b.push_str(&format!(
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            claim_link(audit, c.claim().id, Some(a)),
            badge(c.outcome.verdict),
            escape(c.claim().expected.as_str()),
            escape(c.claim().statement)
        ));
    }
    b.push_str("</table>\n");
    let here = plots_of(audit, a, plots);
    for p in &here {
        b.push_str(&figure(audit, p, Some(a)));
    }
    for c in audit.of(a) {
        b.push_str(&claim_section(audit, c, a, &here));
    }
    page(&format!("{} — claimcheck", a.english_title), &b)
}

fn claim_section(audit: &Audit, c: &Checked, a: &'static Article, plots: &[&Plot]) -> String {
    let claim = c.claim();
    let o = &c.outcome;
    let mut b = format!(
        "<section class=\"claim\" id=\"{}\">\n<h3>{} {}</h3>\n<p>{}</p>\n<p class=\"meta\">expected {}{} · provenance {} · kind {}",
        anchor(claim.id),
        escape(claim.id),
        badge(o.verdict),
        escape(claim.statement),
        escape(claim.expected.as_str()),
        if c.ok() {
            ""
        } else {
            " · <span class=\"bad\">✗ differs from the expected</span>"
        },
        escape(claim.provenance.as_str()),
        escape(claim.kind.as_str()),
    );
    if let Some((path, line)) = articles::check_location(claim.id) {
        b.push_str(&format!(" · check <code>{}:{line}</code>", escape(path)));
    }
    b.push_str("</p>\n");
    let list = |ids: Vec<&str>| {
        ids.iter()
            .map(|id| claim_link(audit, id, Some(a)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (uses, used_by) = (audit.uses(claim.id), audit.used_by(claim.id));
    if !uses.is_empty() {
        b.push_str(&format!("<p class=\"meta\">uses {}</p>\n", list(uses)));
    }
    if !used_by.is_empty() {
        b.push_str(&format!(
            "<p class=\"meta\">used by {}</p>\n",
            list(used_by)
        ));
    }
    for p in plots.iter().filter(|p| p.claims.contains(&claim.id)) {
        b.push_str(&format!(
            "<p class=\"meta\">plot: <a href=\"#plot-{}\">{}</a></p>\n",
            p.name,
            escape(p.title)
        ));
    }
    if !claim.notes.is_empty() {
        b.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(claim.notes)));
    }
    if let Some(e) = &o.error {
        b.push_str(&format!("<p class=\"bad\">error: {}</p>\n", escape(e)));
    }
    if !o.stated.is_empty() {
        b.push_str("<table>\n<tr><th>number</th><th>printed</th><th>reading</th><th>computed</th><th>verdict</th><th>gap</th><th>relative gap</th><th>correct print</th></tr>\n");
        for s in &o.stated {
            b.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n",
                escape(s.name),
                escape(s.text),
                s.reading.as_str(),
                comparison_cells(&s.comparison)
            ));
        }
        b.push_str("</table>\n");
    }
    if !o.requirements.is_empty() {
        b.push_str("<h4>Requirements</h4>\n<ul>\n");
        for r in &o.requirements {
            let role = r.role.as_str();
            b.push_str(&format!(
                "<li>{role} <b>{}</b>: {}</li>\n",
                r.standing,
                escape(&r.name)
            ));
        }
        b.push_str("</ul>\n");
    }
    if !o.evidence.is_empty() {
        b.push_str("<h4>Evidence</h4>\n<table>\n");
        for e in &o.evidence {
            b.push_str(&format!(
                "<tr><td>{}</td><td><code>{}</code></td></tr>\n",
                escape(&e.name),
                escape(&e.value)
            ));
        }
        b.push_str("</table>\n");
    }
    b.push_str("</section>\n");
    b
}
