//! `src/report`: the JUnit document and the baseline comparison.

use std::time::Duration;

use claimcheck::articles;
use claimcheck::claim::{Checked, Expected, Outcome, Verdict};
use claimcheck::render::claim_json;
use claimcheck::report::baseline::{self, Comparison};
use claimcheck::report::junit::junit;
use claimcheck::report::xml::{escape, escape_attr};
use serde_json::{Value, json};

/// A claim with a made-up outcome (no check runs).
fn fake(id: &str, verdict: Verdict, error: Option<&str>) -> Checked {
    Checked {
        entry: articles::find(id).unwrap(),
        outcome: Outcome {
            verdict,
            stated: Vec::new(),
            requirements: Vec::new(),
            evidence: Vec::new(),
            error: error.map(str::to_string),
        },
        elapsed: Duration::from_millis(1234),
    }
}

/// The first claim of the registry whose expected verdict is `e`.
fn with_expected(e: Expected) -> &'static str {
    articles::registry()
        .into_iter()
        .find(|x| x.claim.expected == e)
        .unwrap()
        .claim
        .id
}

#[test]
fn junit_has_the_required_elements_and_counts() {
    let holds = with_expected(Expected::Holds);
    let quoted = with_expected(Expected::Quoted);
    let refuted = with_expected(Expected::Refuted);
    let run = vec![
        fake(holds, Verdict::Holds, None),
        fake(quoted, Verdict::Quoted, None),
        fake(refuted, Verdict::Holds, None),
        fake("PART-02", Verdict::Error, Some("boom <&>")),
    ];
    let xml = junit(&run);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some("4"));
    assert_eq!(root.attribute("failures"), Some("2"));
    assert_eq!(root.attribute("skipped"), Some("1"));
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    let articles_run: std::collections::BTreeSet<&str> =
        run.iter().map(|c| c.entry.article.slug).collect();
    assert_eq!(
        suites.len(),
        articles_run.len(),
        "one testsuite per article"
    );
    let mut cases = 0;
    for s in &suites {
        assert_eq!(s.tag_name().name(), "testsuite");
        for attr in ["name", "tests", "failures", "errors", "skipped", "time"] {
            assert!(s.attribute(attr).is_some(), "testsuite lacks {attr}");
        }
        for c in s.children().filter(|n| n.has_tag_name("testcase")) {
            cases += 1;
            for attr in ["name", "classname", "time"] {
                assert!(c.attribute(attr).is_some(), "testcase lacks {attr}");
            }
            assert_eq!(c.attribute("time"), Some("1.234"));
            let id = c.attribute("name").unwrap().split(':').next().unwrap();
            let failure = c.children().find(|n| n.has_tag_name("failure"));
            let skipped = c.children().find(|n| n.has_tag_name("skipped"));
            match id {
                x if x == holds => assert!(failure.is_none() && skipped.is_none()),
                x if x == quoted => assert!(skipped.is_some() && failure.is_none()),
                x if x == refuted => {
                    let f = failure.expect("a wrong verdict is a failure");
                    assert_eq!(f.attribute("type"), Some("verdict"));
                    assert_eq!(
                        f.attribute("message"),
                        Some("verdict holds, expected refuted")
                    );
                }
                "PART-02" => {
                    let f = failure.expect("an error is a failure");
                    assert_eq!(f.attribute("type"), Some("error"));
                    assert!(f.attribute("message").unwrap().contains("boom <&>"));
                    assert!(f.text().unwrap().contains("PART-02: error"));
                }
                other => panic!("unexpected testcase {other}"),
            }
        }
    }
    assert_eq!(cases, 4);
}

#[test]
fn xml_escape_gives_well_formed_text_for_any_string() {
    let nasty: String = (0u32..0x80)
        .filter_map(char::from_u32)
        .chain("&<>\"'\u{FFFE}é𝔉".chars())
        .collect();
    let xml = format!("<a b=\"{}\">{}</a>", escape_attr(&nasty), escape(&nasty));
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let kept: String = nasty
        .chars()
        .filter(|c| matches!(c, '\t' | '\n' | '\r') || (*c as u32 >= 0x20 && *c != '\u{FFFE}'))
        .collect();
    assert_eq!(doc.root_element().text(), Some(kept.as_str()));
    assert_eq!(doc.root_element().attribute("b"), Some(kept.as_str()));
}

