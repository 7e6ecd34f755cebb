//! A number as an article prints it, compared with the exact or certified value it stands for.
//!
//! A printed number is read by a [`Reading`]: its digits as printed (`0.0176` holds when the
//! value rounds to those digits; [`Reading::Truncated`] also accepts a truncation, for prints an
//! article cuts off rather than rounds), an exact value (`2031120`, `19/250`), or a bound
//! (`more than 7`). An optional relative [`band`](Spec::band) is the tolerance of words such as
//! "about": inside it, but not within the print's precision, the print is `approximate`.
//!
//! [`compare`] decides one printed number against one computed value — an exact rational, a
//! formula evaluated on [`Interval`]s at rising precision, or a fixed enclosure from measured
//! inputs — and reports what a reader needs: the computed value in certified digits, the gap
//! stated − computed (absolute and relative) and, when the print is not a correct reading, the
//! correct print at the same precision (`1.2 %` → `1.3 %`). Nothing is decided on a digit that
//! is not proven: an enclosure that straddles a boundary is refined, and is an error at the cap.

use std::fmt;

use num_bigint::BigInt;
use num_integer::Integer as _;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde::Serialize;
use thiserror::Error;

use super::certify::{certified_text, certify_up_to, certify_with_cap, start_precision};
use super::decimal::Decimal;
use super::integer::pow10;
use super::interval::{Interval, IntervalError};
use super::number::parse_exact;

/// How a printed number is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Its digits as printed: a correct rounding (ties away from zero) of the value at the last
    /// printed place. `1.2 %` does not hold for 1.263 %.
    Printed,
    /// Digits the article cuts off: a correct rounding or a truncation (toward zero) at the last
    /// printed place (`3.1415` for π).
    Truncated,
    /// Exactly this value (counts, exact rationals).
    Exact,
    /// The value is at least this (`≥`).
    AtLeast,
    /// The value is at most this (`≤`).
    AtMost,
    /// The value exceeds this (`>`, "more than").
    Above,
    /// The value is below this (`<`, "less than").
    Below,
}

impl Reading {
    /// The word used in reports and JSON.
    ///
    /// ```
    /// use claimcheck::exact::printed::Reading;
    /// assert_eq!(Reading::Above.as_str(), "more than");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Reading::Printed => "printed digits",
            Reading::Truncated => "truncated digits",
            Reading::Exact => "exact",
            Reading::AtLeast => "at least",
            Reading::AtMost => "at most",
            Reading::Above => "more than",
            Reading::Below => "less than",
        }
    }

    /// Whether the reading is a one-sided bound.
    ///
    /// ```
    /// use claimcheck::exact::printed::Reading;
    /// assert!(Reading::AtLeast.is_bound() && !Reading::Exact.is_bound() && !Reading::Printed.is_bound());
    /// ```
    pub fn is_bound(self) -> bool {
        !matches!(self, Reading::Printed | Reading::Truncated | Reading::Exact)
    }

    /// Whether the reading has digits with a last place (printed or truncated).
    ///
    /// ```
    /// use claimcheck::exact::printed::Reading;
    /// assert!(Reading::Truncated.has_digits() && !Reading::Below.has_digits());
    /// ```
    pub fn has_digits(self) -> bool {
        matches!(self, Reading::Printed | Reading::Truncated)
    }
}

/// How a print stands against its computed value; ordered from the weakest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Refuted,
    Approximate,
    Holds,
}

impl Standing {
    /// `Holds` when `ok`, else `Refuted`.
    ///
    /// ```
    /// use claimcheck::exact::printed::Standing;
    /// assert_eq!(Standing::holds_if(1 + 1 == 2), Standing::Holds);
    /// assert_eq!(Standing::holds_if(false), Standing::Refuted);
    /// assert!(Standing::Refuted < Standing::Approximate && Standing::Approximate < Standing::Holds);
    /// ```
    pub fn holds_if(ok: bool) -> Standing {
        if ok {
            Standing::Holds
        } else {
            Standing::Refuted
        }
    }

