//! Fuzz target for argument parsing: arbitrary sequences of real and junk
//! arguments must end in success, problems found, or one prefixed line on
//! stderr (one per unreadable file for `check`) with exit status 2; never a panic or a second line of usage.

use std::process::Command;

use proptest::prelude::*;

/// Arguments the tool knows, and some it does not. Nothing here writes a
/// file (`plot` lacks `-o`, so it can only fail).
const TOKENS: &[&str] = &[
    "list",
    "show",
    "export",
    "check",
    "compare",
    "consensus",
    "conflicts",
    "scenario",
    "plot",
    "dot",
    "pu-2022",
    "dai-2009",
    "erickson-2019",
    "xi-2020",
    "missing.toml",
    "/dev/null",
    ".",
    "--via",
    "none",
    "tier",
    "concern",
    "--format",
    "json",
    "text",
    "--method",
    "kemeny",
    "borda",
    "heuristic",
    "--seed",
    "1",
    "--max-component",
    "0",
    "--max-pairs",
    "--max-items",
    "--persistence",
    "1e-300",
    "--ties",
    "a",
    "--against",
    "--tie-penalty",
    "-1",
    "NaN",
    "--",
    "-x",
    "--help-me",
    "",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments_end_cleanly(picks in prop::collection::vec(any::<prop::sample::Index>(), 0..6)) {
        let args: Vec<&str> = picks.iter().map(|i| TOKENS[i.index(TOKENS.len())]).collect();
        let out = Command::new(env!("CARGO_BIN_EXE_security-hierarchy"))
            .args(&args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .output()
            .expect("the binary runs");
        let err = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "{args:?}: status {code:?}, {err}");
        prop_assert!(!err.contains("internal error"), "{args:?}: {err}");
        if code == Some(2) && !args.is_empty() {
            // `check` reports each file it cannot read on a line of its own.
            if args[0] != "check" {
                prop_assert_eq!(err.lines().count(), 1, "{:?}: {}", args, err);
            }
            prop_assert!(
                err.lines().all(|l| l.starts_with("security-hierarchy: error: ")),
                "{:?}: {}", args, err
            );
        }
    }
}
