//! Converting a parsed webhook into CRM values and events.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{
    BillingConversation, ChangeValue, MessagesValue, PreferenceValue, Pricing, StatusKind, Webhook,
};
use crate::conversation::{ConversationEvent, ConversationEventKind, DeliveryOutcome};
use crate::message::{ApiError, Direction, Message, MessageContent, Sender};
use crate::{
    ConsentChannel, ConsentPurpose, ConsentRecord, ConsentSource, ConsentStatus, DeliveryStatus,
    LegalBasis, MessageId, PhoneNumberId, Sensitive, WaId, WaMessageId, WhatsAppIdentity,
};

/// The sender of an inbound message, as the webhook describes them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct InboundContact {
    /// The user on the business number; `None` only if the webhook named neither a `wa_id`
    /// nor a business-scoped user id.
    pub identity: Option<WhatsAppIdentity>,
    /// The WhatsApp profile name. Serialized as `[REDACTED]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_name: Option<Sensitive<String>>,
    /// The WhatsApp username, for users who have one (newer API versions). Serialized as
    /// `[REDACTED]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<Sensitive<String>>,
}

/// A status update on a message the business sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DeliveryUpdate {
    /// The business number.
    pub channel: PhoneNumberId,
    /// The message's `wamid`.
    pub provider_id: WaMessageId,
    /// The status reported.
    pub status: StatusKind,
    /// When the provider reported it.
    pub at: DateTime<Utc>,
    /// The recipient on the business number, from `recipient_id` (when it is a `wa_id`)
    /// and `recipient_user_id`; `None` when neither is usable (for example a group id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<WhatsAppIdentity>,
    /// Billing conversation, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<BillingConversation>,
    /// Pricing, when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing: Option<Pricing>,
    /// Errors (on failures).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ApiError>,
}

impl DeliveryUpdate {
    /// The first error, for a failed message.
    #[must_use]
    pub fn failure(&self) -> Option<&ApiError> {
        self.errors.first()
    }

    /// Whether the message failed because the 24-hour customer-service window was closed
    /// (error 131047).
    #[must_use]
    pub fn is_outside_window(&self) -> bool {
        self.errors.iter().any(ApiError::is_outside_window)
    }
}

/// A CRM event derived from a webhook: what the inbox should record. `Serialize`, so it can
/// be printed as JSON Lines; personal data in [`Sensitive`] fields is written as
/// `[REDACTED]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
#[expect(
    clippy::large_enum_variant,
    reason = "events are built once per webhook item and moved rarely; boxing would only add noise for callers"
)]
pub enum WebhookEvent {
    /// A customer sent a message.
    MessageReceived {
        /// The business number.
        channel: PhoneNumberId,
        /// Who sent it.
        contact: InboundContact,
        /// The message, with a [`MessageId`] derived from its `wamid`.
        message: Message,
    },
    /// WhatsApp reported on a message the business sent.
    DeliveryUpdated {
        /// The update.
        update: DeliveryUpdate,
    },
    /// A user stopped or resumed marketing messages (`user_preferences` webhook): a consent
    /// record for WhatsApp marketing, with source `WhatsAppPreferences`.
    ConsentChanged {
        /// The business number.
        channel: PhoneNumberId,
        /// The user; `None` only if the webhook named neither a `wa_id` nor a user id.
        identity: Option<WhatsAppIdentity>,
        /// The consent decision.
        record: ConsentRecord,
    },
    /// WhatsApp reported an error not tied to one message (`value.errors[]`).
    ChannelError {
        /// The business number.
        channel: PhoneNumberId,
        /// The error.
        error: ApiError,
    },
}

impl WebhookEvent {
    /// The instant the event happened, when the webhook says (channel errors carry none).
    /// Sort by it before folding: webhooks arrive out of order.
    ///
    /// ```
    /// use bowline_crm::Webhook;
    /// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{
    ///   "field":"messages","value":{"metadata":{"display_phone_number":"1555",
    ///   "phone_number_id":"1065"},"statuses":[{"id":"wamid.OUT","status":"read",
    ///   "timestamp":"1772366400","recipient_id":"5511987654321"}]}}]}]}"#;
    /// let events = Webhook::from_json(body)?.events();
    /// assert_eq!(events[0].at().map(|t| t.timestamp()), Some(1_772_366_400));
    /// # Ok::<(), bowline_crm::WebhookError>(())
    /// ```
    #[must_use]
    pub fn at(&self) -> Option<DateTime<Utc>> {
        match self {
            Self::MessageReceived { message, .. } => Some(message.sent_at),
            Self::DeliveryUpdated { update } => Some(update.at),
            Self::ConsentChanged { record, .. } => Some(record.at),
            Self::ChannelError { .. } => None,
        }
    }

