//! JSON Lines handling that touches only what it must.
//!
//! Each input line is parsed into its top-level members as *raw* JSON slices
//! of the line (`serde_json`'s `RawValue`): the whole line is validated, but no
//! tree of values is built and nothing is re-serialized. The text field named
//! by `--field` is decoded on its own, and the output line is the input line
//! with one member added (`findings`, `error`) or one value replaced (the
//! masked text), spliced in. Everything else (key order, number spelling,
//! escapes, spacing) is kept byte for byte, which both preserves fidelity
//! (no float or big-integer round trip) and keeps JSON cost far below the
//! scanner's.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// Where the text lives inside each JSON line: `text`, `message.text`,
/// `messages.0.body` or a JSON pointer such as `/message/text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldPath {
    segments: Vec<String>,
    display: String,
}

impl FieldPath {
    /// Parses a dotted path (`a.b.0.c`) or, when it starts with `/`, an
    /// RFC 6901 JSON pointer (`/a/b~1c`). A numeric segment indexes an array
    /// when the value at that point is an array, and is a key otherwise.
    pub(crate) fn parse(spec: &str) -> Result<Self, String> {
        let segments: Vec<String> = if let Some(pointer) = spec.strip_prefix('/') {
            pointer
                .split('/')
                .map(unescape_pointer_token)
                .collect::<Result<_, _>>()?
        } else {
            if spec.is_empty() {
                return Err("the field path is empty".to_owned());
            }
            let parts: Vec<String> = spec.split('.').map(str::to_owned).collect();
            if parts.iter().any(String::is_empty) {
                return Err(format!(
                    "field path `{spec}` has an empty segment (use a JSON pointer such as `/a.b` for keys with dots)"
                ));
            }
            parts
        };
        Ok(Self {
            segments,
            display: spec.to_owned(),
        })
    }

    /// The path's segments, outermost first.
    pub(crate) fn segments(&self) -> &[String] {
        &self.segments
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display)
    }
}

fn unescape_pointer_token(token: &str) -> Result<String, String> {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => {
                    return Err(format!(
                        "invalid escape in JSON pointer token `{token}` (use `~0` or `~1`)"
                    ));
                }
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// A JSON string decoded from the line: borrowed when it had no escapes.
#[derive(Debug)]
struct JsonStr<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for JsonStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = JsonStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// The members of a JSON object, in input order, each value left raw.
#[derive(Debug)]
pub(crate) struct RawObject<'a> {
    members: Vec<(Cow<'a, str>, &'a RawValue)>,
}

impl<'de> Deserialize<'de> for RawObject<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawObject<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(JsonStr(key)) = map.next_key::<JsonStr<'de>>()? {
                    let value: &'de RawValue = map.next_value()?;
                    members.push((key, value));
                }
                Ok(RawObject { members })
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl<'a> RawObject<'a> {
    /// Parses one line that must hold a JSON object.
    pub(crate) fn parse(line: &'a str) -> Result<Self, LineError> {
        let first = line.trim_start().as_bytes().first().copied();
        if first != Some(b'{') {
            // Distinguish "valid JSON, wrong shape" from "not JSON at all".
            return Err(match serde_json::from_str::<&RawValue>(line) {
                Ok(raw) => LineError::NotAnObject {
                    found: json_type(raw),
                },
                Err(e) => malformed(&e),
            });
        }
        serde_json::from_str(line).map_err(|e| malformed(&e))
    }

    fn get(&self, key: &str) -> Option<&'a RawValue> {
        // The last duplicate wins, as in serde_json's own maps.
        self.members
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| *v)
    }

    fn contains(&self, key: &str) -> bool {
        self.members.iter().any(|(k, _)| k == key)
    }
}

/// `serde_json` says "… at line 1 column 7"; within one line only the column matters.
fn malformed(e: &serde_json::Error) -> LineError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    LineError::Malformed(format!("{message} at column {}", e.column()))
}

/// Why a line could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LineError {
    /// Not valid JSON.
    Malformed(String),
    /// Valid JSON but not an object.
    NotAnObject { found: &'static str },
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(e) => write!(f, "malformed JSON: {e}"),
            Self::NotAnObject { found } => write!(f, "expected a JSON object, found {found}"),
        }
    }
}

/// Why the text field could not be read from a valid object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FieldError {
    /// Nothing at the path.
    Missing,
    /// Something at the path, but not a string.
    NotAString { found: &'static str },
}

