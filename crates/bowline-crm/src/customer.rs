//! Customers (contacts), their channel identities and consent records.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::id::IdError;
use crate::sensitive::expose;
use crate::{
    AttributeDefinition, AttributeError, AttributeKey, AttributeValue, BusinessScopedUserId,
    CustomerId, Label, PhoneNumber, PhoneNumberId, Segment, Sensitive, WaId, WaMessageId,
};

/// An email address, checked for shape only (`local@domain.tld`, no whitespace, at most 254
/// bytes). Deliverability is not this crate's business.
///
/// ```
/// use bowline_crm::EmailAddress;
/// let e: EmailAddress = "ana@example.com".parse()?;
/// assert_eq!(e.as_str(), "ana@example.com");
/// assert!("ana at example".parse::<EmailAddress>().is_err());
/// # Ok::<(), bowline_crm::IdError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Validates an email address.
    ///
    /// # Errors
    /// [`IdError`] if it is empty, too long, holds whitespace or lacks a local part or a
    /// dotted domain.
    pub fn new(email: impl Into<String>) -> Result<Self, IdError> {
        const KIND: &str = "email address";
        let email = email.into();
        if email.is_empty() {
            return Err(IdError::Empty { kind: KIND });
        }
        if email.len() > 254 {
            return Err(IdError::TooLong {
                kind: KIND,
                len: email.len(),
                max: 254,
            });
        }
        if let Some((offset, _)) = email
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() || c.is_control())
        {
            return Err(IdError::InvalidCharacter {
                kind: KIND,
                input: email,
                offset,
            });
        }
        let reason = match email.rsplit_once('@') {
            None => Some("no `@`"),
            Some(("", _)) => Some("nothing before `@`"),
            Some((_, domain))
                if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') =>
            {
                Some("the domain is not dotted")
            }
            Some(_) => None,
        };
        match reason {
            Some(reason) => Err(IdError::Malformed {
                kind: KIND,
                input: email,
                reason,
            }),
            None => Ok(Self(email)),
        }
    }

    /// The address as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for EmailAddress {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        Self::new(s)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, IdError> {
        Self::new(s)
    }
}

impl From<EmailAddress> for String {
    fn from(e: EmailAddress) -> String {
        e.0
    }
}

/// How a user is known on one WhatsApp business number.
///
/// WhatsApp identifies a user by `wa_id` (usually, but not always, their phone digits) and,
/// since usernames, by a business-scoped user id (BSUID). A user hiding their number may
/// arrive with an empty `wa_id`, so either may be missing, but never both.
///
/// ```
/// use bowline_crm::WhatsAppIdentity;
/// let id = WhatsAppIdentity::new("106540352242922".parse()?, None, Some("US.1349120865530".parse()?))?;
/// assert!(id.wa_id().is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "WhatsAppIdentityRepr", deny_unknown_fields)]
#[expect(clippy::struct_field_names, reason = "the provider's own field names")]
pub struct WhatsAppIdentity {
    phone_number_id: PhoneNumberId,
    #[serde(skip_serializing_if = "Option::is_none")]
    wa_id: Option<WaId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<BusinessScopedUserId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(clippy::struct_field_names, reason = "the provider's own field names")]
struct WhatsAppIdentityRepr {
    phone_number_id: PhoneNumberId,
    #[serde(default)]
    wa_id: Option<WaId>,
    #[serde(default)]
    user_id: Option<BusinessScopedUserId>,
}

impl TryFrom<WhatsAppIdentityRepr> for WhatsAppIdentity {
    type Error = IdError;
    fn try_from(r: WhatsAppIdentityRepr) -> Result<Self, IdError> {
        Self::new(r.phone_number_id, r.wa_id, r.user_id)
    }
}

impl WhatsAppIdentity {
    /// An identity on the business number `phone_number_id`.
    ///
    /// # Errors
    /// [`IdError::Empty`] if both `wa_id` and `user_id` are missing.
    pub fn new(
        phone_number_id: PhoneNumberId,
        wa_id: Option<WaId>,
        user_id: Option<BusinessScopedUserId>,
    ) -> Result<Self, IdError> {
        if wa_id.is_none() && user_id.is_none() {
            return Err(IdError::Empty {
                kind: "whatsapp identity (no wa_id and no user_id)",
            });
        }
        Ok(Self {
            phone_number_id,
            wa_id,
            user_id,
        })
    }

