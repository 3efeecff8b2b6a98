use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use super::{Cli, Status};
use crate::store::{vocab, GraphStore};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prefixes ng:, id:, rdf:, rdfs:, skos:, owl:, xsd:, dcterms:, prov: and wd: are predeclared.\n\
Example: newsgraph query 'SELECT ?a ?b WHERE { GRAPH ?g { ?a ng:metWith ?b } }' --format csv\n\
Saved queries: ontology/queries/*.rq (newsgraph query --file ontology/queries/meetings.rq)"
)]
pub struct Args {
    /// The SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE).
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    pub sparql: Option<String>,
    /// Read the query from a file.
    #[arg(long, short)]
    pub file: Option<PathBuf>,
    /// Output format: table (for people), csv/tsv/json/xml (W3C SPARQL results); for CONSTRUCT and
    /// DESCRIBE, turtle (default) or ntriples.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
}

pub fn run(cli: &Cli, args: &Args) -> anyhow::Result<Status> {
    let sparql = match (&args.sparql, &args.file) {
        (Some(q), _) => q.clone(),
        (None, Some(f)) => std::fs::read_to_string(f)
            .with_context(|| format!("cannot read query file {}", f.display()))?,
        (None, None) => unreachable!("clap requires one of them"),
    };
    let store = GraphStore::open_read_only(&cli.store)?;
    let results = store.query(&sparql)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match results {
        QueryResults::Boolean(b) => match results_format(args.format) {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
            None => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match results_format(args.format) {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, vars)?;
                    for s in solutions {
                        w.serialize(&s?)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(show).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(&mut out, &header, &rows)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let format = if args.format == Format::Ntriples {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut ser = RdfSerializer::from_format(format);
            if format == RdfFormat::Turtle {
                for (p, ns) in vocab::PREFIXES {
                    ser = ser.with_prefix(*p, *ns)?;
                }
            }
            let mut w = ser.for_writer(&mut out);
            for t in triples {
                w.serialize_triple(&t?)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(Status::Ok)
}

fn results_format(f: Format) -> Option<QueryResultsFormat> {
    match f {
        Format::Csv => Some(QueryResultsFormat::Csv),
        Format::Tsv => Some(QueryResultsFormat::Tsv),
        Format::Json => Some(QueryResultsFormat::Json),
        Format::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}

/// Compact form for the table: prefixed names, plain literal values.
fn show(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            for (p, ns) in vocab::PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            format!("<{}>", n.as_str())
        }
        Term::Literal(l) => l.value().replace('\n', " "),
        other => other.to_string(),
    }
}

fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> io::Result<()> {
    let width = |s: &str| s.chars().count();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| width(&r[i]).min(80))
                .chain([width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |out: &mut dyn Write, cells: &[String]| -> io::Result<()> {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = if width(c) > 80 {
                    c.chars().take(79).chain(['…']).collect()
                } else {
                    c.clone()
                };
                let pad = w.saturating_sub(width(&c));
                format!("{c}{}", " ".repeat(pad))
            })
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, header)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in rows {
        line(out, r)?;
    }
    writeln!(out, "({} rows)", rows.len())
}
