//! Property tests: no panics, offsets on char boundaries, sorted and
//! non-overlapping findings, and locality (the result does not depend on
//! text beyond `Scanner::reach`).

#![expect(clippy::unwrap_used, reason = "test helpers")]

use std::sync::OnceLock;

use bowline_mask::{Finding, Scanner, char_offset, utf16_offset};
use proptest::prelude::*;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new().unwrap())
}

/// Pieces of chat: PII, look-alikes, keywords, separators, digits of other
/// scripts, emoji and random text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("4111 1111 1111 1111".to_owned()),
        Just("5555555555554444".to_owned()),
        Just("DE89 3704 0044 0532 0130 00".to_owned()),
        Just("529.982.247-25".to_owned()),
        Just("ravi.k@okaxis".to_owned()),
        Just("ana@example.com".to_owned()),
        Just("+55 11 98765-4321".to_owned()),
        Just("2345 6789 0124".to_owned()),
        Just("٤١١١ ١١١١ ١١١١ ١١١١".to_owned()),
        Just("४९८४ ६७३९ २०४८".to_owned()),
        Just("cvv".to_owned()),
        Just("otp".to_owned()),
        Just("conta".to_owned()),
        Just("senha".to_owned()),
        Just("pedido".to_owned()),
        Just("ending".to_owned()),
        Just("R$".to_owned()),
        Just("date of birth".to_owned()),
        Just("12/27".to_owned()),
        Just("😀".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{b7}".to_owned()),
        Just("six".to_owned()),
        Just("dua".to_owned()),
        Just("nomor".to_owned()),
        Just("number".to_owned()),
        Just("\n".to_owned()),
        Just(" ".to_owned()),
        Just("-".to_owned()),
        Just(".".to_owned()),
        Just("@".to_owned()),
        Just("#".to_owned()),
        "[0-9]{1,20}",
        "[0-9 .\\-/]{1,30}",
        "[A-Za-z]{1,12}",
        "[A-Z0-9]{8,20}",
        "\\PC{1,10}",
    ]
}

/// Text that turns on a whole-text check: the bytes and words the scanner
/// looks for before it runs a pass over the whole message.
fn far_trigger() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("/".to_owned()),
        Just(" / ".to_owned()),
        Just("?".to_owned()),
        Just("|".to_owned()),
        Just("\n".to_owned()),
        Just("؟".to_owned()),
        Just(". Customer: ok".to_owned()),
        Just("Agent: hi\nCustomer: ".to_owned()),
        Just("@six".to_owned()),
        Just("user/Pass@123".to_owned()),
        Just("password".to_owned()),
        Just("senha".to_owned()),
        Just("contraseña".to_owned()),
        Just("pin".to_owned()),
        Just("Zé2024".to_owned()),
        Just("Qwerty!9".to_owned()),
        Just("login".to_owned()),
        Just("ek do teen".to_owned()),
        Just("six six".to_owned()),
        Just("otp".to_owned()),
        "[A-Za-z0-9!@#]{6,12}",
    ]
}

/// Keywords back to back: more occurrences than a keyword list keeps.
fn crowded() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "otp",
            "card",
            "cvv",
            "conta",
            "pix",
            "iban",
            "código",
            "a/c",
            "sort code",
            "pin",
            "ifsc",
            "rekening",
            "رقم",
            "खाता",
            "account",
            "tgl lahir",
            "ref",
            "pedido",
        ]),
        100..300,
    )
    .prop_map(|v| v.join(" "))
}

fn chat() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn check_invariants(s: &Scanner, text: &str, found: &[Finding]) {
    let mut prev_end = 0;
    for f in found {
        assert!(f.start() < f.end(), "empty finding {f:?}");
        assert!(
            text.is_char_boundary(f.start()) && text.is_char_boundary(f.end()),
            "{f:?} not on char boundaries of {text:?}"
        );
        assert!(f.end() <= text.len());
        assert!(
            f.start() >= prev_end,
            "findings overlap or are unsorted: {found:?}"
        );
        assert!(
            f.len() <= s.max_finding_len(),
            "{f:?} longer than max_finding_len"
        );
        assert!(f.text_in(text).is_some());
        prev_end = f.end();
    }
}

/// Neutral filler longer than the scanner's reach.
fn filler(s: &Scanner) -> String {
    "zzzz ".repeat(s.reach() / 5 + 1)
}

