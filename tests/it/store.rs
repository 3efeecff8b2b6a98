//! The store: idempotent ingestion, replacement of a changed article, read-only queries, result
//! formats and event provenance.

use std::collections::BTreeMap;

use crate::cli::{AR_ARTICLE, EN_ARTICLE};
use crate::util::{char_slice, sparql_json_rows, Dir, Failures, Result, COUNT_QUADS};

const DOC_GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
    FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/id/graph/doc-\")) }";

const EN_EDITED: &str = "The talks had been planned for weeks.\n\
Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Ebrahim Raisi in Tehran on Monday.";

const EVIDENCE: &str = "SELECT ?ev WHERE { GRAPH ?g { ?e ng:evidence ?ev } }";

fn evidences(dir: &Dir) -> Vec<String> {
    dir.select(EVIDENCE)
        .into_iter()
        .filter_map(|mut r| r.remove("ev"))
        .collect()
}

#[test]
fn reingest_is_idempotent_and_edits_replace() -> Result {
    let dir = Dir::new("idempotent");
    dir.create("en.txt", EN_ARTICLE);
    dir.create("ar.txt", AR_ARTICLE);
    let first = dir.cmd(["ingest", "en.txt", "ar.txt"]).run().ok();
    assert!(first.stderr.contains("2 new"), "{first}");
    let quads = dir.count(COUNT_QUADS);
    let graphs = dir.count(DOC_GRAPHS);
    assert_eq!(graphs, 2, "one named graph per document");

    let second = dir.cmd(["ingest", "en.txt", "ar.txt"]).run().ok();
    assert!(
        second.stderr.contains("0 new, 2 unchanged, 0 replaced"),
        "second run must report 0 new / 2 unchanged{second}"
    );
    assert_eq!(
        dir.count(COUNT_QUADS),
        quads,
        "quad count changed on re-ingest{second}"
    );

    // Same path, new body: its graph is replaced, not added.
    let old_evidence = evidences(&dir);
    assert!(
        old_evidence.iter().any(|e| e.contains("Abdollahian met")),
        "the English meeting is not stored: {old_evidence:?}"
    );
    dir.create("en.txt", EN_EDITED);
    let third = dir.cmd(["ingest", "en.txt", "ar.txt"]).run().ok();
    assert!(
        third.stderr.contains("0 new, 1 unchanged, 1 replaced"),
        "edited file must be reported replaced{third}"
    );
    let now = evidences(&dir);
    let mut failures = Failures::default();
    failures.check(!now.iter().any(|e| e.contains("Abdollahian met")), || {
        format!("old evidence still stored: {now:?}")
    });
    failures.check(now.iter().any(|e| e.contains("Sudani met")), || {
        format!("new evidence not stored: {now:?}")
    });
    let g = dir.count(DOC_GRAPHS);
    failures.check(g == 2, || {
        format!("{g} document graphs after the edit, expected 2")
    });
    let d = dir.count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?m { ?d a ng:Document } }");
    failures.check(d == 2, || {
        format!("{d} ng:Document after the edit, expected 2")
    });
    failures.finish(&third.to_string());
    Ok(())
}

/// Two inputs with the same text (an article and its JSON copy, as in examples/ and
/// examples/gold/) share one document id. Re-ingesting both must settle, not replace each other on
/// every run.
#[test]
fn same_text_from_two_files_settles() -> Result {
    let dir = Dir::new("sametext");
    dir.create("a.txt", EN_ARTICLE);
    dir.create(
        "a.json",
        serde_json::json!({ "text": EN_ARTICLE }).to_string(),
    );
    dir.cmd(["ingest", "a.txt", "a.json"]).run().ok();
    let quads = dir.count(COUNT_QUADS);
    let again = dir.cmd(["ingest", "a.txt", "a.json"]).run().ok();
    assert!(
        again.stderr.contains("0 new, 2 unchanged, 0 replaced"),
        "re-ingesting unchanged inputs rewrote them{again}"
    );
    assert_eq!(dir.count(COUNT_QUADS), quads);
    Ok(())
}

