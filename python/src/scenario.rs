//! Scenarios (actions with effects on interests, and "underpins"
//! dependencies), the built-in ones, and their analysis against a ranking.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use security_hierarchy::conflict as analysis;
use security_hierarchy::scenario::{Scenario as RustScenario, builtin};

use crate::check::Finding;
use crate::errors::IntoPyResult;
use crate::hierarchy::{Hierarchy, format_arg};
use crate::ranking::Ranking;
use crate::record::record;
use crate::value::{Data, quoted, to_dict, to_python};
use crate::via::via_arg;

/// A scenario: interests, the "underpins" dependencies between them, and
/// actions with their effects on the interests, as read from a TOML or
/// JSON file or taken from the built-ins (`scenarios.scenario(id)`).
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Scenario")]
#[derive(Clone, PartialEq)]
pub struct Scenario {
    pub inner: RustScenario,
}

#[pymethods]
impl Scenario {
    /// Loads a `.toml` or `.json` scenario file, by its extension.
    ///
    /// Raises FileError when the file cannot be read or its extension is
    /// neither, ParseError for malformed text and InvalidDocumentError for
    /// a scenario that parses but is inconsistent (an undeclared interest,
    /// an id declared twice, no actions, an action without effects or that
    /// both advances and harms one interest).
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Self> {
        Ok(Self {
            inner: RustScenario::load(path).py()?,
        })
    }

    /// Parses a scenario from text in `format`, `"toml"` or `"json"`;
    /// raises as `load`.
    #[staticmethod]
    #[pyo3(signature = (text, format = "toml"))]
    fn from_str(text: &str, format: &str) -> PyResult<Self> {
        Ok(Self {
            inner: RustScenario::from_str(text, format_arg(format)?).py()?,
        })
    }

    /// Saves to a `.toml` or `.json` file, by its extension, atomically.
    ///
    /// Raises FileError when the extension is neither or the file cannot
    /// be written.
    fn save(&self, path: PathBuf) -> PyResult<()> {
        self.inner.save(path).py()
    }

    /// The scenario as text in `format`, `"toml"` or `"json"`.
    #[pyo3(signature = (format = "toml"))]
    fn to_str(&self, format: &str) -> PyResult<String> {
        match format_arg(format)? {
            security_hierarchy::Format::Toml => self.inner.to_toml_string().py(),
            security_hierarchy::Format::Json => self.inner.to_json_string().py(),
        }
    }

    /// The scenario as plain Python data, with the fields of the file format.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.inner)
    }

    /// The scenario's id.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// The scenario's title.
    #[getter]
    fn title(&self) -> &str {
        self.inner.title()
    }

    /// A one-paragraph summary of the case (may be empty).
    #[getter]
    fn summary(&self) -> &str {
        self.inner.summary()
    }

    /// The citation for the case (may be empty).
    #[getter]
    fn citation(&self) -> &str {
        self.inner.citation()
    }

    /// The interests, as dicts: `id`, `label`, and when given `tier` and
    /// `concern` crosswalks.
    #[getter]
    fn interests<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.inner.interests().collect::<Vec<_>>())
    }

    /// The dependencies, as dicts: `foundation`, `underpins`, `citation`.
    #[getter]
    fn dependencies<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self.inner.dependencies())
    }

    /// The actions, as dicts: `id`, `label`, and `effects` (each with
    /// `interest`, `direction`, `strength`, `citation`).
    #[getter]
    fn actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self.inner.actions())
    }

    /// The scenario with only the claims the source states in its own
    /// words: effects and "underpins" links whose `basis` is a reading
    /// (`{"kind": "reading", ...}` in `to_dict()`) are left out. An action
    /// may be left with no effects. Analysing both shows which conclusions
    /// need the readings. O(a·f + e) for a actions of at most f effects and
    /// e links.
    fn without_readings(&self) -> Self {
        Self {
            inner: self.inner.without_readings(),
        }
    }

    /// Every circle of interests that underpin each other. O(n + e).
    fn dependency_cycles(&self) -> Vec<Vec<String>> {
        self.inner.dependency_cycles()
    }

    /// Analyses the scenario against a ranking: each action's effects
    /// placed in the ranking, its trade-offs, priority inversions,
    /// self-undermining chains, and a verdict under lexicographic priority.
    ///
    /// `ranking` is a Ranking (named `name`, default `"ranking"`) whose
    /// items are the interests as mapped by `via`, or a Hierarchy, put on
    /// common ground by `via` and named by its id. O(a·(f² + f·(n + e)))
    /// for a actions of at most f effects over n interests with e
    /// dependencies. An interest the ranking lacks is reported in
    /// `findings` and left out of the verdict, never dropped.
    ///
    /// Raises, for a Hierarchy, NotRankedError and CrosswalkError as
    /// `Via.ranking`; TypeError for another type.
    #[pyo3(signature = (ranking, *, via = None, name = None))]
    fn analyse(
        &self,
        ranking: &Bound<'_, PyAny>,
        via: Option<&Bound<'_, PyAny>>,
        name: Option<String>,
    ) -> PyResult<Analysis> {
        let via = via_arg(via)?;
        if let Ok(h) = ranking.cast::<Hierarchy>() {
            let h = &h.get().inner;
            let ranked = via.ranking(h).py()?;
            let name = name.unwrap_or_else(|| h.id().to_string());
            return Ok(Analysis(self.inner.analyse(&name, &ranked, &via)));
        }
        if let Ok(r) = ranking.cast::<Ranking>() {
            let name = name.unwrap_or_else(|| "ranking".to_string());
            return Ok(Analysis(self.inner.analyse(&name, &r.get().inner, &via)));
        }
        Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "a scenario is analysed against a Ranking or a Hierarchy, not {}",
            ranking.get_type().name()?
        )))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Scenario {}: {}, {} interests, {} actions>",
            quoted(py, self.inner.id())?,
            quoted(py, self.inner.title())?,
            self.inner.interests().len(),
            self.inner.actions().len()
        ))
    }
}

