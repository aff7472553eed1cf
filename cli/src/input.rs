//! Reading arguments: hierarchies (built-in ids or data files) and `--via`.

use std::path::Path;

use security_hierarchy::{Error, Hierarchy, Via, corpus};

use crate::Failure;

/// Parses `--via`: `concern`, `tier`, `none`, or a crosswalk file of your own.
pub(crate) fn via(arg: &str) -> Result<Via, String> {
    if is_file_argument(arg) {
        Via::load(arg).map_err(|e| e.to_string())
    } else {
        arg.parse().map_err(|e: Error| e.to_string())
    }
}

/// Loads a built-in by id, or a file by path.
pub(crate) fn load(arg: &str) -> Result<Hierarchy, Failure> {
    if is_file_argument(arg) {
        Hierarchy::load(arg).map_err(|e| file_failure(arg, &e))
    } else {
        corpus::hierarchy(arg).map_err(|e| Failure::input(e.to_string()))
    }
}

/// Loads a hierarchy that an analysis will put on common ground by `via`;
/// an error in doing so names the argument (file or built-in).
pub(crate) fn load_on(arg: &str, via: &Via) -> Result<Hierarchy, Failure> {
    let h = load(arg)?;
    if let Err(e) = via.ranking(&h) {
        let failure = via_failure(e);
        return Err(Failure::input(format!("{arg}: {}", failure.message)));
    }
    Ok(h)
}

/// Whether an argument names a file rather than a built-in: it exists, or
/// it ends in `.toml` or `.json`.
pub(crate) fn is_file_argument(arg: &str) -> bool {
    let path = Path::new(arg);
    path.exists()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"))
}

/// A load error as a one-line failure that names the file once.
pub(crate) fn file_failure(arg: &str, e: &Error) -> Failure {
    // Errors about reading a file already start with its path.
    if e.path().is_some() {
        Failure::input(e.to_string())
    } else {
        Failure::input(format!("{arg}: {e}"))
    }
}

/// An error from putting hierarchies on common ground, with a hint at the
/// alternative when an item has no mapping.
pub(crate) fn via_failure(e: Error) -> Failure {
    match e {
        Error::Unmapped { .. } => Failure::input(format!(
            "{e} (use --via none to compare the items themselves)"
        )),
        // A ranking's own limit is fixed; the others are --max-items.
        Error::TooManyItems { what, .. } if what != "ranking" => {
            Failure::input(format!("{e}; raise it with --max-items"))
        }
        other => Failure::input(other.to_string()),
    }
}
