//! Decisions, reasons, records and grants on the sample inbox policy.

use bowline_rbac::{
    AllowBasis, Authorizer, BreakGlass, DenyReason, EvalErrorKind, EvalIssue, Failed, Grant,
    GrantProblem, GrantScope, MaskLevel, Principal, Request, Resource,
};

use crate::{INBOX_JSON, INBOX_TESTS, REQUEST_JSON, at, inbox};

#[test]
fn sample_policy_tests_pass() {
    let report = inbox()
        .run_tests_toml(INBOX_TESTS, "inbox.tests.toml")
        .unwrap();
    assert!(report.is_success(), "{report}");
    assert!(report.passed() >= 25);
}

#[test]
fn json_twin_decides_the_same() {
    let toml = inbox();
    let json = Authorizer::from_json(INBOX_JSON, "inbox.json").unwrap();
    assert_eq!(toml.version_hash(), json.version_hash());
    let report = json
        .run_tests_toml(INBOX_TESTS, "inbox.tests.toml")
        .unwrap();
    assert!(report.is_success(), "{report}");
}

#[test]
fn sample_request_is_allowed_with_reasons() {
    let authz = inbox();
    let req = Request::from_json(REQUEST_JSON).unwrap();
    let d = authz.decide(&req);
    assert!(d.is_allowed());
    assert_eq!(d.allowed_by(), Some(AllowBasis::Policy));
    assert_eq!(
        d.deciding_rules().collect::<Vec<_>>(),
        ["agents-work-assigned", "agents-view-team"]
    );
    assert_eq!(d.mask_level(), None);
    let text = d.to_string();
    assert!(
        text.starts_with("allow: `agent-17` view conversation `conv-1001`"),
        "{text}"
    );
    assert!(text.contains("`agents-work-assigned`"), "{text}");
}

fn alice() -> Principal {
    Principal::new("agent-17")
        .with_role("agent")
        .with_team("cards")
        .with_attr("clearance", 1_i64)
        .with_attr("residency", "eu")
}

fn conv(id: &str, assignee: &str, team: &str) -> Resource {
    Resource::new("conversation", id)
        .with_attr("assignee", assignee)
        .with_attr("team", team)
        .with_attr("segment", "retail")
        .with_attr("residency", "eu")
        .with_attr("customer", "cust-secret-9")
}

#[test]
fn why_not_names_the_failed_condition() {
    let authz = inbox();
    let req = Request::new(
        alice(),
        "reply",
        conv("c1", "agent-99", "cards"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted));
    assert_eq!(d.deciding_rules().count(), 0);
    let near: Vec<_> = d.near_misses().collect();
    assert_eq!(near[0].rule(), "agents-work-assigned");
    assert_eq!(
        near[0].failed(),
        Failed::Condition("resource is assigned to me")
    );
    // Rules whose role the principal lacks are listed too, after the closer ones.
    assert!(
        near.iter()
            .any(|n| n.rule() == "bot-replies-office-hours" && n.failed() == Failed::Role)
    );
    let text = d.to_string();
    assert!(text.contains("why not"), "{text}");
}

#[test]
fn forbidden_and_not_permitted_are_distinguished() {
    let authz = inbox();
    let pep = conv("c2", "agent-17", "cards").with_attr("segment", "politically_exposed");
    let req = Request::new(alice(), "view", pep, at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::Forbidden));
    assert_eq!(
        d.deciding_rules().collect::<Vec<_>>(),
        ["pep-needs-clearance"]
    );
    let req = Request::new(
        alice(),
        "view",
        conv("c3", "x", "loans"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted));
}

