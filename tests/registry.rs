//! The registry: every claim computes its expected verdict, ids are unique, well formed, carry
//! their article's prefix, and cover the catalogue.

use std::collections::HashSet;

use claimcheck::articles::ArticleId;
use claimcheck::claim::{self, Kind, Verdict};

/// The catalogue's ids, article by article (the specification's data, not derived here).
const CATALOGUE: &[(ArticleId, &[&str], &str)] = &[
    (
        ArticleId::Partitions,
        &["PART"],
        "PART-01 PART-02 PART-03 PART-04 PART-05 PART-06 PART-07 PART-08 PART-09 PART-10 PART-11 PART-12 PART-13 PART-14 PART-15 PART-16 PART-17 PART-18 PART-19",
    ),
    (
        ArticleId::BertInit,
        &["BERT", "REF"],
        "BERT-01 BERT-02 BERT-03 BERT-04 BERT-05 BERT-06 BERT-07 BERT-08 BERT-09 BERT-10 BERT-11 BERT-12 BERT-13 BERT-14 BERT-15 BERT-16 REF-01 REF-02 REF-03 REF-04 REF-05 REF-06 REF-07 REF-08 REF-09 REF-10 REF-11 REF-12 REF-13",
    ),
    (
        ArticleId::SharedEmbedding,
        &["EMB"],
        "EMB-01 EMB-02 EMB-03 EMB-04 EMB-05 EMB-06 EMB-07 EMB-08 EMB-09 EMB-10 EMB-11 EMB-12 EMB-13 EMB-14 EMB-15 EMB-16 EMB-17",
    ),
    (
        ArticleId::ScalingLaw,
        &["SCAL"],
        "SCAL-01 SCAL-02 SCAL-03 SCAL-04 SCAL-05 SCAL-06 SCAL-07 SCAL-08 SCAL-09 SCAL-10 SCAL-11 SCAL-12 SCAL-13 SCAL-P1 SCAL-P2 SCAL-P3 SCAL-P4 SCAL-P5",
    ),
    (
        ArticleId::R136a1,
        &["STAR"],
        "STAR-01 STAR-02 STAR-03 STAR-04 STAR-05 STAR-06 STAR-07 STAR-08 STAR-09 STAR-10 STAR-11 STAR-12 STAR-13 STAR-14 STAR-15 STAR-16 STAR-17 STAR-18 STAR-19 STAR-20",
    ),
    (
        ArticleId::Mushroom,
        &["MUSH"],
        "MUSH-01 MUSH-02 MUSH-03 MUSH-04 MUSH-05 MUSH-06",
    ),
    (
        ArticleId::Cur,
        &["CUR"],
        "CUR-01 CUR-02 CUR-03 CUR-04 CUR-05 CUR-06 CUR-07 CUR-08 CUR-09 CUR-10 CUR-11 CUR-X1 CUR-X2 CUR-X3",
    ),
    (
        ArticleId::LadderSideTuning,
        &["LST"],
        "LST-01 LST-02 LST-03 LST-04 LST-05 LST-06 LST-07 LST-08 LST-09 LST-10 LST-11 LST-12 LST-13 LST-14 LST-15 LST-16",
    ),
];

#[test]
fn every_claim_computes_its_expected_verdict() {
    let wrong: Vec<String> = claim::registry()
        .into_iter()
        .map(|c| c.run())
        .filter(|c| !c.ok())
        .map(|c| {
            format!(
                "{}: computed {}, expected {}",
                c.claim.id, c.outcome.verdict, c.claim.expected
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for c in claim::registry() {
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
    for (article, prefixes, ids) in CATALOGUE {
        let registered: Vec<&str> = claim::registry()
            .into_iter()
            .filter(|c| c.article == *article)
            .map(|c| c.id)
            .collect();
        let expected: Vec<&str> = ids.split_whitespace().collect();
        assert_eq!(registered, expected, "{}", article.slug());
        assert!(
            registered
                .iter()
                .all(|id| prefixes.iter().any(|p| id.starts_with(&format!("{p}-"))))
        );
    }
}

/// When the catalogues are beside the checkout (as in CI), their claim headings must list
/// exactly the registered ids of every implemented article.
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
    for (article, _, _) in CATALOGUE {
        let text = std::fs::read_to_string(dir.join(format!("{}.md", article.slug())))
            .expect("catalogue readable");
        let headed: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .filter_map(|l| l.split([':', ' ']).next())
            .filter(|id| {
                id.contains('-') && id.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            })
            .collect();
        let registered: Vec<&str> = claim::registry()
            .into_iter()
            .filter(|c| c.article == *article)
            .map(|c| c.id)
            .collect();
        assert_eq!(registered, headed, "{}", article.slug());
    }
}

#[test]
fn quoted_kind_and_verdict_go_together() {
    for c in claim::registry() {
        if c.kind == Kind::Quoted {
            let v = c.run().outcome.verdict;
            assert!(matches!(v, Verdict::Quoted | Verdict::Refuted), "{}", c.id);
        }
    }
}

#[test]
fn lookup_is_case_insensitive_and_exact() {
    assert_eq!(claim::find("part-09").map(|c| c.id), Some("PART-09"));
    assert!(claim::find("PART-9").is_none());
    assert!(claim::find("PART-99").is_none());
}

#[test]
fn every_article_has_a_slug_and_metadata() {
    for a in ArticleId::ALL {
        assert_eq!(ArticleId::from_slug(a.slug()), Some(a));
        let m = a.article();
        assert!(m.url.starts_with("https://"));
        assert!(!m.source.is_empty());
    }
}
