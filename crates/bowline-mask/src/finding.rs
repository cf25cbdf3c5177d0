//! [`Finding`]: one detected identifier, as a span of the caller's text.

use core::fmt;
use core::ops::Range;

use crate::kind::{Confidence, PiiKind};

/// One detected identifier: a kind, a span and a confidence.
///
/// `start` and `end` are UTF-8 byte offsets into the `&str` that was scanned,
/// always on character boundaries, so `&text[finding.range()]` never panics
/// on that text. A finding holds no copy of the matched value, so its `Debug`
/// output never leaks it. Use [`char_offset`](crate::char_offset) and
/// [`utf16_offset`](crate::utf16_offset) to convert offsets for callers that
/// index by code points (Python) or UTF-16 units (JavaScript, Java).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Finding {
    kind: PiiKind,
    start: usize,
    end: usize,
    confidence: Confidence,
}

impl Finding {
    pub(crate) const fn new(
        kind: PiiKind,
        start: usize,
        end: usize,
        confidence: Confidence,
    ) -> Self {
        Finding {
            kind,
            start,
            end,
            confidence,
        }
    }

    /// The kind of identifier found.
    #[must_use]
    pub const fn kind(&self) -> PiiKind {
        self.kind
    }

    /// Byte offset of the first byte of the match.
    #[must_use]
    pub const fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last byte of the match.
    #[must_use]
    pub const fn end(&self) -> usize {
        self.end
    }

    /// `start()..end()`.
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length of the match in bytes.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Always false: findings are never empty. Present for API symmetry.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// How sure the scanner is.
    #[must_use]
    pub const fn confidence(&self) -> Confidence {
        self.confidence
    }

    /// The matched text inside `haystack`, or `None` if `haystack` is not
    /// the text this finding came from (out of range or not on character
    /// boundaries).
    ///
    /// ```
    /// use bowline_mask::{PiiKind, Scanner};
    /// let scanner = Scanner::new()?;
    /// let text = "meu cpf é 529.982.247-25";
    /// let f = scanner.find_all(text)[0];
    /// assert_eq!(f.kind(), PiiKind::BrCpf);
    /// assert_eq!(f.text_in(text), Some("529.982.247-25"));
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    #[must_use]
    pub fn text_in<'h>(&self, haystack: &'h str) -> Option<&'h str> {
        haystack.get(self.start..self.end)
    }

    /// A copy with both offsets moved forward by `delta` bytes (saturating),
    /// for callers that scan a window of a larger text, such as stream maskers.
    ///
    /// ```
    /// use bowline_mask::Scanner;
    /// let scanner = Scanner::new()?;
    /// let window = "iban DE89370400440532013000";
    /// let f = scanner.find_all(window)[0].shifted(100);
    /// assert_eq!(f.start(), 105);
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    #[must_use]
    pub const fn shifted(self, delta: usize) -> Self {
        Finding {
            start: self.start.saturating_add(delta),
            end: self.end.saturating_add(delta),
            ..self
        }
    }
}

impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("kind", &self.kind)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("confidence", &self.confidence)
            .finish()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::Finding;
    use crate::kind::{Confidence, PiiKind};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Wire {
        kind: PiiKind,
        start: usize,
        end: usize,
        confidence: Confidence,
    }

    impl Serialize for Finding {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            Wire {
                kind: self.kind,
                start: self.start,
                end: self.end,
                confidence: self.confidence,
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Finding {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let w = Wire::deserialize(d)?;
            if w.end < w.start {
                return Err(D::Error::custom(format_args!(
                    "finding end {} is before start {}",
                    w.end, w.start
                )));
            }
            Ok(Finding::new(w.kind, w.start, w.end, w.confidence))
        }
    }
}