    /// The word used in reports and JSON.
    ///
    /// ```
    /// use claimcheck::exact::printed::Standing;
    /// assert_eq!(Standing::Approximate.as_str(), "approximate");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Holds => "holds",
            Standing::Approximate => "approximate",
            Standing::Refuted => "refuted",
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a printed number could not be compared.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CompareError {
    /// The declared value is not a number of the form its reading needs.
    #[error("stated value '{0}' cannot be read: {1}")]
    Malformed(String, String),
    /// The enclosure of the computed value kept straddling a boundary of the reading.
    #[error(
        "undecided: the enclosure of the computed value straddles a boundary of '{0}' up to {1} bits"
    )]
    Undecided(String, u32),
    #[error(transparent)]
    Interval(#[from] IntervalError),
}

/// A printed number made exact: its value, the unit of its last printed place (for
/// [`Reading::Printed`]), its reading and its band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The text of the value as declared (`0.012`, `1e6`, `19/250`).
    pub value_text: String,
    pub value: BigRational,
    /// One unit in the last printed place; `None` unless the reading has digits.
    pub unit: Option<BigRational>,
    pub reading: Reading,
    /// Relative tolerance: the print is approximate when |x − s| ≤ band·|s|.
    pub band: Option<BigRational>,
}

impl Spec {
    /// Reads `value` (a decimal for a reading with digits, whose written digits set the precision:
    /// `0.0176`, `1.20`, `3e2`; any exact number `2014`, `19/250`, `10^6` otherwise) and the band.
    ///
    /// ```
    /// use claimcheck::exact::{printed::{Reading, Spec}, rational::q};
    /// let s = Spec::new("0.0176", Reading::Printed, None).unwrap();
    /// assert!(s.value == q(176, 10000) && s.unit == Some(q(1, 10000)));
    /// let about = Spec::new("10^6", Reading::Exact, Some("1/10")).unwrap();
    /// assert!(about.unit.is_none() && about.band == Some(q(1, 10)));
    /// assert!(Spec::new("19/250", Reading::Printed, None).is_err()); // digits must be a decimal
    /// assert!(Spec::new("2", Reading::Exact, Some("-1/2")).is_err());
    /// ```
    ///
    /// # Errors
    /// [`CompareError::Malformed`] when the value or the band cannot be read, or the band is
    /// negative.
    pub fn new(value: &str, reading: Reading, band: Option<&str>) -> Result<Spec, CompareError> {
        let malformed = |why: String| CompareError::Malformed(value.to_string(), why);
        let (exact, unit) = if reading.has_digits() {
            let d = Decimal::parse(value)
                .ok_or_else(|| malformed("printed digits must be a decimal".into()))?;
            (d.to_rational(), Some(decimal_unit(value, &d)))
        } else {
            (
                parse_exact(value).map_err(|e| malformed(e.to_string()))?,
                None,
            )
        };
        let band = match band {
            None => None,
            Some(b) => {
                let r = parse_exact(b).map_err(|e| malformed(format!("band: {e}")))?;
                if r.is_negative() {
                    return Err(malformed("band must be ≥ 0".into()));
                }
                Some(r)
            }
        };
        Ok(Spec {
            value_text: value.to_string(),
            value: exact,
            unit,
            reading,
            band,
        })
    }

