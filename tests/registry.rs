//! The registry: every claim computes its expected verdict, ids are unique, well formed, carry
//! their article's prefix, and cover the catalogue; every verdict of claim model v2 follows from
//! what its check computes (perturbing a stated number moves it; the correct print holds).

use std::collections::{HashMap, HashSet};

use claimcheck::articles::{self, registry};
use claimcheck::claim::{Checked, Kind, Role, Verdict, default_threads, map_parallel};
use claimcheck::exact::printed::{Reading, perturbed};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

/// The catalogue's ids, article by article (the specification's data, not derived here).
const CATALOGUE: &[(&str, &[&str], &str)] = &[
    (
        "partitions",
        &["PART"],
        "PART-01 PART-02 PART-03 PART-04 PART-05 PART-06 PART-07 PART-08 PART-09 PART-10 PART-11 PART-12 PART-13 PART-14 PART-15 PART-16 PART-17 PART-18 PART-19",
    ),
    (
        "bert-init",
        &["BERT", "REF"],
        "BERT-01 BERT-02 BERT-03 BERT-04 BERT-05 BERT-06 BERT-07 BERT-08 BERT-09 BERT-10 BERT-11 BERT-12 BERT-13 BERT-14 BERT-15 BERT-16 REF-01 REF-02 REF-03 REF-04 REF-05 REF-06 REF-07 REF-08 REF-09 REF-10 REF-11 REF-12 REF-13",
    ),
    (
        "shared-embedding",
        &["EMB"],
        "EMB-01 EMB-02 EMB-03 EMB-04 EMB-05 EMB-06 EMB-07 EMB-08 EMB-09 EMB-10 EMB-11 EMB-12 EMB-13 EMB-14 EMB-15 EMB-16 EMB-17",
    ),
    (
        "scaling-law",
        &["SCAL"],
        "SCAL-01 SCAL-02 SCAL-03 SCAL-04 SCAL-05 SCAL-06 SCAL-07 SCAL-08 SCAL-09 SCAL-10 SCAL-11 SCAL-12 SCAL-13 SCAL-P1 SCAL-P2 SCAL-P3 SCAL-P4 SCAL-P5",
    ),
    (
        "r136a1",
        &["STAR"],
        "STAR-01 STAR-02 STAR-03 STAR-04 STAR-05 STAR-06 STAR-07 STAR-08 STAR-09 STAR-10 STAR-11 STAR-12 STAR-13 STAR-14 STAR-15 STAR-16 STAR-17 STAR-18 STAR-19 STAR-20",
    ),
    (
        "mushroom",
        &["MUSH"],
        "MUSH-01 MUSH-02 MUSH-03 MUSH-04 MUSH-05 MUSH-06",
    ),
    (
        "cur",
        &["CUR"],
        "CUR-01 CUR-02 CUR-03 CUR-04 CUR-05 CUR-06 CUR-07 CUR-08 CUR-09 CUR-10 CUR-11 CUR-X1 CUR-X2 CUR-X3",
    ),
    (
        "ladder-side-tuning",
        &["LST"],
        "LST-01 LST-02 LST-03 LST-04 LST-05 LST-06 LST-07 LST-08 LST-09 LST-10 LST-11 LST-12 LST-13 LST-14 LST-15 LST-16",
    ),
];

/// Every claim, checked once per test binary run (the checks are deterministic).
fn checked() -> &'static [Checked] {
    static CHECKED: std::sync::OnceLock<Vec<Checked>> = std::sync::OnceLock::new();
    CHECKED.get_or_init(|| {
        claimcheck::claim::run_all(&registry(), false, default_threads(), &|_, _, _| {})
    })
}

fn ids_of(slug: &str) -> Vec<&'static str> {
    registry()
        .into_iter()
        .filter(|e| e.article.slug == slug)
        .map(|e| e.claim.id)
        .collect()
}