impl FieldError {
    /// The message, naming the path.
    pub(crate) fn message(&self, path: &FieldPath) -> String {
        match self {
            Self::Missing => format!("field `{path}` is missing"),
            Self::NotAString { found } => format!("field `{path}` is {found}, not a string"),
        }
    }
}

fn json_type(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// The text field of one line, located.
#[derive(Debug)]
pub(crate) struct Field<'a> {
    /// The decoded text.
    pub(crate) text: Cow<'a, str>,
    /// The raw JSON string literal in the line (quotes included).
    pub(crate) raw: &'a RawValue,
}

/// Finds and decodes the string at `path` inside `object`.
pub(crate) fn find_field<'a>(
    object: &RawObject<'a>,
    path: &FieldPath,
) -> Result<Field<'a>, FieldError> {
    let mut segments = path.segments().iter();
    let Some(first) = segments.next() else {
        return Err(FieldError::Missing);
    };
    let mut current = object.get(first).ok_or(FieldError::Missing)?;
    for segment in segments {
        current = step(current, segment)?;
    }
    if current.get().as_bytes().first() != Some(&b'"') {
        return Err(FieldError::NotAString {
            found: json_type(current),
        });
    }
    let text = serde_json::from_str::<JsonStr<'a>>(current.get())
        .map_err(|_| FieldError::NotAString {
            found: json_type(current),
        })?
        .0;
    Ok(Field { text, raw: current })
}

fn step<'a>(value: &'a RawValue, segment: &str) -> Result<&'a RawValue, FieldError> {
    match value.get().as_bytes().first() {
        Some(b'{') => {
            let object: RawObject<'a> =
                serde_json::from_str(value.get()).map_err(|_| FieldError::Missing)?;
            object.get(segment).ok_or(FieldError::Missing)
        }
        Some(b'[') => {
            let index: usize = segment.parse().map_err(|_| FieldError::Missing)?;
            let items: Vec<&'a RawValue> =
                serde_json::from_str(value.get()).map_err(|_| FieldError::Missing)?;
            items.get(index).copied().ok_or(FieldError::Missing)
        }
        _ => Err(FieldError::Missing),
    }
}

/// Byte offset of `part` inside `whole`, when `part` is a sub-slice of it.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = part.as_ptr().addr().checked_sub(whole.as_ptr().addr())?;
    let end = start.checked_add(part.len())?;
    // Confirms that `part` really lies inside `whole` on char boundaries.
    let same = whole.get(start..end)?;
    (same.as_ptr() == part.as_ptr()).then_some(start)
}

