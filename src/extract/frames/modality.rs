//! Modality: the cues before a trigger (negation, plans, conditions, reports) and what they say.

use super::*;

impl Ctx<'_> {
    pub(super) fn modality(
        &self,
        start: usize,
        ts: usize,
        predicate: Predicate,
        future: bool,
    ) -> Modality {
        let li = lang_index(self.lang);
        let mut found: Vec<Modality> = Vec::new();
        if future {
            found.push(Modality::Planned);
        }
        // A future time in the clause ("يزور موسكو الأسبوع المقبل", "visits Moscow next week").
        let sentence_end = self.a.sentences[self.a.sentence_of(ts)].tokens.end;
        let clause_end = (ts..sentence_end)
            .skip(1)
            .find(|&x| self.is_boundary(x) || self.a.tokens[x].is_punct(","))
            .unwrap_or(sentence_end);
        if (ts..clause_end).any(|x| {
            matches!(
                self.key(x),
                "المقبل" | "المقبله" | "القادم" | "القادمه" | "غدا" | "tomorrow"
            ) || (self.key(x) == "next"
                && x + 1 < clause_end
                && matches!(
                    self.key(x + 1),
                    "week"
                        | "month"
                        | "year"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                ))
        }) {
            found.push(Modality::Planned);
        }
        let from = (start..ts)
            .rev()
            .find(|&x| self.is_boundary(x))
            .map_or(start, |x| x + 1);
        // "blamed X for the killing and vowed to …": an accusation does not reach over "and"
        // into the verb phrase coordinated after it (English).
        let and_at = (self.lang == Lang::En)
            .then(|| {
                let mut x = ts;
                while x > from && self.is_gap(x - 1) && !self.a.tokens[x - 1].is_punct(",") {
                    x -= 1;
                }
                (x > from && self.key(x - 1) == "and").then_some(x - 1)
            })
            .flatten();
        for t in from.max(ts.saturating_sub(10))..ts {
            for m in self.res.cues[li].matches_at(&self.a.tokens, t, ts, false) {
                if m.value.modality == Modality::Reported && and_at.is_some_and(|a| m.end <= a) {
                    continue;
                }
                let words_between = (m.end..ts)
                    .filter(|&x| self.a.tokens[x].kind != TokenKind::Punct)
                    .count();
                // "the first foreign leader to visit Lebanon", "the most senior official to travel
                // to Turkey": an infinitive after an ordinal or superlative tells what happened.
                let ranked = m.end == m.start + 1 && self.ranked_infinitive(m.start);
                if m.end <= ts && words_between < m.value.window && !ranked {
                    found.push(m.value.modality);
                }
            }
        }
        let speech_act = predicate == Predicate::Threatened;
        for m in [
            Modality::Negated,
            Modality::Reported,
            Modality::Hypothetical,
            Modality::Planned,
        ] {
            if found.contains(&m)
                && !(speech_act && matches!(m, Modality::Planned | Modality::Hypothetical))
            {
                return m;
            }
        }
        Modality::Asserted
    }

    /// "the first foreign leader to visit", "the most senior official to travel": an English "to"
    /// after an ordinal or superlative noun phrase (no plan: it tells what happened).
    pub(super) fn ranked_infinitive(&self, to: usize) -> bool {
        self.lang == Lang::En
            && self.key(to) == "to"
            && (to.saturating_sub(5)..to).any(|x| {
                matches!(
                    self.key(x),
                    "first" | "second" | "third" | "last" | "only" | "most" | "latest"
                ) || (self.key(x).ends_with("est") && x > 0 && self.key(x - 1) == "the")
            })
    }
}
