//! The report's plots, SVG drawn with `plotters` (its SVG backend only: pure Rust, no font
//! files, text as SVG `<text>`, deterministic output). Each plot names the claims it
//! illustrates and sits on their pages.
//!
//! The values plotted come from the library's formulas — certified enclosures, converted to
//! f64 only for drawing ([`prediction`]); nothing is computed here that a check does not also
//! compute.

use num_rational::BigRational;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use crate::articles::{
    bert_init, cur, ladder_side_tuning, mushroom, partitions, r136a1, scaling_law,
};
use crate::exact::certify::certify_up_to;
use crate::exact::interval::{Interval, IntervalError};
use crate::exact::montecarlo::prediction;

/// One plot of the report.
pub struct Plot {
    /// The file stem (`plot-<name>.svg`) and the anchor on pages.
    pub name: &'static str,
    pub title: &'static str,
    /// The claims it illustrates.
    pub claims: &'static [&'static str],
    /// What the reader should see, one sentence.
    pub caption: &'static str,
    pub svg: String,
}

impl Plot {
    pub fn file_name(&self) -> String {
        format!("plot-{}.svg", self.name)
    }
}

const SIZE: (u32, u32) = (720, 420);

/// Every plot, in a fixed order. A plot that cannot be drawn is left out with its reason in
/// the second list (the report says so instead of failing).
pub fn plots() -> (Vec<Plot>, Vec<(&'static str, String)>) {
    let mut done = Vec::new();
    let mut failed = Vec::new();
    for (name, make) in [
        (
            "truncnorm-gamma",
            gamma_plot as fn() -> Result<Plot, String>,
        ),
        ("mushroom-phi", mushroom_plot),
        ("rademacher-remainder", rademacher_plot),
        ("post-norm-decay", post_norm_plot),
        ("zipf-tail", zipf_tail_plot),
        ("scaling-exponents", exponents_plot),
        ("cur-rank", cur_plot),
        ("lst-memory", lst_plot),
        ("r136a1-eddington", eddington_plot),
    ] {
        match make() {
            Ok(p) => done.push(p),
            Err(e) => failed.push((name, e)),
        }
    }
    (done, failed)
}

fn rational(n: i64, d: i64) -> BigRational {
    BigRational::new(n.into(), d.into())
}

/// `f` at `steps + 1` equally spaced rationals from `lo` to `hi` (given as n/d pairs), each
/// value certified, then as f64.
fn sample(
    lo: (i64, i64),
    hi: (i64, i64),
    steps: i64,
    f: impl Fn(&BigRational, u32) -> Result<Interval, IntervalError>,
) -> Vec<(f64, f64)> {
    let (a, b) = (rational(lo.0, lo.1), rational(hi.0, hi.1));
    (0..=steps)
        .map(|i| {
            let x = &a + (&b - &a) * rational(i, steps);
            let y = prediction(|p| f(&x, p));
            (to_f64(&x), y)
        })
        .collect()
}

fn to_f64(x: &BigRational) -> f64 {
    num_traits::ToPrimitive::to_f64(x).unwrap_or(f64::NAN)
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// The chart every plot shares: white page, title, labelled axes, a series legend at
/// `legend`; `body` draws the series.
fn chart(
    caption: &str,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    axes: (&str, &str),
    legend: SeriesLabelPosition,
    body: impl FnOnce(&mut Chart<'_, '_>) -> Result<(), String>,
) -> Result<String, String> {
    chart_labelled(caption, x, y, axes, None, legend, body)
}

/// [`chart`] with the x axis labelled by `x_names` at 0, 1, 2, … (for bars) when given.
fn chart_labelled(
    caption: &str,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    axes: (&str, &str),
    x_names: Option<&[&str]>,
    legend: SeriesLabelPosition,
    body: impl FnOnce(&mut Chart<'_, '_>) -> Result<(), String>,
) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(56)
            .build_cartesian_2d(x, y)
            .map_err(err)?;
        let name_of = |v: &f64| {
            x_names
                .and_then(|names| {
                    let i = v.round();
                    ((v - i).abs() < 1e-9 && i >= 0.0)
                        .then(|| names.get(i as usize))
                        .flatten()
                })
                .map_or_else(String::new, |n| n.to_string())
        };
        let mut mesh = chart.configure_mesh();
        mesh.x_desc(axes.0).y_desc(axes.1);
        if let Some(names) = x_names {
            mesh.x_labels(names.len() * 2 + 1)
                .x_label_formatter(&name_of)
                .disable_x_mesh();
        }
        mesh.draw().map_err(err)?;
        body(&mut chart)?;
        chart
            .configure_series_labels()
            .position(legend)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK)
            .draw()
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(svg)
}

