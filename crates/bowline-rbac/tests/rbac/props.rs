//! Property tests over generated policy sets and requests.

use std::collections::BTreeSet;
use std::fmt::Write;

use bowline_rbac::{
    Authorizer, BreakGlass, Decision, Delegation, DenyReason, Effect, Grant, GrantScope, Principal,
    Request, Resource, TeamMembership,
};
use proptest::prelude::*;

const ROLES: usize = 6;
const ACTIONS: [&str; 4] = ["view", "reply", "export", "delete"];
const TYPES: [&str; 3] = ["conversation", "message", "customer"];
const SEGMENTS: [&str; 4] = ["retail", "sme", "pep", "private_banking"];
const TEAMS: [&str; 3] = ["t0", "t1", "t2"];

#[derive(Clone, Debug)]
enum GenCond {
    SegEq(usize),
    SegIn(Vec<usize>),
    AmountLt(i64),
    Assigned(bool),
    MyTeam(bool),
    FlagEq(bool),
    Present(bool),
}

#[derive(Clone, Debug)]
struct GenRule {
    forbid: bool,
    roles: Option<Vec<usize>>,
    actions: Vec<usize>,
    types: Vec<usize>,
    conds: Vec<GenCond>,
}

#[derive(Clone, Debug)]
struct GenPolicy {
    parents: Vec<Vec<usize>>,
    rules: Vec<GenRule>,
}

fn cond_strategy() -> impl Strategy<Value = GenCond> {
    prop_oneof![
        (0..SEGMENTS.len()).prop_map(GenCond::SegEq),
        proptest::collection::vec(0..SEGMENTS.len(), 1..3).prop_map(GenCond::SegIn),
        (0i64..100).prop_map(GenCond::AmountLt),
        any::<bool>().prop_map(GenCond::Assigned),
        any::<bool>().prop_map(GenCond::MyTeam),
        any::<bool>().prop_map(GenCond::FlagEq),
        any::<bool>().prop_map(GenCond::Present),
    ]
}

fn rule_strategy() -> impl Strategy<Value = GenRule> {
    (
        proptest::bool::weighted(0.3),
        proptest::option::weighted(0.8, proptest::collection::vec(0..ROLES, 1..3)),
        proptest::collection::vec(0..ACTIONS.len(), 1..3),
        proptest::collection::vec(0..TYPES.len(), 1..3),
        proptest::collection::vec(cond_strategy(), 0..3),
    )
        .prop_map(|(forbid, roles, actions, types, conds)| GenRule {
            forbid,
            roles,
            actions,
            types,
            conds,
        })
}

fn policy_strategy() -> impl Strategy<Value = GenPolicy> {
    let parents = (0..ROLES)
        .map(|i| proptest::collection::vec(0..i.max(1), 0..if i == 0 { 1 } else { 3 }))
        .collect::<Vec<_>>();
    (parents, proptest::collection::vec(rule_strategy(), 0..24)).prop_map(|(mut parents, rules)| {
        // Role 0 has no parents; others inherit only lower roles (a DAG).
        if let Some(p) = parents.first_mut() {
            p.clear();
        }
        GenPolicy { parents, rules }
    })
}

fn names(list: &[usize], table: &[&str]) -> String {
    let set: BTreeSet<usize> = list.iter().copied().collect();
    set.iter()
        .map(|&i| format!("\"{}\"", table[i]))
        .collect::<Vec<_>>()
        .join(", ")
}

fn role_names() -> Vec<String> {
    (0..ROLES).map(|i| format!("role{i}")).collect()
}

