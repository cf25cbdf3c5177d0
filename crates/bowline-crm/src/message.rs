//! Messages, their typed content (mirroring the WhatsApp message types) and delivery state.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{AgentId, MediaId, MessageId, WaId, WaMessageId};

/// Whether a message came from the customer or went to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the customer to the business.
    Inbound,
    /// From the business to the customer.
    Outbound,
}

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sender {
    /// The conversation's customer.
    Customer,
    /// A human agent.
    Agent(AgentId),
    /// An automated assistant.
    Bot,
    /// The platform itself (for example a number-change notice).
    System,
}

/// A message in a conversation.
///
/// ```
/// use bowline_crm::{Direction, Message, MessageContent, MessageId, Sender};
/// use chrono::{TimeZone, Utc};
///
/// let at = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).single().ok_or("bad time")?;
/// let msg = Message::new(
///     MessageId::from_uuid(uuid::Uuid::from_u128(1)),
///     Direction::Inbound,
///     Sender::Customer,
///     MessageContent::Text { body: "my card was blocked".into() },
///     at,
/// );
/// assert_eq!(msg.content.text(), Some("my card was blocked"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Our id.
    pub id: MessageId,
    /// The provider's id (`wamid.…`), when the message went through WhatsApp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_id: Option<WaMessageId>,
    /// Inbound or outbound.
    pub direction: Direction,
    /// Who wrote it.
    pub sender: Sender,
    /// What it says or carries.
    pub content: MessageContent,
    /// The message this one replies to, or forwarding flags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<ReplyContext>,
    /// The ad or post the customer came from (Click-to-WhatsApp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral: Option<Referral>,
    /// When it was sent (for WhatsApp inbound messages: the webhook's `timestamp`).
    pub sent_at: DateTime<Utc>,
    /// Delivery progress of an outbound message.
    #[serde(default)]
    pub delivery: DeliveryState,
}

impl Message {
    /// A message with no provider id, context or referral, and an empty delivery state.
    #[must_use]
    pub fn new(
        id: MessageId,
        direction: Direction,
        sender: Sender,
        content: MessageContent,
        sent_at: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            provider_id: None,
            direction,
            sender,
            content,
            context: None,
            referral: None,
            sent_at,
            delivery: DeliveryState::default(),
        }
    }

    /// Rewrites every free-text field (content, and the referral's headline and body) through
    /// `f`, for example to mask personal data before printing.
    ///
    /// ```
    /// use bowline_crm::{Direction, Message, MessageContent, MessageId, Sender};
    /// # let at = chrono::DateTime::UNIX_EPOCH;
    /// let mut msg = Message::new(MessageId::from_uuid(uuid::Uuid::nil()), Direction::Inbound,
    ///     Sender::Customer, MessageContent::Text { body: "pin 1234".into() }, at);
    /// msg.map_text(&mut |s: &str| s.replace("1234", "****"));
    /// assert_eq!(msg.content.text(), Some("pin ****"));
    /// ```
    pub fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        self.content.map_text(f);
        if let Some(r) = &mut self.referral {
            map_opt(&mut r.headline, f);
            map_opt(&mut r.body, f);
        }
    }
}

pub(crate) fn map_opt(field: &mut Option<String>, f: &mut dyn FnMut(&str) -> String) {
    if let Some(s) = field {
        *s = f(s);
    }
}

pub(crate) fn map_str(field: &mut String, f: &mut dyn FnMut(&str) -> String) {
    *field = f(field);
}

/// The typed content of a message, one variant per WhatsApp message type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum MessageContent {
    /// Plain text.
    Text {
        /// The text.
        body: String,
    },
    /// A picture.
    Image(Media),
    /// An audio file or voice note (`voice` is set for voice notes).
    Audio(Media),
    /// A video.
    Video(Media),
    /// A document (`filename` is set).
    Document(Media),
    /// A sticker (`animated` may be set).
    Sticker(Media),
    /// A shared location.
    Location(Location),
    /// Shared contact cards.
    Contacts {
        /// The cards.
        contacts: Vec<SharedContact>,
    },
    /// A reply to an interactive message (button, list, flow).
    Interactive(InteractiveReply),
    /// A press on a quick-reply button of a template message.
    TemplateButton {
        /// The button's payload, as set in the template.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        payload: Option<String>,
        /// The button's text.
        text: String,
    },
    /// A reaction to an earlier message; `emoji` is `None` when the reaction was removed.
    Reaction {
        /// The message reacted to.
        message_id: WaMessageId,
        /// The emoji, absent when the user removed their reaction.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        emoji: Option<String>,
    },
    /// An order placed from a catalog.
    Order(Order),
    /// A platform notice, such as a user changing their number or their business-scoped id.
    System(SystemNotice),
    /// A type this crate does not know, or WhatsApp's own `unsupported` type.
    Unsupported {
        /// The `type` the payload named.
        type_name: String,
        /// The message object as it arrived, as JSON text.
        raw_json: String,
        /// Errors the provider attached (for example code 131051, unsupported message type).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        errors: Vec<ApiError>,
    },
}

