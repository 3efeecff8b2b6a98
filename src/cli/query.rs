use std::io::{self, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::ValueEnum;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults};

use super::{Cli, Status};
use crate::store::{vocab, GraphStore};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Prefixes ng:, id:, rdf:, rdfs:, skos:, owl:, xsd:, dcterms:, prov: and wd: are predeclared.\n\
Example: newsgraph query 'SELECT ?a ?b WHERE { GRAPH ?g { ?a ng:metWith ?b } }' --format csv\n\
Saved queries: ontology/queries/*.rq (newsgraph query --file ontology/queries/meetings.rq)\n\
Queries never reach the network: SERVICE is refused, FROM names graphs of the store. Results are\n\
written as they come (the table format lines up its columns on the first 1000 rows)."
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
    /// Stop the query after this many seconds (exit status 2; rows already written stay written).
    #[arg(long, value_name = "SECONDS", env = "NEWSGRAPH_QUERY_TIMEOUT", value_parser = parse_seconds)]
    pub timeout: Option<Duration>,
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if x > 0.0 && x < 1e9 => Ok(Duration::from_secs_f64(x)),
        _ => Err(format!("{s:?} is not a number of seconds above 0")),
    }
}

/// After a timeout the evaluator stops at its next check; a query stuck between checks (a big sort,
/// a single huge aggregate) gets this long before the process ends anyway.
const GRACE: Duration = Duration::from_secs(2);

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
    let token = CancellationToken::new();
    if let Some(limit) = args.timeout {
        let token = token.clone();
        std::thread::spawn(move || {
            std::thread::sleep(limit);
            token.cancel();
            std::thread::sleep(GRACE);
            super::warn(format!("error: {}", timeout_message(limit)));
            std::process::exit(2);
        });
    }
    match write_results(&store, &sparql, args, token) {
        Err(e) if is_cancelled(&e) => {
            let limit = args.timeout.unwrap_or_default();
            Err(anyhow::anyhow!(timeout_message(limit)))
        }
        Err(e) => match unsupported_service(&e) {
            Some(name) => Err(anyhow::anyhow!(
                "SERVICE {name} refused: queries never reach the network"
            )),
            None => Err(e),
        },
        Ok(()) => Ok(Status::Ok),
    }
}

fn timeout_message(limit: Duration) -> String {
    format!(
        "query stopped after {} s (--timeout); the output is incomplete",
        limit.as_secs_f64()
    )
}

fn is_cancelled(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<QueryEvaluationError>(),
            Some(QueryEvaluationError::Cancelled)
        ) || matches!(
            c.downcast_ref::<crate::store::StoreError>(),
            Some(crate::store::StoreError::Query(
                QueryEvaluationError::Cancelled
            ))
        )
    })
}

fn unsupported_service(e: &anyhow::Error) -> Option<String> {
    e.chain().find_map(|c| {
        let q = c.downcast_ref::<QueryEvaluationError>().or_else(|| match c
            .downcast_ref::<crate::store::StoreError>()
        {
            Some(crate::store::StoreError::Query(q)) => Some(q),
            _ => None,
        })?;
        match q {
            QueryEvaluationError::UnsupportedService(name) => Some(name.to_string()),
            _ => None,
        }
    })
}

/// Evaluates and writes row by row: nothing holds the whole result.
fn write_results(
    store: &GraphStore,
    sparql: &str,
    args: &Args,
    token: CancellationToken,
) -> anyhow::Result<()> {
    let results = store.query_until(sparql, token)?;
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
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    let rows = solutions.map(|s| {
                        s.map(|s| {
                            vars.iter()
                                .map(|v| s.get(v).map(show).unwrap_or_default())
                                .collect::<Vec<_>>()
                        })
                    });
                    write_table(&mut out, &header, rows)?;
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
    Ok(())
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

/// Rows lined up on the widths of the first [`TABLE_SAMPLE`] rows, then written as they come.
const TABLE_SAMPLE: usize = 1000;

fn write_table<E>(
    out: &mut impl Write,
    header: &[String],
    mut rows: impl Iterator<Item = Result<Vec<String>, E>>,
) -> anyhow::Result<()>
where
    anyhow::Error: From<E>,
{
    let mut sample = Vec::new();
    for r in rows.by_ref() {
        sample.push(r?);
        if sample.len() == TABLE_SAMPLE {
            break;
        }
    }
    let width = |s: &str| s.chars().count();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            sample
                .iter()
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
    let mut count = 0usize;
    for r in sample {
        line(out, &r)?;
        count += 1;
    }
    for r in rows {
        line(out, &r?)?;
        count += 1;
    }
    writeln!(out, "({count} rows)")?;
    Ok(())
}
