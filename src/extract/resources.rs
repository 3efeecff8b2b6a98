//! Language data loaded at start: the knowledge base and the lexicons under `ontology/`.
//!
//! The copy of `ontology/` the binary was built with is embedded; `--ontology DIR` reads another
//! one instead (edit a trigger without recompiling) and `--kb FILE` adds knowledge-base files.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::kb::{KbError, KnowledgeBase};
use super::phrases::{phrase_keys, PhraseIndex};
use crate::model::{EntityType, Lang, Modality, Predicate};

/// Why language data could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ResourceError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Kb(#[from] KbError),
    #[error("{file}:{line}: {message}")]
    Lexicon {
        file: String,
        line: usize,
        message: String,
    },
}

/// Files of `ontology/` in the build, embedded so the binary works from anywhere.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "kb/actors.tsv",
        include_str!("../../ontology/kb/actors.tsv"),
    ),
    (
        "kb/places.tsv",
        include_str!("../../ontology/kb/places.tsv"),
    ),
    (
        "lexicon/triggers.tsv",
        include_str!("../../ontology/lexicon/triggers.tsv"),
    ),
    (
        "lexicon/cues.tsv",
        include_str!("../../ontology/lexicon/cues.tsv"),
    ),
    (
        "lexicon/words.tsv",
        include_str!("../../ontology/lexicon/words.tsv"),
    ),
];

/// The embedded ontology (Turtle), loaded into the store.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/newsgraph.ttl");

/// Part of speech of a trigger (see `ontology/lexicon/triggers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerPos {
    Verb,
    Passive,
    Noun,
    Claim,
    /// Circumstantial participle (متوعدا، "vowing"): its subject is the clause's subject.
    Participle,
    /// A consequence promised to someone ("Israel will pay the price", "ستدفع إسرائيل الثمن"):
    /// the one before it is the object, the speaker of the sentence the subject.
    Consequence,
    /// A reception whose guest is its genitive or pronoun and whose host stands outside it
    /// (في مقدمة مستقبلي الضيف، على رأس مستقبليه).
    Host,
    /// A promised retaliation (سترد على، سيثأر من): its target is the one it answers.
    Retaliation,
}

/// How an argument is marked: directly (`_`) or by a preposition key.
pub type Marker = String;
pub const DIRECT: &str = "_";

#[derive(Debug, Clone)]
pub struct TriggerRow {
    pub relation: Predicate,
    pub pos: TriggerPos,
    pub form: String,
    pub markers: Vec<Marker>,
    /// What the object must be when the trigger narrows its relation's default (an
    /// assassination's object is a person).
    pub object: Option<ObjectKind>,
}

/// The sixth, optional column of triggers.tsv.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Person,
    Actor,
    Place,
}

