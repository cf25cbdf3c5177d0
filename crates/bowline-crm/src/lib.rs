//! The domain vocabulary of a customer-service inbox at a financial company, and the
//! WhatsApp Cloud API webhook model that feeds it.
//!
//! `bowline-crm` gives pure data types with serde: customers with several channel
//! identities, consent records and typed custom attributes; agents, teams, roles, labels and
//! immutable notes; conversations folded from events with a checked status machine; messages
//! whose content mirrors the WhatsApp message types and whose delivery status only moves
//! forward; a [`Sensitive`] wrapper that keeps personal data out of logs; and a parser for
//! WhatsApp webhook bodies that turns them into CRM events, plus the signature check for the
//! request that carried them.
//!
//! It does no I/O, reads no clock and keeps no state: bodies come in as bytes, time comes in
//! as arguments, and values go out.
//!
//! # Example
//!
//! ```
//! use bowline_crm::{Conversation, ConversationEvent, ConversationId, CustomerId, Webhook};
//!
//! let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398",
//!   "changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
//!   "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
//!   "contacts":[{"profile":{"name":"Ana"},"wa_id":"5511987654321"}],
//!   "messages":[{"from":"5511987654321","id":"wamid.A1","timestamp":"1772366400",
//!   "type":"text","text":{"body":"my card was blocked"}}]}}]}]}"#;
//!
//! let hook = Webhook::from_json(body)?;
//! let first = hook.events().into_iter().next().ok_or("no event")?;
//! let event = ConversationEvent::from_webhook(&first).ok_or("not a conversation event")?;
//!
//! let mut conv = Conversation::new(
//!     ConversationId::from_uuid(uuid::Uuid::from_u128(1)),
//!     CustomerId::from_uuid(uuid::Uuid::from_u128(2)),
//!     event.at,
//! );
//! conv.apply(&event)?;
//! assert_eq!(conv.messages().len(), 1);
//! assert_eq!(conv.window_closes_at().map(|t| t.to_rfc3339()).as_deref(),
//!            Some("2026-03-02T12:00:00+00:00"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Concepts
//!
//! - **Ids.** Our ids ([`CustomerId`], [`AgentId`], [`TeamId`], [`ConversationId`],
//!   [`MessageId`]) wrap UUIDs. The provider's ids ([`WaMessageId`], [`WaId`],
//!   [`BusinessScopedUserId`], [`PhoneNumberId`], [`MediaId`]) are validated strings. All
//!   round-trip through `FromStr`/`Display` and serde.
//! - **Identity.** A customer has a set of [`ChannelIdentity`]s. On WhatsApp a user is a
//!   `wa_id` and/or a business-scoped user id on one business number ([`WhatsAppIdentity`]);
//!   the `wa_id` is not assumed to be the phone number and may be missing for users who hide
//!   their number behind a username. [`PhoneNumber`]s are E.164 and valid by construction.
//! - **Conversations are folds.** A [`Conversation`] changes only by applying
//!   [`ConversationEvent`]s; the status methods build an event, check the transition and
//!   apply it. Other crates consume the same events.
//! - **The 24-hour window.** Each inbound message opens or refreshes the WhatsApp
//!   customer-service window; [`Conversation::window_closes_at`] says when it closes, and
//!   [`ApiError::is_outside_window`] spots the error (131047) of a send outside it.
//! - **Delivery.** [`DeliveryState`] only moves forward (`sent < delivered < read < played`)
//!   and keeps a failure as a separate flag, because statuses arrive late, out of order and
//!   twice.
//! - **Sensitive data.** [`Sensitive<T>`] never prints its value through `Debug`, `Display`
//!   or the default `Serialize`; see the [`sensitive`] module for the explicit opt-in.
//!   [`Customer`] is the system-of-record form, so its personal fields opt in and serialize
//!   in clear (its `Debug` still redacts); events redact (the WhatsApp profile name is
//!   written as `[REDACTED]`). Free text (message bodies, captions…) is plain `String`:
//!   masking it is the caller's job, and every event offers `map_text` for that.
//! - **Webhooks.** [`Webhook::from_slice`] parses a body; [`Webhook::events`] turns it into
//!   [`WebhookEvent`]s (inbound messages, delivery updates, marketing consent changes,
//!   channel errors); [`ConversationEvent::from_webhook`] turns those into conversation
//!   events; [`verify_signature`] checks the `X-Hub-Signature-256` header.
//!
//! # Guarantees
//!
//! - No function panics on any input. Bad input gets a typed error saying what and where:
//!   [`WebhookError::path`] is the JSON path of the offending value.
//! - Parsing webhooks tolerates what the provider adds: unknown fields are ignored, unknown
//!   message types become [`MessageContent::Unsupported`] with the raw JSON. Our own
//!   documents (conversations, customers, events) reject unknown fields.
//! - The signature comparison is constant-time.
//! - Every public type is `Send + Sync`.
//!
//! # Performance
//!
//! A webhook body is parsed once into a JSON tree and walked once; the cost is linear in the
//! body size. Conversation folding is linear in the number of messages per delivery update
//! (a linear search by provider id), which suits the sizes of a single conversation.
//!
//! # Crate features
//!
//! None. serde is the point of this crate, so it is always on.
//!
//! # Minimum supported Rust version
//!
//! The workspace's `rust-version`; MSRV may rise in minor releases, never in patch releases.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc(test(attr(deny(warnings))))]

mod attribute;
mod conversation;
mod customer;
mod id;
mod message;
mod org;
mod phone;
pub mod sensitive;
mod signature;
mod webhook;

pub use crate::attribute::{
    AttributeDefinition, AttributeError, AttributeKey, AttributeKind, AttributeValue, Money,
};
pub use crate::conversation::{
    CUSTOMER_SERVICE_WINDOW, Conversation, ConversationError, ConversationEvent,
    ConversationEventKind, ConversationStatus, DeliveryOutcome, Priority,
};
pub use crate::customer::{
    ChannelIdentity, ConsentChannel, ConsentEvidence, ConsentPurpose, ConsentRecord, ConsentSource,
    ConsentStatus, Customer, EmailAddress, LegalBasis, WhatsAppIdentity,
};
pub use crate::id::{
    AgentId, BusinessScopedUserId, ConversationId, CustomerId, IdError, MediaId, MessageId,
    PhoneNumberId, TeamId, WaId, WaMessageId,
};
pub use crate::message::{
    ApiError, DeliveryFailure, DeliveryState, DeliveryStatus, Direction, InteractiveReply,
    Location, Media, Message, MessageContent, Order, OrderItem, Referral, ReplyContext, Sender,
    SharedContact, SharedPhone, SystemNotice,
};
pub use crate::org::{Agent, Availability, Label, Note, Role, Segment, Team};
pub use crate::phone::{PhoneNumber, PhoneNumberError};
pub use crate::sensitive::Sensitive;
pub use crate::signature::{SignatureError, verify_signature};
/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use crate::webhook::{
    BillingConversation, ChangeValue, DeliveryUpdate, InboundContact, MessagesValue,
    PreferenceValue, Pricing, StatusKind, UserPreference, Webhook, WebhookChange, WebhookContact,
    WebhookEntry, WebhookError, WebhookEvent, WebhookMessage, WebhookStatus,
};
