use clap::ValueEnum;

use super::{Cli, Status};
use crate::graph;
use crate::stats;
use crate::store::GraphStore;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// How many top actors to list per measure.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let store = GraphStore::open_read_only(&cli.store)?;
    let kg = graph::load(&store)?;
    print(&kg, args.format, args.top)?;
    Ok(Status::Ok)
}

pub fn print(kg: &graph::KnowledgeGraph, format: Format, top: usize) -> anyhow::Result<()> {
    let s = stats::compute(kg, top);
    match format {
        Format::Table => super::out(&stats::render_table(&s))?,
        Format::Json => super::out(&(serde_json::to_string_pretty(&s)? + "\n"))?,
    }
    Ok(())
}
