//! Inbox scenario: ~10 roles in a hierarchy, 1,000 agents, 100 teams, 10,000
//! conversations; policy sets of 50 and 1,000 rules. Measures one access
//! check with the full explanation, on the allow path and the deny path, with
//! the rule index and with a naive linear scan over every rule (Cedar-style),
//! which decides identically.
//!
//! Run: `cargo bench -p bowline-rbac --bench authorize -- --warm-up-time 1 --measurement-time 3`
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "bench code"
)]
#![allow(
    missing_docs,
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    reason = "bench code"
)]

use std::fmt::Write;
use std::hint::black_box;

use bowline_rbac::{Authorizer, DenyReason, Principal, Request, Resource};
use criterion::{Criterion, criterion_group, criterion_main};

const ROLES: [(&str, &[&str]); 10] = [
    ("agent", &[]),
    ("senior_agent", &["agent"]),
    ("team_lead", &["senior_agent"]),
    ("supervisor", &["team_lead"]),
    ("fraud_analyst", &["senior_agent"]),
    ("quality_coach", &["agent"]),
    ("compliance_reviewer", &[]),
    ("auditor", &[]),
    ("bot", &[]),
    ("admin", &[]),
];
const ACTIONS: [&str; 8] = [
    "view", "reply", "assign", "transfer", "export", "delete", "annotate", "unmask",
];
const TYPES: [&str; 6] = [
    "conversation",
    "customer",
    "message",
    "field",
    "export",
    "policy",
];
const SEGMENTS: [&str; 4] = ["retail", "sme", "politically_exposed", "private_banking"];
const AGENTS: usize = 1_000;
const TEAMS: usize = 100;
const CONVERSATIONS: usize = 10_000;

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const CORE: &str = r#"
[schema.principal]
clearance = "number"
residency = "string"

[schema.resource]
assignee = "entity"
team = "string"
segment = "string"
residency = "string"
consent_marketing = "bool"
amount = "number"

[[rules]]
id = "agents-work-assigned"
effect = "permit"
roles = ["agent"]
actions = ["view", "reply", "annotate"]
resources = ["conversation", "message"]
when = [{ assigned_to_me = true }]

[[rules]]
id = "agents-view-team"
effect = "permit"
roles = ["agent"]
actions = ["view"]
resources = ["conversation"]
when = [{ my_team = true }]

[[rules]]
id = "leads-route-team"
effect = "permit"
roles = ["team_lead"]
actions = ["assign", "transfer"]
resources = ["conversation"]
when = [{ my_team = true }]

[[rules]]
id = "pep-needs-clearance"
effect = "forbid"
actions = ["view", "reply", "export"]
resources = ["conversation", "customer"]
when = [
  { attr = "resource.segment", in = ["politically_exposed", "private_banking"] },
  { attr = "principal.clearance", lt = 3 },
]

[[rules]]
id = "data-stays-in-region"
effect = "forbid"
actions = ["view", "export"]
resources = ["conversation", "customer"]
when = [{ attr = "resource.residency", ne_attr = "principal.residency" }]

[[rules]]
id = "agents-card-last-four"
effect = "permit"
roles = ["agent"]
actions = ["unmask"]
resources = ["conversation", "field"]
pii = ["card_number", "account_number"]
mask = "last_four"
when = [{ assigned_to_me = true }]
"#;

/// Core inbox rules plus filler rules spread over (role, action, resource type)
/// cells, each gated on a team and a segment, as per-team policies are.
fn policy(rules: usize) -> String {
    let mut out = String::from(CORE);
    for (role, parents) in ROLES {
        let parents: Vec<String> = parents.iter().map(|p| format!("\"{p}\"")).collect();
        writeln!(
            out,
            "[[roles]]\nid = \"{role}\"\ninherits = [{}]",
            parents.join(", ")
        )
        .unwrap();
    }
    let core = out.matches("[[rules]]").count();
    let mut rng = Rng(0x5eed_0fb0_711e);
    for k in 0..rules.saturating_sub(core) {
        let role = ROLES[k % ROLES.len()].0;
        let action = ACTIONS[(k / ROLES.len()) % ACTIONS.len()];
        let rtype = TYPES[(k / (ROLES.len() * ACTIONS.len())) % TYPES.len()];
        let forbid = k % 9 == 8;
        let team = rng.below(TEAMS);
        let seg = SEGMENTS[rng.below(SEGMENTS.len())];
        let limit = 100 + rng.below(10_000);
        writeln!(
            out,
            "[[rules]]\nid = \"gen-{k}\"\neffect = \"{}\"\nroles = [\"{role}\"]\nactions = [\"{action}\"]\nresources = [\"{rtype}\"]",
            if forbid { "forbid" } else { "permit" }
        )
        .unwrap();
        if action == "unmask" {
            writeln!(out, "pii = [\"email\"]").unwrap();
        }
        if forbid {
            writeln!(
                out,
                "when = [{{ attr = \"resource.team\", eq = \"team-{team}\" }}, {{ attr = \"resource.amount\", gt = {limit} }}]\n"
            )
            .unwrap();
        } else {
            writeln!(
                out,
                "when = [{{ attr = \"resource.team\", eq = \"team-{team}\" }}, {{ attr = \"resource.segment\", eq = \"{seg}\" }}]\n"
            )
            .unwrap();
        }
    }
    assert_eq!(out.matches("[[rules]]").count(), rules.max(core));
    out
}

struct Scenario {
    agents: Vec<Principal>,
    conversations: Vec<Resource>,
}