fn render_rule(out: &mut String, id: &str, r: &GenRule) {
    let roles = role_names();
    let role_refs: Vec<&str> = roles.iter().map(String::as_str).collect();
    writeln!(
        out,
        "[[rules]]\nid = \"{id}\"\neffect = \"{}\"",
        if r.forbid { "forbid" } else { "permit" }
    )
    .unwrap();
    if let Some(rs) = &r.roles {
        writeln!(out, "roles = [{}]", names(rs, &role_refs)).unwrap();
    }
    writeln!(out, "actions = [{}]", names(&r.actions, &ACTIONS)).unwrap();
    writeln!(out, "resources = [{}]", names(&r.types, &TYPES)).unwrap();
    let conds: Vec<String> = r
        .conds
        .iter()
        .map(|c| match c {
            GenCond::SegEq(s) => format!(
                "{{ attr = \"resource.segment\", eq = \"{}\" }}",
                SEGMENTS[*s]
            ),
            GenCond::SegIn(v) => format!(
                "{{ attr = \"resource.segment\", in = [{}] }}",
                names(v, &SEGMENTS)
            ),
            GenCond::AmountLt(n) => format!("{{ attr = \"resource.amount\", lt = {n} }}"),
            GenCond::Assigned(b) => format!("{{ assigned_to_me = {b} }}"),
            GenCond::MyTeam(b) => format!("{{ my_team = {b} }}"),
            GenCond::FlagEq(b) => format!("{{ attr = \"resource.flagged\", eq = {b} }}"),
            GenCond::Present(b) => format!("{{ attr = \"resource.segment\", present = {b} }}"),
        })
        .collect();
    writeln!(out, "when = [{}]\n", conds.join(", ")).unwrap();
}

fn render(p: &GenPolicy, order: &[usize], extra: &[(String, GenRule)]) -> String {
    let mut out = String::from(
        "delegable_roles = [\"role5\"]\n[schema.resource]\nassignee = \"entity\"\nteam = \"string\"\nsegment = \"string\"\namount = \"number\"\nflagged = \"bool\"\n\n",
    );
    let roles = role_names();
    for (i, parents) in p.parents.iter().enumerate() {
        let parents: BTreeSet<usize> = parents.iter().copied().collect();
        let list: Vec<String> = parents
            .iter()
            .map(|&j| format!("\"{}\"", roles[j]))
            .collect();
        writeln!(
            out,
            "[[roles]]\nid = \"{}\"\ninherits = [{}]\n",
            roles[i],
            list.join(", ")
        )
        .unwrap();
    }
    for &i in order {
        render_rule(&mut out, &format!("rule{i}"), &p.rules[i]);
    }
    for (id, r) in extra {
        render_rule(&mut out, id, r);
    }
    out.push_str(
        "[[break_glass]]\nid = \"bg\"\nroles = [\"role0\"]\nactions = [\"view\"]\nmax_duration_minutes = 120\n",
    );
    out
}

