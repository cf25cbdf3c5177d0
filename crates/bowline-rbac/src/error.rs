//! Load-time errors.

use std::fmt;

/// Where in a policy document something is: source name, line, rule id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub(crate) source: String,
    pub(crate) line: Option<usize>,
    pub(crate) rule: Option<String>,
}

impl Location {
    /// The source name given when loading (for example a file path).
    pub fn source(&self) -> &str {
        &self.source
    }
    /// 1-based line, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
    /// Id of the rule (or role, limit, …) concerned, when known.
    pub fn rule(&self) -> Option<&str> {
        self.rule.as_deref()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rule) = &self.rule {
            write!(f, ": `{rule}`")?;
        }
        Ok(())
    }
}

/// An invalid policy document or policy test file. Every variant says where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The text is not valid TOML or JSON, or does not fit the document model.
    #[error("{at}: syntax error: {message}")]
    #[non_exhaustive]
    Syntax {
        /// Where.
        at: Location,
        /// Parser message.
        message: String,
    },
    /// A name that is not declared (role, action, resource type, PII kind, time zone, …).
    #[error("{at}: unknown {what} `{name}`")]
    #[non_exhaustive]
    Unknown {
        /// Where.
        at: Location,
        /// What kind of name (`role`, `action`, …).
        what: &'static str,
        /// The name.
        name: String,
    },
    /// An attribute used in a condition is not declared in the schema.
    #[error("{at}: unknown attribute `{attribute}`")]
    #[non_exhaustive]
    UnknownAttribute {
        /// Where.
        at: Location,
        /// The attribute path.
        attribute: String,
    },
    /// A condition compares values of incompatible types.
    #[error("{at}: type mismatch on `{attribute}`: {detail}")]
    #[non_exhaustive]
    TypeMismatch {
        /// Where.
        at: Location,
        /// The attribute path.
        attribute: String,
        /// What was expected.
        detail: String,
    },
    /// The role hierarchy has a cycle.
    #[error("{at}: role inheritance cycle: {cycle}")]
    #[non_exhaustive]
    Cycle {
        /// Where.
        at: Location,
        /// The cycle, for example `a -> b -> a`.
        cycle: String,
    },
    /// Two items share an id.
    #[error("{at}: duplicate id `{id}`")]
    #[non_exhaustive]
    Duplicate {
        /// Where (the second occurrence).
        at: Location,
        /// The id.
        id: String,
    },
    /// A condition or rule is malformed (no operator, two operators, bad time window, …).
    #[error("{at}: invalid rule: {detail}")]
    #[non_exhaustive]
    Invalid {
        /// Where.
        at: Location,
        /// What is wrong.
        detail: String,
    },
    /// A rule can never apply (reported as an error unless
    /// [`AuthorizerBuilder::allow_unreachable_rules`](crate::AuthorizerBuilder::allow_unreachable_rules)).
    #[error("{at}: rule can never apply: {detail}")]
    #[non_exhaustive]
    Unreachable {
        /// Where.
        at: Location,
        /// Why.
        detail: String,
    },
    /// More names than the compact evaluator supports (256 roles, 64 actions,
    /// resource types or PII kinds).
    #[error("{at}: too many {what} (at most {max})")]
    #[non_exhaustive]
    TooMany {
        /// Where.
        at: Location,
        /// What.
        what: &'static str,
        /// The limit.
        max: usize,
    },
}

impl PolicyError {
    /// Where the error is.
    pub fn location(&self) -> &Location {
        match self {
            Self::Syntax { at, .. }
            | Self::Unknown { at, .. }
            | Self::UnknownAttribute { at, .. }
            | Self::TypeMismatch { at, .. }
            | Self::Cycle { at, .. }
            | Self::Duplicate { at, .. }
            | Self::Invalid { at, .. }
            | Self::Unreachable { at, .. }
            | Self::TooMany { at, .. } => at,
        }
    }
}

/// Parses a TOML document, reporting a syntax error with `source` and line.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    source: &str,
) -> Result<T, PolicyError> {
    toml::from_str(text).map_err(|e| PolicyError::Syntax {
        at: Location {
            source: source.to_owned(),
            line: e.span().map(|s| line_of(text, s.start)),
            rule: None,
        },
        message: e.message().to_owned(),
    })
}

/// Parses a JSON document, reporting a syntax error with `source` and line.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    text: &str,
    source: &str,
) -> Result<T, PolicyError> {
    serde_json::from_str(text).map_err(|e| PolicyError::Syntax {
        at: Location {
            source: source.to_owned(),
            line: Some(e.line()),
            rule: None,
        },
        message: e.to_string(),
    })
}

/// 1-based line of a byte offset in `text` (one scan; use [`LineIndex`] for many offsets).
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Byte offsets of line starts, for turning many offsets into lines in O(log n) each.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|i| i + 1));
        Self { starts }
    }
    /// 1-based line of `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
}
