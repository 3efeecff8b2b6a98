//! From mentions to entities: knowledge-base linking, in-document coreference (short names, bare
//! titles, "the group") and the deterministic ids entities get.

use std::collections::HashMap;

use super::mentions::{RawMention, Target};
use super::resources::Resources;
use crate::model::{EntityType, Lang};
use crate::text::{arabic, Analysis};

/// An entity of one document while extracting.
#[derive(Debug, Clone)]
pub struct DocEntity {
    pub kb: Option<usize>,
    pub kind: EntityType,
    /// Name key for unlinked entities (words joined by spaces, article dropped).
    pub name_key: String,
    /// Surface forms in order of appearance.
    pub surfaces: Vec<String>,
}

/// A mention resolved to an entity.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub raw: RawMention,
    pub entity: usize,
}

/// Resolves the mentions of a document (in text order) to entities.
pub fn resolve(
    a: &Analysis,
    mentions: Vec<RawMention>,
    lang: Lang,
    res: &Resources,
) -> (Vec<DocEntity>, Vec<Resolved>) {
    let mut entities: Vec<DocEntity> = Vec::new();
    let mut by_kb: HashMap<usize, usize> = HashMap::new();
    let mut by_name: HashMap<(EntityType, String), usize> = HashMap::new();
    let mut titles: HashMap<String, usize> = HashMap::new();
    // Everyone who held each title, for titles used alone ("البابا").
    let mut holders: HashMap<String, std::collections::HashSet<usize>> = HashMap::new();
    let mut resolved: Vec<Resolved> = Vec::new();
    for m in mentions {
        let surface = a.text[m.start..m.end].to_string();
        let entity = match &m.target {
            Target::Kb(e) => {
                if m.weak && !weak_ok(a, &m, by_kb.contains_key(e), lang, res) {
                    continue;
                }
                let entry = &res.kb.entries()[*e];
                *by_kb.entry(*e).or_insert_with(|| {
                    entities.push(DocEntity {
                        kb: Some(*e),
                        kind: entry.kind,
                        name_key: String::new(),
                        surfaces: Vec::new(),
                    });
                    entities.len() - 1
                })
            }
            Target::New(kind) => {
                let mut key = super::phrases::name_key(&surface);
                if *kind == EntityType::Facility {
                    key = super::compounds::facility_key(&key);
                } else if *kind == EntityType::Organization {
                    key = super::compounds::delegation_key(&key);
                }
                if key.is_empty() || (m.weak && !weak_ok(a, &m, true, lang, res)) {
                    continue;
                }
                // One name, one node: the same unlinked name read as two types in one document
                // ("غريان" a town and, to the tagger, a group) is one entity, of the first type.
                let same_name = || {
                    entities
                        .iter()
                        .position(|e| e.kb.is_none() && e.name_key == key)
                };
                match short_form_of(&entities, *kind, &key)
                    .or_else(same_name)
                    .or_else(|| spelling_variant_of(&entities, *kind, &key))
                {
                    Some(i) => i,
                    None => *by_name.entry((*kind, key.clone())).or_insert_with(|| {
                        entities.push(DocEntity {
                            kb: None,
                            kind: *kind,
                            name_key: key.clone(),
                            surfaces: Vec::new(),
                        });
                        entities.len() - 1
                    }),
                }
            }
            Target::AnaphorOrg => {
                // The last group mentioned before ("the group", الجماعة): an armed group, party or
                // coalition, or a group the KB lacks; not a ministry, agency or news outlet.
                let group_like = |e: &DocEntity| {
                    e.kind == EntityType::Organization
                        && e.kb.is_none_or(|k| {
                            matches!(
                                res.kb.entries()[k].subtype.as_deref(),
                                Some("armed-group" | "party" | "coalition") | None
                            )
                        })
                };
                match resolved
                    .iter()
                    .rev()
                    .find(|r| group_like(&entities[r.entity]))
                {
                    Some(r) => r.entity,
                    None => continue,
                }
            }
            Target::Title(k) if k.starts_with("#counterpart ") => {
                // The last person named whose country is the counterpart's.
                let country = &k["#counterpart ".len()..];
                let fits = |e: &DocEntity| {
                    e.kind == EntityType::Person
                        && e.kb.is_some_and(|i| {
                            res.kb.entries()[i].country.as_deref() == Some(country)
                        })
                };
                match resolved.iter().rev().find(|r| fits(&entities[r.entity])) {
                    Some(r) => r.entity,
                    None => continue,
                }
            }
            Target::Title(k) if k == super::armies::BARE_ARMY => {
                let Some(army) = super::armies::resolve(&entities, &resolved, res) else {
                    continue;
                };
                *by_kb.entry(army).or_insert_with(|| {
                    entities.push(DocEntity {
                        kb: Some(army),
                        kind: res.kb.entries()[army].kind,
                        name_key: String::new(),
                        surfaces: Vec::new(),
                    });
                    entities.len() - 1
                })
            }
            Target::Title(k) if k.starts_with("#place ") => {
                match place_description(a, &m, k, &entities, &resolved, res) {
                    Some(e) => e,
                    None => continue,
                }
            }
            Target::Title(k) if k.starts_with("#role ") => {
                // English role description: the last person of that country who held the role
                // (by a title before the name, or the KB's subtype for ministers).
                let mut parts = k["#role ".len()..].splitn(2, ' ');
                let (country, role) = (parts.next().unwrap_or("-"), parts.next().unwrap_or(""));
                let head = if role == "top diplomat" {
                    "minister"
                } else {
                    role
                };
                let fits = |r: &Resolved| {
                    let kb = entities[r.entity].kb.map(|i| &res.kb.entries()[i]);
                    entities[r.entity].kind == EntityType::Person
                        && (country == "-"
                            || kb.is_some_and(|e| e.country.as_deref() == Some(country)))
                        && (r.raw.titles.iter().any(|t| {
                            // "Crown Prince X" keeps the nearest title word, "prince".
                            let t = t.split(" #").next().unwrap_or("");
                            t == head
                                || t.ends_with(&format!(" {head}"))
                                || head.rsplit(' ').next() == Some(t)
                        }) || (head.ends_with("minister")
                            && head != "prime minister"
                            && kb.is_some_and(|e| e.subtype.as_deref() == Some("minister"))))
                };
                match resolved.iter().rev().find(|r| fits(r)) {
                    Some(r) => r.entity,
                    None => continue,
                }
            }
            Target::Title(k) if k.starts_with(super::mentions::BARE_TITLE) => {
                let k = &k[super::mentions::BARE_TITLE.len()..];
                match holders.get(k) {
                    Some(h) if h.len() == 1 => titles[k],
                    Some(_) => continue,
                    // "الوزير" after "وزير الخارجية السعودي X": the one holder of a title with
                    // that head.
                    None => match bare_head(&titles, k) {
                        Some(e) => e,
                        None => continue,
                    },
                }
            }
            Target::Title(k) => match titles.get(k).or_else(|| loose_title(&titles, k)) {
                Some(&i) => i,
                None => continue,
            },
        };
        for t in &m.titles {
            if entities[entity].kind == EntityType::Person && !matches!(m.target, Target::Title(_))
            {
                titles.entry(t.clone()).or_insert(entity);
                holders.entry(t.clone()).or_default().insert(entity);
            }
        }
        if !matches!(m.target, Target::AnaphorOrg | Target::Title(_))
            && !entities[entity].surfaces.contains(&surface)
        {
            entities[entity].surfaces.push(surface);
        }
        resolved.push(Resolved { raw: m, entity });
    }
    let _ = lang;
    (entities, resolved)
}