#[test]
fn every_claim_computes_its_expected_verdict() {
    let wrong: Vec<String> = checked()
        .iter()
        .filter(|c| !c.ok())
        .map(|c| {
            format!(
                "{}: computed {}, expected {}{}",
                c.claim().id,
                c.outcome.verdict,
                c.claim().expected,
                c.outcome
                    .error
                    .as_ref()
                    .map_or(String::new(), |e| format!(" ({e})"))
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for e in registry() {
        let c = e.claim;
        assert!(seen.insert(c.id), "duplicate id {}", c.id);
        let (prefix, rest) = c.id.split_once('-').expect("PREFIX-NN");
        assert!(prefix.chars().all(|ch| ch.is_ascii_uppercase()), "{}", c.id);
        assert!(
            !rest.is_empty() && rest.chars().all(|ch| ch.is_ascii_alphanumeric()),
            "{}",
            c.id
        );
        assert!(!c.statement.is_empty());
    }
}

#[test]
fn registry_covers_the_catalogues() {
    let slugs: Vec<&str> = CATALOGUE.iter().map(|(s, _, _)| *s).collect();
    assert_eq!(
        articles::slugs(),
        slugs,
        "every catalogue is one registered article"
    );
    for (slug, prefixes, ids) in CATALOGUE {
        let registered = ids_of(slug);
        let expected: Vec<&str> = ids.split_whitespace().collect();
        assert_eq!(registered, expected, "{slug}");
        assert!(
            registered
                .iter()
                .all(|id| prefixes.iter().any(|p| id.starts_with(&format!("{p}-"))))
        );
    }
}

/// When the catalogues are beside the checkout (as in CI), there is one registered article per
/// catalogue file and its claim headings list exactly the registered ids.
#[test]
fn registry_matches_catalogue_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
    if !dir.is_dir() {
        eprintln!(
            "catalogues not found at {}; the embedded id table is checked instead",
            dir.display()
        );
        return;
    }
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("catalogue folder readable")
        .filter_map(|f| f.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".md").map(str::to_string))
        .collect();
    files.sort();
    let mut slugs: Vec<String> = articles::slugs().iter().map(|s| s.to_string()).collect();
    slugs.sort();
    assert_eq!(slugs, files, "one registered article per catalogue");
    for slug in articles::slugs() {
        let text =
            std::fs::read_to_string(dir.join(format!("{slug}.md"))).expect("catalogue readable");
        let headed: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .filter_map(|l| l.split([':', ' ']).next())
            .filter(|id| {
                id.contains('-') && id.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            })
            .collect();
        assert_eq!(ids_of(slug), headed, "{slug}");
    }
}

#[test]
fn quoted_kind_and_verdict_go_together() {
    for c in checked() {
        if c.claim().kind == Kind::Quoted {
            let v = c.outcome.verdict;
            assert!(
                matches!(v, Verdict::Quoted | Verdict::Refuted),
                "{}",
                c.claim().id
            );
        }
    }
}

#[test]
fn lookup_is_case_insensitive_and_exact() {
    assert_eq!(
        articles::find("part-09").map(|e| e.claim.id),
        Some("PART-09")
    );
    assert!(articles::find("PART-9").is_none());
    assert!(articles::find("PART-99").is_none());
}

#[test]
fn every_article_has_a_slug_and_metadata() {
    for a in articles::ALL {
        assert_eq!(articles::article(a.slug).map(|b| b.slug), Some(a.slug));
        assert!(a.url.starts_with("https://"));
        assert!(!a.source.is_empty());
        assert!(!a.claims.is_empty(), "{}", a.slug);
    }
}

/// `uses` names registered claims, never the claim itself, and the graph has no cycle.
#[test]
fn dependencies_name_claims_and_have_no_cycle() {
    let by_id: HashMap<&str, &'static [&'static str]> = registry()
        .into_iter()
        .map(|e| (e.claim.id, e.claim.uses))
        .collect();
    for (id, uses) in &by_id {
        for u in *uses {
            assert!(by_id.contains_key(u), "{id} uses unknown claim {u}");
            assert_ne!(id, u, "{id} uses itself");
        }
    }
    // depth-first search with colours
    fn visit<'a>(
        id: &'a str,
        by_id: &HashMap<&'a str, &'a [&'a str]>,
        state: &mut HashMap<&'a str, bool>,
    ) {
        match state.get(id) {
            Some(true) => return,
            Some(false) => panic!("dependency cycle through {id}"),
            None => {}
        }
        state.insert(id, false);
        for u in by_id[id] {
            visit(u, by_id, state);
        }
        state.insert(id, true);
    }
    let mut state = HashMap::new();
    for id in by_id.keys() {
        visit(id, &by_id, &mut state);
    }
}

