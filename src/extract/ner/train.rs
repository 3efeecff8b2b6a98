//! Training a tagger from CoNLL sentences (`newsgraph train-ner`).

use rayon::prelude::*;

use super::doc::Doc;
use super::features;
use super::perceptron::{Example, Trainer};
use super::seen::Seen;
use super::Tagger;
use crate::extract::resources::Resources;

/// One annotated sentence: words and their BIO tags.
pub type Sentence = (Vec<String>, Vec<String>);

/// A tag of another corpus in ANERcorp's scheme: AQMAR's `PER` is `PERS`, its article-specific
/// `MIS0`..`MIS3` are `MISC`; stray tags (`OO`, `IO`, `I--ORG`, `B-ENGLISH`) are cleaned or `O`.
pub fn anercorp_tag(tag: &str) -> String {
    let Some((prefix, kind)) = tag.split_once('-') else {
        return "O".into();
    };
    let prefix = match prefix {
        "B" | "I" => prefix,
        _ => return "O".into(),
    };
    let kind = kind.trim_start_matches('-');
    let kind = match kind {
        "PER" | "PERS" => "PERS",
        "LOC" => "LOC",
        "ORG" => "ORG",
        k if k.starts_with("MIS") => "MISC",
        _ => return "O".into(),
    };
    format!("{prefix}-{kind}")
}

/// Feature ids of every token of sentences `idx`, each read with its window of `sentences` as
/// its document (see [`super::in_window`]).
pub fn featurize(
    sentences: &[Sentence],
    idx: &[usize],
    res: &Resources,
    seen: &Seen,
) -> Vec<Vec<Vec<u64>>> {
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|(w, _)| w.iter().map(String::as_str).collect())
        .collect();
    idx.par_iter()
        .map(|&i| {
            let (text, tokens, range) = super::in_window(&words, i, 0..words.len());
            let doc = Doc::of_text(&text);
            features::sentence(&tokens[range], &text, res, seen, &doc)
        })
        .collect()
}

/// Folds of the jackknife: each training sentence is featurised with the seen-words table of
/// the other nine tenths.
const FOLDS: usize = 10;

/// Feature ids of the training sentences, jackknifed, and the seen-words table of all of them
/// (the one the model keeps).
pub fn featurize_training(sentences: &[Sentence], res: &Resources) -> (Vec<Vec<Vec<u64>>>, Seen) {
    let mut feats: Vec<Vec<Vec<u64>>> = vec![Vec::new(); sentences.len()];
    for fold in 0..FOLDS {
        let table = Seen::learn(sentences, FOLDS, Some(fold));
        let idx: Vec<usize> = (fold..sentences.len()).step_by(FOLDS).collect();
        for (&i, mut f) in idx.iter().zip(featurize(sentences, &idx, res, &table)) {
            drop_words(&sentences[i].0, i, &mut f);
            feats[i] = f;
        }
    }
    (feats, Seen::learn(sentences, FOLDS, None))
}

/// Word dropout: a tenth of the training tokens (a fixed choice) lose their word-identity
/// features (word, name key, clitic stems), so the other features (affixes, letter trigrams,
/// corpus frequencies, context) learn what to make of a word never seen. An earlier dropout
/// without the frequency features did not help; with them it does (README, issue notes).
fn drop_words(words: &[String], sentence: usize, feats: &mut [Vec<u64>]) {
    let (_, tokens) = super::tokens_of(words);
    for (j, (t, f)) in tokens.iter().zip(feats.iter_mut()).enumerate() {
        let h = (sentence as u64 * 1_000_003 + j as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        if (h >> 32) % 10 != 0 {
            continue;
        }
        let mut gone = vec![
            features::hash("w", &t.key),
            features::hash("nk", crate::text::arabic::name_key(&t.key)),
        ];
        for r in crate::text::arabic::readings_shared(&t.key).iter() {
            gone.push(features::hash("st", &r.stem));
        }
        f.retain(|x| !gone.contains(x));
    }
}

/// A deterministic permutation of `0..n` for epoch `seed` (xorshift Fisher–Yates).
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..n).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        order.swap(i, (s % (i as u64 + 1)) as usize);
    }
    order
}