/// An Arabic one-word person short form (السوداني) is also an ordinary adjective ("military" for
/// العسكري): accept it after the full name was seen, and never right after a definite noun it
/// could qualify ("التصعيد العسكري").
fn weak_ok(a: &Analysis, m: &RawMention, seen: bool, lang: Lang, res: &Resources) -> bool {
    let t = m.start_tok;
    // After an honorific it is a name: آية الله السيد السيستاني، الإمام الخميني، بالمرجع السيستاني.
    let honorific_before = (t.saturating_sub(3)..t).any(|s| {
        res.words[super::resources::lang_index(lang)]
            .honorifics
            .matches_at(&a.tokens, s, t, false)
            .iter()
            .any(|h| h.end == t)
    });
    if honorific_before {
        return true;
    }
    let definite_self =
        m.reading.as_ref().is_some_and(|r| r.article) || a.tokens[t].key.starts_with("ال");
    if definite_self && !seen {
        return false;
    }
    if t == 0 {
        return true;
    }
    let prev = &a.tokens[t - 1];
    // A verb (والتقى looks like و+ال+تقى) or a function word before it is no noun to qualify.
    let li = super::resources::lang_index(lang);
    let words = &res.words[li];
    let verb_or_function = !res.triggers[li]
        .matches_at(&a.tokens, t - 1, t, true)
        .is_empty()
        || words.speech.contains(&prev.key)
        || words.stop.contains(&prev.key)
        // "ويرافق بنس": a verb of accompanying.
        || words.companions.contains(&prev.key)
        || arabic::readings_shared(&prev.key).iter().any(|r| {
            r.conj.is_some()
                && (words.speech.contains(&r.stem)
                    || words.stop.contains(&r.stem)
                    || words.companions.contains(&r.stem))
        });
    let prev_definite = !verb_or_function
        && prev.arabic
        && arabic::readings_shared(&prev.key)
            .iter()
            .any(|r| r.article && r.suffix.is_none());
    let own_prefix = m.reading.as_ref().is_some_and(|r| r.prefix_chars > 0);
    if !definite_self {
        // An indefinite short form (رئيسي "main", عسكري "military") is an ordinary adjective
        // unless a verb, a function word, a conjunction, a clitic or punctuation introduces it.
        let conj_only = arabic::readings_shared(&prev.key)
            .iter()
            .any(|r| r.conj.is_some() && r.stem.chars().count() < 2);
        // After a demonym (ولي العهد السعودي زيلينسكي) the word cannot qualify it either.
        let after_demonym = !res
            .adjectives
            .matches_at(&a.tokens, t - 1, t, false)
            .is_empty();
        // "قوات حفتر", "نظام الأسد", "إدارة ترامب": a head noun whose possessor is the name.
        let possessor_head = words.members.contains(&prev.key)
            || matches!(
                prev.key.as_str(),
                "وقوات" | "نظام" | "حكومه" | "اداره" | "مكتب" | "موكب" | "انصار"
            );
        return seen
            && (verb_or_function
                || possessor_head
                || own_prefix
                || after_demonym
                || prev.kind != crate::text::TokenKind::Word
                || conj_only
                || prev.key == "و");
    }
    !(prev_definite && !own_prefix && definite_self)
}

