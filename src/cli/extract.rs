use std::io::{self, Write};

use clap::ValueEnum;

use super::{warn, Cli, InputArgs, Status};
use crate::input;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// jsonl: one JSON object per document per line; pretty: indented JSON.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Jsonl,
    Pretty,
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let extractor = cli.extractor()?;
    let options = args.input.read_options();
    let mut reader = input::read(&args.input.inputs, &options);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    while let Some(item) = reader.next() {
        for w in reader.take_warnings() {
            warn(w.0);
        }
        match item {
            Ok(doc) => {
                let x = extractor.extract(&doc);
                match args.format {
                    Format::Jsonl => serde_json::to_writer(&mut out, &x)?,
                    Format::Pretty => serde_json::to_writer_pretty(&mut out, &x)?,
                }
                out.write_all(b"\n")?;
            }
            Err(e) => {
                failed = true;
                warn(e);
            }
        }
    }
    // Warnings of a batch that yielded nothing (an empty directory).
    for w in reader.take_warnings() {
        warn(w.0);
    }
    out.flush()?;
    Ok(if failed { Status::Partial } else { Status::Ok })
}
