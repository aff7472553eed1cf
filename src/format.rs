//! Reading and writing documents as TOML or JSON: the one place that knows
//! the formats, used by hierarchies, scenarios and checks alike.

use std::fmt;
use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Format, Result};

impl Format {
    /// The format named by a path's extension (`.toml` or `.json`, any case).
    pub(crate) fn of(path: &Path) -> Result<Self> {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("toml") => Ok(Format::Toml),
            Some(ext) if ext.eq_ignore_ascii_case("json") => Ok(Format::Json),
            _ => Err(Error::UnknownFileType {
                path: path.to_path_buf(),
            }),
        }
    }
}

/// Parses TOML or JSON text into `T`, turning a parser error into
/// [`Error::Parse`] with its 1-based line and column. O(length of text).
pub(crate) fn parse<T: DeserializeOwned>(text: &str, format: Format) -> Result<T> {
    // A byte-order mark is no part of the document, in either format.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if format == Format::Json {
        not_an_object(text)?;
    }
    match format {
        Format::Toml => toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
            Error::Parse {
                path: None,
                format,
                line,
                column,
                message: e.message().trim().to_string(),
            }
        }),
        Format::Json => serde_json::from_str(text).map_err(|e| Error::Parse {
            path: None,
            format,
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        }),
    }
}

/// Every document is a JSON object: refuses any other top-level value
/// before serde could read an array as a struct's fields in order.
fn not_an_object(text: &str) -> Result<()> {
    let found = match text.trim_start().chars().next() {
        None | Some('{') => return Ok(()),
        Some('[') => "an array",
        Some('"') => "a string",
        Some('t' | 'f') => "a boolean",
        Some('n') => "null",
        Some(_) => "a number",
    };
    let start = text.len() - text.trim_start().len();
    let (line, column) = line_column(text, start);
    Err(Error::Parse {
        path: None,
        format: Format::Json,
        line,
        column,
        message: format!("expected an object of named fields at the top level, found {found}"),
    })
}

/// Writes `value` as TOML or pretty-printed JSON.
pub(crate) fn write<T: Serialize>(value: &T, format: Format) -> Result<String> {
    let message = |e: &dyn fmt::Display| Error::Serialize {
        format,
        message: e.to_string(),
    };
    match format {
        Format::Toml => toml::to_string(value).map_err(|e| message(&e)),
        Format::Json => serde_json::to_string_pretty(value).map_err(|e| message(&e)),
    }
}

/// A file's text and its format (from the extension).
pub(crate) fn read_text(path: &Path) -> Result<(String, Format)> {
    let format = Format::of(path)?;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    Ok((text, format))
}

/// Reads a file and parses it by its extension; a parse error names the path.
pub(crate) fn read<T: DeserializeOwned>(path: &Path) -> Result<T> {
    let (text, format) = read_text(path)?;
    parse(&text, format).map_err(|e| e.in_file(path))
}

/// Writes `value` to `path` in the format its extension names, atomically
/// (see [`replace`]).
pub(crate) fn save<T: Serialize>(value: &T, path: &Path) -> Result<()> {
    replace(path, &write(value, Format::of(path)?)?)
}

/// Writes `text` to `path` atomically, refusing a `path` that is one of
/// `inputs` (the files the text was made from): the text goes to a
/// temporary file in the same directory, which is then renamed over
/// `path`, so a reader never sees half a file and an input is never
/// clobbered. Inputs that do not exist as files are skipped, so built-in
/// ids can be passed along with paths. O(length of text + number of
/// inputs).
///
/// ```
/// let dir = std::env::temp_dir().join(format!("sh-save-text-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let (input, output) = (dir.join("in.toml"), dir.join("out.svg"));
/// std::fs::write(&input, "id = 1")?;
/// security_hierarchy::save_text("<svg/>", &output, [&input])?;
/// assert_eq!(std::fs::read_to_string(&output)?, "<svg/>");
/// let err = security_hierarchy::save_text("<svg/>", &input, [&input]).unwrap_err();
/// assert!(err.to_string().ends_with("refusing to overwrite an input"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`Error::OverwritesInput`] when `path` is the same file as one of
/// `inputs` (after following links); [`Error::Io`] naming `path` when it
/// cannot be written.
pub fn save_text<I, P>(text: &str, path: impl AsRef<Path>, inputs: I) -> Result<()>
where
    I: IntoIterator<Item = P>,
    P: AsRef<Path>,
{
    let path = path.as_ref();
    // An output that does not exist yet cannot be an input that was read.
    if let Ok(target) = std::fs::canonicalize(path) {
        for input in inputs {
            let input = input.as_ref();
            if std::fs::canonicalize(input).is_ok_and(|p| p == target) {
                return Err(Error::OverwritesInput {
                    path: path.to_path_buf(),
                    input: input.to_path_buf(),
                });
            }
        }
    }
    replace(path, text)
}

