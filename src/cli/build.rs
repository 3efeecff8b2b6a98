use std::path::PathBuf;

use super::export::{self, Format};
use super::stats::{FilterArgs, MeasureArgs};
use super::{ingest, stats, Cli, InputArgs, Status};
use crate::graph;
use crate::store::GraphStore;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Directory for the exports.
    #[arg(long, default_value = "exports")]
    pub out: PathBuf,
    /// How many top actors to list per measure.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Write per-node statistics as node attributes into the GraphML, GEXF and CSV exports.
    #[arg(long)]
    pub with_stats: bool,
    #[command(flatten)]
    pub measures: MeasureArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let options = args.measures.options(args.top)?;
    let filter = args.filter.filter()?;
    let summary = ingest::ingest(cli, &args.input)?;
    if !cli.quiet {
        summary.print();
    }
    let store = GraphStore::open(&cli.store)?;
    let kg = graph::filter(&graph::load(&store)?, &filter)?;
    let s = crate::stats::compute(&kg, &options);
    let columns = if args.with_stats {
        s.node_columns()
    } else {
        &[]
    };
    for p in export::write(&store, Format::All, &args.out, &kg, columns)? {
        if !cli.quiet {
            eprintln!("wrote {}", p.display());
        }
    }
    stats::print(&s, stats::Format::Table)?;
    Ok(if summary.failed > 0 {
        Status::Partial
    } else {
        Status::Ok
    })
}
