//! Sentence splitting for news text in Arabic and English.
//!
//! A sentence ends at a line break, or at `. ! ? ؟ …` followed by space, a closing quote or the
//! end, except after abbreviations (U.S., Gen., Dr., د.) and inside numbers. Captions, datelines and
//! embedded tweets sit on their own lines, so line breaks always end a sentence.

/// Byte spans `(start, end)` of sentences, trimmed of surrounding whitespace.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let mut cut = None;
        if c == '\n' {
            cut = Some((b, b + 1));
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
    "approx", "est", "د", "م", "ص", "ه",
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
    fn closing_quote_stays() {
        assert_eq!(
            sents("He said: “We will respond.” Then"),
            ["He said: “We will respond.”", "Then"]
        );
    }
}
