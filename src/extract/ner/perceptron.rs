//! Averaged structured perceptron over BIO tags with Viterbi decoding (Collins 2002,
//! "Discriminative training methods for hidden Markov models", EMNLP).
//!
//! Scores are first-order: a weight per (feature, tag) and per (previous tag, tag). Decoding
//! forbids `I-X` after anything but `B-X`/`I-X`, so every path is well-formed BIO. Weights are
//! averaged over every step with the lazy trick (`w - acc / c`), which keeps an update O(1).

use std::collections::HashMap;

/// Which tag may follow which: `allowed[prev][cur]`, `prev == n` is the sentence start.
pub fn allowed(tags: &[String]) -> Vec<Vec<bool>> {
    let n = tags.len();
    (0..=n)
        .map(|p| {
            tags.iter()
                .map(|cur| match cur.strip_prefix("I-") {
                    None => true,
                    Some(kind) => {
                        p < n && (tags[p] == format!("B-{kind}") || tags[p] == format!("I-{kind}"))
                    }
                })
                .collect()
        })
        .collect()
}

/// Best tag sequence for emission scores `emit[i][tag]` and transitions `trans[prev][tag]`
/// (`prev == tags` for the start), within `allowed`. `forced_o` tokens may only take tag `o`.
pub fn viterbi(
    emit: &[Vec<f32>],
    trans: &[f32],
    allowed: &[Vec<bool>],
    forced: &[Option<usize>],
) -> (Vec<usize>, f32) {
    let ok = |i: usize, tag: usize| forced.get(i).copied().flatten().is_none_or(|f| f == tag);
    let (score, back) = forward(emit, trans, allowed, ok);
    best_path(&score, &back, emit.len())
}

/// Viterbi's tables: `score[i * t + c]`, the best score of a path ending in tag `c` at token
/// `i`, and the previous tag of that path; tags where `ok(i, c)` is false are left out.
pub fn forward(
    emit: &[Vec<f32>],
    trans: &[f32],
    allowed: &[Vec<bool>],
    ok: impl Fn(usize, usize) -> bool,
) -> (Vec<f32>, Vec<usize>) {
    let n = emit.len();
    if n == 0 {
        return (Vec::new(), Vec::new());
    }
    let t = emit[0].len();
    let mut score = vec![f32::NEG_INFINITY; n * t];
    let mut back = vec![0usize; n * t];
    for c in 0..t {
        if allowed[t][c] && ok(0, c) {
            score[c] = emit[0][c] + trans[t * t + c];
        }
    }
    for i in 1..n {
        let (done, rest) = score.split_at_mut(i * t);
        step(
            &done[(i - 1) * t..],
            &mut rest[..t],
            &mut back[i * t..(i + 1) * t],
            &emit[i],
            trans,
            allowed,
            |c| ok(i, c),
        );
    }
    (score, back)
}

/// One column of the forward pass: `cur[c]` from the previous column `prev`.
fn step(
    prev: &[f32],
    cur: &mut [f32],
    back: &mut [usize],
    emit: &[f32],
    trans: &[f32],
    allowed: &[Vec<bool>],
    ok: impl Fn(usize) -> bool,
) {
    let t = prev.len();
    for c in 0..t {
        if !ok(c) {
            cur[c] = f32::NEG_INFINITY;
            continue;
        }
        let mut best = (f32::NEG_INFINITY, 0);
        for p in 0..t {
            let s = prev[p];
            if s == f32::NEG_INFINITY || !allowed[p][c] {
                continue;
            }
            let s = s + trans[p * t + c];
            if s > best.0 {
                best = (s, p);
            }
        }
        cur[c] = best.0 + emit[c];
        back[c] = best.1;
    }
}

/// The best last tag of a column and its score (the first tag on ties).
fn best_last(last: &[f32]) -> (f32, usize) {
    let (mut best, mut tag) = (f32::NEG_INFINITY, 0);
    for (c, &s) in last.iter().enumerate() {
        if s > best {
            (best, tag) = (s, c);
        }
    }
    (best, tag)
}

