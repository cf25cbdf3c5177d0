//! Ids, phone numbers, `Sensitive`, customers and thread safety.

use bowline_crm::*;

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<AgentId>();
    check::<ApiError>();
    check::<AttributeDefinition>();
    check::<AttributeError>();
    check::<AttributeValue>();
    check::<BusinessScopedUserId>();
    check::<ChannelIdentity>();
    check::<ConsentRecord>();
    check::<Conversation>();
    check::<ConversationError>();
    check::<ConversationEvent>();
    check::<ConversationId>();
    check::<Customer>();
    check::<CustomerId>();
    check::<DeliveryState>();
    check::<IdError>();
    check::<Label>();
    check::<Message>();
    check::<MessageContent>();
    check::<MessageId>();
    check::<Note>();
    check::<PhoneNumber>();
    check::<PhoneNumberError>();
    check::<PhoneNumberId>();
    check::<Sensitive<String>>();
    check::<SignatureError>();
    check::<Team>();
    check::<Agent>();
    check::<TeamId>();
    check::<WaId>();
    check::<WaMessageId>();
    check::<Webhook>();
    check::<WebhookError>();
    check::<WebhookEvent>();
    check::<WhatsAppIdentity>();
}

#[test]
fn phone_number_errors_name_what_is_wrong() {
    type Check = fn(&PhoneNumberError) -> bool;
    let cases: &[(&str, Check)] = &[
        ("", |e| matches!(e, PhoneNumberError::Empty)),
        ("5511987654321", |e| {
            matches!(e, PhoneNumberError::MissingPlus { .. })
        }),
        (" +55 11 9876x4321 ", |e| {
            matches!(e, PhoneNumberError::InvalidCharacter { offset: 12, .. })
        }),
        ("+0123456789", |e| {
            matches!(e, PhoneNumberError::LeadingZero { .. })
        }),
        ("+55119", |e| {
            matches!(e, PhoneNumberError::TooShort { digits: 5, .. })
        }),
        ("+5511987654321000", |e| {
            matches!(e, PhoneNumberError::TooLong { digits: 16, .. })
        }),
        ("+2591234567", |e| {
            matches!(e, PhoneNumberError::UnknownCountryCode { .. })
        }),
    ];
    for (input, check) in cases {
        let err = PhoneNumber::parse(input).unwrap_err();
        assert!(check(&err), "`{input}` gave {err:?}");
    }
}

#[test]
fn country_calling_codes() {
    for (input, cc) in [
        ("+14155550123", 1),
        ("+79161234567", 7),
        ("+5511987654321", 55),
        ("+442079460000", 44),
        ("+919876543210", 91),
        ("+353861234567", 353),
        ("+971501234567", 971),
        ("+6831234", 683),
    ] {
        assert_eq!(
            PhoneNumber::parse(input).unwrap().country_calling_code(),
            cc,
            "{input}"
        );
    }
}

#[test]
fn sensitive_never_prints_and_opt_in_writes_raw() {
    let s = Sensitive::new(String::from("4111111111111111"));
    assert_eq!(format!("{s}"), "[REDACTED]");
    assert_eq!(format!("{s:?}"), "Sensitive([REDACTED])");
    assert_eq!(format!("{s:#?}"), "Sensitive([REDACTED])");
    assert_eq!(serde_json::to_string(&s).unwrap(), "\"[REDACTED]\"");
    assert_eq!(s.expose(), "4111111111111111");
}

#[test]
fn customer_debug_hides_pii_and_storage_form_round_trips() {
    let t0 = chrono::DateTime::from_timestamp(1_772_366_400, 0).unwrap();
    let mut c = Customer::new(CustomerId::from_uuid(uuid::Uuid::from_u128(5)), t0);
    c.set_name("Ana Lima");
    c.set_email("ana@example.com".parse().unwrap());
    c.add_phone("+5511987654321".parse().unwrap());
    c.add_phone("+55 11 98765-4321".parse().unwrap());
    assert_eq!(c.phones().len(), 1);
    c.add_identity(ChannelIdentity::WhatsApp(
        WhatsAppIdentity::new(
            "106540352242922".parse().unwrap(),
            Some("5511987654321".parse().unwrap()),
            None,
        )
        .unwrap(),
    ));
    c.set_segment(Some("premium".parse().unwrap()));
    let def = AttributeDefinition::new(
        "credit_limit".parse().unwrap(),
        "Credit limit",
        AttributeKind::Currency {
            currency: Some("BRL".into()),
        },
    );
    c.set_attribute(
        &def,
        AttributeValue::Currency(Money {
            amount: "15000.00".parse().unwrap(),
            currency: "BRL".into(),
        }),
    )
    .unwrap();
    assert!(matches!(
        c.set_attribute(
            &def,
            AttributeValue::Currency(Money {
                amount: "1".parse().unwrap(),
                currency: "USD".into()
            })
        ),
        Err(AttributeError::InvalidCurrency { .. })
    ));
    for (status, secs) in [(ConsentStatus::Granted, 0), (ConsentStatus::Withdrawn, 60)] {
        c.record_consent(ConsentRecord {
            channel: ConsentChannel::WhatsApp,
            purpose: ConsentPurpose::Marketing,
            status,
            legal_basis: LegalBasis::Consent,
            source: ConsentSource::WhatsAppPreferences,
            at: t0 + chrono::TimeDelta::seconds(secs),
            evidence: Some(ConsentEvidence::Message("wamid.X1".parse().unwrap())),
        });
    }
    assert!(!c.may_contact(ConsentChannel::WhatsApp, ConsentPurpose::Marketing));
    assert!(!c.may_contact(ConsentChannel::WhatsApp, ConsentPurpose::Collections));

    let debug = format!("{c:?}");
    for secret in ["Ana", "ana@example.com", "987654321"] {
        // The wa_id is a provider id and shows in Debug; the phone field does not.
        if secret == "987654321" {
            assert!(!debug.contains("PhoneNumber(+55"), "{debug}");
        } else {
            assert!(!debug.contains(secret), "{secret} leaked: {debug}");
        }
    }
    let json = serde_json::to_string(&c).unwrap();
    let back: Customer = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    assert_eq!(back.name().unwrap().expose(), "Ana Lima");
}

