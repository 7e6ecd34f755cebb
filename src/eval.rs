//! The table behind `claimcheck eval NAME ARG… [--digits D]`: each name maps to an argument
//! parser and a library function. Arguments are read exactly ([`crate::exact::number`]), checked
//! against the function's domain and documented limits, and every failure is an [`EvalError`]
//! naming the argument — never a panic.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive};
use thiserror::Error;

use crate::articles::partitions::{self, LimitError};
use crate::articles::{bert_init, ladder_side_tuning, mushroom, scaling_law, shared_embedding};
use crate::exact::certify::certify;
use crate::exact::decimal::Decimal;
use crate::exact::interval::{Interval, IntervalError};
use crate::exact::number::{NumberError, parse_exact};

/// The largest `--digits` accepted.
pub const MAX_DIGITS: u32 = 10_000;

/// Why an evaluation failed. Every variant is bad input (exit code 2).
#[derive(Debug, Error)]
pub enum EvalError {
    #[error("unknown eval name '{name}'; known names: {known}")]
    UnknownName { name: String, known: String },
    #[error("{name} takes {expected} argument(s) ({usage}), got {got}")]
    Arity {
        name: &'static str,
        usage: &'static str,
        expected: usize,
        got: usize,
    },
    #[error("argument {arg}: {source}")]
    Number {
        arg: &'static str,
        source: NumberError,
    },
    #[error("argument {arg} = {value}: {requirement}")]
    Domain {
        arg: &'static str,
        value: String,
        requirement: String,
    },
    #[error("argument {arg}: {source}")]
    Limit {
        arg: &'static str,
        source: LimitError,
    },
    #[error("--digits must be between 1 and {MAX_DIGITS}, got {0}")]
    Digits(u32),
    #[error(transparent)]
    Interval(#[from] IntervalError),
}

/// One function that `eval` serves.
pub struct EvalFn {
    pub name: &'static str,
    /// Argument names, e.g. `"N K"`.
    pub usage: &'static str,
    pub summary: &'static str,
    /// The domain and documented limits, in words built from the library's own constants (so
    /// `eval --help`, the README and the code cannot drift apart).
    pub limits: fn() -> String,
    arity: usize,
    run: fn(&[Arg]) -> Result<Value, EvalError>,
}

/// What a function computes: an exact rational, or a real number given by certified enclosures
/// at any precision.
pub enum Value {
    Exact(BigRational),
    Real(Box<dyn Fn(u32) -> Result<Interval, IntervalError>>),
}

/// Digits printed for a real value when `--digits` is not given.
pub const DEFAULT_REAL_DIGITS: u32 = 20;

/// An argument as typed, with its name for error messages; numbers are read on demand.
struct Arg<'a> {
    name: &'static str,
    text: &'a str,
}

impl Arg<'_> {
    /// The argument read exactly as a number.
    fn number(&self) -> Result<BigRational, EvalError> {
        parse_exact(self.text).map_err(|source| EvalError::Number {
            arg: self.name,
            source,
        })
    }

    /// A non-negative integer.
    fn natural(&self) -> Result<BigUint, EvalError> {
        let value = self.number()?;
        if !value.is_integer() || value.is_negative() {
            return Err(self.domain("must be a non-negative integer"));
        }
        Ok(value.to_integer().to_biguint().expect("non-negative"))
    }

    fn domain(&self, requirement: impl Into<String>) -> EvalError {
        EvalError::Domain {
            arg: self.name,
            value: self.text.to_string(),
            requirement: requirement.into(),
        }
    }

    fn limit(&self, source: LimitError) -> EvalError {
        EvalError::Limit {
            arg: self.name,
            source,
        }
    }
}

fn integer(n: BigUint) -> Value {
    Value::Exact(BigRational::from_integer(BigInt::from(n)))
}

impl Arg<'_> {
    /// A rational in the interval (lo, hi], with `what` naming the range in errors.
    fn rational_in(
        &self,
        lo: &BigRational,
        hi: &BigRational,
        what: &str,
    ) -> Result<BigRational, EvalError> {
        let value = self.number()?;
        if value <= *lo || value > *hi {
            return Err(self.domain(format!("must lie in {what}")));
        }
        Ok(value)
    }
}

