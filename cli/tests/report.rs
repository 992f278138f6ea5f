//! `newsgraph report` as a command: the same inputs, errors and exit
//! statuses as `graph`, the same page from `graph -o x.html`, the same
//! bytes every run, data that cannot break out of its script element,
//! and embedding limits. The page in a browser is `report_browser.rs`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-report-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // The program may exit before it reads (a failing run): ignore.
        let _ = input.write_all(text.as_bytes());
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON data embedded in a page.
fn data(page: &str) -> Value {
    let start = page.find("id=\"newsgraph-data\">").unwrap() + 20;
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn errors_and_exit_statuses_are_those_of_graph() {
    let dir = scratch("errors");
    let bad = dir.join("bad-gazetteer");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(bad.join("people.tsv"), "id\tname\nQ1\t\n").unwrap();
    let bad = bad.to_str().unwrap();
    // (arguments after the command and -o FILE, standard input, status)
    let rows: [(&[&str], &str, i32); 4] = [
        (&[], " \n", 3),
        (&["--no-builtin", "-g", bad], "Rusland en Iran.", 2),
        (&["/no/such/file.txt"], "", 2),
        (&["--strict", "-"], "{\"id\":\"a\",\"text\":\"Iran\"}\n{broken\n", 2),
    ];
    for (args, stdin, status) in rows {
        let mut outputs = Vec::new();
        for (command, file) in [("graph", "g.graphml"), ("report", "r.html")] {
            let out = dir.join(file);
            let _ = std::fs::remove_file(&out);
            let mut all = vec![command, "-o", out.to_str().unwrap()];
            all.extend(args);
            let o = run(&all, Some(stdin));
            assert_eq!(o.status.code(), Some(status), "{command} {args:?}");
            outputs.push((stderr(&o).replace(file, "FILE"), out.exists()));
        }
        assert_eq!(outputs[0], outputs[1], "{args:?}");
    }
    // Nothing read: a warning, and a page of an empty graph.
    let page = std::fs::read_to_string(dir.join("r.html"));
    assert!(page.is_err(), "the last row failed: no page");
    let o = run(
        &["report", "-o", dir.join("r.html").to_str().unwrap()],
        Some(" \n"),
    );
    assert_eq!(o.status.code(), Some(3));
    let page = std::fs::read_to_string(dir.join("r.html")).unwrap();
    assert_eq!(data(&page)["nodes"], serde_json::json!([]));
    // A failed run keeps an earlier page and leaves no temporary file.
    let earlier = dir.join("earlier.html");
    std::fs::write(&earlier, "earlier run").unwrap();
    let o = run(
        &[
            "report",
            "--no-builtin",
            "-g",
            bad,
            "-o",
            earlier.to_str().unwrap(),
        ],
        Some("Rusland en Iran."),
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&earlier).unwrap(), "earlier run");
    assert_eq!(files_in(&dir), ["bad-gazetteer", "earlier.html", "r.html"]);
    // An unwritable place fails before any work, naming the user's path.
    let o = run(&["report", "-o", "/no/such/folder/x.html"], Some("Iran"));
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "newsgraph: /no/such/folder/x.html: cannot write in /no/such/folder: No such file or directory (os error 2)\n"
    );
}

#[test]
fn the_page_is_the_same_from_graph_and_every_run() {
    let dir = scratch("same");
    let fixtures = fixtures();
    let input = fixtures.to_str().unwrap();
    let mut pages = Vec::new();
    for (command, file) in
        [("report", "a.html"), ("report", "b.html"), ("graph", "c.HTML")]
    {
        let out = dir.join(file);
        let o = run(&[command, input, "-o", out.to_str().unwrap()], None);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            stderr(&o),
            format!(
                "wrote {}: 44 nodes, 64 edges from 2 documents; 8 entities without edges left out (--keep-isolated)\n",
                out.display()
            )
        );
        pages.push(std::fs::read(&out).unwrap());
    }
    assert!(pages[0] == pages[1] && pages[1] == pages[2]);
    // Graph options work as for `graph`.
    let out = dir.join("people.html");
    let o = run(
        &["report", input, "--kinds", "person,country", "--top", "5", "-o"]
            .into_iter()
            .chain([out.to_str().unwrap()])
            .collect::<Vec<_>>(),
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let data = data(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(data["edges"].as_array().unwrap().len(), 5);
    for node in data["nodes"].as_array().unwrap() {
        let kind = data["kinds"][node[2].as_u64().unwrap() as usize].clone();
        assert!(kind == "person" || kind == "country", "{node}");
    }
}

#[test]
fn the_page_asks_for_nothing_outside_itself() {
    let dir = scratch("offline");
    let out = dir.join("seeds.html");
    let fixtures = fixtures();
    let o = run(
        &["report", fixtures.to_str().unwrap(), "-o", out.to_str().unwrap()],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(
        page.contains(
            "Content-Security-Policy\" content=\"default-src 'none'"
        )
    );
    for outside in
        ["<link", " src=", "@import", "url(", "fetch(", "XMLHttpRequest"]
    {
        assert!(!page.contains(outside), "{outside}");
    }
    let data = data(&page);
    assert_eq!(data["documents"], 2);
    assert_eq!(data["cited"], 2);
    assert_eq!(data["embedded"], 2);
    let aliases = data["aliases"].as_array().unwrap();
    let putin = data["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n[0] == "Q7747")
        .unwrap();
    let putin: Vec<&str> = aliases[putin]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        putin.contains(&"Poetin") && putin.contains(&"Putin"),
        "{putin:?}"
    );
}

#[test]
fn text_cannot_end_the_data_script() {
    let dir = scratch("escape");
    let out = dir.join("x.html");
    let line = "{\"id\":\"</script><script>alert(1)</script>\",\"text\":\"Rusland en Iran </script><!-- x.\",\"date\":\"2026-01-02\"}\n";
    let o = run(&["report", "-o", out.to_str().unwrap()], Some(line));
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&out).unwrap();
    assert_eq!(page.matches("</script>").count(), 2, "the page's own two");
    assert!(!page.contains("<!-- x"));
    let data = data(&page);
    assert_eq!(data["document_ids"][0], "</script><script>alert(1)</script>");
    assert_eq!(data["texts"][0][2], "Rusland en Iran </script><!-- x.");
    assert_eq!(data["edges"][0][6], "2026-01-02");
}

#[test]
fn embedded_texts_are_limited() {
    let dir = scratch("limits");
    let fixtures = fixtures();
    let input = fixtures.to_str().unwrap();
    // (options, documents embedded)
    let rows: [(&[&str], u64); 4] = [
        (&[], 2),
        (&["--embed-documents", "1"], 1),
        (&["--embed-documents", "0"], 0),
        (&["--embed-megabytes", "0"], 0),
    ];
    for (options, embedded) in rows {
        let out = dir.join("x.html");
        let mut args = vec!["report", input, "-o", out.to_str().unwrap()];
        args.extend(options);
        let o = run(&args, None);
        assert!(o.status.success(), "{}", stderr(&o));
        let data = data(&std::fs::read_to_string(&out).unwrap());
        assert_eq!(data["embedded"], embedded, "{options:?}");
        assert_eq!(data["texts"].as_array().unwrap().len() as u64, embedded);
        // Evidence keeps its snippets and highlights either way.
        let marks = &data["edges"][0][8][0][4];
        assert!(!marks.as_array().unwrap().is_empty(), "{options:?}");
    }
}