#[test]
fn erroring_forbid_fails_closed_and_says_why() {
    let authz = inbox();
    // The PEP forbid reads principal.clearance: a principal without it cannot see PEP data.
    let p = Principal::new("agent-17")
        .with_role("agent")
        .with_team("cards")
        .with_attr("residency", "eu");
    let pep = conv("c2", "agent-17", "cards").with_attr("segment", "politically_exposed");
    let req = Request::new(p.clone(), "view", pep, at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::FailClosed));
    let issues: Vec<_> = d.issues().collect();
    assert_eq!(
        issues,
        [EvalIssue::Condition {
            rule: "pep-needs-clearance",
            condition: "principal.clearance < 3",
            error: EvalErrorKind::MissingAttribute
        }]
    );
    // For a retail conversation the first condition is false: the forbid cannot apply,
    // whatever the missing attribute would say (three-valued logic).
    let req = Request::new(
        p,
        "view",
        conv("c1", "agent-17", "cards"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert!(d.is_allowed(), "{d}");
}

#[test]
fn type_mismatch_in_request_fails_closed() {
    let authz = inbox();
    let p = alice().with_attr("clearance", "high");
    let pep = conv("c2", "agent-17", "cards").with_attr("segment", "private_banking");
    let req = Request::new(p, "view", pep, at("2026-11-30T10:00:00Z"));
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::FailClosed));
    assert!(matches!(
        d.issues().next(),
        Some(EvalIssue::Condition {
            error: EvalErrorKind::TypeMismatch { .. },
            ..
        })
    ));
}

#[test]
fn record_has_ids_but_no_attribute_values() {
    let authz = inbox();
    let req = Request::new(
        alice(),
        "unmask",
        conv("conv-1", "agent-17", "cards"),
        at("2026-11-30T10:00:00Z"),
    )
    .with_pii("card_number");
    let d = authz.decide(&req);
    assert_eq!(d.mask_level(), Some(MaskLevel::LastFour));
    let rec = d.record();
    assert_eq!(rec.rules, ["agents-card-last-four"]);
    assert_eq!(rec.policy_version, authz.version_hash());
    assert_eq!(rec.now, at("2026-11-30T10:00:00Z"));
    let json = serde_json::to_string(&rec).unwrap();
    assert!(json.contains("\"mask_level\":\"last_four\""), "{json}");
    for value in ["cust-secret-9", "retail", "\"eu\"", "cards"] {
        assert!(!json.contains(value), "record leaks `{value}`: {json}");
    }
    let back: bowline_rbac::DecisionRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rec);
}

fn bob() -> Principal {
    Principal::new("agent-21")
        .with_role("senior_agent")
        .with_team("cards")
        .with_attr("clearance", 3_i64)
        .with_attr("residency", "eu")
}

fn break_glass(id: &str, scope: GrantScope, from: &str, to: &str) -> Grant {
    Grant::BreakGlass(BreakGlass {
        id: id.to_owned(),
        principal: "agent-21".to_owned(),
        reason: "customer on the phone reports fraud".to_owned(),
        ticket: "INC-1".to_owned(),
        scope,
        issued_at: at(from),
        expires_at: at(to),
    })
}

#[test]
fn break_glass_table() {
    let authz = inbox();
    let other = conv("conv-9", "agent-50", "loans");
    let now = "2026-11-30T10:30:00Z";
    let cases: Vec<(&str, Grant, Option<GrantProblem>)> = vec![
        (
            "valid conversation scope",
            break_glass(
                "bg",
                GrantScope::Conversation("conv-9".into()),
                "2026-11-30T10:00:00Z",
                "2026-11-30T11:00:00Z",
            ),
            None,
        ),
        (
            "valid customer scope",
            break_glass(
                "bg",
                GrantScope::Customer("cust-secret-9".into()),
                "2026-11-30T10:00:00Z",
                "2026-11-30T11:00:00Z",
            ),
            None,
        ),
        (
            "other conversation",
            break_glass(
                "bg",
                GrantScope::Conversation("conv-8".into()),
                "2026-11-30T10:00:00Z",
                "2026-11-30T11:00:00Z",
            ),
            Some(GrantProblem::OutOfScope),
        ),
        (
            "expired exactly now",
            break_glass(
                "bg",
                GrantScope::Conversation("conv-9".into()),
                "2026-11-30T10:00:00Z",
                now,
            ),
            Some(GrantProblem::Expired),
        ),
        (
            "not yet valid",
            break_glass(
                "bg",
                GrantScope::Conversation("conv-9".into()),
                "2026-11-30T10:31:00Z",
                "2026-11-30T11:00:00Z",
            ),
            Some(GrantProblem::NotYetValid),
        ),
        (
            "longer than four hours",
            break_glass(
                "bg",
                GrantScope::Conversation("conv-9".into()),
                "2026-11-30T06:00:00Z",
                "2026-11-30T10:31:00Z",
            ),
            Some(GrantProblem::TooLong),
        ),
    ];
    for (name, grant, problem) in cases {
        let req = Request::new(bob(), "view", other.clone(), at(now)).with_grant(grant);
        let d = authz.decide(&req);
        match problem {
            None => {
                assert_eq!(d.allowed_by(), Some(AllowBasis::BreakGlass), "{name}: {d}");
                assert!(d.review_required(), "{name}");
                assert_eq!(d.grants().collect::<Vec<_>>(), ["bg"], "{name}");
                assert!(d.to_string().contains("only by break-glass"), "{name}");
            }
            Some(p) => {
                assert!(!d.is_allowed(), "{name}: {d}");
                assert!(
                    d.issues().any(|i| i
                        == EvalIssue::Grant {
                            grant: "bg",
                            problem: p
                        }),
                    "{name}: {d}"
                );
            }
        }
    }
}

