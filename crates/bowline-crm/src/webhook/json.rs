//! A small path-tracking reader over `serde_json::Value`, so that every error names the JSON
//! path where it happened (`entry[0].changes[0].value.messages[2].timestamp`).
//!
//! We walk a parsed `Value` by hand instead of deriving `Deserialize` for the provider model:
//! it gives exact paths without another dependency, lets unknown message types fall back to
//! `Unsupported` with the raw JSON, and ignores unknown fields by construction.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::id::IdError;
use crate::webhook::WebhookError;

pub(crate) type Result<T> = std::result::Result<T, WebhookError>;

/// One step of a path.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// A JSON value and the way to it. The path text is built only when an error needs it, so
/// walking a valid body allocates nothing for paths.
pub(crate) struct At<'a> {
    pub(crate) value: &'a Value,
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<'a> At<'a> {
    pub(crate) fn root(value: &'a Value) -> Self {
        Self {
            value,
            parent: None,
            step: Step::Root,
        }
    }

    /// The path to this value, such as `entry[0].changes[0].value`; empty at the root.
    pub(crate) fn path(&self) -> String {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(node) = at {
            steps.push(node.step);
            at = node.parent;
        }
        let mut out = String::new();
        for step in steps.iter().rev() {
            match step {
                Step::Root => {}
                Step::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Step::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    fn child_path(&self, key: &str) -> String {
        let here = self.path();
        if here.is_empty() {
            key.to_owned()
        } else {
            format!("{here}.{key}")
        }
    }

    fn wrong(&self, expected: &'static str) -> WebhookError {
        WebhookError::WrongType {
            path: self.path(),
            expected,
            found: type_name(self.value),
        }
    }

    pub(crate) fn object(&self) -> Result<&'a Map<String, Value>> {
        self.value
            .as_object()
            .ok_or_else(|| self.wrong("an object"))
    }

    /// The field `key`, or `None` when it is absent or `null`.
    pub(crate) fn get<'s>(&'s self, key: &'s str) -> Result<Option<At<'s>>> {
        Ok(self
            .object()?
            .get(key)
            .filter(|v| !v.is_null())
            .map(|value| At {
                value,
                parent: Some(self),
                step: Step::Key(key),
            }))
    }

    /// The field `key`, which must be present and not `null`.
    pub(crate) fn req<'s>(&'s self, key: &'s str) -> Result<At<'s>> {
        self.get(key)?.ok_or_else(|| WebhookError::MissingField {
            path: self.child_path(key),
        })
    }

    pub(crate) fn str(&self) -> Result<&'a str> {
        self.value.as_str().ok_or_else(|| self.wrong("a string"))
    }

    pub(crate) fn bool(&self) -> Result<bool> {
        self.value.as_bool().ok_or_else(|| self.wrong("a boolean"))
    }

    pub(crate) fn f64(&self) -> Result<f64> {
        match self.value {
            Value::Number(n) => n.as_f64().ok_or_else(|| self.wrong("a number")),
            Value::String(s) => s
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .ok_or_else(|| WebhookError::InvalidValue {
                    path: self.path(),
                    message: format!("`{s}` is not a number"),
                }),
            _ => Err(self.wrong("a number")),
        }
    }

    pub(crate) fn i64(&self) -> Result<i64> {
        match self.value {
            Value::Number(n) => n.as_i64().ok_or_else(|| self.wrong("an integer")),
            Value::String(s) => s
                .trim()
                .parse::<i64>()
                .map_err(|_| WebhookError::InvalidValue {
                    path: self.path(),
                    message: format!("`{s}` is not an integer"),
                }),
            _ => Err(self.wrong("an integer")),
        }
    }

    pub(crate) fn array(&self) -> Result<Vec<At<'_>>> {
        let items = self
            .value
            .as_array()
            .ok_or_else(|| self.wrong("an array"))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, value)| At {
                value,
                parent: Some(self),
                step: Step::Index(i),
            })
            .collect())
    }

    /// Calls `f` on each item of the array at `key` (none when absent or `null`).
    pub(crate) fn each<T>(&self, key: &str, f: impl Fn(&At<'_>) -> Result<T>) -> Result<Vec<T>> {
        match self.get(key)? {
            Some(at) => at.array()?.iter().map(f).collect(),
            None => Ok(Vec::new()),
        }
    }

    pub(crate) fn req_string(&self, key: &str) -> Result<String> {
        self.req(key)?.str().map(str::to_owned)
    }

    pub(crate) fn opt_string(&self, key: &str) -> Result<Option<String>> {
        self.get(key)?
            .map(|a| a.str().map(str::to_owned))
            .transpose()
    }

    pub(crate) fn opt_bool(&self, key: &str) -> Result<bool> {
        Ok(match self.get(key)? {
            Some(a) => a.bool()?,
            None => false,
        })
    }

    /// Parses this string value as an id type.
    pub(crate) fn id<T: FromStr<Err = IdError>>(&self) -> Result<T> {
        self.str()?
            .parse()
            .map_err(|source| WebhookError::InvalidId {
                path: self.path(),
                source,
            })
    }

    pub(crate) fn req_id<T: FromStr<Err = IdError>>(&self, key: &str) -> Result<T> {
        self.req(key)?.id()
    }

    /// An optional id where an empty string means "not shared" (WhatsApp sends `""` for
    /// `wa_id`/`from` of users who hide their number).
    pub(crate) fn opt_id<T: FromStr<Err = IdError>>(&self, key: &str) -> Result<Option<T>> {
        match self.get(key)? {
            Some(a) if a.str()?.is_empty() => Ok(None),
            Some(a) => a.id().map(Some),
            None => Ok(None),
        }
    }

    /// A unix time in seconds, as WhatsApp sends it: a string of digits (a JSON integer is
    /// accepted too).
    pub(crate) fn timestamp(&self) -> Result<DateTime<Utc>> {
        let bad = |value: String| WebhookError::InvalidTimestamp {
            path: self.path(),
            value,
        };
        let secs = match self.value {
            Value::String(s) => {
                if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad(s.clone()));
                }
                s.parse::<i64>().map_err(|_| bad(s.clone()))?
            }
            Value::Number(n) => n
                .as_i64()
                .filter(|s| *s >= 0)
                .ok_or_else(|| bad(n.to_string()))?,
            _ => return Err(self.wrong("a string of unix seconds")),
        };
        DateTime::from_timestamp(secs, 0).ok_or_else(|| bad(secs.to_string()))
    }

    pub(crate) fn raw_json(&self) -> String {
        self.value.to_string()
    }
}