    /// The region of the real line `x` falls in: 0 where the print holds, ±1 in the band
    /// (approximate), ±2 beyond it (refuted), negative below the value. Every region is an
    /// interval, so an enclosure whose ends share a region lies inside it.
    fn region(&self, x: &BigRational) -> i8 {
        let s = &self.value;
        let holds = match self.reading {
            Reading::Exact => x == s,
            Reading::AtLeast => x >= s,
            Reading::AtMost => x <= s,
            Reading::Above => x > s,
            Reading::Below => x < s,
            Reading::Printed | Reading::Truncated => {
                let u = self
                    .unit
                    .as_ref()
                    .expect("a reading with digits has a unit");
                let half = u / BigRational::from_integer(2.into());
                // rounding, ties away from zero: [s − u/2, s + u/2) for s > 0, mirrored below 0;
                // a truncation extends the side away from zero to a whole unit
                let far = if self.reading == Reading::Truncated {
                    u.clone()
                } else {
                    half.clone()
                };
                if s.is_positive() {
                    *x >= s - &half && *x < s + &far
                } else if s.is_negative() {
                    *x > s - &far && *x <= s + &half
                } else {
                    x.abs() < far
                }
            }
        };
        if holds {
            return 0;
        }
        let below = match self.reading {
            Reading::AtLeast | Reading::Above => true,
            Reading::AtMost | Reading::Below => false,
            _ => x < s,
        };
        let in_band = self
            .band
            .as_ref()
            .is_some_and(|b| (x - s).abs() <= b * s.abs());
        let magnitude = if in_band { 1 } else { 2 };
        if below { -magnitude } else { magnitude }
    }

    fn standing_of(region: i8) -> Standing {
        match region.abs() {
            0 => Standing::Holds,
            1 => Standing::Approximate,
            _ => Standing::Refuted,
        }
    }
}

/// The unit in the last place of a decimal as written: `0.0176` → 10⁻⁴, `1.20` → 10⁻², `3e2` →
/// 10², `300` → 1.
fn decimal_unit(text: &str, d: &Decimal) -> BigRational {
    if d.to_rational().is_zero() {
        // "0.00": the written decimals carry the precision
        let places = text
            .split_once('.')
            .map_or(0, |(_, f)| f.split(['e', 'E']).next().unwrap_or("").len());
        return BigRational::new(BigInt::one(), pow10(places as u64));
    }
    d.unit_in_last_place()
}

/// A computed value to compare a print with.
pub enum Computed<'a> {
    /// An exact rational.
    Exact(BigRational),
    /// A formula on intervals at a given precision, refined until the comparison is decided.
    Real(&'a dyn Fn(u32) -> Result<Interval, IntervalError>),
    /// A fixed enclosure (a value from measured inputs: more precision cannot narrow it).
    Enclosure(Interval),
}

/// The comparison of one print with its computed value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub standing: Standing,
    /// The computed value: exact, or in certified digits with their count.
    pub computed: String,
    /// stated − computed, exact or certified to 3 significant digits.
    pub gap: String,
    /// (stated − computed)/computed, to 3 significant digits.
    pub relative_gap: String,
    /// When the print does not hold: the correct print at the same precision (for printed
    /// digits and exact values; a bound has none).
    pub correct_print: Option<String>,
    /// The same as a declared value (`0.0126` for the print `1.3 %`), when it is one.
    #[serde(skip)]
    pub correct_value: Option<String>,
}

/// The precision cap for deciding a comparison on a formula.
pub const DECIDE_CAP_BITS: u32 = 1 << 16;

