//! Malformed requests and policies, huge inputs: typed errors or documented fail-closed decisions.

use std::fmt::Write as _;

use bowline_rbac::{Authorizer, DenyReason, Principal, Request, Resource, Value};

use crate::{at, inbox};

#[test]
fn malformed_request_json_has_line_and_column() {
    let err =
        Request::from_json("{\n  \"principal\": {\"id\": \"a\"},\n  \"action\": 5\n}").unwrap_err();
    assert_eq!(err.line(), 3);
    assert!(
        err.to_string().starts_with("invalid request at line 3"),
        "{err}"
    );
    let err = Request::from_json(
        r#"{"principal": {"id": "a"}, "action": "view", "resource": {"type": "conversation"}}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("missing field `now`"), "{err}");
    let err = Request::from_json(
        r#"{"principal": {"id": "a", "role": []}, "action": "view", "resource": {"type": "x"}, "now": "2026-01-01T00:00:00Z"}"#,
    )
    .unwrap_err();
    assert!(err.to_string().contains("unknown field `role`"), "{err}");
}

#[test]
fn huge_attribute_sets_are_handled() {
    let authz = inbox();
    let mut p = Principal::new("agent-17")
        .with_role("agent")
        .with_team("cards");
    for i in 0..5_000 {
        p = p.with_attr(format!("noise{i}"), i64::from(i));
    }
    p = p.with_attr("residency", "eu");
    let mut r = Resource::new("conversation", "c").with_attr("assignee", "agent-17");
    for i in 0..5_000 {
        r = r.with_attr(format!("noise{i}"), i64::from(i));
    }
    r = r.with_attr("tags", Value::set((0..100_000).map(|i| format!("tag{i}"))));
    r = r
        .with_attr("team", "cards")
        .with_attr("residency", "eu")
        .with_attr("segment", "retail");
    let req = Request::new(p, "view", r, at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    assert!(d.is_allowed(), "{d}");
}

#[test]
fn many_roles_and_teams_on_a_principal() {
    let authz = inbox();
    let mut p = Principal::new("agent-17").with_attr("residency", "eu");
    for i in 0..2_000 {
        p = p
            .with_role(format!("unknown{i}"))
            .with_team(format!("team{i}"));
    }
    let r = Resource::new("conversation", "c")
        .with_attr("assignee", "agent-17")
        .with_attr("team", "team1999")
        .with_attr("residency", "eu")
        .with_attr("segment", "retail");
    let req = Request::new(p.clone(), "view", r.clone(), at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    // No known role: nothing is permitted; only the first few unknown roles are reported.
    assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted));
    assert!(d.issues().count() <= 4);
    let req = Request::new(p.with_role("agent"), "view", r, at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    assert!(d.is_allowed());
}

#[test]
fn many_matching_rules_are_counted_when_not_listed() {
    let mut text = String::from("[[roles]]\nid = \"agent\"\n");
    for i in 0..20 {
        let rtype = if i % 2 == 0 {
            "message"
        } else {
            "conversation"
        };
        writeln!(
            text,
            "[[rules]]\nid = \"r{i}\"\neffect = \"permit\"\nroles = [\"agent\"]\nactions = [\"view\"]\nresources = [\"{rtype}\"]"
        )
        .unwrap();
    }
    // Distinct rules with the same scope are duplicates for the linter, not errors.
    let authz = Authorizer::from_toml(&text, "p.toml").unwrap();
    let req = Request::new(
        Principal::new("a").with_role("agent"),
        "view",
        Resource::new("message", "m"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert!(d.is_allowed());
    assert_eq!(d.deciding_rules().count(), 8);
    assert_eq!(d.deciding_rules_omitted(), 2);
    assert_eq!(d.deciding_rules().next(), Some("r0"));
}

#[test]
fn empty_and_garbage_policies() {
    let authz = Authorizer::from_toml("", "empty.toml").unwrap();
    let req = Request::new(
        Principal::new("a"),
        "view",
        Resource::new("conversation", "c"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted));
    for garbage in [
        "\u{0}\u{1}",
        "[[rules]]\nid = 5",
        "rules = 7",
        "{",
        "[[[",
        "\"\\u{zz}\"",
    ] {
        assert!(
            Authorizer::from_toml(garbage, "g.toml").is_err(),
            "{garbage:?}"
        );
        assert!(
            Authorizer::from_json(garbage, "g.json").is_err(),
            "{garbage:?}"
        );
    }
}
