//! Typed custom attributes, after the eight display types inboxes offer.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::id::IdError;

/// Keys that clash with standard fields and may not name a custom attribute.
const RESERVED_KEYS: &[&str] = &[
    "email",
    "id",
    "labels",
    "name",
    "phone_number",
    "priority",
    "segment",
    "status",
];

/// The key of a custom attribute: letters, digits, `_`, `.` and `-`, at most 64 bytes, not a
/// standard field name such as `status` or `email`.
///
/// ```
/// use bowline_crm::AttributeKey;
/// let k: AttributeKey = "kyc_status".parse()?;
/// assert_eq!(k.as_str(), "kyc_status");
/// assert!("status".parse::<AttributeKey>().is_err());
/// # Ok::<(), bowline_crm::IdError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AttributeKey(String);

impl AttributeKey {
    /// Validates a key.
    ///
    /// # Errors
    /// [`IdError`] if the key is empty, longer than 64 bytes, holds another character or is
    /// reserved.
    pub fn new(key: impl Into<String>) -> Result<Self, IdError> {
        const KIND: &str = "attribute key";
        let key = key.into();
        if key.is_empty() {
            return Err(IdError::Empty { kind: KIND });
        }
        if key.len() > 64 {
            return Err(IdError::TooLong {
                kind: KIND,
                len: key.len(),
                max: 64,
            });
        }
        if let Some((offset, _)) = key
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-')))
        {
            return Err(IdError::InvalidCharacter {
                kind: KIND,
                input: key,
                offset,
            });
        }
        if RESERVED_KEYS.contains(&key.as_str()) {
            return Err(IdError::Malformed {
                kind: KIND,
                input: key,
                reason: "the key names a standard field",
            });
        }
        Ok(Self(key))
    }

    /// The key as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AttributeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for AttributeKey {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, IdError> {
        Self::new(s)
    }
}

impl TryFrom<String> for AttributeKey {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, IdError> {
        Self::new(s)
    }
}

impl From<AttributeKey> for String {
    fn from(k: AttributeKey) -> String {
        k.0
    }
}

/// An amount of money: an exact decimal and an ISO 4217 currency code. Serialized with the
/// amount as a string, so no precision is lost.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The amount.
    pub amount: Decimal,
    /// Three upper-case letters, for example `BRL`.
    pub currency: String,
}

/// The type of a custom attribute and its constraints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum AttributeKind {
    /// Free text, optionally limited in length (bytes).
    Text {
        /// Longest accepted value in bytes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_len: Option<usize>,
    },
    /// An exact decimal number.
    Number,
    /// A money amount, optionally in one fixed currency.
    Currency {
        /// The currency every value must use.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
    },
    /// A percentage as a decimal number of percent (`12.5` means 12.5 %).
    Percent,
    /// An `http` or `https` URL.
    Link,
    /// A calendar date.
    Date,
    /// One value out of a fixed list.
    List {
        /// The allowed values.
        options: Vec<String>,
    },
    /// Yes or no.
    Checkbox,
}

/// The value of a custom attribute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AttributeValue {
    /// Free text.
    Text(String),
    /// An exact number.
    Number(Decimal),
    /// Money.
    Currency(Money),
    /// Percent.
    Percent(Decimal),
    /// A URL.
    Link(String),
    /// A date.
    Date(NaiveDate),
    /// A list option.
    List(String),
    /// Yes or no.
    Checkbox(bool),
}

impl AttributeValue {
    fn type_name(&self) -> &'static str {
        match self {
            Self::Text(_) => "text",
            Self::Number(_) => "number",
            Self::Currency(_) => "currency",
            Self::Percent(_) => "percent",
            Self::Link(_) => "link",
            Self::Date(_) => "date",
            Self::List(_) => "list",
            Self::Checkbox(_) => "checkbox",
        }
    }
}

impl AttributeKind {
    fn type_name(&self) -> &'static str {
        match self {
            Self::Text { .. } => "text",
            Self::Number => "number",
            Self::Currency { .. } => "currency",
            Self::Percent => "percent",
            Self::Link => "link",
            Self::Date => "date",
            Self::List { .. } => "list",
            Self::Checkbox => "checkbox",
        }
    }
}