/// Compares the print `spec` (shown as `text`) with a computed value.
///
/// ```
/// use claimcheck::exact::{interval::Interval, rational::q};
/// use claimcheck::exact::printed::{compare, Computed, Reading, Spec, Standing};
/// // "1.2 %" for 1.263 %: wrong at its own precision, within a 10 % band
/// let spec = Spec::new("0.012", Reading::Printed, Some("1/10")).unwrap();
/// let c = compare("1.2 %", &spec, &Computed::Exact(q(1263, 100000))).unwrap();
/// assert_eq!(c.standing, Standing::Approximate);
/// assert_eq!(c.correct_print.as_deref(), Some("1.3 %"));
/// // π printed as 3.1416 holds; cut off as 3.1415 it holds only as a truncation
/// let pi = |p: u32| Ok(Interval::pi(p));
/// let rounded = Spec::new("3.1416", Reading::Printed, None).unwrap();
/// assert_eq!(compare("3.1416", &rounded, &Computed::Real(&pi)).unwrap().standing, Standing::Holds);
/// let cut = Spec::new("3.1415", Reading::Printed, None).unwrap();
/// assert_eq!(compare("3.1415", &cut, &Computed::Real(&pi)).unwrap().standing, Standing::Refuted);
/// let cut = Spec::new("3.1415", Reading::Truncated, None).unwrap();
/// assert_eq!(compare("3.1415", &cut, &Computed::Real(&pi)).unwrap().standing, Standing::Holds);
/// ```
///
/// # Errors
/// [`CompareError::Undecided`] when an enclosure straddles a boundary of the reading up to
/// [`DECIDE_CAP_BITS`] (or at all, for a fixed enclosure); interval errors of the formula.
pub fn compare(
    text: &str,
    spec: &Spec,
    computed: &Computed<'_>,
) -> Result<Comparison, CompareError> {
    match computed {
        Computed::Exact(x) => Ok(compare_exact(text, spec, x)),
        Computed::Real(f) => compare_enclosed(text, spec, *f, true),
        Computed::Enclosure(e) => {
            let e = e.clone();
            compare_enclosed(text, spec, &move |_| Ok(e.clone()), false)
        }
    }
}

fn compare_exact(text: &str, spec: &Spec, x: &BigRational) -> Comparison {
    let standing = Spec::standing_of(spec.region(x));
    let gap = &spec.value - x;
    let relative = (!x.is_zero()).then(|| &gap / x);
    let corrected = (standing != Standing::Holds)
        .then(|| match spec.reading {
            Reading::Printed | Reading::Truncated => {
                let unit = spec.unit.as_ref().expect("printed has a unit");
                Some(round_to_unit(x, unit))
            }
            Reading::Exact => Some(x.clone()),
            _ => None,
        })
        .flatten();
    let correct_print = corrected.as_ref().map(|c| reprint(text, spec, c));
    let correct_value = corrected.as_ref().map(|c| value_text(spec, c));
    Comparison {
        standing,
        computed: exact_text(x, display_digits(spec)),
        gap: exact_text(&gap, 3),
        relative_gap: relative.map_or("undefined (computed value 0)".into(), |r| exact_text(&r, 3)),
        correct_print,
        correct_value,
    }
}

/// `x` rounded to a multiple of `unit` = 10^k and written with exactly that precision: fixed
/// notation for k ≤ 0 (`0.0176`), scientific above (`8e1`, `1.6e2`, `1.5e6`), so that reading
/// it back gives the same unit.
///
/// ```
/// use claimcheck::exact::{printed::at_unit, rational::q};
/// assert_eq!(at_unit(&q(1263, 100000), &q(1, 10000)), "0.0126");
/// assert_eq!(at_unit(&q(1549, 1), &q(100, 1)), "1.5e3");
/// assert_eq!(at_unit(&q(-7, 2), &q(1, 1)), "-4"); // ties away from zero
/// ```
pub fn at_unit(x: &BigRational, unit: &BigRational) -> String {
    let r = round_to_unit(x, unit);
    match power_of_ten(unit) {
        Some(k) if k > 0 => {
            let n = (r / unit).to_integer();
            let (sign, digits) = if n.is_negative() {
                ("-", (-n).to_string())
            } else {
                ("", n.to_string())
            };
            let exponent = k + digits.len() as i64 - 1;
            let (first, rest) = digits.split_at(1);
            if rest.is_empty() {
                format!("{sign}{first}e{exponent}")
            } else {
                format!("{sign}{first}.{rest}e{exponent}")
            }
        }
        _ => fixed(&r, places_of(unit)),
    }
}

/// `x` written as a declared value of the same precision as `spec`.
fn value_text(spec: &Spec, x: &BigRational) -> String {
    match &spec.unit {
        Some(u) => at_unit(x, u),
        None if x.is_integer() => x.numer().to_string(),
        None => format!("{}/{}", x.numer(), x.denom()),
    }
}