/// A v2 verdict rests on something that can fail: every claim that is not quoted records at
/// least one assertion or comparison, and declared names are unique.
#[test]
fn every_computed_verdict_rests_on_an_assertion_or_a_comparison() {
    for c in checked() {
        let claim = c.claim();
        let mut names = HashSet::new();
        for s in claim.stated {
            assert!(
                names.insert(s.name),
                "{}: '{}' declared twice",
                claim.id,
                s.name
            );
        }
        if claim.kind == Kind::Quoted {
            continue;
        }
        let decides = !c.outcome.stated.is_empty()
            || c.outcome
                .requirements
                .iter()
                .any(|r| r.role == Role::Asserts);
        assert!(
            decides,
            "{}: no assertion or comparison decides it",
            claim.id
        );
    }
}

fn strengthened(reading: Reading, value: &BigRational) -> BigRational {
    let two = BigRational::from_integer(BigInt::from(2));
    let up = matches!(reading, Reading::AtLeast | Reading::Above) == value.is_positive();
    if up {
        two
    } else {
        BigRational::new(1.into(), 2.into())
    }
}

/// For every claim whose verdict holds (or is quoted), changing a stated number by one unit in
/// its last printed digit, and separately by a factor of 2 (a bound: made twice as strong), moves
/// the verdict — unless the declaration says why that number cannot bear on it.
#[test]
fn perturbing_a_stated_number_moves_the_verdict() {
    // the claims are independent: perturb them on all cores, each claim on one thread
    let per_claim = map_parallel(checked(), default_threads(), perturb_one);
    let tried: usize = per_claim.iter().map(|(n, _)| n).sum();
    let failures: Vec<String> = per_claim.into_iter().flat_map(|(_, f)| f).collect();
    assert!(failures.is_empty(), "{failures:#?}");
    eprintln!("perturbation: {tried} stated numbers tried");
}

/// The perturbations of one claim's stated numbers: how many were tried, and those that did not
/// move the verdict.
fn perturb_one(c: &Checked) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut tried = 0;
    {
        let claim = c.claim();
        if !matches!(c.outcome.verdict, Verdict::Holds | Verdict::Quoted) {
            return (0, failures);
        }
        for s in claim.stated.iter().filter(|s| s.insensitive.is_empty()) {
            let spec = s.spec_with(s.value).expect("declared values parse");
            let moved = |value: String| -> bool {
                claim.run_with(&[(s.name, value)]).verdict != c.outcome.verdict
            };
            let one = BigRational::from_integer(BigInt::from(1));
            tried += 1;
            if !s.reading.is_bound() {
                let up = moved(perturbed(&spec, 1, &one));
                let down = moved(perturbed(&spec, -1, &one));
                // a truncated print may hold one unit below its rounding; every other reading
                // must move both ways
                let ulp_ok = if s.reading == Reading::Truncated {
                    up || down
                } else {
                    up && down
                };
                if !ulp_ok {
                    failures.push(format!(
                        "{} '{}': ±1 unit does not move it",
                        claim.id, s.name
                    ));
                }
            }
            if !spec.value.is_zero() {
                let factor = if s.reading.is_bound() {
                    strengthened(s.reading, &spec.value)
                } else {
                    BigRational::from_integer(BigInt::from(2))
                };
                if !moved(perturbed(&spec, 0, &factor)) {
                    failures.push(format!(
                        "{} '{}': ×{factor} does not move it",
                        claim.id, s.name
                    ));
                }
            }
        }
    }
    (tried, failures)
}

