//! Turtle of the merged view: every triple of every named graph (and the default graph) once,
//! graph names dropped, sorted, with the project's prefixes. This is the file for tools that read
//! plain RDF graphs (Protégé, a spreadsheet of triples, `rdflib.Graph`); provenance per document is
//! in the N-Quads and TriG dumps.

use std::collections::BTreeMap;
use std::io::{self, Write};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};

/// Writes the merged view of `quads` as Turtle; `prefixes` are (prefix, namespace) pairs.
pub fn write_merged_turtle<W: Write>(
    quads: impl IntoIterator<Item = Quad>,
    prefixes: &[(&str, &str)],
    out: W,
) -> io::Result<()> {
    // Sorted by the N-Triples form of each triple: the same store always gives the same file.
    let triples: BTreeMap<String, Triple> = quads
        .into_iter()
        .map(|q| {
            let t = Triple::from(q);
            (t.to_string(), t)
        })
        .collect();
    let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
    for (p, ns) in prefixes {
        ser = ser
            .with_prefix(*p, *ns)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    }
    let mut w = ser.for_writer(out);
    for t in triples.values() {
        w.serialize_triple(t)?;
    }
    w.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal, NamedNode};

    #[test]
    fn merges_graphs_and_dedups() {
        let s = NamedNode::new("https://w3id.org/newsgraph/id/person/a").unwrap();
        let p = NamedNode::new("http://www.w3.org/2000/01/rdf-schema#label").unwrap();
        let o = Literal::new_language_tagged_literal("عبد الله", "ar").unwrap();
        let g1 = NamedNode::new("https://w3id.org/newsgraph/id/graph/1").unwrap();
        let g2 = NamedNode::new("https://w3id.org/newsgraph/id/graph/2").unwrap();
        let quads = vec![
            Quad::new(s.clone(), p.clone(), o.clone(), g2),
            Quad::new(s.clone(), p.clone(), o.clone(), g1),
            Quad::new(
                s,
                p,
                Literal::new_simple_literal("A"),
                GraphName::DefaultGraph,
            ),
        ];
        let mut buf = Vec::new();
        write_merged_turtle(
            quads,
            &[
                ("id", "https://w3id.org/newsgraph/id/"),
                ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            ],
            &mut buf,
        )
        .unwrap();
        let ttl = String::from_utf8(buf).unwrap();
        assert!(
            ttl.contains("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."),
            "{ttl}"
        );
        assert_eq!(ttl.matches("عبد الله").count(), 1, "{ttl}");
        assert!(ttl.contains("\"A\""), "{ttl}");
        assert!(!ttl.contains("graph/1"), "{ttl}");
    }
}
