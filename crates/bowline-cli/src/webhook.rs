//! `bowline webhook`: `WhatsApp` Cloud API webhook bodies in, CRM events out
//! (JSON Lines), every free-text field masked unless `--no-mask`.

use std::io::Read as _;

use bowline::crm::{Webhook, WebhookEvent, verify_signature};
use bowline::mask::{Masker, PiiKind};

use crate::cli::WebhookArgs;
use crate::detect::{self, DetectConfig};
use crate::error::{CliError, Exit};
use crate::input::Source;
use crate::pipeline::{self, Line, LineProcessor, Settings, Stats};

/// Reads the app secret from the option that names it.
fn read_secret(args: &WebhookArgs) -> Result<Option<Vec<u8>>, CliError> {
    if let Some(var) = &args.app_secret_env {
        let value = std::env::var_os(var).ok_or_else(|| {
            CliError::config(format!(
                "environment variable `{var}` (--app-secret-env) is not set"
            ))
        })?;
        return Ok(Some(value.into_encoded_bytes()));
    }
    if let Some(path) = &args.app_secret_file {
        let mut bytes = std::fs::read(path).map_err(|e| {
            CliError::config(format!(
                "cannot read app secret file `{}`: {e}",
                path.display()
            ))
        })?;
        // Editors add a final newline; a secret never ends in one.
        while bytes.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            bytes.pop();
        }
        return Ok(Some(bytes));
    }
    Ok(args.app_secret.as_ref().map(|s| s.as_bytes().to_vec()))
}

/// Keys whose values are customers' phone numbers in provider form (the
/// digits of the international number), outside the free-text fields that
/// `map_text` covers.
const PHONE_ID_KEYS: &[&str] = &["wa_id", "new_wa_id"];

/// Masks a provider phone id as the policy masks phone numbers (so keyed
/// tokens stay joinable with phone numbers found in message text). The
/// value is known to be a phone id, so no scanning is needed.
fn mask_phone_id(value: &str, masker: &Masker) -> String {
    masker.mask_as(PiiKind::Phone, value)
}

/// Rewrites the values of [`PHONE_ID_KEYS`] in compact JSON text.
///
/// In `serde_json`'s compact output a quote inside a string is always
/// escaped, so `"wa_id":"` can only be a key followed by a string value.
fn mask_phone_ids(json: &str, masker: &Masker) -> String {
    let mut out = json.to_owned();
    for key in PHONE_ID_KEYS {
        let pattern = format!("\"{key}\":\"");
        let mut rewritten = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&pattern) {
            let (head, tail) = rest.split_at(at + pattern.len());
            rewritten.push_str(head);
            // Provider ids are digits: the value ends at the next quote.
            let Some(end) = tail.find('"') else {
                rest = tail;
                break;
            };
            let (value, after) = tail.split_at(end);
            let replacement = if value.contains('\\') {
                "[REDACTED]".to_owned()
            } else {
                mask_phone_id(value, masker)
            };
            let quoted = serde_json::to_string(&replacement).unwrap_or_default();
            let inner = quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"'));
            rewritten.push_str(inner.unwrap_or("[REDACTED]"));
            rest = after;
        }
        rewritten.push_str(rest);
        out = rewritten;
    }
    out
}

/// Turns one body into event lines appended to `out`.
fn events_of(body: &[u8], masker: Option<&Masker>, out: &mut Vec<u8>) -> Result<usize, String> {
    let hook = Webhook::from_slice(body).map_err(|e| format!("invalid webhook body: {e}"))?;
    let mut events: Vec<WebhookEvent> = hook.events();
    for event in &mut events {
        let line = match masker {
            Some(masker) => {
                event.map_text(&mut |text: &str| masker.mask(text).into_owned());
                let json =
                    serde_json::to_string(event).map_err(|e| format!("cannot write event: {e}"))?;
                mask_phone_ids(&json, masker)
            }
            None => serde_json::to_string(event).map_err(|e| format!("cannot write event: {e}"))?,
        };
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    Ok(events.len())
}

/// Each JSON line is one webhook body.
struct WebhookLines<'a> {
    masker: Option<&'a Masker>,
}

impl LineProcessor for WebhookLines<'_> {
    fn process(&self, line: Line<'_>, out: &mut Vec<u8>, _stats: &mut Stats) -> Result<(), String> {
        if line.bytes.trim_ascii().is_empty() {
            return Ok(());
        }
        events_of(line.bytes, self.masker, out).map(|_| ())
    }
}

