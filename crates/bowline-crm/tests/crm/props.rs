//! Property tests: no parser panics on arbitrary input, and values round-trip.

use bowline_crm::*;
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use serde_json::Value;

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        "[0-9]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("type".to_owned()),
                    Just("id".to_owned()),
                    Just("timestamp".to_owned()),
                    Just("text".to_owned()),
                    Just("body".to_owned()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn samples() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/webhooks");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        out.push(serde_json::from_str(&text).unwrap());
    }
    out.sort_by_key(Value::to_string);
    out
}

/// Every JSON pointer in `v`.
fn pointers(v: &Value, here: &str, out: &mut Vec<String>) {
    out.push(here.to_owned());
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, &format!("{here}/{i}"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                pointers(x, &format!("{here}/{k}"), out);
            }
        }
        _ => {}
    }
}

fn exercise(body: &str) {
    match Webhook::from_json(body) {
        Ok(hook) => {
            for mut e in hook.events() {
                serde_json::to_string(&e).unwrap();
                let _ = ConversationEvent::from_webhook(&e);
                e.map_text(&mut |s: &str| s.to_uppercase());
            }
        }
        Err(e) => {
            let _ = e.to_string();
            let _ = e.path();
        }
    }
}

fn arb_time() -> impl Strategy<Value = DateTime<Utc>> {
    (0_i64..4_000_000_000).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

fn arb_content() -> impl Strategy<Value = MessageContent> {
    let media = (
        "[0-9]{1,16}",
        "[a-z]{1,8}/[a-z]{1,8}",
        proptest::option::of(".{0,20}"),
        any::<bool>(),
    )
        .prop_map(|(id, mime, caption, voice)| Media {
            id: id.parse().unwrap(),
            mime_type: mime,
            sha256: None,
            caption,
            filename: None,
            url: None,
            voice,
            animated: false,
        });
    prop_oneof![
        ".{0,40}".prop_map(|body| MessageContent::Text { body }),
        media.clone().prop_map(MessageContent::Image),
        media.prop_map(MessageContent::Audio),
        (
            -360_i32..360,
            -720_i32..720,
            proptest::option::of(".{0,10}")
        )
            .prop_map(|(a, b, name)| {
                MessageContent::Location(Location {
                    latitude: f64::from(a) / 4.0,
                    longitude: f64::from(b) / 4.0,
                    name,
                    address: None,
                    url: None,
                })
            }),
        ("[a-z_]{1,10}", ".{0,10}").prop_map(|(id, title)| {
            MessageContent::Interactive(InteractiveReply::ButtonReply { id, title })
        }),
        proptest::option::of(".{1,4}").prop_map(|emoji| MessageContent::Reaction {
            message_id: "wamid.R".parse().unwrap(),
            emoji,
        }),
        ("[a-z_]{1,10}", ".{0,30}").prop_map(|(type_name, raw_json)| {
            MessageContent::Unsupported {
                type_name,
                raw_json,
                errors: Vec::new(),
            }
        }),
    ]
}

proptest! {
    #[test]
    fn string_parsers_never_panic(s in ".{0,64}") {
        let _ = PhoneNumber::parse(&s);
        let _ = s.parse::<CustomerId>();
        let _ = s.parse::<AgentId>();
        let _ = s.parse::<TeamId>();
        let _ = s.parse::<ConversationId>();
        let _ = s.parse::<MessageId>();
        let _ = s.parse::<WaMessageId>();
        let _ = s.parse::<WaId>();
        let _ = s.parse::<BusinessScopedUserId>();
        let _ = s.parse::<PhoneNumberId>();
        let _ = s.parse::<MediaId>();
        let _ = s.parse::<Label>();
        let _ = s.parse::<Role>();
        let _ = s.parse::<Segment>();
        let _ = s.parse::<AttributeKey>();
        let _ = s.parse::<EmailAddress>();
        exercise(&s);
        let _ = verify_signature(s.as_bytes(), &s, b"k");
        let _ = verify_signature(b"", &format!("sha256={s}"), s.as_bytes());
    }

    #[test]
    fn phone_like_strings_never_panic(s in "\\+?[0-9 ()./-]{0,20}") {
        if let Ok(p) = PhoneNumber::parse(&s) {
            prop_assert_eq!(PhoneNumber::parse(&p.to_string()).unwrap(), p.clone());
            prop_assert!(p.country_calling_code() > 0);
            prop_assert!(p.digits().starts_with(&p.country_calling_code().to_string()));
        }
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        exercise(&v.to_string());
        // Our own documents' deserializers are parsers too.
        let _ = serde_json::from_value::<Customer>(v.clone());
        let _ = serde_json::from_value::<Conversation>(v.clone());
        let _ = serde_json::from_value::<ConversationEvent>(v.clone());
        let _ = serde_json::from_value::<WebhookEvent>(v.clone());
        let _ = serde_json::from_value::<Message>(v.clone());
        let _ = serde_json::from_value::<AttributeValue>(v.clone());
        let _ = serde_json::from_value::<AttributeDefinition>(v.clone());
        let _ = serde_json::from_value::<ConsentRecord>(v.clone());
        let _ = serde_json::from_value::<WhatsAppIdentity>(v.clone());
        let _ = serde_json::from_value::<PhoneNumber>(v.clone());
        let _ = serde_json::from_value::<Agent>(v.clone());
        let _ = serde_json::from_value::<Team>(v.clone());
        let _ = serde_json::from_value::<Note>(v.clone());
        let wrapped = serde_json::json!({"object": "whatsapp_business_account", "entry": [v]});
        exercise(&wrapped.to_string());
    }

    #[test]
    fn mutated_samples_never_panic(pick in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), v in arb_json()) {
        let samples = samples();
        let mut doc = samples[pick.index(samples.len())].clone();
        let mut ptrs = Vec::new();
        pointers(&doc, "", &mut ptrs);
        let ptr = &ptrs[at.index(ptrs.len())];
        if let Some(slot) = doc.pointer_mut(ptr) {
            *slot = v;
        }
        exercise(&doc.to_string());
    }

    #[test]
    fn uuid_ids_round_trip(n in any::<u128>()) {
        let id = ConversationId::from_uuid(uuid::Uuid::from_u128(n));
        prop_assert_eq!(id.to_string().parse::<ConversationId>().unwrap(), id);
        let json = serde_json::to_string(&id).unwrap();
        prop_assert_eq!(serde_json::from_str::<ConversationId>(&json).unwrap(), id);
    }

    #[test]
    fn string_ids_round_trip(s in "[!-~]{1,64}") {
        let id: WaMessageId = s.parse().unwrap();
        prop_assert_eq!(id.to_string(), s.clone());
        let json = serde_json::to_string(&id).unwrap();
        prop_assert_eq!(serde_json::from_str::<WaMessageId>(&json).unwrap(), id);
    }

    #[test]
    fn messages_and_events_round_trip(content in arb_content(), at in arb_time(), n in any::<u128>(), inbound in any::<bool>()) {
        let (direction, kind_of): (Direction, fn(Message) -> ConversationEventKind) = if inbound {
            (Direction::Inbound, |message| ConversationEventKind::MessageReceived { message })
        } else {
            (Direction::Outbound, |message| ConversationEventKind::MessageSent { message })
        };
        let mut m = Message::new(MessageId::from_uuid(uuid::Uuid::from_u128(n)), direction, Sender::Customer, content, at);
        m.delivery.record(DeliveryStatus::Delivered, at);
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Message>(&json).unwrap(), &m);
        let event = ConversationEvent::new(at, kind_of(m));
        let json = serde_json::to_string(&event).unwrap();
        prop_assert_eq!(serde_json::from_str::<ConversationEvent>(&json).unwrap(), event);
    }

    #[test]
    fn status_round_trips(until in arb_time()) {
        for s in [ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed { until }, ConversationStatus::Resolved] {
            let json = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(serde_json::from_str::<ConversationStatus>(&json).unwrap(), s);
        }
    }

    #[test]
    fn delivery_status_is_the_max_of_any_sequence(seq in prop::collection::vec((0_usize..4, arb_time()), 0..12)) {
        let all = [DeliveryStatus::Sent, DeliveryStatus::Delivered, DeliveryStatus::Read, DeliveryStatus::Played];
        let mut d = DeliveryState::default();
        for (i, at) in &seq {
            d.record(all[*i], *at);
        }
        prop_assert_eq!(d.status(), seq.iter().map(|(i, _)| all[*i]).max());
    }

    #[test]
    fn sensitive_serializes_redacted(s in ".{0,30}") {
        let json = serde_json::to_string(&Sensitive::new(s)).unwrap();
        prop_assert_eq!(json, "\"[REDACTED]\"");
    }
}