#[test]
fn break_glass_needs_justification_and_never_overrides_a_forbid() {
    let authz = inbox();
    let other = conv("conv-9", "agent-50", "loans");
    let now = "2026-11-30T10:30:00Z";
    // Missing justification.
    let mut g = break_glass(
        "bg",
        GrantScope::Conversation("conv-9".into()),
        "2026-11-30T10:00:00Z",
        "2026-11-30T11:00:00Z",
    );
    if let Grant::BreakGlass(b) = &mut g {
        b.ticket = " ".into();
    }
    let req = Request::new(bob(), "view", other.clone(), at(now)).with_grant(g);
    let d = authz.decide(&req);
    assert!(d.issues().any(|i| i
        == EvalIssue::Grant {
            grant: "bg",
            problem: GrantProblem::MissingJustification
        }));
    // Break-glass never overrides a forbid.
    let pep = other.with_attr("segment", "politically_exposed");
    let p = bob().with_attr("clearance", 1_i64);
    let g = break_glass(
        "bg",
        GrantScope::Conversation("conv-9".into()),
        "2026-11-30T10:00:00Z",
        "2026-11-30T11:00:00Z",
    );
    let req = Request::new(p, "view", pep, at(now)).with_grant(g);
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::Forbidden));
}

type Variant = (
    &'static str,
    Box<dyn Fn(&mut bowline_rbac::Approval)>,
    Option<GrantProblem>,
);

