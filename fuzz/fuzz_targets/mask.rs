//! Masking any text with each operator: no panic, idempotent, nothing of a
//! masked kind left, report spans consistent, restore never fails.
#![no_main]

use std::sync::{Arc, OnceLock};

use bowline_mask::{InMemoryVault, MaskPolicy, Masker, Operator, Scanner, TokenKey};
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

fn maskers() -> &'static Vec<Masker> {
    static M: OnceLock<Vec<Masker>> = OnceLock::new();
    M.get_or_init(|| {
        let scanner = Scanner::new().expect("default catalogue builds");
        OPERATORS
            .iter()
            .map(|&op| {
                let mut policy = MaskPolicy::new();
                policy.default_operator(op);
                Masker::builder()
                    .policy(policy)
                    .token_key(TokenKey::new(&[7; 32]).expect("32-byte key"))
                    .vault(Arc::new(InMemoryVault::new()))
                    .build(&scanner)
                    .expect("policy is valid")
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let masker = &maskers()[usize::from(selector) % OPERATORS.len()];
    let (once, report) = masker.mask_with_report(text);
    assert_eq!(masker.mask(&once), once, "masking is not idempotent");
    assert!(
        masker.scanner().find_iter(&once).next().is_none(),
        "masked text still has a finding"
    );
    for r in report.replacements() {
        assert!(text.get(r.input()).is_some() && once.get(r.output()).is_some());
    }
    let _ = masker
        .restore(&once)
        .expect("in-memory vault does not fail");
});
