//! Extraction throughput per language on one core (the full pipeline: tokens, names, entities,
//! relations), in bytes of article text per second.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::model::Lang;

fn extraction(c: &mut Criterion) {
    let extractor = common::extractor();
    let mut group = c.benchmark_group("extract");
    for (name, lang) in [("ar", Lang::Ar), ("en", Lang::En)] {
        let docs = common::documents(if common::full_run() { 40 } else { 2 }, Some(lang));
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                for d in &docs {
                    std::hint::black_box(extractor.extract(d));
                }
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = extraction
}
criterion_main!(benches);
