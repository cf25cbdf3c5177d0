//! Table tests over the bundled sample payloads in `testdata/`.

use std::path::{Path, PathBuf};

use bowline_crm::{
    ChangeValue, ConversationEvent, MessageContent, Sensitive, StatusKind, Webhook, WebhookError,
    WebhookEvent, verify_signature,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    valid: Vec<Valid>,
    invalid: Vec<Invalid>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Valid {
    file: String,
    events: Vec<String>,
    #[serde(default)]
    texts: Vec<String>,
    #[serde(default)]
    unknown_changes: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Invalid {
    file: String,
    error: String,
    path: String,
}

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

fn cases() -> Cases {
    let text = std::fs::read_to_string(testdata().join("cases.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

/// One line per event, stable and readable, for the table.
pub(crate) fn summary(event: &WebhookEvent) -> String {
    match event {
        WebhookEvent::MessageReceived {
            contact, message, ..
        } => {
            let identity = contact.identity.as_ref();
            format!(
                "received {} {} wa_id={} user_id={}",
                message.content.type_name(),
                message.provider_id.as_ref().map_or("-", |id| id.as_str()),
                identity.and_then(|i| i.wa_id()).map_or("-", |w| w.as_str()),
                identity
                    .and_then(|i| i.user_id())
                    .map_or("-", |u| u.as_str()),
            )
        }
        WebhookEvent::DeliveryUpdated { update } => {
            let status = match &update.status {
                StatusKind::Sent => "sent".to_owned(),
                StatusKind::Delivered => "delivered".to_owned(),
                StatusKind::Read => "read".to_owned(),
                StatusKind::Played => "played".to_owned(),
                StatusKind::Failed => "failed".to_owned(),
                StatusKind::Other(s) => format!("other:{s}"),
                _ => "unknown".to_owned(),
            };
            let mut line = format!(
                "status {status} {} at={}",
                update.provider_id,
                update.at.timestamp()
            );
            if let Some(e) = update.failure() {
                line = format!("{line} error={}", e.code);
            }
            line
        }
        WebhookEvent::ChannelError { error, .. } => format!("channel_error {}", error.code),
        WebhookEvent::ConsentChanged {
            identity, record, ..
        } => format!(
            "consent {} {} wa_id={} at={}",
            serde_json::to_value(record.status)
                .unwrap()
                .as_str()
                .unwrap(),
            serde_json::to_value(record.purpose)
                .unwrap()
                .as_str()
                .unwrap(),
            identity
                .as_ref()
                .and_then(|i| i.wa_id())
                .map_or("-", |w| w.as_str()),
            record.at.timestamp()
        ),
        _ => "unknown event".to_owned(),
    }
}

fn error_kind(e: &WebhookError) -> &'static str {
    match e {
        WebhookError::Json { .. } => "json",
        WebhookError::MissingField { .. } => "missing_field",
        WebhookError::WrongType { .. } => "wrong_type",
        WebhookError::InvalidTimestamp { .. } => "invalid_timestamp",
        WebhookError::InvalidId { .. } => "invalid_id",
        WebhookError::InvalidValue { .. } => "invalid_value",
        _ => "other",
    }
}

#[test]
fn valid_payloads_give_the_expected_events() {
    let cases = cases();
    assert!(!cases.valid.is_empty());
    for case in &cases.valid {
        let body = std::fs::read(testdata().join(&case.file)).unwrap();
        let hook = Webhook::from_slice(&body)
            .unwrap_or_else(|e| panic!("case `{}`: {e} at `{}`", case.file, e.path()));
        let events = hook.events();
        let got: Vec<String> = events.iter().map(summary).collect();
        assert_eq!(got, case.events, "case `{}`", case.file);
        let texts: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                WebhookEvent::MessageReceived { message, .. } => {
                    message.content.text().map(str::to_owned)
                }
                _ => None,
            })
            .collect();
        assert_eq!(texts, case.texts, "texts of case `{}`", case.file);
        let unknown = hook
            .entries
            .iter()
            .flat_map(|e| &e.changes)
            .filter(|c| matches!(c.value, ChangeValue::Unknown { .. }))
            .count();
        assert_eq!(unknown, case.unknown_changes, "case `{}`", case.file);
        // Every event serializes without the profile name, and reads back equal to the
        // original once the name is replaced by the redaction marker.
        for e in &events {
            let json = serde_json::to_string(e).unwrap();
            assert!(!json.contains("Ana Lima"), "profile name leaked: {json}");
            assert!(!json.contains("Raj Patel\""), "profile name leaked: {json}");
            assert!(!json.contains("marina_travels"), "username leaked: {json}");
            let back: WebhookEvent = serde_json::from_str(&json).unwrap();
            let mut expected = e.clone();
            if let WebhookEvent::MessageReceived { contact, .. } = &mut expected {
                for value in [&mut contact.profile_name, &mut contact.username]
                    .into_iter()
                    .flatten()
                {
                    *value = Sensitive::new("[REDACTED]".to_owned());
                }
            }
            assert_eq!(back, expected, "round trip of {json}");
        }
    }
}

#[test]
fn every_bundled_payload_is_in_the_table() {
    let cases = cases();
    let mut listed: Vec<String> = cases.valid.iter().map(|c| c.file.clone()).collect();
    listed.extend(cases.invalid.iter().map(|c| c.file.clone()));
    for dir in ["webhooks", "invalid"] {
        for entry in std::fs::read_dir(testdata().join(dir)).unwrap() {
            let name = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            assert!(listed.contains(&name), "`{name}` has no case in cases.toml");
        }
    }
}

#[test]
fn invalid_payloads_give_typed_errors_with_paths() {
    for case in &cases().invalid {
        let body = std::fs::read(testdata().join(&case.file)).unwrap();
        let err = Webhook::from_slice(&body).expect_err(&case.file);
        assert_eq!(error_kind(&err), case.error, "case `{}`: {err}", case.file);
        assert_eq!(err.path(), case.path, "case `{}`: {err}", case.file);
        let shown = err.to_string();
        let first_letter = shown.chars().find(|c| c.is_alphabetic()).unwrap();
        assert!(
            first_letter.is_lowercase(),
            "messages are lowercase: {shown}"
        );
        assert!(!shown.ends_with('.'), "no trailing period: {shown}");
        if !case.path.is_empty() {
            assert!(
                shown.contains(&case.path),
                "message `{shown}` should name the path"
            );
        }
    }
}

#[test]
fn every_documented_message_type_is_covered() {
    let mut seen = std::collections::BTreeSet::new();
    for case in &cases().valid {
        let body = std::fs::read(testdata().join(&case.file)).unwrap();
        for e in Webhook::from_slice(&body).unwrap().events() {
            if let WebhookEvent::MessageReceived { message, .. } = e {
                let name = match &message.content {
                    MessageContent::Unsupported { .. } => "unsupported".to_owned(),
                    MessageContent::Interactive(r) => format!("interactive:{r:?}")
                        .split([' ', '{'])
                        .next()
                        .unwrap()
                        .to_owned(),
                    c => c.type_name().to_owned(),
                };
                seen.insert(name);
            }
        }
    }
    for want in [
        "text",
        "image",
        "audio",
        "video",
        "document",
        "sticker",
        "location",
        "contacts",
        "interactive:ButtonReply",
        "interactive:ListReply",
        "interactive:FlowReply",
        "button",
        "reaction",
        "order",
        "system",
        "unsupported",
    ] {
        assert!(
            seen.contains(want),
            "no sample payload for `{want}`: {seen:?}"
        );
    }
}

#[test]
fn statuses_out_of_order_fold_to_read() {
    let body = std::fs::read(testdata().join("webhooks/statuses_out_of_order.json")).unwrap();
    let events = Webhook::from_slice(&body).unwrap().events();
    let mut state = bowline_crm::DeliveryState::default();
    for e in &events {
        let ConversationEvent { kind, at } = ConversationEvent::from_webhook(e).unwrap();
        let bowline_crm::ConversationEventKind::DeliveryUpdated {
            outcome: bowline_crm::DeliveryOutcome::Reached(s),
            ..
        } = kind
        else {
            panic!("not a delivery update")
        };
        state.record(s, at);
    }
    assert_eq!(state.status(), Some(bowline_crm::DeliveryStatus::Read));
    assert_eq!(state.status_at().unwrap().timestamp(), 1_772_366_710);
}

#[test]
fn username_users_have_no_wa_id_but_a_business_scoped_id() {
    let body = std::fs::read(testdata().join("webhooks/username_bsuid.json")).unwrap();
    let events = Webhook::from_slice(&body).unwrap().events();
    let WebhookEvent::MessageReceived { contact, .. } = &events[0] else {
        panic!()
    };
    assert_eq!(
        contact.username.as_ref().map(|u| u.expose().as_str()),
        Some("@marina_travels")
    );
    let identity = contact.identity.as_ref().unwrap();
    assert!(identity.wa_id().is_none());
    assert_eq!(
        identity.user_id().unwrap().as_str(),
        "BR.1349120865530274191"
    );
}

#[test]
fn unknown_message_type_keeps_the_raw_json() {
    let body = std::fs::read(testdata().join("webhooks/unknown_type_future.json")).unwrap();
    let events = Webhook::from_slice(&body).unwrap().events();
    let WebhookEvent::MessageReceived { message, .. } = &events[0] else {
        panic!()
    };
    let MessageContent::Unsupported {
        type_name,
        raw_json,
        ..
    } = &message.content
    else {
        panic!("{:?}", message.content)
    };
    assert_eq!(type_name, "poll_vote");
    assert!(raw_json.contains("\"poll_id\":\"p-1\""));
}

#[test]
fn signature_verifies_the_exact_body() {
    // Computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac 'app-secret'
    let body = std::fs::read(testdata().join("webhooks/text.json")).unwrap();
    let header = std::fs::read_to_string(testdata().join("text.json.sig")).unwrap();
    assert_eq!(
        verify_signature(&body, header.trim(), b"app-secret"),
        Ok(())
    );
    let upper = header
        .trim()
        .to_ascii_uppercase()
        .replacen("SHA256=", "sha256=", 1);
    assert_eq!(verify_signature(&body, &upper, b"app-secret"), Ok(()));
    assert_eq!(
        verify_signature(&body, header.trim(), b"other-secret"),
        Err(bowline_crm::SignatureError::Mismatch)
    );
    let mut tampered = body.clone();
    tampered.push(b' ');
    assert_eq!(
        verify_signature(&tampered, header.trim(), b"app-secret"),
        Err(bowline_crm::SignatureError::Mismatch)
    );
    assert!(matches!(
        verify_signature(&body, "sha256=zz", b"app-secret"),
        Err(bowline_crm::SignatureError::InvalidHex { offset: 7, .. })
    ));
    assert!(matches!(
        verify_signature(&body, "  sha256=0z ", b"app-secret"),
        Err(bowline_crm::SignatureError::InvalidHex { offset: 10, .. })
    ));
    assert!(matches!(
        verify_signature(&body, "sha256=abcd", b"app-secret"),
        Err(bowline_crm::SignatureError::WrongLength { len: 4, .. })
    ));
}
