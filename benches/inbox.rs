//! Throughput of the facade's main job: what each viewer of a shared inbox
//! sees of every message. A view is one access decision, one scan, and one
//! `unmask` decision per PII category found, then the rewrite.
//!
//! The workload is the bundled chat export (`examples/data/chat-export.jsonl`,
//! 313 messages in 27 conversations) seen by an agent whose policy grants a
//! card's last four digits and phones in full. The baseline, in the same run,
//! is the same scan and rewrite with no policy at all (one `Masker` labelling
//! every finding): the difference is what access control costs per message.
//!
//! Run: `cargo bench -p bowline --bench inbox -- --warm-up-time 1 --measurement-time 3`

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "benchmark code"
)]

use std::collections::BTreeSet;
use std::hint::black_box;

use bowline::inbox::InboxGuard;
use bowline::mask::{MaskPolicy, Masker, Operator, Scanner};
use bowline::rbac::{Authorizer, Principal, Resource};
use chrono::{DateTime, Utc};
use criterion::{Criterion, Throughput};

const EXPORT: &str = include_str!("../examples/data/chat-export.jsonl");

const POLICY: &str = r#"
pii_kinds = ["credential"]

[[roles]]
id = "agent"

[[roles]]
id = "bot"

[[rules]]
id = "agents-view"
effect = "permit"
roles = ["agent"]
actions = ["view"]
resources = ["conversation"]

[[rules]]
id = "agents-card-last-four"
effect = "permit"
roles = ["agent"]
actions = ["unmask"]
resources = ["conversation"]
pii = ["card_number"]
mask = "last_four"

[[rules]]
id = "agents-phone"
effect = "permit"
roles = ["agent"]
actions = ["unmask"]
resources = ["conversation"]
pii = ["phone"]
mask = "full"

[[rules]]
id = "no-credentials"
effect = "forbid"
actions = ["unmask"]
resources = ["conversation"]
pii = ["credential"]
"#;

/// Messages with a finding: the baseline rewrites each of them. The
/// benchmark checks both counts before timing.
const EXPECTED_MASKED: usize = 88;

/// Messages whose view differs from the text: those with a finding, less the
/// six whose only findings are phones, which the agent sees in full.
const EXPECTED_VIEWS_CHANGED: usize = 82;

/// (conversation id, text) of every message of the export.
fn messages() -> Vec<(String, String)> {
    EXPORT
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["conversation_id"].as_str().unwrap().to_owned(),
                v["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let msgs = messages();
    let bytes: usize = msgs.iter().map(|(_, t)| t.len()).sum();
    let conversations = msgs.iter().map(|(c, _)| c).collect::<BTreeSet<_>>().len();
    let resources: Vec<Resource> = msgs
        .iter()
        .map(|(c, _)| Resource::new("conversation", c.as_str()))
        .collect();
    let guard = InboxGuard::new(
        Authorizer::from_toml(POLICY, "inbox.toml").unwrap(),
        Scanner::new().unwrap(),
    )
    .unwrap();
    let agent = Principal::new("ana").with_role("agent");
    let now: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
    let mut label = MaskPolicy::new();
    label.default_operator(Operator::Label);
    let masker = Masker::new(guard.scanner(), label).unwrap();

    let view_all = || {
        let mut changed = 0;
        for ((_, text), resource) in msgs.iter().zip(&resources) {
            let view = guard.view(&agent, resource, now, black_box(text));
            changed += usize::from(view.text() != Some(text.as_str()));
        }
        changed
    };
    let mask_all = || {
        let mut changed = 0;
        for (_, text) in &msgs {
            changed += usize::from(masker.mask(black_box(text)) != text.as_str());
        }
        changed
    };
    assert_eq!(
        view_all(),
        EXPECTED_VIEWS_CHANGED,
        "export, policy or detector changed"
    );
    assert_eq!(mask_all(), EXPECTED_MASKED, "export or detector changed");

    let mut g = c.benchmark_group("inbox-messages");
    g.throughput(Throughput::Elements(msgs.len() as u64));
    g.bench_function("view/agent", |b| b.iter(view_all));
    g.bench_function("baseline/mask-without-policy", |b| b.iter(mask_all));
    g.finish();

    let mut g = c.benchmark_group("inbox-bytes");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("view/agent", |b| b.iter(view_all));
    g.finish();

    let mut g = c.benchmark_group("inbox-conversations");
    g.throughput(Throughput::Elements(conversations as u64));
    g.bench_function("view/agent", |b| b.iter(view_all));
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