/// Why a value does not fit its attribute definition.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AttributeError {
    /// The value's type is not the definition's.
    #[error("attribute `{key}` expects a {expected} value, got {found}")]
    #[non_exhaustive]
    WrongType {
        /// The attribute.
        key: AttributeKey,
        /// The definition's type.
        expected: &'static str,
        /// The value's type.
        found: &'static str,
    },
    /// Text longer than allowed.
    #[error("attribute `{key}` allows at most {max} bytes, got {len}")]
    #[non_exhaustive]
    TooLong {
        /// The attribute.
        key: AttributeKey,
        /// Length of the value.
        len: usize,
        /// Longest allowed.
        max: usize,
    },
    /// A list value that is not an option.
    #[error("attribute `{key}` does not offer `{value}`")]
    #[non_exhaustive]
    NotAnOption {
        /// The attribute.
        key: AttributeKey,
        /// The value given.
        value: String,
    },
    /// A link that is not an http(s) URL.
    #[error("attribute `{key}` expects an http or https link, got `{value}`")]
    #[non_exhaustive]
    InvalidLink {
        /// The attribute.
        key: AttributeKey,
        /// The value given.
        value: String,
    },
    /// A currency code that is not three upper-case letters, or not the required one.
    #[error("attribute `{key}` cannot hold currency `{currency}`")]
    #[non_exhaustive]
    InvalidCurrency {
        /// The attribute.
        key: AttributeKey,
        /// The currency given.
        currency: String,
    },
}

/// The definition of a custom attribute: key, label and type.
///
/// ```
/// use bowline_crm::{AttributeDefinition, AttributeKind, AttributeValue};
/// let def = AttributeDefinition::new("kyc_status".parse()?, "KYC status", AttributeKind::List {
///     options: vec!["pending".into(), "verified".into()],
/// });
/// assert!(def.validate(&AttributeValue::List("verified".into())).is_ok());
/// assert!(def.validate(&AttributeValue::List("maybe".into())).is_err());
/// assert!(def.validate(&AttributeValue::Checkbox(true)).is_err());
/// # Ok::<(), bowline_crm::IdError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeDefinition {
    /// The key.
    pub key: AttributeKey,
    /// The label shown to agents.
    pub display_name: String,
    /// Type and constraints.
    pub kind: AttributeKind,
}

impl AttributeDefinition {
    /// A definition.
    #[must_use]
    pub fn new(key: AttributeKey, display_name: impl Into<String>, kind: AttributeKind) -> Self {
        Self {
            key,
            display_name: display_name.into(),
            kind,
        }
    }

    /// Checks that `value` fits this definition.
    ///
    /// # Errors
    /// [`AttributeError`] naming the attribute and what is wrong.
    pub fn validate(&self, value: &AttributeValue) -> Result<(), AttributeError> {
        let key = || self.key.clone();
        match (&self.kind, value) {
            (AttributeKind::Text { max_len }, AttributeValue::Text(s)) => match max_len {
                Some(max) if s.len() > *max => Err(AttributeError::TooLong {
                    key: key(),
                    len: s.len(),
                    max: *max,
                }),
                _ => Ok(()),
            },
            (AttributeKind::Number, AttributeValue::Number(_))
            | (AttributeKind::Percent, AttributeValue::Percent(_))
            | (AttributeKind::Date, AttributeValue::Date(_))
            | (AttributeKind::Checkbox, AttributeValue::Checkbox(_)) => Ok(()),
            (AttributeKind::Currency { currency }, AttributeValue::Currency(m)) => {
                let well_formed =
                    m.currency.len() == 3 && m.currency.bytes().all(|b| b.is_ascii_uppercase());
                if !well_formed || currency.as_ref().is_some_and(|c| *c != m.currency) {
                    return Err(AttributeError::InvalidCurrency {
                        key: key(),
                        currency: m.currency.clone(),
                    });
                }
                Ok(())
            }
            (AttributeKind::Link, AttributeValue::Link(s)) => {
                let rest = s
                    .strip_prefix("https://")
                    .or_else(|| s.strip_prefix("http://"));
                match rest {
                    Some(host) if !host.is_empty() && !s.contains(char::is_whitespace) => Ok(()),
                    _ => Err(AttributeError::InvalidLink {
                        key: key(),
                        value: s.clone(),
                    }),
                }
            }
            (AttributeKind::List { options }, AttributeValue::List(s)) => {
                if options.contains(s) {
                    Ok(())
                } else {
                    Err(AttributeError::NotAnOption {
                        key: key(),
                        value: s.clone(),
                    })
                }
            }
            (kind, value) => Err(AttributeError::WrongType {
                key: key(),
                expected: kind.type_name(),
                found: value.type_name(),
            }),
        }
    }
}
