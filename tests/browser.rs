//! The report and every picture kind, opened in Debian's headless Chromium:
//! no errors, every section present, every SVG drawn with a size, no text
//! outside its box, and a screenshot that is not blank.
//!
//! Needs `chromium` (`apt-get install chromium`; `.ci/run` installs it), or
//! the path of a Chromium binary in `CHROMIUM`. Without it the test fails
//! and says so. `UPDATE_DOCS=1` also rewrites the corpus report and its
//! screenshot under `docs/`.
//!
//! The shipped HTML has no scripts; the measuring script below is added to
//! a copy in a temporary directory only.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use security_hierarchy::compare::CompareOptions;
use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::plot::{
    self, Agreement, Bump, HeatCell, Heatmap, MajorityDiagram, ScenarioDiagram,
};
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Ranking, Via, corpus};

mod common;
use common::{SECTIONS, corpus_report, ranked_corpus};

/// Finds Chromium, or fails the test with how to install it.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    for candidate in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    panic!(
        "Chromium not found at /usr/bin/chromium: install it (`apt-get install -y chromium`) \
         or set CHROMIUM to its path; this test checks the pictures in a real browser"
    );
}

/// A fresh directory under the target's scratch space.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("browser")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

/// Runs headless Chromium on `page` with extra `args`, with a fresh
/// profile, and returns stdout. Fails the test after 90 seconds.
fn run_chromium(dir: &Path, args: &[String], page: &Path) -> String {
    let profile = dir.join(format!("profile-{}", args.len()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).expect("create profile directory");
    // Output goes to files: a page dump can be larger than a pipe holds.
    let (out_path, err_path) = (dir.join("stdout.txt"), dir.join("stderr.txt"));
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--virtual-time-budget=5000",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&out_path).expect("create stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("create stderr file"))
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait for chromium").is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish on {} within 90 s", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = child.wait().expect("chromium status");
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    assert!(
        status.success(),
        "chromium failed on {}: {}",
        page.display(),
        read(&err_path)
    );
    read(&out_path)
}

/// The test-only script: records errors, then on load writes its
/// measurements as JSON into `<pre id="measurements">`.
const MEASURE: &str = r"<script>
(function () {
  var out = { errors: [], sections: [], toc: [], svgs: [], overflow: [], resources: [] };
  window.addEventListener('error', function (e) { out.errors.push(String(e.message)); }, true);
  var original = console.error;
  console.error = function () { out.errors.push(Array.prototype.join.call(arguments, ' ')); original.apply(console, arguments); };
  function outside(b, r) { return b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1; }
  window.addEventListener('load', function () {
    document.querySelectorAll('section[id]').forEach(function (s) { out.sections.push(s.id); });
    document.querySelectorAll('nav.toc a').forEach(function (a) { out.toc.push(a.getAttribute('href')); });
    document.querySelectorAll('svg').forEach(function (svg) {
      var r = svg.getBoundingClientRect();
      out.svgs.push({ kind: svg.getAttribute('class'), width: r.width, height: r.height });
      svg.querySelectorAll('text').forEach(function (t) {
        if (outside(t.getBoundingClientRect(), r)) out.overflow.push({ svg: svg.getAttribute('class'), text: t.textContent });
      });
      svg.querySelectorAll('g.cell').forEach(function (g) {
        var box = g.querySelector('rect').getBoundingClientRect();
        g.querySelectorAll('text').forEach(function (t) {
          if (outside(t.getBoundingClientRect(), box)) out.overflow.push({ cell: t.textContent });
        });
      });
    });
    document.querySelectorAll('td, th, h1, h2, h3, p, li, figcaption').forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) out.overflow.push({ element: el.tagName, text: el.textContent.slice(0, 80) });
    });
    out.resources = performance.getEntriesByType('resource').map(function (e) { return e.name; });
    var pre = document.createElement('pre');
    pre.id = 'measurements';
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  });
})();
</script>";

/// What the measuring script found.
#[derive(Debug, serde::Deserialize)]
struct Measurements {
    errors: Vec<String>,
    sections: Vec<String>,
    toc: Vec<String>,
    svgs: Vec<Drawn>,
    overflow: Vec<serde_json::Value>,
    resources: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
struct Drawn {
    kind: Option<String>,
    width: f64,
    height: f64,
}

/// Opens `html` with the measuring script added and returns what it found.
fn measure(dir: &Path, html: &str) -> Measurements {
    let page = dir.join("measure.html");
    let with_script = html.replacen("<head>", &format!("<head>\n{MEASURE}"), 1);
    assert_ne!(with_script, html, "page has no <head>");
    std::fs::write(&page, with_script).expect("write page");
    let dom = run_chromium(dir, &["--dump-dom".to_string()], &page);
    let log = std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default();
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(
        console.is_empty(),
        "the page wrote to the console: {console:#?}"
    );
    let start = dom
        .find("<pre id=\"measurements\">")
        .unwrap_or_else(|| panic!("no measurements in the dumped page: {dom}"))
        + "<pre id=\"measurements\">".len();
    let end = start + dom[start..].find("</pre>").expect("closing </pre>");
    let json = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("measurements {json}: {e}"))
}

