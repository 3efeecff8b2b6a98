//! GraphML writer (quick-xml): typed keys, stable ids, UTF-8, two-space indentation.
//!
//! Key ids are prefixed (`n_label`, `e_weight`, ...) so they never collide with the ids Gephi,
//! yEd or NetworkX assign to their own attributes; `attr.name` carries the plain name. The graph
//! is `edgedefault="directed"`; every edge carries a boolean `symmetric` (true for `met-with`).
//! NetworkX and igraph refuse mixed graphs (`directed="false"` inside a directed graph), so the
//! default file stores met-with once as a directed edge with `symmetric=true`; the `mixed` variant
//! (for Gephi) adds `directed="false"` to those edges, which Gephi imports as undirected.
//!
//! Node ids are [`Node::id`](crate::graph::Node::id), edge ids are `e0`, `e1`, ... in graph edge
//! order. Characters that XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
//! U+FFFE, U+FFFF) are dropped from every value; everything else, Arabic script and bidi controls
//! included, is written as is. Carriage returns, tabs and newlines in attribute values and carriage
//! returns in text are written as character references, so they survive XML normalisation.

use std::borrow::Cow;
use std::io::{self, Write};

use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use crate::graph::{KnowledgeGraph, NodeColumn};

const GRAPHML_NS: &str = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// (key id, attr.name, attr.type) of node attributes, in output order.
pub(crate) const NODE_KEYS: [(&str, &str, &str); 5] = [
    ("n_label", "label", "string"),
    ("n_type", "type", "string"),
    ("n_wikidata", "wikidata", "string"),
    ("n_aliases", "aliases", "string"),
    ("n_mentions", "mentions", "long"),
];

/// (key id, attr.name, attr.type) of edge attributes, in output order.
pub(crate) const EDGE_KEYS: [(&str, &str, &str); 7] = [
    ("e_label", "label", "string"),
    ("e_symmetric", "symmetric", "boolean"),
    ("e_relation", "relation", "string"),
    ("e_weight", "weight", "double"),
    ("e_first_date", "first_date", "string"),
    ("e_last_date", "last_date", "string"),
    ("e_documents", "documents", "long"),
];

/// Separator of the `aliases` list (same as the CSV export).
pub(crate) const ALIAS_SEPARATOR: &str = "|";

/// `column`'s value at node `i` as text: whole numbers without a fraction, doubles in Rust's
/// shortest round-trip form (so readers get the exact value).
pub(crate) fn number(column: &NodeColumn, i: usize) -> String {
    let v = column.values[i];
    if column.integer {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Writes the whole document to `out` (not flushed: the caller owns the buffer). `columns` are
/// extra node attributes (statistics), keyed `n_<name>`.
pub(crate) fn write<W: Write>(
    graph: &KnowledgeGraph,
    columns: &[NodeColumn],
    out: W,
    mixed: bool,
) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", GRAPHML_NS),
        ("xmlns:xsi", XSI_NS),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
    ])))?;

    let stat_ids: Vec<String> = columns.iter().map(|c| format!("n_{}", c.name)).collect();
    let node_keys: Vec<(&str, &str, &str)> = NODE_KEYS
        .iter()
        .copied()
        .chain(columns.iter().zip(&stat_ids).map(|(c, id)| {
            (
                id.as_str(),
                c.name,
                if c.integer { "long" } else { "double" },
            )
        }))
        .collect();
    for (keys, domain) in [(&node_keys[..], "node"), (&EDGE_KEYS[..], "edge")] {
        for &(id, name, ty) in keys {
            w.create_element("key")
                .with_attributes([
                    ("id", id),
                    ("for", domain),
                    ("attr.name", name),
                    ("attr.type", ty),
                ])
                .write_empty()?;
        }
    }

    w.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "G"), ("edgedefault", "directed")]),
    ))?;

    let g = &graph.graph;
    for i in g.node_indices() {
        let node = &g[i];
        w.create_element("node")
            .with_attribute(("id", xml_clean(&node.id).as_ref()))
            .write_inner_content(|w| {
                data(w, "n_label", &node.label)?;
                data(w, "n_type", node.kind.as_str())?;
                if let Some(q) = &node.wikidata {
                    data(w, "n_wikidata", q)?;
                }
                data(w, "n_aliases", &node.aliases.join(ALIAS_SEPARATOR))?;
                data(w, "n_mentions", &node.mentions.to_string())?;
                for (c, key) in columns.iter().zip(&stat_ids) {
                    data(w, key, &number(c, i.index()))?;
                }
                Ok(())
            })?;
    }

    for (k, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        let id = format!("e{k}");
        let mut element = w
            .create_element("edge")
            .with_attribute(("id", id.as_str()))
            .with_attribute(("source", xml_clean(&g[e.source()].id).as_ref()))
            .with_attribute(("target", xml_clean(&g[e.target()].id).as_ref()));
        if mixed && edge.relation.is_symmetric() {
            element = element.with_attribute(("directed", "false"));
        }
        element.write_inner_content(|w| {
            data(w, "e_label", edge.relation.as_str())?;
            data(
                w,
                "e_symmetric",
                if edge.relation.is_symmetric() {
                    "true"
                } else {
                    "false"
                },
            )?;
            data(w, "e_relation", edge.relation.as_str())?;
            data(w, "e_weight", &edge.weight.to_string())?;
            if let Some(d) = &edge.first_date {
                data(w, "e_first_date", d)?;
            }
            if let Some(d) = &edge.last_date {
                data(w, "e_last_date", d)?;
            }
            data(w, "e_documents", &edge.documents.to_string())
        })?;
    }

    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.get_mut().write_all(b"\n")
}

