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
        if end - s <= max {
            // No more characters than bytes: nothing to cut.
            push_trimmed(text, s, end, out);
            return;
        }
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
    let bytes = text.as_bytes();
    // Byte by byte: only a line break and the terminal marks matter, and the non-ASCII ones
    // (؟ … 。) start with lead bytes that no other byte of UTF-8 text equals.
    let mut b = 0;
    while b < bytes.len() {
        let c = match bytes[b] {
            b'\n' | b'.' | b'!' | b'?' => char::from(bytes[b]),
            0xD8 | 0xE2 | 0xE3 => text[b..].chars().next().unwrap_or(' '),
            _ => {
                b += 1;
                continue;
            }
        };
        let mut cut = None;
        let mut next_b = b + c.len_utf8();
        if c == '\n' {
            // A line that ends in a comma goes on (hard-wrapped copy: "يرافقه كل من X،\nوY").
            let before = text[start..b].trim_end();
            if !(before.ends_with(',') || before.ends_with('،')) {
                cut = Some((b, b + 1));
            }
        } else if matches!(c, '.' | '!' | '?' | '؟' | '…' | '。') {
            // Runs of terminal punctuation and closing quotes/brackets stay with the sentence.
            let mut j = next_b;
            let mut next = None;
            for d in text[j..].chars() {
                if matches!(
                    d,
                    '.' | '!' | '?' | '؟' | '…' | '"' | '”' | '’' | '»' | ')' | '\''
                ) {
                    j += d.len_utf8();
                } else {
                    next = Some(d);
                    break;
                }
            }
            let at_break = next.is_none_or(|n| n.is_whitespace());
            if at_break && !(c == '.' && is_abbreviation(text, b)) {
                cut = Some((j, j));
                next_b = j;
            }
        }
        if let Some((end, next_start)) = cut {
            push_trimmed(text, start, end, &mut out);
            start = next_start;
        }
        b = next_b;
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

/// Chars in the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// Whether the period at byte `at` ends an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, at: usize) -> bool {
    let mut j = at;
    let mut n = 0;
    for c in text[..at].chars().rev() {
        // Arabic letters first: the Unicode table is slow, and this runs at every period.
        let alphabetic = c.is_ascii_alphabetic()
            || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
            || (!c.is_ascii() && c.is_alphabetic());
        if !alphabetic {
            break;
        }
        n += 1;
        if n > LONGEST_ABBREVIATION {
            // Lowercase has at least as many chars: no abbreviation, and not one letter.
            return false;
        }
        j -= c.len_utf8();
    }
    if j == at {
        return false;
    }
    let word = &text[j..at];
    // Initials and dotted acronyms: "U.S.", "J. Smith", "a.m."
    if word.chars().count() == 1
        && (word.chars().all(|c| c.is_uppercase()) || text[..j].ends_with('.'))
    {
        // "U.S. officials" keeps going; "in the U.S. The next" is ambiguous: keep it together.
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
    fn longest_abbreviation_is_right() {
        let longest = ABBREVIATIONS.iter().map(|a| a.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn closing_quote_stays() {
        assert_eq!(
            sents("He said: “We will respond.” Then"),
            ["He said: “We will respond.”", "Then"]
        );
    }
}
