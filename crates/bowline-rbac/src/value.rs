//! Typed attribute values and attribute maps.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The type of an attribute value, as declared in a policy schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValueType {
    /// UTF-8 text.
    String,
    /// A number (stored as `f64`).
    Number,
    /// `true` or `false`.
    Bool,
    /// A set of values (strings in practice).
    Set,
    /// A point in time (RFC 3339 in JSON and TOML).
    Instant,
    /// A reference to another entity: a type and an id (a bare string id is accepted).
    Entity,
}

impl ValueType {
    /// The lowercase name used in policy documents and error messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Number => "number",
            Self::Bool => "bool",
            Self::Set => "set",
            Self::Instant => "instant",
            Self::Entity => "entity",
        }
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A reference to an entity: its type (for example `customer`) and its id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRef {
    /// Entity type, for example `agent` or `customer`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Entity id.
    pub id: String,
}

/// A typed attribute value.
///
/// In JSON a value is a string, number, bool, array (a set) or an object
/// `{"type": …, "id": …}` (an entity reference). An instant is written as an
/// RFC 3339 string; it is read as an instant wherever the policy schema says
/// the attribute is an `instant`.
///
/// `Debug` shows the value: attribute values can be personal data, so decision
/// records never include them (they carry attribute *names* only).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// Text.
    String(String),
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// A set of values.
    Set(Vec<Value>),
    /// A point in time.
    Instant(DateTime<Utc>),
    /// A reference to an entity.
    Entity(EntityRef),
}

impl Value {
    /// The type of this value.
    pub fn value_type(&self) -> ValueType {
        match self {
            Self::String(_) => ValueType::String,
            Self::Number(_) => ValueType::Number,
            Self::Bool(_) => ValueType::Bool,
            Self::Set(_) => ValueType::Set,
            Self::Instant(_) => ValueType::Instant,
            Self::Entity(_) => ValueType::Entity,
        }
    }

    /// Convenience constructor for a set of strings.
    pub fn set<I, S>(items: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::Set(items.into_iter().map(|s| Self::String(s.into())).collect())
    }

    /// The text of a string value, or the id of an entity reference.
    pub(crate) fn as_id_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            Self::Entity(e) => Some(&e.id),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Self::String(s.to_owned())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Self::String(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Self::Bool(b)
    }
}
impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}
impl From<i64> for Value {
    #[expect(
        clippy::cast_precision_loss,
        reason = "attribute numbers are f64 by design; documented"
    )]
    fn from(n: i64) -> Self {
        Self::Number(n as f64)
    }
}
impl From<DateTime<Utc>> for Value {
    fn from(t: DateTime<Utc>) -> Self {
        Self::Instant(t)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(v) => s.serialize_str(v),
            Self::Number(v) => s.serialize_f64(*v),
            Self::Bool(v) => s.serialize_bool(*v),
            Self::Set(v) => v.serialize(s),
            Self::Instant(v) => s.serialize_str(&v.to_rfc3339()),
            Self::Entity(v) => v.serialize(s),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawValue {
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    Set(Vec<RawValue>),
    Entity(EntityRef),
    Datetime(toml::value::Datetime),
}

impl RawValue {
    #[expect(
        clippy::cast_precision_loss,
        reason = "attribute numbers are f64 by design; documented"
    )]
    fn into_value(self) -> Value {
        match self {
            Self::Bool(b) => Value::Bool(b),
            Self::Int(i) => Value::Number(i as f64),
            Self::Float(f) => Value::Number(f),
            Self::String(s) => Value::String(s),
            Self::Set(v) => Value::Set(v.into_iter().map(Self::into_value).collect()),
            Self::Entity(e) => Value::Entity(e),
            Self::Datetime(d) => {
                let text = d.to_string();
                match DateTime::parse_from_rfc3339(&text) {
                    Ok(t) => Value::Instant(t.with_timezone(&Utc)),
                    Err(_) => Value::String(text),
                }
            }
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        RawValue::deserialize(d).map(RawValue::into_value)
    }
}

/// A small attribute map: names to typed values.
///
/// Lookups are a linear scan, which beats hashing for the handful of
/// attributes a principal or resource carries; a huge map is still correct,
/// only slower. A later `insert` of the same name replaces the value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attributes {
    entries: Vec<(String, Value)>,
}

impl Attributes {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name` to `value`, replacing an earlier value.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        let name = name.into();
        let value = value.into();
        if let Some(slot) = self.entries.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = value;
        } else {
            self.entries.push((name, value));
        }
    }

    /// The value of `name`, if present.
    #[inline]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// `true` if there are no attributes.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Attribute names and values in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.entries.iter().map(|(n, v)| (n.as_str(), v))
    }
}

impl Serialize for Attributes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for (n, v) in &self.entries {
            map.serialize_entry(n, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Attributes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, Value>::deserialize(d)?;
        Ok(Self {
            entries: map.into_iter().collect(),
        })
    }
}

impl<N: Into<String>, V: Into<Value>> FromIterator<(N, V)> for Attributes {
    fn from_iter<T: IntoIterator<Item = (N, V)>>(iter: T) -> Self {
        let mut a = Self::new();
        for (n, v) in iter {
            a.insert(n, v);
        }
        a
    }
}
