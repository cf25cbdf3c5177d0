//! The WhatsApp Cloud API webhook model, parsed with paths in every error.

mod events;
mod json;

use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use self::json::{At, Result};
use crate::id::IdError;
use crate::message::{
    ApiError, InteractiveReply, Location, Media, MessageContent, Order, OrderItem, Referral,
    ReplyContext, SharedContact, SharedPhone, SystemNotice,
};
use crate::{BusinessScopedUserId, PhoneNumberId, Sensitive, WaId, WaMessageId};

pub use self::events::{DeliveryUpdate, InboundContact, WebhookEvent};

/// Why a webhook body could not be parsed. Every variant but `Json` carries the JSON path of
/// the offending value (see [`WebhookError::path`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The body is not JSON (or not UTF-8, or nested too deeply).
    #[error("malformed json at line {line}, column {column}: {message}")]
    #[non_exhaustive]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON parser said.
        message: String,
    },
    /// A required field is absent or `null`.
    #[error("missing field `{path}`")]
    #[non_exhaustive]
    MissingField {
        /// Where it was expected.
        path: String,
    },
    /// A value has the wrong JSON type.
    #[error("`{path}` should be {expected}, found {found}")]
    #[non_exhaustive]
    WrongType {
        /// Where.
        path: String,
        /// What was expected.
        expected: &'static str,
        /// What was there.
        found: &'static str,
    },
    /// A timestamp that is not unix seconds.
    #[error("`{path}` is not a unix timestamp in seconds: `{value}`")]
    #[non_exhaustive]
    InvalidTimestamp {
        /// Where.
        path: String,
        /// What was there.
        value: String,
    },
    /// An id that does not have the provider's shape.
    #[error("`{path}` is not a valid id")]
    #[non_exhaustive]
    InvalidId {
        /// Where.
        path: String,
        /// What is wrong with it.
        #[source]
        source: IdError,
    },
    /// Another invalid value.
    #[error("`{path}` is invalid: {message}")]
    #[non_exhaustive]
    InvalidValue {
        /// Where.
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl WebhookError {
    /// The JSON path of the offending value, such as
    /// `entry[0].changes[0].value.messages[0].timestamp`; empty for malformed JSON.
    ///
    /// ```
    /// use bowline_crm::Webhook;
    /// let err = Webhook::from_json(r#"{"object":"whatsapp_business_account","entry":[{}]}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.path(), "entry[0].id");
    /// ```
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            Self::Json { .. } => "",
            Self::MissingField { path }
            | Self::WrongType { path, .. }
            | Self::InvalidTimestamp { path, .. }
            | Self::InvalidId { path, .. }
            | Self::InvalidValue { path, .. } => path,
        }
    }
}

/// A parsed WhatsApp Cloud API webhook body.
///
/// Parsing is tolerant where the provider grows (unknown fields are ignored, unknown message
/// types become [`MessageContent::Unsupported`], unknown `changes[].field` values become
/// [`ChangeValue::Unknown`]) and strict where the data would be wrong (missing required
/// fields, wrong types, timestamps that are not unix seconds, ids of the wrong shape).
///
/// ```
/// use bowline_crm::{MessageContent, Webhook, WebhookEvent};
/// let body = r#"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398",
///   "changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
///   "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
///   "contacts":[{"profile":{"name":"Ana"},"wa_id":"5511987654321"}],
///   "messages":[{"from":"5511987654321","id":"wamid.A1","timestamp":"1772366400",
///   "type":"text","text":{"body":"hi"}}]}}]}]}"#;
/// let hook = Webhook::from_json(body)?;
/// let events = hook.events();
/// let WebhookEvent::MessageReceived { message, .. } = &events[0] else { panic!() };
/// assert_eq!(message.content, MessageContent::Text { body: "hi".into() });
/// # Ok::<(), bowline_crm::WebhookError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Webhook {
    /// `object`, normally `whatsapp_business_account`.
    pub object: String,
    /// `entry[]`: one per WhatsApp Business Account.
    pub entries: Vec<WebhookEntry>,
}

/// One `entry[]` of a webhook.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookEntry {
    /// The WhatsApp Business Account id.
    pub id: String,
    /// `changes[]`.
    pub changes: Vec<WebhookChange>,
}

/// One `changes[]` item.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookChange {
    /// `field`, such as `messages`.
    pub field: String,
    /// `value`, parsed according to `field`.
    pub value: ChangeValue,
}

