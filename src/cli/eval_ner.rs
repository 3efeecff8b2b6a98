use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;

use super::{Cli, Status};
use crate::eval::conll::{self, NerReport};
use crate::extract::ner::{self, Tagger};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// CoNLL file: `token TAG` per line (the tagger predicts), or `token ... GOLD PREDICTED`
    /// (scored as it is); a blank line between sentences.
    pub file: PathBuf,
    /// Model file instead of the built-in `ontology/ner/ar.model`.
    #[arg(long, value_name = "M")]
    pub model: Option<PathBuf>,
    /// Which sentences to score: `dev` is the split `train-ner` holds out of ANERcorp's train file
    /// (its last tenth), `train` the rest.
    #[arg(long, value_enum, default_value = "all")]
    pub split: Split,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write the file back with a predicted-tag column added (conlleval input).
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Split {
    All,
    Train,
    Dev,
}

impl Split {
    pub fn keeps(self, i: usize, n: usize) -> bool {
        match self {
            Split::All => true,
            Split::Train => !ner::is_dev(i, n),
            Split::Dev => ner::is_dev(i, n),
        }
    }
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let path = args.file.display().to_string();
    let content =
        std::fs::read_to_string(&args.file).with_context(|| format!("{path}: cannot read"))?;
    let sentences = conll::parse(&path, &content)?;
    let n = sentences.len();
    let scored_as_is = sentences.iter().flatten().all(|r| r.tags.len() >= 2);
    let tagger = match &args.model {
        Some(p) => std::sync::Arc::new(Tagger::load(p)?),
        None => Tagger::embedded(),
    };
    let res = if scored_as_is {
        None
    } else {
        Some(cli.extractor()?.resources().clone())
    };
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(|r| r.token.as_str()).collect())
        .collect();
    // A sentence's document is its window within its own split.
    let first_dev = (0..n).find(|&i| ner::is_dev(i, n)).unwrap_or(n);
    let mut report = NerReport::default();
    let mut written = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if !args.split.keeps(i, n) {
            continue;
        }
        let gold: Vec<&str> = s
            .iter()
            .map(|r| r.tags[r.tags.len() - usize::from(scored_as_is) - 1].as_str())
            .collect();
        let predicted: Vec<String> = match &res {
            None => s.iter().map(|r| r.tags[r.tags.len() - 1].clone()).collect(),
            Some(res) => {
                let bounds = match args.split {
                    Split::All => 0..n,
                    _ if i >= first_dev => first_dev..n,
                    _ => 0..first_dev,
                };
                let (text, tokens, range) = ner::in_window(&words, i, bounds);
                tagger
                    .tag(&tokens[range], &text, res)
                    .into_iter()
                    .map(String::from)
                    .collect()
            }
        };
        if args.output.is_some() {
            for ((r, g), p) in s.iter().zip(&gold).zip(&predicted) {
                written.push_str(&format!("{} {g} {p}\n", r.token));
            }
            written.push('\n');
        }
        report.add(&gold, &predicted);
    }
    if let Some(out) = &args.output {
        std::fs::write(out, written).with_context(|| format!("{}: cannot write", out.display()))?;
    }
    if args.json {
        super::out(&(serde_json::to_string_pretty(&report)? + "\n"))?;
    } else {
        super::out(&report.render())?;
    }
    Ok(Status::Ok)
}