    /// The business number.
    #[must_use]
    pub fn phone_number_id(&self) -> &PhoneNumberId {
        &self.phone_number_id
    }

    /// The WhatsApp id, when WhatsApp shared it.
    #[must_use]
    pub fn wa_id(&self) -> Option<&WaId> {
        self.wa_id.as_ref()
    }

    /// The business-scoped user id, when WhatsApp sent it.
    #[must_use]
    pub fn user_id(&self) -> Option<&BusinessScopedUserId> {
        self.user_id.as_ref()
    }

    /// Whether both identities name the same user on the same business number: equal
    /// business-scoped ids when both have one, else equal WhatsApp ids.
    ///
    /// ```
    /// use bowline_crm::WhatsAppIdentity;
    /// let a = WhatsAppIdentity::new("1065".parse()?, Some("5511987654321".parse()?), None)?;
    /// let b = WhatsAppIdentity::new("1065".parse()?, Some("5511987654321".parse()?),
    ///     Some("BR.42".parse()?))?;
    /// assert!(a.same_user(&b));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn same_user(&self, other: &Self) -> bool {
        if self.phone_number_id != other.phone_number_id {
            return false;
        }
        match (&self.user_id, &other.user_id) {
            (Some(a), Some(b)) => a == b,
            _ => matches!((&self.wa_id, &other.wa_id), (Some(a), Some(b)) if a == b),
        }
    }
}

/// A channel on which a customer can be reached.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ChannelIdentity {
    /// A WhatsApp user on one business number.
    #[serde(rename = "whatsapp")]
    WhatsApp(WhatsAppIdentity),
}

/// The channel a consent record is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConsentChannel {
    /// WhatsApp.
    #[serde(rename = "whatsapp")]
    WhatsApp,
    /// SMS.
    Sms,
    /// Email.
    Email,
    /// Voice calls.
    Phone,
}

/// What the customer may be contacted for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConsentPurpose {
    /// Service about existing products (statements, card alerts, support replies).
    Service,
    /// Offers and promotions.
    Marketing,
    /// Debt collection.
    Collections,
}

/// Whether consent is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    /// Opted in.
    Granted,
    /// Opted out (for WhatsApp marketing: the `user_preferences` stop signal).
    Withdrawn,
    /// Never asked.
    NotSpecified,
}

/// The legal basis for processing (GDPR article 6 terms, which other regimes map onto).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LegalBasis {
    /// The customer consented.
    Consent,
    /// Needed to perform a contract with the customer.
    Contract,
    /// Required by law.
    LegalObligation,
    /// The business's legitimate interest.
    LegitimateInterest,
}

/// Where a consent decision was captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConsentSource {
    /// In a WhatsApp conversation (see the evidence for the message).
    #[serde(rename = "whatsapp_message")]
    WhatsAppMessage,
    /// WhatsApp's own preference controls (the `user_preferences` webhook).
    #[serde(rename = "whatsapp_preferences")]
    WhatsAppPreferences,
    /// A web or app form.
    WebForm,
    /// In a branch.
    Branch,
    /// On a call.
    PhoneCall,
    /// Imported from another system.
    Import,
}

/// What proves a consent decision.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ConsentEvidence {
    /// The WhatsApp message in which the customer opted in or out.
    Message(WaMessageId),
    /// A reference to a document or recording kept elsewhere.
    Reference(String),
}

/// One consent decision, for one channel and purpose. Records are kept as a history; the
/// latest by time is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    /// The channel.
    pub channel: ConsentChannel,
    /// The purpose.
    pub purpose: ConsentPurpose,
    /// The decision.
    pub status: ConsentStatus,
    /// The legal basis relied on.
    pub legal_basis: LegalBasis,
    /// Where it was captured.
    pub source: ConsentSource,
    /// When it was captured.
    pub at: DateTime<Utc>,
    /// What proves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<ConsentEvidence>,
}

