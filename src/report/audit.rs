//! What the report shows, gathered once from a run: the checked claims, the errata (every
//! stated number with its computed value), and the claim graph (`uses` edges, each claim's own
//! verdict and the weakest verdict among everything it rests on). Every page renders this.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Value, json};

use crate::articles;
use crate::claim::{Article, Checked, Verdict};
use crate::exact::printed::Comparison;
use crate::render::claim_json;

/// A run of the whole registry (or a selection), ready to render.
pub struct Audit<'a> {
    pub checked: &'a [Checked],
}

/// One printed number of an article against its computed value.
#[derive(Clone, Debug, Serialize)]
pub struct Erratum {
    pub article: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    /// As the article prints it.
    pub text: &'static str,
    /// Computed value, standing, gaps and the correct print, as the check compared them.
    #[serde(flatten)]
    pub comparison: Comparison,
}

/// A claim in the graph: its verdict and the weakest verdict among the claims it rests on
/// (transitively, itself excluded; `None` when it rests on nothing).
#[derive(Clone, Debug)]
pub struct Node {
    pub id: &'static str,
    pub article: &'static str,
    pub verdict: Verdict,
    pub weakest_below: Option<Verdict>,
}

/// How weak a verdict is as a foundation: `holds` is the firmest, `error` the weakest.
pub fn weakness(v: Verdict) -> u8 {
    match v {
        Verdict::Holds => 0,
        Verdict::Quoted => 1,
        Verdict::Approximate => 2,
        Verdict::Refuted => 3,
        Verdict::Error => 4,
    }
}

impl<'a> Audit<'a> {
    pub fn new(checked: &'a [Checked]) -> Audit<'a> {
        Audit { checked }
    }

    /// The articles that have a checked claim, in catalogue order.
    pub fn articles(&self) -> Vec<&'static Article> {
        articles::ALL
            .iter()
            .copied()
            .filter(|a| self.of(a).next().is_some())
            .collect()
    }

    /// The checked claims of one article, in catalogue order.
    pub fn of<'s>(&'s self, article: &'static Article) -> impl Iterator<Item = &'s Checked> {
        self.checked
            .iter()
            .filter(move |c| std::ptr::eq(c.entry.article, article))
    }

    pub fn find(&self, id: &str) -> Option<&Checked> {
        self.checked.iter().find(|c| c.claim().id == id)
    }

