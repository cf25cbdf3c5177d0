//! Masking throughput with each operator, and the stream masker versus
//! whole-text masking, over the synthetic chat corpus.
//!
//! `cargo bench -p bowline-mask --bench mask -- --warm-up-time 1 --measurement-time 3`
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "benchmark code"
)]

use std::hint::black_box;
use std::sync::Arc;

use bowline_mask::{InMemoryVault, MaskPolicy, Masker, Operator, Scanner, TokenKey};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const CORPUS: &str = include_str!("../testdata/bench/chat.txt");

fn masker(scanner: &Scanner, op: Operator) -> Masker {
    let mut policy = MaskPolicy::new();
    policy.default_operator(op);
    Masker::builder()
        .policy(policy)
        .token_key(TokenKey::new(&[9; 32]).unwrap())
        .vault(Arc::new(InMemoryVault::new()))
        .build(scanner)
        .unwrap()
}

/// Masks every line (one chat message) and returns how many findings were
/// masked, in every pass.
fn mask_lines(m: &Masker, lines: &[&str]) -> usize {
    let mut n = 0;
    for line in lines {
        let (out, report) = m.mask_with_report(line);
        n += report.total();
        black_box(out);
    }
    n
}

fn stream_text(m: &Masker, text: &str, chunk: usize) -> String {
    let mut s = m.stream();
    let mut out = String::with_capacity(text.len());
    for piece in text.as_bytes().chunks(chunk) {
        out.push_str(&s.push_bytes(piece));
    }
    out.push_str(&s.finish());
    out
}

fn operators(c: &mut Criterion) {
    let scanner = Scanner::new().unwrap();
    let lines: Vec<&str> = CORPUS.lines().collect();
    let expected: usize = lines.iter().map(|l| scanner.find_iter(l).count()).sum();
    assert!(
        expected > 1_000,
        "corpus changed or detector regressed: {expected} findings"
    );
    let mut group = c.benchmark_group("mask");
    group.throughput(Throughput::Bytes(CORPUS.len() as u64));
    group.sample_size(10);
    group.bench_function("scan-only", |b| {
        b.iter(|| {
            lines
                .iter()
                .map(|l| scanner.find_iter(black_box(l)).count())
                .sum::<usize>()
        });
    });
    let ops = [
        ("remove", Operator::Remove),
        ("label", Operator::Label),
        ("placeholder", Operator::Placeholder),
        ("partial", Operator::Partial { first: 6, last: 4 }),
        ("fixed", Operator::Fixed('*')),
        ("keyed_token", Operator::KeyedToken),
        ("vault", Operator::Vault),
        ("keep", Operator::Keep),
    ];
    for (name, op) in ops {
        let m = masker(&scanner, op);
        // Every finding is masked, and values that show only once a
        // neighbour is masked too: each masked line is a fixed point.
        let total = mask_lines(&m, &lines);
        assert!(
            total >= expected,
            "{name}: {total} of {expected} findings masked"
        );
        for line in &lines {
            let once = m.mask(line);
            assert!(
                matches!(m.mask(&once), std::borrow::Cow::Borrowed(_)),
                "{name}: {line:?} is not masked to a fixed point"
            );
        }
        group.bench_function(BenchmarkId::new("operator", name), |b| {
            b.iter(|| mask_lines(&m, &lines));
        });
    }
    group.finish();
}

fn stream(c: &mut Criterion) {
    let scanner = Scanner::new().unwrap();
    // One long text (a long conversation relayed as one stream), 256 KB.
    let mut end = 256 * 1024;
    while !CORPUS.is_char_boundary(end) {
        end += 1;
    }
    let text = &CORPUS[..end];
    let mut group = c.benchmark_group("stream");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    for (name, op) in [
        ("label", Operator::Label),
        ("placeholder", Operator::Placeholder),
    ] {
        let m = masker(&scanner, op);
        let whole = m.mask(text).into_owned();
        assert_ne!(whole, text, "the text has findings");
        group.bench_function(BenchmarkId::new("whole", name), |b| {
            b.iter(|| m.mask(black_box(text)).len());
        });
        for chunk in [16, 64, 1024] {
            assert_eq!(
                stream_text(&m, text, chunk),
                whole,
                "stream == whole ({chunk}-byte chunks)"
            );
            group.bench_function(BenchmarkId::new(format!("chunks-{chunk}"), name), |b| {
                b.iter(|| stream_text(&m, black_box(text), chunk).len());
            });
        }
    }
    group.finish();
}

criterion_group!(benches, operators, stream);
criterion_main!(benches);
