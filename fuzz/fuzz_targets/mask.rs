//! Masking any text with each operator: no panic, idempotent (masking masked
//! text changes nothing), nothing of a masked kind left but inside the
//! masker's own vault tokens, report spans consistent, restore never fails.
#![no_main]

use std::sync::{Arc, OnceLock};

use bowline_mask::{InMemoryVault, MaskPolicy, Masker, Operator, Scanner, TokenKey, TokenVault};
use libfuzzer_sys::fuzz_target;

const OPERATORS: [Operator; 7] = [
    Operator::Remove,
    Operator::Label,
    Operator::Placeholder,
    Operator::Partial { first: 6, last: 4 },
    Operator::Fixed('*'),
    Operator::KeyedToken,
    Operator::Vault,
];

fn maskers() -> &'static Vec<(Masker, Arc<InMemoryVault>)> {
    static M: OnceLock<Vec<(Masker, Arc<InMemoryVault>)>> = OnceLock::new();
    M.get_or_init(|| {
        let scanner = Scanner::new().expect("default catalogue builds");
        OPERATORS
            .iter()
            .map(|&op| {
                let mut policy = MaskPolicy::new();
                policy.default_operator(op);
                let vault = Arc::new(InMemoryVault::new());
                let masker = Masker::builder()
                    .policy(policy)
                    .token_key(TokenKey::new(&[7; 32]).expect("32-byte key"))
                    .vault(vault.clone())
                    .build(&scanner)
                    .expect("policy is valid");
                (masker, vault)
            })
            .collect()
    })
}

/// True if `span` lies strictly inside a vault token `<STEM@token>` of
/// `text` that `vault` issued (the scanner may read `STEM@token` as a UPI
/// id; masking leaves its own tokens alone).
fn inside_own_vault_token(text: &str, span: std::ops::Range<usize>, vault: &InMemoryVault) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let (Some(open), Some(close)) = (before.rfind('<'), after.find('>')) else {
        return false;
    };
    let Some((stem, token)) = text
        .get(open + 1..span.end + close)
        .and_then(|s| s.split_once('@'))
    else {
        return false;
    };
    !stem.is_empty()
        && stem.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        && matches!(vault.detokenize(token), Ok(Some(_)))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (masker, vault) = &maskers()[usize::from(selector) % OPERATORS.len()];
    let (once, report) = masker.mask_with_report(text);
    let twice = masker.mask(&once);
    assert!(
        matches!(twice, std::borrow::Cow::Borrowed(_)) && twice == once,
        "masking is not idempotent"
    );
    assert!(
        masker
            .scanner()
            .find_iter(&once)
            .all(|f| inside_own_vault_token(&once, f.range(), vault)),
        "masked text still has a finding"
    );
    let (mut input_end, mut output_end) = (0, 0);
    for r in report.replacements() {
        assert!(text.get(r.input()).is_some() && once.get(r.output()).is_some());
        assert!(r.input().start >= input_end && r.output().start >= output_end);
        (input_end, output_end) = (r.input().end, r.output().end);
    }
    let _ = masker
        .restore(&once)
        .expect("in-memory vault does not fail");
});
