//! Stream masking and stream restore: equal to whole-text results for every
//! chunking, with a bounded hold-back.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::panic,
    reason = "test code: a failure should stop the test"
)]

use bowline_mask::{MaskPolicy, Masker, Operator};
use proptest::prelude::*;

use super::masking::{OPERATORS, chat_text, masker_with};

/// A masker with `op` whose vault has already tokenized the values of
/// `text`. A vault learns: a vault token in the text that it issued is left
/// alone, one it did not is masked (see `Operator::Vault`), so stream and
/// whole-text masking agree for the same vault contents; masking `text`
/// once first gives both the same.
fn warmed_masker(op: Operator, text: &str) -> Masker {
    let m = masker_with(op);
    let _ = m.mask(text);
    m
}

/// Splits `bytes` at the given cut points (taken modulo the length).
fn split_at_points<'a>(bytes: &'a [u8], cuts: &[usize]) -> Vec<&'a [u8]> {
    let mut points: Vec<usize> = cuts
        .iter()
        .map(|c| {
            if bytes.is_empty() {
                0
            } else {
                c % (bytes.len() + 1)
            }
        })
        .collect();
    points.push(0);
    points.push(bytes.len());
    points.sort_unstable();
    points.dedup();
    points.windows(2).map(|w| &bytes[w[0]..w[1]]).collect()
}

/// Streams `text` through `masker` in the given byte chunks; checks the
/// hold-back bound after every push.
fn stream_bytes(masker: &Masker, chunks: &[&[u8]]) -> (String, bowline_mask::MaskReport) {
    let mut s = masker.stream();
    let mut out = String::new();
    for chunk in chunks {
        out += &s.push_bytes(chunk);
        assert!(
            s.held_back() <= s.max_held_back(),
            "held {} > {}",
            s.held_back(),
            s.max_held_back()
        );
    }
    let (rest, report) = s.finish_with_report();
    out += &rest;
    (out, report)
}

#[test]
fn card_split_across_chunks_is_masked_and_never_leaks() {
    let m = masker_with(Operator::Label);
    let mut s = m.stream();
    let first = s.push("my card is 4111 11");
    assert!(!first.contains("4111"), "{first}");
    let second = s.push("11 1111 1111, thanks");
    let rest = s.finish();
    assert_eq!(
        format!("{first}{second}{rest}"),
        "my card is <CARD_NUMBER>, thanks"
    );
}

#[test]
fn long_streams_emit_while_they_flow() {
    let m = masker_with(Operator::Label);
    let mut s = m.stream();
    let line = "olá, tudo bem? meu pedido 48213 chegou 😀 ";
    let mut emitted = 0;
    // 42 KB: about twice what the five stages hold back.
    for _ in 0..1000 {
        emitted += s.push(line).len();
        assert!(s.held_back() <= s.max_held_back());
    }
    assert!(emitted > 0);
    assert!(emitted + s.held_back() == line.len() * 1000);
    assert_eq!(emitted + s.finish().len(), line.len() * 1000);
}

#[test]
fn split_utf8_and_invalid_bytes_decode_like_lossy() {
    let m = masker_with(Operator::Label);
    let mut bytes = "pix ana@example.com 👋 ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xe2\x82");
    let whole = String::from_utf8_lossy(&bytes).into_owned();
    for size in 1..6 {
        let chunks: Vec<&[u8]> = bytes.chunks(size).collect();
        assert_eq!(
            stream_bytes(&m, &chunks).0,
            m.mask(&whole),
            "chunks of {size}"
        );
    }
}

#[test]
fn session_streams_share_numbering_with_session_masking() {
    let m = masker_with(Operator::Placeholder);
    let mut session = m.session();
    assert_eq!(session.mask("a@b.co and c@d.co"), "<EMAIL_1> and <EMAIL_2>");
    let mut s = session.stream();
    let mut out = s.push("again c@d.co, new e@f.");
    out += &s.push("co");
    out += &s.finish();
    assert_eq!(out, "again <EMAIL_2>, new <EMAIL_3>");
    assert_eq!(session.placeholders(), 3);
}