#[test]
fn query_is_read_only_and_formats_parse() -> Result {
    let dir = Dir::new("query");
    dir.create("en.txt", EN_ARTICLE);
    dir.cmd(["ingest", "en.txt"]).run().ok();
    let quads = dir.count(COUNT_QUADS);

    for update in [
        "INSERT DATA { GRAPH ng:x { ng:a ng:b ng:c } }",
        "PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c }",
        "CLEAR ALL",
    ] {
        let run = dir.cmd(["query", update]).run().expect(2);
        assert!(
            run.stderr.contains("read-only"),
            "no read-only message{run}"
        );
    }
    assert_eq!(dir.count(COUNT_QUADS), quads, "an update changed the store");

    let met = "SELECT ?a ?b WHERE { GRAPH ?g { ?a ng:metWith ?b } }";
    let csv = dir.cmd(["query", met, "--format", "csv"]).run().ok();
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    assert_eq!(reader.headers()?, vec!["a", "b"], "{csv}");
    let rows: Vec<csv::StringRecord> = reader.records().collect::<std::result::Result<_, _>>()?;
    assert!(!rows.is_empty(), "no met-with edge{csv}");
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|v| v.contains("abdollahian"))),
        "the Abdollahian meeting is missing{csv}"
    );

    let json = dir.cmd(["query", met, "--format", "json"]).run().ok();
    let v = json.json()?;
    assert_eq!(v["head"]["vars"], serde_json::json!(["a", "b"]), "{json}");
    let json_rows = sparql_json_rows(&json.stdout)?;
    assert_eq!(json_rows.len(), rows.len(), "json and csv disagree{json}");

    let tsv = dir.cmd(["query", met, "--format", "tsv"]).run().ok();
    let lines: Vec<&str> = tsv.stdout.lines().collect();
    assert_eq!(lines.first().copied(), Some("?a\t?b"), "{tsv}");
    assert_eq!(lines.len(), rows.len() + 1, "{tsv}");
    assert!(
        lines[1..].iter().all(|l| l.split('\t').count() == 2
            && l.split('\t')
                .all(|t| t.starts_with('<') && t.ends_with('>'))),
        "tsv rows are not two IRIs{tsv}"
    );

    let xml = dir.cmd(["query", met, "--format", "xml"]).run().ok();
    let results = count_xml_elements(&xml.stdout, "result")
        .map_err(|e| format!("xml does not parse: {e}{xml}"))?;
    assert_eq!(results, rows.len(), "xml result count{xml}");

    let ask = dir
        .cmd([
            "query",
            "ASK { GRAPH ?g { ?a ng:metWith ?b } }",
            "--format",
            "json",
        ])
        .run()
        .ok();
    assert_eq!(ask.json()?["boolean"], true, "{ask}");
    Ok(())
}

/// Parses `xml` to the end and counts start elements with this local name.
fn count_xml_elements(xml: &str, name: &str) -> std::result::Result<usize, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut n = 0;
    let mut depth = 0i64;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => {
                depth += 1;
                if e.local_name().into_inner() == name {
                    n += 1;
                }
            }
            Event::Empty(e) if e.local_name().into_inner() == name => n += 1,
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err(format!("unbalanced elements (depth {depth} at the end)"));
    }
    Ok(n)
}

#[test]
fn every_event_has_evidence_and_offsets() -> Result {
    let dir = Dir::new("events");
    let texts: BTreeMap<&str, &str> = [
        ("en.txt", EN_ARTICLE),
        ("ar.txt", AR_ARTICLE),
        ("edited.txt", EN_EDITED),
    ]
    .into();
    for (name, text) in &texts {
        dir.create(name, text);
    }
    dir.cmd(["ingest", "en.txt", "ar.txt", "edited.txt"])
        .run()
        .ok();
    let rows = dir.select(
        "SELECT ?src ?e ?ev ?start ?end WHERE {
           GRAPH ?m { ?d ng:graph ?g ; dcterms:source ?src }
           GRAPH ?g {
             ?e a ?class .
             VALUES ?class { ng:Meeting ng:Threat ng:Attack ng:ClaimOfResponsibility ng:Visit }
             OPTIONAL { ?e ng:evidence ?ev }
             OPTIONAL { ?e ng:start ?start }
             OPTIONAL { ?e ng:end ?end }
           }
         }",
    );
    let events =
        dir.count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e ng:relation ?r } }");
    assert!(events >= 3, "expected an event per article, found {events}");
    assert_eq!(
        rows.len(),
        events,
        "events without a document or a class: {rows:#?}"
    );
    let mut failures = Failures::default();
    for r in &rows {
        let e = &r["e"];
        let (Some(ev), Some(start), Some(end)) = (r.get("ev"), r.get("start"), r.get("end")) else {
            failures.check(false, || {
                format!("event {e} lacks evidence, start or end: {r:?}")
            });
            continue;
        };
        let Some(text) = texts.get(r["src"].as_str()) else {
            failures.check(false, || {
                format!("event {e} from unknown source {}", r["src"])
            });
            continue;
        };
        let slice = start
            .parse()
            .ok()
            .zip(end.parse().ok())
            .and_then(|(s, t)| char_slice(text, s, t));
        failures.check(slice.as_deref() == Some(ev.as_str()), || {
            format!("event {e}: evidence {ev:?} is not text[{start}..{end}] = {slice:?}")
        });
    }
    failures.finish(&format!("{rows:#?}"));
    Ok(())
}

