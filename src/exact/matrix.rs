//! Exact rational matrices: product, transpose, reduced row echelon form, rank and inverse.
//! Every result is exact, so identities such as PᵀP = I are checked as equalities.

use std::ops::{Add, Mul, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// A dense `rows × cols` matrix over ℚ, row-major.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<BigRational>,
}

impl Matrix {
    /// The matrix with entries f(i, j).
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// let hilbert = Matrix::from_fn(3, 3, |i, j| q(1, (i + j + 1) as i64));
    /// assert_eq!(*hilbert.get(2, 2), q(1, 5));
    /// ```
    pub fn from_fn(
        rows: usize,
        cols: usize,
        mut f: impl FnMut(usize, usize) -> BigRational,
    ) -> Matrix {
        let data = (0..rows * cols).map(|k| f(k / cols, k % cols)).collect();
        Matrix { rows, cols, data }
    }

    /// A matrix of integers given row by row (all rows of one length).
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// let m = Matrix::from_ints(&[&[1, 2, 3], &[4, 5, 6]]);
    /// assert!(m.rows() == 2 && m.cols() == 3 && *m.get(1, 0) == q(4, 1));
    /// ```
    ///
    /// # Panics
    /// When the rows differ in length.
    pub fn from_ints(rows: &[&[i64]]) -> Matrix {
        let cols = rows.first().map_or(0, |r| r.len());
        assert!(rows.iter().all(|r| r.len() == cols), "ragged rows");
        Matrix::from_fn(rows.len(), cols, |i, j| {
            BigRational::from_integer(BigInt::from(rows[i][j]))
        })
    }

