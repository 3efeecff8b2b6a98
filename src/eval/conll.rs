//! Named-entity scoring on CoNLL files with the semantics of `conlleval` (CoNLL-2000 script):
//! chunk-level exact match of span and type, precision over predicted chunks, recall over gold
//! chunks. Chunks are read the way `conlleval` reads them: an `I-X` after `O` or after another
//! type opens a chunk of type X (so "I- without B-" is a chunk, not an error), `B-`/`S-` always open
//! one, `E-`/`S-` close one; the end of a sentence closes every chunk.
//!
//! Input: one token per line, whitespace-separated columns whose last one is a BIO tag (gold
//! files: `token TAG`; scored files: `token ... GOLD PREDICTED`), a blank line between sentences.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Serialize;

use super::EvalError;

/// One line of a CoNLL file: the token and every tag column after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub token: String,
    pub tags: Vec<String>,
}

/// Sentences of a CoNLL file. `-DOCSTART-` lines are dropped; a line with only one column is an error.
pub fn parse(path: &str, content: &str) -> Result<Vec<Vec<Row>>, EvalError> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for (n, line) in content.lines().enumerate() {
        let mut cols = line.split_whitespace();
        let Some(token) = cols.next() else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        };
        if token == "-DOCSTART-" {
            continue;
        }
        let tags: Vec<String> = cols.map(str::to_string).collect();
        if tags.is_empty() {
            return Err(EvalError::Io {
                path: format!("{path}:{}", n + 1),
                message: format!("not a CoNLL line (token and tag columns): {line:?}"),
            });
        }
        current.push(Row {
            token: token.to_string(),
            tags,
        });
    }
    if !current.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// A chunk: token span `[start, end)` and type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

/// Splits a tag into prefix and type as `conlleval` does (`B-PERS` → `B`, `PERS`; `O` → `O`, ``).
fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((p, t)) => (p, t),
        None => (tag, ""),
    }
}

fn ends(prev: &str, tag: &str, prev_type: &str, kind: &str) -> bool {
    matches!(prev, "E" | "S" | "]")
        || (matches!(prev, "B" | "I") && matches!(tag, "B" | "S" | "O"))
        || (prev != "O" && prev != "." && prev_type != kind)
}

fn starts(prev: &str, tag: &str, prev_type: &str, kind: &str) -> bool {
    matches!(tag, "B" | "S" | "[")
        || (matches!(prev, "E" | "S" | "O") && matches!(tag, "E" | "I"))
        || (tag != "O" && tag != "." && prev_type != kind)
}

/// The chunks of one sentence's tag sequence.
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let (mut prev, mut prev_type) = ("O", "");
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags
        .iter()
        .map(|t| t.as_ref())
        .chain(std::iter::once("O"))
        .enumerate()
    {
        let (tag, kind) = split_tag(t);
        if let Some((s, k)) = open {
            if ends(prev, tag, prev_type, kind) {
                out.push(Chunk {
                    start: s,
                    end: i,
                    kind: k.to_string(),
                });
                open = None;
            }
        }
        if starts(prev, tag, prev_type, kind) {
            open = Some((i, kind));
        }
        (prev, prev_type) = (tag, kind);
    }
    out
}

/// Chunk counts of one type, or of all.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct ChunkCounts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl ChunkCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of a tagged corpus.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct NerReport {
    pub sentences: usize,
    pub tokens: usize,
    pub tokens_correct: usize,
    pub overall: ChunkCounts,
    pub by_type: BTreeMap<String, ChunkCounts>,
}

impl NerReport {
    /// Adds one sentence: gold and predicted tags, same length.
    pub fn add<S: AsRef<str>, T: AsRef<str>>(&mut self, gold: &[S], predicted: &[T]) {
        assert_eq!(gold.len(), predicted.len(), "one predicted tag per token");
        self.sentences += 1;
        self.tokens += gold.len();
        self.tokens_correct += gold
            .iter()
            .zip(predicted)
            .filter(|(g, p)| g.as_ref() == p.as_ref())
            .count();
        let g: BTreeSet<Chunk> = chunks(gold).into_iter().collect();
        let p: BTreeSet<Chunk> = chunks(predicted).into_iter().collect();
        for c in &g {
            self.overall.gold += 1;
            self.by_type.entry(c.kind.clone()).or_default().gold += 1;
        }
        for c in &p {
            let hit = g.contains(c);
            for counts in [
                &mut self.overall,
                self.by_type.entry(c.kind.clone()).or_default(),
            ] {
                counts.predicted += 1;
                counts.correct += usize::from(hit);
            }
        }
    }

