use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::{warn, Cli, InputArgs, Status};
use crate::input;
use crate::model::{Document, Extraction};
use crate::store::{GraphStore, Outcome, Prepared};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
}

/// Counts of one ingest run.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub new: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    pub entities: usize,
    pub relations: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Summary {
    pub fn documents(&self) -> usize {
        self.new + self.unchanged + self.replaced
    }

    pub fn print(&self) {
        let secs = self.seconds.max(1e-9);
        eprintln!(
            "documents: {} new, {} unchanged, {} replaced, {} failed; entities {}, relations {}; {:.1} docs/s, {:.2} MB/s",
            self.new,
            self.unchanged,
            self.replaced,
            self.failed,
            self.entities,
            self.relations,
            self.documents() as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        );
    }
}

/// What the summary needs of one extraction, kept instead of the extraction (and its text) while
/// the batch is written.
struct Tally {
    bytes: usize,
    entities: usize,
    relations: usize,
    source: String,
}

impl Tally {
    fn of(x: &Extraction) -> Tally {
        Tally {
            bytes: x.document.text.len(),
            entities: x.entities.len(),
            relations: x.asserted().count(),
            source: x.document.source.clone(),
        }
    }
}

/// Documents extracted and written together: large enough for the bulk loader to pay off, small
/// enough that memory stays in the tens of megabytes whatever the corpus size.
const BATCH: usize = 1024;

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let summary = ingest(cli, &args.input)?;
    if !cli.quiet {
        summary.print();
    }
    Ok(if summary.failed > 0 {
        Status::Partial
    } else {
        Status::Ok
    })
}

/// Reads, extracts (in parallel, batch by batch) and stores; one bad document never stops the run.
pub fn ingest(cli: &Cli, input: &InputArgs) -> anyhow::Result<Summary> {
    let extractor = cli.extractor()?;
    let store = GraphStore::open(&cli.store)?;
    store.ensure_ontology(extractor.resources())?;
    let options = input.read_options();
    let mut reader = input::read(&input.inputs, &options);
    let progress = if cli.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let pb = ProgressBar::new_spinner();
        pb.set_style(
            ProgressStyle::with_template("{spinner} {pos} documents {per_sec} {msg}")
                // Cannot fail: a constant template, checked by every run with a terminal.
                .expect("static template is valid"),
        );
        pb
    };
    let start = Instant::now();
    let mut summary = Summary::default();
    // Batch N is written while batch N+1 is extracted: the store's single writer and the
    // extractors overlap. Writes stay in input order, so the store does not depend on threads.
    let mut pending: Option<(Vec<Tally>, Vec<Prepared>)> = None;
    loop {
        let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
        for item in reader.by_ref() {
            match item {
                Ok(doc) => {
                    batch.push(doc);
                    if batch.len() == BATCH {
                        break;
                    }
                }
                Err(e) => {
                    summary.failed += 1;
                    progress.suspend(|| warn(e));
                }
            }
        }
        for w in reader.take_warnings() {
            progress.suspend(|| warn(w.0));
        }
        let last = batch.is_empty();
        let (next, written) = rayon::join(
            // Extraction and quad building in parallel (RAYON_NUM_THREADS caps the threads).
            || -> (Vec<Tally>, Vec<Prepared>) {
                batch
                    .par_iter()
                    .map(|d| {
                        let x = extractor.extract(d);
                        let p = store.prepare(&x);
                        (Tally::of(&x), p)
                    })
                    .unzip()
            },
            || {
                pending.take().map(|(extractions, prepared)| {
                    let outcomes = store.ingest_batch(prepared);
                    (extractions, outcomes)
                })
            },
        );
        for (x, result) in written
            .into_iter()
            .flat_map(|(xs, rs)| xs.into_iter().zip(rs))
        {
            summary.bytes += x.bytes;
            match result {
                Ok(outcome) => {
                    match outcome {
                        Outcome::New => summary.new += 1,
                        Outcome::Unchanged => summary.unchanged += 1,
                        Outcome::Replaced => summary.replaced += 1,
                    }
                    summary.entities += x.entities;
                    summary.relations += x.relations;
                }
                Err(e) => {
                    summary.failed += 1;
                    progress.suspend(|| warn(format!("{}: not stored: {e}", x.source)));
                }
            }
            progress.inc(1);
        }
        if last {
            break;
        }
        pending = Some(next);
    }
    progress.finish_and_clear();
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}