/// The limit text of the binomial-based evals, from [`partitions::MAX_BINOMIAL_STEPS`] and
/// [`partitions::MAX_RESULT_BITS`].
fn binomial_limits(steps: &str) -> String {
    format!(
        "N, K ≥ 0 integers; {steps} ≤ {} and a result of at most 2^{} bits",
        power_text(partitions::MAX_BINOMIAL_STEPS),
        partitions::MAX_RESULT_BITS.trailing_zeros()
    )
}

fn tied_limits() -> String {
    format!(
        "integers 2 ≤ N and 1 ≤ D up to 2^{} − 1; rational SIGMA ≥ 0 with D·SIGMA ≤ {} (e^(D·SIGMA) must stay in MPFR's exponent range)",
        (shared_embedding::MAX_SIZE + 1).ilog2(),
        power_text(shared_embedding::MAX_SELF_LOGIT)
    )
}

/// A size argument as `u64` (its limit is checked by the library).
fn size(arg: &Arg, n: &BigUint) -> Result<u64, EvalError> {
    n.to_u64()
        .filter(|&v| v <= shared_embedding::MAX_SIZE)
        .ok_or_else(|| arg.domain("must be at most 2^63 − 1"))
}

/// N, D and SIGMA of a tied-embedding configuration, inside the library's limits.
fn configuration(a: &[Arg]) -> Result<(u64, u64, BigRational), EvalError> {
    let (n, d) = (a[0].natural()?, a[1].natural()?);
    let (n, d) = (size(&a[0], &n)?, size(&a[1], &d)?);
    let sigma = a[2].number()?;
    shared_embedding::check_configuration(n, d, &sigma)?;
    Ok((n, d, sigma))
}

/// `n` as a reader writes a limit: `10^6` for a power of ten, `5·10^7` for a small multiple of
/// one, the plain digits otherwise.
fn power_text(n: u64) -> String {
    let digits = n.to_string();
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    match (digits.trim_end_matches('0'), zeros) {
        (_, 0..=3) => digits,
        ("1", z) => format!("10^{z}"),
        (lead, z) if lead.len() == 1 => format!("{lead}·10^{z}"),
        _ => digits,
    }
}