#[test]
fn restorer_handles_markers_split_anywhere() {
    let m = masker_with(Operator::Placeholder);
    let mut session = m.session();
    let masked = session
        .mask("card 4111 1111 1111 1111, mail ana@example.com")
        .into_owned();
    let reply = format!("I have {masked} <CARD_NUMBER_9> <EMAIL");
    let whole = session.restore(&reply).unwrap();
    for size in 1..reply.len() {
        let mut r = session.restorer();
        let mut out = String::new();
        for chunk in reply.as_bytes().chunks(size) {
            out += &r.push_bytes(chunk).unwrap();
        }
        let unknown = r.unknown().to_vec();
        out += &r.finish().unwrap();
        assert_eq!(out, whole.text(), "chunks of {size}");
        assert!(unknown.len() <= whole.unknown().len());
    }
    assert_eq!(
        whole.text(),
        "I have card 4111 1111 1111 1111, mail ana@example.com <CARD_NUMBER_9> <EMAIL"
    );
}

/// Chat texts long enough (2–20 KB) that the stream masker emits text
/// before the end: its hold-back is a few KB with the default scanner.
fn long_chat_text() -> impl Strategy<Value = String> {
    prop::collection::vec(chat_text(), 15..60).prop_map(|parts| parts.concat())
}

/// Splits `bytes` into chunks whose sizes cycle through `sizes`.
fn split_by_sizes<'a>(bytes: &'a [u8], sizes: &[usize]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = bytes;
    let mut i = 0;
    while !rest.is_empty() {
        let n = sizes[i % sizes.len()].clamp(1, rest.len());
        let (head, tail) = rest.split_at(n);
        out.push(head);
        rest = tail;
        i += 1;
    }
    out
}

/// Streams `text` in chunks of `sizes` and checks that the output and the
/// report equal masking the whole text at once.
fn stream_matches_whole(op: Operator, text: &str, sizes: &[usize]) -> Result<(), TestCaseError> {
    let m = warmed_masker(op, text);
    let chunks = split_by_sizes(text.as_bytes(), sizes);
    let (streamed, stream_report) = stream_bytes(&m, &chunks);
    let (whole, whole_report) = m.mask_with_report(text);
    prop_assert_eq!(&streamed, &*whole, "op {:?}", op);
    prop_assert_eq!(stream_report, whole_report);
    Ok(())
}

fn chunk_sizes() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(prop_oneof![1usize..8, 8usize..200, 200usize..5000], 1..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn stream_equals_whole_for_any_chunking(
        text in long_chat_text(),
        sizes in chunk_sizes(),
        op in prop::sample::select(OPERATORS),
    ) {
        stream_matches_whole(op, &text, &sizes)?;
    }

    #[test]
    fn session_stream_equals_session_mask(
        texts in prop::collection::vec(long_chat_text(), 1..=2),
        sizes in chunk_sizes(),
    ) {
        // Two sessions see the same messages, one whole, one streamed: same
        // output, same numbering.
        let m = masker_with(Operator::Placeholder);
        let mut whole = m.session();
        let mut streamed = m.session();
        for text in &texts {
            let want = whole.mask(text).into_owned();
            let mut s = streamed.stream();
            let mut got = String::new();
            for chunk in split_by_sizes(text.as_bytes(), &sizes) {
                got += &s.push_bytes(chunk);
            }
            got += &s.finish();
            prop_assert_eq!(got, want);
        }
        prop_assert_eq!(whole.placeholders(), streamed.placeholders());
    }

    #[test]
    fn stream_restore_equals_whole_restore(
        text in long_chat_text(),
        sizes in chunk_sizes(),
    ) {
        let m = masker_with(Operator::Placeholder);
        let mut session = m.session();
        let masked = session.mask(&text).into_owned();
        let whole = session.restore(&masked).unwrap();
        let mut r = session.restorer();
        let mut out = String::new();
        for chunk in split_by_sizes(masked.as_bytes(), &sizes) {
            out += &r.push_bytes(chunk).unwrap();
        }
        out += &r.finish().unwrap();
        prop_assert_eq!(out, whole.text());
    }
}

/// A list of `n` one-time codes after one "OTP": masking removes one code a
/// pass, so five or more do not settle and blank the rest of the text.
fn code_list(n: usize) -> String {
    let codes: Vec<String> = (1..=n).map(|i| (1111 * i).to_string()).collect();
    format!("otp {}", codes.join(", "))
}

