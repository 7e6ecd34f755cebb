//! `claimcheck report --out DIR`: every file of the report, as (name, contents), and writing
//! them. The same run gives byte-identical files (no times, no paths of the machine).

use std::path::Path;

use super::audit::Audit;
use super::graph_svg::graph_svg;
use super::html::{article_page, index, page_name};
use super::markdown::report_md;
use super::plots::plots;
use crate::claim::Checked;

/// The report's files: `index.html`, one page per article, `report.md`, `report.json`,
/// `graph.dot`, `graph.svg` and one `plot-NAME.svg` per plot.
pub fn files(checked: &[Checked]) -> Vec<(String, String)> {
    let audit = Audit::new(checked);
    let svg = graph_svg(&audit);
    let (plots, missing) = plots();
    let mut out = vec![(
        "index.html".to_string(),
        index(&audit, &svg, &plots, &missing),
    )];
    for a in audit.articles() {
        out.push((page_name(a), article_page(&audit, a, &plots)));
    }
    out.push(("report.md".into(), report_md(&audit, &plots)));
    for p in &plots {
        out.push((p.file_name(), p.svg.clone() + "\n"));
    }
    out.push((
        "report.json".into(),
        serde_json::to_string_pretty(&audit.json()).expect("JSON values serialise") + "\n",
    ));
    out.push(("graph.dot".into(), audit.dot()));
    out.push((
        "graph.svg".into(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n"),
    ));
    out
}

/// Writes the files into `dir` (created if missing).
///
/// # Errors
///
/// The directory cannot be created or a file cannot be written.
pub fn write(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in files {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}