/// The `value` of a change.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ChangeValue {
    /// `field: "messages"`: inbound messages, statuses and errors.
    Messages(MessagesValue),
    /// `field: "user_preferences"`: users stopping or resuming marketing messages (the
    /// value has the same shape, with `user_preferences[]` filled).
    UserPreferences(MessagesValue),
    /// Any other field (template status, account updates, user preferences…), kept as JSON.
    Unknown {
        /// The raw `value` as JSON text.
        raw_json: String,
    },
}

/// The `value` of a `messages` (or `user_preferences`) change.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MessagesValue {
    /// `messaging_product`, normally `whatsapp`.
    pub messaging_product: Option<String>,
    /// `metadata.display_phone_number`.
    pub display_phone_number: String,
    /// `metadata.phone_number_id`: the business number (the inbox).
    pub phone_number_id: PhoneNumberId,
    /// `contacts[]`.
    pub contacts: Vec<WebhookContact>,
    /// `messages[]`.
    pub messages: Vec<WebhookMessage>,
    /// `statuses[]`.
    pub statuses: Vec<WebhookStatus>,
    /// `errors[]` at the value level.
    pub errors: Vec<ApiError>,
    /// `user_preferences[]` (in `user_preferences` changes).
    pub user_preferences: Vec<UserPreference>,
}

/// What a user chose about marketing messages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PreferenceValue {
    /// `stop`: no more marketing messages.
    Stop,
    /// `resume`: marketing messages are welcome again.
    Resume,
    /// A value this crate does not know, as sent.
    Other(String),
}

/// One `user_preferences[]` item.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UserPreference {
    /// `wa_id`; `None` when absent or empty.
    pub wa_id: Option<WaId>,
    /// `user_id`, if newer API versions send it (not in the reference at the time of writing).
    pub user_id: Option<BusinessScopedUserId>,
    /// `category`, such as `marketing_messages`.
    pub category: String,
    /// `value`.
    pub value: PreferenceValue,
    /// `detail`, a human-readable description.
    pub detail: Option<String>,
    /// `timestamp` (documented as an integer here, unlike message timestamps).
    pub timestamp: DateTime<Utc>,
}

/// One `contacts[]` item: who sent the messages.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookContact {
    /// `wa_id`; `None` when absent or an empty string (a user hiding their number).
    pub wa_id: Option<WaId>,
    /// `user_id`: the business-scoped user id (newer API versions).
    pub user_id: Option<BusinessScopedUserId>,
    /// `profile.name`.
    pub profile_name: Option<Sensitive<String>>,
    /// `profile.username` (newer API versions).
    pub username: Option<Sensitive<String>>,
    /// `identity_key_hash`, sent when identity-change checks are on.
    pub identity_key_hash: Option<String>,
}

/// One `messages[]` item.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookMessage {
    /// `id` (`wamid.…`).
    pub id: WaMessageId,
    /// `from`; `None` when absent or empty.
    pub from: Option<WaId>,
    /// `from_user_id` (newer API versions).
    pub from_user_id: Option<BusinessScopedUserId>,
    /// `timestamp`.
    pub timestamp: DateTime<Utc>,
    /// The typed content.
    pub content: MessageContent,
    /// `context`.
    pub context: Option<ReplyContext>,
    /// `referral`.
    pub referral: Option<Referral>,
}

/// The `status` of a `statuses[]` item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatusKind {
    /// `sent`.
    Sent,
    /// `delivered`.
    Delivered,
    /// `read`.
    Read,
    /// `played` (voice messages).
    Played,
    /// `failed`.
    Failed,
    /// A status this crate does not know, as sent.
    Other(String),
}

/// The billing `conversation` object of a status (left out by newer API versions except in
/// free-entry-point windows).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BillingConversation {
    /// `conversation.id`.
    pub id: String,
    /// `conversation.origin.type`, such as `service`, `marketing` or `free_entry_point`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// `conversation.expiration_timestamp` (sent with `sent` statuses only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
}

/// The `pricing` object of a status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Pricing {
    /// `billable` (being deprecated by Meta).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billable: Option<bool>,
    /// `pricing_model`: `CBP` or `PMP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_model: Option<String>,
    /// `category`: `marketing`, `utility`, `authentication`, `service`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// `type`: `regular`, `free_customer_service` or `free_entry_point`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_type: Option<String>,
}

