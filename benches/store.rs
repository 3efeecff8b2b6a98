//! Store load: the same extractions written one transaction per document (`GraphStore::ingest`)
//! and through the batch path (`GraphStore::ingest_batch`, bulk loader), in quads per second.

mod common;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsgraph::store::GraphStore;

fn load(c: &mut Criterion) {
    let extractor = common::extractor();
    let docs = common::documents(if common::full_run() { 1024 } else { 16 }, None);
    let extractions: Vec<_> = docs.iter().map(|d| extractor.extract(d)).collect();
    let quads = {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(dir.path()).unwrap();
        for x in &extractions {
            store.ingest(x).unwrap();
        }
        store.len().unwrap()
    };
    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Elements(quads as u64));
    group.sample_size(10);
    group.bench_function("per-document", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let store = GraphStore::open(dir.path()).unwrap();
                for x in &extractions {
                    store.ingest(x).unwrap();
                }
                dir
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("batch", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let store = GraphStore::open(dir.path()).unwrap();
                let prepared: Vec<_> = extractions.iter().map(|x| store.prepare(x)).collect();
                for r in store.ingest_batch(prepared) {
                    r.unwrap();
                }
                dir
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
