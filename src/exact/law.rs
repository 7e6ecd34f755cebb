//! Finite probability laws with rational atoms and probabilities, for exact moment identities:
//! expectations are finite sums, so every statement about means, variances and fourth moments is
//! checked as an equality of rationals.

use super::rational::q;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// A law on ℚ: atoms with positive probabilities summing to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Law {
    atoms: Vec<(BigRational, BigRational)>,
}

/// A law on ℚ^d: outcomes (vectors) with probabilities summing to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Joint {
    outcomes: Vec<(Vec<BigRational>, BigRational)>,
}

impl Law {
    /// The law with these (value, probability) atoms; `None` unless the probabilities are
    /// positive and sum to 1.
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let coin = Law::new(vec![(q(0, 1), q(1, 3)), (q(1, 1), q(2, 3))]).unwrap();
    /// assert_eq!(coin.mean(), q(2, 3));
    /// assert!(Law::new(vec![(q(0, 1), q(1, 2))]).is_none()); // mass ½
    /// assert!(Law::new(vec![(q(0, 1), q(3, 2)), (q(1, 1), q(-1, 2))]).is_none()); // a negative mass
    /// ```
    pub fn new(atoms: Vec<(BigRational, BigRational)>) -> Option<Law> {
        let total: BigRational = atoms.iter().map(|(_, p)| p.clone()).sum();
        (total == BigRational::one() && atoms.iter().all(|(_, p)| *p > BigRational::zero()))
            .then_some(Law { atoms })
    }

    /// ±1 with probability ½ each (mean 0, variance 1).
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let r = Law::rademacher();
    /// assert!(r.mean() == q(0, 1) && r.variance() == q(1, 1) && r.moment(4) == q(1, 1));
    /// ```
    pub fn rademacher() -> Law {
        Law {
            atoms: vec![(q(-1, 1), q(1, 2)), (q(1, 1), q(1, 2))],
        }
    }

    /// The uniform law on the given values (a value listed twice has twice the weight).
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let die = Law::uniform(&[1, 2, 3, 4, 5, 6]);
    /// assert!(die.mean() == q(7, 2) && die.variance() == q(35, 12));
    /// ```
    ///
    /// # Panics
    /// When `values` is empty.
    pub fn uniform(values: &[i64]) -> Law {
        let p = q(1, values.len() as i64);
        Law {
            atoms: values.iter().map(|&v| (q(v, 1), p.clone())).collect(),
        }
    }

    /// The atoms.
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// assert_eq!(Law::uniform(&[5]).atoms(), &[(q(5, 1), q(1, 1))]);
    /// ```
    pub fn atoms(&self) -> &[(BigRational, BigRational)] {
        &self.atoms
    }

    /// E f(X).
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let die = Law::uniform(&[1, 2, 3, 4, 5, 6]);
    /// assert_eq!(die.expect(|x| if *x > q(4, 1) { q(1, 1) } else { q(0, 1) }), q(1, 3));
    /// ```
    pub fn expect(&self, f: impl Fn(&BigRational) -> BigRational) -> BigRational {
        self.atoms.iter().map(|(x, p)| f(x) * p).sum()
    }

    /// E Xᵏ.
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// assert_eq!(Law::uniform(&[-1, 0, 2]).moment(3), q(7, 3));
    /// ```
    pub fn moment(&self, k: u32) -> BigRational {
        self.expect(|x| num_traits::pow(x.clone(), k as usize))
    }

    /// E X.
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// assert_eq!(Law::uniform(&[-1, 0, 2]).mean(), q(1, 3));
    /// ```
    pub fn mean(&self) -> BigRational {
        self.moment(1)
    }

    /// Var X = E X² − (E X)².
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// assert_eq!(Law::uniform(&[-1, 0, 2]).variance(), q(14, 9));
    /// ```
    pub fn variance(&self) -> BigRational {
        let m = self.mean();
        self.moment(2) - &m * &m
    }

    /// The law of X + Y for independent X ~ self, Y ~ other.
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let die = Law::uniform(&[1, 2, 3, 4, 5, 6]);
    /// let two = die.independent_sum(&die);
    /// assert_eq!(two.atoms().len(), 11); // equal sums merged into one atom
    /// assert_eq!(two.variance(), q(35, 6)); // variances add
    /// ```
    pub fn independent_sum(&self, other: &Law) -> Law {
        let mut atoms: Vec<(BigRational, BigRational)> = Vec::new();
        for (x, p) in &self.atoms {
            for (y, r) in &other.atoms {
                let v = x + y;
                match atoms.iter_mut().find(|(a, _)| *a == v) {
                    Some((_, pr)) => *pr += p * r,
                    None => atoms.push((v, p * r)),
                }
            }
        }
        Law { atoms }
    }