    /// A table in the spirit of `conlleval`'s output.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "sentences: {}, tokens: {}, token accuracy: {:.4}",
            self.sentences,
            self.tokens,
            ratio(self.tokens_correct, self.tokens)
        );
        let _ = writeln!(
            out,
            "{:<8} {:>6} {:>9} {:>7} {:>9} {:>7} {:>7}",
            "type", "gold", "predicted", "correct", "precision", "recall", "f1"
        );
        let row = |out: &mut String, name: &str, c: &ChunkCounts| {
            let _ = writeln!(
                out,
                "{name:<8} {:>6} {:>9} {:>7} {:>9.4} {:>7.4} {:>7.4}",
                c.gold,
                c.predicted,
                c.correct,
                c.precision(),
                c.recall(),
                c.f1()
            );
        };
        for (name, c) in &self.by_type {
            row(&mut out, name, c);
        }
        row(&mut out, "overall", &self.overall);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(start: usize, end: usize, kind: &str) -> Chunk {
        Chunk {
            start,
            end,
            kind: kind.into(),
        }
    }

    #[test]
    fn bio_chunks() {
        let tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC"];
        assert_eq!(
            chunks(&tags),
            [c(0, 2, "PERS"), c(3, 4, "LOC"), c(4, 6, "LOC")]
        );
    }

    #[test]
    fn i_without_b_opens_a_chunk_like_conlleval() {
        // I- after O, I- after another type, and I- first in the sentence.
        assert_eq!(
            chunks(&["I-ORG", "I-ORG", "O", "I-LOC", "I-PERS", "I-PERS"]),
            [c(0, 2, "ORG"), c(3, 4, "LOC"), c(4, 6, "PERS")]
        );
        // B-X then I-Y: two chunks.
        assert_eq!(
            chunks(&["B-ORG", "I-LOC"]),
            [c(0, 1, "ORG"), c(1, 2, "LOC")]
        );
    }

    #[test]
    fn iobes_chunks() {
        assert_eq!(
            chunks(&["S-LOC", "B-PER", "E-PER", "I-PER"]),
            [c(0, 1, "LOC"), c(1, 3, "PER"), c(3, 4, "PER")]
        );
    }

    #[test]
    fn exact_match_scoring() {
        let mut r = NerReport::default();
        // Gold: PERS(0,2), LOC(3,4). Predicted: PERS(0,1) (boundary wrong), LOC(3,4) right, ORG(5,6) spurious.
        r.add(
            &["B-PERS", "I-PERS", "O", "B-LOC", "O", "O"],
            &["B-PERS", "O", "O", "B-LOC", "O", "B-ORG"],
        );
        assert_eq!(
            r.overall,
            ChunkCounts {
                gold: 2,
                predicted: 3,
                correct: 1
            }
        );
        assert_eq!(r.tokens_correct, 4);
        assert!((r.overall.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((r.overall.recall() - 0.5).abs() < 1e-9);
        assert!((r.overall.f1() - 0.4).abs() < 1e-9);
        assert_eq!(r.by_type["LOC"].correct, 1);
        assert_eq!(r.by_type["PERS"].correct, 0);
        assert_eq!(r.by_type["ORG"].predicted, 1);
        assert_eq!(r.by_type["ORG"].gold, 0);
    }

    #[test]
    fn wrong_type_and_bare_i_match_b() {
        let mut r = NerReport::default();
        // I-LOC alone equals B-LOC; a right span with the wrong type is not correct.
        r.add(&["B-LOC", "O", "B-ORG"], &["I-LOC", "O", "B-PERS"]);
        assert_eq!(r.overall.correct, 1);
        assert_eq!(r.overall.gold, 2);
        assert_eq!(r.overall.predicted, 2);
    }

    #[test]
    fn sentence_end_closes_chunks() {
        let mut r = NerReport::default();
        r.add(&["O", "B-LOC"], &["O", "B-LOC"]);
        r.add(&["I-LOC", "O"], &["O", "O"]);
        assert_eq!(r.overall.gold, 2);
        assert_eq!(r.overall.correct, 1);
    }

    #[test]
    fn parse_sentences_and_columns() {
        let s = parse(
            "x",
            "-DOCSTART- O\n\nA B-LOC B-LOC\nb O O\n\n\nc O I-PERS\n",
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0][0].tags, ["B-LOC", "B-LOC"]);
        assert_eq!(s[1][0].token, "c");
        assert!(parse("x", "lonely\n").is_err());
    }
}