/// Screenshots `page` (as shipped, no script) into `png`.
fn screenshot(dir: &Path, page: &Path, png: &Path, height: u32) {
    run_chromium(
        dir,
        &[
            format!("--screenshot={}", png.display()),
            format!("--window-size=1280,{height}"),
        ],
        page,
    );
    assert!(png.exists(), "no screenshot written to {}", png.display());
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The share of non-white pixels and the number of distinct colours in a
/// PNG, read by drawing it on a canvas in Chromium (no PNG decoder needed).
fn ink(dir: &Path, png: &Path) -> (f64, usize) {
    let data = base64(&std::fs::read(png).expect("read screenshot"));
    let html = format!(
        r#"<!DOCTYPE html><html><head></head><body><pre id="ink"></pre><script>
var img = new Image();
img.onload = function () {{
  var c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
  var g = c.getContext('2d'); g.drawImage(img, 0, 0);
  var d = g.getImageData(0, 0, c.width, c.height).data, ink = 0, colours = {{}}, n = 0;
  for (var i = 0; i < d.length; i += 4) {{
    if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) ink++;
    if (n < 64) {{ var k = d[i] + ',' + d[i + 1] + ',' + d[i + 2]; if (!colours[k]) {{ colours[k] = 1; n++; }} }}
  }}
  document.getElementById('ink').textContent = (ink / (d.length / 4)) + ' ' + n;
}};
img.src = 'data:image/png;base64,{data}';
</script></body></html>"#
    );
    let page = dir.join("ink.html");
    std::fs::write(&page, html).expect("write ink page");
    let dom = run_chromium(dir, &["--dump-dom".to_string()], &page);
    let start = dom.find("<pre id=\"ink\">").expect("ink element") + "<pre id=\"ink\">".len();
    let end = start + dom[start..].find("</pre>").expect("closing </pre>");
    let mut parts = dom[start..end].split(' ');
    let share = parts.next().and_then(|s| s.parse().ok());
    let colours = parts.next().and_then(|s| s.parse().ok());
    match (share, colours) {
        (Some(s), Some(c)) => (s, c),
        _ => panic!(
            "could not read the screenshot {}: {}",
            png.display(),
            &dom[start..end]
        ),
    }
}

/// A picture wrapped in a page, as a user would embed it.
fn picture_page(svg: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>picture</title></head>\n<body style=\"margin:0;background:#fff\">\n{svg}</body></html>\n"
    )
}

/// Checks one page: measurements, then a screenshot that is not blank.
fn check_page(name: &str, html: &str, sections: &[&str], svgs: usize, height: u32) -> PathBuf {
    let dir = scratch(name);
    let m = measure(&dir, html);
    assert!(
        m.errors.is_empty(),
        "{name}: errors in the browser: {:?}",
        m.errors
    );
    assert!(
        m.resources.is_empty(),
        "{name}: fetched resources: {:?}",
        m.resources
    );
    for s in sections {
        assert!(
            m.sections.iter().any(|x| x == s),
            "{name}: section `{s}` missing: {:?}",
            m.sections
        );
        assert!(
            m.toc.iter().any(|x| *x == format!("#{s}")),
            "{name}: `{s}` not in the contents: {:?}",
            m.toc
        );
    }
    assert_eq!(m.svgs.len(), svgs, "{name}: SVGs drawn: {:?}", m.svgs);
    for d in &m.svgs {
        assert!(
            d.width >= 100.0 && d.height >= 60.0,
            "{name}: SVG {:?} drawn at {}×{}",
            d.kind,
            d.width,
            d.height
        );
    }
    assert!(
        m.overflow.is_empty(),
        "{name}: text outside its box: {:#?}",
        m.overflow
    );
    let page = dir.join("page.html");
    std::fs::write(&page, html).expect("write page");
    let png = dir.join("screenshot.png");
    screenshot(&dir, &page, &png, height);
    let (share, colours) = ink(&dir, &png);
    assert!(
        share > 0.002 && colours >= 3,
        "{name}: screenshot looks blank: {share:.4} inked, {colours} colours"
    );
    png
}

