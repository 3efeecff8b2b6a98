//! Subjects of a frame: the verb's subject in either word order, the speaker of a sentence, and
//! the pronouns that stand for them.

use super::*;

impl Ctx<'_> {
    pub(super) fn subject_of_verb<'g>(
        &self,
        ts: usize,
        te: usize,
        left: usize,
        right: usize,
        args: &'g [Arg],
        ok: impl Fn(&Arg) -> bool,
    ) -> Option<&'g Arg> {
        // Relative clause: "وانغ يي، الذي التقى", "X, who met": the antecedent is the subject.
        let relative = (left > 0)
            .then(|| left - 1)
            .filter(|&r| {
                matches!(
                    self.key(r),
                    "الذي" | "التي" | "الذين" | "اللذين" | "who" | "which" | "that"
                )
            })
            .filter(|&r| (r + 1..ts).all(|x| self.is_gap(x)));
        if let Some(r) = relative {
            return args.iter().rev().find(|g| {
                g.end <= r && g.end + 2 >= r && g.marker == DIRECT && ok(g) && !g.adjective
            });
        }
        match self.lang {
            Lang::Ar => {
                // VSO: the first unmarked actor after the verb, past time words.
                // A demonym may qualify the subject noun: قصفت طائرات حربية أمريكية.
                // "حطت طائرة الرئيس ترامب في", "توجه موكب الرئيس إلى": the plane or motorcade
                // carries its owner.
                // So do aircraft and vessels: "شنت طائرات التحالف", "شن طيران التحالف".
                let vehicle = |x: usize| {
                    matches!(
                        self.key(x),
                        "طايره"
                            | "موكب"
                            | "طايرات"
                            | "طيران"
                            | "مقاتلات"
                            | "مروحيات"
                            | "مسيرات"
                            | "سفن"
                            | "بوارج"
                            | "مدفعيه"
                    )
                };
                // "قصفت مدمرتان تابعتان للبحرية الأمريكية": weapons belonging to an actor.
                let belonging = |g: &Arg| {
                    g.ext_start > te + 1
                        && g.ext_start <= te + 4
                        && self.key(g.ext_start - 1).contains("تابع")
                        && (te..g.ext_start).all(|x| self.a.tokens[x].kind == TokenKind::Word)
                };
                // "أنه استهدف موكبا إسرائيليا": the pronoun on أن is the subject; what follows
                // the verb is its object.
                let pronoun_subject = (left..ts)
                    .rev()
                    .find(|&x| !self.is_gap(x))
                    .is_some_and(|x| matches!(self.key(x), "انه" | "انها" | "انهم" | "انهما"));
                let accusative = |x: usize| {
                    let k = self.key(x);
                    k.ends_with('ا') && !k.starts_with("ال") && k.chars().count() >= 4
                };
                // "استقبل المرجع الشيعي الأعلى في العراق آية الله العظمى علي السيستاني": the
                // words of a title with a place inside it.
                let titled = |x: usize| {
                    self.title_word(x)
                        || args.iter().any(|o| {
                            (o.ext_start.saturating_sub(1)..o.end).contains(&x)
                                && self.in_title(o, args)
                        })
                };
                // A verb in the plural (استهدفوا) follows its subject: in verb-first order Arabic
                // verbs stay singular.
                let plural_verb = self.a.tokens[ts].arabic
                    && te == ts + 1
                    && self.a.tokens[ts].key.ends_with("وا");
                let vso = args.iter().find(|g| {
                    !pronoun_subject
                        && !plural_verb
                        && g.ext_start >= te
                        && g.ext_start < right
                        && !self.in_title(g, args)
                        && ((te..g.ext_start).all(|x| self.is_gap(x) || vehicle(x) || titled(x))
                            || belonging(g)
                            || (g.adjective
                                && g.ext_start <= te + 2
                                && (te..g.ext_start)
                                    .all(|x| self.a.tokens[x].kind == TokenKind::Word)
                                // "استهدفت موقعا عسكريا إسرائيليا": an accusative noun (its
                                // tanween alef) is the object, not the subject.
                                && !accusative(te)))
                });
                // SVO: an unmarked actor right before the verb.
                // "X رئيس الحكومة، استقبل": an apposed title and a comma may stand between.
                // "كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها": a definite description
                // between commas.
                let described = |g: &Arg| {
                    ts > g.end + 3
                        && ts <= g.end + 9
                        && self.a.tokens[g.end].is_punct(",")
                        && self.a.tokens[ts - 1].is_punct(",")
                        && crate::extract::mentions::is_definite(self.key(g.end + 1))
                        && (g.end + 1..ts - 1).all(|x| {
                            self.a.tokens[x].kind == TokenKind::Word
                                && self.res.triggers[lang_index(self.lang)]
                                    .matches_at(&self.a.tokens, x, x + 1, true)
                                    .is_empty()
                        })
                };
                let apposition = |g: &Arg| {
                    (ts > g.end + 1
                        && ts <= g.end + 8
                        && self.a.tokens[ts - 1].is_punct(",")
                        && !self
                            .words
                            .titles
                            .matches_at(&self.a.tokens, g.end, ts, false)
                            .is_empty()
                        && (g.end..ts - 1).all(|x| self.a.tokens[x].kind == TokenKind::Word))
                        || described(g)
                };
                let svo = args.iter().rev().find(|g| {
                    g.end <= ts
                        && g.end >= left
                        && ((g.end..ts).all(|x| self.is_gap(x) && !self.a.tokens[x].is_punct(","))
                            || apposition(g))
                        && g.marker == DIRECT
                        && ok(g)
                        // "إن الأسد التقى": a clause's subject right before its verb.
                        && (!g.embedded || (g.end..ts).all(|x| self.is_gap(x)) || apposition(g))
                });
                // "وكان X قد زار": after كان, or with قد between, the subject stands before the verb.
                let kana = |g: &Arg| {
                    g.ext_start > 0
                        && matches!(
                            self.key(g.ext_start - 1),
                            "كان" | "وكان" | "كانت" | "وكانت" | "فكان" | "فكانت"
                        )
                };
                if let Some(g) = svo
                    .filter(|g| kana(g) || (g.end..ts).any(|x| matches!(self.key(x), "قد" | "لقد")))
                {
                    return Some(g);
                }
                // "وكانت قاذفات أمريكية من طراز بي-2 قد ضربت": كان … قد frames the subject
                // with whatever qualifies it.
                if ts > left && matches!(self.key(ts - 1), "قد" | "لقد") {
                    if let Some(g) = args.iter().rev().find(|g| {
                        g.end < ts
                            && g.ext_start >= left
                            && ts - g.end <= 8
                            && kana(g)
                            && g.marker == DIRECT
                            && ok(g)
                    }) {
                        return Some(g);
                    }
                }
                // "حيدر العبادي رئيس الوزراء، استقبل الجبير": a subject set off by its title
                // and a comma is the subject, the name after the verb its object.
                if let Some(g) = svo.filter(|g| apposition(g)) {
                    return Some(g);
                }
                if let Some(g) = vso.filter(|g| g.marker == DIRECT && ok(g) && !g.embedded) {
                    return Some(g);
                }
                svo
            }
            Lang::En => {
                // "X, a coalition of Iraqi factions, claimed": the apposition is not the subject.
                let mut t = ts;
                while t > left && self.is_gap(t - 1) && !self.a.tokens[t - 1].is_punct(",") {
                    t -= 1;
                }
                if t > 0 && self.a.tokens[t - 1].is_punct(",") {
                    let sentence_start = self.a.sentences[self.a.sentence_of(ts)].tokens.start;
                    if let Some(open) = (sentence_start..t - 1)
                        .rev()
                        .take(25)
                        .find(|&x| self.a.tokens[x].is_punct(","))
                    {
                        let opener = self.key(open + 1);
                        let apposition =
                            matches!(opener, "a" | "an" | "the" | "who" | "which" | "whose")
                                || !self
                                    .words
                                    .titles
                                    .matches_at(&self.a.tokens, open + 1, ts, false)
                                    .is_empty();
                        if apposition {
                            if let Some(g) = args.iter().find(|g| {
                                g.end == open && g.marker == DIRECT && ok(g) && !g.embedded
                            }) {
                                return Some(g);
                            }
                        }
                    }
                }
                // The nearest unmarked actor to the left, skipping prepositional phrases.
                let near = args
                    .iter()
                    .rev()
                    .filter(|g| g.end <= ts && g.ext_start >= left && ts - g.end <= 12)
                    // An embedded subject is the subject of its own clause's verb ("said that
                    // an Egyptian delegation arrived").
                    .find(|g| {
                        g.marker == DIRECT
                            && ok(g)
                            && (!g.embedded || !self.crosses_verb(g.ext_start, ts))
                            && !self.crosses_verb(g.end, ts)
                            // "Riyadh cut ties after protesters stormed its embassy": a clause
                            // opened between has a subject of its own.
                            // (A pronoun there is the same subject: "after he began".)
                            && !(g.end..ts).any(|x| {
                                matches!(
                                    self.key(x),
                                    "after" | "before" | "when" | "while" | "because" | "until"
                                ) && !matches!(
                                    self.a.tokens.get(x + 1).map(|t| t.key.as_str()),
                                    Some("he" | "she" | "it" | "they" | "we")
                                )
                            })
                    });
                if near.is_some() {
                    return near;
                }
                // "Erdogan, who arrived in Tehran on Monday, met Raisi": skip the parenthetical.
                let mut t = ts;
                while t > 0 && self.is_gap(t - 1) && !self.a.tokens[t - 1].is_punct(",") {
                    t -= 1;
                }
                if t == 0 || !self.a.tokens[t - 1].is_punct(",") {
                    return None;
                }
                let sentence_start = self.a.sentences[self.a.sentence_of(ts)].tokens.start;
                let open = (sentence_start..t - 1)
                    .rev()
                    .take(25)
                    .find(|&x| self.a.tokens[x].is_punct(","))?;
                args.iter()
                    .find(|g| g.end == open && g.marker == DIRECT && ok(g) && !g.embedded)
            }
        }
    }

    /// Subject of a verb of saying in the sentence, if explicit.
    pub(super) fn speaker(&self, range: std::ops::Range<usize>, args: &[Arg]) -> Option<usize> {
        for t in range.clone() {
            if !self.word_in(t, &self.words.speech) {
                continue;
            }
            let found = match self.lang {
                Lang::Ar => actor_near(args, None, t + 1..t + 4),
                // "X said", or after a quote "…, said X" / "X told Reuters".
                Lang::En => actor_near(args, Some((t, 2)), t + 1..t + 2),
            };
            if let Some(g) = found {
                return Some(g.entity);
            }
        }
        None
    }

    /// "during his visit to X", "his first trip to", "their two-day stay in": an English possessive
    /// pronoun before a verbal noun plays the Arabic enclitic's part (زيارته).
    pub(super) fn possessive_pronoun(&self, left: usize, ts: usize) -> Option<&'static str> {
        if self.lang != Lang::En {
            return None;
        }
        let p = (ts.saturating_sub(3).max(left)..ts).rev().find(|&x| {
            matches!(self.key(x), "his" | "her" | "its" | "their")
                && (x + 1..ts).all(|y| {
                    let tok = &self.a.tokens[y];
                    tok.kind == TokenKind::Number
                        || tok.is_punct("-")
                        || (tok.kind == TokenKind::Word && !tok.is_capitalized(self.a.text))
                })
        })?;
        Some(match self.key(p) {
            "his" => "his",
            "her" => "her",
            "its" => "its",
            _ => "their",
        })
    }

    /// "X blamed Y for the killing and vowed to …": the candidate subject `s` of a verb after
    /// "and" is the object of an earlier past-tense verb (no trigger of ours); the clause's own
    /// subject, the nearest plain actor before that verb, is the one who vowed (English).
    pub(super) fn object_of_earlier_verb<'g>(
        &self,
        s: &Arg,
        left: usize,
        args: &'g [Arg],
    ) -> Option<&'g Arg> {
        let mut v = s.ext_start;
        while v > left && matches!(self.key(v - 1), "the" | "a" | "an") {
            v -= 1;
        }
        let verb = v.checked_sub(1).filter(|&x| x >= left)?;
        let tok = &self.a.tokens[verb];
        let k = self.key(verb);
        let past = tok.kind == TokenKind::Word
            && !tok.is_capitalized(self.a.text)
            && k.len() > 4
            && k.ends_with("ed")
            && !self.word_in(verb, &self.words.prepositions);
        if !past {
            return None;
        }
        args.iter().rev().find(|g| {
            g.end <= verb
                && g.ext_start >= left
                && g.marker == DIRECT
                && !g.embedded
                && !g.adjective
                && g.kind.is_actor()
                && g.entity != s.entity
        })
    }

    pub(super) fn has_speech_before(&self, left: usize, ts: usize) -> bool {
        (left..ts).any(|x| self.word_in(x, &self.words.speech))
    }
}
