//! Conversations: an event-sourced core folded from [`ConversationEvent`]s.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    AgentId, ApiError, ConversationId, CustomerId, DeliveryStatus, Direction, Label, Message,
    MessageId, Note, Sender, TeamId, WaMessageId,
};

/// Length of the WhatsApp customer-service window opened by each inbound message.
pub const CUSTOMER_SERVICE_WINDOW: TimeDelta = TimeDelta::hours(24);

/// Where a conversation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
pub enum ConversationStatus {
    /// Waiting for the business.
    Open,
    /// Waiting on something else (a bot, the customer, a back office).
    Pending,
    /// Put aside until an instant; an inbound message wakes it early.
    Snoozed {
        /// When it wakes.
        until: DateTime<Utc>,
    },
    /// Done; an inbound message reopens it.
    Resolved,
}

impl ConversationStatus {
    /// The status name: `open`, `pending`, `snoozed` or `resolved`.
    ///
    /// ```
    /// assert_eq!(bowline_crm::ConversationStatus::Open.name(), "open");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Pending => "pending",
            Self::Snoozed { .. } => "snoozed",
            Self::Resolved => "resolved",
        }
    }
}

/// How urgent a conversation is. Ordered `Low < Medium < High < Urgent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
    /// Urgent.
    Urgent,
}

/// What a delivery update says about a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryOutcome {
    /// The message reached this status.
    Reached(DeliveryStatus),
    /// The message failed, with the provider's error if any.
    Failed(Option<ApiError>),
}

/// Something that happened to a conversation, at an instant. Conversations are folds of
/// these events, and other crates (SLA clocks, monitoring) consume the same values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConversationEvent {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    pub kind: ConversationEventKind,
}

/// The kinds of [`ConversationEvent`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ConversationEventKind {
    /// The customer sent a message.
    MessageReceived {
        /// The message (direction inbound).
        message: Message,
    },
    /// The business sent a message.
    MessageSent {
        /// The message (direction outbound).
        message: Message,
    },
    /// The provider reported on an outbound message.
    DeliveryUpdated {
        /// The provider id of the message.
        provider_id: WaMessageId,
        /// What it reported.
        outcome: DeliveryOutcome,
    },
    /// An agent wrote an internal note.
    NoteAdded {
        /// The note.
        note: Note,
    },
    /// The conversation was assigned to an agent, or unassigned (`None`).
    Assigned {
        /// The new assignee.
        agent: Option<AgentId>,
    },
    /// The conversation was moved to a team, or out of any team (`None`).
    TeamAssigned {
        /// The new team.
        team: Option<TeamId>,
    },
    /// The status changed.
    StatusChanged {
        /// The new status.
        status: ConversationStatus,
    },
    /// The priority changed.
    PriorityChanged {
        /// The new priority.
        priority: Option<Priority>,
    },
    /// A label was added.
    LabelAdded {
        /// The label.
        label: Label,
    },
    /// A label was removed.
    LabelRemoved {
        /// The label.
        label: Label,
    },
}

impl ConversationEvent {
    /// An event at `at`.
    #[must_use]
    pub fn new(at: DateTime<Utc>, kind: ConversationEventKind) -> Self {
        Self { at, kind }
    }

    /// Rewrites every free-text field (message content, note bodies, error messages) through
    /// `f`, for example to mask personal data before printing.
    ///
    /// ```
    /// use bowline_crm::{AgentId, ConversationEvent, ConversationEventKind, Note};
    /// # let at = chrono::DateTime::UNIX_EPOCH;
    /// let note = Note::new(AgentId::from_uuid(uuid::Uuid::nil()), at, "cvv 123");
    /// let mut e = ConversationEvent::new(at, ConversationEventKind::NoteAdded { note });
    /// e.map_text(&mut |s: &str| s.replace("123", "***"));
    /// let ConversationEventKind::NoteAdded { note } = &e.kind else { unreachable!() };
    /// assert_eq!(note.body(), "cvv ***");
    /// ```
    pub fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        match &mut self.kind {
            ConversationEventKind::MessageReceived { message }
            | ConversationEventKind::MessageSent { message } => message.map_text(f),
            ConversationEventKind::NoteAdded { note } => *note = note.with_mapped_body(f),
            ConversationEventKind::DeliveryUpdated {
                outcome: DeliveryOutcome::Failed(Some(e)),
                ..
            } => e.map_text(f),
            _ => {}
        }
    }
}