#[test]
fn attribute_validation_table() {
    let key = |k: &str| k.parse::<AttributeKey>().unwrap();
    let d = |kind| AttributeDefinition::new(key("x"), "X", kind);
    let ok = [
        (
            d(AttributeKind::Text { max_len: Some(3) }),
            AttributeValue::Text("abc".into()),
        ),
        (
            d(AttributeKind::Number),
            AttributeValue::Number("1.5".parse().unwrap()),
        ),
        (
            d(AttributeKind::Percent),
            AttributeValue::Percent("12.5".parse().unwrap()),
        ),
        (
            d(AttributeKind::Link),
            AttributeValue::Link("https://example.com/x".into()),
        ),
        (
            d(AttributeKind::Date),
            AttributeValue::Date(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
        ),
        (d(AttributeKind::Checkbox), AttributeValue::Checkbox(false)),
    ];
    for (def, v) in &ok {
        assert_eq!(def.validate(v), Ok(()), "{def:?} {v:?}");
    }
    let bad = [
        (
            d(AttributeKind::Text { max_len: Some(2) }),
            AttributeValue::Text("abc".into()),
        ),
        (
            d(AttributeKind::Link),
            AttributeValue::Link("javascript:alert(1)".into()),
        ),
        (
            d(AttributeKind::Link),
            AttributeValue::Link("https://".into()),
        ),
        (d(AttributeKind::Number), AttributeValue::Checkbox(true)),
        (
            d(AttributeKind::Currency { currency: None }),
            AttributeValue::Currency(Money {
                amount: "1".parse().unwrap(),
                currency: "usd".into(),
            }),
        ),
    ];
    for (def, v) in &bad {
        assert!(def.validate(v).is_err(), "{def:?} {v:?}");
    }
    assert!("status".parse::<AttributeKey>().is_err());
    assert!("has space".parse::<AttributeKey>().is_err());
}

#[test]
fn identity_may_lack_wa_id_but_not_both() {
    let pnid: PhoneNumberId = "1065".parse().unwrap();
    assert!(WhatsAppIdentity::new(pnid.clone(), None, None).is_err());
    let a = WhatsAppIdentity::new(pnid.clone(), None, Some("BR.1".parse().unwrap())).unwrap();
    let b = WhatsAppIdentity::new(
        pnid,
        Some("5511987654321".parse().unwrap()),
        Some("BR.1".parse().unwrap()),
    )
    .unwrap();
    assert!(a.same_user(&b));
    let json = r#"{"phone_number_id":"1065"}"#;
    assert!(serde_json::from_str::<WhatsAppIdentity>(json).is_err());
}

#[test]
fn message_ids_derived_from_wamid_are_stable_and_distinct() {
    let a: WaMessageId = "wamid.A".parse().unwrap();
    let b: WaMessageId = "wamid.B".parse().unwrap();
    assert_eq!(
        MessageId::from_provider_id(&a),
        MessageId::from_provider_id(&a)
    );
    assert_ne!(
        MessageId::from_provider_id(&a),
        MessageId::from_provider_id(&b)
    );
}

#[test]
fn map_text_reaches_every_free_text_field() {
    let body = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/webhooks/contacts.json"),
    )
    .unwrap();
    let mut events = Webhook::from_json(&body).unwrap().events();
    for e in &mut events {
        e.map_text(&mut |s: &str| format!("<{}>", s.len()));
    }
    let json = serde_json::to_string(&events).unwrap();
    for leaked in ["Bruno", "Souza", "91234-5678", "bruno@example.com", "1985"] {
        assert!(!json.contains(leaked), "{leaked} survived map_text: {json}");
    }
}