/// A second writer gets a clear "in use" error; readers keep working while a writer holds the store.
#[test]
fn second_writer_is_refused_readers_still_read() -> Result {
    let dir = Dir::new("in-use");
    dir.create("en.txt", EN_ARTICLE);
    dir.cmd(["ingest", "en.txt"]).run().ok();
    // This process becomes the writer.
    let writer = newsgraph::store::GraphStore::open(&dir.store())?;
    let second = dir.cmd(["ingest", "en.txt"]).run().expect(2);
    assert!(
        second.stderr.contains("in use"),
        "a second writer must be told the store is in use{second}"
    );
    let quads = dir.count(COUNT_QUADS);
    assert!(
        quads > 0,
        "a reader must still read while the writer holds the store"
    );
    drop(writer);
    dir.cmd(["ingest", "en.txt"]).run().ok();
    Ok(())
}

/// A document graph says what the document says; a KB entity's subtype, Wikidata link and KB
/// labels stay in the knowledge-base graph (12% fewer quads), and nothing is lost: the export
/// still carries them.
#[test]
fn document_graphs_leave_kb_facts_to_the_kb_graph() -> Result {
    let dir = Dir::new("kb-facts");
    dir.create("en.txt", EN_ARTICLE);
    dir.create("ar.txt", AR_ARTICLE);
    dir.cmd(["ingest", "en.txt", "ar.txt"]).run().ok();
    let in_docs = |pattern: &str| {
        format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} \
             FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/id/graph/doc-\")) \
             FILTER(STRSTARTS(STR(?e), \"https://w3id.org/newsgraph/id/kb/\")) }}"
        )
    };
    let mut failures = Failures::default();
    let kb_entities = dir.count(&in_docs("?e a ?t"));
    failures.check(kb_entities > 0, || "the articles name KB entities".into());
    for (what, pattern) in [
        ("subtype", "?e ng:type ?t"),
        ("Wikidata link", "?e owl:sameAs ?w"),
        (
            "KB label as alias",
            "?e skos:altLabel ?a . GRAPH <https://w3id.org/newsgraph/id/graph/kb> { ?e rdfs:label ?l } FILTER(STR(?a) = STR(?l))",
        ),
    ] {
        let n = dir.count(&in_docs(pattern));
        failures.check(n == 0, || format!("{n} document-graph quads repeat the KB's {what}"));
    }
    // What the documents still say about a KB entity, per document graph.
    for pattern in ["?e rdfs:label ?l", "?e ng:mentionCount ?c"] {
        let n = dir.count(&in_docs(pattern));
        failures.check(n == kb_entities, || {
            format!("{pattern}: {n} for {kb_entities} entities")
        });
    }
    let kb_subtypes = dir.count(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?d { ?e a ?t } \
         GRAPH <https://w3id.org/newsgraph/id/graph/kb> { ?e ng:type ?s } }",
    );
    failures.check(kb_subtypes > 0, || "the KB graph gives the subtypes".into());
    let out = dir
        .cmd(["export", "--format", "csv", "--out", "csv"])
        .run()
        .ok();
    let nodes = std::fs::read_to_string(dir.path().join("csv/nodes.csv"))?;
    failures.check(nodes.contains("Bashar al-Assad"), || {
        format!("the export lost the KB's English label{out}\n{nodes}")
    });
    failures.finish("");
    Ok(())
}