/// Why an event or status change was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConversationError {
    /// The status machine does not allow this move.
    #[error("conversation `{conversation}` cannot move from {from} to {to}")]
    #[non_exhaustive]
    InvalidTransition {
        /// The conversation.
        conversation: ConversationId,
        /// Current status name.
        from: &'static str,
        /// Requested status name.
        to: &'static str,
    },
    /// The conversation already has this status.
    #[error("conversation `{conversation}` is already {status}")]
    #[non_exhaustive]
    Unchanged {
        /// The conversation.
        conversation: ConversationId,
        /// The status name.
        status: &'static str,
    },
    /// A snooze must end after the instant it starts.
    #[error(
        "conversation `{conversation}` cannot be snoozed until {until}, which is not after {at}"
    )]
    #[non_exhaustive]
    SnoozeNotInFuture {
        /// The conversation.
        conversation: ConversationId,
        /// Requested wake-up instant.
        until: DateTime<Utc>,
        /// Instant of the change.
        at: DateTime<Utc>,
    },
    /// A delivery update names a message the conversation does not hold.
    #[error("conversation `{conversation}` has no message with provider id `{provider_id}`")]
    #[non_exhaustive]
    UnknownMessage {
        /// The conversation.
        conversation: ConversationId,
        /// The provider id in the update.
        provider_id: WaMessageId,
    },
    /// A received message that is not inbound, or a sent message that is not outbound.
    #[error(
        "conversation `{conversation}`: message `{message}` has the wrong direction for this event"
    )]
    #[non_exhaustive]
    WrongDirection {
        /// The conversation.
        conversation: ConversationId,
        /// The message.
        message: MessageId,
    },
}