type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A legend swatch: a short line in the series' style.
fn swatch(style: ShapeStyle) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], style)
}

/// γ(a), the variance factor of N(0,1) truncated to [−a, a], with BERT's cut at a = 2.
fn gamma_plot() -> Result<Plot, String> {
    let curve = sample((1, 4), (4, 1), 75, bert_init::truncnorm_gamma);
    let g2 = prediction(|p| bert_init::truncnorm_gamma(&rational(2, 1), p));
    let svg = chart(
        "γ(a): variance of N(0, 1) truncated to [−a, a]",
        0.0..4.0,
        0.0..1.05,
        ("cut a (in standard deviations)", "γ(a) = Var / σ²"),
        SeriesLabelPosition::LowerRight,
        |chart| {
            chart
                .draw_series(LineSeries::new(curve, BLUE.stroke_width(2)))
                .map_err(err)?
                .label("γ(a) (certified, sampled at 76 points)")
                .legend(swatch(BLUE.stroke_width(2)));
            chart
                .draw_series(LineSeries::new(
                    vec![(2.0, 0.0), (2.0, g2)],
                    RED.stroke_width(1),
                ))
                .map_err(err)?
                .label(format!(
                    "BERT's cut a = 2: γ(2) = {g2:.7}, so std 0.02 → 0.02·√γ(2) = {:.5}",
                    0.02 * g2.sqrt()
                ))
                .legend(swatch(RED.stroke_width(1)));
            chart
                .draw_series(std::iter::once(Circle::new((2.0, g2), 4, RED.filled())))
                .map_err(err)?;
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "truncnorm-gamma",
        title: "γ(a) and BERT's 0.02 → 0.0176",
        claims: &["BERT-08", "REF-02"],
        caption: "Truncating at ±2σ keeps the fraction γ(2) of the variance (the red point, value in the legend), which is why TF BERT's stddev = 0.02 gives an actual standard deviation of about 0.0176.",
        svg,
    })
}

/// Φ*(λ) for the mushroom, between the hemisphere (λ = 0) and the sphere (λ = 1).
fn mushroom_plot() -> Result<Plot, String> {
    let curve = sample((0, 1), (1, 1), 50, mushroom::optimal_ratio_with_underside);
    let at = |l: i64| prediction(|p| mushroom::optimal_ratio_with_underside(&rational(l, 1), p));
    let (hemisphere, sphere) = (at(0), at(1));
    let svg = chart(
        "Φ*(λ): least A/V^(2/3) when the underside evaporates at rate λ",
        0.0..1.0,
        3.6..5.0,
        (
            "λ (relative evaporation rate of the flat underside)",
            "Φ* = A/V^(2/3) (dimensionless)",
        ),
        SeriesLabelPosition::LowerRight,
        |chart| {
            chart
                .draw_series(LineSeries::new(curve, BLUE.stroke_width(2)))
                .map_err(err)?
                .label("Φ*(λ) = (9π(1+λ)²(2−λ))^(1/3), certified at 51 points")
                .legend(swatch(BLUE.stroke_width(2)));
            for (value, colour, text) in [
                (
                    hemisphere,
                    RED,
                    format!("hemisphere (18π)^(1/3) = {hemisphere:.4}"),
                ),
                (sphere, GREEN, format!("sphere (36π)^(1/3) = {sphere:.4}")),
            ] {
                chart
                    .draw_series(LineSeries::new(
                        vec![(0.0, value), (1.0, value)],
                        colour.stroke_width(1),
                    ))
                    .map_err(err)?
                    .label(text)
                    .legend(swatch(colour.stroke_width(1)));
            }
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "mushroom-phi",
        title: "Φ*(λ) between the hemisphere and the sphere",
        claims: &["MUSH-02", "MUSH-03", "MUSH-04"],
        caption: "With a base that does not evaporate (λ = 0) the optimum is the hemisphere; when the underside evaporates like the rest (λ = 1) it is the sphere; Φ* rises monotonically between.",
        svg,
    })
}