/// The path and score [`forward`]'s tables give for a sentence of `n` tokens.
pub fn best_path(score: &[f32], back: &[usize], n: usize) -> (Vec<usize>, f32) {
    if n == 0 {
        return (Vec::new(), 0.0);
    }
    let t = score.len() / n;
    let (best, last) = best_last(&score[(n - 1) * t..]);
    let mut path = vec![0; n];
    path[n - 1] = last;
    for i in (1..n).rev() {
        path[i - 1] = back[i * t + path[i]];
    }
    (path, best)
}

/// The score [`viterbi`] gives with tokens `span` forced to tag `o` (none forced if `o` is
/// `None`), from the unforced `score` table of [`forward`]: the columns before the span are the
/// same, so only the rest of the sentence is recomputed, with the same operations in the same
/// order (the result is bit-identical).
pub fn forced_best(
    emit: &[Vec<f32>],
    trans: &[f32],
    allowed: &[Vec<bool>],
    score: &[f32],
    span: std::ops::Range<usize>,
    o: Option<usize>,
) -> f32 {
    let n = emit.len();
    if n == 0 {
        return 0.0;
    }
    let t = emit[0].len();
    let ok = |i: usize, c: usize| !span.contains(&i) || o.is_none_or(|o| o == c);
    let mut prev = vec![f32::NEG_INFINITY; t];
    let first = if span.start == 0 {
        for c in 0..t {
            if allowed[t][c] && ok(0, c) {
                prev[c] = emit[0][c] + trans[t * t + c];
            }
        }
        1
    } else {
        prev.copy_from_slice(&score[(span.start - 1) * t..span.start * t]);
        span.start
    };
    let mut cur = vec![f32::NEG_INFINITY; t];
    let mut back = vec![0usize; t];
    for (i, e) in emit.iter().enumerate().skip(first) {
        step(&prev, &mut cur, &mut back, e, trans, allowed, |c| ok(i, c));
        std::mem::swap(&mut prev, &mut cur);
    }
    best_last(&prev).0
}

/// A training sentence: feature ids per token and gold tag indices.
pub struct Example {
    pub features: Vec<Vec<u64>>,
    pub gold: Vec<usize>,
}

/// Weights being trained.
pub struct Trainer {
    pub tags: Vec<String>,
    index: HashMap<u64, u32>,
    w: Vec<f32>,
    acc: Vec<f32>,
    trans: Vec<f32>,
    trans_acc: Vec<f32>,
    /// Updates so far, for averaging.
    c: f32,
    allowed: Vec<Vec<bool>>,
}

/// Trained, averaged weights: per feature id, one weight per tag.
pub struct Averaged {
    pub tags: Vec<String>,
    pub features: Vec<(u64, Vec<f32>)>,
    pub trans: Vec<f32>,
}

impl Trainer {
    /// Indexes every feature of the training data (features never seen in training never
    /// get a weight, so they need no slot).
    pub fn new(tags: Vec<String>, data: &[Example]) -> Self {
        let mut index = HashMap::new();
        for ex in data {
            for f in ex.features.iter().flatten() {
                let next = index.len() as u32;
                index.entry(*f).or_insert(next);
            }
        }
        let t = tags.len();
        Trainer {
            allowed: allowed(&tags),
            w: vec![0.0; index.len() * t],
            acc: vec![0.0; index.len() * t],
            trans: vec![0.0; (t + 1) * t],
            trans_acc: vec![0.0; (t + 1) * t],
            index,
            tags,
            c: 1.0,
        }
    }

