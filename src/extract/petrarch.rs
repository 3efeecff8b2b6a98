//! PETRARCH/Phoenix actor dictionaries as knowledge-base files (`--kb Phoenix.Countries.actors.txt`).
//!
//! Format (openeventdata/petrarch2): one actor per block; the first line is its name in upper case
//! with words joined by `_` (a trailing `_` marks an open-ended match, ignored here), optionally
//! followed by `[CODE]`; `+NAME` lines are synonyms; tab-indented `[CODE dates]` lines give the
//! roles a person held; `#` starts a comment. Codes begin with a three-letter country or
//! international code (`IRQ`, `IGO`, `IMG`) followed by role codes (`GOV`, `MIL`, `REB`).
//!
//! Typing by the codes: an actor with role lines is a person (roles are held by people); an actor
//! whose own code is a bare three-letter country code is a country; any other coded actor is an
//! organisation; generic agent nouns (`~MIL` codes of Phoenix.agents.txt) are skipped. Labels are
//! English only (the dictionaries have no Arabic), turned to title case ("MUHAMMAD_SHIA_AL_SUDANI"
//! → "Muhammad Shia al Sudani") so the matcher's case rules apply. The country of a coded actor is
//! the KB country named like the dictionary's own country entry for that code, when the file has one.

use super::kb::{KbEntry, KbError};
use crate::model::EntityType;

/// Whether `content` is a PETRARCH dictionary rather than a KB TSV file (which starts with the
/// `id<TAB>type…` header).
pub fn looks_like(content: &str) -> bool {
    content
        .lines()
        .map(str::trim_end)
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .is_some_and(|l| !l.starts_with("id\t") && !l.contains('\t'))
}

/// A block while reading.
struct Block {
    name: String,
    code: Option<String>,
    synonyms: Vec<String>,
    roles: Vec<String>,
}

/// The actors of one dictionary file as KB entries (ids `petrarch-<slug>`, first block wins).
pub fn parse(file: &str, content: &str) -> Result<Vec<KbEntry>, KbError> {
    let mut blocks: Vec<Block> = Vec::new();
    for (n, raw) in content.lines().enumerate() {
        let line_no = n + 1;
        let indented = raw.starts_with('\t') || raw.starts_with(' ');
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (name, code) = split_code(line);
        if indented {
            // A role line: [IRQGOV 050601-060531].
            match (blocks.last_mut(), code) {
                (Some(b), Some(c)) => b.roles.push(c),
                _ => {
                    return Err(KbError {
                        file: file.to_string(),
                        line: line_no,
                        message: "role line outside an actor block".into(),
                    })
                }
            }
        } else if let Some(syn) = name.strip_prefix('+') {
            match blocks.last_mut() {
                Some(b) => b.synonyms.push(syn.to_string()),
                None => {
                    return Err(KbError {
                        file: file.to_string(),
                        line: line_no,
                        message: "synonym before any actor".into(),
                    })
                }
            }
        } else if !name.starts_with('!') && !name.starts_with('<') {
            blocks.push(Block {
                name: name.to_string(),
                code,
                synonyms: Vec::new(),
                roles: Vec::new(),
            });
        }
    }
    // ISO code -> country name, from the file's own country entries (AFGHANISTAN_ [AFG]).
    let countries: std::collections::HashMap<String, String> = blocks
        .iter()
        .filter(|b| b.code.as_deref().is_some_and(is_country_code))
        .map(|b| (b.code.clone().unwrap_or_default(), title(&b.name)))
        .collect();
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for b in blocks {
        let code = b.code.clone().or_else(|| b.roles.first().cloned());
        let Some(code) = code.filter(|c| !c.starts_with('~')) else {
            continue;
        };
        let kind = if !b.roles.is_empty() {
            EntityType::Person
        } else if is_country_code(&code) {
            EntityType::Country
        } else {
            EntityType::Organization
        };
        let label = title(&b.name);
        let id = format!("petrarch-{}", slug(&label));
        if label.is_empty() || !ids.insert(id.clone()) {
            continue;
        }
        let mut aliases: Vec<String> = b.synonyms.iter().map(|s| title(s)).collect();
        aliases.retain(|a| !a.is_empty() && *a != label);
        aliases.dedup();
        let country = (kind != EntityType::Country)
            .then(|| countries.get(code.get(..3).unwrap_or("")).cloned())
            .flatten();
        out.push(KbEntry {
            id,
            kind,
            subtype: Some(format!("petrarch-{}", code.to_lowercase())),
            wikidata: None,
            label_en: label,
            label_ar: String::new(),
            aliases,
            adjectives: Vec::new(),
            // A country *name* here; the loader turns it into a KB country id.
            country,
        });
    }
    Ok(out)
}

