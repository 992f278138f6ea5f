//! The report of the seed documents in a real browser: `newsgraph report
//! tests/fixtures` writes the page, Debian's Chromium opens it from disk
//! (driven by playwright-core, `tests/browser/seeds.mjs`), and this test
//! checks what a reader would see: a drawn graph, search by name and
//! alias, the Russia–Iran evidence with both names highlighted, the theme
//! filter, the document view, and not one request beyond the file itself.
//!
//! Needs `node`, `npm ci` in `tests/browser/` and `/usr/bin/chromium`
//! (or `NEWSGRAPH_CHROMIUM`); `.ci/run` installs them. Without them the
//! test passes with a note, except under `CI=true`, where it fails.
//! Screenshots land in `target/tmp/report-browser/seeds/`. A second page,
//! of two dated documents, checks the date range.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Why the browser test cannot run here, if it cannot.
fn missing_tool() -> Option<String> {
    let chromium = std::env::var("NEWSGRAPH_CHROMIUM")
        .unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !Path::new(&chromium).exists() {
        return Some(format!("no Chromium at {chromium}"));
    }
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Some("no `node` on PATH".to_owned());
    }
    let playwright = root().join("tests/browser/node_modules/playwright-core");
    if !playwright.exists() {
        return Some(
            "no playwright-core: run `npm ci` in tests/browser".into(),
        );
    }
    None
}

/// Whether the tools are here; `false` (a skip) only outside CI.
fn tools_present() -> bool {
    let Some(why) = missing_tool() else { return true };
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must provide the report's browser test tools: {why}"
    );
    // Straight to stderr: the test harness would swallow eprintln!.
    let _ = writeln!(
        std::io::stderr(),
        "\nnote: report browser test skipped: {why} (see the README's Tests section)"
    );
    false
}

/// A folder for this test's pages and screenshots.
fn output_dir(name: &str) -> PathBuf {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("report-browser")
        .join(name);
    std::fs::create_dir_all(&out).unwrap();
    out
}

/// `newsgraph report ARGS -o PAGE`, run from the repository's root.
fn make_page(args: &[&str], page: &Path) {
    let made = Command::new(BIN)
        .current_dir(root())
        .arg("report")
        .args(args)
        .args(["--quiet", "-o"])
        .arg(page)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
}

