//! `bowline mask`: each line, or each JSON line's text field, masked.

use std::path::Path;

use bowline::mask::{MaskBuildError, MaskPolicy, Masker, Operator, Scanner, TokenKey};

use crate::cli::MaskingArgs;
use crate::error::CliError;
use crate::json::replace_string;
use crate::pipeline::{Line, LineProcessor, Stats};
use crate::scan::{Format, JsonLine, SourceNames, line_text, read_json_line};

/// Parses `--operator`: `label`, `remove`, `placeholder`, `keyed_token`
/// (or `token`), `partial[:FIRST,LAST]` (default 6,4), `fixed[:CHAR]`
/// (default `*`).
pub(crate) fn parse_operator(spec: &str) -> Result<Operator, CliError> {
    let (name, arg) = spec
        .split_once(':')
        .map_or((spec, None), |(n, a)| (n, Some(a)));
    let bad = || {
        CliError::usage(format!(
            "invalid operator `{spec}` (expected label, remove, placeholder, keyed_token, partial[:FIRST,LAST] or fixed[:CHAR])"
        ))
    };
    let op = match (name.trim().to_ascii_lowercase().as_str(), arg) {
        ("label", None) => Operator::Label,
        ("remove" | "redact", None) => Operator::Remove,
        ("placeholder", None) => Operator::Placeholder,
        ("keyed_token" | "token", None) => Operator::KeyedToken,
        ("partial", None) => Operator::Partial { first: 6, last: 4 },
        ("partial", Some(arg)) => {
            let (first, last) = arg.split_once(',').ok_or_else(bad)?;
            let first = first.trim().parse().map_err(|_| bad())?;
            let last = last.trim().parse().map_err(|_| bad())?;
            Operator::Partial { first, last }
        }
        ("fixed", None) => Operator::Fixed('*'),
        ("fixed", Some(arg)) => {
            let mut chars = arg.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Operator::Fixed(c),
                _ => return Err(bad()),
            }
        }
        _ => return Err(bad()),
    };
    Ok(op)
}

/// Reads and validates a masking policy file (TOML).
pub(crate) fn read_policy(path: &Path) -> Result<MaskPolicy, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::config(format!("cannot read policy file `{}`: {e}", path.display()))
    })?;
    toml::from_str(&text).map_err(|e| {
        CliError::config(format!(
            "invalid policy file `{}`: {}",
            path.display(),
            e.to_string().trim_end()
        ))
    })
}

/// A token key from text: hexadecimal when it is (at least 32 hex digits),
/// otherwise the raw bytes.
fn key_from(text: &[u8], origin: &str) -> Result<TokenKey, CliError> {
    let trimmed = text.trim_ascii();
    let is_hex =
        trimmed.len() >= 2 * TokenKey::MIN_LEN && trimmed.iter().all(u8::is_ascii_hexdigit);
    let key = if is_hex {
        TokenKey::from_hex(std::str::from_utf8(trimmed).unwrap_or_default())
    } else {
        TokenKey::new(text.strip_suffix(b"\n").unwrap_or(text))
    };
    key.map_err(|e| CliError::config(format!("invalid token key in {origin}: {e}")))
}

fn read_key(args: &MaskingArgs) -> Result<Option<TokenKey>, CliError> {
    if let Some(path) = &args.key_file {
        let bytes = std::fs::read(path).map_err(|e| {
            CliError::config(format!("cannot read key file `{}`: {e}", path.display()))
        })?;
        return key_from(&bytes, &format!("key file `{}`", path.display())).map(Some);
    }
    if let Some(var) = &args.key_env {
        let value = std::env::var_os(var).ok_or_else(|| {
            CliError::config(format!(
                "environment variable `{var}` (--key-env) is not set"
            ))
        })?;
        return key_from(
            value.as_encoded_bytes(),
            &format!("environment variable `{var}`"),
        )
        .map(Some);
    }
    Ok(None)
}

/// Builds the masker from `bowline mask`'s options.
pub(crate) fn build_masker_from_args(
    scanner: &Scanner,
    args: &MaskingArgs,
) -> Result<Masker, CliError> {
    build_masker(
        scanner,
        args.policy.as_deref(),
        args.operator.as_deref(),
        read_key(args)?,
    )
}