/// Long chat text (10–50 KB, so the stages emit while it flows) with values
/// that show only once a neighbour is masked: lists of codes, a card before
/// a unit glued to an email, a password read in a label, UPI ids next to
/// "upi" (vault tokens read as UPI ids); in a third of the texts, one list
/// too long to settle somewhere.
fn cascading_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            8 => chat_text(),
            1 => (1usize..5).prop_map(code_list),
            1 => prop::sample::select(vec![
                "5300000000000006 kg@aaa.com",
                "mera upi 7741702733@okaxis hai",
                "senha: ana@example.com",
                "my otp is 000000 ref 20231129",
            ])
            .prop_map(str::to_owned),
        ],
        120..400,
    );
    (
        pieces,
        prop::option::weighted(0.33, (any::<prop::sample::Index>(), 5usize..8)),
    )
        .prop_map(|(mut parts, long)| {
            if let Some((at, n)) = long {
                let i = at.index(parts.len());
                parts.insert(i, code_list(n));
            }
            parts.join(" ")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn stream_equals_whole_when_later_passes_mask_or_blank(
        text in cascading_text(),
        sizes in chunk_sizes(),
        op in prop::sample::select(OPERATORS),
    ) {
        stream_matches_whole(op, &text, &sizes)?;
    }
}

proptest! {
    #[test]
    fn stream_equals_whole_for_short_texts(
        text in chat_text(),
        cuts in prop::collection::vec(any::<usize>(), 0..24),
        op in prop::sample::select(OPERATORS),
    ) {
        let m = warmed_masker(op, &text);
        let chunks = split_at_points(text.as_bytes(), &cuts);
        prop_assert_eq!(stream_bytes(&m, &chunks).0, m.mask(&text));
    }

    #[test]
    fn stream_equals_whole_with_small_str_chunks(
        text in chat_text(),
        size in 1usize..20,
    ) {
        let m = masker_with(Operator::Placeholder);
        let mut s = m.stream();
        let mut out = String::new();
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let mut cut = size.min(rest.len());
            while !rest.is_char_boundary(cut) { cut += 1; }
            let (head, tail) = rest.split_at(cut);
            out += &s.push(head);
            rest = tail;
        }
        out += &s.finish();
        prop_assert_eq!(out, m.mask(&text));
    }
}

#[test]
fn stream_with_custom_dictionary_kind() {
    let scanner = bowline_mask::Scanner::builder()
        .dictionary("vip", ["Ana Souza"])
        .build()
        .unwrap();
    let mut policy = MaskPolicy::new();
    policy.default_operator(Operator::Placeholder);
    let m = Masker::new(&scanner, policy).unwrap();
    let vip = scanner.custom_kind("vip").unwrap();
    let text = "falei com ana souza e depois com ANA SOUZA.";
    let (whole, report) = m.mask_with_report(text);
    assert_eq!(whole, "falei com <VIP_1> e depois com <VIP_1>.");
    assert_eq!(report.count(vip), 2);
    for size in 1..text.len() {
        let chunks: Vec<&[u8]> = text.as_bytes().chunks(size).collect();
        assert_eq!(stream_bytes(&m, &chunks).0, whole);
    }
}

#[test]
fn hold_back_bound_is_the_documented_one() {
    let scanner = super::masking::scanner();
    let (l, r) = (scanner.max_finding_len(), scanner.reach());
    // Five stages: the first waits for 2H bytes, the three next for H + 4,
    // and the last one for H + B + 4, where B = L + 2(R + 2L) is how far
    // back it may blank.
    let b = l + 2 * (r + 2 * l);
    let bound = |h: usize| 2 * h + 3 * (h + 4) + (h + b + 4) + 3;
    let label = masker_with(Operator::Label).stream();
    assert_eq!(label.max_held_back(), bound(l + r));
    // Placeholders also wait for a placeholder-shaped text (at most 107 bytes).
    let placeholder = masker_with(Operator::Placeholder).stream();
    assert_eq!(placeholder.max_held_back(), bound(l + r + 107));
    assert!(placeholder.max_held_back() < 31_000);
}