    fn emissions(&self, ex: &Example) -> Vec<Vec<f32>> {
        let t = self.tags.len();
        ex.features
            .iter()
            .map(|fs| {
                let mut s = vec![0.0f32; t];
                for f in fs {
                    if let Some(&row) = self.index.get(f) {
                        let row = &self.w[row as usize * t..(row as usize + 1) * t];
                        for (x, y) in s.iter_mut().zip(row) {
                            *x += y;
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// One pass over `data` in the given order; returns the number of sentences decoded wrong.
    pub fn epoch(&mut self, data: &[Example], order: &[usize]) -> usize {
        let t = self.tags.len();
        let mut wrong = 0;
        for &k in order {
            let ex = &data[k];
            let emit = self.emissions(ex);
            let (pred, _) = viterbi(&emit, &self.trans, &self.allowed, &[]);
            if pred != ex.gold {
                wrong += 1;
                let c = self.c;
                for (i, fs) in ex.features.iter().enumerate() {
                    let (g, p) = (ex.gold[i], pred[i]);
                    if g != p {
                        for f in fs {
                            let row = self.index[f] as usize * t;
                            self.w[row + g] += 1.0;
                            self.acc[row + g] += c;
                            self.w[row + p] -= 1.0;
                            self.acc[row + p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 {
                        (t, t)
                    } else {
                        (ex.gold[i - 1], pred[i - 1])
                    };
                    if (gp, g) != (pp, p) {
                        self.trans[gp * t + g] += 1.0;
                        self.trans_acc[gp * t + g] += c;
                        self.trans[pp * t + p] -= 1.0;
                        self.trans_acc[pp * t + p] -= c;
                    }
                }
            }
            self.c += 1.0;
        }
        wrong
    }

    /// The averaged weights, features sorted by id.
    pub fn averaged(&self) -> Averaged {
        let t = self.tags.len();
        let avg = |w: f32, a: f32| w - a / self.c;
        let mut features: Vec<(u64, Vec<f32>)> = self
            .index
            .iter()
            .map(|(&f, &row)| {
                let r = row as usize * t;
                (
                    f,
                    (0..t)
                        .map(|k| avg(self.w[r + k], self.acc[r + k]))
                        .collect(),
                )
            })
            .collect();
        features.sort_by_key(|(f, _)| *f);
        Averaged {
            tags: self.tags.clone(),
            features,
            trans: self
                .trans
                .iter()
                .zip(&self.trans_acc)
                .map(|(&w, &a)| avg(w, a))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags() -> Vec<String> {
        ["O", "B-LOC", "I-LOC"].map(String::from).to_vec()
    }

    #[test]
    fn viterbi_respects_bio() {
        let tags = tags();
        let allowed = allowed(&tags);
        // I-LOC scores best on its own at token 0 but cannot start a sentence.
        let emit = vec![vec![0.0, 0.5, 1.0], vec![0.0, 0.0, 1.0]];
        let trans = vec![0.0; 4 * 3];
        let (path, score) = viterbi(&emit, &trans, &allowed, &[]);
        assert_eq!(path, [1, 2]);
        assert!((score - 1.5).abs() < 1e-6);
        let (forced, _) = viterbi(&emit, &trans, &allowed, &[Some(0), Some(0)]);
        assert_eq!(forced, [0, 0]);
    }

    #[test]
    fn forced_best_matches_a_forced_viterbi_bit_for_bit() {
        let tags = ["O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"].map(String::from);
        let allowed = allowed(&tags);
        // Deterministic pseudo-random scores with fractions, so float rounding would show.
        let mut x: u32 = 12345;
        let mut r = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 8) as f32 / 65536.0 - 128.0 + 1.0 / 3.0
        };
        let emit: Vec<Vec<f32>> = (0..9).map(|_| (0..5).map(|_| r()).collect()).collect();
        let trans: Vec<f32> = (0..6 * 5).map(|_| r() / 7.0).collect();
        let (score, _) = forward(&emit, &trans, &allowed, |_, _| true);
        for start in 0..9 {
            for end in start + 1..=9 {
                let mut forced = vec![None; 9];
                forced[start..end].fill(Some(0));
                let (_, want) = viterbi(&emit, &trans, &allowed, &forced);
                let got = forced_best(&emit, &trans, &allowed, &score, start..end, Some(0));
                assert_eq!(got.to_bits(), want.to_bits(), "{start}..{end}");
            }
        }
    }

    #[test]
    fn learns_a_separable_toy_problem() {
        // Feature 1 marks a place, feature 2 the word after it in the same name.
        let data: Vec<Example> = (0..4)
            .map(|_| Example {
                features: vec![vec![0], vec![0, 1], vec![0, 2], vec![0]],
                gold: vec![0, 1, 2, 0],
            })
            .collect();
        let mut tr = Trainer::new(tags(), &data);
        let order: Vec<usize> = (0..data.len()).collect();
        for _ in 0..3 {
            tr.epoch(&data, &order);
        }
        assert_eq!(tr.epoch(&data, &order), 0);
        let avg = tr.averaged();
        assert_eq!(avg.features.len(), 3);
    }
}
