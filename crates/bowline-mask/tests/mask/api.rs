//! The public API: builder options, errors, names, thread safety.

use bowline_mask::{
    BuildError, Confidence, Finding, OffsetCursor, PiiKind, Recognizer, Region, Scanner,
    ScannerBuilder,
};

fn kinds(s: &Scanner, text: &str) -> Vec<String> {
    s.find_iter(text)
        .map(|f| s.kind_name(f.kind()).to_owned())
        .collect()
}

#[test]
fn public_types_are_thread_safe() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Scanner>();
    check::<ScannerBuilder>();
    check::<BuildError>();
    check::<Finding>();
    check::<Recognizer>();
}

#[test]
fn kind_names_round_trip() {
    for &k in PiiKind::builtins() {
        assert_eq!(k.as_str().parse::<PiiKind>().unwrap(), k);
        assert_eq!(k.to_string(), k.as_str());
    }
    assert_eq!(PiiKind::builtins().len(), 46);
    assert!("nope".parse::<PiiKind>().is_err());
    assert_eq!(PiiKind::CardSecurityCode.as_str(), "card_cvv");
    let sad: Vec<&str> = PiiKind::builtins()
        .iter()
        .filter(|k| k.is_sensitive_authentication_data())
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        sad,
        ["card_cvv", "card_pin", "card_track_data", "otp", "password"]
    );
    for c in [Confidence::Low, Confidence::Medium, Confidence::High] {
        assert_eq!(c.as_str().parse::<Confidence>().unwrap(), c);
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip() {
    let s = Scanner::new().unwrap();
    let f = s.find_all("cpf 529.982.247-25")[0];
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(
        json,
        r#"{"kind":"br_cpf","start":4,"end":18,"confidence":"high"}"#
    );
    let back: Finding = serde_json::from_str(&json).unwrap();
    assert_eq!(back, f);
    let r: Region = serde_json::from_str("\"latin_america\"").unwrap();
    assert_eq!(r, Region::LatinAmerica);
}

#[test]
fn disable_and_select_kinds() {
    let text = "cpf 529.982.247-25 card 4111 1111 1111 1111";
    let s = Scanner::builder().disable(PiiKind::BrCpf).build().unwrap();
    assert_eq!(kinds(&s, text), ["card_number"]);
    let s = Scanner::builder().kinds([PiiKind::BrCpf]).build().unwrap();
    assert_eq!(kinds(&s, text), ["br_cpf"]);
    let s = Scanner::builder().regions([Region::India]).build().unwrap();
    assert_eq!(kinds(&s, text), ["card_number"]);
    assert!(s.kinds().contains(&PiiKind::InAadhaar));
    assert!(!s.kinds().contains(&PiiKind::BrCpf));
}

#[test]
fn min_confidence_filters() {
    let text = "98765 43210";
    let low = Scanner::new().unwrap();
    assert_eq!(low.find_all(text)[0].confidence(), Confidence::Low);
    let high = Scanner::builder()
        .min_confidence(Confidence::Medium)
        .build()
        .unwrap();
    assert!(high.find_all(text).is_empty());
}

#[test]
fn allow_list_values_and_patterns() {
    let s = Scanner::builder()
        .allow(["4111-1111-1111-1111"])
        .allow_pattern(r"[a-z]+@bank\.example")
        .build()
        .unwrap();
    assert!(s.find_all("test card 4111 1111 1111 1111").is_empty());
    assert_eq!(
        kinds(&s, "write to help@bank.example or ana@example.com"),
        ["email"]
    );
}

#[test]
fn deny_list_and_dictionary() {
    let s = Scanner::builder()
        .deny(PiiKind::BankAccount, ["ACC-7781"])
        .dictionary("customer_name", ["Ana Beatriz Souza", "José Müller"])
        .build()
        .unwrap();
    assert_eq!(
        kinds(&s, "ref acc-7781 for ANA BEATRIZ SOUZA"),
        ["bank_account", "customer_name"]
    );
    assert_eq!(kinds(&s, "olá josé müller"), ["customer_name"]);
    // Word-bounded: no match inside a longer word.
    assert!(s.find_all("Ana Beatriz Souzas").is_empty());
    let name = s.custom_kind("customer_name").unwrap();
    assert_eq!(s.kind_name(name), "customer_name");
    assert!(s.custom_kind("nope").is_none());
}

#[test]
fn custom_recognizer_with_validator_and_context() {
    let s = Scanner::builder()
        .recognizer(
            Recognizer::new("loan_id", r"LN-[0-9]{6}")
                .validator(|v| !v.ends_with("000000"))
                .context(["loan"])
                .context_required(true),
        )
        .build()
        .unwrap();
    assert_eq!(kinds(&s, "loan LN-123456"), ["loan_id"]);
    assert!(s.find_all("loan LN-000000").is_empty(), "validator rejects");
    assert!(s.find_all("item LN-123456").is_empty(), "context required");
    assert!(s.find_all("loan XLN-123456").is_empty(), "word-bounded");
    assert_eq!(
        s.find_all("loan LN-123456")[0].confidence(),
        Confidence::High
    );
}

#[test]
fn build_errors_name_the_culprit() {
    let e = Scanner::builder()
        .recognizer(Recognizer::new("bad", "(x"))
        .build()
        .unwrap_err();
    assert!(matches!(e, BuildError::InvalidPattern { .. }));
    assert!(
        e.to_string().contains("`(x`") && e.to_string().contains("`bad`"),
        "{e}"
    );
    let e = Scanner::builder()
        .recognizer(Recognizer::new("empty", "a*"))
        .build()
        .unwrap_err();
    assert!(matches!(e, BuildError::EmptyMatch { .. }), "{e}");
    let e = Scanner::builder()
        .dictionary("email", ["x"])
        .build()
        .unwrap_err();
    assert!(matches!(e, BuildError::InvalidName { .. }), "{e}");
    let e = Scanner::builder()
        .dictionary("a", ["x"])
        .dictionary("a", ["y"])
        .build()
        .unwrap_err();
    assert!(matches!(e, BuildError::DuplicateName { .. }), "{e}");
    let e = Scanner::builder()
        .dictionary("a", ["  "])
        .build()
        .unwrap_err();
    assert!(matches!(e, BuildError::InvalidTerm { .. }), "{e}");
    let e = Scanner::builder()
        .context_window(10_000)
        .build()
        .unwrap_err();
    assert!(
        matches!(
            e,
            BuildError::OutOfRange {
                setting: "context_window",
                ..
            }
        ),
        "{e}"
    );
    let e = Scanner::builder()
        .allow_pattern("[z-a]")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("`[z-a]`"), "{e}");
    let e = Scanner::builder()
        .recognizer(Recognizer::new("big", "x").max_len(5000))
        .build()
        .unwrap_err();
    assert!(
        matches!(
            e,
            BuildError::OutOfRange {
                setting: "max_len",
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn context_window_changes_reach() {
    let small = Scanner::builder().context_window(8).build().unwrap();
    let big = Scanner::builder().context_window(200).build().unwrap();
    assert!(small.reach() < big.reach());
    // The keyword is 20 characters away: only the wide window sees it.
    let text = "otp ................ 482913";
    assert!(small.find_all(text).is_empty());
    assert_eq!(kinds(&big, text), ["otp"]);
}

#[test]
fn offsets_for_other_languages() {
    let s = Scanner::new().unwrap();
    let text = "😀 é cpf 529.982.247-25";
    let f = s.find_all(text)[0];
    let mut cur = OffsetCursor::new(text);
    assert_eq!(cur.chars(f.start()), Some(8));
    assert_eq!(cur.utf16(f.start()), Some(9));
    assert_eq!(cur.utf16(f.end()), Some(23));
}

#[test]
fn pathological_inputs_are_linear_and_safe() {
    let s = Scanner::new().unwrap();
    let digits = "7".repeat(1 << 20);
    assert!(s.find_all(&digits).is_empty());
    let spaced = "1 ".repeat(1 << 18);
    let _ = s.find_all(&spaced);
    let dashes = "12-".repeat(1 << 17);
    let _ = s.find_all(&dashes);
    let ats = "a@".repeat(1 << 17);
    let _ = s.find_all(&ats);
    let mixed = "otp 1234 cvv 5678 ".repeat(1 << 14);
    let found = s.find_all(&mixed);
    assert!(!found.is_empty());
    let many_cards = "4111 1111 1111 1111, ".repeat(10_000);
    assert_eq!(s.find_all(&many_cards).len(), 10_000);
    // Each value said twice, the first time with stray marks: 4,000
    // findings, each copy looked up among the others by position.
    let said_twice = "card 4111 , 1111 , 1111 , 1111 ok 4111111111111111 ".repeat(2_000);
    assert_eq!(s.find_all(&said_twice).len(), 4_000);
}

#[test]
fn finding_debug_does_not_leak() {
    let s = Scanner::new().unwrap();
    let f = s.find_all("cpf 529.982.247-25")[0];
    let dbg = format!("{f:?}");
    assert!(!dbg.contains("529"), "{dbg}");
}

/// A phone typed again with the digit it missed is one value, however many
/// findings come before it in the text (the reading once looked only at the
/// first 64).
#[test]
fn retyped_phone_reads_alike_after_many_findings() {
    use std::fmt::Write as _;
    let s = Scanner::new().unwrap();
    let tail = "mi cel es 33 1845 227 ay no, faltó uno, 33 1845 2277";
    let alone: Vec<&str> = s.find_iter(tail).filter_map(|f| f.text_in(tail)).collect();
    assert_eq!(alone, ["33 1845 2277"]);
    let mut text = String::new();
    for i in 0..80 {
        writeln!(text, "cliente{i}@correo.mx").unwrap();
    }
    let head = text.len();
    text.push_str(tail);
    let late: Vec<&str> = s
        .find_iter(&text)
        .filter(|f| f.start() >= head)
        .filter_map(|f| f.text_in(&text))
        .collect();
    assert_eq!(late, alone);
}

/// A text with many findings reads each stretch as that stretch alone: the
/// values said again are copies there too (the read-it-again pass looks
/// its candidates up by position once there are many of them).
#[test]
fn many_findings_read_like_each_stretch_alone() {
    let s = Scanner::new().unwrap();
    let lines = [
        "my account # is 23043911059 pls check",
        "Agent: Got it, 23043911059 confirmed?",
        "a/c 477538348360 and later 4775 3834 8360 again",
        "cpf 529.982.247-25, repito 529.982.247-25",
        "card 4111 , 1111 , 1111 , 1111 ok 4111111111111111",
        "meu celular 11 98765-4321, isso 11 98765-4321",
    ];
    // Far enough apart that no stretch's words reach another's values.
    let gap = format!("\n{}\n", "ok ".repeat(200));
    let mut text = String::new();
    let mut want = Vec::new();
    for k in 0..60 {
        let line = lines[k % lines.len()];
        let at = text.len();
        want.extend(
            s.find_iter(line)
                .map(|f| (at + f.start(), at + f.end(), f.kind())),
        );
        text.push_str(line);
        text.push_str(&gap);
    }
    assert!(want.len() > 60, "{}", want.len());
    let got: Vec<_> = s
        .find_iter(&text)
        .map(|f| (f.start(), f.end(), f.kind()))
        .collect();
    assert_eq!(got, want);
}
