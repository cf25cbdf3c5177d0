//! [`Sensitive<T>`]: personal data that never prints itself.
//!
//! `Debug`, `Display` and the default `Serialize` of a [`Sensitive`] value write
//! [`REDACTED`]. The raw value is reachable only through [`Sensitive::expose`] (or
//! [`Sensitive::into_exposed`]), and it is serialized only where a field opts in with
//! `#[serde(with = "bowline_crm::sensitive::expose")]`. Deserializing always reads the raw
//! value, so a record written with the opt-in reads back unchanged.
//!
//! ```
//! use bowline_crm::Sensitive;
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Serialize, Deserialize)]
//! struct Row {
//!     // Redacted when serialized.
//!     shown: Sensitive<String>,
//!     // Written in clear: an explicit opt-in on this field.
//!     #[serde(with = "bowline_crm::sensitive::expose")]
//!     stored: Sensitive<String>,
//! }
//!
//! let row = Row { shown: Sensitive::new("Ana".to_owned()), stored: Sensitive::new("Ana".to_owned()) };
//! assert_eq!(serde_json::to_string(&row)?, r#"{"shown":"[REDACTED]","stored":"Ana"}"#);
//! assert_eq!(format!("{:?}", row.shown), "Sensitive([REDACTED])");
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The marker written instead of a sensitive value.
pub const REDACTED: &str = "[REDACTED]";

/// A value holding personal data. See the [module docs](self).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    /// Wraps a value.
    ///
    /// ```
    /// use bowline_crm::Sensitive;
    /// let s = Sensitive::new("4111 1111 1111 1111");
    /// assert_eq!(s.to_string(), "[REDACTED]");
    /// ```
    #[must_use]
    pub const fn new(value: T) -> Self {
        Self(value)
    }

    /// The raw value. Every call site that reads personal data goes through this name, so
    /// that it can be found and reviewed.
    ///
    /// ```
    /// use bowline_crm::Sensitive;
    /// assert_eq!(*Sensitive::new(42).expose(), 42);
    /// ```
    #[must_use]
    pub const fn expose(&self) -> &T {
        &self.0
    }

    /// Mutable access to the raw value, for example to mask it in place.
    ///
    /// ```
    /// use bowline_crm::Sensitive;
    /// let mut s = Sensitive::new(String::from("Ana"));
    /// s.expose_mut().push_str(" Lima");
    /// assert_eq!(s.expose(), "Ana Lima");
    /// ```
    #[must_use]
    pub fn expose_mut(&mut self) -> &mut T {
        &mut self.0
    }

    /// Unwraps the raw value.
    ///
    /// ```
    /// use bowline_crm::Sensitive;
    /// assert_eq!(Sensitive::new(String::from("x")).into_exposed(), "x");
    /// ```
    #[must_use]
    pub fn into_exposed(self) -> T {
        self.0
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sensitive({REDACTED})")
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T> Serialize for Sensitive<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(REDACTED)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self)
    }
}

/// Opt-in raw serialization for one field: `#[serde(with = "bowline_crm::sensitive::expose")]`
/// on a `Sensitive<T>` field, or `#[serde(with = "bowline_crm::sensitive::expose::option")]`
/// on an `Option<Sensitive<T>>` field.
pub mod expose {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Sensitive;

    /// Writes the raw value.
    ///
    /// # Errors
    /// Whatever the serializer returns for `T`.
    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Sensitive<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.expose().serialize(serializer)
    }

    /// Reads the raw value.
    ///
    /// # Errors
    /// Whatever the deserializer returns for `T`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Sensitive<T>, D::Error> {
        T::deserialize(deserializer).map(Sensitive::new)
    }

    /// The same opt-in for `Option<Sensitive<T>>` fields.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        use crate::Sensitive;

        /// Writes the raw value, or `null`.
        ///
        /// # Errors
        /// Whatever the serializer returns for `T`.
        pub fn serialize<T: Serialize, S: Serializer>(
            value: &Option<Sensitive<T>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            value.as_ref().map(Sensitive::expose).serialize(serializer)
        }

        /// Reads the raw value, or `null`.
        ///
        /// # Errors
        /// Whatever the deserializer returns for `T`.
        pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<Sensitive<T>>, D::Error> {
            Option::<T>::deserialize(deserializer).map(|v| v.map(Sensitive::new))
        }
    }

    /// The same opt-in for `Vec<Sensitive<T>>` fields.
    pub mod vec {
        use serde::ser::SerializeSeq;
        use serde::{Deserialize, Deserializer, Serialize, Serializer};

        use crate::Sensitive;

        /// Writes the raw values.
        ///
        /// # Errors
        /// Whatever the serializer returns for `T`.
        pub fn serialize<T: Serialize, S: Serializer>(
            values: &[Sensitive<T>],
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(values.len()))?;
            for v in values {
                seq.serialize_element(v.expose())?;
            }
            seq.end()
        }

        /// Reads the raw values.
        ///
        /// # Errors
        /// Whatever the deserializer returns for `T`.
        pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Vec<Sensitive<T>>, D::Error> {
            Vec::<T>::deserialize(deserializer).map(|v| v.into_iter().map(Sensitive::new).collect())
        }
    }
}