impl MessageContent {
    /// The main human-readable text: a text body, a media caption, a reply title, a template
    /// button's text, an order's note or a system notice's body.
    ///
    /// ```
    /// use bowline_crm::MessageContent;
    /// let c = MessageContent::Text { body: "hello".into() };
    /// assert_eq!(c.text(), Some("hello"));
    /// ```
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        match self {
            Self::Text { body } => Some(body),
            Self::Image(m)
            | Self::Audio(m)
            | Self::Video(m)
            | Self::Document(m)
            | Self::Sticker(m) => m.caption.as_deref(),
            Self::Location(l) => l.name.as_deref().or(l.address.as_deref()),
            Self::Contacts { contacts } => contacts.first().map(|c| c.formatted_name.as_str()),
            Self::Interactive(r) => r.title(),
            Self::TemplateButton { text, .. } => Some(text),
            Self::Reaction { emoji, .. } => emoji.as_deref(),
            Self::Order(o) => o.text.as_deref(),
            Self::System(s) => s.body.as_deref(),
            Self::Unsupported { .. } => None,
        }
    }

    /// The WhatsApp name of the type, such as `text`, `image` or `interactive`.
    ///
    /// ```
    /// use bowline_crm::MessageContent;
    /// assert_eq!(MessageContent::Text { body: String::new() }.type_name(), "text");
    /// ```
    #[must_use]
    pub fn type_name(&self) -> &str {
        match self {
            Self::Text { .. } => "text",
            Self::Image(_) => "image",
            Self::Audio(_) => "audio",
            Self::Video(_) => "video",
            Self::Document(_) => "document",
            Self::Sticker(_) => "sticker",
            Self::Location(_) => "location",
            Self::Contacts { .. } => "contacts",
            Self::Interactive(_) => "interactive",
            Self::TemplateButton { .. } => "button",
            Self::Reaction { .. } => "reaction",
            Self::Order(_) => "order",
            Self::System(_) => "system",
            Self::Unsupported { type_name, .. } => type_name,
        }
    }

    /// Rewrites every free-text field through `f`: text bodies, captions, file names,
    /// location names and addresses, everything on shared contact cards, reply titles and
    /// descriptions, flow bodies and responses, button texts and payloads, order notes,
    /// system bodies, the raw JSON of unsupported messages and error messages. Ids, MIME
    /// types, hashes, URLs, coordinates and emoji are left alone.
    ///
    /// ```
    /// use bowline_crm::MessageContent;
    /// let mut c = MessageContent::Text { body: "call me on +5511987654321".into() };
    /// c.map_text(&mut |s: &str| s.replace("+5511987654321", "<PHONE>"));
    /// assert_eq!(c.text(), Some("call me on <PHONE>"));
    /// ```
    pub fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        match self {
            Self::Text { body } => map_str(body, f),
            Self::Image(m)
            | Self::Audio(m)
            | Self::Video(m)
            | Self::Document(m)
            | Self::Sticker(m) => {
                map_opt(&mut m.caption, f);
                map_opt(&mut m.filename, f);
            }
            Self::Location(l) => {
                map_opt(&mut l.name, f);
                map_opt(&mut l.address, f);
            }
            Self::Contacts { contacts } => contacts.iter_mut().for_each(|c| c.map_text(f)),
            Self::Interactive(r) => r.map_text(f),
            Self::TemplateButton { payload, text } => {
                map_opt(payload, f);
                map_str(text, f);
            }
            Self::Reaction { .. } => {}
            Self::Order(o) => map_opt(&mut o.text, f),
            Self::System(s) => map_opt(&mut s.body, f),
            Self::Unsupported {
                raw_json, errors, ..
            } => {
                map_str(raw_json, f);
                for e in errors.iter_mut() {
                    e.map_text(f);
                }
            }
        }
    }
}

