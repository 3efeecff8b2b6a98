use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::ValueEnum;

use super::{Cli, Status};
use crate::export;
use crate::graph;
use crate::store::{Dump, GraphStore};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// graphml (NetworkX, igraph, Gephi; met-with edges carry symmetric=true), gephi-graphml
    /// (met-with as undirected edges of a mixed graph, which only Gephi reads), csv (nodes.csv +
    /// edges.csv for Gephi's spreadsheet import), nquads or trig (every named graph, for RDF tools).
    #[arg(long, value_enum)]
    pub format: Format,
    /// Output file (graphml, nquads, trig) or directory (csv). Default: exports/graph.<ext> or exports/.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Graphml,
    GephiGraphml,
    Csv,
    Nquads,
    Trig,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Graphml,
        Format::GephiGraphml,
        Format::Csv,
        Format::Nquads,
        Format::Trig,
    ];

    pub fn default_path(self, dir: &Path) -> PathBuf {
        match self {
            Format::Graphml => dir.join("graph.graphml"),
            Format::GephiGraphml => dir.join("graph.gephi.graphml"),
            Format::Csv => dir.to_path_buf(),
            Format::Nquads => dir.join("graph.nq"),
            Format::Trig => dir.join("graph.trig"),
        }
    }
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let store = GraphStore::open_read_only(&cli.store)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.format.default_path(Path::new("exports")));
    let written = write(&store, args.format, &out, None)?;
    if !cli.quiet {
        for p in written {
            eprintln!("wrote {}", p.display());
        }
    }
    Ok(Status::Ok)
}

/// Writes one export; the graph view is loaded once per call unless given.
pub fn write(
    store: &GraphStore,
    format: Format,
    out: &Path,
    kg: Option<&graph::KnowledgeGraph>,
) -> anyhow::Result<Vec<PathBuf>> {
    let parent = if format == Format::Csv {
        out
    } else {
        out.parent().unwrap_or(Path::new("."))
    };
    if !parent.as_os_str().is_empty() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    match format {
        Format::Graphml | Format::GephiGraphml | Format::Csv => {
            let loaded;
            let kg = match kg {
                Some(k) => k,
                None => {
                    loaded = graph::load(store)?;
                    &loaded
                }
            };
            let f = match format {
                Format::Graphml => export::Format::Graphml,
                Format::GephiGraphml => export::Format::GraphmlMixed,
                _ => export::Format::Csv,
            };
            Ok(export::write(kg, f, out)?)
        }
        Format::Nquads | Format::Trig => {
            let dump = if format == Format::Nquads {
                Dump::NQuads
            } else {
                Dump::TriG
            };
            let dir = out
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot write in {}", dir.display()))?;
            {
                let mut w = std::io::BufWriter::new(tmp.as_file_mut());
                store.dump(dump, &mut w)?;
                w.flush()?;
            }
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                // Same mode as the other exports (temporary files are created 0600).
                let _ = tmp
                    .as_file()
                    .set_permissions(std::fs::Permissions::from_mode(0o644));
            }
            tmp.persist(out)
                .with_context(|| format!("cannot write {}", out.display()))?;
            Ok(vec![out.to_path_buf()])
        }
    }
}
