//! Evaluation: [`Authorizer::decide`] and the [`Decision`] it returns.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::compile::{Authorizer, Bucket, Inner, RoleSet, Rule, RuleKind};
use crate::cond::{EvalCtx, EvalErrorKind};
use crate::model::{Approval, BreakGlass, Effect, Grant, GrantScope, MaskLevel, Request};

/// Why a request was denied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DenyReason {
    /// A forbid rule (or a volume limit) matched.
    Forbidden,
    /// A forbid rule could not be evaluated (missing attribute, type mismatch,
    /// missing counter) and no condition of it was false: fail closed.
    FailClosed,
    /// No permit matched (the default).
    NotPermitted,
    /// A permit matched but needs a four-eyes approval, and no valid approval
    /// bound to this request was given.
    ApprovalRequired,
    /// The request names an unknown action or resource type, or is an
    /// `unmask` without a known PII kind.
    InvalidRequest,
}

impl DenyReason {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Forbidden => "forbidden",
            Self::FailClosed => "fail_closed",
            Self::NotPermitted => "not_permitted",
            Self::ApprovalRequired => "approval_required",
            Self::InvalidRequest => "invalid_request",
        }
    }
}

impl fmt::Display for DenyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str().replace('_', " "))
    }
}

/// What granted an allowed request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AllowBasis {
    /// One or more permit rules.
    Policy,
    /// A permit that requires four-eyes approval, with a valid approval (single use:
    /// the caller marks the grant in [`Decision::grants`] as used).
    Approval,
    /// Only a break-glass grant: flagged for review.
    BreakGlass,
}

impl AllowBasis {
    /// The `snake_case` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Policy => "policy",
            Self::Approval => "approval",
            Self::BreakGlass => "break_glass",
        }
    }
}

/// Why a grant passed with the request was not honoured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrantProblem {
    /// `now` is at or after the expiry.
    Expired,
    /// `now` is before the start.
    NotYetValid,
    /// Issued to another principal.
    WrongPrincipal,
    /// A break-glass grant without reason or ticket.
    MissingJustification,
    /// A break-glass grant longer than the policy allows.
    TooLong,
    /// The grant's scope does not cover this resource.
    OutOfScope,
    /// No break-glass policy covers this principal's roles, action and resource type.
    NotEligible,
    /// The approval was already used.
    AlreadyUsed,
    /// Approver and requester are the same principal.
    SelfApproval,
    /// The approver holds none of the eligible approver roles.
    ApproverNotEligible,
    /// The approval is for another action, resource or PII kind.
    NotBoundToRequest,
    /// A delegated role is unknown or not listed in `delegable_roles`.
    NotDelegable,
}

