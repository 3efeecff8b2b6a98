//! Graph exports for Gephi and other graph tools: GraphML, GEXF 1.3 (dynamic) and CSV node/edge
//! tables, optionally with per-node statistics as node attributes.
//!
//! N-Quads/TriG dumps of the store are written by the store layer; the Turtle merged view of the
//! store ([`write_merged_turtle`]) is here because it is a view, not a dump.
//!
//! The one public entry is [`write`]. Every file is first written to a temporary file in the
//! destination directory, flushed and synced, and only then renamed over the destination, so a
//! failed export never leaves a half-written file behind. Output is deterministic: nodes and edges
//! are written in graph index order (the [`KnowledgeGraph`] is built sorted), so the same store
//! always exports byte-identical files.

mod gexf;
mod graphml;
mod tables;
mod turtle;

pub use turtle::write_merged_turtle;

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::graph::{KnowledgeGraph, NodeColumn};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// One GraphML file that NetworkX and igraph read (met-with marked `symmetric`); `out` is the file path.
    Graphml,
    /// GraphML for Gephi: met-with edges `directed="false"` (a mixed graph, which NetworkX refuses).
    GraphmlMixed,
    /// `nodes.csv` and `edges.csv` (Gephi spreadsheet import); `out` is a directory.
    Csv,
    /// GEXF 1.3 with dates on nodes and edges (Gephi's timeline); `out` is the file path.
    Gexf,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Graphml,
        Format::GraphmlMixed,
        Format::Csv,
        Format::Gexf,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Graphml => "graphml",
            Format::GraphmlMixed => "gephi-graphml",
            Format::Csv => "csv",
            Format::Gexf => "gexf",
        }
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!("unknown export format {s:?} (one of graphml, gephi-graphml, csv, gexf)")
            })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An export failure. `path` is the destination the user asked for (file or directory), not the
/// temporary file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write {}: {source}", .path.display())]
    Csv {
        path: PathBuf,
        #[source]
        source: csv::Error,
    },
}

impl ExportError {
    /// The destination that could not be written.
    pub fn path(&self) -> &Path {
        match self {
            ExportError::Io { path, .. } | ExportError::Csv { path, .. } => path,
        }
    }

    fn io(path: &Path, source: io::Error) -> Self {
        ExportError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// File name of the node table written by [`Format::Csv`].
pub const NODES_CSV: &str = "nodes.csv";
/// File name of the edge table written by [`Format::Csv`].
pub const EDGES_CSV: &str = "edges.csv";

/// Writes `graph` in `format` and returns the files written, in a fixed order.
///
/// For [`Format::Graphml`] `out` is the file to write; for [`Format::Csv`] it is a directory that
/// receives `nodes.csv` and `edges.csv`. Missing parent directories (or the CSV directory) are
/// created. Existing files are replaced atomically; for CSV both tables are fully written and
/// synced before either is renamed into place. `columns` are extra node attributes (statistics,
/// `--with-stats`), written in every format; pass `&[]` for none.
pub fn write(
    graph: &KnowledgeGraph,
    format: Format,
    out: &Path,
    columns: &[NodeColumn],
) -> Result<Vec<PathBuf>, ExportError> {
    match format {
        Format::Gexf => {
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir).map_err(|e| ExportError::io(out, e))?;
            }
            let mut file = AtomicFile::create(out)?;
            gexf::write(graph, columns, file.writer()).map_err(|e| ExportError::io(out, e))?;
            commit_all(vec![file])
        }
        Format::Graphml | Format::GraphmlMixed => {
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir).map_err(|e| ExportError::io(out, e))?;
            }
            let mut file = AtomicFile::create(out)?;
            graphml::write(
                graph,
                columns,
                file.writer(),
                format == Format::GraphmlMixed,
            )
            .map_err(|e| ExportError::io(out, e))?;
            commit_all(vec![file])
        }
        Format::Csv => {
            fs::create_dir_all(out).map_err(|e| ExportError::io(out, e))?;
            let nodes_path = out.join(NODES_CSV);
            let edges_path = out.join(EDGES_CSV);
            let mut nodes = AtomicFile::create(&nodes_path)?;
            tables::write_nodes(graph, columns, nodes.writer()).map_err(|source| {
                ExportError::Csv {
                    path: nodes_path.clone(),
                    source,
                }
            })?;
            let mut edges = AtomicFile::create(&edges_path)?;
            tables::write_edges(graph, edges.writer()).map_err(|source| ExportError::Csv {
                path: edges_path.clone(),
                source,
            })?;
            commit_all(vec![nodes, edges])
        }
    }
}

/// Flushes and syncs every file, then renames each into place. Nothing is renamed unless all
/// files were written completely.
fn commit_all(files: Vec<AtomicFile>) -> Result<Vec<PathBuf>, ExportError> {
    let mut files = files;
    for f in &mut files {
        f.finish()?;
    }
    let mut written = Vec::with_capacity(files.len());
    for f in files {
        written.push(f.persist()?);
    }
    Ok(written)
}

