//! Load-time validation, driven by `testdata/load_errors.toml`.

use std::fmt::Write as _;

use bowline_rbac::{Authorizer, LintKind, PolicyError};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    policy: String,
    message: String,
    #[serde(default)]
    line: Option<usize>,
    #[serde(default)]
    format: Option<String>,
}

#[test]
fn load_error_table() {
    let file: File = toml::from_str(include_str!("../../testdata/load_errors.toml")).unwrap();
    assert!(file.case.len() >= 30);
    for case in &file.case {
        let result = match case.format.as_deref() {
            Some("json") => Authorizer::from_json(&case.policy, "inbox.toml"),
            _ => Authorizer::from_toml(&case.policy, "inbox.toml"),
        };
        let Err(err) = result else {
            panic!("case `{}` loaded but should fail", case.name)
        };
        let text = err.to_string();
        assert!(
            text.contains(&case.message),
            "case `{}`: got `{text}`",
            case.name
        );
        if let Some(line) = case.line {
            assert_eq!(
                err.location().line(),
                Some(line),
                "case `{}`: {text}",
                case.name
            );
        }
        assert_eq!(err.location().source(), "inbox.toml");
        // Messages are lowercase and have no trailing period.
        assert!(!text.ends_with('.'), "{text}");
    }
}

#[test]
fn unreachable_rules_can_be_downgraded_to_lints() {
    let text = r#"
[[roles]]
id = "agent"

[[rules]]
id = "r"
effect = "permit"
roles = ["agent"]
actions = ["delete"]

[[rules]]
id = "no-deletes"
effect = "forbid"
actions = ["delete"]

[[rules]]
id = "pii-on-view"
effect = "permit"
roles = ["agent"]
actions = ["view"]
pii = ["card_number"]

[[rules]]
id = "pii-on-view-again"
effect = "permit"
roles = ["agent"]
actions = ["view"]
pii = ["card_number"]
"#;
    assert!(matches!(
        Authorizer::from_toml(text, "p.toml"),
        Err(PolicyError::Unreachable { .. })
    ));
    let authz = Authorizer::builder()
        .allow_unreachable_rules(true)
        .build_toml(text, "p.toml")
        .unwrap();
    let lints: Vec<_> = authz
        .lints()
        .iter()
        .map(|l| (l.rule(), l.kind(), l.line()))
        .collect();
    assert_eq!(
        lints,
        [
            ("r", LintKind::ShadowedByForbid, Some(5)),
            ("pii-on-view", LintKind::PiiWithoutUnmask, Some(16)),
            ("pii-on-view-again", LintKind::PiiWithoutUnmask, Some(23)),
            ("pii-on-view-again", LintKind::DuplicateRule, Some(23)),
        ]
    );
    assert_eq!(
        authz.lints()[0].to_string(),
        "line 5: rule `r`: shadowed by unconditional forbid `no-deletes`"
    );
}

#[test]
fn sample_policy_is_lint_free() {
    assert_eq!(crate::inbox().lints(), &[]);
}

#[test]
fn role_inheritance_is_transitive() {
    let authz = crate::inbox();
    let mut roles = authz.effective_roles("supervisor").unwrap();
    roles.sort_unstable();
    assert_eq!(roles, ["agent", "senior_agent", "supervisor", "team_lead"]);
    assert_eq!(authz.effective_roles("nobody"), None);
}

#[test]
fn too_many_roles_is_an_error() {
    let mut text = String::new();
    for i in 0..257 {
        writeln!(text, "[[roles]]\nid = \"r{i}\"").unwrap();
    }
    assert!(matches!(
        Authorizer::from_toml(&text, "p.toml"),
        Err(PolicyError::TooMany { what: "roles", .. })
    ));
}

#[test]
fn deep_inheritance_chain_loads() {
    let mut text = String::from("[[roles]]\nid = \"r0\"\n");
    for i in 1..256 {
        writeln!(
            text,
            "[[roles]]\nid = \"r{i}\"\ninherits = [\"r{}\"]",
            i - 1
        )
        .unwrap();
    }
    let authz = Authorizer::from_toml(&text, "p.toml").unwrap();
    assert_eq!(authz.effective_roles("r255").unwrap().len(), 256);
}

#[test]
fn extra_names_can_be_declared() {
    let text = r#"
actions = ["escalate"]
resource_types = ["ticket"]
pii_kinds = ["loyalty_number"]
[[roles]]
id = "agent"
[[rules]]
id = "r"
effect = "permit"
roles = ["agent"]
actions = ["escalate", "unmask"]
resources = ["ticket"]
pii = ["loyalty_number"]
mask = "masked"
"#;
    let authz = Authorizer::from_toml(text, "p.toml").unwrap();
    assert_eq!(authz.rule_count(), 1);
    let dup = "actions = [\"view\"]\n";
    assert!(matches!(
        Authorizer::from_toml(dup, "p.toml"),
        Err(PolicyError::Duplicate { .. })
    ));
}