/// The findings in `t` inside `lo + shift .. hi + shift`, as start, end
/// and kind with `shift` taken off.
fn found_in(
    s: &Scanner,
    t: &str,
    lo: usize,
    hi: usize,
    shift: usize,
) -> Vec<(usize, usize, String)> {
    s.find_all(t)
        .into_iter()
        .filter(|f| f.start() >= lo + shift && f.end() <= hi + shift)
        .map(|f| (f.start() - shift, f.end() - shift, f.kind().to_string()))
        .collect()
}

proptest! {
    #[test]
    fn any_string_is_fine(text in any::<String>()) {
        let s = scanner();
        let found = s.find_all(&text);
        check_invariants(s, &text, &found);
        prop_assert_eq!(s.find_iter(&text).collect::<Vec<_>>(), found);
    }

    #[test]
    fn chat_like_text_is_fine(text in chat()) {
        let s = scanner();
        let found = s.find_all(&text);
        check_invariants(s, &text, &found);
    }

    #[test]
    fn locality(core in chat(), left in chat(), right in chat()) {
        // Findings inside `core` must not change when arbitrary text is
        // added beyond `reach` bytes of neutral filler on either side.
        let s = scanner();
        let filler = filler(s);
        let near = format!("{filler}{core}{filler}");
        let far = format!("{left} {filler}{core}{filler} {right}");
        let (lo, hi) = (filler.len(), filler.len() + core.len());
        prop_assert_eq!(found_in(s, &near, lo, hi, 0), found_in(s, &far, lo, hi, left.len() + 1));
    }

    #[test]
    fn far_prefilter_triggers_change_nothing(core in chat(), far in prop::collection::vec(far_trigger(), 1..4)) {
        // Some checks are skipped when the whole text lacks a byte or a
        // keyword (a slash, a line break, a question mark, a password
        // word, a handle). Putting exactly those far away must not change
        // what is found in `core`.
        let s = scanner();
        let filler = filler(s);
        let far = far.concat();
        let near = format!("{filler}{core}{filler}");
        let both = format!("{far} {filler}{core}{filler} {far}");
        let (lo, hi) = (filler.len(), filler.len() + core.len());
        prop_assert_eq!(found_in(s, &near, lo, hi, 0), found_in(s, &both, lo, hi, far.len() + 1));
    }

    #[test]
    fn short_texts_are_local_too(
        core in chat(),
        tail in prop_oneof![chat(), crowded()],
        before in any::<bool>(),
    ) {
        // Texts of up to 4 KiB have their keywords found once for the whole
        // text; a text crowded with keywords far from `core` (more than one
        // list keeps) must not change what is found in it either.
        let s = scanner();
        let filler = filler(s);
        let room = 4096usize.saturating_sub(core.len() + filler.len() + 1);
        let mut cut = tail.len().min(room);
        while !tail.is_char_boundary(cut) {
            cut -= 1;
        }
        let tail = tail.get(..cut).unwrap_or("");
        let (near, far, shift) = if before {
            (format!("{filler}{core}"), format!("{tail} {filler}{core}"), tail.len() + 1)
        } else {
            (format!("{core}{filler}"), format!("{core}{filler} {tail}"), 0)
        };
        let lo = if before { filler.len() } else { 0 };
        let hi = lo + core.len();
        prop_assert_eq!(found_in(s, &near, lo, hi, 0), found_in(s, &far, lo, hi, shift));
    }

    #[test]
    fn offset_conversions_agree_with_std(text in "\\PC{0,40}", cut in 0usize..200) {
        let cut = cut.min(text.len());
        if text.is_char_boundary(cut) {
            let head = text.get(..cut).unwrap();
            prop_assert_eq!(char_offset(&text, cut), Some(head.chars().count()));
            prop_assert_eq!(utf16_offset(&text, cut), Some(head.encode_utf16().count()));
        } else {
            prop_assert_eq!(char_offset(&text, cut), None);
            prop_assert_eq!(utf16_offset(&text, cut), None);
        }
    }

    #[test]
    fn digits_of_any_script_read_alike(text in chat(), script in 0usize..SCRIPTS.len()) {
        // The same text with its ASCII digits typed in another script
        // ("٤١١١", "४१११", "４１１１") holds the same findings, at the same
        // character offsets, with the same kinds and confidences.
        same_by_chars(&text, &in_script(&text, script))?;
    }

    #[test]
    fn spaces_and_dashes_of_any_width_read_alike(text in chat(), k in 0usize..4) {
        // No-break, narrow, thin and figure spaces, and the Unicode hyphens
        // and dashes, group digits and words as their ASCII forms do.
        same_by_chars(&text, &wide_separators(&text, k))?;
    }

    #[test]
    fn direction_marks_around_numbers_change_nothing(text in chat(), k in 0usize..4) {
        // Chat apps wrap numbers in right-to-left text in invisible marks
        // ("\u{200e}+971 50 123 4567\u{200e}"); zero-width spaces and
        // joiners come with copied text. The same values are found, and no
        // finding starts or ends with a mark.
        let s = scanner();
        let other = marked(&text, k);
        let found = s.find_all(&other);
        check_invariants(s, &other, &found);
        for f in &found {
            let t = f.text_in(&other).unwrap();
            prop_assert!(!t.starts_with(MARKS) && !t.ends_with(MARKS), "{:?} in {:?}", t, other);
        }
        prop_assert_eq!(by_text(s, &text), by_text(s, &other));
    }

    #[test]
    fn double_spaces_read_as_one(text in chat()) {
        // "sort  code", "account  number": two spaces typed for one.
        // (Runs of spaces of any width in the generated text are squashed
        // to one space first rather than rejected: at thousands of cases
        // the rejects would abort the run. A run of two or three, " \u{a0} ",
        // doubled would be one of four or more, which reads as a table's
        // columns apart.)
        let mut squashed = String::with_capacity(text.len());
        let mut run = String::new();
        for c in text.chars() {
            if c != '\n' && c != '\r' && c.is_whitespace() {
                run.push(c);
                continue;
            }
            match run.chars().count() {
                0 => {}
                1 => squashed.push_str(&run),
                _ => squashed.push(' '),
            }
            run.clear();
            squashed.push(c);
        }
        match run.chars().count() {
            0 => {}
            1 => squashed.push_str(&run),
            _ => squashed.push(' '),
        }
        let text = squashed;
        same_by_text(&text, &text.replace(' ', "  "), |t| t.replace("  ", " "))?;
    }

    #[test]
    fn crlf_line_ends_read_as_lf(text in chat()) {
        prop_assume!(!text.contains('\r'));
        same_by_text(&text, &text.replace('\n', "\r\n"), |t| t.replace('\r', ""))?;
    }

    #[test]
    fn separators_do_not_panic(sep in "[ .\\-/()\u{a0}\u{2009}\u{202f}\n]{1,4}", n in 1usize..60) {
        let text = std::iter::repeat_n("12", n).collect::<Vec<_>>().join(&sep);
        let s = scanner();
        let found = s.find_all(&text);
        check_invariants(s, &text, &found);
    }
}