    /// A `rows × cols` matrix of integers drawn uniformly from −`bound` ..= `bound` by `g` —
    /// the seeded random matrices of the claims' checks (one generator for all of them, tested
    /// once: every value of the range occurs, and nothing outside it).
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, montecarlo::rng, rational::q};
    /// use num_traits::Signed;
    /// let m = Matrix::random_ints(&mut rng(1), 4, 5, 3);
    /// assert!((0..4).all(|i| (0..5).all(|j| m.get(i, j).abs() <= q(3, 1))));
    /// ```
    ///
    /// # Panics
    /// When `bound` is negative.
    pub fn random_ints(g: &mut ChaCha8Rng, rows: usize, cols: usize, bound: i64) -> Matrix {
        assert!(bound >= 0, "negative bound {bound}");
        Matrix::from_fn(rows, cols, |_, _| {
            BigRational::from_integer(BigInt::from(g.random_range(-bound..=bound)))
        })
    }

    /// The `rows × cols` zero matrix.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// assert!(Matrix::zeros(2, 5).is_zero());
    /// ```
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix::from_fn(rows, cols, |_, _| BigRational::zero())
    }

    /// The `n × n` identity matrix.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let m = Matrix::from_ints(&[&[1, 2], &[3, 4]]);
    /// assert_eq!(&m * &Matrix::identity(2), m);
    /// ```
    pub fn identity(n: usize) -> Matrix {
        Matrix::from_fn(n, n, |i, j| {
            if i == j {
                BigRational::one()
            } else {
                BigRational::zero()
            }
        })
    }

    /// The number of rows.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// assert_eq!(Matrix::zeros(2, 5).rows(), 2);
    /// ```
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The number of columns.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// assert_eq!(Matrix::zeros(2, 5).cols(), 5);
    /// ```
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Entry (i, j).
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// assert_eq!(*Matrix::from_ints(&[&[1, 2], &[3, 4]]).get(0, 1), q(2, 1));
    /// ```
    ///
    /// # Panics
    /// When (i, j) lies outside the matrix.
    pub fn get(&self, i: usize, j: usize) -> &BigRational {
        &self.data[i * self.cols + j]
    }

    fn set(&mut self, i: usize, j: usize, v: BigRational) {
        self.data[i * self.cols + j] = v;
    }

    /// The transpose Mᵀ.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let m = Matrix::from_ints(&[&[1, 2, 3]]);
    /// assert_eq!(m.transpose(), Matrix::from_ints(&[&[1], &[2], &[3]]));
    /// ```
    pub fn transpose(&self) -> Matrix {
        Matrix::from_fn(self.cols, self.rows, |i, j| self.get(j, i).clone())
    }

    /// Multiplies every entry by `s`.
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// let m = Matrix::from_ints(&[&[2, 4]]).scale(&q(1, 2));
    /// assert_eq!(m, Matrix::from_ints(&[&[1, 2]]));
    /// ```
    pub fn scale(&self, s: &BigRational) -> Matrix {
        Matrix {
            rows: self.rows,
            cols: self.cols,
            data: self.data.iter().map(|x| x * s).collect(),
        }
    }

    /// M v for a column vector v.
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// let m = Matrix::from_ints(&[&[1, 2], &[3, 4]]);
    /// assert_eq!(m.apply(&[q(1, 1), q(-1, 1)]), vec![q(-1, 1), q(-1, 1)]);
    /// ```
    ///
    /// # Panics
    /// When `v` does not have one entry per column.
    pub fn apply(&self, v: &[BigRational]) -> Vec<BigRational> {
        assert_eq!(v.len(), self.cols, "dimension mismatch");
        (0..self.rows)
            .map(|i| (0..self.cols).map(|j| self.get(i, j) * &v[j]).sum())
            .collect()
    }

    /// The trace Σ Mᵢᵢ.
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// assert_eq!(Matrix::from_ints(&[&[1, 2], &[3, 4]]).trace(), q(5, 1));
    /// ```
    pub fn trace(&self) -> BigRational {
        (0..self.rows.min(self.cols))
            .map(|i| self.get(i, i).clone())
            .sum()
    }

    /// The reduced row echelon form and its pivot columns (Gauss–Jordan, exact).
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let (r, pivots) = Matrix::from_ints(&[&[0, 2, 4], &[0, 1, 3]]).rref();
    /// assert_eq!(r, Matrix::from_ints(&[&[0, 1, 0], &[0, 0, 1]]));
    /// assert_eq!(pivots, vec![1, 2]);
    /// ```
    pub fn rref(&self) -> (Matrix, Vec<usize>) {
        let mut m = self.clone();
        let mut pivots = Vec::new();
        let mut row = 0;
        for col in 0..m.cols {
            let Some(p) = (row..m.rows).find(|&r| !m.get(r, col).is_zero()) else {
                continue;
            };
            for j in 0..m.cols {
                m.data.swap(row * m.cols + j, p * m.cols + j);
            }
            let inv = m.get(row, col).recip();
            for j in 0..m.cols {
                let v = m.get(row, j) * &inv;
                m.set(row, j, v);
            }
            for r in 0..m.rows {
                if r != row && !m.get(r, col).is_zero() {
                    let factor = m.get(r, col).clone();
                    for j in 0..m.cols {
                        let v = m.get(r, j) - &factor * m.get(row, j);
                        m.set(r, j, v);
                    }
                }
            }
            pivots.push(col);
            row += 1;
            if row == m.rows {
                break;
            }
        }
        (m, pivots)
    }

    /// The rank (number of pivots of the RREF).
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// assert_eq!(Matrix::from_ints(&[&[1, 2, 3], &[2, 4, 6], &[1, 0, 1]]).rank(), 2);
    /// ```
    pub fn rank(&self) -> usize {
        self.rref().1.len()
    }

    /// The inverse of a square matrix, or `None` when it is singular.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let m = Matrix::from_ints(&[&[2, 1], &[1, 1]]);
    /// assert_eq!(m.inverse(), Some(Matrix::from_ints(&[&[1, -1], &[-1, 2]])));
    /// assert_eq!(Matrix::from_ints(&[&[1, 2], &[2, 4]]).inverse(), None);
    /// ```
    pub fn inverse(&self) -> Option<Matrix> {
        if self.rows != self.cols {
            return None;
        }
        let n = self.rows;
        let augmented = Matrix::from_fn(n, 2 * n, |i, j| {
            if j < n {
                self.get(i, j).clone()
            } else if j - n == i {
                BigRational::one()
            } else {
                BigRational::zero()
            }
        });
        let (r, pivots) = augmented.rref();
        (pivots.len() >= n && pivots[..n] == (0..n).collect::<Vec<_>>()[..])
            .then(|| Matrix::from_fn(n, n, |i, j| r.get(i, n + j).clone()))
    }
}

impl Matrix {
    /// The submatrix with the given rows and columns (in the given order).
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let m = Matrix::from_ints(&[&[1, 2, 3], &[4, 5, 6]]);
    /// assert_eq!(m.select(&[1], &[2, 0]), Matrix::from_ints(&[&[6, 4]]));
    /// ```
    ///
    /// # Panics
    /// When an index lies outside the matrix.
    pub fn select(&self, rows: &[usize], cols: &[usize]) -> Matrix {
        Matrix::from_fn(rows.len(), cols.len(), |i, j| {
            self.get(rows[i], cols[j]).clone()
        })
    }

