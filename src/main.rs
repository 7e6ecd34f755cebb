//! The `claimcheck` command line: parses, calls the library, prints. No mathematics here.

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use claimcheck::articles;
use claimcheck::claim::{self, Checked, Entry};
use claimcheck::report::{self, baseline};
use claimcheck::{eval, render};

/// Re-derives, with exact arithmetic, the checkable claims of eight Scientific Spaces articles.
#[derive(Parser)]
#[command(name = "claimcheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the registered claims (without running their checks).
    List {
        /// Only this article (catalogue slug, e.g. `partitions`).
        #[arg(long, value_name = "SLUG")]
        article: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Check one claim and show its statement, provenance, verdict and evidence.
    Show {
        /// A claim id such as PART-09.
        id: String,
    },
    /// Check claims and compare each computed verdict with the expected one (exit 1 on a difference).
    Verify {
        /// Claim ids to check (default: all, or all of --article).
        ids: Vec<String>,
        /// Only this article (catalogue slug).
        #[arg(long, value_name = "SLUG")]
        article: Option<String>,
        #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
        format: VerifyFormat,
        /// Run the Monte Carlo checks at the catalogue's full sizes (BERT-04 d = 256, T = 128;
        /// tied embeddings R = 2 and configuration D; EMB-13 Haar d = 64, 20 000 draws): about
        /// a minute more on two cores.
        #[arg(long)]
        full: bool,
        /// Compare with a saved `verify --format json` instead of printing the table: list
        /// every claim whose verdict, ok, stated comparison or evidence changed; exit 1 when
        /// anything got worse (printed as text, or as JSON with --format json).
        #[arg(long, value_name = "FILE")]
        baseline: Option<std::path::PathBuf>,
        /// Check independent claims on T threads (default: the available cores); the verdicts
        /// do not depend on T.
        #[arg(long, value_name = "T", value_parser = clap::value_parser!(u16).range(1..=1024))]
        threads: Option<u16>,
    },
    /// Run every check once and write the audit report: index.html (verdicts, errata, claim
    /// graph), one page per article, report.md, report.json, graph.dot and graph.svg.
    Report {
        /// The folder to write (created if missing; existing report files are replaced).
        #[arg(long, value_name = "DIR")]
        out: std::path::PathBuf,
        /// Run the Monte Carlo checks at the catalogue's full sizes (as `verify --full`).
        #[arg(long)]
        full: bool,
        /// Check independent claims on T threads (as `verify --threads`).
        #[arg(long, value_name = "T", value_parser = clap::value_parser!(u16).range(1..=1024))]
        threads: Option<u16>,
    },
    /// Evaluate a verified formula exactly, e.g. `claimcheck eval partitions-at-most 2014 3`.
    #[command(after_help = eval_help())]
    Eval {
        /// The function name (see the list below).
        name: String,
        /// Its arguments: integers (2014, 10^9), decimals (0.02) or rationals (19/250).
        #[arg(allow_negative_numbers = true)]
        args: Vec<String>,
        /// Print a decimal correctly rounded to D significant digits.
        #[arg(long, value_name = "D")]
        digits: Option<u32>,
        /// Threads for the functions that split their work (partitions); default: the available
        /// cores. The value printed does not depend on it.
        #[arg(long, value_name = "T", value_parser = clap::value_parser!(u16).range(1..=1024))]
        threads: Option<u16>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum VerifyFormat {
    Text,
    Json,
    Markdown,
    /// JUnit XML: one testsuite per article, one testcase per claim.
    Junit,
}

fn eval_help() -> String {
    let mut s = format!(
        "Numbers: integers (2014, 10^9, 3*10^20), decimals (0.02, 1.5e-3) and fractions (19/250), \
         read exactly; a^b up to 2^{} bits; a fraction passed to a real-valued function has \
         numerator and denominator of at most 2^{} bits.\n\nNames:\n",
        claimcheck::exact::number::MAX_POWER_BITS.ilog2(),
        claimcheck::exact::number::MAX_RATIONAL_BITS.ilog2()
    );
    for f in eval::FUNCTIONS {
        s.push_str(&format!(
            "  {} {}\n      {}\n      limits: {}\n",
            f.name,
            f.usage,
            f.summary,
            (f.limits)()
        ));
    }
    s
}

/// Bad usage or bad input: one line on stderr, exit 2.
fn usage_error(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("claimcheck: {message}");
    ExitCode::from(2)
}

fn select(article: Option<&str>, ids: &[String]) -> Result<Vec<Entry>, String> {
    let mut claims = articles::registry();
    if let Some(slug) = article {
        let a = articles::article(slug).ok_or_else(|| {
            format!(
                "unknown article '{slug}'; known: {}",
                articles::slugs().join(", ")
            )
        })?;
        claims.retain(|e| std::ptr::eq(e.article, a));
    }
    if !ids.is_empty() {
        let mut chosen = Vec::new();
        for id in ids {
            let c = articles::find(id)
                .ok_or_else(|| format!("unknown claim id '{id}' (see `claimcheck list`)"))?;
            if !claims.iter().any(|k| k.claim.id == c.claim.id) {
                return Err(format!(
                    "claim '{}' is not in article '{}'",
                    c.claim.id,
                    article.unwrap_or_default()
                ));
            }
            chosen.push(c);
        }
        claims = chosen;
    }
    Ok(claims)
}

/// `--threads`, or the available cores.
fn thread_count(threads: Option<u16>) -> usize {
    threads.map_or_else(claim::default_threads, usize::from)
}

/// Runs the claims on `threads` workers, with a progress bar on stderr when it is a terminal.
fn run_with_progress(claims: &[Entry], full: bool, threads: usize) -> Vec<Checked> {
    use std::io::{IsTerminal, Write};
    let tty = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize, id: &str| {
        if tty {
            let filled = 30 * done / total.max(1);
            eprint!(
                "\r[{}{}] {done}/{total} {id:<10}",
                "#".repeat(filled),
                " ".repeat(30 - filled),
            );
            let _ = std::io::stderr().flush();
        }
    };
    let checked = claim::run_all(claims, full, threads, &progress);
    if tty {
        eprint!("\r{}\r", " ".repeat(60));
    }
    checked
}

fn verify_json(checked: &[Checked]) -> Vec<serde_json::Value> {
    checked
        .iter()
        .map(|c| render::claim_json(c.entry, Some(&c.outcome)))
        .collect()
}

/// Reads and parses a baseline before any check runs, so a bad file fails at once.
fn read_baseline(path: &std::path::Path, format: VerifyFormat) -> Result<Baseline, String> {
    if !matches!(format, VerifyFormat::Text | VerifyFormat::Json) {
        return Err(
            "--baseline prints its comparison as text or json; drop --format or use --format json"
                .into(),
        );
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read baseline {}: {e}", path.display()))?;
    baseline::parse(&text).map_err(|e| format!("baseline {}: {e}", path.display()))
}

type Baseline = std::collections::BTreeMap<String, serde_json::Value>;

/// Prints the comparison with the baseline; exit 1 when anything got worse.
fn compare_with_baseline(b: &Baseline, checked: &[Checked], format: VerifyFormat) -> ExitCode {
    let comparison = baseline::compare(b, &verify_json(checked), |id| articles::find(id).is_some());
    match format {
        VerifyFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&comparison).expect("JSON values serialise")
        ),
        _ => print!("{}", comparison.text()),
    }
    if comparison.worse() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::List { article, format } => match select(article.as_deref(), &[]) {
            Err(e) => usage_error(e),
            Ok(claims) => {
                match format {
                    ListFormat::Text => print!("{}", render::list_text(&claims)),
                    ListFormat::Json => {
                        println!(
                            "{}",
                            render::json_array(
                                claims
                                    .iter()
                                    .map(|e| render::claim_json(*e, None))
                                    .collect()
                            )
                        )
                    }
                }
                ExitCode::SUCCESS
            }
        },
        Command::Show { id } => match articles::find(&id) {
            None => usage_error(format!("unknown claim id '{id}' (see `claimcheck list`)")),
            Some(c) => {
                let checked = c.run();
                print!("{}", render::show_text(&checked));
                if checked.ok() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
        },
        Command::Verify {
            ids,
            article,
            format,
            full,
            baseline,
            threads,
        } => match select(article.as_deref(), &ids) {
            Err(e) => usage_error(e),
            Ok(claims) => {
                let baseline = match baseline.map(|path| read_baseline(&path, format)) {
                    Some(Err(e)) => return usage_error(e),
                    Some(Ok(b)) => Some(b),
                    None => None,
                };
                let checked = run_with_progress(&claims, full, thread_count(threads));
                if let Some(b) = baseline {
                    return compare_with_baseline(&b, &checked, format);
                }
                match format {
                    VerifyFormat::Text => print!("{}", render::verify_text(&checked)),
                    VerifyFormat::Markdown => print!("{}", render::verify_markdown(&checked)),
                    VerifyFormat::Junit => print!("{}", report::junit::junit(&checked)),
                    VerifyFormat::Json => println!("{}", render::json_array(verify_json(&checked))),
                }
                if checked.iter().all(Checked::ok) {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
        },
        Command::Report { out, full, threads } => {
            // fail before an expensive run when the folder cannot be made
            if let Err(e) = std::fs::create_dir_all(&out) {
                return usage_error(format!("cannot create {}: {e}", out.display()));
            }
            let checked = run_with_progress(&articles::registry(), full, thread_count(threads));
            let files = report::site::files(&checked);
            match report::site::write(&out, &files) {
                Ok(()) => {
                    let differ = checked.iter().filter(|c| !c.ok()).count();
                    println!(
                        "wrote {} files to {} ({} claims, {differ} not as expected); open {}",
                        files.len(),
                        out.display(),
                        checked.len(),
                        out.join("index.html").display()
                    );
                    // as `verify`: the report is written either way, and a verdict that differs
                    // from the expected one is exit 1
                    if differ == 0 {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(1)
                    }
                }
                Err(e) => usage_error(format!("cannot write the report to {}: {e}", out.display())),
            }
        }
        Command::Eval {
            name,
            args,
            digits,
            threads,
        } => {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            match eval::evaluate_on(&name, &args, digits, thread_count(threads)) {
                Ok(value) => {
                    println!("{value}");
                    ExitCode::SUCCESS
                }
                Err(e) => usage_error(e),
            }
        }
    }
}
