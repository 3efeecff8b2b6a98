//! Issue 7, bad input: each case gets one line on stderr naming the file (and line), the batch goes
//! on to the next file, the exit status says whether anything failed, and what was stored before
//! stays as it was (the N-Quads dump of the store is compared before and after).
//!
//! Every case runs `ingest CASE... good.txt` against a store already holding `good.txt`, so "the
//! batch goes on" shows as `1 unchanged` in the summary.

use std::fs;

use crate::cli::{AR_ARTICLE, EN_ARTICLE};
use crate::util::{check_extraction, Dir, Failures, Result, Run};

/// A store holding good.txt, and its dump.
fn stored(name: &str) -> (Dir, String) {
    let dir = Dir::new(name);
    dir.create("good.txt", EN_ARTICLE);
    dir.cmd(["ingest", "good.txt"]).run().ok();
    let before = dump(&dir);
    (dir, before)
}

/// Every quad of the store, sorted (the `nquads` export).
fn dump(dir: &Dir) -> String {
    dir.cmd(["export", "--format", "nquads", "--out", "dump.nq"])
        .run()
        .ok();
    fs::read_to_string(dir.join("dump.nq")).expect("the export wrote dump.nq")
}

/// Runs `ingest INPUTS... good.txt` and checks the exit status, that each of `named` is on exactly
/// one stderr line, that good.txt was still reached, that `new` documents were added and that every
/// quad stored before is still there (and nothing else when `new` is 0).
#[track_caller]
fn ingest_beside_good(
    dir: &Dir,
    before: &str,
    inputs: &[&str],
    code: i32,
    named: &[&str],
    new: usize,
) -> Run {
    let mut args = vec!["ingest"];
    args.extend(inputs);
    args.push("good.txt");
    let run = dir.cmd(&args).run().expect(code);
    let mut failures = Failures::default();
    for needle in named {
        let n = run.stderr.lines().filter(|l| l.contains(needle)).count();
        failures.check(n == 1, || {
            format!("{n} stderr lines name {needle:?}, expected one")
        });
    }
    failures.check(!run.stderr.contains("panicked"), || "a panic".into());
    let summary = run.stderr.lines().find(|l| l.starts_with("documents:"));
    let count = |what: &str| -> Option<usize> {
        let words: Vec<&str> = summary?.split([' ', ',']).collect();
        let at = words.iter().position(|w| *w == what)?;
        words.get(at.checked_sub(1)?)?.parse().ok()
    };
    failures.check(count("new") == Some(new), || {
        format!("the summary does not say `{new} new`")
    });
    failures.check(count("unchanged").is_some_and(|n| n >= 1), || {
        "good.txt is not counted unchanged: the batch did not go on".into()
    });
    let after = dump(dir);
    if new == 0 {
        failures.check(after == before, || "the store changed".into());
    } else {
        let kept: std::collections::HashSet<&str> = after.lines().collect();
        let lost = before.lines().filter(|l| !kept.contains(l)).count();
        failures.check(lost == 0, || format!("{lost} quads stored before are gone"));
        failures.check(after.len() > before.len(), || "nothing was added".into());
    }
    failures.finish(&run.to_string());
    run
}

/// `extract FILE` gives one document whose spans index `text`; returns its relation count.
#[track_caller]
fn extracted(dir: &Dir, file: &str, text: &str) -> usize {
    let run = dir.cmd(["extract", file]).run().ok();
    let docs = run.json_stream().expect("JSON lines");
    assert_eq!(docs.len(), 1, "one document{run}");
    let mut failures = Failures::default();
    let n = check_extraction(&docs[0], text, &mut failures);
    failures.finish(&run.to_string());
    n
}

/// Filler prose without named actors, `bytes` long.
fn filler(bytes: usize) -> String {
    let s = "The weather was calm and the market stayed open through the afternoon. ";
    s.repeat(bytes / s.len() + 1)[..bytes].to_string()
}

