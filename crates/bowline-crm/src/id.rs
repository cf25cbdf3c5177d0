//! Identifier newtypes: our own ids over UUIDs and the provider's ids as strings.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Why a string is not a valid identifier.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The input is not a UUID in any of the usual text forms.
    #[error("`{input}` is not a valid {kind}: expected a uuid")]
    #[non_exhaustive]
    InvalidUuid {
        /// What was being parsed, for example `customer id`.
        kind: &'static str,
        /// The offending input.
        input: String,
    },
    /// The input is empty.
    #[error("{kind} is empty")]
    #[non_exhaustive]
    Empty {
        /// What was being parsed.
        kind: &'static str,
    },
    /// The input holds a character that the identifier may not contain.
    #[error("{kind} `{input}` has an invalid character at byte {offset}")]
    #[non_exhaustive]
    InvalidCharacter {
        /// What was being parsed.
        kind: &'static str,
        /// The offending input.
        input: String,
        /// UTF-8 byte offset of the first invalid character.
        offset: usize,
    },
    /// The input does not have the expected shape.
    #[error("{kind} `{input}` is malformed: {reason}")]
    #[non_exhaustive]
    Malformed {
        /// What was being parsed.
        kind: &'static str,
        /// The offending input.
        input: String,
        /// What is wrong, in a few words.
        reason: &'static str,
    },
    /// The input is longer than the provider allows.
    #[error("{kind} is {len} bytes long, more than the {max} allowed")]
    #[non_exhaustive]
    TooLong {
        /// What was being parsed.
        kind: &'static str,
        /// Length of the input in bytes.
        len: usize,
        /// Largest accepted length in bytes.
        max: usize,
    },
}

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps a UUID.
            #[must_use]
            pub const fn from_uuid(id: Uuid) -> Self {
                Self(id)
            }

            /// Wraps the UUID with this 128-bit value (handy for fixtures and examples).
            #[must_use]
            pub const fn from_u128(value: u128) -> Self {
                Self(Uuid::from_u128(value))
            }

            /// The wrapped UUID.
            #[must_use]
            pub const fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0.hyphenated(), f)
            }
        }

        impl FromStr for $name {
            type Err = IdError;

            fn from_str(s: &str) -> Result<Self, IdError> {
                Uuid::parse_str(s).map(Self).map_err(|_| IdError::InvalidUuid {
                    kind: $kind,
                    input: s.to_owned(),
                })
            }
        }
    };
}

uuid_id!(
    /// Our id of a customer (a contact).
    ///
    /// ```
    /// use bowline_crm::CustomerId;
    /// let id: CustomerId = "67e55044-10b1-426f-9247-bb680e5fe0c8".parse()?;
    /// assert_eq!(id.to_string(), "67e55044-10b1-426f-9247-bb680e5fe0c8");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    CustomerId,
    "customer id"
);
uuid_id!(
    /// Our id of an agent (a human user of the inbox).
    ///
    /// ```
    /// use bowline_crm::AgentId;
    /// let id = AgentId::from_uuid(uuid::Uuid::from_u128(7));
    /// assert_eq!(id.to_string().parse::<AgentId>()?, id);
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    AgentId,
    "agent id"
);
uuid_id!(
    /// Our id of a team of agents.
    ///
    /// ```
    /// use bowline_crm::TeamId;
    /// assert!("not-a-uuid".parse::<TeamId>().is_err());
    /// ```
    TeamId,
    "team id"
);
uuid_id!(
    /// Our id of a conversation.
    ///
    /// ```
    /// use bowline_crm::ConversationId;
    /// let id = ConversationId::from_uuid(uuid::Uuid::from_u128(1));
    /// assert_eq!(id.to_string(), "00000000-0000-0000-0000-000000000001");
    /// ```
    ConversationId,
    "conversation id"
);
uuid_id!(
    /// Our id of a message.
    ///
    /// Messages that come from WhatsApp get a deterministic id derived from their provider id
    /// (see [`MessageId::from_provider_id`]), so a webhook delivered twice yields the same id.
    MessageId,
    "message id"
);

impl MessageId {
    /// The message id derived from a WhatsApp message id: a version 8 UUID made of the first
    /// 16 bytes of `SHA-256("bowline-crm/wamid/" + wamid)`. The same provider id always maps
    /// to the same message id, which makes duplicate webhook deliveries easy to spot.
    ///
    /// ```
    /// use bowline_crm::{MessageId, WaMessageId};
    /// let wamid: WaMessageId = "wamid.HBgLMTU1NTAxMjM0NTY3FQIAEhgUM0EwRjk=".parse()?;
    /// assert_eq!(MessageId::from_provider_id(&wamid), MessageId::from_provider_id(&wamid));
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    #[must_use]
    pub fn from_provider_id(id: &WaMessageId) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(b"bowline-crm/wamid/");
        hasher.update(id.as_str().as_bytes());
        let digest = hasher.finalize();
        let mut bytes = [0_u8; 16];
        for (dst, src) in bytes.iter_mut().zip(digest.iter()) {
            *dst = *src;
        }
        Self(uuid::Builder::from_custom_bytes(bytes).into_uuid())
    }
}