/// log₁₀ of a positive rational, to f64 accuracy for any size (the rational may be far
/// beyond f64's range).
fn log10(r: &BigRational) -> f64 {
    let shift = r.numer().bits() as i64 - r.denom().bits() as i64;
    let scaled = if shift >= 0 {
        r / BigRational::from_integer(num_bigint::BigInt::from(1) << shift as u64)
    } else {
        r * BigRational::from_integer(num_bigint::BigInt::from(1) << (-shift) as u64)
    };
    to_f64(&scaled).log10() + shift as f64 * std::f64::consts::LOG10_2
}

/// Rademacher's proven remainder bound after k terms of the series for p(2014), against k,
/// with the 1/4 the integer rounding needs.
fn rademacher_plot() -> Result<Plot, String> {
    const N: u64 = 2014;
    let needed = partitions::rademacher::terms_needed(N).map_err(err)?;
    let last = needed + 10;
    let bounds: Vec<(f64, f64)> = (1..=last)
        .map(|k| partitions::rademacher::remainder_bound(N, k).map(|b| (k as f64, log10(&b))))
        .collect::<Result<_, _>>()
        .map_err(err)?;
    let quarter = 0.25f64.log10();
    let top = bounds.iter().map(|b| b.1).fold(f64::MIN, f64::max).ceil();
    let svg = chart(
        "Hardy–Ramanujan–Rademacher series for p(2014): the proven remainder bound",
        0.0..(last + 1) as f64,
        -2.0..top + 1.0,
        (
            "k, the number of terms summed",
            "log₁₀ of Rademacher's bound on the remainder",
        ),
        SeriesLabelPosition::UpperRight,
        |chart| {
            chart
                .draw_series(LineSeries::new(bounds.clone(), BLUE.stroke_width(2)))
                .map_err(err)?
                .label(
                    "bound after k terms: 44π²/(225√3)/√k + (π√2/75)·√(k/(n−1))·sinh(π√(2n/3)/k)",
                )
                .legend(swatch(BLUE.stroke_width(2)));
            chart
                .draw_series(bounds.iter().map(|&p| Circle::new(p, 2, BLUE.filled())))
                .map_err(err)?;
            chart
                .draw_series(LineSeries::new(
                    vec![(0.0, quarter), ((last + 1) as f64, quarter)],
                    RED.stroke_width(1),
                ))
                .map_err(err)?
                .label(format!(
                    "1/4: below it the nearest integer is p(n); first reached at k = {needed}"
                ))
                .legend(swatch(RED.stroke_width(1)));
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "rademacher-remainder",
        title: "How many Rademacher terms p(2014) needs",
        claims: &["PART-16"],
        caption: "The proven bound on what the terms after the k-th can add falls from astronomically large to below 1/4 within a few dozen terms; from there the rounded partial sum is p(2014), 46 digits.",
        svg,
    })
}