#[test]
fn empty_file() {
    let (dir, before) = stored("empty");
    dir.create("empty.txt", "");
    dir.create("blank.txt", " \n\t\n");
    dir.create("empty.jsonl", "");
    let run = ingest_beside_good(
        &dir,
        &before,
        &["empty.txt", "blank.txt"],
        1,
        &["empty.txt: empty file", "blank.txt: empty file"],
        0,
    );
    assert!(run.stderr.contains("2 failed"), "{run}");
    // An empty JSONL file has no article and no error.
    ingest_beside_good(&dir, &before, &["empty.jsonl"], 0, &[], 0);
}

#[test]
fn binary_file() {
    let (dir, before) = stored("binary");
    dir.create(
        "program.txt",
        b"\x7fELF\x02\x01\x01\x00\x00\x00 binary\x00\x00",
    );
    dir.create("image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    ingest_beside_good(
        &dir,
        &before,
        &["program.txt", "image.json"],
        1,
        &[
            "program.txt: looks like a binary file",
            "image.json: looks like a binary file",
        ],
        0,
    );
}

/// The documented choice: a file that is not UTF-8 is skipped with an error naming the line of
/// the first bad byte (no lossy decoding: offsets would point into a text nobody has).
#[test]
fn invalid_utf8() {
    let (dir, before) = stored("utf8");
    dir.create("latin1.txt", b"first line\nSyrian caf\xe9 owner met\n");
    dir.create("lines.jsonl", b"\n{\"text\": \"caf\xe9\"}\n");
    ingest_beside_good(
        &dir,
        &before,
        &["latin1.txt", "lines.jsonl"],
        1,
        &[
            "latin1.txt:2: not valid UTF-8",
            "lines.jsonl:2: not valid UTF-8",
        ],
        0,
    );
}

#[test]
fn byte_order_mark() {
    let (dir, before) = stored("bom");
    dir.create("bom.txt", format!("\u{feff}{AR_ARTICLE}"));
    assert!(
        extracted(&dir, "bom.txt", AR_ARTICLE) > 0,
        "no relation after a BOM"
    );
    dir.create(
        "bom.jsonl",
        format!("\u{feff}{}\n", serde_json::json!({ "text": AR_ARTICLE })),
    );
    // The same text twice: one new document, the second file adds a source.
    let run = ingest_beside_good(&dir, &before, &["bom.txt", "bom.jsonl"], 0, &[], 1);
    assert!(
        !run.stderr.contains("bom"),
        "a BOM is not worth a message{run}"
    );
}

#[test]
fn crlf_and_cr_line_endings() {
    let (dir, before) = stored("crlf");
    dir.create("crlf.txt", EN_ARTICLE.replace('\n', "\r\n") + "\r\n");
    dir.create("cr.txt", AR_ARTICLE.replace('\n', "\r"));
    // Offsets count code points in the text with `\n` line endings.
    assert!(extracted(&dir, "crlf.txt", EN_ARTICLE) > 0, "no relation");
    assert!(extracted(&dir, "cr.txt", AR_ARTICLE) > 0, "no relation");
    // crlf.txt is good.txt's text: it adds a source, the Arabic one is new.
    ingest_beside_good(&dir, &before, &["crlf.txt", "cr.txt"], 0, &[], 1);
}

#[test]
fn mixed_directions_with_bidi_controls() {
    let (dir, before) = stored("bidi");
    // Arabic with an English name in an isolate, embeddings, marks and an override.
    let text = "وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق\u{200F} يوم الأحد، \
                والتقى الرئيس السوري \u{202B}بشار الأسد\u{202C}.\n\
                \u{202E}(\u{2068}Bashar al-Assad\u{2069}) \u{2066}2024-01-21\u{2069}\u{202C}\u{200E}";
    dir.create("bidi.txt", text);
    assert!(extracted(&dir, "bidi.txt", text) > 0, "no relation");
    ingest_beside_good(&dir, &before, &["bidi.txt"], 0, &[], 1);
}

