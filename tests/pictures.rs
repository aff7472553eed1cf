//! Every picture kind parsed as XML, its structure checked (title, legend,
//! one mark per item), hostile text escaped; the report's structure; and
//! the pictures and report committed under `docs/` kept up to date.

use roxmltree::{Document, Node};
use security_hierarchy::compare::{CompareOptions, compare};
use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::plot::{
    self, Agreement, Bump, HeatCell, Heatmap, MajorityDiagram, Report, ScenarioDiagram, Slopegraph,
};
use security_hierarchy::scenario::{Scenario, builtin};
use security_hierarchy::{Error, Hierarchy, Ranking, Via, corpus};

mod common;

fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"))
}

fn with_class<'a, 'b>(doc: &'b Document<'a>, class: &str) -> Vec<Node<'a, 'b>> {
    doc.descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|x| x == class))
        })
        .collect()
}

/// Every picture: an accessible title first, a visible title, a legend
/// with at least one row, and a positive size.
fn assert_framed(svg: &str, title: &str) {
    let doc = parse(svg);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let first = root.first_element_child().expect("a child");
    assert_eq!(
        (first.tag_name().name(), first.text()),
        ("title", Some(title))
    );
    let visible = with_class(&doc, "title");
    assert_eq!(visible.len(), 1, "one visible title");
    let legend = with_class(&doc, "legend");
    assert_eq!(legend.len(), 1, "one legend");
    assert!(
        legend[0]
            .children()
            .filter(|n| n.has_tag_name("text"))
            .count()
            >= 2
    );
    for attr in ["width", "height"] {
        let v: f64 = root.attribute(attr).unwrap().parse().unwrap();
        assert!(v > 100.0, "{attr} = {v}");
    }
}

#[test]
fn heatmap_has_a_cell_per_pair_and_marks_undefined_cells() {
    let docs = common::ranked_corpus();
    let map = Heatmap::of_hierarchies(&docs, &Via::Concern, Agreement::TauB, CompareOptions::new())
        .unwrap();
    let svg = plot::heatmap(&map).unwrap();
    assert_framed(&svg, "Agreement between hierarchies: Kendall tau-b");
    let doc = parse(&svg);
    let cells = with_class(&doc, "cell");
    assert_eq!(cells.len(), docs.len() * docs.len());
    let undefined = with_class(&doc, "undefined");
    assert!(
        !undefined.is_empty(),
        "the corpus has pairs sharing one concern"
    );
    for cell in &undefined {
        let texts: Vec<&str> = cell
            .descendants()
            .filter(roxmltree::Node::is_text)
            .filter_map(|n| n.text())
            .collect();
        assert!(texts.contains(&"n/a"), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("n=")), "{texts:?}");
    }
    assert!(
        with_class(&doc, "beyond-chance").is_empty(),
        "no p-values given"
    );
}

/// The fast path (each measure alone, symmetric ones once per pair) agrees
/// with the full comparison for every measure, cell by cell.
#[test]
fn heatmap_of_rankings_matches_the_full_comparisons() {
    let docs = common::ranked_corpus();
    let options = CompareOptions::new();
    let rows: Vec<Vec<_>> = docs
        .iter()
        .map(|a| {
            docs.iter()
                .map(|b| compare(a, b, &Via::Concern, options.clone()).unwrap())
                .collect()
        })
        .collect();
    let names: Vec<String> = docs.iter().map(|h| h.id().to_string()).collect();
    for measure in [
        Agreement::TauA,
        Agreement::TauB,
        Agreement::Spearman,
        Agreement::WeightedTau,
        Agreement::Rbo,
    ] {
        let fast = Heatmap::of_hierarchies(&docs, &Via::Concern, measure, options.clone()).unwrap();
        let full = Heatmap::from_comparisons(
            format!("Agreement between hierarchies: {}", measure.name()),
            names.clone(),
            &rows,
            measure,
        )
        .unwrap();
        assert_eq!(fast, full, "{}", measure.name());
    }
}

#[test]
fn heatmap_marks_cells_beyond_chance_at_the_stated_level() {
    let cell = |value, p| HeatCell {
        value: Some(value),
        items: 5,
        p_value: Some(p),
    };
    let map = Heatmap::new(
        "With p-values",
        "tau-b",
        vec!["a".into(), "b".into()],
        vec![
            vec![cell(1.0, 0.001), cell(0.2, 0.4)],
            vec![cell(0.2, 0.4), cell(1.0, 0.01)],
        ],
    )
    .unwrap()
    .alpha(0.005);
    let svg = plot::heatmap(&map).unwrap();
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "beyond-chance").len(), 1);
    assert!(svg.contains("p ≤ 0.005"), "the legend states the level");
}

