//! Command-line interface: flags parse and validate here; each subcommand is a small file that
//! wires the stages together. Exit status: 0 success, 1 some input or document failed, 2 error.

mod build;
mod eval;
mod eval_ner;
mod export;
mod extract;
mod ingest;
mod query;
mod stats;
mod train_ner;

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::extract::{Extractor, Resources};
use crate::input::ReadOptions;
use crate::model::Lang;

/// Turn Arabic and English news articles into a knowledge graph of political actors and events:
/// who met, threatened, attacked, claimed an attack on, or visited whom, each with the sentence
/// that says so. The graph lives in an on-disk Oxigraph store (SPARQL) and exports to Gephi.
#[derive(Debug, Parser)]
#[command(
    name = "newsgraph",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Store directory (created on first ingest).
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "newsgraph.db"
    )]
    pub store: PathBuf,
    /// Extra knowledge-base TSV file (format: ontology/kb/README.md), or a PETRARCH/Phoenix actor
    /// dictionary (English names, typed by its codes; names the KB has are left to it); repeatable.
    #[arg(long = "kb", global = true, value_name = "FILE")]
    pub kb: Vec<PathBuf>,
    /// Read knowledge base and lexicons from this ontology/ folder instead of the built-in copy.
    #[arg(long, global = true, env = "NEWSGRAPH_ONTOLOGY", value_name = "DIR")]
    pub ontology: Option<PathBuf>,
    /// Do not run the Arabic name tagger (names come from the knowledge base and patterns only).
    #[arg(long, global = true)]
    pub no_ner: bool,
    /// No progress bar or summary on stderr.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities and relations and print them as JSON (nothing is stored).
    Extract(extract::Args),
    /// Extract and write into the store; re-ingesting an unchanged article changes nothing.
    Ingest(ingest::Args),
    /// Run a SPARQL query (read-only) against the store.
    Query(query::Args),
    /// Export the graph for Gephi, NetworkX or an RDF tool.
    Export(export::Args),
    /// Print graph statistics.
    Stats(stats::Args),
    /// The main job: ingest, write every export, print statistics.
    Build(build::Args),
    /// Score extraction against annotated articles (gold format) with precision, recall and F1.
    Eval(eval::Args),
    /// Score the Arabic name tagger on a CoNLL file (per-type and overall P/R/F1, conlleval rules).
    EvalNer(eval_ner::Args),
    /// Train the Arabic name tagger on ANERcorp (`make train-ner`).
    #[command(hide = true)]
    TrainNer(train_ner::Args),
}

/// Options for reading articles, shared by extract, ingest and build.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Article files (.txt, .jsonl, .ndjson, .json), directories (read recursively) or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Language of every article, instead of detecting it.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Longest article read, in bytes (suffix k or M allowed; 0 = no limit). A longer one is cut
    /// at a line break or space, with a warning naming the file.
    #[arg(long, env = "NEWSGRAPH_MAX_ARTICLE_BYTES", value_name = "BYTES", default_value = "1M", value_parser = parse_size)]
    pub max_article_bytes: usize,
    /// Longest sentence read whole, in characters (0 = no limit). A longer one (a page without
    /// punctuation) is cut into pieces at spaces, with a warning naming the file.
    #[arg(long, env = "NEWSGRAPH_MAX_SENTENCE_CHARS", value_name = "CHARS", default_value_t = crate::text::sentences::DEFAULT_MAX_SENTENCE_CHARS)]
    pub max_sentence_chars: usize,
}

impl InputArgs {
    /// The reading options; also sets the sentence limit that text analysis uses in this process.
    pub fn read_options(&self) -> ReadOptions {
        crate::text::sentences::set_max_chars(self.max_sentence_chars);
        ReadOptions {
            lang: self.lang.map(Into::into),
            max_article_bytes: self.max_article_bytes,
        }
    }
}

/// `1000000`, `500k`, `1M` (k = 1000, M = 1 000 000).
fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (digits, factor) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 1_000),
        Some((i, 'm' | 'M')) => (&s[..i], 1_000_000),
        _ => (s, 1),
    };
    digits
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("{s:?} is not a size in bytes (e.g. 1000000, 500k, 2M)"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Ar,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ar => Lang::Ar,
            LangArg::En => Lang::En,
        }
    }
}

/// The outcome of a command: success, or some inputs failed.
pub enum Status {
    Ok,
    Partial,
}

/// Parses arguments, runs the command and returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(Status::Ok) => 0,
        Ok(Status::Partial) => 1,
        Err(e) => {
            if is_broken_pipe(&e) {
                return 0;
            }
            eprintln!("newsgraph: error: {e:#}");
            2
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

pub fn run(cli: Cli) -> anyhow::Result<Status> {
    match &cli.command {
        Command::Extract(a) => extract::run(&cli, a),
        Command::Ingest(a) => ingest::run(&cli, a),
        Command::Query(a) => query::run(&cli, a),
        Command::Export(a) => export::run(&cli, a),
        Command::Stats(a) => stats::run(&cli, a),
        Command::Build(a) => build::run(&cli, a),
        Command::Eval(a) => eval::run(&cli, a),
        Command::EvalNer(a) => eval_ner::run(&cli, a),
        Command::TrainNer(a) => train_ner::run(&cli, a),
    }
}

impl Cli {
    /// Loads the language data the flags point at.
    pub fn extractor(&self) -> anyhow::Result<Extractor> {
        let res = match &self.ontology {
            Some(dir) => Resources::from_dir(dir, &self.kb)?,
            None => Resources::embedded(&self.kb)?,
        };
        // An ontology folder may bring its own tagger model (ontology/ner/ar.model).
        let ner = match &self.ontology {
            _ if self.no_ner => None,
            Some(dir) if dir.join("ner/ar.model").is_file() => Some(std::sync::Arc::new(
                crate::extract::ner::Tagger::load(&dir.join("ner/ar.model"))?,
            )),
            _ => Some(crate::extract::ner::Tagger::embedded()),
        };
        Ok(Extractor::new(res).with_ner(ner))
    }
}

/// Writes to stdout; a closed pipe comes back as an error that `main` treats as success.
pub fn out(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// Prints a warning or a per-item error with the tool's name; the run goes on.
pub fn warn(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "newsgraph: {message}");
}
