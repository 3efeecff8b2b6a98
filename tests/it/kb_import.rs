//! `--kb` with a PETRARCH/Phoenix actor dictionary: actors typed by their codes, names the
//! curated KB already has left to it, a malformed file named with its line.

use crate::util::{Dir, Result};

// Hand-written in the dictionaries' format for this test.
const DICTIONARY: &str = "\
# actors
GONDOR_ [GND]
+MINAS_TIRITH_GOVERNMENT_

ARAGORN_ELESSAR_  # king
+STRIDER_
\t[GNDGOV >30190101]

RANGERS_OF_ITHILIEN_ [GNDMIL]

MUHAMMAD_SHIA_AL_SUDANI_
\t[IRQGOV >20221027]
";

#[test]
fn petrarch_dictionary_adds_typed_actors() -> Result {
    let dir = Dir::new("kb-import");
    let dict = dir.create("actors.txt", DICTIONARY);
    let text = dir.create(
        "a.txt",
        "Strider met Muhammad Shia al-Sudani in Baghdad after the Rangers of Ithilien attacked Gondor.",
    );
    let run = dir
        .cmd(["extract", "--lang", "en", "--kb"])
        .arg(&dict)
        .arg(&text)
        .run()
        .ok();
    let doc = run.json()?;
    let entities = doc["entities"].as_array().cloned().unwrap_or_default();
    let kind = |id: &str| {
        entities
            .iter()
            .find(|e| e["id"] == id)
            .and_then(|e| e["type"].as_str().map(String::from))
    };
    assert_eq!(
        kind("kb/petrarch-aragorn-elessar").as_deref(),
        Some("Person")
    );
    assert_eq!(
        kind("kb/petrarch-rangers-of-ithilien").as_deref(),
        Some("Organization")
    );
    assert_eq!(kind("kb/petrarch-gondor").as_deref(), Some("Country"));
    // A name the curated KB has stays with the curated entry: no second node.
    assert!(kind("kb/mohammed-shia-al-sudani").is_some(), "{entities:?}");
    assert!(kind("kb/petrarch-muhammad-shia-al-sudani").is_none());
    Ok(())
}

#[test]
fn malformed_dictionary_is_an_error_naming_file_and_line() -> Result {
    let dir = Dir::new("kb-import-bad");
    let dict = dir.create("bad.txt", "# no actor yet\n+SYNONYM_\n");
    let text = dir.create("a.txt", "Nothing here.");
    let run = dir
        .cmd(["extract", "--kb"])
        .arg(&dict)
        .arg(&text)
        .run()
        .expect(2);
    assert!(run.stderr.contains("bad.txt:2"), "{}", run.stderr);
    Ok(())
}