/// Runs a scenario of `tests/browser/` and reads what it printed.
fn scenario(script: &str, args: &[&Path]) -> Value {
    let run = Command::new("node")
        .current_dir(root().join("tests/browser"))
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "the browser scenario {script} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
fn the_seeds_report_works_in_chromium() {
    if !tools_present() {
        return;
    }
    let out = output_dir("seeds");
    let page = out.join("seeds.html");
    make_page(&["tests/fixtures"], &page);
    let seen = scenario("seeds.mjs", &[&page, &out]);
    let s =
        |pointer: &str| seen.pointer(pointer).cloned().unwrap_or(Value::Null);

    // Opened from disk, with no request but the file itself, and no error.
    let url = s("/url");
    assert!(url.as_str().unwrap().starts_with("file://"));
    assert_eq!(s("/requests"), Value::Array(vec![url]), "requests");
    assert_eq!(s("/errors"), serde_json::json!([]), "page errors");

    // The graph is drawn: every node and edge, on a canvas with ink.
    assert_eq!(s("/start/nodes"), 44);
    assert_eq!(s("/start/edges"), 64);
    assert_eq!(s("/start/nodesDrawn"), 44);
    assert_eq!(s("/start/edgesDrawn"), 64);
    assert!(s("/start/labelsDrawn").as_u64().unwrap() >= 10);
    assert!(
        s("/inkedPixels").as_u64().unwrap() > 2000,
        "{}",
        s("/inkedPixels")
    );

    // Search by surname, by alias in other case and accents, by another
    // alias; nothing for a name no entity has.
    let rows = [
        ("/pezeshkian", "Q5933752", "Masoud Pezeshkian"),
        ("/poetin", "Q7747", "Vladimir Putin"),
        ("/putin", "Q7747", "Vladimir Putin"),
        ("/russia", "Q159", "Russia"),
        ("/fromDocument", "Q5933752", "Masoud Pezeshkian"),
    ];
    for (at, id, label) in rows {
        assert_eq!(s(&format!("{at}/type")), "node", "{at}");
        assert_eq!(s(&format!("{at}/id")), id, "{at}");
        assert_eq!(s(&format!("{at}/label")), label, "{at}");
    }
    assert_eq!(s("/nothing"), 0);

    // The Russia–Iran edge, from Russia's neighbours: every evidence
    // sentence has both names highlighted, one on each side.
    assert_eq!(s("/edge/labels"), serde_json::json!(["Russia", "Iran"]));
    let evidence = s("/evidence");
    let evidence = evidence.as_array().unwrap();
    assert_eq!(evidence.len(), 3);
    for record in evidence {
        let marks = record["marks"].as_array().unwrap();
        let sides: Vec<&str> =
            marks.iter().map(|m| m[0].as_str().unwrap()).collect();
        assert!(sides.contains(&"side-a") && sides.contains(&"side-b"));
        assert_eq!(record["canOpen"], true);
    }
    let first = evidence[0]["text"].as_str().unwrap();
    assert!(first.contains("Rusland") && first.contains("Iran"), "{first}");
    assert_eq!(
        evidence[0]["marks"],
        serde_json::json!([["side-a", "Rusland"], ["side-b", "Iran"]])
    );

    // The theme filter: only edges with defence, fewer than all.
    let visible = s("/defence/visible").as_u64().unwrap();
    assert!(visible > 0 && visible < 64, "{visible}");
    for themes in s("/defence/themes").as_array().unwrap() {
        assert!(themes.as_array().unwrap().contains(&"defence".into()));
    }
    assert_eq!(s("/defence/themes").as_array().unwrap().len() as u64, visible);
    assert!(s("/defenceDrawn").as_u64().unwrap() <= visible);
    assert_eq!(s("/allAgain"), 64);

    // The document view: every mention highlighted by kind, with name and
    // id on hover, and the evidence sentence marked.
    assert_eq!(s("/documentVisible"), true);
    assert_eq!(s("/document/id"), "tests/fixtures/000_5d674794cd6871d4.txt");
    let mentions = s("/mentions");
    let mentions = mentions.as_array().unwrap();
    let putin = mentions
        .iter()
        .find(|m| m["text"] == "Vladimir Poetin")
        .expect("Vladimir Poetin highlighted");
    assert_eq!(putin["tip"], "Vladimir Putin · Q7747");
    assert!(putin["kind"].as_str().unwrap().contains("k-person"));
    let in_evidence: Vec<&str> = mentions
        .iter()
        .filter(|m| m["evidence"] == true)
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(in_evidence, ["Rusland", "defensiesamenwerking", "Iran"]);

    for shot in ["seeds-start.png", "seeds-edge.png", "seeds-document.png"] {
        let size = std::fs::metadata(out.join(shot)).unwrap().len();
        assert!(size > 10_000, "{shot}: {size} bytes");
    }
}

#[test]
fn the_date_range_hides_edges_outside_it() {
    if !tools_present() {
        return;
    }
    let out = output_dir("dates");
    let input = out.join("dated.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"date\":\"2026-01-05\",\"text\":\"Rusland en Iran sloten een verdrag.\"}\n\
         {\"id\":\"b\",\"date\":\"2026-03-10\",\"text\":\"Noord-Korea levert Rusland granaten.\"}\n",
    )
    .unwrap();
    let page = out.join("dated.html");
    make_page(&[input.to_str().unwrap()], &page);
    let seen = scenario("dates.mjs", &[&page]);
    assert_eq!(seen["datesShown"], true);
    assert_eq!(seen["range"], serde_json::json!(["2026-01-05", "2026-03-10"]));
    let labels = |at: &str| -> Vec<Value> {
        seen[at]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["labels"].clone())
            .collect()
    };
    let iran = serde_json::json!(["Russia", "Iran"]);
    let korea = serde_json::json!(["Russia", "North Korea"]);
    assert_eq!(labels("all"), [korea.clone(), iran.clone()]);
    assert_eq!(labels("fromFebruary"), [korea]);
    assert_eq!(labels("untilJanuary"), [iran]);
    assert_eq!(seen["all"][1]["first"], "2026-01-05");
    assert_eq!(seen["requests"], 1);
    assert_eq!(seen["errors"], serde_json::json!([]));
}