proptest! {
    #[test]
    fn phone_errors_point_at_the_offending_character(s in "[ +]{0,2}[0-9 ]{0,6}[a-z#]?[0-9]{0,8}") {
        if let Err(PhoneNumberError::InvalidCharacter { input, offset, .. }) = PhoneNumber::parse(&s) {
            prop_assert_eq!(&input, &s);
            let c = s.get(offset..).and_then(|t| t.chars().next()).unwrap();
            prop_assert!(!c.is_ascii_digit() && !" -.()".contains(c), "offset {} is `{}` in `{}`", offset, c, s);
        }
    }

    #[test]
    fn customers_round_trip(name in ".{0,20}", local in "[a-z]{1,8}", n in 1_000_000_u64..99_999_999_999, kyc in prop::bool::ANY, note in ".{0,20}") {
        let t0 = DateTime::from_timestamp(1_772_366_400, 0).unwrap();
        let mut c = Customer::new(CustomerId::from_u128(u128::from(n)), t0);
        c.set_name(name);
        c.set_email(format!("{local}@example.com").parse().unwrap());
        c.add_phone(format!("+55{n}").parse().unwrap());
        let flag = AttributeDefinition::new("kyc_done".parse().unwrap(), "KYC done", AttributeKind::Checkbox);
        c.set_attribute(&flag, AttributeValue::Checkbox(kyc)).unwrap();
        let text = AttributeDefinition::new("notes".parse().unwrap(), "Notes", AttributeKind::Text { max_len: None });
        c.set_attribute(&text, AttributeValue::Text(note)).unwrap();
        c.add_label("vip".parse().unwrap());
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Customer>(&json).unwrap(), c);
    }
}