/// Where a print is wrong, the correct print the comparison reports does hold.
#[test]
fn the_correct_print_holds() {
    for c in checked() {
        for s in &c.outcome.stated {
            let Some(value) = &s.comparison.correct_value else {
                continue;
            };
            let again = c.claim().run_with(&[(s.name, value.clone())]);
            let o = again
                .stated
                .iter()
                .find(|o| o.name == s.name)
                .expect("compared again");
            assert_eq!(
                o.comparison.standing,
                claimcheck::exact::printed::Standing::Holds,
                "{} '{}': correct print {value} does not hold",
                c.claim().id,
                s.name
            );
        }
    }
}

/// build.rs finds every claim's check, and the line it names is that `fn` (or the macro
/// invocation that writes it).
#[test]
fn every_check_has_a_source_location() {
    for e in registry() {
        let (path, line) = articles::check_location(e.claim.id)
            .unwrap_or_else(|| panic!("{}: build.rs found no check", e.claim.id));
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + path)
                .unwrap_or_else(|_| panic!("{path} exists"));
        let at = text.lines().nth(line as usize - 1).unwrap_or_default();
        assert!(
            (at.trim_start().starts_with("fn ") && at.contains("(c: &mut Check)"))
                || at.contains("_check!("),
            "{}: {path}:{line} is {at:?}",
            e.claim.id
        );
    }
}

/// The report of the whole registry (rendered from the run above; `src/report`), with each
/// check's line number blanked so that editing one claim does not churn the snapshot.
/// (Rendered once per test binary run and shared by the report tests.)
fn report_files() -> &'static [(String, String)] {
    static FILES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| claimcheck::report::site::files(checked()))
}

fn without_check_lines(text: &str) -> String {
    text.lines()
        .map(|l| {
            let t = l.trim_start();
            if t.starts_with("- check: `") || t.starts_with("\"line\": ") {
                match (t.starts_with("- check"), l.rfind(':')) {
                    (true, Some(i)) => format!("{}:N`", &l[..i]),
                    _ => format!("{}\"line\": 0,", &l[..l.len() - t.len()]),
                }
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn report_md_and_json_are_pinned() {
    let files = report_files();
    let get = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| without_check_lines(t))
            .unwrap_or_else(|| panic!("{name} is written"))
    };
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!("report.md", get("report.md"));
        insta::assert_snapshot!("report.json", get("report.json"));
    });
}

/// Every page is well-formed, and every internal link names a file of the report and, after
/// `#`, an id on that page.
#[test]
fn report_pages_parse_and_every_internal_link_resolves() {
    let files = report_files();
    let mut ids: HashMap<&str, HashSet<String>> = HashMap::new();
    let mut links: Vec<(&str, String)> = Vec::new();
    for (name, text) in files {
        if !(name.ends_with(".html") || name == "graph.svg") {
            continue;
        }
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        };
        let doc = roxmltree::Document::parse_with_options(text, options)
            .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
        let page_ids = ids.entry(name).or_default();
        for n in doc.descendants().filter(|n| n.is_element()) {
            if let Some(id) = n.attribute("id") {
                assert!(page_ids.insert(id.to_string()), "{name}: id {id} twice");
            }
            for attr in ["href", "src"] {
                if let Some(target) = n.attribute(attr) {
                    links.push((name, target.to_string()));
                }
            }
        }
    }
    assert!(links.len() > 500, "{} links", links.len());
    let names: HashSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for (from, href) in links {
        if href.starts_with("https://") || href.starts_with("http://") {
            continue;
        }
        let (file, anchor) = href.split_once('#').unwrap_or((&href, ""));
        let file = if file.is_empty() { from } else { file };
        assert!(
            names.contains(file),
            "{from}: link {href} to a missing file"
        );
        if !anchor.is_empty() {
            assert!(
                ids.get(file).is_some_and(|s| s.contains(anchor)),
                "{from}: link {href} to a missing anchor"
            );
        }
    }
    // the graph has one node per claim and one arrow per edge
    let index = &files.iter().find(|(n, _)| n == "index.html").unwrap().1;
    assert!(index.matches("<a href=").count() >= checked().len());
    let edges: usize = checked().iter().map(|c| c.claim().uses.len()).sum();
    assert_eq!(index.matches("marker-end=\"url(#arrow)\"").count(), edges);
}

