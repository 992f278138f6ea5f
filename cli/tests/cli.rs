//! Runs the real `newsgraph` binary: help, version, extract, graph in each
//! format, JSON-lines input with a broken line, missing files, a pipe
//! closed early, inputs by extension and standard input, documents that
//! panic (debug builds), exit statuses and summary lines, titles, output
//! files under signals and as FIFOs, devices and links, and the checks of
//! `gazetteer check`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// A small gazetteer folder, so these tests do not depend on the
/// built-in data.
fn gazetteer_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("countries.tsv"),
        "id\tname\taliases\tadjectives\nQ159\tRussia\tRusland\tRussische\nQ794\tIran\t\tIraanse\nQ423\tNorth Korea\tNoord-Korea\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("organisations.tsv"),
        "id\tname\taliases\nQ1\tANP\t\n",
    )
    .unwrap();
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_and_version() {
    let help = run(&["--help"], None);
    assert!(help.status.success());
    assert!(
        stdout(&help).contains("extract") && stdout(&help).contains("graph")
    );
    // (subcommand, what its --help must explain)
    let rows = [
        ("extract", "mention has `field`"),
        ("extract", "3  no documents were read"),
        ("graph", "title` is a window of its own"),
        ("graph", "130, 143  interrupted"),
        ("graph", "written directly"),
    ];
    for (command, text) in rows {
        let help = run(&[command, "--help"], None);
        assert!(stdout(&help).contains(text), "{command}: {text}");
    }
    let version = run(&["--version"], None);
    assert_eq!(
        stdout(&version).trim(),
        format!("newsgraph {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn extract_the_seeds_as_json_lines_and_tsv() {
    let g = gazetteer_dir("extract");
    let g = g.to_str().unwrap();
    let fixtures = fixtures();
    let out = run(
        &["extract", "--no-builtin", "-g", g, fixtures.to_str().unwrap()],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["id"].as_str().unwrap().ends_with("000_5d674794cd6871d4.txt")
    );
    let first = &lines[0]["mentions"][0];
    for key in [
        "entity",
        "kind",
        "name",
        "text",
        "start",
        "end",
        "char_start",
        "char_end",
        "form",
        "role",
        "sentence",
        "paragraph",
        "item",
        "field",
    ] {
        assert!(first.get(key).is_some(), "mention has {key}");
    }
    assert_eq!(lines[0]["items"].as_array().unwrap().len(), 8);

    let tsv = run(
        &[
            "extract",
            "--no-builtin",
            "-g",
            g,
            "--format",
            "tsv",
            fixtures.to_str().unwrap(),
        ],
        None,
    );
    let text = stdout(&tsv);
    assert!(text.starts_with("document\tentity\tkind"));
    assert!(text.lines().skip(1).all(|l| l.split('\t').count() == 15));
    assert!(
        text.contains("\tQ1\torganisation\tANP\tANP\t"),
        "ANP as a source"
    );
}

#[test]
fn graph_in_every_format() {
    let g = gazetteer_dir("graph");
    let out_dir = g.join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let fixtures = fixtures();
    for file in ["seeds.graphml", "seeds.gexf", "seeds.json", "seeds.csv"] {
        let target = out_dir.join(file);
        let o = run(
            &[
                "graph",
                "--no-builtin",
                "-g",
                g.to_str().unwrap(),
                fixtures.to_str().unwrap(),
                "-o",
                target.to_str().unwrap(),
            ],
            None,
        );
        assert!(o.status.success(), "{file}: {}", stderr(&o));
        let summary = format!("wrote {}", target.display());
        let summary = summary.replace("seeds.csv", "seeds-nodes.csv and");
        assert!(stderr(&o).starts_with(&summary), "{}", stderr(&o));
    }
    let gexf = std::fs::read_to_string(out_dir.join("seeds.gexf")).unwrap();
    assert!(
        gexf.contains(r#"<graph defaultedgetype="undirected" mode="static">"#)
            && gexf.contains(r#"source="Q159" target="Q794""#),
        "{gexf}"
    );
    let graphml =
        std::fs::read_to_string(out_dir.join("seeds.graphml")).unwrap();
    assert!(
        graphml.contains("edgedefault=\"undirected\"")
            && graphml.contains("<edge source=\"Q159\" target=\"Q794\">")
    );
    assert!(
        !graphml.contains("\"Q1\""),
        "ANP is a dateline credit, not a node"
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out_dir.join("seeds.json")).unwrap(),
    )
    .unwrap();
    assert!(json["nodes"].is_array() && json["edges"].is_array());
    let nodes =
        std::fs::read_to_string(out_dir.join("seeds-nodes.csv")).unwrap();
    let edges =
        std::fs::read_to_string(out_dir.join("seeds-edges.csv")).unwrap();
    assert!(nodes.starts_with("Id,Label,"));
    assert!(edges.starts_with("Source,Target,Type,Weight,"));
    // Same output with one thread and with two.
    for threads in ["1", "2"] {
        let target = out_dir.join(format!("t{threads}.graphml"));
        let o = run(
            &[
                "graph",
                "--threads",
                threads,
                "--no-builtin",
                "-g",
                g.to_str().unwrap(),
                fixtures.to_str().unwrap(),
                "-o",
                target.to_str().unwrap(),
            ],
            None,
        );
        assert!(o.status.success());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), graphml);
    }
    let o = run(
        &[
            "graph",
            "--no-builtin",
            "-g",
            g.to_str().unwrap(),
            "-o",
            out_dir.join("x.png").to_str().unwrap(),
        ],
        Some(""),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "x.png: cannot tell the format from the extension; use \
             .graphml, .gexf, .json, .csv or .html, or --format"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn gexf_has_a_timeline_when_documents_have_dates() {
    let g = gazetteer_dir("gexf");
    let gs = g.to_str().unwrap();
    let jsonl = concat!(
        r#"{"id": "a", "date": "2024-01-15", "text": "Rusland en Iran."}"#,
        "\n",
        r#"{"id": "b", "date": "2024-01-17T09:00:00Z", "text": "Iran en Rusland. Rusland en Iran."}"#,
        "\n",
        r#"{"id": "c", "date": "gisteren", "text": "Rusland en Iran."}"#,
        "\n",
    );
    // (output, extra arguments, dynamic)
    let rows: [(&str, &[&str], bool); 3] = [
        ("dated.GEXF", &[], true),
        ("dated.out", &["--format", "gexf"], true),
        ("undated.gexf", &[], false),
    ];
    for (file, extra, dynamic) in rows {
        let output = g.join(file);
        let mut args = graph_args(gs, output.to_str().unwrap());
        args.extend(extra);
        let input = if dynamic {
            jsonl.to_string()
        } else {
            jsonl.replace("2024-01-1", "gisteren ")
        };
        let o = run(&args, Some(&input));
        assert!(o.status.success(), "{file}: {}", stderr(&o));
        let gexf = std::fs::read_to_string(&output).unwrap();
        let spells = [
            r#"<spell start="2024-01-15" end="2024-01-15"/>"#,
            r#"<spell start="2024-01-17" end="2024-01-17"/>"#,
            r#"<attvalue for="weight" value="2" start="2024-01-17" end="2024-01-17"/>"#,
            r#"mode="dynamic" timeformat="date""#,
        ];
        for spell in spells {
            assert_eq!(
                gexf.contains(spell),
                dynamic,
                "{file}: {spell}\n{gexf}"
            );
        }
        // The total weight counts the document without a day too.
        assert!(gexf.contains(r#"target="Q794" weight="4""#), "{gexf}");
    }
}

#[test]
fn json_lines_with_a_broken_line() {
    let g = gazetteer_dir("jsonl");
    let corpus = g.join("corpus.jsonl");
    std::fs::write(
        &corpus,
        "{\"id\": \"a\", \"text\": \"Rusland en Iran.\", \"date\": \"2024-01-01\"}\n{broken\n{\"id\": 7, \"text\": \"Noord-Korea.\"}\n",
    )
    .unwrap();
    let args = [
        "extract",
        "--no-builtin",
        "-g",
        g.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ];
    let o = run(&args, None);
    assert_eq!(o.status.code(), Some(1), "a document was skipped");
    assert_eq!(stdout(&o).lines().count(), 2);
    assert!(
        stdout(&o).contains("\"date\":\"2024-01-01\"")
            && stdout(&o).contains("\"id\":\"7\"")
    );
    let message = format!("{}:2: bad JSON line", corpus.display());
    assert!(stderr(&o).contains(&message), "{}", stderr(&o));
    let mut strict = args.to_vec();
    strict.push("--strict");
    let o = run(&strict, None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&message), "{}", stderr(&o));
}

#[test]
fn standard_input_text_and_json_lines() {
    let g = gazetteer_dir("stdin");
    let g = g.to_str().unwrap();
    let o =
        run(&["extract", "--no-builtin", "-g", g], Some("Rusland en Iran."));
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("\"id\":\"-\"") && stdout(&o).contains("Q794")
    );
    let o = run(
        &["extract", "--no-builtin", "-g", g, "--stdin-jsonl", "-"],
        Some("{\"id\":\"x\",\"text\":\"Iran\"}\n"),
    );
    assert!(stdout(&o).contains("\"id\":\"x\""));
}

#[test]
fn errors_exit_2_with_one_line_naming_the_file() {
    let o = run(&["extract", "/no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "newsgraph: /no/such/file.txt: no such file or folder"
    );
    // The OS error is said once.
    let o = run(&["gazetteer", "check", "-g", "/no/such/people.tsv"], None);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "newsgraph: /no/such/people.tsv: No such file or directory (os error 2)\n"
    );
    let bad = gazetteer_dir("bad");
    std::fs::write(bad.join("people.tsv"), "id\tname\nQ1\t\n").unwrap();
    let o = run(
        &["gazetteer", "check", "--no-builtin", "-g", bad.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let want =
        format!("{}:2: missing name for Q1", bad.join("people.tsv").display());
    assert!(stderr(&o).contains(&want), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1);
    // A failed graph run leaves no partial output behind, and an earlier
    // output stays as it was.
    let failed_graph = |output: &Path| {
        let o = run(
            &[
                "graph",
                "--no-builtin",
                "-g",
                bad.to_str().unwrap(),
                "-o",
                output.to_str().unwrap(),
            ],
            Some("x"),
        );
        assert_eq!(o.status.code(), Some(2));
    };
    let earlier = bad.join("earlier.graphml");
    std::fs::write(&earlier, "earlier run").unwrap();
    failed_graph(&earlier);
    assert_eq!(std::fs::read_to_string(&earlier).unwrap(), "earlier run");
    let target = bad.join("graph.graphml");
    failed_graph(&target);
    assert!(!target.exists());
    assert_eq!(temporary_files(&bad), Vec::<String>::new());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let g = gazetteer_dir("pipe");
    // Enough output to fill the pipe after `head -c 10` has gone.
    let corpus = g.join("big.jsonl");
    let line =
        "{\"id\":\"d\",\"text\":\"Rusland en Iran en Noord-Korea. \"}\n";
    std::fs::write(&corpus, line.repeat(20_000)).unwrap();
    let script = format!(
        "'{BIN}' extract --no-builtin -g '{}' '{}' | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}",
        g.display(),
        corpus.display()
    );
    let o = Command::new("bash").arg("-c").arg(script).output().unwrap();
    assert_eq!(
        stdout(&o).trim(),
        "0",
        "exit code of newsgraph: {}",
        stderr(&o)
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn gazetteer_list_and_stats() {
    let g = gazetteer_dir("list");
    let o = run(
        &["gazetteer", "list", "--no-builtin", "-g", g.to_str().unwrap()],
        None,
    );
    assert!(
        stdout(&o).contains("Q159\tcountry\tRussia\tRussia|Rusland|Russische")
    );
    let o = run(
        &["gazetteer", "stats", "--no-builtin", "-g", g.to_str().unwrap()],
        None,
    );
    assert!(stdout(&o).contains("country\t3\t7"), "{}", stdout(&o));
}

#[test]
fn folders_read_extensions_in_any_case_and_count_the_rest() {
    let g = gazetteer_dir("extensions");
    let dir = g.join("corpus");
    std::fs::create_dir_all(&dir).unwrap();
    let jsonl = "{\"id\":\"j\",\"text\":\"Iran\"}\n";
    // (file, read as a document?)
    let rows = [
        ("a.TXT", true),
        ("b.txt", true),
        ("c.ndjson", true),
        ("d.JSONL", true),
        ("e.md", false),
        ("f.json", false),
        ("g.txt.bak", false),
    ];
    for (file, _) in rows {
        let json = file.to_lowercase().contains("json");
        let body = if json { jsonl } else { "Rusland" };
        std::fs::write(dir.join(file), body).unwrap();
    }
    let o = run(
        &[
            "extract",
            "--verbose",
            "--no-builtin",
            "-g",
            g.to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let read = rows.iter().filter(|(_, read)| *read).count();
    assert_eq!(stdout(&o).lines().count(), read, "{}", stdout(&o));
    for (file, read) in rows {
        let named = format!("{}: skipped", dir.join(file).display());
        assert_eq!(
            stderr(&o).contains(&named),
            !read,
            "{file}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn standard_input_is_json_lines_when_it_starts_with_a_brace() {
    let g = gazetteer_dir("sniff");
    let g = g.to_str().unwrap();
    let jsonl = "\n  {\"id\":\"x\",\"text\":\"Iran\"}\n{\"id\":\"y\",\"text\":\"Rusland\"}\n";
    // (flags, input, document ids)
    let rows: [(&[&str], &str, &[&str]); 5] = [
        (&[], jsonl, &["x", "y"]),
        (&["-"], jsonl, &["x", "y"]),
        (&["--stdin-text"], jsonl, &["-"]),
        (&[], "  Rusland {en} Iran", &["-"]),
        (&["--stdin-jsonl"], "{\"id\":\"z\",\"text\":\"\"}", &["z"]),
    ];
    for (flags, input, ids) in rows {
        let mut args = vec!["extract", "--no-builtin", "-g", g];
        args.extend_from_slice(flags);
        let o = run(&args, Some(input));
        assert!(o.status.success(), "{flags:?}: {}", stderr(&o));
        let got: Vec<String> = stdout(&o)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["id"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(got, ids, "{flags:?} {input:?}");
    }
    // Text spans count from the first byte, blank lines included.
    let o = run(&["extract", "--no-builtin", "-g", g], Some("\n\n  Iran"));
    assert!(stdout(&o).contains("\"start\":4,\"end\":8"), "{}", stdout(&o));
}

#[test]
fn no_input_and_a_terminal_prints_usage_instead_of_waiting() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to give the command a terminal");
        return;
    }
    // `script` runs the command on a new terminal; it must not wait.
    let o = Command::new("timeout")
        .args(["10", "script", "-qec"])
        .arg(format!("'{BIN}' extract --no-builtin"))
        .arg("/dev/null")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(2), "{text}");
    assert!(text.contains("standard input is a terminal"), "{text}");
    assert!(text.contains("Usage: newsgraph extract"), "{text}");
}

/// A JSON-lines corpus of three documents in the test gazetteer's folder.
fn three_documents(g: &Path) -> PathBuf {
    let corpus = g.join("three.jsonl");
    std::fs::write(
        &corpus,
        "{\"id\":\"a\",\"text\":\"Rusland en Iran.\"}\n\
         {\"id\":\"b\",\"text\":\"Noord-Korea en Rusland.\"}\n\
         {\"id\":\"c\",\"text\":\"Iran en Noord-Korea.\"}\n",
    )
    .unwrap();
    corpus
}

#[test]
fn a_document_that_panics_is_reported_and_the_run_goes_on() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the test panic exists in debug builds only");
        return;
    }
    let g = gazetteer_dir("panic");
    let corpus = three_documents(&g);
    let run_with = |panic_on: &str, args: &[&str]| {
        let mut all = vec![args[0], "--no-builtin", "-g", g.to_str().unwrap()];
        all.extend_from_slice(&args[1..]);
        Command::new(BIN)
            .args(&all)
            .env("NEWSGRAPH_TEST_PANIC_ON", panic_on)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let report = "newsgraph: b: cannot process this document (test panic, asked for by NEWSGRAPH_TEST_PANIC_ON); skipped\n";
    // (document that panics, ids extracted, exit status)
    let rows: [(&str, &[&str], i32); 3] = [
        ("none", &["a", "b", "c"], 0),
        ("b", &["a", "c"], 1),
        ("c", &["a", "b"], 1),
    ];
    for (panic_on, ids, status) in rows {
        let o = run_with(panic_on, &["extract", corpus.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(status), "{}", stderr(&o));
        let got: Vec<String> = stdout(&o)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["id"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(got, ids);
        assert_eq!(stderr(&o).contains("cannot process"), status == 1);
        assert!(!stderr(&o).contains("panicked at"), "{}", stderr(&o));
    }
    // The graph without b is the graph of a and c alone.
    let with_panic = g.join("with-panic.graphml");
    let o = run_with(
        "b",
        &[
            "graph",
            corpus.to_str().unwrap(),
            "-o",
            with_panic.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with(report), "{}", stderr(&o));
    assert!(stderr(&o).contains("from 2 documents; 1 document failed"));
    let two = g.join("two.jsonl");
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    std::fs::write(&two, format!("{}\n{}\n", lines[0], lines[2])).unwrap();
    let without = g.join("without.graphml");
    let o = run_with(
        "none",
        &["graph", two.to_str().unwrap(), "-o", without.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    assert_eq!(read(&with_panic), read(&without));
}

#[test]
fn exit_status_and_summary_line() {
    let g = gazetteer_dir("status");
    let gs = g.to_str().unwrap();
    let corpus = three_documents(&g);
    let corpus = corpus.to_str().unwrap();
    let empty = g.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("notes.md"), "Iran").unwrap();
    let out = g.join("status.graphml");
    let out = out.to_str().unwrap();
    let broken = "{\"id\":\"a\",\"text\":\"Iran\"}\n{broken\n";
    // (arguments, standard input, exit status, summary line or warning)
    let rows: [(&[&str], &str, i32, &str); 10] = [
        (
            &["graph", "-o", out],
            " \n",
            3,
            &format!(
                "newsgraph: warning: no documents read\nwrote {out}: 0 nodes, 0 edges from 0 documents\n"
            ),
        ),
        (
            &["extract", corpus],
            "",
            0,
            "extracted 6 mentions from 3 documents\n",
        ),
        (&["extract", "-q", corpus], "", 0, ""),
        (
            &["extract"],
            broken,
            1,
            "extracted 1 mention from 1 document; 1 document could not be read\n",
        ),
        (&["extract", "--strict"], broken, 2, ""),
        (
            &["extract"],
            "",
            3,
            "newsgraph: warning: no documents read\nextracted 0 mentions from 0 documents\n",
        ),
        (
            &["extract", "-q", empty.to_str().unwrap()],
            "",
            3,
            "newsgraph: warning: no documents read\n",
        ),
        (
            &["graph", corpus, "-o", out],
            "",
            0,
            &format!("wrote {out}: 3 nodes, 3 edges from 3 documents\n"),
        ),
        (
            &[
                "graph",
                corpus,
                "-o",
                out,
                "--kinds",
                "country",
                "--min-weight",
                "2",
            ],
            "",
            0,
            &format!(
                "wrote {out}: 0 nodes, 0 edges from 3 documents; 3 entities without edges left out (--keep-isolated)\n"
            ),
        ),
        (
            &[
                "graph",
                corpus,
                "-o",
                out,
                "--min-weight",
                "2",
                "--keep-isolated",
            ],
            "",
            0,
            &format!("wrote {out}: 3 nodes, 0 edges from 3 documents\n"),
        ),
    ];
    for (args, input, status, summary) in rows {
        let mut all = vec![args[0], "--no-builtin", "-g", gs];
        all.extend_from_slice(&args[1..]);
        let o = run(&all, Some(input));
        assert_eq!(o.status.code(), Some(status), "{args:?}: {}", stderr(&o));
        if status != 2 {
            let err = stderr(&o);
            let tail = err.lines().filter(|l| !l.contains("bad JSON"));
            let tail: String = tail.map(|l| format!("{l}\n")).collect();
            assert_eq!(tail, summary, "{args:?}");
        }
    }
}

#[test]
fn title_mentions_slice_the_title_and_text_mentions_the_text() {
    let g = gazetteer_dir("title");
    let corpus = g.join("titled.jsonl");
    let docs = [
        ("t1", "Iran en Rusland", "Noord-Korea zweeg.\nRusland ook."),
        ("t2", "Één titel met Iran", "Tekst zonder titel: Rusland."),
        ("t3", "", "Iran."),
    ];
    let mut lines = String::new();
    for (id, title, text) in docs {
        let doc = serde_json::json!({"id": id, "title": title, "text": text});
        lines.push_str(&format!("{doc}\n"));
    }
    std::fs::write(&corpus, lines).unwrap();
    let gs = g.to_str().unwrap();
    let o = run(
        &["extract", "--no-builtin", "-g", gs, corpus.to_str().unwrap()],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut fields = Vec::new();
    for (line, (id, title, text)) in stdout(&o).lines().zip(docs) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["id"], id);
        for m in v["mentions"].as_array().unwrap() {
            let field = m["field"].as_str().unwrap();
            let source = if field == "title" { title } else { text };
            let (start, end) = (m["start"].as_u64(), m["end"].as_u64());
            let range = start.unwrap() as usize..end.unwrap() as usize;
            assert_eq!(&source[range], m["text"], "{id}: {m}");
            let (cs, ce) = (m["char_start"].as_u64(), m["char_end"].as_u64());
            let chars: String = source
                .chars()
                .skip(cs.unwrap() as usize)
                .take((ce.unwrap() - cs.unwrap()) as usize)
                .collect();
            assert_eq!(chars, m["text"].as_str().unwrap(), "{id}: {m}");
            if field == "title" {
                assert_eq!(m["role"], "headline", "{m}");
            }
            fields
                .push(format!("{id} {field} {}", m["text"].as_str().unwrap()));
        }
    }
    assert_eq!(
        fields,
        [
            "t1 title Iran",
            "t1 title Rusland",
            "t1 text Noord-Korea",
            "t1 text Rusland",
            "t2 title Iran",
            "t2 text Rusland",
            "t3 text Iran",
        ]
    );
    let tsv = run(
        &[
            "extract",
            "--format",
            "tsv",
            "--no-builtin",
            "-g",
            gs,
            corpus.to_str().unwrap(),
        ],
        None,
    );
    let title_row = "t1\tQ794\tcountry\tIran\tIran\t0\t4\t0\t4\tname\t\
                     headline\t0\t0\t0\ttitle\n";
    assert!(stdout(&tsv).contains(title_row), "{}", stdout(&tsv));

    // The graph: in the sentence window the title links only its own
    // entities; with the document window it joins the text.
    let graph = |window: &str| {
        let out = g.join(format!("titled-{window}.json"));
        let o = run(
            &[
                "graph",
                "--no-builtin",
                "-g",
                gs,
                "--window",
                window,
                corpus.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            None,
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out).unwrap())
                .unwrap();
        let mut edges: Vec<(String, String, serde_json::Value)> = v["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let (a, b) = (
                    e["source"].as_str().unwrap(),
                    e["target"].as_str().unwrap(),
                );
                let (a, b) = if a < b { (a, b) } else { (b, a) };
                (a.to_string(), b.to_string(), e["evidence"].clone())
            })
            .collect();
        edges.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        edges
    };
    let sentence = graph("sentence");
    let pairs: Vec<(&str, &str)> =
        sentence.iter().map(|(a, b, _)| (a.as_str(), b.as_str())).collect();
    assert_eq!(pairs, [("Q159", "Q794")], "Russia and Iran, in t1's title");
    // Its evidence lies past t1's text, in text + "\n\n" + title.
    let evidence = &sentence[0].2[0];
    let joined = format!("{}\n\n{}", docs[0].2, docs[0].1);
    let span = &evidence["span"];
    let range = span["start"].as_u64().unwrap() as usize
        ..span["end"].as_u64().unwrap() as usize;
    assert_eq!(&joined[range], docs[0].1, "{evidence}");
    let document = graph("document");
    let pairs: Vec<(&str, &str)> =
        document.iter().map(|(a, b, _)| (a.as_str(), b.as_str())).collect();
    assert_eq!(pairs, [("Q159", "Q423"), ("Q159", "Q794"), ("Q423", "Q794")]);
}

/// The arguments of a graph run on the test gazetteer, writing `output`.
fn graph_args<'a>(g: &'a str, output: &'a str) -> Vec<&'a str> {
    vec!["graph", "--no-builtin", "-g", g, "-o", output]
}

/// Files in `dir` whose name starts with `.tmp` (tempfile's prefix).
fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".tmp"))
        .collect()
}

#[test]
fn a_signal_removes_the_temporary_file_and_keeps_the_old_output() {
    let g = gazetteer_dir("signal");
    // (signal, exit status)
    for (signal, status) in [("TERM", 143), ("INT", 130)] {
        let dir = g.join(format!("out-{signal}"));
        std::fs::create_dir_all(&dir).unwrap();
        let output = dir.join("news.graphml");
        std::fs::write(&output, "old graph").unwrap();
        let args = graph_args(g.to_str().unwrap(), output.to_str().unwrap());
        let mut child = Command::new(BIN)
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A large generated corpus, fed until the command is gone.
        let mut input = child.stdin.take().unwrap();
        let feeder = std::thread::spawn(move || {
            for i in 0..2_000_000 {
                let line = format!(
                    "{{\"id\":\"d{i}\",\"text\":\"Rusland en Iran. Noord-Korea.\"}}\n"
                );
                if input.write_all(line.as_bytes()).is_err() {
                    break;
                }
            }
        });
        let started = std::time::Instant::now();
        while temporary_files(&dir).is_empty() {
            assert!(started.elapsed().as_secs() < 30, "no temporary file");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        // Let it work on the input for a moment.
        std::thread::sleep(std::time::Duration::from_millis(200));
        let killed = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(killed.success());
        let o = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        assert_eq!(o.status.code(), Some(status), "{}", stderr(&o));
        assert_eq!(temporary_files(&dir), Vec::<String>::new());
        assert_eq!(std::fs::read_to_string(&output).unwrap(), "old graph");
    }
}

#[test]
fn fifos_devices_and_symbolic_links() {
    use std::os::unix::fs::FileTypeExt;
    let g = gazetteer_dir("special");
    let gs = g.to_str().unwrap();
    let dir = g.join("special");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text = Some("Rusland en Iran.");

    // A FIFO gets the bytes and stays a FIFO.
    let fifo = dir.join("graph.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let mut args = graph_args(gs, fifo.to_str().unwrap());
    args.extend(["--format", "graphml"]);
    let o = run(&args, text);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(reader.join().unwrap().contains("<edge source=\"Q159\""));
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo());

    // /dev/null works and stays a device.
    let mut args = graph_args(gs, "/dev/null");
    args.extend(["--format", "json"]);
    let o = run(&args, text);
    assert!(o.status.success(), "{}", stderr(&o));
    let kind = std::fs::symlink_metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device());

    // A link to a file: the file is replaced, the link stays.
    let real = dir.join("real.graphml");
    std::fs::write(&real, "old").unwrap();
    let link = dir.join("link.graphml");
    std::os::unix::fs::symlink("real.graphml", &link).unwrap();
    let o = run(&graph_args(gs, link.to_str().unwrap()), text);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    let graphml = std::fs::read_to_string(&real).unwrap();
    assert!(graphml.contains("<graphml"), "{graphml}");
    assert_eq!(temporary_files(&dir), Vec::<String>::new());

    // Refused: (output, message); nothing changes.
    let dangling = dir.join("dangling.graphml");
    std::os::unix::fs::symlink("missing.graphml", &dangling).unwrap();
    let folder = dir.join("folder.graphml");
    std::fs::create_dir_all(&folder).unwrap();
    let rows = [
        (dangling.clone(), "a symbolic link to nothing; not replaced"),
        (folder.clone(), "is a folder"),
    ];
    for (output, message) in rows {
        let o = run(&graph_args(gs, output.to_str().unwrap()), text);
        assert_eq!(o.status.code(), Some(2));
        let want = format!("newsgraph: {}: {message}", output.display());
        assert!(stderr(&o).starts_with(&want), "{}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    }
    assert!(std::fs::symlink_metadata(&dangling).unwrap().is_symlink());
    assert!(!dir.join("missing.graphml").exists());
    assert_eq!(temporary_files(&dir), Vec::<String>::new());
}

#[test]
fn output_names_and_errors() {
    let g = gazetteer_dir("names");
    let gs = g.to_str().unwrap();
    let text = Some("Rusland en Iran.");
    // The format follows the extension in any case.
    for (file, start) in [
        ("x.GRAPHML", "<?xml"),
        ("x.Gexf", "<?xml"),
        ("x.Json", "{"),
        ("x.CSV", ""),
    ] {
        let output = g.join(file);
        let o = run(&graph_args(gs, output.to_str().unwrap()), text);
        assert!(o.status.success(), "{file}: {}", stderr(&o));
        if file == "x.CSV" {
            assert!(
                g.join("x-nodes.csv").exists()
                    && g.join("x-edges.csv").exists()
            );
        } else {
            let written = std::fs::read_to_string(&output).unwrap();
            assert!(written.starts_with(start), "{file}: {written}");
        }
    }
    // An error names the user's path, not a temporary file, and says the
    // OS error once.
    let o = run(&graph_args(gs, "/no/such/folder/x.graphml"), text);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "newsgraph: /no/such/folder/x.graphml: cannot write in /no/such/folder: No such file or directory (os error 2)\n"
    );
}

#[test]
fn gazetteer_check_finds_common_mistakes() {
    let base = gazetteer_dir("check");
    // (file name, content, exit status, expected stderr lines)
    let rows: [(&str, &str, i32, &[&str]); 6] = [
        ("people.tsv", "id\tname\tcountry\nQ7\tPiet\tQ159\n", 0, &[]),
        (
            "people.tsv",
            "id\tname\tcountry\nP1\tPiet\tQ999\nP2\tJan\tQ1\n",
            2,
            &[
                "newsgraph: P1 (Piet): country Q999 is in no gazetteer",
                "newsgraph: P2 (Jan): country Q1 is an organisation, not a country",
                "newsgraph: 2 entities have a country id that is no country",
            ],
        ),
        (
            "people.tsv",
            "id name aliases\nQ7 Piet\n",
            2,
            &[
                "people.tsv:1: header has no \"id\" column; the header has no tabs: columns must be separated by tabs",
            ],
        ),
        (
            "mixed.tsv",
            "id\tname\tkind\nQ7\tPiet\tpersoon\n",
            2,
            &[
                "mixed.tsv:2: unknown kind \"persoon\"; the kinds are person, country, region, place, organisation and theme",
            ],
        ),
        (
            "mixed.tsv",
            "id\tname\nQ7\tPiet\n",
            2,
            &[
                "mixed.tsv:2: no kind: add a kind column (person, country, region, place, organisation or theme) or name the file after its kind (people.tsv, countries.tsv, ...)",
            ],
        ),
        (
            "notes.txt",
            "not a gazetteer",
            0,
            &["newsgraph: warning: FOLDER: no .tsv files in this folder"],
        ),
    ];
    for (i, (file, content, status, lines)) in rows.into_iter().enumerate() {
        let dir = base.join(format!("case{i}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(file), content).unwrap();
        let o = run(
            &[
                "gazetteer",
                "check",
                "--no-builtin",
                "-g",
                base.to_str().unwrap(),
                "-g",
                dir.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(status), "{file}: {}", stderr(&o));
        let err = stderr(&o);
        let got: Vec<&str> = err.lines().collect();
        assert_eq!(got.len(), lines.len(), "{err}");
        for (got, want) in got.iter().zip(lines) {
            let want = want.replace("FOLDER", dir.to_str().unwrap());
            assert!(got.ends_with(&want), "{got}\nwant {want}");
        }
    }
}

/// A discovered name says why it was taken for one; `--no-discover`
/// leaves it out.
#[test]
fn discovered_mentions_carry_their_cue() {
    let text = "Het zei woordvoerder Marloes Kuipers van de brandweer.";
    let o = run(&["extract", "--quiet", "-"], Some(text));
    let line: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let mention = &line["mentions"][0];
    assert_eq!(mention["text"], "Marloes Kuipers");
    assert_eq!(mention["form"], "discovered");
    assert_eq!(mention["entity"], "new:person:marloes-kuipers");
    assert_eq!(mention["cue"]["kind"], "role");
    assert_eq!(mention["cue"]["text"], "woordvoerder");
    let o = run(&["extract", "--quiet", "--no-discover", "-"], Some(text));
    let line: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(line["mentions"].as_array().map(Vec::len), Some(0));
}

#[test]
fn shared_names_policy_on_check_extract_and_graph() {
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-cli-shared-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let places = dir.join("places.tsv");
    std::fs::write(
        &places,
        "id\tname\taliases\tsalience\nQ830149\tParis, Texas\tParis\t40\nQ90\tParis\tParijs\t250\n",
    )
    .unwrap();
    let g = places.to_str().unwrap();
    // (arguments, exit status, stdout, stderr lines)
    let rows: &[(&[&str], i32, &str, &[&str])] = &[
        (
            &["gazetteer", "check", "--no-builtin", "-g", g],
            2,
            "",
            &[
                "places.tsv:3: form \"Paris\" of Q90 is already claimed by Q830149",
            ],
        ),
        (
            &[
                "gazetteer",
                "check",
                "--no-builtin",
                "--shared-names",
                "reject",
                "-g",
                g,
            ],
            2,
            "",
            &[
                "places.tsv:3: form \"Paris\" of Q90 is already claimed by Q830149",
            ],
        ),
        (
            &[
                "gazetteer",
                "check",
                "--no-builtin",
                "--shared-names",
                "salient",
                "-g",
                g,
            ],
            0,
            "ok: 2 entities, 4 forms, 0 declared ambiguous\nshared names (--shared-names salient): 1 form resolved by salience, 0 forms skipped\n",
            &[],
        ),
        (
            &[
                "gazetteer",
                "check",
                "--no-builtin",
                "--shared-names",
                "skip",
                "-g",
                g,
            ],
            0,
            "ok: 2 entities, 4 forms, 0 declared ambiguous\nshared names (--shared-names skip): 0 forms resolved by salience, 1 form skipped\n",
            &[],
        ),
        (
            &[
                "gazetteer",
                "stats",
                "--no-builtin",
                "--shared-names",
                "first",
                "-g",
                g,
            ],
            2,
            "",
            &[
                "invalid value 'first' for '--shared-names <SHARED_NAMES>'",
                "[possible values: reject, salient, skip]",
                "",
                "For more information, try '--help'.",
            ],
        ),
        (
            &[
                "extract",
                "--no-builtin",
                "--no-discover",
                "--shared-names",
                "salient",
                "--format",
                "tsv",
                "-g",
                g,
                "-",
            ],
            0,
            "",
            &[
                "newsgraph: shared names (--shared-names salient): 1 form resolved by salience, 0 forms skipped",
                "extracted 3 mentions from 1 document",
            ],
        ),
        (
            &[
                "extract",
                "--no-builtin",
                "--no-discover",
                "--shared-names",
                "salient",
                "--verbose",
                "--format",
                "tsv",
                "-g",
                g,
                "-",
            ],
            0,
            "",
            &[
                "newsgraph: shared names (--shared-names salient): 1 form resolved by salience, 0 forms skipped",
                "newsgraph: shared name \"paris\": kept by Q90, a partial of Q830149",
                "extracted 3 mentions from 1 document",
            ],
        ),
        (
            &[
                "extract",
                "--no-builtin",
                "--no-discover",
                "--shared-names",
                "skip",
                "--quiet",
                "--format",
                "tsv",
                "-g",
                g,
                "-",
            ],
            0,
            "",
            &[],
        ),
    ];
    let text = "Paris is groot. Paris, Texas is klein. Paris ligt in Texas.";
    for &(args, status, want_out, want_err) in rows {
        let o = run(args, Some(text));
        assert_eq!(o.status.code(), Some(status), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        let got: Vec<&str> = err.lines().collect();
        assert_eq!(got.len(), want_err.len(), "{args:?}: {err}");
        for (got, want) in got.iter().zip(want_err) {
            assert!(got.contains(want), "{args:?}: {got}\nwant {want}");
        }
        if args[0] == "gazetteer" {
            assert_eq!(stdout(&o), want_out, "{args:?}");
        }
    }
    // The mentions themselves: Q90 for the bare name, then the Texan
    // partial after its full name; with skip, only the full name.
    let ids = |policy: &str| -> Vec<String> {
        let o = run(
            &[
                "extract",
                "--no-builtin",
                "--no-discover",
                "--quiet",
                "--shared-names",
                policy,
                "--format",
                "tsv",
                "-g",
                g,
                "-",
            ],
            Some(text),
        );
        stdout(&o)
            .lines()
            .skip(1)
            .map(|l| l.split('\t').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("salient"), ["Q90", "Q830149", "Q830149"]);
    assert_eq!(ids("skip"), ["Q830149"]);
    let o = run(
        &[
            "graph",
            "--no-builtin",
            "--no-discover",
            "--shared-names",
            "salient",
            "-g",
            g,
            "-o",
            dir.join("g.json").to_str().unwrap(),
            "-",
        ],
        Some(text),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with(
            "newsgraph: shared names (--shared-names salient): 1 form"
        ),
        "{}",
        stderr(&o)
    );
}

/// `gazetteer import` writes files that `gazetteer check` passes beside
/// the built-in gazetteers; malformed lines are reported with file and
/// line and give exit status 1; `--strict` stops at the first (status 2).
#[test]
fn gazetteer_import_writes_files_that_check_passes() {
    let samples =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/import");
    let sample = |p: &str| samples.join(p).to_string_lossy().to_string();
    // (name, arguments, exit status, files, a line of stderr)
    type Row = (
        &'static str,
        Vec<String>,
        i32,
        &'static [&'static str],
        &'static str,
    );
    let rows: [Row; 5] = [
        (
            "import000 spacy",
            vec!["spacy".into(), sample("spacy/patterns.jsonl")],
            1,
            &["organisations.tsv", "people.tsv", "places.tsv"],
            "spacy/patterns.jsonl:13: no \"label\"; skipped",
        ),
        (
            "import010 gate",
            vec!["gate".into(), sample("gate/lists.def")],
            1,
            &["organisations.tsv", "places.tsv", "regions.tsv"],
            "gate/city.lst:5: empty entry; skipped",
        ),
        (
            "import020 wikidata",
            vec!["wikidata".into(), sample("wikidata/dump.json")],
            1,
            &[
                "countries.tsv",
                "organisations.tsv",
                "people.tsv",
                "places.tsv",
            ],
            "1 id already in the gazetteers",
        ),
        (
            "import030 wdqs plain json, --kind",
            vec![
                "wdqs".into(),
                sample("wdqs/organisations.json"),
                "--kind".into(),
                "organisation".into(),
            ],
            0,
            &["organisations.tsv"],
            "read 3, wrote 2 (organisation 2), skipped 1 (1 no label)",
        ),
        (
            "import040 spacy, --map NORP=place",
            vec![
                "spacy".into(),
                sample("spacy/patterns.jsonl"),
                "--map".into(),
                "NORP=place".into(),
            ],
            1,
            &["organisations.tsv", "people.tsv", "places.tsv"],
            "wrote 6 (person 1, place 3, organisation 2)",
        ),
    ];
    for (name, args, status, files, line) in rows {
        let out = std::env::temp_dir()
            .join(format!("newsgraph-cli-import-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let mut argv = vec!["gazetteer", "import", "--from"];
        argv.extend(args.iter().map(String::as_str));
        argv.extend(["-o", out.to_str().unwrap()]);
        let o = run(&argv, None);
        assert_eq!(o.status.code(), Some(status), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(line), "{name}: {}", stderr(&o));
        let mut written: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        written.sort();
        assert_eq!(written, files, "{name}");
        let o =
            run(&["gazetteer", "check", "-g", out.to_str().unwrap()], None);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert!(stdout(&o).starts_with("ok: "), "{name}");
        std::fs::remove_dir_all(&out).unwrap();
    }
    // A dump on standard input.
    let out = std::env::temp_dir()
        .join(format!("newsgraph-cli-import-stdin-{}", std::process::id()));
    let dump = std::fs::read_to_string(sample("wikidata/dump.json")).unwrap();
    let o = run(
        &[
            "gazetteer",
            "import",
            "--from",
            "wikidata",
            "-",
            "-o",
            out.to_str().unwrap(),
        ],
        Some(&dump),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("-:12: not a JSON entity"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "wrote 5 (person 2, country 1, place 1, organisation 1)"
        )
    );
    std::fs::remove_dir_all(&out).unwrap();
    let out = std::env::temp_dir()
        .join(format!("newsgraph-cli-import-strict-{}", std::process::id()));
    let o = run(
        &[
            "gazetteer",
            "import",
            "--from",
            "wikidata",
            "--strict",
            &sample("wikidata/dump.json"),
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("wikidata/dump.json:12: not a JSON entity"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// `gazetteer export --to spacy` writes one pattern per line with the
/// entity id, from the built-in set or from `-g` files.
#[test]
fn gazetteer_export_to_spacy() {
    let g = gazetteer_dir("export");
    let out = g.join("patterns.jsonl");
    let o = run(
        &[
            "gazetteer",
            "export",
            "--to",
            "spacy",
            "--no-builtin",
            "-g",
            g.to_str().unwrap(),
            "--label",
            "country=COUNTRY",
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    let want = r#"{"id":"Q159","label":"COUNTRY","pattern":"Russia"}
{"id":"Q159","label":"COUNTRY","pattern":"Rusland"}
{"id":"Q159","label":"COUNTRY","pattern":"Russische"}
{"id":"Q794","label":"COUNTRY","pattern":"Iran"}
{"id":"Q794","label":"COUNTRY","pattern":"Iraanse"}
{"id":"Q423","label":"COUNTRY","pattern":"North Korea"}
{"id":"Q423","label":"COUNTRY","pattern":"Noord-Korea"}
{"id":"Q1","label":"ORG","pattern":[{"ORTH":"ANP"}]}
"#;
    assert_eq!(text, want);
    assert!(stderr(&o).contains("8 patterns of 4 entities"), "{}", stderr(&o));
    let o = run(
        &[
            "gazetteer",
            "export",
            "--to",
            "spacy",
            "--label",
            "x",
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("expected KIND=LABEL"), "{}", stderr(&o));
    std::fs::remove_dir_all(&g).unwrap();
}
