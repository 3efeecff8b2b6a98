//! The model file and the tagger that runs it.
//!
//! Format (little-endian): magic `NGNER01\n`; tag count `u32`, each tag as `u8` length + UTF-8;
//! `f32` scale; feature count `u32`; transitions `(tags + 1) × tags` `i16` (last row: sentence
//! start); feature ids `u32` ascending; weights `features × tags` `i16`. A weight is `i16 × scale`.
//! Features are 32-bit folds of the 64-bit ids (see `features::fold`); the few that collide share
//! a row, their weights summed. Version 2 (`NGNER02\n`) appends the table of words seen in
//! training names: count `u32`, word ids `u32` ascending, then `[type, frequency]` `u16` pairs
//! (see `seen`); a version 1 file has an empty one.

use std::sync::{Arc, OnceLock};

use super::consistency;
use super::doc::Doc;
use super::features;
use super::perceptron::{allowed, best_path, forced_best, forward, viterbi, Averaged};
use super::seen::Seen;
use super::NerError;
use crate::extract::resources::Resources;
use crate::text::Token;

const MAGIC_V1: &[u8; 8] = b"NGNER01\n";
const MAGIC: &[u8; 8] = b"NGNER02\n";

/// Score margin that maps to a confidence of 0.73 (sigmoid(1)): margins of the committed model
/// run from about 5 (unsure) to several hundred; the wrong names seen in the dev sets had
/// margins under 25.
const MARGIN_SCALE: f32 = 20.0;

/// The model trained by `make train-ner`, built into the binary.
static EMBEDDED_BYTES: &[u8] = include_bytes!("../../../ontology/ner/ar.model");

/// A loaded BIO tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    tags: Vec<String>,
    scale: f32,
    trans: Vec<f32>,
    ids: Vec<u32>,
    /// Feature id -> weights: every token looks up ~50 features, and this lookup is the
    /// tagger's hottest loop.
    rows: Rows,
    allowed: Vec<Vec<bool>>,
    seen: Seen,
    /// Identity of these weights for the per-thread cache of words' own scores ([`OWN`]).
    id: u64,
}

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// What a word contributes by itself ([`features::own`]): the sum of the rows of its features
/// before the shape feature, summed from zero in feature order as `emissions` does, and the
/// slots of those after it.
struct Own {
    sum: Box<[f32]>,
    /// The weight rows (copies, `tags` each) of the features after the shape feature, and of
    /// the word's [`features::as_neighbour`] features for the tokens around it (`nb_rows`,
    /// row `x` where bit `x` of `nb` is set): read from here, next to the word's entry, they
    /// cost no cache miss in the large weight table.
    after: Box<[i16]>,
    nb: u16,
    nb_rows: Box<[i16]>,
}

/// Per thread: the tagger the cache is for, and per script (Latin, Arabic) key -> [`Own`].
type OwnCache = (
    u64,
    [std::collections::HashMap<String, std::rc::Rc<Own>, foldhash::fast::FixedState>; 2],
);

thread_local! {
    /// A newswire's words repeat: their own features (affixes, letter trigrams, clitic stems,
    /// about half of a token's) are hashed and looked up once per word, not per occurrence.
    /// Cleared when large.
    static OWN: std::cell::RefCell<OwnCache> = std::cell::RefCell::default();
}

/// A name found by the tagger: token range in the tagged slice, type (`PERS`, `LOC`, `ORG`,
/// `MISC`) and a confidence in (0, 1) from the score margin over tagging the span `O`.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub confidence: f32,
}

/// Open addressing with linear probing, each slot's weights stored at the slot's index: a
/// lookup touches the small key array and then one weight row, where a `HashMap` to a row
/// number touched control bytes, the bucket and the row (three cache misses on a table of
/// ~90k features).
#[derive(Debug, Clone)]
struct Rows {
    /// Feature id per slot, `empty` where none.
    keys: Vec<u32>,
    /// `tags` weights per slot.
    weights: Vec<i16>,
    tags: usize,
    empty: u32,
    shift: u32,
}