    /// The law of f(X).
    ///
    /// ```
    /// use claimcheck::exact::{law::Law, rational::q};
    /// let squared = Law::rademacher().map(|x| x * x);
    /// assert_eq!(squared.mean(), q(1, 1));
    /// ```
    pub fn map(&self, f: impl Fn(&BigRational) -> BigRational) -> Law {
        Law {
            atoms: self.atoms.iter().map(|(x, p)| (f(x), p.clone())).collect(),
        }
    }
}

impl Joint {
    /// The law of (X₁, …, X_d) with i.i.d. coordinates.
    ///
    /// ```
    /// use claimcheck::exact::law::{Joint, Law};
    /// let j = Joint::iid(&Law::rademacher(), 3);
    /// assert_eq!(j.len(), 8);
    /// ```
    pub fn iid(law: &Law, d: usize) -> Joint {
        let mut outcomes = vec![(Vec::new(), BigRational::one())];
        for _ in 0..d {
            outcomes = outcomes
                .into_iter()
                .flat_map(|(v, p)| {
                    law.atoms.iter().map(move |(x, r)| {
                        let mut w = v.clone();
                        w.push(x.clone());
                        (w, &p * r)
                    })
                })
                .collect();
        }
        Joint { outcomes }
    }

    /// A joint law from explicit outcomes; `None` unless probabilities are positive, sum to 1 and
    /// all outcomes have one length.
    ///
    /// ```
    /// use claimcheck::exact::{law::Joint, rational::q};
    /// let pair = Joint::new(vec![(vec![q(1, 1), q(1, 1)], q(1, 2)), (vec![q(-1, 1), q(-1, 1)], q(1, 2))]).unwrap();
    /// assert_eq!(pair.expect(|v| &v[0] * &v[1]), q(1, 1)); // perfectly correlated
    /// assert!(Joint::new(vec![(vec![q(1, 1)], q(1, 2)), (vec![q(1, 1), q(2, 1)], q(1, 2))]).is_none());
    /// ```
    pub fn new(outcomes: Vec<(Vec<BigRational>, BigRational)>) -> Option<Joint> {
        let total: BigRational = outcomes.iter().map(|(_, p)| p.clone()).sum();
        let len = outcomes.first().map(|(v, _)| v.len());
        let ok = total == BigRational::one()
            && outcomes
                .iter()
                .all(|(v, p)| *p > BigRational::zero() && Some(v.len()) == len);
        ok.then_some(Joint { outcomes })
    }

    /// The law of (X, Y) for independent X ~ self and Y ~ other (concatenated coordinates).
    ///
    /// ```
    /// use claimcheck::exact::{law::{Joint, Law}, rational::q};
    /// let x = Joint::iid(&Law::rademacher(), 1);
    /// let xy = x.independent(&x);
    /// assert!(xy.len() == 4 && xy.expect(|v| &v[0] * &v[1]) == q(0, 1));
    /// ```
    pub fn independent(&self, other: &Joint) -> Joint {
        let mut outcomes = Vec::with_capacity(self.outcomes.len() * other.outcomes.len());
        for (x, p) in &self.outcomes {
            for (y, r) in &other.outcomes {
                outcomes.push(([x.as_slice(), y.as_slice()].concat(), p * r));
            }
        }
        Joint { outcomes }
    }

    /// E f(X).
    ///
    /// ```
    /// use claimcheck::exact::{law::{dot, Joint, Law}, rational::q};
    /// // E (x·y)² = d for independent Rademacher vectors in d = 3 dimensions
    /// let x = Joint::iid(&Law::rademacher(), 3);
    /// let xy = x.independent(&x);
    /// assert_eq!(xy.expect(|v| { let d = dot(&v[..3], &v[3..]); &d * &d }), q(3, 1));
    /// ```
    pub fn expect(&self, f: impl Fn(&[BigRational]) -> BigRational) -> BigRational {
        self.outcomes.iter().map(|(x, p)| f(x) * p).sum()
    }

    /// The number of outcomes.
    ///
    /// ```
    /// use claimcheck::exact::law::{Joint, Law};
    /// assert_eq!(Joint::iid(&Law::uniform(&[1, 2, 3]), 2).len(), 9);
    /// ```
    pub fn len(&self) -> usize {
        self.outcomes.len()
    }

    /// Whether there are no outcomes (never, for a valid law).
    ///
    /// ```
    /// use claimcheck::exact::law::{Joint, Law};
    /// assert!(!Joint::iid(&Law::rademacher(), 2).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty()
    }
}

/// Σ aᵢbᵢ (over the shorter of the two when the lengths differ).
///
/// ```
/// use claimcheck::exact::{law::dot, rational::q};
/// assert_eq!(dot(&[q(1, 2), q(3, 1)], &[q(4, 1), q(-1, 3)]), q(1, 1));
/// ```
pub fn dot(a: &[BigRational], b: &[BigRational]) -> BigRational {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