/// How `train` runs.
pub struct Options {
    pub epochs: usize,
    /// Features whose weights are all below this are not written.
    pub min_weight: f32,
    pub seed: u64,
    pub runs: usize,
}

/// Trains `runs` models for `epochs` passes each (shuffled by seeds `seed..seed + runs`) and
/// averages their weights (parameter mixing: the model depends less on one shuffle's luck);
/// after each pass, `on_epoch(run, epoch, sentences decoded wrong, tagger)`.
/// Returns the final model file, features below `min_weight` dropped.
pub fn train(
    sentences: &[Sentence],
    feats: Vec<Vec<Vec<u64>>>,
    seen: &Seen,
    opts: &Options,
    mut on_epoch: impl FnMut(usize, usize, usize, &Tagger),
) -> Vec<u8> {
    let mut tags: Vec<String> = sentences
        .iter()
        .flat_map(|(_, t)| t.iter().cloned())
        .collect();
    tags.sort_by(|a, b| (a != "O", a.get(2..), a).cmp(&(b != "O", b.get(2..), b)));
    tags.dedup();
    let data: Vec<Example> = sentences
        .iter()
        .zip(feats)
        .map(|((_, t), features)| Example {
            features,
            gold: t
                .iter()
                .map(|x| tags.iter().position(|y| y == x).unwrap_or(0))
                .collect(),
        })
        .collect();
    let mut sum: Option<super::perceptron::Averaged> = None;
    let mut bytes = Vec::new();
    for m in 0..opts.runs {
        let mut trainer = Trainer::new(tags.clone(), &data);
        for e in 0..opts.epochs {
            let wrong = trainer.epoch(
                &data,
                &shuffled(data.len(), e as u64 + 1 + (opts.seed + m as u64) * 1000),
            );
            bytes = Tagger::to_bytes(&trainer.averaged(), opts.min_weight, seen);
            if let Ok(t) = Tagger::from_bytes("(training)", &bytes) {
                on_epoch(m + 1, e + 1, wrong, &t);
            }
        }
        let avg = trainer.averaged();
        sum = Some(match sum {
            None => avg,
            Some(mut s) => {
                // Every run indexes the same features and `averaged` sorts them: rows align.
                for ((_, a), (_, b)) in s.features.iter_mut().zip(&avg.features) {
                    a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
                }
                s.trans
                    .iter_mut()
                    .zip(&avg.trans)
                    .for_each(|(x, y)| *x += y);
                s
            }
        });
    }
    if let (true, Some(mut s)) = (opts.runs > 1, sum) {
        let k = opts.runs as f32;
        s.features
            .iter_mut()
            .for_each(|(_, w)| w.iter_mut().for_each(|x| *x /= k));
        s.trans.iter_mut().for_each(|x| *x /= k);
        bytes = Tagger::to_bytes(&s, opts.min_weight, seen);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aqmar_tags_map_to_anercorp() {
        assert_eq!(anercorp_tag("B-PER"), "B-PERS");
        assert_eq!(anercorp_tag("I-MIS2"), "I-MISC");
        assert_eq!(anercorp_tag("B-MIS1`"), "B-MISC");
        assert_eq!(anercorp_tag("I--ORG"), "I-ORG");
        assert_eq!(anercorp_tag("OO"), "O");
        assert_eq!(anercorp_tag("B-ENGLISH"), "O");
    }

    #[test]
    fn dropout_hides_the_word_of_about_a_tenth_of_the_tokens() {
        let words: Vec<String> = (0..200).map(|i| format!("كلمة{i}")).collect();
        let (_, tokens) = super::super::tokens_of(&words);
        let mut feats: Vec<Vec<u64>> = tokens
            .iter()
            .map(|t| vec![features::hash("w", &t.key), features::hash("p1", "x")])
            .collect();
        drop_words(&words, 7, &mut feats);
        let dropped = feats.iter().filter(|f| f.len() == 1).count();
        assert!((5..=40).contains(&dropped), "{dropped}");
        // Only the word's own features go.
        assert!(feats.iter().all(|f| f.contains(&features::hash("p1", "x"))));
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut o = shuffled(50, 3);
        assert_ne!(o, (0..50).collect::<Vec<_>>());
        o.sort();
        assert_eq!(o, (0..50).collect::<Vec<_>>());
    }
}
