//! Fuzz targets, one per parser and per public entry point that takes a
//! user's data: arbitrary text and mutated valid documents must give a
//! value or a typed error, never a panic, and an error that comes from a
//! file names it. Each target runs a bounded number of cases so the whole
//! suite stays within seconds in CI.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::sample::Index;
use security_hierarchy::compare::{CompareOptions, Comparison};
use security_hierarchy::conflict::conflicts;
use security_hierarchy::scenario::Scenario;
use security_hierarchy::{Format, Hierarchy, Via, check_text, corpus};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Valid documents to mutate: every built-in hierarchy in both formats,
/// and the scenario files.
fn seeds() -> Vec<(String, Format)> {
    let mut out = Vec::new();
    for id in corpus::ids() {
        let h = corpus::hierarchy(id).expect("built-ins load");
        out.push((h.to_toml_string().expect("writable"), Format::Toml));
        out.push((h.to_json_string().expect("writable"), Format::Json));
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/scenarios");
    for entry in std::fs::read_dir(dir).expect("scenario data") {
        let path = entry.expect("readable entry").path();
        let text = std::fs::read_to_string(&path).expect("readable scenario");
        out.push((text, Format::Toml));
    }
    out
}

/// One edit of a text: replace, delete or insert a few characters at a
/// place chosen by an index into the text.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Index, String),
    Delete(Index, usize),
    Insert(Index, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        "[\\[\\]{}=,\":.\\-0-9a-z \\n]{1,4}",
        Just("\u{feff}".to_string()),
        Just("\u{0}".to_string()),
        Just("1e400".to_string()),
        Just("99999999999999999999".to_string()),
    ];
    prop_oneof![
        (any::<Index>(), piece.clone()).prop_map(|(at, s)| Edit::Replace(at, s)),
        (any::<Index>(), 1usize..8).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<Index>(), piece).prop_map(|(at, s)| Edit::Insert(at, s)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        // Any place from the start to the end, inclusive.
        let place = |at: &Index, len: usize| at.index(len + 1);
        match e {
            Edit::Replace(at, s) => {
                let i = place(at, chars.len());
                let end = (i + s.chars().count()).min(chars.len());
                chars.splice(i..end, s.chars());
            }
            Edit::Delete(at, n) => {
                let i = place(at, chars.len());
                let end = (i + n).min(chars.len());
                chars.drain(i..end);
            }
            Edit::Insert(at, s) => {
                let i = place(at, chars.len());
                chars.splice(i..i, s.chars());
            }
        }
    }
    chars.into_iter().collect()
}

/// Runs every text entry point on `text`; only panics fail.
fn parse_everything(text: &str, format: Format) {
    if let Ok(h) = Hierarchy::from_str(text, format) {
        // A document that loads can be analysed and written back.
        let _ = security_hierarchy::check(&h);
        let _ = conflicts(std::slice::from_ref(&h), &Via::Tier);
        if let Ok(r) = Via::Items.ranking(&h) {
            let _ = Comparison::new(&r, &r, CompareOptions::new());
        }
        let again = Hierarchy::from_str(&h.to_json_string().expect("writable"), Format::Json);
        assert_eq!(
            again.as_ref().ok(),
            Some(&h),
            "a loaded hierarchy round-trips"
        );
    }
    if let Ok(s) = Scenario::from_str(text, format) {
        let _ = security_hierarchy::check(&s);
    }
    let _ = check_text(text, format);
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        parse_everything(&text, Format::Toml);
        parse_everything(&text, Format::Json);
    }

    #[test]
    fn document_shaped_text_never_panics(text in "[\\[\\]{}=,\":\\n a-z0-9\\-]{0,120}") {
        parse_everything(&text, Format::Toml);
        parse_everything(&text, Format::Json);
    }

    #[test]
    fn mutated_documents_never_panic(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let seeds = seeds();
        let (text, format) = &seeds[pick.index(seeds.len())];
        parse_everything(&apply(text, &edits), *format);
    }

    #[test]
    fn via_names_never_panic(text in "\\PC{0,40}") {
        let _ = text.parse::<Via>();
    }

    #[test]
    fn loaded_files_name_themselves_in_errors(
        text in "\\PC{0,80}",
        json in any::<bool>(),
        case in 0u32..1_000_000,
    ) {
        let dir = std::env::temp_dir().join(format!("sh-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("f{case}.{}", if json { "json" } else { "toml" }));
        std::fs::write(&path, &text).expect("writable temp dir");
        for message in [
            Hierarchy::load(&path).err().map(|e| e.to_string()),
            Scenario::load(&path).err().map(|e| e.to_string()),
            Via::load(&path).err().map(|e| e.to_string()),
        ]
        .into_iter()
        .flatten()
        {
            // Parse and I/O errors name the file; checks of a parsed
            // document name the document's id instead.
            if message.contains("malformed") {
                prop_assert!(message.contains(path.to_str().unwrap()), "{message}");
            }
        }
        let _ = security_hierarchy::check_file(&path);
        std::fs::remove_file(&path).expect("removable");
    }
}