/// Significant digits to show a computed value with: three more than the print, at least 6.
fn display_digits(spec: &Spec) -> u32 {
    let shown = Decimal::parse(&spec.value_text).map_or(0, |d| d.significant_digits());
    (shown + 3).max(6)
}

/// An exact rational for a reader: an integer in full; otherwise `d (D s.f.) = p/q` with the
/// fraction only when short.
fn exact_text(x: &BigRational, digits: u32) -> String {
    if x.is_integer() {
        return x.numer().to_string();
    }
    let d = Decimal::round(x, digits).expect("digits ≥ 1");
    let fraction = format!("{}/{}", x.numer(), x.denom());
    if fraction.len() <= 40 {
        format!("{d} ({digits} s.f.) = {fraction}")
    } else {
        format!("{d} ({digits} s.f.)")
    }
}

fn compare_enclosed(
    text: &str,
    spec: &Spec,
    f: &dyn Fn(u32) -> Result<Interval, IntervalError>,
    refine: bool,
) -> Result<Comparison, CompareError> {
    let mut prec = start_precision(display_digits(spec) + 10);
    let region = loop {
        let x = f(prec)?;
        if x.lo() == x.hi() {
            // a point: decide on the exact rational
            return Ok(compare_exact(text, spec, &x.lo_rational()));
        }
        let (lo, hi) = (spec.region(&x.lo_rational()), spec.region(&x.hi_rational()));
        if lo == hi {
            break lo;
        }
        if !refine || prec >= DECIDE_CAP_BITS {
            return Err(CompareError::Undecided(text.to_string(), prec));
        }
        prec = prec.saturating_mul(2).min(DECIDE_CAP_BITS);
    };
    let standing = Spec::standing_of(region);
    let digits = display_digits(spec);
    let shown = |digits: u32, g: &dyn Fn(u32) -> Result<Interval, IntervalError>| -> String {
        let d = if refine {
            certify_with_cap(digits, 1 << 12, g)
        } else {
            certify_up_to(digits, g)
        };
        d.map_or_else(
            |_| match g(prec) {
                Ok(e) => format!(
                    "in [{}, {}] (not certified further)",
                    short(&e.lo_rational()),
                    short(&e.hi_rational())
                ),
                Err(err) => format!("not certified: {err}"),
            },
            |d| certified_text(&d),
        )
    };
    let s = spec.value.clone();
    let gap = |p: u32| -> Result<Interval, IntervalError> {
        let x = f(p)?;
        Ok(&Interval::from_rational(p, &s) - &x)
    };
    let relative = |p: u32| -> Result<Interval, IntervalError> { gap(p)?.div(&f(p)?) };
    let (correct_print, correct_value) = if standing == Standing::Holds {
        (None, None)
    } else {
        match spec.reading {
            Reading::Printed | Reading::Truncated => {
                let unit = spec.unit.clone().expect("printed has a unit");
                match certified_rounding(f, &unit, refine) {
                    Some(r) => (Some(reprint(text, spec, &r)), Some(value_text(spec, &r))),
                    None => (Some("not certified (on a rounding boundary)".into()), None),
                }
            }
            // an exact value that an irrational computation contradicts: show its digits
            Reading::Exact => (Some(shown(display_digits(spec), f)), None),
            _ => (None, None),
        }
    };
    Ok(Comparison {
        standing,
        computed: shown(digits, f),
        gap: shown(3, &gap),
        relative_gap: shown(3, &relative),
        correct_print,
        correct_value,
    })
}

fn short(q: &BigRational) -> String {
    Decimal::round(q, 8).expect("8 digits").to_string()
}

