//! `compare --test` and `concordance` on the command line.

mod common;

use common::{run, stdout};

/// The standard output of a run that must succeed.
fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(&out)
}

#[test]
fn compare_adds_the_test_line_and_json_fields() {
    assert!(
        ok(&["compare", "erickson-2019", "rudd-2022", "--test", "kendall"]).contains(
            "  Kendall's tau-b test (exact, two-sided): tau-b 1.000, p = 0.0833 on 4 shared items\n"
        )
    );
    let out = run(&[
        "compare",
        "erickson-2019",
        "rudd-2022",
        "--test",
        "permutation",
        "--measure",
        "rbo",
        "--alternative",
        "greater",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &json["significance"];
    assert_eq!(s["method"], "exact");
    assert_eq!(s["alternative"], "greater");
    assert_eq!(s["permutations"], 24);
    assert!(s["p_value"].as_f64().unwrap() > 0.05);
}

#[test]
fn options_of_another_test_are_refused() {
    let out = run(&["compare", "erickson-2019", "rudd-2022", "--method", "exact"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "security-hierarchy: error: --method applies only to --test kendall, not a comparison without --test\n"
    );
    let out = run(&[
        "compare",
        "erickson-2019",
        "rudd-2022",
        "--test",
        "kendall",
        "--seed",
        "3",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "security-hierarchy: error: --seed applies only to --test permutation, not --test kendall\n"
    );
    let out = run(&["compare", "pu-2022", "erickson-2019", "--test", "kendall"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "security-hierarchy: error: Kendall's tau-b test needs at least 2 shared items; the rankings share 1\n"
    );
}

#[test]
fn concordance_reports_w_its_p_values_and_what_it_left_out() {
    let text = ok(&["concordance", "rudd-2018", "rudd-2022", "erickson-2019"]);
    assert!(
        text.contains("Kendall's W 1.000 over 4 shared items and 3 rankings\n"),
        "{text}"
    );
    assert!(
        text.contains("  permutation p = 0.0017 (exact, greater, 576 permutations)\n"),
        "{text}"
    );
    assert!(
        text.contains("  left out (not in every ranking): economy, neighbourhood,"),
        "{text}"
    );
    let out = run(&["concordance", "rudd-2018", "xi-2014", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["concordance"]["items"].as_array().unwrap().len(), 3);
    assert_eq!(json["concordance"]["permutation"]["exact"], true);
    let out = run(&["concordance", "pu-2022"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "security-hierarchy: error: the concordance of rankings needs at least two rankings; 1 given\n"
    );
}

/// The README's `concordance` session is the tool's current output.
#[test]
fn readme_concordance_session_is_current() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let start = readme
        .find("$ security-hierarchy concordance ")
        .expect("the README shows concordance");
    let block = &readme[start..];
    let block = &block[..block.find("```").unwrap()];
    let mut lines = block.lines();
    let command = lines
        .next()
        .unwrap()
        .strip_prefix("$ security-hierarchy ")
        .unwrap();
    let expected: Vec<&str> = lines.collect();
    let out = stdout(&run(&command.split(' ').collect::<Vec<_>>()));
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        expected,
        "README output is stale"
    );
}

/// Both commands put hierarchies on common ground with `--via`, as the
/// other commands do.
#[test]
fn compare_test_and_concordance_take_via() {
    let json: serde_json::Value = serde_json::from_str(&ok(&[
        "compare",
        "pu-2022",
        "erickson-2019",
        "--via",
        "tier",
        "--test",
        "kendall",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["shared"].as_array().unwrap().len(), 3);
    assert_eq!(json["significance"]["alternative"], "two-sided");

    let text = ok(&["concordance", "rudd-2018", "rudd-2022", "--via", "tier"]);
    assert!(
        text.starts_with("inputs (tier): rudd-2018, rudd-2022\n"),
        "{text}"
    );
    assert!(text.contains(" shared items and 2 rankings\n"), "{text}");

    let text = ok(&["concordance", "rudd-2018", "rudd-2018", "--via", "none"]);
    assert!(
        text.starts_with("inputs (none): rudd-2018, rudd-2018\n"),
        "{text}"
    );
    assert!(
        text.contains("Kendall's W 1.000 over 7 shared items and 2 rankings\n"),
        "{text}"
    );
    // The two documents' own item ids have one in common.
    let out = run(&["concordance", "rudd-2018", "rudd-2022", "--via", "none"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "security-hierarchy: error: Kendall's W needs at least 2 shared items; the rankings share 1\n"
    );

    let out = run(&["concordance", "rudd-2018", "no-such.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such.toml"));
}