    /// Rewrites every free-text field through `f` (message content, error texts), for
    /// example to mask personal data before printing. See [`MessageContent::map_text`].
    ///
    /// ```
    /// use bowline_crm::Webhook;
    /// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{
    ///   "field":"messages","value":{"metadata":{"display_phone_number":"1555",
    ///   "phone_number_id":"1065"},"messages":[{"from":"5511987654321","id":"wamid.X",
    ///   "timestamp":"1772366400","type":"text","text":{"body":"cpf 123.456.789-09"}}]}}]}]}"#;
    /// let mut events = Webhook::from_json(body)?.events();
    /// for e in &mut events {
    ///     e.map_text(&mut |s: &str| s.replace("123.456.789-09", "<CPF>"));
    /// }
    /// let json = serde_json::to_string(&events[0])?;
    /// assert!(json.contains("cpf <CPF>"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        match self {
            Self::MessageReceived { message, .. } => message.map_text(f),
            Self::DeliveryUpdated { update } => {
                for e in &mut update.errors {
                    e.map_text(f);
                }
            }
            Self::ChannelError { error, .. } => error.map_text(f),
            Self::ConsentChanged { .. } => {}
        }
    }
}

impl Webhook {
    /// Converts the webhook into CRM events, in payload order: for each `messages` or
    /// `user_preferences` change, value-level errors, then inbound messages, then marketing
    /// consent changes, then status updates. Never fails and reads no clock; changes of other
    /// fields yield nothing.
    ///
    /// ```
    /// use bowline_crm::{StatusKind, Webhook, WebhookEvent};
    /// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{
    ///   "field":"messages","value":{"metadata":{"display_phone_number":"1555",
    ///   "phone_number_id":"1065"},"statuses":[{"id":"wamid.OUT","status":"failed",
    ///   "timestamp":"1772366400","recipient_id":"5511987654321",
    ///   "errors":[{"code":131047,"title":"Re-engagement message"}]}]}}]}]}"#;
    /// let events = Webhook::from_json(body)?.events();
    /// let WebhookEvent::DeliveryUpdated { update } = &events[0] else { panic!() };
    /// assert_eq!(update.status, StatusKind::Failed);
    /// assert!(update.is_outside_window());
    /// # Ok::<(), bowline_crm::WebhookError>(())
    /// ```
    #[must_use]
    pub fn events(&self) -> Vec<WebhookEvent> {
        let mut out = Vec::new();
        for entry in &self.entries {
            for change in &entry.changes {
                if let ChangeValue::Messages(value) | ChangeValue::UserPreferences(value) =
                    &change.value
                {
                    messages_events(value, &mut out);
                }
            }
        }
        out
    }
}