fn scenario() -> Scenario {
    let mut rng = Rng(0x00c0_ffee);
    let agents = (0..AGENTS)
        .map(|i| {
            // Mostly agents and senior agents; some leads, supervisors and specialists.
            let role = match i % 20 {
                0 => "team_lead",
                1 => "supervisor",
                2 => "fraud_analyst",
                3 => "quality_coach",
                4..=9 => "senior_agent",
                _ => "agent",
            };
            let mut p = Principal::new(format!("agent-{i}"))
                .with_role(role)
                .with_team(format!("team-{}", i % TEAMS))
                .with_attr("clearance", (i % 4) as i64)
                .with_attr("residency", "eu");
            if i % 5 == 0 {
                p = p.with_team(format!("team-{}", (i + 37) % TEAMS));
            }
            p
        })
        .collect();
    let conversations = (0..CONVERSATIONS)
        .map(|i| {
            let seg = if i % 10 == 0 {
                SEGMENTS[2 + rng.below(2)]
            } else {
                SEGMENTS[rng.below(2)]
            };
            Resource::new("conversation", format!("conv-{i}"))
                .with_attr("assignee", format!("agent-{}", rng.below(AGENTS)))
                .with_attr("team", format!("team-{}", rng.below(TEAMS)))
                .with_attr("segment", seg)
                .with_attr("residency", "eu")
                .with_attr("consent_marketing", i % 3 != 0)
                .with_attr("amount", rng.below(20_000) as i64)
        })
        .collect();
    Scenario {
        agents,
        conversations,
    }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-30T10:15:00Z".parse().unwrap()
}

fn build(text: &str, indexed: bool) -> Authorizer {
    Authorizer::builder()
        .indexed(indexed)
        .build_toml(text, "bench.toml")
        .unwrap()
}

fn bench(c: &mut Criterion) {
    let s = scenario();
    // Allow path: a senior agent (roles senior_agent + agent) views a retail conversation
    // assigned to them. Deny path: the same agent replies to another team's conversation
    // assigned to someone else ("not permitted", with nearest rules).
    let me = s.agents[4].clone();
    let mine = s.conversations[1]
        .clone()
        .with_attr("assignee", "agent-4")
        .with_attr("segment", "retail");
    let other = s.conversations[2]
        .clone()
        .with_attr("team", "team-99")
        .with_attr("assignee", "agent-999");
    let allow = Request::new(me.clone(), "view", mine, now());
    let deny = Request::new(me, "reply", other, now());
    let mixed: Vec<Request> = (0..1024)
        .map(|i| {
            // Half of the requests are on the agent's own or team's conversations.
            let a = &s.agents[(i * 7) % AGENTS];
            let mut r = s.conversations[(i * 13) % CONVERSATIONS].clone();
            match i % 4 {
                0 => r = r.with_attr("assignee", a.id()),
                1 => r = r.with_attr("team", a.teams()[0].as_str()),
                _ => {}
            }
            Request::new(a.clone(), ACTIONS[(i / 4) % 4], r, now())
        })
        .collect();

    let mut group = c.benchmark_group("authorize");
    for rules in [50, 1_000] {
        let text = policy(rules);
        let started = std::time::Instant::now();
        let indexed = build(&text, true);
        eprintln!("compile {rules} rules: {:?}", started.elapsed());
        let linear = build(&text, false);
        assert_eq!(indexed.rule_count(), rules);

        // Check the answers before timing.
        for authz in [&indexed, &linear] {
            let d = authz.decide(&allow);
            assert!(d.is_allowed(), "{d}");
            assert_eq!(
                d.deciding_rules().collect::<Vec<_>>(),
                ["agents-work-assigned"],
                "{d}"
            );
            let d = authz.decide(&deny);
            assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted), "{d}");
            assert_eq!(
                d.near_misses().next().map(|n| n.rule()),
                Some("agents-work-assigned"),
                "{d}"
            );
        }
        let mut allowed = 0;
        for req in &mixed {
            let (a, b) = (indexed.decide(req), linear.decide(req));
            assert_eq!(a.effect(), b.effect());
            assert_eq!(a.deny_reason(), b.deny_reason());
            assert!(a.deciding_rules().eq(b.deciding_rules()));
            allowed += usize::from(a.is_allowed());
        }
        assert!(
            allowed > 100 && allowed < 900,
            "mixed workload allowed {allowed}/1024"
        );
        eprintln!("mixed workload: {allowed}/1024 allowed");

        for (name, authz) in [("indexed", &indexed), ("linear", &linear)] {
            group.bench_function(format!("{name}/{rules}-rules/allow"), |b| {
                b.iter(|| {
                    let d = authz.decide(black_box(&allow));
                    black_box((d.effect(), d.deciding_rules().next()))
                });
            });
            group.bench_function(format!("{name}/{rules}-rules/deny-why-not"), |b| {
                b.iter(|| {
                    let d = authz.decide(black_box(&deny));
                    black_box((d.effect(), d.near_misses().next()))
                });
            });
            let mut i = 0usize;
            group.bench_function(format!("{name}/{rules}-rules/mixed"), |b| {
                b.iter(|| {
                    i = (i + 1) & 1023;
                    let d = authz.decide(black_box(&mixed[i]));
                    black_box((d.effect(), d.deciding_rules().next()))
                });
            });
        }
        group.bench_function(format!("compile/{rules}-rules"), |b| {
            b.iter(|| build(black_box(&text), true));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
