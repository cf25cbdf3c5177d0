//! Webhook parsing and conversation folding throughput.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "bench set-up; criterion's macros generate undocumented items"
)]

use std::hint::black_box;

use bowline_crm::{
    Conversation, ConversationEvent, ConversationId, CustomerId, Webhook, WebhookEvent,
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const TEXT: &str = include_str!("../testdata/webhooks/text.json");
const STATUSES: &str = include_str!("../testdata/webhooks/statuses_out_of_order.json");

/// One body with `n` inbound text messages from the same user, as a busy batch would be.
fn batch(n: usize) -> String {
    let messages: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"from":"5511987654321","id":"wamid.BATCH{i}","timestamp":"{}","type":"text","text":{{"body":"message number {i} about my card"}}}}"#,
                1_772_366_400 + i
            )
        })
        .collect();
    format!(
        r#"{{"object":"whatsapp_business_account","entry":[{{"id":"102290129340398","changes":[{{"field":"messages","value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15550783881","phone_number_id":"106540352242922"}},"contacts":[{{"profile":{{"name":"Ana"}},"wa_id":"5511987654321"}}],"messages":[{}]}}}}]}}]}}"#,
        messages.join(",")
    )
}

fn parse(c: &mut Criterion) {
    assert_eq!(Webhook::from_json(TEXT).unwrap().events().len(), 1);
    assert_eq!(Webhook::from_json(STATUSES).unwrap().events().len(), 4);
    let big = batch(100);
    assert_eq!(Webhook::from_json(&big).unwrap().events().len(), 100);

    let mut g = c.benchmark_group("webhook");
    g.throughput(Throughput::Bytes(TEXT.len() as u64));
    g.bench_function("parse+events/text", |b| {
        b.iter(|| Webhook::from_json(black_box(TEXT)).unwrap().events());
    });
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("parse+events/batch-100", |b| {
        b.iter(|| Webhook::from_json(black_box(&big)).unwrap().events());
    });
    g.finish();
}

fn fold(c: &mut Criterion) {
    let events: Vec<ConversationEvent> = Webhook::from_json(&batch(100))
        .unwrap()
        .events()
        .iter()
        .filter_map(ConversationEvent::from_webhook)
        .collect();
    let first = events[0].at;
    let fresh = || {
        Conversation::new(
            ConversationId::from_u128(1),
            CustomerId::from_u128(2),
            first,
        )
    };
    let mut check = fresh();
    for e in &events {
        check.apply(e).unwrap();
    }
    assert_eq!(check.messages().len(), 100);
    assert!(matches!(
        Webhook::from_json(TEXT).unwrap().events()[0],
        WebhookEvent::MessageReceived { .. }
    ));

    c.bench_function("conversation/fold-100-messages", |b| {
        b.iter(|| {
            let mut conv = fresh();
            for e in black_box(&events) {
                conv.apply(e).unwrap();
            }
            conv
        });
    });
}

criterion_group!(benches, parse, fold);
criterion_main!(benches);
