//! People who come along to a meeting: "التقت X الشرع في دمشق برفقة نظيرها الفرنسي Y", "X met
//! Y, accompanied by Z". The companion met the other side too. (Visits of companions are in
//! `frames::companion_visits`.)

use super::entities::{DocEntity, Resolved};
use super::frames::Found;
use super::resources::{lang_index, Resources};
use crate::model::{EntityType, Lang, Modality, Predicate};
use crate::text::{arabic, Analysis};

/// Verbs whose subject is the host: a companion named after them came with the guest.
const HOST_VERBS: &[&str] = &[
    "استقبل",
    "استقبلت",
    "يستقبل",
    "تستقبل",
    "استضاف",
    "استضافت",
    "يستضيف",
    "تستضيف",
    "received",
    "receives",
    "hosted",
    "hosts",
    "welcomed",
    "welcomes",
];

/// One meeting per companion named after a meeting's trigger in its sentence, with the party
/// the companion did not come with (the guest's side for a host verb, else the subject's).
pub fn companion_meetings(
    a: &Analysis,
    lang: Lang,
    res: &Resources,
    entities: &[DocEntity],
    mentions: &[Resolved],
    found: &[Found],
) -> Vec<Found> {
    let words = &res.words[lang_index(lang)];
    let companion_word = |t: usize| {
        let key = a.tokens[t].key.as_str();
        if words.companions.contains(key) {
            return true;
        }
        a.tokens[t].arabic
            && arabic::readings_shared(key)
                .iter()
                .any(|r| words.companions.contains(&r.stem) && !r.article && r.suffix.is_none())
    };
    let mut out: Vec<Found> = Vec::new();
    for f in found
        .iter()
        .filter(|f| f.predicate == Predicate::MetWith && f.modality == Modality::Asserted)
    {
        let sentence = a.sentences[f.sentence].tokens.clone();
        let Some(w) = (f.trigger.1..sentence.end).find(|&t| companion_word(t)) else {
            continue;
        };
        let trigger_key = a.tokens[f.trigger.0].key.as_str();
        let host_verb = HOST_VERBS.contains(&trigger_key)
            || arabic::readings_shared(trigger_key)
                .iter()
                .any(|r| HOST_VERBS.contains(&r.stem.as_str()));
        let met = if host_verb { f.subject } else { f.object };
        // The first person after the word (and those coordinated right after it).
        let Some(c) = mentions.iter().find(|m| {
            m.raw.start_tok > w
                && m.raw.start_tok <= w + 6
                && m.raw.end_tok <= sentence.end
                && entities[m.entity].kind == EntityType::Person
        }) else {
            continue;
        };
        if c.entity == f.subject || c.entity == f.object {
            continue;
        }
        if out
            .iter()
            .chain(found.iter())
            .any(|o| o.predicate == Predicate::MetWith && o.subject == c.entity && o.object == met)
        {
            continue;
        }
        out.push(Found {
            subject: c.entity,
            object: met,
            confidence: 0.6,
            place: f.place,
            ..f.clone()
        });
    }
    out
}
