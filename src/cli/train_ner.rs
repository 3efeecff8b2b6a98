use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;

use super::{Cli, Status};
use crate::eval::conll::{self, NerReport};
use crate::extract::ner::{self, train, Tagger};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// ANERcorp train file (CAMeL Lab split); its last tenth is held out as the dev split.
    #[arg(long, value_name = "FILE")]
    pub train: PathBuf,
    /// More CoNLL files or folders of them added to training (AQMAR: `PER`, `MIS*` tags mapped).
    #[arg(long, value_name = "PATH")]
    pub extra: Vec<PathBuf>,
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// First shuffling seed (0 is the committed model's).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Models trained with successive seeds whose weights are averaged.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Features whose weights are all smaller than this are not written (model size).
    #[arg(long, default_value_t = 0.5)]
    pub min_weight: f32,
    /// Model file to write.
    #[arg(long, default_value = "ontology/ner/ar.model")]
    pub out: PathBuf,
}

fn read(path: &PathBuf, map: bool) -> anyhow::Result<Vec<train::Sentence>> {
    let shown = path.display().to_string();
    let content = std::fs::read_to_string(path).with_context(|| format!("{shown}: cannot read"))?;
    Ok(conll::parse(&shown, &content)?
        .into_iter()
        .map(|s| {
            let words = s.iter().map(|r| r.token.clone()).collect();
            let tags = s
                .iter()
                .map(|r| {
                    let t = &r.tags[r.tags.len() - 1];
                    if map {
                        train::anercorp_tag(t)
                    } else {
                        t.clone()
                    }
                })
                .collect();
            (words, tags)
        })
        .collect())
}

/// The files of each path, folders walked in name order.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        for e in walkdir::WalkDir::new(p).sort_by_file_name() {
            let e = e?;
            if e.file_type().is_file() {
                out.push(e.into_path());
            }
        }
    }
    Ok(out)
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let clock = Instant::now();
    let res = cli.extractor()?.resources().clone();
    let all = read(&args.train, false)?;
    let n = all.len();
    let (mut train_set, mut dev): (Vec<_>, Vec<_>) = (Vec::new(), Vec::new());
    for (i, s) in all.into_iter().enumerate() {
        if ner::is_dev(i, n) {
            dev.push(s);
        } else {
            train_set.push(s);
        }
    }
    for f in files(&args.extra)? {
        train_set.extend(read(&f, true)?);
    }
    let (train_feats, seen) = train::featurize_training(&train_set, &res);
    let dev_idx: Vec<usize> = (0..dev.len()).collect();
    let dev_feats = train::featurize(&dev, &dev_idx, &res, &seen);
    eprintln!(
        "train-ner: features in {:.1}s",
        clock.elapsed().as_secs_f32()
    );
    let score = |t: &Tagger| {
        let mut r = NerReport::default();
        for ((_, gold), f) in dev.iter().zip(&dev_feats) {
            r.add(gold, &t.tag_features(f));
        }
        r
    };
    let opts = train::Options {
        epochs: args.epochs,
        min_weight: args.min_weight,
        seed: args.seed,
        runs: args.runs.max(1),
    };
    let bytes = train::train(&train_set, train_feats, &seen, &opts, |run, e, wrong, t| {
        let r = score(t);
        eprintln!(
            "train-ner: run {run} epoch {e}: {wrong} sentences wrong, dev F1 {:.4} ({} features, {:.1}s)",
            r.overall.f1(),
            t.features(),
            clock.elapsed().as_secs_f32()
        );
    });
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("{}: cannot write", args.out.display()))?;
    let tagger = Tagger::from_bytes(&args.out.display().to_string(), &bytes)?;
    eprintln!(
        "train-ner: wrote {} ({} bytes, {} features)",
        args.out.display(),
        bytes.len(),
        tagger.features()
    );
    super::out(&format!(
        "dev split (last tenth of {}):\n{}",
        args.train.display(),
        score(&tagger).render()
    ))?;
    Ok(Status::Ok)
}