/// One `statuses[]` item: what happened to a message the business sent.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WebhookStatus {
    /// `id`: the message's `wamid`.
    pub id: WaMessageId,
    /// `status`.
    pub status: StatusKind,
    /// `timestamp`.
    pub timestamp: DateTime<Utc>,
    /// `recipient_id`: a phone number, a group id, or `None` when empty.
    pub recipient_id: Option<String>,
    /// `recipient_user_id` (newer API versions).
    pub recipient_user_id: Option<BusinessScopedUserId>,
    /// `biz_opaque_callback_data`, echoed from the send request.
    pub biz_opaque_callback_data: Option<String>,
    /// `conversation`.
    pub conversation: Option<BillingConversation>,
    /// `pricing`.
    pub pricing: Option<Pricing>,
    /// `errors[]` (on `failed`).
    pub errors: Vec<ApiError>,
}

impl Webhook {
    /// Parses a webhook body.
    ///
    /// # Errors
    /// [`WebhookError`] with the JSON path of the first problem found.
    ///
    /// ```
    /// use bowline_crm::{Webhook, WebhookError};
    /// let err = Webhook::from_slice(b"{not json").unwrap_err();
    /// assert!(matches!(err, WebhookError::Json { line: 1, .. }));
    /// ```
    pub fn from_slice(body: &[u8]) -> std::result::Result<Self, WebhookError> {
        let value: Value = serde_json::from_slice(body).map_err(|e| WebhookError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        parse_webhook(&At::root(&value))
    }

    /// Parses a webhook body given as text. Same as [`Webhook::from_slice`].
    ///
    /// # Errors
    /// [`WebhookError`] with the JSON path of the first problem found.
    ///
    /// ```
    /// use bowline_crm::Webhook;
    /// let err = Webhook::from_json(r#"{"entry":[]}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "missing field `object`");
    /// ```
    pub fn from_json(body: &str) -> std::result::Result<Self, WebhookError> {
        Self::from_slice(body.as_bytes())
    }
}

impl FromStr for Webhook {
    type Err = WebhookError;
    fn from_str(s: &str) -> std::result::Result<Self, WebhookError> {
        Self::from_json(s)
    }
}

fn parse_webhook(root: &At<'_>) -> Result<Webhook> {
    let object = root.req_string("object")?;
    let entry = root.req("entry")?;
    let items = entry.array()?;
    let entries = items
        .iter()
        .map(|e| {
            let id = match e.req("id")?.value {
                // WABA ids are documented as strings; tolerate a bare number.
                Value::Number(n) => n.to_string(),
                _ => e.req_string("id")?,
            };
            let changes = e.each("changes", parse_change)?;
            Ok(WebhookEntry { id, changes })
        })
        .collect::<Result<_>>()?;
    Ok(Webhook { object, entries })
}

fn parse_change(change: &At<'_>) -> Result<WebhookChange> {
    let field = change.req_string("field")?;
    let value = change.req("value")?;
    let value = if field == "messages" {
        ChangeValue::Messages(parse_messages_value(&value)?)
    } else if field == "user_preferences" {
        ChangeValue::UserPreferences(parse_messages_value(&value)?)
    } else {
        value.object()?;
        ChangeValue::Unknown {
            raw_json: value.raw_json(),
        }
    };
    Ok(WebhookChange { field, value })
}

fn parse_messages_value(v: &At<'_>) -> Result<MessagesValue> {
    let metadata = v.req("metadata")?;
    Ok(MessagesValue {
        messaging_product: v.opt_string("messaging_product")?,
        display_phone_number: metadata.req_string("display_phone_number")?,
        phone_number_id: metadata.req_id("phone_number_id")?,
        contacts: v.each("contacts", parse_contact)?,
        messages: v.each("messages", parse_message)?,
        statuses: v.each("statuses", parse_status)?,
        errors: parse_errors(v)?,
        user_preferences: v.each("user_preferences", |p| {
            Ok(UserPreference {
                wa_id: p.opt_id("wa_id")?,
                user_id: p.opt_id("user_id")?,
                category: p.req_string("category")?,
                value: match p.req_string("value")?.as_str() {
                    "stop" => PreferenceValue::Stop,
                    "resume" => PreferenceValue::Resume,
                    other => PreferenceValue::Other(other.to_owned()),
                },
                detail: p.opt_string("detail")?,
                timestamp: p.req("timestamp")?.timestamp()?,
            })
        })?,
    })
}

fn parse_contact(c: &At<'_>) -> Result<WebhookContact> {
    let profile = c.get("profile")?;
    let (profile_name, username) = match &profile {
        Some(p) => (p.opt_string("name")?, p.opt_string("username")?),
        None => (None, None),
    };
    Ok(WebhookContact {
        wa_id: c.opt_id("wa_id")?,
        user_id: c.opt_id("user_id")?,
        profile_name: profile_name.map(Sensitive::new),
        username: username.map(Sensitive::new),
        identity_key_hash: c.opt_string("identity_key_hash")?,
    })
}

fn parse_errors(v: &At<'_>) -> Result<Vec<ApiError>> {
    v.each("errors", |e| {
        let details = match e.get("error_data")? {
            Some(d) => d.opt_string("details")?,
            None => None,
        };
        Ok(ApiError {
            code: e.req("code")?.i64()?,
            title: e.opt_string("title")?,
            message: e.opt_string("message")?,
            details,
            href: e.opt_string("href")?,
        })
    })
}

fn parse_message(m: &At<'_>) -> Result<WebhookMessage> {
    let kind = m.req_string("type")?;
    let content = parse_content(m, &kind)?;
    let reply_context = match m.get("context")? {
        Some(c) => Some(ReplyContext {
            message_id: c.opt_id("id")?,
            from: c.opt_string("from")?,
            forwarded: c.opt_bool("forwarded")?,
            frequently_forwarded: c.opt_bool("frequently_forwarded")?,
            referred_product: match c.get("referred_product")? {
                Some(p) => p.opt_string("product_retailer_id")?,
                None => None,
            },
        }),
        None => None,
    };
    let referral = match m.get("referral")? {
        Some(r) => Some(Referral {
            source_url: r.opt_string("source_url")?,
            source_type: r.opt_string("source_type")?,
            source_id: r.opt_string("source_id")?,
            headline: r.opt_string("headline")?,
            body: r.opt_string("body")?,
            ctwa_clid: r.opt_string("ctwa_clid")?,
        }),
        None => None,
    };
    Ok(WebhookMessage {
        id: m.req_id("id")?,
        from: m.opt_id("from")?,
        from_user_id: m.opt_id("from_user_id")?,
        timestamp: m.req("timestamp")?.timestamp()?,
        content,
        context: reply_context,
        referral,
    })
}

fn parse_media(m: &At<'_>) -> Result<Media> {
    Ok(Media {
        id: m.req_id("id")?,
        mime_type: m.req_string("mime_type")?,
        sha256: m.opt_string("sha256")?,
        caption: m.opt_string("caption")?,
        filename: m.opt_string("filename")?,
        url: m.opt_string("url")?,
        voice: m.opt_bool("voice")?,
        animated: m.opt_bool("animated")?,
    })
}

fn parse_content(m: &At<'_>, kind: &str) -> Result<MessageContent> {
    Ok(match kind {
        "text" => MessageContent::Text {
            body: m.req("text")?.req_string("body")?,
        },
        "image" => MessageContent::Image(parse_media(&m.req("image")?)?),
        "audio" => MessageContent::Audio(parse_media(&m.req("audio")?)?),
        "video" => MessageContent::Video(parse_media(&m.req("video")?)?),
        "document" => MessageContent::Document(parse_media(&m.req("document")?)?),
        "sticker" => MessageContent::Sticker(parse_media(&m.req("sticker")?)?),
        "location" => {
            let l = m.req("location")?;
            MessageContent::Location(Location {
                latitude: l.req("latitude")?.f64()?,
                longitude: l.req("longitude")?.f64()?,
                name: l.opt_string("name")?,
                address: l.opt_string("address")?,
                url: l.opt_string("url")?,
            })
        }
        "contacts" => MessageContent::Contacts {
            contacts: m
                .req("contacts")?
                .array()?
                .iter()
                .map(parse_shared_contact)
                .collect::<Result<_>>()?,
        },
        "interactive" => MessageContent::Interactive(parse_interactive(&m.req("interactive")?)?),
        "button" => {
            let b = m.req("button")?;
            MessageContent::TemplateButton {
                payload: b.opt_string("payload")?,
                text: b.req_string("text")?,
            }
        }
        "reaction" => {
            let r = m.req("reaction")?;
            MessageContent::Reaction {
                message_id: r.req_id("message_id")?,
                emoji: r.opt_string("emoji")?.filter(|e| !e.is_empty()),
            }
        }
        "order" => {
            let o = m.req("order")?;
            MessageContent::Order(Order {
                catalog_id: o.req_string("catalog_id")?,
                text: o.opt_string("text")?,
                items: o.each("product_items", |i| {
                    let quantity = i.req("quantity")?;
                    Ok(OrderItem {
                        product_retailer_id: i.req_string("product_retailer_id")?,
                        quantity: u32::try_from(quantity.i64()?).map_err(|_| {
                            WebhookError::InvalidValue {
                                path: quantity.path(),
                                message: "quantity out of range".to_owned(),
                            }
                        })?,
                        item_price: i.req("item_price")?.f64()?,
                        currency: i.req_string("currency")?,
                    })
                })?,
            })
        }
        "system" => {
            let s = m.req("system")?;
            MessageContent::System(SystemNotice {
                kind: s
                    .opt_string("type")?
                    .unwrap_or_else(|| "unknown".to_owned()),
                body: s.opt_string("body")?,
                new_wa_id: s.opt_id("wa_id")?,
                // Not verified against Meta's reference: the field names of
                // `user_changed_user_id` notices (`user_id`, `previous_user_id`) come from a
                // provider that relays them; the new id also arrives as `from_user_id`.
                new_user_id: s.opt_id("user_id")?,
                previous_user_id: s.opt_id("previous_user_id")?,
            })
        }
        other => MessageContent::Unsupported {
            type_name: other.to_owned(),
            raw_json: m.raw_json(),
            errors: parse_errors(m)?,
        },
    })
}

fn parse_shared_contact(c: &At<'_>) -> Result<SharedContact> {
    let name = c.req("name")?;
    Ok(SharedContact {
        formatted_name: name.req_string("formatted_name")?,
        first_name: name.opt_string("first_name")?,
        last_name: name.opt_string("last_name")?,
        phones: c.each("phones", |p| {
            Ok(SharedPhone {
                phone: p.opt_string("phone")?.unwrap_or_default(),
                wa_id: p.opt_id("wa_id")?,
                label: p.opt_string("type")?,
            })
        })?,
        emails: c.each("emails", |e| Ok(e.opt_string("email")?.unwrap_or_default()))?,
        company: match c.get("org")? {
            Some(o) => o.opt_string("company")?,
            None => None,
        },
        birthday: c.opt_string("birthday")?,
    })
}

fn parse_interactive(i: &At<'_>) -> Result<InteractiveReply> {
    let kind = i.req_string("type")?;
    Ok(match kind.as_str() {
        "button_reply" => {
            let b = i.req("button_reply")?;
            InteractiveReply::ButtonReply {
                id: b.req_string("id")?,
                title: b.req_string("title")?,
            }
        }
        "list_reply" => {
            let l = i.req("list_reply")?;
            InteractiveReply::ListReply {
                id: l.req_string("id")?,
                title: l.req_string("title")?,
                description: l.opt_string("description")?,
            }
        }
        "nfm_reply" => {
            let n = i.req("nfm_reply")?;
            InteractiveReply::FlowReply {
                name: n.opt_string("name")?,
                body: n.opt_string("body")?,
                response_json: n.req_string("response_json")?,
            }
        }
        _ => InteractiveReply::Unknown {
            type_name: kind,
            raw_json: i.raw_json(),
        },
    })
}

fn parse_status(s: &At<'_>) -> Result<WebhookStatus> {
    let status = match s.req_string("status")?.as_str() {
        "sent" => StatusKind::Sent,
        "delivered" => StatusKind::Delivered,
        "read" => StatusKind::Read,
        "played" => StatusKind::Played,
        "failed" => StatusKind::Failed,
        other => StatusKind::Other(other.to_owned()),
    };
    let conversation = match s.get("conversation")? {
        Some(c) => Some(BillingConversation {
            id: c.req_string("id")?,
            origin: match c.get("origin")? {
                Some(o) => o.opt_string("type")?,
                None => None,
            },
            expires_at: c
                .get("expiration_timestamp")?
                .map(|t| t.timestamp())
                .transpose()?,
        }),
        None => None,
    };
    let pricing = match s.get("pricing")? {
        Some(p) => Some(Pricing {
            billable: p.get("billable")?.map(|b| b.bool()).transpose()?,
            pricing_model: p.opt_string("pricing_model")?,
            category: p.opt_string("category")?,
            pricing_type: p.opt_string("type")?,
        }),
        None => None,
    };
    Ok(WebhookStatus {
        id: s.req_id("id")?,
        status,
        timestamp: s.req("timestamp")?.timestamp()?,
        recipient_id: s.opt_string("recipient_id")?.filter(|r| !r.is_empty()),
        recipient_user_id: s.opt_id("recipient_user_id")?,
        biz_opaque_callback_data: s.opt_string("biz_opaque_callback_data")?,
        conversation,
        pricing,
        errors: parse_errors(s)?,
    })
}