fn messages_events(value: &MessagesValue, out: &mut Vec<WebhookEvent>) {
    let channel = &value.phone_number_id;
    for error in &value.errors {
        out.push(WebhookEvent::ChannelError {
            channel: channel.clone(),
            error: error.clone(),
        });
    }
    for m in &value.messages {
        // Match the sender to a `contacts[]` item by BSUID, then by wa_id; with a single
        // contact and no ids on the message, that contact is the sender.
        let contact = value
            .contacts
            .iter()
            .find(|c| c.user_id.is_some() && c.user_id == m.from_user_id)
            .or_else(|| {
                value
                    .contacts
                    .iter()
                    .find(|c| c.wa_id.is_some() && c.wa_id == m.from)
            })
            .or_else(|| match value.contacts.as_slice() {
                [only] if m.from.is_none() && m.from_user_id.is_none() => Some(only),
                _ => None,
            });
        let wa_id = m
            .from
            .clone()
            .or_else(|| contact.and_then(|c| c.wa_id.clone()));
        let user_id = m
            .from_user_id
            .clone()
            .or_else(|| contact.and_then(|c| c.user_id.clone()));
        let identity = WhatsAppIdentity::new(channel.clone(), wa_id, user_id).ok();
        let sender = if matches!(m.content, MessageContent::System(_)) {
            Sender::System
        } else {
            Sender::Customer
        };
        let mut message = Message::new(
            MessageId::from_provider_id(&m.id),
            Direction::Inbound,
            sender,
            m.content.clone(),
            m.timestamp,
        );
        message.provider_id = Some(m.id.clone());
        message.context.clone_from(&m.context);
        message.referral.clone_from(&m.referral);
        out.push(WebhookEvent::MessageReceived {
            channel: channel.clone(),
            contact: InboundContact {
                identity,
                profile_name: contact.and_then(|c| c.profile_name.clone()),
                username: contact.and_then(|c| c.username.clone()),
            },
            message,
        });
    }
    for p in &value.user_preferences {
        let status = match (&p.value, p.category.as_str()) {
            (PreferenceValue::Stop, "marketing_messages") => ConsentStatus::Withdrawn,
            (PreferenceValue::Resume, "marketing_messages") => ConsentStatus::Granted,
            // Other categories or values say nothing we can record with confidence.
            _ => continue,
        };
        out.push(WebhookEvent::ConsentChanged {
            channel: channel.clone(),
            identity: WhatsAppIdentity::new(channel.clone(), p.wa_id.clone(), p.user_id.clone())
                .ok(),
            record: ConsentRecord {
                channel: ConsentChannel::WhatsApp,
                purpose: ConsentPurpose::Marketing,
                status,
                legal_basis: LegalBasis::Consent,
                source: ConsentSource::WhatsAppPreferences,
                at: p.timestamp,
                evidence: None,
            },
        });
    }
    for s in &value.statuses {
        out.push(WebhookEvent::DeliveryUpdated {
            update: DeliveryUpdate {
                channel: channel.clone(),
                provider_id: s.id.clone(),
                status: s.status.clone(),
                at: s.timestamp,
                recipient: WhatsAppIdentity::new(
                    channel.clone(),
                    s.recipient_id
                        .as_deref()
                        .and_then(|r| r.parse::<WaId>().ok()),
                    s.recipient_user_id.clone(),
                )
                .ok(),
                conversation: s.conversation.clone(),
                pricing: s.pricing.clone(),
                errors: s.errors.clone(),
            },
        });
    }
}

impl ConversationEvent {
    /// The conversation event a webhook event stands for: an inbound message, or a delivery
    /// update. `None` for channel errors, consent changes (they belong to the customer, not
    /// the conversation) and statuses this crate does not know. Which
    /// conversation it belongs to is the caller's choice (by contact identity for messages,
    /// by the message's provider id for updates).
    ///
    /// ```
    /// use bowline_crm::{ConversationEvent, Webhook};
    /// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{
    ///   "field":"messages","value":{"metadata":{"display_phone_number":"1555",
    ///   "phone_number_id":"1065"},"statuses":[{"id":"wamid.OUT","status":"read",
    ///   "timestamp":"1772366400","recipient_id":"5511987654321"}]}}]}]}"#;
    /// let events = Webhook::from_json(body)?.events();
    /// assert!(ConversationEvent::from_webhook(&events[0]).is_some());
    /// # Ok::<(), bowline_crm::WebhookError>(())
    /// ```
    #[must_use]
    pub fn from_webhook(event: &WebhookEvent) -> Option<Self> {
        match event {
            WebhookEvent::MessageReceived { message, .. } => Some(Self::new(
                message.sent_at,
                ConversationEventKind::MessageReceived {
                    message: message.clone(),
                },
            )),
            WebhookEvent::DeliveryUpdated { update } => {
                let outcome = match &update.status {
                    StatusKind::Sent => DeliveryOutcome::Reached(DeliveryStatus::Sent),
                    StatusKind::Delivered => DeliveryOutcome::Reached(DeliveryStatus::Delivered),
                    StatusKind::Read => DeliveryOutcome::Reached(DeliveryStatus::Read),
                    StatusKind::Played => DeliveryOutcome::Reached(DeliveryStatus::Played),
                    StatusKind::Failed => DeliveryOutcome::Failed(update.failure().cloned()),
                    StatusKind::Other(_) => return None,
                };
                Some(Self::new(
                    update.at,
                    ConversationEventKind::DeliveryUpdated {
                        provider_id: update.provider_id.clone(),
                        outcome,
                    },
                ))
            }
            WebhookEvent::ChannelError { .. } | WebhookEvent::ConsentChanged { .. } => None,
        }
    }
}
