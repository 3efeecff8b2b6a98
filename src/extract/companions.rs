//! People who come along to a meeting: "التقت X الشرع في دمشق برفقة نظيرها الفرنسي Y", "X met
//! Y, accompanied by Z". The companion met the other side too. (Visits of companions are in
//! `frames::companion_visits`.)

use super::entities::{DocEntity, Resolved};
use super::frames::{companion_word, Found};
use super::resources::{lang_index, Resources, TriggerPos, DIRECT};
use crate::model::{EntityType, Lang, Modality, Predicate};
use crate::text::Analysis;

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
    let li = lang_index(lang);
    let words = &res.words[li];
    let mut out: Vec<Found> = Vec::new();
    for f in found
        .iter()
        .filter(|f| f.predicate == Predicate::MetWith && f.modality == Modality::Asserted)
    {
        let sentence = a.sentences[f.sentence].tokens.clone();
        let Some(w) = (f.trigger.1..sentence.end)
            .find(|&t| companion_word(a, words, t, sentence.end).is_some_and(|c| !c.pronoun))
        else {
            continue;
        };
        // A host verb takes its guest as direct object only (استقبل، hosted, received).
        let host_verb = res.triggers[li]
            .matches_at(&a.tokens, f.trigger.0, f.trigger.1, true)
            .iter()
            .any(|m| {
                m.value.relation == Predicate::MetWith
                    && m.value.pos == TriggerPos::Verb
                    && m.value.markers.iter().all(|k| k == DIRECT)
            });
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