/// The verify JSON of made-up outcomes, with one stated and one evidence entry each.
fn run_json(verdicts: &[(&str, Verdict)]) -> Vec<Value> {
    verdicts
        .iter()
        .map(|(id, v)| {
            let c = fake(id, *v, None);
            let mut j = claim_json(c.entry, Some(&c.outcome));
            j["stated"] =
                json!([{"name": "x", "text": "1.2", "standing": "holds", "computed": "1.2"}]);
            j["evidence"] = json!([{"name": "e", "value": "7"}]);
            j
        })
        .collect()
}

fn compare(before: &[Value], now: &[Value]) -> Comparison {
    let text = serde_json::to_string(before).unwrap();
    let b = baseline::parse(&text).unwrap();
    baseline::compare(&b, now, |id| articles::find(id).is_some())
}

/// Each change as (what changed, whether it is worse).
fn whats(c: &Comparison) -> Vec<(&str, bool)> {
    c.changes
        .iter()
        .map(|x| (x.what.as_str(), x.worse))
        .collect()
}

#[test]
fn baseline_of_itself_has_no_changes() {
    let holds = with_expected(Expected::Holds);
    let run = run_json(&[(holds, Verdict::Holds), ("PART-02", Verdict::Holds)]);
    let c = compare(&run, &run);
    assert!(c.changes.is_empty(), "{c:?}");
    assert_eq!(c.worse(), 0);
    assert!(c.text().contains("0 claim(s) changed, 0 change(s) worse"));
}

#[test]
fn baseline_reports_what_got_worse() {
    let holds = with_expected(Expected::Holds);
    let refuted = with_expected(Expected::Refuted);
    let before = run_json(&[(holds, Verdict::Holds), (refuted, Verdict::Refuted)]);
    // holds → approximate: verdict and ok both worse
    let mut now = run_json(&[(holds, Verdict::Approximate), (refuted, Verdict::Refuted)]);
    let c = compare(&before, &now);
    assert_eq!(whats(&c), [("verdict", true), ("ok", true)], "{c:?}");
    // a stated comparison that leaves `holds` is worse; an evidence change is only listed
    now = before.clone();
    now[1]["stated"][0]["standing"] = json!("refuted");
    now[1]["evidence"][0]["value"] = json!("8");
    let c = compare(&before, &now);
    assert_eq!(
        whats(&c),
        [("stated x", true), ("evidence e", false)],
        "{c:?}"
    );
    assert_eq!(c.worse(), 1);
    // better is listed but not worse: refuted → … for an expected-refuted claim would be worse
    // through ok; approximate → holds is not
    let c = compare(
        &run_json(&[(holds, Verdict::Approximate)]),
        &run_json(&[(holds, Verdict::Holds)]),
    );
    assert_eq!(c.changes.len(), 2);
    assert_eq!(c.worse(), 0);
    // anything → error is worse even from a wrong verdict
    let c = compare(
        &run_json(&[(holds, Verdict::Refuted)]),
        &run_json(&[(holds, Verdict::Error)]),
    );
    assert_eq!(c.worse(), 1);
}

#[test]
fn baseline_missing_and_new_claims() {
    let holds = with_expected(Expected::Holds);
    let mut before = run_json(&[(holds, Verdict::Holds)]);
    let mut gone = before[0].clone();
    gone["id"] = json!("GONE-01");
    before.push(gone);
    let now = run_json(&[(holds, Verdict::Holds), ("PART-02", Verdict::Holds)]);
    let c = compare(&before, &now);
    let whats: Vec<(&str, &str, bool)> = c
        .changes
        .iter()
        .map(|x| (x.id.as_str(), x.what.as_str(), x.worse))
        .collect();
    assert_eq!(
        whats,
        [("PART-02", "claim", false), ("GONE-01", "claim", true)]
    );
    // a registered claim that this run did not select is not compared
    let c = compare(&run_json(&[("PART-02", Verdict::Holds)]), &[]);
    assert!(c.changes.is_empty());
    assert_eq!(c.baseline_claims, 0);
}

#[test]
fn baseline_rejects_what_verify_did_not_write() {
    for (text, fragment) in [
        ("{", "not JSON"),
        ("{}", "not an array"),
        ("[{\"verdict\": \"holds\"}]", "no \"id\""),
        ("[{\"id\": \"PART-01\"}]", "no \"verdict\""),
        (
            "[{\"id\": \"PART-01\", \"verdict\": \"holds\"}, {\"id\": \"PART-01\", \"verdict\": \"holds\"}]",
            "twice",
        ),
    ] {
        let e = baseline::parse(text).unwrap_err().to_string();
        assert!(e.contains(fragment), "{text}: {e}");
    }
}
