//! Reading inputs: bad files never stop a batch, front matter, stdin, crawler JSONL.

use crate::cli::{AR_ARTICLE, EN_ARTICLE};
use crate::util::{check_extraction, Dir, Failures, Result};

/// Sources of the stored documents, sorted.
fn stored_sources(dir: &Dir) -> Vec<String> {
    let mut v: Vec<String> = dir
        .select("SELECT ?src WHERE { GRAPH ?g { ?d a ng:Document ; dcterms:source ?src } }")
        .into_iter()
        .filter_map(|mut row| row.remove("src"))
        .collect();
    v.sort();
    v
}

fn jsonl_line(text: &str) -> String {
    serde_json::json!({ "text": text, "title": "t" }).to_string()
}

#[test]
fn bad_inputs_do_not_stop_the_batch() -> Result {
    let dir = Dir::new("badinput");
    dir.create("good.txt", EN_ARTICLE);
    dir.create("empty.txt", "");
    dir.create(
        "binary.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00 binary\x00\x00",
    );
    // Valid UTF-8 first line, Latin-1 "é" on the second.
    dir.create("latin1.txt", b"first line\nSyrian caf\xe9 owner met\n");
    let jsonl = [
        jsonl_line(AR_ARTICLE),
        r#"{"text": "unterminated"#.to_string(),
        "[1,2]".to_string(),
        jsonl_line("Houthi forces attacked a cargo ship in the Red Sea on Monday."),
    ]
    .join("\n");
    dir.create("mixed.jsonl", jsonl + "\n");
    dir.create("notes.pdf", "%PDF-1.4 not an article");
    let run = dir
        .cmd([
            "ingest",
            "empty.txt",
            "binary.txt",
            "latin1.txt",
            "mixed.jsonl",
            "notes.pdf",
            "missing.txt",
            "good.txt",
        ])
        .run()
        .expect(1);
    let mut failures = Failures::default();
    for (needle, what) in [
        ("empty.txt", "the empty file"),
        ("binary.txt", "the binary file"),
        (
            "latin1.txt:2",
            "the non-UTF-8 file and the line of the bad byte",
        ),
        ("mixed.jsonl:2", "the malformed JSONL line"),
        ("mixed.jsonl:3", "the JSONL line of the wrong shape"),
        ("notes.pdf", "the file of unknown type"),
        ("missing.txt", "the missing path"),
    ] {
        failures.check(run.stderr.lines().any(|l| l.contains(needle)), || {
            format!("stderr does not name {what} ({needle})")
        });
    }
    failures.check(!run.stderr.contains("good.txt"), || {
        "stderr complains about good.txt".into()
    });
    failures.check(
        run.stderr.contains("3 new") && run.stderr.contains("7 failed"),
        || "summary is not `3 new ... 7 failed`".into(),
    );
    failures.finish(&run.to_string());
    let sources = stored_sources(&dir);
    assert_eq!(
        sources,
        ["good.txt", "mixed.jsonl:1", "mixed.jsonl:4"],
        "stored documents{run}"
    );
    // The good article's meeting is in the store.
    let met = dir.count(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ng:metWith ?b } \
         FILTER(CONTAINS(STR(?a), \"abdollahian\") || CONTAINS(STR(?b), \"abdollahian\")) }",
    );
    assert!(met >= 1, "the meeting of good.txt is not stored");

    // A clean batch exits 0.
    dir.create("clean.jsonl", jsonl_line(AR_ARTICLE) + "\n");
    let clean = dir.cmd(["ingest", "good.txt", "clean.jsonl"]).run().ok();
    assert!(clean.stderr.contains("0 failed"), "clean batch{clean}");
    Ok(())
}

#[test]
fn front_matter_is_read() -> Result {
    let dir = Dir::new("frontmatter");
    let body = EN_ARTICLE;
    dir.create(
        "a.txt",
        format!(
            "---\ntitle: Talks in Damascus\ndate: 2024-01-21\nlang: en\nurl: https://example.org/talks\n---\n{body}\n"
        ),
    );
    // The language comes from the front matter, not from detection.
    dir.create(
        "b.txt",
        format!("---\ntitle: \"زيارة\"\nlang: ar\ndate: 2024-01-21T09:30:00Z\n---\n{AR_ARTICLE}"),
    );
    let run = dir.cmd(["extract", "a.txt", "b.txt"]).run().ok();
    let docs = run.json_stream()?;
    assert_eq!(docs.len(), 2, "{run}");
    let (a, b) = (&docs[0]["document"], &docs[1]["document"]);
    assert_eq!(a["title"], "Talks in Damascus", "{run}");
    assert_eq!(a["published"], "2024-01-21", "{run}");
    assert_eq!(a["lang"], "en", "{run}");
    assert_eq!(a["url"], "https://example.org/talks", "{run}");
    assert_eq!(b["title"], "زيارة", "{run}");
    assert_eq!(b["lang"], "ar", "{run}");
    assert_eq!(b["published"], "2024-01-21", "{run}");
    // Spans index the body, not the file with its front matter.
    let mut failures = Failures::default();
    let n = check_extraction(&docs[0], body, &mut failures)
        + check_extraction(&docs[1], AR_ARTICLE, &mut failures);
    failures.check(n > 0, || "no relation".into());
    failures.finish(&run.to_string());
    Ok(())
}

#[test]
fn stdin_and_crawler_jsonl() -> Result {
    let dir = Dir::new("stdin");
    let run = dir.cmd(["extract", "-"]).stdin(EN_ARTICLE).run().ok();
    let docs = run.json_stream()?;
    assert_eq!(docs.len(), 1, "{run}");
    assert_eq!(docs[0]["document"]["source"], "-", "{run}");
    let mut failures = Failures::default();
    let n = check_extraction(&docs[0], EN_ARTICLE, &mut failures);
    failures.check(n > 0, || "no relation from stdin".into());
    failures.finish(&run.to_string());

    // news-please style fields.
    let crawled = [
        serde_json::json!({
            "title": "Talks in Damascus",
            "maintext": EN_ARTICLE,
            "date_publish": "2024-01-21 10:15:00",
            "language": "en",
            "url": "https://example.org/en",
        }),
        serde_json::json!({
            "title": "زيارة",
            "maintext": AR_ARTICLE,
            "date_publish": "2024-01-21T08:00:00",
            "language": "ar",
        }),
    ]
    .map(|v| v.to_string())
    .join("\n");
    dir.create("crawl.jsonl", &crawled);
    let run = dir.cmd(["extract", "crawl.jsonl"]).run().ok();
    let docs = run.json_stream()?;
    assert_eq!(docs.len(), 2, "{run}");
    let mut failures = Failures::default();
    for (d, (text, lang, line)) in docs
        .iter()
        .zip([(EN_ARTICLE, "en", 1), (AR_ARTICLE, "ar", 2)])
    {
        let doc = &d["document"];
        failures.check(doc["lang"] == lang, || {
            format!("line {line}: lang {}", doc["lang"])
        });
        failures.check(doc["published"] == "2024-01-21", || {
            format!("line {line}: published {}", doc["published"])
        });
        failures.check(
            doc["source"] == format!("crawl.jsonl:{line}").as_str(),
            || format!("line {line}: source {}", doc["source"]),
        );
        let n = check_extraction(d, text, &mut failures);
        failures.check(n > 0, || format!("line {line}: no relation"));
    }
    failures.check(
        docs[0]["document"]["url"] == "https://example.org/en",
        || "url not read".into(),
    );
    failures.finish(&run.to_string());

    // The same JSONL on stdin.
    let run = dir.cmd(["extract", "-"]).stdin(crawled).run().ok();
    assert_eq!(run.json_stream()?.len(), 2, "JSONL on stdin{run}");
    Ok(())
}
