//! Extraction: from a [`Document`] to an [`Extraction`] (entities and relations with evidence).
//!
//! The one public entry is [`Extractor::extract`]; it is a pure function of the document and the
//! language data, so the extraction of an article never depends on the rest of the batch.
//!
//! ```no_run
//! use newsgraph::extract::{Extractor, Resources};
//! let extractor = Extractor::new(Resources::embedded(&[]).unwrap());
//! # let doc: newsgraph::model::Document = todo!();
//! let extraction = extractor.extract(&doc);
//! ```

mod armies;
mod companions;
mod compounds;
pub mod dates;
mod entities;
mod frames;
pub mod kb;
mod landmarks;
mod media;
mod mentions;
mod metonymy;
pub mod ner;
mod petrarch;
pub mod phrases;
mod resources;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use sha2::{Digest, Sha256};

pub use resources::{ResourceError, Resources, ONTOLOGY_TTL};

use crate::model::{Document, Entity, Extraction, Lang, Mention, Relation};
use crate::text::{self, CharIndex};

/// Runs extraction with loaded language data.
#[derive(Debug, Clone)]
pub struct Extractor {
    resources: Resources,
    /// Arabic name tagger for names the KB and the patterns miss (`None`: off).
    ner: Option<std::sync::Arc<ner::Tagger>>,
}

impl Extractor {
    /// An extractor with the built-in Arabic name tagger.
    pub fn new(resources: Resources) -> Self {
        Extractor {
            resources,
            ner: Some(ner::Tagger::embedded()),
        }
    }

    /// Uses another name tagger, or none.
    pub fn with_ner(self, ner: Option<std::sync::Arc<ner::Tagger>>) -> Self {
        Extractor { ner, ..self }
    }

    pub fn resources(&self) -> &Resources {
        &self.resources
    }