fn build(text: &str, indexed: bool) -> Authorizer {
    Authorizer::builder()
        .allow_unreachable_rules(true)
        .indexed(indexed)
        .build_toml(text, "gen.toml")
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[derive(Clone, Debug)]
struct GenRequest {
    roles: Vec<usize>,
    teams: Vec<usize>,
    action: usize,
    rtype: usize,
    segment: Option<usize>,
    amount: Option<Result<i64, String>>,
    assigned: Option<bool>,
    team: Option<usize>,
    flagged: Option<bool>,
}

fn request_strategy() -> impl Strategy<Value = GenRequest> {
    (
        proptest::collection::vec(0..ROLES + 1, 0..3),
        proptest::collection::vec(0..TEAMS.len(), 0..2),
        0..ACTIONS.len(),
        0..TYPES.len(),
        proptest::option::of(0..SEGMENTS.len()),
        proptest::option::of(prop_oneof![
            (0i64..120).prop_map(Ok),
            "[a-z]{1,3}".prop_map(Err)
        ]),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0..TEAMS.len()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(roles, teams, action, rtype, segment, amount, assigned, team, flagged)| GenRequest {
                roles,
                teams,
                action,
                rtype,
                segment,
                amount,
                assigned,
                team,
                flagged,
            },
        )
}

fn now() -> chrono::DateTime<chrono::Utc> {
    crate::at("2026-11-30T10:00:00Z")
}

fn to_request(g: &GenRequest) -> Request {
    let mut p = Principal::new("me");
    for &r in &g.roles {
        // ROLES itself stands for an unknown role name.
        p = p.with_role(if r < ROLES {
            format!("role{r}")
        } else {
            "ghost".to_owned()
        });
    }
    for &t in &g.teams {
        p = p.with_team(TEAMS[t]);
    }
    let mut res = Resource::new(TYPES[g.rtype], "res-1");
    if let Some(s) = g.segment {
        res = res.with_attr("segment", SEGMENTS[s]);
    }
    match &g.amount {
        Some(Ok(n)) => res = res.with_attr("amount", *n),
        Some(Err(s)) => res = res.with_attr("amount", s.as_str()),
        None => {}
    }
    if let Some(a) = g.assigned {
        res = res.with_attr("assignee", if a { "me" } else { "someone" });
    }
    if let Some(t) = g.team {
        res = res.with_attr("team", TEAMS[t]);
    }
    if let Some(f) = g.flagged {
        res = res.with_attr("flagged", f);
    }
    Request::new(p, ACTIONS[g.action], res, now())
}

fn summary(d: &Decision<'_>) -> (Effect, Option<DenyReason>, BTreeSet<String>) {
    (
        d.effect(),
        d.deny_reason(),
        d.deciding_rules().map(str::to_owned).collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn index_agrees_with_linear_scan_and_rule_order_does_not_matter(
        p in policy_strategy(),
        reqs in proptest::collection::vec(request_strategy(), 1..8),
    ) {
        let order: Vec<usize> = (0..p.rules.len()).collect();
        let mut reversed = order.clone();
        reversed.reverse();
        let text = render(&p, &order, &[]);
        let indexed = build(&text, true);
        let linear = build(&text, false);
        let rev = build(&render(&p, &reversed, &[]), true);
        for g in &reqs {
            let req = to_request(g);
            let a = indexed.decide(&req);
            let b = linear.decide(&req);
            let c = rev.decide(&req);
            prop_assert_eq!(summary(&a), summary(&b), "indexed vs linear\n{}\n{}", a, b);
            if a.deciding_rules_omitted() == 0 && c.deciding_rules_omitted() == 0 {
                prop_assert_eq!(summary(&a), summary(&c), "rule order\n{}\n{}", a, c);
            } else {
                prop_assert_eq!(a.effect(), c.effect());
            }
        }
    }

    #[test]
    fn adding_a_permit_never_removes_access_and_adding_a_forbid_never_grants(
        p in policy_strategy(),
        extra in rule_strategy(),
        reqs in proptest::collection::vec(request_strategy(), 1..8),
    ) {
        let order: Vec<usize> = (0..p.rules.len()).collect();
        let base = build(&render(&p, &order, &[]), true);
        let mut permit = extra.clone();
        permit.forbid = false;
        let mut forbid = extra;
        forbid.forbid = true;
        let with_permit = build(&render(&p, &order, &[("extra".to_owned(), permit)]), true);
        let with_forbid = build(&render(&p, &order, &[("extra".to_owned(), forbid)]), true);
        for g in &reqs {
            let req = to_request(g);
            let before = base.decide(&req);
            if before.is_allowed() {
                prop_assert!(with_permit.decide(&req).is_allowed());
            } else {
                prop_assert!(!with_forbid.decide(&req).is_allowed());
            }
        }
    }

    #[test]
    fn deny_overrides_allow(
        p in policy_strategy(),
        reqs in proptest::collection::vec(request_strategy(), 1..8),
    ) {
        let order: Vec<usize> = (0..p.rules.len()).collect();
        for g in &reqs {
            let blanket = GenRule {
                forbid: true,
                roles: None,
                actions: vec![g.action],
                types: vec![g.rtype],
                conds: vec![],
            };
            let authz = build(&render(&p, &order, &[("blanket".to_owned(), blanket)]), true);
            let req = to_request(g);
            let d = authz.decide(&req);
            prop_assert_eq!(d.deny_reason(), Some(DenyReason::Forbidden));
            prop_assert!(d.deciding_rules().any(|r| r == "blanket"));
        }
    }

    #[test]
    fn role_inheritance_is_transitive(p in policy_strategy()) {
        let authz = build(&render(&p, &[], &[]), true);
        let roles = role_names();
        for (i, name) in roles.iter().enumerate() {
            // Naive closure by repeated expansion.
            let mut want: BTreeSet<usize> = [i].into_iter().collect();
            loop {
                let next: BTreeSet<usize> = want
                    .iter()
                    .flat_map(|&r| p.parents[r].iter().copied().chain([r]))
                    .collect();
                if next == want { break; }
                want = next;
            }
            let want: BTreeSet<&str> = want.iter().map(|&r| roles[r].as_str()).collect();
            let got: BTreeSet<&str> = authz.effective_roles(name).unwrap().into_iter().collect();
            prop_assert_eq!(&got, &want);
            for r in &got {
                let inner: BTreeSet<&str> = authz.effective_roles(r).unwrap().into_iter().collect();
                prop_assert!(inner.is_subset(&got));
            }
        }
    }

    #[test]
    fn expired_or_future_grants_never_grant(
        p in policy_strategy(),
        g in request_strategy(),
        minutes in 0i64..10_000,
        future in any::<bool>(),
    ) {
        let order: Vec<usize> = (0..p.rules.len()).collect();
        let authz = build(&render(&p, &order, &[]), true);
        let req = to_request(&g);
        let base = summary(&authz.decide(&req));
        let (start, end) = if future {
            (now() + chrono::Duration::minutes(minutes + 1), now() + chrono::Duration::minutes(minutes + 60))
        } else {
            (now() - chrono::Duration::minutes(minutes + 60), now() - chrono::Duration::minutes(minutes))
        };
        let grants = [
            Grant::Delegation(Delegation { id: "d".into(), from: "boss".into(), to: "me".into(), roles: vec!["role5".into()], starts_at: start, expires_at: end }),
            Grant::TeamMembership(TeamMembership { id: "t".into(), principal: "me".into(), team: "t1".into(), starts_at: start, expires_at: end }),
            Grant::BreakGlass(BreakGlass { id: "b".into(), principal: "me".into(), reason: "r".into(), ticket: "T-1".into(), scope: GrantScope::Conversation("res-1".into()), issued_at: start, expires_at: end }),
        ];
        let mut with = req.clone();
        for gr in grants {
            with = with.with_grant(gr);
        }
        let d = authz.decide(&with);
        prop_assert_eq!(summary(&d), base);
        prop_assert_eq!(d.grants().count(), 0);
    }

    #[test]
    fn arbitrary_requests_never_panic(
        action in "\\PC{0,12}",
        rtype in "\\PC{0,12}",
        roles in proptest::collection::vec("\\PC{0,8}", 0..4),
        attrs in proptest::collection::vec(("\\PC{0,10}", prop_oneof![
            any::<bool>().prop_map(bowline_rbac::Value::Bool),
            any::<f64>().prop_map(bowline_rbac::Value::Number),
            "\\PC{0,10}".prop_map(bowline_rbac::Value::String),
            proptest::collection::vec("\\PC{0,4}", 0..4).prop_map(bowline_rbac::Value::set),
        ]), 0..12),
        pii in proptest::option::of("\\PC{0,10}"),
    ) {
        let authz = crate::inbox();
        let mut p = Principal::new("p");
        for r in &roles {
            p = p.with_role(r.clone());
        }
        let mut res = Resource::new(rtype, "r");
        for (n, v) in &attrs {
            res = res.with_attr(n.clone(), v.clone());
            p = p.with_attr(n.clone(), v.clone());
        }
        let mut req = Request::new(p, action, res, now());
        if let Some(k) = pii {
            req = req.with_pii(k);
        }
        let d = authz.decide(&req);
        let _ = d.to_string();
        let rec = d.record();
        prop_assert_eq!(rec.effect, d.effect());
        let _ = serde_json::to_string(&rec).unwrap();
    }

    #[test]
    fn arbitrary_policy_text_never_panics(text in "\\PC{0,200}") {
        let _ = Authorizer::from_toml(&text, "x.toml");
        let _ = Authorizer::from_json(&text, "x.json");
        let _ = Request::from_json(&text);
        let _ = crate::inbox().run_tests_toml(&text, "t.toml");
    }

    #[test]
    fn mutilated_sample_policy_never_panics(cut in 0usize..400, len in 1usize..40) {
        let lines: Vec<&str> = crate::INBOX_TOML.lines().collect();
        let cut = cut % lines.len();
        let kept: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i < cut || *i >= cut + len).map(|(_, l)| *l).collect();
        let text = kept.join("\n");
        if let Ok(authz) = Authorizer::from_toml(&text, "cut.toml") {
            let req = Request::from_json(crate::REQUEST_JSON).unwrap();
            let _ = authz.decide(&req).to_string();
        }
    }
}