/// The multiple of `unit` nearest the value enclosed by `f` (ties away from zero), when both
/// ends of an enclosure agree on it.
fn certified_rounding(
    f: &dyn Fn(u32) -> Result<Interval, IntervalError>,
    unit: &BigRational,
    refine: bool,
) -> Option<BigRational> {
    let mut prec = 128;
    loop {
        let x = f(prec).ok()?;
        let (lo, hi) = (
            round_to_unit(&x.lo_rational(), unit),
            round_to_unit(&x.hi_rational(), unit),
        );
        if lo == hi {
            return Some(lo);
        }
        if !refine || prec >= DECIDE_CAP_BITS {
            return None;
        }
        prec *= 2;
    }
}

/// `x` rounded to a multiple of `unit`, ties away from zero.
///
/// ```
/// use claimcheck::exact::{printed::round_to_unit, rational::q};
/// assert_eq!(round_to_unit(&q(25, 100), &q(1, 10)), q(3, 10));
/// assert_eq!(round_to_unit(&q(-25, 100), &q(1, 10)), q(-3, 10));
/// assert_eq!(round_to_unit(&q(7, 3), &q(1, 2)), q(5, 2));
/// ```
///
/// # Panics
/// When `unit` is 0.
pub fn round_to_unit(x: &BigRational, unit: &BigRational) -> BigRational {
    let t = x / unit;
    let (q, r) = t.numer().abs().div_rem(t.denom());
    let mut n = q;
    if BigInt::from(2) * r >= *t.denom() {
        n += 1;
    }
    if t.is_negative() {
        n = -n;
    }
    BigRational::from_integer(n) * unit
}

/// `x` in fixed notation with `places` decimals (`x` a multiple of 10^−places).
///
/// ```
/// use claimcheck::exact::{printed::fixed, rational::q};
/// assert_eq!(fixed(&q(-5, 100), 3), "-0.050");
/// assert_eq!(fixed(&q(42, 1), 0), "42");
/// ```
pub fn fixed(x: &BigRational, places: u64) -> String {
    let scaled = x * BigRational::from_integer(pow10(places));
    let n = scaled.round().to_integer();
    let negative = n.is_negative();
    let digits = n.abs().to_string();
    let body = if places == 0 {
        digits
    } else {
        let p = places as usize;
        let padded = format!("{digits:0>width$}", width = p + 1);
        let (i, f) = padded.split_at(padded.len() - p);
        format!("{i}.{f}")
    };
    if negative { format!("-{body}") } else { body }
}

/// The items' `Display` forms joined by ", " — a tuple or a table row in evidence.
///
/// ```
/// use claimcheck::exact::{printed::list, rational::q};
/// assert_eq!(list([q(3, 1), q(-1, 2)]), "3, -1/2");
/// assert_eq!(list(Vec::<u32>::new()), "");
/// ```
pub fn list<T: fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The number of decimals a unit stands for: 10^−k → k (0 for units ≥ 1).
fn places_of(unit: &BigRational) -> u64 {
    let mut k = 0u64;
    let mut u = unit.clone();
    while u < BigRational::one() {
        u *= BigRational::from_integer(10.into());
        k += 1;
    }
    k
}

