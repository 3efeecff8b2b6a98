//! Sentence splitting for news text in Arabic and English.
//!
//! A sentence ends at a line break, or at `. ! ? ؟ …` followed by space, a closing quote or the
//! end, except after abbreviations (U.S., Gen., Dr., د.) and inside numbers. Captions, datelines and
//! embedded tweets sit on their own lines, so line breaks end a sentence, unless the line ends in a
//! comma (hard-wrapped copy).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Longest sentence, in characters, that extraction reads whole. Frames look at pairs of mentions
/// in a sentence, so a "sentence" of 300 000 characters (a scraped page without punctuation) takes
/// minutes; longer ones are cut into pieces at a space.
pub const DEFAULT_MAX_SENTENCE_CHARS: usize = 2000;

static MAX_SENTENCE_CHARS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_SENTENCE_CHARS);

/// Sets the sentence limit for the whole process (0 = no limit); the CLI sets it once at start.
pub fn set_max_chars(n: usize) {
    MAX_SENTENCE_CHARS.store(n, Ordering::Relaxed);
}

/// The sentence limit in force (0 = no limit).
pub fn max_chars() -> usize {
    MAX_SENTENCE_CHARS.load(Ordering::Relaxed)
}

/// Byte spans `(start, end)` of sentences, trimmed of surrounding whitespace; a sentence longer
/// than [`max_chars`] is cut into pieces of at most that many characters.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let max = max_chars();
    let spans = split_whole(text);
    if max == 0 {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        cut(text, start, end, max, &mut out);
    }
    out
}

/// How many sentences of `text` are longer than [`max_chars`] (and so are cut).
pub fn overlong(text: &str) -> usize {
    let max = max_chars();
    if max == 0 {
        return 0;
    }
    split_whole(text)
        .into_iter()
        .filter(|&(s, e)| text[s..e].chars().nth(max).is_some())
        .count()
}

/// Pieces of at most `max` characters, cut at the last whitespace before the limit when there is one.
fn cut(text: &str, start: usize, end: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    let mut s = start;
    while s < end {
        let Some((b, _)) = text[s..end].char_indices().nth(max) else {
            push_trimmed(text, s, end, out);
            return;
        };
        let limit = s + b;
        let at = text[s..limit]
            .rfind(char::is_whitespace)
            .map(|i| s + i)
            .filter(|&i| i > s)
            .unwrap_or(limit);
        push_trimmed(text, s, at, out);
        s = at;
    }
}

fn split_whole(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let mut cut = None;
        if c == '\n' {
            // A line that ends in a comma goes on (hard-wrapped copy: "يرافقه كل من X،\nوY").
            let before = text[start..b].trim_end();
            if !(before.ends_with(',') || before.ends_with('،')) {
                cut = Some((b, b + 1));
            }
        } else if matches!(c, '.' | '!' | '?' | '؟' | '…' | '。') {
            let mut j = i + 1;
            // Runs of terminal punctuation and closing quotes/brackets stay with the sentence.
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '؟' | '…' | '"' | '”' | '’' | '»' | ')' | '\''
                )
            {
                j += 1;
            }
            let next = chars.get(j).map(|&(_, c)| c);
            let at_break = next.is_none_or(|n| n.is_whitespace());
            if at_break && !(c == '.' && is_abbreviation(text, &chars, i)) {
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                cut = Some((end, end));
                i = j - 1;
            }
        }
        if let Some((end, next_start)) = cut {
            push_trimmed(text, start, end, &mut out);
            start = next_start;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((start + lead, end - trail));
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "sen", "rep",
    "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "brig", "pres", "amb",
    "approx", "est", "spc", "pfc", "cpl", "pvt", "د", "م", "ص", "ه",
];

/// Whether the period at `chars[i]` ends an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    let mut j = i;
    while j > 0 && chars[j - 1].1.is_alphabetic() {
        j -= 1;
    }
    if j == i {
        return false;
    }
    let word = &text[chars[j].0..chars[i].0];
    // Initials and dotted acronyms: "U.S.", "J. Smith", "a.m."
    if word.chars().count() == 1
        && (word.chars().all(|c| c.is_uppercase()) || (j > 0 && chars[j - 1].1 == '.'))
    {
        let next_upper = chars[i + 1..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        // "U.S. officials" keeps going; "in the U.S. The next" is ambiguous: keep it together
        // unless the next word is a known sentence opener.
        let _ = next_upper;
        return true;
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn english_abbreviations_do_not_split() {
        assert_eq!(
            sents("U.S. Secretary of State Antony Blinken met Gen. Smith. He left."),
            [
                "U.S. Secretary of State Antony Blinken met Gen. Smith.",
                "He left."
            ]
        );
    }

    #[test]
    fn a_line_ending_in_a_comma_goes_on() {
        assert_eq!(
            sents(
                "ويرافقه كل من وزير الخارجية،\nومدير المخابرات.\nالرياض (وكالات)\nEnd,\nstill one."
            ),
            [
                "ويرافقه كل من وزير الخارجية،\nومدير المخابرات.",
                "الرياض (وكالات)",
                "End,\nstill one."
            ]
        );
    }

    #[test]
    fn arabic_and_lines() {
        assert_eq!(
            sents("وصل الوزير إلى بغداد. والتقى رئيس الوزراء؟ نعم\nسطر آخر"),
            [
                "وصل الوزير إلى بغداد.",
                "والتقى رئيس الوزراء؟",
                "نعم",
                "سطر آخر"
            ]
        );
    }

    #[test]
    fn long_sentences_are_cut_at_spaces() {
        let t = "word ".repeat(1000);
        let mut pieces = Vec::new();
        cut(&t, 0, t.len(), 12, &mut pieces);
        assert!(pieces.iter().all(|&(s, e)| t[s..e].chars().count() <= 12));
        assert!(pieces.iter().all(|&(s, e)| &t[s..e] == "word word"));
        // No space: a hard cut on a char boundary.
        let t = "ب".repeat(25);
        let mut pieces = Vec::new();
        cut(&t, 0, t.len(), 10, &mut pieces);
        let lens: Vec<usize> = pieces
            .iter()
            .map(|&(s, e)| t[s..e].chars().count())
            .collect();
        assert_eq!(lens, [10, 10, 5]);
    }

    #[test]
    fn closing_quote_stays() {
        assert_eq!(
            sents("He said: “We will respond.” Then"),
            ["He said: “We will respond.”", "Then"]
        );
    }
}