/// The zero of each digit script a user may type instead of ASCII:
/// Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai and
/// full-width.
const SCRIPTS: [char; 6] = ['٠', '۰', '०', '০', '๐', '０'];

/// `text` with every ASCII digit written in script `k` of [`SCRIPTS`].
fn in_script(text: &str, k: usize) -> String {
    let zero = u32::from(*SCRIPTS.get(k % SCRIPTS.len()).unwrap());
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap(),
            _ => c,
        })
        .collect()
}

/// `text` with its spaces and hyphens written as Unicode variants `k`.
fn wide_separators(text: &str, k: usize) -> String {
    let spaces = ['\u{a0}', '\u{202f}', '\u{2009}', '\u{2007}'];
    let dashes = ['\u{2010}', '\u{2011}', '\u{2013}', '\u{2012}'];
    text.chars()
        .map(|c| match c {
            ' ' => *spaces.get(k % spaces.len()).unwrap(),
            '-' => *dashes.get(k % dashes.len()).unwrap(),
            _ => c,
        })
        .collect()
}

/// Invisible marks the scanner reads as nothing.
const MARKS: [char; 6] = [
    '\u{200e}', '\u{200f}', '\u{200b}', '\u{2066}', '\u{feff}', '\u{202a}',
];

/// `text` with mark `k` of [`MARKS`] before and after every run of digits.
fn marked(text: &str, k: usize) -> String {
    let mark = *MARKS.get(k % MARKS.len()).unwrap();
    let mut out = String::new();
    let mut in_run = false;
    for c in text.chars() {
        let digit = c.is_ascii_digit();
        if digit != in_run {
            out.push(mark);
            in_run = digit;
        }
        out.push(c);
    }
    if in_run {
        out.push(mark);
    }
    out
}