/// The Post-Norm identity-path coefficient c_l against (1 + σ²)^(−l/2) at σ = 1: BERT-04's own
/// Monte Carlo runs (memoised, so the report reuses the check's), ±2 standard errors.
fn post_norm_plot() -> Result<Plot, String> {
    use bert_init::post_norm::{Branch, STACK, STACK_MLP, simulate_stack_cached};
    let sigma = 1.0f64;
    let runs = [
        ("linear branch", Branch::Linear, STACK, BLUE, -0.08),
        ("ReLU-MLP branch", Branch::Mlp, STACK_MLP, GREEN, 0.08),
    ];
    let layers = STACK.layers;
    let predicted: Vec<(f64, f64)> = (0..=10 * layers)
        .map(|i| {
            let l = i as f64 / 10.0;
            (l, (1.0 + sigma * sigma).powf(-l / 2.0))
        })
        .collect();
    let svg = chart(
        "Post-Norm at σ = 1: the identity path's share c_l = ⟨x_l, x_0⟩/‖x_0‖²",
        0.0..layers as f64 + 0.5,
        0.0..1.05,
        ("layer l", "c_l (dimensionless)"),
        SeriesLabelPosition::UpperRight,
        |chart| {
            chart
                .draw_series(LineSeries::new(predicted, RED.stroke_width(2)))
                .map_err(err)?
                .label("(1 + σ²)^(−l/2) = 2^(−l/2), the article's decay")
                .legend(swatch(RED.stroke_width(2)));
            for (label, branch, cfg, colour, shift) in runs {
                let run = simulate_stack_cached(cfg, branch, sigma);
                let points: Vec<(f64, f64, f64)> = run
                    .identity_coefficient
                    .iter()
                    .enumerate()
                    .map(|(i, e)| ((i + 1) as f64 + shift, e.mean, 2.0 * e.se))
                    .collect();
                chart
                    .draw_series(points.iter().map(|&(l, m, half)| {
                        ErrorBar::new_vertical(l, m - half, m, m + half, colour.filled(), 6)
                    }))
                    .map_err(err)?
                    .label(format!(
                        "Monte Carlo, {label}: d = {}, {} tokens, {} seeds (mean ± 2 SE)",
                        cfg.d, cfg.tokens, cfg.seeds
                    ))
                    .legend(swatch(colour.stroke_width(2)));
                chart
                    .draw_series(
                        points
                            .iter()
                            .map(|&(l, m, _)| Circle::new((l, m), 3, colour.filled())),
                    )
                    .map_err(err)?;
            }
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "post-norm-decay",
        title: "Post-Norm: the identity path decays like (1 + σ²)^(−l/2)",
        claims: &["BERT-04", "BERT-03"],
        caption: "Each Post-Norm layer x ↦ LN(x + σF(x)) keeps the fraction 1/√(1 + σ²) of the identity path; the measured c_l of both branch types follow 2^(−l/2) at σ = 1 within their error bars (the default configuration; `verify --full` runs the catalogue's d = 256).",
        svg,
    })
}

/// A value whose enclosure is as wide as the measured constants it rests on, as the f64 of the
/// digits those constants determine (at most 17).
fn measured(f: impl Fn(u32) -> Result<Interval, IntervalError>) -> Result<f64, String> {
    let digits = certify_up_to(17, f).map_err(err)?;
    digits.to_string().parse().map_err(err)
}

/// log₁₀ of an f64 drawn from a certified enclosure.
fn log10_of(f: impl Fn(u32) -> Result<Interval, IntervalError>) -> f64 {
    prediction(f).log10()
}

/// The Zipf tail T_γ(n) = Σ_{k>n} k^(−(γ+1)) on log–log axes for the published exponents,
/// against the power law n^(−γ)/γ whose slope is the derived α_N = γ.
fn zipf_tail_plot() -> Result<Plot, String> {
    use num_bigint::BigUint;
    // n ≈ 10^(i/4), i = 0 … 24, as integers
    let ns: Vec<u64> = (0..=24)
        .map(|i| 10f64.powf(f64::from(i) / 4.0).round() as u64)
        .collect();
    let cases = [
        ("γ = 0.076 (Kaplan's α_N)", (76, 1000), BLUE),
        ("γ = 0.34 (Chinchilla's α)", (34, 100), GREEN),
        ("γ = 1", (1, 1), RED),
    ];
    let mut series = Vec::new();
    for (label, (num, den), colour) in cases {
        let gamma = rational(num, den);
        let s = &gamma + rational(1, 1);
        let points: Vec<(f64, f64)> = ns
            .iter()
            .map(|&n| {
                let big = BigUint::from(n);
                (
                    (n as f64).log10(),
                    log10_of(|p| scaling_law::zipf_tail(&s, &big, p)),
                )
            })
            .collect();
        series.push((label, to_f64(&gamma), points, colour));
    }
    let svg = chart(
        "Zipf tail T_γ(n) = Σ_{k>n} k^(−(γ+1)): the loss above a is (b − a)T_γ(n)/ζ(γ+1)",
        0.0..6.0,
        -6.5..1.5,
        ("log₁₀ n (quanta learned)", "log₁₀ T_γ(n) (dimensionless)"),
        SeriesLabelPosition::LowerLeft,
        |chart| {
            for (label, gamma, points, colour) in &series {
                chart
                    .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))
                    .map_err(err)?
                    .label(format!("{label}, certified at 25 points"))
                    .legend(swatch(colour.stroke_width(2)));
                // the integral approximation n^(−γ)/γ: slope −γ = −α_N
                let asymptote = vec![(0.0, -gamma.log10()), (6.0, -6.0 * gamma - gamma.log10())];
                chart
                    .draw_series(LineSeries::new(asymptote, colour.mix(0.5).stroke_width(1)))
                    .map_err(err)?
                    .label(format!("n^(−γ)/γ: slope −α_N = −{gamma}"))
                    .legend(swatch(colour.mix(0.5).stroke_width(1)));
            }
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "zipf-tail",
        title: "The Zipf tail and the parameter exponent α_N = γ",
        claims: &["SCAL-04", "SCAL-06", "SCAL-08"],
        caption: "On log–log axes the tail becomes a straight line of slope −γ: the loss falls as n^(−γ), so the parameter exponent α_N is the Zipf exponent γ itself; the thin lines are the integral approximation n^(−γ)/γ, which the tail approaches from below.",
        svg,
    })
}

