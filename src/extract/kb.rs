//! The knowledge base: known actors, places and facilities (`ontology/kb/*.tsv`, format in its README).

use std::collections::HashMap;

use crate::model::EntityType;

/// One known entity.
#[derive(Debug, Clone, PartialEq)]
pub struct KbEntry {
    pub id: String,
    pub kind: EntityType,
    pub subtype: Option<String>,
    pub wikidata: Option<String>,
    pub label_en: String,
    pub label_ar: String,
    pub aliases: Vec<String>,
    pub adjectives: Vec<String>,
    pub country: Option<String>,
}

impl KbEntry {
    /// Every name: both labels and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.label_en.as_str(), self.label_ar.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|s| !s.is_empty())
    }
}

/// A KB file problem, naming file and line.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct KbError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    entries: Vec<KbEntry>,
    by_id: HashMap<String, usize>,
}

const COLUMNS: [&str; 9] = [
    "id",
    "type",
    "subtype",
    "wikidata",
    "label_en",
    "label_ar",
    "aliases",
    "adjectives",
    "country",
];

impl KnowledgeBase {
    /// Adds imported entries (a PETRARCH dictionary) that name nothing the KB already names:
    /// an entry whose label is a known name is skipped, a known alias is dropped, so an import
    /// never makes a second node for an actor the curated KB has. `country` holds a country
    /// *name* and becomes the id of the KB country of that name. Returns how many were added.
    pub fn add_imported(&mut self, entries: Vec<KbEntry>) -> usize {
        use super::phrases::name_key;
        let mut known: HashMap<String, usize> = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            for n in e.names() {
                known.entry(name_key(n)).or_insert(i);
            }
        }
        let mut added = 0;
        for mut e in entries {
            if known.contains_key(&name_key(&e.label_en)) || self.by_id.contains_key(&e.id) {
                continue;
            }
            e.aliases.retain(|a| !known.contains_key(&name_key(a)));
            e.country = e.country.as_deref().and_then(|c| {
                known
                    .get(&name_key(c))
                    .map(|&i| &self.entries[i])
                    .filter(|k| k.kind == EntityType::Country)
                    .map(|k| k.id.clone())
            });
            let i = self.entries.len();
            for n in e.names() {
                known.entry(name_key(n)).or_insert(i);
            }
            self.by_id.insert(e.id.clone(), i);
            self.entries.push(e);
            added += 1;
        }
        added
    }

    pub fn entries(&self) -> &[KbEntry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&KbEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds the entries of one TSV file. A later file may not redefine an id.
    pub fn load_tsv(&mut self, file: &str, content: &str) -> Result<(), KbError> {
        let err = |line: usize, message: String| KbError {
            file: file.to_string(),
            line,
            message,
        };
        let mut header: Option<Vec<&str>> = None;
        for (n, line) in content.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some(cols) = &header else {
                if cells.first() != Some(&"id") {
                    return Err(err(
                        line_no,
                        format!("expected the header line `{}`", COLUMNS.join("\\t")),
                    ));
                }
                header = Some(cells);
                continue;
            };
            let get = |name: &str| -> &str {
                cols.iter()
                    .position(|c| *c == name)
                    .and_then(|i| cells.get(i).copied())
                    .unwrap_or("")
            };
            let id = get("id");
            if id.is_empty() {
                return Err(err(line_no, "empty id".into()));
            }
            let kind: EntityType = get("type").parse().map_err(|e| err(line_no, e))?;
            let list = |name: &str| -> Vec<String> {
                get(name)
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            };
            let opt = |name: &str| Some(get(name).to_string()).filter(|s| !s.is_empty());
            let entry = KbEntry {
                id: id.to_string(),
                kind,
                subtype: opt("subtype"),
                wikidata: opt("wikidata"),
                label_en: get("label_en").to_string(),
                label_ar: get("label_ar").to_string(),
                aliases: list("aliases"),
                adjectives: list("adjectives"),
                country: opt("country"),
            };
            if entry.label_en.is_empty() && entry.label_ar.is_empty() {
                return Err(err(line_no, format!("{id}: needs label_en or label_ar")));
            }
            if self.by_id.contains_key(id) {
                return Err(err(line_no, format!("duplicate id {id:?}")));
            }
            self.by_id.insert(entry.id.clone(), self.entries.len());
            self.entries.push(entry);
        }
        if header.is_none() {
            return Err(err(1, "no header line".into()));
        }
        Ok(())
    }
}
