//! Threats: a promised attack, a retaliation, the price to pay, and who a threat is aimed at.

use super::*;

impl Ctx<'_> {
    /// An English attack noun a response can answer ("any attack", "this aggression").
    fn answerable_attack(&self, x: usize) -> bool {
        matches!(
            self.key(x),
            "attack"
                | "attacks"
                | "aggression"
                | "strike"
                | "strikes"
                | "airstrike"
                | "airstrikes"
                | "assault"
                | "assaults"
                | "bombing"
                | "bombings"
                | "raid"
                | "raids"
                | "incursion"
                | "offensive"
                | "escalation"
                | "violation"
                | "violations"
        )
    }

    /// "X said attacks on Y would continue", "vowed that strikes against Y will go on": the
    /// speaker threatens the attacks' target (English).
    pub(super) fn continued_attacks(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te): (usize, usize),
        args: &[Arg],
        allowed: &dyn Fn(&Arg) -> bool,
        object_type: &dyn Fn(&Arg) -> bool,
    ) -> Option<Vec<Found>> {
        if self.lang != Lang::En {
            return None;
        }
        let end = range.end;
        let (left, right) = (range.start, end);
        let objs = self.objects(te, right, args, allowed, object_type, usize::MAX)?;
        // The end of the object list (not a later mention of the same entity).
        let mut last = None;
        for g in args.iter().filter(|g| g.ext_start >= te) {
            let joined = last.is_none_or(|l: usize| {
                (l..g.ext_start).all(|x| matches!(self.key(x), "," | "and"))
            });
            if !objs.contains(&g.entity) || !joined {
                break;
            }
            last = Some(g.end);
        }
        let last = last?;
        let will =
            (last..(last + 4).min(end)).find(|&x| matches!(self.key(x), "will" | "would"))?;
        let verb = (will + 1..(will + 3).min(end)).find(|&x| {
            matches!(
                self.key(x),
                "continue" | "escalate" | "intensify" | "resume" | "increase" | "expand"
            )
        })?;
        let _ = verb;
        // The speaker before the noun: "X said", "X vowed that".
        let speech = (left..ts).rev().find(|&x| {
            self.word_in(x, &self.words.speech)
                || matches!(self.key(x), "vowed" | "warned" | "vows" | "warns")
        })?;
        let speaker = actor_near(args, Some((speech, 6)), speech..speech)
            .map(|g| g.entity)
            .or_else(|| self.speaker(range.clone(), args))?;
        Some(self.edges(
            (si, range, (ts, te), false),
            Predicate::Threatened,
            &[speaker],
            &objs,
            0.7,
            args,
        ))
    }

    /// The target of an attack a threat announces: ب + attack or light-verb noun (بشن، بمواصلة،
    /// باستهداف), or English "to" + attack verb; its first actor or place after it.
    pub(super) fn threatened_attack_target(
        &self,
        from: usize,
        right: usize,
        args: &[Arg],
        subject: usize,
    ) -> Option<usize> {
        let li = lang_index(self.lang);
        // Past an aside ("توعد، في كلمة متلفزة ليل الأحد، بالثأر من").
        let limit = (from + 10).min(right);
        let attack_at = |x: usize| {
            self.res.triggers[li]
                .matches_at(&self.a.tokens, x, right, true)
                .iter()
                .any(|m| m.value.relation == Predicate::Attacked)
        };
        let start = (from..limit).find(|&x| {
            if args.iter().any(|g| (g.ext_start..g.end).contains(&x)) {
                return false;
            }
            match self.lang {
                Lang::Ar => {
                    // Readings need a stem of three letters; شن has two.
                    let short = self.key(x).strip_prefix('ب').is_some_and(|k| {
                        self.words.support.contains(k) || matches!(k, "شن" | "ضرب" | "قصف")
                    });
                    short
                        || self.a.tokens[x].arabic
                            && arabic::readings_shared(self.key(x)).iter().any(|r| {
                                r.prep == Some('ب')
                                    && r.suffix.is_none()
                                    && (self.words.support.contains(&r.stem)
                                        || matches!(
                                            r.stem.as_str(),
                                            // توعد بالرد على / بالثأر من / بالانتقام من X
                                            "مواصله"
                                                | "تصدي"
                                                | "تكرار"
                                                | "استمرار"
                                                | "تنفيذ"
                                                | "ثار"
                                                | "انتقام"
                                                | "رد"
                                        ))
                            })
                        || (arabic::readings_shared(self.key(x))
                            .iter()
                            .any(|r| r.prep == Some('ب'))
                            && attack_at(x))
                }
                Lang::En => self.key(x) == "to" && x + 1 < right && attack_at(x + 1),
            }
        })?;
        // Not past a condition ("… إذا انطلق من أراضيها أي هجوم على إيران").
        let right = (start..right)
            .find(|&x| matches!(self.key(x), "اذا" | "لو" | "if" | "unless"))
            .unwrap_or(right);
        // "الرد على العدوان على الحديدة": the victim of the attack answered is not threatened.
        args.iter()
            .find(|g| {
                g.ext_start > start
                    && g.ext_start <= start + 10
                    && g.ext_start < right
                    && g.entity != subject
                    && !self.answered_victim(start, g)
                    && (g.kind.is_actor() || g.kind.is_place())
                    && matches!(
                        g.marker.as_str(),
                        DIRECT | "على" | "علي" | "ضد" | "في" | "ل" | "من" | "on" | "against" | "in"
                    )
                    // "قائلا خلال زيارة لولاية ساوث كارولاينا": a place the speaker is visiting.
                    && !(g.kind.is_place() && matches!(g.marker.as_str(), "ل" | "من"))
            })
            .map(|g| g.entity)
    }

    /// Whether `g` is the victim of an attack a threat answers, told after `from`: "توعد بأن
    /// الرد على العدوان على الحديدة" threatens the aggressor, not Hodeidah. A word of response
    /// (رد، ثأر، انتقام، تصدي، response) precedes the attack noun (or "aggression", a word of
    /// accusation that is no attack trigger), and `g` is that noun's own object.
    pub(super) fn answered_victim(&self, from: usize, g: &Arg) -> bool {
        let li = lang_index(self.lang);
        // "برد على اغتيال إسماعيل هنية": the attack noun's genitive is its victim too.
        let genitive = g.marker == DIRECT
            && g.ext_start > from
            && self.res.triggers[li]
                .matches_at(&self.a.tokens, g.ext_start - 1, g.ext_start, true)
                .iter()
                .any(|m| {
                    // An assassination's genitive is its victim; an attack's its agent ("هجوم
                    // قوات حفتر").
                    m.value.relation == Predicate::Attacked
                        && m.value.pos == TriggerPos::Noun
                        && m.value.object == Some(crate::extract::resources::ObjectKind::Person)
                });
        (genitive || matches!(g.marker.as_str(), "على" | "علي" | "ضد" | "on" | "against"))
            && (from..g.ext_start).any(|x| {
                let response = (from..x).any(|y| {
                    let k = self.key(y);
                    // (رد has two letters: no reading strips a clitic from it.)
                    matches!(
                        k,
                        "response"
                            | "retaliation"
                            | "respond"
                            | "رد"
                            | "الرد"
                            | "برد"
                            | "بالرد"
                            | "ردا"
                            | "للرد"
                            | "والرد"
                    ) || arabic::readings_shared(k)
                        .iter()
                        .any(|r| matches!(r.stem.as_str(), "رد" | "ثار" | "انتقام" | "تصدي"))
                });
                let aggression = x + 3 >= g.ext_start
                    && (self.key(x) == "aggression"
                        || arabic::readings_shared(self.key(x))
                            .iter()
                            .any(|r| r.stem == "عدوان"));
                response
                    && (aggression
                        || self.res.triggers[li]
                            .matches_at(&self.a.tokens, x, g.ext_start, true)
                            .iter()
                            .any(|m| {
                                m.value.relation == Predicate::Attacked
                                    && m.value.pos == TriggerPos::Noun
                                    && m.end + 3 >= g.ext_start
                            }))
            })
    }

    /// A promised retaliation ("سترد على أي هجوم تركي", "طهران سترد إذا هاجمتها إسرائيل"): the
    /// one who will retaliate (right before it, else the speaker) threatens the one it answers:
    /// the marked actor after it, or the attacker of a condition.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn retaliation(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te): (usize, usize),
        right: usize,
        row: &TriggerRow,
        args: &[Arg],
        disc: &Discourse,
    ) -> Option<Vec<Found>> {
        let actor = |g: &Arg| g.kind.is_actor();
        let subject = args
            .iter()
            .rev()
            .find(|g| g.end <= ts && g.end + 2 >= ts && g.marker == DIRECT && actor(g))
            // "حذر X من أن …، مؤكدا أن قواته سترد": the sentence's first unmarked actor.
            .or_else(|| {
                args.iter().find(|g| {
                    g.end <= ts && g.marker == DIRECT && !g.embedded && !g.adjective && actor(g)
                })
            })
            .map(|g| g.entity)
            .or_else(|| self.speaker(range.clone(), args))
            .or(disc
                .subject
                .filter(|&(_, s_si)| s_si + 1 >= si)
                .map(|(e, _)| e))?;
        let condition = (te..right).find(|&x| matches!(self.key(x), "اذا" | "ان" | "لو" | "if"));
        // An English demonym stands for the attacker only before an attack noun: "to any Indian
        // attack", not "to the Iranian proposal".
        let answered_demonym = |g: &Arg| {
            self.lang == Lang::Ar || (g.end < self.a.tokens.len() && self.answerable_attack(g.end))
        };
        let marked = args
            .iter()
            .filter(|g| g.ext_start >= te && condition.is_none_or(|c| g.ext_start < c))
            .find(|g| {
                actor(g)
                    && g.entity != subject
                    && (!g.adjective || answered_demonym(g))
                    && (row.markers.contains(&g.marker)
                        // "على أي هجوم تركي": the demonym of the attack answered.
                        || (g.adjective && g.ext_start > te && {
                            let p = g.ext_start - 1;
                            row.markers
                                .iter()
                                .any(|m| self.key(p) == m || matches!(self.key(p), "اي" | "any"))
                        }))
            });
        // "would respond to any aggression by Israel": the attacker the response answers.
        let target = marked
            .map(|g| g.entity)
            .or_else(|| self.conditional_attacker(te, right, args, subject))
            .or_else(|| self.answered_attacker(si, te, right, args, subject, disc, true))?;
        Some(self.edges(
            (si, range, (ts, te), false),
            Predicate::Threatened,
            &[subject],
            &[target],
            0.75,
            args,
        ))
    }

    /// English "reserved the right to respond to \"these attacks\" by X", "vowed to avenge this
    /// attack": a response promised to an attack threatens its attacker, named with `by` or, for
    /// an attack referred back to, the last attacker told (within three sentences). "Any attack"
    /// is answered only by a retaliation trigger (`any_attack`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn answered_attacker(
        &self,
        si: usize,
        te: usize,
        right: usize,
        args: &[Arg],
        subject: usize,
        disc: &Discourse,
        any_attack: bool,
    ) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        // The attack noun heads the complement: only determiners, modifiers and quote marks before.
        let noun = (te..(te + 6).min(right)).find(|&x| self.answerable_attack(x))?;
        let plain = (te..noun).all(|x| {
            let t = &self.a.tokens[x];
            (t.kind == TokenKind::Word && !t.is_capitalized(self.a.text))
                || crate::extract::mentions::is_quote_token(t)
                // "Monday's air strike"
                || t.is_punct("'")
                || t.is_punct("’")
                || matches!(
                    self.key(x),
                    "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
                        | "sunday"
                )
        });
        // "respond to any attack" is a response only a promised one (a retaliation) makes.
        if !plain || (!any_attack && (te..noun).any(|x| self.key(x) == "any")) {
            return None;
        }
        // "attacks ... by X": the agent after the noun phrase (past a closing quote).
        let by = args.iter().find(|g| {
            g.ext_start > noun
                && g.ext_start <= noun + 5
                && g.ext_start < right
                && g.marker == "by"
                && g.kind.is_actor()
                && g.entity != subject
        });
        if let Some(g) = by {
            return Some(g.entity);
        }
        // "the strike on X it blamed on Israel", "an attack attributed to X".
        let blamed = args.iter().find(|g| {
            g.ext_start > noun + 1
                && g.ext_start <= noun + 12
                && g.ext_start < right
                && g.kind.is_actor()
                && g.entity != subject
                && matches!(
                    (self.key(g.ext_start - 2), self.key(g.ext_start - 1)),
                    ("blamed" | "blames" | "blame", "on") | ("attributed", "to")
                )
        });
        if let Some(g) = blamed {
            return Some(g.entity);
        }
        let refers_back = (te..noun).any(|x| {
            matches!(
                self.key(x),
                "this" | "these" | "that" | "those" | "the" | "its" | "their"
            )
        });
        let attacker = disc
            .last_attacker
            .filter(|&(e, a_si)| refers_back && a_si + 5 >= si && e != subject)
            .map(|(e, _)| e)?;
        // A state answers a state: "Israeli jets hit Doha … Qatar will respond" threatens Israel.
        Some(self.state_of_force(attacker, subject))
    }

    /// English: a threat against "the criminals behind the killing", "those behind the attack",
    /// "the perpetrators": the attacker told in the last few sentences (its state for a force).
    pub(super) fn perpetrators(
        &self,
        si: usize,
        te: usize,
        right: usize,
        subject: usize,
        disc: &Discourse,
    ) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        let end = right.min(te + 12);
        let behind = (te..end).find(|&x| {
            (self.key(x) == "behind"
                && (x + 1..(x + 4).min(right)).any(|y| {
                    matches!(
                        self.key(y),
                        "attack"
                            | "attacks"
                            | "killing"
                            | "killings"
                            | "assassination"
                            | "strike"
                            | "strikes"
                            | "bombing"
                            | "massacre"
                            | "murder"
                    )
                }))
                || self.key(x).starts_with("perpetrator")
        })?;
        // Nothing named in between ("against Israel, which is behind …" names its object).
        if (te..behind).any(|x| {
            let t = &self.a.tokens[x];
            t.kind == TokenKind::Word && t.is_capitalized(self.a.text)
        }) {
            return None;
        }
        let attacker = disc
            .last_attacker
            .filter(|&(e, a_si)| a_si + 5 >= si && e != subject)
            .map(|(e, _)| e)?;
        Some(self.state_of_force(attacker, subject))
    }

    /// A state's armed force stands for its state when the document names the state (and the
    /// state is not the one threatening): "Israel will pay" after "the IDF struck".
    pub(super) fn state_of_force(&self, attacker: usize, subject: usize) -> usize {
        self.entities[attacker]
            .kb
            .map(|i| &self.res.kb.entries()[i])
            .filter(|k| k.subtype.as_deref() == Some("armed-forces"))
            .and_then(|k| k.country.as_deref())
            .and_then(|c| self.res.kb.index_of(c))
            .and_then(|c| self.entities.iter().position(|e| e.kb == Some(c)))
            .filter(|&c| c != subject)
            .unwrap_or(attacker)
    }

    /// The attacker of a condition after `from` ("إذا هاجمتها إسرائيل", "إذا تجرأ الحوثيون على
    /// مهاجمة إسرائيل", "if Israel attacks"): whom a threat or a promised retaliation is against.
    pub(super) fn conditional_attacker(
        &self,
        from: usize,
        right: usize,
        args: &[Arg],
        subject: usize,
    ) -> Option<usize> {
        let li = lang_index(self.lang);
        let c = (from..right).find(|&x| matches!(self.key(x), "اذا" | "لو" | "if"))?;
        let attack = (c + 1..right.min(c + 6)).find(|&x| {
            self.res.triggers[li]
                .matches_at(&self.a.tokens, x, x + 1, true)
                .iter()
                .any(|m| m.value.relation == Predicate::Attacked)
        })?;
        let fits = |g: &&Arg| g.marker == DIRECT && g.kind.is_actor() && g.entity != subject;
        // The agent before the attack word (a subject), else right after an attack verb.
        args.iter()
            .find(|g| g.ext_start > c && g.end <= attack && fits(g))
            .or_else(|| {
                args.iter()
                    .find(|g| g.ext_start > attack && g.ext_start <= attack + 2 && fits(g))
            })
            .map(|g| g.entity)
    }

    /// English: "the enemy will pay the price" in a quote is the attacker told last (within a few
    /// sentences), with the start of "the enemy".
    pub(super) fn enemy_before(
        &self,
        ts: usize,
        si: usize,
        disc: &Discourse,
    ) -> Option<(usize, usize)> {
        if self.lang != Lang::En
            || ts < 2
            || self.key(ts - 1) != "enemy"
            || self.key(ts - 2) != "the"
        {
            return None;
        }
        let (attacker, _) = disc.last_attacker.filter(|&(_, a_si)| a_si + 5 >= si)?;
        // A state's armed force: the enemy is the state, when the article names it.
        let state = self.entities[attacker]
            .kb
            .map(|i| &self.res.kb.entries()[i])
            .filter(|k| k.subtype.as_deref() == Some("armed-forces"))
            .and_then(|k| k.country.as_deref())
            .and_then(|c| self.res.kb.index_of(c))
            .and_then(|c| self.entities.iter().position(|e| e.kb == Some(c)));
        Some((state.unwrap_or(attacker), ts - 2))
    }
}
