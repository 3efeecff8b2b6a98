//! GEXF 1.3 writer (quick-xml), dynamic: Gephi's timeline plays the edges in date order.
//!
//! Time is given one way throughout: `start`/`end` attributes (closed intervals,
//! `timeformat="date"`, `timerepresentation="interval"`) on every dated edge, from its first to
//! its last date, and on every node, spanning its edges; an undated edge has no interval (always
//! present), and a node with an undated edge has none either so it is never hidden under its
//! edge. Static attributes are those of the GraphML export (`type`, `wikidata`, `aliases`,
//! `mentions`; `relation`, `symmetric`, `first_date`, `last_date`, `documents`), plus the
//! statistics columns when asked; `label` and `weight` are GEXF's own XML attributes.
//!
//! `met-with` edges are `type="mutual"` (one edge both ways, which NetworkX reads as two arcs and
//! Gephi as a mutual edge); a mixed `undirected` edge in a directed graph is refused by NetworkX.
//! Node ids, edge ids (`e0`, `e1`, ... in graph edge order) and XML cleaning as in `graphml.rs`.

use std::io::{self, Write};

use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::graphml::{number, xml_clean, ALIAS_SEPARATOR};
use crate::graph::{KnowledgeGraph, NodeColumn};

const GEXF_NS: &str = "http://gexf.net/1.3";
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// (id = title, type) of the static node attributes.
const NODE_ATTRS: [(&str, &str); 4] = [
    ("type", "string"),
    ("wikidata", "string"),
    ("aliases", "string"),
    ("mentions", "long"),
];

/// (id = title, type) of the static edge attributes.
const EDGE_ATTRS: [(&str, &str); 5] = [
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("documents", "long"),
];