/// A standalone SVG file must parse as XML in the browser too.
fn check_svg_file(name: &str, svg: &str) {
    let dir = scratch(&format!("{name}-file"));
    let path = dir.join("picture.svg");
    std::fs::write(&path, svg).expect("write svg");
    let dom = run_chromium(&dir, &["--dump-dom".to_string()], &path);
    assert!(
        !dom.contains("parsererror") && !dom.contains("This page contains the following errors"),
        "{name}: the browser could not parse the SVG: {dom}"
    );
    assert!(
        dom.contains("<svg"),
        "{name}: no SVG in the dumped document: {dom}"
    );
}

fn pictures() -> Vec<(&'static str, String)> {
    let ranked = ranked_corpus();
    let map = Heatmap::of_hierarchies(
        &ranked,
        &Via::Concern,
        Agreement::TauB,
        CompareOptions::new(),
    )
    .expect("heatmap of the corpus");
    let rudd = [
        corpus::hierarchy("rudd-2018").unwrap(),
        corpus::hierarchy("rudd-2022").unwrap(),
    ];
    let chart = Bump::of_hierarchies("Rudd", &rudd, &Via::Concern).unwrap();
    let majority = MajorityDiagram::of_hierarchies(&ranked, &Via::Concern).unwrap();
    let paradox = builtin::scenario("securitisation-paradox").unwrap();
    // Long and hostile labels: the browser measures what the fitting estimated.
    let long = "an item whose label goes on and on far beyond any box the picture could give it";
    let wide = "中华民族伟大复兴的中国梦与国家安全的总体布局";
    let odd = Ranking::strict([long, wide, "<&\"'>"]).unwrap();
    let odd2 = Ranking::strict(["<&\"'>", long, wide]).unwrap();
    let names = vec![long.to_string(), wide.to_string()];
    let cells = vec![vec![HeatCell::default(); 2]; 2];
    let odd_map = Heatmap::new(long, "m", names, cells).unwrap();
    vec![
        (
            "long-bump",
            plot::bump(&Bump::new(long).column(wide, &odd).column(long, &odd2)),
        ),
        (
            "long-slopegraph",
            plot::Slopegraph::new(long, wide).draw(&odd, &odd2),
        ),
        ("long-heatmap", plot::heatmap(&odd_map).unwrap()),
        (
            "long-majority",
            plot::majority_graph(&MajorityDiagram::from_graph(
                long,
                &MajorityGraph::new([&odd, &odd2]),
            )),
        ),
        ("heatmap", plot::heatmap(&map).unwrap()),
        ("bump", plot::bump(&chart)),
        (
            "slopegraph",
            plot::slopegraph(&ranked[0], &ranked[1], &Via::Concern).unwrap(),
        ),
        ("majority", plot::majority_graph(&majority)),
        (
            "scenario",
            plot::scenario_diagram(&ScenarioDiagram::from_scenario(&paradox)),
        ),
    ]
}

#[test]
fn every_picture_kind_draws_in_chromium() {
    for (name, svg) in pictures() {
        check_page(name, &picture_page(&svg), &[], 1, 1000);
        check_svg_file(name, &svg);
    }
}

#[test]
fn corpus_report_draws_in_chromium() {
    let html = corpus_report();
    let png = check_page("report", &html, &SECTIONS, 4 + builtin::ids().len(), 1600);
    assert_prints_on_a4(&html);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::write(docs.join("report.html"), &html).expect("write docs/report.html");
        std::fs::copy(&png, docs.join("report.png")).expect("copy the screenshot to docs/");
    }
}

/// Printing the page gives A4 pages (595 × 842 pt, as the print style asks).
fn assert_prints_on_a4(html: &str) {
    let dir = scratch("print");
    let page = dir.join("page.html");
    std::fs::write(&page, html).expect("write page");
    let pdf = dir.join("page.pdf");
    run_chromium(
        &dir,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_string(),
        ],
        &page,
    );
    let bytes = std::fs::read(&pdf).expect("the printed PDF");
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<(f64, f64)> = text
        .match_indices("/MediaBox [")
        .filter_map(|(i, m)| {
            let rest = &text[i + m.len()..];
            let numbers: Vec<f64> = rest[..rest.find(']')?]
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            match numbers.as_slice() {
                [x0, y0, x1, y1] => Some((x1 - x0, y1 - y0)),
                _ => None,
            }
        })
        .collect();
    assert!(
        boxes.len() >= 2,
        "the report should print on several pages: {boxes:?}"
    );
    for (w, h) in &boxes {
        assert!(
            (w - 595.3).abs() < 2.0 && (h - 841.9).abs() < 2.0,
            "page of {w} × {h} pt is not A4"
        );
    }
}
