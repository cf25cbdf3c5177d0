//! Table tests for every condition operator, driven by `testdata/conditions.toml`.

use bowline_rbac::{
    Attributes, Authorizer, Context, DenyReason, EvalIssue, Principal, Request, Resource,
};
use serde::Deserialize;

const SCHEMA: &str = r#"
[schema.principal]
clearance = "number"
languages = "set"
residency = "string"

[schema.resource]
assignee = "entity"
team = "string"
segment = "string"
amount = "number"
flagged = "bool"
tags = "set"
language = "string"
created_at = "instant"
residency = "string"

[schema.context]
channel = "string"

[[roles]]
id = "agent"
"#;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    when: String,
    #[serde(default)]
    principal: Attributes,
    #[serde(default)]
    resource: Attributes,
    #[serde(default)]
    context: Attributes,
    #[serde(default)]
    now: Option<String>,
    expect: String,
}

fn policy(when: &str) -> String {
    format!(
        "{SCHEMA}\n[[rules]]\nid = \"r\"\neffect = \"permit\"\nroles = [\"agent\"]\nactions = [\"view\"]\nresources = [\"conversation\"]\nwhen = [{when}]\n"
    )
}

#[track_caller]
fn check(case: &Case) {
    let authz = Authorizer::from_toml(&policy(&case.when), &case.name)
        .unwrap_or_else(|e| panic!("case `{}`: {e}", case.name));
    let mut p = Principal::new("agent-1")
        .with_role("agent")
        .with_team("cards");
    for (n, v) in case.principal.iter() {
        p = p.with_attr(n, v.clone());
    }
    let mut r = Resource::new("conversation", "r-1");
    for (n, v) in case.resource.iter() {
        r = r.with_attr(n, v.clone());
    }
    let now = crate::at(case.now.as_deref().unwrap_or("2026-11-30T10:15:00Z"));
    let req = Request::new(p, "view", r, now).with_context(Context {
        counters: std::collections::BTreeMap::default(),
        attributes: case.context.clone(),
    });
    let d = authz.decide(&req);
    let got = if d.is_allowed() {
        "allow"
    } else if d.issues().any(|i| matches!(i, EvalIssue::Condition { .. })) {
        "error"
    } else {
        assert_eq!(
            d.deny_reason(),
            Some(DenyReason::NotPermitted),
            "case `{}`",
            case.name
        );
        "deny"
    };
    assert_eq!(got, case.expect, "case `{}`: {d}", case.name);
}

#[test]
fn condition_table() {
    let file: File = toml::from_str(include_str!("../../testdata/conditions.toml")).unwrap();
    assert!(file.case.len() >= 40);
    for case in &file.case {
        check(case);
    }
}

/// The same condition in a forbid: an error denies (fail closed), a false condition does not.
#[test]
fn forbid_condition_errors_fail_closed() {
    let text = format!(
        "{SCHEMA}\n[[rules]]\nid = \"all\"\neffect = \"permit\"\nroles = [\"agent\"]\n\
         [[rules]]\nid = \"f\"\neffect = \"forbid\"\nwhen = [{{ attr = \"resource.segment\", eq = \"pep\" }}]\n"
    );
    let authz = Authorizer::from_toml(&text, "f.toml").unwrap();
    let now = crate::at("2026-11-30T10:15:00Z");
    let p = Principal::new("a").with_role("agent");
    let cases = [
        (
            Resource::new("conversation", "1").with_attr("segment", "retail"),
            None,
        ),
        (
            Resource::new("conversation", "1").with_attr("segment", "pep"),
            Some(DenyReason::Forbidden),
        ),
        (
            Resource::new("conversation", "1"),
            Some(DenyReason::FailClosed),
        ),
        (
            Resource::new("conversation", "1").with_attr("segment", true),
            Some(DenyReason::FailClosed),
        ),
    ];
    for (r, want) in cases {
        let req = Request::new(p.clone(), "view", r, now);
        let d = authz.decide(&req);
        assert_eq!(d.deny_reason(), want, "{d}");
    }
}