impl Rows {
    /// `ids` strictly ascending, `weights` `ids.len() × tags`.
    fn new(ids: &[u32], weights: &[i16], tags: usize) -> Rows {
        // At most 2/3 full, so probes stay short.
        let cap = (ids.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let mut empty = u32::MAX;
        while ids.binary_search(&empty).is_ok() {
            empty -= 1;
        }
        let mut rows = Rows {
            keys: vec![empty; cap],
            weights: vec![0; cap * tags],
            tags,
            empty,
            shift: 32 - cap.trailing_zeros(),
        };
        for (i, &id) in ids.iter().enumerate() {
            let mut k = rows.slot(id);
            while rows.keys[k] != empty {
                k = (k + 1) & (cap - 1);
            }
            rows.keys[k] = id;
            rows.weights[k * tags..(k + 1) * tags]
                .copy_from_slice(&weights[i * tags..(i + 1) * tags]);
        }
        rows
    }

    fn slot(&self, id: u32) -> usize {
        // Fibonacci hashing: the top bits of the product.
        (u64::from(id.wrapping_mul(0x9e37_79b9)) >> self.shift) as usize
    }

    /// The slot of feature `id`, if the model has it.
    fn find(&self, id: u32) -> Option<usize> {
        let mask = self.keys.len() - 1;
        let mut k = self.slot(id);
        loop {
            let key = self.keys[k];
            // Checked first: an id equal to the marker is not in the table.
            if key == self.empty {
                return None;
            }
            if key == id {
                return Some(k);
            }
            k = (k + 1) & mask;
        }
    }

    fn row(&self, slot: usize) -> &[i16] {
        &self.weights[slot * self.tags..(slot + 1) * self.tags]
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    path: &'a str,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(NerError::Format {
                path: self.path.into(),
                message: "truncated model file".into(),
            });
        };
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().unwrap_or([0; 4]),
        ))
    }
    fn i16s(&mut self, n: usize) -> Result<Vec<i16>, NerError> {
        Ok(self
            .take(n * 2)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect())
    }
}