/// The one atomic write: `text` to a temporary file beside `path`, synced,
/// then renamed over `path`; on failure the temporary file is removed.
fn replace(path: &Path, text: &str) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "document".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temp)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temp, path));
    written.map_err(|e| {
        // Best effort: the temporary file is ours and of no use now.
        let _ = std::fs::remove_file(&temp);
        Error::Io {
            path: path.to_path_buf(),
            source: Arc::new(e),
        }
    })
}

/// The reading and writing methods every document type has, through its
/// on-disk file type (which converts from the document, and into it with
/// `TryFrom` that checks it): `from_str`, `from_toml_str`, `from_json_str`,
/// `load`, `save`, `to_toml_string`, `to_json_string`.
macro_rules! document_io {
    ($doc:ident, $file:ty, $what:literal) => {
        impl $doc {
            #[doc = concat!("Parses and checks a ", $what, " in TOML or JSON. O(length of text).\n\n",
                "# Errors\n[`Error::Parse`](crate::Error::Parse) with line and column for malformed ",
                "text, a missing or unknown field, or a value outside its vocabulary or scale ",
                "(the message names the value and the accepted ones); otherwise the errors of [`",
                stringify!($doc), "::new`].")]
            pub fn from_str(text: &str, format: $crate::Format) -> $crate::Result<Self> {
                Self::try_from($crate::format::parse::<$file>(text, format)?)
            }

            #[doc = concat!("Parses and checks a TOML ", $what, "; see [`", stringify!($doc),
                "::from_str`].\n\n# Errors\nAs [`", stringify!($doc), "::from_str`].")]
            pub fn from_toml_str(text: &str) -> $crate::Result<Self> {
                Self::from_str(text, $crate::Format::Toml)
            }

            #[doc = concat!("Parses and checks a JSON ", $what, "; see [`", stringify!($doc),
                "::from_str`].\n\n# Errors\nAs [`", stringify!($doc), "::from_str`].")]
            pub fn from_json_str(text: &str) -> $crate::Result<Self> {
                Self::from_str(text, $crate::Format::Json)
            }

            #[doc = concat!("Loads a `.toml` or `.json` ", $what, " file, by its extension.\n\n",
                "# Errors\n[`Error::UnknownFileType`](crate::Error::UnknownFileType) for another ",
                "extension, [`Error::Io`](crate::Error::Io) when the file cannot be read, ",
                "[`Error::Parse`](crate::Error::Parse) naming the file, and the errors of [`",
                stringify!($doc), "::from_str`]; [`Error::path`](crate::Error::path) gives the ",
                "file when the error has one.")]
            pub fn load(path: impl AsRef<::std::path::Path>) -> $crate::Result<Self> {
                Self::try_from($crate::format::read::<$file>(path.as_ref())?)
            }

            #[doc = concat!("Saves the ", $what, " to a `.toml` or `.json` file, by its extension, ",
                "atomically (a temporary file in the same directory, then renamed over `path`).\n\n",
                "# Errors\n[`Error::UnknownFileType`](crate::Error::UnknownFileType) for another ",
                "extension; [`Error::Io`](crate::Error::Io) when the file cannot be written.")]
            pub fn save(&self, path: impl AsRef<::std::path::Path>) -> $crate::Result<()> {
                $crate::format::save(&<$file>::from(self), path.as_ref())
            }

            #[doc = concat!("The ", $what, " as TOML text.\n\n# Errors\n",
                "[`Error::Serialize`](crate::Error::Serialize), which a valid ", $what,
                " does not produce.")]
            pub fn to_toml_string(&self) -> $crate::Result<String> {
                $crate::format::write(&<$file>::from(self), $crate::Format::Toml)
            }

            #[doc = concat!("The ", $what, " as pretty-printed JSON text.\n\n# Errors\n",
                "[`Error::Serialize`](crate::Error::Serialize), which a valid ", $what,
                " does not produce.")]
            pub fn to_json_string(&self) -> $crate::Result<String> {
                $crate::format::write(&<$file>::from(self), $crate::Format::Json)
            }
        }
    };
}

pub(crate) use document_io;

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// `serde_json` appends " at line L column C"; the error carries those apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory of this process for one test.
    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("sh-format-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn save_replaces_the_file_and_leaves_no_temporary() {
        let dir = scratch("save");
        let path = dir.join("value.json");
        std::fs::write(&path, "old").unwrap();
        let value: indexmap::IndexMap<String, i32> = [("a".to_string(), 1)].into();
        save(&value, &path).unwrap();
        let back: indexmap::IndexMap<String, i32> = read(&path).unwrap();
        assert_eq!(back, value);
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "only the saved file remains");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn parse_errors_from_a_file_name_it() {
        let dir = scratch("bad");
        let path = dir.join("bad.toml");
        std::fs::write(&path, "x = [").unwrap();
        let err = read::<toml::Value>(&path).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}: malformed TOML at line 1", path.display())),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn unknown_extension_is_refused() {
        let err = Format::of(Path::new("a.yaml")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.yaml: unknown file type; use a .toml or .json extension"
        );
    }
}