#[test]
fn approval_table() {
    use bowline_rbac::Approval;
    let authz = inbox();
    let sam = Principal::new("sup-1")
        .with_role("supervisor")
        .with_attr("residency", "eu");
    let export = Resource::new("export", "exp-7");
    let base = Approval {
        id: "ap".into(),
        requester: "sup-1".into(),
        approver: "comp-2".into(),
        approver_roles: vec!["compliance_reviewer".into()],
        action: "export".into(),
        resource_type: "export".into(),
        resource_id: "exp-7".into(),
        pii: None,
        issued_at: at("2026-11-30T09:00:00Z"),
        expires_at: at("2026-11-30T12:00:00Z"),
        used: false,
    };
    let variants: Vec<Variant> = vec![
        ("valid", Box::new(|_| {}), None),
        (
            "self approval",
            Box::new(|a| a.approver = "sup-1".into()),
            Some(GrantProblem::SelfApproval),
        ),
        (
            "used",
            Box::new(|a| a.used = true),
            Some(GrantProblem::AlreadyUsed),
        ),
        (
            "expired",
            Box::new(|a| a.expires_at = at("2026-11-30T10:00:00Z")),
            Some(GrantProblem::Expired),
        ),
        (
            "other export",
            Box::new(|a| a.resource_id = "exp-8".into()),
            Some(GrantProblem::NotBoundToRequest),
        ),
        (
            "other action",
            Box::new(|a| a.action = "delete".into()),
            Some(GrantProblem::NotBoundToRequest),
        ),
        (
            "ineligible approver",
            Box::new(|a| a.approver_roles = vec!["agent".into()]),
            Some(GrantProblem::ApproverNotEligible),
        ),
        (
            "other requester",
            Box::new(|a| a.requester = "sup-2".into()),
            Some(GrantProblem::WrongPrincipal),
        ),
    ];
    for (name, change, problem) in variants {
        let mut ap = base.clone();
        change(&mut ap);
        let req = Request::new(
            sam.clone(),
            "export",
            export.clone(),
            at("2026-11-30T10:15:00Z"),
        )
        .with_counter("exports_today", 1)
        .with_grant(Grant::Approval(ap));
        let d = authz.decide(&req);
        match problem {
            None => {
                assert_eq!(d.allowed_by(), Some(AllowBasis::Approval), "{name}: {d}");
                assert_eq!(d.grants().collect::<Vec<_>>(), ["ap"]);
            }
            Some(p) => {
                assert_eq!(
                    d.deny_reason(),
                    Some(DenyReason::ApprovalRequired),
                    "{name}: {d}"
                );
                assert!(
                    d.issues().any(|i| i
                        == EvalIssue::Grant {
                            grant: "ap",
                            problem: p
                        }),
                    "{name}: {d}"
                );
                assert!(
                    d.near_misses().any(|n| n.failed() == Failed::Approval),
                    "{name}"
                );
            }
        }
    }
}

#[test]
fn unknown_role_grants_nothing_and_is_reported() {
    let authz = inbox();
    let p = Principal::new("x")
        .with_role("superuser")
        .with_attr("residency", "eu");
    let req = Request::new(
        p,
        "view",
        Resource::new("policy", "p1"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::NotPermitted));
    assert!(d.issues().any(|i| i
        == EvalIssue::UnknownName {
            what: "role",
            name: "superuser"
        }));
}

#[test]
fn why_not_for_unmask_lists_only_rules_for_that_pii_kind() {
    let authz = inbox();
    let req = Request::new(
        alice(),
        "unmask",
        conv("c", "agent-17", "cards"),
        at("2026-11-30T10:00:00Z"),
    )
    .with_pii("national_id");
    let d = authz.decide(&req);
    assert_eq!(d.mask_level(), Some(MaskLevel::Hidden));
    let near: Vec<_> = d.near_misses().map(|n| (n.rule(), n.failed())).collect();
    assert_eq!(near, [("compliance-national-id-masked", Failed::Role)]);
}

#[test]
fn unmask_without_pii_kind_is_invalid() {
    let authz = inbox();
    let req = Request::new(
        alice(),
        "unmask",
        conv("c", "agent-17", "cards"),
        at("2026-11-30T10:00:00Z"),
    );
    let d = authz.decide(&req);
    assert_eq!(d.deny_reason(), Some(DenyReason::InvalidRequest));
    assert_eq!(d.mask_level(), Some(MaskLevel::Hidden));
}

#[test]
fn mask_level_is_the_most_revealing_permit() {
    // Bob (senior agent, inherits agent) on his own conversation: agents get last four of
    // card numbers; a second policy grants seniors full cards.
    let policy = format!(
        "{}\n[[rules]]\nid = \"seniors-cards-full\"\neffect = \"permit\"\nroles = [\"senior_agent\"]\nactions = [\"unmask\"]\npii = [\"card_number\"]\nwhen = [{{ assigned_to_me = true }}]\n",
        crate::INBOX_TOML
    );
    let authz = Authorizer::from_toml(&policy, "p.toml").unwrap();
    let req = Request::new(
        bob(),
        "unmask",
        conv("c", "agent-21", "cards"),
        at("2026-11-30T10:00:00Z"),
    )
    .with_pii("card_number");
    let d = authz.decide(&req);
    assert_eq!(d.mask_level(), Some(MaskLevel::Full));
    assert_eq!(
        d.deciding_rules().collect::<Vec<_>>(),
        ["agents-card-last-four", "seniors-cards-full"]
    );
}
