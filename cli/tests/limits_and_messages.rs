//! Regression tests for bounded output, refused sizes, options that do not
//! apply, and one-line error messages that name the file and the value.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{root, run, stderr, stdout};

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "security-hierarchy-limits-{test}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("writable temp dir");
    path.to_str().expect("UTF-8 temp path").to_string()
}

const SOURCE: &str = "[source]\nauthor = \"A\"\nyear = 2020\ntitle = \"B\"\nvenue = \"C\"\n";

/// A TOML hierarchy ranking `items` strictly in the order given.
fn ranking_toml(id: &str, items: &[String]) -> String {
    let levels: Vec<String> = items.iter().map(|x| format!("[\"{x}\"]")).collect();
    let mut text = format!(
        "id = \"{id}\"\ntitle = \"T\"\nlevels = [{}]\n{SOURCE}",
        levels.join(", ")
    );
    for x in items {
        text.push_str(&format!("[[items]]\nid = \"{x}\"\nlabel = \"{x}\"\n"));
    }
    text
}

fn numbered(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("i{i}")).collect()
}

/// Files `a.toml` ranking `n` items and `b.toml` ranking them in reverse,
/// so that every pair is discordant.
fn opposed(dir: &Path, n: usize) -> (String, String) {
    let items = numbered(n);
    let reversed: Vec<String> = items.iter().rev().cloned().collect();
    (
        write(dir, "a.toml", &ranking_toml("a", &items)),
        write(dir, "b.toml", &ranking_toml("b", &reversed)),
    )
}

/// The whole of stderr is one line with the program's prefix.
fn one_error_line(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line on stderr, got {err:?}");
    assert!(
        err.starts_with("security-hierarchy: error: "),
        "prefixed: {err:?}"
    );
    err.trim_end().to_string()
}

