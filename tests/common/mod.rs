//! Helpers shared by the integration tests.
#![allow(dead_code)]

use claimcheck::articles;

/// insta settings that store snapshots in the top-level `snapshots/` folder, named without the
/// test module's prefix (claim ids are unique across articles).
pub fn snapshots() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

/// Runs the claim with this id, asserts its computed verdict is the expected one, and returns the
/// snapshot text of its outcome.
pub fn checked_evidence(id: &str) -> String {
    let entry = articles::find(id).unwrap_or_else(|| panic!("{id} is registered"));
    let checked = entry.run();
    assert!(
        checked.ok(),
        "{id}: computed {} but expected {}{}",
        checked.outcome.verdict,
        entry.claim.expected,
        checked
            .outcome
            .error
            .as_ref()
            .map_or(String::new(), |e| format!(" ({e})"))
    );
    claimcheck::render::evidence_text(&checked)
}

/// Snapshots every claim of an article under its id.
#[macro_export]
macro_rules! snapshot_claims {
    ($($test:ident => $id:literal),* $(,)?) => {$(
        #[test]
        fn $test() {
            let text = common::checked_evidence($id);
            common::snapshots().bind(|| insta::assert_snapshot!($id, text));
        }
    )*};
}