/// A conversation document with messages, a note, labels and a snooze, as JSON.
fn conversation_doc() -> Value {
    let t0 = DateTime::from_timestamp(1_772_366_400, 0).unwrap();
    let mut c = Conversation::new(ConversationId::from_u128(1), CustomerId::from_u128(2), t0);
    for event in Webhook::from_json(include_str!("../../testdata/webhooks/image.json"))
        .unwrap()
        .events()
        .iter()
        .filter_map(ConversationEvent::from_webhook)
    {
        c.apply(&event).unwrap();
    }
    c.apply(&ConversationEvent::new(
        t0,
        ConversationEventKind::NoteAdded {
            note: Note::new(AgentId::from_u128(3), t0, "called back"),
        },
    ))
    .unwrap();
    c.apply(&ConversationEvent::new(
        t0,
        ConversationEventKind::LabelAdded {
            label: "card-dispute".parse().unwrap(),
        },
    ))
    .unwrap();
    c.snooze(t0 + chrono::TimeDelta::hours(1), t0).unwrap();
    serde_json::to_value(&c).unwrap()
}

proptest! {
    #[test]
    fn mutated_conversation_documents_never_panic(at in any::<prop::sample::Index>(), v in arb_json()) {
        let mut doc = conversation_doc();
        let mut ptrs = Vec::new();
        pointers(&doc, "", &mut ptrs);
        let ptr = &ptrs[at.index(ptrs.len())];
        if let Some(slot) = doc.pointer_mut(ptr) {
            *slot = v;
        }
        if let Ok(mut c) = serde_json::from_value::<Conversation>(doc) {
            let _ = c.window_closes_at();
            let _ = c.reopen(DateTime::from_timestamp(0, 0).unwrap());
            let _ = serde_json::to_string(&c).unwrap();
        }
    }
}
