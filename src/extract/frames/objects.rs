//! Objects of a frame: the arguments after the trigger, their conjuncts, and the owners or places
//! that stand for an unnamed target.

use super::*;

impl Ctx<'_> {
    pub(super) fn objects(
        &self,
        from: usize,
        right: usize,
        args: &[Arg],
        allowed: &dyn Fn(&Arg) -> bool,
        object_type: &dyn Fn(&Arg) -> bool,
        subject: usize,
    ) -> Option<Vec<usize>> {
        // A condition's clause has its own arguments ("لوح باستهداف … إذا انطلق هجوم على إيران"),
        // unless the verb's complement is the condition ("warned that if Israel attacked").
        // Nor does an attribution ("بحسب مسؤولين عراقيين", "according to Iraqi officials").
        let right = (from + 1..right)
            .find(|&x| {
                (matches!(self.key(x), "اذا" | "لو" | "if" | "unless")
                    && !matches!(self.key(x - 1), "that" | "ان" | "انه" | "انها" | "بانه"))
                    || matches!(self.key(x), "بحسب" | "حسب" | "وفقا" | "وفق" | "according")
                    // "التقت X في دمشق برفقة نظيرها Y": a companion is no object.
                    || self.key(x) == "برفقه"
                    // "قصفت المطار بعد أن هاجم X": a clause of its own.
                    || (matches!(self.key(x), "بعد" | "قبل")
                        && x + 1 < right
                        && self.key(x + 1) == "ان")
                    || self.key(x) == "عندما"
                    || (self.key(x) == "accompanied" && self.key(x - 1) == ",")
                    || self.trailing_attribution(x)
            })
            .unwrap_or(right);
        let mut it = args
            .iter()
            .filter(|g| g.ext_start >= from && g.ext_start < right)
            .peekable();
        // "the Turkish border town of Karkamis": the demonym qualifies the place named after it.
        // "his Saudi and Emirati counterparts, Prince X and Sheikh Y": the demonyms qualify the
        // people named after them.
        let lower = |x: usize| {
            self.a.tokens[x].kind == TokenKind::Word
                && !self.a.tokens[x].is_capitalized(self.a.text)
        };
        let qualifies_next = |g: &Arg| {
            // ("Saudi" may be read as the country's short name rather than as a demonym.)
            if self.lang != Lang::En || !(g.adjective || g.kind == EntityType::Country) {
                return false;
            }
            // Past the demonyms coordinated with this one.
            let mut end = g.end;
            for h in args.iter().filter(|h| h.ext_start >= g.end) {
                if h.adjective && (end..h.ext_start).all(|x| matches!(self.key(x), "and" | ",")) {
                    end = h.end;
                } else {
                    break;
                }
            }
            args.iter().any(|h| {
                h.ext_start > end
                    && h.ext_start <= end + 5
                    && ((g.adjective
                        && self.key(h.ext_start - 1) == "of"
                        && (end..h.ext_start - 1).all(lower))
                        || (h.kind == EntityType::Person
                            && (end..h.ext_start).any(|x| self.key(x).starts_with("counterpart"))
                            && (end..h.ext_start).all(|x| {
                                self.a.tokens[x].kind == TokenKind::Word
                                    || self.a.tokens[x].is_punct(",")
                            })))
            })
        };
        // The people a skipped demonym qualifies take its preposition ("with his Saudi
        // counterpart, X").
        let mut inherited = false;
        let first = loop {
            let g = it.next()?;
            if g.entity != subject
                && object_type(g)
                && !(g.locative && g.marker == DIRECT)
                && qualifies_next(g)
                && allowed(g)
                && g.kind != EntityType::Person
            {
                inherited = true;
                continue;
            }
            if g.entity != subject
                && (allowed(g)
                    || (inherited && g.marker == DIRECT && g.kind == EntityType::Person)
                    // "at the northern Israeli community of Beit Hillel"
                    || (inherited && g.marker == "of" && g.kind.is_place()))
                && object_type(g)
                && !(g.locative && g.marker == DIRECT)
                && !qualifies_next(g)
            {
                break g;
            }
        };
        let mut out = vec![first.entity];
        let mut last_end = first.end;
        for g in it {
            // "talks between X, secretary of Iran's council, and Y": names inside an apposition
            // are no conjuncts, and the apposition joins like a comma (English).
            let appos = self.apposition_end(last_end);
            if appos.is_some_and(|c| g.ext_start < c) {
                continue;
            }
            let gap_from = appos.unwrap_or(last_end);
            // "… near Hasakah in north-east Syria and Ain al-Asad": places between coordinated
            // objects are skipped, unless the trigger's own preposition marks them ("fired at X and Y").
            let own_marker = (!matches!(g.marker.as_str(), DIRECT | "ب" | "في" | "in")
                // "arrived in X and then in Y": places are what a visit's "in" marks (English).
                || (self.lang == Lang::En
                    && g.marker == "in"
                    && (last_end..g.ext_start).any(|x| self.key(x) == "and")))
                && g.marker == first.marker
                && allowed(g);
            let facility = g.locative && !own_marker && self.named_facility(g, args);
            if g.locative && !own_marker && !facility {
                continue;
            }
            let between_ok = (gap_from..g.ext_start).all(|x| {
                let k = self.key(x);
                matches!(k, "," | "و" | "and")
                    || self.is_gap(x)
                    || self.word_in(x, &self.words.prepositions)
                    || args
                        .iter()
                        .any(|o| o.locative && (o.ext_start..o.end).contains(&x))
                    || self.is_locative_word(x)
                    || self.target_noun_gap(x)
            });
            // "على مواقع لوحدات حماية الشعب … ولحزب العمال": the owner's ل repeats on the next
            // conjunct.
            let owner_l = g.marker == "ل"
                && first.marker != "ل"
                && self.a.tokens[first.ext_start].arabic
                && arabic::readings_shared(self.key(first.ext_start))
                    .iter()
                    .any(|r| r.prep == Some('ل'));
            if g.conj
                && between_ok
                && (g.marker == first.marker || g.marker == DIRECT || owner_l)
                && object_type(g)
                && !g.locative
            {
                if !out.contains(&g.entity) && g.entity != subject {
                    out.push(g.entity);
                }
                last_end = g.end;
            } else if between_ok
                && ((g.marker == first.marker && allowed(g)) || facility)
                && object_type(g)
            {
                // X, Y and Z
                if !out.contains(&g.entity) && g.entity != subject {
                    out.push(g.entity);
                }
                last_end = g.end;
            } else {
                break;
            }
        }
        Some(out)
    }

    /// English attack on an unnamed target: the actor or places it belongs to, close after the
    /// trigger in one phrase: "bases of the RSF", "the airports of X and Y", "Hezbollah
    /// positions", "sites in the provinces of X, Y and Z".
    pub(super) fn unnamed_target_owner(
        &self,
        te: usize,
        right: usize,
        args: &[Arg],
        subject: usize,
    ) -> Option<Vec<usize>> {
        const HEADS: &[&str] = TARGET_HEADS;
        let end = right.min(te + 14);
        for g in args
            .iter()
            .filter(|g| g.ext_start >= te && g.ext_start < end)
        {
            if self.crosses_verb(te, g.ext_start) || g.entity == subject {
                return None;
            }
            // Past determiners and up to two modifiers ("of the paramilitary RSF").
            let mut b = g.ext_start;
            let mut modifiers = 0;
            while b > te {
                let t = &self.a.tokens[b - 1];
                if matches!(self.key(b - 1), "the" | "a" | "an") {
                    b -= 1;
                } else if modifiers < 2
                    && t.kind == TokenKind::Word
                    && !t.is_capitalized(self.a.text)
                    && !self.word_in(b - 1, &self.words.prepositions)
                    && !HEADS.contains(&self.key(b - 1))
                {
                    modifiers += 1;
                    b -= 1;
                } else {
                    break;
                }
            }
            let of_head =
                b >= te + 2 && self.key(b - 1) == "of" && HEADS.contains(&self.key(b - 2));
            let head_after =
                g.end < end && HEADS.contains(&self.key(g.end)) && g.kind.is_actor() && !g.locative;
            // "military sites in Najran": the place of an unnamed target.
            let in_head = g.locative
                && g.kind.is_place()
                && b >= te + 2
                && matches!(self.key(b - 1), "in" | "at" | "near")
                && HEADS.contains(&self.key(b - 2));
            if of_head || head_after || in_head {
                let ok = |h: &Arg| h.entity != subject && !h.adjective;
                return Some(self.conjuncts(g, args, &ok));
            }
            // Past the first argument, only a place qualifying the target phrase may follow.
            if !g.locative {
                return None;
            }
        }
        None
    }

    /// "hit depots of the Nujaba militia, an Iraqi faction, in Jurf al-Sakhar and a fifth in
    /// the town of Qaim": the towns where the owner's sites were hit are targets too.
    pub(super) fn owned_target_places(
        &self,
        te: usize,
        right: usize,
        args: &[Arg],
        objs: &[usize],
        subject: usize,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(owner) = args.iter().find(|g| {
            let mut b = g.ext_start;
            if b > te && self.key(b - 1) == "the" {
                b -= 1;
            }
            objs.contains(&g.entity)
                && !g.locative
                && b >= te + 2
                && self.key(b - 1) == "of"
                && TARGET_HEADS.contains(&self.key(b - 2))
        }) else {
            return out;
        };
        let end = right.min(owner.end + 20);
        for h in args
            .iter()
            .filter(|h| h.ext_start >= owner.end && h.ext_start < end)
        {
            if self.crosses_verb(owner.end, h.ext_start)
                || (owner.end..h.ext_start).any(|x| {
                    self.is_boundary(x)
                        || matches!(self.key(x), "which" | "who" | "where" | "after" | "while")
                })
            {
                break;
            }
            if h.locative
                && matches!(h.marker.as_str(), "in" | "near")
                && h.kind == EntityType::Location
                && h.entity != subject
                && !out.contains(&h.entity)
            {
                out.push(h.entity);
            }
        }
        out
    }

    /// Places an "including" list adds right after the targets: "attacks on X, including one
    /// east of the town of Y and one at Z" (English; up to a quote, boundary or verb).
    pub(super) fn including_targets(
        &self,
        te: usize,
        end: usize,
        args: &[Arg],
        objs: &[usize],
    ) -> Vec<usize> {
        let last = args
            .iter()
            .filter(|g| objs.contains(&g.entity) && g.ext_start >= te)
            .map(|g| g.end)
            .max();
        let Some(last) = last else {
            return Vec::new();
        };
        let Some(inc) = (last..(last + 3).min(end)).find(|&x| self.key(x) == "including") else {
            return Vec::new();
        };
        let stop = (inc + 1..end.min(inc + 16))
            .find(|&x| {
                self.is_boundary(x)
                    || crate::extract::mentions::is_quote_token(&self.a.tokens[x])
                    || self.word_in(x, &self.words.speech)
            })
            .unwrap_or(end.min(inc + 16));
        args.iter()
            .filter(|g| g.ext_start > inc && g.end <= stop && g.kind.is_place() && !g.adjective)
            .map(|g| g.entity)
            .collect()
    }

    /// English: a common facility noun after a named target, or a short aside, does not end a
    /// list of targets: "struck refineries in Yanbu, Taif and Najran airports, Tabuk
    /// base and …".
    pub(super) fn target_noun_gap(&self, x: usize) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let tok = &self.a.tokens[x];
        if matches!(tok.key.as_str(), "(" | ")") {
            return !self.is_boundary(x);
        }
        tok.kind == TokenKind::Word
            && !tok.is_capitalized(self.a.text)
            && matches!(
                tok.key.as_str(),
                "airport"
                    | "airports"
                    | "base"
                    | "bases"
                    | "facility"
                    | "facilities"
                    | "refinery"
                    | "refineries"
                    | "port"
                    | "ports"
                    | "plant"
                    | "plants"
                    | "installations"
                    | "terminal"
                    | "terminals"
            )
    }

    /// English: a place coordinated into a locative ("in Taif, Najran and Tabuk airports") that a
    /// facility noun follows names the facility, not where it is.
    pub(super) fn named_facility(&self, g: &Arg, args: &[Arg]) -> bool {
        if self.lang != Lang::En
            || g.ext_start == 0
            || !matches!(self.key(g.ext_start - 1), "," | "and")
        {
            return false;
        }
        let mut x = g.end;
        while x < self.a.tokens.len() && x < g.end + 8 {
            if matches!(self.key(x), "," | "and") {
                x += 1;
            } else if let Some(h) = args.iter().find(|h| h.ext_start == x) {
                // "Najran and Abha airports": the last conjunct took the facility noun in.
                if h.kind == EntityType::Facility && self.target_noun_gap(h.end - 1) {
                    return true;
                }
                x = h.end;
            } else {
                return self.a.tokens[x].kind == TokenKind::Word && self.target_noun_gap(x);
            }
        }
        false
    }

    /// `first` and the mentions coordinated with it ("by X and Y", "X وY").
    /// The items an Arabic enumeration names after a plural or dual noun: "، هي X وY وZ",
    /// "هما X وY", "بينها X" (each item may carry its place: "هما عين الأسد في الأنبار وأربيل").
    pub(super) fn enumerated(
        &self,
        te: usize,
        right: usize,
        args: &[Arg],
        ok: &dyn Fn(&Arg) -> bool,
        subject: usize,
    ) -> Option<Vec<usize>> {
        if self.lang != Lang::Ar {
            return None;
        }
        let k = (te..right).find(|&x| {
            matches!(
                self.key(x),
                "هي" | "هما" | "وهي" | "وهما" | "بينها" | "بينهما" | "منها" | "ومنها"
            ) && self.a.tokens[x - 1].is_punct(",")
        })?;
        let first = args
            .iter()
            .find(|g| g.ext_start > k && g.ext_start <= k + 2 && !g.locative)
            .filter(|g| ok(g) && g.entity != subject)?;
        let mut out = vec![first.entity];
        let mut last = first.end;
        for g in args
            .iter()
            .filter(|g| g.ext_start >= first.end && g.ext_start < right)
        {
            let between = (last..g.ext_start).all(|x| {
                matches!(self.key(x), "," | "و") || self.is_gap(x) || self.is_locative_word(x)
            });
            if !between {
                break;
            }
            if g.locative && g.kind.is_place() && !g.conj {
                last = g.end;
                continue;
            }
            if !(g.conj && ok(g)) {
                break;
            }
            if g.entity != subject && !out.contains(&g.entity) {
                out.push(g.entity);
            }
            last = g.end;
        }
        Some(out)
    }

    pub(super) fn conjuncts(
        &self,
        first: &Arg,
        args: &[Arg],
        ok: &dyn Fn(&Arg) -> bool,
    ) -> Vec<usize> {
        let mut out = vec![(first.entity, true)];
        let mut last = first.end;
        for g in args.iter().filter(|g| g.ext_start >= first.end) {
            // "between X, secretary of Iran's council, and Y" (English).
            let appos = self.apposition_end(last);
            if appos.is_some_and(|c| g.ext_start < c) {
                continue;
            }
            let between = (appos.unwrap_or(last)..g.ext_start)
                .all(|x| matches!(self.key(x), "," | "و" | "and"));
            if !(g.conj && between && ok(g)) {
                break;
            }
            // Joined by a conjunction, or by a comma only (X, Y and Z; not "X, Iran TV said").
            let conjunction = self.a.tokens[g.ext_start].arabic
                || (last..g.ext_start).any(|x| matches!(self.key(x), "و" | "and"));
            out.push((g.entity, conjunction));
            last = g.end;
        }
        // A list ends with a conjunction: trailing comma-joined items are something else.
        while out.len() > 1 && !out.last().is_some_and(|&(_, c)| c) {
            out.pop();
        }
        out.into_iter().map(|(e, _)| e).collect()
    }

    /// English: the closing comma of an apposition that opens at `at` and is followed by "and"
    /// ("X, secretary of the council, and Y"): a short phrase with no verb, conjunction or quote.
    pub(super) fn apposition_end(&self, at: usize) -> Option<usize> {
        if self.lang != Lang::En || at >= self.a.tokens.len() || self.key(at) != "," {
            return None;
        }
        let close = (at + 1..(at + 14).min(self.a.tokens.len())).find(|&x| self.key(x) == ",")?;
        let plain = (at + 1..close).all(|x| {
            let t = &self.a.tokens[x];
            !matches!(self.key(x), "and" | "or" | "who" | "which")
                && !is_quote_token(t)
                && !self.is_boundary(x)
                && !self.word_in(x, &self.words.speech)
        });
        (plain && close > at + 2 && self.a.tokens.get(close + 1).is_some_and(|t| t.key == "and"))
            .then_some(close)
    }

    /// English: a comma that opens a closing attribution ("…, U.S. Central Command said."): its
    /// source is no object of the verb before.
    pub(super) fn trailing_attribution(&self, x: usize) -> bool {
        if self.lang != Lang::En || self.key(x) != "," {
            return false;
        }
        let n = self.a.tokens.len();
        let Some(v) = (x + 2..(x + 8).min(n))
            .take_while(|&y| self.key(y) != "," && !is_quote_token(&self.a.tokens[y]))
            .find(|&y| self.word_in(y, &self.words.speech))
        else {
            return false;
        };
        // The source reads as a name or a noun phrase, and the sentence ends soon after.
        // ("the Saudi foreign ministry said": lower-case words of a noun phrase, but no verb
        // form or clause word.)
        (x + 1..v).all(|y| {
            let t = &self.a.tokens[y];
            let k = self.key(y);
            t.kind != TokenKind::Word
                || t.is_capitalized(self.a.text)
                || !(k.ends_with("ing")
                    || k.ends_with("ed")
                    || matches!(
                        k,
                        "and"
                            | "or"
                            | "who"
                            | "which"
                            | "that"
                            | "to"
                            | "it"
                            | "he"
                            | "she"
                            | "they"
                    ))
        }) && (v + 1..(v + 8).min(n)).all(|y| !self.word_in(y, &self.words.speech))
            && self.a.sentence_of(v) == self.a.sentence_of(x)
            && (v + 1..(v + 8).min(n + 1)).any(|y| {
                y >= n || self.a.sentence_of(y) != self.a.sentence_of(x) || self.key(y) == "."
            })
    }

    /// Objects after `from`: the first allowed mention and those coordinated with it.
    /// "واستقبل العراق جولات من المحادثات مهدت لاتفاق بكين": the guest of an Arabic meeting verb
    /// follows the verb and its subject closely; when other words fill the slot first, a name
    /// further on is no guest.
    pub(super) fn far_direct_guest(
        &self,
        row: &TriggerRow,
        from: usize,
        object: usize,
        args: &[Arg],
    ) -> bool {
        self.lang == Lang::Ar
            && row.relation == Predicate::MetWith
            && args
                .iter()
                .find(|g| g.entity == object && g.ext_start >= from)
                .is_some_and(|g| {
                    // Indefinite words other than prepositions: a title's words before the guest
                    // ("المرجع الشيعي الأعلى في العراق") are definite.
                    let filler = (from..g.ext_start)
                        .filter(|&x| {
                            self.a.tokens[x].kind == TokenKind::Word
                                && !self.is_gap(x)
                                && !self.key(x).starts_with("ال")
                                && !self.word_in(x, &self.words.prepositions)
                                && !args.iter().any(|o| (o.ext_start..o.end).contains(&x))
                        })
                        .count();
                    g.marker == DIRECT && filler > 3
                })
    }
}