/// The data exponent the model derives, α_D = α_N/(1 + α_N), against the published pairs.
fn exponents_plot() -> Result<Plot, String> {
    let curve: Vec<(f64, f64)> = (1..=100)
        .map(|i| {
            let gamma = rational(i, 200);
            scaling_law::Exponents::from_gamma(&gamma).map(|e| (to_f64(&gamma), to_f64(&e.data)))
        })
        .collect::<Result<_, _>>()
        .map_err(err)?;
    let pythia = scaling_law::Exponents::from_gamma(&rational(83, 1000)).map_err(err)?;
    let svg = chart(
        "Data and step exponents: the model's α_D = α_S = α_N/(1 + α_N) against published fits",
        0.0..0.5,
        0.0..0.4,
        (
            "α_N (parameter exponent)",
            "α_D or α_S (data or step exponent)",
        ),
        SeriesLabelPosition::UpperLeft,
        |chart| {
            chart
                .draw_series(LineSeries::new(curve, BLUE.stroke_width(2)))
                .map_err(err)?
                .label("the model: α_D = α_N/(1 + α_N) (exact)")
                .legend(swatch(BLUE.stroke_width(2)));
            chart
                .draw_series(LineSeries::new(
                    vec![(0.0, 0.0), (0.4, 0.4)],
                    BLACK.mix(0.4).stroke_width(1),
                ))
                .map_err(err)?
                .label("α_D = α_N (the model requires α_D below it)")
                .legend(swatch(BLACK.mix(0.4).stroke_width(1)));
            for (label, point, colour) in [
                (
                    "Kaplan et al.: α_N = 0.076, α_D = 0.095",
                    (0.076, 0.095),
                    RED,
                ),
                ("Chinchilla: α = 0.34, β = 0.28", (0.34, 0.28), GREEN),
            ] {
                chart
                    .draw_series(std::iter::once(Circle::new(point, 5, colour.filled())))
                    .map_err(err)?
                    .label(label)
                    .legend(move |(x, y)| Circle::new((x + 8, y), 4, colour.filled()));
            }
            let predicted = to_f64(&pythia.steps);
            chart
                .draw_series(std::iter::once(ErrorBar::new_vertical(
                    0.083,
                    0.037,
                    (0.037 + 0.06) / 2.0,
                    0.06,
                    MAGENTA.stroke_width(2),
                    8,
                )))
                .map_err(err)?
                .label(format!(
                    "Pythia: α_N ≈ 0.083, measured α_S ∈ [0.037, 0.06]; predicted {predicted:.4}"
                ))
                .legend(swatch(MAGENTA.stroke_width(2)));
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "scaling-exponents",
        title: "α_D = α_N/(1 + α_N) against the published exponents",
        claims: &["SCAL-09", "SCAL-10", "SCAL-P2", "SCAL-P3"],
        caption: "The model puts every data or step exponent below the diagonal α_D = α_N; Kaplan's α_D = 0.095 lies above it (refuting the consistency claimed), Chinchilla's β = 0.28 lies near the curve, and Pythia's measured step exponents lie wholly below the prediction.",
        svg,
    })
}