/// Builds the masker from a policy file, a default operator and a token key.
pub(crate) fn build_masker(
    scanner: &Scanner,
    policy: Option<&Path>,
    operator: Option<&str>,
    key: Option<TokenKey>,
) -> Result<Masker, CliError> {
    let mut policy = match policy {
        Some(path) => read_policy(path)?,
        None => MaskPolicy::new(),
    };
    if let Some(op) = operator {
        policy.default_operator(parse_operator(op)?);
    }
    let mut builder = Masker::builder();
    builder.policy(policy);
    if let Some(key) = key {
        builder.token_key(key);
    }
    builder.build(scanner).map_err(|e| {
        let hint = if matches!(e, MaskBuildError::MissingTokenKey { .. }) {
            " (give one with --key-file or --key-env)"
        } else {
            ""
        };
        CliError::config(format!("invalid masking settings: {e}{hint}"))
    })
}

/// The `mask` line processor.
#[derive(Debug)]
pub(crate) struct MaskProcessor {
    masker: Masker,
    format: Format,
    names: SourceNames,
}

impl MaskProcessor {
    pub(crate) fn new(masker: Masker, format: Format, names: SourceNames) -> Self {
        Self {
            masker,
            format,
            names,
        }
    }

    /// Masks `text`, counting what was masked.
    fn mask<'t>(&self, text: &'t str, stats: &mut Stats) -> std::borrow::Cow<'t, str> {
        let (masked, report) = self.masker.mask_with_report(text);
        let mut any = false;
        for (kind, n) in report.counts() {
            let name = self.masker.scanner().kind_name(kind);
            for _ in 0..n {
                stats.count_kind(name);
            }
            any |= n > 0;
        }
        if any {
            stats.lines_with_findings += 1;
        }
        masked
    }
}

impl LineProcessor for MaskProcessor {
    fn process(&self, line: Line<'_>, out: &mut Vec<u8>, stats: &mut Stats) -> Result<(), String> {
        match &self.format {
            Format::Plain => {
                // Invalid UTF-8 is reported, and the line is still masked
                // (decoded lossily): raw bytes are never passed through.
                let (text, problem) = match line_text(line) {
                    Ok(text) => (std::borrow::Cow::Borrowed(text), None),
                    Err(message) => (String::from_utf8_lossy(line.bytes), Some(message)),
                };
                let (body, cr) = match text.strip_suffix('\r') {
                    Some(body) => (body, "\r"),
                    None => (text.as_ref(), ""),
                };
                out.extend_from_slice(self.mask(body, stats).as_bytes());
                out.extend_from_slice(cr.as_bytes());
                if line.newline {
                    out.push(b'\n');
                }
                problem.map_or(Ok(()), Err)
            }
            Format::Jsonl(path) => match read_json_line(&self.names, path, line, out)? {
                JsonLine::Blank => {
                    out.push(b'\n');
                    Ok(())
                }
                JsonLine::Text { text, field, .. } => {
                    let masked = self.mask(&field.text, stats);
                    if masked == field.text {
                        out.extend_from_slice(text.trim().as_bytes());
                    } else if !replace_string(text, field.raw, &masked, out) {
                        // Unreachable in practice (raw values borrow from the
                        // line); never let the unmasked line through.
                        return Err("internal error: could not locate the text field".to_owned());
                    }
                    out.push(b'\n');
                    Ok(())
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_parse_with_arguments() {
        assert_eq!(parse_operator("label").unwrap(), Operator::Label);
        assert_eq!(parse_operator("Remove").unwrap(), Operator::Remove);
        assert_eq!(parse_operator("token").unwrap(), Operator::KeyedToken);
        assert_eq!(
            parse_operator("placeholder").unwrap(),
            Operator::Placeholder
        );
        assert_eq!(
            parse_operator("partial").unwrap(),
            Operator::Partial { first: 6, last: 4 }
        );
        assert_eq!(
            parse_operator("partial:2, 3").unwrap(),
            Operator::Partial { first: 2, last: 3 }
        );
        assert_eq!(parse_operator("fixed").unwrap(), Operator::Fixed('*'));
        assert_eq!(parse_operator("fixed:•").unwrap(), Operator::Fixed('•'));
        for bad in [
            "",
            "hash",
            "partial:6",
            "partial:a,b",
            "fixed:ab",
            "label:x",
        ] {
            let err = parse_operator(bad).unwrap_err();
            assert!(
                err.to_string()
                    .contains(&format!("invalid operator `{bad}`")),
                "{err}"
            );
        }
    }

    #[test]
    fn keys_are_hex_or_raw_bytes() {
        assert!(key_from(b"000102030405060708090a0b0c0d0e0f\n", "test").is_ok());
        assert!(key_from(b"a raw key of enough bytes", "test").is_ok());
        let err = key_from(b"short", "key file `k`").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid token key in key file `k`"),
            "{err}"
        );
    }
}
