//! The one integration-test binary of `bowline-rbac`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: helpers outside #[test] functions too"
)]

mod alloc;
mod bad_input;
mod conditions;
mod decide;
mod load;
mod props;
mod tooling;

use bowline_rbac::Authorizer;

pub(crate) const INBOX_TOML: &str = include_str!("../../testdata/inbox.toml");
pub(crate) const INBOX_JSON: &str = include_str!("../../testdata/inbox.json");
pub(crate) const INBOX_TESTS: &str = include_str!("../../testdata/inbox.tests.toml");
pub(crate) const REQUEST_JSON: &str = include_str!("../../testdata/request.json");

pub(crate) fn inbox() -> Authorizer {
    Authorizer::from_toml(INBOX_TOML, "inbox.toml").expect("sample policy loads")
}

pub(crate) fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    s.parse().expect("valid rfc 3339")
}

#[test]
fn public_types_are_thread_safe() {
    fn check<T: Send + Sync + 'static>() {}
    fn check_decision<'a, T: Send + Sync + 'a>() {}
    check::<Authorizer>();
    check::<bowline_rbac::PolicyError>();
    check::<bowline_rbac::RequestError>();
    check::<bowline_rbac::RoleGrantError>();
    check::<bowline_rbac::Request>();
    check::<bowline_rbac::DecisionRecord>();
    check::<bowline_rbac::TestReport>();
    check::<bowline_rbac::PermissionDiff>();
    check_decision::<bowline_rbac::Decision<'_>>();
}