impl GrantProblem {
    fn text(self) -> &'static str {
        match self {
            Self::Expired => "expired",
            Self::NotYetValid => "not yet valid",
            Self::WrongPrincipal => "issued to another principal",
            Self::MissingJustification => "reason or ticket missing",
            Self::TooLong => "longer than the policy allows",
            Self::OutOfScope => "scope does not cover this resource",
            Self::NotEligible => "no break-glass policy covers this request",
            Self::AlreadyUsed => "already used",
            Self::SelfApproval => "approver is the requester",
            Self::ApproverNotEligible => "approver holds no eligible role",
            Self::NotBoundToRequest => "approval is for another request",
            Self::NotDelegable => "role is not delegable",
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum NameRef {
    Action,
    ResourceType,
    Pii,
    Role(u16),
}

#[derive(Clone, Copy, Debug, Default)]
enum IssueRaw {
    #[default]
    None,
    Cond {
        rule: u32,
        cond: u16,
        error: EvalErrorKind,
    },
    Unknown(NameRef),
    Grant {
        grant: u16,
        problem: GrantProblem,
    },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Miss {
    #[default]
    Role,
    Cond(u16),
    CondError(u16, EvalErrorKind),
    Approval,
}

#[derive(Clone, Copy, Debug, Default)]
struct NearRaw {
    rule: u32,
    miss: Miss,
    score: u16,
}

/// A fixed-capacity inline list: no allocation. Extra items are counted, not stored.
#[derive(Clone, Copy, Debug)]
struct Inline<T: Copy + Default, const N: usize> {
    items: [T; N],
    len: u8,
    dropped: u16,
}

impl<T: Copy + Default, const N: usize> Default for Inline<T, N> {
    fn default() -> Self {
        Self {
            items: [T::default(); N],
            len: 0,
            dropped: 0,
        }
    }
}

impl<T: Copy + Default, const N: usize> Inline<T, N> {
    fn push(&mut self, t: T) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = t;
            self.len += 1;
        } else {
            self.dropped = self.dropped.saturating_add(1);
        }
    }
    fn as_slice(&self) -> &[T] {
        self.items.get(..usize::from(self.len)).unwrap_or(&[])
    }
    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Capacity of the inline list of deciding rules.
const MAX_DECIDING: usize = 8;

/// The outcome of one access check, with its reasons. Borrows the authorizer
/// and the request; holds no heap memory.
///
/// Obtain one from [`Authorizer::decide`]. `Display` renders a human
/// explanation; [`Decision::record`] gives a serializable audit record.
#[derive(Clone, Copy)]
pub struct Decision<'a> {
    inner: &'a Inner,
    req: &'a Request,
    effect: Effect,
    deny: Option<DenyReason>,
    allowed_by: Option<AllowBasis>,
    mask: Option<MaskLevel>,
    deciding: Inline<u32, MAX_DECIDING>,
    issues: Inline<IssueRaw, 4>,
    near: Inline<NearRaw, 4>,
    grants: Inline<u16, 4>,
}

impl fmt::Debug for Decision<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decision")
            .field("effect", &self.effect)
            .field("deny_reason", &self.deny)
            .field("allowed_by", &self.allowed_by)
            .field("mask_level", &self.mask)
            .field("rules", &self.deciding_rules().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// A condition that could not be evaluated, or a request or grant problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvalIssue<'a> {
    /// A rule's condition could not be evaluated.
    Condition {
        /// Rule id.
        rule: &'a str,
        /// The condition, as text (attribute names and policy literals only).
        condition: &'a str,
        /// What went wrong.
        error: EvalErrorKind,
    },
    /// The request names something the policy set does not know.
    UnknownName {
        /// `action`, `resource type`, `pii kind` or `role`.
        what: &'static str,
        /// The name.
        name: &'a str,
    },
    /// A grant was not honoured.
    Grant {
        /// Grant id.
        grant: &'a str,
        /// Why.
        problem: GrantProblem,
    },
}

impl fmt::Display for EvalIssue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Condition {
                rule,
                condition,
                error,
            } => {
                write!(
                    f,
                    "rule `{rule}`: `{condition}` could not be evaluated: {error}"
                )
            }
            Self::UnknownName { what, name } => write!(f, "unknown {what} `{name}`"),
            Self::Grant { grant, problem } => {
                write!(f, "grant `{grant}` not honoured: {}", problem.text())
            }
        }
    }
}

/// Why a permit rule near the request did not grant it ("why not").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failed<'a> {
    /// The principal holds none of the rule's roles.
    Role,
    /// This condition was false.
    Condition(&'a str),
    /// This condition could not be evaluated.
    ConditionError(&'a str, EvalErrorKind),
    /// The rule matched but needs a four-eyes approval.
    Approval,
}

/// A permit rule that nearly applied, with what failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NearMiss<'a> {
    rule: &'a str,
    failed: Failed<'a>,
}

impl<'a> NearMiss<'a> {
    /// Rule id.
    pub fn rule(&self) -> &'a str {
        self.rule
    }
    /// What failed.
    pub fn failed(&self) -> Failed<'a> {
        self.failed
    }
}

impl fmt::Display for NearMiss<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: ", self.rule)?;
        match self.failed {
            Failed::Role => f.write_str("role not held"),
            Failed::Condition(c) => write!(f, "failed `{c}`"),
            Failed::ConditionError(c, e) => write!(f, "`{c}` could not be evaluated: {e}"),
            Failed::Approval => f.write_str("needs a four-eyes approval"),
        }
    }
}

enum Outcome {
    True,
    False(u16, u16),
    Error(u16, EvalErrorKind),
}

fn eval_rule(rule: &Rule, ctx: &EvalCtx<'_>) -> Outcome {
    // Kleene conjunction: any false condition makes the rule false, whatever
    // the others do; otherwise any error makes it an error. This keeps the
    // result independent of condition order.
    let mut err = None;
    let mut passed = 0u16;
    for (i, c) in rule.conds.iter().enumerate() {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        match ctx.eval(c) {
            Ok(true) => passed = passed.saturating_add(1),
            Ok(false) => return Outcome::False(i, passed),
            Err(e) => {
                if err.is_none() {
                    err = Some((i, e));
                }
            }
        }
    }
    match err {
        Some((i, e)) => Outcome::Error(i, e),
        None => Outcome::True,
    }
}