    /// Whether every entry is zero.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let m = Matrix::from_ints(&[&[1, 2], &[3, 4]]);
    /// assert!((&m - &m).is_zero() && !m.is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.data.iter().all(Zero::is_zero)
    }

    /// ‖M‖_F² = Σ m_ij².
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// assert_eq!(Matrix::from_ints(&[&[1, 2], &[3, 4]]).frobenius_squared(), q(30, 1));
    /// ```
    pub fn frobenius_squared(&self) -> BigRational {
        self.data.iter().map(|x| x * x).sum()
    }

    /// The Moore–Penrose pseudo-inverse, exactly, via the full-rank factorisation M = BD
    /// (B the pivot columns of M, D the non-zero rows of its RREF):
    /// M⁺ = Dᵀ(DDᵀ)⁻¹(BᵀB)⁻¹Bᵀ, and 0⁺ = 0ᵀ.
    ///
    /// ```
    /// use claimcheck::exact::matrix::Matrix;
    /// let s = Matrix::from_ints(&[&[1, 2], &[2, 4]]);
    /// let g = s.pseudo_inverse();
    /// assert_eq!(&(&s * &g) * &s, s);
    /// ```
    pub fn pseudo_inverse(&self) -> Matrix {
        let (r, pivots) = self.rref();
        if pivots.is_empty() {
            return Matrix::zeros(self.cols, self.rows);
        }
        let rank = pivots.len();
        let all_rows: Vec<usize> = (0..self.rows).collect();
        let b = self.select(&all_rows, &pivots);
        let d = r.select(
            &(0..rank).collect::<Vec<_>>(),
            &(0..self.cols).collect::<Vec<_>>(),
        );
        let dt = d.transpose();
        let bt = b.transpose();
        let ddt_inv = (&d * &dt).inverse().expect("D has full row rank");
        let btb_inv = (&bt * &b).inverse().expect("B has full column rank");
        &(&(&dt * &ddt_inv) * &btb_inv) * &bt
    }

    /// The coefficients c₀ … c_n of det(λI − M) = Σ c_k λ^k (Faddeev–LeVerrier, exact).
    ///
    /// ```
    /// use claimcheck::exact::{matrix::Matrix, rational::q};
    /// // det(λI − M) = λ² − 5λ − 2 for M = [[1, 2], [3, 4]]
    /// let c = Matrix::from_ints(&[&[1, 2], &[3, 4]]).characteristic_polynomial();
    /// assert_eq!(c, vec![q(-2, 1), q(-5, 1), q(1, 1)]);
    /// ```
    ///
    /// # Panics
    /// When the matrix is not square.
    pub fn characteristic_polynomial(&self) -> Vec<BigRational> {
        assert_eq!(self.rows, self.cols, "square matrix");
        let n = self.rows;
        let mut c = vec![BigRational::zero(); n + 1];
        c[n] = BigRational::one();
        let mut m = Matrix::zeros(n, n);
        for k in 1..=n {
            let shifted = &(self * &m) + &Matrix::identity(n).scale(&c[n - k + 1]);
            m = shifted;
            c[n - k] = -(self * &m).trace() / BigRational::from_integer(BigInt::from(k));
        }
        c
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        assert_eq!(self.cols, o.rows, "dimension mismatch");
        Matrix::from_fn(self.rows, o.cols, |i, j| {
            (0..self.cols).map(|k| self.get(i, k) * o.get(k, j)).sum()
        })
    }
}

impl Matrix {
    /// The entrywise combination f(aᵢⱼ, bᵢⱼ) of two matrices of one shape.
    fn zip_with(
        &self,
        o: &Matrix,
        f: impl Fn(&BigRational, &BigRational) -> BigRational,
    ) -> Matrix {
        assert_eq!(
            (self.rows, self.cols),
            (o.rows, o.cols),
            "dimension mismatch"
        );
        Matrix {
            rows: self.rows,
            cols: self.cols,
            data: self
                .data
                .iter()
                .zip(&o.data)
                .map(|(a, b)| f(a, b))
                .collect(),
        }
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        self.zip_with(o, |a, b| a + b)
    }
}

impl Sub for &Matrix {
    type Output = Matrix;
    fn sub(self, o: &Matrix) -> Matrix {
        self.zip_with(o, |a, b| a - b)
    }
}
