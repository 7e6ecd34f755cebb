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

use crate::articles::{bert_init, mushroom, partitions};
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
        chart
            .configure_mesh()
            .x_desc(axes.0)
            .y_desc(axes.1)
            .draw()
            .map_err(err)?;
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
