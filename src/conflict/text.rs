//! Reading TOML and JSON into the conflict module's file types.

use crate::error::{Error, Format, Result};
pub(crate) use crate::hierarchy::parse_as as parse;

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