#[test]
fn zero_width_joiners() {
    let (dir, before) = stored("zwj");
    let text = "وصل وزير الخارجية الإيراني حسين\u{200D} أمير عبد\u{200C}اللهيان إلى دمشق يوم الأحد، \
                والتقى الرئيس السوري بشار الأسد.\u{200B} 👩\u{200D}👩\u{200D}👧 \u{2060}\u{FEFF}";
    dir.create("zwj.txt", text);
    assert!(extracted(&dir, "zwj.txt", text) > 0, "no relation");
    ingest_beside_good(&dir, &before, &["zwj.txt"], 0, &[], 1);
}

/// 50 MB in one article: read up to --max-article-bytes (default 1 MB) with a warning, in seconds.
#[test]
fn article_of_50_mb() {
    let (dir, before) = stored("huge");
    let head = format!("{}\n", EN_ARTICLE.replace("Sunday", "Monday"));
    dir.create("huge.txt", head.clone() + &filler(50_000_000 - head.len()));
    let start = std::time::Instant::now();
    assert!(extracted(&dir, "huge.txt", &head) > 0, "no relation");
    let run = ingest_beside_good(
        &dir,
        &before,
        &["huge.txt"],
        0,
        &["huge.txt: article longer than 1000000 bytes"],
        1,
    );
    let secs = start.elapsed().as_secs();
    assert!(secs < 120, "50 MB took {secs} s{run}");
    // The limit is the user's: 0 lifts it, a smaller one cuts more.
    let run = dir
        .cmd(["extract", "huge.txt", "--max-article-bytes", "2k"])
        .run()
        .ok();
    let docs = run.json_stream().expect("JSON");
    assert!(run.stderr.contains("longer than 2000 bytes"), "{run}");
    assert_eq!(docs.len(), 1, "{run}");
}

/// A run-on "sentence" of 200 000 characters is cut into pieces (--max-sentence-chars).
#[test]
fn sentence_without_end() {
    let (dir, before) = stored("runon");
    let text = format!(
        "{} and {}",
        EN_ARTICLE.replace(['.', '\n'], ""),
        filler(200_000).replace('.', ",")
    );
    dir.create("runon.txt", &text);
    let run = ingest_beside_good(
        &dir,
        &before,
        &["runon.txt"],
        0,
        &["runon.txt: 1 sentence(s) longer than 2000 characters"],
        1,
    );
    let run2 = dir
        .cmd(["extract", "runon.txt"])
        .env("NEWSGRAPH_MAX_SENTENCE_CHARS", "100000")
        .run()
        .ok();
    assert!(
        run2.stderr.contains("longer than 100000 characters"),
        "env NEWSGRAPH_MAX_SENTENCE_CHARS not read{run}{run2}"
    );
}

/// A JSONL line of 10 MB is read (its text cut to the article limit); one over the line limit
/// (64 MiB at the default article limit) is skipped without being held in memory whole.
#[test]
fn jsonl_line_of_10_mb() {
    let (dir, before) = stored("bigline");
    let big = serde_json::json!({ "text": format!("{AR_ARTICLE}\n{}", filler(10_000_000)) });
    let huge = format!("{{\"text\": \"{}\"}}", "x".repeat(70 << 20));
    let lines = [
        big.to_string(),
        huge,
        serde_json::json!({ "text": EN_ARTICLE.replace("Sunday", "Monday") }).to_string(),
    ];
    dir.create("big.jsonl", lines.join("\n") + "\n");
    ingest_beside_good(
        &dir,
        &before,
        &["big.jsonl"],
        1,
        &[
            "big.jsonl:1: article longer than 1000000 bytes",
            "big.jsonl:2: longer than",
        ],
        2,
    );
}

