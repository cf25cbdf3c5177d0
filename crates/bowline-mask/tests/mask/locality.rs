//! Locality: what the scanner reports inside a message does not depend on
//! text more than [`Scanner::reach`] bytes away from it.
//!
//! Each message is scanned after (and before) a bridge of plain words longer
//! than the reach, behind which lies either a busy chat (questions, keywords,
//! values of many kinds, digits read out) or a quiet line. The findings inside
//! the message must be the same either way: a reading that asks whether
//! something holds anywhere in the text, rather than near the value, fails
//! here.

use bowline_mask::Scanner;

/// Text full of what readings look for: questions, transcript turns, words
/// of many kinds, values found by their checks, digits and letters said
/// aloud, a typed expiry, a Devanagari full stop before a customer's label.
const BUSY: &str = "Agent: can you share your account number and OTP? | ref 4521 / 7788\n\
    Customer: sure it is one two three four five six\n\
    Bot: اكتب رقم الحساب؟\n\
    ~Mei: my card 4111 1111 1111 1111 exp 09/27 cvv 123. Customer: ok\n\
    कृपया जन्मतिथि बताइए। ग्राहक: 9876543210\n\
    refer a friend, password: Hunter2!x, upi id pooja dot nair at ybl, mail a at b dot com\n\
    [12/03/2025, 10:14:22] Ravi: aadhaar 2345 6789 0123 pls confirm?\n";

/// Text with nothing in it.
const QUIET: &str = "hello there, thanks\n";

/// Plain words, a little longer than the scanner's reach.
fn bridge(scanner: &Scanner) -> String {
    let unit = "nice weather today and the team said hello again. ";
    let mut s = String::new();
    while s.len() < scanner.reach() + 64 {
        s.push_str(unit);
    }
    s.push('\n');
    s
}

type Seen = Vec<(String, usize, usize, String)>;

/// The findings inside `text` when scanned as `before + text + after`, at
/// offsets into `text`.
fn inside(scanner: &Scanner, before: &str, text: &str, after: &str) -> Seen {
    let full = format!("{before}{text}{after}");
    let (lo, hi) = (before.len(), before.len() + text.len());
    scanner
        .find_all(&full)
        .into_iter()
        .filter(|f| f.start() >= lo && f.end() <= hi)
        .map(|f| {
            (
                scanner.kind_name(f.kind()).to_owned(),
                f.start() - lo,
                f.end() - lo,
                format!("{:?}", f.confidence()),
            )
        })
        .collect()
}

/// The ways `text`'s findings differ with busy or quiet text far before
/// or after it, described; empty when they do not.
fn far_text_changes(scanner: &Scanner, text: &str) -> Vec<String> {
    let bridge = bridge(scanner);
    let mut out = Vec::new();
    let (busy, quiet) = (format!("{BUSY}{bridge}"), format!("{QUIET}{bridge}"));
    let (a, b) = (
        inside(scanner, &busy, text, ""),
        inside(scanner, &quiet, text, ""),
    );
    if a != b {
        out.push(format!("before {text:?}: busy {a:?}, quiet {b:?}"));
    }
    let (busy, quiet) = (format!("\n{bridge}{BUSY}"), format!("\n{bridge}{QUIET}"));
    let (a, b) = (
        inside(scanner, "", text, &busy),
        inside(scanner, "", text, &quiet),
    );
    if a != b {
        out.push(format!("after {text:?}: busy {a:?}, quiet {b:?}"));
    }
    out
}

/// Messages whose findings once changed with far text, each for its own
/// reason (named in the comment).
#[test]
fn far_text_changes_nothing_known_cases() {
    let scanner = Scanner::new().unwrap();
    let cases = [
        // The spelled pass asked whether the spoken pass had found two digit
        // names, which it skips asking when no value is found anywhere.
        "mi dni es 15 ... dos tres seis 109 n",
        "Gestor: ¿me repite el DNI? Cliente: cinco seis pues, uno siete cinco ... 244 K por favor",
        "el IBAN SA six seven six one five seven seven five oh two oh eight six eight one zero nine six two four seven three ya3ni",
        // The spelled pass read a text with no digit words or letters alone
        // only when a number anywhere had needed the keywords; a letter of
        // a contraction and of "a/c" were letters said alone.
        "yeah hiya, my national insurance number is charlie whiskey 208 273 charlie, you asked for it on the form",
        "رقم الحساب echo golf 428 2700 01 937 691 8447 7139 6994",
        "cliente: mi RFC con homoclave es XEPQ 711 201 CH cero, para la factura",
        "I'm NRI, NRE a/c 91617655678. Wire from UAE IBAN AE07 9584 9688 2267 0637 059 swift ICICINBB stuck",
        // A run of digits read out was read when two digit names stood
        // anywhere in the text, its own second a sound-alike ("to").
        "Need bank certificate for visa, account 3382179953635698, period 15 Sept to 24 May ASAP",
        // A month and year said after a word of expiry were not read when an
        // expiry was typed anywhere in the text.
        "CVV 997 hai aur expiry November twenty eight, ab bata do payment kyu fail hua",
        "card ka number 4509 matlab, 5454 1881 7351 hai aur expiry June 2030 hai, isko block kar do please",
        "ok the three digits on the back are seven six five and the expiry january twenty twenty-nine thanks",
    ];
    let changed: Vec<String> = cases
        .iter()
        .flat_map(|t| far_text_changes(&scanner, t))
        .collect();
    assert!(changed.is_empty(), "{}", changed.join("\n"));
}

/// Asserts that no message of `msgs` changes its findings with far text,
/// listing those that do.
fn assert_far_text_changes_nothing<'a>(
    scanner: &Scanner,
    msgs: impl Iterator<Item = &'a super::accuracy::Message>,
) {
    let changed: Vec<String> = msgs
        .flat_map(|m| {
            far_text_changes(scanner, &m.text)
                .into_iter()
                .map(move |c| format!("{}: {c}", m.id))
        })
        .collect();
    assert!(
        changed.is_empty(),
        "{} changed:\n{}",
        changed.len(),
        changed.join("\n")
    );
}

/// The labelled corpus, every message of it, far from busy and quiet text.
#[test]
fn far_text_changes_nothing_on_the_corpus() {
    let scanner = Scanner::new().unwrap();
    let msgs = super::accuracy::load_dir("testdata/corpus");
    assert!(msgs.len() >= 3_000, "corpus holds {} messages", msgs.len());
    assert_far_text_changes_nothing(&scanner, msgs.iter());
}

/// Every 25th message of the probe sets (whole conversations among
/// them, where readings look furthest), far from busy and quiet text.
#[test]
fn far_text_changes_nothing_on_a_probe_sample() {
    if super::accuracy::probe_sets_left_out() {
        return;
    }
    let scanner = Scanner::new().unwrap();
    let msgs = super::accuracy::load_dir("testdata/probe");
    assert!(
        msgs.len() >= 400_000,
        "probe sets hold {} messages",
        msgs.len()
    );
    assert_far_text_changes_nothing(&scanner, msgs.iter().step_by(25));
}