/// Writes the whole document to `out` (not flushed: the caller owns the buffer).
pub(crate) fn write<W: Write>(
    graph: &KnowledgeGraph,
    columns: &[NodeColumn],
    out: W,
) -> io::Result<()> {
    let g = &graph.graph;
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", GEXF_NS),
        ("xmlns:xsi", XSI_NS),
        ("xsi:schemaLocation", SCHEMA_LOCATION),
        ("version", "1.3"),
    ])))?;
    w.create_element("meta").write_inner_content(|w| {
        w.create_element("creator")
            .write_text_content(BytesText::new("newsgraph"))?;
        w.create_element("description")
            .write_text_content(BytesText::new(
            "Entities and relations extracted from news articles; edge weight = supporting events",
        ))?;
        Ok(())
    })?;
    w.write_event(Event::Start(BytesStart::new("graph").with_attributes([
        ("mode", "dynamic"),
        ("defaultedgetype", "directed"),
        ("timeformat", "date"),
        ("timerepresentation", "interval"),
    ])))?;

    let node_attrs: Vec<(&str, &str)> = NODE_ATTRS
        .iter()
        .copied()
        .chain(
            columns
                .iter()
                .map(|c| (c.name, if c.integer { "long" } else { "double" })),
        )
        .collect();
    for (class, attrs) in [("node", &node_attrs[..]), ("edge", &EDGE_ATTRS[..])] {
        w.create_element("attributes")
            .with_attributes([("class", class), ("mode", "static")])
            .write_inner_content(|w| {
                for &(id, ty) in attrs {
                    w.create_element("attribute")
                        .with_attributes([("id", id), ("title", id), ("type", ty)])
                        .write_empty()?;
                }
                Ok(())
            })?;
    }

    // Node intervals from their edges; None = undated edge seen.
    let mut spans: Vec<Option<(Option<&str>, Option<&str>)>> =
        vec![Some((None, None)); g.node_count()];
    for e in g.edge_references() {
        let edge = e.weight();
        for i in [e.source().index(), e.target().index()] {
            spans[i] = match (
                spans[i],
                edge.first_date.as_deref(),
                edge.last_date.as_deref(),
            ) {
                (Some((lo, hi)), Some(first), Some(last)) => Some((
                    Some(lo.map_or(first, |l| l.min(first))),
                    Some(hi.map_or(last, |h| h.max(last))),
                )),
                _ => None,
            };
        }
    }

    w.write_event(Event::Start(BytesStart::new("nodes")))?;
    for i in g.node_indices() {
        let node = &g[i];
        let id = xml_clean(&node.id);
        let label = xml_clean(&node.label);
        let mut el = w
            .create_element("node")
            .with_attribute(("id", id.as_ref()))
            .with_attribute(("label", label.as_ref()));
        if let Some((Some(start), Some(end))) = spans[i.index()] {
            el = el
                .with_attribute(("start", start))
                .with_attribute(("end", end));
        }
        el.write_inner_content(|w| {
            w.write_event(Event::Start(BytesStart::new("attvalues")))?;
            attvalue(w, "type", node.kind.as_str())?;
            if let Some(q) = &node.wikidata {
                attvalue(w, "wikidata", q)?;
            }
            attvalue(w, "aliases", &node.aliases.join(ALIAS_SEPARATOR))?;
            attvalue(w, "mentions", &node.mentions.to_string())?;
            for c in columns {
                attvalue(w, c.name, &number(c, i.index()))?;
            }
            w.write_event(Event::End(BytesEnd::new("attvalues")))?;
            Ok(())
        })?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;

    w.write_event(Event::Start(BytesStart::new("edges")))?;
    for (k, e) in g.edge_references().enumerate() {
        let edge = e.weight();
        let id = format!("e{k}");
        let weight = edge.weight.to_string();
        let source = xml_clean(&g[e.source()].id);
        let target = xml_clean(&g[e.target()].id);
        let mut el = w.create_element("edge").with_attributes([
            ("id", id.as_str()),
            ("source", source.as_ref()),
            ("target", target.as_ref()),
            ("label", edge.relation.as_str()),
            ("weight", weight.as_str()),
        ]);
        if edge.relation.is_symmetric() {
            el = el.with_attribute(("type", "mutual"));
        }
        if let (Some(first), Some(last)) = (&edge.first_date, &edge.last_date) {
            el = el
                .with_attribute(("start", first.as_str()))
                .with_attribute(("end", last.as_str()));
        }
        el.write_inner_content(|w| {
            w.write_event(Event::Start(BytesStart::new("attvalues")))?;
            attvalue(w, "relation", edge.relation.as_str())?;
            attvalue(
                w,
                "symmetric",
                if edge.relation.is_symmetric() {
                    "true"
                } else {
                    "false"
                },
            )?;
            if let Some(d) = &edge.first_date {
                attvalue(w, "first_date", d)?;
            }
            if let Some(d) = &edge.last_date {
                attvalue(w, "last_date", d)?;
            }
            attvalue(w, "documents", &edge.documents.to_string())?;
            w.write_event(Event::End(BytesEnd::new("attvalues")))?;
            Ok(())
        })?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    w.get_mut().write_all(b"\n")
}

fn attvalue<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("attvalue")
        .with_attribute(("for", key))
        .with_attribute(("value", xml_clean(value).as_ref()))
        .write_empty()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixture::sample_graph;

    fn render(columns: &[NodeColumn]) -> String {
        let mut buf = Vec::new();
        write(&sample_graph(), columns, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn dynamic_document() {
        let xml = render(&[]);
        assert!(xml.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""
        ));
        assert!(xml.contains(
            r#"<graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">"#
        ));
        // Iran has an undated edge: no interval. Alice's edges are all dated.
        assert!(
            xml.contains(r#"<node id="country/iran" label="Iran">"#),
            "{xml}"
        );
        assert!(
            xml.contains(
                r#"<node id="person/alice" label="Alice" start="2024-01-02" end="2024-03-04">"#
            ),
            "{xml}"
        );
        assert!(xml.contains(
            r#"<edge id="e5" source="org/hamas" target="person/alice" label="met-with" weight="2" type="mutual" start="2024-01-02" end="2024-03-04">"#
        ), "{xml}");
        assert!(xml.contains(
            r#"<edge id="e0" source="country/iran" target="country/israel" label="threatened" weight="2">"#
        ));
        assert!(xml.contains(r#"<attvalue for="aliases" value="Islamic Republic of Iran|إيران"/>"#));
        assert_eq!(xml.matches("<node ").count(), 6);
        assert_eq!(xml.matches("<edge ").count(), 7);
        assert!(xml.ends_with("</gexf>\n"));
    }

    #[test]
    fn statistics_columns() {
        let col = NodeColumn {
            name: "pagerank",
            title: "PageRank",
            integer: false,
            values: vec![0.5, 0.25, 0.125, 0.0625, 0.03125, 0.03125],
        };
        let xml = render(&[col]);
        assert!(xml.contains(r#"<attribute id="pagerank" title="pagerank" type="double"/>"#));
        assert!(xml.contains(r#"<attvalue for="pagerank" value="0.0625"/>"#));
    }
}
