//! `Ranking`: a weak order of string items, highest priority first.

use std::cmp::Ordering;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyString};
use security_hierarchy::Ranking as RustRanking;

use crate::errors::IntoPyResult;

/// A weak order: levels of items, highest priority first; items on one level tie.
///
/// Items are strings. Levels are numbered from 0 in the API and from 1 in
/// messages, as in the Rust library.
///
/// >>> r = Ranking([["regime"], ["economy", "unity"], ["global"]])
/// >>> r.level_of("unity")
/// 1
/// >>> r.compare("regime", "global")
/// 1
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Ranking")]
#[derive(Clone, PartialEq)]
pub struct Ranking {
    pub inner: RustRanking<String>,
}

impl From<RustRanking<String>> for Ranking {
    fn from(inner: RustRanking<String>) -> Self {
        Self { inner }
    }
}

impl Ranking {
    /// Any ranking, its items written as text (vocabulary rankings become
    /// rankings of slugs).
    pub fn of_display<T: security_hierarchy::Item>(ranking: &RustRanking<T>) -> Self {
        let levels = ranking
            .levels()
            .map(|level| level.iter().map(ToString::to_string));
        Self {
            inner: RustRanking::new(levels).expect("a ranking's items have distinct texts"),
        }
    }
}

/// The items of an iterable, each required to be a `str`.
fn strings(iterable: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for item in PyIterator::from_object(iterable)? {
        out.push(item_text(&item?)?);
    }
    Ok(out)
}

/// An item as text; other types are refused rather than converted, so that
/// `1` and `"1"` never silently become one item.
fn item_text(item: &Bound<'_, PyAny>) -> PyResult<String> {
    match item.cast::<PyString>() {
        Ok(text) => Ok(text.to_cow()?.into_owned()),
        Err(_) => Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "ranking items must be str, not {}: {}",
            item.get_type().name()?,
            item.repr()?
        ))),
    }
}

/// Reads `a` and `b` as item texts for a lookup; a non-`str` item is simply
/// absent.
fn lookup(item: &Bound<'_, PyAny>) -> Option<String> {
    item.cast::<PyString>()
        .ok()
        .and_then(|s| s.to_cow().ok().map(std::borrow::Cow::into_owned))
}

#[pymethods]
impl Ranking {
    /// Builds a ranking from levels of items, the highest-priority level first.
    ///
    /// Raises InvalidRankingError for an empty level or an item given twice.
    #[new]
    fn new(levels: &Bound<'_, PyAny>) -> PyResult<Self> {
        if levels.is_instance_of::<PyString>() {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "levels must be an iterable of iterables of str, not a str",
            ));
        }
        let mut out = Vec::new();
        for level in PyIterator::from_object(levels)? {
            let level = level?;
            if level.is_instance_of::<PyString>() {
                return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                    "each level must be an iterable of str, not the str {}",
                    level.repr()?
                )));
            }
            out.push(strings(&level)?);
        }
        Ok(RustRanking::new(out).py()?.into())
    }

    /// A strict ranking (no ties) of the items, the highest priority first.
    ///
    /// Raises InvalidRankingError for an item given twice.
    #[staticmethod]
    fn strict(items: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(RustRanking::strict(strings(items)?).py()?.into())
    }

    /// A ranking from scores, given as a mapping `{item: score}` or an
    /// iterable of `(item, score)` pairs: a higher score is a higher
    /// priority and equal scores tie. O(n log n).
    ///
    /// Raises InvalidValueError for a NaN or infinite score and
    /// InvalidRankingError for an item scored twice.
    #[staticmethod]
    fn from_scores(scores: &Bound<'_, PyAny>) -> PyResult<Self> {
        let pairs_source = match scores.cast::<PyDict>() {
            Ok(dict) => dict.items().into_any(),
            Err(_) => scores.clone(),
        };
        let mut pairs = Vec::new();
        for pair in PyIterator::from_object(&pairs_source)? {
            let (item, score): (Bound<'_, PyAny>, f64) = pair?.extract()?;
            pairs.push((item_text(&item)?, score));
        }
        Ok(RustRanking::from_scores(pairs).py()?.into())
    }

    /// The levels, highest priority first, each a list of items.
    #[getter]
    fn levels(&self) -> Vec<Vec<String>> {
        self.inner.levels().map(<[String]>::to_vec).collect()
    }

    /// The 0-based level of `item`, or None when the ranking does not hold it.
    fn level_of(&self, item: &Bound<'_, PyAny>) -> Option<usize> {
        lookup(item).and_then(|item| self.inner.level_of(&item))
    }

    /// The 0-based position of `item` in the item order (level by level),
    /// or None when the ranking does not hold it.
    fn position_of(&self, item: &Bound<'_, PyAny>) -> Option<usize> {
        lookup(item).and_then(|item| self.inner.position_of(&item))
    }

    /// 1 when `a` ranks above `b`, 0 when they tie, -1 when `a` ranks
    /// below; None when the ranking lacks either item.
    fn compare(&self, a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> Option<i8> {
        let (a, b) = (lookup(a)?, lookup(b)?);
        self.inner.compare(&a, &b).map(|order| match order {
            Ordering::Greater => 1,
            Ordering::Equal => 0,
            Ordering::Less => -1,
        })
    }

    /// The items, level by level, in the order given.
    fn items(&self) -> Vec<String> {
        self.inner.items().cloned().collect()
    }

    /// The number of levels.
    #[getter]
    fn level_count(&self) -> usize {
        self.inner.level_count()
    }

    /// Whether no two items tie.
    #[getter]
    fn is_strict(&self) -> bool {
        self.inner.is_strict()
    }

    /// The same items with the levels in reverse order.
    fn reversed(&self) -> Self {
        self.inner.reversed().into()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __contains__(&self, item: &Bound<'_, PyAny>) -> bool {
        lookup(item).is_some_and(|item| self.inner.contains(&item))
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        PyIterator::from_object(&self.items().into_pyobject(py)?)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let levels = self.levels().into_pyobject(py)?;
        Ok(format!("Ranking({})", levels.repr()?))
    }

    /// The ranking as text, such as `a > b = c > d`.
    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __getnewargs__(&self) -> (Vec<Vec<String>>,) {
        (self.levels(),)
    }
}