#[test]
fn bump_has_one_mark_per_item_per_column_and_one_line_per_kept_item() {
    let rudd = [
        corpus::hierarchy("rudd-2018").unwrap(),
        corpus::hierarchy("rudd-2022").unwrap(),
    ];
    let chart = Bump::of_hierarchies("Rudd", &rudd, &Via::Concern).unwrap();
    let svg = plot::bump(&chart);
    assert_framed(&svg, "Rudd");
    let doc = parse(&svg);
    let (a, b) = (
        Via::Concern.ranking(&rudd[0]).unwrap(),
        Via::Concern.ranking(&rudd[1]).unwrap(),
    );
    assert_eq!(with_class(&doc, "mark").len(), a.len() + b.len());
    let shared = a.items().filter(|x| b.contains(x)).count();
    assert_eq!(with_class(&doc, "link").len(), shared);
    assert_eq!(
        with_class(&doc, "alone").len(),
        a.len() + b.len() - 2 * shared
    );
    assert_eq!(with_class(&doc, "column-title").len(), 2);
}

#[test]
fn majority_graph_draws_cycles_and_leaves_out_implied_majorities() {
    let cyclic = [
        Ranking::strict(["a", "b", "c"]).unwrap(),
        Ranking::strict(["b", "c", "a"]).unwrap(),
        Ranking::strict(["c", "a", "b"]).unwrap(),
    ];
    let svg = plot::majority_graph(&MajorityDiagram::from_graph(
        "Cycle",
        &MajorityGraph::new(&cyclic),
    ));
    assert_framed(&svg, "Cycle (3 inputs)");
    let doc = parse(&svg);
    assert_eq!(with_class(&doc, "cycle").len(), 3);
    assert_eq!(with_class(&doc, "node").len(), 3);
    let chain = [Ranking::strict(["a", "b", "c"]).unwrap()];
    let svg = plot::majority_graph(&MajorityDiagram::from_graph(
        "Chain",
        &MajorityGraph::new(&chain),
    ));
    let doc = parse(&svg);
    assert!(with_class(&doc, "cycle").is_empty());
    assert_eq!(
        with_class(&doc, "edge").len(),
        2,
        "a > c follows from a > b > c"
    );
    assert!(
        svg.contains(">2/3<"),
        "the legend counts the drawn majorities"
    );
}

#[test]
fn majority_diagram_rejects_inconsistent_data() {
    let e = MajorityDiagram::new(
        "m",
        1,
        vec!["a".into(), "b".into()],
        vec![vec![0, 1], vec![1, 0]],
        vec![vec![0], vec![1]],
    )
    .unwrap_err();
    assert!(matches!(e, Error::InvalidPicture { .. }), "{e}");
    assert!(e.to_string().contains("antisymmetric"), "{e}");
    let e = MajorityDiagram::new("m", 1, vec!["a".into()], vec![vec![0]], vec![]).unwrap_err();
    assert_eq!(e.to_string(), "picture `m`: item `a` is in no component");
}

#[test]
fn scenario_diagram_draws_every_effect_link_and_chain() {
    for s in builtin::catalogue()
        .iter()
        .map(security_hierarchy::scenario::builtin::ScenarioEntry::scenario)
    {
        let svg = plot::scenario_diagram(&ScenarioDiagram::from_scenario(&s));
        assert_framed(&svg, &format!("Scenario: {}", s.title()));
        let doc = parse(&svg);
        let effects: usize = s.actions().iter().map(|a| a.effects.len()).sum();
        assert_eq!(with_class(&doc, "effect").len(), effects, "{}", s.id());
        assert_eq!(
            with_class(&doc, "link").len(),
            s.dependencies().len(),
            "{}",
            s.id()
        );
        assert_eq!(with_class(&doc, "action").len(), s.actions().len());
        assert_eq!(with_class(&doc, "interest").len(), s.interests().len());
    }
    let paradox =
        ScenarioDiagram::from_scenario(&builtin::scenario("securitisation-paradox").unwrap());
    assert!(!paradox.chains.is_empty());
    let doc_svg = plot::scenario_diagram(&paradox);
    assert!(!with_class(&parse(&doc_svg), "undermining").is_empty());
    let fusion =
        ScenarioDiagram::from_scenario(&builtin::scenario("civil-military-fusion").unwrap());
    assert!(fusion.effects.iter().any(|e| e.reading) || fusion.links.iter().any(|l| l.reading));
    let svg = plot::scenario_diagram(&fusion);
    assert!(svg.contains("stroke-dasharray"), "readings are dashed");
}

const HOSTILE: &str = "<b>&\"x'\u{1}\u{7}";
const LONG: &str =
    "an item whose label goes on and on far beyond any box the picture could give it";

