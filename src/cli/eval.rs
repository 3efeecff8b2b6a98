use std::path::PathBuf;

use clap::ValueEnum;

use super::{Cli, Status};
use crate::eval;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold files or directories of them (format: GOLD-FORMAT.md).
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// List every false positive and every miss.
    #[arg(long, short)]
    pub verbose: bool,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let extractor = cli.extractor()?;
    let docs = eval::gold::load(&args.gold)?;
    let report = eval::evaluate(&extractor, &docs);
    match args.format {
        Format::Table => super::out(&eval::render(&report, args.verbose))?,
        Format::Json => super::out(&(serde_json::to_string_pretty(&report)? + "\n"))?,
    }
    Ok(Status::Ok)
}