/// A media attachment (image, audio, video, document or sticker).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// The provider's media id, used to download the file.
    pub id: MediaId,
    /// MIME type, for example `image/jpeg`.
    pub mime_type: String,
    /// SHA-256 of the file as the provider reports it (base64 or hex, as sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// Caption (images, videos, documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// File name (documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Download URL (sent by newer API versions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Set for voice notes recorded in WhatsApp (audio only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voice: bool,
    /// Set for animated stickers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub animated: bool,
}

/// A shared location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude in degrees.
    pub latitude: f64,
    /// Longitude in degrees.
    pub longitude: f64,
    /// Name of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Address of the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Link to the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One shared contact card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedContact {
    /// The full name as shown.
    pub formatted_name: String,
    /// Given name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Family name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Phone numbers as written on the card (not validated: cards hold what users typed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<SharedPhone>,
    /// Email addresses as written on the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Birthday as written (`YYYY-MM-DD` in the documented examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<String>,
}

impl SharedContact {
    fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        map_str(&mut self.formatted_name, f);
        map_opt(&mut self.first_name, f);
        map_opt(&mut self.last_name, f);
        for p in &mut self.phones {
            map_str(&mut p.phone, f);
        }
        self.emails.iter_mut().for_each(|e| map_str(e, f));
        map_opt(&mut self.company, f);
        map_opt(&mut self.birthday, f);
    }
}

/// A phone number on a shared contact card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedPhone {
    /// The number as written.
    pub phone: String,
    /// The WhatsApp id, when the number is on WhatsApp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wa_id: Option<WaId>,
    /// Label such as `CELL`, `HOME` or `WORK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// A reply to an interactive message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum InteractiveReply {
    /// A reply button was pressed.
    ButtonReply {
        /// The button id set by the business.
        id: String,
        /// The button title.
        title: String,
    },
    /// A list row was chosen.
    ListReply {
        /// The row id set by the business.
        id: String,
        /// The row title.
        title: String,
        /// The row description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// A WhatsApp Flow (or address message) was submitted (`nfm_reply`).
    FlowReply {
        /// `flow` or `address_message`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// Text shown in the chat, such as `Sent`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        body: Option<String>,
        /// The submitted data, a JSON document as text.
        response_json: String,
    },
    /// An interactive type this crate does not know.
    Unknown {
        /// The `interactive.type` value.
        type_name: String,
        /// The `interactive` object as JSON text.
        raw_json: String,
    },
}

impl InteractiveReply {
    fn title(&self) -> Option<&str> {
        match self {
            Self::ButtonReply { title, .. } | Self::ListReply { title, .. } => Some(title),
            Self::FlowReply { body, .. } => body.as_deref(),
            Self::Unknown { .. } => None,
        }
    }

    fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        match self {
            Self::ButtonReply { title, .. } => map_str(title, f),
            Self::ListReply {
                title, description, ..
            } => {
                map_str(title, f);
                map_opt(description, f);
            }
            Self::FlowReply {
                body,
                response_json,
                ..
            } => {
                map_opt(body, f);
                map_str(response_json, f);
            }
            Self::Unknown { raw_json, .. } => map_str(raw_json, f),
        }
    }
}

/// An order placed from a catalog.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// The catalog id.
    pub catalog_id: String,
    /// A note the customer wrote with the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The items ordered.
    pub items: Vec<OrderItem>,
}

/// One line of an order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    /// The product's id in the catalog.
    pub product_retailer_id: String,
    /// How many.
    pub quantity: u32,
    /// Unit price, as the provider sends it (a JSON number).
    pub item_price: f64,
    /// ISO 4217 currency code.
    pub currency: String,
}

/// A platform notice about the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemNotice {
    /// The notice type, for example `user_changed_number` or `user_changed_user_id`.
    pub kind: String,
    /// Human-readable text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The user's new WhatsApp id (`user_changed_number`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_wa_id: Option<WaId>,
    /// The user's new business-scoped id (`user_id`, if sent with `user_changed_user_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_user_id: Option<crate::BusinessScopedUserId>,
    /// The user's previous business-scoped id (`previous_user_id`, `user_changed_user_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_user_id: Option<crate::BusinessScopedUserId>,
}

/// What an inbound message replies to, or how it was forwarded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyContext {
    /// The message replied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<WaMessageId>,
    /// Who sent the message replied to (the business number, for replies to our messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The message was forwarded.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forwarded: bool,
    /// The message was forwarded many times.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub frequently_forwarded: bool,
    /// The catalog product the user asked about (`referred_product.product_retailer_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_product: Option<String>,
}