    /// Entities and relations of one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let res = &self.resources;
        let a = text::analyze(&doc.text);
        let names: Vec<Vec<ner::Span>> = match (&self.ner, doc.lang) {
            (Some(t), Lang::Ar) => {
                ner::doc::Doc::prime(a.text, &a.tokens);
                ner::consistency::prime(t, &a, res);
                a.sentences
                    .iter()
                    .map(|s| t.spans(&a.tokens[s.tokens.clone()], a.text, res))
                    .collect()
            }
            _ => Vec::new(),
        };
        let find_all = |local: &phrases::PhraseIndex<mentions::Target>, named: &[bool]| {
            let mut raw = Vec::new();
            for (i, s) in a.sentences.iter().enumerate() {
                let mut found = mentions::find(&a, s.tokens.clone(), doc.lang, res, local, named);
                if let Some(spans) = names.get(i) {
                    let more = ner::names::mentions(&a, s.tokens.clone(), spans, res, &found, &raw);
                    found.extend(more);
                    found.sort_by_key(|m| m.start_tok);
                }
                raw.extend(found);
            }
            raw
        };
        // Two passes: the second also finds the short names of the people the first found,
        // outside the longer names the first pass read.
        let mut named = vec![false; a.tokens.len()];
        let first = find_all(&phrases::PhraseIndex::new(true), &named);
        for m in first.iter().filter(|m| m.end_tok > m.start_tok + 1) {
            named[m.start_tok..m.end_tok].fill(true);
        }
        let local = mentions::short_names(&a, &first, res);
        let raw = if local.is_empty() {
            first
        } else {
            find_all(&local, &named)
        };
        let (doc_entities, resolved) = entities::resolve(&a, raw, doc.lang, res);
        let mut found = frames::find(&a, doc.lang, res, &doc_entities, &resolved);
        found.extend(frames::implied_visits(
            &a,
            &found,
            &doc_entities,
            &resolved,
            res,
        ));
        found.extend(companions::companion_visits(
            &a,
            doc.lang,
            res,
            &doc_entities,
            &resolved,
            &found,
        ));
        found.extend(companions::companion_meetings(
            &a,
            doc.lang,
            res,
            &doc_entities,
            &resolved,
            &found,
        ));
        // Nobody threatens their own state or its capital ("حذرت الخارجية الإيرانية من أن طهران
        // سترد": Tehran is the one who will respond), nor the army of a report's own state.
        found.retain(|f| {
            if f.predicate != crate::model::Predicate::Threatened {
                return true;
            }
            let kb = |e: usize| doc_entities[e].kb.map(|k| &res.kb.entries()[k]);
            let home = |e: usize| {
                kb(e).and_then(|x| match x.kind {
                    crate::model::EntityType::Country => Some(x.id.as_str()),
                    _ => x.country.as_deref(),
                })
            };
            // "the army" with no state named is the army of the state the report is about; when
            // the speaker is of that state, it is the speaker's side ("هدد غالانت بأن ما يقوم به
            // الجيش في غزة"). An army named outright in the sentence may be a rival one
            // (Haftar's).
            let sentence = &a.sentences[f.sentence].tokens;
            let bare_army_only = resolved
                .iter()
                .filter(|r| r.entity == f.object && sentence.contains(&r.raw.start_tok))
                .all(|r| {
                    matches!(&r.raw.target, mentions::Target::Title(k) if k == armies::BARE_ARMY)
                });
            let own_army =
                bare_army_only && home(f.subject).is_some() && home(f.subject) == home(f.object);
            let own = own_army
                || kb(f.object).is_some_and(|o| {
                    matches!(
                        o.kind,
                        crate::model::EntityType::Country | crate::model::EntityType::Location
                    ) && (o.kind == crate::model::EntityType::Country
                        || o.subtype.as_deref() == Some("capital"))
                }) && home(f.subject).is_some()
                    && home(f.subject) == home(f.object);
            !own
        });
        // Speaking to a news outlet is an interview, not a meeting ("…, who spoke to AFP").
        found.retain(|f| {
            f.predicate != crate::model::Predicate::MetWith
                || ![f.subject, f.object].iter().any(|&e| {
                    doc_entities[e]
                        .kb
                        .is_some_and(|k| res.kb.entries()[k].subtype.as_deref() == Some("media"))
                })
        });
        // Leaving a place or taking part in a summit there tells a visit only of a known outsider:
        // "غادر غوتيريش ليبيا", not the Lebanese president leaving Beirut, nor someone whose home
        // we do not know.
        found.retain(|f| {
            if f.predicate != crate::model::Predicate::Visited
                || !frames::outsider_only(&a, f.trigger.0)
            {
                return true;
            }
            let kb = |e: usize| doc_entities[e].kb.map(|k| &res.kb.entries()[k]);
            let place_country = kb(f.object).and_then(|p| match p.kind {
                crate::model::EntityType::Country => Some(p.id.as_str()),
                _ => p.country.as_deref(),
            });
            match (kb(f.subject), place_country) {
                (Some(s), Some(c)) => s.country.as_deref() != Some(c),
                _ => false,
            }
        });
        // Nobody visits their own country ("ويرافق الملك سلمان في زيارته إلى مصر" is not Sisi's visit).
        found.retain(|f| {
            f.predicate != crate::model::Predicate::Visited
                || !matches!(
                    (doc_entities[f.subject].kb, doc_entities[f.object].kb),
                    (Some(s), Some(o)) if res.kb.entries()[s].country.as_deref()
                        == Some(res.kb.entries()[o].id.as_str())
                        && res.kb.entries()[o].kind == crate::model::EntityType::Country
                )
        });
        let chars = CharIndex::new(&doc.text);

