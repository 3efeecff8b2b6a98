use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::ValueEnum;

use super::stats::{FilterArgs, MeasureArgs};
use super::{Cli, Status};
use crate::export;
use crate::graph::{self, NodeColumn};
use crate::stats;
use crate::store::{vocab, Dump, GraphStore};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// graphml (NetworkX, igraph, Gephi; met-with edges carry symmetric=true), gephi-graphml
    /// (met-with as undirected edges of a mixed graph, which only Gephi reads), gexf (GEXF 1.3 with
    /// dates, for Gephi's timeline), csv (nodes.csv + edges.csv for Gephi's spreadsheet import),
    /// nquads or trig (every named graph, for RDF tools), turtle (every triple once, graphs
    /// merged); all: each of them into one directory
    /// under the names `build` uses, the graph loaded and the statistics computed once (filters
    /// apply to the graph formats; the RDF dumps are the whole store, as in `build`).
    #[arg(long, value_enum)]
    pub format: Format,
    /// Output file (graphml, gexf, nquads, trig) or directory (csv, all). Default:
    /// exports/graph.<ext> or exports/.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Write per-node statistics (degree, PageRank, betweenness, closeness, modularity class, ...)
    /// as node attributes (graphml, gexf, csv).
    #[arg(long)]
    pub with_stats: bool,
    #[command(flatten)]
    pub measures: MeasureArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Graphml,
    GephiGraphml,
    Gexf,
    Csv,
    Nquads,
    Trig,
    Turtle,
    All,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Graphml,
        Format::GephiGraphml,
        Format::Gexf,
        Format::Csv,
        Format::Nquads,
        Format::Trig,
        Format::Turtle,
    ];

    pub fn default_path(self, dir: &Path) -> PathBuf {
        match self {
            Format::Graphml => dir.join("graph.graphml"),
            Format::GephiGraphml => dir.join("graph.gephi.graphml"),
            Format::Gexf => dir.join("graph.gexf"),
            Format::Csv | Format::All => dir.to_path_buf(),
            Format::Nquads => dir.join("graph.nq"),
            Format::Trig => dir.join("graph.trig"),
            Format::Turtle => dir.join("graph.ttl"),
        }
    }

    /// Is this a dump of the whole store (no filter, no statistics)?
    pub fn is_rdf(self) -> bool {
        matches!(self, Format::Nquads | Format::Trig | Format::Turtle)
    }
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let filter = args.filter.filter()?;
    if args.format.is_rdf() {
        anyhow::ensure!(
            filter.is_empty() && !args.with_stats,
            "nquads, trig and turtle dump the whole store: filters and --with-stats apply to \
             graphml, gephi-graphml, gexf and csv"
        );
    }
    let options = args.measures.options(0)?;
    let store = GraphStore::open_read_only(&cli.store)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.format.default_path(Path::new("exports")));
    let (kg, columns) = if args.format.is_rdf() {
        (graph::KnowledgeGraph::default(), Vec::new())
    } else {
        // `all` included: one load, one computation for every graph format.
        let kg = graph::filter(&graph::load(&store)?, &filter)?;
        let columns = if args.with_stats {
            stats::compute(&kg, &options).node_columns().to_vec()
        } else {
            Vec::new()
        };
        (kg, columns)
    };
    let written = write(&store, args.format, &out, &kg, &columns)?;
    if !cli.quiet {
        for p in written {
            eprintln!("wrote {}", p.display());
        }
    }
    Ok(Status::Ok)
}

/// Writes one export of `kg` (graph formats, with `columns` as node attributes) or of the whole
/// store (RDF dumps); [`Format::All`] writes each format into the directory `out`.
pub fn write(
    store: &GraphStore,
    format: Format,
    out: &Path,
    kg: &graph::KnowledgeGraph,
    columns: &[NodeColumn],
) -> anyhow::Result<Vec<PathBuf>> {
    if format == Format::All {
        let mut written = Vec::new();
        for f in Format::ALL {
            written.extend(write(store, f, &f.default_path(out), kg, columns)?);
        }
        return Ok(written);
    }
    let parent = if matches!(format, Format::Csv | Format::All) {
        out
    } else {
        out.parent().unwrap_or(Path::new("."))
    };
    if !parent.as_os_str().is_empty() {
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let f = match format {
        Format::Graphml => export::Format::Graphml,
        Format::GephiGraphml => export::Format::GraphmlMixed,
        Format::Gexf => export::Format::Gexf,
        // (`All` returned above.)
        Format::Csv | Format::All => export::Format::Csv,
        Format::Nquads | Format::Trig | Format::Turtle => {
            let dir = out
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("cannot write in {}", dir.display()))?;
            {
                let mut w = std::io::BufWriter::new(tmp.as_file_mut());
                match format {
                    Format::Nquads => store.dump(Dump::NQuads, &mut w)?,
                    Format::Trig => store.dump(Dump::TriG, &mut w)?,
                    _ => {
                        let quads: Vec<_> = store.inner().iter().collect::<Result<_, _>>()?;
                        export::write_merged_turtle(quads, vocab::PREFIXES, &mut w)?;
                    }
                }
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
            return Ok(vec![out.to_path_buf()]);
        }
    };
    Ok(export::write(kg, f, out, columns)?)
}