fn valid_at(
    now: DateTime<Utc>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Result<(), GrantProblem> {
    if now < start {
        Err(GrantProblem::NotYetValid)
    } else if now >= end {
        Err(GrantProblem::Expired)
    } else {
        Ok(())
    }
}

impl Inner {
    fn rule(&self, i: u32) -> Option<&Rule> {
        self.rules.get(i as usize)
    }

    /// Calls `f` once per candidate rule (forbids or permits) of the request.
    fn candidates(
        &self,
        bucket: Option<&Bucket>,
        forbid: bool,
        a: u16,
        t: u16,
        eff: &RoleSet,
        mut f: impl FnMut(u32, &Rule),
    ) {
        if !self.indexed {
            for (i, r) in self.rules.iter().enumerate() {
                if r.forbid == forbid
                    && !matches!(r.kind, RuleKind::BreakGlass { .. })
                    && r.actions & (1 << a) != 0
                    && r.types & (1 << t) != 0
                    && r.role_matches(eff)
                {
                    f(u32::try_from(i).unwrap_or(u32::MAX), r);
                }
            }
            return;
        }
        let Some(b) = bucket else { return };
        let (any, by_role) = if forbid {
            (&b.forbid_any, &b.forbid_by_role)
        } else {
            (&b.permit_any, &b.permit_by_role)
        };
        for &i in any {
            if let Some(r) = self.rule(i) {
                f(i, r);
            }
        }
        for role in eff.iter() {
            for &i in by_role.get(role).map_or(&[][..], Vec::as_slice) {
                if let Some(r) = self.rule(i) {
                    // A rule listing several held roles is visited once: for the lowest one.
                    if r.roles.and_then(|rs| rs.first_common(eff)) == Some(role) {
                        f(i, r);
                    }
                }
            }
        }
    }
}

impl<'a> Decision<'a> {
    fn new(inner: &'a Inner, req: &'a Request) -> Self {
        Self {
            inner,
            req,
            effect: Effect::Deny,
            deny: Some(DenyReason::NotPermitted),
            allowed_by: None,
            mask: None,
            deciding: Inline::default(),
            issues: Inline::default(),
            near: Inline::default(),
            grants: Inline::default(),
        }
    }

    fn push_rule(&mut self, i: u32) {
        if !self.deciding.as_slice().contains(&i) {
            self.deciding.push(i);
        }
    }

    fn push_near(&mut self, n: NearRaw) {
        if self.near.as_slice().iter().any(|x| x.rule == n.rule) {
            return;
        }
        if usize::from(self.near.len) < self.near.items.len() {
            self.near.push(n);
            return;
        }
        let len = usize::from(self.near.len);
        if let Some(worst) = self
            .near
            .items
            .iter_mut()
            .take(len)
            .min_by_key(|x| (x.score, std::cmp::Reverse(x.rule)))
        {
            if (n.score, std::cmp::Reverse(n.rule)) > (worst.score, std::cmp::Reverse(worst.rule)) {
                *worst = n;
            }
        }
    }

    fn deny(mut self, reason: DenyReason) -> Self {
        self.effect = Effect::Deny;
        self.deny = Some(reason);
        self.allowed_by = None;
        if self.mask.is_some() {
            self.mask = Some(MaskLevel::Hidden);
        }
        self.finish()
    }

    fn allow(mut self, basis: AllowBasis) -> Self {
        self.near = Inline::default();
        self.effect = Effect::Allow;
        self.deny = None;
        self.allowed_by = Some(basis);
        self.finish()
    }

    fn finish(mut self) -> Self {
        // Deterministic order of deciding rules: document order (insertion sort, N ≤ 8).
        let len = usize::from(self.deciding.len);
        if let Some(s) = self.deciding.items.get_mut(..len) {
            s.sort_unstable();
        }
        let len = usize::from(self.near.len);
        if let Some(s) = self.near.items.get_mut(..len) {
            s.sort_unstable_by_key(|n| (std::cmp::Reverse(n.score), n.rule));
        }
        self
    }

    /// `Allow` or `Deny`.
    pub fn effect(&self) -> Effect {
        self.effect
    }
    /// `true` for `Allow`.
    pub fn is_allowed(&self) -> bool {
        self.effect == Effect::Allow
    }
    /// For a deny, why; `None` for an allow.
    pub fn deny_reason(&self) -> Option<DenyReason> {
        self.deny
    }
    /// For an allow, what granted it; `None` for a deny.
    pub fn allowed_by(&self) -> Option<AllowBasis> {
        self.allowed_by
    }
    /// `true` when the access must be reviewed afterwards (break-glass).
    pub fn review_required(&self) -> bool {
        self.allowed_by == Some(AllowBasis::BreakGlass)
    }
    /// For an `unmask` request, how much of the value may be shown
    /// ([`MaskLevel::Hidden`] when denied); `None` for other actions.
    pub fn mask_level(&self) -> Option<MaskLevel> {
        self.mask
    }
    /// Ids of the deciding rules: the satisfied permits (allow), the matching
    /// or failing-closed forbids (forbidden), the break-glass policy or the
    /// approval-gated permit. Empty for a plain "not permitted".
    pub fn deciding_rules(&self) -> impl Iterator<Item = &'a str> + '_ {
        let inner = self.inner;
        self.deciding
            .as_slice()
            .iter()
            .filter_map(move |&i| inner.rule(i).map(|r| r.id.as_str()))
    }
    /// How many deciding rules did not fit the inline buffer (8) and are not listed.
    pub fn deciding_rules_omitted(&self) -> usize {
        usize::from(self.deciding.dropped)
    }
    /// Problems met while deciding: unevaluable conditions, unknown names, refused grants.
    /// At most 4 are listed (the first ones met); the decision itself never depends on them.
    pub fn issues(&self) -> impl Iterator<Item = EvalIssue<'a>> + '_ {
        let inner = self.inner;
        let req = self.req;
        self.issues.as_slice().iter().filter_map(move |i| match *i {
            IssueRaw::None => None,
            IssueRaw::Cond { rule, cond, error } => {
                let r = inner.rule(rule)?;
                Some(EvalIssue::Condition {
                    rule: &r.id,
                    condition: r
                        .cond_text
                        .get(usize::from(cond))
                        .map_or("?", String::as_str),
                    error,
                })
            }
            IssueRaw::Unknown(n) => Some(match n {
                NameRef::Action => EvalIssue::UnknownName {
                    what: "action",
                    name: req.action(),
                },
                NameRef::ResourceType => EvalIssue::UnknownName {
                    what: "resource type",
                    name: req.resource().kind(),
                },
                NameRef::Pii => EvalIssue::UnknownName {
                    what: "pii kind",
                    name: req.pii().unwrap_or(""),
                },
                NameRef::Role(i) => EvalIssue::UnknownName {
                    what: "role",
                    name: req
                        .principal()
                        .roles()
                        .get(usize::from(i))
                        .map_or("", String::as_str),
                },
            }),
            IssueRaw::Grant { grant, problem } => Some(EvalIssue::Grant {
                grant: req.grants().get(usize::from(grant)).map_or("", Grant::id),
                problem,
            }),
        })
    }
    /// For a "not permitted" or "approval required" deny: the permit rules
    /// nearest to applying (at most 4), best first, with what failed.
    pub fn near_misses(&self) -> impl Iterator<Item = NearMiss<'a>> + '_ {
        let inner = self.inner;
        self.near.as_slice().iter().filter_map(move |n| {
            let r = inner.rule(n.rule)?;
            let text = |c: u16| r.cond_text.get(usize::from(c)).map_or("?", String::as_str);
            Some(NearMiss {
                rule: &r.id,
                failed: match n.miss {
                    Miss::Role => Failed::Role,
                    Miss::Cond(c) => Failed::Condition(text(c)),
                    Miss::CondError(c, e) => Failed::ConditionError(text(c), e),
                    Miss::Approval => Failed::Approval,
                },
            })
        })
    }
    /// Ids of the grants that took effect (break-glass, approval, delegation,
    /// temporary team membership), at most 4. A used approval must be marked
    /// used by the caller. Only the first 64 grants of a request can confer a
    /// temporary team membership.
    pub fn grants(&self) -> impl Iterator<Item = &'a str> + '_ {
        let req = self.req;
        self.grants
            .as_slice()
            .iter()
            .filter_map(move |&g| req.grants().get(usize::from(g)).map(Grant::id))
    }
    /// The request this decision is about.
    pub fn request(&self) -> &'a Request {
        self.req
    }
    /// The policy-set version hash.
    pub fn policy_version(&self) -> &'a str {
        &self.inner.hash
    }

    /// A serializable audit record. It names the principal, resource and
    /// grants by id, and conditions by attribute name; it never contains
    /// attribute values. Allocates.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::{Authorizer, Effect, Request};
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let req = Request::from_json(include_str!("../testdata/request.json"))?;
    /// let record = authz.decide(&req).record();
    /// assert_eq!(record.effect, Effect::Allow);
    /// assert_eq!(record.policy_version, authz.version_hash());
    /// let json = serde_json::to_string(&record)?;
    /// assert!(!json.contains("retail"), "attribute values never appear");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn record(&self) -> DecisionRecord {
        let req = self.req;
        DecisionRecord {
            principal: req.principal().id().to_owned(),
            roles: req.principal().roles().to_vec(),
            action: req.action().to_owned(),
            resource_type: req.resource().kind().to_owned(),
            resource_id: req.resource().id().to_owned(),
            pii: req.pii().map(str::to_owned),
            now: req.now(),
            effect: self.effect,
            deny_reason: self.deny,
            allowed_by: self.allowed_by,
            mask_level: self.mask,
            review_required: self.review_required(),
            rules: self.deciding_rules().map(str::to_owned).collect(),
            grants: self.grants().map(str::to_owned).collect(),
            issues: self.issues().map(|i| i.to_string()).collect(),
            near_misses: self.near_misses().map(|n| n.to_string()).collect(),
            policy_version: self.inner.hash.clone(),
        }
    }
}