pub(crate) fn run(args: &WebhookArgs) -> Result<Exit, CliError> {
    let secret = read_secret(args)?;
    match (&args.signature, &secret) {
        (Some(_), None) => {
            return Err(CliError::usage(
                "--signature needs the app secret (--app-secret-env, --app-secret-file or --app-secret)",
            ));
        }
        (None, Some(_)) => {
            return Err(CliError::usage(
                "an app secret is only used with --signature",
            ));
        }
        _ => {}
    }
    let sources = Source::from_args(&args.files);
    if args.signature.is_some() && sources.len() != 1 {
        return Err(CliError::usage(
            "--signature verifies exactly one body: give one file (or stdin)",
        ));
    }
    let masker = if args.no_mask {
        None
    } else {
        let config = DetectConfig {
            regions: &args.detect.region,
            dictionaries: &args.detect.dictionary,
            allow: &args.detect.allow,
            ..DetectConfig::default()
        };
        let scanner = detect::build_scanner(&config)?;
        Some(crate::mask::build_masker_from_args(
            &scanner,
            &args.masking,
        )?)
    };

    if args.jsonl {
        let settings = Settings {
            threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            batch_bytes: 1 << 20,
            stop_on_error: args.stop_on_error,
            progress: false,
        };
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let outcome = pipeline::run(
            &sources,
            &WebhookLines {
                masker: masker.as_ref(),
            },
            &settings,
            &mut out,
        )?;
        return Ok(if outcome.had_input_errors() {
            Exit::Input
        } else {
            Exit::Ok
        });
    }

    let mut failed = false;
    for source in &sources {
        let body = match read_body(source) {
            Ok(body) => body,
            Err(message) => {
                eprintln!("bowline: {message}");
                failed = true;
                if args.stop_on_error {
                    break;
                }
                continue;
            }
        };
        if let (Some(header), Some(secret)) = (&args.signature, &secret) {
            verify_signature(&body, header, secret).map_err(|e| {
                CliError::signature(format!(
                    "signature check failed for `{}`: {e}",
                    source.name()
                ))
            })?;
        }
        let mut out = Vec::new();
        match events_of(&body, masker.as_ref(), &mut out) {
            Ok(_) => crate::print_out(&String::from_utf8_lossy(&out))?,
            Err(message) => {
                eprintln!("bowline: {}: {message}", source.name());
                failed = true;
                if args.stop_on_error {
                    break;
                }
            }
        }
    }
    Ok(if failed { Exit::Input } else { Exit::Ok })
}

fn read_body(source: &Source) -> Result<Vec<u8>, String> {
    match source {
        Source::Stdin => {
            let mut body = Vec::new();
            std::io::stdin()
                .read_to_end(&mut body)
                .map_err(|e| format!("cannot read `<stdin>`: {e}"))?;
            Ok(body)
        }
        Source::File(path) => {
            std::fs::read(path).map_err(|e| format!("cannot open `{}`: {e}", path.display()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bowline::mask::{MaskPolicy, Scanner};

    fn masker() -> Masker {
        Masker::new(&Scanner::new().unwrap(), MaskPolicy::new()).unwrap()
    }

    #[test]
    fn phone_ids_are_masked_wherever_they_are_keys() {
        let m = masker();
        let json = r#"{"contact":{"identity":{"wa_id":"5511987654321"}},"content":{"body":"\"wa_id\":\"1\"","new_wa_id":"919812345678"}}"#;
        let masked = mask_phone_ids(json, &m);
        assert!(
            !masked.contains("5511987654321") && !masked.contains("919812345678"),
            "{masked}"
        );
        assert!(
            masked.contains(r#""body":"\"wa_id\":\"1\"""#),
            "text that looks like a key is left alone: {masked}"
        );
        let v: serde_json::Value = serde_json::from_str(&masked).unwrap();
        assert_eq!(v["contact"]["identity"]["wa_id"], "<PHONE>");
        assert_eq!(v["content"]["new_wa_id"], "<PHONE>");
    }

    #[test]
    fn every_phone_id_is_masked_even_when_it_does_not_look_like_a_phone() {
        let m = masker();
        assert_eq!(mask_phone_id("12", &m), "<PHONE>");
        assert_eq!(
            mask_phone_ids(r#"{"wa_id":"12"}"#, &m),
            r#"{"wa_id":"<PHONE>"}"#
        );
        assert_eq!(
            mask_phone_ids(r#"{"wa_id":"unterminated"#, &m),
            r#"{"wa_id":"unterminated"#
        );
    }
}