/// The Click-to-WhatsApp ad or post a user came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// URL of the ad or post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// `ad` or `post`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// Id of the ad or post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Headline of the ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// Body of the ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Click id for attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctwa_clid: Option<String>,
}

/// How far an outbound message got. Ordered: `Sent < Delivered < Read < Played`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Accepted by WhatsApp.
    Sent,
    /// Delivered to the device.
    Delivered,
    /// Read by the user.
    Read,
    /// A voice message was played.
    Played,
}

/// An error reported by the WhatsApp Cloud API (in `statuses[].errors`, `messages[].errors`
/// or `value.errors`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiError {
    /// Numeric error code, for example `131047`.
    pub code: i64,
    /// Short title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Message (newer API versions send it alongside `title`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `error_data.details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Link to the error code's documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl ApiError {
    /// Error code 131047 ("re-engagement message"): a free-form message was sent more than
    /// 24 hours after the customer's last message.
    pub const OUTSIDE_WINDOW: i64 = 131_047;

    /// Whether this error means the 24-hour customer-service window was closed.
    ///
    /// ```
    /// use bowline_crm::ApiError;
    /// let e = ApiError { code: 131047, title: None, message: None, details: None, href: None };
    /// assert!(e.is_outside_window());
    /// ```
    #[must_use]
    pub fn is_outside_window(&self) -> bool {
        self.code == Self::OUTSIDE_WINDOW
    }

    pub(crate) fn map_text(&mut self, f: &mut dyn FnMut(&str) -> String) {
        map_opt(&mut self.title, f);
        map_opt(&mut self.message, f);
        map_opt(&mut self.details, f);
    }
}

/// A failure recorded on a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryFailure {
    /// When the failure was reported.
    pub at: DateTime<Utc>,
    /// The provider's error, if it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ApiError>,
}

/// The delivery progress of a message. The status only moves forward, whatever order updates
/// arrive in and however often; a failure is kept as a separate flag, so a late `sent` never
/// hides it and a failure never erases how far the message got.
///
/// ```
/// use bowline_crm::{DeliveryState, DeliveryStatus};
/// # let t = chrono::DateTime::UNIX_EPOCH;
/// let mut d = DeliveryState::default();
/// assert!(d.record(DeliveryStatus::Read, t));
/// assert!(!d.record(DeliveryStatus::Delivered, t)); // late and out of order: ignored
/// assert_eq!(d.status(), Some(DeliveryStatus::Read));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryState {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status: Option<DeliveryStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    status_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    failure: Option<DeliveryFailure>,
}

impl DeliveryState {
    /// The furthest status reached, `None` before any update.
    #[must_use]
    pub fn status(&self) -> Option<DeliveryStatus> {
        self.status
    }

    /// When the furthest status was reported.
    #[must_use]
    pub fn status_at(&self) -> Option<DateTime<Utc>> {
        self.status_at
    }

    /// The failure, if one was reported.
    #[must_use]
    pub fn failure(&self) -> Option<&DeliveryFailure> {
        self.failure.as_ref()
    }

    /// Whether a failure was reported.
    #[must_use]
    pub fn is_failed(&self) -> bool {
        self.failure.is_some()
    }

    /// Records a status. Returns whether the state moved forward; a status at or below the
    /// current one changes nothing (a repeated update at an earlier time keeps the earliest
    /// time).
    pub fn record(&mut self, status: DeliveryStatus, at: DateTime<Utc>) -> bool {
        match self.status {
            Some(current) if current > status => false,
            Some(current) if current == status => {
                if self.status_at.is_some_and(|t| at < t) {
                    self.status_at = Some(at);
                }
                false
            }
            _ => {
                self.status = Some(status);
                self.status_at = Some(at);
                true
            }
        }
    }

    /// Records a failure. Returns whether this is the first failure recorded; later ones
    /// keep the first unless it carried no error and this one does.
    ///
    /// ```
    /// use bowline_crm::DeliveryState;
    /// # let t = chrono::DateTime::UNIX_EPOCH;
    /// let mut d = DeliveryState::default();
    /// assert!(d.record_failure(None, t));
    /// assert!(d.is_failed());
    /// ```
    pub fn record_failure(&mut self, error: Option<ApiError>, at: DateTime<Utc>) -> bool {
        if let Some(existing) = &mut self.failure {
            if existing.error.is_none() && error.is_some() {
                existing.error = error;
            }
            false
        } else {
            self.failure = Some(DeliveryFailure { at, error });
            true
        }
    }
}
