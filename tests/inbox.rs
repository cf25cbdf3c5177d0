//! The `inbox` composition: policy decides the level, masking applies it.

#![allow(
    clippy::expect_used,
    reason = "fixtures outside #[test] functions fail loudly on purpose"
)]

use bowline::inbox::InboxGuard;
use bowline::mask::Scanner;
use bowline::rbac::{Authorizer, MaskLevel, Principal, Resource};
use chrono::{DateTime, Utc};

const POLICY: &str = r#"
pii_kinds = ["credential"]

[schema.resource]
assignee = "entity"

[[roles]]
id = "agent"

[[roles]]
id = "fraud_analyst"
inherits = ["agent"]

[[roles]]
id = "auditor"

[[rules]]
id = "staff-view"
effect = "permit"
roles = ["agent", "auditor"]
actions = ["view"]
resources = ["conversation"]

[[rules]]
id = "agents-cards-last-four"
effect = "permit"
roles = ["agent"]
actions = ["unmask"]
resources = ["conversation"]
pii = ["card_number"]
mask = "last_four"
when = [{ assigned_to_me = true }]

[[rules]]
id = "fraud-everything-full"
effect = "permit"
roles = ["fraud_analyst"]
actions = ["unmask"]
resources = ["conversation"]
pii = ["card_number", "national_id", "credential", "email"]
mask = "full"

[[rules]]
id = "auditors-hide-contact"
effect = "permit"
roles = ["auditor"]
actions = ["unmask"]
resources = ["conversation"]
pii = ["email"]
mask = "hidden"
"#;

const MESSAGE: &str =
    "cartão 4111 1111 1111 1111, cpf 529.982.247-25, otp 482913, mail ana@example.com";

fn guard() -> InboxGuard {
    let authz = Authorizer::from_toml(POLICY, "inbox.toml").expect("policy loads");
    InboxGuard::new(authz, Scanner::new().expect("scanner builds")).expect("guard builds")
}

fn now() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().expect("valid instant")
}

fn conversation() -> Resource {
    Resource::new("conversation", "c-1021").with_attr("assignee", "ana")
}

#[test]
fn assigned_agent_sees_last_four_of_cards_and_nothing_else() {
    let agent = Principal::new("ana").with_role("agent");
    let view = guard().view(&agent, &conversation(), now(), MESSAGE);
    assert_eq!(
        view.text(),
        Some("cartão **** **** **** 1111, cpf <BR_CPF>, otp , mail <EMAIL>")
    );
    assert_eq!(view.level("card_number"), Some(MaskLevel::LastFour));
    assert_eq!(view.level("national_id"), Some(MaskLevel::Masked));
    assert_eq!(view.level("email"), Some(MaskLevel::Masked));
    // Every decision is kept for the audit log, and names its rules.
    let cards = view
        .unmask_records()
        .find(|(category, _, _)| *category == "card_number")
        .expect("card decision recorded");
    assert!(format!("{:?}", cards.2).contains("agents-cards-last-four"));
}

#[test]
fn unassigned_agent_sees_cards_masked() {
    let agent = Principal::new("bruno").with_role("agent");
    let view = guard().view(&agent, &conversation(), now(), MESSAGE);
    assert_eq!(view.level("card_number"), Some(MaskLevel::Masked));
    assert!(view.text().expect("visible").contains("<CARD_NUMBER>"));
}

#[test]
fn full_grant_never_reveals_sensitive_authentication_data() {
    let analyst = Principal::new("fatima").with_role("fraud_analyst");
    let view = guard().view(&analyst, &conversation(), now(), MESSAGE);
    // The policy grants `credential` in full, but the OTP is removed anyway.
    assert_eq!(
        view.text(),
        Some("cartão 4111 1111 1111 1111, cpf 529.982.247-25, otp , mail ana@example.com")
    );
    assert_eq!(view.level("credential"), Some(MaskLevel::Full));
}

#[test]
fn hidden_level_removes_the_value() {
    let auditor = Principal::new("ines").with_role("auditor");
    let view = guard().view(&auditor, &conversation(), now(), "write to ana@example.com");
    assert_eq!(view.text(), Some("write to "));
    assert_eq!(view.level("email"), Some(MaskLevel::Hidden));
}

#[test]
fn viewer_without_view_permission_gets_no_text() {
    let stranger = Principal::new("eve");
    let view = guard().view(&stranger, &conversation(), now(), MESSAGE);
    assert!(!view.is_visible());
    assert_eq!(view.text(), None);
    assert_eq!(view.unmask_records().count(), 0);
}

#[test]
fn clean_text_is_borrowed_and_needs_no_unmask_decision() {
    let agent = Principal::new("ana").with_role("agent");
    let view = guard().view(&agent, &conversation(), now(), "bom dia, tudo bem?");
    assert_eq!(view.text(), Some("bom dia, tudo bem?"));
    assert_eq!(view.unmask_records().count(), 0);
}

#[test]
fn public_types_are_thread_safe() {
    fn check<T: Send + Sync + 'static>() {}
    check::<InboxGuard>();
    check::<bowline::inbox::View<'static>>();
}