/// CUR's best reconstruction error of each rank against the Eckart–Young optimum, on the 5 × 5
/// Cauchy matrix (log scale; at full rank every error is 0 and is left off).
fn cur_plot() -> Result<Plot, String> {
    const N: usize = 5;
    let s = cur::cauchy(N, N);
    let width = rational(1, 1 << 50) * rational(1, 1 << 50);
    let tails = cur::eckart_young_tails(&s, &width).map_err(err)?;
    let mut best = Vec::new();
    let mut leading = Vec::new();
    let mut optimum = Vec::new();
    for (r, tail) in tails.iter().enumerate().take(N) {
        // rank 0 predicts 0: the error is ‖S‖²
        let (b, lead) = if r == 0 {
            (s.frobenius_squared(), s.frobenius_squared())
        } else {
            let first: Vec<usize> = (0..r).collect();
            (
                cur::best_cur(&s, r).0,
                cur::error(&s, &cur::cur_approximation(&s, &first, &first)),
            )
        };
        best.push((r as f64, log10(&b)));
        leading.push((r as f64, log10(&lead)));
        optimum.push((r as f64, log10(&((&tail.0 + &tail.1) / rational(2, 1)))));
    }
    let svg = chart_labelled(
        "CUR against the SVD: ‖S − CW⁺R‖_F² by rank, S_ij = 1/(i + 2j + 2) (5 × 5)",
        -0.2..(N as f64 - 0.8),
        -13.0..1.0,
        (
            "rank r (r anchor rows and r anchor columns)",
            "log₁₀ of the squared Frobenius error",
        ),
        Some(&["0", "1", "2", "3", "4"]),
        SeriesLabelPosition::UpperRight,
        |chart| {
            for (label, points, colour) in [
                ("CUR, anchors 0 … r−1", &leading, RED),
                ("CUR, best of all r-row, r-column choices", &best, BLUE),
                (
                    "Eckart–Young optimum Σ_{i>r} σ_i² (Sturm-isolated, exact)",
                    &optimum,
                    GREEN,
                ),
            ] {
                chart
                    .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))
                    .map_err(err)?
                    .label(label)
                    .legend(swatch(colour.stroke_width(2)));
                chart
                    .draw_series(points.iter().map(|&p| Circle::new(p, 3, colour.filled())))
                    .map_err(err)?;
            }
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "cur-rank",
        title: "CUR's reconstruction error beside the Eckart–Young optimum",
        claims: &["CUR-04", "CUR-07"],
        caption: "Even the best choice of real rows and columns stays above the SVD's optimum at every rank below full (the SVD's virtual representatives fit better, CUR-04); at full rank W = S is invertible and CUR is exact (CUR-07), so that point (error 0) is off the log scale.",
        svg,
    })
}

/// Ladder Side-Tuning's accounting on T5-base: training memory per method as bars, labelled
/// with the trainable parameters where the article's sources give them.
fn lst_plot() -> Result<Plot, String> {
    use ladder_side_tuning::params::{T5_BASE, count, kept_layers, lst_side_tensors, t5_tensors};
    let memory = ladder_side_tuning::table_1_memory_gb();
    let names: Vec<&str> = memory.iter().map(|m| m.0).collect();
    let backbone = count(&t5_tensors(T5_BASE, T5_BASE.vocab));
    let side = count(&lst_side_tensors(T5_BASE, 8, &kept_layers("t5-base")));
    let trainable = |name: &str| match name {
        "full fine-tuning" => Some(backbone),
        "LST" => Some(side),
        _ => None,
    };
    let colours = [RED, MAGENTA, CYAN, BLUE];
    let svg = chart_labelled(
        "Ladder Side-Tuning on T5-base: training memory (paper Table 1) and trainable parameters",
        -0.5..(memory.len() as f64 - 0.5),
        0.0..26.0,
        ("method", "training memory (GB)"),
        Some(&names),
        SeriesLabelPosition::UpperRight,
        |chart| {
            for (i, ((name, gb), colour)) in memory.iter().zip(colours).enumerate() {
                let (x, v) = (i as f64, to_f64(gb));
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(x - 0.3, 0.0), (x + 0.3, v)],
                        colour.mix(0.7).filled(),
                    )))
                    .map_err(err)?;
                let mut lines = vec![format!("{v} GB")];
                if let Some(p) = trainable(name) {
                    lines.push(format!("trains {}", grouped(p)));
                    lines.push(format!(
                        "({:.2} % of T5-base)",
                        100.0 * p as f64 / backbone as f64
                    ));
                }
                let top = v + 0.6 + 0.9 * lines.len() as f64;
                chart
                    .draw_series(lines.into_iter().enumerate().map(|(k, line)| {
                        Text::new(line, (x - 0.3, top - 0.9 * k as f64), ("sans-serif", 13))
                    }))
                    .map_err(err)?;
            }
            chart
                .draw_series(std::iter::empty::<Circle<(f64, f64), i32>>())
                .map_err(err)?
                .label(format!(
                    "parameters counted tensor by tensor: T5-base {}, LST side network (r = 8) {}",
                    grouped(backbone),
                    grouped(side)
                ))
                .legend(swatch(BLACK.stroke_width(1)));
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "lst-memory",
        title: "LST's memory and parameter accounting",
        claims: &["LST-02", "LST-03", "LST-05"],
        caption: "LST trains a side network of 1.74 % of T5-base's parameters and, needing no backward pass through the backbone, uses 5.5 GB where full fine-tuning uses 17.6 GB (a 69 % saving against the 26 % of Adapter and LoRA); the memories are the paper's, the parameter counts are computed.",
        svg,
    })
}