/// Every plot is drawn, names registered claims, and appears on each of their pages.
#[test]
fn report_plots_sit_on_their_claims_pages() {
    let (plots, missing) = claimcheck::report::plots::plots();
    assert!(missing.is_empty(), "{missing:?}");
    assert!(plots.len() >= 2);
    let files = report_files();
    for p in &plots {
        assert!(
            p.svg.starts_with("<svg") && p.svg.contains("</svg>"),
            "{}",
            p.name
        );
        assert!(files.iter().any(|(n, _)| *n == p.file_name()), "{}", p.name);
        for id in p.claims {
            let e = articles::find(id).unwrap_or_else(|| panic!("{}: {id} is registered", p.name));
            let page = format!("{}.html", e.article.slug);
            let text = &files.iter().find(|(n, _)| *n == page).unwrap().1;
            assert!(
                text.contains(&format!("src=\"{}\"", p.file_name())),
                "{} not on {page}",
                p.name
            );
            assert!(
                text.contains(&format!("href=\"#plot-{}\"", p.name)),
                "{id} does not link {}",
                p.name
            );
        }
    }
}

/// A claim that holds on top of a refuted one shows the weaker verdict below it.
#[test]
fn report_graph_carries_the_weakest_verdict_below() {
    let audit = claimcheck::report::audit::Audit::new(checked());
    let nodes = audit.nodes();
    let by_id: HashMap<&str, &claimcheck::report::audit::Node> =
        nodes.iter().map(|n| (n.id, n)).collect();
    for n in &nodes {
        let uses = audit.uses(n.id);
        if uses.is_empty() {
            assert!(n.weakest_below.is_none(), "{}", n.id);
            continue;
        }
        // at least as weak as each direct use and each use's own weakest
        let w = claimcheck::report::audit::weakness(n.weakest_below.unwrap());
        for u in uses {
            let m = by_id[u];
            assert!(
                w >= claimcheck::report::audit::weakness(m.verdict),
                "{} over {u}",
                n.id
            );
            if let Some(b) = m.weakest_below {
                assert!(
                    w >= claimcheck::report::audit::weakness(b),
                    "{} over {u}",
                    n.id
                );
            }
        }
    }
}

/// Renders index.html and one article page in headless Chromium when it is installed (Debian's
/// `chromium`); skips with a reason otherwise (CI does not install a browser).
#[test]
fn report_renders_in_a_browser_when_one_is_installed() {
    let browser = std::path::Path::new("/usr/bin/chromium");
    if !browser.exists() {
        eprintln!("skipped: /usr/bin/chromium is not installed (apt-get install chromium)");
        return;
    }
    let dir = std::env::temp_dir().join(format!("claimcheck-report-{}", std::process::id()));
    claimcheck::report::site::write(&dir, report_files()).unwrap();
    for page in ["index.html", "partitions.html"] {
        let png = dir.join(format!("{page}.png"));
        let status = std::process::Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                &format!("--user-data-dir={}", dir.join("profile").display()),
                &format!("--screenshot={}", png.display()),
                "--window-size=1280,2000",
            ])
            .arg(dir.join(page))
            .output()
            .expect("chromium runs");
        assert!(
            status.status.success(),
            "{page}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let bytes = std::fs::read(&png).expect("a screenshot was written");
        assert!(
            bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000,
            "{page}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// No check accumulates with `ok = ok && …` or `ok &= …`: a mutation flips such an operator
/// unseen (the accumulator starts true). `claim::All` is the way (ARCHITECTURE.md).
#[test]
fn no_check_accumulates_with_an_operator() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/articles")),
        &mut files,
    );
    let mut found = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let next = lines.get(i + 1).map_or("", |l| l.trim_start());
            let accumulates = match words.as_slice() {
                [a, "=", b, "&&", ..] => a == b,
                [a, "=", b] => a == b && next.starts_with("&&"),
                [a, "="] => next.starts_with(&format!("{a} &&")),
                [_, "&=", ..] | [_, "|=", ..] => true,
                _ => false,
            };
            if accumulates {
                found.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "accumulators:\n{}", found.join("\n"));
}