    /// How many claims have each verdict, in the order holds, approximate, refuted, quoted,
    /// error (zero counts included).
    pub fn counts<'s>(&self, claims: impl Iterator<Item = &'s Checked>) -> [(Verdict, usize); 5] {
        let mut counts = VERDICTS.map(|v| (v, 0));
        for c in claims {
            for (v, n) in counts.iter_mut() {
                if *v == c.outcome.verdict {
                    *n += 1;
                }
            }
        }
        counts
    }

    /// Every stated number, refuted first, then approximate, then holds; within each, in
    /// article and catalogue order.
    pub fn errata(&self) -> Vec<Erratum> {
        let mut rows: Vec<Erratum> = self
            .checked
            .iter()
            .flat_map(|c| {
                c.outcome.stated.iter().map(move |s| Erratum {
                    article: c.entry.article.slug,
                    id: c.claim().id,
                    name: s.name,
                    text: s.text,
                    comparison: s.comparison.clone(),
                })
            })
            .collect();
        // stable: keeps article and catalogue order within a standing
        rows.sort_by_key(|r| r.comparison.standing);
        rows
    }

    /// The claims a claim uses that were checked in this run.
    pub fn uses(&self, id: &str) -> Vec<&'static str> {
        self.find(id)
            .map(|c| c.claim().uses.to_vec())
            .unwrap_or_default()
    }

    /// The checked claims that use `id`, in run order.
    pub fn used_by(&self, id: &str) -> Vec<&'static str> {
        self.checked
            .iter()
            .filter(|c| c.claim().uses.contains(&id))
            .map(|c| c.claim().id)
            .collect()
    }

    /// The graph's nodes, in run order, with the weakest verdict below each.
    pub fn nodes(&self) -> Vec<Node> {
        let verdicts: BTreeMap<&str, Verdict> = self
            .checked
            .iter()
            .map(|c| (c.claim().id, c.outcome.verdict))
            .collect();
        self.checked
            .iter()
            .map(|c| {
                let mut below: Option<Verdict> = None;
                let mut stack: Vec<&str> = c.claim().uses.to_vec();
                let mut seen: Vec<&str> = Vec::new();
                while let Some(id) = stack.pop() {
                    if seen.contains(&id) {
                        continue;
                    }
                    seen.push(id);
                    if let Some(&v) = verdicts.get(id) {
                        if below.is_none_or(|b| weakness(v) > weakness(b)) {
                            below = Some(v);
                        }
                        stack.extend(self.uses(id));
                    }
                }
                Node {
                    id: c.claim().id,
                    article: c.entry.article.slug,
                    verdict: c.outcome.verdict,
                    weakest_below: below,
                }
            })
            .collect()
    }

    /// Every `uses` edge between checked claims, as (user, used), in run order.
    pub fn edges(&self) -> Vec<(&'static str, &'static str)> {
        self.checked
            .iter()
            .flat_map(|c| {
                c.claim()
                    .uses
                    .iter()
                    .filter(|u| self.find(u).is_some())
                    .map(move |u| (c.claim().id, *u))
            })
            .collect()
    }

    /// `report.json`: the verify JSON of every claim (with its check's location), the graph
    /// and the errata.
    pub fn json(&self) -> Value {
        let claims: Vec<Value> = self
            .checked
            .iter()
            .map(|c| {
                let mut v = claim_json(c.entry, Some(&c.outcome));
                if let Some((path, line)) = articles::check_location(c.claim().id) {
                    v["check"] = json!({ "path": path, "line": line });
                }
                v["used_by"] = json!(self.used_by(c.claim().id));
                v
            })
            .collect();
        json!({
            "claims": claims,
            "graph": {
                "nodes": self.nodes().iter().map(|n| json!({
                    "id": n.id,
                    "article": n.article,
                    "verdict": n.verdict.as_str(),
                    "weakest_below": n.weakest_below.map(Verdict::as_str),
                })).collect::<Vec<_>>(),
                "edges": self.edges().iter().map(|(a, b)| json!({"from": a, "to": b})).collect::<Vec<_>>(),
            },
            "errata": self.errata(),
        })
    }

    /// `graph.dot`: the claim graph for Graphviz, one cluster per article, nodes coloured by
    /// verdict, an arrow from each claim to the claims it uses.
    pub fn dot(&self) -> String {
        let nodes = self.nodes();
        let mut out = String::from(
            "digraph claims {\n  rankdir=LR;\n  node [shape=box, style=filled, fontname=\"sans-serif\"];\n",
        );
        for a in self.articles() {
            out.push_str(&format!(
                "  subgraph \"cluster_{}\" {{\n    label=\"{}\";\n",
                a.slug, a.slug
            ));
            for n in nodes.iter().filter(|n| n.article == a.slug) {
                out.push_str(&format!(
                    "    \"{}\" [fillcolor=\"{}\", tooltip=\"{}{}\"];\n",
                    n.id,
                    colour(n.verdict),
                    n.verdict,
                    n.weakest_below
                        .map_or(String::new(), |b| format!("; weakest below: {b}"))
                ));
            }
            out.push_str("  }\n");
        }
        for (from, to) in self.edges() {
            out.push_str(&format!("  \"{from}\" -> \"{to}\";\n"));
        }
        out.push_str("}\n");
        out
    }
}

/// The verdicts in the order the report counts them.
pub const VERDICTS: [Verdict; 5] = [
    Verdict::Holds,
    Verdict::Approximate,
    Verdict::Refuted,
    Verdict::Quoted,
    Verdict::Error,
];

/// The colour of a verdict on every page (light, so black text stays readable).
pub fn colour(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => "#c8e6c9",
        Verdict::Approximate => "#fff3b0",
        Verdict::Refuted => "#ffcdd2",
        Verdict::Quoted => "#e0e0e0",
        Verdict::Error => "#e1bee7",
    }
}