impl Tagger {
    /// The model shipped in `ontology/ner/ar.model`, read once per process.
    pub fn embedded() -> Arc<Tagger> {
        static TAGGER: OnceLock<Arc<Tagger>> = OnceLock::new();
        TAGGER
            .get_or_init(|| {
                Arc::new(
                    Tagger::from_bytes("ontology/ner/ar.model", EMBEDDED_BYTES)
                        .expect("the embedded NER model is valid (checked by a unit test)"),
                )
            })
            .clone()
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<Tagger, NerError> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| NerError::Io {
            path: shown.clone(),
            source,
        })?;
        Tagger::from_bytes(&shown, &bytes)
    }

    /// Parses a model from its bytes; `path` names it in errors.
    pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<Tagger, NerError> {
        let mut r = Reader { bytes, at: 0, path };
        let bad = |message: &str| NerError::Format {
            path: path.into(),
            message: message.into(),
        };
        let magic = r.take(8)?;
        if magic != MAGIC && magic != MAGIC_V1 {
            return Err(bad("not a newsgraph NER model (bad magic)"));
        }
        let nt = r.u32()? as usize;
        if nt == 0 || nt > 64 {
            return Err(bad("implausible tag count"));
        }
        let mut tags = Vec::with_capacity(nt);
        for _ in 0..nt {
            let len = r.take(1)?[0] as usize;
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| bad("tag is not UTF-8"))?;
            tags.push(s.to_string());
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap_or([0; 4]));
        let nf = r.u32()? as usize;
        let trans: Vec<f32> = r
            .i16s((nt + 1) * nt)?
            .into_iter()
            .map(|q| f32::from(q) * scale)
            .collect();
        let ids: Vec<u32> = r
            .take(nf.checked_mul(4).ok_or_else(|| bad("implausible size"))?)?
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if ids.windows(2).any(|w| w[0] >= w[1]) {
            return Err(bad("feature ids are not strictly ascending"));
        }
        let weights = r.i16s(nf * nt)?;
        let mut seen = Seen::default();
        if magic == MAGIC {
            let nc = r.u32()? as usize;
            let words: Vec<u32> = r
                .take(nc.checked_mul(4).ok_or_else(|| bad("implausible size"))?)?
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            if words.windows(2).any(|w| w[0] >= w[1]) {
                return Err(bad("seen-word ids are not strictly ascending"));
            }
            let ids = r.i16s(nc * 2)?;
            seen = Seen::new(
                words
                    .into_iter()
                    .zip(ids.chunks_exact(2))
                    .map(|(w, c)| (w, [c[0] as u16, c[1] as u16]))
                    .collect(),
            );
        }
        if r.at != bytes.len() {
            return Err(bad("trailing bytes after the weights"));
        }
        Ok(Tagger {
            rows: Rows::new(&ids, &weights, nt),
            allowed: allowed(&tags),
            tags,
            scale,
            trans,
            ids,
            seen,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// Serialises averaged weights, dropping features whose largest weight is below `min_weight`.
    pub fn to_bytes(avg: &Averaged, min_weight: f32, seen: &Seen) -> Vec<u8> {
        let t = avg.tags.len();
        let mut folded: Vec<(u32, &Vec<f32>)> = avg
            .features
            .iter()
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= min_weight))
            .map(|(f, w)| (features::fold(*f), w))
            .collect();
        folded.sort_by_key(|(id, _)| *id);
        let mut rows: Vec<(u32, Vec<f32>)> = Vec::with_capacity(folded.len());
        for (id, w) in folded {
            match rows.last_mut() {
                Some((last, sum)) if *last == id => {
                    sum.iter_mut().zip(w).for_each(|(a, b)| *a += b)
                }
                _ => rows.push((id, w.clone())),
            }
        }
        let max = rows
            .iter()
            .flat_map(|(_, w)| w.iter())
            .chain(avg.trans.iter())
            .fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max == 0.0 { 1.0 } else { max / 32767.0 };
        let q = |x: f32| (x / scale).round().clamp(-32767.0, 32767.0) as i16;
        let mut out = Vec::with_capacity(16 + rows.len() * (4 + 2 * t));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(t as u32).to_le_bytes());
        for tag in &avg.tags {
            out.push(tag.len() as u8);
            out.extend_from_slice(tag.as_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for x in &avg.trans {
            out.extend_from_slice(&q(*x).to_le_bytes());
        }
        for (id, _) in &rows {
            out.extend_from_slice(&id.to_le_bytes());
        }
        for (_, w) in &rows {
            for x in w {
                out.extend_from_slice(&q(*x).to_le_bytes());
            }
        }
        out.extend_from_slice(&(seen.entries.len() as u32).to_le_bytes());
        for (id, _) in &seen.entries {
            out.extend_from_slice(&id.to_le_bytes());
        }
        for (_, c) in &seen.entries {
            for x in c {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// Number of feature rows (for reports).
    pub fn features(&self) -> usize {
        self.ids.len()
    }

    fn emissions(&self, feats: &[Vec<u64>]) -> Vec<Vec<f32>> {
        let t = self.tags.len();
        let mut found: Vec<usize> = Vec::with_capacity(64);
        feats
            .iter()
            .map(|fs| {
                // Slots first, then weights: the loads of each pass do not wait on each other,
                // so their cache misses overlap. The sums are added in feature order as before.
                found.clear();
                found.extend(fs.iter().filter_map(|f| self.rows.find(features::fold(*f))));
                let mut s = vec![0.0f32; t];
                for &k in &found {
                    for (x, q) in s.iter_mut().zip(self.rows.row(k)) {
                        *x += f32::from(*q) * self.scale;
                    }
                }
                s
            })
            .collect()
    }

    /// What a word contributes by itself and to its neighbours, computed on first sight.
    fn own(
        &self,
        map: &mut std::collections::HashMap<String, std::rc::Rc<Own>, foldhash::fast::FixedState>,
        key: &str,
        arabic: bool,
    ) -> std::rc::Rc<Own> {
        if let Some(own) = map.get(key) {
            return own.clone();
        }
        let t = self.tags.len();
        let readings = crate::text::arabic::readings_shared(key);
        let (mut before, mut after) = (Vec::new(), Vec::new());
        features::own(key, arabic, &readings, &mut before, &mut after);
        let mut sum = vec![0.0f32; t];
        for k in before
            .iter()
            .filter_map(|f| self.rows.find(features::fold(*f)))
        {
            for (x, q) in sum.iter_mut().zip(self.rows.row(k)) {
                *x += f32::from(*q) * self.scale;
            }
        }
        let after: Vec<i16> = after
            .iter()
            .filter_map(|f| self.rows.find(features::fold(*f)))
            .flat_map(|k| self.rows.row(k).iter().copied())
            .collect();
        let (mut nb, mut nb_rows) = (0u16, vec![0i16; 10 * t]);
        for (x, f) in features::as_neighbour(key, arabic, &readings)
            .into_iter()
            .enumerate()
        {
            if let Some(k) = f.and_then(|f| self.rows.find(features::fold(f))) {
                nb |= 1 << x;
                nb_rows[x * t..(x + 1) * t].copy_from_slice(self.rows.row(k));
            }
        }
        if map.len() >= 200_000 {
            map.clear();
        }
        let own = std::rc::Rc::new(Own {
            sum: sum.into(),
            after: after.into(),
            nb,
            nb_rows: nb_rows.into(),
        });
        map.insert(key.to_string(), own.clone());
        own
    }

    /// `emissions(&features::sentence(..))` from [`features::contextual`]'s output without
    /// the neighbour features, with each word's own features and those it gives its neighbours
    /// taken from [`OWN`]: the same rows added in the same order from the same start, so the
    /// scores are bit-identical.
    fn emissions_cached(&self, tokens: &[Token], context: &[Vec<u64>]) -> Vec<Vec<f32>> {
        let t = self.tags.len();
        let mut found: Vec<Option<usize>> = Vec::with_capacity(64);
        let add = |s: &mut [f32], row: &[i16]| {
            for (x, q) in s.iter_mut().zip(row) {
                *x += f32::from(*q) * self.scale;
            }
        };
        OWN.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.0 != self.id {
                *cache = (self.id, Default::default());
            }
            // Entry `j + 2` is token `j`'s; two on each side stand for outside the sentence.
            let mut owns = Vec::with_capacity(tokens.len() + 4);
            let start = self.own(&mut cache.1[0], "<s>", false);
            let end = self.own(&mut cache.1[0], "</s>", false);
            owns.extend([start.clone(), start]);
            for tok in tokens {
                owns.push(self.own(&mut cache.1[usize::from(tok.arabic)], &tok.key, tok.arabic));
            }
            owns.extend([end.clone(), end]);
            context
                .iter()
                .enumerate()
                .map(|(i, fs)| {
                    let own = &owns[i + 2];
                    // Slots first, then weights: the loads of each pass do not wait on each
                    // other, so their cache misses overlap.
                    found.clear();
                    found.extend(fs.iter().map(|f| self.rows.find(features::fold(*f))));
                    let mut s = own.sum.to_vec();
                    let ctx = |s: &mut [f32], at: std::ops::Range<usize>| {
                        for k in found[at].iter().flatten() {
                            add(s, self.rows.row(*k));
                        }
                    };
                    let nb = |s: &mut [f32], xs: std::ops::Range<usize>| {
                        for x in xs {
                            let o = &owns[(i as isize + 2 + features::NEIGHBOURS[x]) as usize];
                            if o.nb & (1 << x) != 0 {
                                add(s, &o.nb_rows[x * t..(x + 1) * t]);
                            }
                        }
                    };
                    ctx(&mut s, 0..1);
                    for row in own.after.chunks_exact(t) {
                        add(&mut s, row);
                    }
                    nb(&mut s, 0..6);
                    ctx(&mut s, 1..3);
                    nb(&mut s, 6..8);
                    ctx(&mut s, 3..4);
                    nb(&mut s, 8..10);
                    ctx(&mut s, 4..fs.len());
                    s
                })
                .collect()
        })
    }

    /// BIO tags of a sentence given its feature ids (training reports).
    pub(crate) fn tag_features(&self, feats: &[Vec<u64>]) -> Vec<&str> {
        let (path, _) = viterbi(&self.emissions(feats), &self.trans, &self.allowed, &[]);
        path.into_iter().map(|k| self.tags[k].as_str()).collect()
    }

    /// Identity of these weights (caches of other modules are per tagger).
    pub(super) fn id(&self) -> u64 {
        self.id
    }

    /// Emission scores, the forward table and the best path (with its score) of one sentence,
    /// `doc` standing for its document.
    #[allow(clippy::type_complexity)]
    fn decode(
        &self,
        tokens: &[Token],
        text: &str,
        res: &Resources,
        doc: &Doc,
    ) -> (Vec<Vec<f32>>, Vec<f32>, Vec<usize>, f32) {
        let (_, context) = features::contextual(tokens, text, res, &self.seen, doc, false);
        let emit = self.emissions_cached(tokens, &context);
        let (score, back) = forward(&emit, &self.trans, &self.allowed, |_, _| true);
        let (path, best) = best_path(&score, &back, emit.len());
        (emit, score, path, best)
    }

    /// BIO tags of one sentence's tokens (`text` is the document their offsets index), with
    /// the names found elsewhere in the document carried over (see `consistency`).
    pub fn tag(&self, tokens: &[Token], text: &str, res: &Resources) -> Vec<&str> {
        let mut tags = vec!["O"; tokens.len()];
        for s in self.spans(tokens, text, res) {
            for (j, t) in tags[s.start..s.end].iter_mut().enumerate() {
                let tag = format!("{}-{}", if j == 0 { 'B' } else { 'I' }, s.kind);
                // Span kinds come from this model's tags.
                if let Some(known) = self.tags.iter().find(|x| **x == tag) {
                    *t = known.as_str();
                }
            }
        }
        tags
    }

    /// Names in one sentence, with a confidence each; a name carried over from elsewhere in
    /// the document has the best confidence it had there.
    pub fn spans(&self, tokens: &[Token], text: &str, res: &Resources) -> Vec<Span> {
        let names = consistency::names(self, text, res);
        let own = match names.of_sentence(tokens) {
            Some(s) => s.to_vec(),
            None => self.spans_in(tokens, text, res, &Doc::cached(text)),
        };
        let mut tags = vec!["O".to_string(); tokens.len()];
        for s in &own {
            for (j, t) in tags[s.start..s.end].iter_mut().enumerate() {
                *t = format!("{}-{}", if j == 0 { 'B' } else { 'I' }, s.kind);
            }
        }
        let given = consistency::apply(tokens, &mut tags, &names);
        chunks(&tags)
            .into_iter()
            .map(|(start, end, kind)| {
                let confidence = given[start].unwrap_or_else(|| {
                    // Not carried over, so the tagger's own name.
                    own.iter()
                        .find(|s| s.start == start && s.end == end)
                        .map_or(0.0, |s| s.confidence)
                });
                Span {
                    start,
                    end,
                    kind: kind.to_string(),
                    confidence,
                }
            })
            .collect()
    }

    /// Names of one sentence as the tagger reads it, without carrying names over, `doc`
    /// standing for the document.
    pub(super) fn spans_in(
        &self,
        tokens: &[Token],
        text: &str,
        res: &Resources,
        doc: &Doc,
    ) -> Vec<Span> {
        let (emit, score, path, best) = self.decode(tokens, text, res, doc);
        let tags: Vec<&str> = path.iter().map(|&k| self.tags[k].as_str()).collect();
        let o = self.tags.iter().position(|t| t == "O");
        chunks(&tags)
            .into_iter()
            .map(|(start, end, kind)| {
                // How much better the best path is than the best one without this name.
                let without = forced_best(&emit, &self.trans, &self.allowed, &score, start..end, o);
                let margin = best - without;
                Span {
                    start,
                    end,
                    kind: kind.to_string(),
                    confidence: 1.0 / (1.0 + (-margin / MARGIN_SCALE).exp()),
                }
            })
            .collect()
    }
}

/// The names of a well-formed BIO tagging: (start, end, type).
fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, &str)> {
    let mut out: Vec<(usize, usize, &str)> = Vec::new();
    for (i, name) in tags.iter().enumerate() {
        // Decoding keeps BIO well formed: an I- always continues the open chunk.
        if let Some(kind) = name.as_ref().strip_prefix("B-") {
            out.push((i, i + 1, kind));
        } else if name.as_ref().starts_with("I-") {
            if let Some(last) = out.last_mut() {
                last.1 = i + 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn cached_emissions_are_the_full_features_emissions() {
        let tagger = Tagger::embedded();
        let res = Resources::embedded(&[]).expect("embedded resources");
        let text = "قال الرئيس محمد بن زايد في أبوظبي إن Emmanuel Macron زار المدينة ، وللبنك فرع";
        let tokens = tokenize(text);
        let doc = Doc::of_text(text);
        let want = tagger.emissions(&features::sentence(&tokens, text, &res, &tagger.seen, &doc));
        // Twice: the second time every word's entry comes from the cache.
        for _ in 0..2 {
            let (_, context) = features::contextual(&tokens, text, &res, &tagger.seen, &doc, false);
            let got = tagger.emissions_cached(&tokens, &context);
            let bits = |e: &[Vec<f32>]| -> Vec<Vec<u32>> {
                e.iter()
                    .map(|r| r.iter().map(|x| x.to_bits()).collect())
                    .collect()
            };
            assert_eq!(bits(&got), bits(&want));
        }
    }
}