impl fmt::Display for Decision<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let req = self.req;
        write!(f, "{}", self.effect)?;
        if let Some(d) = self.deny {
            write!(f, " ({d})")?;
        }
        if let Some(b) = self.allowed_by {
            if b != AllowBasis::Policy {
                write!(f, " (only by {})", b.as_str().replace('_', "-"))?;
            }
        }
        write!(
            f,
            ": `{}` {} {} `{}`",
            req.principal().id(),
            req.action(),
            req.resource().kind(),
            req.resource().id()
        )?;
        if let Some(p) = req.pii() {
            write!(f, " [{p}]")?;
        }
        writeln!(f, " at {}", req.now().to_rfc3339())?;
        if let Some(m) = self.mask {
            writeln!(f, "  mask level: {m}")?;
        }
        if !self.deciding.is_empty() {
            writeln!(f, "  deciding rules:")?;
            for &i in self.deciding.as_slice() {
                let Some(rule) = self.inner.rule(i) else {
                    continue;
                };
                write!(f, "    `{}`", rule.id)?;
                if !rule.cond_text.is_empty() {
                    write!(f, " when {}", rule.cond_text.join(" and "))?;
                }
                writeln!(f)?;
            }
            if self.deciding.dropped > 0 {
                writeln!(f, "    … and {} more", self.deciding.dropped)?;
            }
        }
        if !self.grants.is_empty() {
            let ids: Vec<String> = self.grants().map(|r| format!("`{r}`")).collect();
            writeln!(f, "  grants: {}", ids.join(", "))?;
        }
        if self.review_required() {
            writeln!(f, "  flagged for review: allowed only by break-glass")?;
        }
        for i in self.issues() {
            writeln!(f, "  issue: {i}")?;
        }
        if !self.near.is_empty() {
            writeln!(f, "  why not (nearest rules):")?;
            for n in self.near_misses() {
                writeln!(f, "    {n}")?;
            }
        }
        write!(
            f,
            "  policy version: {}",
            self.inner.hash.get(..16).unwrap_or(&self.inner.hash)
        )
    }
}