/// A bare title ("الوزير السعودي") refers to whoever held a title with the same head word and the
/// same nationality earlier ("وزير الخارجية السعودي فيصل بن فرحان").
fn loose_title<'t>(titles: &'t HashMap<String, usize>, key: &str) -> Option<&'t usize> {
    let split = |k: &str| -> (String, Vec<String>) {
        let head = k
            .split(' ')
            .next()
            .unwrap_or("")
            .trim_start_matches("ال")
            .to_string();
        let adjectives = k
            .split(' ')
            .filter(|w| w.starts_with('#'))
            .map(String::from)
            .collect();
        (head, adjectives)
    };
    let (head, adjectives) = split(key);
    if adjectives.is_empty() {
        return None;
    }
    let mut found = titles
        .iter()
        .filter(|(k, _)| split(k) == (head.clone(), adjectives.clone()));
    let first = found.next()?;
    // Ambiguous (two Saudi ministers): no guess. Two titles of one person are no ambiguity.
    found.all(|(_, e)| e == first.1).then_some(first.1)
}

/// The one person holding a title whose head word is this bare title's ("الوزير" → "وزير
/// الخارجيه #…"); none when several do.
fn bare_head(titles: &HashMap<String, usize>, key: &str) -> Option<usize> {
    if key.contains(' ') {
        return None;
    }
    let head = key.trim_start_matches("ال");
    let mut found = titles
        .iter()
        .filter(|(k, _)| k.split(' ').next().unwrap_or("").trim_start_matches("ال") == head);
    let (_, &first) = found.next()?;
    found.all(|(_, &e)| e == first).then_some(first)
}

/// An unlinked person named by a shorter form of an earlier name ("Askari" after "Abu Ali
/// al-Askari", "الجحيشي" after "مؤيد الجحيشي").
fn short_form_of(entities: &[DocEntity], kind: EntityType, key: &str) -> Option<usize> {
    if kind != EntityType::Person {
        return None;
    }
    let words: Vec<&str> = key.split(' ').collect();
    entities.iter().position(|e| {
        e.kb.is_none() && e.kind == EntityType::Person && {
            let full: Vec<&str> = e.name_key.split(' ').collect();
            full.len() > words.len() && full.ends_with(&words)
        }
    })
}

