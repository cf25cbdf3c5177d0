//! Scanning text without findings does not allocate.
//!
//! `allocation-counter` replaces the global allocator of this test binary
//! and counts the allocations of the current thread only.

use bowline_mask::Scanner;

#[test]
fn clean_text_does_not_allocate() {
    let scanner = Scanner::new().unwrap();
    let texts = [
        "hi, I want to know the status of my order 😀",
        "Olá, tudo bem? Paguei R$ 1.234,56 ontem às 10:30 e o pedido 123456789 não chegou",
        "नमस्ते, मेरा खाता बंद हो गया है क्या?",
        "مرحبا، أريد أن أعرف رصيدي من فضلك ٢٠٢٤",
        "Halo kak, pesanan saya belum sampai, no resi JP1234567890",
        "app version 2.13.4 build 20240611, timestamp 1748285671011",
        "",
        "card ending 1234, order 4111111111111112",
        "my password is wrong again",
        // Generic number words and digits read out as words.
        "9876543210 itu nomor pesanan saya, kok belum dikirim",
        "the code is one two three, I counted",
        "ticket number 9123456780 was closed",
        "does the card work in Singapore? going 12-20 May",
        "account statement for FY 2023-24 please",
    ];
    for text in texts {
        // Warm up anything lazily initialized.
        let _ = scanner.find_all(text);
        let mut n = 0;
        let info = allocation_counter::measure(|| {
            for _ in 0..10 {
                n += scanner.find_iter(text).count();
                n += scanner.find_all(text).len();
            }
        });
        assert_eq!(n, 0, "expected no findings in {text:?}");
        assert_eq!(info.count_total, 0, "scanning {text:?} allocated");
    }
}

#[test]
fn findings_do_allocate_only_their_vector() {
    let scanner = Scanner::new().unwrap();
    let text = "cartão 4111 1111 1111 1111";
    let _ = scanner.find_all(text);
    let info = allocation_counter::measure(|| {
        assert_eq!(scanner.find_all(text).len(), 1);
    });
    assert!(info.count_total >= 1);
}
