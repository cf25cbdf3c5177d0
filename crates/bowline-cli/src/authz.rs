//! `bowline authz`: decide requests, run policy tests, lint and diff policies.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;

use bowline::rbac::{Authorizer, Request};

use crate::cli::AuthzCommand;
use crate::error::{CliError, Exit};

/// How a policy file is read: JSON for `.json`, TOML otherwise.
fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

fn read_config(path: &Path, what: &str) -> Result<String, CliError> {
    std::fs::read_to_string(path)
        .map_err(|e| CliError::config(format!("cannot read {what} `{}`: {e}", path.display())))
}

/// Loads a policy file; `lenient` keeps unreachable rules as lints instead of errors.
fn load_policy(path: &Path, lenient: bool) -> Result<Authorizer, CliError> {
    let text = read_config(path, "policy file")?;
    let source = path.display().to_string();
    let mut builder = Authorizer::builder();
    builder.allow_unreachable_rules(lenient);
    let loaded = if is_json(path) {
        builder.build_json(&text, &source)
    } else {
        builder.build_toml(&text, &source)
    };
    loaded.map_err(|e| CliError::config(format!("invalid policy file: {e}")))
}

fn read_request(path: Option<&Path>) -> Result<(String, String), CliError> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let text = std::fs::read_to_string(p).map_err(|e| {
                CliError::input(format!("cannot read request `{}`: {e}", p.display()))
            })?;
            Ok((text, p.display().to_string()))
        }
        _ => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| CliError::input(format!("cannot read request from `<stdin>`: {e}")))?;
            Ok((text, "<stdin>".to_owned()))
        }
    }
}

pub(crate) fn run(command: &AuthzCommand) -> Result<Exit, CliError> {
    match command {
        AuthzCommand::Check {
            policy,
            request,
            json,
        } => {
            let authz = load_policy(policy, false)?;
            let (text, name) = read_request(request.as_deref())?;
            let request = Request::from_json(&text)
                .map_err(|e| CliError::input(format!("invalid request `{name}`: {e}")))?;
            let decision = authz.decide(&request);
            if *json {
                let record = serde_json::to_string_pretty(&decision.record())
                    .map_err(|e| CliError::input(format!("cannot write the decision: {e}")))?;
                crate::print_out(&format!("{record}\n"))?;
            } else {
                let text = decision.to_string();
                crate::print_out(&format!("{}\n", text.trim_end()))?;
            }
            Ok(if decision.is_allowed() {
                Exit::Ok
            } else {
                Exit::Denied
            })
        }
        AuthzCommand::Test { policy, tests } => {
            let authz = load_policy(policy, false)?;
            let mut all_passed = true;
            for test in tests {
                let text = read_config(test, "test file")?;
                let source = test.display().to_string();
                let report = if is_json(test) {
                    authz.run_tests_json(&text, &source)
                } else {
                    authz.run_tests_toml(&text, &source)
                }
                .map_err(|e| CliError::config(format!("invalid test file: {e}")))?;
                crate::print_out(&format!("{source}:\n{report}\n"))?;
                all_passed &= report.is_success();
            }
            Ok(if all_passed {
                Exit::Ok
            } else {
                Exit::CheckFailed
            })
        }
        AuthzCommand::Lint { policy } => {
            let authz = load_policy(policy, true)?;
            let mut text = String::new();
            for lint in authz.lints() {
                let _ = writeln!(text, "{}: {lint}", policy.display());
            }
            let _ = writeln!(
                text,
                "{}: {} rules, {} lints, version {}",
                policy.display(),
                authz.rule_count(),
                authz.lints().len(),
                authz.version_hash()
            );
            crate::print_out(&text)?;
            Ok(if authz.lints().is_empty() {
                Exit::Ok
            } else {
                Exit::CheckFailed
            })
        }
        AuthzCommand::Diff { old, new } => {
            let old_authz = load_policy(old, true)?;
            let new_authz = load_policy(new, true)?;
            let diff = bowline::rbac::diff(&old_authz, &new_authz);
            if diff.is_empty() {
                crate::print_out("no change in effective permissions\n")?;
                Ok(Exit::Ok)
            } else {
                crate::print_out(&format!("{}\n", diff.to_string().trim_end()))?;
                Ok(Exit::CheckFailed)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_format_follows_the_extension() {
        assert!(is_json(Path::new("p/inbox.json")));
        assert!(is_json(Path::new("INBOX.JSON")));
        assert!(!is_json(Path::new("inbox.toml")));
        assert!(!is_json(Path::new("inbox")));
    }
}