/// Every name, in the order `eval --help` lists them.
pub static FUNCTIONS: &[EvalFn] = &[
    EvalFn {
        name: "compositions",
        usage: "N K",
        summary: "α(N,K) = C(N+K−1, K−1): K-tuples of non-negative integers with sum N",
        limits: || binomial_limits("min(K−1, N)"),
        arity: 2,
        run: |a| {
            let (n, k) = (a[0].natural()?, a[1].natural()?);
            partitions::compositions(&n, &k)
                .map(integer)
                .map_err(|e| a[1].limit(e))
        },
    },
    EvalFn {
        name: "compositions-positive",
        usage: "N K",
        summary: "α⁺(N,K) = C(N−1, K−1): K-tuples of positive integers with sum N",
        limits: || binomial_limits("min(K−1, N−K)"),
        arity: 2,
        run: |a| {
            let (n, k) = (a[0].natural()?, a[1].natural()?);
            partitions::compositions_positive(&n, &k)
                .map(integer)
                .map_err(|e| a[1].limit(e))
        },
    },
    EvalFn {
        name: "partitions-at-most",
        usage: "N K",
        summary: "β(N,K): partitions of N into at most K parts (multisets of K non-negative integers with sum N)",
        limits: || {
            format!(
                "any N when K ≤ {k}; N ≤ {p} when K ≥ N; otherwise N ≤ {t} (and N·K ≤ {w} when {k} < K < N/2)",
                k = partitions::MAX_QUASI_K,
                p = power_text(partitions::MAX_PARTITION_N),
                t = power_text(partitions::MAX_TABLE_N),
                w = power_text(partitions::MAX_DP_WORK),
            )
        },
        arity: 2,
        run: |a| {
            let (n, k) = (a[0].natural()?, a[1].natural()?);
            partitions::partitions_at_most(&n, &k)
                .map(integer)
                .map_err(|e| a[0].limit(e))
        },
    },
    EvalFn {
        name: "partitions-exact",
        usage: "N K",
        summary: "p_K(N) = β(N−K, K): partitions of N into exactly K positive parts",
        limits: || "as partitions-at-most, applied to N−K".to_string(),
        arity: 2,
        run: |a| {
            let (n, k) = (a[0].natural()?, a[1].natural()?);
            partitions::partitions_exact(&n, &k)
                .map(integer)
                .map_err(|e| a[0].limit(e))
        },
    },
    EvalFn {
        name: "partitions",
        usage: "N",
        summary: "p(N), the number of partitions of N",
        limits: || {
            format!(
                "0 ≤ N ≤ {} (pentagonal recurrence below {}, proven Hardy–Ramanujan–Rademacher series above; about 0.14 s at 10^9, 0.5 s at 10^10, 10 s and 40 MB at 10^12)",
                power_text(partitions::MAX_PARTITION_N),
                partitions::PENTAGONAL_CROSSOVER
            )
        },
        arity: 1,
        run: |a| {
            let n = a[0].natural()?;
            let n = n.to_u64().ok_or_else(|| {
                a[0].limit(LimitError {
                    what: "N",
                    limit: partitions::MAX_PARTITION_N.to_string(),
                })
            })?;
            partitions::partition_count(n)
                .map(integer)
                .map_err(|e| a[0].limit(e))
        },
    },
    EvalFn {
        name: "truncnorm-gamma",
        usage: "A",
        summary: "γ(A) = 1 − 2Aφ(A)/erf(A/√2): the variance of N(0,1) truncated to [−A, A] (real; default 20 digits)",
        limits: || {
            "any rational A > 0 (γ(A) → 1 as A grows; e^(−A²/2) stays enclosed where it underflows)"
                .to_string()
        },
        arity: 1,
        run: |a| {
            let x = a[0].number()?;
            if !x.is_positive() {
                return Err(a[0].domain("must be positive"));
            }
            Ok(Value::Real(Box::new(move |prec| {
                bert_init::truncnorm_gamma(&x, prec)
            })))
        },
    },
    EvalFn {
        name: "mushroom-phi",
        usage: "LAMBDA",
        summary: "Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3), the least A/V^(2/3) when the flat underside evaporates at relative rate λ (real)",
        limits: || "rational 0 ≤ λ ≤ 1".to_string(),
        arity: 1,
        run: |a| {
            let l = a[0].number()?;
            if l < BigRational::from_integer(0.into()) || l > BigRational::from_integer(1.into()) {
                return Err(a[0].domain("must lie in [0, 1]"));
            }
            Ok(Value::Real(Box::new(move |prec| {
                mushroom::optimal_ratio_with_underside(&l, prec)
            })))
        },
    },
    EvalFn {
        name: "zipf-tail",
        usage: "S N",
        summary: "Σ_{k>N} k^(−S), the Hurwitz zeta ζ(S, N+1) (real; default 20 digits)",
        limits: || {
            format!(
                "rational 1 < S ≤ {}; any integer N ≥ 0",
                scaling_law::ZIPF_TAIL_MAX_S
            )
        },
        arity: 2,
        run: |a| {
            let s = a[0].rational_in(
                &BigRational::from_integer(1.into()),
                &BigRational::from_integer(scaling_law::ZIPF_TAIL_MAX_S.into()),
                &format!("(1, {}]", scaling_law::ZIPF_TAIL_MAX_S),
            )?;
            let n = a[1].natural()?;
            Ok(Value::Real(Box::new(move |prec| {
                scaling_law::zipf_tail(&s, &n, prec)
            })))
        },
    },
    EvalFn {
        name: "tied-loss",
        usage: "N D SIGMA",
        summary: "L_art = ln(e^(D·SIGMA) + N − 1), the article's initial loss of a tied-embedding model with vocabulary N, dimension D and init std SIGMA (real)",
        limits: tied_limits,
        arity: 3,
        run: |a| {
            let (n, d, sigma) = configuration(a)?;
            Ok(Value::Real(Box::new(move |p| {
                shared_embedding::loss_article(n, d, &Interval::from_rational(p, &sigma))
            })))
        },
    },
    EvalFn {
        name: "untied-loss",
        usage: "N D SIGMA",
        summary: "L_un = ln N + D·SIGMA²/2, the initial loss of the untied model (real)",
        limits: tied_limits,
        arity: 3,
        run: |a| {
            let (n, d, sigma) = configuration(a)?;
            Ok(Value::Real(Box::new(move |p| {
                shared_embedding::loss_untied(n, d, &Interval::from_rational(p, &sigma))
            })))
        },
    },
    EvalFn {
        name: "tied-sigma-star",
        usage: "N D",
        summary: "σ* = (ln N)/D, the init std at which e^(Dσ*) = N: above it the tied model's self logit dominates its initial loss (real)",
        limits: || {
            let bits = (shared_embedding::MAX_SIZE + 1).ilog2();
            format!("integers 2 ≤ N ≤ 2^{bits} − 1 and 1 ≤ D ≤ 2^{bits} − 1")
        },
        arity: 2,
        run: |a| {
            let (n, d) = (a[0].natural()?, a[1].natural()?);
            let (n, d) = (size(&a[0], &n)?, size(&a[1], &d)?);
            shared_embedding::check_configuration(n, d, &BigRational::from_integer(0.into()))?;
            Ok(Value::Real(Box::new(move |p| {
                shared_embedding::sigma_star(n, d, p)
            })))
        },
    },
    EvalFn {
        name: "param-count",
        usage: "MODEL",
        summary: "parameters of a named configuration, summed tensor by tensor (BERT: embeddings, all layers and the pooler; T5: encoder + decoder, LM head tied)",
        limits: || {
            format!(
                "MODEL ∈ {}",
                ladder_side_tuning::params::MODEL_NAMES.join(", ")
            )
        },
        arity: 1,
        run: |a| {
            let count = ladder_side_tuning::params::named_model(a[0].text).ok_or_else(|| {
                a[0].domain(format!(
                    "unknown model; known: {}",
                    ladder_side_tuning::params::MODEL_NAMES.join(", ")
                ))
            })?;
            Ok(integer(BigUint::from(count)))
        },
    },
];