/// "NAME [CODE dates]" -> ("NAME", Some("CODE")).
fn split_code(line: &str) -> (&str, Option<String>) {
    match (line.find('['), line.rfind(']')) {
        (Some(s), Some(e)) if e > s => {
            let code = line[s + 1..e].split_whitespace().next().map(String::from);
            (line[..s].trim(), code)
        }
        _ => (line.trim(), None),
    }
}

fn is_country_code(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())
}

const LOWER: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "of", "the", "and", "for", "in", "de", "du", "la", "le",
];

/// "MUHAMMAD_SHIA_AL_SUDANI_" -> "Muhammad Shia al Sudani"; "(AAIA)" parts dropped.
fn title(name: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            '_' | '+' => plain.push(' '),
            _ => plain.push(c),
        }
    }
    plain
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && LOWER.contains(&lower.as_str()) {
                return lower;
            }
            // Each hyphen part capitalised: KI-MOON -> Ki-Moon.
            lower
                .split('-')
                .map(|p| {
                    let mut cs = p.chars();
                    cs.next()
                        .map(|f| f.to_uppercase().chain(cs).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(label: &str) -> String {
    label
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Written for this test in the dictionaries' format (not copied from them).
    const SAMPLE: &str = "\
# test dictionary
FREEDONIA_ [FRD]
+FREEDONIAN_
+REPUBLIC_OF_FREEDONIA

RUFUS_T_FIREFLY_  # a leader
+FIREFLY_
\t[FRDGOV 330101-331231]
\t[FRDGOV >340101]

SYLVANIAN_LIBERATION_FRONT_(SLF)_ [FRDREB]
+SLF

SOLDIER [~MIL]
";

    #[test]
    fn reads_countries_people_and_groups_typed_by_codes() {
        assert!(looks_like(SAMPLE));
        assert!(!looks_like("id\ttype\tsubtype\n"));
        let e = parse("t.txt", SAMPLE).expect("parses");
        let by = |id: &str| e.iter().find(|x| x.id == id).expect(id);
        let c = by("petrarch-freedonia");
        assert_eq!(c.kind, EntityType::Country);
        assert_eq!(c.aliases, ["Freedonian", "Republic of Freedonia"]);
        let p = by("petrarch-rufus-t-firefly");
        assert_eq!(p.kind, EntityType::Person);
        assert_eq!(p.label_en, "Rufus T Firefly");
        assert_eq!(p.country.as_deref(), Some("Freedonia"));
        assert_eq!(p.subtype.as_deref(), Some("petrarch-frdgov"));
        let g = by("petrarch-sylvanian-liberation-front");
        assert_eq!(g.kind, EntityType::Organization);
        assert_eq!(g.aliases, ["Slf"]);
        assert!(
            !e.iter().any(|x| x.label_en == "Soldier"),
            "agents are skipped"
        );
    }

    #[test]
    fn a_role_line_without_an_actor_names_its_line() {
        let err = parse("bad.txt", "\t[IRQGOV]\n").expect_err("fails");
        assert_eq!((err.file.as_str(), err.line), ("bad.txt", 1));
    }

    #[test]
    fn title_case_keeps_connectors_lower() {
        assert_eq!(title("MUHAMMAD_SHIA_AL_SUDANI_"), "Muhammad Shia al Sudani");
        assert_eq!(title("BAN_KI-MOON"), "Ban Ki-Moon");
    }
}
