//! The table behind `claimcheck eval NAME ARG… [--digits D]`: each name maps to an argument
//! parser and a library function. Arguments are read exactly ([`crate::exact::number`]), checked
//! against the function's domain and documented limits, and every failure is an [`EvalError`]
//! naming the argument — never a panic.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive};
use thiserror::Error;

use crate::articles::ladder_side_tuning::params::{self as lst, T5Config};
use crate::articles::partitions::{self, LimitError};
use crate::articles::{
    bert_init, cur, ladder_side_tuning, mushroom, r136a1, scaling_law, shared_embedding,
};
use crate::exact::certify::{certify, certify_up_to};
use crate::exact::decimal::Decimal;
use crate::exact::integer::decimal_string;
use crate::exact::interval::{Interval, IntervalError};
use crate::exact::number::{NumberError, parse_exact, parse_real_argument};

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
    #[error(
        "{name} depends on measured constants ({constants}), which determine only {available} significant digits; ask for at most that many"
    )]
    Measured {
        name: &'static str,
        constants: &'static str,
        available: u32,
    },
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
    run: fn(&[Arg], usize) -> Result<Value, EvalError>,
}

/// What a function computes: an exact rational, or a real number given by certified enclosures
/// at any precision.
pub enum Value {
    Exact(BigRational),
    Real(Box<dyn Fn(u32) -> Result<Interval, IntervalError>>),
    /// A real number whose enclosure is as wide as the measured constants it depends on (named
    /// in the variant): raising the precision cannot narrow it, so it prints the digits those
    /// constants determine.
    Measured(
        &'static str,
        Box<dyn Fn(u32) -> Result<Interval, IntervalError>>,
    ),
}

/// Digits printed for a real value when `--digits` is not given.
pub const DEFAULT_REAL_DIGITS: u32 = 20;

/// An argument as typed, with its name for error messages; numbers are read on demand.
struct Arg<'a> {
    name: &'static str,
    text: &'a str,
}

impl Arg<'_> {
    /// The argument read exactly as a number for a real-valued function (numerator and
    /// denominator within [`crate::exact::number::MAX_RATIONAL_BITS`]).
    fn number(&self) -> Result<BigRational, EvalError> {
        parse_real_argument(self.text).map_err(|source| EvalError::Number {
            arg: self.name,
            source,
        })
    }

    /// A non-negative integer (of any size the parser expands; integer code has no gcd cost).
    fn natural(&self) -> Result<BigUint, EvalError> {
        let value = parse_exact(self.text).map_err(|source| EvalError::Number {
            arg: self.name,
            source,
        })?;
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

impl Arg<'_> {
    /// An integer in lo ..= hi.
    fn integer_in(&self, lo: u64, hi: u64) -> Result<u64, EvalError> {
        let range = || format!("must be an integer in {} ..= {}", lo, power_text(hi));
        let n = self.natural().map_err(|_| self.domain(range()))?;
        n.to_u64()
            .filter(|v| (lo..=hi).contains(v))
            .ok_or_else(|| self.domain(range()))
    }

    /// A positive rational.
    fn positive(&self) -> Result<BigRational, EvalError> {
        let value = self.number()?;
        if !value.is_positive() {
            return Err(self.domain("must be positive"));
        }
        Ok(value)
    }

    /// One of `choices`, returned as its index.
    fn choice(&self, choices: &[&str]) -> Result<usize, EvalError> {
        choices
            .iter()
            .position(|c| *c == self.text)
            .ok_or_else(|| self.domain(format!("must be one of {}", choices.join(", "))))
    }
}

/// The quantization model's exponents by name, for `quanta-exponent`.
const EXPONENTS: [&str; 5] = ["N", "D", "S", "N-opt", "D-opt"];

