//! Access policies for financial inboxes: who may read a conversation, see a
//! card number unmasked or export a month of chats — with the reason for
//! every answer, fail-closed evaluation and sub-microsecond checks.
//!
//! `bowline-rbac` is a pure library: policies come in as TOML or JSON text,
//! requests come in as values (with the clock, `now`, as an argument), and
//! decisions go out as values. No I/O, no clocks, no global state.
//!
//! # Example
//!
//! ```
//! use bowline_rbac::{Authorizer, DenyReason, Principal, Request, Resource};
//!
//! let policy = r#"
//! [schema.resource]
//! assignee = "entity"
//! team = "string"
//! segment = "string"
//!
//! [[roles]]
//! id = "agent"
//! [[roles]]
//! id = "team_lead"
//! inherits = ["agent"]
//!
//! [[rules]]
//! id = "agents-view-assigned"
//! effect = "permit"
//! roles = ["agent"]
//! actions = ["view", "reply"]
//! resources = ["conversation"]
//! when = [{ assigned_to_me = true }]
//!
//! [[rules]]
//! id = "no-pep-for-agents"
//! effect = "forbid"
//! roles = ["agent"]
//! actions = ["view"]
//! resources = ["conversation"]
//! when = [{ attr = "resource.segment", eq = "pep" }]
//! "#;
//! let authz = Authorizer::from_toml(policy, "inbox.toml")?;
//!
//! let now = "2026-11-30T10:00:00Z".parse()?;
//! let me = Principal::new("agent-17").with_role("agent");
//! let conv = Resource::new("conversation", "conv-1")
//!     .with_attr("assignee", "agent-17")
//!     .with_attr("team", "cards")
//!     .with_attr("segment", "retail");
//! let req = Request::new(me.clone(), "view", conv, now);
//! let decision = authz.decide(&req);
//! assert!(decision.is_allowed());
//! assert_eq!(decision.deciding_rules().collect::<Vec<_>>(), ["agents-view-assigned"]);
//!
//! // A forbid whose attribute is missing denies (fail closed), and says so.
//! let conv = Resource::new("conversation", "conv-2").with_attr("assignee", "agent-17");
//! let req = Request::new(me, "view", conv, now);
//! let decision = authz.decide(&req);
//! assert_eq!(decision.deny_reason(), Some(DenyReason::FailClosed));
//! println!("{decision}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Concepts
//!
//! * **Principals** (agents, bots, services) have an id, roles, teams and
//!   typed attributes. **Roles** inherit from other roles (transitively;
//!   cycles are rejected at load).
//! * **Resources** have a type (`conversation`, `customer`, `message`,
//!   `field`, `export`, `policy`, plus any declared in `resource_types`), an
//!   id and typed attributes (`assignee`, `team`, `segment`, consent flags,
//!   residency, …). **Actions**: `view`, `reply`, `assign`, `transfer`,
//!   `export`, `delete`, `annotate`, `unmask` (plus declared ones).
//! * **Attribute values** are typed: string, number, bool, set, instant,
//!   entity reference. The policy's `[schema]` declares the type of every
//!   attribute a condition reads; unknown attributes and type mismatches are
//!   load errors.
//! * **Rules** are `permit` or `forbid` over roles, actions and resource types
//!   with conditions (`eq`, `ne`, `lt`, `le`, `gt`, `ge`, `in`, `not_in`,
//!   `contains`, comparisons with another attribute, `present`,
//!   `assigned_to_me`, `my_team`, `time` windows in a time zone). Deny
//!   overrides allow; no permit means deny.
//! * **Unmask** decisions carry a [`MaskLevel`] per PII kind (`hidden`,
//!   `masked`, `last_four`, `full`). PII kinds are strings (`card_number`,
//!   `account_number`, `iban`, `national_id`, `tax_id`, `phone`, `email`,
//!   `address`, `date_of_birth`, `name`, `balance`, `card_expiry`, plus
//!   declared `pii_kinds`); this crate does not depend on the masking crate.
//! * **Grants** passed with a request: [`BreakGlass`] (reason + ticket, hard
//!   expiry, one customer or conversation, flagged for review),
//!   [`Approval`] (four-eyes, bound to the exact request, single use),
//!   [`Delegation`] and [`TeamMembership`] (temporary). All are checked
//!   against the request's `now`.
//! * **Limits** (`[[limits]]`): volume limits fed by caller-supplied counters.
//!   **Separation of duties** (`[[separation_of_duties]]`): checked when roles
//!   are granted, with [`Authorizer::check_role_grant`].
//! * **Decisions** ([`Decision`]) carry the effect, the deciding rule ids, for
//!   a deny whether it was forbidden, failed closed or merely not permitted,
//!   and "why not": the nearest permit rules with the condition that failed.
//!   [`Decision::record`] gives a serializable [`DecisionRecord`] for audit
//!   logs, without attribute values.
//! * **Tooling**: the linter ([`Authorizer::lints`]), policy test files
//!   ([`Authorizer::run_tests_toml`]) and the effective-permission [`diff`].
//!
//! # Guarantees
//!
//! * [`Authorizer::decide`] never fails and never panics; the default is
//!   deny. A forbid that cannot be evaluated denies ([`DenyReason::FailClosed`])
//!   unless one of its conditions is false. Unknown actions, resource types
//!   or PII kinds deny ([`DenyReason::InvalidRequest`]); unknown roles grant
//!   nothing and are reported.
//! * Conditions use three-valued logic, so the result does not depend on the
//!   order of rules or of conditions.
//! * Expired, not-yet-valid, used or mis-bound grants never grant.
//! * Loading returns [`PolicyError`] with source name, line and rule id.
//!
//! # Performance
//!
//! Rules are indexed at build time by (action, resource type) and by role;
//! role closures are bitsets; names are interned. A check touches only the
//! rules indexed under its action, resource type and the principal's roles,
//! and does not allocate: [`Decision`] keeps rule ids, issues and near misses
//! in small inline buffers. See `benches/authorize.rs` and the README for
//! figures. Limits: 256 roles, 64 actions, 64 resource types, 64 PII kinds.
//!
//! # Crate features
//!
//! None. serde is always on: requests, grants and records are data.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc(test(attr(deny(warnings))))]

mod compile;
mod cond;
mod decide;
mod diff;
mod doc;
mod error;
mod lint;
mod model;
mod sod;
mod testing;
mod value;

pub use crate::compile::{Authorizer, AuthorizerBuilder};
pub use crate::cond::EvalErrorKind;
pub use crate::decide::{
    AllowBasis, Decision, DecisionRecord, DenyReason, EvalIssue, Failed, GrantProblem, NearMiss,
};
pub use crate::diff::{Change, DiffEntry, PermissionDiff, diff};
pub use crate::error::{Location, PolicyError};
pub use crate::lint::{Lint, LintKind};
pub use crate::model::{
    Approval, BreakGlass, Context, Delegation, Effect, Grant, GrantScope, MaskLevel, Principal,
    Request, RequestError, Resource, TeamMembership,
};
pub use crate::sod::{RoleAssignment, RoleGrantError};
pub use crate::testing::{CaseResult, TestReport};
pub use crate::value::{Attributes, EntityRef, Value, ValueType};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
