//! Extraction quality on annotated articles: the seed article (outside the repository, in
//! ../shared/seed) and the annotated examples (examples/gold).

use std::path::PathBuf;

use crate::util::{repo, Dir, Result};

const MIN_PRECISION: f64 = 0.8;
const MIN_RECALL: f64 = 0.7;

fn seed_gold() -> Option<PathBuf> {
    let p = repo().join("../shared/seed/seed-gold.json");
    if p.is_file() {
        Some(p)
    } else {
        eprintln!(
            "skipped: {} is absent (the seed annotation lives in ../shared, beside the repository)",
            p.display()
        );
        None
    }
}

/// Runs `eval --gold GOLD --format json` and checks overall precision and recall.
fn check_eval(gold: &str) -> Result {
    let dir = Dir::new("eval");
    let run = dir
        .cmd(["eval", "--gold", gold, "--format", "json"])
        .run()
        .ok();
    let report = run.json()?;
    let overall = &report["overall"];
    let n = |k: &str| -> Result<f64> {
        Ok(overall[k]
            .as_u64()
            .ok_or_else(|| format!("overall.{k} missing{run}"))? as f64)
    };
    let (correct, system, matched, gold_n) =
        (n("correct")?, n("system")?, n("gold_matched")?, n("gold")?);
    assert!(gold_n > 0.0, "no gold relations in {gold}{run}");
    let precision = if system == 0.0 { 0.0 } else { correct / system };
    let recall = matched / gold_n;
    if precision >= MIN_PRECISION && recall >= MIN_RECALL {
        return Ok(());
    }
    let table = dir.cmd(["eval", "--gold", gold, "--verbose"]).run();
    panic!(
        "{gold}: precision {precision:.3} ({correct}/{system}), recall {recall:.3} ({matched}/{gold_n}); \
         need precision >= {MIN_PRECISION} and recall >= {MIN_RECALL}\n{}",
        table.stdout
    );
}

#[test]
fn seed_eval_thresholds() -> Result {
    let Some(gold) = seed_gold() else {
        return Ok(());
    };
    check_eval(gold.to_str().ok_or("non-UTF-8 path")?)
}

/// The target for the annotated examples; may fail while extraction is being improved.
#[test]
fn examples_eval_thresholds() -> Result {
    let gold = repo().join("examples/gold");
    check_eval(gold.to_str().ok_or("non-UTF-8 path")?)
}

#[test]
fn seed_meeting_sudani_raisi_is_queryable() -> Result {
    let Some(gold) = seed_gold() else {
        return Ok(());
    };
    let annotation: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(gold)?)?;
    let text = annotation["text"].as_str().ok_or("seed gold has no text")?;
    // Built at test time in the temporary directory: the seed text is never copied into the repo.
    let dir = Dir::new("seed");
    dir.create(
        "seed.txt",
        format!("---\nlang: ar\ndate: 2023-11-06\n---\n{text}\n"),
    );
    dir.cmd(["ingest", "seed.txt"]).run().ok();
    let run = dir
        .cmd([
            "query",
            "SELECT ?a ?b WHERE { GRAPH ?g { ?a ng:metWith ?b } }",
            "--format",
            "csv",
        ])
        .run()
        .ok();
    let found = run.stdout.lines().skip(1).any(|l| {
        let l = l.to_lowercase();
        l.contains("sudani") && l.contains("raisi")
    });
    assert!(found, "no Sudani–Raisi met-with edge{run}");
    Ok(())
}
