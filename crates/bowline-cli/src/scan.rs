//! `bowline scan`: findings per line, as JSON.

use std::io::Write as _;

use bowline::mask::{Finding, Scanner};

use crate::json::{FieldPath, RawObject, add_member, find_field, push_json_str};
use crate::pipeline::{Line, LineProcessor, Stats};

/// How lines are read.
#[derive(Debug, Clone)]
pub(crate) enum Format {
    /// One message per line.
    Plain,
    /// One JSON object per line, the text at this path.
    Jsonl(FieldPath),
}

/// Per-source names printed as `"file"` (None for stdin).
pub(crate) type SourceNames = Vec<Option<String>>;

/// The `scan` line processor.
#[derive(Debug)]
pub(crate) struct ScanProcessor {
    scanner: Scanner,
    format: Format,
    names: SourceNames,
    only_findings: bool,
}

impl ScanProcessor {
    /// A processor; `only_findings` drops the output of lines without findings.
    pub(crate) fn new(
        scanner: Scanner,
        format: Format,
        names: SourceNames,
        only_findings: bool,
    ) -> Self {
        Self {
            scanner,
            format,
            names,
            only_findings,
        }
    }
}

/// Appends the findings of `text` as a JSON array and counts them.
/// Returns whether there were any.
pub(crate) fn write_findings(
    scanner: &Scanner,
    text: &str,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) -> bool {
    out.push(b'[');
    let mut any = false;
    for finding in scanner.find_iter(text) {
        if any {
            out.push(b',');
        }
        any = true;
        write_finding(scanner, finding, out);
        stats.count_kind(scanner.kind_name(finding.kind()));
    }
    out.push(b']');
    if any {
        stats.lines_with_findings += 1;
    }
    any
}

fn write_finding(scanner: &Scanner, finding: Finding, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"kind\":");
    push_json_str(out, scanner.kind_name(finding.kind()));
    // Writing to a Vec cannot fail.
    let _ = write!(
        out,
        ",\"start\":{},\"end\":{},\"confidence\":\"{}\"}}",
        finding.start(),
        finding.end(),
        finding.confidence().as_str()
    );
}

/// Appends `{"file":…,"line":N,` — the opening of a per-line record.
pub(crate) fn open_record(names: &SourceNames, line: Line<'_>, out: &mut Vec<u8>) {
    out.push(b'{');
    if let Some(Some(name)) = names.get(line.source) {
        out.extend_from_slice(b"\"file\":");
        push_json_str(out, name);
        out.push(b',');
    }
    let _ = write!(out, "\"line\":{},", line.number);
}

/// Appends a whole error record line `{"file":…,"line":N,"error":"…"}`.
pub(crate) fn error_record(names: &SourceNames, line: Line<'_>, message: &str, out: &mut Vec<u8>) {
    open_record(names, line, out);
    out.extend_from_slice(b"\"error\":");
    push_json_str(out, message);
    out.extend_from_slice(b"}\n");
}

/// The line as text, or the error message for invalid UTF-8.
pub(crate) fn line_text(line: Line<'_>) -> Result<&str, String> {
    std::str::from_utf8(line.bytes)
        .map_err(|e| format!("line is not valid UTF-8 (byte {})", e.valid_up_to()))
}

/// What a JSON line turned out to be.
pub(crate) enum JsonLine<'a> {
    /// Blank: passed through as a blank line.
    Blank,
    /// An object whose text field was found.
    Text {
        text: &'a str,
        object: RawObject<'a>,
        field: crate::json::Field<'a>,
    },
}

/// Parses a JSON line and finds its text field. On error, the error marker
/// line has been written to `out` (the object with an `error` member when the
/// line is an object, else a `{"line", "error"}` record).
pub(crate) fn read_json_line<'a>(
    names: &SourceNames,
    path: &FieldPath,
    line: Line<'a>,
    out: &mut Vec<u8>,
) -> Result<JsonLine<'a>, String> {
    let text = line_text(line).inspect_err(|message| error_record(names, line, message, out))?;
    if text.trim().is_empty() {
        return Ok(JsonLine::Blank);
    }
    let object = RawObject::parse(text).map_err(|e| {
        let message = e.to_string();
        error_record(names, line, &message, out);
        message
    })?;
    match find_field(&object, path) {
        Ok(field) => Ok(JsonLine::Text {
            text,
            object,
            field,
        }),
        Err(e) => {
            let message = e.message(path);
            let mut value = Vec::with_capacity(message.len() + 2);
            push_json_str(&mut value, &message);
            add_member(text, &object, "error", &value, out);
            out.push(b'\n');
            Err(message)
        }
    }
}

impl LineProcessor for ScanProcessor {
    fn process(&self, line: Line<'_>, out: &mut Vec<u8>, stats: &mut Stats) -> Result<(), String> {
        match &self.format {
            Format::Plain => {
                let text = line_text(line)
                    .inspect_err(|message| error_record(&self.names, line, message, out))?;
                let text = text.strip_suffix('\r').unwrap_or(text);
                let mark = out.len();
                open_record(&self.names, line, out);
                out.extend_from_slice(b"\"findings\":");
                let any = write_findings(&self.scanner, text, out, stats);
                out.extend_from_slice(b"}\n");
                if self.only_findings && !any {
                    out.truncate(mark);
                }
                Ok(())
            }
            Format::Jsonl(path) => match read_json_line(&self.names, path, line, out)? {
                JsonLine::Blank => {
                    if !self.only_findings {
                        out.push(b'\n');
                    }
                    Ok(())
                }
                JsonLine::Text {
                    text,
                    object,
                    field,
                } => {
                    let mut findings = Vec::with_capacity(2);
                    let any = write_findings(&self.scanner, &field.text, &mut findings, stats);
                    if any || !self.only_findings {
                        add_member(text, &object, "findings", &findings, out);
                        out.push(b'\n');
                    }
                    Ok(())
                }
            },
        }
    }
}