/// Appends `line` with `"key": value_json` added as the object's last member.
///
/// When the object already has `key`, the object is rebuilt compactly from
/// its raw members with that member's value replaced in place.
pub(crate) fn add_member(
    line: &str,
    object: &RawObject<'_>,
    key: &str,
    value_json: &[u8],
    out: &mut Vec<u8>,
) {
    let trimmed = line.trim();
    // Splice when the key is new (no let-chains: MSRV 1.85).
    let open = if object.contains(key) {
        None
    } else {
        trimmed.strip_suffix('}')
    };
    if let Some(open) = open {
        out.extend_from_slice(open.as_bytes());
        if !object.members.is_empty() {
            out.push(b',');
        }
        push_json_str(out, key);
        out.push(b':');
        out.extend_from_slice(value_json);
        out.push(b'}');
        return;
    }
    out.push(b'{');
    let mut replaced = false;
    let mut first = true;
    for (k, v) in &object.members {
        if k == key {
            if replaced {
                continue; // drop later duplicates of the replaced key
            }
            replaced = true;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        push_json_str(out, k);
        out.push(b':');
        if k == key {
            out.extend_from_slice(value_json);
        } else {
            out.extend_from_slice(v.get().as_bytes());
        }
    }
    if !replaced {
        if !first {
            out.push(b',');
        }
        push_json_str(out, key);
        out.push(b':');
        out.extend_from_slice(value_json);
    }
    out.push(b'}');
}

/// Appends `line` with the raw value `raw` (a slice of `line`) replaced by the
/// JSON string `text`. Returns false, writing nothing, when `raw` is not a
/// slice of `line` (never expected: raw values borrow from the line).
pub(crate) fn replace_string(line: &str, raw: &RawValue, text: &str, out: &mut Vec<u8>) -> bool {
    let line = line.trim();
    let Some(start) = offset_in(line, raw.get()) else {
        return false;
    };
    let end = start + raw.get().len();
    let (Some(before), Some(after)) = (line.get(..start), line.get(end..)) else {
        return false;
    };
    out.extend_from_slice(before.as_bytes());
    push_json_str(out, text);
    out.extend_from_slice(after.as_bytes());
    true
}

/// Appends `s` as a JSON string literal.
pub(crate) fn push_json_str(out: &mut Vec<u8>, s: &str) {
    // Writing into a Vec cannot fail, and a &str always serializes.
    if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"\"\"");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &str) -> FieldPath {
        FieldPath::parse(s).unwrap()
    }

    fn field_text(line: &str, p: &str) -> Result<String, FieldError> {
        let object = RawObject::parse(line).unwrap();
        find_field(&object, &path(p)).map(|f| f.text.into_owned())
    }

    #[test]
    fn paths_parse_dotted_and_pointer_forms() {
        assert_eq!(path("text").segments(), ["text"]);
        assert_eq!(path("message.text").segments(), ["message", "text"]);
        assert_eq!(path("/message/text").segments(), ["message", "text"]);
        assert_eq!(path("/a~1b/c~0d").segments(), ["a/b", "c~d"]);
        assert_eq!(path("/a.b").segments(), ["a.b"]);
        assert_eq!(path("/").segments(), [""]);
        assert!(FieldPath::parse("").is_err());
        assert!(FieldPath::parse("a..b").is_err());
        assert!(FieldPath::parse(".a").is_err());
        assert!(FieldPath::parse("/a~2").is_err());
        assert_eq!(path("message.text").to_string(), "message.text");
    }

    #[test]
    fn fields_are_found_through_objects_and_arrays() {
        let line = r#"{"id":1,"message":{"text":"hi","parts":["a","b\"c"]},"text":"top"}"#;
        assert_eq!(field_text(line, "text").unwrap(), "top");
        assert_eq!(field_text(line, "message.text").unwrap(), "hi");
        assert_eq!(field_text(line, "/message/parts/1").unwrap(), "b\"c");
        assert_eq!(field_text(line, "message.parts.0").unwrap(), "a");
        assert_eq!(
            field_text(line, "message.parts.2"),
            Err(FieldError::Missing)
        );
        assert_eq!(
            field_text(line, "message.parts.x"),
            Err(FieldError::Missing)
        );
        assert_eq!(field_text(line, "nope"), Err(FieldError::Missing));
        assert_eq!(field_text(line, "text.more"), Err(FieldError::Missing));
        assert_eq!(
            field_text(line, "id"),
            Err(FieldError::NotAString { found: "a number" })
        );
        assert_eq!(
            field_text(line, "message"),
            Err(FieldError::NotAString { found: "an object" })
        );
    }

    #[test]
    fn escaped_strings_decode_and_plain_ones_borrow() {
        let line = r#"{"text":"caf\u00e9 \ud83d\ude00","k\u0065y":"plain"}"#;
        let object = RawObject::parse(line).unwrap();
        let f = find_field(&object, &path("text")).unwrap();
        assert_eq!(f.text, "café 😀");
        let f = find_field(&object, &path("key")).unwrap();
        assert!(matches!(f.text, Cow::Borrowed("plain")));
    }

    #[test]
    fn lines_that_are_not_objects_say_what_they_are() {
        assert!(matches!(
            RawObject::parse("{\"a\":"),
            Err(LineError::Malformed(_))
        ));
        assert_eq!(
            RawObject::parse("{\"a\":tru}").unwrap_err().to_string(),
            "malformed JSON: expected ident at column 9"
        );
        assert!(matches!(
            RawObject::parse("not json"),
            Err(LineError::Malformed(_))
        ));
        assert_eq!(
            RawObject::parse("[1,2]").unwrap_err(),
            LineError::NotAnObject { found: "an array" }
        );
        assert_eq!(
            RawObject::parse(" \"s\" ").unwrap_err(),
            LineError::NotAnObject { found: "a string" }
        );
        assert!(RawObject::parse("{\"a\":1} trailing").is_err());
        assert!(RawObject::parse(" {\"a\":1}\r").is_ok());
    }

    fn added(line: &str, key: &str, value: &str) -> String {
        let object = RawObject::parse(line).unwrap();
        let mut out = Vec::new();
        add_member(line, &object, key, value.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn members_are_spliced_in_keeping_the_rest_byte_for_byte() {
        assert_eq!(
            added(
                r#"{"z":1.50,"a":"x\u00e9", "n":12345678901234567890123}"#,
                "findings",
                "[]"
            ),
            r#"{"z":1.50,"a":"x\u00e9", "n":12345678901234567890123,"findings":[]}"#
        );
        assert_eq!(added("{}", "findings", "[]"), r#"{"findings":[]}"#);
        assert_eq!(added("  { }\r", "findings", "[]"), r#"{ "findings":[]}"#);
        // An existing member is replaced where it stands.
        assert_eq!(
            added(r#"{"a":1,"findings":"old","b":2}"#, "findings", "[1]"),
            r#"{"a":1,"findings":[1],"b":2}"#
        );
        assert_eq!(
            added(r#"{"a\"b":1,"error":2,"error":3}"#, "error", "0"),
            r#"{"a\"b":1,"error":0}"#
        );
        for line in [
            r#"{"a":[1,{"b":null}],"c":true}"#,
            "{}",
            r#"{"findings":1}"#,
        ] {
            let out = added(line, "findings", r#"[{"kind":"email"}]"#);
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v["findings"][0]["kind"], "email", "{out}");
        }
    }

    #[test]
    fn strings_are_replaced_in_place() {
        let line = r#"{"id":7, "m":{"text":"call +55 11 98765-4321\n"},"t":1}"#;
        let object = RawObject::parse(line).unwrap();
        let f = find_field(&object, &path("m.text")).unwrap();
        let mut out = Vec::new();
        assert!(replace_string(
            line,
            f.raw,
            "call <PHONE>\n\"ok\"",
            &mut out
        ));
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"id":7, "m":{"text":"call <PHONE>\n\"ok\""},"t":1}"#
        );
        let other = RawObject::parse(r#"{"text":"elsewhere"}"#).unwrap();
        let g = find_field(&other, &path("text")).unwrap();
        let mut out = Vec::new();
        assert!(!replace_string(line, g.raw, "x", &mut out));
        assert!(out.is_empty());
    }

    #[test]
    fn offsets_are_found_only_for_sub_slices() {
        let whole = "héllo world";
        assert_eq!(offset_in(whole, whole.get(7..).unwrap()), Some(7));
        assert_eq!(offset_in(whole, "world"), None);
    }

    #[test]
    fn json_strings_are_escaped() {
        let mut out = Vec::new();
        push_json_str(&mut out, "a\"b\\c\n\u{1}é");
        assert_eq!(String::from_utf8(out).unwrap(), r#""a\"b\\c\n\u0001é""#);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e12f64..1e12).prop_map(Value::from),
            "\\PC{0,12}".prop_map(Value::String),
            "[\"\\\\\n\t\u{7f}é😀/]{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z\"\\\\é]{0,4}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn object() -> impl Strategy<Value = Map<String, Value>> {
        prop::collection::btree_map("[a-z\"é]{0,4}|text|findings", value(), 0..5)
            .prop_map(|m| m.into_iter().collect())
    }

    proptest! {
        #[test]
        fn adding_a_member_keeps_every_other_member(
            obj in object(),
            key in "findings|error|text|[a-z]{1,3}",
            spaced in any::<bool>(),
        ) {
            let compact = Value::Object(obj.clone()).to_string();
            let line = if spaced { format!("  {}\r", compact.replace(",\"", ", \"")) } else { compact };
            let object = RawObject::parse(&line).unwrap();
            let mut out = Vec::new();
            add_member(&line, &object, &key, br#"[{"kind":"email"}]"#, &mut out);
            let got: Value = serde_json::from_slice(&out).unwrap();
            // Compared with the line parsed the same way: serde_json's float
            // parsing is not exact, and the output keeps the input's digits.
            let Value::Object(mut expected) = serde_json::from_str(&line).unwrap() else { unreachable!() };
            prop_assert_eq!(expected.len(), obj.len());
            expected.insert(key, serde_json::json!([{"kind": "email"}]));
            prop_assert_eq!(got, Value::Object(expected));
        }

        #[test]
        fn replacing_the_text_keeps_every_other_member(
            obj in object(),
            text in "\\PC{0,20}",
            new_text in "[\"\\\\\n<>A-Z_é😀 ]{0,20}",
        ) {
            let mut obj = obj;
            obj.insert("text".to_owned(), Value::String(text.clone()));
            let line = Value::Object(obj).to_string();
            let object = RawObject::parse(&line).unwrap();
            let field = find_field(&object, &FieldPath::parse("text").unwrap()).unwrap();
            prop_assert_eq!(field.text.as_ref(), text.as_str());
            let mut out = Vec::new();
            prop_assert!(replace_string(&line, field.raw, &new_text, &mut out));
            let got: Value = serde_json::from_slice(&out).unwrap();
            let Value::Object(mut expected) = serde_json::from_str(&line).unwrap() else { unreachable!() };
            expected.insert("text".to_owned(), Value::String(new_text));
            prop_assert_eq!(got, Value::Object(expected));
        }
    }
}
