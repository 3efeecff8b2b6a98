//! People who come along: "التقت X الشرع في دمشق برفقة نظيرها الفرنسي Y", "X met Y, accompanied
//! by Z", "يرافقه X". A companion met the other side of the meeting too, and visited what the one
//! accompanied visited.

use super::entities::{DocEntity, Resolved};
use super::frames::Found;
use super::resources::{lang_index, Resources, TriggerPos, Words, DIRECT};
use crate::model::{EntityType, Lang, Modality, Predicate};
use crate::text::{arabic, Analysis, TokenKind};

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

/// A word that brings people along at token `t` (يرافق، برفقة، "accompanied by").
struct Companion {
    /// The one accompanied may be named right after it (ويرافق الملك سلمان …).
    pub host_after: bool,
    /// It carries the pronoun of the one accompanied (يرافقه): a companion of the trip, not of
    /// one meeting on it.
    pub pronoun: bool,
}

fn companion_word(a: &Analysis, words: &Words, t: usize, end: usize) -> Option<Companion> {
    let tok = &a.tokens[t];
    if !tok.arabic {
        let by = t + 1 < end && a.tokens[t + 1].key == "by";
        return (words.companions.contains(tok.key.as_str()) && by).then_some(Companion {
            host_after: false,
            pronoun: false,
        });
    }
    let mut hit = words
        .companions
        .contains(tok.key.as_str())
        .then_some(Companion {
            host_after: true,
            pronoun: false,
        });
    for r in arabic::readings_shared(&tok.key).iter() {
        if words.companions.contains(&r.stem)
            && !r.article
            && (r.prep.is_none() || r.prep == Some('ب'))
        {
            hit = Some(Companion {
                host_after: r.suffix.is_none() && r.prep.is_none(),
                pronoun: r.suffix.is_some(),
            });
        }
    }
    hit
}

/// Visits of the people who came along: "ويرافق الملك سلمان في زيارته وزير الخارجية عادل الجبير",
/// "يرافقه X", "برفقة X", "was accompanied by X". Each companion visited what the one accompanied
/// visited in the document; the evidence is the sentence that names the companion.
pub fn companion_visits(
    a: &Analysis,
    lang: Lang,
    res: &Resources,
    entities: &[DocEntity],
    mentions: &[Resolved],
    found: &[Found],
) -> Vec<Found> {
    let words = &res.words[lang_index(lang)];
    let visits: Vec<&Found> = found
        .iter()
        .filter(|f| f.predicate == Predicate::Visited && f.modality == Modality::Asserted)
        .collect();
    let mut out: Vec<Found> = Vec::new();
    if visits.is_empty() {
        return out;
    }
    for (si, s) in a.sentences.iter().enumerate() {
        for t in s.tokens.clone() {
            let Some(Companion { host_after, .. }) = companion_word(a, words, t, s.tokens.end)
            else {
                continue;
            };
            let in_sentence =
                |m: &&Resolved| m.raw.start_tok >= s.tokens.start && m.raw.end_tok <= s.tokens.end;
            let after: Vec<&Resolved> = mentions
                .iter()
                .filter(in_sentence)
                .filter(|m| m.raw.start_tok > t)
                .collect();
            let named_host = after.first().filter(|m| {
                host_after
                    && m.raw.start_tok <= t + 4
                    && entities[m.entity].kind.is_actor()
                    && (t + 1..m.raw.start_tok).all(|x| a.tokens[x].kind == TokenKind::Word)
            });
            let (host, companions_from) = if let Some(h) = named_host {
                (Some(h.entity), h.raw.end_tok)
            } else {
                // The one accompanied: whoever visits in this sentence ("التقت بيربوك الشرع في
                // دمشق برفقة X" is Baerbock's visit), else a visitor named before, else the last
                // visitor told.
                let named_before = || {
                    mentions
                        .iter()
                        .filter(in_sentence)
                        .filter(|m| m.raw.end_tok <= t)
                        .rev()
                };
                let before = named_before()
                    .find(|m| {
                        visits
                            .iter()
                            .any(|v| v.subject == m.entity && v.sentence == si)
                    })
                    .or_else(|| {
                        named_before().find(|m| visits.iter().any(|v| v.subject == m.entity))
                    })
                    .map(|m| m.entity);
                let last = visits
                    .iter()
                    .rev()
                    .find(|v| v.sentence <= si && v.sentence + 3 >= si)
                    .map(|v| v.subject);
                (before.or(last), t + 1)
            };
            let Some(host) = host else { continue };
            let companions = after
                .iter()
                .filter(|m| {
                    m.raw.start_tok >= companions_from
                        && entities[m.entity].kind == EntityType::Person
                        && m.entity != host
                })
                .map(|m| m.entity);
            // The visits told so far: the trip the companion came along on, not a later one.
            let host_visits: Vec<&&Found> = visits
                .iter()
                .filter(|v| v.subject == host && v.sentence <= si)
                .collect();
            for c in companions {
                for v in &host_visits {
                    if out.iter().any(|o| o.subject == c && o.object == v.object) {
                        continue;
                    }
                    out.push(Found {
                        subject: c,
                        object: v.object,
                        predicate: Predicate::Visited,
                        sentence: si,
                        trigger: (t, t + 1),
                        modality: Modality::Asserted,
                        confidence: 0.6,
                        place: None,
                    });
                }
            }
        }
    }
    out
}
