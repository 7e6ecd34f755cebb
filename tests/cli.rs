//! The binary end to end: every subcommand, every output format, and bad input (exit 2, one clear
//! line on stderr, never a panic).

use assert_cmd::cargo::cargo_bin_cmd;
use claimcheck::articles::partitions::counting::at_most_table;
use claimcheck::exact::integer::binomial;
use num_bigint::BigUint;
use proptest::prelude::*;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = cargo_bin_cmd!("claimcheck")
        .args(args)
        .output()
        .expect("binary runs");
    Run {
        code: out.status.code().expect("exited"),
        stdout: String::from_utf8(out.stdout).expect("utf-8"),
        stderr: String::from_utf8(out.stderr).expect("utf-8"),
    }
}

/// Asserts exit 2 with one stderr line that mentions every fragment, and nothing on stdout.
fn bad_input(args: &[&str], fragments: &[&str]) {
    let r = run(args);
    assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    assert!(r.stdout.is_empty(), "{args:?}: stdout {}", r.stdout);
    assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
    for f in fragments {
        assert!(
            r.stderr.contains(f),
            "{args:?}: stderr {:?} lacks {f:?}",
            r.stderr
        );
    }
}

#[test]
fn verify_all_is_green() {
    let r = run(&["verify"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("PART-09    holds"));
    assert!(r.stdout.contains("PART-05    refuted"));
    assert!(r.stdout.contains("every verdict as expected"));
}

#[test]
fn verify_json_has_the_documented_fields() {
    let r = run(&["verify", "--article", "partitions", "--format", "json"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let items = v.as_array().expect("array");
    assert_eq!(items.len(), 19);
    for item in items {
        for field in [
            "id",
            "article",
            "statement",
            "provenance",
            "kind",
            "expected",
            "verdict",
            "ok",
            "evidence",
            "uses",
            "declared",
            "stated",
            "requirements",
        ] {
            assert!(item.get(field).is_some(), "missing {field}");
        }
        assert!(item.get("error").is_none(), "no check failed");
        for s in item["stated"].as_array().unwrap() {
            for field in [
                "name",
                "text",
                "value",
                "reading",
                "standing",
                "computed",
                "gap",
                "relative_gap",
                "correct_print",
            ] {
                assert!(s.get(field).is_some(), "stated entry lacks {field}");
            }
        }
        for r in item["requirements"].as_array().unwrap() {
            assert!(r["role"] == "asserts" || r["role"] == "fact");
            assert!(r["standing"].is_string() && r["name"].is_string());
        }
        assert_eq!(item["ok"], true);
        assert!(
            item["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["name"].is_string() && e["value"].is_string())
        );
    }
    let p9 = items.iter().find(|i| i["id"] == "PART-09").unwrap();
    assert!(
        p9["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["value"] == "339024")
    );
}

/// The stated numbers of a claim appear with their comparison, and a wrong print's correction.
#[test]
fn verify_json_reports_stated_numbers() {
    let r = run(&["verify", "LST-07", "--format", "json"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let stated = v[0]["stated"].as_array().expect("stated");
    let base = stated
        .iter()
        .find(|s| s["name"] == "base share")
        .expect("the 1.2 % print");
    assert_eq!(base["standing"], "approximate");
    assert_eq!(base["correct_print"], "1.3%");
    assert_eq!(v[0]["uses"][0], "LST-06");
}

/// `--full` runs the catalogue's Monte Carlo sizes; claims without Monte Carlo are unchanged.
/// A run against its own JSON changes nothing (exit 0); a baseline holding a claim that no
/// longer exists, or a verdict better than today's, exits 1 and names it.
#[test]
fn verify_baseline_exits_1_only_when_something_got_worse() {
    let dir = std::env::temp_dir().join(format!("claimcheck-baseline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let saved = run(&["verify", "--article", "mushroom", "--format", "json"]);
    assert_eq!(saved.code, 0);
    let against = |name: &str, text: &str, extra: &[&str]| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let mut args = vec!["verify", "--article", "mushroom", "--baseline"];
        args.push(path.to_str().unwrap());
        args.extend_from_slice(extra);
        run(&args)
    };
    let r = against("own.json", &saved.stdout, &[]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("0 claim(s) changed, 0 change(s) worse"),
        "{}",
        r.stdout
    );

    let mut claims: serde_json::Value = serde_json::from_str(&saved.stdout).unwrap();
    let mut removed = claims[0].clone();
    removed["id"] = serde_json::json!("MUSH-99");
    claims.as_array_mut().unwrap().push(removed);
    let r = against("gone.json", &claims.to_string(), &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("MUSH-99") && r.stdout.contains("missing now"),
        "{}",
        r.stdout
    );

    let r = against("gone.json", &claims.to_string(), &["--format", "json"]);
    assert_eq!(r.code, 1);
    let j: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(j["changes"][0]["id"], "MUSH-99");
    assert_eq!(j["changes"][0]["worse"], true);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn verify_junit_lists_claims_as_tests() {
    let r = run(&["verify", "--article", "r136a1", "--format", "junit"]);
    assert_eq!(r.code, 0);
    let doc = roxmltree::Document::parse(&r.stdout).expect("well-formed JUnit XML");
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    let listed = claimcheck::articles::article("r136a1")
        .unwrap()
        .claims
        .len();
    assert_eq!(cases, listed);
    assert_eq!(doc.root_element().attribute("failures"), Some("0"));
}

#[test]
fn verify_full_is_accepted() {
    let r = run(&["verify", "PART-01", "--full"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("every verdict as expected"));
}

#[test]
fn verify_selected_ids_and_markdown() {
    let r = run(&["verify", "PART-01", "part-09", "--format", "markdown"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("| id | verdict |"));
    assert_eq!(
        r.stdout
            .lines()
            .filter(|l| l.starts_with("| PART-"))
            .count(),
        2
    );
}

#[test]
fn list_text_and_json_do_not_run_checks() {
    let r = run(&["list", "--format", "json"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let first = &v.as_array().unwrap()[0];
    assert_eq!(first["id"], "PART-01");
    assert!(first.get("verdict").is_none() && first.get("evidence").is_none());
    let text = run(&["list", "--article", "partitions"]);
    assert_eq!(
        run(&["list", "--article", "bert-init"])
            .stdout
            .lines()
            .count(),
        29
    );
    assert_eq!(text.stdout.lines().count(), 19);
}

#[test]
fn show_explains_a_claim() {
    let r = run(&["show", "PART-05"]);
    assert_eq!(r.code, 0);
    for fragment in [
        "refuted",
        "non-negative parts",
        "2025078",
        "2031120",
        "source      ordered section complete; unordered reconstructed",
    ] {
        assert!(r.stdout.contains(fragment), "{fragment}");
    }
}

#[test]
fn eval_required_names() {
    let cases = [
        (vec!["compositions", "2014", "3"], "2031120"),
        (vec!["partitions-at-most", "2014", "3"], "339024"),
        (vec!["partitions-exact", "2014", "3"], "338016"),
        (
            vec!["partitions", "2014"],
            "6999528464952353007567067145415164276505069670",
        ),
        (
            vec!["partitions-at-most", "10^20", "5"],
            "34722222222222222232638888888888888889965277777777777777823611111111111111112",
        ),
        (vec!["compositions", "0", "0"], "1"),
        (vec!["compositions", "5", "0"], "0"),
        (vec!["partitions-exact", "0", "0"], "1"),
        (vec!["partitions", "0"], "1"),
        (vec!["compositions-positive", "2014", "3"], "2025078"),
        (vec!["compositions", "2014", "3", "--digits", "3"], "2.03e6"),
        (vec!["partitions-at-most", "4028/2", "3"], "339024"),
        (vec!["truncnorm-gamma", "2"], "0.77374130354992324718"),
        (vec!["truncnorm-gamma", "2", "--digits", "8"], "0.77374130"),
        (vec!["truncnorm-gamma", "0.02", "--digits", "3"], "0.000133"),
        // past the old limit A ≤ 40: γ(A) → 1, and at A = 100 the deficit 2Aφ(A) ≈ 10⁻²¹⁷⁰
        // shows from the 2171st digit on
        (vec!["truncnorm-gamma", "40.5"], "1.0000000000000000000"),
        (vec!["truncnorm-gamma", "10^9", "--digits", "5"], "1.0000"),
        (vec!["mushroom-phi", "0"], "3.8383165853550260132"),
        (vec!["param-count", "t5-base"], "222903552"),
        (vec!["param-count", "roberta-wwm-ext-large"], "325522432"),
        (
            vec!["zipf-tail", "2", "0", "--digits", "13"],
            "1.644934066848",
        ),
        (
            vec!["zipf-tail", "2", "10^18", "--digits", "25"],
            "9.999999999999999995000000e-19",
        ),
        (
            vec!["mushroom-phi", "1/2", "--digits", "25"],
            "4.569710839034666702577237",
        ),
    ];
    for (args, expected) in cases {
        let r = run(&[&["eval"], &args[..]].concat());
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, format!("{expected}\n"), "{args:?}");
    }
}

#[test]
fn eval_at_most_huge_n_and_k_up_to_12() {
    // β(n,12) = n¹¹/(12!·11!)·(1 + O(1/n)): at n = 10³⁰ the ratio is within 10⁻²⁵ of 1.
    let r = run(&["eval", "partitions-at-most", "10^30", "12"]);
    assert_eq!(r.code, 0);
    let value: BigUint = r.stdout.trim().parse().expect("an integer");
    let n = BigUint::from(10u32).pow(30);
    let factorials: BigUint = (1..=12u32).product::<BigUint>() * (1..=11u32).product::<BigUint>();
    let scaled = value * factorials * BigUint::from(10u32).pow(25);
    let leading = n.pow(11);
    assert!(
        scaled >= &leading * BigUint::from(10u32).pow(25)
            && scaled <= &leading * (BigUint::from(10u32).pow(25) + 1u32)
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_line() {
    bad_input(&["show", "PART-99"], &["unknown claim id 'PART-99'"]);
    bad_input(&["verify", "NOPE-1"], &["unknown claim id 'NOPE-1'"]);
    bad_input(
        &["report", "--out", "/proc/claimcheck-report"],
        &["cannot create /proc/claimcheck-report"],
    );
    bad_input(
        &["verify", "PART-01", "--baseline", "/nonexistent/base.json"],
        &["cannot read baseline /nonexistent/base.json"],
    );
    let listed = std::env::temp_dir().join(format!("claimcheck-list-{}.json", std::process::id()));
    std::fs::write(&listed, run(&["list", "--format", "json"]).stdout).unwrap();
    bad_input(
        &["verify", "PART-01", "--baseline", listed.to_str().unwrap()],
        &["has no \"verdict\"", "saved with `list`"],
    );
    bad_input(
        &[
            "verify",
            "PART-01",
            "--baseline",
            listed.to_str().unwrap(),
            "--format",
            "junit",
        ],
        &["--baseline prints its comparison as text or json"],
    );
    std::fs::remove_file(&listed).ok();
    bad_input(
        &["verify", "--article", "physics"],
        &["unknown article 'physics'", "partitions"],
    );
    bad_input(
        &["list", "--article", "physics"],
        &["unknown article 'physics'"],
    );
    // found by fuzzing: a 665 000-bit denominator took 37 s in num-rational's gcd
    bad_input(
        &["eval", "mushroom-phi", "18/888883508851^16630"],
        &["argument LAMBDA", "too long a fraction", "16384 bits"],
    );
    bad_input(
        &["eval", "fibonacci", "3"],
        &["unknown eval name 'fibonacci'", "partitions-at-most"],
    );
    bad_input(
        &["eval", "partitions", "abc"],
        &["argument N", "'abc' is not a number"],
    );
    bad_input(
        &["eval", "partitions", "-5"],
        &["argument N", "-5", "non-negative integer"],
    );
    bad_input(
        &["eval", "partitions", "5/2"],
        &["argument N", "non-negative integer"],
    );
    bad_input(
        &["eval", "compositions", "3", "-1"],
        &["argument K", "non-negative integer"],
    );
    bad_input(
        &["eval", "partitions", "1000000000001"],
        &["argument N", "at most 1000000000000"],
    );
    bad_input(
        &["eval", "partitions", "10^99999999"],
        &["argument N", "too large"],
    );
    bad_input(
        &["eval", "partitions", "1/0"],
        &["argument N", "zero denominator"],
    );
    bad_input(
        &["eval", "partitions-at-most", "10^6", "100"],
        &["argument N", "100000"],
    );
    bad_input(
        &["eval", "compositions", "10^30", "10^7"],
        &["argument K", "at most 1000000"],
    );
    bad_input(
        &["eval", "compositions", "10^30", "10^6"],
        &["argument K", "2^24 bits"],
    );
    bad_input(
        &["eval", "partitions", "5", "6"],
        &["partitions takes 1 argument(s)", "got 2"],
    );
    bad_input(
        &["eval", "partitions-at-most", "5"],
        &["takes 2 argument(s)"],
    );
    bad_input(
        &["eval", "partitions", "5", "--digits", "0"],
        &["--digits must be between 1 and 10000"],
    );
    bad_input(&["frobnicate"], &["unrecognized subcommand"]);
    bad_input(
        &["eval", "truncnorm-gamma", "0"],
        &["argument A = 0", "must be positive"],
    );
    bad_input(
        &["eval", "truncnorm-gamma", "-1"],
        &["argument A = -1", "must be positive"],
    );
    bad_input(
        &["eval", "truncnorm-gamma", "x"],
        &["argument A", "not a number"],
    );
    bad_input(
        &["eval", "truncnorm-gamma", "2", "--digits", "10001"],
        &["--digits must be between 1 and 10000"],
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// `eval` against independent implementations on random inputs: the DP table for β and
    /// p_k, the num-bigint product formula for compositions.
    #[test]
    fn eval_agrees_with_independent_routes(n in 0u64..3000, k in 0u64..40) {
        let table = at_most_table(n as usize, k as usize);
        let r = run(&["eval", "partitions-at-most", &n.to_string(), &k.to_string()]);
        prop_assert_eq!(r.stdout.trim(), table[n as usize].to_string());
        let exact = if k <= n { at_most_table((n - k) as usize, k as usize)[(n - k) as usize].to_string() } else { "0".into() };
        let r = run(&["eval", "partitions-exact", &n.to_string(), &k.to_string()]);
        prop_assert_eq!(r.stdout.trim(), exact);
        let alpha = if k == 0 { BigUint::from((n == 0) as u8) } else { binomial(&BigUint::from(n + k - 1), k - 1) };
        let r = run(&["eval", "compositions", &n.to_string(), &k.to_string()]);
        prop_assert_eq!(r.stdout.trim(), alpha.to_string());
    }
}

/// The README's `eval` table is the one `eval --help` is built from: every name, usage, summary
/// and limit text comes from `eval::FUNCTIONS`.
#[test]
fn readme_eval_table_matches_the_library() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let table = claimcheck::eval::markdown_table();
    assert!(
        readme.contains(&table),
        "README.md must contain the eval table exactly:\n{table}"
    );
}