        let ids: Vec<String> = doc_entities.iter().map(|e| entity_id(e, res)).collect();
        let mut entities: Vec<Entity> = doc_entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut mentions: Vec<Mention> = resolved
                    .iter()
                    .filter(|r| r.entity == i)
                    .map(|r| Mention {
                        text: doc.text[r.raw.start..r.raw.end].to_string(),
                        start: chars.chars(r.raw.start),
                        end: chars.chars(r.raw.end),
                    })
                    .collect();
                mentions.sort_by_key(|m| (m.start, m.end));
                mentions.dedup();
                let (label, mut aliases, wikidata, subtype) = match e.kb {
                    Some(k) => {
                        let entry = &res.kb.entries()[k];
                        let (own, other) = match doc.lang {
                            Lang::Ar => (&entry.label_ar, &entry.label_en),
                            Lang::En => (&entry.label_en, &entry.label_ar),
                        };
                        let label = if own.is_empty() {
                            other.clone()
                        } else {
                            own.clone()
                        };
                        let mut aliases: Vec<String> = e.surfaces.clone();
                        if !other.is_empty() {
                            aliases.push(other.clone());
                        }
                        (
                            label,
                            aliases,
                            entry.wikidata.clone(),
                            entry.subtype.clone(),
                        )
                    }
                    None => {
                        let label = e
                            .surfaces
                            .iter()
                            .max_by_key(|s| (s.chars().count(), std::cmp::Reverse((*s).clone())))
                            .cloned()
                            .unwrap_or_default();
                        (label, e.surfaces.clone(), None, None)
                    }
                };
                let mut seen = HashSet::new();
                aliases.retain(|x| *x != label && seen.insert(x.clone()));
                aliases.sort();
                Entity {
                    id: ids[i].clone(),
                    label,
                    kind: e.kind,
                    subtype,
                    aliases,
                    wikidata,
                    mentions,
                }
            })
            .collect();

        let mut relations = Vec::new();
        let mut seen = HashSet::new();
        for f in found {
            if f.subject == f.object || !seen.insert((f.subject, f.predicate, f.object, f.sentence))
            {
                continue;
            }
            let s = &a.sentences[f.sentence];
            let (subject, object) = if f.predicate.is_symmetric() && ids[f.object] < ids[f.subject]
            {
                (ids[f.object].clone(), ids[f.subject].clone())
            } else {
                (ids[f.subject].clone(), ids[f.object].clone())
            };
            let (start, end) = (chars.chars(s.start), chars.chars(s.end));
            let trigger =
                doc.text[a.tokens[f.trigger.0].start..a.tokens[f.trigger.1 - 1].end].to_string();
            let id = event_id(&doc.id, f.predicate.as_str(), &subject, &object, start, end);
            relations.push(Relation {
                id,
                subject,
                predicate: f.predicate,
                object,
                evidence: doc.text[s.start..s.end].to_string(),
                start,
                end,
                date: dates::event_date(&a, s.tokens.clone(), doc.published.as_deref()),
                place: f.place.map(|p| ids[p].clone()),
                modality: f.modality,
                confidence: f.confidence,
                trigger,
            });
        }
        // Drop entities that merged into nothing visible (all mentions were anaphors elsewhere).
        entities.retain(|e| !e.mentions.is_empty());
        entities.sort_by(|x, y| x.id.cmp(&y.id));
        Extraction {
            document: doc.clone(),
            entities,
            relations,
        }
    }
}

/// `kb/<id>` for linked entities, `<type>/<name-key>` otherwise: the same name always gets the same id.
fn entity_id(e: &entities::DocEntity, res: &Resources) -> String {
    match e.kb {
        Some(k) => format!("kb/{}", res.kb.entries()[k].id),
        None => format!(
            "{}/{}",
            e.kind.as_str().to_lowercase(),
            e.name_key.replace(' ', "-")
        ),
    }
}

fn event_id(
    doc: &str,
    predicate: &str,
    subject: &str,
    object: &str,
    start: usize,
    end: usize,
) -> String {
    let mut h = Sha256::new();
    for part in [
        doc,
        predicate,
        subject,
        object,
        &start.to_string(),
        &end.to_string(),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    format!("ev/{}", crate::input::hex(&h.finalize()[..8]))
}
