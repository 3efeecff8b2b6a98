//! The Arabic name tagger through the binary: `eval-ner` scoring and the dev-split figure.

use crate::util::{repo, Dir, Result};

/// A scored file (`token GOLD PREDICTED`) is scored as it is, with conlleval's chunk rules.
#[test]
fn eval_ner_scores_a_predicted_column() -> Result {
    let dir = Dir::new("eval-ner");
    let file = dir.create(
        "scored.conll",
        "محمد B-PERS B-PERS\nعلي I-PERS O\nفي O O\nبغداد B-LOC I-LOC\n\nالأمم B-ORG B-ORG\nالمتحدة I-ORG I-ORG\n",
    );
    let run = dir
        .cmd(["eval-ner", file.to_str().ok_or("path")?, "--json"])
        .run()
        .ok();
    let r = run.json()?;
    // Gold chunks: PERS(0,2), LOC(3), ORG; predicted: PERS(0,1) wrong span, LOC (bare I-) and ORG right.
    assert_eq!(r["overall"]["gold"], 3, "{run}");
    assert_eq!(r["overall"]["predicted"], 3, "{run}");
    assert_eq!(r["overall"]["correct"], 2, "{run}");
    assert_eq!(r["by_type"]["PERS"]["correct"], 0, "{run}");
    assert_eq!(r["by_type"]["LOC"]["correct"], 1, "{run}");
    Ok(())
}

/// With only gold tags, the built-in tagger predicts; a bad file is an error naming its line.
#[test]
fn eval_ner_runs_the_tagger() -> Result {
    let dir = Dir::new("eval-ner-tag");
    let file = dir.create(
        "gold.conll",
        "وصل O\nالرئيس O\nالأمريكي O\nجورج B-PERS\nبوش I-PERS\nإلى O\nبغداد B-LOC\n. O\n",
    );
    let run = dir
        .cmd(["eval-ner", file.to_str().ok_or("path")?])
        .run()
        .ok();
    assert!(run.stdout.contains("overall"), "{run}");
    assert!(run.stdout.contains("LOC"), "{run}");
    let bad = dir.create("bad.conll", "word\n");
    let run = dir.cmd(["eval-ner", bad.to_str().ok_or("path")?]).run();
    assert_eq!(run.code, Some(2), "{run}");
    assert!(run.stderr.contains("bad.conll:1"), "{run}");
    Ok(())
}

/// The committed model on its ANERcorp dev split (skipped when ../shared is absent).
#[test]
fn eval_ner_dev_split() -> Result {
    let data = repo().join("../shared/data/anercorp-camel/ANERCorp_CamelLab_train.txt");
    if !data.is_file() {
        eprintln!(
            "skipped: {} is absent (ANERcorp lives in ../shared, beside the repository)",
            data.display()
        );
        return Ok(());
    }
    let dir = Dir::new("eval-ner-dev");
    let run = dir
        .cmd([
            "eval-ner",
            data.to_str().ok_or("path")?,
            "--split",
            "dev",
            "--json",
        ])
        .run()
        .ok();
    let r = run.json()?;
    let o = &r["overall"];
    let (c, p, g) = (
        o["correct"].as_f64(),
        o["predicted"].as_f64(),
        o["gold"].as_f64(),
    );
    let (c, p, g) = (c.ok_or("correct")?, p.ok_or("predicted")?, g.ok_or("gold")?);
    let f1 = 2.0 * c / (p + g);
    assert!(f1 >= 0.73, "dev F1 {f1:.4}{run}");
    Ok(())
}