/// What characters a string id or name may hold.
#[derive(Clone, Copy)]
pub(crate) enum Charset {
    /// ASCII digits only.
    Digits,
    /// Any character except whitespace and control characters.
    Visible,
    /// Letters, digits, `-`, `_`, `.` and `:` (labels, roles, segments).
    Name,
}

/// Checks that `s` is non-empty, at most `max` bytes and made of `charset`.
pub(crate) fn validate(
    kind: &'static str,
    s: &str,
    charset: Charset,
    max: usize,
) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty { kind });
    }
    if s.len() > max {
        return Err(IdError::TooLong {
            kind,
            len: s.len(),
            max,
        });
    }
    let bad = s.char_indices().find(|&(_, c)| match charset {
        Charset::Digits => !c.is_ascii_digit(),
        Charset::Visible => c.is_whitespace() || c.is_control(),
        Charset::Name => !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')),
    });
    match bad {
        Some((offset, _)) => Err(IdError::InvalidCharacter {
            kind,
            input: s.to_owned(),
            offset,
        }),
        None => Ok(()),
    }
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $charset:expr, $max:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates and wraps a provider id.
            ///
            /// # Errors
            /// Returns [`IdError`] if the id is empty, too long or holds a character it may not.
            ///
            /// ```
            /// use bowline_crm::{IdError, WaId};
            /// assert!(matches!(WaId::new(""), Err(IdError::Empty { .. })));
            /// assert!(matches!(WaId::new("55 11"), Err(IdError::InvalidCharacter { offset: 2, .. })));
            /// ```
            pub fn new(id: impl Into<String>) -> Result<Self, IdError> {
                let id = id.into();
                validate($kind, &id, $charset, $max)?;
                Ok(Self(id))
            }

        }

        string_newtype_impls!($name);
    };
}

/// The accessors and conversions every validated string newtype shares:
/// `as_str`, `Display`, `FromStr`, `TryFrom<String>` and `From<_> for String`,
/// all going through the type's own `new`.
macro_rules! string_newtype_impls {
    ($name:ident) => {
        impl $name {
            /// The value as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = IdError;

            fn from_str(s: &str) -> Result<Self, IdError> {
                Self::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;

            fn try_from(s: String) -> Result<Self, IdError> {
                Self::new(s)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }
    };
}
pub(crate) use string_newtype_impls;

string_id!(
    /// A WhatsApp message id (`wamid.…`), as sent in `messages[].id` and `statuses[].id`.
    ///
    /// Meta documents the `wamid.` prefix but not the rest of the format, so any non-empty
    /// string without whitespace (up to 512 bytes) is accepted.
    ///
    /// ```
    /// use bowline_crm::WaMessageId;
    /// let id: WaMessageId = "wamid.HBgLMTU1NTAxMjM0NTY3".parse()?;
    /// assert_eq!(id.as_str(), "wamid.HBgLMTU1NTAxMjM0NTY3");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    WaMessageId,
    "whatsapp message id",
    Charset::Visible,
    512
);
string_id!(
    /// A WhatsApp user id (`wa_id`, `from`): usually the user's phone digits without `+`, but
    /// Meta warns it "may not always match" the phone number, so it is kept apart from
    /// [`PhoneNumber`](crate::PhoneNumber). It is personal data.
    ///
    /// Users who hide their number behind a username can arrive with an empty `wa_id`; the
    /// webhook model then holds `None` here and identifies the user by
    /// [`BusinessScopedUserId`].
    ///
    /// ```
    /// use bowline_crm::WaId;
    /// let id: WaId = "5511987654321".parse()?;
    /// assert_eq!(id.as_str(), "5511987654321");
    /// assert!("+55 11".parse::<WaId>().is_err());
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    WaId,
    "whatsapp user id",
    Charset::Digits,
    32
);
string_id!(
    /// The business-scoped user id (BSUID, `user_id`): stable per business portfolio and user,
    /// up to 256 characters, and regenerated when the user changes phone number.
    ///
    /// ```
    /// use bowline_crm::BusinessScopedUserId;
    /// let id: BusinessScopedUserId = "US.13491208655302741918".parse()?;
    /// assert_eq!(id.to_string(), "US.13491208655302741918");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    BusinessScopedUserId,
    "business-scoped user id",
    Charset::Visible,
    256
);
string_id!(
    /// The id of a business phone number in the Cloud API (`metadata.phone_number_id`): one
    /// inbox.
    ///
    /// ```
    /// use bowline_crm::PhoneNumberId;
    /// let id: PhoneNumberId = "106540352242922".parse()?;
    /// assert_eq!(id.as_str(), "106540352242922");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    PhoneNumberId,
    "phone number id",
    Charset::Digits,
    32
);
string_id!(
    /// The id of a media object (image, audio, video, document, sticker) in the Cloud API.
    ///
    /// ```
    /// use bowline_crm::MediaId;
    /// let id: MediaId = "1037543291543636".parse()?;
    /// assert_eq!(id.as_str(), "1037543291543636");
    /// # Ok::<(), bowline_crm::IdError>(())
    /// ```
    MediaId,
    "media id",
    Charset::Visible,
    256
);