/// A customer (contact).
///
/// Personal data (name, email, phone numbers) is held in [`Sensitive`], so `Debug` never
/// prints it. `Customer` is the system-of-record form: its `Serialize` writes those fields in
/// clear, because each one opts in with `sensitive::expose`. Log events, not customers.
///
/// ```
/// use bowline_crm::{Customer, CustomerId, ConsentChannel, ConsentPurpose, ConsentRecord,
///     ConsentSource, ConsentStatus, LegalBasis};
/// # let t0 = chrono::DateTime::UNIX_EPOCH;
/// let mut c = Customer::new(CustomerId::from_uuid(uuid::Uuid::from_u128(5)), t0);
/// c.set_name("Ana Lima");
/// c.add_phone("+5511987654321".parse()?);
/// assert!(!format!("{c:?}").contains("Ana"));
/// c.record_consent(ConsentRecord {
///     channel: ConsentChannel::WhatsApp, purpose: ConsentPurpose::Marketing,
///     status: ConsentStatus::Granted, legal_basis: LegalBasis::Consent,
///     source: ConsentSource::WebForm, at: t0, evidence: None,
/// });
/// assert!(c.may_contact(ConsentChannel::WhatsApp, ConsentPurpose::Marketing));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    id: CustomerId,
    #[serde(default, with = "expose::option")]
    name: Option<Sensitive<String>>,
    #[serde(default, with = "expose::option")]
    email: Option<Sensitive<EmailAddress>>,
    #[serde(default, with = "expose::vec")]
    phones: Vec<Sensitive<PhoneNumber>>,
    #[serde(default)]
    identities: BTreeSet<ChannelIdentity>,
    #[serde(default)]
    segment: Option<Segment>,
    #[serde(default)]
    attributes: BTreeMap<AttributeKey, AttributeValue>,
    #[serde(default)]
    labels: BTreeSet<Label>,
    #[serde(default)]
    consents: Vec<ConsentRecord>,
    created_at: DateTime<Utc>,
}

impl Customer {
    /// A customer with nothing known but the id.
    #[must_use]
    pub fn new(id: CustomerId, created_at: DateTime<Utc>) -> Self {
        Self {
            id,
            name: None,
            email: None,
            phones: Vec::new(),
            identities: BTreeSet::new(),
            segment: None,
            attributes: BTreeMap::new(),
            labels: BTreeSet::new(),
            consents: Vec::new(),
            created_at,
        }
    }

