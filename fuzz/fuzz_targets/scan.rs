//! Scanning any text: findings lie on char boundaries, are sorted, do not
//! overlap and are no longer than the scanner's bound.
#![no_main]

use std::sync::OnceLock;

use bowline_mask::Scanner;
use libfuzzer_sys::fuzz_target;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new().expect("default catalogue builds"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let s = scanner();
    let mut prev_end = 0;
    for f in s.find_iter(text) {
        assert!(f.start() < f.end() && f.end() <= text.len());
        assert!(text.is_char_boundary(f.start()) && text.is_char_boundary(f.end()));
        assert!(f.start() >= prev_end, "findings overlap or are unsorted");
        assert!(f.len() <= s.max_finding_len());
        assert!(f.text_in(text).is_some());
        prev_end = f.end();
    }
});