/// A serializable audit record of one decision: request identifiers, the
/// decision, rule and grant ids, the policy-set version hash and the `now`
/// used. It never contains attribute values (no PII).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecisionRecord {
    /// Principal id.
    pub principal: String,
    /// Principal roles as given.
    pub roles: Vec<String>,
    /// Action.
    pub action: String,
    /// Resource type.
    pub resource_type: String,
    /// Resource id.
    pub resource_id: String,
    /// PII kind, for `unmask`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pii: Option<String>,
    /// The evaluation clock used.
    pub now: DateTime<Utc>,
    /// Allow or deny.
    pub effect: Effect,
    /// Why denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_reason: Option<DenyReason>,
    /// What allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_by: Option<AllowBasis>,
    /// Mask level, for `unmask`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask_level: Option<MaskLevel>,
    /// Allowed only by break-glass: review afterwards.
    pub review_required: bool,
    /// Deciding rule ids.
    pub rules: Vec<String>,
    /// Grant ids that took effect.
    pub grants: Vec<String>,
    /// Problems met (condition errors, unknown names, refused grants).
    pub issues: Vec<String>,
    /// Nearest permit rules and what failed, for a deny.
    pub near_misses: Vec<String>,
    /// Policy-set version hash.
    pub policy_version: String,
}

