//! The registry: every claim computes its expected verdict, ids are unique, well formed, carry
//! their article's prefix, and cover the catalogue.

use std::collections::HashSet;

use claimcheck::articles::ArticleId;
use claimcheck::claim::{self, Kind, Verdict};

/// The catalogue's ids, article by article (the specification's data, not derived here).
const CATALOGUE: &[(ArticleId, &str, &[&str])] = &[(
    ArticleId::Partitions,
    "PART",
    &[
        "PART-01", "PART-02", "PART-03", "PART-04", "PART-05", "PART-06", "PART-07", "PART-08",
        "PART-09", "PART-10", "PART-11", "PART-12", "PART-13", "PART-14", "PART-15", "PART-16",
        "PART-17", "PART-18", "PART-19",
    ],
)];

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
    for (article, prefix, ids) in CATALOGUE {
        let registered: Vec<&str> = claim::registry()
            .into_iter()
            .filter(|c| c.article == *article)
            .map(|c| c.id)
            .collect();
        assert_eq!(&registered, ids, "{}", article.slug());
        assert!(registered.iter().all(|id| id.starts_with(prefix)));
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
