//! The claim graph as SVG, laid out here (no Graphviz at run time).
//!
//! One horizontal band per article; inside a band, a claim's column is its depth — the length
//! of the longest chain of `uses` below it, so foundations sit on the left and every arrow
//! points from a claim to the left, to what it rests on (cross-article arrows included). Within
//! a column, claims keep catalogue order. The fill is the claim's own verdict; a thick border
//! in the colour of the weakest verdict below it marks a claim resting on something weaker than
//! `holds`.

use std::collections::BTreeMap;

use super::audit::{Audit, VERDICTS, colour, weakness};
use super::html::page_name;
use super::markdown::anchor;
use super::xml::{escape, escape_attr};
use crate::claim::Verdict;

const BOX_W: usize = 84;
const BOX_H: usize = 22;
const COL_W: usize = 124;
const ROW_H: usize = 30;
const LABEL_W: usize = 150;
const BAND_GAP: usize = 14;

/// The depth of each checked claim: 0 when it uses nothing checked, else 1 + the deepest use.
fn depths(audit: &Audit) -> BTreeMap<&'static str, usize> {
    fn depth(
        audit: &Audit,
        id: &'static str,
        memo: &mut BTreeMap<&'static str, usize>,
        guard: usize,
    ) -> usize {
        if let Some(&d) = memo.get(id) {
            return d;
        }
        // the graph is acyclic (tests/registry.rs); the guard only keeps a broken one finite
        let d = if guard > 200 {
            0
        } else {
            audit
                .uses(id)
                .into_iter()
                .filter(|u| audit.find(u).is_some())
                .map(|u| 1 + depth(audit, u, memo, guard + 1))
                .max()
                .unwrap_or(0)
        };
        memo.insert(id, d);
        d
    }
    let mut memo = BTreeMap::new();
    for c in audit.checked {
        depth(audit, c.claim().id, &mut memo, 0);
    }
    memo
}

/// The `<svg>` element (to inline in a page, or write as a file).
pub fn graph_svg(audit: &Audit) -> String {
    let depth = depths(audit);
    let max_depth = depth.values().copied().max().unwrap_or(0);
    let nodes = audit.nodes();
    // positions: (x, y) of each box's top-left corner
    let mut at: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut bands = Vec::new();
    let mut y = 10;
    for a in audit.articles() {
        let mut rows = vec![0usize; max_depth + 1];
        for c in audit.of(a) {
            let d = depth[c.claim().id];
            at.insert(c.claim().id, (LABEL_W + d * COL_W, y + rows[d] * ROW_H));
            rows[d] += 1;
        }
        let height = rows.iter().copied().max().unwrap_or(1) * ROW_H;
        bands.push((a, y, height));
        y += height + BAND_GAP;
    }
    let legend_y = y + 6;
    let width = LABEL_W + (max_depth + 1) * COL_W + 20;
    let height = legend_y + 40;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"claim graph\">\n<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker></defs>\n"
    );
    for (i, (a, y, h)) in bands.iter().enumerate() {
        let fill = if i % 2 == 0 { "#fafafa" } else { "#f0f4f8" };
        s.push_str(&format!(
            "<rect x=\"0\" y=\"{}\" width=\"{width}\" height=\"{}\" fill=\"{fill}\"/>\n<text x=\"6\" y=\"{}\" font-weight=\"bold\">{}</text>\n",
            y - 4,
            h + 8,
            y + 14,
            escape(a.slug)
        ));
    }
    for d in 0..=max_depth {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" fill=\"#666\">depth {d}</text>\n",
            LABEL_W + d * COL_W,
            legend_y - 2
        ));
    }
    for (from, to) in audit.edges() {
        let ((fx, fy), (tx, ty)) = (at[from], at[to]);
        let (x1, y1) = (fx, fy + BOX_H / 2);
        let (x2, y2) = (tx + BOX_W, ty + BOX_H / 2);
        let bend = (x1.abs_diff(x2) / 2).max(20);
        s.push_str(&format!(
            "<path d=\"M{x1},{y1} C{},{y1} {},{y2} {x2},{y2}\" fill=\"none\" stroke=\"#777\" stroke-width=\"1\" marker-end=\"url(#arrow)\"><title>{from} uses {to}</title></path>\n",
            x1.saturating_sub(bend),
            x2 + bend
        ));
    }
    for n in &nodes {
        let (x, y) = at[n.id];
        let c = audit.find(n.id).expect("every node was checked");
        let weaker = n
            .weakest_below
            .filter(|b| weakness(*b) > weakness(Verdict::Holds));
        let (stroke, width) = match weaker {
            Some(b) => (darker(b), 3),
            None => ("#888", 1),
        };
        let href = format!("{}#{}", page_name(c.entry.article), anchor(n.id));
        s.push_str(&format!(
            "<a href=\"{}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"3\" fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"{width}\"><title>{}: {} — {}{}</title></rect><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></a>\n",
            escape_attr(&href),
            colour(n.verdict),
            escape(n.id),
            n.verdict,
            escape(c.claim().statement),
            n.weakest_below.map_or(String::new(), |b| format!(" (weakest below: {b})")),
            x + BOX_W / 2,
            y + 15,
            escape(n.id)
        ));
    }
    let mut lx = 6;
    for v in VERDICTS {
        s.push_str(&format!(
            "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\" stroke=\"#888\"/><text x=\"{}\" y=\"{}\">{v}</text>\n",
            legend_y + 12,
            colour(v),
            lx + 18,
            legend_y + 23
        ));
        lx += 100;
    }
    s.push_str(&format!(
        "<rect x=\"{lx}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"#fff\" stroke=\"{}\" stroke-width=\"3\"/><text x=\"{}\" y=\"{}\">border: rests on something weaker than holds</text>\n",
        legend_y + 12,
        darker(Verdict::Refuted),
        lx + 18,
        legend_y + 23
    ));
    s.push_str("</svg>");
    s
}

/// A saturated colour for borders, one per verdict.
fn darker(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => "#2e7d32",
        Verdict::Approximate => "#c79100",
        Verdict::Refuted => "#c62828",
        Verdict::Quoted => "#616161",
        Verdict::Error => "#6a1b9a",
    }
}
