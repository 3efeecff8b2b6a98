//! Tokens with byte offsets into the original text.

use super::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Matching key (see [`normalize`]); for punctuation, the character itself.
    pub key: String,
    /// Word in Arabic script.
    pub arabic: bool,
    /// The key's id ([`super::intern`]) for an Arabic word; `NONE` for others and tokens built
    /// by hand.
    pub id: u32,
    /// What the phrase matchers learnt about this token ([`crate::extract::phrases`]).
    pub starts: std::cell::Cell<StartMemo>,
}

/// Per phrase index slot, whether a phrase can start at a token: known and hit bits, valid in
/// one memo epoch.
#[derive(Debug, Clone, Copy, Default)]
pub struct StartMemo {
    pub epoch: u32,
    pub known: u64,
    pub hit: u64,
}

/// Tokens are equal by what they say; the id is only a memo handle.
impl PartialEq for Token {
    fn eq(&self, o: &Self) -> bool {
        (self.start, self.end, self.kind, &self.key, self.arabic)
            == (o.start, o.end, o.kind, &o.key, o.arabic)
    }
}

impl Eq for Token {}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, s: &str) -> bool {
        self.kind == TokenKind::Punct && self.key == s
    }

    /// First letter upper-case (Latin names).
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }
}

fn is_word_char(c: char) -> bool {
    // Fast paths for ASCII and the Arabic letters and digits (all alphanumeric), which are most
    // characters of a news text; the Unicode tables decide the rest.
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
        || c.is_alphanumeric()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{02BF}' | '\u{02BE}')
}

/// Splits `text` into words, numbers and punctuation. Apostrophes inside a Latin word stay in it
/// (Kata'ib), except a possessive `'s`, which becomes its own token.
pub fn tokenize(text: &str) -> Vec<Token> {
    // Walks byte offsets, decoding as it goes: no table of the text's characters.
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let start = i;
        if c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut end = start + c.len_utf8();
            let mut rest = text[end..].chars();
            while let Some(d) = rest.next() {
                let inner_apostrophe = is_apostrophe(d) && {
                    let mut after = rest.clone();
                    after.next().is_some_and(|n| {
                        n.is_alphabetic()
                            && !(matches!(n, 's' | 'S')
                                && after.next().is_none_or(|e| !e.is_alphanumeric()))
                    })
                };
                if is_word_char(d) || inner_apostrophe {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            let word = &text[start..end];
            let key = normalize::key(word);
            let arabic = !word.is_ascii() && word.chars().any(super::is_arabic_char);
            let numeric = key.bytes().all(|b| b.is_ascii_digit());
            tokens.push(Token {
                start,
                end,
                kind: if numeric {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                arabic,
                id: if arabic {
                    super::intern::intern(&key)
                } else {
                    super::intern::NONE
                },
                key,
                starts: Default::default(),
            });
            i = end;
        } else {
            let end = start + c.len_utf8();
            let key = match c {
                '\u{060C}' => ",".to_string(),
                '\u{061B}' => ";".to_string(),
                '\u{061F}' => "?".to_string(),
                '“' | '”' | '«' | '»' | '„' | '″' => "\"".to_string(),
                '–' | '—' | '‒' | '―' => "—".to_string(),
                '\'' | '‘' | '’' => "'".to_string(),
                c => c.to_string(),
            };
            tokens.push(Token {
                start,
                end,
                kind: TokenKind::Punct,
                // The matchers stop at punctuation before asking for an id.
                id: super::intern::NONE,
                key,
                arabic: false,
                starts: Default::default(),
            });
            i = end;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_possessive_and_keeps_inner_apostrophe() {
        let t = tokenize("Iran's Kata'ib al-Sudani، وصل.");
        let keys: Vec<_> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            ["iran", "'", "s", "kataib", "al", "-", "sudani", ",", "وصل", "."]
        );
    }
}
