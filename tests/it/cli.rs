//! Flags, help and the `extract` JSON contract.

use crate::util::{check_extraction, repo, Dir, Failures, Result};

/// Arabic article: an announcement, then the visit and the meeting (written for this test).
pub const AR_ARTICLE: &str = "أعلنت طهران عن الزيارة يوم السبت.\n\
وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق يوم الأحد، والتقى الرئيس السوري بشار الأسد.";

/// English article: the same story (written for this test).
pub const EN_ARTICLE: &str = "The visit had been announced on Saturday.\n\
Iranian Foreign Minister Hossein Amir Abdollahian met Syrian President Bashar al-Assad in Damascus on Sunday.";

#[test]
fn help_of_every_subcommand() -> Result {
    let dir = Dir::new("help");
    // (subcommand, words of its purpose that its help must show)
    let commands = [
        ("extract", "Extract entities and relations"),
        ("ingest", "write into the store"),
        ("query", "SPARQL"),
        ("export", "Export the graph"),
        ("stats", "statistics"),
        ("build", "write every export"),
        ("eval", "precision"),
    ];
    let top = dir.cmd(["--help"]).run().ok();
    for (name, purpose) in commands {
        assert!(
            top.stdout.contains(name),
            "`{name}` missing from --help{top}"
        );
        let run = dir.cmd([name, "--help"]).run().ok();
        assert!(
            run.stdout.contains(purpose),
            "`{name} --help` does not say {purpose:?}{run}"
        );
        assert!(
            run.stdout.contains("Usage:"),
            "`{name} --help` has no usage line{run}"
        );
    }
    assert!(
        !dir.store().exists(),
        "--help created a store at {}",
        dir.store().display()
    );
    Ok(())
}

#[test]
fn unknown_flag_is_a_usage_error() -> Result {
    let dir = Dir::new("badflag");
    dir.create("a.txt", EN_ARTICLE);
    for args in [
        vec!["extract", "--no-such-flag", "a.txt"],
        vec!["--no-such-flag", "stats"],
        vec!["query", "ASK {}", "--format", "yaml"],
    ] {
        let run = dir.cmd(&args).run().expect(2);
        assert!(
            run.stdout.is_empty(),
            "a usage error printed on stdout{run}"
        );
        assert!(
            run.stderr.contains("--no-such-flag") || run.stderr.contains("yaml"),
            "stderr does not name the bad flag or value{run}"
        );
    }
    Ok(())
}

#[test]
fn extract_arabic_and_english() -> Result {
    let dir = Dir::new("extract");
    dir.create("ar.txt", AR_ARTICLE);
    dir.create("en.txt", EN_ARTICLE);
    let run = dir.cmd(["extract", "ar.txt", "en.txt"]).run().ok();
    let docs = run.json_stream()?;
    assert_eq!(docs.len(), 2, "one JSON object per article{run}");
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 2, "jsonl: one line per document{run}");

    let mut failures = Failures::default();
    for (doc, (text, lang, source)) in docs
        .iter()
        .zip([(AR_ARTICLE, "ar", "ar.txt"), (EN_ARTICLE, "en", "en.txt")])
    {
        failures.check(doc["document"]["lang"] == lang, || {
            format!(
                "{source}: lang is {}, expected {lang}",
                doc["document"]["lang"]
            )
        });
        failures.check(doc["document"]["source"] == source, || {
            format!("source is {}, expected {source}", doc["document"]["source"])
        });
        failures.check(
            doc["document"]["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("doc-")),
            || {
                format!(
                    "{source}: document id {} does not start with doc-",
                    doc["document"]["id"]
                )
            },
        );
        let n = check_extraction(doc, text, &mut failures);
        failures.check(n > 0, || format!("{source}: no relation extracted"));
    }
    // The English meeting sentence is the one relation both languages must find.
    let en_met = docs[1]["relations"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|r| r["predicate"] == "met-with");
    failures.check(en_met, || "en.txt: no met-with relation".into());
    failures.finish(&run.to_string());

    // Pretty output is the same data.
    let pretty = dir
        .cmd(["extract", "--format", "pretty", "ar.txt", "en.txt"])
        .run()
        .ok();
    assert_eq!(
        pretty.json_stream()?,
        docs,
        "pretty and jsonl differ{pretty}"
    );
    Ok(())
}

/// `newsgraph ... | head`: a reader that stops early is not an error (exit 0, no panic).
#[test]
fn broken_pipe_is_not_an_error() -> Result {
    let dir = Dir::new("pipe");
    dir.create("en.txt", EN_ARTICLE);
    dir.cmd(["ingest", "en.txt"]).run().ok();
    let gold = repo().join("examples/gold");
    let mut failures = Failures::default();
    let mut runs = String::new();
    for args in [
        vec!["extract".as_ref(), "en.txt".as_ref()],
        vec![
            "query".as_ref(),
            "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }".as_ref(),
        ],
        vec!["stats".as_ref()],
        vec!["stats".as_ref(), "--format".as_ref(), "json".as_ref()],
        vec!["eval".as_ref(), "--gold".as_ref(), gold.as_os_str()],
    ] {
        let run = dir.cmd(&args).run_with_closed_stdout();
        failures.check(
            run.code == Some(0) && !run.stderr.contains("panicked"),
            || format!("{}: exit {:?}", run.command, run.code),
        );
        runs.push_str(&run.to_string());
    }
    failures.finish(&runs);
    Ok(())
}
