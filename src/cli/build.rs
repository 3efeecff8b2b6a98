use std::path::PathBuf;

use super::export::{self, Format};
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
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let summary = ingest::ingest(cli, &args.input)?;
    if !cli.quiet {
        summary.print();
    }
    let store = GraphStore::open(&cli.store)?;
    let kg = graph::load(&store)?;
    for f in Format::ALL {
        let target = f.default_path(&args.out);
        for p in export::write(&store, f, &target, Some(&kg))? {
            if !cli.quiet {
                eprintln!("wrote {}", p.display());
            }
        }
    }
    stats::print(&kg, stats::Format::Table, args.top)?;
    Ok(if summary.failed > 0 {
        Status::Partial
    } else {
        Status::Ok
    })
}