fn hostile_rankings() -> (Ranking<String>, Ranking<String>) {
    let a = Ranking::strict([HOSTILE.to_string(), LONG.to_string(), "plain".to_string()]).unwrap();
    let b = Ranking::strict(["plain".to_string(), HOSTILE.to_string(), LONG.to_string()]).unwrap();
    (a, b)
}

/// Every text node of the document, concatenated.
fn all_text(doc: &Document<'_>) -> String {
    doc.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|")
}

fn assert_hostile_text_survives(svg: &str) {
    let doc = parse(svg);
    let text = all_text(&doc);
    assert!(
        text.contains("<b>&\"x'\u{2401}\u{2407}"),
        "escaped, control characters shown as their Control Pictures signs: {text}"
    );
    assert!(
        text.contains(LONG),
        "the long label's full text is kept in a <title>: {text}"
    );
    assert!(!svg.contains('\u{1}') && !svg.contains('\u{7}'));
}

#[test]
fn hostile_ids_are_escaped_in_every_picture() {
    let (a, b) = hostile_rankings();
    let hostile_title = "<title>&\u{1}";
    assert_hostile_text_survives(&Slopegraph::new(hostile_title, "b").draw(&a, &b));
    assert_hostile_text_survives(&plot::bump(
        &Bump::new(hostile_title).column(HOSTILE, &a).column("b", &b),
    ));
    assert_hostile_text_survives(&plot::majority_graph(&MajorityDiagram::from_graph(
        hostile_title,
        &MajorityGraph::new([&a, &b]),
    )));
    let names = vec![HOSTILE.to_string(), LONG.to_string()];
    let cells = vec![vec![HeatCell::default(); 2]; 2];
    assert_hostile_text_survives(
        &plot::heatmap(&Heatmap::new(hostile_title, "m", names, cells).unwrap()).unwrap(),
    );
    let scenario = Scenario::from_toml_str(&format!(
        r#"id = "hostile"
title = "<t>"
interests = [{{ id = "rule", label = "{}" }}, {{ id = "growth", label = "{LONG}" }}]
dependencies = [{{ foundation = "growth", underpins = "rule", basis = {{ kind = "reading", rationale = "<&>" }} }}]
[[actions]]
id = "act"
label = "&amp; <act>"
effects = [
    {{ interest = "rule", direction = "advances", strength = "strong", basis = {{ kind = "words", quote = "\"&<", place = "p. 1" }} }},
    {{ interest = "growth", direction = "harms", strength = "weak", basis = {{ kind = "reading", rationale = "r" }} }},
]"#,
        "<b>&\\\"x'\\u0001\\u0007"
    ))
    .unwrap();
    let svg = plot::scenario_diagram(&ScenarioDiagram::from_scenario(&scenario));
    assert_hostile_text_survives(&svg);
    assert!(all_text(&parse(&svg)).contains("&amp; <act>"));
}

#[test]
fn long_labels_are_cut_with_the_full_text_in_a_title() {
    let (a, b) = hostile_rankings();
    let svg = Slopegraph::new("a", "b").draw(&a, &b);
    let doc = parse(&svg);
    let cut: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter(|n| n.children().any(|c| c.has_tag_name("title")))
        .collect();
    assert_eq!(cut.len(), 2, "the long label, once per column");
    for t in cut {
        let shown: String = t
            .children()
            .filter(roxmltree::Node::is_text)
            .filter_map(|c| c.text())
            .collect();
        assert!(shown.ends_with('…'), "{shown}");
        assert!(shown.len() < LONG.len());
    }
}

#[test]
fn report_has_every_section_no_script_and_escapes_titles() {
    let html = common::corpus_report();
    for id in common::SECTIONS {
        assert!(
            html.contains(&format!("<section id=\"{id}\">")),
            "section {id}"
        );
        assert!(
            html.contains(&format!("<a href=\"#{id}\">")),
            "contents entry {id}"
        );
    }
    assert!(!html.contains("<script"));
    assert!(
        !html.contains("http://")
            || html.matches("http://").count()
                == html.matches("http://www.w3.org/2000/svg").count()
    );
    assert!(!html.contains("https://"), "nothing fetched");
    assert!(html.contains("@media print") && html.contains("size: A4"));
    assert_eq!(html.matches("<svg").count(), 4 + builtin::ids().len());
    // Hierarchies that are not rankings are named with the reason, not dropped.
    assert!(html.contains("white-paper-2011: hierarchy `white-paper-2011` is unordered"));

    let toml = corpus::hierarchy("pu-2022")
        .unwrap()
        .to_toml_string()
        .unwrap();
    let hostile = Hierarchy::from_toml_str(&toml.replacen(
        "title = \"",
        "title = \"<script>x</script> & ",
        1,
    ))
    .unwrap();
    let html = plot::report(&Report::new("<h1>", &[hostile], &Via::Concern)).unwrap();
    assert!(!html.contains("<script>x"), "escaped");
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt; &amp; "));
    assert!(matches!(
        plot::report(&Report::new("none", &[], &Via::Concern)),
        Err(Error::NoRankings)
    ));
}

