//! Requests: principals, resources, grants and the evaluation clock.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::value::{Attributes, Value};

/// Who asks: an agent, a bot or a service, with roles, teams and attributes.
///
/// # Examples
/// ```
/// use bowline_rbac::Principal;
/// let p = Principal::new("agent-17").with_role("agent").with_team("cards").with_attr("clearance", 2_i64);
/// assert_eq!(p.id(), "agent-17");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principal {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) roles: Vec<String>,
    #[serde(default)]
    pub(crate) teams: Vec<String>,
    #[serde(default)]
    pub(crate) attributes: Attributes,
}

impl Principal {
    /// A principal with no roles, teams or attributes.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            ..Self::default()
        }
    }
    /// Adds a role (by name).
    #[must_use]
    pub fn with_role(mut self, role: impl Into<String>) -> Self {
        self.roles.push(role.into());
        self
    }
    /// Adds a team membership (by team id).
    #[must_use]
    pub fn with_team(mut self, team: impl Into<String>) -> Self {
        self.teams.push(team.into());
        self
    }
    /// Sets an attribute.
    #[must_use]
    pub fn with_attr(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.attributes.insert(name, value);
        self
    }
    /// The principal id (an opaque identifier, never personal data).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Role names as given.
    pub fn roles(&self) -> &[String] {
        &self.roles
    }
    /// Team ids as given.
    pub fn teams(&self) -> &[String] {
        &self.teams
    }
    /// Attributes.
    pub fn attributes(&self) -> &Attributes {
        &self.attributes
    }
}

/// What is acted upon: a typed resource with an id and attributes.
///
/// # Examples
/// ```
/// use bowline_rbac::Resource;
/// let r = Resource::new("conversation", "conv-1").with_attr("team", "cards");
/// assert_eq!(r.kind(), "conversation");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    #[serde(rename = "type")]
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) attributes: Attributes,
}

impl Resource {
    /// A resource of type `kind` (for example `conversation`) with id `id`.
    pub fn new(kind: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            id: id.into(),
            attributes: Attributes::new(),
        }
    }
    /// Sets an attribute.
    #[must_use]
    pub fn with_attr(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.attributes.insert(name, value);
        self
    }
    /// Resource type name.
    pub fn kind(&self) -> &str {
        &self.kind
    }
    /// Resource id (opaque identifier).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Attributes.
    pub fn attributes(&self) -> &Attributes {
        &self.attributes
    }
}

/// Caller-supplied context: counters for volume limits and extra attributes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Counters, for example `exports_today = 12`, read by `[[limits]]` rules.
    #[serde(default)]
    pub counters: std::collections::BTreeMap<String, u64>,
    /// Extra attributes (`context.<name>` in conditions).
    #[serde(default)]
    pub attributes: Attributes,
}

/// The scope of a break-glass grant: one customer or one conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum GrantScope {
    /// The resource's `customer` attribute (or a `customer` resource's id) must equal this id.
    Customer(String),
    /// The resource must be this conversation (a `conversation` resource with this id, or a
    /// resource whose `conversation` attribute equals it).
    Conversation(String),
}

/// Emergency access: needs a reason and a ticket, expires, covers one customer or conversation,
/// and is always flagged for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakGlass {
    /// Grant id (appears in decision records).
    pub id: String,
    /// Principal id the grant was issued to.
    pub principal: String,
    /// Free-text reason (required, non-empty; never copied into records).
    pub reason: String,
    /// Ticket id (required, non-empty).
    pub ticket: String,
    /// What the grant covers.
    pub scope: GrantScope,
    /// Start of validity.
    pub issued_at: DateTime<Utc>,
    /// Hard expiry (exclusive).
    pub expires_at: DateTime<Utc>,
}

/// Four-eyes approval bound to one exact request; single use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// Grant id.
    pub id: String,
    /// Principal id that asked (must be the request's principal).
    pub requester: String,
    /// Principal id that approved (must differ from the requester).
    pub approver: String,
    /// The approver's roles at approval time (as attested by the caller).
    pub approver_roles: Vec<String>,
    /// The approved action.
    pub action: String,
    /// The approved resource type.
    pub resource_type: String,
    /// The approved resource id.
    pub resource_id: String,
    /// The approved PII kind, for `unmask`.
    #[serde(default)]
    pub pii: Option<String>,
    /// Start of validity.
    pub issued_at: DateTime<Utc>,
    /// Expiry (exclusive).
    pub expires_at: DateTime<Utc>,
    /// Set by the caller once the approval has been consumed; a used approval never grants.
    #[serde(default)]
    pub used: bool,
}

/// Temporary delegation of roles from one principal to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// Grant id.
    pub id: String,
    /// Delegating principal id.
    pub from: String,
    /// Receiving principal id (must be the request's principal).
    pub to: String,
    /// Delegated roles; each must be listed in the policy's `delegable_roles`.
    pub roles: Vec<String>,
    /// Start of validity.
    pub starts_at: DateTime<Utc>,
    /// Expiry (exclusive).
    pub expires_at: DateTime<Utc>,
}