#[test]
fn malformed_json_lines_mid_file() {
    let (dir, before) = stored("badjson");
    let lines = [
        serde_json::json!({ "text": AR_ARTICLE }).to_string(),
        r#"{"text": "unterminated"#.to_string(),
        r#"{"text": "trailing comma",}"#.to_string(),
        "not json at all".to_string(),
        serde_json::json!({ "text": EN_ARTICLE.replace("Sunday", "Monday") }).to_string(),
    ];
    dir.create("mid.jsonl", lines.join("\n"));
    ingest_beside_good(
        &dir,
        &before,
        &["mid.jsonl"],
        1,
        &[
            "mid.jsonl:2: malformed JSON",
            "mid.jsonl:3: malformed JSON",
            "mid.jsonl:4: malformed JSON",
        ],
        2,
    );
}

#[test]
fn json_of_the_wrong_shape() {
    let (dir, before) = stored("shape");
    dir.create("array.json", "[1, 2, 3]");
    dir.create("notext.json", r#"{"title": "no body"}"#);
    dir.create("number.json", r#"{"text": 42}"#);
    dir.create("string.jsonl", "\"just a string\"\n{\"text\": null}\n");
    ingest_beside_good(
        &dir,
        &before,
        &["array.json", "notext.json", "number.json", "string.jsonl"],
        1,
        &[
            "array.json:1: expected a JSON object",
            "notext.json:1: no article text",
            "number.json:1: no article text",
            "string.jsonl:1: expected a JSON object",
            "string.jsonl:2: no article text",
        ],
        0,
    );
}

#[test]
fn unknown_extension() {
    let (dir, before) = stored("ext");
    dir.create("notes.pdf", "%PDF-1.4");
    dir.create("docs/report.docx", "PK");
    dir.create("docs/page.html", "<p>Hi</p>");
    ingest_beside_good(
        &dir,
        &before,
        &["notes.pdf"],
        1,
        &["notes.pdf: unsupported file type"],
        0,
    );
    // In a directory other files are skipped without a word; one with no article says so.
    ingest_beside_good(&dir, &before, &["docs"], 0, &["docs: no article files"], 0);
}

/// Root reads a chmod-000 file, so the check that holds for everyone reads a file that fails with
/// an I/O error: `/proc/self/mem` at offset 0 (Linux). chmod 000 is checked when not root.
#[test]
fn unreadable_file() {
    let (dir, before) = stored("unreadable");
    let mut inputs = Vec::new();
    let mut named = Vec::new();
    if std::path::Path::new("/proc/self/mem").exists() {
        std::os::unix::fs::symlink("/proc/self/mem", dir.join("mem.txt")).expect("symlink");
        inputs.push("mem.txt");
        named.push("mem.txt: cannot read");
    } else {
        eprintln!("unreadable_file: no /proc/self/mem here, I/O error case skipped");
    }
    let locked = dir.create("locked.txt", AR_ARTICLE);
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.trim_ascii() == b"0")
        .unwrap_or(true);
    if root {
        eprintln!(
            "unreadable_file: running as root, chmod 000 does not stop reads: that case is skipped"
        );
    } else {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
        inputs.push("locked.txt");
        named.push("locked.txt: cannot read");
    }
    if inputs.is_empty() {
        eprintln!("unreadable_file: no way to make an unreadable file here, skipped");
        return;
    }
    ingest_beside_good(&dir, &before, &inputs, 1, &named, 0);
}

#[test]
fn broken_symlink() {
    let (dir, before) = stored("symlink");
    std::os::unix::fs::symlink("gone.txt", dir.join("link.txt")).expect("symlink");
    fs::create_dir(dir.join("corpus")).expect("mkdir");
    std::os::unix::fs::symlink("../gone.jsonl", dir.join("corpus/feed.jsonl")).expect("symlink");
    dir.create("corpus/a.txt", AR_ARTICLE);
    ingest_beside_good(
        &dir,
        &before,
        &["link.txt", "corpus"],
        1,
        &[
            "link.txt: broken symbolic link (points to gone.txt)",
            "corpus/feed.jsonl: broken symbolic link",
        ],
        1,
    );
}

/// A link back to an ancestor: a warning, and every file is read once.
#[test]
fn directory_loop() {
    let (dir, before) = stored("loop");
    dir.create("corpus/sub/a.txt", AR_ARTICLE);
    std::os::unix::fs::symlink("..", dir.join("corpus/sub/back")).expect("symlink");
    std::os::unix::fs::symlink(".", dir.join("corpus/self")).expect("symlink");
    ingest_beside_good(
        &dir,
        &before,
        &["corpus"],
        0,
        &[
            "corpus/sub/back: directory loop",
            "corpus/self: directory loop",
        ],
        1,
    );
}

/// Nothing to read is not a failure (a scraper's quiet day), but it is said.
#[test]
fn empty_directory() {
    let (dir, before) = stored("emptydir");
    fs::create_dir_all(dir.join("today/nested")).expect("mkdir");
    ingest_beside_good(
        &dir,
        &before,
        &["today"],
        0,
        &["today: no article files"],
        0,
    );
    let run = dir.cmd(["extract", "today"]).run().ok();
    assert!(run.stderr.contains("today: no article files"), "{run}");
}

/// A bad date is dropped with a warning naming the line; the article is read.
#[test]
fn front_matter_with_bad_dates() -> Result {
    let (dir, before) = stored("baddate");
    dir.create(
        "a.txt",
        format!("---\ntitle: Visit\ndate: 2024-02-30\n---\n{AR_ARTICLE}"),
    );
    dir.create(
        "b.txt",
        format!(
            "---\npublished: yesterday\nlang: xx\n---\n{}",
            EN_ARTICLE.replace("Sunday", "Monday")
        ),
    );
    let run = dir.cmd(["extract", "a.txt"]).run().ok();
    let docs = run.json_stream()?;
    assert_eq!(
        docs[0]["document"]["published"],
        serde_json::Value::Null,
        "{run}"
    );
    assert_eq!(docs[0]["document"]["title"], "Visit", "{run}");
    ingest_beside_good(
        &dir,
        &before,
        &["a.txt", "b.txt"],
        0,
        &[
            "a.txt:3: unreadable date \"2024-02-30\"",
            "b.txt:2: unreadable date \"yesterday\"",
            "b.txt:3: unsupported language",
        ],
        2,
    );
    Ok(())
}

#[test]
fn only_punctuation_or_numbers() {
    let (dir, before) = stored("punct");
    dir.create("punct.txt", "!!! ... ??? ،،، ؟؟ — «» ***\n");
    dir.create("numbers.txt", "2024 11 12\n3.14159 ٣٤٥ 1,000,000\n");
    dir.create("emoji.jsonl", "{\"text\": \"🔥🔥🔥 💥\"}\n");
    ingest_beside_good(
        &dir,
        &before,
        &["punct.txt", "numbers.txt", "emoji.jsonl"],
        1,
        &[
            "punct.txt: no letters",
            "numbers.txt: no letters",
            "emoji.jsonl:1: no letters",
        ],
        0,
    );
}

#[test]
fn third_language() {
    let (dir, before) = stored("lang3");
    dir.create(
        "fr.txt",
        "Le ministre iranien des Affaires étrangères a rencontré le président syrien à Damas \
         dimanche pour discuter de la situation régionale et des relations entre les deux pays.",
    );
    dir.create(
        "ru.txt",
        "Министр иностранных дел Ирана встретился с президентом Сирии в Дамаске в воскресенье.",
    );
    dir.create(
        "feed.jsonl",
        "{\"text\": \"Der Außenminister traf den Präsidenten.\", \"lang\": \"de\"}\n",
    );
    ingest_beside_good(
        &dir,
        &before,
        &["fr.txt", "ru.txt", "feed.jsonl"],
        1,
        &[
            "fr.txt: text looks like French",
            "ru.txt: text looks like Russian",
            "feed.jsonl:1: unsupported language \"de\"",
        ],
        0,
    );
}
