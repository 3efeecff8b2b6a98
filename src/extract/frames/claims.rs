//! Claims of responsibility: the attack a claim names, an attack its own side reports, and the
//! unattributed attack a later claim refers to.

use super::*;

impl Ctx<'_> {
    /// The English noun phrase after a claim verb names a new event ("drone attacks against
    /// three bases", "an attack on"), rather than referring back ("the attack", "those strikes",
    /// "Wednesday's assaults") or naming nothing ("claimed responsibility, saying").
    pub(super) fn new_event_reference(&self, te: usize) -> bool {
        let Some(tok) = self.a.tokens.get(te) else {
            return false;
        };
        let end = (te + 3).min(self.a.tokens.len());
        let refers_back = (te..end).any(|x| {
            matches!(
                self.key(x),
                "the" | "this" | "that" | "these" | "those" | "its" | "their" | "both" | "s"
            ) || self.a.tokens[x].is_punct("'")
                || self.a.tokens[x].is_punct("’")
        });
        tok.kind == TokenKind::Word
            && !refers_back
            && !tok.is_capitalized(self.a.text)
            && !self.word_in(te, &self.words.prepositions)
            && !self.word_in(te, &self.words.speech)
            && !matches!(self.key(te), "saying" | "and" | "but" | "in" | "on" | "for")
    }

    /// English attack with no attacker named: its target (or, for an unnamed target, the place
    /// close after it) is what a later claim of responsibility refers to.
    pub(super) fn note_unattributed_attack(
        &self,
        si: usize,
        (from, te, right): (usize, usize, usize),
        args: &[Arg],
        allowed: &dyn Fn(&Arg) -> bool,
        object_type: &dyn Fn(&Arg) -> bool,
        disc: &mut Discourse,
    ) {
        // Only the first argument close after the verb: a later one may belong to another clause.
        let first = args
            .iter()
            .find(|g| g.ext_start >= from && g.ext_start < right.min(te + 8))
            .filter(|g| !self.crosses_verb(te, g.ext_start));
        let target = first.filter(|g| {
            (allowed(g) && object_type(g) && !g.locative) || (g.locative && g.kind.is_place())
        });
        if let Some(g) = target {
            disc.last_attack = Some((g.entity, si));
        }
    }

    /// "The attack on X was claimed by Y", "the shelling was claimed by an outfit calling itself
    /// Y": the agent claims the attack the grammatical subject names, or the last one told.
    pub(super) fn passive_claim(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te, left, right): (usize, usize, usize, usize),
        future: bool,
        args: &[Arg],
        disc: &Discourse,
    ) -> Option<Vec<Found>> {
        let agent = args.iter().find(|g| {
            g.ext_start >= te
                && g.ext_start < right.min(te + 8)
                && g.kind.is_actor()
                && !g.adjective
                && (g.marker == DIRECT || g.marker == "by")
        })?;
        let li = lang_index(self.lang);
        // An attack noun in the subject with its own target ("the attack on X").
        let named = (left..ts).find_map(|t| {
            let ms = self.res.triggers[li].matches_at(&self.a.tokens, t, ts, true);
            let m = ms.iter().find(|m| {
                m.value.relation == Predicate::Attacked && m.value.pos == TriggerPos::Noun
            })?;
            args.iter()
                .find(|g| {
                    g.ext_start >= m.end
                        && g.end <= ts
                        && (m.value.markers.contains(&g.marker) || g.locative)
                        && g.entity != agent.entity
                })
                .map(|g| g.entity)
        });
        // "Israeli jets hit X. … The mortar fire was claimed by a faction": a state's own strike is
        // no group's to claim, so the claim is of another attack (English).
        let state_strike = self.lang == Lang::En
            && disc.last_attacker.is_some_and(|(e, _)| {
                e != agent.entity
                    && (self.entities[e].kind == EntityType::Country
                        || self.entities[e].kb.is_some_and(|k| {
                            self.res.kb.entries()[k].subtype.as_deref() == Some("armed-forces")
                        }))
            });
        let target = named.or(disc
            .last_attack
            .filter(|&(e, a_si)| a_si + 3 >= si && e != agent.entity && !state_strike)
            .map(|(e, _)| e))?;
        Some(self.edges(
            (si, range, (ts, te), future),
            Predicate::ClaimedAttackOn,
            &[agent.entity],
            &[target],
            0.8,
            args,
        ))
    }

    /// An English attack told in a quote by its own side: "X attacked \"…,\" spokesman Y
    /// told reporters" (the speaker is X or a spokesperson), or `X said, "… our fighters /
    /// resistance combatants fired at …"` (an unnamed subject of X's own). The claimant.
    pub(super) fn quoted_own_report<'g>(
        &self,
        si: usize,
        ts: usize,
        te: usize,
        subject: Option<&'g Arg>,
        args: &'g [Arg],
    ) -> Option<&'g Arg> {
        if self.lang != Lang::En {
            return None;
        }
        let sent = self.a.sentences[si].tokens.clone();
        let quote = |x: usize| crate::extract::mentions::is_quote_token(&self.a.tokens[x]);
        let spokes = |g: &Arg| {
            (g.ext_start.saturating_sub(2).max(sent.start)..g.start)
                .any(|x| self.key(x).starts_with("spokes"))
        };
        // Trailing attribution: a quote closes after the trigger, then "…, (title) Y said".
        let trailing = (te..sent.end)
            .filter(|&x| self.word_in(x, &self.words.speech))
            .find(|&s| (te..s).any(quote))
            .and_then(|s| actor_near(args, Some((s, 2)), s + 1..s + 2));
        if let Some(sp) = trailing {
            return match subject {
                Some(g) if g.entity == sp.entity || spokes(sp) => Some(g),
                None if spokes(sp) => Some(sp),
                _ => None,
            };
        }
        // Leading attribution: `X said, "` opens a quote the trigger is inside.
        let open = (sent.start..ts).rev().find(|&x| quote(x))?;
        let s = (sent.start..open)
            .rev()
            .take(2)
            .find(|&x| self.word_in(x, &self.words.speech))?;
        let sp = actor_near(args, Some((s, 2)), s..s)?;
        let own_forces = (open..ts).any(|x| {
            matches!(
                self.key(x),
                "our" | "fighters" | "combatants" | "resistance" | "mujahideen" | "forces"
            )
        });
        match subject {
            Some(g) if g.entity == sp.entity => Some(g),
            None if own_forces => Some(sp),
            _ => None,
        }
    }

    /// The agent of a verb of saying that governs an attack trigger: "X said it hit Y", "أعلن X عن تدمير".
    pub(super) fn reporting_agent<'g>(
        &self,
        left: usize,
        ts: usize,
        args: &'g [Arg],
        subject: Option<&'g Arg>,
    ) -> Option<&'g Arg> {
        let speech = (left..ts).find(|&x| self.word_in(x, &self.words.speech))?;
        let agent = match self.lang {
            // أعلن X أنه استهدف; وكان X قد أعلن أنه استهدف.
            Lang::Ar => args
                .iter()
                .find(|g| {
                    g.ext_start > speech
                        && g.end <= ts
                        && g.marker == DIRECT
                        && g.kind.is_actor()
                        // "أعلن أنه استهدف القاعدة الأمريكية": a demonym after the verb is no
                        // speaker; a group's own plural is ("أعلن الحوثيون").
                        && !(g.adjective && g.kind == EntityType::Country)
                })
                .or_else(|| {
                    args.iter().rev().find(|g| {
                        g.end <= speech
                            && g.ext_start >= left
                            && g.marker == DIRECT
                            && g.kind.is_actor()
                            && !g.embedded
                            && !g.adjective
                    })
                })?,
            Lang::En => args
                .iter()
                .rev()
                .find(|g| {
                    g.end <= speech
                        && g.end + 4 >= speech
                        && g.marker == DIRECT
                        && g.kind.is_actor()
                })
                .or_else(|| {
                    // "X, the armed wing of Hamas, said it": past the apposition.
                    let close = (left..speech)
                        .rev()
                        .take(2)
                        .find(|&x| self.a.tokens[x].is_punct(","))?;
                    let open = (left..close)
                        .rev()
                        .take(15)
                        .find(|&x| self.a.tokens[x].is_punct(","))?;
                    args.iter().find(|g| {
                        g.end == open && g.marker == DIRECT && g.kind.is_actor() && !g.embedded
                    })
                })?,
        };
        let between: Vec<&str> = (speech + 1..ts).map(|x| self.key(x)).collect();
        let own = match self.lang {
            // أعلن X عن + attack noun; أعلن X أنه استهدف
            Lang::Ar => {
                // "أعلن حزب الله أن مجموعة "شهداء الجنوب" استهدفت": a unit the group names,
                // unknown to the knowledge base, is its own.
                let own_unit = subject.is_some_and(|s| {
                    self.entities[s.entity].kb.is_none()
                        && s.kind == EntityType::Organization
                        && agent.kind == EntityType::Organization
                        && matches!(
                            self.key(s.start),
                            "مجموعه" | "كتيبه" | "سريه" | "خليه" | "وحده"
                        )
                });
                // "أكد المتحدث باسم الجماعة أن القوة الصاروخية أطلقت": a force of its own,
                // unnamed, right after أن.
                let own_force = subject.is_none()
                    && between.iter().position(|k| *k == "ان").is_some_and(|i| {
                        let unit = between.get(i + 1).copied().unwrap_or("");
                        between.len() <= i + 4
                            && (matches!(
                                unit,
                                "القوه"
                                    | "القوات"
                                    | "قوات"
                                    | "سلاح"
                                    | "الدفاعات"
                                    | "وحده"
                                    | "الوحده"
                                    | "وحدات"
                                    | "الوحدات"
                                    | "البحريه"
                                    | "مقاتلينا"
                                    | "مقاتلونا"
                                    // A camp's name for itself: "إن المقاومة ستستهدف حيفا".
                                    | "المقاومه"
                            ) || self.words.members.contains(unit)
                                // "إن مقاتليها استهدفوا": its own fighters.
                                || arabic::readings_shared(unit).iter().any(|r| {
                                    r.suffix.is_some() && self.words.members.contains(&r.stem)
                                }))
                    });
                // "أعلن الحوثيون، الأربعاء، استهداف سفينة": the attack noun is the verb's own
                // object, nothing but the speaker and time words between.
                let direct_noun = subject.is_none()
                    && self.armed_side(agent)
                    && (speech + 1..ts).all(|x| {
                        (agent.ext_start..agent.end).contains(&x)
                            || self.is_gap(x)
                            || self.a.tokens[x].is_punct(",")
                            || self.a.tokens[x].is_punct("،")
                    });
                own_unit
                    || own_force
                    || direct_noun
                    || subject.is_none_or(|s| s.entity == agent.entity)
                        && (between.iter().any(|k| {
                        *k == "عن" || k.starts_with("انه") || k.starts_with("انها") || *k == "انهم"
                    })
                        // "أعلن X أن مجموعة تابعة له استهدفت": one of its own units.
                        || between.windows(2).any(|w| {
                            w[0].contains("تابع") && matches!(w[1], "له" | "لها" | "لهم")
                        }))
            }
            Lang::En => {
                subject.is_none_or(|s| s.entity == agent.entity)
                    // "said its jets had destroyed", "said their fighters attacked": its own forces.
                    && between
                        .iter()
                        .any(|k| matches!(*k, "it" | "they" | "we" | "its" | "their" | "our"))
            }
        };
        own.then_some(agent)
    }

    /// Whether a speaker may be announcing its own attack: a state, an armed group, force or
    /// coalition, or a group the KB lacks that is not a ministry or another civil body ("أعلنت
    /// وزارة الصحة استهداف مستشفى" tells of an attack on it).
    pub(super) fn armed_side(&self, g: &Arg) -> bool {
        match self.entities[g.entity]
            .kb
            .map(|k| &self.res.kb.entries()[k])
        {
            Some(k) => {
                k.kind == EntityType::Country
                    || matches!(
                        k.subtype.as_deref(),
                        Some("armed-group" | "armed-forces" | "coalition" | "militia")
                    )
            }
            None => {
                g.kind == EntityType::Organization
                    && !arabic::readings_shared(self.key(g.start)).iter().any(|r| {
                        matches!(
                            r.stem.as_str(),
                            "وزاره"
                                | "هييه"
                                | "منظمه"
                                | "مكتب"
                                | "مجلس"
                                | "حكومه"
                                | "رياسه"
                                | "وكاله"
                        )
                    })
            }
        }
    }

    /// Object of a claim: the attack noun after it (and that attack's target), or the last attack.
    pub(super) fn claimed_target(
        &self,
        te: usize,
        right: usize,
        args: &[Arg],
        disc: &Discourse,
    ) -> (Option<usize>, bool) {
        let li = lang_index(self.lang);
        for t in te..(te + 8).min(self.a.sentences[self.a.sentence_of(te)].tokens.end) {
            let ms = self.res.triggers[li].matches_at(&self.a.tokens, t, right, true);
            if let Some(m) = ms.iter().find(|m| {
                m.value.relation == Predicate::Attacked && m.value.pos == TriggerPos::Noun
            }) {
                let target = args.iter().find(|g| {
                    g.ext_start >= m.end
                        && g.ext_start < right
                        && (m.value.markers.contains(&g.marker))
                });
                // "مسؤوليتها عن الهجوم الذي استهدف أربيل", "the attack that hit X".
                let sentence_end = self.a.sentences[self.a.sentence_of(te)].tokens.end;
                let relative = || {
                    (m.end..(m.end + 6).min(sentence_end)).find_map(|v| {
                        let vm =
                            self.res.triggers[li].matches_at(&self.a.tokens, v, sentence_end, true);
                        let verb = vm.iter().find(|x| {
                            x.value.relation == Predicate::Attacked
                                && x.value.pos == TriggerPos::Verb
                        })?;
                        let after =
                            |g: &&Arg| g.ext_start >= verb.end && g.ext_start < verb.end + 6;
                        args.iter()
                            .find(|g| {
                                after(g) && verb.value.markers.contains(&g.marker) && !g.locative
                            })
                            // "الذي استهدف مواقع عسكرية في مدينة عسقلان": the place of what it hit.
                            .or_else(|| {
                                args.iter().find(|g| {
                                    after(g)
                                        && g.locative
                                        && matches!(
                                            g.kind,
                                            EntityType::Location | EntityType::Facility
                                        )
                                })
                            })
                            .map(|g| g.entity)
                    })
                };
                let told = disc
                    .last_attack
                    .filter(|_| self.lang != Lang::En || !self.new_event_reference(te))
                    .map(|(e, _)| e);
                return (target.map(|g| g.entity).or_else(relative).or(told), true);
            }
        }
        let direct = args.iter().find(|g| {
            g.ext_start >= te
                && g.ext_start <= te + 2
                && matches!(g.marker.as_str(), "عن" | "for" | DIRECT)
        });
        if self.lang == Lang::En && direct.is_none() && self.new_event_reference(te) {
            return (None, false);
        }
        (
            direct
                .map(|g| g.entity)
                .or(disc.last_attack.map(|(e, _)| e)),
            false,
        )
    }

    /// The target (else the place) of the attack told last before `ts` in this sentence.
    pub(super) fn attack_before(
        &self,
        si: usize,
        start: usize,
        ts: usize,
        args: &[Arg],
        disc: &Discourse,
        subject: usize,
    ) -> Option<usize> {
        if let Some((o, _)) = disc
            .last_attack
            .filter(|&(o, s_si)| s_si == si && o != subject)
        {
            return Some(o);
        }
        let li = lang_index(self.lang);
        let noun = (start..ts).rev().find(|&x| {
            self.res.triggers[li]
                .matches_at(&self.a.tokens, x, x + 1, true)
                .iter()
                .any(|m| m.value.relation == Predicate::Attacked && m.value.pos == TriggerPos::Noun)
        })?;
        args.iter()
            .find(|g| g.ext_start > noun && g.end <= ts && g.entity != subject && g.kind.is_place())
            .map(|g| g.entity)
    }

    /// The English verb's subject is a definite attack noun: "the raids hit", "these strikes
    /// destroyed", "the Israeli air strikes targeted".
    pub(super) fn attack_noun_subject(&self, left: usize, ts: usize) -> bool {
        let Some(noun) = ts.checked_sub(1).filter(|&n| n >= left) else {
            return false;
        };
        let attack = matches!(
            self.key(noun),
            "raids"
                | "raid"
                | "strikes"
                | "strike"
                | "airstrikes"
                | "airstrike"
                | "attack"
                | "attacks"
                | "bombardment"
                | "shelling"
        );
        attack
            && (noun.saturating_sub(3).max(left)..noun)
                .any(|x| matches!(self.key(x), "the" | "these" | "those" | "this"))
    }
}