/// A conversation between the business and one customer.
///
/// Every change goes through [`Conversation::apply`] (or the status methods, which build an
/// event and apply it), so the state is always the fold of the events that were accepted.
/// A rejected event leaves the conversation unchanged.
///
/// ```
/// use bowline_crm::{Conversation, ConversationId, ConversationStatus, CustomerId};
/// use chrono::{TimeDelta, TimeZone, Utc};
///
/// let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().ok_or("bad time")?;
/// let mut conv = Conversation::new(
///     ConversationId::from_uuid(uuid::Uuid::from_u128(1)),
///     CustomerId::from_uuid(uuid::Uuid::from_u128(2)),
///     t0,
/// );
/// conv.resolve(t0 + TimeDelta::minutes(5))?;
/// assert_eq!(conv.status(), ConversationStatus::Resolved);
/// assert!(conv.resolve(t0 + TimeDelta::minutes(6)).is_err()); // already resolved
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conversation {
    id: ConversationId,
    customer: CustomerId,
    status: ConversationStatus,
    #[serde(default)]
    priority: Option<Priority>,
    #[serde(default)]
    assignee: Option<AgentId>,
    #[serde(default)]
    team: Option<TeamId>,
    #[serde(default)]
    labels: BTreeSet<Label>,
    #[serde(default)]
    last_inbound_at: Option<DateTime<Utc>>,
    #[serde(default)]
    messages: Vec<Message>,
    #[serde(default)]
    notes: Vec<Note>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Conversation {
    /// An open conversation with no messages.
    #[must_use]
    pub fn new(id: ConversationId, customer: CustomerId, created_at: DateTime<Utc>) -> Self {
        Self {
            id,
            customer,
            status: ConversationStatus::Open,
            priority: None,
            assignee: None,
            team: None,
            labels: BTreeSet::new(),
            last_inbound_at: None,
            messages: Vec::new(),
            notes: Vec::new(),
            created_at,
            updated_at: created_at,
        }
    }

    /// Our id.
    #[must_use]
    pub fn id(&self) -> ConversationId {
        self.id
    }
    /// The customer.
    #[must_use]
    pub fn customer(&self) -> CustomerId {
        self.customer
    }
    /// Current status.
    #[must_use]
    pub fn status(&self) -> ConversationStatus {
        self.status
    }
    /// Current priority.
    #[must_use]
    pub fn priority(&self) -> Option<Priority> {
        self.priority
    }
    /// Assigned agent.
    #[must_use]
    pub fn assignee(&self) -> Option<AgentId> {
        self.assignee
    }
    /// Assigned team.
    #[must_use]
    pub fn team(&self) -> Option<TeamId> {
        self.team
    }
    /// Labels.
    #[must_use]
    pub fn labels(&self) -> &BTreeSet<Label> {
        &self.labels
    }
    /// Messages in the order they were applied.
    #[must_use]
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }
    /// Internal notes in the order they were written.
    #[must_use]
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }
    /// When it was created.
    #[must_use]
    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// The latest event instant applied.
    #[must_use]
    pub fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
    /// The instant of the latest inbound customer message.
    #[must_use]
    pub fn last_inbound_at(&self) -> Option<DateTime<Utc>> {
        self.last_inbound_at
    }

    /// When the WhatsApp customer-service window closes: 24 hours after the latest inbound
    /// message. `None` if the customer never wrote.
    ///
    /// ```
    /// # use bowline_crm::{Conversation, ConversationId, CustomerId};
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let conv = Conversation::new(ConversationId::from_uuid(uuid::Uuid::nil()),
    ///     CustomerId::from_uuid(uuid::Uuid::nil()), t0);
    /// assert_eq!(conv.window_closes_at(), None);
    /// ```
    #[must_use]
    pub fn window_closes_at(&self) -> Option<DateTime<Utc>> {
        self.last_inbound_at?
            .checked_add_signed(CUSTOMER_SERVICE_WINDOW)
    }

    /// Whether free-form messages may be sent at `now`: the customer wrote less than 24
    /// hours before.
    ///
    /// ```
    /// use bowline_crm::{Conversation, ConversationId, CustomerId};
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let conv = Conversation::new(ConversationId::from_u128(1), CustomerId::from_u128(2), t0);
    /// assert!(!conv.is_window_open(t0)); // the customer never wrote
    /// ```
    #[must_use]
    pub fn is_window_open(&self, now: DateTime<Utc>) -> bool {
        self.window_closes_at().is_some_and(|end| now < end)
    }

    /// Moves to `status` at `at`, returning the event that was applied.
    ///
    /// Allowed moves: from open, pending or snoozed to any other status; from resolved only
    /// back to open; snoozed to snoozed with a new wake-up instant. A snooze must end after
    /// `at`.
    ///
    /// # Errors
    /// [`ConversationError::Unchanged`], [`ConversationError::InvalidTransition`] or
    /// [`ConversationError::SnoozeNotInFuture`]; the conversation is then unchanged.
    ///
    /// ```
    /// use bowline_crm::{Conversation, ConversationError, ConversationId, ConversationStatus,
    ///     CustomerId};
    /// use chrono::{TimeDelta, TimeZone, Utc};
    ///
    /// let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().ok_or("bad time")?;
    /// let mut conv = Conversation::new(ConversationId::from_u128(1), CustomerId::from_u128(2), t0);
    /// let event = conv.change_status(ConversationStatus::Resolved, t0 + TimeDelta::hours(1))?;
    /// assert_eq!(event.at, t0 + TimeDelta::hours(1)); // hand it to other consumers
    /// let err = conv.change_status(ConversationStatus::Pending, t0 + TimeDelta::hours(2));
    /// assert!(matches!(err, Err(ConversationError::InvalidTransition { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn change_status(
        &mut self,
        status: ConversationStatus,
        at: DateTime<Utc>,
    ) -> Result<ConversationEvent, ConversationError> {
        let event = ConversationEvent::new(at, ConversationEventKind::StatusChanged { status });
        self.apply(&event)?;
        Ok(event)
    }

    /// Resolves the conversation. See [`Conversation::change_status`].
    ///
    /// # Errors
    /// As [`Conversation::change_status`].
    pub fn resolve(&mut self, at: DateTime<Utc>) -> Result<ConversationEvent, ConversationError> {
        self.change_status(ConversationStatus::Resolved, at)
    }

    /// Reopens the conversation. See [`Conversation::change_status`].
    ///
    /// # Errors
    /// As [`Conversation::change_status`].
    pub fn reopen(&mut self, at: DateTime<Utc>) -> Result<ConversationEvent, ConversationError> {
        self.change_status(ConversationStatus::Open, at)
    }

    /// Marks the conversation pending. See [`Conversation::change_status`].
    ///
    /// # Errors
    /// As [`Conversation::change_status`].
    pub fn mark_pending(
        &mut self,
        at: DateTime<Utc>,
    ) -> Result<ConversationEvent, ConversationError> {
        self.change_status(ConversationStatus::Pending, at)
    }

    /// Snoozes the conversation until `until`. See [`Conversation::change_status`].
    ///
    /// # Errors
    /// As [`Conversation::change_status`].
    ///
    /// ```
    /// use bowline_crm::{Conversation, ConversationId, ConversationStatus, CustomerId};
    /// use chrono::TimeDelta;
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let mut conv = Conversation::new(ConversationId::from_u128(1), CustomerId::from_u128(2), t0);
    /// assert!(conv.snooze(t0, t0).is_err()); // must end in the future
    /// conv.snooze(t0 + TimeDelta::days(1), t0)?;
    /// assert_eq!(conv.status(), ConversationStatus::Snoozed { until: t0 + TimeDelta::days(1) });
    /// # Ok::<(), bowline_crm::ConversationError>(())
    /// ```
    pub fn snooze(
        &mut self,
        until: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> Result<ConversationEvent, ConversationError> {
        self.change_status(ConversationStatus::Snoozed { until }, at)
    }

    fn check_transition(
        &self,
        to: ConversationStatus,
        at: DateTime<Utc>,
    ) -> Result<(), ConversationError> {
        use ConversationStatus as S;
        let conversation = self.id;
        if let S::Snoozed { until } = to {
            if until <= at {
                return Err(ConversationError::SnoozeNotInFuture {
                    conversation,
                    until,
                    at,
                });
            }
        }
        match (self.status, to) {
            (S::Snoozed { until: a }, S::Snoozed { until: b }) if a != b => Ok(()),
            (from, to) if from.name() == to.name() => Err(ConversationError::Unchanged {
                conversation,
                status: from.name(),
            }),
            (S::Resolved, S::Pending | S::Snoozed { .. }) => {
                Err(ConversationError::InvalidTransition {
                    conversation,
                    from: self.status.name(),
                    to: to.name(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Applies one event. Applying the same message, note or label event twice is harmless
    /// (messages are deduplicated by id), which suits webhooks that arrive twice.
    ///
    /// An inbound message from the customer refreshes the 24-hour window and reopens a
    /// resolved or snoozed conversation; one from [`Sender::System`] (a platform notice) does
    /// neither. A delivery update moves the message's status forward only.
    ///
    /// # Errors
    /// [`ConversationError`] if the event is not allowed; the conversation is then unchanged.
    ///
    /// ```
    /// use bowline_crm::{Conversation, ConversationEvent, ConversationEventKind, ConversationId,
    ///     CustomerId, Priority};
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let mut conv = Conversation::new(ConversationId::from_uuid(uuid::Uuid::nil()),
    ///     CustomerId::from_uuid(uuid::Uuid::nil()), t0);
    /// conv.apply(&ConversationEvent::new(t0, ConversationEventKind::PriorityChanged {
    ///     priority: Some(Priority::High),
    /// }))?;
    /// assert_eq!(conv.priority(), Some(Priority::High));
    /// # Ok::<(), bowline_crm::ConversationError>(())
    /// ```
    pub fn apply(&mut self, event: &ConversationEvent) -> Result<(), ConversationError> {
        let at = event.at;
        match &event.kind {
            ConversationEventKind::MessageReceived { message } => {
                self.check_direction(message, Direction::Inbound)?;
                if !self.has_message(message.id) {
                    self.messages.push(message.clone());
                }
                // Platform notices (a number change) arrive as inbound messages but are not
                // the customer writing: they neither open the window nor reopen the case.
                if message.sender == Sender::System {
                    self.touch(at);
                    return Ok(());
                }
                if self.last_inbound_at.is_none_or(|t| t < message.sent_at) {
                    self.last_inbound_at = Some(message.sent_at);
                }
                if matches!(
                    self.status,
                    ConversationStatus::Resolved | ConversationStatus::Snoozed { .. }
                ) {
                    self.status = ConversationStatus::Open;
                }
            }
            ConversationEventKind::MessageSent { message } => {
                self.check_direction(message, Direction::Outbound)?;
                if !self.has_message(message.id) {
                    self.messages.push(message.clone());
                }
            }
            ConversationEventKind::DeliveryUpdated {
                provider_id,
                outcome,
            } => {
                let conversation = self.id;
                let Some(msg) = self
                    .messages
                    .iter_mut()
                    .find(|m| m.provider_id.as_ref() == Some(provider_id))
                else {
                    return Err(ConversationError::UnknownMessage {
                        conversation,
                        provider_id: provider_id.clone(),
                    });
                };
                match outcome {
                    DeliveryOutcome::Reached(status) => {
                        msg.delivery.record(*status, at);
                    }
                    DeliveryOutcome::Failed(error) => {
                        msg.delivery.record_failure(error.clone(), at);
                    }
                }
            }
            ConversationEventKind::NoteAdded { note } => {
                if !self.notes.contains(note) {
                    self.notes.push(note.clone());
                }
            }
            ConversationEventKind::Assigned { agent } => self.assignee = *agent,
            ConversationEventKind::TeamAssigned { team } => self.team = *team,
            ConversationEventKind::StatusChanged { status } => {
                self.check_transition(*status, at)?;
                self.status = *status;
            }
            ConversationEventKind::PriorityChanged { priority } => self.priority = *priority,
            ConversationEventKind::LabelAdded { label } => {
                self.labels.insert(label.clone());
            }
            ConversationEventKind::LabelRemoved { label } => {
                self.labels.remove(label);
            }
        }
        self.touch(at);
        Ok(())
    }

    fn touch(&mut self, at: DateTime<Utc>) {
        if at > self.updated_at {
            self.updated_at = at;
        }
    }

    fn has_message(&self, id: MessageId) -> bool {
        self.messages.iter().any(|m| m.id == id)
    }

    fn check_direction(
        &self,
        message: &Message,
        expected: Direction,
    ) -> Result<(), ConversationError> {
        if message.direction == expected {
            Ok(())
        } else {
            Err(ConversationError::WrongDirection {
                conversation: self.id,
                message: message.id,
            })
        }
    }
}