impl Authorizer {
    /// Decides `request`. Never fails and never panics: unknown names,
    /// missing attributes and invalid grants deny (fail closed) and are
    /// reported in [`Decision::issues`].
    ///
    /// Semantics: any matching forbid denies (deny overrides allow); a forbid
    /// whose conditions cannot be evaluated denies too, unless one of its
    /// conditions is false; otherwise a satisfied permit allows; otherwise a
    /// valid four-eyes approval (for approval-gated permits) or a valid
    /// break-glass grant allows; otherwise deny ("not permitted"). Break-glass
    /// never overrides a forbid. Grants are checked against `request.now()`.
    ///
    /// Cost: no heap allocation; work proportional to the rules indexed under
    /// the request's (action, resource type) and the principal's roles.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::{Authorizer, Request};
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let req = Request::from_json(include_str!("../testdata/request.json"))?;
    /// let d = authz.decide(&req);
    /// assert!(d.is_allowed());
    /// assert!(d.deciding_rules().count() >= 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn decide<'a>(&'a self, request: &'a Request) -> Decision<'a> {
        let inner: &'a Inner = &self.inner;
        let mut d = Decision::new(inner, request);

        let Some((a, t, pii, is_unmask)) = d.resolve() else {
            return d.deny(DenyReason::InvalidRequest);
        };
        let (eff, team_grants) = d.effective_roles();
        let ctx = EvalCtx {
            req: request,
            team_grants,
        };
        let bucket = inner
            .buckets
            .get(usize::from(a) * inner.types.len() + usize::from(t));

        // 1. Forbids (deny overrides; errors fail closed).
        let mut forbidden = false;
        let mut failed_closed = false;
        inner.candidates(bucket, true, a, t, &eff, |i, rule| {
            if !rule.pii_matches(pii) {
                return;
            }
            match eval_rule(rule, &ctx) {
                Outcome::True => {
                    forbidden = true;
                    d.push_rule(i);
                }
                Outcome::Error(c, error) => {
                    failed_closed = true;
                    d.push_rule(i);
                    d.issues.push(IssueRaw::Cond {
                        rule: i,
                        cond: c,
                        error,
                    });
                }
                Outcome::False(..) => {}
            }
        });
        if forbidden {
            return d.deny(DenyReason::Forbidden);
        }
        if failed_closed {
            return d.deny(DenyReason::FailClosed);
        }

        // 2. Permits.
        let mut allowed = false;
        let mut mask = MaskLevel::Hidden;
        let mut gated: Inline<u32, 4> = Inline::default();
        inner.candidates(bucket, false, a, t, &eff, |i, rule| {
            if !rule.pii_matches(pii) {
                return;
            }
            match eval_rule(rule, &ctx) {
                Outcome::True if rule.approval.is_some() => gated.push(i),
                Outcome::True => {
                    allowed = true;
                    mask = mask.max(rule.mask);
                    d.push_rule(i);
                }
                // Near misses only matter for a deny: stop collecting once allowed.
                Outcome::False(..) if allowed => {}
                Outcome::False(c, passed) => d.push_near(NearRaw {
                    rule: i,
                    miss: Miss::Cond(c),
                    score: 2 + passed,
                }),
                Outcome::Error(c, error) => {
                    d.issues.push(IssueRaw::Cond {
                        rule: i,
                        cond: c,
                        error,
                    });
                    d.push_near(NearRaw {
                        rule: i,
                        miss: Miss::CondError(c, error),
                        score: 1 + u16::try_from(rule.conds.len()).unwrap_or(u16::MAX),
                    });
                }
            }
        });
        if allowed {
            if is_unmask {
                d.mask = Some(mask);
            }
            return d.allow(AllowBasis::Policy);
        }

        if let Some(basis) = d.try_grants(gated.as_slice(), a, t, &eff, is_unmask) {
            return d.allow(basis);
        }

        // 5. Deny, with "why not".
        d.deny_with_why_not(gated.as_slice(), bucket, (a, t, pii), &eff)
    }
}

