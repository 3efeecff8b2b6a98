//! The data that flows between stages: a [`Document`] goes in, an [`Extraction`] comes out.
//!
//! The JSON shape of [`Extraction`] is the `extract` contract of DESIGN.md; outside tools parse it.
//! Spans (`start`/`end`) count Unicode code points in [`Document::text`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Languages newsgraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arabic" | "ar-sa" | "ar-iq" | "ar-eg" => Ok(Lang::Ar),
            "en" | "eng" | "english" | "en-us" | "en-gb" => Ok(Lang::En),
            other => Err(format!(
                "unsupported language {other:?} (newsgraph reads ar and en)"
            )),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One article as read from the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// `doc-` followed by a hash of the text: the same text always has the same id.
    pub id: String,
    pub lang: Lang,
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub url: Option<String>,
    /// Where it came from: `path`, `path:line` for JSONL, or `-` for stdin.
    pub source: String,
    /// Identity of the article across versions (explicit id, else url, else source):
    /// a new text under the same key replaces the old document in the store.
    #[serde(skip)]
    pub key: String,
    #[serde(skip)]
    pub text: String,
}

/// Coarse entity types; the ontology has one class for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Location,
    Facility,
}

impl EntityType {
    pub const ALL: [EntityType; 5] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
        EntityType::Location,
        EntityType::Facility,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Country => "Country",
            EntityType::Location => "Location",
            EntityType::Facility => "Facility",
        }
    }

    /// Can act: meet, threaten, attack, claim.
    pub fn is_actor(self) -> bool {
        matches!(
            self,
            EntityType::Person | EntityType::Organization | EntityType::Country
        )
    }

    /// Can be visited.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            EntityType::Country | EntityType::Location | EntityType::Facility
        )
    }
}

impl FromStr for EntityType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown entity type {s:?}"))
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The relations newsgraph extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Predicate {
    MetWith,
    Threatened,
    ClaimedAttackOn,
    Attacked,
    Visited,
}

impl Predicate {
    pub const ALL: [Predicate; 5] = [
        Predicate::MetWith,
        Predicate::Threatened,
        Predicate::ClaimedAttackOn,
        Predicate::Attacked,
        Predicate::Visited,
    ];

    /// Kebab-case name used in JSON, CSV and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::MetWith => "met-with",
            Predicate::Threatened => "threatened",
            Predicate::ClaimedAttackOn => "claimed-attack-on",
            Predicate::Attacked => "attacked",
            Predicate::Visited => "visited",
        }
    }

    /// Local name of the ontology property (`ng:metWith`).
    pub fn property(self) -> &'static str {
        match self {
            Predicate::MetWith => "metWith",
            Predicate::Threatened => "threatened",
            Predicate::ClaimedAttackOn => "claimedAttackOn",
            Predicate::Attacked => "attacked",
            Predicate::Visited => "visited",
        }
    }

    /// Local name of the ontology event class (`ng:Meeting`).
    pub fn event_class(self) -> &'static str {
        match self {
            Predicate::MetWith => "Meeting",
            Predicate::Threatened => "Threat",
            Predicate::ClaimedAttackOn => "ClaimOfResponsibility",
            Predicate::Attacked => "Attack",
            Predicate::Visited => "Visit",
        }
    }

    /// `met-with` holds both ways; the others point from subject to object.
    pub fn is_symmetric(self) -> bool {
        self == Predicate::MetWith
    }

    pub fn from_property(local: &str) -> Option<Predicate> {
        Predicate::ALL.into_iter().find(|p| p.property() == local)
    }
}

impl FromStr for Predicate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Predicate::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim() || p.property() == s.trim())
            .ok_or_else(|| {
                format!("unknown relation {s:?} (one of met-with, threatened, claimed-attack-on, attacked, visited)")
            })
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the text asserts the event. Only `Asserted` relations become graph edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Negated,
    /// Planned, expected, hoped-for or future.
    Planned,
    /// Conditional or hypothetical.
    Hypothetical,
    /// Attributed to a third party's accusation, not stated as fact.
    Reported,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Reported => "reported",
        }
    }
}

impl FromStr for Modality {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [
            Modality::Asserted,
            Modality::Negated,
            Modality::Planned,
            Modality::Hypothetical,
            Modality::Reported,
        ]
        .into_iter()
        .find(|m| m.as_str() == s)
        .ok_or_else(|| format!("unknown modality {s:?}"))
    }
}

/// A surface form of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: `kb/<kb id>` when linked to the knowledge base, else `<type>/<normalised name>`.
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subtype: Option<String>,
    pub aliases: Vec<String>,
    pub wikidata: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub id: String,
    pub subject: String,
    pub predicate: Predicate,
    pub object: String,
    /// The sentence that states it, verbatim: `text[start..end]` in code points.
    pub evidence: String,
    pub start: usize,
    pub end: usize,
    pub date: Option<String>,
    pub place: Option<String>,
    pub modality: Modality,
    pub confidence: f32,
    /// The words that triggered it, verbatim.
    pub trigger: String,
}

/// What one document says: the `extract` JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub document: Document,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
}

impl Extraction {
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Relations the text asserts (what becomes a graph edge).
    pub fn asserted(&self) -> impl Iterator<Item = &Relation> {
        self.relations
            .iter()
            .filter(|r| r.modality == Modality::Asserted)
    }
}