/// A T5 configuration VOCAB D LAYERS FFN HEADS D_KV from six arguments, inside the library's
/// limits.
fn t5_configuration(a: &[Arg]) -> Result<T5Config, EvalError> {
    let cfg = T5Config {
        vocab: a[0].integer_in(1, lst::MAX_VOCAB)?,
        d: a[1].integer_in(1, lst::MAX_WIDTH)?,
        layers: a[2].integer_in(1, lst::MAX_LAYERS)?,
        ffn: a[3].integer_in(1, lst::MAX_WIDTH)?,
        heads: a[4].integer_in(1, lst::MAX_WIDTH)?,
        d_kv: a[5].integer_in(1, lst::MAX_WIDTH)?,
    };
    lst::check_t5(cfg).map_err(|e| a[1].domain(e.0))?;
    Ok(cfg)
}

/// A ladder: the T5 configuration of `a[..6]`, then R and K, inside the library's limits.
fn ladder_configuration(a: &[Arg]) -> Result<(T5Config, u64, u64), EvalError> {
    let cfg = t5_configuration(a)?;
    let (r, k) = (
        a[6].integer_in(1, lst::MAX_WIDTH)?,
        a[7].integer_in(0, lst::MAX_LAYERS)?,
    );
    lst::check_ladder(cfg, r, k).map_err(|e| a[6].domain(e.0))?;
    Ok((cfg, r, k))
}

fn t5_limits() -> String {
    format!(
        "integers 1 ≤ VOCAB ≤ 2^{}, LAYERS ≤ 2^{}, D, FFN, HEADS, D_KV ≤ 2^{}",
        lst::MAX_VOCAB.ilog2(),
        lst::MAX_LAYERS.ilog2(),
        lst::MAX_WIDTH.ilog2()
    )
}

fn ladder_limits() -> String {
    format!(
        "{}; R ≥ 1 dividing D, FFN and D_KV; 0 ≤ K ≤ LAYERS",
        t5_limits()
    )
}

/// The exact value of a u64 or u128 count.
fn count(n: impl Into<u128>) -> Value {
    integer(BigUint::from(n.into()))
}