/// `text` with its number replaced by `x` at the same precision and scale: `1.2 %` (value
/// 0.012) with x = 0.0126 → `1.3 %`. Without a number in the text, `x` in the value's layout.
///
/// ```
/// use claimcheck::exact::{printed::{reprint, Reading, Spec}, rational::q};
/// let spec = Spec::new("0.012", Reading::Printed, None).unwrap();
/// assert_eq!(reprint("1.2 %", &spec, &q(126, 10000)), "1.3 %");
/// let count = Spec::new("2031120", Reading::Exact, None).unwrap();
/// assert_eq!(reprint("2,031,120 solutions", &count, &q(2033136, 1)), "2033136 solutions");
/// ```
pub fn reprint(text: &str, spec: &Spec, x: &BigRational) -> String {
    let plain = || match &spec.unit {
        Some(u) => at_unit(x, u),
        None if x.is_integer() => x.numer().to_string(),
        // a value declared as a fraction is corrected as a fraction
        None if spec.value_text.contains('/') => format!("{}/{}", x.numer(), x.denom()),
        None => match terminating_decimal(x) {
            Some(d) => d,
            None => format!("{}/{}", x.numer(), x.denom()),
        },
    };
    let Some((start, end)) = number_token(text) else {
        return plain();
    };
    let token: String = text[start..end].chars().filter(|&c| c != ',').collect();
    let Ok(shown) = parse_exact(&token) else {
        return plain();
    };
    if spec.value.is_zero() || shown.is_zero() {
        return if shown == spec.value {
            format!("{}{}{}", &text[..start], plain(), &text[end..])
        } else {
            plain()
        };
    }
    let scale = &shown / &spec.value;
    if power_of_ten(&scale).is_none() {
        return plain();
    }
    let y = x * &scale;
    let number = match &spec.unit {
        Some(u) => {
            let shown_unit = u * &scale;
            fixed(&round_to_unit(&y, &shown_unit), places_of(&shown_unit))
        }
        // an integer is a terminating decimal with no places
        None => terminating_decimal(&y).unwrap_or_else(|| format!("{}/{}", y.numer(), y.denom())),
    };
    format!("{}{}{}", &text[..start], number, &text[end..])
}

/// `Some(k)` when `q = 10^k`.
fn power_of_ten(q: &BigRational) -> Option<i64> {
    let (n, d) = (q.numer(), q.denom());
    let ten = BigInt::from(10);
    let is_power = |mut v: BigInt| -> Option<i64> {
        let mut k = 0;
        while v > BigInt::one() {
            let (quot, rem) = v.div_rem(&ten);
            if !rem.is_zero() {
                return None;
            }
            v = quot;
            k += 1;
        }
        (v == BigInt::one()).then_some(k)
    };
    if d.is_one() {
        is_power(n.clone())
    } else if n.is_one() {
        is_power(d.clone()).map(|k| -k)
    } else {
        None
    }
}

/// The decimal expansion of `x` when it terminates in at most 30 places.
fn terminating_decimal(x: &BigRational) -> Option<String> {
    let mut places = 0u64;
    while places <= 30 {
        let scaled = x * BigRational::from_integer(pow10(places));
        if scaled.is_integer() {
            return Some(fixed(x, places));
        }
        places += 1;
    }
    None
}

/// The byte range of the first number in `text` (digits with `.` and `,` inside).
fn number_token(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|b| b.is_ascii_digit())?;
    let mut end = start;
    while end < bytes.len()
        && (bytes[end].is_ascii_digit()
            || (matches!(bytes[end], b'.' | b',')
                && bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit())))
    {
        end += 1;
    }
    Some((start, end))
}

/// The value scaled by `factor` and moved `step` units of its precision (up for `step > 0`), as
/// a declared value text of the same precision — what the perturbation tests substitute.
///
/// ```
/// use claimcheck::exact::{printed::{perturbed, Reading, Spec}, rational::q};
/// let spec = Spec::new("0.0176", Reading::Printed, None).unwrap();
/// assert_eq!(perturbed(&spec, 1, &q(1, 1)), "0.0177");
/// assert_eq!(perturbed(&spec, 0, &q(2, 1)), "0.0352");
/// let exact = Spec::new("19/250", Reading::Exact, None).unwrap();
/// assert_eq!(perturbed(&exact, -1, &q(1, 1)), "9/125"); // 19/250 − 1/250
/// ```
pub fn perturbed(spec: &Spec, step: i64, factor: &BigRational) -> String {
    let unit = match &spec.unit {
        Some(u) => u.clone(),
        None if spec.value.is_integer() => BigRational::one(),
        None => BigRational::new(BigInt::one(), spec.value.denom().clone()),
    };
    let v = &spec.value * factor + unit.clone() * BigRational::from_integer(step.into());
    match &spec.unit {
        Some(u) => at_unit(&v, u),
        None if v.is_integer() => v.numer().to_string(),
        None => format!("{}/{}", v.numer(), v.denom()),
    }
}