impl<'a> Decision<'a> {
    /// Final deny: approval required if an approval-gated permit matched, else
    /// not permitted; near misses completed with rules whose role is not held.
    fn deny_with_why_not(
        mut self,
        gated: &[u32],
        bucket: Option<&Bucket>,
        key: (u16, u16, Option<u16>),
        eff: &RoleSet,
    ) -> Decision<'a> {
        for &rule in gated {
            self.push_near(NearRaw {
                rule,
                miss: Miss::Approval,
                score: u16::MAX,
            });
        }
        if usize::from(self.near.len) < self.near.items.len() {
            self.add_role_misses(bucket, key, eff);
        }
        if gated.is_empty() {
            self.deny(DenyReason::NotPermitted)
        } else {
            self.push_rule_slice(gated);
            self.deny(DenyReason::ApprovalRequired)
        }
    }

    /// Interns the request's action, resource type and PII kind; `None` for an invalid request.
    fn resolve(&mut self) -> Option<(u16, u16, Option<u16>, bool)> {
        let inner = self.inner;
        let action = inner.actions.get(self.req.action());
        let rtype = inner.types.get(self.req.resource().kind());
        let is_unmask = action.is_some() && action == inner.unmask;
        if is_unmask {
            self.mask = Some(MaskLevel::Hidden);
        }
        let (Some(a), Some(t)) = (action, rtype) else {
            if action.is_none() {
                self.issues.push(IssueRaw::Unknown(NameRef::Action));
            }
            if rtype.is_none() {
                self.issues.push(IssueRaw::Unknown(NameRef::ResourceType));
            }
            return None;
        };
        let pii = if is_unmask {
            let Some(p) = self.req.pii().and_then(|p| inner.pii.get(p)) else {
                self.issues.push(IssueRaw::Unknown(NameRef::Pii));
                return None;
            };
            Some(p)
        } else {
            None
        };

        Some((a, t, pii, is_unmask))
    }
    /// Effective roles (the principal's roles, their ancestors, valid
    /// delegations) and the mask of valid temporary team memberships.
    fn effective_roles(&mut self) -> (RoleSet, u64) {
        let inner = self.inner;
        let now = self.req.now();
        let pid = self.req.principal().id();
        // Effective roles: the principal's roles, their ancestors, and valid delegations.
        let mut eff = RoleSet::default();
        for (i, r) in self.req.principal().roles().iter().enumerate() {
            match inner
                .roles
                .get(r)
                .and_then(|id| inner.closure.get(usize::from(id)))
            {
                Some(c) => eff.union(c),
                None => self.issues.push(IssueRaw::Unknown(NameRef::Role(
                    u16::try_from(i).unwrap_or(u16::MAX),
                ))),
            }
        }
        let mut team_grants = 0u64;
        for (gi, g) in self.req.grants().iter().enumerate() {
            let gi16 = u16::try_from(gi).unwrap_or(u16::MAX);
            match g {
                Grant::Delegation(dl) => {
                    let check = || {
                        if dl.to != pid {
                            return Err(GrantProblem::WrongPrincipal);
                        }
                        valid_at(now, dl.starts_at, dl.expires_at)?;
                        let mut add = RoleSet::default();
                        for r in &dl.roles {
                            let id = inner.roles.get(r).ok_or(GrantProblem::NotDelegable)?;
                            if !inner.delegable.contains(usize::from(id)) {
                                return Err(GrantProblem::NotDelegable);
                            }
                            if let Some(c) = inner.closure.get(usize::from(id)) {
                                add.union(c);
                            }
                        }
                        Ok(add)
                    };
                    match check() {
                        Ok(add) => {
                            eff.union(&add);
                            self.grants.push(gi16);
                        }
                        Err(problem) => self.issues.push(IssueRaw::Grant {
                            grant: gi16,
                            problem,
                        }),
                    }
                }
                Grant::TeamMembership(tm) => {
                    let check = if tm.principal == pid {
                        valid_at(now, tm.starts_at, tm.expires_at)
                    } else {
                        Err(GrantProblem::WrongPrincipal)
                    };
                    match check {
                        Ok(()) if gi < 64 => {
                            team_grants |= 1 << gi;
                            self.grants.push(gi16);
                        }
                        Ok(()) => {}
                        Err(problem) => self.issues.push(IssueRaw::Grant {
                            grant: gi16,
                            problem,
                        }),
                    }
                }
                _ => {}
            }
        }

        (eff, team_grants)
    }

    /// Four-eyes approvals for approval-gated permits, then break-glass.
    fn try_grants(
        &mut self,
        gated: &[u32],
        a: u16,
        t: u16,
        eff: &RoleSet,
        is_unmask: bool,
    ) -> Option<AllowBasis> {
        let inner = self.inner;
        let request = self.req;
        // 3. Four-eyes approvals for approval-gated permits.
        for &i in gated {
            let Some(rule) = inner.rule(i) else { continue };
            let eligible = rule.approval.unwrap_or_default();
            for (gi, g) in request.grants().iter().enumerate() {
                let Grant::Approval(ap) = g else { continue };
                let gi16 = u16::try_from(gi).unwrap_or(u16::MAX);
                match check_approval(inner, ap, request, &eligible) {
                    Ok(()) => {
                        self.push_rule(i);
                        self.grants.push(gi16);
                        if is_unmask {
                            self.mask = Some(rule.mask);
                        }
                        return Some(AllowBasis::Approval);
                    }
                    Err(problem) => self.issues.push(IssueRaw::Grant {
                        grant: gi16,
                        problem,
                    }),
                }
            }
        }

        // 4. Break-glass.
        for (gi, g) in request.grants().iter().enumerate() {
            let Grant::BreakGlass(bg) = g else { continue };
            let gi16 = u16::try_from(gi).unwrap_or(u16::MAX);
            let mut problem = GrantProblem::NotEligible;
            for &bi in &inner.break_glass {
                let Some(rule) = inner.rule(bi) else { continue };
                if rule.actions & (1 << a) == 0
                    || rule.types & (1 << t) == 0
                    || !rule.role_matches(eff)
                {
                    continue;
                }
                match check_break_glass(rule, bg, request) {
                    Ok(()) => {
                        self.push_rule(bi);
                        self.grants.push(gi16);
                        if is_unmask {
                            self.mask = Some(rule.mask);
                        }
                        return Some(AllowBasis::BreakGlass);
                    }
                    Err(p) => problem = p,
                }
            }
            self.issues.push(IssueRaw::Grant {
                grant: gi16,
                problem,
            });
        }

        None
    }

    fn push_rule_slice(&mut self, rules: &[u32]) {
        for &r in rules {
            self.push_rule(r);
        }
    }

    /// Adds permits of the request's (action, resource type) whose roles the principal lacks.
    fn add_role_misses(
        &mut self,
        bucket: Option<&Bucket>,
        (a, t, pii): (u16, u16, Option<u16>),
        eff: &RoleSet,
    ) {
        let inner = self.inner;
        let mut add = |i: u32, r: &Rule| {
            if !r.role_matches(eff) && r.pii_matches(pii) {
                self.push_near(NearRaw {
                    rule: i,
                    miss: Miss::Role,
                    score: 0,
                });
            }
        };
        if inner.indexed {
            if let Some(b) = bucket {
                for &i in b.permits_all.iter().take(64) {
                    if let Some(r) = inner.rule(i) {
                        add(i, r);
                    }
                }
            }
        } else {
            for (i, r) in inner
                .rules
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.forbid)
                .take(4096)
            {
                if r.kind == RuleKind::Policy
                    && r.actions & (1 << a) != 0
                    && r.types & (1 << t) != 0
                {
                    add(u32::try_from(i).unwrap_or(u32::MAX), r);
                }
            }
        }
    }
}