record! {
    /// One action of a scenario analysed against a ranking.
    ActionAnalysis(analysis::ActionAnalysis<String>);
    repr = |a, py| Ok(format!(
        "<ActionAnalysis {}: {}, {} trade-offs, {} priority inversions, {} self-undermining>",
        quoted(py, &a.action)?, a.verdict.outcome, a.trade_offs.len(),
        a.priority_inversions.len(), a.self_undermining.len()
    ));
    text = |a| a.to_string();
    /// The action's id.
    action: String = |a| a.action.clone();
    /// The action's label.
    label: String = |a| a.label.clone();
    /// Every effect placed in the ranking, as dicts: `interest`,
    /// `direction`, `strength`, `target` and `level` (1-based; None when
    /// the ranking lacks the target).
    effects: Data<Vec<analysis::PlacedEffect<String>>> = |a| Data(a.effects.clone());
    /// Every advanced interest against every harmed one, as dicts:
    /// `advanced`, `advanced_level`, `harmed`, `harmed_level`, `priority`
    /// and `rests_on` (`{"readings": [{"claim", "rationale"}]}`, empty when
    /// the source's words alone support it).
    trade_offs: Data<Vec<analysis::TradeOff>> = |a| Data(a.trade_offs.clone());
    /// The trade-offs in which the harmed interest ranks strictly higher.
    priority_inversions: Data<Vec<analysis::TradeOff>> = |a| Data(a.priority_inversions.clone());
    /// Self-undermining chains, as dicts: `chain` (the interests from the
    /// harmed one to the advanced one, each underpinning the next) and
    /// `rests_on`.
    self_undermining: Data<Vec<analysis::Chain>> = |a| Data(a.self_undermining.clone());
    /// The verdict under lexicographic priority, as a dict: `outcome`
    /// (`"favourable"`, `"unfavourable"` or `"neutral"`), `level`,
    /// `deciding`, `net`, `unweighed` and `rests_on`.
    verdict: Data<analysis::Verdict> = |a| Data(a.verdict.clone());
    /// The verdict in words.
    outcome: String = |a| a.verdict.outcome.to_string();
}

record! {
    /// A scenario analysed against a ranking; built by `Scenario.analyse`.
    Analysis(analysis::Analysis<String>);
    repr = |a, py| Ok(format!(
        "<Analysis of {} against {} via {}: {} actions, {} findings>",
        quoted(py, &a.scenario)?, quoted(py, &a.ranking_name)?, quoted(py, &a.vocabulary)?,
        a.actions.len(), a.findings.len()
    ));
    text = |a| a.to_string();
    /// The scenario's id.
    scenario: String = |a| a.scenario.clone();
    /// The ranking's name.
    ranking_name: String = |a| a.ranking_name.clone();
    /// The vocabulary interests were mapped onto (`item` for none).
    vocabulary: String = |a| a.vocabulary.clone();
    /// The ranking analysed against.
    ranking: Ranking = |a| a.ranking.clone().into();
    /// Each action's analysis, in the scenario's order.
    actions: Vec<ActionAnalysis> = |a| a.actions.iter().cloned().map(ActionAnalysis).collect();
    /// Problems found on the way: dependency cycles, effects on interests
    /// the ranking lacks.
    findings: Vec<Finding> = |a| a.findings.iter().cloned().map(Finding).collect();
}

/// The ids of every built-in scenario, in catalogue order.
#[pyfunction]
pub fn scenario_ids() -> Vec<&'static str> {
    builtin::ids()
}

/// The built-in scenario with this id; raises UnknownNameError listing the
/// known ids.
#[pyfunction]
pub fn scenario_builtin(id: &str) -> PyResult<Scenario> {
    Ok(Scenario {
        inner: builtin::scenario(id).py()?,
    })
}

/// The TOML text of a built-in scenario, to copy and edit; raises
/// UnknownNameError listing the known ids.
#[pyfunction]
pub fn scenario_source_text(id: &str) -> PyResult<&'static str> {
    builtin::source_text(id).py()
}

/// One dict per built-in scenario: `id`, `title`, `actions`, `dependencies`.
#[pyfunction]
pub fn scenario_catalogue(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_python(py, &builtin::catalogue())
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Scenario>()?;
    m.add_class::<ActionAnalysis>()?;
    m.add_class::<Analysis>()?;
    m.add_function(wrap_pyfunction!(scenario_ids, m)?)?;
    m.add_function(wrap_pyfunction!(scenario_builtin, m)?)?;
    m.add_function(wrap_pyfunction!(scenario_source_text, m)?)?;
    m.add_function(wrap_pyfunction!(scenario_catalogue, m)?)?;
    Ok(())
}