/// R136a1 on the mass–luminosity plane beside the Eddington limit L_Edd = 4πGMc/κ_es.
fn eddington_plot() -> Result<Plot, String> {
    let per_solar_mass = |x: BigRational| {
        measured(move |p| r136a1::eddington_unit(p)?.div(&r136a1::kappa_es(&x, p)?)).map(f64::log10)
    };
    let lines = [
        ("X = 0 (no hydrogen)", rational(0, 1), BLUE),
        ("X = 0.4", rational(4, 10), GREEN),
        ("X = 0.7 (solar-like)", rational(7, 10), RED),
    ];
    let (m_now, m_birth) = (
        (r136a1::PINNED_MASS as f64).log10(),
        (r136a1::PINNED_BIRTH_MASS as f64).log10(),
    );
    let l = (r136a1::PINNED_LUMINOSITY as f64).log10();
    let ratio = |x: BigRational| {
        measured(move |p| {
            r136a1::eddington_ratio(
                &rational(r136a1::PINNED_LUMINOSITY, 1),
                &rational(r136a1::PINNED_MASS, 1),
                &x,
                p,
            )
        })
    };
    let (g04, g07) = (ratio(rational(4, 10))?, ratio(rational(7, 10))?);
    let svg = chart(
        "R136a1 and the Eddington limit L_Edd = 4πGMc/κ_es, κ_es = σ_T(1 + X)/(2m_p)",
        1.0..3.0,
        5.0..8.0,
        ("log₁₀ M/M⊙ (mass)", "log₁₀ L/L⊙ (luminosity)"),
        SeriesLabelPosition::LowerRight,
        |chart| {
            for (label, x, colour) in lines {
                let offset = per_solar_mass(x)?;
                chart
                    .draw_series(LineSeries::new(
                        vec![(1.0, 1.0 + offset), (3.0, 3.0 + offset)],
                        colour.stroke_width(2),
                    ))
                    .map_err(err)?
                    .label(format!("L_Edd, {label}"))
                    .legend(swatch(colour.stroke_width(2)));
            }
            chart
                .draw_series(std::iter::once(Circle::new((m_now, l), 6, BLACK.filled())))
                .map_err(err)?
                .label(format!(
                    "R136a1 now: 265 M⊙, 8.7·10⁶ L⊙; Γ_e = {g04:.2} (X = 0.4), {g07:.2} (X = 0.7)"
                ))
                .legend(|(x, y)| Circle::new((x + 8, y), 5, BLACK.filled()));
            chart
                .draw_series(std::iter::once(Circle::new(
                    (m_birth, l),
                    6,
                    BLACK.stroke_width(2),
                )))
                .map_err(err)?
                .label("at its birth mass 320 M⊙ (same L, for comparison)")
                .legend(|(x, y)| Circle::new((x + 8, y), 5, BLACK.stroke_width(2)));
            Ok(())
        },
    )?;
    Ok(Plot {
        name: "r136a1-eddington",
        title: "R136a1 below, but close to, the Eddington limit",
        claims: &["STAR-19", "STAR-08", "STAR-01"],
        caption: "The Eddington luminosity grows linearly with mass and falls with the hydrogen fraction X (more electrons per unit mass scatter more); R136a1 sits just below the limit for any X, at Γ_e ≈ 0.70 to 0.85.",
        svg,
    })
}

/// An integer with thin spaces between groups of three digits: 3 878 712.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{2009}');
        }
        out.push(ch);
    }
    out
}