/// `UPDATE_DOCS=1 cargo test --test browser` rewrites `docs/report.html`
/// and its screenshot `docs/report.png` together.
#[test]
fn docs_report_is_up_to_date() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report.html"))
            .expect("docs/report.html");
    assert!(
        committed == common::corpus_report(),
        "docs/report.html (and docs/report.png, its screenshot) are stale: \
         run `UPDATE_DOCS=1 cargo test --all-features --test browser` and commit both"
    );
}

/// The ids in the example's `VERSIONS` line, so that adding a version
/// there is the only change needed (besides refreshing the picture).
fn versions() -> Vec<String> {
    let source = include_str!("../examples/compare.rs");
    let line = source
        .lines()
        .find(|l| l.starts_with("const VERSIONS"))
        .expect("examples/compare.rs declares VERSIONS on one line");
    line.split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

/// The README's two pictures are what `cargo run --example compare` writes;
/// refresh them with `cargo run --example compare && cp
/// target/pictures/corpus-heatmap.svg target/pictures/versions-bump.svg docs/`.
#[test]
fn docs_pictures_are_up_to_date() {
    let map = Heatmap::of_hierarchies(
        &common::ranked_corpus(),
        &Via::Concern,
        Agreement::TauB,
        CompareOptions::new(),
    )
    .unwrap();
    let ids = versions();
    assert!(ids.len() >= 2, "VERSIONS: {ids:?}");
    let versions: Vec<Hierarchy> = ids
        .iter()
        .map(|id| corpus::hierarchy(id).unwrap())
        .collect();
    let title = format!("One author's versions: {}", ids.join(" → "));
    let chart = Bump::of_hierarchies(title, &versions, &Via::Concern).unwrap();
    for (file, fresh) in [
        ("corpus-heatmap.svg", plot::heatmap(&map).unwrap()),
        ("versions-bump.svg", plot::bump(&chart)),
    ] {
        let committed =
            std::fs::read_to_string(format!("{}/docs/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap_or_else(|e| panic!("docs/{file}: {e}"));
        assert!(
            committed == fresh,
            "docs/{file} is stale: run `cargo run --example compare` and copy target/pictures/{file} to docs/"
        );
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Distinct labels of any characters, control characters included.
    fn labels() -> impl Strategy<Value = Vec<String>> {
        let hostile = "[\\x00-\\x1f\\x7f\\x{fffe}\\x{ffff}<>&\"' ]{0,8}";
        prop::collection::vec(prop_oneof![any::<String>(), hostile], 1..6).prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, s)| format!("{i}{s}"))
                .collect()
        })
    }

    fn assert_clean(svg: &str) {
        parse(svg);
        assert!(
            !svg.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reached the SVG"
        );
    }

    proptest! {
        #[test]
        fn any_labels_give_well_formed_pictures(a in labels(), title in any::<String>()) {
            let first = Ranking::strict(a.clone()).unwrap();
            let second = Ranking::strict(a.iter().rev().cloned()).unwrap();
            let bump_svg = plot::bump(&Bump::new(&title).column(&title, &first).column("b", &second));
            assert_clean(&bump_svg);
            prop_assert_eq!(with_class(&parse(&bump_svg), "mark").len(), 2 * a.len());
            assert_clean(&Slopegraph::new(&title, "b").draw(&first, &second));
            let graph = MajorityGraph::new([&first, &second]);
            let majority = plot::majority_graph(&MajorityDiagram::from_graph(&title, &graph));
            assert_clean(&majority);
            prop_assert_eq!(with_class(&parse(&majority), "node").len(), a.len());
            let cells = vec![vec![HeatCell::default(); a.len()]; a.len()];
            let map = plot::heatmap(&Heatmap::new(&title, &title, a.clone(), cells).unwrap()).unwrap();
            assert_clean(&map);
            prop_assert_eq!(with_class(&parse(&map), "cell").len(), a.len() * a.len());
        }
    }
}

#[test]
fn heatmap_refuses_more_names_than_its_limit_and_says_how_to_raise_it() {
    let n = security_hierarchy::plot::MAX_HEATMAP_NAMES + 1;
    let names: Vec<String> = (0..n).map(|i| format!("h{i}")).collect();
    let map = Heatmap::new("big", "m", names, vec![vec![HeatCell::default(); n]; n]).unwrap();
    let e = plot::heatmap(&map).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "picture `big`: {n} names exceed the limit of {} (the picture has one cell per pair); raise it with `Heatmap::limit`",
            n - 1
        )
    );
    let svg = plot::heatmap(&map.limit(n)).unwrap();
    assert_eq!(with_class(&parse(&svg), "cell").len(), n * n);
}