#[test]
fn compare_lists_at_most_max_pairs_and_counts_them_all() {
    let dir = scratch("max-pairs");
    let (a, b) = opposed(&dir, 60);
    let out = run(&["compare", &a, &b, "--via", "none", "--max-pairs", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("  discordant pairs (showing 2 of 1,770):\n    a puts `i0` (level 1) above `i1` (level 2); b puts `i1` (level 59) above `i0` (level 60)\n    a puts `i0` (level 1) above `i2` (level 3);"),
        "{text}"
    );
    assert_eq!(text.matches(" puts `").count(), 4, "two pairs listed");
    let out = run(&["conflicts", &a, &b, "--via", "none", "--max-pairs", "1"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("a vs b: 60 shared items, showing 1 of 1,770 discordant pairs, 0 tie splits"),
        "{text}"
    );
}

#[test]
fn majority_graph_past_max_items_is_refused_naming_the_option() {
    let dir = scratch("max-items");
    let (a, b) = opposed(&dir, 30);
    for method in ["borda", "copeland", "kemeny", "heuristic"] {
        let out = run(&[
            "consensus",
            &a,
            &b,
            "--via",
            "none",
            "--method",
            method,
            "--max-items",
            "20",
        ]);
        assert_eq!(out.status.code(), Some(2), "{method}");
        assert_eq!(
            one_error_line(&out),
            "security-hierarchy: error: the majority graph would hold 30 items, more than the limit of 20; raise it with --max-items"
        );
    }
    let out = run(&["dot", &a, &b, "--via", "none", "--max-items", "20"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: the majority graph would hold 30 items, more than the limit of 20; raise it with --max-items"
    );
    let out = run(&["conflicts", &a, &b, "--via", "none", "--max-items", "20"]);
    assert!(
        stdout(&out).contains("majority graph of all not checked: the majority graph would hold 30 items, more than the limit of 20; raise it with --max-items"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn dot_draws_at_most_max_pairs_edges_and_counts_them_all() {
    let out = run(&["dot", "dai-2009", "--max-pairs", "1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.matches(" -> ").count(), 1, "{text}");
    assert!(text.ends_with("  // showing 1 of 2 edges\n}\n"), "{text}");
}

#[test]
fn options_a_method_does_not_use_are_refused() {
    let out = run(&[
        "consensus",
        "pu-2022",
        "dai-2009",
        "--method",
        "borda",
        "--max-component",
        "0",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: --max-component applies only to --method kemeny, not --method borda"
    );
    for method in ["kemeny", "borda", "copeland"] {
        let out = run(&[
            "consensus",
            "pu-2022",
            "dai-2009",
            "--method",
            method,
            "--seed",
            "3",
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            one_error_line(&out),
            format!(
                "security-hierarchy: error: --seed applies only to --method heuristic, not --method {method}"
            )
        );
    }
}

#[test]
fn common_ground_options_are_refused_for_a_single_hierarchy() {
    for (command, option, value) in [
        ("dot", "--via", "tier"),
        ("dot", "--max-items", "9"),
        ("conflicts", "--via", "none"),
        ("conflicts", "--max-items", "9"),
    ] {
        let out = run(&[command, "pu-2022", option, value]);
        assert_eq!(out.status.code(), Some(2), "{command} {option}");
        assert_eq!(
            one_error_line(&out),
            format!(
                "security-hierarchy: error: {option} applies only to `{command}` of two or more hierarchies, not one"
            )
        );
    }
    assert_eq!(run(&["dot", "pu-2022"]).status.code(), Some(0));
}

#[test]
fn exact_kemeny_refusal_is_one_line_naming_the_options() {
    let dir = scratch("kemeny");
    let rotations = [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"]];
    let files: Vec<String> = rotations
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let items: Vec<String> = r.iter().map(ToString::to_string).collect();
            write(
                &dir,
                &format!("r{i}.toml"),
                &ranking_toml(&format!("r{i}"), &items),
            )
        })
        .collect();
    let out = run(&[
        "consensus",
        &files[0],
        &files[1],
        &files[2],
        "--via",
        "none",
        "--max-component",
        "2",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: a majority cycle joins 3 items, more than exact Kemeny's limit of 2; raise it with --max-component (up to 27) or use --method heuristic"
    );
}

#[test]
fn usage_errors_are_one_prefixed_line() {
    let out = run(&["compare", "pu-2022"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: the following required arguments were not provided: (see --help)"
    );
    let out = run(&["list", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: unexpected argument '--frobnicate' found (see --help)"
    );
}

#[test]
fn check_reports_every_file_and_says_what_is_wrong_with_each_path() {
    let dir = scratch("check");
    let good = write(&dir, "good.toml", &ranking_toml("good", &numbered(2)));
    let folder = dir.join("dir.toml");
    std::fs::create_dir_all(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let empty = write(&dir, "empty.toml", "");
    let missing = dir.join("missing.toml");
    let missing = missing.to_str().unwrap();
    let out = run(&["check", &good, folder, "/dev/null", &empty, missing]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "1 file(s) checked, 0 problem(s)\n");
    assert_eq!(
        stderr(&out),
        format!(
            "security-hierarchy: error: {folder}: is a directory, not a file\n\
             security-hierarchy: error: /dev/null: is not a regular file\n\
             security-hierarchy: error: {empty}: is empty; expected a hierarchy or scenario document\n\
             security-hierarchy: error: {missing}: no such file\n"
        )
    );
}

#[test]
fn toml_values_out_of_range_are_not_called_json() {
    let dir = scratch("year");
    let text = ranking_toml("y", &numbered(1)).replace("year = 2020", "year = 99999");
    let file = write(&dir, "y.toml", &text);
    let out = run(&["check", &file]);
    let text = stdout(&out);
    assert!(!text.contains("JSON"), "{text}");
    assert!(text.contains("99999"), "{text}");
}

#[test]
fn a_scenario_without_actions_is_checked_as_a_scenario() {
    let dir = scratch("scenario");
    let file = write(
        &dir,
        "s.toml",
        "id = \"s\"\ntitle = \"S\"\nsummary = \"x\"\ncitation = \"c\"\n\
         [[interests]]\nid = \"a\"\nlabel = \"A\"\n",
    );
    let out = run(&["check", &file]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("{file}: scenario `s` has no actions\n1 file(s) checked, 1 problem(s)\n")
    );
}

#[test]
fn json_with_a_byte_order_mark_loads() {
    let dir = scratch("bom");
    let out = run(&[
        "show",
        "examples/data/growth-first.json",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(root().join("examples/data/growth-first.json")).unwrap();
    let file = write(&dir, "bom.json", &format!("\u{feff}{text}"));
    let out = run(&["show", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn malformed_shapes_name_the_problem() {
    let dir = scratch("shapes");
    let text = "id = \"p\"\ntitle = \"P\"\nprecedences = [[\"a\", \"b\", \"c\"]]\n".to_string()
        + SOURCE
        + "[[items]]\nid = \"a\"\nlabel = \"A\"\n";
    let three = write(&dir, "three.toml", &text);
    let out = run(&["show", &three]);
    assert_eq!(out.status.code(), Some(2));
    let line = one_error_line(&out);
    assert!(
        line.contains("precedence 1 has 3 items (`a`, `b`, `c`); each is a pair [higher, lower]"),
        "{line}"
    );
    let array = write(&dir, "array.json", "[]");
    let out = run(&["show", &array]);
    assert_eq!(
        one_error_line(&out),
        format!(
            "security-hierarchy: error: {array}: malformed JSON at line 1, column 1: expected an object of named fields at the top level, found an array"
        )
    );
    let positional = write(
        &dir,
        "positional.json",
        "[\"x\", \"X\", [[\"a\"]], null, false, {\"author\": \"A\", \"year\": 2020, \"title\": \"B\", \"venue\": \"C\"}, [{\"id\": \"a\", \"label\": \"A\"}]]",
    );
    let out = run(&["show", &positional]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a positional array is no hierarchy"
    );
}

#[test]
fn common_ground_errors_name_the_file() {
    let out = run(&["compare", "examples/data/growth-first.json", "pu-2022"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: examples/data/growth-first.json: hierarchy `growth-first` is a partial order, not a ranking; this analysis needs a weak order"
    );
    let dir = scratch("unmapped");
    let file = write(&dir, "u.toml", &ranking_toml("u", &numbered(2)));
    let out = run(&["compare", &file, "pu-2022", "--via", "tier"]);
    assert_eq!(
        one_error_line(&out),
        format!(
            "security-hierarchy: error: {file}: item `i0` has no mapping onto tier in hierarchy `u` (use --via none to compare the items themselves)"
        )
    );
}

#[test]
fn persistence_is_echoed_in_short_form() {
    let out = run(&[
        "compare",
        "pu-2022",
        "erickson-2019",
        "--via",
        "tier",
        "--persistence",
        "1e-300",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("RBO (p = 1e-300, ties w)"),
        "{}",
        stdout(&out)
    );
    let out = run(&[
        "compare",
        "pu-2022",
        "erickson-2019",
        "--persistence",
        "1e300",
    ]);
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: RBO persistence p = 1e300 is outside (0, 1)"
    );
}

#[test]
fn control_characters_leave_dot_and_svg_well_formed() {
    let dir = scratch("control");
    let text = ranking_toml("ctl", &[])
        .replace("levels = []", "levels = [[\"a\\u0001b\"], [\"c\\\"d\"]]")
        + "[[items]]\nid = \"a\\u0001b\"\nlabel = \"A\\u0000\"\n[[items]]\nid = \"c\\\"d\"\nlabel = \"C\"\n";
    let file = write(&dir, "ctl.toml", &text);
    let out = run(&["dot", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dot = stdout(&out);
    assert!(dot.contains("\"a\u{2401}b\" -> \"c\\\"d\";"), "{dot}");
    assert!(dot.contains("[label=\"A\u{2400}\"]"), "{dot}");
    let svg = dir.join("ctl.svg");
    let out = run(&[
        "plot",
        &file,
        &file,
        "--via",
        "none",
        "-o",
        svg.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&svg).unwrap();
    roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(svg.contains("a\u{2401}b"), "{svg}");
}

#[test]
fn arguments_without_a_command_end_in_one_line() {
    let out = run(&["--"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "security-hierarchy: error: a command is required (see --help)\n"
    );
    let bare = run(&[]);
    assert_eq!(bare.status.code(), Some(2));
    assert!(stderr(&bare).contains("Usage: security-hierarchy <COMMAND>"));
}

#[test]
fn plot_majority_refuses_a_graph_past_max_items() {
    let out_file = scratch("plot-majority").join("m.svg");
    let out_path = out_file.to_str().expect("UTF-8 path");
    let out = run(&[
        "plot",
        "majority",
        "pu-2022",
        "dai-2009",
        "--max-items",
        "2",
        "-o",
        out_path,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let line = one_error_line(&out);
    assert!(
        line.starts_with("security-hierarchy: error: the majority graph would hold ")
            && line.ends_with(" items, more than the limit of 2; raise it with --max-items"),
        "{line}"
    );
    assert!(!out_file.exists(), "nothing written on error");
    let out = run(&[
        "plot",
        "bump",
        "pu-2022",
        "--max-items",
        "2",
        "-o",
        out_path,
    ]);
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: --max-items applies only to plot majority, not plot bump"
    );
}

#[test]
fn consensus_with_ties_names_the_options_past_its_limits() {
    let out = run(&[
        "consensus",
        "pu-2022",
        "dai-2009",
        "--allow-ties",
        "--max-component",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: 4 items form one part that no proven split divides, more \
         than the exact limit of 1 for a consensus with ties; raise it with --max-component (up \
         to 20) or use --method heuristic"
    );
    for method in ["kemeny", "heuristic"] {
        let out = run(&[
            "consensus",
            "pu-2022",
            "dai-2009",
            "--method",
            method,
            "--allow-ties",
            "--max-items",
            "2",
        ]);
        assert_eq!(out.status.code(), Some(2), "{method}");
        let line = one_error_line(&out);
        assert!(
            line.ends_with("more than the limit of 2; raise it with --max-items"),
            "{method}: {line}"
        );
    }
}

#[test]
fn the_heuristic_with_ties_has_its_own_default_limit() {
    // Its search keeps n² tables, so it stops at 5,000 items by default
    // where the other methods go on to 10,000; refused before any work.
    let dir = scratch("tied-limit");
    let (a, b) = opposed(&dir, 5_001);
    let out = run(&[
        "consensus",
        &a,
        &b,
        "--via",
        "none",
        "--method",
        "heuristic",
        "--allow-ties",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: the majority graph would hold 5001 items, more than the limit of 5000; raise it with --max-items"
    );
    let (a, b) = opposed(&dir, 10_001);
    let out = run(&["consensus", &a, &b, "--via", "none", "--method", "borda"]);
    assert_eq!(
        one_error_line(&out),
        "security-hierarchy: error: the majority graph would hold 10001 items, more than the limit of 10000; raise it with --max-items"
    );
}

/// A TOML hierarchy stating `precedences` over `items`, each `(id, tier)`.
fn precedence_toml(id: &str, items: &[(&str, &str)], precedences: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = precedences
        .iter()
        .map(|(a, b)| format!("[\"{a}\", \"{b}\"]"))
        .collect();
    let mut text = format!(
        "id = \"{id}\"\ntitle = \"T\"\nprecedences = [{}]\n{SOURCE}",
        pairs.join(", ")
    );
    for (x, tier) in items {
        text.push_str(&format!(
            "[[items]]\nid = \"{x}\"\nlabel = \"{x}\"\ntier = {{ target = \"{tier}\" }}\n"
        ));
    }
    text
}

#[test]
fn counting_a_closure_past_max_closure_items_is_refused_naming_the_option() {
    let dir = scratch("max-closure-items");
    // a and b both outrank c: two paths, so three items count in full.
    let file = write(
        &dir,
        "p.toml",
        &precedence_toml(
            "p",
            &[("a", "global"), ("b", "global"), ("c", "regime")],
            &[("a", "c"), ("b", "c")],
        ),
    );
    let out = run(&["check", &file, "--max-closure-items", "2"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert_eq!(
        one_error_line(&out),
        format!(
            "security-hierarchy: error: {file}: tier inversions not checked: the closure of the precedences would hold 3 items, more than the limit of 2; raise it with --max-closure-items"
        )
    );
    let out = run(&["check", &file]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: tier inversion: `a` (global) is ranked above `c` (regime)\n{file}: tier inversion: `b` (global) is ranked above `c` (regime)\n1 file(s) checked, 2 problem(s)\n"
        )
    );
    let out = run(&["conflicts", &file, "--max-closure-items", "2"]);
    assert!(
        stdout(&out).contains("tier inversions of p not checked: the closure of the precedences would hold 3 items, more than the limit of 2; raise it with --max-closure-items"),
        "{}",
        stdout(&out)
    );
    // A chain is one path: counted in full however low the limit.
    let chain = write(
        &dir,
        "chain.toml",
        &precedence_toml(
            "chain",
            &[("a", "global"), ("b", "regional"), ("c", "regime")],
            &[("a", "b"), ("b", "c")],
        ),
    );
    let out = run(&["check", &chain, "--max-closure-items", "1"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with("1 file(s) checked, 3 problem(s)\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn check_lists_every_disjoint_precedence_cycle() {
    let dir = scratch("cycles");
    let n = 2_000;
    let ids: Vec<String> = numbered(n);
    let items: Vec<(&str, &str)> = ids.iter().map(|x| (x.as_str(), "regime")).collect();
    let mut pairs = Vec::new();
    for k in (0..n).step_by(2) {
        pairs.push((ids[k].as_str(), ids[k + 1].as_str()));
        pairs.push((ids[k + 1].as_str(), ids[k].as_str()));
    }
    let file = write(
        &dir,
        "cycles.toml",
        &precedence_toml("cycles", &items, &pairs),
    );
    let out = run(&["check", &file]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let mut cycles: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{file}: precedence cycle: ")))
        .collect();
    assert_eq!(cycles.len(), n / 2, "{text}");
    cycles.sort_unstable();
    let mut expected: Vec<String> = (0..n)
        .step_by(2)
        .map(|k| format!("i{k} > i{} > i{k}", k + 1))
        .collect();
    expected.sort_unstable();
    assert_eq!(cycles, expected);
    assert!(text.ends_with(&format!("1 file(s) checked, {} problem(s)\n", n / 2)));
}