impl ObjectKind {
    pub fn admits(self, kind: crate::model::EntityType) -> bool {
        match self {
            ObjectKind::Person => kind == crate::model::EntityType::Person,
            ObjectKind::Actor => kind.is_actor(),
            ObjectKind::Place => kind.is_place(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub modality: Modality,
    pub window: usize,
}

/// A knowledge-base name: which entry, and whether it is a weak (ambiguous) short form.
#[derive(Debug, Clone)]
pub struct NameRef {
    pub entry: usize,
    /// Arabic one-word short form of a person (السوداني): also an ordinary adjective, so it needs
    /// context (see mentions.rs).
    pub weak: bool,
    /// Per word of the alias: must the text word be capitalised (1), all upper case (2), or carry
    /// the Arabic article (3)?
    pub case: Vec<u8>,
}

/// A closed class of word keys; fixed-seed foldhash, since the matchers probe these sets for
/// every word and reading (never iterated, so the hasher cannot change any output).
pub type WordSet = HashSet<String, foldhash::fast::FixedState>;

/// Closed word classes of one language.
#[derive(Debug, Clone)]
pub struct Words {
    pub titles: PhraseIndex<()>,
    pub honorifics: PhraseIndex<()>,
    /// Words between a title and its holder's name that belong to the title (السابق، المستقيل).
    pub title_qualifiers: PhraseIndex<()>,
    pub org_heads: WordSet,
    /// Filters built from word sets at the end of loading (see [`Resources::memoize`]): a word
    /// none of whose readings reaches one cannot be a head, and the answer is memoised per word.
    pub(crate) org_head_filter: PhraseIndex<()>,
    pub(crate) kunya_filter: PhraseIndex<()>,
    pub(crate) landmark_head_filter: PhraseIndex<()>,
    pub(crate) media_head_filter: PhraseIndex<()>,
    pub facility_heads: PhraseIndex<()>,
    pub anaphor_org: PhraseIndex<()>,
    pub speech: WordSet,
    pub stop: WordSet,
    pub locative: PhraseIndex<()>,
    pub place_nouns: WordSet,
    pub boundaries: WordSet,
    pub complementizers: WordSet,
    pub prepositions: WordSet,
    pub gaps: WordSet,
    /// Light verbs that carry a verbal noun: أجرى اتصالا، held talks, launched an attack.
    pub support: WordSet,
    /// Nouns of institutions: a title followed by one is a title of that body, not a name
    /// (رئيس مجلس السيادة).
    pub institutions: WordSet,
    /// Words that bring companions along on a visit (يرافق، برفقة، accompanied).
    pub companions: WordSet,
    /// Members and forces that stand for their body or leader (مسلحون من X، عناصر X، قوات X).
    pub members: WordSet,
    /// Nouns of things (weapons, vessels) that a name tagger may take for a name (صواريخ كروز).
    pub things: WordSet,
    /// Titles that name the same office as another (الحبر الأعظم → البابا), by key.
    pub title_same: HashMap<String, String>,
}

impl Words {
    fn new() -> Self {
        Words {
            titles: PhraseIndex::new(true),
            honorifics: PhraseIndex::new(false),
            title_qualifiers: PhraseIndex::new(false),
            org_heads: WordSet::default(),
            org_head_filter: PhraseIndex::new(false),
            kunya_filter: PhraseIndex::new(false),
            landmark_head_filter: PhraseIndex::new(false),
            media_head_filter: PhraseIndex::new(false),
            facility_heads: PhraseIndex::new(true),
            anaphor_org: PhraseIndex::new(false),
            speech: WordSet::default(),
            stop: WordSet::default(),
            locative: PhraseIndex::new(false),
            place_nouns: WordSet::default(),
            boundaries: WordSet::default(),
            complementizers: WordSet::default(),
            prepositions: WordSet::default(),
            gaps: WordSet::default(),
            support: WordSet::default(),
            institutions: WordSet::default(),
            companions: WordSet::default(),
            members: WordSet::default(),
            things: WordSet::default(),
            title_same: HashMap::new(),
        }
    }
}

/// Everything extraction needs besides the document.
#[derive(Debug, Clone)]
pub struct Resources {
    pub kb: KnowledgeBase,
    pub(crate) names: PhraseIndex<NameRef>,
    /// Demonyms and adjectives -> KB entry.
    pub(crate) adjectives: PhraseIndex<usize>,
    /// Country entry -> its capital's entry ("العاصمة السورية", "the Syrian capital").
    pub(crate) capitals: std::collections::HashMap<usize, usize>,
    /// Facility key of every name of a KB facility -> the first entry with it ("baghdad
    /// airport" -> Baghdad International Airport; see `compounds::facility_key`).
    pub(crate) facilities: std::collections::HashMap<String, usize>,
    pub(crate) triggers: [PhraseIndex<TriggerRow>; 2],
    pub(crate) cues: [PhraseIndex<Cue>; 2],
    pub(crate) words: [Words; 2],
    /// Fingerprint of all the data, recorded with each document in the store.
    pub fingerprint: String,
}

pub(crate) fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ar => 0,
        Lang::En => 1,
    }
}

impl Resources {
    /// The embedded data plus `extra_kb` files.
    pub fn embedded(extra_kb: &[PathBuf]) -> Result<Resources, ResourceError> {
        let files: Vec<(String, String)> = EMBEDDED
            .iter()
            .map(|(n, c)| (format!("ontology/{n}"), c.to_string()))
            .collect();
        Self::from_files(files, extra_kb)
    }