/// An unlinked Latin name spelt another way earlier in the document ("Sawaneh" and
/// "al-Sawana", "Kataeb" and "Kata'ib"): the same consonants in the same order, at least three.
fn spelling_variant_of(entities: &[DocEntity], kind: EntityType, key: &str) -> Option<usize> {
    let skeleton = consonant_skeleton(key)?;
    entities.iter().position(|e| {
        e.kb.is_none()
            && e.kind == kind
            && consonant_skeleton(&e.name_key).as_deref() == Some(skeleton.as_str())
    })
}

/// The consonants of a Latin name key, without a leading article, doubled letters, a final h
/// (Sawaneh/Sawana) or apostrophes; `None` for non-Latin names and skeletons under three letters
/// (too many short names share them: Gaza, Giza).
pub(super) fn consonant_skeleton(key: &str) -> Option<String> {
    if !key.is_ascii() {
        return None;
    }
    let mut words: Vec<&str> = key.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if words.len() > 1 && matches!(words[0], "al" | "el" | "the") {
        words.remove(0);
    }
    let mut out = String::new();
    for w in words {
        let w = w.strip_suffix('h').filter(|r| r.len() > 2).unwrap_or(w);
        for c in w.chars().filter(|c| c.is_ascii_alphabetic()) {
            if !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') && !out.ends_with(c) {
                out.push(c);
            }
        }
        out.push(' ');
    }
    let out = out.trim_end().to_string();
    (out.chars().filter(|c| *c != ' ').count() >= 3).then_some(out)
}

/// An English place description (`#place city|country|kingdom`, see `mentions`): "the city" is
/// the one town or city named in this sentence before it or the sentence before (none or two:
/// unresolved); "the country" the last country named (not as a demonym), or the country of the last body or person
/// the KB places in one ("the UAE foreign ministry said the country"); "the kingdom" the last
/// monarchy named; "the airport" the last facility whose name has the word.
fn place_description(
    a: &Analysis,
    m: &RawMention,
    k: &str,
    entities: &[DocEntity],
    resolved: &[Resolved],
    res: &Resources,
) -> Option<usize> {
    const KINGDOMS: &[&str] = &[
        "saudi-arabia",
        "jordan",
        "morocco",
        "bahrain",
        "united-kingdom",
        "spain",
        "netherlands",
        "belgium",
        "norway",
        "sweden",
        "denmark",
        "thailand",
    ];
    let kb_id = |e: usize| entities[e].kb.map(|i| res.kb.entries()[i].id.as_str());
    match k {
        "#place city" => {
            let si = a.sentence_of(m.start_tok);
            let from = a.sentences[si.saturating_sub(1)].tokens.start;
            let mut found: Vec<usize> = Vec::new();
            for r in resolved.iter().filter(|r| r.raw.start_tok >= from) {
                let e = &entities[r.entity];
                let town = e.kind == EntityType::Location
                    && e.kb.is_none_or(|i| {
                        matches!(
                            res.kb.entries()[i].subtype.as_deref(),
                            Some("city" | "capital") | None
                        )
                    });
                if town && !found.contains(&r.entity) {
                    found.push(r.entity);
                }
            }
            (found.len() == 1).then(|| found[0])
        }
        // "the airport": the last facility whose name has that word.
        _ if k.starts_with("#place facility ") => {
            let head = &k["#place facility ".len()..];
            resolved
                .iter()
                .rev()
                .find(|r| {
                    let e = &entities[r.entity];
                    let name_has = |n: &str| n.to_lowercase().split(' ').any(|w| w == head);
                    e.kind == EntityType::Facility
                        && (e.surfaces.iter().any(|x| name_has(x))
                            || e.kb
                                .is_some_and(|i| name_has(&res.kb.entries()[i].label_en)))
                })
                .map(|r| r.entity)
        }
        "#place kingdom" => resolved
            .iter()
            .rev()
            .find(|r| {
                entities[r.entity].kind == EntityType::Country
                    && kb_id(r.entity).is_some_and(|id| KINGDOMS.contains(&id))
            })
            .map(|r| r.entity),
        // (Not a demonym: "two Indian nationals" names no country spoken of.)
        _ => resolved
            .iter()
            .rev()
            .filter(|r| !r.raw.adjective)
            .find_map(|r| {
                let e = &entities[r.entity];
                if e.kind == EntityType::Country {
                    return Some(r.entity);
                }
                let c = e.kb.and_then(|i| res.kb.entries()[i].country.as_deref())?;
                let ci = res.kb.index_of(c)?;
                entities.iter().position(|x| x.kb == Some(ci))
            }),
    }
}