/// A temporary file next to its destination; removed on drop unless persisted.
struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    file: Option<BufWriter<File>>,
    persisted: bool,
}

impl AtomicFile {
    fn create(dest: &Path) -> Result<AtomicFile, ExportError> {
        let name = dest.file_name().ok_or_else(|| {
            ExportError::io(
                dest,
                io::Error::new(io::ErrorKind::InvalidInput, "not a file path"),
            )
        })?;
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let pid = std::process::id();
        let mut attempt = 0u32;
        loop {
            let tmp = dir.join(format!(".{}.{pid}.{attempt}.tmp", name.to_string_lossy()));
            match OpenOptions::new().write(true).create_new(true).open(&tmp) {
                Ok(file) => {
                    return Ok(AtomicFile {
                        dest: dest.to_path_buf(),
                        tmp,
                        file: Some(BufWriter::new(file)),
                        persisted: false,
                    })
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 1000 => {
                    attempt += 1;
                }
                Err(e) => return Err(ExportError::io(dest, e)),
            }
        }
    }

    fn writer(&mut self) -> &mut BufWriter<File> {
        // Cannot fail: `file` is taken only by `finish`, called by `persist` (which consumes
        // `self`) after the writers are done, and by `drop`.
        self.file.as_mut().expect("temporary file already finished")
    }

    /// Flushes the buffer and syncs the data to disk.
    fn finish(&mut self) -> Result<(), ExportError> {
        if let Some(mut w) = self.file.take() {
            w.flush().map_err(|e| ExportError::io(&self.dest, e))?;
            let file = w
                .into_inner()
                .map_err(|e| ExportError::io(&self.dest, e.into_error()))?;
            file.sync_all()
                .map_err(|e| ExportError::io(&self.dest, e))?;
        }
        Ok(())
    }

    /// Renames the finished temporary file over the destination.
    fn persist(mut self) -> Result<PathBuf, ExportError> {
        self.finish()?;
        fs::rename(&self.tmp, &self.dest).map_err(|e| ExportError::io(&self.dest, e))?;
        self.persisted = true;
        Ok(self.dest.clone())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.persisted {
            self.file = None;
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixture::sample_graph;

    fn scratch_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsgraph-export-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn csv_writes_two_tables_and_no_temporaries() {
        let dir = scratch_dir("csv");
        let out = dir.join("tables");
        let written = write(&sample_graph(), Format::Csv, &out, &[]).unwrap();
        assert_eq!(written, vec![out.join("nodes.csv"), out.join("edges.csv")]);
        assert_eq!(entries(&out), vec!["edges.csv", "nodes.csv"]);
        let nodes = fs::read_to_string(out.join("nodes.csv")).unwrap();
        assert_eq!(
            nodes.lines().next().unwrap(),
            "Id,Label,Type,Wikidata,Aliases,Mentions"
        );
        let edges = fs::read_to_string(out.join("edges.csv")).unwrap();
        assert_eq!(
            edges.lines().next().unwrap(),
            "Source,Target,Type,Label,Relation,Weight,First Date,Last Date,Documents,Time Interval"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn graphml_replaces_existing_file_and_is_deterministic() {
        let dir = scratch_dir("graphml");
        let out = dir.join("graph.graphml");
        fs::write(&out, "old").unwrap();
        let written = write(&sample_graph(), Format::Graphml, &out, &[]).unwrap();
        assert_eq!(written, vec![out.clone()]);
        let first = fs::read(&out).unwrap();
        assert!(first.starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        write(&sample_graph(), Format::Graphml, &out, &[]).unwrap();
        assert_eq!(fs::read(&out).unwrap(), first);
        assert_eq!(entries(&dir), vec!["graph.graphml"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn failed_write_reports_destination_and_leaves_nothing() {
        let dir = scratch_dir("fail");
        // A directory where the file should go: the rename fails, the old directory stays.
        let out = dir.join("taken");
        fs::create_dir_all(out.join("inner")).unwrap();
        let err = write(&sample_graph(), Format::Graphml, &out, &[]).unwrap_err();
        assert_eq!(err.path(), out.as_path());
        assert!(err
            .to_string()
            .starts_with(&format!("cannot write {}: ", out.display())));
        assert_eq!(entries(&dir), vec!["taken"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn format_parses() {
        assert_eq!("GraphML".parse::<Format>().unwrap(), Format::Graphml);
        assert_eq!("csv".parse::<Format>().unwrap(), Format::Csv);
        assert_eq!("gexf".parse::<Format>().unwrap(), Format::Gexf);
        assert!("dot".parse::<Format>().is_err());
    }
}