/// Argument names, one per position, parsed from a usage string like `"N K"`.
fn arg_names(usage: &'static str) -> Vec<&'static str> {
    usage.split_whitespace().collect()
}

/// Looks up `name`.
pub fn lookup(name: &str) -> Result<&'static EvalFn, EvalError> {
    FUNCTIONS
        .iter()
        .find(|f| f.name == name)
        .ok_or_else(|| EvalError::UnknownName {
            name: name.to_string(),
            known: FUNCTIONS
                .iter()
                .map(|f| f.name)
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// Evaluates `name` on `args`: an integer in decimal, a rational `p/q`, or with `digits` a
/// decimal correctly rounded to that many significant digits.
///
/// ```
/// use claimcheck::eval::evaluate;
/// assert_eq!(evaluate("partitions-at-most", &["2014", "3"], None).unwrap(), "339024");
/// assert_eq!(evaluate("compositions", &["2014", "3"], Some(3)).unwrap(), "2.03e6");
/// ```
pub fn evaluate(name: &str, args: &[&str], digits: Option<u32>) -> Result<String, EvalError> {
    let f = lookup(name)?;
    if args.len() != f.arity {
        return Err(EvalError::Arity {
            name: f.name,
            usage: f.usage,
            expected: f.arity,
            got: args.len(),
        });
    }
    if let Some(d) = digits.filter(|d| !(1..=MAX_DIGITS).contains(d)) {
        return Err(EvalError::Digits(d));
    }
    let parsed: Vec<Arg> = arg_names(f.usage)
        .into_iter()
        .zip(args)
        .map(|(name, text)| Arg { name, text })
        .collect();
    Ok(match ((f.run)(&parsed)?, digits) {
        (Value::Exact(value), Some(d)) => Decimal::round(&value, d).expect("d ≥ 1").to_string(),
        (Value::Exact(value), None) if value.is_integer() => value.to_integer().to_string(),
        (Value::Exact(value), None) => format!("{}/{}", value.numer(), value.denom()),
        (Value::Real(f), d) => certify(d.unwrap_or(DEFAULT_REAL_DIGITS), f)?.to_string(),
    })
}

/// The `eval` functions as the README's Markdown table: name, arguments, value, limits — built
/// from [`FUNCTIONS`], so the README and `eval --help` cannot drift apart (a test compares them).
pub fn markdown_table() -> String {
    let mut out = String::from("| name | arguments | value | limits |\n|---|---|---|---|\n");
    for f in FUNCTIONS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            f.name,
            f.usage,
            f.summary.replace('|', "\\|"),
            (f.limits)().replace('|', "\\|")
        ));
    }
    out
}
