//! End-to-end tests of the `security-hierarchy` binary: every subcommand on
//! good and bad input, with its exit status and output.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{json, root, run, stderr, stdout};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("security-hierarchy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

#[test]
fn list_prints_every_built_in_as_text_and_json() {
    let out = run(&["list", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let entries = json(&out);
    let ids: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, security_hierarchy::corpus::ids());
    let erickson = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "erickson-2019")
        .expect("erickson-2019 is listed");
    assert_eq!(erickson["items"], 6);
    assert_eq!(erickson["verified"], 6);
    let text = stdout(&run(&["list"]));
    assert!(
        text.lines().any(|l| l.starts_with("erickson-2019")),
        "{text}"
    );
}

#[test]
fn show_reads_built_ins_and_files() {
    let out = run(&["show", "erickson-2019"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains(" 1. ✓ party-leadership: party leadership"));
    let out = run(&[
        "show",
        "examples/data/maritime-first.toml",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["id"], "maritime-first");
}

#[test]
fn unknown_hierarchy_is_a_one_line_input_error() {
    let out = run(&["show", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("security-hierarchy: error: `nope` is not a built-in hierarchy; expected one of: pu-2022, "), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert!(stdout(&out).is_empty());
}

#[test]
fn export_round_trips_through_show() {
    for format in ["toml", "json"] {
        let out = run(&["export", "erickson-2019", "--format", format]);
        assert_eq!(out.status.code(), Some(0));
        let path = scratch(&format!("erickson.{format}"));
        std::fs::write(&path, &out.stdout).unwrap();
        let shown = run(&["show", path.to_str().unwrap(), "--format", "json"]);
        assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
        let built_in = json(&run(&["show", "erickson-2019", "--format", "json"]));
        assert_eq!(json(&shown), built_in);
    }
    let out = run(&["export", "nope"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_reports_problems_with_file_and_line() {
    let bad = scratch("bad.toml");
    std::fs::write(&bad, "id = \"x\"\ntitle = 1\n").unwrap();
    let out = run(&[
        "check",
        bad.to_str().unwrap(),
        "examples/data/maritime-first.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("bad.toml:2: malformed TOML at line 2, column 9: invalid type: integer `1`, expected a string"),
        "{text}"
    );
    // The illustrative file ranks a regional item above a regime one on purpose.
    assert!(
        text.contains("maritime-first.toml: tier inversion: `south-china-sea` (regional) is ranked above `growth` (regime)"),
        "{text}"
    );
    assert!(
        text.ends_with("2 file(s) checked, 2 problem(s)\n"),
        "{text}"
    );

    let out = run(&[
        "check",
        "examples/data/growth-first.json",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out), serde_json::json!([]));

    let out = run(&["check", "no/such/file.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/file.toml: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn plot_writes_well_formed_svg_with_a_line_per_shared_item() {
    let path = scratch("plot.svg");
    let out = run(&[
        "plot",
        "erickson-2019",
        "pu-2022",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let lines = doc
        .descendants()
        .filter(|n| n.has_tag_name("line"))
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|w| w == "item"))
        })
        .count();
    // The number of concerns both projections contain, computed independently.
    let shared = shared_concerns("erickson-2019", "pu-2022");
    assert_eq!(lines, shared);
}

fn shared_concerns(a: &str, b: &str) -> usize {
    let via = security_hierarchy::Via::Concern;
    let ra = via
        .ranking(&security_hierarchy::corpus::hierarchy(a).unwrap())
        .unwrap();
    let rb = via
        .ranking(&security_hierarchy::corpus::hierarchy(b).unwrap())
        .unwrap();
    ra.items().filter(|x| rb.contains(x)).count()
}

#[test]
fn dot_draws_levels_or_the_majority_graph() {
    let out = run(&["dot", "pu-2022"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("digraph \"pu-2022\" {"), "{text}");
    assert!(text.contains("\"regime\" -> \"regional\";"), "{text}");
    let out = run(&["dot", "pu-2022", "erickson-2019", "--via", "tier"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("\"regime\" -> \"global\" [label=\"2\"];"));
    let out = run(&["dot", "pu-2022", "examples/data/growth-first.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("hierarchy `growth-first` is a partial order, not a ranking"));
}

#[test]
fn bad_usage_exits_with_two() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["list", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(run(&["plot", "pu-2022"]).status.code(), Some(2));
}

/// The README's slopegraph is the tool's current output; regenerate it with
/// `cargo run -- plot erickson-2019 rudd-2022 -o docs/erickson-2019-vs-rudd-2022.svg`.
#[test]
fn committed_slopegraph_is_current() {
    let path = scratch("readme-plot.svg");
    let out = run(&[
        "plot",
        "erickson-2019",
        "rudd-2022",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let fresh = std::fs::read_to_string(&path).unwrap();
    let committed =
        std::fs::read_to_string(root().join("docs/erickson-2019-vs-rudd-2022.svg")).unwrap();
    assert!(
        fresh == committed,
        "docs/erickson-2019-vs-rudd-2022.svg is stale; regenerate it with the command in this test's doc"
    );
}

#[test]
fn check_lists_every_problem_of_a_file() {
    let bad = scratch("many.toml");
    std::fs::write(
        &bad,
        "id = \"t\"\ntitle = \"T\"\nlevels = [[\"a\"], [\"ghost\"]]\n\
         [source]\nauthor = \"A\"\nyear = 2020\ntitle = \"B\"\nvenue = \"C\"\n\
         [[items]]\nid = \"a\"\nlabel = \"a\"\n[[items]]\nid = \"a\"\nlabel = \"again\"\n",
    )
    .unwrap();
    let out = run(&["check", bad.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let problems = json(&out);
    let messages: Vec<&str> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(&"hierarchy `t` defines item `a` twice"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"item `ghost` is ranked in hierarchy `t` but not defined in its items"),
        "{messages:?}"
    );
    assert!(
        problems
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["kind"] == "invalid")
    );
}

#[test]
fn check_reads_scenario_files() {
    let path = scratch("scenario.toml");
    let text = security_hierarchy::scenario::builtin::source_text("zero-covid").unwrap();
    std::fs::write(&path, text).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).ends_with("1 file(s) checked, 0 problem(s)\n"));
}

#[test]
fn conflicts_exit_one_on_a_majority_cycle_and_zero_when_clean() {
    let all = [
        "pu-2022",
        "dai-2009",
        "nathan-scobell-2012",
        "xi-2014",
        "rudd-2018",
        "erickson-2019",
        "rudd-2022",
    ];
    let mut args = vec!["conflicts"];
    args.extend(all);
    args.extend(["--format", "json"]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["via"], "concern");
    assert_eq!(report["discordances"].as_array().unwrap().len(), 21);
    let cycles = report["majority"]["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1);
    assert_eq!(
        cycles[0]["items"],
        serde_json::json!(["territorial-integrity", "economy", "social-stability"])
    );

    let out = run(&["conflicts", "erickson-2019"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("erickson-2019 onto tier: no inversions"));
    let out = run(&["conflicts", "dai-2009"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("dai-2009 onto tier: 1 inversion"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn scenario_reports_self_undermining_chains_as_json() {
    let out = run(&[
        "scenario",
        "securitisation-paradox",
        "--against",
        "pu-2022",
        "--via",
        "tier",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let analysis = json(&out);
    assert_eq!(analysis["scenario"], "securitisation-paradox");
    assert_eq!(analysis["vocabulary"], "tier");
    let action = &analysis["actions"][0];
    assert!(!action["self_undermining"].as_array().unwrap().is_empty());
    assert_eq!(action["verdict"]["outcome"], "favourable");
    // Every finding says what it rests on, and the verdict turns on the
    // contested tier of openness.
    assert_eq!(
        action["self_undermining"][0]["rests_on"]["readings"],
        serde_json::json!([])
    );
    assert_eq!(analysis["robustness"]["contested"][0]["item"], "openness");

    let out = run(&["scenario", "zero-covid", "--against", "rudd-2022"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("scenario `zero-covid` against `rudd-2022`"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn scenario_input_errors_exit_two() {
    let out = run(&["scenario", "nope", "--against", "pu-2022"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("security-hierarchy: error: `nope` is not a built-in scenario"),
        "{}",
        stderr(&out)
    );
    let out = run(&["scenario", "zero-covid", "--against", "xi-2020"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("hierarchy `xi-2020` is a partial order, not a ranking"));
    assert_eq!(run(&["scenario", "zero-covid"]).status.code(), Some(2));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_security-hierarchy"))
        .args(["show", "rudd-2022"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(err.is_empty(), "{err}");
}

#[test]
fn compare_prints_a_report_and_stable_json() {
    let out = run(&["compare", "rudd-2018", "rudd-2022", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let c = json(&out);
    assert_eq!(c["a"], "rudd-2018");
    assert_eq!(c["b"], "rudd-2022");
    assert_eq!(c["tau_b"], 1.0);
    assert!(
        c["only_b"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "environment")
    );
    let rbo = &c["rbo"];
    assert!(rbo["min"].as_f64().unwrap() <= rbo["ext"].as_f64().unwrap());

    let out = run(&[
        "compare",
        "erickson-2019",
        "rudd-2022",
        "--via",
        "tier",
        "--ties",
        "b",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("erickson-2019 against rudd-2022"),
        "{}",
        stdout(&out)
    );

    let out = run(&["compare", "pu-2022", "erickson-2019", "--p", "1.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "security-hierarchy: error: RBO persistence p = 1.5 is outside (0, 1)\n"
    );
    let out = run(&["compare", "pu-2022", "erickson-2019", "--ties", "z"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["compare", "pu-2022", "white-paper-2011"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`white-paper-2011` is unordered, not a ranking"));
}

#[test]
fn consensus_reports_how_it_fares_under_contested_crosswalks() {
    let out = run(&[
        "consensus",
        "rudd-2018",
        "rudd-2022",
        "--method",
        "borda",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    let robustness = &report["robustness"];
    assert_eq!(robustness["via"], "concern");
    assert_eq!(robustness["contested"].as_array().map(Vec::len), Some(3));
    assert_eq!(robustness["combinations"], 8);
    // Without a crosswalk there is nothing contested.
    let plain = json(&run(&[
        "consensus",
        "pu-2022",
        "pu-2022",
        "--via",
        "none",
        "--format",
        "json",
    ]));
    assert_eq!(plain["robustness"], serde_json::Value::Null);
}

#[test]
fn consensus_by_every_method() {
    let ids = ["rudd-2018", "rudd-2022", "erickson-2019"];
    for method in ["kemeny", "borda", "copeland", "heuristic"] {
        let mut args = vec!["consensus"];
        args.extend(ids);
        args.extend(["--method", method, "--format", "json"]);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{method}: {}", stderr(&out));
        let report = json(&out);
        assert_eq!(report["inputs"], serde_json::json!(ids));
        let levels = report["consensus"]["ranking"].as_array().unwrap();
        assert_eq!(levels[0], serde_json::json!(["party-rule"]), "{method}");
        assert_eq!(
            report["consensus"]["distances"].as_array().unwrap().len(),
            3
        );
    }
    let out = run(&["consensus", "pu-2022", "erickson-2019", "--penalty", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "security-hierarchy: error: tie penalty p = 2 is outside [0, 1]\n"
    );
    let out = run(&["consensus", "pu-2022", "--max-component", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "security-hierarchy: error: component limit 0 is outside 1..={}\n",
            security_hierarchy::consensus::MAX_COMPONENT_CEILING
        )
    );
}

#[test]
fn consensus_with_ties_keeps_a_tie_the_inputs_support() {
    let ids = ["xi-2014", "rudd-2018", "erickson-2019"];
    let mut args = vec!["consensus"];
    args.extend(ids);
    let strict = stdout(&run(&args));
    args.push("--allow-ties");
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let tied = stdout(&out);
    // Xi 2014 ties three concerns in its "safeguard"; the strict consensus
    // must order them and pays for it.
    assert!(
        tied.contains("   4. military = culture = social-stability\n"),
        "{tied}"
    );
    assert!(
        tied.contains("total distance 1 (per input: 0, 1, 0)"),
        "{tied}"
    );
    assert!(
        strict.contains("total distance 2.5 (per input: 1.5, 1, 0)"),
        "{strict}"
    );
    let levels: Vec<&str> = strict.lines().filter(|l| l.starts_with("  ")).collect();
    assert!(levels.iter().all(|l| !l.contains(" = ")), "{strict}");

    let out = run(&[
        "consensus",
        "xi-2014",
        "rudd-2018",
        "--method",
        "borda",
        "--allow-ties",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "security-hierarchy: error: --allow-ties applies only to --method kemeny and --method \
         heuristic (Borda and Copeland already tie items with equal scores), not --method borda\n"
    );
    let out = run(&[
        "consensus",
        "xi-2014",
        "--allow-ties",
        "--max-component",
        "21",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "security-hierarchy: error: component limit 21 is outside 1..=20\n"
    );
    let mut args = vec!["consensus"];
    args.extend(ids);
    args.extend(["--method", "heuristic", "--allow-ties", "--format", "json"]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["consensus"]["cost"], serde_json::json!(1.0));
}

#[test]
fn consensus_refuses_an_option_its_method_does_not_use() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["--method", "copeland", "--allow-ties"],
            "--allow-ties applies only to --method kemeny and --method heuristic (Borda and \
             Copeland already tie items with equal scores), not --method copeland",
        ),
        (
            &["--method", "heuristic", "--max-component", "12"],
            "--max-component applies only to --method kemeny, not --method heuristic",
        ),
        (
            &["--method", "borda", "--max-component", "12"],
            "--max-component applies only to --method kemeny, not --method borda",
        ),
        (
            &["--seed", "3"],
            "--seed applies only to --method heuristic, not --method kemeny",
        ),
    ];
    for (options, message) in cases {
        let mut args = vec!["consensus", "xi-2014", "rudd-2018"];
        args.extend(options);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{options:?}");
        assert_eq!(
            stderr(&out),
            format!("security-hierarchy: error: {message}\n"),
            "{options:?}"
        );
        assert_eq!(stdout(&out), "", "{options:?}");
    }
    // The same options with the method that uses them.
    for options in [
        &["--method", "heuristic", "--seed", "3", "--allow-ties"][..],
        &["--max-component", "12", "--allow-ties"],
    ] {
        let mut args = vec!["consensus", "xi-2014", "rudd-2018"];
        args.extend(options);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{options:?}: {}", stderr(&out));
    }
}

#[test]
fn conflicts_and_plot_name_bad_input() {
    let out = run(&["conflicts", "erickson-2019", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("security-hierarchy: error: `nope` is not a built-in hierarchy"),
        "{}",
        stderr(&out)
    );
    // An unordered hierarchy cannot be compared; the report says so and the
    // analyses that can run still do.
    let out = run(&["conflicts", "erickson-2019", "white-paper-2011"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "discordances of white-paper-2011 not checked: hierarchy `white-paper-2011` is \
             unordered, not a ranking; this analysis needs a weak order"
        ),
        "{text}"
    );
    assert!(
        text.contains("white-paper-2011 onto tier: no order, so no inversions"),
        "{text}"
    );

    let out = run(&[
        "plot",
        "pu-2022",
        "erickson-2019",
        "-o",
        "no/such/dir/plot.svg",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("security-hierarchy: error: no/such/dir/plot.svg: "),
        "{}",
        stderr(&out)
    );

    let bad = scratch("bad-plot.json");
    std::fs::write(&bad, "{").unwrap();
    let out = run(&["plot", bad.to_str().unwrap(), "pu-2022", "-o", "x.svg"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bad-plot.json: malformed JSON at line 1, column 1"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

/// Files without a tier crosswalk: `--via none` still reports their
/// discordances and majority cycle, and says the tier inversions were not checked.
#[test]
fn conflicts_without_a_tier_crosswalk_report_what_they_can() {
    let orders = [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"]];
    let mut paths = Vec::new();
    for (k, order) in orders.iter().enumerate() {
        let path = scratch(&format!("cycle-{k}.toml"));
        let items = ["a", "b", "c"].map(|x| format!("[[items]]\nid = \"{x}\"\nlabel = \"{x}\"\n"));
        let items = items.concat();
        let levels = order.map(|x| format!("[\"{x}\"]")).join(", ");
        std::fs::write(
            &path,
            format!(
                "id = \"h{k}\"\ntitle = \"H\"\nlevels = [{levels}]\n\
                 [source]\nauthor = \"A\"\nyear = 2020\ntitle = \"T\"\nvenue = \"V\"\n{items}"
            ),
        )
        .unwrap();
        paths.push(path.to_str().unwrap().to_string());
    }
    let mut args = vec!["conflicts"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--via", "none"]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "== not checked\ntier inversions of h0 not checked: item `a` has no mapping onto tier\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("== discordances on none\nh0 vs h1: 3 shared items, 2 discordant pairs"),
        "{text}"
    );
    assert!(text.contains("== majority graph on none"), "{text}");

    args.extend(["--format", "json"]);
    let report = json(&run(&args));
    assert_eq!(report["discordances"].as_array().unwrap().len(), 3);
    assert_eq!(report["majority"]["cycles"].as_array().unwrap().len(), 1);
    assert_eq!(report["not_checked"].as_array().unwrap().len(), 3);
    assert_eq!(report["tier_inversions"].as_array().unwrap().len(), 0);
}

/// The README's command-line sessions are the tool's current output. In
/// every `text` block that starts with a command, each
/// `$ security-hierarchy ...` line is run; its output must match the lines
/// that follow, up to a line `  …` that marks where the README shortens it.
#[test]
fn readme_transcript_is_current() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .match_indices("```text\n$ security-hierarchy")
        .map(|(start, _)| {
            let block = &readme[start + "```text\n".len()..];
            &block[..block.find("```").unwrap()]
        })
        .collect();
    assert!(blocks.len() >= 2, "the README has its sessions");
    let mut sessions: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
    for line in blocks.iter().flat_map(|block| block.lines()) {
        if let Some(command) = line.strip_prefix("$ security-hierarchy ") {
            sessions.push((command.split(' ').collect(), Vec::new()));
        } else if line.starts_with("$ ") {
            sessions.push((Vec::new(), Vec::new()));
        } else if let Some((_, expected)) = sessions.last_mut() {
            expected.push(line);
        }
    }
    assert!(sessions.len() >= 5);
    for (args, expected) in sessions.iter().filter(|(args, _)| !args.is_empty()) {
        let output = stdout(&run(args));
        // Trailing blank lines separate one command from the next in the README.
        let actual = trim_end(output.lines().collect());
        let expected = trim_end(expected.clone());
        let context = format!(
            "README output of `security-hierarchy {}` is stale",
            args.join(" ")
        );
        match expected.iter().position(|l| *l == "  …") {
            Some(cut) => assert_eq!(
                &actual[..cut.min(actual.len())],
                &expected[..cut],
                "{context}"
            ),
            None => assert_eq!(actual, expected, "{context}"),
        }
    }
}

/// The lines without trailing blank ones.
fn trim_end(mut lines: Vec<&str>) -> Vec<&str> {
    while lines.last() == Some(&"") {
        lines.pop();
    }
    lines
}

/// Runs `plot` with `args` into a fresh file and returns the parsed SVG's text.
fn plot_to(name: &str, args: &[&str]) -> String {
    let path = scratch(name);
    let _ = std::fs::remove_file(&path);
    let mut all = vec!["plot"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", path.to_str().unwrap()]);
    let out = run(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&path).unwrap();
    roxmltree::Document::parse(&svg).expect("well-formed XML");
    svg
}

#[test]
fn plot_draws_every_kind() {
    let heat = plot_to(
        "heat.svg",
        &[
            "heatmap",
            "pu-2022",
            "rudd-2018",
            "rudd-2022",
            "--measure",
            "rbo",
        ],
    );
    assert_eq!(heat.matches("<g class=\"cell").count(), 9);
    assert!(heat.contains("RBO (extrapolated)"));
    let bump = plot_to(
        "bump.svg",
        &[
            "bump",
            "rudd-2018",
            "rudd-2022",
            "--title",
            "Rudd <over> time",
        ],
    );
    assert!(bump.contains("<title>Rudd &lt;over&gt; time</title>"));
    let majority = plot_to(
        "majority.svg",
        &["majority", "rudd-2018", "rudd-2022", "xi-2014"],
    );
    assert!(majority.contains("class=\"majority\""));
    let scenario = plot_to("scenario.svg", &["scenario", "securitisation-paradox"]);
    assert!(scenario.contains("class=\"undermining\""));
    let explicit = plot_to("slope.svg", &["slopegraph", "erickson-2019", "rudd-2022"]);
    let implicit = plot_to("slope-implicit.svg", &["erickson-2019", "rudd-2022"]);
    assert_eq!(explicit, implicit, "`plot A B` is the slopegraph");
}

#[test]
fn plot_names_wrong_kinds_and_counts() {
    let out = run(&["plot", "pie", "a", "b", "-o", "x.svg"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`pie` is not a kind of picture; expected one of: slopegraph"),
        "{}",
        stderr(&out)
    );
    let out = run(&["plot", "heatmap", "pu-2022", "-o", "x.svg"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("plot heatmap needs two or more hierarchies; got 1"),
        "{}",
        stderr(&out)
    );
    let out = run(&[
        "plot",
        "scenario",
        "zero-covid",
        "ukraine-stance",
        "-o",
        "x.svg",
    ]);
    assert!(
        stderr(&out).contains("plot scenario needs exactly one scenario; got 2"),
        "{}",
        stderr(&out)
    );
    assert!(!root().join("x.svg").exists(), "nothing written on error");
}

#[test]
fn plot_refuses_options_that_do_not_apply_to_its_kind() {
    for (args, message) in [
        (
            vec!["scenario", "zero-covid", "--via", "tier"],
            "--via applies only to plot of hierarchies, not plot scenario",
        ),
        (
            vec!["bump", "rudd-2018", "--measure", "rbo"],
            "--measure applies only to plot heatmap, not plot bump",
        ),
        (
            vec!["erickson-2019", "rudd-2022", "--title", "T"],
            "--title applies only to plot heatmap, bump, majority and scenario, not plot slopegraph",
        ),
    ] {
        let mut all = vec!["plot"];
        all.extend(args);
        all.extend(["-o", "x.svg"]);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(2), "{all:?}");
        assert!(stderr(&out).contains(message), "{}", stderr(&out));
    }
    assert!(!root().join("x.svg").exists(), "nothing written on error");
}

#[test]
fn plot_and_report_take_the_common_ground() {
    let concern = plot_to("via-concern.svg", &["bump", "rudd-2018", "rudd-2022"]);
    let tier = plot_to(
        "via-tier.svg",
        &["bump", "rudd-2018", "rudd-2022", "--via", "tier"],
    );
    assert!(concern.contains("party-rule"), "{concern}");
    assert!(
        tier.contains("regime") && !tier.contains("party-rule"),
        "{tier}"
    );
    let majority = plot_to(
        "via-majority.svg",
        &["majority", "rudd-2018", "erickson-2019", "--via", "tier"],
    );
    assert!(majority.contains("Majority graph via tier"), "{majority}");
    let path = scratch("via-report.html");
    let out = run(&[
        "report",
        "rudd-2018",
        "erickson-2019",
        "--via",
        "tier",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(
        html.contains("Every hierarchy is compared on the shared tiers, through each item&apos;s tier crosswalk."),
        "{html}"
    );
    let out = run(&[
        "plot",
        "bump",
        "rudd-2018",
        "--via",
        "none",
        "-o",
        scratch("via-none.svg").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn plot_and_report_refuse_to_overwrite_an_input_and_leave_no_temporary_file() {
    // A directory of its own: other tests write pictures in parallel.
    let dir = scratch("refuse");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("input.toml");
    let out = run(&["export", "rudd-2022"]);
    std::fs::write(&input, &out.stdout).unwrap();
    let before = std::fs::read(&input).unwrap();
    let path = input.to_str().unwrap();
    for args in [
        vec!["plot", "bump", "rudd-2018", path, "-o", path],
        vec!["report", "rudd-2018", path, "-o", path],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("refusing to overwrite an input"),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read(&input).unwrap(),
            before,
            "the input is untouched"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn report_writes_one_page_with_the_scenarios() {
    let path = scratch("report.html");
    let out = run(&[
        "report",
        "rudd-2018",
        "rudd-2022",
        "xi-2014",
        "--scenario",
        "zero-covid",
        "--scenario",
        "securitisation-paradox",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<section id=\"scenarios\">"));
    assert_eq!(html.matches("class=\"scenario\"").count(), 2);
    assert!(!html.contains("<script"));
    let out = run(&[
        "report",
        "rudd-2018",
        "--scenario",
        "nope",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`nope` is not a built-in scenario"),
        "{}",
        stderr(&out)
    );
}

/// `--p` and `--penalty` still work, hidden, for one release.
#[test]
fn old_flag_names_are_hidden_aliases() {
    let new = json(&run(&[
        "compare",
        "erickson-2019",
        "rudd-2022",
        "--persistence",
        "0.8",
        "--format",
        "json",
    ]));
    let old = json(&run(&[
        "compare",
        "erickson-2019",
        "rudd-2022",
        "--p",
        "0.8",
        "--format",
        "json",
    ]));
    assert_eq!(new["persistence"], 0.8);
    assert_eq!(old, new);
    let consensus = |flag: &str| {
        json(&run(&[
            "consensus",
            "rudd-2018",
            "erickson-2019",
            flag,
            "0.25",
            "--format",
            "json",
        ]))
    };
    assert_eq!(consensus("--tie-penalty")["consensus"]["tie_penalty"], 0.25);
    assert_eq!(consensus("--penalty"), consensus("--tie-penalty"));
    let help = stdout(&run(&["compare", "--help"]));
    assert!(help.contains("--persistence"), "{help}");
    assert!(!help.contains("--p "), "{help}");
}