/// The findings of `text` as (kind, confidence, text without marks).
fn by_text(s: &Scanner, text: &str) -> Vec<(String, String, String)> {
    s.find_all(text)
        .iter()
        .map(|f| {
            (
                s.kind_name(f.kind()).to_owned(),
                f.confidence().to_string(),
                f.text_in(text).unwrap().replace(MARKS, ""),
            )
        })
        .collect()
}

/// Checks that `other`, `text` typed another way, holds valid findings and
/// the same ones as `text` at the same character offsets.
fn same_by_chars(text: &str, other: &str) -> Result<(), TestCaseError> {
    let s = scanner();
    check_invariants(s, other, &s.find_all(other));
    prop_assert_eq!(by_chars(s, text), by_chars(s, other));
    Ok(())
}

/// Checks that `other`, `text` typed another way, holds valid findings and
/// the same ones as `text`, their texts compared through `norm`.
fn same_by_text(
    text: &str,
    other: &str,
    norm: impl Fn(&str) -> String,
) -> Result<(), TestCaseError> {
    let s = scanner();
    check_invariants(s, other, &s.find_all(other));
    let normed = |v: Vec<(String, String, String)>| {
        v.into_iter()
            .map(|(k, c, t)| (k, c, norm(&t)))
            .collect::<Vec<_>>()
    };
    prop_assert_eq!(normed(by_text(s, text)), normed(by_text(s, other)));
    Ok(())
}

/// The findings of `text` as (kind, confidence, first char, char count).
fn by_chars(s: &Scanner, text: &str) -> Vec<(String, String, usize, usize)> {
    s.find_all(text)
        .iter()
        .map(|f| {
            (
                s.kind_name(f.kind()).to_owned(),
                f.confidence().to_string(),
                char_offset(text, f.start()).unwrap(),
                char_offset(text, f.end()).unwrap() - char_offset(text, f.start()).unwrap(),
            )
        })
        .collect()
}

/// Every message of the labelled corpus, its digits typed in each other
/// script, its spaces and hyphens in their Unicode variants or its numbers
/// wrapped in invisible marks, reads as it does in ASCII.
#[test]
fn corpus_reads_alike_in_every_digit_script() {
    let s = scanner();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "jsonl") {
            continue;
        }
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v.get("text").and_then(serde_json::Value::as_str).unwrap();
            if !text.bytes().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let want = by_chars(s, text);
            for k in 0..SCRIPTS.len() {
                assert_eq!(
                    by_chars(s, &in_script(text, k)),
                    want,
                    "{text:?} in script {k}"
                );
            }
            for k in 0..4 {
                assert_eq!(
                    by_chars(s, &wide_separators(text, k)),
                    want,
                    "{text:?} spaced {k}"
                );
            }
            let plain = by_text(s, text);
            for k in 0..MARKS.len() {
                assert_eq!(by_text(s, &marked(text, k)), plain, "{text:?} marked {k}");
            }
            n += 1;
        }
    }
    assert!(n > 1000, "only {n} corpus messages hold digits");
}

/// The password search used to be skipped for texts without an ASCII run
/// shaped like a password anywhere, so a handle far away (`@six`) changed
/// what was found next to a password word (found by `locality`).
#[test]
fn password_search_does_not_depend_on_far_text() {
    let s = scanner();
    let filler = filler(s);
    let core = "senha😀R$४९८४ ६७३९ २०४८";
    let near = format!("{filler}{core}{filler}");
    let far = format!(" {filler}{core}{filler} @six");
    let hi = filler.len() + core.len();
    assert_eq!(found_in(s, &near, 0, hi, 0), found_in(s, &far, 0, hi, 1));
}

/// A short text's keyword list is found once for the whole text and holds
/// a bounded number of occurrences. When keywords far away filled it, the
/// checks that need a complete list gave up, and a card number next to
/// nothing but neutral filler read differently (found by
/// `short_texts_are_local_too`; a stream masked a code as a sort code
/// because of it, by `stream_equals_whole_when_later_passes_mask_or_blank`).
#[test]
fn keywords_crowding_a_short_text_far_away_change_nothing() {
    let s = scanner();
    let filler = filler(s);
    let core = "4111 1111 1111 1111";
    let crowd = "otp ".repeat(120);
    let near = format!("{core}{filler}");
    let far = format!("{core}{filler} {crowd}");
    assert!(far.len() <= 4096, "the short-text path: {}", far.len());
    let card = |t: &str| found_in(s, t, 0, core.len(), 0);
    assert_eq!(card(&near), vec![(0, 19, "card_number".to_owned())]);
    assert_eq!(card(&far), card(&near));
}