/// Temporary membership of a team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMembership {
    /// Grant id.
    pub id: String,
    /// Principal id (must be the request's principal).
    pub principal: String,
    /// Team id.
    pub team: String,
    /// Start of validity.
    pub starts_at: DateTime<Utc>,
    /// Expiry (exclusive).
    pub expires_at: DateTime<Utc>,
}

/// A time-bounded grant passed with a request. Grants are data the caller
/// stores; they are evaluated against the request's `now`, never a clock.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grant {
    /// Break-glass emergency access.
    BreakGlass(BreakGlass),
    /// Four-eyes approval.
    Approval(Approval),
    /// Temporary role delegation.
    Delegation(Delegation),
    /// Temporary team membership.
    TeamMembership(TeamMembership),
}

impl Grant {
    /// The grant id.
    pub fn id(&self) -> &str {
        match self {
            Self::BreakGlass(g) => &g.id,
            Self::Approval(g) => &g.id,
            Self::Delegation(g) => &g.id,
            Self::TeamMembership(g) => &g.id,
        }
    }
}

/// Everything one access check needs. `now` is the evaluation clock.
///
/// # Examples
/// ```
/// use bowline_rbac::{Principal, Request, Resource};
/// let now = "2026-11-29T10:00:00Z".parse()?;
/// let req = Request::new(Principal::new("a1").with_role("agent"), "view",
///                        Resource::new("conversation", "c1"), now);
/// assert_eq!(req.action(), "view");
/// # Ok::<(), chrono::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    principal: Principal,
    action: String,
    resource: Resource,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pii: Option<String>,
    now: DateTime<Utc>,
    #[serde(default)]
    context: Context,
    #[serde(default)]
    grants: Vec<Grant>,
}

impl Request {
    /// A request without PII kind, context or grants.
    pub fn new(
        principal: Principal,
        action: impl Into<String>,
        resource: Resource,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            principal,
            action: action.into(),
            resource,
            pii: None,
            now,
            context: Context::default(),
            grants: Vec::new(),
        }
    }

    /// Parses the JSON request shape (see the crate docs).
    ///
    /// # Errors
    /// [`RequestError`] with line and column when the JSON is malformed or has
    /// unknown fields.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Request;
    /// let req = Request::from_json(r#"{"principal": {"id": "a1", "roles": ["agent"]},
    ///   "action": "view", "resource": {"type": "conversation", "id": "c1"},
    ///   "now": "2026-11-29T10:00:00Z"}"#)?;
    /// assert_eq!(req.principal().id(), "a1");
    /// # Ok::<(), bowline_rbac::RequestError>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self, RequestError> {
        serde_json::from_str(text).map_err(|e| RequestError {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// Sets the PII kind (for `unmask`).
    #[must_use]
    pub fn with_pii(mut self, kind: impl Into<String>) -> Self {
        self.pii = Some(kind.into());
        self
    }
    /// Adds a grant.
    #[must_use]
    pub fn with_grant(mut self, grant: Grant) -> Self {
        self.grants.push(grant);
        self
    }
    /// Replaces the context (counters and context attributes).
    #[must_use]
    pub fn with_context(mut self, context: Context) -> Self {
        self.context = context;
        self
    }
    /// Sets a counter (for volume limits).
    #[must_use]
    pub fn with_counter(mut self, name: impl Into<String>, value: u64) -> Self {
        self.context.counters.insert(name.into(), value);
        self
    }
    /// Sets a context attribute.
    #[must_use]
    pub fn with_context_attr(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.context.attributes.insert(name, value);
        self
    }
    /// The principal.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }
    /// The action name.
    pub fn action(&self) -> &str {
        &self.action
    }
    /// The resource.
    pub fn resource(&self) -> &Resource {
        &self.resource
    }
    /// The PII kind, if any.
    pub fn pii(&self) -> Option<&str> {
        self.pii.as_deref()
    }
    /// The evaluation clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }
    /// The context.
    pub fn context(&self) -> &Context {
        &self.context
    }
    /// The grants.
    pub fn grants(&self) -> &[Grant] {
        &self.grants
    }
}

/// A malformed JSON request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid request at line {line}, column {column}: {message}")]
pub struct RequestError {
    line: usize,
    column: usize,
    message: String,
}

impl RequestError {
    /// 1-based line.
    pub fn line(&self) -> usize {
        self.line
    }
    /// 1-based column.
    pub fn column(&self) -> usize {
        self.column
    }
}

/// How much of a PII value a principal may see.
///
/// Ordered from least to most revealing: `Hidden < Masked < LastFour < Full`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MaskLevel {
    /// Not shown at all (the default: fail closed).
    #[default]
    Hidden,
    /// Shown fully masked (a placeholder such as `<CARD_NUMBER>`).
    Masked,
    /// Only the last four characters shown.
    LastFour,
    /// Shown in full.
    Full,
}

impl MaskLevel {
    /// The `snake_case` name used in policy documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hidden => "hidden",
            Self::Masked => "masked",
            Self::LastFour => "last_four",
            Self::Full => "full",
        }
    }
}

impl fmt::Display for MaskLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Allow or deny.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Access granted.
    Allow,
    /// Access refused.
    Deny,
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
        })
    }
}