    /// Reads `dir` (an `ontology/` folder: `kb/*.tsv`, `lexicon/*.tsv`) plus `extra_kb` files.
    pub fn from_dir(dir: &Path, extra_kb: &[PathBuf]) -> Result<Resources, ResourceError> {
        let mut files = Vec::new();
        for sub in ["kb", "lexicon"] {
            let folder = dir.join(sub);
            let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
                .map_err(|source| ResourceError::Io {
                    path: folder.display().to_string(),
                    source,
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
                .collect();
            paths.sort();
            for p in paths {
                files.push((p.display().to_string(), read(&p)?));
            }
        }
        Self::from_files(files, extra_kb)
    }

    fn from_files(
        files: Vec<(String, String)>,
        extra_kb: &[PathBuf],
    ) -> Result<Resources, ResourceError> {
        let mut all = files;
        for p in extra_kb {
            all.push((p.display().to_string(), read(p)?));
        }
        let mut kb = KnowledgeBase::default();
        let mut res = Resources {
            kb: KnowledgeBase::default(),
            names: PhraseIndex::new(true),
            adjectives: PhraseIndex::new(true),
            capitals: std::collections::HashMap::new(),
            facilities: std::collections::HashMap::new(),
            triggers: [PhraseIndex::new(false), PhraseIndex::new(false)],
            cues: [PhraseIndex::new(false), PhraseIndex::new(false)],
            words: [Words::new(), Words::new()],
            fingerprint: String::new(),
        };
        let mut hasher = sha2::Sha256::default();
        for (name, content) in &all {
            use sha2::Digest;
            hasher.update(name.rsplit('/').next().unwrap_or(name).as_bytes());
            hasher.update(content.as_bytes());
            let base = name.rsplit('/').next().unwrap_or(name);
            if name.contains("/lexicon/")
                || base == "triggers.tsv"
                || base == "cues.tsv"
                || base == "words.tsv"
            {
                match base {
                    "triggers.tsv" => res.load_triggers(name, content)?,
                    "cues.tsv" => res.load_cues(name, content)?,
                    "words.tsv" => res.load_words(name, content)?,
                    _ => {}
                }
            } else if super::petrarch::looks_like(content) {
                kb.add_imported(super::petrarch::parse(name, content)?);
            } else {
                kb.load_tsv(name, content)?;
            }
        }
        {
            use sha2::Digest;
            res.fingerprint = crate::input::hex(&hasher.finalize()[..8]);
        }
        res.index_kb(&kb);
        res.kb = kb;
        res.memoize();
        Ok(res)
    }

    /// These indexes live as long as the extractor: let them remember the words that start nothing.
    fn memoize(&mut self) {
        self.names.memoize();
        self.adjectives.memoize();
        for i in 0..2 {
            self.triggers[i].memoize();
            self.cues[i].memoize();
            let w = &mut self.words[i];
            // Filters of word sets: one-word keys as they are (order is irrelevant, only
            // `may_start_at` reads them).
            for k in &w.org_heads {
                w.org_head_filter.insert_key(k, ());
            }
            for k in ["ابو", "ام"] {
                w.kunya_filter.insert_key(k, ());
            }
            for k in w.place_nouns.iter() {
                w.landmark_head_filter.insert_key(k, ());
            }
            for k in super::landmarks::head_words() {
                w.landmark_head_filter.insert_key(k, ());
            }
            // Media heads are matched with and without their article.
            for h in super::media::HEADS.iter().flat_map(|l| l.iter()) {
                w.media_head_filter.insert_key(h, ());
                w.media_head_filter.insert_key(&format!("ال{h}"), ());
            }
            for p in [
                &mut w.media_head_filter,
                &mut w.org_head_filter,
                &mut w.kunya_filter,
                &mut w.landmark_head_filter,
                &mut w.titles,
                &mut w.honorifics,
                &mut w.facility_heads,
                &mut w.locative,
                &mut w.anaphor_org,
            ] {
                p.memoize();
            }
        }
    }

    fn index_kb(&mut self, kb: &KnowledgeBase) {
        for (i, e) in kb.entries().iter().enumerate() {
            let mut seen = HashSet::new();
            for name in e.names() {
                let keys = phrase_keys(name);
                if keys.is_empty() || !seen.insert(super::phrases::name_key(name)) {
                    continue;
                }
                let arabic = name.chars().any(crate::text::is_arabic_char);
                let weak = arabic && keys.len() == 1 && e.kind == EntityType::Person;
                let case = crate::text::tokens::tokenize(name)
                    .iter()
                    .filter(|t| t.kind != crate::text::TokenKind::Punct)
                    .map(|t| {
                        let w = t.text(name);
                        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
                        if t.arabic {
                            // A place named with the article is not the bare word: القدس is no
                            // قدس (قدس سره), الرياض no رياض (رياض المالكي).
                            let place = e.kind.is_place();
                            if place && crate::text::normalize::key(w).starts_with("ال") {
                                3
                            } else {
                                0
                            }
                        } else if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                            2
                        } else if letters.first().is_some_and(|c| c.is_uppercase()) {
                            1
                        } else {
                            0
                        }
                    })
                    .collect();
                self.names.insert(
                    name,
                    NameRef {
                        entry: i,
                        weak,
                        case,
                    },
                );
            }
            for adj in &e.adjectives {
                self.adjectives.insert(adj, i);
                // The accusative of an indefinite Arabic demonym carries an alef (موكبا عسكريا
                // إسرائيليا), which stays once the tanween is stripped.
                if adj.ends_with('ي') && !adj.starts_with("ال") && !adj.is_ascii() {
                    self.adjectives.insert(&format!("{adj}ا"), i);
                }
            }
        }
        for (i, e) in kb.entries().iter().enumerate() {
            if e.kind == crate::model::EntityType::Facility {
                for n in e.names() {
                    let k = super::compounds::facility_key(&super::phrases::name_key(n));
                    self.facilities.entry(k).or_insert(i);
                }
            }
            if e.subtype.as_deref() == Some("capital") {
                if let Some(c) = e.country.as_deref().and_then(|c| kb.index_of(c)) {
                    self.capitals.entry(c).or_insert(i);
                }
            }
        }
    }

    fn load_triggers(&mut self, file: &str, content: &str) -> Result<(), ResourceError> {
        for (line, cells) in rows(content) {
            let err = |message: String| ResourceError::Lexicon {
                file: file.into(),
                line,
                message,
            };
            let [lang, relation, pos, form, rest @ ..] = cells.as_slice() else {
                return Err(err(
                    "expected lang, relation, pos, form[, markers[, object]]".into(),
                ));
            };
            let lang: Lang = lang.parse().map_err(err)?;
            let relation: Predicate = relation.parse().map_err(err)?;
            let pos = match *pos {
                "verb" => TriggerPos::Verb,
                "passive" => TriggerPos::Passive,
                "noun" => TriggerPos::Noun,
                "claim" => TriggerPos::Claim,
                "participle" => TriggerPos::Participle,
                "host" => TriggerPos::Host,
                "retaliation" => TriggerPos::Retaliation,
                "consequence" => TriggerPos::Consequence,
                other => {
                    return Err(err(format!(
                        "unknown pos {other:?} (verb, passive, noun, claim, participle, host, retaliation, consequence)"
                    )))
                }
            };
            let markers: Vec<Marker> = rest
                .first()
                .map(|m| {
                    m.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| {
                            if s == DIRECT {
                                s.to_string()
                            } else {
                                crate::text::normalize::key(s)
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let object = match rest.get(1).map(|c| c.trim()) {
                None | Some("") => None,
                Some("person") => Some(ObjectKind::Person),
                Some("actor") => Some(ObjectKind::Actor),
                Some("place") => Some(ObjectKind::Place),
                Some(other) => {
                    return Err(err(format!(
                        "unknown object {other:?} (person, actor, place)"
                    )))
                }
            };
            let markers = if markers.is_empty() {
                vec![DIRECT.to_string()]
            } else {
                markers
            };
            let row = TriggerRow {
                relation,
                pos,
                form: form.to_string(),
                markers,
                object,
            };
            // An Arabic verbal noun also triggers with the article (الهجوم الذي استهدف، الزيارة).
            if lang == Lang::Ar
                && matches!(pos, TriggerPos::Noun | TriggerPos::Claim)
                && !form.starts_with("ال")
                && !form.contains(' ')
            {
                self.triggers[lang_index(lang)].insert(&format!("ال{form}"), row.clone());
                // And indefinite in the accusative, with its tanween alef (تفجيرا، قصفا), when
                // the noun ends in a letter that takes one.
                if pos == TriggerPos::Noun
                    && !form.ends_with(['ة', 'ا', 'ى', 'ء', 'ه', 'ي'])
                    && !form.ends_with("ات")
                {
                    self.triggers[lang_index(lang)].insert(&format!("{form}ا"), row.clone());
                }
            }
            self.triggers[lang_index(lang)].insert(form, row);
        }
        Ok(())
    }

    fn load_cues(&mut self, file: &str, content: &str) -> Result<(), ResourceError> {
        for (line, cells) in rows(content) {
            let err = |message: String| ResourceError::Lexicon {
                file: file.into(),
                line,
                message,
            };
            let [lang, modality, form, window, ..] = cells.as_slice() else {
                return Err(err("expected lang, modality, form, window".into()));
            };
            let lang: Lang = lang.parse().map_err(err)?;
            let modality = match *modality {
                "negated" => Modality::Negated,
                "planned" => Modality::Planned,
                "hypothetical" => Modality::Hypothetical,
                "report" => Modality::Reported,
                other => return Err(err(format!("unknown modality {other:?}"))),
            };
            let window = window
                .parse()
                .map_err(|_| err(format!("window {window:?} is not a number")))?;
            self.cues[lang_index(lang)].insert(form, Cue { modality, window });
        }
        Ok(())
    }

    fn load_words(&mut self, file: &str, content: &str) -> Result<(), ResourceError> {
        for (line, cells) in rows(content) {
            let err = |message: String| ResourceError::Lexicon {
                file: file.into(),
                line,
                message,
            };
            let [lang, class, form, ..] = cells.as_slice() else {
                return Err(err("expected lang, class, form".into()));
            };
            let lang: Lang = lang.parse().map_err(err)?;
            let w = &mut self.words[lang_index(lang)];
            let key = crate::text::normalize::key(form);
            match *class {
                "title" => {
                    // Optional fourth column: the title this one is another name for.
                    if let Some(same) = cells.get(3).filter(|c| !c.is_empty()) {
                        w.title_same
                            .insert(key.clone(), crate::text::normalize::key(same));
                    }
                    w.titles.insert(form, ())
                }
                "honorific" => w.honorifics.insert(form, ()),
                "title-qualifier" => w.title_qualifiers.insert(form, ()),
                "org-head" => {
                    w.org_heads.insert(key);
                }
                "facility-head" => w.facility_heads.insert(form, ()),
                "anaphor-org" => w.anaphor_org.insert(form, ()),
                "speech" => {
                    w.speech.insert(key);
                }
                "stop" => {
                    w.stop.insert(key);
                }
                "locative" => w.locative.insert(form, ()),
                "place-noun" => {
                    w.place_nouns.insert(key);
                }
                "boundary" => {
                    w.boundaries.insert(key);
                }
                "complementizer" => {
                    w.complementizers.insert(key);
                }
                "preposition" => {
                    w.prepositions.insert(key);
                }
                "gap" => {
                    w.gaps.insert(key);
                }
                "support" => {
                    w.support.insert(key);
                }
                "thing" => {
                    w.things.insert(key);
                }
                "member" => {
                    w.members.insert(key);
                }
                "companion" => {
                    w.companions.insert(key);
                }
                "institution" => {
                    w.institutions.insert(key);
                }
                other => return Err(err(format!("unknown word class {other:?}"))),
            }
        }
        Ok(())
    }
}

fn read(p: &Path) -> Result<String, ResourceError> {
    fs::read_to_string(p).map_err(|source| ResourceError::Io {
        path: p.display().to_string(),
        source,
    })
}

/// Data rows of a TSV lexicon: comments, blank lines and the header (first cell `lang`) skipped.
fn rows(content: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    content.lines().enumerate().filter_map(|(n, l)| {
        if l.trim().is_empty() || l.starts_with('#') {
            return None;
        }
        let cells: Vec<&str> = l.split('\t').map(str::trim).collect();
        (cells[0] != "lang").then_some((n + 1, cells))
    })
}
