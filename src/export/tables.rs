//! CSV node and edge tables in the shape of Gephi's spreadsheet import.
//!
//! RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), one
//! header row, `\n` record terminators, UTF-8 without BOM. Aliases are joined with `|`. Edge `Type`
//! is `Undirected` for symmetric relations (`met-with`) and `Directed` otherwise; `Label` and
//! `Relation` both hold the relation's kebab-case name (Gephi shows `Label`, `Relation` stays a
//! plain attribute). Missing Wikidata ids and dates are empty fields. `Time Interval` is the
//! edge's first to last date in Gephi's interval syntax `<[start, end]>` (empty when undated), so
//! the spreadsheet import can make the graph dynamic.

use std::io::Write;

use petgraph::visit::EdgeRef;

use crate::graph::{KnowledgeGraph, NodeColumn};

use super::graphml::{number, ALIAS_SEPARATOR};

pub(crate) const NODE_HEADER: [&str; 6] =
    ["Id", "Label", "Type", "Wikidata", "Aliases", "Mentions"];

pub(crate) const EDGE_HEADER: [&str; 10] = [
    "Source",
    "Target",
    "Type",
    "Label",
    "Relation",
    "Weight",
    "First Date",
    "Last Date",
    "Documents",
    "Time Interval",
];

/// Writes `nodes.csv` content to `out` and flushes the CSV buffer into it; `columns` (statistics)
/// follow the fixed columns, headed by their titles.
pub(crate) fn write_nodes<W: Write>(
    graph: &KnowledgeGraph,
    columns: &[NodeColumn],
    out: W,
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(
        NODE_HEADER
            .iter()
            .copied()
            .chain(columns.iter().map(|c| c.title)),
    )?;
    let g = &graph.graph;
    for i in g.node_indices() {
        let n = &g[i];
        let fixed = [
            n.id.clone(),
            n.label.clone(),
            n.kind.as_str().to_string(),
            n.wikidata.clone().unwrap_or_default(),
            n.aliases.join(ALIAS_SEPARATOR),
            n.mentions.to_string(),
        ];
        w.write_record(
            fixed
                .into_iter()
                .chain(columns.iter().map(|c| number(c, i.index()))),
        )?;
    }
    w.flush()?;
    Ok(())
}

/// Writes `edges.csv` content to `out` and flushes the CSV buffer into it.
pub(crate) fn write_edges<W: Write>(graph: &KnowledgeGraph, out: W) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(EDGE_HEADER)?;
    let g = &graph.graph;
    for e in g.edge_references() {
        let edge = e.weight();
        let kind = if edge.relation.is_symmetric() {
            "Undirected"
        } else {
            "Directed"
        };
        // Gephi's interval syntax; empty for undated edges (always present).
        let interval = match (&edge.first_date, &edge.last_date) {
            (Some(a), Some(b)) => format!("<[{a}, {b}]>"),
            _ => String::new(),
        };
        w.write_record([
            g[e.source()].id.as_str(),
            g[e.target()].id.as_str(),
            kind,
            edge.relation.as_str(),
            edge.relation.as_str(),
            edge.weight.to_string().as_str(),
            edge.first_date.as_deref().unwrap_or(""),
            edge.last_date.as_deref().unwrap_or(""),
            edge.documents.to_string().as_str(),
            interval.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixture::sample_graph;

    fn nodes_csv(graph: &KnowledgeGraph) -> String {
        let mut buf = Vec::new();
        write_nodes(graph, &[], &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn edges_csv(graph: &KnowledgeGraph) -> String {
        let mut buf = Vec::new();
        write_edges(graph, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn nodes_table() {
        let csv = nodes_csv(&sample_graph());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "Id,Label,Type,Wikidata,Aliases,Mentions");
        assert_eq!(
            lines[1],
            "country/iran,Iran,Country,Q794,Islamic Republic of Iran|إيران,4"
        );
        // Label with a comma and a quote is quoted, the quote doubled.
        assert_eq!(
            lines[4],
            r#"org/hamas,"Hamas, the ""Movement""",Organization,Q38799,حماس,3"#
        );
        assert_eq!(lines[6], "person/bob,Bob,Person,,,1");
        assert_eq!(lines.len(), 7);
        assert!(csv.ends_with("1\n"));
    }

    #[test]
    fn edges_table() {
        let csv = edges_csv(&sample_graph());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "Source,Target,Type,Label,Relation,Weight,First Date,Last Date,Documents,Time Interval"
        );
        assert_eq!(
            lines[1],
            "country/iran,country/israel,Directed,threatened,threatened,2,,,1,"
        );
        assert_eq!(
            lines[6],
            "org/hamas,person/alice,Undirected,met-with,met-with,2,2024-01-02,2024-03-04,2,\"<[2024-01-02, 2024-03-04]>\""
        );
        assert_eq!(lines.len(), 8);
    }

    #[test]
    fn multiline_field_round_trips() {
        let mut g = sample_graph();
        let i = g.graph.node_indices().next().unwrap();
        g.graph[i].label = "line one\r\nline \"two\"".into();
        let csv = nodes_csv(&g);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let first = reader.records().next().unwrap().unwrap();
        assert_eq!(&first[1], "line one\r\nline \"two\"");
        assert_eq!(reader.headers().unwrap().len(), 6);
    }
}