    /// Our id.
    #[must_use]
    pub fn id(&self) -> CustomerId {
        self.id
    }
    /// When the record was created.
    #[must_use]
    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// The name.
    #[must_use]
    pub fn name(&self) -> Option<&Sensitive<String>> {
        self.name.as_ref()
    }
    /// Sets the name.
    pub fn set_name(&mut self, name: impl Into<String>) {
        self.name = Some(Sensitive::new(name.into()));
    }
    /// The email address.
    #[must_use]
    pub fn email(&self) -> Option<&Sensitive<EmailAddress>> {
        self.email.as_ref()
    }
    /// Sets the email address.
    pub fn set_email(&mut self, email: EmailAddress) {
        self.email = Some(Sensitive::new(email));
    }
    /// Phone numbers, first added first.
    #[must_use]
    pub fn phones(&self) -> &[Sensitive<PhoneNumber>] {
        &self.phones
    }
    /// Adds a phone number unless it is already known.
    pub fn add_phone(&mut self, phone: PhoneNumber) {
        if !self.phones.iter().any(|p| *p.expose() == phone) {
            self.phones.push(Sensitive::new(phone));
        }
    }
    /// Channel identities.
    #[must_use]
    pub fn identities(&self) -> &BTreeSet<ChannelIdentity> {
        &self.identities
    }
    /// Adds a channel identity (a set: adding twice is harmless).
    pub fn add_identity(&mut self, identity: ChannelIdentity) {
        self.identities.insert(identity);
    }
    /// Whether one of this customer's WhatsApp identities is the same user as `identity`.
    #[must_use]
    pub fn has_whatsapp_identity(&self, identity: &WhatsAppIdentity) -> bool {
        self.identities.iter().any(|i| match i {
            ChannelIdentity::WhatsApp(w) => w.same_user(identity),
        })
    }
    /// The segment.
    #[must_use]
    pub fn segment(&self) -> Option<&Segment> {
        self.segment.as_ref()
    }
    /// Sets the segment.
    pub fn set_segment(&mut self, segment: Option<Segment>) {
        self.segment = segment;
    }
    /// Custom attributes.
    #[must_use]
    pub fn attributes(&self) -> &BTreeMap<AttributeKey, AttributeValue> {
        &self.attributes
    }
    /// Sets a custom attribute after checking it against its definition.
    ///
    /// # Errors
    /// [`AttributeError`] if the value does not fit; nothing changes then.
    ///
    /// ```
    /// use bowline_crm::{AttributeDefinition, AttributeKind, AttributeValue, Customer, CustomerId};
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let mut c = Customer::new(CustomerId::from_uuid(uuid::Uuid::nil()), t0);
    /// let def = AttributeDefinition::new("vip".parse()?, "VIP", AttributeKind::Checkbox);
    /// c.set_attribute(&def, AttributeValue::Checkbox(true))?;
    /// assert!(c.set_attribute(&def, AttributeValue::Text("yes".into())).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set_attribute(
        &mut self,
        definition: &AttributeDefinition,
        value: AttributeValue,
    ) -> Result<(), AttributeError> {
        definition.validate(&value)?;
        self.attributes.insert(definition.key.clone(), value);
        Ok(())
    }
    /// Removes a custom attribute, returning its value.
    pub fn remove_attribute(&mut self, key: &AttributeKey) -> Option<AttributeValue> {
        self.attributes.remove(key)
    }
    /// Labels.
    #[must_use]
    pub fn labels(&self) -> &BTreeSet<Label> {
        &self.labels
    }
    /// Adds a label.
    pub fn add_label(&mut self, label: Label) {
        self.labels.insert(label);
    }
    /// Removes a label.
    pub fn remove_label(&mut self, label: &Label) {
        self.labels.remove(label);
    }
    /// Every consent record, in the order recorded.
    #[must_use]
    pub fn consents(&self) -> &[ConsentRecord] {
        &self.consents
    }
    /// Adds a consent record to the history.
    pub fn record_consent(&mut self, record: ConsentRecord) {
        self.consents.push(record);
    }
    /// The record in force for a channel and purpose: the latest by time (of equal times,
    /// the one recorded last).
    ///
    /// ```
    /// use bowline_crm::{ConsentChannel, ConsentPurpose, ConsentRecord, ConsentSource,
    ///     ConsentStatus, Customer, CustomerId, LegalBasis};
    /// use chrono::TimeDelta;
    /// # let t0 = chrono::DateTime::UNIX_EPOCH;
    /// let mut c = Customer::new(CustomerId::from_u128(1), t0);
    /// let record = |status, at| ConsentRecord {
    ///     channel: ConsentChannel::WhatsApp, purpose: ConsentPurpose::Collections, status,
    ///     legal_basis: LegalBasis::LegitimateInterest, source: ConsentSource::PhoneCall, at,
    ///     evidence: None,
    /// };
    /// // Recorded out of order: the later decision wins.
    /// c.record_consent(record(ConsentStatus::Withdrawn, t0 + TimeDelta::days(2)));
    /// c.record_consent(record(ConsentStatus::Granted, t0));
    /// let now = c.consent(ConsentChannel::WhatsApp, ConsentPurpose::Collections);
    /// assert_eq!(now.map(|r| r.status), Some(ConsentStatus::Withdrawn));
    /// ```
    #[must_use]
    pub fn consent(
        &self,
        channel: ConsentChannel,
        purpose: ConsentPurpose,
    ) -> Option<&ConsentRecord> {
        self.consents
            .iter()
            .filter(|r| r.channel == channel && r.purpose == purpose)
            .fold(None, |best: Option<&ConsentRecord>, r| match best {
                Some(b) if b.at > r.at => Some(b),
                _ => Some(r),
            })
    }
    /// Whether the record in force for this channel and purpose grants consent.
    #[must_use]
    pub fn may_contact(&self, channel: ConsentChannel, purpose: ConsentPurpose) -> bool {
        self.consent(channel, purpose)
            .is_some_and(|r| r.status == ConsentStatus::Granted)
    }
}
