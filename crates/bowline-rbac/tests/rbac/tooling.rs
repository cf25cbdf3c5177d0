//! Policy test runner, diff, separation of duties.

use bowline_rbac::{Authorizer, Change, PolicyError, RoleAssignment, RoleGrantError, diff};

use crate::{INBOX_TOML, inbox};

#[test]
fn failing_policy_test_is_reported_with_line() {
    let tests = r#"
now = "2026-11-30T10:15:00Z"

[principals.alice]
id = "agent-17"
roles = ["agent"]
teams = ["cards"]
attributes = { residency = "eu" }

[[case]]
name = "passes"
principal = "alice"
action = "view"
resource = { type = "conversation", id = "c1", attributes = { assignee = "agent-17", team = "cards", residency = "eu", segment = "retail" } }
expect = "allow"

[[case]]
name = "wrong expectation"
principal = "alice"
action = "delete"
resource = { type = "conversation", id = "c1" }
expect = "allow"
rules = ["nothing"]
"#;
    let report = inbox().run_tests_toml(tests, "t.toml").unwrap();
    assert_eq!((report.passed(), report.failed()), (1, 1));
    assert!(!report.is_success());
    let failed = &report.results()[1];
    assert_eq!(failed.line(), Some(17));
    let msg = failed.failure().unwrap();
    assert!(msg.contains("expected allow, got deny"), "{msg}");
    assert!(
        msg.contains("expected rules [\"nothing\"], got []"),
        "{msg}"
    );
    let text = report.to_string();
    assert!(
        text.contains("FAIL wrong expectation (t.toml:17)"),
        "{text}"
    );
    assert!(text.ends_with("1 passed, 1 failed"), "{text}");
}

#[test]
fn unknown_fixture_is_an_error() {
    let tests = "now = \"2026-11-30T10:15:00Z\"\n[[case]]\nname = \"x\"\nprincipal = \"ghost\"\naction = \"view\"\nresource = { type = \"conversation\" }\nexpect = \"deny\"\n";
    let err = inbox().run_tests_toml(tests, "t.toml").unwrap_err();
    assert!(matches!(err, PolicyError::Unknown { .. }));
    assert_eq!(
        err.to_string(),
        "t.toml:2: `x`: unknown principal fixture `ghost`"
    );
    let err = inbox()
        .run_tests_toml("[[case]]\nname = 5\n", "t.toml")
        .unwrap_err();
    assert!(matches!(err, PolicyError::Syntax { .. }), "{err}");
}

#[test]
fn diff_shows_who_gains_and_loses() {
    let old = inbox();
    assert!(diff(&old, &old).is_empty());
    // Change: agents may now also reply to team conversations; the residency forbid is removed.
    let changed = INBOX_TOML
        .replace("actions = [\"view\"]\nresources = [\"conversation\"]\nwhen = [{ my_team = true }]", "actions = [\"view\", \"reply\"]\nresources = [\"conversation\"]\nwhen = [{ my_team = true }]")
        .replace("id = \"data-stays-in-region\"\neffect = \"forbid\"", "id = \"data-stays-in-region\"\neffect = \"forbid\"\nroles = [\"bot\"]");
    let new = Authorizer::from_toml(&changed, "new.toml").unwrap();
    let d = diff(&old, &new);
    let gained: Vec<_> = d
        .entries()
        .iter()
        .filter(|e| e.change() == Change::Gained && e.role() == "agent")
        .map(|e| (e.action(), e.resource_type(), e.rule()))
        .collect();
    assert!(
        gained.contains(&("reply", "conversation", "agents-view-team")),
        "{d}"
    );
    assert!(
        gained.contains(&("view", "customer", "data-stays-in-region")),
        "{d}"
    );
    // Holders of `supervisor` inherit the change.
    assert!(
        d.entries()
            .iter()
            .any(|e| e.role() == "supervisor" && e.action() == "reply"),
        "{d}"
    );
    // Bots now get the forbid on their own: nothing changes for them.
    assert!(!d.entries().iter().any(|e| e.role() == "bot"), "{d}");
    let text = d.to_string();
    assert!(
        text.contains("+ role `agent` gains reply on conversation via `agents-view-team`"),
        "{text}"
    );
    // The reverse diff swaps gains and losses.
    let back = diff(&new, &old);
    assert_eq!(back.entries().len(), d.entries().len());
    assert!(
        back.entries().iter().all(|e| e.change() == Change::Lost),
        "{back}"
    );
}

#[test]
fn separation_of_duties_at_grant_time() {
    let authz = inbox();
    let cards_lead = [RoleAssignment::on_team("team_lead", "cards")];
    let err = authz
        .check_role_grant(
            &cards_lead,
            &RoleAssignment::on_team("compliance_reviewer", "cards"),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "separation of duties `sod-lead-vs-compliance`: `compliance_reviewer` conflicts with held role `team_lead`"
    );
    assert!(
        authz
            .check_role_grant(
                &cards_lead,
                &RoleAssignment::on_team("compliance_reviewer", "loans")
            )
            .is_ok()
    );
    // A global compliance role conflicts with a lead role on any team.
    assert!(
        authz
            .check_role_grant(&cards_lead, &RoleAssignment::global("compliance_reviewer"))
            .is_err()
    );
    // Inheritance counts: a supervisor is a team lead.
    let sup = [RoleAssignment::on_team("supervisor", "cards")];
    assert!(
        authz
            .check_role_grant(
                &sup,
                &RoleAssignment::on_team("compliance_reviewer", "cards")
            )
            .is_err()
    );
    assert!(
        authz
            .check_role_grant(&sup, &RoleAssignment::on_team("agent", "cards"))
            .is_ok()
    );
    assert!(matches!(
        authz.check_role_grant(&sup, &RoleAssignment::global("wizard")),
        Err(RoleGrantError::UnknownRole { .. })
    ));
}
