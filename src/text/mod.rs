//! Text analysis: sentences and tokens with offsets into the original text, plus matching keys.
//!
//! The one public entry is [`analyze`]. Nothing here changes the text; normalisation only
//! produces keys (see [`normalize`]).

pub mod arabic;
pub mod intern;
pub mod normalize;
#[cfg(test)]
mod proptests;
pub mod sentences;
pub mod tokens;

pub use tokens::{Token, TokenKind};

/// A sentence: byte span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
}

/// The analysed text of one document.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Analysis<'a> {
    /// Index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= t)
            .min(self.sentences.len().saturating_sub(1))
    }

    pub fn token_text(&self, t: usize) -> &'a str {
        self.tokens[t].text(self.text)
    }
}

/// Splits `text` into sentences and tokens.
pub fn analyze(text: &str) -> Analysis<'_> {
    let tokens = tokens::tokenize(text);
    let spans = sentences::split(text);
    let mut sentences = Vec::with_capacity(spans.len());
    let mut t = 0;
    for (start, end) in spans {
        while t < tokens.len() && tokens[t].start < start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end <= end {
            t += 1;
        }
        sentences.push(Sentence {
            start,
            end,
            tokens: first..t,
        });
    }
    Analysis {
        text,
        tokens,
        sentences,
    }
}

/// Letters of the Arabic script (Arabic, Persian, Urdu and their presentation forms).
pub fn is_arabic_char(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Converts byte offsets to code-point offsets, for the JSON contract.
pub struct CharIndex {
    /// Byte offset of every char boundary, plus the text length.
    boundaries: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        CharIndex { boundaries }
    }

    /// Code-point offset of byte offset `b` (which must be a char boundary).
    pub fn chars(&self, b: usize) -> usize {
        self.boundaries.partition_point(|&x| x < b)
    }
}