fn check_approval(
    inner: &Inner,
    ap: &Approval,
    req: &Request,
    eligible: &RoleSet,
) -> Result<(), GrantProblem> {
    if ap.requester != req.principal().id() {
        return Err(GrantProblem::WrongPrincipal);
    }
    if ap.approver == ap.requester {
        return Err(GrantProblem::SelfApproval);
    }
    if ap.used {
        return Err(GrantProblem::AlreadyUsed);
    }
    valid_at(req.now(), ap.issued_at, ap.expires_at)?;
    if ap.action != req.action()
        || ap.resource_type != req.resource().kind()
        || ap.resource_id != req.resource().id()
        || ap.pii.as_deref() != req.pii()
    {
        return Err(GrantProblem::NotBoundToRequest);
    }
    let mut roles = RoleSet::default();
    for r in &ap.approver_roles {
        if let Some(c) = inner
            .roles
            .get(r)
            .and_then(|id| inner.closure.get(usize::from(id)))
        {
            roles.union(c);
        }
    }
    if !roles.intersects(eligible) {
        return Err(GrantProblem::ApproverNotEligible);
    }
    Ok(())
}

fn check_break_glass(rule: &Rule, bg: &BreakGlass, req: &Request) -> Result<(), GrantProblem> {
    if bg.principal != req.principal().id() {
        return Err(GrantProblem::WrongPrincipal);
    }
    if bg.reason.trim().is_empty() || bg.ticket.trim().is_empty() {
        return Err(GrantProblem::MissingJustification);
    }
    if let RuleKind::BreakGlass { max_minutes } = rule.kind {
        if bg.expires_at - bg.issued_at > chrono::Duration::minutes(i64::from(max_minutes)) {
            return Err(GrantProblem::TooLong);
        }
    }
    valid_at(req.now(), bg.issued_at, bg.expires_at)?;
    let res = req.resource();
    let attr_is =
        |name: &str, id: &str| res.attributes().get(name).and_then(|v| v.as_id_str()) == Some(id);
    let in_scope = match &bg.scope {
        GrantScope::Customer(id) => {
            (res.kind() == "customer" && res.id() == id) || attr_is("customer", id)
        }
        GrantScope::Conversation(id) => {
            (res.kind() == "conversation" && res.id() == id) || attr_is("conversation", id)
        }
    };
    if !in_scope {
        return Err(GrantProblem::OutOfScope);
    }
    Ok(())
}
