//! Agents, teams, roles, labels and notes.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::id::{Charset, IdError, string_newtype_impls, validate};
use crate::{AgentId, TeamId};

macro_rules! name_type {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $max:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates a name: 1 to
            #[doc = stringify!($max)]
            /// bytes of letters, digits, `-`, `_`, `.` and `:`.
            ///
            /// # Errors
            /// Returns [`IdError`] if the name is empty, too long or holds another character.
            ///
            /// ```
            /// use bowline_crm::{IdError, Label};
            /// assert!(Label::new("kyc:pending").is_ok());
            /// assert!(matches!(Label::new("a b"), Err(IdError::InvalidCharacter { offset: 1, .. })));
            /// ```
            pub fn new(name: impl Into<String>) -> Result<Self, IdError> {
                let name = name.into();
                validate($kind, &name, Charset::Name, $max)?;
                Ok(Self(name))
            }
        }

        string_newtype_impls!($name);
    };
}

name_type!(
    /// A label on a conversation or customer, such as `card-dispute` or `vip`.
    ///
    /// ```
    /// use bowline_crm::Label;
    /// let l: Label = "card-dispute".parse()?;
    /// assert_eq!(l.as_str(), "card-dispute");
    /// assert!("two words".parse::<Label>().is_err());
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    Label,
    "label",
    64
);
name_type!(
    /// The name of a role, such as `agent`, `supervisor` or `compliance_officer`. The roles'
    /// permissions live in the access-control crate; here a role is only a name.
    ///
    /// ```
    /// use bowline_crm::Role;
    /// let r: Role = "supervisor".parse()?;
    /// assert_eq!(r.to_string(), "supervisor");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    Role,
    "role",
    64
);

name_type!(
    /// A customer segment, such as `retail`, `premium` or `sme`.
    ///
    /// ```
    /// use bowline_crm::Segment;
    /// let s: Segment = "premium".parse()?;
    /// assert_eq!(s.as_str(), "premium");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    Segment,
    "segment",
    64
);

/// Whether an agent can take conversations now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Taking conversations.
    Online,
    /// Signed in but not taking new conversations.
    Busy,
    /// Away. The default.
    #[default]
    Offline,
}

/// A human agent of the inbox.
///
/// ```
/// use bowline_crm::{Agent, AgentId};
/// let agent = Agent::new(AgentId::from_uuid(uuid::Uuid::from_u128(1)), "Rita", "agent".parse()?);
/// assert_eq!(agent.name, "Rita");
/// # Ok::<(), bowline_crm::IdError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    /// Our id.
    pub id: AgentId,
    /// Display name.
    pub name: String,
    /// Role name.
    pub role: Role,
    /// Teams the agent belongs to.
    #[serde(default)]
    pub teams: BTreeSet<TeamId>,
    /// Current availability.
    #[serde(default)]
    pub availability: Availability,
}

impl Agent {
    /// An offline agent in no team.
    #[must_use]
    pub fn new(id: AgentId, name: impl Into<String>, role: Role) -> Self {
        Self {
            id,
            name: name.into(),
            role,
            teams: BTreeSet::new(),
            availability: Availability::Offline,
        }
    }
}

/// A team of agents.
///
/// ```
/// use bowline_crm::{AgentId, Team, TeamId};
/// let mut team = Team::new(TeamId::from_uuid(uuid::Uuid::from_u128(9)), "Cards");
/// team.members.insert(AgentId::from_uuid(uuid::Uuid::from_u128(1)));
/// assert_eq!(team.members.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Our id.
    pub id: TeamId,
    /// Display name.
    pub name: String,
    /// Members.
    #[serde(default)]
    pub members: BTreeSet<AgentId>,
    /// Whether new conversations are assigned to members automatically.
    #[serde(default)]
    pub allow_auto_assign: bool,
}

impl Team {
    /// A team with no members and auto-assignment off.
    #[must_use]
    pub fn new(id: TeamId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            members: BTreeSet::new(),
            allow_auto_assign: false,
        }
    }
}

/// An internal note, seen by agents only. Immutable once written: there are no setters, so
/// the author, time and text stay as recorded (an audit requirement).
///
/// ```
/// use bowline_crm::{AgentId, Note};
/// # let at = chrono::DateTime::UNIX_EPOCH;
/// let note = Note::new(AgentId::from_uuid(uuid::Uuid::from_u128(1)), at, "called back, no answer");
/// assert_eq!(note.body(), "called back, no answer");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    author: AgentId,
    at: DateTime<Utc>,
    body: String,
}

impl Note {
    /// Writes a note.
    #[must_use]
    pub fn new(author: AgentId, at: DateTime<Utc>, body: impl Into<String>) -> Self {
        Self {
            author,
            at,
            body: body.into(),
        }
    }

    /// Who wrote it.
    #[must_use]
    pub fn author(&self) -> AgentId {
        self.author
    }

    /// When it was written.
    #[must_use]
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// What it says.
    #[must_use]
    pub fn body(&self) -> &str {
        &self.body
    }

    /// A copy with the body rewritten through `f` (for masking before display); the original
    /// stays unchanged.
    ///
    /// ```
    /// use bowline_crm::{AgentId, Note};
    /// # let at = chrono::DateTime::UNIX_EPOCH;
    /// let note = Note::new(AgentId::from_u128(1), at, "otp 123456");
    /// let shown = note.with_mapped_body(&mut |s: &str| s.replace("123456", "******"));
    /// assert_eq!(shown.body(), "otp ******");
    /// assert_eq!(note.body(), "otp 123456");
    /// ```
    #[must_use]
    pub fn with_mapped_body(&self, f: &mut dyn FnMut(&str) -> String) -> Self {
        Self {
            author: self.author,
            at: self.at,
            body: f(&self.body),
        }
    }
}
