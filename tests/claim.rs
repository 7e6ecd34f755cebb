//! `claim`: the verdict is derived from what a check records — the weakest assertion or
//! comparison; `error` for a failed fact, an `Err`, a panic, an undeclared or an uncompared
//! number — and a failing check never takes the run down.

use claimcheck::claim::{
    Check, CheckError, CheckResult, Claim, Expected, Kind, Provenance, Stated, Verdict,
};
use claimcheck::exact::printed::Reading;
use claimcheck::exact::rational::q;

const fn claim(
    kind: Kind,
    stated: &'static [Stated],
    check: fn(&mut Check) -> CheckResult,
) -> Claim {
    Claim {
        id: "TEST-01",
        statement: "a test claim",
        provenance: Provenance::Derived,
        kind,
        expected: Expected::Holds,
        stated,
        uses: &[],
        notes: "",
        check,
    }
}

fn verdict(c: &Claim) -> Verdict {
    c.run().verdict
}

#[test]
fn the_weakest_assertion_decides() {
    fn all_true(c: &mut Check) -> CheckResult {
        c.asserts("a", true);
        c.asserts("b", true);
        Ok(())
    }
    fn one_false(c: &mut Check) -> CheckResult {
        c.asserts("a", true);
        c.asserts("b", false);
        Ok(())
    }
    fn close(c: &mut Check) -> CheckResult {
        c.asserts("a", true);
        c.asserts_close("b", false, true);
        Ok(())
    }
    fn close_and_false(c: &mut Check) -> CheckResult {
        c.asserts_close("a", false, true);
        c.asserts("b", false);
        Ok(())
    }
    assert_eq!(
        verdict(&claim(Kind::Identity, &[], all_true)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(&claim(Kind::Identity, &[], one_false)),
        Verdict::Refuted
    );
    assert_eq!(
        verdict(&claim(Kind::Identity, &[], close)),
        Verdict::Approximate
    );
    assert_eq!(
        verdict(&claim(Kind::Identity, &[], close_and_false)),
        Verdict::Refuted
    );
}

#[test]
fn a_quoted_claim_is_quoted_unless_an_assertion_fails() {
    fn fine(c: &mut Check) -> CheckResult {
        c.fact("internal arithmetic", true);
        Ok(())
    }
    fn broken_quote(c: &mut Check) -> CheckResult {
        c.asserts("the quoted arithmetic", false);
        Ok(())
    }
    assert_eq!(verdict(&claim(Kind::Quoted, &[], fine)), Verdict::Quoted);
    assert_eq!(
        verdict(&claim(Kind::Quoted, &[], broken_quote)),
        Verdict::Refuted
    );
}

#[test]
fn failed_facts_errors_and_panics_are_errors() {
    fn failed_fact(c: &mut Check) -> CheckResult {
        c.asserts("a", false); // a refuting assertion does not hide a broken check
        c.fact("two routes agree", false);
        Ok(())
    }
    fn erring(_: &mut Check) -> CheckResult {
        Err(CheckError::msg("no answer"))
    }
    fn panicking(_: &mut Check) -> CheckResult {
        let v: Vec<u8> = Vec::new();
        let _ = v[3];
        Ok(())
    }
    for check in [
        failed_fact as fn(&mut Check) -> CheckResult,
        erring,
        panicking,
    ] {
        let o = claim(Kind::Identity, &[], check).run();
        assert_eq!(o.verdict, Verdict::Error);
        assert!(o.error.is_some());
        assert!(!o.verdict.matches(Expected::Holds));
    }
    let o = claim(Kind::Identity, &[], panicking).run();
    assert!(
        o.error.as_deref().is_some_and(|e| e.contains("panicked")),
        "{:?}",
        o.error
    );
}

const ANSWER: [Stated; 1] = [Stated::exact("answer", "42", "42")];

#[test]
fn stated_numbers_must_be_declared_and_compared() {
    fn compares(c: &mut Check) -> CheckResult {
        c.compare_int("answer", 42)?;
        Ok(())
    }
    fn forgets(c: &mut Check) -> CheckResult {
        c.asserts("something else", true);
        Ok(())
    }
    fn undeclared(c: &mut Check) -> CheckResult {
        c.compare_int("another", 42)?;
        Ok(())
    }
    assert_eq!(
        verdict(&claim(Kind::ExactValue, &ANSWER, compares)),
        Verdict::Holds
    );
    let forgot = claim(Kind::ExactValue, &ANSWER, forgets).run();
    assert_eq!(forgot.verdict, Verdict::Error);
    assert!(
        forgot
            .error
            .as_deref()
            .is_some_and(|e| e.contains("never compared"))
    );
    assert_eq!(
        verdict(&claim(Kind::ExactValue, &[], undeclared)),
        Verdict::Error
    );
}

#[test]
fn a_substituted_value_is_what_gets_compared() {
    fn compares(c: &mut Check) -> CheckResult {
        c.compare_int("answer", 42)?;
        Ok(())
    }
    let c = claim(Kind::ExactValue, &ANSWER, compares);
    let o = c.run_with(&[("answer", "43".to_string())]);
    assert_eq!(o.verdict, Verdict::Refuted);
    assert_eq!(o.stated[0].value, "43");
    assert_eq!(o.stated[0].comparison.correct_print.as_deref(), Some("42"));
    assert_eq!(
        c.run_with(&[("answer", "6*7".to_string())]).verdict,
        Verdict::Holds
    );
}

const ABOUT: [Stated; 1] = [Stated::printed("about", "about 0.3", "0.3").band("1/5", "about")];
const BOUND: [Stated; 1] = [Stated::bound("more", "more than 2", "2", Reading::Above)];

#[test]
fn comparisons_take_part_in_the_verdict() {
    fn near(c: &mut Check) -> CheckResult {
        c.compare_exact("about", &q(33, 100))?; // rounds to 0.3
        c.compare_exact("about", &q(34, 100))?; // 0.34 rounds to 0.3 as well
        Ok(())
    }
    fn far(c: &mut Check) -> CheckResult {
        c.compare_exact("about", &q(35, 100))?; // rounds to 0.4, within 20 %
        Ok(())
    }
    fn bound(c: &mut Check) -> CheckResult {
        c.compare_exact("more", &q(2, 1))?;
        Ok(())
    }
    assert_eq!(
        verdict(&claim(Kind::Certified, &ABOUT, near)),
        Verdict::Holds
    );
    assert_eq!(
        verdict(&claim(Kind::Certified, &ABOUT, far)),
        Verdict::Approximate
    );
    assert_eq!(
        verdict(&claim(Kind::Certified, &BOUND, bound)),
        Verdict::Refuted
    );
}

/// `All` is a conjunction: one false case makes it false for good, and no case leaves it true.
#[test]
fn all_is_a_conjunction_that_a_false_case_ends() {
    use claimcheck::claim::All;
    assert!(All::new().holds());
    for cases in [
        [true, true, true],
        [true, false, true],
        [false, true, true],
        [true, true, false],
    ] {
        let mut all = All::default();
        for c in cases {
            all.and(c);
        }
        assert_eq!(all.holds(), cases.iter().all(|&c| c), "{cases:?}");
        assert_eq!(bool::from(all), all.holds());
        assert_eq!(All::of(cases), all, "{cases:?}");
    }
    assert!(All::of([true; 0]).holds());
}

/// `All::every` is the same conjunction over a fallible sweep: false as soon as one item is,
/// true on an empty sweep, and an error wherever it occurs, also after a false item.
#[test]
fn every_is_a_conjunction_that_surfaces_errors() {
    use claimcheck::claim::All;
    let sweep = |cases: &[Result<bool, &'static str>]| All::every(cases.iter().copied(), |c| c);
    assert_eq!(sweep(&[]), Ok(true));
    assert_eq!(sweep(&[Ok(true), Ok(true)]), Ok(true));
    assert_eq!(sweep(&[Ok(true), Ok(false), Ok(true)]), Ok(false));
    assert_eq!(sweep(&[Ok(false), Ok(true)]), Ok(false));
    assert_eq!(sweep(&[Ok(true), Err("late")]), Err("late"));
    assert_eq!(
        sweep(&[Ok(false), Err("after a false")]),
        Err("after a false")
    );
}

/// `run_all` returns the claims in the order given with the verdicts of a serial run, whatever
/// the number of threads (one article's claims, on 1 and on 3 threads).
#[test]
fn run_all_keeps_order_and_verdicts() {
    let entries: Vec<_> = claimcheck::articles::registry()
        .into_iter()
        .filter(|e| e.article.slug.contains("mushroom") || e.article.slug.contains("cur"))
        .collect();
    assert!(entries.len() > 5);
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let count = |_: usize, _: usize, _: &str| {
        calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    };
    let serial = claimcheck::claim::run_all(&entries, false, 1, &count);
    let parallel = claimcheck::claim::run_all(&entries, false, 3, &count);
    assert_eq!(calls.into_inner(), 2 * entries.len());
    for ((s, p), e) in serial.iter().zip(&parallel).zip(&entries) {
        assert_eq!(s.claim().id, e.claim.id);
        assert_eq!(p.claim().id, e.claim.id);
        assert_eq!(s.outcome.verdict, p.outcome.verdict, "{}", e.claim.id);
    }
    assert!(claimcheck::claim::run_all(&[], false, 4, &|_, _, _| {}).is_empty());
}

/// `map_parallel` applies `f` to each item exactly once and keeps the items' order, with items
/// of very different cost (so workers overtake one another) and with more threads than items.
#[test]
fn map_parallel_keeps_order_and_calls_once() {
    use claimcheck::claim::map_parallel;
    let items: Vec<u64> = (0..40).collect();
    for threads in [0, 1, 2, 5, 100] {
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let out = map_parallel(&items, threads, |&x| {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            // the even items are slow
            if x % 2 == 0 {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            x * 3 + 1
        });
        assert_eq!(calls.into_inner(), items.len(), "{threads} threads");
        assert_eq!(
            out,
            items.iter().map(|x| x * 3 + 1).collect::<Vec<_>>(),
            "{threads} threads"
        );
    }
}

/// A memo computes each key once even when threads ask for it together, and different keys
/// independently.
#[test]
fn memo_computes_each_key_once() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static MEMO: claimcheck::exact::montecarlo::Memo<u32, u64> =
        claimcheck::exact::montecarlo::Memo::new();
    let computed = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for t in 0..8u32 {
            let computed = &computed;
            scope.spawn(move || {
                let value = MEMO.get_or_compute(t % 2, || {
                    computed.fetch_add(1, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    u64::from(t % 2) + 40
                });
                assert_eq!(*value, u64::from(t % 2) + 40);
            });
        }
    });
    assert_eq!(computed.into_inner(), 2);
}
