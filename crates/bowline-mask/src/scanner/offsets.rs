//! Conversions from UTF-8 byte offsets to code-point and UTF-16 offsets.

/// Converts a UTF-8 byte offset into `text` to a code-point (Unicode scalar
/// value) offset, as used by Python `str` indexing.
///
/// Returns `None` if `byte` is past the end of `text` or not on a character
/// boundary. Runs in `O(byte)`; use [`OffsetCursor`] to convert many
/// increasing offsets in one pass.
///
/// ```
/// use bowline_mask::char_offset;
/// let text = "é 4111";
/// assert_eq!(char_offset(text, 3), Some(2));
/// assert_eq!(char_offset(text, 1), None); // inside `é`
/// ```
#[must_use]
pub fn char_offset(text: &str, byte: usize) -> Option<usize> {
    let head = text.get(..byte)?;
    Some(head.chars().count())
}

/// Converts a UTF-8 byte offset into `text` to a UTF-16 code-unit offset, as
/// used by JavaScript, Java and C# string indexing (characters outside the
/// Basic Multilingual Plane, such as most emoji, count as two units).
///
/// Returns `None` if `byte` is past the end of `text` or not on a character
/// boundary.
///
/// ```
/// use bowline_mask::utf16_offset;
/// let text = "👍 4111";
/// assert_eq!(utf16_offset(text, 5), Some(3));
/// ```
#[must_use]
pub fn utf16_offset(text: &str, byte: usize) -> Option<usize> {
    let head = text.get(..byte)?;
    Some(head.chars().map(char::len_utf16).sum())
}

/// Converts a sequence of non-decreasing byte offsets into code-point and
/// UTF-16 offsets in a single pass over the text (total `O(len)` rather than
/// `O(len)` per offset).
///
/// ```
/// use bowline_mask::{OffsetCursor, Scanner};
/// let scanner = Scanner::new()?;
/// let text = "😀 mail me: ana@example.com";
/// let mut cursor = OffsetCursor::new(text);
/// for f in scanner.find_iter(text) {
///     let start = cursor.utf16(f.start()).unwrap_or(0);
///     assert_eq!(start, 12);
/// }
/// # Ok::<(), bowline_mask::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct OffsetCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl<'t> OffsetCursor<'t> {
    /// A cursor at the start of `text`.
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        OffsetCursor {
            text,
            byte: 0,
            chars: 0,
            utf16: 0,
        }
    }

    fn advance(&mut self, byte: usize) -> Option<()> {
        if byte < self.byte {
            // Going backwards: restart from the beginning (still correct).
            self.byte = 0;
            self.chars = 0;
            self.utf16 = 0;
        }
        let gap = self.text.get(self.byte..byte)?;
        for c in gap.chars() {
            self.chars += 1;
            self.utf16 += c.len_utf16();
        }
        self.byte = byte;
        Some(())
    }

    /// The code-point offset of `byte`, or `None` if it is not a character
    /// boundary of the text.
    pub fn chars(&mut self, byte: usize) -> Option<usize> {
        self.advance(byte)?;
        Some(self.chars)
    }

    /// The UTF-16 offset of `byte`, or `None` if it is not a character
    /// boundary of the text.
    pub fn utf16(&mut self, byte: usize) -> Option<usize> {
        self.advance(byte)?;
        Some(self.utf16)
    }
}
