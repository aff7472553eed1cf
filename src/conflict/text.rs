//! Reading TOML and JSON into the conflict module's file types.

use serde::de::DeserializeOwned;

use crate::error::{Error, Format, Result};
use crate::hierarchy::{line_column, strip_position};

/// Parses `text` into `T`, turning a parser error into [`Error::Parse`] with
/// its 1-based line and column.
pub(crate) fn parse<T: DeserializeOwned>(text: &str, format: Format) -> Result<T> {
    match format {
        Format::Toml => toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| line_column(text, s.start))
                .unwrap_or((1, 1));
            Error::Parse {
                format,
                line,
                column,
                message: e.message().trim().to_string(),
            }
        }),
        Format::Json => serde_json::from_str(text).map_err(|e| Error::Parse {
            format,
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        }),
    }
}

/// Writes `value` as TOML or pretty-printed JSON.
pub(crate) fn write<T: serde::Serialize>(value: &T, format: Format) -> Result<String> {
    let message = |e: &dyn std::fmt::Display| Error::Serialize {
        format,
        message: e.to_string(),
    };
    match format {
        Format::Toml => toml::to_string(value).map_err(|e| message(&e)),
        Format::Json => serde_json::to_string_pretty(value).map_err(|e| message(&e)),
    }
}