/// `<data key="...">value</data>`, value cleaned and escaped.
fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_clean(value)))?;
    Ok(())
}

/// Is `c` allowed in an XML 1.0 document (production `Char`)?
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// `s` without the characters XML 1.0 forbids; borrowed when nothing had to go.
pub(crate) fn xml_clean(s: &str) -> Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, KnowledgeGraph, Node};
    use crate::model::{EntityType, Predicate};
    use crate::stats::fixture::sample_graph;

    fn render(graph: &KnowledgeGraph) -> String {
        render_as(graph, true)
    }

    fn render_as(graph: &KnowledgeGraph, mixed: bool) -> String {
        let mut buf = Vec::new();
        write(graph, &[], &mut buf, mixed).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn default_variant_is_not_mixed() {
        let xml = render_as(&sample_graph(), false);
        assert!(!xml.contains("directed=\"false\""), "{xml}");
        assert_eq!(
            xml.matches("<data key=\"e_symmetric\">true</data>").count(),
            1
        );
        assert_eq!(
            xml.matches("<data key=\"e_symmetric\">false</data>")
                .count(),
            6
        );
    }

    #[test]
    fn key_ids_never_collide_with_gephi_defaults() {
        let column = NodeColumn {
            name: "pagerank",
            title: "PageRank",
            integer: false,
            values: vec![0.25; 6],
        };
        let mut buf = Vec::new();
        write(&sample_graph(), &[column], &mut buf, false).unwrap();
        let xml = String::from_utf8(buf).unwrap();
        // Gephi, yEd and NetworkX name their own keys d0, d1, ...
        let ids: Vec<&str> = xml
            .match_indices("<key id=\"")
            .map(|(at, m)| {
                let rest = &xml[at + m.len()..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        assert_eq!(ids.len(), NODE_KEYS.len() + EDGE_KEYS.len() + 1);
        for id in &ids {
            assert!(id.starts_with("n_") || id.starts_with("e_"), "{id}");
        }
        assert!(!xml.contains("\"d3\"") && !xml.contains("\"d7\""));
        // Gephi maps these attr.names onto its own label and weight columns.
        assert!(xml.contains(r#"attr.name="label""#) && xml.contains(r#"attr.name="weight""#));
        assert!(xml.contains(
            r#"<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>"#
        ));
        assert_eq!(
            xml.matches(r#"<data key="n_pagerank">0.25</data>"#).count(),
            6
        );
    }

    #[test]
    fn cleans_only_illegal_characters() {
        assert_eq!(
            xml_clean("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}f"),
            "abcdef"
        );
        let kept =
            "tab\tnl\ncr\r \u{7F}\u{85} حزب الله \u{200F}\u{202B}x\u{202C}\u{2067}\u{2069} 😀";
        assert!(matches!(xml_clean(kept), Cow::Borrowed(_)));
    }

    #[test]
    fn document_shape() {
        let xml = render(&sample_graph());
        let expected_head = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_wikidata" for="node" attr.name="wikidata" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="e_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="e_first_date" for="edge" attr.name="first_date" attr.type="string"/>
  <key id="e_last_date" for="edge" attr.name="last_date" attr.type="string"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="long"/>
  <graph id="G" edgedefault="directed">
    <node id="country/iran">
      <data key="n_label">Iran</data>
      <data key="n_type">Country</data>
      <data key="n_wikidata">Q794</data>
      <data key="n_aliases">Islamic Republic of Iran|إيران</data>
      <data key="n_mentions">4</data>
    </node>
"#;
        assert!(xml.starts_with(expected_head), "{xml}");
        // The met-with edge (6th edge) is undirected, the others are not marked.
        let met = r#"    <edge id="e5" source="org/hamas" target="person/alice" directed="false">
      <data key="e_label">met-with</data>
      <data key="e_symmetric">true</data>
      <data key="e_relation">met-with</data>
      <data key="e_weight">2</data>
      <data key="e_first_date">2024-01-02</data>
      <data key="e_last_date">2024-03-04</data>
      <data key="e_documents">2</data>
    </edge>
"#;
        assert!(xml.contains(met), "{xml}");
        assert_eq!(xml.matches("directed=\"false\"").count(), 1);
        assert_eq!(xml.matches("<edge ").count(), 7);
        assert_eq!(xml.matches("<node ").count(), 6);
        assert!(xml.ends_with("  </graph>\n</graphml>\n"));
        // Undated edge: no date elements.
        let e0 = &xml[xml.find("<edge id=\"e0\"").unwrap()..xml.find("<edge id=\"e1\"").unwrap()];
        assert!(!e0.contains("date"), "{e0}");
    }

    #[test]
    fn escapes_and_strips() {
        let mut kg = KnowledgeGraph::default();
        let a = kg.graph.add_node(Node {
            iri: "https://example.org/a".into(),
            id: "person/a&b".into(),
            label: "A <\"&'> \u{1}B\r\nC\u{FFFF} \u{202B}عبد الله\u{202C}".into(),
            kind: EntityType::Person,
            wikidata: None,
            aliases: vec![],
            mentions: 1,
        });
        let b = kg.graph.add_node(Node {
            iri: "https://example.org/b".into(),
            id: "person/b\tc".into(),
            label: "B".into(),
            kind: EntityType::Person,
            wikidata: None,
            aliases: vec!["x".into(), "y".into()],
            mentions: 0,
        });
        kg.graph.add_edge(
            a,
            b,
            Edge {
                relation: Predicate::Threatened,
                weight: 1,
                first_date: None,
                last_date: None,
                documents: 1,
            },
        );
        let xml = render(&kg);
        assert!(xml.contains(r#"<node id="person/a&amp;b">"#), "{xml}");
        assert!(xml.contains(
            "<data key=\"n_label\">A &lt;&quot;&amp;&apos;&gt; B&#13;\nC \u{202B}عبد الله\u{202C}</data>"
        ), "{xml}");
        assert!(xml.contains(r#"<node id="person/b&#9;c">"#), "{xml}");
        assert!(
            xml.contains(r#"source="person/a&amp;b" target="person/b&#9;c">"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<data key="n_aliases">x|y</data>"#));
        assert!(!xml.contains("n_wikidata\">"));
        assert!(!xml.contains("directed=\"false\""));
    }
}