fn star_limits() -> String {
    "rational R > 0 (in R⊙) and T > 0 (in K; T⊙ = 5772 K)".to_string()
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
                "0 ≤ N ≤ {} (pentagonal recurrence below {}, proven Hardy–Ramanujan–Rademacher series above; about 0.05 s at 10^9, 0.19 s at 10^10, 3.9 s and 38 MB at 10^12 on one thread, 1.8–1.9× faster on two with --threads 2)",
                power_text(partitions::MAX_PARTITION_N),
                partitions::PENTAGONAL_CROSSOVER
            )
        },
        arity: 1,
        run: |a, threads| {
            let n = a[0].natural()?;
            let n = n.to_u64().ok_or_else(|| {
                a[0].limit(LimitError {
                    what: "N",
                    limit: partitions::MAX_PARTITION_N.to_string(),
                })
            })?;
            partitions::partition_count_on(n, threads)
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
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
        run: |a, _threads| {
            let (n, d) = (a[0].natural()?, a[1].natural()?);
            let (n, d) = (size(&a[0], &n)?, size(&a[1], &d)?);
            shared_embedding::check_configuration(n, d, &BigRational::from_integer(0.into()))?;
            Ok(Value::Real(Box::new(move |p| {
                shared_embedding::sigma_star(n, d, p)
            })))
        },
    },
    EvalFn {
        name: "quanta-exponent",
        usage: "WHICH GAMMA",
        summary: "the quantization model's exponents from the Zipf exponent γ (p_k ∝ k^(−(γ+1))): WHICH = N gives α_N = γ, D α_D = γ/(γ+1), S α_S = γ/(γ+1), N-opt and D-opt the compute-optimal N* ∝ C^(1/(γ+2)), D* ∝ C^((γ+1)/(γ+2)) (exact)",
        limits: || format!("WHICH ∈ {}; rational GAMMA > 0", EXPONENTS.join(", ")),
        arity: 2,
        run: |a, _threads| {
            let which = a[0].choice(&EXPONENTS)?;
            let e = scaling_law::Exponents::from_gamma(&a[1].positive()?)?;
            [e.params, e.data, e.steps, e.compute_params, e.compute_data]
                .into_iter()
                .nth(which)
                .map(Value::Exact)
                .ok_or_else(|| a[0].domain(format!("must be one of {}", EXPONENTS.join(", "))))
        },
    },
    EvalFn {
        name: "cur-query",
        usage: "WHICH U K",
        summary: "the cost of one ANNCUR query after indexing, with U anchor items and K items: WHICH = calls gives the cross-encoder calls U, mults the multiplications U·K, adds the additions (U−1)·K",
        limits: || {
            format!(
                "WHICH ∈ calls, mults, adds; integers 1 ≤ U, K ≤ 2^63 − 1 (cur::MAX_COUNT = {})",
                cur::MAX_COUNT
            )
        },
        arity: 3,
        run: |a, _threads| {
            let which = a[0].choice(&["calls", "mults", "adds"])?;
            let (u, k) = (
                a[1].integer_in(1, cur::MAX_COUNT)?,
                a[2].integer_in(1, cur::MAX_COUNT)?,
            );
            let cost = cur::query_cost(u.into(), k.into());
            Ok(count([cost.ce_calls, cost.mults, cost.adds][which]))
        },
    },
    EvalFn {
        name: "cur-storage",
        usage: "Q U V K",
        summary: "numbers stored for the factors F, G, H of S ≈ FGH with Q queries, U anchor items, V anchor queries and K items: Q·U + U·V + V·K (instead of Q·K)",
        limits: || {
            format!(
                "integers 1 ≤ Q, U, V, K ≤ 2^63 − 1 (cur::MAX_COUNT = {})",
                cur::MAX_COUNT
            )
        },
        arity: 4,
        run: |a, _threads| {
            let n: Vec<u128> = a
                .iter()
                .map(|x| x.integer_in(1, cur::MAX_COUNT).map(u128::from))
                .collect::<Result<_, _>>()?;
            Ok(count(cur::storage(n[0], n[1], n[2], n[3])))
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
        run: |a, _threads| {
            let count = ladder_side_tuning::params::named_model(a[0].text).ok_or_else(|| {
                a[0].domain(format!(
                    "unknown model; known: {}",
                    ladder_side_tuning::params::MODEL_NAMES.join(", ")
                ))
            })?;
            Ok(integer(BigUint::from(count)))
        },
    },
    EvalFn {
        name: "t5-params",
        usage: "VOCAB D LAYERS FFN HEADS D_KV",
        summary: "parameters of a T5 v1.0 encoder–decoder given by its dimensions (LAYERS per stack, LM head tied): V·d + L(4di + 2df + 2d) + L(8di + 2df + 3d) + 2(32h + d), i = h·d_kv",
        limits: t5_limits,
        arity: 6,
        run: |a, _threads| {
            let cfg = t5_configuration(a)?;
            Ok(count(lst::t5_formula(cfg, cfg.vocab)))
        },
    },
    EvalFn {
        name: "lst-side-params",
        usage: "VOCAB D LAYERS FFN HEADS D_KV R K",
        summary: "trainable parameters of LST's side network on that T5 backbone: widths d/r, f/r, d_kv/r, side blocks at K kept layers of each stack (the paper's released code)",
        limits: ladder_limits,
        arity: 8,
        run: |a, _threads| {
            let (cfg, r, k) = ladder_configuration(a)?;
            Ok(count(lst::lst_side_formula(cfg, r, k as usize)))
        },
    },
    EvalFn {
        name: "lst-state-bytes",
        usage: "VOCAB D LAYERS FFN HEADS D_KV R K",
        summary: "bytes of fp32 training state with Adam for LST on that backbone: 4 per parameter of backbone and side, 12 more (gradient, two moments) per side parameter; full fine-tuning is 16 × t5-params; activations are not counted",
        limits: ladder_limits,
        arity: 8,
        run: |a, _threads| {
            let (cfg, r, k) = ladder_configuration(a)?;
            let side = lst::lst_side_formula(cfg, r, k as usize);
            let backbone = lst::t5_formula(cfg, cfg.vocab);
            Ok(count(lst::training_state_bytes(backbone + side, side)))
        },
    },
    EvalFn {
        name: "star-luminosity",
        usage: "R T",
        summary: "L/L⊙ = (R/R⊙)²(T/T⊙)⁴, the Stefan–Boltzmann luminosity of a star of radius R (in R⊙) and effective temperature T (in K) (exact)",
        limits: star_limits,
        arity: 2,
        run: |a, _threads| {
            let (r, t) = (a[0].positive()?, a[1].positive()?);
            Ok(Value::Exact(r136a1::luminosity(&(&r * &r), &t)))
        },
    },
    EvalFn {
        name: "eddington-ratio",
        usage: "M R T X",
        summary: "Γ_e = L/L_Edd = κ_es·L/(4πGMc), κ_es = σ_T(1+X)/(2m_p), of a star of mass M (in M⊙), radius R (in R⊙), temperature T (in K) and hydrogen mass fraction X; L from star-luminosity (real, to the digits the CODATA σ_T and m_p determine)",
        limits: || format!("{}; rational M > 0 (in M⊙); 0 ≤ X ≤ 1", star_limits()),
        arity: 4,
        run: |a, _threads| {
            let m = a[0].positive()?;
            let (r, t) = (a[1].positive()?, a[2].positive()?);
            let x = a[3].number()?;
            if x < BigRational::from_integer(0.into()) || x > BigRational::from_integer(1.into()) {
                return Err(a[3].domain("must lie in [0, 1]"));
            }
            let l = r136a1::luminosity(&(&r * &r), &t);
            Ok(Value::Measured(
                "CODATA 2018 σ_T and m_p",
                Box::new(move |p| r136a1::eddington_ratio(&l, &m, &x, p)),
            ))
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
/// decimal correctly rounded to that many significant digits. One thread; see
/// [`evaluate_on`].
///
/// ```
/// use claimcheck::eval::evaluate;
/// assert_eq!(evaluate("partitions-at-most", &["2014", "3"], None).unwrap(), "339024");
/// assert_eq!(evaluate("compositions", &["2014", "3"], Some(3)).unwrap(), "2.03e6");
/// ```
///
/// # Errors
/// [`EvalError`] for an unknown name, a wrong number of arguments, arguments outside the
/// function's domain or limits, and `digits` outside 1..=[`MAX_DIGITS`].
pub fn evaluate(name: &str, args: &[&str], digits: Option<u32>) -> Result<String, EvalError> {
    evaluate_on(name, args, digits, 1)
}

/// [`evaluate`] with up to `threads` threads for the functions that split their work
/// (`partitions`, whose Rademacher sum shares its terms and its first exponential out); the
/// printed value never depends on `threads`.
///
/// ```
/// use claimcheck::eval::{evaluate, evaluate_on};
/// assert_eq!(evaluate_on("partitions", &["10^8"], None, 2).unwrap(), evaluate("partitions", &["10^8"], None).unwrap());
/// ```
///
/// # Errors
/// As [`evaluate`].
pub fn evaluate_on(
    name: &str,
    args: &[&str],
    digits: Option<u32>,
    threads: usize,
) -> Result<String, EvalError> {
    let f = lookup(name)?;
    let f_name = f.name;
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
    Ok(match ((f.run)(&parsed, threads.max(1))?, digits) {
        (Value::Exact(value), Some(d)) => Decimal::round(&value, d).expect("d ≥ 1").to_string(),
        (Value::Exact(value), None) if value.is_integer() => decimal_string(value.numer()),
        (Value::Exact(value), None) => format!(
            "{}/{}",
            decimal_string(value.numer()),
            decimal_string(value.denom())
        ),
        (Value::Real(f), d) => certify(d.unwrap_or(DEFAULT_REAL_DIGITS), f)?.to_string(),
        (Value::Measured(constants, f), d) => {
            let wanted = d.unwrap_or(DEFAULT_REAL_DIGITS);
            let value = certify_up_to(wanted, f)?;
            let available = value.significant_digits();
            if d.is_some() && available < wanted {
                return Err(EvalError::Measured {
                    name: f_name,
                    constants,
                    available,
                });
            }
            value.to_string()
        }
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
