//! Context keywords: the multilingual keyword tables, matched with one
//! keyword trie (`trie.rs`) only in a bounded window around a candidate.

use crate::kind::PiiKind;
use crate::scanner::engine::corrects;
use crate::scanner::text::{
    at, contains_ci, digit_at, digit_within, ends_with_ci, is_alnum, latin_letter_at,
    starts_with_ci,
};
use crate::scanner::trie::{TooManyBytes, Trie};

/// Topic bit: negative context (order, tracking, reference, "ending in" ...).
pub(crate) const T_NEG: u64 = 1 << 60;
/// Topic bit: a currency symbol, code or word (amounts).
pub(crate) const T_CUR: u64 = 1 << 61;
/// Topic bit: a generic "number" word; raises confidence of validated kinds.
pub(crate) const T_GEN: u64 = 1 << 62;
/// Topic bit: a generic "code" word: a CVV only for 3 digits or next to a card.
pub(crate) const T_CODE: u64 = 1 << 58;
/// Topic bit: the keyword names what follows as "last digits" (never a full value).
pub(crate) const T_LAST: u64 = 1 << 59;
/// Topic bit: a utility, its bill or its customer number ("DEWA",
/// "electricity", "conta de luz", "consumer no"): an account number it
/// names is the utility's, not a bank's.
pub(crate) const T_UTIL: u64 = 1 << 56;
/// Topic bit: testing ("test card", "sandbox"): a published test card
/// number near it is no customer's.
pub(crate) const T_TEST: u64 = 1 << 55;
/// Topic bit: a word of a postal address ("address", "sector", "nagar"):
/// six digits after "pin" there are a postal PIN code.
pub(crate) const T_ADDR: u64 = 1 << 54;
/// Topic bit: a card authorization or approval word ("autorizaciones",
/// "kode otorisasi"): a generic code word after it in the same clause
/// names the authorization code, not a one-time code.
pub(crate) const T_AUTH: u64 = 1 << 53;
/// Topic bit: a bank's name ("BCA", "CIMB"): it names an account, but a
/// card number valid by brand, length and Luhn after it stays a card.
pub(crate) const T_BANK: u64 = 1 << 52;
/// Topic bit: a word of a short number, an amount ("amount", "limit",
/// "saldo", "fee") or a postal code ("zip", "cep"), always with [`T_NEG`]:
/// it speaks against a number, but not against a card number valid by
/// brand, length and Luhn (no amount or postal code has fifteen digits).
pub(crate) const T_AMT: u64 = 1 << 63;
/// Topic bit: a password trigger word (see [`PASSWORD_TRIGGERS`]); never
/// context of a candidate by itself.
pub(crate) const T_PWT: u64 = 1 << 57;

/// The topic bits of all built-in kinds: every bit below the lowest topic
/// flag ([`T_BANK`]).
pub(crate) const KIND_BITS: u64 = T_BANK - 1;

/// The topic bit of a built-in kind.
pub(crate) const fn kbit(kind: PiiKind) -> u64 {
    match kind.builtin_index() {
        Some(i) => 1u64 << i,
        None => 0,
    }
}

use PiiKind as K;

/// Keywords and what they speak of. Matched ASCII-case-insensitively
/// (non-ASCII keywords also in their lower/upper/title-case forms); ASCII
/// keyword ends must sit on ASCII word boundaries. Leftmost-longest
/// matching lets "código de rastreio" (negative) win over "código" (OTP).
#[rustfmt::skip]
const KEYWORDS: &[(&str, &[PiiKind], u64)] = &[
    // ---- cards
    ("card", &[K::CardNumber, K::CardExpiry], 0),
    ("cards", &[K::CardNumber], 0),
    ("card number", &[K::CardNumber], 0),
    ("cardnumber", &[K::CardNumber], 0),
    ("cardno", &[K::CardNumber], 0),
    ("card no", &[K::CardNumber], 0),
    ("credit card", &[K::CardNumber, K::CardExpiry], 0),
    ("debit card", &[K::CardNumber, K::CardExpiry], 0),
    ("cc", &[K::CardNumber, K::BankAccount], 0),
    // A branch ("ag 3321-8"): its number is no account (see T_NEG below).
    ("ag", &[], T_NEG),
    ("visa", &[K::CardNumber], 0),
    ("mastercard", &[K::CardNumber], 0),
    ("amex", &[K::CardNumber], 0),
    ("diners", &[K::CardNumber], 0),
    ("rupay", &[K::CardNumber], 0),
    ("elo", &[K::CardNumber], 0),
    ("cartão", &[K::CardNumber, K::CardExpiry], 0),
    ("cartao", &[K::CardNumber, K::CardExpiry], 0),
    ("tarjeta", &[K::CardNumber, K::CardExpiry], 0),
    ("kartu", &[K::CardNumber, K::CardExpiry], 0),
    ("kartu kredit", &[K::CardNumber, K::CardExpiry], 0),
    ("kartu debit", &[K::CardNumber, K::CardExpiry], 0),
    ("कार्ड", &[K::CardNumber, K::CardExpiry], 0),
    ("بطاقة", &[K::CardNumber, K::CardExpiry], 0),
    ("البطاقة", &[K::CardNumber, K::CardExpiry], 0),
    ("الكارت", &[K::CardNumber, K::CardExpiry], 0),
    ("crédito", &[K::CardNumber], 0),
    ("credito", &[K::CardNumber], 0),
    // A company's registered name, no social security ("razão social
    // ACME LTDA, inscrição estadual 114.287.331"): keywords of no topic.
    ("razão social", &[], 0),
    ("razao social", &[], 0),
    ("razón social", &[], 0),
    ("razon social", &[], 0),
    // A loan, not a card ("el código para firmar el contrato del crédito
    // es 4819", "a parcela do crédito"): keywords of no topic.
    ("del crédito", &[], 0),
    ("del credito", &[], 0),
    ("el crédito", &[], 0),
    ("el credito", &[], 0),
    ("su crédito", &[], 0),
    ("su credito", &[], 0),
    ("tu crédito", &[], 0),
    ("tu credito", &[], 0),
    ("un crédito", &[], 0),
    ("un credito", &[], 0),
    ("do crédito", &[], 0),
    ("do credito", &[], 0),
    ("o crédito", &[], 0),
    ("o credito", &[], 0),
    ("seu crédito", &[], 0),
    ("seu credito", &[], 0),
    ("um crédito", &[], 0),
    ("um credito", &[], 0),
    ("débito", &[K::CardNumber], 0),
    ("debito", &[K::CardNumber], 0),
    // ---- card security code
    ("cvv", &[K::CardSecurityCode], 0),
    ("cvv2", &[K::CardSecurityCode], 0),
    ("cvc", &[K::CardSecurityCode], 0),
    ("cvc2", &[K::CardSecurityCode], 0),
    ("cid", &[K::CardSecurityCode], 0),
    ("csc", &[K::CardSecurityCode], 0),
    ("security code", &[K::CardSecurityCode, K::Otp], 0),
    ("código de segurança", &[K::CardSecurityCode, K::Otp], 0),
    ("codigo de segurança", &[K::CardSecurityCode, K::Otp], 0),
    ("codigo de seguranca", &[K::CardSecurityCode, K::Otp], 0),
    ("cód. segurança", &[K::CardSecurityCode], 0),
    ("código de seguridad", &[K::CardSecurityCode, K::Otp], 0),
    ("codigo de seguridad", &[K::CardSecurityCode, K::Otp], 0),
    ("kode keamanan", &[K::CardSecurityCode, K::Otp], 0),
    ("3 digits", &[K::CardSecurityCode], 0),
    // "CVV" spelled out in Arabic letters.
    ("سي في في", &[K::CardSecurityCode], 0),
    ("3 digit", &[K::CardSecurityCode], 0),
    // Spelled out or dictated ("the c v v is 218", "the 3 numbers are 062").
    ("c v v", &[K::CardSecurityCode], 0),
    ("c.v.v", &[K::CardSecurityCode], 0),
    ("c v c", &[K::CardSecurityCode], 0),
    ("3 numbers", &[K::CardSecurityCode], 0),
    ("three numbers", &[K::CardSecurityCode], 0),
    ("three digits", &[K::CardSecurityCode], 0),
    ("rückseite", &[K::CardSecurityCode], 0),
    ("três dígitos", &[K::CardSecurityCode], 0),
    ("3 dígitos", &[K::CardSecurityCode], 0),
    ("digits on the back", &[K::CardSecurityCode], 0),
    ("digits on back", &[K::CardSecurityCode], 0),
    ("digits at the back", &[K::CardSecurityCode], 0),
    ("code on back", &[K::CardSecurityCode], 0),
    ("code on the back", &[K::CardSecurityCode], 0),
    ("back of the card", &[K::CardSecurityCode], 0),
    // (What is printed there, as people say it: "on the back it says 145",
    // "the security number on the back is 325".)
    ("on the back it says", &[K::CardSecurityCode], 0),
    ("on the back is", &[K::CardSecurityCode], 0),
    ("at the back it says", &[K::CardSecurityCode], 0),
    ("at the back is", &[K::CardSecurityCode], 0),
    ("security number", &[K::CardSecurityCode], 0),
    // Tagalog "at the back" ("nakalagay po sa likod 621").
    ("sa likod", &[K::CardSecurityCode], 0),
    ("sa likod ng card", &[K::CardSecurityCode], 0),
    // A code that came in a text ("the code from the text 6835", "I got
    // 5586 by text").
    ("code from the text", &[K::Otp], 0),
    ("code from the sms", &[K::Otp], 0),
    ("by text", &[K::Otp], 0),
    // What a text said ("the text says 284826 do I type it here").
    ("the text says", &[K::Otp], 0),
    ("the text said", &[K::Otp], 0),
    ("the sms says", &[K::Otp], 0),
    ("the sms said", &[K::Otp], 0),
    // A scammer's number a fraud desk reported ("I've reported
    // 7022919463 to our intelligence team").
    ("i've reported", &[K::Phone], 0),
    ("we've reported", &[K::Phone], 0),
    ("i have reported", &[K::Phone], 0),
    // A Brazilian debt agreement's id ("acordo AC15595293") and the
    // Philippine social security number are no accounts nor phones.
    ("acordo ac", &[], T_NEG),
    ("número do acordo", &[], T_NEG),
    ("numero do acordo", &[], T_NEG),
    ("sss number", &[], T_NEG),
    ("sss no", &[], T_NEG),
    ("sss #", &[], T_NEG),
    ("verso do cartão", &[K::CardSecurityCode], 0),
    // "the code on the back": "o código de trás", "el código de atrás".
    ("código de trás", &[K::CardSecurityCode], 0),
    ("codigo de tras", &[K::CardSecurityCode], 0),
    ("código de atrás", &[K::CardSecurityCode], 0),
    ("codigo de atras", &[K::CardSecurityCode], 0),
    // "the (three) numbers on the back" ("Los 3 números de atrás?", "Os 3
    // números atrás do cartão?").
    ("números de atrás", &[K::CardSecurityCode], 0),
    ("numeros de atras", &[K::CardSecurityCode], 0),
    ("números atrás", &[K::CardSecurityCode], 0),
    ("numeros atras", &[K::CardSecurityCode], 0),
    ("números de trás", &[K::CardSecurityCode], 0),
    ("dígitos de atrás", &[K::CardSecurityCode], 0),
    ("digitos de atras", &[K::CardSecurityCode], 0),
    // ---- expiry
    ("exp", &[K::CardExpiry], 0),
    ("expiry", &[K::CardExpiry], 0),
    ("expiry date", &[K::CardExpiry], 0),
    ("صلاحية", &[K::CardExpiry], 0),
    ("الصلاحية", &[K::CardExpiry], 0),
    ("آخر صلاحية", &[K::CardExpiry], 0),
    ("تاريخ الانتهاء", &[K::CardExpiry], 0),
    ("tamat tempoh", &[K::CardExpiry], 0),
    ("tamat", &[K::CardExpiry], 0),
    ("تنتهي", &[K::CardExpiry], 0),
    ("ينتهي", &[K::CardExpiry], 0),
    ("تنتهي في", &[K::CardExpiry], 0),
    ("اللي ورا", &[K::CardSecurityCode], 0),
    ("الرمز اللي ورا", &[K::CardSecurityCode], 0),
    // The code on the back ("والرمز الخلفي 9355", "الأرقام الخلفية").
    ("الرمز الخلفي", &[K::CardSecurityCode], 0),
    ("الرقم الخلفي", &[K::CardSecurityCode], 0),
    ("الكود الخلفي", &[K::CardSecurityCode], 0),
    ("الأرقام الخلفية", &[K::CardSecurityCode], 0),
    ("الارقام الخلفية", &[K::CardSecurityCode], 0),
    ("خلف البطاقة", &[K::CardSecurityCode], 0),
    ("ظهر البطاقة", &[K::CardSecurityCode], 0),
    // Egyptian Arabizi: "el ra2m el 3ala dahr el card" (the number on the
    // back of the card).
    ("dahr el card", &[K::CardSecurityCode], 0),
    ("dahr el kart", &[K::CardSecurityCode], 0),
    ("dahr el karta", &[K::CardSecurityCode], 0),
    ("خلف الكرت", &[K::CardSecurityCode], 0),
    ("ورا الكرت", &[K::CardSecurityCode], 0),
    ("الرمز الأمني", &[K::CardSecurityCode, K::Otp], 0),
    ("رمز تفعيل", &[K::Otp], 0),
    ("netcode", &[K::Otp], 0),
    // Westpac's one-time code ("Your SafeCode is 088 357").
    ("safecode", &[K::Otp], 0),
    ("taree5 meladi", &[K::DateOfBirth], 0),
    ("tare5 meladi", &[K::DateOfBirth], 0),
    ("tare5 miladi", &[K::DateOfBirth], 0),
    ("tari5 meladi", &[K::DateOfBirth], 0),
    ("tarikh meladi", &[K::DateOfBirth], 0),
    ("7esab", &[K::BankAccount], 0),
    ("el 7esab", &[K::BankAccount], 0),
    // (Spelled with an "a": "7asaby ra2m 1549…", "el 7asab".)
    ("7asab", &[K::BankAccount], 0),
    ("7asabi", &[K::BankAccount], 0),
    ("7asaby", &[K::BankAccount], 0),
    ("el 7asab", &[K::BankAccount], 0),
    ("papara", &[K::BankAccount], 0),
    ("auth token", &[K::ApiKey], 0),
    ("api token", &[K::ApiKey], 0),
    ("webhook secret", &[K::ApiKey], 0),
    ("signing secret", &[K::ApiKey], 0),
    ("consumer key", &[K::ApiKey], 0),
    ("consumer secret", &[K::ApiKey], 0),
    ("passkey", &[K::ApiKey], 0),
    ("tarikh luput", &[K::CardExpiry], 0),
    ("expires", &[K::CardExpiry], 0),
    // Said of a card ("it runs out oh four twenty-nine").
    ("runs out", &[K::CardExpiry], 0),
    ("expired", &[K::CardExpiry], 0),
    // An app's error, not a card ("Session expired (code 401)").
    ("session expired", &[], T_NEG),
    ("session expires", &[], T_NEG),
    ("session has expired", &[], T_NEG),
    ("expiration", &[K::CardExpiry], 0),
    ("exp date", &[K::CardExpiry], 0),
    ("valid thru", &[K::CardExpiry], 0),
    ("validity", &[K::CardExpiry], 0),
    ("valid till", &[K::CardExpiry], 0),
    ("valid until", &[K::CardExpiry], 0),
    ("validade", &[K::CardExpiry], 0),
    ("vencimento", &[K::CardExpiry], 0),
    ("vence", &[K::CardExpiry], 0),
    ("venceu", &[K::CardExpiry], 0),
    ("venció", &[K::CardExpiry], 0),
    ("vencia", &[K::CardExpiry], 0),
    ("vencía", &[K::CardExpiry], 0),
    ("vencido", &[K::CardExpiry], 0),
    ("vencida", &[K::CardExpiry], 0),
    ("caducó", &[K::CardExpiry], 0),
    ("caducada", &[K::CardExpiry], 0),
    ("vencimiento", &[K::CardExpiry], 0),
    ("vigencia", &[K::CardExpiry], 0),
    ("válido até", &[K::CardExpiry], 0),
    ("valido ate", &[K::CardExpiry], 0),
    ("válida até", &[K::CardExpiry], 0),
    ("caducidad", &[K::CardExpiry], 0),
    ("fecha de expiración", &[K::CardExpiry], 0),
    ("masa berlaku", &[K::CardExpiry], 0),
    ("masa berlakunya", &[K::CardExpiry], 0),
    ("berlakunya", &[K::CardExpiry], 0),
    ("berlaku", &[K::CardExpiry], 0),
    ("kadaluarsa", &[K::CardExpiry], 0),
    ("mm/yy", &[K::CardExpiry], 0),
    ("انتهاء", &[K::CardExpiry], 0),
    // (With the hamza typed: "تاريخ الإنتهاء".)
    ("إنتهاء", &[K::CardExpiry], 0),
    // "... والـ cvv 228 والتاريخ 12/28": "and the date" in a card's list.
    ("والتاريخ", &[K::CardExpiry], 0),
    ("एक्सपायरी", &[K::CardExpiry], 0),
    // ---- PIN
    ("pin", &[K::CardPin], 0),
    ("pins", &[K::CardPin], 0),
    ("atm pin", &[K::CardPin], 0),
    ("card pin", &[K::CardPin], 0),
    ("upi pin", &[K::CardPin], 0),
    ("mpin", &[K::CardPin], 0),
    ("otps", &[K::Otp], 0),
    ("acno", &[K::BankAccount], 0),
    ("nre", &[K::BankAccount], 0),
    ("nre account", &[K::BankAccount], 0),
    ("nro account", &[K::BankAccount], 0),
    ("खाते", &[K::BankAccount], 0),
    // (Marathi: "माझं खातं 2984164693".)
    ("खातं", &[K::BankAccount], 0),
    // An app's passcode is its PIN; a passcode sent by SMS is an OTP.
    ("app passcode", &[K::CardPin], 0),
    ("passcode for the app", &[K::CardPin], 0),
    ("passcode for app", &[K::CardPin], 0),
    ("passcode for app login", &[K::CardPin], 0),
    ("passcode for the wallet", &[K::CardPin], 0),
    ("passcode for wallet", &[K::CardPin], 0),
    ("login passcode", &[K::CardPin], 0),
    ("my passcode", &[K::CardPin], 0),
    ("mijn pincode", &[K::CardPin], 0),
    ("rmn", &[K::Phone], 0),
    // "📱 9876543210": a phone emoji labels the number after it.
    ("📱", &[K::Phone], 0),
    ("📞", &[K::Phone], 0),
    ("☎", &[K::Phone], 0),
    ("📲", &[K::Phone], 0),
    ("tin", &[K::AuTfn, K::UsItin, K::UsSsn], 0),
    ("nip", &[K::CardPin], 0),
    ("senha do cartão", &[K::CardPin], 0),
    ("senha do cartao", &[K::CardPin], 0),
    ("पिन", &[K::CardPin], 0),
    ("الرقم السري", &[K::CardPin], 0),
    // A temporary secret number is the one-time code sent ("الرقم السري
    // المؤقت اللي وصلني 778784"; Swahili "nambari ya siri ya muda"), or a
    // new card's first PIN, four digits with the card near ("الرقم السري
    // المؤقت لبطاقتك الجديدة هو 7064").
    ("الرقم السري المؤقت", &[K::Otp, K::CardPin], 0),
    ("nambari ya siri ya muda", &[K::Otp, K::CardPin], 0),
    // The personal identification number, spelled out.
    ("رقم التعريف الشخصي", &[K::CardPin], 0),
    // (The verification number: "رقم التحقق 1291 وصلني".)
    ("رقم التحقق", &[K::Otp], 0),
    ("التعريف الشخصي", &[K::CardPin], 0),
    ("رقمي السري", &[K::CardPin], 0),
    ("رقم سري", &[K::CardPin], 0),
    ("رمز pin", &[K::CardPin], 0),
    // ---- OTP / verification codes
    ("otp", &[K::Otp], 0),
    // A transaction's one-time code ("Kode OTP transaksi kartu kredit
    // 170975"): not the transaction's number.
    ("otp transaksi", &[K::Otp], 0),
    ("otp transaction", &[K::Otp], 0),
    ("transaction otp", &[K::Otp], 0),
    ("one time password", &[K::Otp], 0),
    ("one-time password", &[K::Otp], 0),
    ("one time code", &[K::Otp], 0),
    ("token de seguridad", &[K::Otp], 0),
    ("clave token", &[K::Otp], 0),
    ("superclave", &[K::Otp], 0),
    ("digipass", &[K::Otp], 0),
    ("itoken", &[K::Otp], 0),
    ("chave de segurança", &[K::Otp], 0),
    // A code that unlocks a card or an app ("O código de desbloqueio do
    // seu cartão é 1542"): sent once.
    ("código de desbloqueio", &[K::Otp], 0),
    ("codigo de desbloqueio", &[K::Otp], 0),
    ("código de desbloqueo", &[K::Otp], 0),
    ("codigo de desbloqueo", &[K::Otp], 0),
    ("m-token", &[K::Otp], 0),
    ("mtoken", &[K::Otp], 0),
    ("kode aktivasi", &[K::Otp], 0),
    ("mobil onay", &[K::Otp], 0),
    ("onay şifresi", &[K::Otp], 0),
    ("code à usage unique", &[K::Otp], 0),
    ("code d'activation", &[K::Otp], 0),
    ("codice dispositivo", &[K::Otp], 0),
    ("codice di attivazione", &[K::Otp], 0),
    ("codice temporaneo", &[K::Otp], 0),
    ("codice usa e getta", &[K::Otp], 0),
    ("رمز مؤقت", &[K::Otp], 0),
    ("كود مؤقت", &[K::Otp], 0),
    ("الرمز المؤقت", &[K::Otp], 0),
    ("ओटीपी कोड", &[K::Otp], 0),
    ("kode otpnya", &[K::Otp], 0),
    ("kode verifikasinya", &[K::Otp], 0),
    ("otp nya", &[K::Otp], 0),
    ("otp kodum", &[K::Otp], 0),
    ("otp kodunuz", &[K::Otp], 0),
    ("verification pin", &[K::Otp], 0),
    ("código de acceso", &[K::Otp], 0),
    ("código de un solo uso", &[K::Otp], 0),
    ("código único", &[K::Otp], 0),
    ("6 digit code", &[K::Otp], 0),
    ("6-digit code", &[K::Otp], 0),
    ("6 digit otp", &[K::Otp], 0),
    ("code à 6 chiffres", &[K::Otp], 0),
    ("codice a 6 cifre", &[K::Otp], 0),
    ("kode 6 digit", &[K::Otp], 0),
    ("6 haneli kod", &[K::Otp], 0),
    ("6 haneli şifre", &[K::Otp], 0),
    ("رمز من 6 أرقام", &[K::Otp], 0),
    ("senha que chegou", &[K::Otp], 0),
    ("senha que recebi", &[K::Otp], 0),
    ("senha que veio", &[K::Otp], 0),
    ("senha enviada", &[K::Otp], 0),
    ("senha por sms", &[K::Otp], 0),
    ("senha via sms", &[K::Otp], 0),
    ("clave que me llegó", &[K::Otp], 0),
    ("clave que llegó", &[K::Otp], 0),
    ("clave que me mandaron", &[K::Otp], 0),
    ("clave que recibí", &[K::Otp], 0),
    ("clave por sms", &[K::Otp], 0),
    ("clave enviada", &[K::Otp], 0),
    ("contraseña que me llegó", &[K::Otp], 0),
    ("gelen şifre", &[K::Otp], 0),
    ("gelen kod", &[K::Otp], 0),
    ("pin yang dikirim", &[K::Otp], 0),
    ("pin yang masuk", &[K::Otp], 0),
    ("pin sms", &[K::Otp], 0),
    ("pin que chegou", &[K::Otp], 0),
    ("code reçu par sms", &[K::Otp], 0),
    ("codice ricevuto via sms", &[K::Otp], 0),
    ("الرمز اللي وصلني", &[K::Otp], 0),
    ("الكود اللي وصلني", &[K::Otp], 0),
    ("الكود اللي جالي", &[K::Otp], 0),
    ("رمز التحقق المرسل", &[K::Otp], 0),
    ("one time pin", &[K::Otp], 0),
    ("one-time pin", &[K::Otp], 0),
    ("one time pin code", &[K::Otp], 0),
    ("otp pin", &[K::Otp], 0),
    ("otp code", &[K::Otp], 0),
    ("otp number", &[K::Otp], 0),
    ("otp no", &[K::Otp], 0),
    ("sms code", &[K::Otp], 0),
    ("code by sms", &[K::Otp], 0),
    ("text code", &[K::Otp], 0),
    ("code we sent", &[K::Otp], 0),
    ("code sent", &[K::Otp], 0),
    ("código do sms", &[K::Otp], 0),
    ("códigos", &[K::Otp], T_CODE),
    ("codigos", &[K::Otp], T_CODE),
    ("codes", &[K::Otp], T_CODE),
    ("الرقم السري الثلاثي", &[K::CardSecurityCode], 0),
    ("credited to", &[K::BankAccount], 0),
    ("debited from", &[K::BankAccount], 0),
    ("pin de verificación", &[K::Otp], 0),
    ("pin de verificacion", &[K::Otp], 0),
    ("codi", &[K::Otp], T_CODE),
    ("codi postal", &[], T_NEG),
    ("código por sms", &[K::Otp], 0),
    ("código que chegou", &[K::Otp], 0),
    ("código que recebi", &[K::Otp], 0),
    ("código recebido", &[K::Otp], 0),
    ("código enviado", &[K::Otp], 0),
    ("senha do sms", &[K::Otp], 0),
    ("senha de uso único", &[K::Otp], 0),
    ("senha sms", &[K::Otp], 0),
    ("código que me llegó", &[K::Otp], 0),
    ("código que llegó", &[K::Otp], 0),
    ("código por mensaje", &[K::Otp], 0),
    ("clave sms", &[K::Otp], 0),
    ("clave de un solo uso", &[K::Otp], 0),
    ("contraseña de un solo uso", &[K::Otp], 0),
    ("code reçu", &[K::Otp], 0),
    ("code envoyé", &[K::Otp], 0),
    ("code par sms", &[K::Otp], 0),
    ("code sms", &[K::Otp], 0),
    ("mot de passe temporaire", &[K::Otp], 0),
    ("mot de passe unique", &[K::Otp], 0),
    ("codice sms", &[K::Otp], 0),
    ("codice ricevuto", &[K::Otp], 0),
    ("codice via sms", &[K::Otp], 0),
    ("kode sms", &[K::Otp], 0),
    ("kode yang dikirim", &[K::Otp], 0),
    ("kode yang masuk", &[K::Otp], 0),
    ("kode masuk", &[K::Otp], 0),
    ("kode dari sms", &[K::Otp], 0),
    ("sandi otp", &[K::Otp], 0),
    ("pin sekali pakai", &[K::Otp], 0),
    ("الرمز المرسل", &[K::Otp], 0),
    ("رمز التأكيد", &[K::Otp], 0),
    ("كود التفعيل", &[K::Otp], 0),
    ("رمز التفعيل", &[K::Otp], 0),
    ("كود التحقق", &[K::Otp], 0),
    // Persian (its kaf): a verification code
    ("کد تایید", &[K::Otp], 0),
    ("کد تأیید", &[K::Otp], 0),
    ("رمز الدخول", &[K::Otp], 0),
    // The login code of an app or a wallet is its PIN.
    ("رمز الدخول للتطبيق", &[K::CardPin], 0),
    ("رمز الدخول للمحفظة", &[K::CardPin], 0),
    ("رمز الدخول لمحفظة", &[K::CardPin], 0),
    ("رمز الدخول لتطبيق", &[K::CardPin], 0),
    ("رمز دخول التطبيق", &[K::CardPin], 0),
    // A secret code named after its app ("رمز stc pay السري 498059").
    ("السري", &[K::CardPin], 0),
    // An app's or a wallet's own code is what opens it: its PIN.
    ("رمز التطبيق", &[K::CardPin], 0),
    ("رمز تطبيق", &[K::CardPin], 0),
    ("رمز المحفظة", &[K::CardPin], 0),
    ("رمز محفظة", &[K::CardPin], 0),
    ("رمز لمرة واحدة", &[K::Otp], 0),
    ("كلمة المرور لمرة واحدة", &[K::Otp], 0),
    ("كلمة السر المؤقتة", &[K::Otp], 0),
    ("sms kodu", &[K::Otp], 0),
    ("sms şifresi", &[K::Otp], 0),
    ("sms şifresini", &[K::Otp], 0),
    ("sms şifreniz", &[K::Otp], 0),
    ("sms ile gelen şifre", &[K::Otp], 0),
    ("sms ile gelen kod", &[K::Otp], 0),
    ("tek kullanımlık kod", &[K::Otp], 0),
    ("tek seferlik şifre", &[K::Otp], 0),
    ("otp kodu", &[K::Otp], 0),
    ("वन टाइम पासवर्ड", &[K::Otp], 0),
    ("सत्यापन कोड", &[K::Otp], 0),
    ("3d secure", &[K::Otp], 0),
    // Turkish "3D Secure şifreniz": the password of a 3-D Secure check is
    // a one-time one, whatever "şifre" says of a card's PIN.
    ("3d secure şifre", &[K::Otp], 0),
    ("3d secure şifreniz", &[K::Otp], 0),
    ("3d secure şifresi", &[K::Otp], 0),
    // A bank's text: "… tutarındaki işleminiz için şifre: 306454" (the
    // password for your transaction of …), "işlem şifreniz".
    ("işleminiz için şifre", &[K::Otp], 0),
    ("işleminiz için şifreniz", &[K::Otp], 0),
    ("işlem şifresi", &[K::Otp], 0),
    ("işlem şifreniz", &[K::Otp], 0),
    // Dutch "inlogcode" (a log-in code), Spanish "clave de firma de
    // operación" (a code signing one operation; "clave de firma
    // electrónica" is the customer's own).
    ("inlogcode", &[K::Otp], 0),
    // (But "mijn inlogcode voor de app": the customer's own, a PIN.)
    ("mijn inlogcode", &[K::CardPin, K::Password], 0),
    ("clave de firma de operación", &[K::Otp], 0),
    ("clave de firma de la operación", &[K::Otp], 0),
    ("3ds code", &[K::Otp], 0),
    ("secure code", &[K::Otp], 0),
    ("code", &[K::Otp, K::CardSecurityCode], T_CODE),
    // A passcode typed to open an app or a wallet is its PIN; one sent
    // for a single use says so.
    ("passcode", &[K::CardPin], 0),
    // Egyptian "the PIN" ("البين الجديد اللي عملته للكارت ٧٩٥٦").
    ("البين", &[K::CardPin], 0),
    ("one time passcode", &[K::Otp], 0),
    ("one-time passcode", &[K::Otp], 0),
    ("onetime passcode", &[K::Otp], 0),
    ("one-time-passcode", &[K::Otp], 0),
    ("verification code", &[K::Otp], 0),
    ("verification", &[K::Otp], 0),
    ("verify", &[K::Otp], 0),
    ("2fa", &[K::Otp], 0),
    ("token", &[K::Otp, K::ApiKey], 0),
    // KlikBCA's and others' one-time code ("token transaksi berlaku 3
    // menit, kode 92778926"), not a transaction's reference.
    ("token transaksi", &[K::Otp], 0),
    ("código", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("codigo", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("cód", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("cód. sms", &[K::Otp], 0),
    // Cash on delivery ("158 COD orders"), which "cód" also spells
    ("cod order", &[], T_NEG),
    ("cod orders", &[], T_NEG),
    ("cod remittance", &[], T_NEG),
    ("cod amount", &[], T_NEG),
    ("cod charges", &[], T_NEG),
    ("cod ka", &[], T_NEG),
    ("cash on delivery", &[], T_NEG),
    ("cód sms", &[K::Otp], 0),
    ("código de verificação", &[K::Otp], 0),
    ("código de verificación", &[K::Otp], 0),
    ("código de acesso", &[K::Otp], 0),
    ("código sms", &[K::Otp], 0),
    ("kode", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kode otp", &[K::Otp], 0),
    // (Glued, or spelled out: "kodeotp nya 602389", "my o t p is …".)
    ("kodeotp", &[K::Otp], 0),
    ("o t p", &[K::Otp], 0),
    ("kode verifikasi", &[K::Otp], 0),
    ("ओटीपी", &[K::Otp], 0),
    ("कोड", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("رمز", &[K::Otp, K::CardSecurityCode, K::CardPin], T_CODE),
    ("الرمز", &[K::Otp, K::CardSecurityCode, K::CardPin], T_CODE),
    ("رمز التحقق", &[K::Otp], 0),
    ("كود", &[K::Otp, K::CardSecurityCode], T_CODE),
    // (Typed with the Persian keyboard's kaf: "کود: ۴۴۱۶".)
    ("کود", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("کود التحقق", &[K::Otp], 0),
    ("کود التفعيل", &[K::Otp], 0),
    ("الكود", &[K::Otp, K::CardSecurityCode], T_CODE),
    // Darija "the card's code", its PIN ("بدلت الكود ديال الكارطة لـ
    // 2717").
    ("الكود ديال الكارطة", &[K::CardPin], 0),
    ("كود الكارطة", &[K::CardPin], 0),
    // ---- passwords (values without digits are found by the trigger pass)
    ("password", &[K::Password], 0),
    ("paswrd", &[K::Password], 0),
    // Arabizi "كلمة السر" ("kelmet el ser taba3 l online banking …").
    ("kelmet el ser", &[K::Password], 0),
    ("kelmet el sir", &[K::Password], 0),
    ("kelmet sir", &[K::Password], 0),
    ("kilmet el ser", &[K::Password], 0),
    ("passwords", &[K::Password], 0),
    // (Javanese: "passworde sayangku.123".)
    ("passworde", &[K::Password], 0),
    ("passwd", &[K::Password], 0),
    ("pwd", &[K::Password], 0),
    ("senha", &[K::Password, K::CardPin], 0),
    ("contraseña", &[K::Password], 0),
    ("contrasena", &[K::Password], 0),
    ("clave", &[K::Password, K::CardPin], 0),
    ("kata sandi", &[K::Password], 0),
    ("sandi", &[K::Password], 0),
    ("पासवर्ड", &[K::Password], 0),
    ("كلمة المرور", &[K::Password], 0),
    ("كلمة السر", &[K::Password], 0),
    ("الباسورد", &[K::Password], 0),
    ("باسورد", &[K::Password], 0),
    ("باسوردي", &[K::Password], 0),
    ("الباسوورد", &[K::Password], 0),
    ("باسوورد", &[K::Password], 0),
    ("الباس", &[K::Password], 0),
    // (Arabizi, the loanword as Egyptians say it: "el basswerd".)
    ("bassword", &[K::Password], 0),
    ("basswerd", &[K::Password], 0),
    ("baswerd", &[K::Password], 0),
    ("كلمة سر", &[K::Password], 0),
    ("assinatura eletrônica", &[K::Password], 0),
    ("assinatura eletronica", &[K::Password], 0),
    ("كلمه السر", &[K::Password], 0),
    ("كلمه المرور", &[K::Password], 0),
    ("كلمة مرور", &[K::Password], 0),
    ("الرقم السري للتطبيق", &[K::Password], 0),
    ("passw", &[K::Password], 0),
    ("pasword", &[K::Password], 0),
    ("paswd", &[K::Password], 0),
    ("login password", &[K::Password], 0),
    ("pwd hai", &[K::Password], 0),
    ("sandi saya", &[K::Password], 0),
    ("kata sandinya", &[K::Password], 0),
    ("password nya", &[K::Password], 0),
    ("passwordnya", &[K::Password], 0),
    ("sandinya", &[K::Password], 0),
    ("parola d'ordine", &[K::Password], 0),
    ("parolamı", &[K::Password], 0),
    ("parolam", &[K::Password], 0),
    ("sifre", &[K::Password], 0),
    ("sifrem", &[K::Password], 0),
    ("contraseña es", &[K::Password], 0),
    ("clave de internet", &[K::Password], 0),
    ("mi clave", &[K::Password, K::CardPin], 0),
    ("motdepasse", &[K::Password], 0),
    ("mot de passe est", &[K::Password], 0),
    ("mot de passe", &[K::Password], 0),
    // ---- bank accounts
    ("account", &[K::BankAccount], 0),
    ("accounts", &[K::BankAccount], 0),
    ("account number", &[K::BankAccount], 0),
    ("accountnumber", &[K::BankAccount], 0),
    ("accountno", &[K::BankAccount], 0),
    ("acctno", &[K::BankAccount], 0),
    ("accno", &[K::BankAccount], 0),
    ("account no", &[K::BankAccount], 0),
    ("acct", &[K::BankAccount], 0),
    ("acnt", &[K::BankAccount], 0),
    ("accct", &[K::BankAccount], 0),
    // Chile's BancoEstado account numbered by the holder's RUT.
    ("cuentarut", &[K::BankAccount, K::ClRut], 0),
    ("cuenta rut", &[K::BankAccount, K::ClRut], 0),
    // Hinglish, after the account: "paisa 2195300711 me daal do".
    ("me daal do", &[K::BankAccount], 0),
    ("mein daal do", &[K::BankAccount], 0),
    ("me daal dijiye", &[K::BankAccount], 0),
    ("mein daal dijiye", &[K::BankAccount], 0),
    ("acc", &[K::BankAccount], 0),
    ("acc no", &[K::BankAccount], 0),
    ("a/c", &[K::BankAccount], 0),
    // A joint holder is one of an account ("she is joint holder on
    // 5706…").
    ("joint holder on", &[K::BankAccount], 0),
    ("joint holder of", &[K::BankAccount], 0),
    ("joint holder in", &[K::BankAccount], 0),
    ("a/c no", &[K::BankAccount], 0),
    ("ac", &[K::BankAccount], 0),
    ("a/c number", &[K::BankAccount], 0),
    ("ac number", &[K::BankAccount], 0),
    ("acc number", &[K::BankAccount], 0),
    ("acct no", &[K::BankAccount], 0),
    ("acct number", &[K::BankAccount], 0),
    ("acc.", &[K::BankAccount], 0),
    ("acct.", &[K::BankAccount], 0),
    ("a/c.", &[K::BankAccount], 0),
    ("khata no", &[K::BankAccount], 0),
    ("khata number", &[K::BankAccount], 0),
    ("khata sankhya", &[K::BankAccount], 0),
    ("खाता नंबर", &[K::BankAccount], 0),
    ("खाता नं", &[K::BankAccount], 0),
    ("rek.", &[K::BankAccount], 0),
    ("no rekening", &[K::BankAccount], 0),
    ("nomor rek", &[K::BankAccount], 0),
    ("rekening saya", &[K::BankAccount], 0),
    // The account paid into or out of, named whole ("rekening tujuan 186
    // 091 4745"): a grouped value right after the phrase.
    ("rekening tujuan", &[K::BankAccount], 0),
    ("rek tujuan", &[K::BankAccount], 0),
    ("rekening penerima", &[K::BankAccount], 0),
    ("rek penerima", &[K::BankAccount], 0),
    ("rekening pengirim", &[K::BankAccount], 0),
    ("rek pengirim", &[K::BankAccount], 0),
    ("rekeningku", &[K::BankAccount], 0),
    ("cuenta n°", &[K::BankAccount], 0),
    ("cuenta nº", &[K::BankAccount], 0),
    ("cuenta no.", &[K::BankAccount], 0),
    ("cuenta nro", &[K::BankAccount], 0),
    ("cuenta nro.", &[K::BankAccount], 0),
    ("n° de cuenta", &[K::BankAccount], 0),
    ("nº de cuenta", &[K::BankAccount], 0),
    ("compte n°", &[K::BankAccount], 0),
    ("conta n°", &[K::BankAccount], 0),
    ("conta nº", &[K::BankAccount], 0),
    ("n° da conta", &[K::BankAccount], 0),
    ("conto n°", &[K::BankAccount], 0),
    ("hesap n°", &[K::BankAccount], 0),
    ("hesabımın", &[K::BankAccount], 0),
    ("hesabıma", &[K::BankAccount], 0),
    // Azerbaijani, Uzbek and Kazakh (Cyrillic and Latin): the account,
    // "my number", the birthday, the password, the code, the expiry; a
    // Turkish id named in Cyrillic letters.
    ("hesab", &[K::BankAccount], 0),
    ("hisob", &[K::BankAccount], 0),
    ("hisob raqamim", &[K::BankAccount], 0),
    ("hisob raqami", &[K::BankAccount], 0),
    ("шоты", &[K::BankAccount], 0),
    ("шотым", &[K::BankAccount], 0),
    ("shoty", &[K::BankAccount], 0),
    ("nömrəm", &[K::Phone], 0),
    ("raqamim", &[K::Phone], 0),
    ("нөмірім", &[K::Phone], 0),
    ("nomirim", &[K::Phone], 0),
    ("телефоным", &[K::Phone], 0),
    ("туған күнім", &[K::DateOfBirth], 0),
    ("туған күні", &[K::DateOfBirth], 0),
    ("tugan kunim", &[K::DateOfBirth], 0),
    ("tugan kuni", &[K::DateOfBirth], 0),
    ("tug'ilgan", &[K::DateOfBirth], 0),
    ("даты рождения", &[K::DateOfBirth], 0),
    ("дату рождения", &[K::DateOfBirth], 0),
    ("құпия сөз", &[K::Password], 0),
    ("құпия сөзді", &[K::Password], 0),
    ("qupiya soz", &[K::Password], 0),
    ("qupiya sozdi", &[K::Password], 0),
    ("parolni", &[K::Password], 0),
    ("paroli", &[K::Password], 0),
    ("şifrə", &[K::Password], 0),
    ("şifrəni", &[K::Password], 0),
    ("пин кодты", &[K::CardPin], 0),
    ("tasdiqlash kodi", &[K::Otp], 0),
    ("мерзімі", &[K::CardExpiry], 0),
    ("тк номер", &[K::TrTckn], 0),
    ("номер заявки", &[], T_NEG),
    ("dosya no", &[], T_NEG),
    ("тк", &[K::TrTckn], 0),
    ("kimlik raqamim", &[K::TrTckn], 0),
    ("kimlik nömrəm", &[K::TrTckn], 0),
    // Uzbekistan's domestic cards (their numbers follow no brand table
    // here: only with the word).
    ("uzcard", &[K::CardNumber], 0),
    ("humo", &[K::CardNumber], 0),
    ("karta raqami", &[K::CardNumber], 0),
    ("тс кимлик", &[K::TrTckn], 0),
    ("hesabımı", &[K::BankAccount], 0),
    ("hesap numaramı", &[K::BankAccount], 0),
    ("iban numaram", &[K::BankAccount], 0),
    ("norek nya", &[K::BankAccount], 0),
    ("noreknya", &[K::BankAccount], 0),
    ("no reknya", &[K::BankAccount], 0),
    ("cta", &[K::BankAccount], 0),
    ("cta.", &[K::BankAccount], 0),
    ("nro cta", &[K::BankAccount], 0),
    ("n° cta", &[K::BankAccount], 0),
    ("número de cta", &[K::BankAccount], 0),
    ("cuenta corriente", &[K::BankAccount], 0),
    ("cuenta de ahorro", &[K::BankAccount], 0),
    ("cuenta de ahorros", &[K::BankAccount], 0),
    // The currency an account is kept in ("cuenta en pesos 0054291",
    // "la cuenta del Itaú en dólares: 0288286"); a savings or cheque
    // account named by its kind ("de ahorros 6649674 a cheques 5355653").
    ("cuenta en pesos", &[K::BankAccount], 0),
    ("cuenta en dólares", &[K::BankAccount], 0),
    ("cuenta en dolares", &[K::BankAccount], 0),
    ("en dólares:", &[K::BankAccount], 0),
    ("en pesos:", &[K::BankAccount], 0),
    ("ahorros", &[K::BankAccount], 0),
    ("a cheques", &[K::BankAccount], 0),
    // Quechua: "my account", "his account".
    ("cuentay", &[K::BankAccount], 0),
    ("cuentan", &[K::BankAccount], 0),
    ("caja de ahorro", &[K::BankAccount], 0),
    ("cc.", &[K::BankAccount], 0),
    ("conta:", &[K::BankAccount], 0),
    ("nº da conta", &[K::BankAccount], 0),
    ("número da conta", &[K::BankAccount], 0),
    ("minha conta", &[K::BankAccount], 0),
    ("conta pix", &[K::BankAccount], 0),
    ("حساب رقم", &[K::BankAccount], 0),
    ("حسابي رقم", &[K::BankAccount], 0),
    ("رقم حسابي", &[K::BankAccount], 0),
    ("الحساب البنكي", &[K::BankAccount], 0),
    ("حساب بنكي", &[K::BankAccount], 0),
    ("n° de compte", &[K::BankAccount], 0),
    ("compte courant", &[K::BankAccount], 0),
    ("mon compte", &[K::BankAccount], 0),
    ("numero conto", &[K::BankAccount], 0),
    ("il mio conto", &[K::BankAccount], 0),
    ("hesabım", &[K::BankAccount], 0),
    ("hesap no:", &[K::BankAccount], 0),
    ("ac no", &[K::BankAccount], 0),
    ("savings", &[K::BankAccount], 0),
    ("checking", &[K::BankAccount], 0),
    // The same in Arabic, with its "and" glued on too ("حسابي الجاري …
    // والتوفير …"; "الجاري" alone is also "this", "الشهر الجاري").
    ("التوفير", &[K::BankAccount], 0),
    ("والتوفير", &[K::BankAccount], 0),
    ("beneficiary", &[K::BankAccount], 0),
    ("khata", &[K::BankAccount], 0),
    // (Oblique: "Indian Bank khate 0451…", "mere PNB khate se".)
    ("khate", &[K::BankAccount], 0),
    ("khaate", &[K::BankAccount], 0),
    ("conta", &[K::BankAccount], 0),
    ("cnta", &[K::BankAccount], 0),
    ("conta corrente", &[K::BankAccount], 0),
    ("conta poupança", &[K::BankAccount], 0),
    // ("… e a poupança 571685-3": the savings account.)
    ("poupança", &[K::BankAccount], 0),
    ("poupanca", &[K::BankAccount], 0),
    ("c/c", &[K::BankAccount], 0),
    // Payroll's account ("direct deposit to 79312008557 routing …").
    ("direct deposit to", &[K::BankAccount], 0),
    ("agência", &[], T_NEG),
    ("agencia", &[], T_NEG),
    ("cuenta", &[K::BankAccount], 0),
    // A salary account, no salary ("mi cuenta sueldo en BBVA: 1933…").
    ("cuenta sueldo", &[K::BankAccount], 0),
    ("cuenta de sueldo", &[K::BankAccount], 0),
    ("conta salário", &[K::BankAccount], 0),
    ("cuentas", &[K::BankAccount], 0),
    ("contas", &[K::BankAccount], 0),
    ("número de cuenta", &[K::BankAccount], 0),
    ("nro de cuenta", &[K::BankAccount], 0),
    ("rekening", &[K::BankAccount], 0),
    ("no rek", &[K::BankAccount], 0),
    ("no. rek", &[K::BankAccount], 0),
    ("norek", &[K::BankAccount], 0),
    ("rek", &[K::BankAccount], 0),
    ("खाता", &[K::BankAccount], 0),
    ("खाता संख्या", &[K::BankAccount], 0),
    ("अकाउंट", &[K::BankAccount], 0),
    ("حساب", &[K::BankAccount], 0),
    // A salary account ("حساب الراتب رقمه 1664…"): the longest match hides
    // the amount word in it.
    ("حساب الراتب", &[K::BankAccount], 0),
    ("حساب راتبي", &[K::BankAccount], 0),
    ("الحساب", &[K::BankAccount], 0),
    ("حسابي", &[K::BankAccount], 0),
    ("رقم الحساب", &[K::BankAccount], 0),
    // Egyptian "account number" in English words ("الاكونت نمبر 0899…").
    ("الاكونت نمبر", &[K::BankAccount], 0),
    ("اكونت نمبر", &[K::BankAccount], 0),
    ("الأكونت نمبر", &[K::BankAccount], 0),
    ("الاكونت", &[K::BankAccount], 0),
    // ---- routing / sort codes / BIC / IBAN / IFSC
    ("routing", &[K::UsRoutingNumber], 0),
    ("routing number", &[K::UsRoutingNumber], 0),
    ("routingnumber", &[K::UsRoutingNumber], 0),
    ("aba", &[K::UsRoutingNumber], 0),
    ("rtn", &[K::UsRoutingNumber], 0),
    ("rtng", &[K::UsRoutingNumber], 0),
    ("rt", &[K::UsRoutingNumber], 0),
    ("路由号码", &[K::UsRoutingNumber], 0),
    ("路由号", &[K::UsRoutingNumber], 0),
    ("路由", &[K::UsRoutingNumber], 0),
    ("라우팅 번호", &[K::UsRoutingNumber], 0),
    ("라우팅", &[K::UsRoutingNumber], 0),
    // A US social security number in Spanish and Haitian Creole.
    ("mi ss", &[K::UsSsn], 0),
    ("seguro social", &[K::UsSsn], 0),
    ("sosyal", &[K::UsSsn], 0),
    // Haitian Creole: born, password; Vietnamese: verification code.
    ("fèt", &[K::DateOfBirth], 0),
    ("modpas", &[K::Password], 0),
    ("mã xác minh", &[K::Otp], 0),
    ("ach", &[K::UsRoutingNumber], 0),
    ("wire", &[K::UsRoutingNumber, K::SwiftBic], 0),
    ("sort code", &[K::UkSortCode], 0),
    // (Its "code to" is no one-time code's: "updated your sort code to
    // 65-56-34".)
    ("sort code to", &[K::UkSortCode], 0),
    // Interac's own code ("Votre code Interac est 79326539"): a one-time
    // one, though "Interac" alone names a phone it is sent to.
    ("code interac", &[K::Otp], 0),
    // A form's paired label: the sort code first, the account listed
    // after it ("Sort code / acc: 08 48 73 / 48471882").
    ("sort code / acc", &[K::UkSortCode], 0),
    ("sort code/acc", &[K::UkSortCode], 0),
    ("sort code / account", &[K::UkSortCode], 0),
    ("sortcode", &[K::UkSortCode], 0),
    ("sort-code", &[K::UkSortCode], 0),
    ("s/c", &[K::UkSortCode], 0),
    ("sort", &[K::UkSortCode], 0),
    ("swift", &[K::SwiftBic], 0),
    // Turkish "the sending / receiving bank", a BIC after it.
    ("gönderen banka", &[K::SwiftBic], 0),
    ("alıcı banka", &[K::SwiftBic], 0),
    ("swift code", &[K::SwiftBic], 0),
    // (Typed without its "w": "the SIFT code ZEIBNGLA".)
    ("sift code", &[K::SwiftBic], 0),
    ("swifft", &[K::SwiftBic], 0),
    ("swifft code", &[K::SwiftBic], 0),
    ("bic", &[K::SwiftBic], 0),
    ("iban", &[K::Iban], 0),
    ("ايبان", &[K::Iban], 0),
    ("الآيبان", &[K::Iban], 0),
    ("ifsc", &[K::InIfsc], 0),
    ("ifsc code", &[K::InIfsc], 0),
    ("branch", &[K::InIfsc], T_NEG),
    // Indonesian and Malay "branch" ("mandiri, cabang 2005-1").
    ("cabang", &[], T_NEG),
    ("clabe", &[K::MxClabe], 0),
    ("cbu", &[K::ArCbu], 0),
    ("cvu", &[K::ArCbu], 0),
    // ---- payments
    ("upi", &[K::UpiId], 0),
    ("upi id", &[K::UpiId], 0),
    ("vpa", &[K::UpiId], 0),
    // A handle of a bank no list knows, named by what UPI does with it
    // ("paid to geetha19@nammapay", "my son x@vsfb is sending collect
    // request").
    ("paid to", &[K::UpiId], 0),
    ("collect request", &[K::UpiId], 0),
    ("gpay", &[K::UpiId, K::Phone], 0),
    ("google pay", &[K::UpiId], 0),
    ("phonepe", &[K::UpiId, K::Phone], 0),
    ("paytm", &[K::UpiId, K::Phone], 0),
    ("bhim", &[K::UpiId], 0),
    ("pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave aleatória", &[K::BrPixKey], 0),
    ("chave aleatoria", &[K::BrPixKey], 0),
    // PIX's random key in English and Spanish ("random key 8f30f3e4-…").
    ("random key", &[K::BrPixKey], 0),
    ("random pix key", &[K::BrPixKey], 0),
    ("llave aleatoria", &[K::BrPixKey], 0),
    ("clave aleatoria", &[K::BrPixKey], 0),
    ("chavepix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave-pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("minha chave", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("minha chave pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("pix key", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("pixkey", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("key pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave do pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("chave pix é", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("pix:", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("meu pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("pix da conta", &[K::BrPixKey], 0),
    // Spanish speakers paying by PIX across the border ("pago con Pix a
    // la clave …"): the key, not a password.
    ("pix a la clave", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("clave pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("clave del pix", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    // ---- national ids
    ("ssn", &[K::UsSsn], 0),
    ("ss card", &[K::UsSsn], 0),
    ("social security card", &[K::UsSsn], 0),
    ("social security", &[K::UsSsn], 0),
    ("social", &[K::UsSsn], 0),
    ("itin", &[K::UsItin], 0),
    ("taxpayer", &[K::UsItin], 0),
    ("tax id", &[K::UsItin, K::AuTfn], 0),
    ("sin", &[K::CaSin], 0),
    // Dotted ("S.I.N. 605 620 061", "S.S.N.").
    ("s.i.n", &[K::CaSin], 0),
    ("s.s.n", &[K::UsSsn], 0),
    ("social insurance", &[K::CaSin], 0),
    ("nas", &[K::CaSin], 0),
    ("assurance sociale", &[K::CaSin], 0),
    ("national insurance", &[K::UkNino], 0),
    ("nino", &[K::UkNino], 0),
    ("ni number", &[K::UkNino], 0),
    ("pan", &[K::InPan], 0),
    ("pan card", &[K::InPan], 0),
    ("pancard", &[K::InPan], 0),
    ("pan no", &[K::InPan], 0),
    ("पैन", &[K::InPan], 0),
    ("aadhaar", &[K::InAadhaar], 0),
    ("aadhar", &[K::InAadhaar], 0),
    ("adhaar", &[K::InAadhaar], 0),
    ("adhar", &[K::InAadhaar], 0),
    ("uid", &[K::InAadhaar], 0),
    ("uidai", &[K::InAadhaar], 0),
    ("आधार", &[K::InAadhaar], 0),
    ("cpf", &[K::BrCpf], 0),
    ("cpfs", &[K::BrCpf], 0),
    ("cnpj", &[K::BrCnpj], 0),
    ("curp", &[K::MxCurp], 0),
    ("rfc", &[K::MxRfc], 0),
    ("cuit", &[K::ArCuit], 0),
    ("cuil", &[K::ArCuit], 0),
    ("rut", &[K::ClRut], 0),
    ("run", &[K::ClRut], 0),
    ("dni", &[K::EsDni], 0),
    ("nif", &[K::EsDni], 0),
    ("nie", &[K::EsNie], 0),
    ("codice fiscale", &[K::ItCodiceFiscale], 0),
    ("nric", &[K::SgNric], 0),
    ("tfn", &[K::AuTfn], 0),
    ("tax number", &[K::AuTfn], 0),
    ("tax no", &[K::AuTfn], 0),
    ("tax file no", &[K::AuTfn], 0),
    ("tax file number", &[K::AuTfn], 0),
    ("tax file #", &[K::AuTfn], 0),
    ("tfn no", &[K::AuTfn], 0),
    ("my tfn", &[K::AuTfn], 0),
    ("tax file", &[K::AuTfn], 0),
    ("id number", &[K::ZaId, K::IdNik], 0),
    ("identity number", &[K::ZaId], 0),
    ("sa id", &[K::ZaId], 0),
    // A national id of any country: the value's own checks say which.
    (
        "national id",
        &[
            K::TrTckn,
            K::IdNik,
            K::ZaId,
            K::AeEmiratesId,
            K::CnResidentId,
            K::SgNric,
            K::PlPesel,
            K::NlBsn,
            K::InAadhaar,
        ],
        0,
    ),
    ("الهوية الوطنية التركية", &[K::TrTckn], 0),
    ("emirates id", &[K::AeEmiratesId], 0),
    ("eid", &[K::AeEmiratesId], 0),
    ("الهوية", &[K::AeEmiratesId, K::TrTckn], 0),
    // A national number, an identification number ("الرقم الوطني
    // 24827370542", "الرقم التعريفي التركي …"): ids with check digits.
    ("الرقم الوطني", &[K::AeEmiratesId, K::TrTckn], 0),
    ("الرقم التعريفي", &[K::AeEmiratesId, K::TrTckn], 0),
    ("هوية", &[K::AeEmiratesId, K::TrTckn], 0),
    ("tckn", &[K::TrTckn], 0),
    ("tc kimlik", &[K::TrTckn], 0),
    // Short for "TC kimlik no" on forms ("tck: 49759217420").
    ("tck", &[K::TrTckn], 0),
    ("tck no", &[K::TrTckn], 0),
    // (Written in Arabic letters by a Turkish-speaking resident: "تي سي
    // كيمليك 1802…".)
    ("تي سي كيمليك", &[K::TrTckn], 0),
    ("كيمليك", &[K::TrTckn], 0),
    // A foreign resident's number, on the same check ("YKN: 997…").
    ("ykn", &[K::TrTckn], 0),
    ("yabancı kimlik", &[K::TrTckn], 0),
    ("kimlik", &[K::TrTckn], 0),
    ("turkish id", &[K::TrTckn], 0),
    ("turkish national id", &[K::TrTckn], 0),
    ("nik", &[K::IdNik], 0),
    ("ktp", &[K::IdNik], 0),
    ("nomor induk", &[K::IdNik], 0),
    ("身份证", &[K::CnResidentId], 0),
    ("pesel", &[K::PlPesel], 0),
    ("bsn", &[K::NlBsn], 0),
    ("burgerservicenummer", &[K::NlBsn], 0),
    // ---- phone
    ("phone", &[K::Phone], 0),
    ("phone number", &[K::Phone], 0),
    ("phonenumber", &[K::Phone], 0),
    ("phoneno", &[K::Phone], 0),
    ("mobilenumber", &[K::Phone], 0),
    ("mobileno", &[K::Phone], 0),
    ("mobno", &[K::Phone], 0),
    ("mobile", &[K::Phone], 0),
    ("mob", &[K::Phone], 0),
    ("cell", &[K::Phone], 0),
    ("call", &[K::Phone], 0),
    // "pls use this number for calls 6136764951".
    ("for calls", &[K::Phone], 0),
    ("call me", &[K::Phone], 0),
    ("ring me", &[K::Phone], 0),
    ("tel", &[K::Phone], 0),
    ("telephone", &[K::Phone], 0),
    ("contact", &[K::Phone], 0),
    ("whatsapp", &[K::Phone], 0),
    ("व्हाट्सएप", &[K::Phone], 0),
    ("व्हाट्सऐप", &[K::Phone], 0),
    ("वॉट्सऐप", &[K::Phone], 0),
    // The number registered with the bank: the customer's phone.
    ("registered no", &[K::Phone], 0),
    ("registered number", &[K::Phone], 0),
    // "the number I registered with: 893.356.3362".
    ("registered with", &[K::Phone], 0),
    // The phone number an account is held under ("the number on my
    // account is 0807 189 4925"), not the account's ("update the number
    // on my acct 3056 6491 249 to …" names the account).
    ("number on my account is", &[K::Phone], 0),
    ("number on the account is", &[K::Phone], 0),
    ("number on my acct is", &[K::Phone], 0),
    // A wallet "registered on" a number: its phone ("حساب stc pay حقي
    // مسجل على 0567600811").
    ("registered on", &[K::Phone], 0),
    ("مسجل على", &[K::Phone], 0),
    ("reachable at", &[K::Phone], 0),
    ("reachable on", &[K::Phone], 0),
    // Nepali "buwa ko number" (father's number).
    ("ko number", &[K::Phone], 0),
    ("regd no", &[K::Phone], 0),
    ("regd mobile", &[K::Phone], 0),
    ("الرقم المسجل", &[K::Phone], 0),
    ("رقمك المسجل", &[K::Phone], 0),
    ("رقم الجوال المسجل", &[K::Phone], 0),
    ("número registrado", &[K::Phone], 0),
    ("número cadastrado", &[K::Phone], 0),
    ("nomor terdaftar", &[K::Phone], 0),
    ("nomor yang terdaftar", &[K::Phone], 0),
    // An ATM's code and a passcode are PINs ("رمز الصراف ٢١٧٩", "رمز
    // المرور للمحفظة ٦٣٤٦"); a one-time passcode says so ("رمز المرور
    // لمرة واحدة").
    ("رمز الصراف", &[K::CardPin], 0),
    ("رمز المرور", &[K::CardPin], 0),
    ("رمز المرور لمرة واحدة", &[K::Otp], 0),
    ("الرقم السري لمرة واحدة", &[K::Otp], 0),
    // ("رمزك السري لمرة واحدة ٨٢٩٧٦٧ لتأكيد تحويل …": the same.)
    ("السري لمرة واحدة", &[K::Otp], 0),
    // A wallet's passcode, without its article ("اعد تعيين رمز مرور
    // المحفظة إلى ٧٢٢٨").
    ("رمز مرور", &[K::CardPin], 0),
    ("رقم سري لمرة واحدة", &[K::Otp], 0),
    // A utility's contract account ("رقم الحساب التعاقدي" on a bill) is
    // the customer's number with the biller, no bank account.
    ("الحساب التعاقدي", &[], T_NEG),
    ("رقم الحساب التعاقدي", &[], T_NEG),
    ("contract account", &[], T_NEG),
    ("contract account no", &[], T_NEG),
    ("contract account number", &[], T_NEG),
    ("whats", &[K::Phone], 0),
    ("wa", &[K::Phone], 0),
    ("zap", &[K::Phone], 0),
    ("celular", &[K::Phone], 0),
    // The phone of an account ("mudar o celular da conta conjunta pro da
    // minha esposa? 4891…", "cambiar el celular de la cuenta de mi mamá"):
    // the account word names the phone's owner, not the number.
    ("celular da conta", &[K::Phone], 0),
    ("celular de la cuenta", &[K::Phone], 0),
    ("celular de mi cuenta", &[K::Phone], 0),
    ("telefone da conta", &[K::Phone], 0),
    ("teléfono de la cuenta", &[K::Phone], 0),
    ("telefono de la cuenta", &[K::Phone], 0),
    ("cel", &[K::Phone], 0),
    ("telefone", &[K::Phone], 0),
    ("fone", &[K::Phone], 0),
    ("teléfono", &[K::Phone], 0),
    ("telefono", &[K::Phone], 0),
    ("móvil", &[K::Phone], 0),
    ("movil", &[K::Phone], 0),
    // The verb "to request" ("وصلني كود ما طلبته", a code I did not
    // request) names no order ("طلب").
    ("طلبته", &[], 0),
    ("طلبتها", &[], 0),
    ("طلبت", &[], 0),
    ("اطلب", &[], 0),
    ("أطلب", &[], 0),
    // Names of a bank's app that hold a phone's word name no phone
    // ("Código de seguridad Banca Móvil: 51846240"): keywords of no topic,
    // they only hide the words inside them.
    ("banca móvil", &[], 0),
    // Insurance of a phone names no phone ("seguro celular, certificado
    // 7549744398").
    ("seguro celular", &[], 0),
    ("seguro de celular", &[], 0),
    ("certificado", &[], T_NEG),
    ("banca movil", &[], 0),
    ("contato", &[K::Phone], 0),
    ("contacto", &[K::Phone], 0),
    ("ligar", &[K::Phone], 0),
    ("liga", &[K::Phone], 0),
    ("llamar", &[K::Phone], 0),
    ("llamará", &[K::Phone], 0),
    ("llamara al", &[K::Phone], 0),
    ("llamaremos", &[K::Phone], 0),
    ("llamarán", &[K::Phone], 0),
    ("voicemail", &[K::Phone], 0),
    // Tagalog "call me", "my number".
    ("tawagan", &[K::Phone], 0),
    ("number ko", &[K::Phone], 0),
    ("numero ko", &[K::Phone], 0),
    ("account number ko", &[K::BankAccount], 0),
    ("acct number ko", &[K::BankAccount], 0),
    ("llamen", &[K::Phone], 0),
    ("llamen al", &[K::Phone], 0),
    ("llaman", &[K::Phone], 0),
    ("me llaman", &[K::Phone], 0),
    ("hablar", &[K::Phone], 0),
    ("hablarle", &[K::Phone], 0),
    ("me hablan", &[K::Phone], 0),
    ("le llame al", &[K::Phone], 0),
    ("llámeme", &[K::Phone], 0),
    ("llameme", &[K::Phone], 0),
    ("llamarme", &[K::Phone], 0),
    ("márqueme", &[K::Phone], 0),
    ("marqueme", &[K::Phone], 0),
    ("richiamare", &[K::Phone], 0),
    ("richiamami", &[K::Phone], 0),
    ("richiamatemi", &[K::Phone], 0),
    // "Could you call me back?" ("Potete richiamarmi al 371/…", "Können Sie
    // mich zurückrufen? 0162/…").
    ("richiamarmi", &[K::Phone], 0),
    ("chiamarmi", &[K::Phone], 0),
    ("zurückrufen", &[K::Phone], 0),
    ("mich anrufen", &[K::Phone], 0),
    ("richiami", &[K::Phone], 0),
    ("me llamas", &[K::Phone], 0),
    ("chiamare", &[K::Phone], 0),
    ("bel me", &[K::Phone], 0),
    ("belde vanaf", &[K::Phone], 0),
    ("gebeld vanaf", &[K::Phone], 0),
    ("bel mij", &[K::Phone], 0),
    ("hp", &[K::Phone], 0),
    ("no hp", &[K::Phone], 0),
    ("nomor baru", &[K::Phone], 0),
    ("nomer baru", &[K::Phone], 0),
    ("ss#", &[K::UsSsn], 0),
    ("no baru", &[K::Phone], 0),
    // Swahili "call" ("piga 0768 750927").
    ("piga", &[K::Phone], 0),
    // (And the old one it replaces: "no lama: 60147948030".)
    ("no lama", &[K::Phone], 0),
    ("nomor lama", &[K::Phone], 0),
    ("nombor lama", &[K::Phone], 0),
    ("nombor baru", &[K::Phone], 0),
    // Malaysian English "bank in" (pay into): the account after it.
    ("bank in ke", &[K::BankAccount], 0),
    ("bank in to", &[K::BankAccount], 0),
    ("bank in kat", &[K::BankAccount], 0),
    ("nomor hp", &[K::Phone], 0),
    ("telepon", &[K::Phone], 0),
    ("telp", &[K::Phone], 0),
    ("मोबाइल", &[K::Phone], 0),
    ("मोबाईल", &[K::Phone], 0),
    ("मोबाईल नंबर", &[K::Phone], 0),
    ("tpin", &[K::CardPin], 0),
    ("t-pin", &[K::CardPin], 0),
    ("peeche wala", &[K::CardSecurityCode], 0),
    ("peeche wale", &[K::CardSecurityCode], 0),
    ("peeche ka", &[K::CardSecurityCode], 0),
    ("khate kramank", &[K::BankAccount], 0),
    ("खाते क्रमांक", &[K::BankAccount], 0),
    ("फोन", &[K::Phone], 0),
    ("फ़ोन", &[K::Phone], 0),
    // ("… पर कॉल करें"; alone, "कॉल" names any caller.)
    ("पर कॉल", &[K::Phone], 0),
    ("पे कॉल", &[K::Phone], 0),
    ("கால் பண்ணுங்க", &[K::Phone], 0),
    ("கால் பண்ணு", &[K::Phone], 0),
    ("কল করুন", &[K::Phone], 0),
    ("কল দিন", &[K::Phone], 0),
    ("هاتف", &[K::Phone], 0),
    ("الهاتف", &[K::Phone], 0),
    ("جوال", &[K::Phone], 0),
    ("الجوال", &[K::Phone], 0),
    ("موبايل", &[K::Phone], 0),
    ("واتساب", &[K::Phone], 0),
    // ---- date of birth
    ("dob", &[K::DateOfBirth], 0),
    ("d.o.b", &[K::DateOfBirth], 0),
    ("date of birth", &[K::DateOfBirth], 0),
    ("birth", &[K::DateOfBirth], 0),
    ("birthday", &[K::DateOfBirth], 0),
    ("birthdays", &[K::DateOfBirth], 0),
    ("born", &[K::DateOfBirth], 0),
    // ("born" typed with a letter twice: too short for the typo variants.)
    ("boorn", &[K::DateOfBirth], 0),
    ("borrn", &[K::DateOfBirth], 0),
    ("birthdate", &[K::DateOfBirth], 0),
    ("nascimento", &[K::DateOfBirth], 0),
    ("data de nascimento", &[K::DateOfBirth], 0),
    ("nasci", &[K::DateOfBirth], 0),
    ("aniversário", &[K::DateOfBirth], 0),
    ("nacimiento", &[K::DateOfBirth], 0),
    ("fecha de nacimiento", &[K::DateOfBirth], 0),
    ("nací", &[K::DateOfBirth], 0),
    ("naci", &[K::DateOfBirth], 0),
    ("cumpleaños", &[K::DateOfBirth], 0),
    ("tanggal lahir", &[K::DateOfBirth], 0),
    ("tgl lahir", &[K::DateOfBirth], 0),
    ("lahir", &[K::DateOfBirth], 0),
    ("जन्म", &[K::DateOfBirth], 0),
    ("जन्मतिथि", &[K::DateOfBirth], 0),
    ("जन्म तिथि", &[K::DateOfBirth], 0),
    // English "date of birth" and "DOB" spelled in Devanagari.
    ("डेट ऑफ बर्थ", &[K::DateOfBirth], 0),
    ("डेट ऑफ़ बर्थ", &[K::DateOfBirth], 0),
    ("बर्थ डेट", &[K::DateOfBirth], 0),
    ("डीओबी", &[K::DateOfBirth], 0),
    ("تاريخ الميلاد", &[K::DateOfBirth], 0),
    ("ميلاد", &[K::DateOfBirth], 0),
    ("الميلاد", &[K::DateOfBirth], 0),
    // ---- generic "number" words: raise confidence of validated kinds
    ("number", &[], T_GEN),
    ("no.", &[], T_GEN),
    ("nº", &[], T_GEN),
    ("n°", &[], T_GEN),
    ("número", &[], T_GEN),
    ("numero", &[], T_GEN),
    ("nomor", &[], T_GEN),
    ("नंबर", &[], T_GEN),
    ("संख्या", &[], T_GEN),
    ("رقم", &[], T_GEN),
    ("رقمي", &[], T_GEN),
    // The same word with "to" or "with" glued before it ("بدي احول لرقم
    // 9627…").
    ("لرقم", &[], T_GEN),
    ("برقم", &[], T_GEN),
    // "حولت لرقم 05…": sent to a number, a wallet's phone.
    ("حولت لرقم", &[K::Phone], 0),
    ("حولت على رقم", &[K::Phone], 0),
    ("تحويل لرقم", &[K::Phone], 0),
    ("حولت لـ", &[K::Phone], 0),
    // (To transfer, or transfer!, to a number: "بدي احول لرقم 9627…".)
    ("احول لرقم", &[K::Phone], 0),
    ("أحول لرقم", &[K::Phone], 0),
    ("احول على رقم", &[K::Phone], 0),
    ("أحول على رقم", &[K::Phone], 0),
    ("حول لرقم", &[K::Phone], 0),
    // (Transfer to me: "حولي على الرقم 03963286".)
    ("حولي لرقم", &[K::Phone], 0),
    ("حولي على رقم", &[K::Phone], 0),
    ("حولي على الرقم", &[K::Phone], 0),
    ("حوّل لرقم", &[K::Phone], 0),
    ("للرقم", &[K::Phone], 0),
    // A free line ("الرقم الأخضر", the green number) is no one's.
    ("الرقم الأخضر", &[], T_NEG),
    ("للرقم الأخضر", &[], T_NEG),
    ("رقمه", &[], T_GEN),
    ("رقمها", &[], T_GEN),
    ("رقمك", &[], T_GEN),
    // ---- negative context: what precedes a non-PII number
    ("order", &[], T_NEG),
    ("order id", &[], T_NEG),
    // An API's or an app's error ("Grant token keeps failing with 2001").
    ("failing with", &[], T_NEG),
    ("fails with", &[], T_NEG),
    ("failed with", &[], T_NEG),
    ("order no", &[], T_NEG),
    // Urdu and Bangla "order number", "order id".
    ("آرڈر نمبر", &[], T_NEG),
    ("অর্ডার আইডি", &[], T_NEG),
    ("অর্ডার নম্বর", &[], T_NEG),
    ("order number", &[], T_NEG),
    ("orden", &[], T_NEG),
    ("pedido", &[], T_NEG),
    ("pesanan", &[], T_NEG),
    ("no pesanan", &[], T_NEG),
    ("nomor pesanan", &[], T_NEG),
    ("ऑर्डर", &[], T_NEG),
    ("الطلب", &[], T_NEG),
    ("ماكينة", &[], T_NEG),
    ("مكينة", &[], T_NEG),
    ("طلب", &[], T_NEG),
    ("رقم الطلب", &[], T_NEG),
    ("tracking", &[], T_NEG),
    ("tracking number", &[], T_NEG),
    ("track", &[], T_NEG),
    ("awb", &[], T_NEG),
    ("shipment", &[], T_NEG),
    ("parcel", &[], T_NEG),
    ("rastreio", &[], T_NEG),
    // A transfer's tracking key in Mexico ("listo, rastreo 2519 2551 2504").
    ("rastreo", &[], T_NEG),
    ("código de rastreio", &[], T_NEG),
    ("codigo de rastreio", &[], T_NEG),
    ("código de rastreamento", &[], T_NEG),
    ("rastreamento", &[], T_NEG),
    ("seguimiento", &[], T_NEG),
    ("número de seguimiento", &[], T_NEG),
    ("guía", &[], T_NEG),
    ("resi", &[], T_NEG),
    ("no resi", &[], T_NEG),
    // The receipt of a card's delivery, not the card ("resi kartu …").
    ("resi kartu", &[], T_NEG),
    ("شحنة", &[], T_NEG),
    ("ref", &[], T_NEG),
    ("ref no", &[], T_NEG),
    ("reference", &[], T_NEG),
    ("reference number", &[], T_NEG),
    // Bengali, Urdu and Hindi references and receipts.
    ("রেফারেন্স", &[], T_NEG),
    ("ریفرنس", &[], T_NEG),
    ("रेफरेंस", &[], T_NEG),
    ("रसीद", &[], T_NEG),
    ("rasid", &[], T_NEG),
    ("raseed", &[], T_NEG),
    ("referência", &[], T_NEG),
    ("referencia", &[], T_NEG),
    ("mrn", &[], T_NEG),
    ("مرجع", &[], T_NEG),
    ("المرجع", &[], T_NEG),
    // (Egyptian, from English: "الريفرنس 16355650297".)
    ("الريفرنس", &[], T_NEG),
    ("ريفرنس", &[], T_NEG),
    ("invoice", &[], T_NEG),
    ("bill", &[], T_NEG),
    ("fatura", &[], T_NEG),
    ("factura", &[], T_NEG),
    ("nota fiscal", &[], T_NEG),
    ("tagihan", &[], T_NEG),
    ("nomor tagihan", &[], T_NEG),
    ("faktur", &[], T_NEG),
    ("فاتورة", &[], T_NEG),
    ("فاتورة الجوال", &[], T_NEG),
    ("رقم فاتورة", &[], T_NEG),
    ("pickup code", &[], T_NEG),
    ("ts", &[], T_NEG),
    ("pick up code", &[], T_NEG),
    ("pick-up code", &[], T_NEG),
    ("protocolo", &[], T_NEG),
    ("protocol", &[], T_NEG),
    ("ticket", &[], T_NEG),
    // A transaction's sequence numbers ("seq nos 36972759, 380638").
    ("seq no", &[], T_NEG),
    ("seq nos", &[], T_NEG),
    ("sequence number", &[], T_NEG),
    ("sequence numbers", &[], T_NEG),
    // A helpdesk's conversation and its id ("Conversation WA70799977 —
    // assigned to Chris").
    ("conversation", &[], T_NEG),
    ("conversation id", &[], T_NEG),
    // "Let me call it out": read it aloud, no phone call.
    ("call it out", &[], 0),
    ("call them out", &[], 0),
    ("tkt", &[], T_NEG),
    // A payment's confirmation ("via Zelle …, conf 0740573115").
    ("conf", &[], T_NEG),
    // The date an account was opened ("Account opened on 12072025").
    ("opened on", &[], T_NEG),
    ("chamado", &[], T_NEG),
    ("case", &[], T_NEG),
    // A traffic fine's ("مخالفة مرورية رقم 03353861408").
    ("مخالفة", &[], T_NEG),
    ("مخالفة مرورية", &[], T_NEG),
    // A SIM card's serial ("ICCID 8962649907458972698").
    ("iccid", &[], T_NEG),
    // A booking's or a payment's ("the confirmation number they read me
    // was …").
    ("confirmation number", &[], T_NEG),
    // A SEPA direct debit's mandate reference and creditor id ("ICS
    // FR27ZZZ849147, RUM MNDT230622010").
    ("rum", &[], T_NEG),
    ("mandate reference", &[], T_NEG),
    ("mandate ref", &[], T_NEG),
    ("référence unique de mandat", &[], T_NEG),
    ("référence de mandat", &[], T_NEG),
    ("mandatsreferenz", &[], T_NEG),
    ("riferimento mandato", &[], T_NEG),
    ("referencia del mandato", &[], T_NEG),
    ("referencia de mandato", &[], T_NEG),
    ("referência do mandato", &[], T_NEG),
    ("machtigingskenmerk", &[], T_NEG),
    ("gläubiger-id", &[], T_NEG),
    ("creditor id", &[], T_NEG),
    // A loan's ("el número del crédito es …").
    ("número del crédito", &[], T_NEG),
    ("numero del credito", &[], T_NEG),
    // A support case ("el número de caso 0589700932"), not "en caso de".
    ("número de caso", &[], T_NEG),
    ("numero de caso", &[], T_NEG),
    ("nro de caso", &[], T_NEG),
    ("caso número", &[], T_NEG),
    ("caso numero", &[], T_NEG),
    ("caso nro", &[], T_NEG),
    ("caso #", &[], T_NEG),
    ("complaint", &[], T_NEG),
    ("शिकायत", &[], T_NEG),
    ("reclamação", &[], T_NEG),
    ("reclamacao", &[], T_NEG),
    ("request id", &[], T_NEG),
    // A file's or a settlement's number ("your file 69315549 is with our
    // verification team", "settlement id 455566877502").
    ("file no", &[], T_NEG),
    ("file number", &[], T_NEG),
    ("file #", &[], T_NEG),
    ("file ref", &[], T_NEG),
    ("your file", &[], T_NEG),
    ("nomor berkas", &[], T_NEG),
    ("settlement id", &[], T_NEG),
    ("settlement no", &[], T_NEG),
    ("settlement ref", &[], T_NEG),
    // What an account is linked to is another value ("the account linked
    // to 8117670440"): a mobile, most often.
    ("account linked to", &[K::Phone], 0),
    ("account linked with", &[K::Phone], 0),
    ("slip no", &[], T_NEG),
    // A bank's agency (branch) code ("is the agency code 0001 …") and a
    // utility's service account ("número de cuenta de servicio …").
    ("agency code", &[], T_NEG),
    ("cuenta de servicio", &[], T_NEG),
    ("número de cuenta de servicio", &[], T_NEG),
    ("numero de cuenta de servicio", &[], T_NEG),
    // A postal code ("رمز بريدي 11564") and a financing account, a loan
    // ("رقم الحساب التمويلي", Moroccan "الكريدي ديالي").
    ("رمز بريدي", &[], T_NEG),
    ("الحساب التمويلي", &[], T_NEG),
    ("رقم الحساب التمويلي", &[], T_NEG),
    ("الكريدي", &[], T_NEG),
    // An account's opening, not the account: its code ("kode verifikasi
    // pembukaan rekening: 535474") is a code.
    ("pembukaan rekening", &[], 0),
    ("statement request", &[], T_NEG),
    // An insurance proposal's number ("e-sign your proposal form
    // 2592899098").
    ("proposal form", &[], T_NEG),
    ("proposal no", &[], T_NEG),
    ("proposal number", &[], T_NEG),
    ("req id", &[], T_NEG),
    ("req. id", &[], T_NEG),
    // A document's or an acknowledgement's number ("Rent agreement …, doc
    // no 0584317772", "PAN acknowledgement number 01140720215").
    ("doc no", &[], T_NEG),
    ("document no", &[], T_NEG),
    ("acknowledgement", &[], T_NEG),
    ("acknowledgment", &[], T_NEG),
    ("ack no", &[], T_NEG),
    // Indonesian business number; BPJS (social security) membership;
    // Malay hire purchase ("no akaun sewa beli 4753…").
    ("nomor induk berusaha", &[], T_NEG),
    ("bpjs", &[], T_NEG),
    ("nomor peserta", &[], T_NEG),
    ("sewa beli", &[], T_NEG),
    // A payment falling due ("your credit card payment … is due 07/25"):
    // a due date, not the card's expiry.
    ("is due", &[], T_NEG),
    ("due on", &[], T_NEG),
    ("due by", &[], T_NEG),
    ("transaction", &[], T_NEG),
    ("transaction id", &[], T_NEG),
    ("txn", &[], T_NEG),
    ("cheque", &[], T_NEG),
    ("cheque no", &[], T_NEG),
    ("رقم الشيك", &[], T_NEG),
    // A cheque book ("تم إصدار شيك دفتر رقم 294186157").
    ("دفتر شيكات", &[], T_NEG),
    ("دفتر الشيكات", &[], T_NEG),
    ("شيك دفتر", &[], T_NEG),
    // A police report's number ("la denuncia del robo del celu, nro
    // 18337554").
    ("denuncia", &[], T_NEG),
    ("nro de denuncia", &[], T_NEG),
    ("الشيك", &[], T_NEG),
    ("check no", &[], T_NEG),
    ("chq", &[], T_NEG),
    ("token listrik", &[], T_NEG),
    ("token pln", &[], T_NEG),
    ("purchase", &[], T_NEG),
    ("compra", &[], T_NEG),
    ("pembelian", &[], T_NEG),
    ("achat", &[], T_NEG),
    ("acquisto", &[], T_NEG),
    ("txn id", &[], T_NEG),
    ("trx", &[], T_NEG),
    ("utr", &[], T_NEG),
    ("rrn", &[], T_NEG),
    ("nsu", &[], T_NEG),
    ("transação", &[], T_NEG),
    ("transacao", &[], T_NEG),
    ("transacción", &[], T_NEG),
    ("transaccion", &[], T_NEG),
    ("transaksi", &[], T_NEG),
    ("id transaksi", &[], T_NEG),
    ("معاملة", &[], T_NEG),
    ("العملية", &[], T_NEG),
    ("version", &[], T_NEG),
    ("versão", &[], T_NEG),
    ("versión", &[], T_NEG),
    ("versi", &[], T_NEG),
    // (Italian, Dutch, Polish, Turkish and Chinese: "dalla versione
    // 6.39.7, codice 307" is an app's error, not a card's code.)
    ("versione", &[], T_NEG),
    ("versie", &[], T_NEG),
    ("wersja", &[], T_NEG),
    ("wersji", &[], T_NEG),
    ("sürüm", &[], T_NEG),
    ("sürümü", &[], T_NEG),
    ("versiyon", &[], T_NEG),
    ("版本", &[], T_NEG),
    ("build", &[], T_NEG),
    ("app version", &[], T_NEG),
    ("model", &[], T_NEG),
    ("serial", &[], T_NEG),
    // (A device's serial in Spanish and Portuguese: "número de série
    // 6925357618" of a card machine.)
    ("número de série", &[], T_NEG),
    ("numero de serie", &[], T_NEG),
    ("número de serie", &[], T_NEG),
    ("imei", &[], T_NEG),
    ("zip", &[], T_NEG | T_AMT),
    ("zip code", &[], T_NEG | T_AMT),
    ("postal code", &[], T_NEG | T_AMT),
    ("postcode", &[], T_NEG | T_AMT),
    ("pin code", &[], T_NEG | T_AMT),
    ("pincode", &[], T_NEG | T_AMT),
    ("address", &[], T_ADDR),
    ("addr", &[], T_ADDR),
    ("h.no", &[], T_ADDR),
    ("house no", &[], T_ADDR),
    ("flat no", &[], T_ADDR),
    ("sector", &[], T_ADDR),
    ("nagar", &[], T_ADDR),
    ("colony", &[], T_ADDR),
    ("marg", &[], T_ADDR),
    ("district", &[], T_ADDR),
    ("tehsil", &[], T_ADDR),
    ("taluka", &[], T_ADDR),
    ("village", &[], T_ADDR),
    ("post office", &[], T_ADDR),
    // "nayi city me hu pin 133729": the postal PIN of a new town.
    ("city", &[], T_ADDR),
    ("shehar", &[], T_ADDR),
    ("shahar", &[], T_ADDR),
    ("पता", &[], T_ADDR),
    ("gali", &[], T_ADDR),
    ("street", &[], T_ADDR),
    ("road", &[], T_ADDR),
    ("lane", &[], T_ADDR),
    ("cep", &[], T_NEG | T_AMT),
    ("código postal", &[], T_NEG | T_AMT),
    ("kode pos", &[], T_NEG | T_AMT),
    ("kode posnya", &[], T_NEG | T_AMT),
    // The number of an Indonesian family card (Kartu Keluarga)
    ("nomor kk", &[], T_NEG),
    ("no kk", &[], T_NEG),
    ("kartu keluarga", &[], T_NEG),
    ("kodepos", &[], T_NEG),
    ("promo code", &[], T_NEG),
    ("coupon", &[], T_NEG),
    ("coupon code", &[], T_NEG),
    // A Turkish campaign code ("kampanya kodu 47954280").
    ("kampanya kodu", &[], T_NEG),
    ("category code", &[], T_NEG),
    ("merchant category", &[], T_NEG),
    ("mcc", &[], T_NEG),
    ("discount code", &[], T_NEG),
    ("cupom", &[], T_NEG),
    ("cupón", &[], T_NEG),
    ("error code", &[], T_NEG),
    ("এরর কোড", &[], T_NEG),
    // Catalan and Dutch expiry words; Swiss German "Natel" (a mobile).
    ("caducitat", &[K::CardExpiry], 0),
    ("vervalt", &[K::CardExpiry], 0),
    ("natel", &[K::Phone], 0),
    ("natelnummer", &[K::Phone], 0),
    ("natel-nummer", &[K::Phone], 0),
    // French "reach me at".
    ("me joindre au", &[K::Phone], 0),
    ("me joindre sur", &[K::Phone], 0),
    // A card's first valid month, not its expiry ("valid from 06/25").
    ("valid from", &[], T_NEG),
    ("gültig ab", &[], T_NEG),
    ("valable à partir", &[], T_NEG),
    ("válido desde", &[], T_NEG),
    ("válida desde", &[], T_NEG),
    ("geldig vanaf", &[], T_NEG),
    // An app's error message ("foutmelding … code 4012").
    ("foutmelding", &[], T_NEG),
    ("foutcode", &[], T_NEG),
    // (An app's error, its code in brackets after it: Dutch "Er is iets
    // misgegaan (code 15003)", Greek "Σφάλμα … (κωδικός 2274)", Romanian
    // "Eroare în aplicație (cod 8413)".)
    ("misgegaan", &[], T_NEG),
    // (Dutch "kenmerk", a payment's reference: "tikkie gestuurd kenmerk …".)
    ("kenmerk", &[], T_NEG),
    ("betalingskenmerk", &[], T_NEG),
    ("σφάλμα", &[], T_NEG),
    ("eroare", &[], T_NEG),
    // (Company and contract numbers: French SIRET/SIREN, Italian Partita
    // IVA, Turkish contract numbers, German rent deposits, Finnish
    // insurance numbers.)
    ("siret", &[], T_NEG),
    ("siren", &[], T_NEG),
    ("partita iva", &[], T_NEG),
    ("sözleşme no", &[], T_NEG),
    ("sözleşme numarası", &[], T_NEG),
    ("kautionsnummer", &[], T_NEG),
    ("vakuutusnumero", &[], T_NEG),
    ("fehlermeldung", &[], T_NEG),
    ("fehlercode", &[], T_NEG),
    ("code erreur", &[], T_NEG),
    ("message d'erreur", &[], T_NEG),
    // The date a licence or document was obtained or issued, not a birth
    // date ("permis obtenu le 15/11/2025").
    ("obtenu le", &[], T_NEG),
    ("obtenue le", &[], T_NEG),
    ("délivré le", &[], T_NEG),
    ("délivrée le", &[], T_NEG),
    ("ausgestellt am", &[], T_NEG),
    ("uitgereikt op", &[], T_NEG),
    ("rilasciato il", &[], T_NEG),
    ("rilasciata il", &[], T_NEG),
    // Welsh: account, sort code, birth, password, card, expiry, phone and
    // National Insurance words.
    ("cyfrif", &[K::BankAccount], 0),
    ("gyfrif", &[K::BankAccount], 0),
    ("côd didoli", &[K::UkSortCode], 0),
    ("ganwyd", &[K::DateOfBirth], 0),
    ("wedi'i geni", &[K::DateOfBirth], 0),
    ("wedi'i eni", &[K::DateOfBirth], 0),
    ("cyfrinair", &[K::Password], 0),
    ("rhif y cerdyn", &[K::CardNumber], 0),
    ("rhif cerdyn", &[K::CardNumber], 0),
    ("dod i ben", &[K::CardExpiry], 0),
    ("rhif ffon", &[K::Phone], 0),
    ("yswiriant gwladol", &[K::UkNino], 0),
    ("morgais", &[], T_NEG),
    // A rejection's reason ("Código do motivo: 432").
    ("código do motivo", &[], T_NEG),
    ("código de motivo", &[], T_NEG),
    ("codigo do motivo", &[], T_NEG),
    ("codigo de motivo", &[], T_NEG),
    // A failed payment's reason code ("transfer … failed with code 4488").
    ("failed with code", &[], T_NEG),
    ("declined with code", &[], T_NEG),
    ("rejected with code", &[], T_NEG),
    ("returned with code", &[], T_NEG),
    ("error", &[], T_NEG),
    ("erro", &[], T_NEG),
    ("خطأ", &[], T_NEG),
    ("الخطأ", &[], T_NEG),
    ("código de barras", &[], T_NEG),
    ("código do boleto", &[], T_NEG),
    ("boleto", &[], T_NEG),
    ("flight", &[], T_NEG),
    ("pnr", &[], T_NEG),
    ("booking", &[], T_NEG),
    ("reserva", &[], T_NEG),
    ("room", &[], T_NEG),
    ("kamar", &[], T_NEG),
    // An Indonesian receipt's number ("struk no 37146649").
    ("struk", &[], T_NEG),
    ("policy", &[], T_NEG),
    ("apólice", &[], T_NEG),
    ("póliza", &[], T_NEG),
    // An insurance or instalment plan's number ("please cancel plan
    // 0554024745").
    ("plan", &[], T_NEG),
    ("पॉलिसी", &[], T_NEG),
    ("पालिसी", &[], T_NEG),
    ("polis", &[], T_NEG),
    ("claim", &[], T_NEG),
    // (In Devanagari: "पॉलिसी … का क्लेम CLM771001965".)
    ("क्लेम", &[], T_NEG),
    ("membership", &[], T_NEG),
    ("رقم العضوية", &[], T_NEG),
    ("العضوية", &[], T_NEG),
    ("المطالبة", &[], T_NEG),
    ("مطالبة", &[], T_NEG),
    ("الوثيقة", &[], T_NEG),
    ("sinistro", &[], T_NEG),
    ("loan", &[], T_NEG),
    // A loan's account is the lender's id of the loan, not a bank account.
    ("loan a/c", &[], T_NEG),
    ("loan a/c no", &[], T_NEG),
    ("loan account", &[], T_NEG),
    ("loan account no", &[], T_NEG),
    ("loan account number", &[], T_NEG),
    ("loan acc no", &[], T_NEG),
    ("loan acc", &[], T_NEG),
    ("loan acct", &[], T_NEG),
    // A South African home loan is a bond. (Not "vehicle finance
    // account": writers label it both ways, and an account stays hidden
    // when in doubt.)
    ("bond account", &[], T_NEG),
    ("bond acc", &[], T_NEG),
    ("van die verband", &[], T_NEG),
    ("loan no", &[], T_NEG),
    ("loan khata", &[], T_NEG),
    ("लोन खाता", &[], T_NEG),
    ("ऋण", &[], T_NEG),
    ("mtcn", &[], T_NEG),
    // Arabic: a Western Union transfer ("حوالة ويسترن يونيون 389-624-5715
    // جاهزة"), and an ATM's or a terminal's number ("رقم الجهاز 6529…").
    ("ويسترن يونيون", &[], T_NEG),
    ("رقم الجهاز", &[], T_NEG),
    // A remittance's or a parcel's number ("número de envío 0595626602",
    // "Código de remesa 0503558235").
    ("número de envío", &[], T_NEG),
    ("numero de envio", &[], T_NEG),
    ("número de envio", &[], T_NEG),
    ("no. de envío", &[], T_NEG),
    ("código de remesa", &[], T_NEG),
    ("codigo de remesa", &[], T_NEG),
    ("número de remesa", &[], T_NEG),
    ("numero de remesa", &[], T_NEG),
    ("clave de remesa", &[], T_NEG),
    ("folio de remesa", &[], T_NEG),
    // A remittance's transfer number ("رقم الحوالة 219-688-5496", "western
    // union … 385-962-9699") is no phone.
    ("western union", &[], T_NEG),
    ("الحوالة", &[], T_NEG),
    ("رقم الحوالة", &[], T_NEG),
    ("رقم التحويل", &[], T_NEG),
    ("كول سنتر", &[], T_NEG),
    ("rujukan", &[], T_NEG),
    ("no rujukan", &[], T_NEG),
    // (Only in capitals: German "ein"; see `word_not_acronym`.)
    ("ein", &[], T_NEG),
    ("رمز الأمان", &[K::CardSecurityCode, K::Otp], 0),
    ("expediente", &[], T_NEG),
    ("número de expediente", &[], T_NEG),
    ("multa", &[], T_NEG),
    ("session id", &[], T_NEG),
    ("nip session", &[], T_NEG),
    ("ऋण खाता", &[], T_NEG),
    ("ऋण खाता संख्या", &[], T_NEG),
    ("ऋण खाते", &[], T_NEG),
    ("वित्त वर्ष", &[], T_NEG),
    ("financial year", &[], T_NEG),
    ("लेन-देन संख्या", &[], T_NEG),
    ("लेनदेन संख्या", &[], T_NEG),
    ("oficina", &[], T_NEG),
    // A postal PIN code after a preposition ("pickup at pin 560034").
    ("at pin", &[], T_NEG),
    ("to pin", &[], T_NEG),
    ("in pin", &[], T_NEG),
    ("लोन खाता संख्या", &[], T_NEG),
    ("pinjaman", &[], T_NEG),
    // A loan's number, as "loan" ("el préstamo 01761877886", "Numéro de
    // prêt …").
    ("préstamo", &[], T_NEG),
    ("prestamo", &[], T_NEG),
    ("prêt", &[], T_NEG),
    ("empréstimo", &[], T_NEG),
    ("emprestimo", &[], T_NEG),
    ("obligación", &[], T_NEG),
    ("obligacion", &[], T_NEG),
    ("gift card", &[], T_NEG),
    ("gift cards", &[], T_NEG),
    ("tarjeta de regalo", &[], T_NEG),
    ("cartão presente", &[], T_NEG),
    ("cartão-presente", &[], T_NEG),
    ("vale-presente", &[], T_NEG),
    ("cartao presente", &[], T_NEG),
    ("रेफ", &[], T_NEG),
    ("रेफ नंबर", &[], T_NEG),
    ("mortgage account", &[], T_NEG),
    ("estado de cuenta", &[], T_NEG),
    ("estados de cuenta", &[], T_NEG),
    ("mortgage", &[], T_NEG),
    ("operation", &[], T_NEG),
    ("opération", &[], T_NEG),
    ("l'opération", &[], T_NEG),
    ("solicitação", &[], T_NEG),
    ("solicitacao", &[], T_NEG),
    ("solicitud", &[], T_NEG),
    ("user id", &[], T_NEG),
    ("userid", &[], T_NEG),
    ("username", &[], T_NEG),
    ("user name", &[], T_NEG),
    ("login id", &[], T_NEG),
    ("rm", &[], T_CUR),
    ("contrato", &[], T_NEG),
    // (Italian: "Contratto n. 05673607506", a loan's contract.)
    ("contratto", &[], T_NEG),
    ("kontrak", &[], T_NEG),
    // A property tax's account ("cuenta predial 1930069221").
    ("predial", &[], T_UTIL),
    // An error's code ("رمز الخطأ 78262") is no one-time code.
    ("رمز الخطأ", &[], T_NEG),
    ("كود الخطأ", &[], T_NEG),
    ("كود خطأ", &[], T_NEG),
    ("contract", &[], T_NEG),
    ("customer id", &[], T_NEG),
    ("cust id", &[], T_NEG),
    ("cust. id", &[], T_NEG),
    ("ग्राहक आईडी", &[], T_NEG),
    ("कस्टमर आईडी", &[], T_NEG),
    ("commercial registration", &[], T_NEG),
    ("السجل التجاري", &[], T_NEG),
    ("سجل تجاري", &[], T_NEG),
    ("contestação", &[], T_NEG),
    // A DARF's revenue code; FGTS's birthday-month withdrawal.
    ("código de receita", &[], T_NEG),
    ("saque-aniversário", &[], T_NEG),
    ("saque aniversário", &[], T_NEG),
    ("saque-aniversario", &[], T_NEG),
    ("saque aniversario", &[], T_NEG),
    ("contestacao", &[], T_NEG),
    ("transfer id", &[], T_NEG),
    // A health plan's enrolment code or number ("HMO code 27945257").
    ("hmo", &[], T_NEG),
    ("hmo code", &[], T_NEG),
    ("hmo id", &[], T_NEG),
    ("ট্র্যাকিং", &[], T_NEG),
    ("postpaid account", &[], T_UTIL),
    ("cliente", &[], T_NEG),
    ("nf", &[], T_NEG),
    // ---- "last digits": a partial value is not the value
    ("ending", &[], T_NEG | T_LAST),
    // Indonesian and Malay "last digits".
    ("digit terakhir", &[], T_NEG | T_LAST),
    ("angka terakhir", &[], T_NEG | T_LAST),
    ("digit akhir", &[], T_NEG | T_LAST),
    ("nombor terakhir", &[], T_NEG | T_LAST),
    // A Malaysian JomPAY biller's code.
    ("kod biller", &[], T_NEG),
    ("ending in", &[], T_NEG | T_LAST),
    ("ending with", &[], T_NEG | T_LAST),
    ("ends in", &[], T_NEG | T_LAST),
    ("ends with", &[], T_NEG | T_LAST),
    ("last 4", &[], T_NEG | T_LAST),
    ("last four", &[], T_NEG | T_LAST),
    ("last 4 digits", &[], T_NEG | T_LAST),
    ("final", &[], T_NEG | T_LAST),
    ("finais", &[], T_NEG | T_LAST),
    ("terminado em", &[], T_NEG | T_LAST),
    ("terminada em", &[], T_NEG | T_LAST),
    ("termina em", &[], T_NEG | T_LAST),
    ("terminada en", &[], T_NEG | T_LAST),
    ("terminado en", &[], T_NEG | T_LAST),
    ("acabat en", &[], T_NEG | T_LAST),
    ("acabada en", &[], T_NEG | T_LAST),
    ("termina en", &[], T_NEG | T_LAST),
    ("terminant par", &[], T_NEG | T_LAST),
    ("últimos", &[], T_NEG | T_LAST),
    ("ultimos", &[], T_NEG | T_LAST),
    ("akhiran", &[], T_NEG | T_LAST),
    // Malay "card ending" ("kad hujung 4257").
    ("hujung", &[], T_NEG | T_LAST),
    ("berakhiran", &[], T_NEG | T_LAST),
    ("ending digits", &[], T_NEG | T_LAST),
    ("xxxx", &[], T_NEG | T_LAST),
    ("****", &[], T_NEG | T_LAST),
    ("**", &[], T_NEG | T_LAST),
    ("•••• ", &[], T_NEG | T_LAST),
    ("अंतिम", &[], T_NEG | T_LAST),
    ("आखिरी", &[], T_NEG | T_LAST),
    ("आख़िरी", &[], T_NEG | T_LAST),
    ("aakhri", &[], T_NEG | T_LAST),
    ("akhri", &[], T_NEG | T_LAST),
    ("aakhiri", &[], T_NEG | T_LAST),
    ("akhiri", &[], T_NEG | T_LAST),
    ("آخر", &[], T_NEG | T_LAST),
    // "The last time", no last digits ("الرقم السري نسيته، اخر مرة
    // حطيته 1339", "aakhri baar 4821 dala tha"): keywords of no topic.
    ("آخر مرة", &[], 0),
    ("آخر مره", &[], 0),
    ("آخر مرّة", &[], 0),
    ("aakhri baar", &[], 0),
    ("akhri baar", &[], 0),
    ("aakhiri baar", &[], 0),
    ("akhiri baar", &[], 0),
    ("आखिरी बार", &[], 0),
    ("आख़िरी बार", &[], 0),

    // ---- French, Italian, Turkish
    ("carte", &[K::CardNumber, K::CardExpiry], 0),
    ("numéro de carte", &[K::CardNumber], 0),
    ("carta", &[K::CardNumber, K::CardExpiry], 0),
    ("kart", &[K::CardNumber, K::CardExpiry], 0),
    ("kart numaram", &[K::CardNumber], 0),
    ("kredi kartı", &[K::CardNumber, K::CardExpiry], 0),
    ("cryptogramme", &[K::CardSecurityCode], 0),
    // (French shorthand for the cryptogram: "carte … crypto 726".)
    ("crypto", &[K::CardSecurityCode], 0),
    ("code de sécurité", &[K::CardSecurityCode, K::Otp], 0),
    ("codice di sicurezza", &[K::CardSecurityCode, K::Otp], 0),
    ("güvenlik kodu", &[K::CardSecurityCode], 0),
    ("date d'expiration", &[K::CardExpiry], 0),
    ("scadenza", &[K::CardExpiry], 0),
    ("scad", &[K::CardExpiry], 0),
    ("scade", &[K::CardExpiry], 0),
    ("son kullanma", &[K::CardExpiry], 0),
    ("skt", &[K::CardExpiry], 0),
    ("son kullanma tarihi", &[K::CardExpiry], 0),
    ("son kul tar", &[K::CardExpiry], 0),
    ("son kul. tar", &[K::CardExpiry], 0),
    // The three digits on the back of the card: Turkish "arka 3 hane",
    // Indonesian "3 angka belakang", French "au dos".
    ("arka 3 hane", &[K::CardSecurityCode], 0),
    ("arkadaki 3 hane", &[K::CardSecurityCode], 0),
    ("arkasındaki 3 hane", &[K::CardSecurityCode], 0),
    ("arkasında 3 hane", &[K::CardSecurityCode], 0),
    ("arkasındaki üç hane", &[K::CardSecurityCode], 0),
    ("arkadaki üç hane", &[K::CardSecurityCode], 0),
    // (Three only: "4 angka belakang kartu" are a card's last digits.)
    ("3 angka belakang", &[K::CardSecurityCode], 0),
    ("3 digit belakang", &[K::CardSecurityCode], 0),
    ("3 angka di belakang", &[K::CardSecurityCode], 0),
    ("3 digit di belakang", &[K::CardSecurityCode], 0),
    ("tiga angka belakang", &[K::CardSecurityCode], 0),
    ("au dos", &[K::CardSecurityCode], 0),
    ("vto", &[K::CardExpiry], 0),
    ("venc", &[K::CardExpiry], 0),
    // Peru's "F.V." (fecha de vencimiento) on cards.
    ("f.v.", &[K::CardExpiry], 0),
    ("f.v", &[K::CardExpiry], 0),
    ("val", &[K::CardExpiry], 0),
    ("code secret", &[K::CardPin], 0),
    ("code pin", &[K::CardPin], 0),
    ("şifre", &[K::Password, K::CardPin], 0),
    ("şifrem", &[K::Password, K::CardPin], 0),
    ("şifresi", &[K::Password, K::CardPin], 0),
    ("şifremi", &[K::Password, K::CardPin], 0),
    ("kart şifresi", &[K::CardPin], 0),
    ("kart şifrem", &[K::CardPin], 0),
    ("kartın şifresi", &[K::CardPin], 0),
    ("kart sifresi", &[K::CardPin], 0),
    ("atm şifresi", &[K::CardPin], 0),
    ("atm şifrem", &[K::CardPin], 0),
    ("parola", &[K::Password], 0),
    ("kode rahasia", &[K::CardPin], 0),
    ("clave de seguridad", &[K::Otp, K::Password], 0),
    ("clave temporal", &[K::Otp, K::Password], 0),
    ("clave dinámica", &[K::Otp], 0),
    ("clave dinamica", &[K::Otp], 0),
    // BBVA's and others' one-time "operation key" ("tu clave de operación
    // es 257491"): the code, not the operation's reference.
    ("clave de operación", &[K::Otp], 0),
    ("clave de operacion", &[K::Otp], 0),
    ("clave de confirmación", &[K::Otp], 0),
    ("clave de confirmacion", &[K::Otp], 0),
    ("clave de acceso", &[K::Password], 0),
    // A wallet app's key is its PIN ("la clave de yape que puse"); the key
    // for a cash withdrawal without a card is sent once, a one-time code.
    ("clave de yape", &[K::CardPin], 0),
    ("clave de plin", &[K::CardPin], 0),
    ("clave de nequi", &[K::CardPin], 0),
    ("clave de daviplata", &[K::CardPin], 0),
    ("clave del yape", &[K::CardPin], 0),
    ("clave del plin", &[K::CardPin], 0),
    ("clave del nequi", &[K::CardPin], 0),
    ("clave del daviplata", &[K::CardPin], 0),
    ("clave de retiro", &[K::Otp], 0),
    ("clave para retiro", &[K::Otp], 0),
    ("retiro sin tarjeta", &[K::Otp], 0),
    // "cliente dio codigo 130310 a falso ejecutivo": a code given away.
    ("dio codigo", &[K::Otp], 0),
    ("dio código", &[K::Otp], 0),
    ("dio el codigo", &[K::Otp], 0),
    ("dio el código", &[K::Otp], 0),
    // A transaction's PIN ("senha de transação é 7818"), the PIN code.
    ("senha de transação", &[K::CardPin, K::Password], 0),
    ("senha de transacao", &[K::CardPin, K::Password], 0),
    ("pin de transação", &[K::CardPin, K::Password], 0),
    ("pin de transacao", &[K::CardPin, K::Password], 0),
    ("البن كود", &[K::CardPin], 0),
    ("code de vérification", &[K::Otp], 0),
    ("code de confirmation", &[K::Otp], 0),
    ("codice", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("codice di verifica", &[K::Otp], 0),
    ("codice di conferma", &[K::Otp], 0),
    ("codice otp", &[K::Otp], 0),
    ("kod", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("doğrulama kodu", &[K::Otp], 0),
    ("onay kodu", &[K::Otp], 0),
    ("kodenya", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("otpnya", &[K::Otp], 0),
    ("pinnya", &[K::CardPin], 0),
    ("compte", &[K::BankAccount], 0),
    ("numéro de compte", &[K::BankAccount], 0),
    ("conto", &[K::BankAccount], 0),
    ("conto corrente", &[K::BankAccount], 0),
    ("hesap", &[K::BankAccount], 0),
    ("hesap no", &[K::BankAccount], 0),
    ("hsap no", &[K::BankAccount], 0),
    ("hesap numaram", &[K::BankAccount], 0),
    // "Its account" ("mevduat hesabı 2080979").
    ("hesabı", &[K::BankAccount], 0),
    // Opening one ("şirket hesabı açmak istiyorum"), not a number.
    ("hesabı açmak", &[], 0),
    ("hesap açmak", &[], 0),
    ("hesabımdan", &[K::BankAccount], 0),
    ("rekeningnya", &[K::BankAccount], 0),
    ("portable", &[K::Phone], 0),
    ("téléphone", &[K::Phone], 0),
    ("appelez", &[K::Phone], 0),
    ("rappelez", &[K::Phone], 0),
    ("appeler", &[K::Phone], 0),
    ("cellulare", &[K::Phone], 0),
    ("chiamami", &[K::Phone], 0),
    ("chiamatemi", &[K::Phone], 0),
    ("telefon", &[K::Phone], 0),
    ("cep telefonu", &[K::Phone], 0),
    ("numaram", &[], T_GEN),
    // ("numaram değişti 0559-…": my number changed.)
    ("numaram değişti", &[K::Phone], 0),
    ("numara", &[], T_GEN),
    ("numéro", &[], T_GEN),
    ("nomornya", &[], T_GEN),
    ("reach me", &[K::Phone], 0),
    ("text me", &[K::Phone], 0),
    // Messaging someone on a number, roaming on a line, buying airtime
    // or data on it ("stop messaging my wife on 7861548453", "roaming on
    // 6655745734", "data bundle … on 0733-922055").
    ("messaging", &[K::Phone], 0),
    ("messaged", &[K::Phone], 0),
    ("roaming", &[K::Phone], 0),
    ("airtime", &[K::Phone], 0),
    ("data bundle", &[K::Phone], 0),
    ("sms", &[K::Phone], 0),
    ("m:", &[K::Phone], 0),
    ("ph", &[K::Phone], 0),
    ("wsp", &[K::Phone], 0),
    ("llámame", &[K::Phone], 0),
    ("llamame", &[K::Phone], 0),
    ("tlf", &[K::Phone], 0),
    ("tfno", &[K::Phone], 0),
    ("telf", &[K::Phone], 0),
    ("code we sent to", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("otp we sent to", &[K::Phone, K::Otp], 0),
    ("الرمز إلى", &[K::Phone, K::Otp], 0),
    ("الكود إلى", &[K::Phone, K::Otp], 0),
    ("llamalo", &[K::Phone], 0),
    ("llámalo", &[K::Phone], 0),
    ("llamala", &[K::Phone], 0),
    ("llámala", &[K::Phone], 0),
    ("contactar al", &[K::Phone], 0),
    ("contactarme al", &[K::Phone], 0),
    ("contactame al", &[K::Phone], 0),
    ("contáctame al", &[K::Phone], 0),
    ("contactarnos al", &[K::Phone], 0),
    ("contactarle al", &[K::Phone], 0),
    ("contactarlo al", &[K::Phone], 0),
    ("contactarla al", &[K::Phone], 0),
    ("contactarte al", &[K::Phone], 0),
    ("comunicarnos al", &[K::Phone], 0),
    ("comunicarse al", &[K::Phone], 0),
    ("comunicarme al", &[K::Phone], 0),
    ("comunicarte al", &[K::Phone], 0),
    ("me encuentran al", &[K::Phone], 0),
    ("donde me encuentran", &[K::Phone], 0),
    ("línea registrada", &[K::Phone], 0),
    ("linea registrada", &[K::Phone], 0),
    // Where a code was sent ("sent a code to 07536653635", "enviamos un
    // código al 713625949"); still a code word for what follows.
    ("code to", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("otp to", &[K::Phone, K::Otp], 0),
    ("código al", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("codigo al", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("kode ke", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    // ("Wir haben einen Code an 01607392993 geschickt", "un code au 06 …",
    // "il codice al 347 …".)
    ("code an", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("code au", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("codice al", &[K::Phone, K::Otp, K::CardSecurityCode], T_CODE),
    ("otp ke", &[K::Phone, K::Otp], 0),
    ("ligue", &[K::Phone], 0),
    ("اتصل", &[K::Phone], 0),
    ("اتصل بي", &[K::Phone], 0),
    ("السويفت", &[K::SwiftBic], 0),
    ("سويفت", &[K::SwiftBic], 0),
    ("مواليد", &[K::DateOfBirth], 0),
    ("mwallad", &[K::DateOfBirth], 0),
    ("انولد", &[K::DateOfBirth], 0),
    ("انولدت", &[K::DateOfBirth], 0),
    ("تولد", &[K::DateOfBirth], 0),
    // "ولد ابني في …" (my son was born on).
    ("ولد", &[K::DateOfBirth], 0),
    ("date de naissance", &[K::DateOfBirth], 0),
    ("naissance", &[K::DateOfBirth], 0),
    ("né le", &[K::DateOfBirth], 0),
    ("née le", &[K::DateOfBirth], 0),
    ("data di nascita", &[K::DateOfBirth], 0),
    ("nascita", &[K::DateOfBirth], 0),
    ("nato il", &[K::DateOfBirth], 0),
    ("nata il", &[K::DateOfBirth], 0),
    ("doğum", &[K::DateOfBirth], 0),
    ("doğum tarihi", &[K::DateOfBirth], 0),
    // (Its abbreviation on forms: "TC kimlik no: …, d.t. 22-10-1965".)
    ("d.t.", &[K::DateOfBirth], 0),
    ("doğum tarihim", &[K::DateOfBirth], 0),
    ("nasc", &[K::DateOfBirth], 0),
    ("nac", &[K::DateOfBirth], 0),
    ("fecha nac", &[K::DateOfBirth], 0),
    ("f. nac", &[K::DateOfBirth], 0),
    // "FN: 1991-04-25", "FN = 11/11/1994": fecha de nacimiento in a
    // form's or a note's field.
    ("fn", &[K::DateOfBirth], 0),
    ("f.n.", &[K::DateOfBirth], 0),
    ("lahirnya", &[K::DateOfBirth], 0),
    ("tanggal lahirnya", &[K::DateOfBirth], 0),
    ("doğum tarihimi", &[K::DateOfBirth], 0),
    ("doğum tarihini", &[K::DateOfBirth], 0),
    ("tgl lhr", &[K::DateOfBirth], 0),
    ("age", &[K::DateOfBirth], 0),
    ("vergi", &[K::TrTckn], 0),
    ("tc", &[K::TrTckn], 0),
    ("t.c.", &[K::TrTckn], 0),
    ("kimlik no", &[K::TrTckn], 0),
    ("كيملك", &[K::TrTckn], 0),
    ("الكيملك", &[K::TrTckn], 0),
    ("مواطن تركي", &[K::TrTckn], 0),
    ("keybca", &[K::Otp], 0),
    ("txt me", &[K::Phone], 0),
    ("ni no", &[K::UkNino], 0),
    ("nin", &[K::UkNino], T_NEG),
    // ---- more negative context
    ("operación", &[], T_NEG),
    ("operacion", &[], T_NEG),
    ("número de operación", &[], T_NEG),
    ("numero de operacion", &[], T_NEG),
    // (A boleto's own number, and a utility's installation: "Nosso
    // número: 01819408725", "instalação 0047083692".)
    ("nosso número", &[], T_NEG),
    ("nosso numero", &[], T_NEG),
    ("instalação", &[], T_NEG),
    ("operação", &[], T_NEG),
    ("folio", &[], T_NEG),
    // M-Pesa business numbers ("paid into the wrong paybill 289821"): no
    // account, no phone.
    ("paybill", &[], T_NEG),
    // Nigeria's Remita reference ("RRR 670213536040"), and Swahili
    // receipts and loans ("risiti namba 41837704", "Namba ya mkopo …").
    ("rrr", &[], T_NEG),
    ("risiti", &[], T_NEG),
    ("risiti namba", &[], T_NEG),
    ("namba ya risiti", &[], T_NEG),
    ("namba ya mkopo", &[], T_NEG),
    ("pay bill", &[], T_NEG),
    ("till number", &[], T_NEG),
    // A Pix transaction's id ("txid 383C748D-…") is no key.
    ("txid", &[], T_NEG),
    ("siniestro", &[], T_NEG),
    ("comprobante", &[], T_NEG),
    ("autorización", &[], T_NEG | T_AUTH),
    ("autorizacion", &[], T_NEG | T_AUTH),
    ("time stamp", &[], T_NEG),
    ("codigo do produto", &[], T_NEG),
    ("codigo del producto", &[], T_NEG),
    ("product", &[], T_NEG),
    ("products", &[], T_NEG),
    ("produto", &[], T_NEG),
    ("producto", &[], T_NEG),
    ("prodotto", &[], T_NEG),
    ("produk", &[], T_NEG),
    ("kode produk", &[], T_NEG),
    ("ürün", &[], T_NEG),
    ("ürün kodu", &[], T_NEG),
    ("produit", &[], T_NEG),
    ("code produit", &[], T_NEG),
    ("رمز المنتج", &[], T_NEG),
    ("كود المنتج", &[], T_NEG),
    ("timestamp", &[], T_NEG),
    ("epoch", &[], T_NEG),
    ("unix time", &[], T_NEG),
    ("clave de rastreo", &[], T_NEG),
    ("clave rastreo", &[], T_NEG),
    ("ventanilla", &[], T_NEG),
    ("guichet", &[], T_NEG),
    // An app's error ("Something went wrong (code 5003)") and the code a
    // shop's till gives for a payment ("pagué en el tambo, me dieron este
    // codigo 46346798", "Caja Vecina", "OXXO").
    ("went wrong", &[], T_NEG),
    ("tambo", &[], T_NEG),
    ("caja vecina", &[], T_NEG),
    ("oxxo", &[], T_NEG),
    ("sportello", &[], T_NEG),
    ("gişe", &[], T_NEG),
    ("sala", &[], T_NEG),
    ("salle", &[], T_NEG),
    ("stanza", &[], T_NEG),
    ("oda", &[], T_NEG),
    ("oda no", &[], T_NEG),
    ("ruang", &[], T_NEG),
    ("ruangan", &[], T_NEG),
    ("غرفة", &[], T_NEG),
    ("الغرفة", &[], T_NEG),
    ("andar", &[], T_NEG),
    ("piso", &[], T_NEG),
    ("lantai", &[], T_NEG),
    // Hinglish money "cut" from an account ("paise kat gaye"); alone,
    // Malay "kat" is "at" ("call sy kat 012 652 8478").
    ("kat gaye", &[], T_NEG),
    ("kat gaya", &[], T_NEG),
    ("kat gayi", &[], T_NEG),
    ("kat raha", &[], T_NEG),
    ("kat rahe", &[], T_NEG),
    ("tiket", &[], T_NEG),
    ("tiketnya", &[], T_NEG),
    ("nomor tiketnya", &[], T_NEG),
    ("no tiket", &[], T_NEG),
    ("aduan", &[], T_NEG),
    ("no aduan", &[], T_NEG),
    ("nomor aduan", &[], T_NEG),
    ("laporan", &[], T_NEG),
    ("no laporan", &[], T_NEG),
    ("reclamo", &[], T_NEG),
    ("número de reclamo", &[], T_NEG),
    ("queja", &[], T_NEG),
    ("رقم الشكوى", &[], T_NEG),
    ("بلاغ", &[], T_NEG),
    ("رقم البلاغ", &[], T_NEG),
    ("şikayet", &[], T_NEG),
    ("şikayet no", &[], T_NEG),
    ("talep no", &[], T_NEG),
    ("talep numarası", &[], T_NEG),
    ("talep", &[], T_NEG),
    ("réclamation", &[], T_NEG),
    ("dossier", &[], T_NEG),
    ("n° de dossier", &[], T_NEG),
    // A document's issue date, listed after a birth date ("DOB 07/11/1961,
    // PAN issue date 28 Jan 2019", "emissão RG: 30.03.2021").
    ("issued", &[], T_NEG),
    ("issued on", &[], T_NEG),
    ("issue date", &[], T_NEG),
    ("date of issue", &[], T_NEG),
    ("passport issue", &[], T_NEG),
    ("emitido", &[], T_NEG),
    ("emitido em", &[], T_NEG),
    ("emitida", &[], T_NEG),
    ("emissão", &[], T_NEG),
    ("emissao", &[], T_NEG),
    ("data de emissão", &[], T_NEG),
    ("expedición", &[], T_NEG),
    ("expedida", &[], T_NEG),
    ("fecha de emisión", &[], T_NEG),
    ("emisión", &[], T_NEG),
    ("tanggal terbit", &[], T_NEG),
    ("diterbitkan", &[], T_NEG),
    ("تاريخ الإصدار", &[], T_NEG),
    ("تاريخ الاصدار", &[], T_NEG),
    ("tari5 isdar", &[], T_NEG),
    ("tarikh isdar", &[], T_NEG),
    ("tare5 el esdar", &[], T_NEG),
    ("tari5 el isdar", &[], T_NEG),
    // A Colombian filing number ("radicado 192923574405").
    ("radicado", &[], T_NEG),
    ("número de radicado", &[], T_NEG),
    ("numero de radicado", &[], T_NEG),
    ("radicación", &[], T_NEG),
    ("كشف الحساب", &[], T_NEG),
    ("anydesk", &[], T_NEG),
    ("teamviewer", &[], T_NEG),
    ("boletim de ocorrência", &[], T_NEG),
    ("bo nº", &[], T_NEG),
    ("medidor", &[], T_NEG),
    ("convenio", &[], T_NEG),
    ("demande n°", &[], T_NEG),
    ("demande nº", &[], T_NEG),
    ("numéro de demande", &[], T_NEG),
    ("n° de demande", &[], T_NEG),
    ("segnalazione", &[], T_NEG),
    ("bank code", &[], T_NEG),
    ("branch code", &[], T_NEG),
    ("booking code", &[], T_NEG),
    ("voucher code", &[], T_NEG),
    ("voucher", &[], T_NEG),
    // (A subsidy's e-voucher is redeemed with a code sent to one's phone:
    // "e-voucher: your code 739210 expires in 24 hrs".)
    ("e-voucher", &[], 0),
    ("vouchers", &[], T_NEG),
    ("gift code", &[], T_NEG),
    ("referral code", &[], T_NEG),
    ("invite code", &[], T_NEG),
    ("redeem code", &[], T_NEG),
    ("customer code", &[], T_NEG),
    ("client code", &[], T_NEG),
    ("merchant code", &[], T_NEG),
    ("store code", &[], T_NEG),
    ("secret", &[K::ApiKey], 0),
    ("server key", &[K::ApiKey], 0),
    ("स्विफ्ट", &[K::SwiftBic], 0),
    ("स्विफ्ट कोड", &[K::SwiftBic], 0),
    ("akaun", &[K::BankAccount], 0),
    ("no akaun", &[K::BankAccount], 0),
    ("nombor akaun", &[K::BankAccount], 0),
    ("nombor", &[K::Phone], 0),
    ("fon", &[K::Phone], 0),
    ("no fon", &[K::Phone], 0),
    ("paynow", &[K::Phone], 0),
    // Australia's PayID: a mobile (or e-mail) standing for an account.
    ("payid", &[K::Phone], 0),
    ("e-wallet", &[K::Phone], 0),
    // (FNB's eWallet is sent to a cellphone number: "eWallet to 079 …".)
    ("ewallet", &[K::Phone], 0),
    // Yoruba and Zulu "number", "my number" ("Nomba mi ni 0818…",
    // "Inombolo yami ngu 071…").
    ("nomba mi", &[K::Phone], 0),
    ("inombolo", &[K::Phone], 0),
    // ("Shayela umama kule nombolo 0603925386", "ningishayele ku 084…":
    // call me on.)
    ("nombolo", &[K::Phone], 0),
    ("kunombolo", &[K::Phone], 0),
    ("ningishayele", &[K::Phone], 0),
    ("inombolo yami", &[K::Phone], 0),
    ("الرقم ديالي", &[K::Phone], 0),
    // Maghrebi "the number" (French "numéro") and Levantine "the mobile"
    // ("النومرو متاعي", "رقم الخلوي 71 873 546").
    ("النومرو", &[K::Phone], 0),
    ("نومرو", &[K::Phone], 0),
    ("الخلوي", &[K::Phone], 0),
    ("الخليوي", &[K::Phone], 0),
    ("tac", &[K::Otp], 0),
    ("kod tac", &[K::Otp], 0),
    // Malay "verification code" ("Kod pengesahan CIMB Clicks: 935629").
    ("kod pengesahan", &[K::Otp], 0),
    ("chaves", &[K::BrPixKey, K::Phone, K::BrCpf, K::BrCnpj], 0),
    ("bancomat pay", &[K::Phone], 0),
    ("satispay", &[K::Phone], 0),
    ("instapay", &[K::Phone], 0),
    ("انستاباي", &[K::Phone], 0),
    ("فودافون كاش", &[K::Phone], 0),
    ("المحفظة", &[K::Phone], 0),
    ("vodafone cash", &[K::Phone], 0),
    // Lebanon's wallet, paid to a mobile ("حولي على ويش موني لرقم 03 049
    // 824").
    ("whish money", &[K::Phone], 0),
    ("ويش موني", &[K::Phone], 0),
    ("m-pesa", &[K::Phone], 0),
    ("mpesa", &[K::Phone], 0),
    ("gcash", &[K::Phone], 0),
    // The Philippine wallet once called PayMaya ("Maya" alone is a name).
    ("paymaya", &[K::Phone], 0),
    ("maya account", &[K::Phone], 0),
    ("maya wallet", &[K::Phone], 0),
    ("duitnow", &[K::Phone], 0),
    // A Malaysian identity card's number, which DuitNow also takes.
    ("no ic", &[], T_NEG),
    ("nombor ic", &[], T_NEG),
    ("wise transfer", &[], T_NEG),
    // Indonesian e-wallets, whose account is the phone number ("DANA"
    // is left out: "dana" means funds, "dana refund ke rekening …").
    ("gopay", &[K::Phone], 0),
    ("go-pay", &[K::Phone], 0),
    ("ovo", &[K::Phone], 0),
    ("shopeepay", &[K::Phone], 0),
    ("linkaja", &[K::Phone], 0),
    ("yape", &[K::Phone], 0),
    ("easypaisa", &[K::Phone], 0),
    ("jazzcash", &[K::Phone], 0),
    ("jazz cash", &[K::Phone], 0),
    ("bkash", &[K::Phone], 0),
    ("বিকাশ", &[K::Phone], 0),
    ("nagad", &[K::Phone], 0),
    ("esewa", &[K::Phone], 0),
    // Pakistan's national identity card, a number of no listed kind.
    ("cnic", &[], T_NEG),
    ("shanakhti card", &[], T_NEG),
    ("شناختی کارڈ", &[], T_NEG),
    ("esewa id", &[K::Phone], 0),
    ("khalti", &[K::Phone], 0),
    // Sri Lanka's wallet ("FriMi number 077 7468329").
    ("frimi", &[K::Phone], 0),
    ("frimi number", &[K::Phone], 0),
    ("tigo money", &[K::Phone], 0),
    ("moncash", &[K::Phone], 0),
    // A remittance's or parcel's own number after the noun with its
    // article ("Estado del envío 051-528-8357", "el envío 071-899-6500";
    // not the verb, "te envío al 612 …").
    ("el envío", &[], T_NEG),
    ("del envío", &[], T_NEG),
    ("el envio", &[], T_NEG),
    ("del envio", &[], T_NEG),
    ("su envío", &[], T_NEG),
    ("mi envío", &[], T_NEG),
    // Haitian and Central American wallets and carriers, and topping a
    // phone up ("Natcash li se 3421 3206", "Digicel 4041-5815",
    // "recargarle … 34086667", Creole "rechaj", "rele l nan …" (call her
    // at); "tigo money" is listed above). Not "recarga" alone: Portuguese
    // names the top-up's own number so ("a recarga 9380858712"); nor
    // "tigo", the end of "antigo:".
    ("natcash", &[K::Phone], 0),
    ("digicel", &[K::Phone], 0),
    ("recargarle", &[K::Phone], 0),
    ("rechaj", &[K::Phone], 0),
    ("rele", &[K::Phone], 0),
    // Jamaican Patois "number" ("Mi new numba 876 972 3171").
    ("numba", &[], T_GEN),
    // Haitian Creole
    ("kòd verifikasyon", &[K::Otp], 0),
    ("kod verifikasyon", &[K::Otp], 0),
    ("nimewo kont", &[K::BankAccount], 0),
    ("nimewo kont mwen", &[K::BankAccount], 0),
    ("nimewo telefòn", &[K::Phone], 0),
    ("nimewo", &[], T_GEN),
    ("modpas mwen", &[K::Password], 0),
    ("ekspire", &[K::CardExpiry], 0),
    ("mwen fèt", &[K::DateOfBirth], 0),
    ("dat nesans", &[K::DateOfBirth], 0),
    // Bengali, Sinhala, Urdu
    ("ভেরিফিকেশন কোড", &[K::Otp], 0),
    ("যাচাইকরণ কোড", &[K::Otp], 0),
    ("সুইফট কোড", &[K::SwiftBic], 0),
    ("උපන් දිනය", &[K::DateOfBirth], 0),
    ("දුරකථන අංකය", &[K::Phone], 0),
    ("අංකයට", &[], T_GEN),
    ("میعاد ختم ہونے کی تاریخ", &[K::CardExpiry], 0),
    ("میعاد", &[K::CardExpiry], 0),
    ("bizum", &[K::Phone], 0),
    ("mb way", &[K::Phone], 0),
    ("orange money", &[K::Phone], 0),
    ("airtel money", &[K::Phone], 0),
    ("momo", &[K::Phone], 0),
    ("yapeame", &[K::Phone], 0),
    ("yapéame", &[K::Phone], 0),
    ("yapear", &[K::Phone], 0),
    ("yapearon", &[K::Phone], 0),
    ("yapeé", &[K::Phone], 0),
    ("yapeó", &[K::Phone], 0),
    ("plin", &[K::Phone], 0),
    ("plinearon", &[K::Phone], 0),
    // The DANA wallet's account ("akun dana 6285…"; "dana" alone is funds).
    ("akun dana", &[K::Phone], 0),
    // A payment sent to the wrong phone number.
    ("wrong number", &[K::Phone], 0),
    ("right number", &[K::Phone], 0),
    ("correct number", &[K::Phone], 0),
    ("galat number", &[K::Phone], 0),
    ("sahi number", &[K::Phone], 0),
    ("número equivocado", &[K::Phone], 0),
    ("numero equivocado", &[K::Phone], 0),
    ("numero sbagliato", &[K::Phone], 0),
    ("mauvais numéro", &[K::Phone], 0),
    ("nomor salah", &[K::Phone], 0),
    ("offer code", &[], T_NEG),
    ("पिनकोड", &[], T_NEG),
    ("سويفت كود", &[K::SwiftBic], 0),
    ("رمز السويفت", &[K::SwiftBic], 0),
    ("tracking code", &[], T_NEG),
    ("area code", &[], T_NEG),
    ("country code", &[], T_NEG),
    ("bar code", &[], T_NEG),
    ("barcode", &[], T_NEG),
    ("qr code", &[], T_NEG),
    ("código do banco", &[], T_NEG),
    ("código de banco", &[], T_NEG),
    ("código promocional", &[], T_NEG),
    ("código de desconto", &[], T_NEG),
    ("código do cupom", &[], T_NEG),
    ("código de indicação", &[], T_NEG),
    ("código do cliente", &[], T_NEG),
    ("código de cliente", &[], T_NEG),
    ("código da agência", &[], T_NEG),
    ("código de área", &[], T_NEG),
    ("código do país", &[], T_NEG),
    ("código de convite", &[], T_NEG),
    ("código del banco", &[], T_NEG),
    ("código de descuento", &[], T_NEG),
    ("código de referido", &[], T_NEG),
    ("código de sucursal", &[], T_NEG),
    // (A branch's number: "en el cajero de la sucursal 3157".)
    ("sucursal", &[], T_NEG),
    // (A consumer loan's number in Chile: "el crédito de consumo
    // 0585550376".)
    ("crédito de consumo", &[], T_NEG),
    // (Peru's interbank account code: "el interbancario 011-191-…-60".)
    ("interbancario", &[K::BankAccount], 0),
    ("cuenta interbancaria", &[K::BankAccount], 0),
    ("código de reserva", &[], T_NEG),
    ("código de cupón", &[], T_NEG),
    ("kode bank", &[], T_NEG),
    ("kode promo", &[], T_NEG),
    ("kode voucher", &[], T_NEG),
    ("kode diskon", &[], T_NEG),
    ("kode referral", &[], T_NEG),
    ("kode booking", &[], T_NEG),
    ("kode pelanggan", &[], T_NEG),
    ("id pelanggan", &[], T_NEG),
    ("kode area", &[], T_NEG),
    ("kode unik", &[], T_NEG),
    ("kode transaksi", &[], T_NEG),
    ("kode billing", &[], T_NEG),
    // An Indonesian tax payment's billing code ("pembayaran pajak billing
    // 8810547352 sudah sukses, NTPN blm keluar").
    ("pajak billing", &[], T_NEG),
    ("billing pajak", &[], T_NEG),
    ("id billing", &[], T_NEG),
    ("ntpn", &[], T_NEG),
    ("kode perusahaan", &[], T_NEG),
    ("code promo", &[], T_NEG),
    ("code banque", &[], T_NEG),
    ("code guichet", &[], T_NEG),
    ("code client", &[], T_NEG),
    ("code de réduction", &[], T_NEG),
    ("code réduction", &[], T_NEG),
    ("code de parrainage", &[], T_NEG),
    ("codice sconto", &[], T_NEG),
    ("codice promo", &[], T_NEG),
    ("codice promozionale", &[], T_NEG),
    ("codice cliente", &[], T_NEG),
    ("codice banca", &[], T_NEG),
    ("codice abi", &[], T_NEG),
    ("codice prenotazione", &[], T_NEG),
    ("indirim kodu", &[], T_NEG),
    ("promosyon kodu", &[], T_NEG),
    ("kupon kodu", &[], T_NEG),
    ("müşteri numarası", &[], T_NEG),
    ("müşteri no", &[], T_NEG),
    ("banka kodu", &[], T_NEG),
    ("şube kodu", &[], T_NEG),
    ("posta kodu", &[], T_NEG),
    ("rezervasyon kodu", &[], T_NEG),
    ("davet kodu", &[], T_NEG),
    ("كود الخصم", &[], T_NEG),
    ("كود خصم", &[], T_NEG),
    ("كوبون", &[], T_NEG),
    ("كود الكوبون", &[], T_NEG),
    ("رمز الخصم", &[], T_NEG),
    ("رقم العميل", &[], T_NEG),
    // Levantine and Urdu "customer number" ("رقم الزبون ID 82653025").
    ("رقم الزبون", &[], T_NEG),
    ("رقم عميل", &[], T_NEG),
    ("گاہک نمبر", &[], T_NEG),
    ("كود العميل", &[], T_NEG),
    ("رمز البنك", &[], T_NEG),
    ("كود البنك", &[], T_NEG),
    ("الرمز البريدي", &[], T_NEG),
    ("رمز الفرع", &[], T_NEG),
    ("كود الفرع", &[], T_NEG),
    ("رمز الدولة", &[], T_NEG),
    ("crn", &[], T_NEG),
    ("customer number", &[], T_NEG),
    ("cif no", &[], T_NEG),
    ("limit", &[], T_NEG | T_AMT),
    ("limits", &[], T_NEG | T_AMT),
    ("credit limit", &[], T_NEG | T_AMT),
    ("account limit", &[], T_NEG | T_AMT),
    ("limite", &[], T_NEG | T_AMT),
    ("limite da conta", &[], T_NEG | T_AMT),
    ("limite do cartão", &[], T_NEG | T_AMT),
    ("limite de crédito", &[], T_NEG | T_AMT),
    ("límite", &[], T_NEG | T_AMT),
    ("límite de la cuenta", &[], T_NEG | T_AMT),
    ("límite de crédito", &[], T_NEG | T_AMT),
    ("plafon", &[], T_NEG | T_AMT),
    ("limit kartu", &[], T_NEG | T_AMT),
    ("limiti", &[], T_NEG | T_AMT),
    ("hesap limiti", &[], T_NEG | T_AMT),
    ("kart limiti", &[], T_NEG | T_AMT),
    ("bakiye", &[], T_NEG | T_AMT),
    ("bakiyem", &[], T_NEG | T_AMT),
    ("bakiyesi", &[], T_NEG | T_AMT),
    ("hesap bakiyem", &[], T_NEG | T_AMT),
    ("fee", &[], T_NEG | T_AMT),
    ("fees", &[], T_NEG | T_AMT),
    ("charges", &[], T_NEG | T_AMT),
    ("annual fee", &[], T_NEG | T_AMT),
    ("tarifa", &[], T_NEG | T_AMT),
    ("taxa", &[], T_NEG | T_AMT),
    ("anuidade", &[], T_NEG | T_AMT),
    ("comisión", &[], T_NEG | T_AMT),
    ("comissão", &[], T_NEG | T_AMT),
    ("biaya", &[], T_NEG | T_AMT),
    ("biaya admin", &[], T_NEG | T_AMT),
    ("cicilan", &[], T_NEG | T_AMT),
    ("cuota", &[], T_NEG | T_AMT),
    ("cuotas", &[], T_NEG | T_AMT),
    ("parcela", &[], T_NEG | T_AMT),
    ("parcelas", &[], T_NEG | T_AMT),
    ("installment", &[], T_NEG | T_AMT),
    ("emi", &[], T_NEG | T_AMT),
    // A lender's card for buying on instalments is a card.
    ("emi card", &[K::CardNumber, K::CardExpiry], 0),
    ("interest", &[], T_NEG),
    ("juros", &[], T_NEG),
    ("intereses", &[], T_NEG),
    ("bunga", &[], T_NEG),
    ("frais", &[], T_NEG),
    ("commissione", &[], T_NEG),
    ("spese", &[], T_NEG),
    ("ücret", &[], T_NEG),
    ("aidat", &[], T_NEG),
    ("faiz", &[], T_NEG),
    ("taksit", &[], T_NEG),
    ("رسوم", &[], T_NEG),
    ("الرسوم", &[], T_NEG),
    ("الحد", &[], T_NEG),
    ("الحد الائتماني", &[], T_NEG),
    ("حد البطاقة", &[], T_NEG),
    ("القسط", &[], T_NEG),
    ("auth id", &[], T_NEG),
    ("arn", &[], T_NEG),
    ("comprovante", &[], T_NEG),
    ("id da transação", &[], T_NEG),
    ("id de transação", &[], T_NEG),
    ("e2e", &[], T_NEG),
    ("end to end", &[], T_NEG),
    ("end-to-end", &[], T_NEG),
    ("código de transação", &[], T_NEG),
    ("número de transacción", &[], T_NEG),
    ("nomor referensi", &[], T_NEG),
    ("no. referensi", &[], T_NEG),
    ("no referensi", &[], T_NEG),
    ("peguei a senha", &[], T_NEG),
    ("peguei senha", &[], T_NEG),
    ("pegar senha", &[], T_NEG),
    ("pegar a senha", &[], T_NEG),
    ("senha de atendimento", &[], T_NEG),
    ("senha do atendimento", &[], T_NEG),
    ("senha da fila", &[], T_NEG),
    ("senha preferencial", &[], T_NEG),
    ("chamaram a senha", &[], T_NEG),
    ("chamaram minha senha", &[], T_NEG),
    ("fila", &[], T_NEG),
    ("número de turno", &[], T_NEG),
    ("turno", &[], T_NEG),
    ("mi turno", &[], T_NEG),
    ("nomor antrian", &[], T_NEG),
    ("no antrian", &[], T_NEG),
    ("antrian", &[], T_NEG),
    ("رقم الدور", &[], T_NEG),
    ("دوري", &[], T_NEG),
    ("sıra numarası", &[], T_NEG),
    ("sıra no", &[], T_NEG),
    ("sıra numaram", &[], T_NEG),
    ("queue number", &[], T_NEG),
    ("queue no", &[], T_NEG),
    ("token number", &[], T_NEG),
    ("token no", &[], T_NEG),
    // A payment rail sent to an account ("IMPS to 5010… failed with
    // reason 'Invalid IFSC'"); "NEFT to VA …" is a virtual account's.
    ("imps to", &[K::BankAccount], 0),
    ("neft to", &[K::BankAccount], 0),
    ("rtgs to", &[K::BankAccount], 0),
    ("imps to va", &[], T_NEG),
    ("neft to va", &[], T_NEG),
    ("rtgs to va", &[], T_NEG),
    ("neft/", &[], T_NEG),
    ("imps/", &[], T_NEG),
    ("rtgs/", &[], T_NEG),
    // Indonesian pension numbers ("nomor pensiun Taspen ibu …").
    ("nomor pensiun", &[], T_NEG),
    ("no pensiun", &[], T_NEG),
    ("taspen", &[], T_NEG),
    ("cif", &[], T_NEG),
    ("request no", &[], T_NEG),
    ("numero di coda", &[], T_NEG),
    ("numéro d'attente", &[], T_NEG),
    ("auth", &[], T_NEG),
    ("authorization", &[], T_NEG | T_AUTH),
    ("authorisation", &[], T_NEG | T_AUTH),
    ("authorization code", &[], T_NEG | T_AUTH),
    ("authorisation code", &[], T_NEG | T_AUTH),
    ("authorization no", &[], T_NEG | T_AUTH),
    ("auth no", &[], T_NEG | T_AUTH),
    ("approval", &[], T_NEG | T_AUTH),
    ("approval code", &[], T_NEG | T_AUTH),
    ("approval no", &[], T_NEG | T_AUTH),
    ("aprobación", &[], T_NEG | T_AUTH),
    ("aprobacion", &[], T_NEG | T_AUTH),
    // A Spanish transfer's payment reference ("concepto préstamo 0790…").
    ("concepto", &[], T_NEG),
    // A loan's number ("Mi número de crédito es 522432327524").
    ("número de crédito", &[], T_NEG),
    ("numero de credito", &[], T_NEG),
    // A PSE payment's tracking number in Colombia ("CUS 249256294").
    ("cus", &[], T_NEG),
    // (Yape sends its one-time code as "tu código de aprobación".)
    ("código de aprobación", &[K::Otp], 0),
    ("codigo de aprobacion", &[K::Otp], 0),
    ("appr code", &[], T_NEG | T_AUTH),
    ("appr no", &[], T_NEG | T_AUTH),
    ("autorização", &[], T_NEG | T_AUTH),
    // (A Brazilian receipt's "Aut 0552549536", "Aut.: 118203".)
    ("aut", &[], T_NEG | T_AUTH),
    ("autorizações", &[], T_NEG | T_AUTH),
    ("autorizacoes", &[], T_NEG | T_AUTH),
    ("autorizaciones", &[], T_NEG | T_AUTH),
    ("authorizations", &[], T_NEG | T_AUTH),
    ("authorisations", &[], T_NEG | T_AUTH),
    ("autorisations", &[], T_NEG | T_AUTH),
    ("código de autorização", &[], T_NEG | T_AUTH),
    ("cód. autorização", &[], T_NEG | T_AUTH),
    ("cod. autorizacao", &[], T_NEG | T_AUTH),
    ("cod aut", &[], T_NEG | T_AUTH),
    ("código de autorización", &[], T_NEG | T_AUTH),
    ("número de autorización", &[], T_NEG | T_AUTH),
    ("autorisation", &[], T_NEG | T_AUTH),
    ("code d'autorisation", &[], T_NEG | T_AUTH),
    ("numéro d'autorisation", &[], T_NEG | T_AUTH),
    ("n° d'autorisation", &[], T_NEG | T_AUTH),
    ("autorizzazione", &[], T_NEG | T_AUTH),
    ("codice di autorizzazione", &[], T_NEG | T_AUTH),
    ("codice autorizzazione", &[], T_NEG | T_AUTH),
    ("otorisasi", &[], T_NEG | T_AUTH),
    ("kode otorisasi", &[], T_NEG | T_AUTH),
    ("kode approval", &[], T_NEG | T_AUTH),
    ("terminal", &[], T_NEG),
    // Longest match hides the Chilean phone word "fono" inside it.
    ("datáfono", &[], T_NEG),
    ("datafono", &[], T_NEG),
    ("terminal id", &[], T_NEG),
    ("atm id", &[], T_NEG),
    ("tid", &[], T_NEG),
    ("merchant id", &[], T_NEG),
    ("código de comercio", &[], T_NEG),
    ("codigo de comercio", &[], T_NEG),
    ("código do estabelecimento", &[], T_NEG),
    ("codigo do estabelecimento", &[], T_NEG),
    ("stan", &[], T_NEG),
    ("trace no", &[], T_NEG),
    // A transfer's trace number ("InstaPay trace 7099…").
    ("instapay trace", &[], T_NEG),
    ("pesonet trace", &[], T_NEG),
    ("trace number", &[], T_NEG),
    ("batch", &[], T_NEG),
    ("batch no", &[], T_NEG),
    ("lote", &[], T_NEG),
    ("referans", &[], T_NEG),
    ("referans kodu", &[], T_NEG),
    ("referans no", &[], T_NEG),
    ("işlem no", &[], T_NEG),
    ("işlem numarası", &[], T_NEG),
    // (Turkish capitals: "İşlem no 46401993690".)
    ("İşlem no", &[], T_NEG),
    ("İşlem numarası", &[], T_NEG),
    ("müşteri numaranız", &[], T_NEG),
    ("müşteri numaram", &[], T_NEG),
    ("müşteri numaramı", &[], T_NEG),
    // (An EFT's description code, a payee's reference.)
    ("açıklama kodu", &[], T_NEG),
    ("provizyon", &[], T_NEG),
    ("provizyon kodu", &[], T_NEG),
    ("رقم العملية", &[], T_NEG),
    ("رقم التفويض", &[], T_NEG),
    ("رمز التفويض", &[], T_NEG),
    ("كود التفويض", &[], T_NEG),
    ("التفويض", &[], T_NEG),
    ("رقم الموافقة", &[], T_NEG),
    ("رمز الموافقة", &[], T_NEG),
    ("الموافقة", &[], T_NEG),
    ("رقم المرجع", &[], T_NEG),
    ("الرقم المرجعي", &[], T_NEG),
    ("ref code", &[], T_NEG),
    ("reference code", &[], T_NEG),
    ("código de referencia", &[], T_NEG),
    ("código de referência", &[], T_NEG),
    ("kode referensi", &[], T_NEG),
    ("referensi", &[], T_NEG),
    ("no ref", &[], T_NEG),
    ("no. ref", &[], T_NEG),
    ("kode bayar", &[], T_NEG),
    ("kode pembayaran", &[], T_NEG),
    ("virtual account", &[], T_NEG),
    ("mandiri va", &[], T_NEG),
    ("bca va", &[], T_NEG),
    ("bni va", &[], T_NEG),
    ("bri va", &[], T_NEG),
    ("briva", &[], T_NEG),
    ("npwp", &[], T_NEG),
    ("pengaduan", &[], T_NEG),
    ("رقم التذكرة", &[], T_NEG),
    ("التذكرة", &[], T_NEG),
    ("ट्रांजैक्शन आईडी", &[], T_NEG),
    ("ट्रांजेक्शन आईडी", &[], T_NEG),
    ("लेनदेन आईडी", &[], T_NEG),
    ("rekening virtual", &[], T_NEG),
    ("nomor rekening virtual", &[], T_NEG),
    ("no rekening virtual", &[], T_NEG),
    ("nomor va", &[], T_NEG),
    // Malay "virtual account".
    ("akaun maya", &[], T_NEG),
    ("no va", &[], T_NEG),
    // A virtual account by its short name after a word of paying into it
    // ("NEFT to VA 6309…", "bayar pakai VA …"; "va" alone is Spanish
    // "goes").
    ("virtual acct", &[], T_NEG),
    ("virtual a/c", &[], T_NEG),
    ("to va", &[], T_NEG),
    ("via va", &[], T_NEG),
    ("ke va", &[], T_NEG),
    ("pakai va", &[], T_NEG),
    ("bayar va", &[], T_NEG),
    ("pake va", &[], T_NEG),
    ("lewat va", &[], T_NEG),
    ("va number", &[], T_NEG),
    // A demat account's beneficial-owner id; a mutual fund's scheme code
    // ("scheme code 102304", Turkish "fon kodu"); a standing order's
    // number (Turkish "talimat no").
    ("bo id", &[], T_NEG),
    ("scheme code", &[], T_NEG),
    ("fon kodu", &[], T_NEG),
    ("talimat no", &[], T_NEG),
    ("talimat numarası", &[], T_NEG),
    // The bank's name after "virtual account" names the payment code's
    // bank, not an account.
    ("virtual account bca", &[], T_NEG),
    ("virtual account bni", &[], T_NEG),
    ("virtual account bri", &[], T_NEG),
    ("virtual account mandiri", &[], T_NEG),
    ("virtual account permata", &[], T_NEG),
    ("virtual account cimb", &[], T_NEG),
    ("va bca", &[], T_NEG),
    ("va bni", &[], T_NEG),
    ("va bri", &[], T_NEG),
    ("va mandiri", &[], T_NEG),
    ("va permata", &[], T_NEG),
    ("numero di riferimento", &[], T_NEG),
    ("riferimento", &[], T_NEG),
    ("numéro de référence", &[], T_NEG),
    ("référence", &[], T_NEG),
    ("référence de transaction", &[], T_NEG),
    ("item code", &[], T_NEG),
    ("product code", &[], T_NEG),
    ("código do produto", &[], T_NEG),
    ("código del producto", &[], T_NEG),
    ("receipt", &[], T_NEG),
    ("recibo", &[], T_NEG),
    ("declined code", &[], T_NEG),
    ("decline code", &[], T_NEG),
    ("response code", &[], T_NEG),
    ("reason code", &[], T_NEG),
    ("código de error", &[], T_NEG),
    ("código de erro", &[], T_NEG),
    ("linha digitável", &[], T_NEG),
    ("linha digitavel", &[], T_NEG),
    ("commande", &[], T_NEG),
    ("numéro de commande", &[], T_NEG),
    ("suivi", &[], T_NEG),
    ("facture", &[], T_NEG),
    ("ordine", &[], T_NEG),
    ("fattura", &[], T_NEG),
    ("pratica", &[], T_NEG),
    ("sipariş", &[], T_NEG),
    ("siparis", &[], T_NEG),
    ("kargo", &[], T_NEG),
    ("takip", &[], T_NEG),
    ("fatura no", &[], T_NEG),
    ("dekont", &[], T_NEG),
    ("finaliza en", &[], T_NEG | T_LAST),
    ("que finaliza en", &[], T_NEG | T_LAST),
    ("terminación", &[], T_NEG | T_LAST),
    ("terminacion", &[], T_NEG | T_LAST),
    ("se termine par", &[], T_NEG | T_LAST),
    ("finissant par", &[], T_NEG | T_LAST),
    ("che termina con", &[], T_NEG | T_LAST),
    ("termina con", &[], T_NEG | T_LAST),
    ("finit par", &[], T_NEG | T_LAST),
    ("derniers chiffres", &[], T_NEG | T_LAST),
    ("finisce con", &[], T_NEG | T_LAST),
    ("finisce per", &[], T_NEG | T_LAST),
    ("terminante con", &[], T_NEG | T_LAST),
    ("ultime cifre", &[], T_NEG | T_LAST),
    ("ultime 4 cifre", &[], T_NEG | T_LAST),
    ("acaba en", &[], T_NEG | T_LAST),
    ("eindigt op", &[], T_NEG | T_LAST),
    ("eindigend op", &[], T_NEG | T_LAST),
    ("laatste 4 cijfers", &[], T_NEG | T_LAST),
    ("endet auf", &[], T_NEG | T_LAST),
    ("endet mit", &[], T_NEG | T_LAST),
    ("endend auf", &[], T_NEG | T_LAST),
    ("letzten 4 ziffern", &[], T_NEG | T_LAST),
    ("尾号", &[], T_NEG | T_LAST),
    ("尾數", &[], T_NEG | T_LAST),
    ("尾数", &[], T_NEG | T_LAST),
    ("后四位", &[], T_NEG | T_LAST),
    ("末尾", &[], T_NEG | T_LAST),
    ("下4桁", &[], T_NEG | T_LAST),
    ("下四桁", &[], T_NEG | T_LAST),
    ("ile biten", &[], T_NEG | T_LAST),
    ("المنتهية ب", &[], T_NEG | T_LAST),
    ("المنتهي ب", &[], T_NEG | T_LAST),
    ("تنتهي ب", &[], T_NEG | T_LAST),
    ("ينتهي ب", &[], T_NEG | T_LAST),
    ("المنتهية بالرقم", &[], T_NEG | T_LAST),
    ("المنتهي بالرقم", &[], T_NEG | T_LAST),
    ("sonu", &[], T_NEG | T_LAST),
    ("son dört hanesi", &[], T_NEG | T_LAST),
    ("son 4 hanesi", &[], T_NEG | T_LAST),
    ("son hanesi", &[], T_NEG | T_LAST),
    ("son rakamları", &[], T_NEG | T_LAST),
    ("son 4", &[], T_NEG | T_LAST),
    ("son dört", &[], T_NEG | T_LAST),
    ("tl", &[], T_CUR),
    ("lira", &[], T_CUR),
    // Rioplatense and Chilean slang for thousands of pesos ("un premio
    // de 480 lucas"), and "mangos".
    ("lucas", &[], T_CUR),
    ("lukas", &[], T_CUR),
    ("mangos", &[], T_CUR),
    ("s$", &[], T_CUR),

    // ---- explicit phone phrases
    ("my number", &[K::Phone], 0),
    // (Asked back: "Is 3381956551 still your number?", "Ist 0170/… noch
    // Ihre Nummer?", "Is 06-… nog uw nummer?".)
    ("your number", &[K::Phone], 0),
    ("your mobile", &[K::Phone], 0),
    ("ihre nummer", &[K::Phone], 0),
    ("uw nummer", &[K::Phone], 0),
    ("my us number", &[K::Phone], 0),
    ("my uk number", &[K::Phone], 0),
    ("my indian number", &[K::Phone], 0),
    ("my local number", &[K::Phone], 0),
    ("my other number", &[K::Phone], 0),
    ("my personal number", &[K::Phone], 0),
    ("my alternate number", &[K::Phone], 0),
    // A carrier's number is a mobile ("mera jio number 88293…").
    ("jio number", &[K::Phone], 0),
    ("jio no", &[K::Phone], 0),
    ("airtel number", &[K::Phone], 0),
    ("airtel no", &[K::Phone], 0),
    ("bsnl number", &[K::Phone], 0),
    ("vodafone number", &[K::Phone], 0),
    ("safaricom number", &[K::Phone], 0),
    ("mtn number", &[K::Phone], 0),
    ("globe number", &[K::Phone], 0),
    ("telkomsel", &[K::Phone], 0),
    // "my Brazilian number 5531960137890": the country of the number.
    ("my brazilian number", &[K::Phone], 0),
    ("my mexican number", &[K::Phone], 0),
    ("my colombian number", &[K::Phone], 0),
    ("my argentine number", &[K::Phone], 0),
    ("my argentinian number", &[K::Phone], 0),
    ("my chilean number", &[K::Phone], 0),
    ("my peruvian number", &[K::Phone], 0),
    ("my spanish number", &[K::Phone], 0),
    ("my portuguese number", &[K::Phone], 0),
    ("my indonesian number", &[K::Phone], 0),
    ("my malaysian number", &[K::Phone], 0),
    ("my singapore number", &[K::Phone], 0),
    ("my filipino number", &[K::Phone], 0),
    ("my philippine number", &[K::Phone], 0),
    ("my pakistani number", &[K::Phone], 0),
    ("my bangladeshi number", &[K::Phone], 0),
    ("my nigerian number", &[K::Phone], 0),
    ("my kenyan number", &[K::Phone], 0),
    ("my ghanaian number", &[K::Phone], 0),
    ("my saudi number", &[K::Phone], 0),
    ("my emirati number", &[K::Phone], 0),
    ("my uae number", &[K::Phone], 0),
    ("my dubai number", &[K::Phone], 0),
    ("my egyptian number", &[K::Phone], 0),
    ("my turkish number", &[K::Phone], 0),
    ("my german number", &[K::Phone], 0),
    ("my french number", &[K::Phone], 0),
    ("my italian number", &[K::Phone], 0),
    ("my canadian number", &[K::Phone], 0),
    ("my australian number", &[K::Phone], 0),
    ("my american number", &[K::Phone], 0),
    ("my british number", &[K::Phone], 0),
    ("my irish number", &[K::Phone], 0),
    ("my polish number", &[K::Phone], 0),
    ("my romanian number", &[K::Phone], 0),
    ("my vietnamese number", &[K::Phone], 0),
    ("my nepali number", &[K::Phone], 0),
    ("my sri lankan number", &[K::Phone], 0),
    ("my no", &[K::Phone], 0),
    ("contact number", &[K::Phone], 0),
    ("mobile number", &[K::Phone], 0),
    ("ye number", &[K::Phone], 0),
    ("yeh number", &[K::Phone], 0),
    ("is number", &[K::Phone], 0),
    ("iss number", &[K::Phone], 0),
    ("wala number", &[K::Phone], 0),
    ("wale number", &[K::Phone], 0),
    ("number kiska", &[K::Phone], 0),
    // Darija and Levantine in Latin letters
    ("ra9mi", &[K::Phone], 0),
    ("r9mi", &[K::Phone], 0),
    ("nemra dyali", &[K::Phone], 0),
    ("nemrti", &[K::Phone], 0),
    ("ra2me", &[K::Phone], 0),
    ("ra2mi", &[K::Phone], 0),
    // (An "8" for the qaf: "w ra8mi 0569307722".)
    ("ra8mi", &[K::Phone], 0),
    // "my number", "the number" ("rakm dyali 0650137552", "f rakm 0642…"),
    // and the code with its article glued ("lcode li wslni 458255").
    ("rakm dyali", &[K::Phone], 0),
    ("f rakm", &[K::Phone], 0),
    ("rakm", &[], T_GEN),
    ("فالرقم", &[K::Phone], 0),
    ("lcode", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("lcode secret", &[K::CardPin], 0),
    // Wolof and Lingala: "my number", "his / her number", "call me", and
    // the words of birth ("juddu na ci 05.01.1966", "date ya mbotama").
    ("sama numéro", &[K::Phone], 0),
    ("sama numero", &[K::Phone], 0),
    ("numéro na ngai", &[K::Phone], 0),
    ("numéro na ye", &[K::Phone], 0),
    ("numero na ngai", &[K::Phone], 0),
    ("benga ngai", &[K::Phone], 0),
    ("juddu", &[K::DateOfBirth], 0),
    ("mbotama", &[K::DateOfBirth], 0),
    ("nabotama", &[K::DateOfBirth], 0),
    // French-speaking Africa: the CFA franc is a currency; a decoder's,
    // a dispute's or a merchant's number is no PII.
    ("fcfa", &[], T_CUR),
    ("f cfa", &[], T_CUR),
    ("xof", &[], T_CUR),
    ("xaf", &[], T_CUR),
    ("décodeur", &[], T_NEG),
    ("decodeur", &[], T_NEG),
    ("contestation", &[], T_NEG),
    ("code marchand", &[], T_NEG),
    ("code agent", &[], T_NEG),
    // French card words: the digits behind, the expiry, the code sent.
    ("chiffres derrière", &[K::CardSecurityCode], 0),
    ("chiffres au dos", &[K::CardSecurityCode], 0),
    ("validité", &[K::CardExpiry], 0),
    ("valable jusqu'à", &[K::CardExpiry], 0),
    ("code de validation", &[K::Otp], 0),
    ("ra8my", &[K::Phone], 0),
    ("ra2my", &[K::Phone], 0),
    // Turkish ids in Arabic
    ("الهوية التركية", &[K::TrTckn], 0),
    ("الكملك", &[K::TrTckn], 0),
    ("كملك", &[K::TrTckn], 0),
    // The "secret code": of three digits the CVV, of four or more the PIN.
    ("الرمز السري", &[K::CardSecurityCode, K::CardPin], 0),
    ("ولادتي", &[K::DateOfBirth], 0),
    ("tari5 lwilada", &[K::DateOfBirth], 0),
    ("tarikh lwilada", &[K::DateOfBirth], 0),
    ("lwilada", &[K::DateOfBirth], 0),
    ("tarikh lahir", &[K::DateOfBirth], 0),
    ("رقم العقد", &[], T_NEG),
    ("العقد", &[], T_NEG),
    ("no perjanjian", &[], T_NEG),
    ("perjanjian", &[], T_NEG),
    ("शाखा कोड", &[], T_NEG),
    ("kode cabang", &[], T_NEG),
    ("تاريخ ولادتي", &[K::DateOfBirth], 0),
    ("renavam", &[], T_NEG),
    ("العداد", &[], T_NEG),
    ("رقم العداد", &[], T_NEG),
    // Bengali (Bangladesh, West Bengal) and Swahili (East Africa)
    ("মোবাইল নম্বর", &[K::Phone], 0),
    ("মোবাইল নাম্বার", &[K::Phone], 0),
    ("ফোন নম্বর", &[K::Phone], 0),
    ("বিকাশ নম্বর", &[K::Phone], 0),
    ("bkash number", &[K::Phone], 0),
    ("bkash no", &[K::Phone], 0),
    ("nagad number", &[K::Phone], 0),
    // Bangladesh's other mobile wallets ("rocket" alone is an English
    // word).
    ("rocket no", &[K::Phone], 0),
    ("rocket number", &[K::Phone], 0),
    ("রকেট", &[K::Phone], 0),
    ("নগদ নম্বর", &[K::Phone], 0),
    ("upay number", &[K::Phone], 0),
    ("একাউন্ট নম্বর", &[K::BankAccount], 0),
    ("অ্যাকাউন্ট নম্বর", &[K::BankAccount], 0),
    ("একাউন্ট নাম্বার", &[K::BankAccount], 0),
    ("হিসাব নম্বর", &[K::BankAccount], 0),
    ("একাউন্ট", &[K::BankAccount], 0),
    ("অ্যাকাউন্ট", &[K::BankAccount], 0),
    // "হিসাব" is an account in a bank's sense ("ব্যাংক হিসাব", "হিসাব:").
    ("হিসাব", &[K::BankAccount], 0),
    ("ব্যাংক হিসাব", &[K::BankAccount], 0),
    // The code word alone, as the Latin "code" ("নতুন কোড ৯৫৪৮ আসছে").
    ("কোড", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("কার্ড নম্বর", &[K::CardNumber], 0),
    ("কার্ড", &[K::CardNumber, K::CardExpiry], 0),
    ("জন্ম তারিখ", &[K::DateOfBirth], 0),
    ("জন্মতারিখ", &[K::DateOfBirth], 0),
    ("jonmo tarikh", &[K::DateOfBirth], 0),
    ("jonmotarikh", &[K::DateOfBirth], 0),
    ("jonmo tarik", &[K::DateOfBirth], 0),
    ("jonmodin", &[K::DateOfBirth], 0),
    ("janmo tarikh", &[K::DateOfBirth], 0),
    ("janmo tarik", &[K::DateOfBirth], 0),
    ("janmodin", &[K::DateOfBirth], 0),
    ("jonmo din", &[K::DateOfBirth], 0),
    ("জন্মদিন", &[K::DateOfBirth], 0),
    // Tamil, in its script and typed in Latin letters
    ("பிறந்த தேதி", &[K::DateOfBirth], 0),
    ("பிறந்த நாள்", &[K::DateOfBirth], 0),
    ("pirandha thethi", &[K::DateOfBirth], 0),
    ("pirantha thethi", &[K::DateOfBirth], 0),
    ("piranda thethi", &[K::DateOfBirth], 0),
    ("piranda thedhi", &[K::DateOfBirth], 0),
    ("pirandha thedhi", &[K::DateOfBirth], 0),
    ("pirandha naal", &[K::DateOfBirth], 0),
    ("piranda thedi", &[K::DateOfBirth], 0),
    ("piranda tedi", &[K::DateOfBirth], 0),
    ("pirandha thedi", &[K::DateOfBirth], 0),
    ("pirandha tedi", &[K::DateOfBirth], 0),
    ("pirantha thedi", &[K::DateOfBirth], 0),
    ("pirantha thedhi", &[K::DateOfBirth], 0),
    ("pirantha tedi", &[K::DateOfBirth], 0),
    ("மொபைல்", &[K::Phone], 0),
    ("மொபைல் எண்", &[K::Phone], 0),
    ("మొబైల్ నంబర్", &[K::Phone], 0),
    ("నా నంబర్", &[K::Phone], 0),
    ("కొత్త నంబర్", &[K::Phone], 0),
    ("ನನ್ನ ನಂಬರ್", &[K::Phone], 0),
    ("ಹೊಸ ನಂಬರ್", &[K::Phone], 0),
    ("ಮೊಬೈಲ್ ನಂಬರ್", &[K::Phone], 0),
    ("புது நம்பர்", &[K::Phone], 0),
    ("புதிய நம்பர்", &[K::Phone], 0),
    ("ఫోన్ నంబర్", &[K::Phone], 0),
    ("పుట్టిన తేదీ", &[K::DateOfBirth], 0),
    ("puttina tedi", &[K::DateOfBirth], 0),
    ("puttina roju", &[K::DateOfBirth], 0),
    // "I was born (on)": Tamil, Telugu and Kannada in Latin letters and in
    // their scripts.
    ("piranthathu", &[K::DateOfBirth], 0),
    ("pirandhadhu", &[K::DateOfBirth], 0),
    ("piranthen", &[K::DateOfBirth], 0),
    ("பிறந்தது", &[K::DateOfBirth], 0),
    ("puttindi", &[K::DateOfBirth], 0),
    ("puttanu", &[K::DateOfBirth], 0),
    ("పుట్టింది", &[K::DateOfBirth], 0),
    ("huttiddu", &[K::DateOfBirth], 0),
    ("huttidde", &[K::DateOfBirth], 0),
    ("ಹುಟ್ಟಿದ್ದು", &[K::DateOfBirth], 0),
    ("janma tarikh", &[K::DateOfBirth], 0),
    // Marathi, one word ("mazi janmatarikh 01/03/1988 aahe").
    ("janmatarikh", &[K::DateOfBirth], 0),
    ("janmatarik", &[K::DateOfBirth], 0),
    // Nepali "date of birth".
    ("janma miti", &[K::DateOfBirth], 0),
    ("जन्म मिति", &[K::DateOfBirth], 0),
    ("जन्मतारीख", &[K::DateOfBirth], 0),
    ("aleatória", &[K::BrPixKey], 0),
    ("aleatoria", &[K::BrPixKey], 0),
    ("கைபேசி", &[K::Phone], 0),
    ("தொலைபேசி", &[K::Phone], 0),
    ("கணக்கு எண்", &[K::BankAccount], 0),
    // The English loanwords "account" and "expiry" in the Tamil, Telugu,
    // Kannada and Malayalam scripts (with and without the zero-width
    // non-joiner some keyboards put after the virama).
    ("அக்கவுண்ட்", &[K::BankAccount], 0),
    ("అకౌంట్", &[K::BankAccount], 0),
    ("ಅಕೌಂಟ್", &[K::BankAccount], 0),
    ("எக்ஸ்பைரி", &[K::CardExpiry], 0),
    ("ఎక్స్\u{200c}పైరీ", &[K::CardExpiry], 0),
    ("ఎక్స్పైరీ", &[K::CardExpiry], 0),
    ("ಎಕ್ಸ್\u{200c}ಪೈರಿ", &[K::CardExpiry], 0),
    ("ಎಕ್ಸ್ಪೈರಿ", &[K::CardExpiry], 0),
    ("എക്സ്പയറി", &[K::CardExpiry], 0),
    ("എക്സ്പൈറി", &[K::CardExpiry], 0),
    ("ஓடிபி", &[K::Otp], 0),
    ("संदर्भ", &[], T_NEG),
    ("পিন", &[K::CardPin], 0),
    ("ওটিপি", &[K::Otp], 0),
    ("মোবাইল", &[K::Phone], 0),
    ("ফোন", &[K::Phone], 0),
    ("মেয়াদ", &[K::CardExpiry], 0),
    ("সিভিভি", &[K::CardSecurityCode], 0),
    ("নম্বর", &[], T_GEN),
    ("পাসওয়ার্ড", &[K::Password], 0),
    // Urdu (Pakistan): its own letters for k, y and h ("کوڈ", not "كود")
    ("تاریخ پیدائش", &[K::DateOfBirth], 0),
    ("پیدائش", &[K::DateOfBirth], 0),
    ("او ٹی پی", &[K::Otp], 0),
    ("اوٹی پی", &[K::Otp], 0),
    ("تصدیقی کوڈ", &[K::Otp], 0),
    ("ون ٹائم پاس ورڈ", &[K::Otp], 0),
    ("کوڈ", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("پن", &[K::CardPin], 0),
    ("پن کوڈ", &[K::CardPin], 0),
    ("سورٹ کوڈ", &[K::UkSortCode], 0),
    ("جاز کیش", &[K::Phone], 0),
    ("ایزی پیسہ", &[K::Phone], 0),
    ("کے الیکٹرک", &[], T_UTIL),
    ("k-electric", &[], T_UTIL),
    ("تاريخ الازدياد", &[K::DateOfBirth], 0),
    // Moroccan Darija: "the day of birth", "birth".
    ("نهار الزيادة", &[K::DateOfBirth], 0),
    ("الازدياد", &[K::DateOfBirth], 0),
    // Darija and Egyptian: the card's "secret code" is its PIN.
    ("الكود السري", &[K::CardPin], 0),
    ("كود سري", &[K::CardPin], 0),
    // A text that came holding a code ("جاتني رسالة فيها 617273").
    ("رسالة فيها", &[K::Otp], 0),
    // Darija for "mot de passe".
    ("المودباس", &[K::Password], 0),
    ("مودباس", &[K::Password], 0),
    ("lmodpass", &[K::Password], 0),
    // (With the article glued: "lmot de passe jdid …".)
    ("lmot de passe", &[K::Password], 0),
    ("modpass", &[K::Password], 0),
    ("الموطپاس", &[K::Password], 0),
    ("موطپاس", &[K::Password], 0),
    ("الموطباس", &[K::Password], 0),
    ("موطباس", &[K::Password], 0),
    ("الموت دو باس", &[K::Password], 0),
    ("موت دو باس", &[K::Password], 0),
    ("الموت دوباس", &[K::Password], 0),
    ("موت دوباس", &[K::Password], 0),
    ("lmotpass", &[K::Password], 0),
    ("motpass", &[K::Password], 0),
    ("mawloud", &[K::DateOfBirth], 0),
    ("mawlood", &[K::DateOfBirth], 0),
    // Born, of a woman ("mama … mawlooda 19/10/1952"), and the Gulf
    // "mwalid".
    ("mawlooda", &[K::DateOfBirth], 0),
    ("mwalid", &[K::DateOfBirth], 0),
    ("mwalad", &[K::DateOfBirth], 0),
    ("mwalada", &[K::DateOfBirth], 0),
    ("mawlouda", &[K::DateOfBirth], 0),
    ("mawluda", &[K::DateOfBirth], 0),
    ("ra2mo", &[], T_GEN),
    ("ra2ma", &[], T_GEN),
    ("el ra2am el sirri", &[K::CardPin], 0),
    ("el ra2m el sirri", &[K::CardPin], 0),
    ("ra2m sirri", &[K::CardPin], 0),
    ("ایکسپائری", &[K::CardExpiry], 0),
    // A card's "last date" is its expiry (a bill's is its due date).
    ("کارڈ کی آخری تاریخ", &[K::CardExpiry], 0),
    ("ایکسپائر", &[K::CardExpiry], 0),
    ("سی وی وی", &[K::CardSecurityCode], 0),
    ("کارڈ", &[K::CardNumber, K::CardExpiry], 0),
    ("کارڈ نمبر", &[K::CardNumber], 0),
    ("اکاؤنٹ", &[K::BankAccount], 0),
    ("اکاؤنٹ نمبر", &[K::BankAccount], 0),
    ("نمبر", &[], T_GEN),
    ("موبائل", &[K::Phone], 0),
    ("موبائل نمبر", &[K::Phone], 0),
    ("فون", &[K::Phone], 0),
    ("پاس ورڈ", &[K::Password], 0),
    ("سوئفٹ", &[K::SwiftBic], 0),
    ("سوئفٹ کوڈ", &[K::SwiftBic], 0),
    // Persian (Iran): "رمز" of a card is its PIN ("رمز اول", "رمز دوم"),
    // "رمز پویا" a one-time one; "شبا" is the IBAN
    ("رمز کارت", &[K::CardPin], 0),
    ("رمز اول", &[K::CardPin], 0),
    ("رمز دوم", &[K::CardPin], 0),
    ("رمز پویا", &[K::Otp], 0),
    // "Dynamic" alone names it too, in brackets after the card's second
    // password it replaced ("رمز دوم (پویا) 611074").
    ("پویا", &[K::Otp], 0),
    // SWIFT spelled with Persian yeh, once or twice ("سوییفت بانک ملت").
    ("سویفت", &[K::SwiftBic], 0),
    ("سوییفت", &[K::SwiftBic], 0),
    ("رمز عبور", &[K::Password], 0),
    ("کلمه عبور", &[K::Password], 0),
    // A password in English letters, a login's ("رمز ورود اینترنت بانک"),
    // and one-time ones: "single-use", "activation code".
    ("پسورد", &[K::Password], 0),
    ("رمز ورود", &[K::Password], 0),
    ("رمز عبور یکبار مصرف", &[K::Otp], 0),
    ("رمز یکبار مصرف", &[K::Otp], 0),
    ("یکبار مصرف", &[K::Otp], 0),
    ("کد فعالسازی", &[K::Otp], 0),
    ("کد فعال\u{200c}سازی", &[K::Otp], 0),
    ("کارت", &[K::CardNumber, K::CardExpiry], 0),
    ("کارتم", &[K::CardNumber, K::CardExpiry, K::CardPin], 0),
    ("شماره کارت", &[K::CardNumber], 0),
    ("انقضا", &[K::CardExpiry], 0),
    ("تاریخ انقضا", &[K::CardExpiry], 0),
    ("شبا", &[K::Iban], 0),
    ("شماره شبا", &[K::Iban], 0),
    ("shaba", &[K::Iban], 0),
    ("sheba", &[K::Iban], 0),
    ("شماره تماس", &[K::Phone], 0),
    ("موبایل", &[K::Phone], 0),
    ("تلفن", &[K::Phone], 0),
    ("شماره", &[], T_GEN),
    ("تاریخ تولد", &[K::DateOfBirth], 0),
    ("متولد", &[K::DateOfBirth], 0),
    ("شماره حساب", &[K::BankAccount], 0),
    // A transfer's tracking number or code ("کد رهگیری ۳۱۸…"), and an
    // app's or a wallet's PIN ("پین اپ کیف پول", "رمز برنامه").
    ("شماره پیگیری", &[], T_NEG),
    ("کد پیگیری", &[], T_NEG),
    ("کد رهگیری", &[], T_NEG),
    ("پین", &[K::CardPin], 0),
    ("رمز برنامه", &[K::CardPin], 0),
    // Arabic "its validity" in Gulf and Levantine spelling, Arabizi account
    ("صلاحيته", &[K::CardExpiry], 0),
    ("صلاحيتها", &[K::CardExpiry], 0),
    ("صلاحيتو", &[K::CardExpiry], 0),
    ("صالحة حتى", &[K::CardExpiry], 0),
    // Mexico's one-time "dynamic NIP"
    ("nip dinámico", &[K::Otp], 0),
    ("nip dinamico", &[K::Otp], 0),
    // A Turkish id named in Arabic
    ("الهوية التركي", &[K::TrTckn], 0),
    ("رقم الهوية التركية", &[K::TrTckn], 0),
    ("رقم الهوية التركي", &[K::TrTckn], 0),
    ("صالح حتى", &[K::CardExpiry], 0),
    ("صالحة لغاية", &[K::CardExpiry], 0),
    // "Valid until" in Gulf speech and with a plain ha for ta marbuta.
    ("صالحة لين", &[K::CardExpiry], 0),
    ("صالح لين", &[K::CardExpiry], 0),
    ("صالحه لين", &[K::CardExpiry], 0),
    ("صالحه حتى", &[K::CardExpiry], 0),
    ("صالحة لحد", &[K::CardExpiry], 0),
    ("صالحه لحد", &[K::CardExpiry], 0),
    ("صالحة إلى", &[K::CardExpiry], 0),
    ("صالحة الى", &[K::CardExpiry], 0),
    ("7sab", &[K::BankAccount], 0),
    ("7sabi", &[K::BankAccount], 0),
    ("7sabak", &[K::BankAccount], 0),
    // Arabizi birth date ("mawaleed 1990", "tari5 el milad"), mobile
    // ("jawali"), number and code words.
    ("mawaleed", &[K::DateOfBirth], 0),
    ("mawalid", &[K::DateOfBirth], 0),
    ("mowaleed", &[K::DateOfBirth], 0),
    ("mwaleed", &[K::DateOfBirth], 0),
    ("milad", &[K::DateOfBirth], 0),
    // Arabizi "my birth" ("tari5 milady 19/06/1958").
    ("milady", &[K::DateOfBirth], 0),
    // Darija, the article glued ("tari5 lmilad dyali 09/03/1960").
    ("lmilad", &[K::DateOfBirth], 0),
    ("lmilad dyali", &[K::DateOfBirth], 0),
    ("meelad", &[K::DateOfBirth], 0),
    // (Egyptian "melad": "tarikh el melad: 28/10/2002".)
    ("melad", &[K::DateOfBirth], 0),
    // "wasalni 458592 3ala el mobile": the code that reached me.
    ("wasalni", &[K::Otp], 0),
    ("wasalny", &[K::Otp], 0),
    ("jawal", &[K::Phone], 0),
    ("jawali", &[K::Phone], 0),
    ("ra2m", &[], T_GEN),
    ("ra2mi", &[], T_GEN),
    ("raqam", &[], T_GEN),
    ("raqmi", &[], T_GEN),
    // "her number" ("ra2amha 012 7251 6640").
    ("ra2amha", &[], T_GEN),
    ("ra2mha", &[], T_GEN),
    ("raqamha", &[], T_GEN),
    ("ra2ami", &[], T_GEN),
    // Darija "the number", "my number" ("و النمرة 0673380553").
    ("النمرة", &[], T_GEN),
    ("نمرتي", &[], T_GEN),
    ("nmra", &[], T_GEN),
    ("nmrti", &[], T_GEN),
    ("nemra", &[], T_GEN),
    ("nemrti", &[], T_GEN),
    // Javanese "card" ("kertu ATM BRI ku 4557…").
    ("kertu", &[K::CardNumber], 0),
    ("kertu atm", &[K::CardNumber], 0),
    // The secret number of Arabizi ("el raqam el sirri lel app 8544").
    // Arabizi "the account" ("ra9m el 7isab 8367…"), and a remittance
    // whose number is asked after ("wain el 7awala? raqmaha 411 …").
    ("7isab", &[K::BankAccount], 0),
    ("el 7isab", &[K::BankAccount], 0),
    ("hisab", &[K::BankAccount], 0),
    // A cédula of a country whose id is no listed kind ("soy ecuatoriana,
    // cédula 0617552419") is no phone and no account.
    ("cédula", &[], T_NEG),
    // The Philippine national id ("Philsys ID number ko po 8495-3206-…").
    ("philsys", &[], T_NEG),
    ("philsys id", &[], T_NEG),
    ("philsys id number", &[], T_NEG),
    ("cedula", &[], T_NEG),
    ("7awala", &[], T_NEG),
    // Swahili: a transaction ("Muamala namba 4726…"), a meter ("Meter
    // namba 6249…").
    ("muamala", &[], T_NEG),
    ("muamala namba", &[], T_NEG),
    ("namba ya muamala", &[], T_NEG),
    ("meter namba", &[], T_NEG),
    ("el 7awala", &[], T_NEG),
    ("raqmaha", &[], T_GEN),
    ("raqam el sirri", &[K::CardPin], 0),
    ("raqam sirri", &[K::CardPin], 0),
    ("el sirri", &[K::CardPin], 0),
    ("ramz", &[K::Otp, K::CardSecurityCode, K::CardPin], T_CODE),
    // Its code, my code ("zain cash … w ramzo 945190").
    ("ramzo", &[K::Otp, K::CardSecurityCode, K::CardPin], T_CODE),
    ("ramzi", &[K::Otp, K::CardSecurityCode, K::CardPin], T_CODE),
    // Someone's number in Hinglish and Urdu ("bhai ka number", "mummy ka
    // number", "ابو کا نمبر"); what else is that number wins when named
    // ("account ka number").
    ("ka number", &[K::Phone], 0),
    ("ki number", &[K::Phone], 0),
    ("ke number", &[K::Phone], 0),
    ("ka no", &[K::Phone], 0),
    ("का नंबर", &[K::Phone], 0),
    ("کا نمبر", &[K::Phone], 0),
    ("account ka number", &[K::BankAccount], 0),
    ("account ka no", &[K::BankAccount], 0),
    ("a/c ka number", &[K::BankAccount], 0),
    ("a/c ka no", &[K::BankAccount], 0),
    ("acc ka number", &[K::BankAccount], 0),
    ("acc ka no", &[K::BankAccount], 0),
    ("khata ka number", &[K::BankAccount], 0),
    ("khata ka no", &[K::BankAccount], 0),
    ("khate ka number", &[K::BankAccount], 0),
    ("khate ka no", &[K::BankAccount], 0),
    ("bank account ka number", &[K::BankAccount], 0),
    ("bank account ka no", &[K::BankAccount], 0),
    ("card ka number", &[K::CardNumber], 0),
    ("card ka no", &[K::CardNumber], 0),
    ("aadhar ka number", &[K::InAadhaar], 0),
    ("aadhar ka no", &[K::InAadhaar], 0),
    ("aadhaar ka number", &[K::InAadhaar], 0),
    ("aadhaar ka no", &[K::InAadhaar], 0),
    ("pan ka number", &[K::InPan], 0),
    ("pan ka no", &[K::InPan], 0),
    ("upi ka number", &[K::Phone], 0),
    ("upi ka no", &[K::Phone], 0),
    ("order ka number", &[], T_NEG),
    ("order ka no", &[], T_NEG),
    ("ticket ka number", &[], T_NEG),
    ("ticket ka no", &[], T_NEG),
    ("loan ka number", &[], T_NEG),
    ("loan ka no", &[], T_NEG),
    ("complaint ka number", &[], T_NEG),
    ("complaint ka no", &[], T_NEG),
    // Hindi "shikayat" (a complaint): its number is a ticket's.
    ("shikayat", &[], T_NEG),
    ("shikayat ka number", &[], T_NEG),
    ("shikayat ka no", &[], T_NEG),
    ("policy ka number", &[], T_NEG),
    ("policy ka no", &[], T_NEG),
    ("reference ka number", &[], T_NEG),
    ("reference ka no", &[], T_NEG),
    ("ref ka number", &[], T_NEG),
    ("ref ka no", &[], T_NEG),
    ("transaction ka number", &[], T_NEG),
    ("transaction ka no", &[], T_NEG),
    ("utr ka number", &[], T_NEG),
    ("utr ka no", &[], T_NEG),
    ("customer id ka number", &[], T_NEG),
    ("customer id ka no", &[], T_NEG),
    ("meter ka number", &[], T_NEG),
    ("meter ka no", &[], T_NEG),
    ("consumer ka number", &[], T_NEG),
    ("consumer ka no", &[], T_NEG),
    ("reach you", &[K::Phone], 0),
    // (An agent who tried to ring the customer: "we tried reaching you on
    // …", "I called you on …".)
    ("reaching you", &[K::Phone], 0),
    ("reaching me", &[K::Phone], 0),
    ("called you on", &[K::Phone], 0),
    ("calling you on", &[K::Phone], 0),
    ("her number", &[K::Phone], 0),
    ("his number", &[K::Phone], 0),
    // Nigerian Pidgin "his number" ("him number na 0817…").
    ("him number", &[K::Phone], 0),
    // (Hinglish "his / her / their number": a phone's own words, so that a
    // negative word before them, "paisa kat gaya, uska number …", does not
    // speak against it.)
    ("uska number", &[K::Phone], 0),
    ("uska no", &[K::Phone], 0),
    ("unka number", &[K::Phone], 0),
    ("unka no", &[K::Phone], 0),
    ("iska number", &[K::Phone], 0),
    ("inka number", &[K::Phone], 0),
    ("zelle", &[K::Phone], 0),
    // (Payment apps that send to a phone number: US Venmo, the Dutch
    // Tikkie: "venmo to 4156658720", "Tikkie gestuurd naar 06-…".)
    ("venmo", &[K::Phone], 0),
    ("tikkie", &[K::Phone], 0),
    ("callback number", &[K::Phone], 0),
    ("callback to", &[K::Phone], 0),
    ("call back number", &[K::Phone], 0),
    ("call back #", &[K::Phone], 0),
    ("callback #", &[K::Phone], 0),
    ("reach out to you at", &[K::Phone], 0),
    ("akaun pembiayaan", &[], T_NEG),
    // European Portuguese; Peru's business tax number
    ("telemóvel", &[K::Phone], 0),
    ("telemovel", &[K::Phone], 0),
    ("numero novo", &[K::Phone], 0),
    ("numero nuevo", &[K::Phone], 0),
    ("palavra-passe", &[K::Password], 0),
    ("palavra passe", &[K::Password], 0),
    ("ruc", &[], T_NEG),
    // German, Dutch and Polish card, code and contact words
    ("gültig bis", &[K::CardExpiry], 0),
    // "die ist abgelaufen 04/2029": expired (as of).
    ("abgelaufen", &[K::CardExpiry], 0),
    ("gültig", &[K::CardExpiry], 0),
    ("gultig bis", &[K::CardExpiry], 0),
    ("ablaufdatum", &[K::CardExpiry], 0),
    ("läuft", &[K::CardExpiry], 0),
    ("karte", &[K::CardNumber, K::CardExpiry], 0),
    ("kartennummer", &[K::CardNumber], 0),
    ("kreditkarte", &[K::CardNumber, K::CardExpiry], 0),
    ("kreditkartennummer", &[K::CardNumber], 0),
    ("debitkarte", &[K::CardNumber, K::CardExpiry], 0),
    // Polish and Czech: the card, in the cases a chat uses.
    ("karta", &[K::CardNumber, K::CardExpiry], 0),
    ("karty", &[K::CardNumber, K::CardExpiry], 0),
    ("kartę", &[K::CardNumber, K::CardExpiry], 0),
    ("kartą", &[K::CardNumber, K::CardExpiry], 0),
    ("karet", &[K::CardNumber, K::CardExpiry], 0),
    ("prüfziffer", &[K::CardSecurityCode], 0),
    ("kartenprüfnummer", &[K::CardSecurityCode], 0),
    ("prüfnummer", &[K::CardSecurityCode], 0),
    ("prüfnr", &[K::CardSecurityCode], 0),
    ("geb.", &[K::DateOfBirth], 0),
    ("geburtsdatum", &[K::DateOfBirth], 0),
    ("geburtstag", &[K::DateOfBirth], 0),
    ("geburtsdaten", &[K::DateOfBirth], 0),
    ("geboren am", &[K::DateOfBirth], 0),
    ("geb. am", &[K::DateOfBirth], 0),
    ("einmal-pin", &[K::Otp], 0),
    ("einmalpin", &[K::Otp], 0),
    ("handy", &[K::Phone], 0),
    ("handynummer", &[K::Phone], 0),
    ("handynr", &[K::Phone], 0),
    // A bank app's access code, set by the customer, is its PIN
    // ("Zugangscode … ich hab 20297 gesetzt").
    ("zugangscode", &[K::CardPin, K::Password], 0),
    ("telefonnummer", &[K::Phone], 0),
    ("mobilnummer", &[K::Phone], 0),
    // (With its colon, a form's field: "Mobil: 0152…"; see "mobil" below.)
    ("mobil:", &[K::Phone], 0),
    // A zero for the "o" of OTP.
    ("0tp", &[K::Otp], 0),
    // ("TAN" alone only in capitals: "call Mr Tan 9123 4567" is a phone.)
    ("tan", &[K::Otp], 0),
    ("mtan", &[K::Otp], 0),
    ("pushtan", &[K::Otp], 0),
    ("smstan", &[K::Otp], 0),
    ("sms-tan", &[K::Otp], 0),
    // German banks' one-time TAN, after an article or possessive, or
    // named with its kind ("meine TAN 165765", "TAN-Nummer").
    ("meine tan", &[K::Otp], 0),
    ("deine tan", &[K::Otp], 0),
    ("ihre tan", &[K::Otp], 0),
    ("die tan", &[K::Otp], 0),
    ("eine tan", &[K::Otp], 0),
    ("der tan", &[K::Otp], 0),
    ("tan-nummer", &[K::Otp], 0),
    ("tan nummer", &[K::Otp], 0),
    ("tan-code", &[K::Otp], 0),
    // A call from a number: "rief von 0154 … an", "Anruf von …".
    ("anruf von", &[K::Phone], 0),
    ("angerufen von", &[K::Phone], 0),
    ("rief von", &[K::Phone], 0),
    ("rief mich von", &[K::Phone], 0),
    ("meine nummer", &[K::Phone], 0),
    ("meine handynummer", &[K::Phone], 0),
    ("erreichbar unter", &[K::Phone], 0),
    ("telefonisch unter", &[K::Phone], 0),
    ("unter der nummer", &[K::Phone], 0),
    ("rufen sie mich", &[K::Phone], 0),
    ("ruf mich", &[K::Phone], 0),
    ("bestätigungscode", &[K::Otp], 0),
    ("geldig tot", &[K::CardExpiry], 0),
    ("geldig t/m", &[K::CardExpiry], 0),
    ("vervaldatum", &[K::CardExpiry], 0),
    ("verlopen per", &[K::CardExpiry], 0),
    ("verloopt", &[K::CardExpiry], 0),
    ("app-pincode", &[K::CardPin], 0),
    ("ważna do", &[K::CardExpiry], 0),
    ("ważny do", &[K::CardExpiry], 0),
    ("data ważności", &[K::CardExpiry], 0),
    ("infolinia", &[], T_NEG),
    ("kvk", &[], T_NEG),
    ("bsb", &[], T_NEG),
    ("non surtaxé", &[], T_NEG),
    // Vietnamese (without and with its marks, as people type both)
    ("sđt", &[K::Phone], 0),
    // Philippine "cellphone number" ("cp# 0947 682 4713").
    ("cp#", &[K::Phone], 0),
    ("cp no", &[K::Phone], 0),
    // (Vietnamese "my new phone number": "Sđt mới của em là …".)
    ("sđt mới", &[K::Phone], 0),
    // (Messaging and payment apps reached by a phone number: Vietnamese
    // Zalo, Hong Kong's PayMe.)
    ("zalo", &[K::Phone], 0),
    ("payme", &[K::Phone], 0),
    ("sdt", &[K::Phone], 0),
    ("số điện thoại", &[K::Phone], 0),
    // "gọi cho mình số …": call me at.
    ("gọi cho", &[K::Phone], 0),
    // Czech "zavolejte mi na …": call me at.
    ("zavolejte mi", &[K::Phone], 0),
    ("zavolej mi", &[K::Phone], 0),
    ("so dien thoai", &[K::Phone], 0),
    ("điện thoại", &[K::Phone], 0),
    ("stk", &[K::BankAccount], 0),
    ("vào tk", &[K::BankAccount], 0),
    ("vao tk", &[K::BankAccount], 0),
    ("sang tk", &[K::BankAccount], 0),
    ("mã gd", &[], T_NEG),
    ("ma gd", &[], T_NEG),
    ("mã giao dịch", &[], T_NEG),
    ("mã tham chiếu", &[], T_NEG),
    ("ma tham chieu", &[], T_NEG),
    ("số tham chiếu", &[], T_NEG),
    ("ma giao dich", &[], T_NEG),
    ("tk của", &[K::BankAccount], 0),
    ("tk cua", &[K::BankAccount], 0),
    ("số dư tk", &[K::BankAccount], 0),
    ("so du tk", &[K::BankAccount], 0),
    // The PIN in the other Indian scripts, after UPI or ATM or before
    // "number": alone, the word also means "after" or "back" (Tamil பின்,
    // Malayalam പിൻ) or begins other words (Telugu పిన్ని, "aunt").
    ("upi பின்", &[K::CardPin], 0),
    ("upi పిన్", &[K::CardPin], 0),
    ("upi ಪಿನ್", &[K::CardPin], 0),
    ("upi പിൻ", &[K::CardPin], 0),
    ("upi પિન", &[K::CardPin], 0),
    ("atm பின்", &[K::CardPin], 0),
    ("atm పిన్", &[K::CardPin], 0),
    ("atm ಪಿನ್", &[K::CardPin], 0),
    ("atm പിൻ", &[K::CardPin], 0),
    ("atm પિન", &[K::CardPin], 0),
    ("பின் நம்பர்", &[K::CardPin], 0),
    ("పిన్ నంబర్", &[K::CardPin], 0),
    ("ಪಿನ್ ನಂಬರ್", &[K::CardPin], 0),
    ("പിൻ നമ്പർ", &[K::CardPin], 0),
    ("પિન નંબર", &[K::CardPin], 0),
    // "Number", "mobile" and "date of birth" in Tamil, Telugu, Kannada,
    // Malayalam and Gujarati script.
    ("நம்பர்", &[], T_GEN),
    ("నంబర్", &[], T_GEN),
    ("ನಂಬರ್", &[], T_GEN),
    ("നമ്പർ", &[], T_GEN),
    ("નંબર", &[], T_GEN),
    ("మొబైల్", &[K::Phone], 0),
    ("ಮೊಬೈಲ್", &[K::Phone], 0),
    ("મોબાઈલ", &[K::Phone], 0),
    ("મોબાઇલ", &[K::Phone], 0),
    ("ಜನ್ಮ ದಿನಾಂಕ", &[K::DateOfBirth], 0),
    ("ಹುಟ್ಟಿದ ದಿನಾಂಕ", &[K::DateOfBirth], 0),
    ("જન્મ તારીખ", &[K::DateOfBirth], 0),
    ("જન્મતારીખ", &[K::DateOfBirth], 0),
    ("ജനനത്തീയതി", &[K::DateOfBirth], 0),
    // "Account", "password" and "phone" in Telugu, Kannada, Gujarati,
    // Malayalam and Tamil script (the loanword "password" written with
    // and without the zero-width non-joiner after its virama).
    ("ఖాతా", &[K::BankAccount], 0),
    ("ಖಾತೆ", &[K::BankAccount], 0),
    ("ಸಂಖ್ಯೆ", &[], T_GEN),
    ("ખાતા", &[K::BankAccount], 0),
    ("ખાતું", &[K::BankAccount], 0),
    // Gujarati "account number", and the card loanwords "expiry", "OTP",
    // "CVV".
    ("એકાઉન્ટ નંબર", &[K::BankAccount], 0),
    ("એક્સપાયરી", &[K::CardExpiry], 0),
    ("ઓટીપી", &[K::Otp], 0),
    ("સીવીવી", &[K::CardSecurityCode], 0),
    ("పాస్\u{200c}వర్డ్", &[K::Password], 0),
    ("పాస్వర్డ్", &[K::Password], 0),
    ("ಪಾಸ್\u{200c}ವರ್ಡ್", &[K::Password], 0),
    ("ಪಾಸ್ವರ್ಡ್", &[K::Password], 0),
    ("પાસવર્ડ", &[K::Password], 0),
    ("പാസ്\u{200c}വേഡ്", &[K::Password], 0),
    ("പാസ്വേഡ്", &[K::Password], 0),
    ("பாஸ்வேர்ட்", &[K::Password], 0),
    ("கடவுச்சொல்", &[K::Password], 0),
    ("ఫోన్", &[K::Phone], 0),
    ("ಫೋನ್", &[K::Phone], 0),
    ("ફોન", &[K::Phone], 0),
    ("ഫോൺ", &[K::Phone], 0),
    // Punjabi (Gurmukhi): account, number, mobile, phone, password,
    // birth date, and the PIN after UPI or ATM.
    ("ਖਾਤਾ", &[K::BankAccount], 0),
    ("ਖਾਤੇ", &[K::BankAccount], 0),
    ("ਨੰਬਰ", &[], T_GEN),
    ("ਮੋਬਾਈਲ", &[K::Phone], 0),
    ("ਫੋਨ", &[K::Phone], 0),
    ("ਫ਼ੋਨ", &[K::Phone], 0),
    ("ਪਾਸਵਰਡ", &[K::Password], 0),
    ("ਜਨਮ ਮਿਤੀ", &[K::DateOfBirth], 0),
    ("ਜਨਮ ਤਾਰੀਖ", &[K::DateOfBirth], 0),
    ("upi ਪਿੰਨ", &[K::CardPin], 0),
    ("atm ਪਿੰਨ", &[K::CardPin], 0),
    ("ਪਿੰਨ ਨੰਬਰ", &[K::CardPin], 0),
    // (and the code, the card, its expiry, "my / new number").
    ("ਕੋਡ", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("ਵੈਰੀਫਿਕੇਸ਼ਨ ਕੋਡ", &[K::Otp], 0),
    ("ਓਟੀਪੀ", &[K::Otp], 0),
    ("ਕਾਰਡ", &[K::CardNumber, K::CardExpiry], 0),
    ("ਮਿਆਦ", &[K::CardExpiry], 0),
    ("ਮੇਰਾ ਨੰਬਰ", &[K::Phone], 0),
    ("ਨਵਾਂ ਨੰਬਰ", &[K::Phone], 0),
    // Catalan
    ("contrasenya", &[K::Password], 0),
    // (Not "mòbil" alone: without its accent it is Indonesian "car".)
    ("el meu mòbil", &[K::Phone], 0),
    ("el mòbil", &[K::Phone], 0),
    ("mòbil:", &[K::Phone], 0),
    // Galician (its bare "móbil" is Indonesian "car" unaccented too).
    ("o meu móbil", &[K::Phone], 0),
    ("o móbil", &[K::Phone], 0),
    ("móbil:", &[K::Phone], 0),
    ("número de móbil", &[K::Phone], 0),
    ("data de nacemento", &[K::DateOfBirth], 0),
    ("nacín", &[K::DateOfBirth], 0),
    ("contrasinal", &[K::Password], 0),
    ("número de mòbil", &[K::Phone], 0),
    ("telèfon", &[K::Phone], 0),
    ("vaig néixer", &[K::DateOfBirth], 0),
    // Swahili and Hausa
    ("nambari ya uthibitisho", &[K::Otp], 0),
    ("lambar wayar", &[K::Phone], 0),
    ("lambar wayata", &[K::Phone], 0),
    // Hausa "my / his / her number"; Yoruba "birthday" and "phone number"
    // without their tone marks; Twi "birthday".
    ("lambata", &[K::Phone], 0),
    ("lambarsa", &[K::Phone], 0),
    ("lambarta", &[K::Phone], 0),
    ("ojo ibi", &[K::DateOfBirth], 0),
    ("ọjọ́ ìbí", &[K::DateOfBirth], 0),
    ("nomba foonu", &[K::Phone], 0),
    ("awoda", &[K::DateOfBirth], 0),
    // Malayalam, Sinhala, Tagalog
    ("അക്കൗണ്ട്", &[K::BankAccount], 0),
    ("അക്കൗണ്ട് നമ്പർ", &[K::BankAccount], 0),
    ("മൊബൈൽ", &[K::Phone], 0),
    ("മൊബൈൽ നമ്പർ", &[K::Phone], 0),
    ("ജനന തീയതി", &[K::DateOfBirth], 0),
    ("janana theeyathi", &[K::DateOfBirth], 0),
    ("janana theeyadi", &[K::DateOfBirth], 0),
    ("ගිණුම", &[K::BankAccount], 0),
    ("ගිණුමට", &[K::BankAccount], 0),
    ("ගිණුම් අංකය", &[K::BankAccount], 0),
    ("kaarawan", &[K::DateOfBirth], 0),
    // Afrikaans, Zulu, Swahili
    ("rekeningnommer", &[K::BankAccount], 0),
    ("wagwoord", &[K::Password], 0),
    ("eenmalige wagwoord", &[K::Otp], 0),
    ("akhawunti", &[K::BankAccount], 0),
    ("ku-akhawunti", &[K::BankAccount], 0),
    // Xhosa and Zulu "account" with its noun and locative prefixes
    // ("iakhawunti yam ngu …", "kwiakhawunti", "eseakhawuntini").
    ("iakhawunti", &[K::BankAccount], 0),
    ("i-akhawunti", &[K::BankAccount], 0),
    ("yeakhawunti", &[K::BankAccount], 0),
    ("ye-akhawunti", &[K::BankAccount], 0),
    ("kwiakhawunti", &[K::BankAccount], 0),
    ("kwi-akhawunti", &[K::BankAccount], 0),
    ("neakhawunti", &[K::BankAccount], 0),
    ("eakhawuntini", &[K::BankAccount], 0),
    ("eseakhawuntini", &[K::BankAccount], 0),
    // Afrikaans "the 3 digits (at the back)".
    ("3 syfers", &[K::CardSecurityCode], 0),
    ("drie syfers", &[K::CardSecurityCode], 0),
    // Swahili "verification (number)" and "my secret number".
    ("uthibitisho", &[K::Otp], 0),
    ("nambari yangu ya siri", &[K::CardPin, K::Password], 0),
    // Dutch "call me (back)" (not "bellen" alone: "U kunt bellen naar 088
    // …" gives the business's line); German "old/new number", "my
    // daughter's number".
    ("mij bellen", &[K::Phone], 0),
    ("me bellen", &[K::Phone], 0),
    ("mij terugbellen", &[K::Phone], 0),
    ("me terugbellen", &[K::Phone], 0),
    ("alte nummer", &[K::Phone], 0),
    ("neue nummer", &[K::Phone], 0),
    ("nummer meiner", &[K::Phone], 0),
    ("nummer meines", &[K::Phone], 0),
    // Turkish "can you call (me)".
    ("arayabilir misiniz", &[K::Phone], 0),
    // Afrikaans phone, code and expiry words; Zulu, Xhosa and Sesotho
    // words for the phone, the code and "I was born".
    ("sel", &[K::Phone], 0),
    ("selnommer", &[K::Phone], 0),
    ("selfoon", &[K::Phone], 0),
    ("selfoonnommer", &[K::Phone], 0),
    ("bel my", &[K::Phone], 0),
    ("verval", &[K::CardExpiry], 0),
    ("verifikasiekode", &[K::Otp], 0),
    ("ikhodi", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("ngishayele", &[K::Phone], 0),
    ("ucingo", &[K::Phone], 0),
    ("ifowuni", &[K::Phone], 0),
    ("umnxeba", &[K::Phone], 0),
    ("mohala", &[K::Phone], 0),
    ("ngizalwe", &[K::DateOfBirth], 0),
    ("ngizalwa", &[K::DateOfBirth], 0),
    ("ndazalwa", &[K::DateOfBirth], 0),
    ("ndizalwe", &[K::DateOfBirth], 0),
    // Xhosa "(s)he was born", Zulu "day of birth".
    ("uzelwe", &[K::DateOfBirth], 0),
    ("izelwe", &[K::DateOfBirth], 0),
    ("lokuzalwa", &[K::DateOfBirth], 0),
    ("ke hlahile", &[K::DateOfBirth], 0),
    // A Canadian branch's transit number is no account; nor is a bill's.
    ("transit", &[], T_NEG),
    ("ਟ੍ਰਾਂਜ਼ਿਟ", &[], T_NEG),
    ("bill account", &[], T_UTIL),
    // The answer to an e-Transfer's security question is a secret.
    ("security answer", &[K::Password], 0),
    // An electricity meter's number is no phone.
    ("meter", &[], T_NEG),
    ("meternommer", &[], T_NEG),
    ("nenosiri", &[K::Password], 0),
    ("muda wake", &[K::CardExpiry], 0),
    ("muda wa kuisha", &[K::CardExpiry], 0),
    ("msimbo wa uthibitisho", &[K::Otp], 0),
    ("msimbo wako wa uthibitisho", &[K::Otp], 0),
    ("safaricom line", &[K::Phone], 0),
    ("mtn line", &[K::Phone], 0),
    ("airtel line", &[K::Phone], 0),
    // A token's PIN, not the code it shows ("pin token saya 251965",
    // "a senha do token é …").
    ("pin token", &[K::CardPin], 0),
    ("senha do token", &[K::CardPin], 0),
    ("pin do token", &[K::CardPin], 0),
    ("pin del token", &[K::CardPin], 0),
    // A Spanish bank's signing code ("código de firma para la orden").
    ("código de firma", &[K::Otp], 0),
    ("codigo de firma", &[K::Otp], 0),
    ("banco corresponsal", &[K::SwiftBic], 0),
    ("correspondent bank", &[K::SwiftBic], 0),
    // The UAE wage system's routing code is no bank's.
    ("wps", &[], T_NEG),
    ("số tài khoản", &[K::BankAccount], 0),
    ("so tai khoan", &[K::BankAccount], 0),
    ("tài khoản", &[K::BankAccount], 0),
    // Vietnam's MB Bank, no megabytes ("Tài khoản MB 2313 6347 5754").
    ("tài khoản mb", &[K::BankAccount], 0),
    ("tai khoan mb", &[K::BankAccount], 0),
    ("stk mb", &[K::BankAccount], 0),
    // A number a link or code was sent to ("gửi link xác thực tới số
    // 039.672.2764").
    ("tới số", &[K::Phone], 0),
    ("đến số", &[K::Phone], 0),
    ("ngày sinh", &[K::DateOfBirth], 0),
    ("ngay sinh", &[K::DateOfBirth], 0),
    ("hết hạn", &[K::CardExpiry], 0),
    ("hsd", &[K::CardExpiry], 0),
    ("mật khẩu", &[K::Password], 0),
    ("mã xác thực", &[K::Otp], 0),
    ("ma xac thuc", &[K::Otp], 0),
    ("mã otp", &[K::Otp], 0),
    ("số thẻ", &[K::CardNumber], 0),
    ("thẻ", &[K::CardNumber, K::CardExpiry], 0),
    ("đồng", &[], T_CUR),
    ("vnđ", &[], T_CUR),
    // (Not "đ" alone: it also starts words such as "đã", "đang", "để".)
    // "phí" (a fee) also keeps "ph" (a phone word) from matching inside it.
    ("phí", &[], T_CUR),
    // Thai
    ("เบอร์", &[K::Phone], 0),
    ("โทร", &[K::Phone], 0),
    ("บัญชี", &[K::BankAccount], 0),
    ("เลขบัญชี", &[K::BankAccount], 0),
    ("วันเกิด", &[K::DateOfBirth], 0),
    ("เกิด", &[K::DateOfBirth], 0),
    ("หมดอายุ", &[K::CardExpiry], 0),
    ("เลขบัตร", &[K::CardNumber], 0),
    // The code on the back of the card, a card's account, a TrueMoney
    // wallet (a mobile).
    ("รหัสหลังบัตร", &[K::CardSecurityCode], 0),
    ("เลขหลังบัตร", &[K::CardSecurityCode], 0),
    ("บช.", &[K::BankAccount], 0),
    ("ทรูมันนี่", &[K::Phone], 0),
    ("บัตรเครดิต", &[K::CardNumber, K::CardExpiry], 0),
    // Swahili, Malay, Nigerian Pidgin
    ("namba", &[K::Phone], 0),
    ("simu", &[K::Phone], 0),
    // "call me" ("nipigie 0119…").
    ("nipigie", &[K::Phone], 0),
    ("nipigia", &[K::Phone], 0),
    ("kumbukumbu", &[], T_NEG),
    ("nilizaliwa", &[K::DateOfBirth], 0),
    ("kuzaliwa", &[K::DateOfBirth], 0),
    ("alizaliwa", &[K::DateOfBirth], 0),
    ("amezaliwa", &[K::DateOfBirth], 0),
    ("nambari ya siri ya mara moja", &[K::Otp], 0),
    ("luput", &[K::CardExpiry], 0),
    ("my line", &[K::Phone], 0),
    // A line of a phone network ("Network is MTN, line 0706 793 0199"),
    // not of a statement.
    ("line", &[K::Phone], 0),
    ("statement line", &[], T_NEG),
    // Kenya's business wallet, and "this line" in Swahili chat.
    ("pochi la biashara", &[K::Phone], 0),
    ("hii line", &[K::Phone], 0),
    ("line yangu", &[K::Phone], 0),
    ("namba ya mita", &[], T_UTIL | T_NEG),
    ("nohp", &[K::Phone], 0),
    ("wallet passcode", &[K::CardPin], 0),
    ("code d'accès", &[K::CardPin, K::Password], 0),
    // "Votre code d'accès unique est 755538": a one-time access code.
    ("code d'accès unique", &[K::Otp], 0),
    ("code d'acces unique", &[K::Otp], 0),
    ("code d'acces", &[K::CardPin, K::Password], 0),
    // A fee ("کارمزد", which holds "رمز"), a branch code, an operation
    // number ("عملية رقم"; "لعملية الشراء" alone names no number)
    ("کارمزد", &[], T_CUR),
    ("برانچ کوڈ", &[], T_NEG),
    ("عملية رقم", &[], T_NEG),
    ("حركة رقم", &[], T_NEG),
    ("namba yangu", &[K::Phone], 0),
    ("nambari yangu", &[K::Phone], 0),
    ("namba ya simu", &[K::Phone], 0),
    ("nambari ya simu", &[K::Phone], 0),
    ("akaunti", &[K::BankAccount], 0),
    ("namba ya akaunti", &[K::BankAccount], 0),
    ("nambari ya akaunti", &[K::BankAccount], 0),
    // A PIN ("secret number"), a ticket number
    ("nambari ya siri", &[K::CardPin, K::Password], 0),
    ("namba ya siri", &[K::CardPin, K::Password], 0),
    ("tiketi", &[], T_NEG),
    ("tarehe ya kuzaliwa", &[K::DateOfBirth], 0),
    ("phone no", &[K::Phone], 0),
    ("mobile no", &[K::Phone], 0),
    ("paytm number", &[K::Phone], 0),
    ("phonepe number", &[K::Phone], 0),
    ("gpay number", &[K::Phone], 0),
    ("meu número", &[K::Phone], 0),
    ("meu numero", &[K::Phone], 0),
    // "nr" for short, in Portugal ("o meu nr é 923-265-700").
    ("meu nr", &[K::Phone], 0),
    // Portugal's home-banking PIN ("o código pessoal do homebanking é
    // 796293").
    ("código pessoal", &[K::CardPin], 0),
    ("codigo pessoal", &[K::CardPin], 0),
    ("número é", &[K::Phone], 0),
    ("mi número", &[K::Phone], 0),
    ("mi numero", &[K::Phone], 0),
    // (Spanish "nro", short for número: "mi nro es 612 345 678".)
    ("mi nro", &[K::Phone], 0),
    ("mon numéro", &[K::Phone], 0),
    ("mon numero", &[K::Phone], 0),
    ("il mio numero", &[K::Phone], 0),
    ("nomor saya", &[K::Phone], 0),
    ("nomorku", &[K::Phone], 0),
    ("mera number", &[K::Phone], 0),
    ("mera no", &[K::Phone], 0),
    ("رقم جوالي", &[K::Phone], 0),
    ("رقم الجوال", &[K::Phone], 0),
    ("رقم الهاتف", &[K::Phone], 0),
    ("رقم هاتفي", &[K::Phone], 0),
    ("هذا رقمي", &[K::Phone], 0),
    // ---- one-time passwords in other words
    ("tek kullanımlık şifre", &[K::Otp], 0),
    ("tek kullanimlik sifre", &[K::Otp], 0),
    ("senha temporária", &[K::Otp], 0),
    // (A new card's provisional PIN comes in its letter: the PIN first.)
    ("senha provisória", &[K::CardPin, K::Otp], 0),
    ("senha provisoria", &[K::CardPin, K::Otp], 0),
    ("contraseña temporal", &[K::Otp], 0),
    ("clave temporal", &[K::Otp], 0),
    ("clave de acceso temporal", &[K::Otp], 0),
    ("clave temporal de acceso", &[K::Otp], 0),
    ("senha temporaria", &[K::Otp], 0),
    ("senha de acesso temporária", &[K::Otp], 0),
    ("temporary password", &[K::Otp], 0),
    ("temporary passcode", &[K::Otp], 0),
    ("kata sandi sementara", &[K::Otp], 0),
    ("password sementara", &[K::Otp], 0),
    ("kata sandi sekali pakai", &[K::Otp], 0),
    ("password monouso", &[K::Otp], 0),
    ("mot de passe à usage unique", &[K::Otp], 0),
    ("código do pedido", &[], T_NEG),
    ("código de pedido", &[], T_NEG),
    ("order code", &[], T_NEG),
    ("amount", &[], T_NEG | T_AMT),
    ("valor", &[], T_NEG | T_AMT),
    ("monto", &[], T_NEG | T_AMT),
    ("importe", &[], T_NEG | T_AMT),
    ("jumlah", &[], T_NEG | T_AMT),
    ("nominal", &[], T_NEG | T_AMT),
    ("total", &[], T_NEG | T_AMT),
    ("saldo", &[], T_NEG | T_AMT),
    ("balance", &[], T_NEG | T_AMT),
    ("المبلغ", &[], T_NEG | T_AMT),
    ("مبلغ", &[], T_NEG | T_AMT),
    ("الراتب", &[], T_NEG | T_AMT),
    ("رصيد", &[], T_NEG | T_AMT),
    ("المعاملة", &[], T_NEG),
    ("الشكوى", &[], T_NEG),
    ("البوليصة", &[], T_NEG),
    ("الشحنة", &[], T_NEG),
    ("مرجعي", &[], T_NEG),
    // (A flat's number; an address's word too: "flat 1355, block C, pin
    // 700096" is a postal PIN code.)
    ("flat", &[], T_NEG | T_ADDR),
    ("ج.م", &[], T_CUR),
    ("ر.س", &[], T_CUR),
    ("د.إ", &[], T_CUR),
    ("ل.ل", &[], T_CUR),
    ("جنيه", &[], T_CUR),

    ("hubungi", &[K::Phone], 0),
    // Its short form in SMS and ads ("hub 0812 …", "Hub: 6287…").
    ("hub", &[K::Phone], 0),
    ("hubungi saya", &[K::Phone], 0),
    ("cep numaram", &[K::Phone], 0),
    ("cep no", &[K::Phone], 0),
    ("بطاقتي", &[K::CardNumber, K::CardExpiry], 0),
    ("بطاقتك", &[K::CardNumber, K::CardExpiry], 0),
    ("expira", &[K::CardExpiry], 0),
    ("expire", &[K::CardExpiry], 0),
    ("expiring", &[K::CardExpiry], 0),
    ("caduca", &[K::CardExpiry], 0),
    ("poliçe", &[], T_NEG),
    ("police no", &[], T_NEG),
    ("polizza", &[], T_NEG),
    ("poliza", &[], T_NEG),
    ("contrat", &[], T_NEG),
    ("başvuru", &[], T_NEG),

    ("janamdin", &[K::DateOfBirth], 0),
    ("janmdin", &[K::DateOfBirth], 0),
    ("janm tithi", &[K::DateOfBirth], 0),
    ("janam tithi", &[K::DateOfBirth], 0),
    ("janamtithi", &[K::DateOfBirth], 0),
    ("date naiss", &[K::DateOfBirth], 0),
    ("date naiss.", &[K::DateOfBirth], 0),
    ("naiss", &[K::DateOfBirth], 0),
    ("naiss.", &[K::DateOfBirth], 0),
    ("cumple es", &[K::DateOfBirth], 0),
    ("su cumple", &[K::DateOfBirth], 0),
    ("mi cumple", &[K::DateOfBirth], 0),
    ("cumpleaños es", &[K::DateOfBirth], 0),
    ("dn", &[K::DateOfBirth], 0),
    ("janam tarikh", &[K::DateOfBirth], 0),
    ("janm tarikh", &[K::DateOfBirth], 0),
    ("janam tareekh", &[K::DateOfBirth], 0),
    ("जन्म तारीख", &[K::DateOfBirth], 0),
    ("tanggal lhr", &[K::DateOfBirth], 0),
    ("né(e) le", &[K::DateOfBirth], 0),
    ("né(e)", &[K::DateOfBirth], 0),
    ("nato/a il", &[K::DateOfBirth], 0),
    ("doğ. tar.", &[K::DateOfBirth], 0),
    ("d. tarihi", &[K::DateOfBirth], 0),
    ("d.tarihi", &[K::DateOfBirth], 0),
    ("doğ. tarihi", &[K::DateOfBirth], 0),
    ("f. de nacimiento", &[K::DateOfBirth], 0),
    ("fec. de nac.", &[K::DateOfBirth], 0),
    ("born on", &[K::DateOfBirth], 0),
    ("borned on", &[K::DateOfBirth], 0),
    ("janmtithi", &[K::DateOfBirth], 0),
    ("janam din", &[K::DateOfBirth], 0),
    ("janm din", &[K::DateOfBirth], 0),
    ("janam", &[K::DateOfBirth], 0),
    ("janm", &[K::DateOfBirth], 0),
    ("paida hua", &[K::DateOfBirth], 0),
    ("paida hui", &[K::DateOfBirth], 0),
    ("paidaish", &[K::DateOfBirth], 0),
    ("जन्मदिन", &[K::DateOfBirth], 0),
    ("पैदा", &[K::DateOfBirth], 0),
    ("bday", &[K::DateOfBirth], 0),
    ("b'day", &[K::DateOfBirth], 0),
    ("bdate", &[K::DateOfBirth], 0),
    ("birth date", &[K::DateOfBirth], 0),
    ("d.o.b.", &[K::DateOfBirth], 0),
    ("ttl", &[K::DateOfBirth], 0),
    ("tempat tanggal lahir", &[K::DateOfBirth], 0),
    ("tempat tgl lahir", &[K::DateOfBirth], 0),
    ("tempat/tgl lahir", &[K::DateOfBirth], 0),
    ("tmpt tgl lahir", &[K::DateOfBirth], 0),
    ("tempat lahir", &[K::DateOfBirth], 0),
    ("kelahiran", &[K::DateOfBirth], 0),
    ("tanggal kelahiran", &[K::DateOfBirth], 0),
    ("tgl lahirnya", &[K::DateOfBirth], 0),
    ("dt nasc", &[K::DateOfBirth], 0),
    ("dt. nasc", &[K::DateOfBirth], 0),
    ("data nasc", &[K::DateOfBirth], 0),
    ("data de nasc", &[K::DateOfBirth], 0),
    ("nasceu", &[K::DateOfBirth], 0),
    ("f.nac", &[K::DateOfBirth], 0),
    ("fec. nac", &[K::DateOfBirth], 0),
    ("fec nac", &[K::DateOfBirth], 0),
    ("fecha de nac.", &[K::DateOfBirth], 0),
    ("nació", &[K::DateOfBirth], 0),
    ("nacimiento el", &[K::DateOfBirth], 0),
    ("تاريخ ميلاده", &[K::DateOfBirth], 0),
    ("تاريخ الولادة", &[K::DateOfBirth], 0),
    ("الولادة", &[K::DateOfBirth], 0),
    ("مولود", &[K::DateOfBirth], 0),
    ("مولودة", &[K::DateOfBirth], 0),
    ("اتولدت", &[K::DateOfBirth], 0),
    ("ولدت", &[K::DateOfBirth], 0),
    // (With its vowel marks typed: "وُلدت في 03.04.1984".)
    ("وُلدت", &[K::DateOfBirth], 0),
    ("وُلِدت", &[K::DateOfBirth], 0),
    ("ddn", &[K::DateOfBirth], 0),
    ("date de naiss", &[K::DateOfBirth], 0),
    ("compleanno", &[K::DateOfBirth], 0),
    ("nato a", &[K::DateOfBirth], 0),
    ("nata a", &[K::DateOfBirth], 0),
    ("doğumlu", &[K::DateOfBirth], 0),
    ("doğumluyum", &[K::DateOfBirth], 0),
    ("doğum günü", &[K::DateOfBirth], 0),
    ("doğum tarihiniz", &[K::DateOfBirth], 0),
    ("nascido", &[K::DateOfBirth], 0),
    ("nascida", &[K::DateOfBirth], 0),
    ("nascí", &[K::DateOfBirth], 0),
    ("nacido", &[K::DateOfBirth], 0),
    ("nacida", &[K::DateOfBirth], 0),
    ("kodunuz", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodu", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodum", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodunu", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodunuzu", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodunuzdur", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kodumu", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("doğrulama", &[K::Otp], 0),
    ("şifresi", &[K::CardPin, K::Password], 0),
    ("şifremi", &[K::CardPin, K::Password], 0),
    ("şifrenizi", &[K::CardPin, K::Password], 0),
    ("şifreyi", &[K::CardPin, K::Password], 0),
    ("şifresini", &[K::CardPin, K::Password], 0),
    ("şifreniz", &[K::CardPin, K::Password], 0),
    ("kartımın", &[K::CardNumber, K::CardExpiry], 0),
    ("kartım", &[K::CardNumber, K::CardExpiry], 0),

    // ---- more phrasings
    ("rib", &[K::BankAccount, K::Iban], 0),
    ("numero di conto", &[K::BankAccount], 0),
    ("hesap numarası", &[K::BankAccount], 0),
    ("kart numarası", &[K::CardNumber], 0),
    ("número do cartão", &[K::CardNumber], 0),
    ("número de tarjeta", &[K::CardNumber], 0),
    ("nomor kartu", &[K::CardNumber], 0),
    ("numero carta", &[K::CardNumber], 0),
    ("conta bancária", &[K::BankAccount], 0),
    ("cuenta bancaria", &[K::BankAccount], 0),
    ("nomor rekening", &[K::BankAccount], 0),
    ("cci", &[K::BankAccount], 0),
    ("iban no", &[K::Iban], 0),
    ("ifsc no", &[K::InIfsc], 0),
    ("routing no", &[K::UsRoutingNumber], 0),
    ("transit number", &[K::UsRoutingNumber], 0),
    ("kode pin", &[K::CardPin], 0),
    ("pin atm", &[K::CardPin], 0),
    ("pin kartu", &[K::CardPin], 0),
    ("pin del cajero", &[K::CardPin], 0),
    ("pin do cartão", &[K::CardPin], 0),
    ("código pin", &[K::CardPin], 0),
    ("one-time code", &[K::Otp], 0),
    ("login code", &[K::Otp], 0),
    ("auth code", &[], T_NEG),
    ("authentication code", &[K::Otp], 0),
    ("security pin", &[K::CardPin], 0),
    ("token sms", &[K::Otp], 0),
    ("código de autenticação", &[K::Otp], 0),
    ("código de confirmação", &[K::Otp], 0),
    ("código de confirmación", &[K::Otp], 0),
    ("código de activación", &[K::Otp], 0),
    ("código de ativação", &[K::Otp], 0),
    ("código para confirmar", &[K::Otp], 0),
    ("activation code", &[K::Otp], 0),
    ("kode konfirmasi", &[K::Otp], 0),
    ("data nascimento", &[K::DateOfBirth], 0),
    ("d.n.", &[K::DateOfBirth], 0),
    ("fecha de nac", &[K::DateOfBirth], 0),
    ("tgl. lahir", &[K::DateOfBirth], 0),
    ("जन्म दिनांक", &[K::DateOfBirth], 0),
    ("تاريخ ميلادي", &[K::DateOfBirth], 0),
    ("mobile no.", &[K::Phone], 0),
    ("cell no", &[K::Phone], 0),
    ("número de celular", &[K::Phone], 0),
    ("número de teléfono", &[K::Phone], 0),
    ("nomor telepon", &[K::Phone], 0),
    ("nomor whatsapp", &[K::Phone], 0),
    ("telefon numaram", &[K::Phone], 0),
    ("numero di telefono", &[K::Phone], 0),
    ("numéro de téléphone", &[K::Phone], 0),
    ("تلفون", &[K::Phone], 0),
    ("تليفون", &[K::Phone], 0),
    ("رقم تواصل", &[K::Phone], 0),
    ("للتواصل", &[K::Phone], 0),
    ("ara beni", &[K::Phone], 0),
    ("beni ara", &[K::Phone], 0),
    ("appelle-moi", &[K::Phone], 0),
    ("appelez-moi", &[K::Phone], 0),
    ("joignable", &[K::Phone], 0),
    ("cell.", &[K::Phone], 0),
    ("nomer", &[], T_GEN),
    ("nummer", &[], T_GEN),
    ("numer", &[], T_GEN),
    ("numarası", &[], T_GEN),
    ("numarasi", &[], T_GEN),
    ("rachunek", &[K::BankAccount], 0),
    // The access code of an Indonesian mobile-banking app (m-BCA) is its
    // PIN ("kode akses m-bca aku 642451").
    ("kode akses", &[K::CardPin, K::Password], 0),
    // "nr rach." for short.
    ("nr rach", &[K::BankAccount], 0),
    ("rachunku", &[K::BankAccount], 0),
    ("numer rachunku", &[K::BankAccount], 0),
    ("ஆதார்", &[K::InAadhaar], 0),
    ("আধার", &[K::InAadhaar], 0),
    ("ಆಧಾರ್", &[K::InAadhaar], 0),
    ("ఆధార్", &[K::InAadhaar], 0),
    ("pincode vergeten", &[K::CardPin], 0),
    ("pincode van", &[K::CardPin], 0),
    // Dutch, with a possessive or article (Indian "pincode" alone is a
    // postal code).
    ("uw pincode", &[K::CardPin], 0),
    ("je pincode", &[K::CardPin], 0),
    ("haar pincode", &[K::CardPin], 0),
    ("zijn pincode", &[K::CardPin], 0),
    ("de pincode", &[K::CardPin], 0),
    ("en pincode", &[K::CardPin], 0),
    ("nieuwe pincode", &[K::CardPin], 0),
    ("pincode veranderd", &[K::CardPin], 0),
    ("pincode gewijzigd", &[K::CardPin], 0),
    ("beveiligingscode", &[K::CardSecurityCode], 0),
    ("giriş şifreniz", &[K::Otp], 0),
    ("giris sifreniz", &[K::Otp], 0),
    ("chave de acesso", &[], T_NEG),
    // A biller's agreement code ("Código do convênio 81877614").
    ("convênio", &[], T_NEG),
    ("kwitansi", &[], T_NEG),
    // Colombia's tax number of a company ("NIT de la empresa 900…-2").
    ("nit", &[], T_NEG),
    ("código de pago", &[], T_NEG),
    ("pago mis cuentas", &[], T_NEG),
    ("richiamate", &[K::Phone], 0),
    ("te marco al", &[K::Phone], 0),
    // Mexican "dial": "¿me pueden marcar al …?", "el número que me marcó".
    ("marcar", &[K::Phone], 0),
    ("marcar al", &[K::Phone], 0),
    ("marcarme", &[K::Phone], 0),
    ("márquenme", &[K::Phone], 0),
    ("marquenme", &[K::Phone], 0),
    ("marcame", &[K::Phone], 0),
    ("me marcó", &[K::Phone], 0),
    ("me marco", &[K::Phone], 0),
    ("le marco al", &[K::Phone], 0),
    ("marcaron al", &[K::Phone], 0),
    // An agent ringing the customer ("ya le marcamos al 81 4492 5036").
    ("marcamos al", &[K::Phone], 0),
    ("hablamos al", &[K::Phone], 0),
    ("me llamaron al", &[K::Phone], 0),
    // The number a caller rang from ("me llamaron del 5255…", "me marcó
    // del 5281…"); "del banco" names no number.
    ("me llamaron del", &[K::Phone], 0),
    ("me marcaron del", &[K::Phone], 0),
    ("me marca del", &[K::Phone], 0),
    ("me marcan del", &[K::Phone], 0),
    ("nelpon dari", &[K::Phone], 0),
    ("nelepon dari", &[K::Phone], 0),
    ("menelepon dari", &[K::Phone], 0),
    ("a text from", &[K::Phone], 0),
    ("callback no", &[K::Phone], 0),
    ("يتصل على", &[K::Phone], 0),
    ("يتصلون على", &[K::Phone], 0),
    ("me marcó del", &[K::Phone], 0),
    ("me marco del", &[K::Phone], 0),
    ("me llamó del", &[K::Phone], 0),
    ("me llamo del", &[K::Phone], 0),
    ("me llamaron desde", &[K::Phone], 0),
    ("me llamaron desde el", &[K::Phone], 0),
    ("me llamó desde", &[K::Phone], 0),
    ("me llamó desde el", &[K::Phone], 0),
    ("me hablaron del", &[K::Phone], 0),
    ("llamada del", &[K::Phone], 0),
    // "me puede devolver la llamada al 313…": call me back on.
    ("llamada al", &[K::Phone], 0),
    ("llamada desde el", &[K::Phone], 0),
    ("ligação", &[K::Phone], 0),
    ("ligação do", &[K::Phone], 0),
    ("ligacao do", &[K::Phone], 0),
    // "تتصلوا علي 05…": call me on.
    ("تتصلوا علي", &[K::Phone], 0),
    ("اتصلوا علي", &[K::Phone], 0),
    ("me escribieron del", &[K::Phone], 0),
    ("me escribió desde", &[K::Phone], 0),
    ("me escribieron desde", &[K::Phone], 0),
    ("called me from", &[K::Phone], 0),
    // Who called or texted ("some bloke rang from 0450 941 124", "the
    // latest one came from 2541…", Swahili "walinipigia from …").
    ("called from", &[K::Phone], 0),
    ("rang from", &[K::Phone], 0),
    ("rang me from", &[K::Phone], 0),
    ("phoned from", &[K::Phone], 0),
    ("phoned me from", &[K::Phone], 0),
    ("texted from", &[K::Phone], 0),
    ("texted me from", &[K::Phone], 0),
    ("texting from", &[K::Phone], 0),
    ("text me from", &[K::Phone], 0),
    ("came from", &[K::Phone], 0),
    // (Unless money came from it: "Funds came from 4051204536 First
    // Bank", an account.)
    ("funds came from", &[K::BankAccount], 0),
    ("money came from", &[K::BankAccount], 0),
    ("payment came from", &[K::BankAccount], 0),
    ("transfer came from", &[K::BankAccount], 0),
    ("deposit came from", &[K::BankAccount], 0),
    ("credit came from", &[K::BankAccount], 0),
    ("is calling", &[K::Phone], 0),
    ("keeps calling", &[K::Phone], 0),
    ("walinipigia", &[K::Phone], 0),
    ("alinipigia", &[K::Phone], 0),
    ("real number", &[K::Phone], 0),
    ("actual number", &[K::Phone], 0),
    // Where money was sent ("pay 51,369 naira processing fee into
    // 1470292225").
    ("pay into", &[K::BankAccount], 0),
    ("paid into", &[K::BankAccount], 0),
    ("deposit into", &[K::BankAccount], 0),
    ("transfer into", &[K::BankAccount], 0),
    ("fee into", &[K::BankAccount], 0),
    ("money into", &[K::BankAccount], 0),
    ("funds into", &[K::BankAccount], 0),
    ("called me on", &[K::Phone], 0),
    // A code texted ("they texted 705314 to my old number").
    ("texted", &[K::Otp], 0),
    // Where a code arrived or was sent ("not getting the otp on
    // 07730892508", "llegó al 3313643304", "mandaram pro 51973786657").
    ("otp on", &[K::Phone, K::Otp], 0),
    ("sms on", &[K::Phone], 0),
    ("sms to", &[K::Phone], 0),
    ("llegó al", &[K::Phone], 0),
    ("llego al", &[K::Phone], 0),
    ("me llegó al", &[K::Phone], 0),
    ("enviaron al", &[K::Phone], 0),
    ("mandaron al", &[K::Phone], 0),
    ("chegou pro", &[K::Phone], 0),
    ("mandaram pro", &[K::Phone], 0),
    ("enviaram pro", &[K::Phone], 0),
    ("calling from", &[K::Phone], 0),
    ("agent id", &[], T_NEG),
    ("agent code", &[], T_NEG),
    ("student id", &[], T_NEG),
    ("student number", &[], T_NEG),
    ("student code", &[], T_NEG),
    // A pension payment order
    ("ppo", &[], T_NEG),
    ("पीपीओ", &[], T_NEG),
    ("employee id", &[], T_NEG),
    ("employee code", &[], T_NEG),
    ("employee no", &[], T_NEG),
    ("employee number", &[], T_NEG),
    ("emp code", &[], T_NEG),
    ("staff id", &[], T_NEG),
    // An Indonesian civil servant's number ("NIP pegawai 96543").
    ("nip pegawai", &[], T_NEG),
    ("failed code", &[], T_NEG),
    ("status code", &[], T_NEG),
    // An Indian tax challan's bank branch code and serial number.
    ("bsr code", &[], T_NEG),
    ("bsr", &[], T_NEG),
    ("challan no", &[], T_NEG),
    ("challan number", &[], T_NEG),
    ("challan", &[], T_NEG),
    ("nimezaliwa", &[K::DateOfBirth], 0),
    ("tgl lair", &[K::DateOfBirth], 0),
    ("tanggal lair", &[K::DateOfBirth], 0),
    ("tarikh lmilad", &[K::DateOfBirth], 0),
    ("tarikh el milad", &[K::DateOfBirth], 0),
    // (Levantine Arabizi: "tare5 el wilade 08/01/1980".)
    ("tare5 el wilade", &[K::DateOfBirth], 0),
    ("tare5 el milad", &[K::DateOfBirth], 0),
    ("tarikh lazdiyad", &[K::DateOfBirth], 0),
    ("تزاد", &[K::DateOfBirth], 0),
    ("تزاديت", &[K::DateOfBirth], 0),
    ("kapanganakan", &[K::DateOfBirth], 0),
    ("ipinanganak", &[K::DateOfBirth], 0),
    ("ccp", &[K::BankAccount], 0),
    ("kodene", &[K::Otp], 0),
    ("nomere", &[], T_GEN),
    ("nomerku", &[K::Phone], 0),
    ("hpku", &[K::Phone], 0),
    ("no dana", &[K::Phone], 0),
    ("nmr dana", &[K::Phone], 0),
    ("no ovo", &[K::Phone], 0),
    ("no gopay", &[K::Phone], 0),
    ("ruta", &[K::UsRoutingNumber], 0),
    ("número de ruta", &[K::UsRoutingNumber], 0),
    ("numero de ruta", &[K::UsRoutingNumber], 0),
    ("wallet number", &[K::Phone], 0),
    // (A mobile-money wallet is its owner's mobile: "wallet 0575010166".)
    ("wallet", &[K::Phone], 0),
    // The same in Devanagari ("मेरा पेटीएम वॉलेट नंबर 8179…").
    ("वॉलेट", &[K::Phone], 0),
    ("वालेट", &[K::Phone], 0),
    ("पेटीएम", &[K::UpiId, K::Phone], 0),
    ("फोनपे", &[K::UpiId, K::Phone], 0),
    ("momo number", &[K::Phone], 0),
    ("gcash number", &[K::Phone], 0),
    ("maya number", &[K::Phone], 0),
    ("mpesa number", &[K::Phone], 0),
    ("m-pesa number", &[K::Phone], 0),
    ("cash number", &[K::Phone], 0),
    ("number yangu", &[K::Phone], 0),
    // ... but not when an account word owns "number" ("account number
    // yangu ni 6207…").
    ("account number yangu", &[K::BankAccount], 0),
    ("acc number yangu", &[K::BankAccount], 0),
    ("etransfer to", &[K::Phone], 0),
    ("e-transfer to", &[K::Phone], 0),
    // (An Interac e-Transfer goes to a phone or an e-mail.)
    ("e-transfer", &[K::Phone], 0),
    ("etransfer", &[K::Phone], 0),
    ("interac", &[K::Phone], 0),
    ("num", &[], T_GEN),
    ("tlm", &[K::Phone], 0),
    ("nib", &[K::BankAccount], 0),
    ("nsc", &[K::UkSortCode], 0),
    ("s.code", &[K::UkSortCode], 0),
    ("s/code", &[K::UkSortCode], 0),
    ("cod didoli", &[K::UkSortCode], 0),
    ("rhif cyfrif", &[K::BankAccount], 0),
    ("uimhir chuntais", &[K::BankAccount], 0),
    ("dyddiad geni", &[K::DateOfBirth], 0),
    ("dáta breithe", &[K::DateOfBirth], 0),
    ("dyddiad dod i ben", &[K::CardExpiry], 0),
    ("dáta éaga", &[K::CardExpiry], 0),
    ("mortgage acc", &[], T_NEG),
    ("mortgage account number", &[], T_NEG),
    ("zadzwoń", &[K::Phone], 0),
    ("zadzwońcie", &[K::Phone], 0),
    // Polish "call (me) back".
    ("oddzwońcie", &[K::Phone], 0),
    ("oddzwoncie", &[K::Phone], 0),
    ("oddzwoń", &[K::Phone], 0),
    ("oddzwonić", &[K::Phone], 0),
    ("zadzwonić", &[K::Phone], 0),
    // Polish "dane do przelewu" (the transfer's details), and an app's
    // code ("kod do aplikacji", set by the customer: a PIN).
    ("dane do przelewu", &[K::BankAccount], 0),
    ("kod do aplikacji", &[K::CardPin, K::Password], 0),
    // Arabic "رقم الحسب", the account's number with its alif dropped.
    ("رقم الحسب", &[K::BankAccount], 0),
    // Romanian "nr. cont" (account number) and an app's access code.
    ("nr. cont", &[K::BankAccount], 0),
    ("număr cont", &[K::BankAccount], 0),
    ("numar cont", &[K::BankAccount], 0),
    // (Romanian "a code received by SMS".)
    ("cod primit", &[K::Otp], 0),
    ("nr cont", &[K::BankAccount], 0),
    ("codul de acces", &[K::CardPin, K::Password], 0),
    // Italian "telephone contact", "(I) changed number", "the right
    // number".
    ("recapito telefonico", &[K::Phone], 0),
    ("recapito", &[K::Phone], 0),
    ("cambiato numero", &[K::Phone], 0),
    ("numero giusto", &[K::Phone], 0),
    // Romanian "call me at", "the phone", "date of birth".
    ("sunați-mă", &[K::Phone], 0),
    ("sunati-ma", &[K::Phone], 0),
    ("telefonul", &[K::Phone], 0),
    ("data de naștere", &[K::DateOfBirth], 0),
    ("data de nastere", &[K::DateOfBirth], 0),
    // Ukrainian "sister's / brother's number".
    ("номер сестри", &[K::Phone], 0),
    ("номер брата", &[K::Phone], 0),
    ("rhif ffôn", &[K::Phone], 0),
    ("memorable word", &[K::Password], 0),
    ("security word", &[K::Password], 0),
    ("number changed", &[K::Phone], 0),
    ("number changed to", &[K::Phone], 0),
    ("changed my number", &[K::Phone], 0),
    ("new number", &[K::Phone], 0),
    // A number named by its country (see [`PLACES`]; "us" alone is a
    // pronoun there, "call us").
    ("us number", &[K::Phone], 0),
    // Malayalam typed in Latin letters: "my number".
    ("ente number", &[K::Phone], 0),
    ("ente no", &[K::Phone], 0),
    // Tamil, Kannada and Telugu typed in Latin letters: "my number".
    ("en number", &[K::Phone], 0),
    ("nan number", &[K::Phone], 0),
    ("nanna number", &[K::Phone], 0),
    ("naa number", &[K::Phone], 0),
    // "my registered number", shortened ("my reg no 8708…"; a vehicle's
    // registration number has letters).
    ("my reg no", &[K::Phone], 0),
    ("reg mobile", &[K::Phone], 0),
    // Where a traveller or a migrant keeps another line ("my TW sim
    // 0922-508-904", "no S'pore 8853 6320").
    ("no singapore", &[K::Phone], 0),
    ("no s'pore", &[K::Phone], 0),
    ("nombor singapore", &[K::Phone], 0),
    // The number a line is moved to ("lo quiero cambiar al 9-7730-8004").
    ("cambiar al", &[K::Phone], 0),
    ("cambiarlo al", &[K::Phone], 0),
    ("cambiarla al", &[K::Phone], 0),
    ("cambiaron el número a", &[K::Phone], 0),
    ("cambiaron el numero a", &[K::Phone], 0),
    ("le pasé plata a", &[K::Phone, K::BankAccount], 0),
    ("le pase plata a", &[K::Phone, K::BankAccount], 0),
    ("new no", &[K::Phone], 0),
    ("new mobile", &[K::Phone], 0),
    ("alternate number", &[K::Phone], 0),
    ("alternate", &[K::Phone], 0),
    ("alternate no", &[K::Phone], 0),
    ("alt number", &[K::Phone], 0),
    ("other number", &[K::Phone], 0),
    ("reach me at", &[K::Phone], 0),
    ("reached at", &[K::Phone], 0),
    ("reach him at", &[K::Phone], 0),
    ("reach her at", &[K::Phone], 0),
    ("reach my", &[K::Phone], 0),
    ("reach him on", &[K::Phone], 0),
    ("reach her on", &[K::Phone], 0),
    ("reach us on", &[K::Phone], 0),
    ("reach them on", &[K::Phone], 0),
    ("llama a", &[K::Phone], 0),
    ("llámale", &[K::Phone], 0),
    ("le marco", &[K::Phone], 0),
    ("le marcas", &[K::Phone], 0),
    ("me marcas", &[K::Phone], 0),
    ("márcale", &[K::Phone], 0),
    ("marcarle", &[K::Phone], 0),
    ("reenvia pro", &[K::Phone], 0),
    ("reenvie pro", &[K::Phone], 0),
    ("reenviar pro", &[K::Phone], 0),
    ("manda pro", &[K::Phone], 0),
    ("manda pra", &[K::Phone], 0),
    ("envia pro", &[K::Phone], 0),
    ("envie pro", &[K::Phone], 0),
    ("old number", &[K::Phone], 0),
    ("own number", &[K::Phone], 0),
    ("whatsapp me", &[K::Phone], 0),
    // (Not "msg me": Hinglish for "in the message", "msg me 52742089 aaya
    // tha".)
    ("msg me at", &[K::Phone], 0),
    ("msg me on", &[K::Phone], 0),
    ("text me at", &[K::Phone], 0),
    ("landline", &[K::Phone], 0),
    ("my cell", &[K::Phone], 0),
    ("cell phone", &[K::Phone], 0),
    ("cellphone", &[K::Phone], 0),
    // Singapore and Malaysia ("update my handphone to 82253217").
    ("handphone", &[K::Phone], 0),
    ("hand phone", &[K::Phone], 0),
    ("handphone no", &[K::Phone], 0),
    ("naya number", &[K::Phone], 0),
    ("naya no", &[K::Phone], 0),
    ("mera naya number", &[K::Phone], 0),
    ("purana number", &[K::Phone], 0),
    // "New number", "old number" in Gujarati, Telugu, Kannada, Marathi,
    // Tamil and Bengali typed in Latin letters.
    ("navo number", &[K::Phone], 0),
    ("juno number", &[K::Phone], 0),
    ("kotha number", &[K::Phone], 0),
    ("paata number", &[K::Phone], 0),
    ("hosa number", &[K::Phone], 0),
    ("hale number", &[K::Phone], 0),
    ("navin number", &[K::Phone], 0),
    ("juna number", &[K::Phone], 0),
    ("pudhu number", &[K::Phone], 0),
    ("pazhaya number", &[K::Phone], 0),
    ("notun number", &[K::Phone], 0),
    ("purono number", &[K::Phone], 0),
    ("mob no", &[K::Phone], 0),
    ("is number pe", &[K::Phone], 0),
    ("is no pe", &[K::Phone], 0),
    ("whatsapp karo", &[K::Phone], 0),
    ("call karo", &[K::Phone], 0),
    ("मेरा नंबर", &[K::Phone], 0),
    ("नया नंबर", &[K::Phone], 0),
    ("मोबाइल नंबर", &[K::Phone], 0),
    ("फोन नंबर", &[K::Phone], 0),
    ("رقمي", &[K::Phone], 0),
    ("رقمي الجديد", &[K::Phone], 0),
    ("رقم موبايلي", &[K::Phone], 0),
    ("موبايلي", &[K::Phone], 0),
    ("رقم تلفوني", &[K::Phone], 0),
    ("تلفوني", &[K::Phone], 0),
    ("تليفوني", &[K::Phone], 0),
    ("رقم التليفون", &[K::Phone], 0),
    ("جوالي", &[K::Phone], 0),
    ("رقم جوال", &[K::Phone], 0),
    ("واتسابي", &[K::Phone], 0),
    ("واتس", &[K::Phone], 0),
    ("الواتس", &[K::Phone], 0),
    ("كلمني", &[K::Phone], 0),
    ("كلموا", &[K::Phone], 0),
    ("llamad", &[K::Phone], 0),
    ("avisame al", &[K::Phone], 0),
    ("llamarte", &[K::Phone], 0),
    ("llamarle", &[K::Phone], 0),
    ("menghubungi ke", &[K::Phone], 0),
    // "akan menghubungi anda di 0160420049": the line someone is reached on
    // (not "terima kasih telah menghubungi kami", thanks for contacting us).
    ("menghubungi anda", &[K::Phone], 0),
    ("menghubungi saya", &[K::Phone], 0),
    ("hubungi ke", &[K::Phone], 0),
    ("avísame al", &[K::Phone], 0),
    ("tgl expired", &[K::CardExpiry], 0),
    ("tanggal expired", &[K::CardExpiry], 0),
    ("اتصل على", &[K::Phone], 0),
    ("رقم الموبايل", &[K::Phone], 0),
    ("الرقم الجديد", &[K::Phone], 0),
    ("no wa", &[K::Phone], 0),
    ("nomor wa", &[K::Phone], 0),
    ("no. hp", &[K::Phone], 0),
    ("no hp saya", &[K::Phone], 0),
    ("wa saya", &[K::Phone], 0),
    ("nomor telp", &[K::Phone], 0),
    ("no telp", &[K::Phone], 0),
    ("no. telp", &[K::Phone], 0),
    ("hp saya", &[K::Phone], 0),
    ("nomer hp", &[K::Phone], 0),
    ("nomer wa", &[K::Phone], 0),
    ("no whatsapp", &[K::Phone], 0),
    ("kontak", &[K::Phone], 0),
    ("zapzap", &[K::Phone], 0),
    ("wpp", &[K::Phone], 0),
    ("meu zap", &[K::Phone], 0),
    ("meu whats", &[K::Phone], 0),
    ("meu cel", &[K::Phone], 0),
    ("tel.", &[K::Phone], 0),
    ("número novo", &[K::Phone], 0),
    ("novo número", &[K::Phone], 0),
    ("meu telefone", &[K::Phone], 0),
    ("fixo", &[K::Phone], 0),
    ("celu", &[K::Phone], 0),
    // (Polish "w celu", "in order to": "Podaj PESEL w celu weryfikacji".)
    ("w celu", &[], 0),
    ("mi celu", &[K::Phone], 0),
    ("mi cel", &[K::Phone], 0),
    ("wasap", &[K::Phone], 0),
    ("guasap", &[K::Phone], 0),
    ("número nuevo", &[K::Phone], 0),
    ("nuevo número", &[K::Phone], 0),
    ("troquei de número", &[K::Phone], 0),
    ("troquei de numero", &[K::Phone], 0),
    ("troquei o número", &[K::Phone], 0),
    ("mudei de número", &[K::Phone], 0),
    ("mudei o número", &[K::Phone], 0),
    ("cambié de número", &[K::Phone], 0),
    ("cambie de numero", &[K::Phone], 0),
    ("cambié mi número", &[K::Phone], 0),
    ("cambie mi numero", &[K::Phone], 0),
    ("ganti nomor", &[K::Phone], 0),
    ("nomor hp baru", &[K::Phone], 0),
    ("mera number badal", &[K::Phone], 0),
    ("number badal gaya", &[K::Phone], 0),
    ("غيرت رقمي", &[K::Phone], 0),
    ("الرقم تغير", &[K::Phone], 0),
    ("mi móvil", &[K::Phone], 0),
    ("teléfono fijo", &[K::Phone], 0),
    ("mon portable", &[K::Phone], 0),
    ("mon tél", &[K::Phone], 0),
    ("tél", &[K::Phone], 0),
    ("tél.", &[K::Phone], 0),
    ("joignable au", &[K::Phone], 0),
    ("nouveau numéro", &[K::Phone], 0),
    ("changé de numéro", &[K::Phone], 0),
    ("changer de numéro", &[K::Phone], 0),
    ("il mio cell", &[K::Phone], 0),
    ("nuovo numero", &[K::Phone], 0),
    ("telefonino", &[K::Phone], 0),
    ("numero di cellulare", &[K::Phone], 0),
    ("cep telefonum", &[K::Phone], 0),
    ("cep telefonumu", &[K::Phone], 0),
    ("cep numarası", &[K::Phone], 0),
    ("cep tel", &[K::Phone], 0),
    ("cebim", &[K::Phone], 0),
    ("telefonum", &[K::Phone], 0),
    // Turkish "your (registered) phone / number", as agents ask it.
    ("telefonunuz", &[K::Phone], 0),
    ("telefonunuzu", &[K::Phone], 0),
    ("telefon numaranız", &[K::Phone], 0),
    ("telefon numaranızı", &[K::Phone], 0),
    ("cep telefonunuz", &[K::Phone], 0),
    ("kayıtlı numaranız", &[K::Phone], 0),
    ("kayıtlı numaram", &[K::Phone], 0),
    ("kayıtlı numara", &[K::Phone], 0),
    ("kayitli numaraniz", &[K::Phone], 0),
    ("numaranız", &[], T_GEN),
    ("numaranızı", &[], T_GEN),
    ("telefon numarası", &[K::Phone], 0),
    ("yeni numaram", &[K::Phone], 0),
    ("whatsapp numaram", &[K::Phone], 0),
    ("gsm", &[K::Phone], 0),
    ("fono", &[K::Phone], 0),
    ("mi fono", &[K::Phone], 0),
    ("nro de celular", &[K::Phone], 0),
    ("tel. cel.", &[K::Phone], 0),
    ("tel n°", &[K::Phone], 0),
    ("tél n°", &[K::Phone], 0),
    ("téléphone n°", &[K::Phone], 0),
    ("portable n°", &[K::Phone], 0),
    ("tel nº", &[K::Phone], 0),
    ("teléfono n°", &[K::Phone], 0),
    ("celular n°", &[K::Phone], 0),
    ("celular nº", &[K::Phone], 0),
    ("telefonumu", &[K::Phone], 0),
    ("telefon numaramı", &[K::Phone], 0),
    ("cep numaramı", &[K::Phone], 0),
    ("numaramı", &[K::Phone], 0),
    // ("kimlik numaramı" is an id's number, not a line's.)
    ("kimlik numaramı", &[K::TrTckn], 0),
    ("kimlik numaram", &[K::TrTckn], 0),
    // (Glued as forms print it: "tckimlikno:…".)
    ("kimlikno", &[K::TrTckn], 0),
    // Turkish "called from the number …", "whose / your number is …",
    // said after the number; "my spare number".
    ("numarasından aradı", &[K::Phone], 0),
    ("numarasından aradılar", &[K::Phone], 0),
    ("numarasından arandım", &[K::Phone], 0),
    ("numarasından arıyorlar", &[K::Phone], 0),
    ("numarası sizin", &[K::Phone], 0),
    ("numarası kimin", &[K::Phone], 0),
    ("yedek numaram", &[K::Phone], 0),
    ("no hp nya", &[K::Phone], 0),
    ("nomor hpnya", &[K::Phone], 0),
    ("hpnya", &[K::Phone], 0),
    ("no wanya", &[K::Phone], 0),
    ("wanya", &[K::Phone], 0),
    ("nomor wanya", &[K::Phone], 0),
    // ---- currencies and amounts
    ("$", &[], T_CUR),
    ("r$", &[], T_CUR),
    ("us$", &[], T_CUR),
    ("€", &[], T_CUR),
    ("£", &[], T_CUR),
    ("₹", &[], T_CUR),
    ("¥", &[], T_CUR),
    ("rs", &[], T_CUR),
    ("rs.", &[], T_CUR),
    ("inr", &[], T_CUR),
    // Cash taken out ("ATM se 5000 nikal ke", "withdraw 2000"): an amount.
    ("nikal", &[], T_CUR),
    ("nikalna", &[], T_CUR),
    ("nikale", &[], T_CUR),
    ("nikaal", &[], T_CUR),
    ("withdraw", &[], T_CUR),
    ("withdrew", &[], T_CUR),
    ("tarik tunai", &[], T_CUR),
    // (A cardless cash withdrawal's one-time code: "Kode tarik tunai:
    // 899682".)
    ("kode tarik tunai", &[K::Otp], 0),
    ("rp", &[], T_CUR),
    ("rp.", &[], T_CUR),
    ("idr", &[], T_CUR),
    ("usd", &[], T_CUR),
    ("brl", &[], T_CUR),
    ("reais", &[], T_CUR),
    ("real", &[], T_CUR),
    ("mxn", &[], T_CUR),
    ("ars", &[], T_CUR),
    ("eur", &[], T_CUR),
    ("gbp", &[], T_CUR),
    ("aed", &[], T_CUR),
    ("sar", &[], T_CUR),
    ("dirham", &[], T_CUR),
    // (The expats' abbreviation: "salary 17791 dhs".)
    ("dhs", &[], T_CUR),
    ("dirhams", &[], T_CUR),
    ("درهم", &[], T_CUR),
    ("ريال", &[], T_CUR),
    ("دولار", &[], T_CUR),
    ("دينار", &[], T_CUR),
    ("ليرة", &[], T_CUR),
    ("دراهم", &[], T_CUR),
    // (What an account is kept in, "الحساب بالدولار ٥٠٨٣…", names no sum.)
    ("بالدولار", &[], 0),
    ("دولاري", &[], 0),
    ("بالدينار", &[], 0),
    ("بالليرة", &[], 0),
    ("rupees", &[], T_CUR),
    ("روپے", &[], T_CUR),
    ("روپیہ", &[], T_CUR),
    ("টাকা", &[], T_CUR),
    ("रुपए", &[], T_CUR),
    ("rupee", &[], T_CUR),
    ("rupiah", &[], T_CUR),
    // More currencies' signs and codes (not the codes that are words too:
    // "try", "pen", "cop", "rub").
    ("₦", &[], T_CUR),
    ("₱", &[], T_CUR),
    ("₺", &[], T_CUR),
    ("₩", &[], T_CUR),
    ("₴", &[], T_CUR),
    ("₽", &[], T_CUR),
    ("৳", &[], T_CUR),
    ("₨", &[], T_CUR),
    ("ngn", &[], T_CUR),
    ("naira", &[], T_CUR),
    ("kes", &[], T_CUR),
    ("ksh", &[], T_CUR),
    ("ugx", &[], T_CUR),
    ("tzs", &[], T_CUR),
    ("ghs", &[], T_CUR),
    // The Ghanaian cedi's sign, alone or after "GH" ("GH₵ 650").
    ("₵", &[], T_CUR),
    ("gh₵", &[], T_CUR),
    ("ghc", &[], T_CUR),
    ("zar", &[], T_CUR),
    ("egp", &[], T_CUR),
    ("pkr", &[], T_CUR),
    ("bdt", &[], T_CUR),
    ("npr", &[], T_CUR),
    ("lkr", &[], T_CUR),
    ("qar", &[], T_CUR),
    ("kwd", &[], T_CUR),
    ("omr", &[], T_CUR),
    ("bhd", &[], T_CUR),
    ("php", &[], T_CUR),
    ("vnd", &[], T_CUR),
    ("thb", &[], T_CUR),
    ("krw", &[], T_CUR),
    ("jpy", &[], T_CUR),
    ("cny", &[], T_CUR),
    ("rmb", &[], T_CUR),
    ("hkd", &[], T_CUR),
    ("sgd", &[], T_CUR),
    ("myr", &[], T_CUR),
    ("clp", &[], T_CUR),
    ("ribu", &[], T_CUR),
    ("juta", &[], T_CUR),
    ("rb", &[], T_CUR),
    ("pesos", &[], T_CUR),
    ("peso", &[], T_CUR),
    ("dollars", &[], T_CUR),
    ("dólares", &[], T_CUR),
    ("euros", &[], T_CUR),
    ("euro", &[], T_CUR),
    ("रुपये", &[], T_CUR),
    ("रु", &[], T_CUR),
    ("/-", &[], T_CUR),
    ("%", &[], T_CUR),
    ("mil", &[], T_CUR),
    // Hindi "to get" ("otp 892917 mil gaya", got it): no thousand.
    ("mil gaya", &[], 0),
    ("mil gya", &[], 0),
    ("mil gayi", &[], 0),
    ("mil gyi", &[], 0),
    ("mil gaye", &[], 0),
    ("mil gye", &[], 0),
    ("mil jayega", &[], 0),
    ("mil jaega", &[], 0),
    ("mil jaye", &[], 0),
    ("mil raha", &[], 0),
    ("mil rha", &[], 0),
    ("mil rahi", &[], 0),
    ("mil rhi", &[], 0),
    ("mil chuka", &[], 0),
    ("mil nahi", &[], 0),
    ("mil nhi", &[], 0),
    ("lakh", &[], T_CUR),
    ("lakhs", &[], T_CUR),
    ("crore", &[], T_CUR),
    ("kg", &[], T_CUR),
    ("km", &[], T_CUR),
    ("gb", &[], T_CUR),
    ("mb", &[], T_CUR),
    ("pm", &[], T_CUR),
    ("am", &[], T_CUR),
    ("hrs", &[], T_CUR),
    ("min", &[], T_CUR),
    ("mins", &[], T_CUR),
    ("sn", &[], T_CUR),
    ("minute", &[], T_CUR),
    ("minutes", &[], T_CUR),
    ("minutos", &[], T_CUR),
    ("menit", &[], T_CUR),
    ("dakika", &[], T_CUR),
    ("seconds", &[], T_CUR),
    ("secs", &[], T_CUR),
    ("segundos", &[], T_CUR),
    ("detik", &[], T_CUR),
    ("saniye", &[], T_CUR),
    ("days", &[], T_CUR),
    ("banking days", &[], T_CUR),
    ("working days", &[], T_CUR),
    ("business days", &[], T_CUR),
    ("dias", &[], T_CUR),
    ("días", &[], T_CUR),
    ("dias úteis", &[], T_CUR),
    ("días hábiles", &[], T_CUR),
    ("gün", &[], T_CUR),
    ("hours", &[], T_CUR),
    ("horas", &[], T_CUR),
    // ---- calling and messaging verbs (colloquial)
    ("كلموني", &[K::Phone], 0),
    ("كلمونا", &[K::Phone], 0),
    ("اتصلوا", &[K::Phone], 0),
    ("اتصلي", &[K::Phone], 0),
    ("تواصل معي", &[K::Phone], 0),
    ("تواصلوا معي", &[K::Phone], 0),
    ("arayın", &[K::Phone], 0),
    ("beni arayın", &[K::Phone], 0),
    ("call kar", &[K::Phone], 0),
    ("call kijiye", &[K::Phone], 0),
    ("phone karo", &[K::Phone], 0),
    ("márcame", &[K::Phone], 0),
    ("llámenme", &[K::Phone], 0),
    ("llamenme", &[K::Phone], 0),
    ("llamadme", &[K::Phone], 0),
    ("escríbeme", &[K::Phone], 0),
    ("me liga", &[K::Phone], 0),
    ("me ligue", &[K::Phone], 0),
    ("háblenme", &[K::Phone], 0),
    ("hablenme", &[K::Phone], 0),
    // The number a caller rang or billed from ("vcs ligaram do (27) 9889…",
    // "me están cobrando del 33 2464…"), and the scammer's own.
    ("me ligaram do", &[K::Phone], 0),
    ("me ligaram de", &[K::Phone], 0),
    ("ligaram do", &[K::Phone], 0),
    ("me ligou do", &[K::Phone], 0),
    ("ligou do", &[K::Phone], 0),
    ("calls from", &[K::Phone], 0),
    ("call from", &[K::Phone], 0),
    ("llamado del", &[K::Phone], 0),
    ("llamado desde el", &[K::Phone], 0),
    ("llamaron del", &[K::Phone], 0),
    ("llamó desde", &[K::Phone], 0),
    ("llamó del", &[K::Phone], 0),
    ("llamaron desde", &[K::Phone], 0),
    ("llamaron desde el", &[K::Phone], 0),
    ("llamando del", &[K::Phone], 0),
    ("llaman del", &[K::Phone], 0),
    ("ligando do", &[K::Phone], 0),
    ("número que me ligou", &[K::Phone], 0),
    ("numero que me ligou", &[K::Phone], 0),
    ("me están cobrando del", &[K::Phone], 0),
    ("me estan cobrando del", &[K::Phone], 0),
    ("me cobran del", &[K::Phone], 0),
    ("me están llamando del", &[K::Phone], 0),
    ("me estan llamando del", &[K::Phone], 0),
    ("scam number", &[K::Phone], 0),
    ("scammer's number", &[K::Phone], 0),
    ("scammers number", &[K::Phone], 0),
    ("scammer number", &[K::Phone], 0),
    ("caller number", &[K::Phone], 0),
    ("caller's number", &[K::Phone], 0),
    ("fraudster's number", &[K::Phone], 0),
    ("number that called me", &[K::Phone], 0),
    ("nomor penipu", &[K::Phone], 0),
    ("panggilan dari", &[K::Phone], 0),
    ("chama no zap", &[K::Phone], 0),
    // "qualquer coisa chama no 7198…": call (or message) me at.
    ("chama no", &[K::Phone], 0),
    ("me chama no", &[K::Phone], 0),
    ("telpon", &[K::Phone], 0),
    ("tlp", &[K::Phone], 0),
    ("tlpn", &[K::Phone], 0),
    ("appelle moi", &[K::Phone], 0),
    ("cep", &[K::Phone], 0),
    ("clave del cajero", &[K::CardPin], 0),
    // A card terminal's PIN ("la clave del posnet es 5995").
    ("clave del posnet", &[K::CardPin], 0),
    ("clave del pos", &[K::CardPin], 0),
    ("clave de cajero", &[K::CardPin], 0),
    ("clave de la tarjeta", &[K::CardPin], 0),
    // ---- service numbers, account holders, more languages
    ("toll free", &[], T_NEG),
    ("tollfree", &[], T_NEG),
    ("toll-free", &[], T_NEG),
    ("helpline", &[], T_NEG),
    // (Urdu: "ہیلپ لائن کا نمبر 021-111-…".)
    ("ہیلپ لائن", &[], T_NEG),
    ("report fraud", &[], T_NEG),
    ("short code", &[], T_NEG),
    ("shortcode", &[], T_NEG),
    ("código corto", &[], T_NEG),
    ("codigo corto", &[], T_NEG),
    // An M-Pesa transaction's code or confirmation names no wallet ("M-Pesa
    // code 4330234623").
    ("m-pesa code", &[], T_NEG),
    ("mpesa code", &[], T_NEG),
    ("m-pesa confirmation", &[], T_NEG),
    ("mpesa confirmation", &[], T_NEG),
    ("m-pesa ref", &[], T_NEG),
    ("mpesa ref", &[], T_NEG),
    ("m-pesa receipt", &[], T_NEG),
    ("mpesa receipt", &[], T_NEG),
    // A dispute's or complaint's number ("Su número de aclaración es …",
    // "reclamación (nº …)").
    ("aclaración", &[], T_NEG),
    ("aclaracion", &[], T_NEG),
    ("reclamación", &[], T_NEG),
    ("reclamacion", &[], T_NEG),
    // "For enquiries" before a hotline; a direct debit's mandate number.
    ("للاستفسار", &[], T_NEG),
    ("الخصم المباشر", &[], T_NEG),
    ("autenticação", &[], T_NEG),
    ("autenticacao", &[], T_NEG),
    // A bank's alert naming its own line ("Jika bukan anda, hubungi 03-6204
    // 7788"): the call word inside the phrase gives no phone.
    ("jika bukan anda, hubungi", &[], T_NEG),
    ("jika bukan anda hubungi", &[], T_NEG),
    ("bukan anda? hubungi", &[], T_NEG),
    ("if this wasn't you, call", &[], T_NEG),
    // A business telling its customer to call it ("llama al 55 5822 6400",
    // "call us on …", "report scams via …").
    ("llama al", &[], T_NEG),
    ("llame al", &[], T_NEG),
    ("llámanos al", &[], T_NEG),
    ("llamanos al", &[], T_NEG),
    ("call us", &[], T_NEG),
    ("call us on", &[], T_NEG),
    ("call us at", &[], T_NEG),
    ("contact us", &[], T_NEG),
    ("contact us on", &[], T_NEG),
    ("contact us at", &[], T_NEG),
    ("reach us", &[], T_NEG),
    ("تواصل معنا", &[], T_NEG),
    ("اتصل بنا", &[], T_NEG),
    ("اتصلوا بنا", &[], T_NEG),
    ("hubungi kami", &[], T_NEG),
    ("fale conosco", &[], T_NEG),
    ("contáctanos", &[], T_NEG),
    ("comunícate con nosotros", &[], T_NEG),
    ("contactez-nous", &[], T_NEG),
    ("appelez-nous", &[], T_NEG),
    ("bizi arayın", &[], T_NEG),
    ("chiamaci", &[], T_NEG),
    ("rufen sie uns an", &[], T_NEG),
    ("bel ons", &[], T_NEG),
    ("zadzwoń do nas", &[], T_NEG),
    ("καλέστε μας", &[], T_NEG),
    // (Greek "call at", as an agent sends a customer to a line.)
    ("καλέστε στο", &[], T_NEG),
    ("report scams via", &[], T_NEG),
    ("ligue para nós", &[], T_NEG),
    ("if this was not you, call", &[], T_NEG),
    ("if not you, call", &[], T_NEG),
    ("if not done by you, call", &[], T_NEG),
    ("se não foi você, ligue", &[], T_NEG),
    ("si no fuiste tú, llama", &[], T_NEG),
    ("si no fuiste tu, llama", &[], T_NEG),
    // (The same alert in French, Italian, German and Dutch.)
    ("si ce n'est pas vous, appelez", &[], T_NEG),
    ("si ce n’est pas vous, appelez", &[], T_NEG),
    ("se non sei stato tu, chiama", &[], T_NEG),
    ("falls sie das nicht waren, rufen sie", &[], T_NEG),
    ("was u dit niet, bel", &[], T_NEG),
    ("niet door u gedaan? bel", &[], T_NEG),
    ("cybercrime", &[], T_NEG),
    ("cyber crime", &[], T_NEG),
    ("customer care", &[], T_NEG),
    ("customer service", &[], T_NEG),
    ("call center", &[], T_NEG),
    ("call centre", &[], T_NEG),
    // A hotline is a business's number.
    ("hotline", &[], T_NEG),
    // Italy's free line ("Info al numero verde 02 4520 0563").
    ("numero verde", &[], T_NEG),
    ("خدمة العملاء", &[], T_NEG),
    ("müşteri hizmetleri", &[], T_NEG),
    ("çağrı merkezi", &[], T_NEG),
    ("central de atendimento", &[], T_NEG),
    ("atención al cliente", &[], T_NEG),
    ("service client", &[], T_NEG),
    ("layanan pelanggan", &[], T_NEG),
    ("khidmat pelanggan", &[], T_NEG),
    ("talian khidmat", &[], T_NEG),
    ("servicio al cliente", &[], T_NEG),
    ("ta2reekh milady", &[K::DateOfBirth], 0),
    ("tareekh milady", &[K::DateOfBirth], 0),
    ("ta2rikh milad", &[K::DateOfBirth], 0),
    ("7esaby", &[K::BankAccount], 0),
    ("7esabi", &[K::BankAccount], 0),
    ("nomor dana", &[K::Phone], 0),
    ("pln token", &[], T_NEG),
    ("numéro vert", &[], T_NEG),
    ("a/n", &[K::BankAccount], 0),
    ("atas nama", &[K::BankAccount], 0),
    ("a.n.", &[K::BankAccount], 0),
    ("bca", &[K::BankAccount], T_BANK),
    ("posb", &[K::BankAccount], T_BANK),
    ("dbs", &[K::BankAccount], T_BANK),
    ("ocbc", &[K::BankAccount], T_BANK),
    ("uob", &[K::BankAccount], T_BANK),
    ("gxs", &[K::BankAccount], T_BANK),
    ("btn", &[K::BankAccount], T_BANK),
    ("permata", &[K::BankAccount], T_BANK),
    ("danamon", &[K::BankAccount], T_BANK),
    ("bank jago", &[K::BankAccount], T_BANK),
    ("jago", &[K::BankAccount], T_BANK),
    ("jenius", &[K::BankAccount], T_BANK),
    ("seabank", &[K::BankAccount], T_BANK),
    ("bri", &[K::BankAccount], T_BANK),
    ("bni", &[K::BankAccount], T_BANK),
    ("mandiri", &[K::BankAccount], T_BANK),
    ("cimb", &[K::BankAccount], T_BANK),
    ("maybank", &[K::BankAccount], T_BANK),
    ("rhb", &[K::BankAccount], T_BANK),
    ("public bank", &[K::BankAccount], T_BANK),
    ("hong leong", &[K::BankAccount], T_BANK),
    ("ambank", &[K::BankAccount], T_BANK),
    ("bank islam", &[K::BankAccount], T_BANK),
    // Vietnam's banks ("vào tk 0325701660634 Vietcombank", "… vào
    // 0325061826063 (ACB) nha").
    ("vietcombank", &[K::BankAccount], T_BANK),
    ("vcb", &[K::BankAccount], T_BANK),
    ("techcombank", &[K::BankAccount], T_BANK),
    ("vpbank", &[K::BankAccount], T_BANK),
    ("bidv", &[K::BankAccount], T_BANK),
    ("vietinbank", &[K::BankAccount], T_BANK),
    ("acb", &[K::BankAccount], T_BANK),
    ("tpbank", &[K::BankAccount], T_BANK),
    ("sacombank", &[K::BankAccount], T_BANK),
    ("mbbank", &[K::BankAccount], T_BANK),
    ("agribank", &[K::BankAccount], T_BANK),
    ("hdbank", &[K::BankAccount], T_BANK),
    ("a.n", &[K::BankAccount], 0),
    // An Indonesian transfer receipt: "Ke: 2064369108 - RATNA DEWI".
    ("ke:", &[K::BankAccount], 0),
    ("code confidentiel", &[K::CardPin], 0),
    ("tek kullanımlık", &[K::Otp], 0),
    ("tek kullanımlık şifreniz", &[K::Otp], 0),
    ("tek kullanımlık şifren", &[K::Otp], 0),
    ("tek kullanımlık şifreyi", &[K::Otp], 0),
    ("tek kullanımlık şifremi", &[K::Otp], 0),
    ("सीवीवी", &[K::CardSecurityCode], 0),
    ("code postal", &[], T_NEG),
    ("पिन कोड", &[], T_NEG),
    ("policy no", &[], T_NEG),
    // A fixed deposit's number ("FD 47923240 premature closure").
    ("fd", &[], T_NEG),
    ("policy number", &[], T_NEG),
    ("numaradan", &[K::Phone], 0),
    ("numaramdan", &[K::Phone], 0),
    ("ulaşın", &[K::Phone], 0),
    ("fixe", &[K::Phone], 0),
    ("mon num", &[K::Phone], 0),
    ("fisso", &[K::Phone], 0),
    ("संपर्क", &[K::Phone], 0),
    ("संपर्क करें", &[K::Phone], 0),
    ("التواصل", &[K::Phone], 0),
    ("arayınız", &[K::Phone], 0),
    ("numaralı", &[K::Phone], 0),
    // "25635867 numaralı kredinizin": the number of a loan, an order, an
    // application, a policy, a request.
    ("numaralı kredi", &[], T_NEG),
    ("numaralı kredinizin", &[], T_NEG),
    ("numaralı sipariş", &[], T_NEG),
    ("numaralı başvuru", &[], T_NEG),
    ("numaralı poliçe", &[], T_NEG),
    ("numaralı talep", &[], T_NEG),
    ("numaralı işlem", &[], T_NEG),
    ("numaralı dosya", &[], T_NEG),
    // (With the owner's suffixes Turkish glues to the noun: "318348081060
    // numaralı poliçenizin prim taksiti".)
    ("numaralı krediniz", &[], T_NEG),
    ("numaralı kredim", &[], T_NEG),
    ("numaralı poliçeniz", &[], T_NEG),
    ("numaralı poliçenizin", &[], T_NEG),
    ("numaralı poliçem", &[], T_NEG),
    ("numaralı siparişiniz", &[], T_NEG),
    ("numaralı siparişim", &[], T_NEG),
    ("numaralı başvurunuz", &[], T_NEG),
    ("numaralı başvurum", &[], T_NEG),
    ("numaralı talebiniz", &[], T_NEG),
    ("numaralı talebim", &[], T_NEG),
    ("numaralı işleminiz", &[], T_NEG),
    ("numaralı işlemim", &[], T_NEG),
    ("numaralı dosyanız", &[], T_NEG),
    ("numaralı dosyam", &[], T_NEG),
    // ("75044774446 numaralı TCKN", "… numaralı hesabınız": the number of
    // an id or an account.)
    ("numaralı tckn", &[K::TrTckn], 0),
    ("numaralı tc", &[K::TrTckn], 0),
    ("numaralı kimlik", &[K::TrTckn], 0),
    ("numaralı hesap", &[K::BankAccount], 0),
    ("numaralı hesabınız", &[K::BankAccount], 0),
    ("numaralı hesabım", &[K::BankAccount], 0),
    ("nequi", &[K::Phone], 0),
    // (Mexico's transfers to a mobile: "DiMo: enviaste $57.73 al 55 9911 …".)
    ("dimo", &[K::Phone], 0),
    ("transfiya", &[K::Phone], 0),
    ("picpay", &[K::Phone], 0),
    ("yápeame", &[K::Phone], 0),
    ("davivienda", &[K::BankAccount], T_BANK),
    ("bancolombia", &[K::BankAccount], T_BANK),
    ("consígneme", &[K::BankAccount], 0),
    ("consigneme", &[K::BankAccount], 0),
    // An app's key is its PIN.
    ("clave de la app", &[K::CardPin], 0),
    ("clave del app", &[K::CardPin], 0),
    ("clave de la aplicación", &[K::CardPin], 0),
    // Codes arrive by SMS: "the token that came by sms: 67996915".
    ("por sms", &[K::Otp], 0),
    ("pelo sms", &[K::Otp], 0),
    ("via sms", &[K::Otp], 0),
    ("by sms", &[K::Otp], 0),
    // Money sent "to the number": a phone (wallets pay to mobiles).
    ("al número", &[K::Phone], 0),
    ("al numero", &[K::Phone], 0),
    ("ao número", &[K::Phone], 0),
    ("ao numero", &[K::Phone], 0),
    ("pro número", &[K::Phone], 0),
    ("pro numero", &[K::Phone], 0),
    ("daviplata", &[K::Phone], 0),
    ("acount", &[K::BankAccount], 0),
    ("acount no", &[K::BankAccount], 0),
    ("acount number", &[K::BankAccount], 0),
    // Letters typed twice ("cvvv 423", "otpp 892616").
    ("cvvv", &[K::CardSecurityCode], 0),
    ("cvvnya", &[K::CardSecurityCode], 0),
    ("otpp", &[K::Otp], 0),
    ("referensinya", &[], T_NEG),
    ("da nota", &[], T_NEG),
    // "the hour": a time ("الساعة ٠٣.٣٦").
    ("الساعة", &[], T_NEG),
    ("accont", &[K::BankAccount], 0),
    ("accnt", &[K::BankAccount], 0),
    // Banks of the Philippines: a number given with the bank's name is an
    // account there. (Indian, Brazilian and Mexican bank names were tried
    // and cost precision on the probe sets: "Token BBVA: 42988004", "UMRN
    // HDFC7021…", "a senha do app do Itaú, tentei 714438".)
    ("bdo", &[K::BankAccount], 0),
    ("bpi", &[K::BankAccount], 0),
    ("metrobank", &[K::BankAccount], 0),
    ("landbank", &[K::BankAccount], 0),
    ("rcbc", &[K::BankAccount], 0),
    ("security bank", &[K::BankAccount], 0),
    ("chinabank", &[K::BankAccount], 0),
    ("eastwest", &[K::BankAccount], 0),
    ("gtbank", &[K::BankAccount], 0),
    ("gtb", &[K::BankAccount], 0),
    ("fcmb", &[K::BankAccount], 0),
    ("fidelity bank", &[K::BankAccount], 0),
    ("sterling bank", &[K::BankAccount], 0),
    ("wema", &[K::BankAccount], 0),
    ("polaris bank", &[K::BankAccount], 0),
    ("access bank", &[K::BankAccount], 0),
    ("union bank", &[K::BankAccount], 0),
    ("zenith", &[K::BankAccount], 0),
    ("uba", &[K::BankAccount], 0),
    ("first bank", &[K::BankAccount], 0),
    ("opay", &[K::BankAccount], 0),
    ("kuda", &[K::BankAccount], 0),
    ("moniepoint", &[K::BankAccount], 0),
    ("palmpay", &[K::BankAccount], 0),
    ("nuban", &[K::BankAccount], 0),
    ("समाप्ति", &[K::CardExpiry], 0),
    ("समाप्ति तिथि", &[K::CardExpiry], 0),
    ("ccv", &[K::CardSecurityCode], 0),
    ("code de carte", &[K::CardPin], 0),
    ("code carte", &[K::CardPin], 0),
    ("code de la carte", &[K::CardPin], 0),
    ("api key", &[K::ApiKey], 0),
    ("merchant key", &[K::ApiKey], 0),
    ("access key", &[K::ApiKey], 0),
    ("api secret", &[K::ApiKey], 0),
    ("apikey", &[K::ApiKey], 0),
    ("api_key", &[K::ApiKey], 0),
    ("secret key", &[K::ApiKey], 0),
    ("access token", &[K::ApiKey, K::Otp], 0),
    ("private key", &[K::ApiKey], 0),
    ("client secret", &[K::ApiKey], 0),
    ("bearer", &[K::ApiKey], 0),
    ("llave privada", &[K::ApiKey], 0),
    ("clave api", &[K::ApiKey], 0),
    ("chave api", &[K::ApiKey], 0),
    ("chave de api", &[K::ApiKey], 0),
    ("token de produção", &[K::ApiKey], 0),
    // (As "access token": a code of digits after it is a one-time code,
    // "su token de acceso es 745487".)
    ("token de acceso", &[K::ApiKey, K::Otp], 0),
    ("api anahtarı", &[K::ApiKey], 0),
    ("kunci api", &[K::ApiKey], 0),
    ("clé api", &[K::ApiKey], 0),
    ("clé secrète", &[K::ApiKey], 0),
    // A key or token word alone names only a long random token (an API
    // key reading never takes a number or a word): "sandbox key
    // kb_api_4hlis…", "la llave sk_b0b8…", "APIキーlive_ck_…".
    ("key", &[K::ApiKey], 0),
    ("llave", &[K::ApiKey], 0),
    ("sleutel", &[K::ApiKey], 0),
    ("schlüssel", &[K::ApiKey], 0),
    ("مفتاح", &[K::ApiKey], 0),
    ("キー", &[K::ApiKey], 0),
    ("키", &[K::ApiKey], 0),
    ("hata kodu", &[], T_NEG),
    ("code d'erreur", &[], T_NEG),
    ("codice errore", &[], T_NEG),
    ("kode error", &[], T_NEG),
    ("kode kesalahan", &[], T_NEG),
    ("kod ralat", &[], T_NEG),
    ("दुकान कोड", &[], T_NEG),
    ("shop code", &[], T_NEG),
    // ---- Chinese (no spaces: matched anywhere in the text)
    ("手机", &[K::Phone], 0),
    ("手机号", &[K::Phone], 0),
    ("手机号码", &[K::Phone], 0),
    ("电话", &[K::Phone], 0),
    ("电话号码", &[K::Phone], 0),
    ("联系电话", &[K::Phone], 0),
    ("验证码", &[K::Otp], 0),
    ("短信验证码", &[K::Otp], 0),
    ("动态码", &[K::Otp], 0),
    ("动态密码", &[K::Otp], 0),
    ("密码", &[K::CardPin, K::Password], 0),
    ("取款密码", &[K::CardPin], 0),
    ("支付密码", &[K::CardPin, K::Password], 0),
    ("出生日期", &[K::DateOfBirth], 0),
    ("生日", &[K::DateOfBirth], 0),
    ("出生年月日", &[K::DateOfBirth], 0),
    ("出生于", &[K::DateOfBirth], 0),
    ("生年月日", &[K::DateOfBirth], 0),
    ("誕生日", &[K::DateOfBirth], 0),
    ("卡号", &[K::CardNumber], 0),
    ("银行卡", &[K::CardNumber, K::BankAccount], 0),
    ("银行卡号", &[K::CardNumber, K::BankAccount], 0),
    ("信用卡", &[K::CardNumber, K::CardExpiry], 0),
    ("安全码", &[K::CardSecurityCode], 0),
    ("有效期", &[K::CardExpiry], 0),
    ("账号", &[K::BankAccount], 0),
    ("银行账号", &[K::BankAccount], 0),
    // The same words in pinyin, as typed on a Latin keyboard ("shouji
    // 81087895", "yanzhengma shi 929565", "chusheng riqi 10/12/1962").
    ("shouji", &[K::Phone], 0),
    ("shoujihao", &[K::Phone], 0),
    ("shouji hao", &[K::Phone], 0),
    ("dianhua", &[K::Phone], 0),
    ("yanzhengma", &[K::Otp], 0),
    ("chusheng riqi", &[K::DateOfBirth], 0),
    ("shengri", &[K::DateOfBirth], 0),
    ("yinhang zhanghao", &[K::BankAccount], 0),
    // A student number (学号, Japanese 学籍番号); Japanese account words
    ("学号", &[], T_NEG),
    ("学籍番号", &[], T_NEG),
    ("口座番号", &[K::BankAccount], 0),
    ("電話番号", &[K::Phone], 0),
    ("電話", &[K::Phone], 0),
    ("携帯", &[K::Phone], 0),
    ("携帯番号", &[K::Phone], 0),
    ("携帯電話", &[K::Phone], 0),
    ("口座", &[K::BankAccount], 0),
    ("账户", &[K::BankAccount], 0),
    ("身份证号", &[K::CnResidentId], 0),
    ("订单号", &[], T_NEG),
    ("运单号", &[], T_NEG),
    ("快递单号", &[], T_NEG),
    ("流水号", &[], T_NEG),
    ("交易单号", &[], T_NEG),
    ("邮编", &[], T_NEG),
    // Traditional Chinese (Hong Kong, Taiwan)
    ("手機", &[K::Phone], 0),
    ("手機號碼", &[K::Phone], 0),
    ("手機號", &[K::Phone], 0),
    ("聯絡電話", &[K::Phone], 0),
    // Another place's line ("我的新加坡号码9062-5370", "香港號碼").
    ("新加坡号码", &[K::Phone], 0),
    ("新加坡號碼", &[K::Phone], 0),
    ("香港号码", &[K::Phone], 0),
    ("香港號碼", &[K::Phone], 0),
    ("台湾号码", &[K::Phone], 0),
    ("台灣號碼", &[K::Phone], 0),
    ("大陆号码", &[K::Phone], 0),
    ("內地號碼", &[K::Phone], 0),
    // One's new or old line ("舊號碼9164 0596已經唔用，新號碼係…"), and Hong
    // Kong's Faster Payment System, whose id is most often a mobile
    // ("轉數快FPS轉去9537 3959").
    ("新號碼", &[K::Phone], 0),
    ("舊號碼", &[K::Phone], 0),
    ("新号码", &[K::Phone], 0),
    ("旧号码", &[K::Phone], 0),
    ("我的號碼", &[K::Phone], 0),
    ("我的号码", &[K::Phone], 0),
    ("轉數快", &[K::Phone], 0),
    ("转数快", &[K::Phone], 0),
    ("fps id", &[K::Phone], 0),
    // Cantonese: a birth date.
    ("出世日期", &[K::DateOfBirth], 0),
    ("出世", &[K::DateOfBirth], 0),
    ("驗證碼", &[K::Otp], 0),
    ("簡訊驗證碼", &[K::Otp], 0),
    ("短訊驗證碼", &[K::Otp], 0),
    ("認證碼", &[K::Otp], 0),
    ("一次性密碼", &[K::Otp], 0),
    ("一次性密码", &[K::Otp], 0),
    ("密碼", &[K::CardPin, K::Password], 0),
    ("提款卡密碼", &[K::CardPin], 0),
    ("提款密碼", &[K::CardPin], 0),
    ("網銀密碼", &[K::Password], 0),
    ("戶口", &[K::BankAccount], 0),
    ("户口", &[K::BankAccount], 0),
    ("戶口號碼", &[K::BankAccount], 0),
    ("帳號", &[K::BankAccount], 0),
    ("帳戶", &[K::BankAccount], 0),
    ("賬號", &[K::BankAccount], 0),
    ("賬戶", &[K::BankAccount], 0),
    ("卡號", &[K::CardNumber], 0),
    ("銀行卡", &[K::CardNumber, K::BankAccount], 0),
    ("銀聯卡", &[K::CardNumber], 0),
    ("银联卡", &[K::CardNumber], 0),
    ("到期日", &[K::CardExpiry], 0),
    ("有效期限", &[K::CardExpiry], 0),
    ("背面三位數", &[K::CardSecurityCode], 0),
    ("背面三位数", &[K::CardSecurityCode], 0),
    ("安全碼", &[K::CardSecurityCode], 0),
    ("出生", &[K::DateOfBirth], 0),
    ("身份證", &[K::CnResidentId], 0),
    ("身分證", &[K::CnResidentId], 0),
    // A mortgage's account and an insurance policy are no bank account.
    ("房贷账号", &[], T_NEG),
    // A Taiwanese company's number; a Korean insurance policy's.
    ("統一編號", &[], T_NEG),
    ("증권번호", &[], T_NEG),
    ("房貸帳號", &[], T_NEG),
    ("保険証券番号", &[], T_NEG),
    ("証券番号", &[], T_NEG),
    // Japanese
    ("ワンタイムパスワード", &[K::Otp], 0),
    ("認証番号", &[K::Otp], 0),
    ("認証コード", &[K::Otp], 0),
    ("確認コード", &[K::Otp], 0),
    ("暗証番号", &[K::CardPin], 0),
    ("パスワード", &[K::Password], 0),
    ("セキュリティコード", &[K::CardSecurityCode], 0),
    ("カード番号", &[K::CardNumber], 0),
    ("カード", &[K::CardNumber], 0),
    ("普通預金", &[K::BankAccount], 0),
    ("振込先", &[K::BankAccount], 0),
    // An ordinary or current account ("本店 普通 2408016").
    ("普通", &[K::BankAccount], 0),
    ("当座", &[K::BankAccount], 0),
    ("有効期限", &[K::CardExpiry], 0),
    ("パスコード", &[K::CardPin, K::Password], 0),
    ("連絡先", &[K::Phone], 0),
    // ("请回电到18410747176": call me back at.)
    ("回电", &[K::Phone], 0),
    ("回電", &[K::Phone], 0),
    // "Call me": Chinese "打给我", "找我" and Cantonese "打返", "搵我"
    // ("打返57397758搵我"), Japanese "please contact (me) at"
    // ("090-5622-2895までご連絡ください").
    ("打给我", &[K::Phone], 0),
    ("打給我", &[K::Phone], 0),
    ("找我", &[K::Phone], 0),
    ("打返", &[K::Phone], 0),
    ("搵我", &[K::Phone], 0),
    ("ご連絡ください", &[K::Phone], 0),
    // Korean
    ("인증번호", &[K::Otp], 0),
    ("인증 번호", &[K::Otp], 0),
    ("인증코드", &[K::Otp], 0),
    ("인증 코드", &[K::Otp], 0),
    ("본인인증", &[K::Otp], 0),
    ("전화:", &[K::Phone], 0),
    // "was born" ("태어났어요", "태어났습니다").
    ("태어났", &[K::DateOfBirth], 0),
    ("비밀번호", &[K::CardPin, K::Password], 0),
    ("카드 비밀번호", &[K::CardPin], 0),
    // (Words of a remittance abroad, around the receiving bank's BIC:
    // Chinese "bank code", Japanese, Korean and Chinese "remittance".)
    ("銀行代碼", &[K::SwiftBic], 0),
    ("银行代码", &[K::SwiftBic], 0),
    ("送金", &[K::SwiftBic], 0),
    ("송금", &[K::SwiftBic], 0),
    ("匯款", &[K::SwiftBic], 0),
    ("汇款", &[K::SwiftBic], 0),
    // (Korean "security code", Thai "the back of the card", Japanese
    // "the three digits on the back", Cantonese "the four on the back".)
    ("보안코드", &[K::CardSecurityCode], 0),
    ("หลังบัตร", &[K::CardSecurityCode], 0),
    ("裏の3桁", &[K::CardSecurityCode], 0),
    ("背面四位", &[K::CardSecurityCode], 0),
    // (Chinese "OTP password": a code, not a PIN.)
    ("otp密碼", &[K::Otp], 0),
    ("otp密码", &[K::Otp], 0),
    // (A utility's customer number in Japanese, a loan contract's and an
    // electricity user's number in Thai.)
    ("お客さま番号", &[], T_NEG),
    ("お客様番号", &[], T_NEG),
    ("เลขที่สัญญา", &[], T_NEG),
    ("เลขที่ผู้ใช้ไฟ", &[], T_NEG),
    // Vietnamese "security code" of a card ("mã bảo mật 605").
    ("mã bảo mật", &[K::CardSecurityCode], 0),
    ("ma bao mat", &[K::CardSecurityCode], 0),
    // Electricity and water bills in Chinese ("电费户号51582663828"): the
    // bill's account number is no one's phone. (After the Cantonese
    // "電費賬戶號碼" the nearer "賬戶號碼" still names an account.)
    ("电费", &[], T_NEG),
    ("電費", &[], T_NEG),
    ("水费", &[], T_NEG),
    ("水費", &[], T_NEG),
    // "Call me on": Luganda "nkubira ku", Greek "να με πάρετε στο".
    ("nkubira", &[K::Phone], 0),
    ("με πάρετε", &[K::Phone], 0),
    ("πάρτε με", &[K::Phone], 0),
    ("간편비밀번호", &[K::CardPin], 0),
    ("결제 비밀번호", &[K::CardPin], 0),
    ("계좌", &[K::BankAccount], 0),
    ("계좌번호", &[K::BankAccount], 0),
    // The account's holder after it, and the banks' names before it
    // ("신한 110-904-801098 예금주 김민지").
    ("예금주", &[K::BankAccount], 0),
    ("신한", &[K::BankAccount], T_BANK),
    ("신한은행", &[K::BankAccount], T_BANK),
    ("국민은행", &[K::BankAccount], T_BANK),
    ("우리은행", &[K::BankAccount], T_BANK),
    ("하나은행", &[K::BankAccount], T_BANK),
    ("농협", &[K::BankAccount], T_BANK),
    ("기업은행", &[K::BankAccount], T_BANK),
    ("카카오뱅크", &[K::BankAccount], T_BANK),
    ("토스뱅크", &[K::BankAccount], T_BANK),
    ("유효기간", &[K::CardExpiry], 0),
    ("만료", &[K::CardExpiry], 0),
    ("만료일", &[K::CardExpiry], 0),
    // "비번": the short word for a password or PIN.
    ("비번", &[K::CardPin, K::Password], 0),
    ("카드 비번", &[K::CardPin], 0),
    ("결제비번", &[K::CardPin], 0),
    ("간편비번", &[K::CardPin], 0),
    ("결제비밀번호", &[K::CardPin], 0),
    ("간편 비밀번호", &[K::CardPin], 0),
    ("은행", &[K::BankAccount], 0),
    ("뱅크", &[K::BankAccount], 0),
    ("카드번호", &[K::CardNumber], 0),
    ("전화번호", &[K::Phone], 0),
    ("제 번호", &[K::Phone], 0),
    ("휴대폰", &[K::Phone], 0),
    ("핸드폰", &[K::Phone], 0),
    ("연락처", &[K::Phone], 0),
    ("유심", &[K::Phone], 0),
    ("생년월일", &[K::DateOfBirth], 0),
    ("생일", &[K::DateOfBirth], 0),
    // Vietnamese
    // (Not "mã" alone: without its accent it is French "ma".)
    ("nhận được mã", &[K::Otp], 0),
    ("mã xác nhận", &[K::Otp], 0),
    ("số đt", &[K::Phone], 0),
    ("số tk", &[K::BankAccount], 0),
    // ---- Polish
    ("telefonu", &[K::Phone], 0),
    ("nr telefonu", &[K::Phone], 0),
    // ("nowy numer 518825941": a new number is a phone's.)
    ("nowy numer", &[K::Phone], 0),
    ("pod numerem", &[K::Phone], 0),
    ("pod numer", &[K::Phone], 0),
    // A transaction's PIN, not its reference ("PIN transaksi saya 1260").
    ("pin transaksi", &[K::CardPin], 0),
    ("transaction pin", &[K::CardPin], 0),
    // Spain's plural "you" ("¿me llamáis al 603 …?").
    ("llamáis", &[K::Phone], 0),
    ("me llamáis al", &[K::Phone], 0),
    ("komórka", &[K::Phone], 0),
    ("komórki", &[K::Phone], 0),
    // Polish phone words: "call on", "my number".
    ("dzwonić na", &[K::Phone], 0),
    ("dzwonic na", &[K::Phone], 0),
    ("zadzwoń na", &[K::Phone], 0),
    ("zadzwon na", &[K::Phone], 0),
    ("moj numer", &[K::Phone], 0),
    ("numer telefonu", &[K::Phone], 0),
    // (A changed number, and a customer's number at the bank: "zmieniłam
    // numer na 668 376 806"; "Numer klienta 16014606".)
    ("zmieniłam numer", &[K::Phone], 0),
    ("zmieniłem numer", &[K::Phone], 0),
    ("numer klienta", &[], T_NEG),
    ("nr tel", &[K::Phone], 0),
    ("tel. do mnie", &[K::Phone], 0),
    ("data urodzenia", &[K::DateOfBirth], 0),
    ("urodzenia", &[K::DateOfBirth], 0),
    ("ur.", &[K::DateOfBirth], 0),
    ("urodzony", &[K::DateOfBirth], 0),
    ("urodzona", &[K::DateOfBirth], 0),
    ("urodził się", &[K::DateOfBirth], 0),
    ("urodziła się", &[K::DateOfBirth], 0),
    ("urodziłem się", &[K::DateOfBirth], 0),
    ("urodziłam się", &[K::DateOfBirth], 0),
    ("numer konta", &[K::BankAccount], 0),
    ("nr konta", &[K::BankAccount], 0),
    ("konto", &[K::BankAccount], 0),
    // German "Kto." (with its full stop: Polish "kto" is "who").
    ("kto.", &[K::BankAccount], 0),
    ("kto.-nr.", &[K::BankAccount], 0),
    ("kontonummer", &[K::BankAccount], 0),
    ("kontonr", &[K::BankAccount], 0),
    // "acc 34276120 sc 30-52-23": a UK sort code.
    ("sc", &[K::UkSortCode], 0),
    // A new SIM ("cambié de chip, el nuevo es 655413077").
    ("chip", &[K::Phone], 0),
    // The sender of a forwarded message.
    ("pengirim", &[K::Phone], 0),
    ("konta", &[K::BankAccount], 0),
    ("kod blik", &[K::Otp], 0),
    ("blik", &[K::Otp], 0),
    ("kod sms", &[K::Otp], 0),
    // (Polish "to" is "is": "kod SMS to 63910377" is no SMS sent to a
    // phone; and Greek "the SMS code".)
    ("kod sms to", &[K::Otp], 0),
    ("κωδικός sms", &[K::Otp], 0),
    ("κωδικός του sms", &[K::Otp], 0),
    ("kod weryfikacyjny", &[K::Otp], 0),
    ("kod pocztowy", &[], T_NEG),
    // A parcel, a loan and a payment's number in Polish, Italian and
    // German ("Przesyłka 00992073081665", "Finanziamento n. 0305…", "Ihre
    // Zahlung 0039…"), and Greek "customer service" ("το τηλέφωνο
    // εξυπηρέτησης"): no one's phone.
    ("przesyłka", &[], T_NEG),
    ("przesylka", &[], T_NEG),
    ("finanziamento", &[], T_NEG),
    ("ihre zahlung", &[], T_NEG),
    ("εξυπηρέτησης", &[], T_NEG),
    ("εξυπηρέτηση", &[], T_NEG),
    ("εξυπηρετησης", &[], T_NEG),
    ("numer zamówienia", &[], T_NEG),
    ("nr transakcji", &[], T_NEG),
    ("numer transakcji", &[], T_NEG),
    ("id transakcji", &[], T_NEG),
    ("ul.", &[], T_NEG),
    // ---- Czech and Slovak
    // (Not "mobil" alone: in Indonesian it is a car.)
    ("můj nový mobil", &[K::Phone], 0),
    ("můj mobil", &[K::Phone], 0),
    ("číslo telefonu", &[K::Phone], 0),
    ("telefonní číslo", &[K::Phone], 0),
    ("mobilní číslo", &[K::Phone], 0),
    ("datum narození", &[K::DateOfBirth], 0),
    ("narozen", &[K::DateOfBirth], 0),
    ("narozena", &[K::DateOfBirth], 0),
    ("narozený", &[K::DateOfBirth], 0),
    ("potvrzovací kód", &[K::Otp], 0),
    ("ověřovací kód", &[K::Otp], 0),
    ("kód z sms", &[K::Otp], 0),
    ("kód pro potvrzení", &[K::Otp], 0),
    ("jednorázový kód", &[K::Otp], 0),
    ("heslo", &[K::Password], 0),
    ("číslo účtu", &[K::BankAccount], 0),
    ("účet", &[K::BankAccount], 0),
    ("účtu", &[K::BankAccount], 0),
    ("na účet", &[K::BankAccount], 0),
    ("platná do", &[K::CardExpiry], 0),
    ("platnost", &[K::CardExpiry], 0),
    ("expirace", &[K::CardExpiry], 0),
    ("kódem", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("číslo karty", &[K::CardNumber], 0),
    // ---- Hungarian
    ("telefonszám", &[K::Phone], 0),
    ("telefonszámom", &[K::Phone], 0),
    ("telefonszámra", &[K::Phone], 0),
    ("mobilszám", &[K::Phone], 0),
    ("mobilszámom", &[K::Phone], 0),
    ("feleségem száma", &[K::Phone], 0),
    ("férjem száma", &[K::Phone], 0),
    ("született", &[K::DateOfBirth], 0),
    ("születési dátum", &[K::DateOfBirth], 0),
    ("születési idő", &[K::DateOfBirth], 0),
    ("születtem", &[K::DateOfBirth], 0),
    ("egyszer használatos kód", &[K::Otp], 0),
    ("egyszer használatos kódja", &[K::Otp], 0),
    ("sms kód", &[K::Otp], 0),
    ("sms-kód", &[K::Otp], 0),
    ("ellenőrző kód", &[K::Otp], 0),
    ("megerősítő kód", &[K::Otp], 0),
    ("jelszó", &[K::Password], 0),
    ("jelszavam", &[K::Password], 0),
    ("pin kód", &[K::CardPin], 0),
    ("pin kódom", &[K::CardPin], 0),
    ("számlaszám", &[K::BankAccount], 0),
    ("számlaszámom", &[K::BankAccount], 0),
    ("számlaszámot", &[K::BankAccount], 0),
    ("számlára", &[K::BankAccount], 0),
    ("bankszámla", &[K::BankAccount], 0),
    ("lejárat", &[K::CardExpiry], 0),
    ("lejárati dátum", &[K::CardExpiry], 0),
    ("lejár", &[K::CardExpiry], 0),
    ("lejárt", &[K::CardExpiry], 0),
    ("lejáratot", &[K::CardExpiry], 0),
    ("bankszámlaszám", &[K::BankAccount], 0),
    ("bankszámlaszámom", &[K::BankAccount], 0),
    ("számlaszáma", &[K::BankAccount], 0),
    ("számlaszámát", &[K::BankAccount], 0),
    ("kedvezményezett számla", &[K::BankAccount], 0),
    ("születési dátuma", &[K::DateOfBirth], 0),
    ("születési dátumom", &[K::DateOfBirth], 0),
    // "kód" itself is "kod" without its accent; its cases are not.
    ("kóddal", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kártyaszám", &[K::CardNumber], 0),
    // ---- Ukrainian and Russian
    ("номер телефону", &[K::Phone], 0),
    ("номер телефона", &[K::Phone], 0),
    ("телефон", &[K::Phone], 0),
    ("телефону", &[K::Phone], 0),
    ("мій номер", &[K::Phone], 0),
    ("мой номер", &[K::Phone], 0),
    ("мій новий номер", &[K::Phone], 0),
    ("новий номер", &[K::Phone], 0),
    ("мой новый номер", &[K::Phone], 0),
    ("новый номер", &[K::Phone], 0),
    ("номер для зв'язку", &[K::Phone], 0),
    ("номер для зв’язку", &[K::Phone], 0),
    ("мобільний", &[K::Phone], 0),
    ("мобильный", &[K::Phone], 0),
    // Russia's Faster Payments System, paid to a phone number ("перевод
    // по СБП на 8 (912) …").
    ("сбп", &[K::Phone], 0),
    ("номер", &[], T_GEN),
    ("дата народження", &[K::DateOfBirth], 0),
    ("дата нар.", &[K::DateOfBirth], 0),
    ("народився", &[K::DateOfBirth], 0),
    ("народилася", &[K::DateOfBirth], 0),
    ("дата рождения", &[K::DateOfBirth], 0),
    ("родился", &[K::DateOfBirth], 0),
    ("родилась", &[K::DateOfBirth], 0),
    ("код", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("код з смс", &[K::Otp], 0),
    ("код із смс", &[K::Otp], 0),
    ("код підтвердження", &[K::Otp], 0),
    ("код из смс", &[K::Otp], 0),
    ("код подтверждения", &[K::Otp], 0),
    ("одноразовый код", &[K::Otp], 0),
    ("пін", &[K::CardPin], 0),
    ("пін-код", &[K::CardPin], 0),
    ("пин", &[K::CardPin], 0),
    ("пин-код", &[K::CardPin], 0),
    ("пароль", &[K::Password], 0),
    ("рахунок", &[K::BankAccount], 0),
    ("рахунку", &[K::BankAccount], 0),
    // A utility's personal account ("особовий рахунок 7197…").
    ("особовий рахунок", &[], T_UTIL | T_NEG),
    ("лицевой счет", &[], T_UTIL | T_NEG),
    ("лицевой счёт", &[], T_UTIL | T_NEG),
    ("номер рахунку", &[K::BankAccount], 0),
    ("счет", &[K::BankAccount], 0),
    ("счёт", &[K::BankAccount], 0),
    ("номер счета", &[K::BankAccount], 0),
    ("термін дії", &[K::CardExpiry], 0),
    ("термін", &[K::CardExpiry], 0),
    ("картка", &[K::CardNumber, K::CardExpiry], 0),
    ("дійсна до", &[K::CardExpiry], 0),
    ("срок действия", &[K::CardExpiry], 0),
    ("действует до", &[K::CardExpiry], 0),
    ("действительна до", &[K::CardExpiry], 0),
    ("номер картки", &[K::CardNumber], 0),
    ("номер карты", &[K::CardNumber], 0),
    // ---- Serbian, Croatian, Bosnian (Latin and Cyrillic)
    ("broj telefona", &[K::Phone], 0),
    ("moj broj", &[K::Phone], 0),
    ("na broj", &[K::Phone], 0),
    ("mobilni", &[K::Phone], 0),
    ("број телефона", &[K::Phone], 0),
    ("мој број", &[K::Phone], 0),
    ("datum rođenja", &[K::DateOfBirth], 0),
    ("rođen", &[K::DateOfBirth], 0),
    ("rođena", &[K::DateOfBirth], 0),
    ("rođen sam", &[K::DateOfBirth], 0),
    ("датум рођења", &[K::DateOfBirth], 0),
    ("рођен", &[K::DateOfBirth], 0),
    ("рођена", &[K::DateOfBirth], 0),
    ("lozinka", &[K::Password], 0),
    ("lozinku", &[K::Password], 0),
    ("лозинка", &[K::Password], 0),
    ("лозинку", &[K::Password], 0),
    ("broj računa", &[K::BankAccount], 0),
    ("računa", &[K::BankAccount], 0),
    ("račun", &[K::BankAccount], 0),
    ("број рачуна", &[K::BankAccount], 0),
    ("рачун", &[K::BankAccount], 0),
    ("važi do", &[K::CardExpiry], 0),
    ("важи до", &[K::CardExpiry], 0),
    ("broj kartice", &[K::CardNumber], 0),
    ("број картице", &[K::CardNumber], 0),
    ("verifikacioni kod", &[K::Otp], 0),
    ("jednokratni kod", &[K::Otp], 0),
    // ---- Greek (and Greeklish)
    ("κινητό", &[K::Phone], 0),
    ("τηλέφωνο", &[K::Phone], 0),
    ("αριθμός τηλεφώνου", &[K::Phone], 0),
    ("kinito", &[K::Phone], 0),
    ("ημερομηνία γέννησης", &[K::DateOfBirth], 0),
    ("ημ/νία γέννησης", &[K::DateOfBirth], 0),
    ("γέννησης", &[K::DateOfBirth], 0),
    ("γεννήθηκα", &[K::DateOfBirth], 0),
    ("γεννήθηκε", &[K::DateOfBirth], 0),
    ("κωδικός επιβεβαίωσης", &[K::Otp], 0),
    ("κωδικός μιας χρήσης", &[K::Otp], 0),
    ("κωδικός μίας χρήσης", &[K::Otp], 0),
    ("κωδικός πρόσβασης", &[K::Password], 0),
    ("κωδικό πρόσβασης", &[K::Password], 0),
    ("κωδικός μου", &[K::Password], 0),
    // The app's code ("τον κωδικό της εφαρμογής τον άλλαξα σε …"): its PIN;
    // a card "λήγει" (expires).
    ("κωδικό της εφαρμογής", &[K::CardPin, K::Password], 0),
    ("κωδικός της εφαρμογής", &[K::CardPin, K::Password], 0),
    ("λήγει", &[K::CardExpiry], 0),
    // The code alone, in the cases a chat uses, and the verification code.
    ("κωδικός", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("κωδικό", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("κωδικού", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("κωδικός επαλήθευσης", &[K::Otp], 0),
    // E-banking's code is its password; a customer's code and an
    // electricity supply's number name no secret; the number said new is
    // a phone; a text's code in Greeklish.
    ("κωδικός e-banking", &[K::Password], 0),
    ("κωδικός του e-banking", &[K::Password], 0),
    ("κωδικό του e-banking", &[K::Password], 0),
    ("κωδικός web banking", &[K::Password], 0),
    // Greece's instant payments to a mobile ("IRIS στο 6976327935").
    ("iris στο", &[K::Phone], 0),
    ("μέσω iris", &[K::Phone], 0),
    ("κωδικός πελάτη", &[], T_NEG),
    ("παροχής", &[], T_NEG),
    ("νέος αριθμός", &[K::Phone], 0),
    ("νεος αριθμος", &[K::Phone], 0),
    ("γέννησής", &[K::DateOfBirth], 0),
    ("kwdikos sms", &[K::Otp], 0),
    ("kwdikos", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kwdiko", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("λογ.", &[K::BankAccount], 0),
    ("λογαριασμός", &[K::BankAccount], 0),
    ("λογαριασμού", &[K::BankAccount], 0),
    ("αριθμός λογαριασμού", &[K::BankAccount], 0),
    ("λήξη", &[K::CardExpiry], 0),
    ("ημερομηνία λήξης", &[K::CardExpiry], 0),
    ("αριθμός κάρτας", &[K::CardNumber], 0),
    // Currencies of the region: an amount, no value. (Not Romania's "lei"
    // or "ron": Italian "lei" is "she", Ron a name.)
    ("kč", &[], T_CUR),
    ("czk", &[], T_CUR),
    ("huf", &[], T_CUR),
    ("ft", &[], T_CUR),
    ("zł", &[], T_CUR),
    ("ευρώ", &[], T_CUR),
    // Polish "error code".
    ("kod błędu", &[], T_NEG),
    ("kod bledu", &[], T_NEG),
    ("uah", &[], T_CUR),
    ("грн", &[], T_CUR),
    ("rsd", &[], T_CUR),
    ("dinara", &[], T_CUR),
    ("динара", &[], T_CUR),
    // ---- Swedish, Danish, Norwegian, Icelandic
    ("telefonnumret", &[K::Phone], 0),
    ("mobilnumret", &[K::Phone], 0),
    ("mitt nummer", &[K::Phone], 0),
    // (Danish "mit nummer", "my new number": "mit nye nummer".)
    ("mit nummer", &[K::Phone], 0),
    // (German "his number".)
    ("seine nummer", &[K::Phone], 0),
    ("nye nummer", &[K::Phone], 0),
    ("födelsedatum", &[K::DateOfBirth], 0),
    ("född", &[K::DateOfBirth], 0),
    ("fødselsdato", &[K::DateOfBirth], 0),
    ("født", &[K::DateOfBirth], 0),
    ("engångskod", &[K::Otp], 0),
    ("engångskoden", &[K::Otp], 0),
    ("verifieringskod", &[K::Otp], 0),
    ("verifieringskoden", &[K::Otp], 0),
    ("bekräftelsekod", &[K::Otp], 0),
    ("sms-kod", &[K::Otp], 0),
    ("sms-koden", &[K::Otp], 0),
    ("engangskode", &[K::Otp], 0),
    ("engangskoden", &[K::Otp], 0),
    ("bekræftelseskode", &[K::Otp], 0),
    ("bekreftelseskode", &[K::Otp], 0),
    ("verifiseringskode", &[K::Otp], 0),
    ("sms-kode", &[K::Otp], 0),
    ("lösenord", &[K::Password], 0),
    ("lösenordet", &[K::Password], 0),
    ("adgangskode", &[K::Password], 0),
    ("adgangskoden", &[K::Password], 0),
    ("passord", &[K::Password], 0),
    ("passordet", &[K::Password], 0),
    ("kodeord", &[K::Password], 0),
    ("lykilorð", &[K::Password], 0),
    ("pinkod", &[K::CardPin], 0),
    ("pinkoden", &[K::CardPin], 0),
    ("pin-kod", &[K::CardPin], 0),
    ("pinkode", &[K::CardPin], 0),
    ("pin-kode", &[K::CardPin], 0),
    ("kontot", &[K::BankAccount], 0),
    ("kontonumret", &[K::BankAccount], 0),
    ("kontonummeret", &[K::BankAccount], 0),
    ("clearingnummer", &[K::BankAccount], 0),
    ("reikningsnúmer", &[K::BankAccount], 0),
    ("símanúmer", &[K::Phone], 0),
    ("fæðingardagur", &[K::DateOfBirth], 0),
    ("kortnummer", &[K::CardNumber], 0),
    ("kortnumret", &[K::CardNumber], 0),
    ("kortnummeret", &[K::CardNumber], 0),
    ("giltigt till", &[K::CardExpiry], 0),
    ("utgångsdatum", &[K::CardExpiry], 0),
    ("udløbsdato", &[K::CardExpiry], 0),
    ("utløpsdato", &[K::CardExpiry], 0),
    // ---- Finnish
    ("puhelinnumero", &[K::Phone], 0),
    ("puhelinnumeroni", &[K::Phone], 0),
    ("puhelinnumeroon", &[K::Phone], 0),
    ("numeroni", &[K::Phone], 0),
    ("syntymäaika", &[K::DateOfBirth], 0),
    ("syntymäpäivä", &[K::DateOfBirth], 0),
    ("syntynyt", &[K::DateOfBirth], 0),
    ("vahvistuskoodi", &[K::Otp], 0),
    ("vahvistuskoodin", &[K::Otp], 0),
    ("vahvistuskoodisi", &[K::Otp], 0),
    ("kertakäyttökoodi", &[K::Otp], 0),
    ("tekstiviestikoodi", &[K::Otp], 0),
    ("salasana", &[K::Password], 0),
    ("salasanani", &[K::Password], 0),
    ("salasanaksi", &[K::Password], 0),
    ("salasanan", &[K::Password], 0),
    ("pin-koodi", &[K::CardPin], 0),
    ("pin-koodini", &[K::CardPin], 0),
    ("tunnusluku", &[K::CardPin], 0),
    ("tilinumero", &[K::BankAccount], 0),
    ("tilinumeroni", &[K::BankAccount], 0),
    ("tilinumerooni", &[K::BankAccount], 0),
    ("tilille", &[K::BankAccount], 0),
    ("kortin numero", &[K::CardNumber], 0),
    ("kortinnumero", &[K::CardNumber], 0),
    ("voimassa", &[K::CardExpiry], 0),
    // ---- Estonian, Latvian, Lithuanian
    ("telefoninumber", &[K::Phone], 0),
    ("minu number", &[K::Phone], 0),
    ("sünnikuupäev", &[K::DateOfBirth], 0),
    ("sündinud", &[K::DateOfBirth], 0),
    ("kinnituskood", &[K::Otp], 0),
    ("ühekordne kood", &[K::Otp], 0),
    ("parool", &[K::Password], 0),
    ("pin-kood", &[K::CardPin], 0),
    ("kontonumber", &[K::BankAccount], 0),
    ("arvelduskonto", &[K::BankAccount], 0),
    ("kaardi number", &[K::CardNumber], 0),
    ("kehtib kuni", &[K::CardExpiry], 0),
    ("tālruņa numurs", &[K::Phone], 0),
    ("tālrunis", &[K::Phone], 0),
    ("mans numurs", &[K::Phone], 0),
    ("dzimšanas datums", &[K::DateOfBirth], 0),
    ("dzimis", &[K::DateOfBirth], 0),
    ("dzimusi", &[K::DateOfBirth], 0),
    ("apstiprinājuma kods", &[K::Otp], 0),
    ("vienreizējais kods", &[K::Otp], 0),
    ("pin kods", &[K::CardPin], 0),
    ("konta numurs", &[K::BankAccount], 0),
    ("kartes numurs", &[K::CardNumber], 0),
    ("derīga līdz", &[K::CardExpiry], 0),
    ("telefono numeris", &[K::Phone], 0),
    ("mano numeris", &[K::Phone], 0),
    ("gimimo data", &[K::DateOfBirth], 0),
    ("gimęs", &[K::DateOfBirth], 0),
    ("gimusi", &[K::DateOfBirth], 0),
    ("patvirtinimo kodas", &[K::Otp], 0),
    ("vienkartinis kodas", &[K::Otp], 0),
    ("slaptažodis", &[K::Password], 0),
    ("slaptažodį", &[K::Password], 0),
    ("pin kodas", &[K::CardPin], 0),
    ("sąskaitos numeris", &[K::BankAccount], 0),
    ("sąskaita", &[K::BankAccount], 0),
    ("sąskaitą", &[K::BankAccount], 0),
    ("kortelės numeris", &[K::CardNumber], 0),
    ("galioja iki", &[K::CardExpiry], 0),
    // ---- Hebrew (prefixes glue to words: matched anywhere)
    ("מספר טלפון", &[K::Phone], 0),
    ("מספר הטלפון", &[K::Phone], 0),
    ("טלפון", &[K::Phone], 0),
    ("נייד", &[K::Phone], 0),
    ("פלאפון", &[K::Phone], 0),
    ("תאריך לידה", &[K::DateOfBirth], 0),
    ("נולדתי", &[K::DateOfBirth], 0),
    ("נולד", &[K::DateOfBirth], 0),
    ("קוד אימות", &[K::Otp], 0),
    ("קוד האימות", &[K::Otp], 0),
    ("קוד חד פעמי", &[K::Otp], 0),
    ("קוד חד-פעמי", &[K::Otp], 0),
    ("סיסמה", &[K::Password], 0),
    ("סיסמא", &[K::Password], 0),
    ("קוד סודי", &[K::CardPin], 0),
    ("מספר חשבון", &[K::BankAccount], 0),
    ("חשבון בנק", &[K::BankAccount], 0),
    ("לחשבון", &[K::BankAccount], 0),
    ("החשבון שלי", &[K::BankAccount], 0),
    ("חשבונית", &[], T_NEG),
    ("מספר כרטיס", &[K::CardNumber], 0),
    ("כרטיס אשראי", &[K::CardNumber], 0),
    ("תוקף", &[K::CardExpiry], 0),
    ("₪", &[], T_CUR),
    ("ש\"ח", &[], T_CUR),
    ("שקל", &[], T_CUR),
    // (Nordic chat, more: a code, a new number, expiry abbreviations.)
    ("koden", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("koodi", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("koodilla", &[K::Otp], 0),
    ("koodin", &[K::Otp], 0),
    ("vahvistuskoodia", &[K::Otp], 0),
    ("tunnuslukusi", &[K::Otp], 0),
    ("kóða", &[K::Otp], 0),
    ("kóði", &[K::Otp], 0),
    ("kóðinn", &[K::Otp], 0),
    ("auðkenningarkóðinn", &[K::Otp], 0),
    ("bankid-koden", &[K::Otp], 0),
    ("kodebrikken", &[K::Otp], 0),
    ("nytt nummer", &[K::Phone], 0),
    ("nya nummer", &[K::Phone], 0),
    ("nyt nummer", &[K::Phone], 0),
    ("bytt nummer", &[K::Phone], 0),
    ("fel nummer", &[K::Phone], 0),
    ("feil nummer", &[K::Phone], 0),
    ("hennes nummer", &[K::Phone], 0),
    ("hans nummer", &[K::Phone], 0),
    ("nummeret hennes", &[K::Phone], 0),
    ("nummeret hans", &[K::Phone], 0),
    ("nummeret mitt", &[K::Phone], 0),
    ("ring mig på", &[K::Phone], 0),
    ("ring meg på", &[K::Phone], 0),
    ("ring til mig på", &[K::Phone], 0),
    ("swish-numret", &[K::Phone], 0),
    ("swishnummer", &[K::Phone], 0),
    ("nytt nr", &[K::Phone], 0),
    ("nyt nr", &[K::Phone], 0),
    ("nye nr", &[K::Phone], 0),
    ("hendes nr", &[K::Phone], 0),
    ("vippset til", &[K::Phone], 0),
    ("uusi numero", &[K::Phone], 0),
    ("numerolle", &[K::Phone], 0),
    ("soita mulle", &[K::Phone], 0),
    ("soita minulle", &[K::Phone], 0),
    ("puhelin", &[K::Phone], 0),
    ("puh", &[K::Phone], 0),
    ("hringdu í mig í", &[K::Phone], 0),
    ("nýtt númer", &[K::Phone], 0),
    ("syntymäaikani", &[K::DateOfBirth], 0),
    ("fødselsdatoen", &[K::DateOfBirth], 0),
    ("födelsedatumet", &[K::DateOfBirth], 0),
    ("fæddist", &[K::DateOfBirth], 0),
    ("fæddur", &[K::DateOfBirth], 0),
    ("fædd", &[K::DateOfBirth], 0),
    ("lykilorðið", &[K::Password], 0),
    ("lösen", &[K::Password], 0),
    ("giltigt t.o.m", &[K::CardExpiry], 0),
    ("giltig t.o.m", &[K::CardExpiry], 0),
    ("giltig till", &[K::CardExpiry], 0),
    ("udløb", &[K::CardExpiry], 0),
    ("udl.", &[K::CardExpiry], 0),
    ("utløper", &[K::CardExpiry], 0),
    ("utl.", &[K::CardExpiry], 0),
    ("gildir til", &[K::CardExpiry], 0),
    ("kontrolcifre", &[K::CardSecurityCode], 0),
    ("lönekonto", &[K::BankAccount], 0),
    ("lønnskontoen", &[K::BankAccount], 0),
    ("lønkonto", &[K::BankAccount], 0),
    ("reikninginn minn", &[K::BankAccount], 0),
    ("reikningurinn minn", &[K::BankAccount], 0),
    ("kortnr", &[K::CardNumber], 0),
    // ---- Amharic, Hausa, Yoruba, more Swahili
    ("ስልክ ቁጥሬ", &[K::Phone], 0),
    ("ስልክ ቁጥር", &[K::Phone], 0),
    ("ቁጥሬ", &[K::Phone], 0),
    ("ሂሳብ ቁጥሬ", &[K::BankAccount], 0),
    ("ሂሳብ ቁጥር", &[K::BankAccount], 0),
    ("ሂሳብዎ", &[K::BankAccount], 0),
    ("የትውልድ ቀን", &[K::DateOfBirth], 0),
    // More Amharic, and its spellings with ሒ: account ("የአዋሽ ሒሳብ
    // 3277…", "ሒሳብ ቁጥሬ"), phone ("ስልኬ", "ስልኳ"), birth ("የተወለድኩበት
    // ቀን", "የተወለደችው"), PIN ("የሚስጥር ቁጥሬ"), OTP, CVV, password; and in
    // Latin letters ("slk kutre 0935 …", "yeteweldku 1978-04-07").
    ("ሒሳብ ቁጥር", &[K::BankAccount], 0),
    ("ሒሳብ ቁጥሬ", &[K::BankAccount], 0),
    ("ሒሳብ", &[K::BankAccount], 0),
    ("ሒሳቤ", &[K::BankAccount], 0),
    ("ሂሳቤ", &[K::BankAccount], 0),
    ("አካውንቴ", &[K::BankAccount], 0),
    ("ስልኬ", &[K::Phone], 0),
    ("ስልኳ", &[K::Phone], 0),
    ("ስልኩ", &[K::Phone], 0),
    ("የተወለድኩበት ቀን", &[K::DateOfBirth], 0),
    ("የተወለደችው", &[K::DateOfBirth], 0),
    ("የተወለደው", &[K::DateOfBirth], 0),
    ("የትውልድ ቀኔ", &[K::DateOfBirth], 0),
    ("የሚስጥር ቁጥሬ", &[K::CardPin], 0),
    ("የሚስጥር ቁጥር", &[K::CardPin], 0),
    ("ኦቲፒ", &[K::Otp], 0),
    ("ሲቪቪ", &[K::CardSecurityCode], 0),
    ("ፓስወርድ", &[K::Password], 0),
    ("ፓስወርዴ", &[K::Password], 0),
    ("ፓስዎርድ", &[K::Password], 0),
    ("slk", &[K::Phone], 0),
    ("slke", &[K::Phone], 0),
    ("slkua", &[K::Phone], 0),
    ("kutre", &[], T_GEN),
    ("yetwld ken", &[K::DateOfBirth], 0),
    ("yeteweldku", &[K::DateOfBirth], 0),
    ("yeteweldkut", &[K::DateOfBirth], 0),
    ("yeteweldechiw", &[K::DateOfBirth], 0),
    // Luganda, Kinyarwanda and Bemba: born ("nnazaalibwa", "navutse",
    // "nafyelwe"), birth date, phone, number, account, password.
    ("nnazaalibwa", &[K::DateOfBirth], 0),
    ("nazaalibwa", &[K::DateOfBirth], 0),
    ("yazaalibwa", &[K::DateOfBirth], 0),
    ("navutse", &[K::DateOfBirth], 0),
    ("yavutse", &[K::DateOfBirth], 0),
    ("itariki y'amavuko", &[K::DateOfBirth], 0),
    ("nafyelwe", &[K::DateOfBirth], 0),
    ("bafyelwe", &[K::DateOfBirth], 0),
    ("ubushiku bwa kufyalwa", &[K::DateOfBirth], 0),
    ("essimu", &[K::Phone], 0),
    ("telefoni", &[K::Phone], 0),
    ("foni", &[K::Phone], 0),
    ("nambala yandi", &[K::Phone], 0),
    ("nambala yakwe", &[K::Phone], 0),
    ("ennamba", &[], T_GEN),
    ("nimero", &[], T_GEN),
    ("akawunti", &[K::BankAccount], 0),
    ("konti", &[K::BankAccount], 0),
    ("ijambo ry'ibanga", &[K::Password], 0),
    ("nywila", &[K::Password], 0),
    // Swahili "secret word" (as "neno la siri" below) and Zulu
    // "password" ("Nimebadilisha neno siri kuwa …", "ngishintshe
    // iphasiwedi yaba …").
    ("neno siri", &[K::Password], 0),
    ("iphasiwedi", &[K::Password], 0),
    // Bulgarian, Croatian, Serbian, Czech and Hungarian words for a phone
    // or its number, being born, a birth date, a password and a code.
    ("číslo", &[], T_GEN),
    ("číslo je", &[K::Phone], 0),
    ("mám číslo", &[K::Phone], 0),
    ("zavolání na", &[K::Phone], 0),
    ("novi je", &[K::Phone], 0),
    ("broj", &[], T_GEN),
    ("номерът", &[], T_GEN),
    ("számom", &[K::Phone], 0),
    ("telefonja", &[K::Phone], 0),
    ("родена", &[K::DateOfBirth], 0),
    ("роден", &[K::DateOfBirth], 0),
    ("дата на раждане", &[K::DateOfBirth], 0),
    ("датата ми на раждане", &[K::DateOfBirth], 0),
    ("narozená", &[K::DateOfBirth], 0),
    ("születési ideje", &[K::DateOfBirth], 0),
    ("születésnap", &[K::DateOfBirth], 0),
    ("паролата", &[K::Password], 0),
    ("шифра", &[K::Password], 0),
    ("jelszavamat", &[K::Password], 0),
    ("ЦВВ", &[K::CardSecurityCode], 0),
    ("kódot", &[K::Otp], T_CODE),
    ("pin kódot", &[K::CardPin], 0),
    ("a kód", &[K::Otp], T_CODE),
    ("የተወለድኩት", &[K::DateOfBirth], 0),
    ("የማረጋገጫ ኮድ", &[K::Otp], 0),
    ("የማረጋገጫ ኮድዎ", &[K::Otp], 0),
    ("ኮድ", &[K::Otp], 0),
    ("የይለፍ ቃሌ", &[K::Password], 0),
    ("የይለፍ ቃል", &[K::Password], 0),
    ("ፒን", &[K::CardPin], 0),
    ("ፒኔን", &[K::CardPin], 0),
    ("ጊዜው የሚያበቃው", &[K::CardExpiry], 0),
    ("ብር", &[], T_CUR),
    ("etb", &[], T_CUR),
    ("lambar asusun", &[K::BankAccount], 0),
    ("asusun bankina", &[K::BankAccount], 0),
    // ("zuwa asusun 4080940164": to the account.)
    ("asusun", &[K::BankAccount], 0),
    // Darija "his / her number" ("Numero dyalo 0766-279240").
    ("numero dyalo", &[K::Phone], 0),
    ("numero dyalha", &[K::Phone], 0),
    ("nmra dyalo", &[K::Phone], 0),
    ("asusu", &[K::BankAccount], 0),
    ("lambar waya", &[K::Phone], 0),
    ("lambar tabbatarwa", &[K::Otp], 0),
    ("ranar haihuwa", &[K::DateOfBirth], 0),
    ("ranar haihuwata", &[K::DateOfBirth], 0),
    ("kalmar sirri", &[K::Password], 0),
    ("kalmar sirrin", &[K::Password], 0),
    ("lambar sirri", &[K::CardPin], 0),
    ("ƙarewa", &[K::CardExpiry], 0),
    ("koodu ijẹrisi", &[K::Otp], 0),
    ("koodu", &[K::Otp], 0),
    ("ọjọ ibi", &[K::DateOfBirth], 0),
    ("ọrọ aṣina", &[K::Password], 0),
    ("nọmba foonu", &[K::Phone], 0),
    ("foonu", &[K::Phone], 0),
    ("nọmba akanti", &[K::BankAccount], 0),
    ("o pari", &[K::CardExpiry], 0),
    ("tarehe ya kuisha", &[K::CardExpiry], 0),
    ("neno la siri", &[K::Password], 0),
    ("pin yangu", &[K::CardPin], 0),
    ("nimekutumia", &[K::Phone], 0),
    // ---- Lao, Khmer, Myanmar (no spaces: matched anywhere)
    ("ເລກບັນຊີ", &[K::BankAccount], 0),
    ("ບັນຊີ", &[K::BankAccount], 0),
    ("ເບີໂທ", &[K::Phone], 0),
    ("ເບີ", &[K::Phone], 0),
    ("ເກີດ", &[K::DateOfBirth], 0),
    ("ໝົດອາຍຸ", &[K::CardExpiry], 0),
    ("ລະຫັດ otp", &[K::Otp], 0),
    ("ລະຫັດຜ່ານ", &[K::Password], 0),
    ("ກີບ", &[], T_CUR),
    ("₭", &[], T_CUR),
    ("លេខគណនី", &[K::BankAccount], 0),
    ("គណនី", &[K::BankAccount], 0),
    ("លេខទូរស័ព្ទ", &[K::Phone], 0),
    ("ទូរស័ព្ទ", &[K::Phone], 0),
    ("កំណើត", &[K::DateOfBirth], 0),
    ("ផុតកំណត់", &[K::CardExpiry], 0),
    ("លេខកូដ", &[K::Otp], 0),
    ("ស្វីហ្វកូដ", &[K::SwiftBic], 0),
    ("លេខសម្ងាត់", &[K::CardPin, K::Password], 0),
    ("ពាក្យសម្ងាត់", &[K::Password], 0),
    ("៛", &[], T_CUR),
    ("ဖုန်း", &[K::Phone], 0),
    ("ဖုန်းနံပါတ်", &[K::Phone], 0),
    ("မွေးသက္ကရာဇ်", &[K::DateOfBirth], 0),
    ("မွေးနေ့", &[K::DateOfBirth], 0),
    ("အကောင့်", &[K::BankAccount], 0),
    ("စကားဝှက်", &[K::Password], 0),
    // ---- Thai and Vietnamese, more
    ("พร้อมเพย์", &[K::Phone], 0),
    ("รหัส atm", &[K::CardPin], 0),
    ("รหัสเอทีเอ็ม", &[K::CardPin], 0),
    ("พิน", &[K::CardPin], 0),
    ("รหัสผ่าน", &[K::Password], 0),
    ("ด้วยรหัส", &[K::Otp], 0),
    ("รหัส otp", &[K::Otp], 0),
    ("รหัสยืนยัน", &[K::Otp], 0),
    ("รหัสอ้างอิง", &[], T_NEG),
    ("het han", &[K::CardExpiry], 0),
    ("so tk", &[K::BankAccount], 0),
    ("tk nhận", &[K::BankAccount], 0),
    ("tk nhan", &[K::BankAccount], 0),
    ("tai khoan", &[K::BankAccount], 0),
    ("sinh ngày", &[K::DateOfBirth], 0),
    ("sinh ngay", &[K::DateOfBirth], 0),
    // ("sinh 08-11-1984": "born" alone before the date.)
    ("sinh", &[K::DateOfBirth], 0),
    ("so dt", &[K::Phone], 0),
    ("mk đăng nhập", &[K::Password], 0),
    ("mk dang nhap", &[K::Password], 0),
    // (Dutch, Estonian, Latvian, Lithuanian and Russian chat, more.)
    ("bereiken op", &[K::Phone], 0),
    ("mij bereiken", &[K::Phone], 0),
    ("nieuw nr", &[K::Phone], 0),
    ("nieuw nummer", &[K::Phone], 0),
    ("nieuwe nummer", &[K::Phone], 0),
    // The EU wallet Wero pays to a mobile number.
    ("wero number", &[K::Phone], 0),
    ("wero-nummer", &[K::Phone], 0),
    ("wero nummer", &[K::Phone], 0),
    // Turkish "your new number".
    ("yeni numaranız", &[K::Phone], 0),
    ("gsm-nummer", &[K::Phone], 0),
    ("helista", &[K::Phone], 0),
    ("helistage", &[K::Phone], 0),
    ("sünniaeg", &[K::DateOfBirth], 0),
    ("kood", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("sms-kood", &[K::Otp], 0),
    ("aegub", &[K::CardExpiry], 0),
    ("pin1", &[K::CardPin], 0),
    ("pin2", &[K::CardPin], 0),
    ("kods", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("sms kods", &[K::Otp], 0),
    ("zvaniet", &[K::Phone], 0),
    ("zvani", &[K::Phone], 0),
    ("tālr.", &[K::Phone], 0),
    ("derīguma termiņš", &[K::CardExpiry], 0),
    ("parole ir", &[K::Password], 0),
    ("pin kodu", &[K::CardPin], 0),
    ("kodas", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("sms kodas", &[K::Otp], 0),
    ("skambinkite", &[K::Phone], 0),
    ("sąskaita faktūra", &[], T_NEG),
    ("тел", &[K::Phone], 0),
    ("тел.", &[K::Phone], 0),
    ("номер жены", &[K::Phone], 0),
    ("номер мужа", &[K::Phone], 0),
    ("срок", &[K::CardExpiry], 0),
    ("счёт-фактур", &[], T_NEG),
    ("счет-фактур", &[], T_NEG),
    ("wife's number", &[K::Phone], 0),
    ("husband's number", &[K::Phone], 0),
    ("wifes number", &[K::Phone], 0),
    // (A PIN word the code word is part of: "PIN-koodin", "PIN-koden".)
    ("pin-koodin", &[K::CardPin], 0),
    ("pin-koden", &[K::CardPin], 0),
    // A parcel locker's or pick-up point's code, a receipt's approval
    // code: no one's secret. (Not a cardless withdrawal's "código de
    // retiro", "code de retrait": that one is.)
    ("collection code", &[], T_NEG),
    ("collection point code", &[], T_NEG),
    ("locker code", &[], T_NEG),
    ("código de recogida", &[], T_NEG),
    ("kod odbioru", &[], T_NEG),
    ("كود الاستلام", &[], T_NEG),
    ("godk.kode", &[], T_NEG),
    ("virtual acc", &[], T_NEG),
    ("wohnkredit", &[], T_NEG),
    ("درخواست نمبر", &[], T_NEG),
    ("₫", &[], T_CUR),
    // (German banking's code words; Hebrew, Persian, Urdu, Tamil and
    // Sinhala, more.)
    ("mobiletan", &[K::Otp], 0),
    ("chiptan", &[K::Otp], 0),
    ("m-tan", &[K::Otp], 0),
    ("aktivierungscode", &[K::Otp], 0),
    ("sicherheitscode", &[K::Otp, K::CardSecurityCode], 0),
    ("freigabecode", &[K::Otp], 0),
    ("einmal-passwort", &[K::Otp], 0),
    ("einmalpasswort", &[K::Otp], 0),
    ("gültigkeit", &[K::CardExpiry], 0),
    ("gebore", &[K::DateOfBirth], 0),
    ("rückruf", &[K::Phone], 0),
    ("an die nummer", &[K::Phone], 0),
    ("הקוד שקיבלתי", &[K::Otp], 0),
    ("עם קוד", &[K::Otp], 0),
    ("קוד הסודי", &[K::CardPin], 0),
    ("סוויפט", &[K::SwiftBic], 0),
    ("חשבון בבנק", &[K::BankAccount], 0),
    ("سوئیفت", &[K::SwiftBic], 0),
    ("کد یکبار مصرف", &[K::Otp], 0),
    ("raast id", &[K::Phone], 0),
    ("راست آئی ڈی", &[K::Phone], 0),
    ("காலாவதி", &[K::CardExpiry], 0),
    ("கணக்கு", &[K::BankAccount], 0),
    ("කල් ඉකුත් වන දිනය", &[K::CardExpiry], 0),
    // Wallets a mobile number names ("truemoney wallet 091-636-5461",
    // "Wave 788546877", "MobilePay til min søster 40 63 01 06").
    ("truemoney", &[K::Phone], 0),
    ("wave money", &[K::Phone], 0),
    ("wave", &[K::Phone], 0),
    ("kbzpay", &[K::Phone], 0),
    ("zalopay", &[K::Phone], 0),
    ("telebirr", &[K::Phone], 0),
    ("mobilepay", &[K::Phone], 0),
    ("vipps", &[K::Phone], 0),
    ("swish", &[K::Phone], 0),
    ("tng", &[K::Phone], 0),
    // Thailand's PromptPay, reached by a mobile number. (Not Touch 'n Go:
    // its cards have numbers too.)
    ("promptpay", &[K::Phone], 0),
    ("le bon numéro", &[K::Phone], 0),
    ("numéro de mon mari", &[K::Phone], 0),
    ("numéro de ma femme", &[K::Phone], 0),
    ("natawo", &[K::DateOfBirth], 0),
    ("natawo ko", &[K::DateOfBirth], 0),
    ("birthday ko", &[K::DateOfBirth], 0),
    ("รหัสผ่านแอป", &[K::CardPin, K::Password], 0),
    // ---- Romanian
    ("născută", &[K::DateOfBirth], 0),
    ("născut", &[K::DateOfBirth], 0),
    // (Typed without the breve, which the accent folding leaves alone.)
    ("nascut", &[K::DateOfBirth], 0),
    ("nascuta", &[K::DateOfBirth], 0),
    // ---- Dutch
    ("mijn nummer", &[K::Phone], 0),
    // (Typed short: "mn nummer 0658…", "mn nr 06-…".)
    ("mn nummer", &[K::Phone], 0),
    ("mn nr", &[K::Phone], 0),
    ("telefoonnummer", &[K::Phone], 0),
    ("mobiel", &[K::Phone], 0),
    ("mobiele nummer", &[K::Phone], 0),
    // (A Dutch mobile by its prefix: "06 nummer is 06-59097432".)
    ("06 nummer", &[K::Phone], 0),
    ("06-nummer", &[K::Phone], 0),
    ("geboortedatum", &[K::DateOfBirth], 0),
    ("geboren", &[K::DateOfBirth], 0),
    ("rekeningnummer", &[K::BankAccount], 0),
    ("verificatiecode", &[K::Otp], 0),
    ("bestelnummer", &[], T_NEG),
    ("ordernummer", &[], T_NEG),
    // An application's number (Hindi आवेदन संख्या)
    ("application number", &[], T_NEG),
    ("application no", &[], T_NEG),
    // A security's id is no bank account.
    ("isin", &[], T_NEG),
    // ("paybill … acc 61350878 (admission no)", Australia's business
    // number "ABN: 88 967 …".)
    ("admission no", &[], T_NEG),
    ("admission number", &[], T_NEG),
    ("abn", &[], T_NEG),
    ("abn amro", &[K::BankAccount], T_BANK),
    ("आवेदन संख्या", &[], T_NEG),
    ("आवेदन नंबर", &[], T_NEG),
    // ---- more payment and code words
    ("clave", &[K::Otp, K::CardPin], 0),
    ("biller code", &[], T_NEG),
    ("réf", &[], T_NEG),
    ("réf.", &[], T_NEG),
    ("ref opération", &[], T_NEG),
    ("réf opération", &[], T_NEG),
    // ---- Maghreb and Levant, Iberia, Romania, East Africa
    // Algeria's postal account ("relevé d'identité postale").
    ("rip", &[K::BankAccount], 0),
    // Darija: "the RIB", "born", "password", "cryptogram", "it expires".
    ("الريب", &[K::BankAccount], 0),
    ("مزيود", &[K::DateOfBirth], 0),
    ("مزيودة", &[K::DateOfBirth], 0),
    ("mzyoud", &[K::DateOfBirth], 0),
    ("mzyouda", &[K::DateOfBirth], 0),
    // Darija "born" in script ("أنا مزداد ف 05/01/1971"), and Arabizi "my
    // birth" ("w mawlidi 10/02/2001").
    ("مزداد", &[K::DateOfBirth], 0),
    ("مزدادة", &[K::DateOfBirth], 0),
    ("mawlidi", &[K::DateOfBirth], 0),
    // Egyptian and Levantine Arabizi "I was born" ("ana etwaladt
    // 08-02-1980").
    ("etwaladt", &[K::DateOfBirth], 0),
    ("itwaladt", &[K::DateOfBirth], 0),
    ("atwaladt", &[K::DateOfBirth], 0),
    ("الموديباس", &[K::Password], 0),
    ("الكريبتوگرام", &[K::CardSecurityCode], 0),
    ("الكريبتوغرام", &[K::CardSecurityCode], 0),
    ("كتسالي", &[K::CardExpiry], 0),
    ("katsali", &[K::CardExpiry], 0),
    // ... but "ending with": the card's last digits.
    ("كتسالي ب", &[], T_NEG | T_LAST),
    ("katsali b", &[], T_NEG | T_LAST),
    // Lebanese Arabizi: "account number".
    ("7sebe", &[K::BankAccount], 0),
    ("7sebi", &[K::BankAccount], 0),
    ("rappeler au", &[K::Phone], 0),
    ("rappellera au", &[K::Phone], 0),
    ("rappellerons au", &[K::Phone], 0),
    // A transfer to or from a wallet's number ("transfert … vers le
    // 0114129124", "payé … depuis le 0582019127").
    ("vers le", &[K::Phone], 0),
    ("depuis le", &[K::Phone], 0),
    ("rappeler sur", &[K::Phone], 0),
    ("ablauf", &[K::CardExpiry], 0),
    // Spanish "cad." (caducidad) in a card's details.
    ("cad", &[K::CardExpiry], 0),
    ("data de naixement", &[K::DateOfBirth], 0),
    ("data nașterii", &[K::DateOfBirth], 0),
    ("data nasterii", &[K::DateOfBirth], 0),
    ("codul", &[K::Otp], T_CODE),
    // A SIM named as the number ("my new sim is 9013…", "sim no.").
    ("new sim", &[K::Phone], 0),
    ("my sim", &[K::Phone], 0),
    ("sim number", &[K::Phone], 0),
    ("sim no", &[K::Phone], 0),
    ("msimbo", &[K::Otp], 0),
    // India's e-filing "electronic verification code".
    ("evc", &[K::Otp], 0),
    // Tunisia's D17 wallet; Jordan's "operation code … to confirm".
    ("code d17", &[K::Otp], 0),
    ("رمز العملية", &[K::Otp], 0),
    // "un sms con 870813": the code the message brought.
    ("sms con", &[K::Otp], 0),
    ("sms com", &[K::Otp], 0),
    ("codice operazione", &[], T_NEG),
    // Haitian Creole "code", "account"; US "soc sec", "DDA".
    ("kòd", &[K::Otp, K::CardSecurityCode], T_CODE),
    ("kont", &[K::BankAccount], 0),
    ("soc sec", &[K::UsSsn], 0),
    // Pinyin "account" as Singapore and Malaysia write it (户口, 账号).
    ("hu kou", &[K::BankAccount], 0),
    ("zhang hao", &[K::BankAccount], 0),
    ("zhanghao", &[K::BankAccount], 0),
    // A Canadian void cheque's line: transit, institution, account.
    ("void cheque", &[K::BankAccount], 0),
    ("void check", &[K::BankAccount], 0),
    ("spécimen de chèque", &[K::BankAccount], 0),
    ("specimen de cheque", &[K::BankAccount], 0),
    ("chèque spécimen", &[K::BankAccount], 0),
    ("mon cellulaire", &[K::Phone], 0),
    ("cellulaire", &[K::Phone], 0),
    ("dda", &[K::BankAccount], 0),
    // The transit and on-us symbols of a cheque's MICR line.
    ("⑆", &[K::UsRoutingNumber, K::BankAccount], 0),
    ("⑈", &[K::BankAccount], 0),
    // Wallets and apps paid to a mobile; ways to name one's number.
    // (Not "dana" alone: it is also Indonesian for funds.)
    ("dana aku", &[K::Phone], 0),
    ("dana gw", &[K::Phone], 0),
    ("dana saya", &[K::Phone], 0),
    ("ke dana", &[K::Phone], 0),
    ("pin dana", &[K::CardPin], 0),
    ("lydia", &[K::Phone], 0),
    ("mój nr", &[K::Phone], 0),
    ("mój numer", &[K::Phone], 0),
    ("mój nowy numer", &[K::Phone], 0),
    ("kontakt na", &[K::Phone], 0),
    ("appelé du", &[K::Phone], 0),
    ("back code", &[K::CardSecurityCode], 0),
    // Ghana's wallets; "the number is …"; Swahili "it ends" (expires).
    ("airteltigo", &[K::Phone], 0),
    ("airteltigo money", &[K::Phone], 0),
    ("telecel cash", &[K::Phone], 0),
    ("the number is", &[K::Phone], 0),
    ("inaisha", &[K::CardExpiry], 0),
    // A payment's reference in Serbia and Croatia ("poziv na broj").
    ("poziv na broj", &[], T_NEG),
    ("pozivom na broj", &[], T_NEG),
    // An Indonesian virtual account: a bill's number, no one's account.
    ("rekening va", &[], T_NEG),
    // Peru's card PIN ("la clave de 4 dígitos"); an app's is of six ("la
    // clave de 6 dígitos de Yape es 083002", "senha de 6 dígitos do app"),
    // a PIN set once, not a code sent.
    ("clave de 4 dígitos", &[K::CardPin], 0),
    ("clave de 6 dígitos", &[K::CardPin], 0),
    ("clave de 4 números", &[K::CardPin], 0),
    ("clave de 6 números", &[K::CardPin], 0),
    ("senha de 4 dígitos", &[K::CardPin], 0),
    ("senha de 6 dígitos", &[K::CardPin], 0),
    ("senha de 4 números", &[K::CardPin], 0),
    ("senha de 6 números", &[K::CardPin], 0),
    // "Sort code" in Hindi, Arabic and Welsh; Welsh "my account number",
    // Irish "my phone number".
    ("सॉर्ट कोड", &[K::UkSortCode], 0),
    ("الرمز الفرزي", &[K::UkSortCode], 0),
    ("سورت كود", &[K::UkSortCode], 0),
    ("rhif fy nghyfrif", &[K::BankAccount], 0),
    ("m'uimhir fóin", &[K::Phone], 0),
    ("uimhir fóin", &[K::Phone], 0),
    // Javanese: "born", "my password", "my GoPay".
    ("lair", &[K::DateOfBirth], 0),
    ("tanggal lairku", &[K::DateOfBirth], 0),
    ("passwordku", &[K::Password], 0),
    ("gopayku", &[K::Phone], 0),
    // Tamil and Bengali: "mother's number", "my number", "wife's number".
    ("அம்மா நம்பர்", &[K::Phone], 0),
    ("என் நம்பர்", &[K::Phone], 0),
    ("আমার নম্বর", &[K::Phone], 0),
    ("স্ত্রীর নম্বর", &[K::Phone], 0),
    // An agent calling the customer back ("Le llamamos al 922…").
    ("llamamos al", &[K::Phone], 0),
    ("llamando al", &[K::Phone], 0),
    ("comunicamos al", &[K::Phone], 0),
    ("me yapean al", &[K::Phone], 0),
    // Colombia's Bre-B key, most often the mobile.
    ("mi llave", &[K::Phone], 0),
    // Colombia's Bre-B transfer key: a mobile, most of the time.
    ("llave bre-b", &[K::Phone], 0),
    ("llave breb", &[K::Phone], 0),
    ("त्रुटि कोड", &[], T_NEG),
    // A Brazilian police report ("B.O. nº 8011333942").
    ("b.o.", &[], T_NEG),
    ("客服热线", &[], T_NEG),
    // ---- testing: published test card numbers near these are no one's
    ("test card", &[], T_TEST),
    ("test cards", &[], T_TEST),
    ("test mode", &[], T_TEST),
    ("test number", &[], T_TEST),
    ("testing", &[], T_TEST),
    ("sandbox", &[], T_TEST),
    ("staging", &[], T_TEST),
    ("tarjeta de prueba", &[], T_TEST),
    ("cartão de teste", &[], T_TEST),
    ("cartao de teste", &[], T_TEST),
    // ---- utilities: their account and customer numbers are no bank's
    ("electricity", &[], T_UTIL),
    // A biller's name ("Payment to Capital Grid Electric acct # …").
    ("electric", &[], T_UTIL),
    ("utility", &[], T_UTIL),
    ("utilities", &[], T_UTIL),
    // South African rates: "municipal account 104779615345".
    ("municipal", &[], T_UTIL),
    ("electric bill", &[], T_UTIL),
    ("electricity bill", &[], T_UTIL),
    ("power bill", &[], T_UTIL),
    ("light bill", &[], T_UTIL),
    ("water bill", &[], T_UTIL),
    ("gas bill", &[], T_UTIL),
    ("wifi", &[], T_UTIL),
    ("wi-fi", &[], T_UTIL),
    ("broadband", &[], T_UTIL),
    ("internet bill", &[], T_UTIL),
    ("dth", &[], T_UTIL),
    ("biller", &[], T_UTIL),
    ("consumer no", &[], T_UTIL),
    ("consumer number", &[], T_UTIL),
    ("ca no", &[], T_UTIL),
    ("ca number", &[], T_UTIL),
    ("dewa", &[], T_UTIL),
    ("fewa", &[], T_UTIL),
    ("addc", &[], T_UTIL),
    ("kahramaa", &[], T_UTIL),
    ("meralco", &[], T_UTIL),
    // Tagalog "electricity", "water" ("nagbayad po ako ng kuryente,
    // account number …").
    ("kuryente", &[], T_UTIL),
    ("tubig", &[], T_UTIL),
    ("veco", &[], T_UTIL),
    ("maynilad", &[], T_UTIL),
    ("kplc", &[], T_UTIL),
    ("kenya power", &[], T_UTIL),
    ("ekedc", &[], T_UTIL),
    ("ikedc", &[], T_UTIL),
    ("bescom", &[], T_UTIL),
    ("tneb", &[], T_UTIL),
    ("msedcl", &[], T_UTIL),
    ("bses", &[], T_UTIL),
    ("bijli", &[], T_UTIL),
    ("बिजली", &[], T_UTIL),
    ("उपभोक्ता", &[], T_UTIL),
    ("pln", &[], T_UTIL),
    ("pdam", &[], T_UTIL),
    ("listrik", &[], T_UTIL),
    ("nomor pelanggan", &[], T_UTIL),
    ("no pelanggan", &[], T_UTIL),
    ("conta de luz", &[], T_UTIL),
    ("conta de água", &[], T_UTIL),
    ("conta de agua", &[], T_UTIL),
    ("código de instalação", &[], T_UTIL),
    ("codigo de instalacao", &[], T_UTIL),
    ("recibo de luz", &[], T_UTIL),
    ("recibo de la luz", &[], T_UTIL),
    ("cfe", &[], T_UTIL),
    ("edenor", &[], T_UTIL),
    ("edesur", &[], T_UTIL),
    ("كهرباء", &[], T_UTIL),
    ("الكهرباء", &[], T_UTIL),
    ("كهربا", &[], T_UTIL),
    ("الكهربا", &[], T_UTIL),
    ("الكهربائي", &[], T_UTIL),
    ("كهرماء", &[], T_UTIL),
    ("لكهرماء", &[], T_UTIL),
    ("ديوا", &[], T_UTIL),
    // Gulf telecoms: a bill's account ("Payment of AED 2,150.00 to
    // ETISALAT account 85768837264").
    ("etisalat", &[], T_UTIL),
    // South Africa's TV licence account ("TV licence (acc 911419023)").
    ("tv licence", &[], T_UTIL),
    ("tv license", &[], T_UTIL),
    ("ooredoo", &[], T_UTIL),
    ("bills payment", &[], T_UTIL),
    ("bill payment", &[], T_UTIL),
    ("pldt", &[], T_UTIL),
    ("tnb", &[], T_UTIL),
    ("jompay", &[], T_UTIL),
    ("comcast", &[], T_UTIL),
    // Cable, broadband, water and toll accounts ("Zuku account 2904214",
    // "Izzi cuenta 13414687436251", "acueducto cuenta 31106863", "Toll
    // RFID Autosweep acct …"); not mobile operators, whose numbers are
    // phones.
    ("zuku", &[], T_UTIL),
    ("izzi", &[], T_UTIL),
    ("totalplay", &[], T_UTIL),
    ("megacable", &[], T_UTIL),
    ("acueducto", &[], T_UTIL),
    ("codensa", &[], T_UTIL),
    ("vanti", &[], T_UTIL),
    ("autosweep", &[], T_UTIL),
    ("easytrip", &[], T_UTIL),
    ("indihome", &[], T_UTIL),
    ("biznet", &[], T_UTIL),
    ("startimes", &[], T_UTIL),
    ("cignal", &[], T_UTIL),
    ("sky cable", &[], T_UTIL),
    ("dstv", &[], T_UTIL),
    ("gotv", &[], T_UTIL),
    // A pay-TV decoder's smartcard number.
    ("smartcard", &[], T_UTIL),
    // Ghana's and Jamaica's power and water companies; South African
    // store accounts.
    ("ecg", &[], T_UTIL),
    ("nwc", &[], T_UTIL),
    ("jps", &[], T_UTIL),
    ("nairobi water", &[], T_UTIL),
    ("mr price", &[], T_UTIL),
    ("edgars", &[], T_UTIL),
    ("truworths", &[], T_UTIL),
    ("xfinity", &[], T_UTIL),
    ("verizon", &[], T_UTIL),
    // More utilities whose bills name an account ("bill pay to Con Edison
    // acct 8461739430").
    ("con edison", &[], T_UTIL),
    ("coned", &[], T_UTIL),
    ("british gas", &[], T_UTIL),
    ("thames water", &[], T_UTIL),
    ("octopus energy", &[], T_UTIL),
    ("pg&e", &[], T_UTIL),
    ("duke energy", &[], T_UTIL),
    ("eskom", &[], T_UTIL),
    ("origin energy", &[], T_UTIL),
    ("council tax", &[], T_UTIL),
    ("hydro", &[], T_UTIL),
    ("hydro bill", &[], T_UTIL),
    ("phone bill", &[], T_UTIL),
    ("cable bill", &[], T_UTIL),
    ("enel", &[], T_UTIL),
    ("cemig", &[], T_UTIL),
    ("sabesp", &[], T_UTIL),
    ("copel", &[], T_UTIL),
    ("unidade consumidora", &[], T_UTIL),
    ("número da instalação", &[], T_UTIL),
    ("numero da instalacao", &[], T_UTIL),
    ("sedapal", &[], T_UTIL),
    ("suministro", &[], T_UTIL),
    ("código de suministro", &[], T_UTIL | T_NEG),
    ("codigo de suministro", &[], T_UTIL | T_NEG),
    ("المياه", &[], T_UTIL),
    ("salik", &[], T_UTIL),
    // Telecom bills in Sri Lanka and Pakistan ("Dialog bill … account
    // 925660122", "PTCL bill ka account ID …").
    ("dialog bill", &[], T_UTIL),
    ("ptcl", &[], T_UTIL),
    ("astro", &[], T_UTIL),
    ("sp services", &[], T_UTIL),
    ("سالك", &[], T_UTIL),
    // Latin American power, gas, water and home-internet bills ("cuenta
    // UTE 1399257405", "Claro hogar número de cuenta …"); an operator's
    // mobile line stays a phone, so only its bill's account is named.
    ("ute", &[], T_UTIL),
    ("aysa", &[], T_UTIL),
    ("metrogas", &[], T_UTIL),
    ("edelnor", &[], T_UTIL),
    ("luz del sur", &[], T_UTIL),
    ("calidda", &[], T_UTIL),
    ("naturgy", &[], T_UTIL),
    ("epm", &[], T_UTIL),
    ("claro hogar", &[], T_UTIL),
    ("cuenta antel", &[], T_UTIL),
    ("factura de antel", &[], T_UTIL),
];

/// Words after which the next token is a stated password (trigger pass).
pub(crate) const PASSWORD_TRIGGERS: &[&str] = &[
    "password",
    "paswrd",
    // ("I have tried passwords Summer2023 and Summer2024".)
    "passwords",
    // Pinyin ("wo de mima shi …").
    "mima",
    // Swahili, Kinyarwanda, Amharic.
    "nywila",
    "neno siri",
    "iphasiwedi",
    // Bulgarian, Serbian, Hungarian.
    "паролата",
    "шифра",
    "jelszavamat",
    "ijambo ry'ibanga",
    "ፓስወርድ",
    "ፓስወርዴ",
    "ፓስዎርድ",
    "cyfrinair",
    "passwd",
    "pwd",
    "senha",
    "contraseña",
    "contrasena",
    "clave",
    "kata sandi",
    "sandi",
    "पासवर्ड",
    "كلمة المرور",
    "كلمة السر",
    "الباسورد",
    "باسورد",
    "الباسوورد",
    "باسوورد",
    "كلمه السر",
    "كلمه المرور",
    "كلمة سر",
    "كلمة مرور",
    "kata laluan",
    "الرقم السري",
    "رمز الدخول",
    "parola d'ordine",
    "sandinya",
    "kata sandinya",
    "passwordnya",
    "passworde",
    "bassword",
    "basswerd",
    "baswerd",
    "pwdnya",
    "parolni",
    "paroli",
    "şifrə",
    "şifrəni",
    "құпия сөз",
    "құпия сөзді",
    "qupiya soz",
    "qupiya sozdi",
    "modpas",
    "parolam",
    "parolamı",
    "şifremiz",
    "şifresini",
    "şifreyi",
    "şifrenizi",
    "minha senha",
    "senha de acesso",
    "mi clave",
    "mi contraseña",
    "la contra",
    "mi contra",
    // "le puse de contra Mango#88": set as the password.
    "de contra",
    "ma password",
    "la mia password",
    "mon mdp",
    "mon mot de passe",
    "passw",
    "mot de passe",
    "المودباس",
    "lmot de passe",
    "مودباس",
    "الموطپاس",
    "موطپاس",
    "الموطباس",
    "موطباس",
    "الموت دو باس",
    "موت دو باس",
    "الموت دوباس",
    "موت دوباس",
    "lmotpass",
    "motpass",
    "الموديباس",
    "passwordku",
    "密碼",
    "パスワード",
    "비밀번호",
    "비번",
    "heslo",
    "jelszó",
    "jelszavam",
    "пароль",
    "lozinka",
    "lozinku",
    "лозинка",
    "лозинку",
    "κωδικός πρόσβασης",
    "κωδικό πρόσβασης",
    "κωδικός μου",
    "κωδικός e-banking",
    "κωδικός του e-banking",
    "κωδικό του e-banking",
    "κωδικός web banking",
    "lmodpass",
    "modpass",
    "mdp",
    "pass",
    "passcode",
    "security answer",
    "şifre",
    "şifrem",
    "şifremi",
    "şifresi",
    "şifreniz",
    "parolası",
    "parolanız",
    "pasword",
    "passwrd",
    "mot de pass",
    "parola",
    "login with",
    "logging in with",
    "log in with",
    "logged in with",
    "senha do app",
    "pw",
    "my pw",
    "hasło",
    "haslo",
    "wachtwoord",
    "passwort",
    "einmalpasswort",
    // Latvian.
    "parole",
    "wagwoord",
    "nenosiri",
    "modpas mwen",
    "密码",
    "senha do banco",
    "پاسورڈ",
    "پاس ورڈ",
    "palavra-passe",
    "palavra passe",
    "mật khẩu",
    // Vietnamese chat shortens it ("mk ib banking của em là …").
    "mk",
    "mat khau",
    "รหัสผ่าน",
    "رمز عبور",
    "کلمه عبور",
    // Persian in English letters' name, and a login's ("رمز ورود").
    "پسورد",
    "رمز ورود",
    "পাসওয়ার্ড",
    "memorable word",
    "security word",
    "kelmet el ser",
    "kelmet el sir",
    "kelmet sir",
    "kilmet el ser",
    "lösenord",
    "lösenordet",
    "adgangskode",
    "passord",
    "salasana",
    "salasanani",
    "parool",
    "slaptažodis",
    "adgangskoden",
    "passordet",
    "salasanan",
    "salasanaksi",
    "lykilorð",
    "lykilorðið",
    "mk đăng nhập",
    "mk dang nhap",
    "neno la siri",
    "kalmar sirri",
    "kalmar sirrin",
    "የይለፍ ቃሌ",
    "ọrọ aṣina",
    "የይለፍ ቃል",
    "סיסמה",
    "סיסמא",
    "contrasenya",
    "contrasinal",
    "పాస్\u{200c}వర్డ్",
    "పాస్వర్డ్",
    "ಪಾಸ್\u{200c}ವರ್ಡ್",
    "ಪಾಸ್ವರ್ಡ್",
    "પાસવર્ડ",
    "പാസ്\u{200c}വേഡ്",
    "പാസ്വേഡ്",
    "பாஸ்வேர்ட்",
    "ਪਾਸਵਰਡ",
];

/// Folds common Latin accents to ASCII ("código" → "codigo").
fn fold_accents(k: &str) -> String {
    k.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ş' => 's',
            'ğ' => 'g',
            other => other,
        })
        .collect()
}

/// The spellings of an Arabic keyword as people type it without the
/// keyboard's finer letters: a final `ة` written `ه` ("البطاقه"), an alef
/// with hamza or madda written bare ("اخر"), and a word's final `ي` and `ى`
/// written for each other ("فى", "علي"). Each change alone and all of them
/// together; empty for a keyword with none of these letters.
fn arabic_variants(k: &str) -> Vec<String> {
    if !k.contains(['ة', 'أ', 'إ', 'آ', 'ي', 'ى']) {
        return Vec::new();
    }
    let swaps: [fn(&str) -> String; 3] = [
        |s| s.replace('ة', "ه"),
        |s| s.replace(['أ', 'إ', 'آ'], "ا"),
        |s| {
            let mut out = String::with_capacity(s.len());
            let mut it = s.chars().peekable();
            while let Some(c) = it.next() {
                let last = it
                    .peek()
                    .is_none_or(|&n| !('\u{0620}'..='\u{064A}').contains(&n));
                out.push(match c {
                    'ي' if last => 'ى',
                    'ى' if last => 'ي',
                    c => c,
                });
            }
            out
        },
    ];
    let mut v: Vec<String> = Vec::new();
    let mut all = k.to_owned();
    for swap in swaps {
        let one = swap(k);
        all = swap(&all);
        if one != k && !v.contains(&one) {
            v.push(one);
        }
    }
    if all != k && !v.contains(&all) {
        v.push(all);
    }
    v
}

/// Countries, their people and other places a phone line is named by
/// before one of [`LINE_WORDS`] ("Lebanon number 03963286", "Kuwait no.
/// 91555412", "my Saudi number 0096…", "Oman number: 9094 3766", "sg sim"):
/// each pair is a phone keyword.
const PLACES: &[&str] = &[
    "uae",
    "dubai",
    "abu dhabi",
    "sharjah",
    "saudi",
    "ksa",
    "qatar",
    "qatari",
    "kuwait",
    "kuwaiti",
    "bahrain",
    "bahraini",
    "oman",
    "omani",
    "jordan",
    "jordanian",
    "lebanon",
    "lebanese",
    "egypt",
    "egyptian",
    "iraq",
    "iraqi",
    "india",
    "indian",
    "pakistan",
    "pakistani",
    "bangladesh",
    "bangladeshi",
    "nepal",
    "nepali",
    "sri lanka",
    "sri lankan",
    "philippines",
    "philippine",
    "pinoy",
    "indonesia",
    "indonesian",
    "malaysia",
    "malaysian",
    "singapore",
    "s'pore",
    "sg",
    "hk",
    "hong kong",
    "taiwan",
    "tw",
    "china",
    "mainland",
    "nigeria",
    "nigerian",
    "naija",
    "kenya",
    "kenyan",
    "ghana",
    "ghanaian",
    "uganda",
    "ugandan",
    "tanzania",
    "uk",
    "british",
    "usa",
    "american",
    "canada",
    "canadian",
    "australia",
    "australian",
    "aussie",
    "spain",
    "spanish",
    "mexico",
    "mexican",
    "brazil",
    "brazilian",
    "turkey",
    "turkish",
    "germany",
    "german",
    "france",
    "french",
    "italy",
    "italian",
    "local",
    "foreign",
    "overseas",
    "international",
];

/// The words naming a phone line after one of [`PLACES`].
const LINE_WORDS: &[&str] = &[
    "number", "no", "no.", "num", "mobile", "cell", "phone", "sim",
];

/// The case variants of a keyword that ASCII case folding would miss, its
/// accent-free spelling and, for Arabic, its plainer spellings (see
/// [`arabic_variants`]).
pub(crate) fn case_variants(k: &str) -> Vec<String> {
    let mut v = vec![k.to_owned()];
    let folded = fold_accents(k);
    if folded != k {
        v.push(folded);
    }
    for a in arabic_variants(k) {
        if !v.contains(&a) {
            v.push(a);
        }
    }
    if !k.is_ascii() {
        let lower = k.to_lowercase();
        let upper = k.to_uppercase();
        let mut title = String::new();
        let mut chars = lower.chars();
        if let Some(c) = chars.next() {
            title.extend(c.to_uppercase());
            title.push_str(chars.as_str());
        }
        // The first word in capitals, as abbreviations are ("ПИН-код").
        let head = lower.find(['-', ' ']).map(|i| {
            let (h, t) = lower.split_at(i);
            h.to_uppercase() + t
        });
        for s in [Some(lower), Some(upper), Some(title), head]
            .into_iter()
            .flatten()
        {
            if !s.is_empty() && !v.contains(&s) {
                v.push(s);
            }
        }
    }
    v
}

/// True if the byte `prev` before a keyword of `len` bytes makes it part
/// of a longer word. Currency words may touch the digits ("rs500",
/// "500k"); a label glued to the value before it still labels what follows
/// its colon ("…9365exp:0628"), or, four letters or more, the value after
/// a space ("CPF20694665150 nasc" typed without its space: "…150nasc
/// 19-08-1993"). The keyword ends at `b[me]`.
fn glued_before(prev: u8, b: &[u8], me: usize, len: usize, cur: bool) -> bool {
    let (next, then) = (at(b, me), at(b, me + 1));
    if cur {
        prev.is_ascii_alphabetic()
    } else {
        is_alnum(prev)
            && !between_digits(prev, next, len)
            && !(prev.is_ascii_digit()
                && (matches!(next, b':' | b'=')
                    || len >= 4 && next == b' ' && then.is_ascii_digit()))
    }
}

/// True if `rest`, what follows a question (or a full stop) up to the
/// value, is a short answer: after a question, one ending in a copula ("…
/// minha data de nascimento? Acho que é …"); after either, one ending in
/// "it is" ("… the OTP? It's …", "… his TFN. It is …") or in a verb of
/// handing it over ("… asked for my OTP. I gave them …"). At most four
/// words, no digit.
fn answers(rest: &[u8], question: bool) -> bool {
    let is = |w: &[u8], list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
    let mut words = rest.split(|&c| c == b' ').filter(|w| !w.is_empty()).rev();
    let count = words.clone().count();
    let last = words.next().unwrap_or(&[]);
    let second = words.next().unwrap_or(&[]);
    let verb = if is(last, &["them", "him", "her", "it"]) {
        second
    } else {
        last
    };
    // "It's …" / "It is …" refers to the thing named before, after a
    // statement too ("… needs his TFN for the deposit. It's …").
    // ("It should be …": the right one, after a wrong one.)
    let third = words.next().unwrap_or(&[]);
    // (Hindi puts the copula after the value: "… खाता संख्या चाहिए। वह
    // 5086… है ना?", "ye …".)
    let it_is = is(last, &["it's", "its", "it’s"])
        || count == 1 && is(last, &["वह", "यह", "ये", "woh", "wo", "ye", "yeh"])
        || is(last, &["is"]) && is(second, &["it"])
        || is(last, &["be"]) && is(second, &["should"]) && is(third, &["it"]);
    // "PIN? I set it to 0239", "… changed it to 4410": the value given to
    // the thing asked about.
    let set_it = is(last, &["to", "as"])
        && is(second, &["it"])
        && is(third, &["set", "changed", "reset", "made", "put"]);
    !rest.iter().any(u8::is_ascii_digit)
        && (1..=4).contains(&count)
        && (question
            && is(
                last,
                &[
                    "é", "e", "is", "es", "era", "was", "adalah", "hai", "c'est", "c’est",
                ],
            )
            || it_is
            || set_it
            || is(
                verb,
                &["gave", "told", "sent", "shared", "typed", "entered"],
            ))
}

/// True if a common top-level domain starts at `i` and ends the name
/// ("booking.com is 2678…", "BOOKING.COM"): the word before its dot is
/// part of a host name, no keyword. Written in one case, as the word
/// before it ("card.It is …" starts a sentence).
#[cold]
#[inline(never)]
fn top_level_domain(b: &[u8], i: usize) -> bool {
    const TLDS: &[&[u8]] = &[
        b"com", b"net", b"org", b"co", b"in", b"io", b"app", b"id", b"br", b"mx", b"ar", b"es",
        b"uk", b"ae", b"sa", b"tr", b"it", b"fr", b"my", b"ph", b"ng", b"ke", b"pk", b"sg",
    ];
    let mut e = i;
    while at(b, e).is_ascii_alphabetic() {
        e += 1;
    }
    let Some(t) = b.get(i..e) else { return false };
    let upper = at(b, i.wrapping_sub(2)).is_ascii_uppercase();
    !at(b, e).is_ascii_digit()
        && t.iter().all(|c| c.is_ascii_uppercase() == upper)
        && TLDS.iter().any(|d| t.eq_ignore_ascii_case(d))
}

/// Short words that may be glued before a short keyword ("meucpf:",
/// "mycvv=", "nomorrek:").
const GLUE_WORDS: &[&str] = &[
    "my", "mi", "meu", "minha", "seu", "sua", "tu", "your", "ur", "the", "el", "no", "nomor",
    "kode",
];

/// The width of the `gap` between a keyword and the value after it: its bytes, except that
/// each character whose UTF-8 form opens with a byte from `0xD0` up (Cyrillic, Arabic,
/// Devanagari, Bengali, CJK, emoji …) counts once, as an ASCII letter does ("حساب التوفير رقم
/// …" is as near as "savings account number …"). Accented Latin letters keep their two bytes:
/// the distances the readings ask for were set with them.
fn gap_width(gap: &[u8]) -> usize {
    if gap.is_ascii() {
        return gap.len();
    }
    let mut width = gap.len();
    let mut k = 0;
    while let Some(&c) = gap.get(k) {
        let len = width_step(c);
        width -= len - 1;
        k += len;
    }
    width.min(gap.len())
}

/// How many bytes from the byte `c` count as one in [`gap_width`].
fn width_step(c: u8) -> usize {
    match c {
        0xD0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Where the gap of [`gap_width`] `width` that starts at `from` ends.
fn width_end(b: &[u8], from: usize, width: usize) -> usize {
    let mut k = from;
    for _ in 0..width {
        let Some(&c) = b.get(k) else { break };
        k += width_step(c);
    }
    k.min(b.len())
}

/// Where the time of day starting at `i` ends ("22:08", "9:05"): no digit
/// before it, then [`hours_minutes`] with a colon.
fn clock_at(gap: &[u8], i: usize) -> Option<usize> {
    if i > 0 && at(gap, i - 1).is_ascii_digit() {
        return None;
    }
    hours_minutes(gap, i, b":")
}

/// Where the hours and minutes starting at `i` end: one or two digits, one
/// of `seps`, two digits and no digit after.
fn hours_minutes(b: &[u8], i: usize, seps: &[u8]) -> Option<usize> {
    let hours = b
        .get(i..)
        .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
    let end = i + hours;
    ((1..=2).contains(&hours)
        && seps.contains(&at(b, end))
        && at(b, end + 1).is_ascii_digit()
        && at(b, end + 2).is_ascii_digit()
        && !at(b, end + 3).is_ascii_digit())
    .then_some(end + 3)
}

/// Where the figure starting at `i` ends, if it is one or two digits
/// counting digits ("20 dígitos", "16-digit").
fn count_of_digits(gap: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    while at(gap, e).is_ascii_digit() {
        e += 1;
    }
    let w = if matches!(at(gap, e), b' ' | b'-') {
        e + 1
    } else {
        e
    };
    (e - i <= 2 && crate::scanner::engine::digit_word_at(gap, w)).then_some(e)
}

/// Where a number begun at `gap[i]` and broken off ends, when a correction
/// follows it ("account 1549... sorry no, six one two …", "rekening 1549...
/// eh salah, enam …"): a few digits and separators, a pause (dots or an
/// ellipsis), then a word taking it back; the number after is the one
/// meant, and the broken one names nothing of its own.
fn abandoned_at(gap: &[u8], i: usize) -> Option<usize> {
    let run = gap
        .get(i..)?
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || matches!(c, b' ' | b'-'))
        .count();
    let rest = gap.get(i + run..)?;
    let pause = if rest.starts_with(b"..") {
        rest.iter().take_while(|&&c| c == b'.').count()
    } else if rest.starts_with("…".as_bytes()) {
        "…".len()
    } else {
        return None;
    };
    let digits = gap
        .get(i..i + run)?
        .iter()
        .filter(|c| c.is_ascii_digit())
        .count();
    let after = rest.get(pause..)?;
    ((1..=8).contains(&digits) && corrects(after.get(..after.len().min(32))?))
        .then_some(i + run + pause)
}

/// True if a keyword across `gap` still speaks of the candidate: no other
/// number and no line or sentence break in between. `before` says the
/// keyword comes first; with `through_amounts` (a phone or wallet word, a
/// short gap ending in a word of paying to: "Bizum de 81 euros a …"), an
/// amount in between (see [`amount_at`]) is no other number; with
/// `through_times` (a one-time code's word before it), nor is a time of day
/// (the code came at it).
fn clean_gap(gap: &[u8], before: bool, through_amounts: bool, through_times: bool) -> bool {
    // A bracket or quote around the value is part of neither ("acct no:\n
    // (2903376265)", "CVV \"813\"").
    let gap = if before {
        strip_open(gap)
    } else {
        strip_close(gap)
    };
    if label_above(gap, before) {
        return true;
    }
    let mut prev_digit = false;
    // The end of an amount being skipped ("Bizum de 81 euros a …").
    let mut skip_to = 0;
    for (i, &c) in gap.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        match c {
            // A lone digit is a word ("le code à 6 chiffres est ..."); a
            // longer run is another number, unless it is an amount.
            b'0'..=b'9' => {
                // A count of digits is no other number ("el número de
                // cuenta de 20 dígitos, es este? 0102-…", "16-digit"); nor,
                // after a code's word, a time of day ("el código que llegó
                // a las 22:08: 457819", "OTP … kanina 14:05 ay …").
                if let Some(e) = (!prev_digit)
                    .then(|| {
                        count_of_digits(gap, i)
                            .or_else(|| through_times.then(|| clock_at(gap, i))?)
                            .or_else(|| before.then(|| abandoned_at(gap, i))?)
                    })
                    .flatten()
                {
                    skip_to = e;
                    continue;
                }
                if prev_digit {
                    // A value shown masked ("from +91 98XXXXXX85 to …",
                    // "lama 6** *** 006, baru …") is no other number.
                    let skip = masked_end(gap, i)
                        .or_else(|| through_amounts.then(|| amount_at(gap, i - 1)).flatten());
                    match skip {
                        Some(e) => {
                            skip_to = e;
                            prev_digit = false;
                            continue;
                        }
                        None => return false,
                    }
                }
                prev_digit = true;
                continue;
            }
            b'\n' => return false,
            // ". X" / "? X" / "! X" end a sentence; "? Is it …" asks on
            // about the same thing ("swift code? Is it BMRIIDJA?").
            b'.' | b'?' | b'!'
                if at(gap, i + 1) == b' '
                    && at(gap, i + 2).is_ascii_uppercase()
                    && !(c == b'?' && gap.get(i + 2..).is_some_and(|t| t.starts_with(b"Is ")))
                    && !(matches!(c, b'?' | b'.')
                        && before
                        && answers(gap.get(i + 2..).unwrap_or(&[]), c == b'?')) =>
            {
                return false;
            }
            // "।" (Devanagari danda) and "؟" (Arabic question mark).
            // (Unless what follows refers to the thing named: "… खाता
            // संख्या चाहिए। वह 5086… है ना?")
            0xE0 if at(gap, i + 1) == 0xA5 && at(gap, i + 2) == 0xA4 => {
                let rest = gap.get(i + 3..).unwrap_or(&[]);
                if !(before && answers(rest.trim_ascii_start(), false)) {
                    return false;
                }
            }
            // The full-width question and exclamation marks of Chinese and
            // Japanese ("口座に入金できますか？カードは …"), unless the value
            // answers the question at once ("口座番号？ 1234").
            0xEF if at(gap, i + 1) == 0xBC && matches!(at(gap, i + 2), 0x9F | 0x81) => {
                let rest = gap.get(i + 3..).unwrap_or(&[]);
                if !(before && rest.iter().all(|&c| matches!(c, b' ' | b':'))) {
                    return false;
                }
            }
            // A question on the keyword answered at once ("رقم الحساب؟
            // 0123…") still names the value.
            0xD8 if at(gap, i + 1) == 0x9F => {
                // (Or with "it is" after it: "الـCVV؟ هو 104".)
                let rest = gap.get(i + 2..).unwrap_or(&[]);
                let rest = rest.trim_ascii();
                let rest = rest.strip_suffix(b":").unwrap_or(rest);
                let it_is = ["هو", "هي", "هوا"].iter().any(|w| rest == w.as_bytes());
                if !(before && (it_is || rest.iter().all(|&c| matches!(c, b' ' | b':')))) {
                    return false;
                }
            }
            _ => {}
        }
        prev_digit = false;
    }
    true
}

/// True if `gap` sets a label apart from its value across one line break:
/// a label on its own line ("card number:\n4111 ..."), a question on the
/// line above answered on the next, or a label with up to three short
/// words after it on its line ("NIK saya yg bener:\n3172…").
fn label_above(gap: &[u8], before: bool) -> bool {
    // A label on its own line ("card number:\n4111 ..."): one line break
    // with nothing but spaces and label punctuation around it.
    if gap.len() <= 8
        && gap.contains(&b'\n')
        && memchr::memchr_iter(b'\n', gap).nth(1).is_none()
        && gap
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b':' | b'-' | b'='))
    {
        return true;
    }
    if before && gap.len() <= 32 && answers_next_line(gap) {
        return true;
    }
    // Or a label with up to three short words after it on its line ("NIK
    // saya yg bener:⏎3172…", "iki NIK ku lengkap⏎…"): letters, spaces
    // and a colon, one line break, then the value.
    if before && gap.len() <= 24 {
        if let Some(k) = memchr::memchr(b'\n', gap) {
            let (line, rest) = gap.split_at(k);
            // (Counted without allocating: how many, and all short and
            // letters only.)
            let (n, short) = line
                .split(|&c| c == b' ' || c == b':')
                .filter(|w| !w.is_empty())
                .fold((0, true), |(n, ok), w| {
                    (
                        n + 1,
                        ok && w.len() <= 8 && w.iter().all(u8::is_ascii_alphabetic),
                    )
                });
            if short
                && n <= 3
                && rest
                    .iter()
                    .skip(1)
                    .all(|&c| matches!(c, b' ' | b'\t' | b'\r'))
            {
                return true;
            }
        }
    }
    false
}

/// `gap` without the opening brackets and quote marks that end it.
fn strip_open(mut gap: &[u8]) -> &[u8] {
    loop {
        let rest = [&b"("[..], b"[", b"\"", b"'", "“".as_bytes(), "«".as_bytes()]
            .iter()
            .find_map(|m| gap.strip_suffix(*m));
        match rest {
            Some(r) => gap = r,
            None => return gap,
        }
    }
}

/// `gap` without the closing brackets and quote marks that start it.
fn strip_close(mut gap: &[u8]) -> &[u8] {
    loop {
        let rest = [&b")"[..], b"]", b"\"", b"'", "”".as_bytes(), "»".as_bytes()]
            .iter()
            .find_map(|m| gap.strip_prefix(*m));
        match rest {
            Some(r) => gap = r,
            None => return gap,
        }
    }
}

/// A line that ends asking for the value, answered at the start of the
/// next ("¿Cuál es su fecha de nacimiento?\n02/06/1961", "Please confirm
/// the CVV.\n> 648"): a question mark or full stop before the break, a
/// quote mark after it.
fn answers_next_line(gap: &[u8]) -> bool {
    let Some(nl) = memchr::memchr(b'\n', gap) else {
        return false;
    };
    let (pre, post) = gap.split_at(nl);
    let pre = pre.strip_suffix(b"\r").unwrap_or(pre);
    let pre = pre.strip_suffix("؟".as_bytes()).unwrap_or(pre);
    // ("My account number is\n703774488243", "apna account number
    // bhejein\n9477…": a copula or a request to send it.)
    let pre = pre.trim_ascii_end();
    let pre = [
        &b" is"[..],
        b" es",
        " é".as_bytes(),
        b" adalah",
        b" hai",
        b" bhejein",
        b" bhejiye",
        b" bhejo",
        b" please",
        b" pls",
        b" kirim",
        b" kirimkan",
        b" envie",
    ]
    .iter()
    .find_map(|w| ends_with_ci(pre, w).then(|| pre.get(..pre.len() - w.len()).unwrap_or(&[])))
    .unwrap_or(pre);
    // The answer's line may open with a bracketed speaker ("[Cliente]
    // 16-06-1997") or a dash ("— 19/08/1992").
    let mut post = post.get(1..).unwrap_or(&[]).trim_ascii_start();
    if post.first() == Some(&b'[') {
        if let Some(close) = memchr::memchr(b']', post).filter(|&c| c <= 20) {
            post = post.get(close + 1..).unwrap_or(&[]);
        }
    }
    let post = post.trim_ascii_start();
    let post = post.strip_prefix("—".as_bytes()).unwrap_or(post);
    // Or one more word after the label ("you asked for acc no
    // earlier\n3394…"), when the value opens its line.
    let word = pre.trim_ascii();
    let word = word
        .strip_suffix(b".")
        .or_else(|| word.strip_suffix(b","))
        .unwrap_or(word);
    let one_word = pre.first() == Some(&b' ')
        && (2..=10).contains(&word.len())
        && word.iter().all(u8::is_ascii_alphabetic);
    (one_word || pre.len() <= 4 && pre.iter().all(|c| matches!(c, b' ' | b'?' | b'.' | b':')))
        && post.iter().all(|c| matches!(c, b' ' | b'\t' | b'>' | b'-'))
}

/// Words between an old value shown masked and the new one replacing it
/// ("from 98XXXXXX85 to …", "lama 0812****9512, baru …").
const REPLACED_BY: &[&str] = &[
    "to",
    "into",
    "now",
    "new",
    "ke",
    "jadi",
    "menjadi",
    "baru",
    "naya",
    "nayi",
    "a",
    "al",
    "para",
    "pra",
    "pro",
    "por",
    "nuevo",
    "nueva",
    "novo",
    "nova",
    "is",
    "es",
    "é",
    "hai",
    "الجديد",
    "الجديدة",
    "الى",
    "إلى",
    "صار",
];

/// The end of a masked value around the digit at `i`: a run of digits,
/// mask characters (`X`, `x`, `*`, `•`), spaces, dashes, dots and plus
/// signs holding at least three mask characters ("98XXXXXX85", "+34 6**
/// *** 006", "••••4821"), with no letter glued to it and only words of
/// [`REPLACED_BY`] after it in the gap.
fn masked_end(gap: &[u8], i: usize) -> Option<usize> {
    // The width of a joining or mask character at `j`, and whether it masks.
    let unit = |j: usize| -> Option<(usize, bool)> {
        match at(gap, j) {
            b'0'..=b'9' | b' ' | b'-' | b'.' | b'+' => Some((1, false)),
            b'X' | b'x' | b'*' => Some((1, true)),
            0xE2 if at(gap, j + 1) == 0x80 && at(gap, j + 2) == 0xA2 => Some((3, true)),
            _ => None,
        }
    };
    let mut s = i;
    while s > 0 {
        // (A bullet's last byte is 0xA2; step back over all three.)
        let back = if at(gap, s - 1) == 0xA2 && s >= 3 {
            3
        } else {
            1
        };
        match unit(s - back) {
            Some((w, _)) if w == back => s -= back,
            _ => break,
        }
    }
    let (mut e, mut masks) = (s, 0);
    while let Some((w, m)) = unit(e) {
        masks += usize::from(m);
        e += w;
    }
    while e > i + 1 && matches!(at(gap, e - 1), b' ' | b'-' | b'.') {
        e -= 1;
    }
    while matches!(at(gap, s), b' ' | b'-' | b'.') {
        s += 1;
    }
    // Letters glued to the run make it a word ("xxx" in "taxx"), not a mask.
    let glued = at(gap, e).is_ascii_alphabetic() || (s > 0 && at(gap, s - 1).is_ascii_alphabetic());
    // Words of replacing must follow it ("… to", "…, baru", "، الجديد"):
    // a masked value that runs into the candidate, or that other words
    // follow, is what the keyword names ("الرقم 05X XXX 1660", "rek ••••
    // 0531: 658067", "aadhaar … ****1447 hai na mera otp …").
    let rest = gap.get(e..).unwrap_or(&[]);
    let mut words = rest
        .split(u8::is_ascii_whitespace)
        .map(|w| {
            let w = w.trim_ascii();
            let w = w.strip_prefix("،".as_bytes()).unwrap_or(w);
            let w = w.strip_suffix("،".as_bytes()).unwrap_or(w);
            w.strip_suffix(b",").unwrap_or(w)
        })
        .filter(|w| {
            !w.iter()
                .all(|c| matches!(c, b'-' | b'>' | b',' | b':' | b'='))
        });
    let mut n = 0;
    let replaced = words.all(|w| {
        n += 1;
        REPLACED_BY
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r.as_bytes()))
    }) && (1..=3).contains(&n);
    (masks >= 3 && e > i && !glued && replaced).then_some(e)
}

/// True if an amount between a keyword of `mask` and the value after it
/// leaves the gap clean: a phone or wallet word ("Bizum de 81 euros a
/// 7234…"), at most 32 bytes before, the gap ending in a word of paying to.
fn paid_through(mask: u64, gap: &[u8], before: bool) -> bool {
    before
        && mask & T_NEG == 0
        && (gap.len() <= 32 && mask & kbit(K::Phone) != 0 && paid_to(gap)
            // Or a one-time code's word and the sum of what it confirms,
            // then a copula ("Ihre TAN für den Auftrag über 755,63€ lautet
            // 332261", "OTP for your payment of Rs 5,000 is 482913"); a
            // generic code word too when the gap says what it confirms ("Tu
            // código Bizum para confirmar el envío de 717,68 € es 995533").
            // (64 bytes: 48 characters of Greek or Cyrillic.)
            || gap.len() <= 64
                && copula_last(gap)
                && (mask & KIND_BITS == kbit(K::Otp)
                    || mask & T_CODE != 0 && mask & kbit(K::Otp) != 0 && confirms(gap))
            // Or an account word, the amount sent and a colon ("Rossz
            // számlára utaltam 330.000 HUF-ot: 1097…").
            || gap.len() <= 40
                && mask & kbit(K::BankAccount) != 0
                && gap.trim_ascii_end().ends_with(b":"))
}

/// True if the last word of `gap` says what follows is the value ("is",
/// "lautet", "es", "adalah" …) or is a colon.
fn copula_last(gap: &[u8]) -> bool {
    let g = gap.trim_ascii_end();
    g.ends_with(b":")
        || g.rsplit(|&c| c == b' ').next().is_some_and(|w| {
            [
                "is",
                "lautet",
                "ist",
                "es",
                "é",
                "è",
                "est",
                "adalah",
                "hai",
                "era",
                "was",
                "είναι",
                "jest",
                "este",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
        })
}

/// True if `gap` holds a verb of confirming or authorizing an operation
/// ("to confirm", "para confirmar", "per autorizzare", "pour valider"), or
/// names the payment or purchase the code is for ("voor iDEAL-betaling
/// van …", "για την αγορά …", "for the purchase of …").
fn confirms(gap: &[u8]) -> bool {
    [
        "confirm",
        "autoriz",
        "authori",
        "valid",
        "bestätig",
        "approv",
        "aprob",
        "payment",
        "purchase",
        "betaling",
        "αγορά",
        "πληρωμή",
        "compra",
        "pagamento",
        "paiement",
        "achat",
        "acquisto",
        "płatnoś",
        "zakup",
        "zahlung",
    ]
    .iter()
    .any(|v| contains_ci(gap, v.as_bytes()))
}

/// True if `gap` ends with a word saying to whom money went ("… euros a
/// ", "… ke ", "… to ", "… para o ").
fn paid_to(gap: &[u8]) -> bool {
    gap.trim_ascii_end()
        .rsplit(|&c| c == b' ')
        .next()
        .is_some_and(|w| {
            [
                &b"a"[..],
                b"al",
                b"ao",
                b"o",
                b"ke",
                b"to",
                b"para",
                b"for",
                b"pe",
                b"par",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// Where the amount whose figures start at `i` in `gap` ends, when a
/// currency symbol or code comes right before them or a currency word
/// right after ("$ 1,500", "Rs.2000", "81 euros", "519 soles", "50rb"):
/// such a number names no value of its own.
pub(crate) fn amount_at(gap: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    while gap.get(e).is_some_and(|&c| {
        c.is_ascii_digit() || (matches!(c, b',' | b'.') && at(gap, e + 1).is_ascii_digit())
    }) {
        e += 1;
    }
    let head = gap.get(..i)?.trim_ascii_end();
    let sym = [
        "$", "€", "£", "₹", "rs", "rs.", "rp", "rp.", "r$", "s/", "inr", "usd", "eur", "brl",
        "mxn", "idr", "aed", "sar", "u$s", "$u", "mx$", "us$", "ca$", "c$", "a$", "au$", "nz$",
        "hk$", "s$", "ar$", "col$", "clp$",
    ]
    .iter()
    .map(|w| (w, true))
    // (Codes that are words too, in capitals only: "COP 521.000", not "a
    // cop 12".)
    .chain(
        [
            "COP", "CLP", "ARS", "UYU", "PEN", "PYG", "BOB", "GBP", "CAD", "AUD", "CHF", "TRY",
            "PHP", "MYR", "SGD", "ZAR", "NGN", "KES", "GHS", "EGP", "PKR", "BDT", "LKR", "NPR",
            "QAR", "KWD", "OMR", "BHD", "JPY", "CNY", "PLN",
        ]
        .iter()
        .map(|w| (w, false)),
    )
    .any(|(w, any_case)| {
        (if any_case {
            ends_with_ci(head, w.as_bytes())
        } else {
            head.ends_with(w.as_bytes())
        }) && !head
            .len()
            .checked_sub(w.len() + 1)
            .is_some_and(|k| at(head, k).is_ascii_alphabetic())
    });
    let tail = gap.get(e..)?;
    let tail = tail.strip_prefix(b" ").unwrap_or(tail);
    let word = tail
        .split(|&c| !c.is_ascii_alphabetic() && c < 0x80)
        .next()
        .unwrap_or(&[]);
    let unit = [
        "euros",
        "euro",
        "eur",
        "soles",
        "pesos",
        "reais",
        "rupees",
        "rupiah",
        "rs",
        "dollars",
        "usd",
        "dirhams",
        "aed",
        "sar",
        "riyal",
        "riyals",
        "taka",
        "lakh",
        "lakhs",
        "ribu",
        "rb",
        "juta",
        "jt",
        "k",
        "mil",
        "bucks",
        "huf",
        "ft",
        "pln",
        "zł",
        "zl",
        "czk",
        "kč",
        "ron",
        "lei",
        "gbp",
        "chf",
        "€",
        "£",
        "₹",
        "₺",
        "$",
        "ريال",
        "درهم",
        "جنيه",
        "دينار",
        "دولار",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
    (sym || unit).then_some(e)
}

/// Swaps of adjacent letters in a keyword that spell a real word or a
/// common name ("senha" → "Sneha", "complaint" → "compliant"): never read
/// as the keyword.
const REAL_WORD_SWAPS: &[&str] = &[
    "sneha",
    "compliant",
    "corre",
    "crate",
    "carat",
    "calve",
    "horus",
    "karat",
    "krata",
    // ("bank code na 928467": Pidgin's copula; "il codice la …".)
    "code na",
    "codice la",
];

/// True if `word` is ASCII, or one word of Latin letters with accents
/// ("código", "şifre"), so that swapping, doubling or dropping its letters
/// spells a plausible typo. (Accented phrases are left out: their typos
/// would grow the keyword trie by a quarter.)
fn latin(word: &str) -> bool {
    word.is_ascii()
        || word
            .chars()
            .all(|c| c.is_alphabetic() && u32::from(c) < 0x250)
}

/// A word and its spellings with one swap of adjacent letters (for Latin
/// words of five or more letters, accented or not: "securtiy", "códiog"),
/// except swaps that spell a real word.
pub(crate) fn typo_variants(word: &str) -> Vec<String> {
    let mut v = vec![word.to_owned()];
    if word.chars().count() < 5 || !latin(word) {
        return v;
    }
    // Each pair of adjacent letters after the first, swapped in place
    // (spliced from the word's own bytes: building the scanner spells
    // thousands of keywords).
    let mut prev: Option<(usize, char)> = None;
    for (k, (j, y)) in word.char_indices().enumerate() {
        if let Some((i, x)) = prev.filter(|_| k >= 2) {
            let end = j + y.len_utf8();
            if x != y && x.is_alphabetic() && y.is_alphabetic() {
                if let (Some(head), Some(rest)) = (word.get(..i), word.get(end..)) {
                    let mut t = String::with_capacity(word.len());
                    t.push_str(head);
                    t.push(y);
                    t.push(x);
                    t.push_str(rest);
                    if !v.contains(&t)
                        && !REAL_WORD_SWAPS.iter().any(|w| w.eq_ignore_ascii_case(&t))
                    {
                        v.push(t);
                    }
                }
            }
        }
        prev = Some((j, y));
    }
    v
}

/// The value words most often mistyped beyond a swap of letters (see
/// [`edit_variants`]).
const CORE_WORDS: &[&str] = &[
    "number",
    "numero",
    "nomor",
    "mobile",
    "phone",
    "celular",
    "whatsapp",
    "account",
    "cuenta",
    "conta",
    "rekening",
    "tarjeta",
    "cartao",
    "kartu",
    "codigo",
    "código",
    "número",
    "password",
    "senha",
    "aadhaar",
    "verification",
    "verificatiecode",
    "routing",
    "nascimento",
    "nacimiento",
    "lahir",
    // ("the expiy is 10 / 30", "expirtion 02 / 32", "socal security".)
    "expiry",
    "expiration",
    "social security",
];

/// A word with one letter typed twice, and (for words of six letters or
/// more) with one inner letter dropped: "moobile", "nuber", "cueta",
/// "códiggo", "cóigo".
fn edit_variants(word: &str) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    let c: Vec<char> = word.chars().collect();
    if c.len() < 5 || !latin(word) {
        return v;
    }
    let mut push = |t: Vec<char>| {
        let t: String = t.into_iter().collect();
        if t != word && !v.contains(&t) {
            v.push(t);
        }
    };
    for (i, &x) in c.iter().enumerate() {
        let mut t = c.clone();
        t.insert(i, x);
        push(t);
    }
    if c.len() >= 6 {
        for i in 1..c.len() - 1 {
            let mut t = c.clone();
            t.remove(i);
            push(t);
        }
    }
    v
}

/// Every spelling of a password trigger its search looks for: its case
/// and accent variants with two letters swapped, and for the commonest
/// triggers one letter typed twice or one inner letter dropped ("sennha",
/// "contaseña").
pub(crate) fn trigger_spellings(t: &str) -> Vec<String> {
    let cases = case_variants(t);
    let mut v: Vec<String> = cases.iter().flat_map(|c| typo_variants(c)).collect();
    // (Joined by underscores as a record's key: "كلمة_مرور_مؤقتة=…".)
    if t.contains(' ') {
        v.extend(cases.iter().map(|c| c.replace(' ', "_")));
    }
    if CORE_WORDS.contains(&t) || matches!(t, "contraseña" | "contrasena") {
        for c in &cases {
            for e in edit_variants(c) {
                if !v.contains(&e) {
                    v.push(e);
                }
            }
        }
    }
    v
}

/// True if a Hindi postposition of place follows the keyword ending at
/// `me` ("account se", "khate mein", "account me").
fn place_after(b: &[u8], me: usize) -> bool {
    [
        &b" se"[..],
        b" mein",
        b" me",
        b" main",
        " से".as_bytes(),
        " में".as_bytes(),
    ]
    .iter()
    .any(|w| {
        b.get(me..).is_some_and(|t| t.starts_with(w))
            && !at(b, me + w.len()).is_ascii_alphanumeric()
    })
}

/// True if the words right before the keyword starting at `ms` (after the
/// value ending at `end`) are a negation, with at most an owner word or an
/// article after it: "not (my|the)", Spanish and Portuguese "no es (mi)",
/// "não é (meu|o)", Indonesian "bukan", Egyptian "mesh", "مو", "مش", "ليس".
fn negated_before(b: &[u8], end: usize, ms: usize) -> bool {
    const NOT: [&[u8]; 14] = [
        b"not",
        b"isn't",
        b"no es",
        b"no son",
        "não é".as_bytes(),
        "nao é".as_bytes(),
        b"nao e",
        b"bukan",
        b"mesh",
        b"mish",
        b"msh",
        "مو".as_bytes(),
        "مش".as_bytes(),
        "ليس".as_bytes(),
    ];
    const OWNER: [&[u8]; 9] = [
        b"my", b"the", b"a", b"an", b"mi", b"el", b"meu", b"minha", b"o",
    ];
    let Some(head) = b.get(end..ms) else {
        return false;
    };
    let head = head.trim_ascii_end();
    // (At most the owner word between: "not my …", "mesh ra2am …".)
    let head = OWNER
        .iter()
        .find(|w| {
            head.len() > w.len()
                && ends_with_ci(head, w)
                && head.get(head.len() - w.len() - 1) == Some(&b' ')
        })
        .map_or(head, |w| {
            head.get(..head.len() - w.len())
                .unwrap_or(head)
                .trim_ascii_end()
        });
    NOT.iter().any(|w| {
        ends_with_ci(head, w)
            && head.len().checked_sub(w.len() + 1).is_none_or(|k| {
                !head
                    .get(k)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)
            })
    })
}

/// True if the keyword ending at `me` introduces a value that follows it
/// ("otp: ...", "my otp is ..."), even when that value is gone.
fn introduces_value(b: &[u8], me: usize) -> bool {
    let mut j = me;
    while at(b, j) == b' ' {
        j += 1;
    }
    if matches!(at(b, j), b':' | b'=') {
        return true;
    }
    let mut k = j;
    while at(b, k).is_ascii_alphabetic() {
        k += 1;
    }
    let word = b.get(j..k).unwrap_or(&[]);
    ["is", "es", "era", "est", "adalah", "was"]
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
        || b.get(j..)
            .is_some_and(|r| r.starts_with("é ".as_bytes()) || r.starts_with("è ".as_bytes()))
}

/// True if `head` ends with a number abbreviation ("No", "Nr", "Nro",
/// "Núm") as a word of its own.
fn number_abbrev(head: &[u8]) -> bool {
    ["n", "no", "nr", "nro", "num", "núm", "nº"]
        .iter()
        .any(|a| {
            let a = a.as_bytes();
            ends_with_ci(head, a)
                && (head.len() == a.len() || !is_alnum(at(head, head.len() - a.len() - 1)))
        })
}

/// True if the keyword `b[ms..me]` ends with a word of at most three
/// letters (an abbreviation such as "no", "nr", "ref").
fn short_tail(b: &[u8], ms: usize, me: usize) -> bool {
    let w = b.get(ms..me).unwrap_or(&[]);
    let n = w
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (1..=3).contains(&n)
}

/// Pattern flag: the keyword ends a label glued to other words.
const GLUED: usize = 1 << 31;

/// Most keywords kept around one candidate (the nearest win).
const CTX_CAP: usize = 12;

/// How many occurrences a [`Raw`] keyword list keeps inline; a list that
/// grows past it moves to the heap (texts crowded with keywords only).
const RAW_CAP: usize = 96;

/// One keyword occurrence in a [`Raw`] list: start and end relative to its
/// window, and the pattern.
type Occ = (u32, u32, u32);

/// Keyword occurrences `(start, end, pattern)` found once over a window.
///
/// The list is always complete for its window: a window crowded with more
/// than [`RAW_CAP`] occurrences spills to the heap rather than dropping
/// some, because a check that gave up on an incomplete list would let
/// keywords outside the window decide how a candidate reads.
#[derive(Clone, Debug)]
pub(crate) struct Raw {
    m: [Occ; RAW_CAP],
    n: usize,
    /// The whole list once it outgrew `m` (read only while `n > RAW_CAP`).
    spill: Vec<Occ>,
    /// Nothing found yet, or an offset did not fit 32 bits.
    overflow: bool,
    /// Where the search started (offsets are from here).
    ws: usize,
    /// The occurrences are complete for windows starting at `cov` or later
    /// (a keyword ending inside one may start before it, from `ws` on).
    cov: usize,
    we: usize,
}

impl Raw {
    /// No occurrences, covering nothing.
    pub(crate) const fn empty() -> Self {
        Raw {
            m: [(0, 0, 0); RAW_CAP],
            n: 0,
            spill: Vec::new(),
            overflow: true,
            ws: 0,
            cov: 0,
            we: 0,
        }
    }

    /// True if these occurrences are complete for `text[ws..we]`.
    pub(crate) fn covers(&self, ws: usize, we: usize) -> bool {
        !self.overflow && self.cov <= ws && we <= self.we
    }

    /// The occurrences, ordered by end (the longest first at one end).
    #[inline]
    fn list(&self) -> &[Occ] {
        // Past the inline capacity the whole list is in `spill`.
        self.m.get(..self.n).unwrap_or(&self.spill)
    }

    /// The occurrences, or a stretch of them holding every one ending in
    /// `(ws, we]` (text offsets): callers still filter by range.
    #[inline]
    fn ending_in(&self, ws: usize, we: usize) -> &[Occ] {
        let list = self.list();
        // (Most lists are short: looking along them beats a search.)
        if list.len() <= 16 {
            return list;
        }
        let lo = ws.saturating_sub(self.ws);
        let hi = we.saturating_sub(self.ws);
        let a = list.partition_point(|o| (o.1 as usize) <= lo);
        let z = list.partition_point(|o| (o.1 as usize) <= hi);
        list.get(a..z).unwrap_or(&[])
    }

    /// Adds an occurrence in order.
    #[inline]
    fn insert(&mut self, item: Occ) {
        if self.n >= RAW_CAP {
            self.insert_spilled(item);
            return;
        }
        let (a, z, _) = item;
        let list = self.m.get(..self.n).unwrap_or(&[]);
        let at = list.partition_point(|&(a0, z0, _)| (z0, a0) <= (z, a));
        if let Some(tail) = self.m.get_mut(at..=self.n) {
            tail.rotate_right(1);
            if let Some(slot) = tail.first_mut() {
                *slot = item;
            }
        }
        self.n += 1;
    }

    /// [`Self::insert`] past the inline capacity.
    #[cold]
    #[inline(never)]
    fn insert_spilled(&mut self, item: Occ) {
        if self.n == RAW_CAP {
            self.spill.clear();
            self.spill.extend_from_slice(&self.m);
        }
        let (a, z, _) = item;
        let at = self
            .spill
            .partition_point(|&(a0, z0, _)| (z0, a0) <= (z, a));
        self.spill.insert(at, item);
        self.n += 1;
    }
}

/// The compiled keyword trie and the topic mask of each pattern.
#[derive(Debug)]
pub(crate) struct Keywords {
    trie: Trie,
    masks: Vec<u64>,
    /// Whether each pattern starts / ends with an ASCII letter or digit.
    bounds: Vec<(bool, bool)>,
    /// One bit per pair of (ASCII-lowercased) bytes: some spelling of two
    /// bytes or more ends with the pair. Most places a glued label could
    /// end at hold no keyword's ending (see [`Keywords::glued`]).
    ends: Box<[u64; 1024]>,
    /// The longest spelling, in bytes: how far before a window a keyword
    /// ending inside it may start.
    longest: usize,
}

/// The bit of the pair of bytes ending at `p` in [`Keywords::ends`].
fn pair_bit(a: u8, z: u8) -> (usize, u64) {
    let k = usize::from(a.to_ascii_lowercase()) << 8 | usize::from(z.to_ascii_lowercase());
    (k / 64, 1 << (k % 64))
}

/// One keyword occurrence near a candidate.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hit {
    pub(crate) mask: u64,
    /// Bytes between the keyword and the candidate; for a keyword before
    /// it, characters of scripts written in two bytes or more count once
    /// (see [`gap_width`]).
    pub(crate) dist: usize,
    /// The keyword is before the candidate.
    pub(crate) before: bool,
    /// No ASCII digit between the keyword and the candidate.
    pub(crate) clean: bool,
    /// A ". " lies between the keyword and the candidate.
    pub(crate) period: bool,
    /// Where the keyword is.
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The keywords found in the window around one candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    hits: [Hit; CTX_CAP],
    n: usize,
}

impl Ctx {
    pub(crate) const fn empty() -> Self {
        Ctx {
            hits: [Hit {
                mask: 0,
                dist: 0,
                before: false,
                clean: false,
                period: false,
                start: 0,
                end: 0,
            }; CTX_CAP],
            n: 0,
        }
    }

    fn push(&mut self, h: Hit) {
        if let Some(slot) = self.hits.get_mut(self.n) {
            *slot = h;
            self.n += 1;
        } else if let Some(worst) = self.hits.iter_mut().max_by_key(|x| x.dist) {
            // Keep the nearest keywords when the window is crowded.
            if h.dist < worst.dist {
                *worst = h;
            }
        }
    }

    fn retain(&mut self, keep: impl Fn(&Hit) -> bool) {
        let mut w = 0;
        for r in 0..self.n {
            if let Some(h) = self.hits.get(r).copied() {
                if keep(&h) {
                    if let Some(slot) = self.hits.get_mut(w) {
                        *slot = h;
                    }
                    w += 1;
                }
            }
        }
        self.n = w;
    }

    pub(crate) fn hits(&self) -> &[Hit] {
        self.hits.get(..self.n).unwrap_or(&[])
    }

    /// The nearest keyword speaking of any kind in `mask`, preferring one
    /// before the candidate.
    pub(crate) fn nearest(&self, mask: u64) -> Option<Hit> {
        self.nearest_where(mask, |_| true)
    }

    /// [`Self::nearest`] among the keywords that may speak of the
    /// candidate: not one after it past a sentence end, which speaks of
    /// what follows.
    pub(crate) fn nearest_speaking(&self, mask: u64) -> Option<Hit> {
        self.nearest_where(mask, |h| h.before || !h.period)
    }

    /// [`Self::nearest`] among the keywords `keep` accepts.
    pub(crate) fn nearest_where(&self, mask: u64, keep: impl Fn(&Hit) -> bool) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        for h in self.hits() {
            if h.mask & mask == 0 || !keep(h) {
                continue;
            }
            // Keywords after the candidate count double distance.
            let d = if h.before { h.dist } else { h.dist * 2 + 8 };
            let bd = best.map(|b| if b.before { b.dist } else { b.dist * 2 + 8 });
            if bd.is_none_or(|bd| d < bd) {
                best = Some(*h);
            }
        }
        best
    }

    /// True if a keyword of `mask` is in the window.
    pub(crate) fn has(&self, mask: u64) -> bool {
        self.hits().iter().any(|h| h.mask & mask != 0)
    }

    /// True if negative context applies to a candidate of the kinds in
    /// `pos`: a negative word shortly before it, with no other number in
    /// between and no keyword of `pos` nearer.
    /// `long` says the candidate has more digits than any "last digits"
    /// phrase names ("final é 7, quer dizer 5067…"): such phrases are then
    /// no negative word.
    pub(crate) fn negative(&self, pos: u64, long: bool) -> bool {
        self.negative_but(pos, long, 0)
    }

    /// [`Ctx::negative`], with the negative words of the topics in `but`
    /// left out.
    pub(crate) fn negative_but(&self, pos: u64, long: bool, but: u64) -> bool {
        let mut neg: Option<usize> = None;
        let mut near_pos: Option<usize> = None;
        // A branch's word speaks against its number, not its BIC ("swift
        // code for my branch? is it BARCGB22?").
        let bic = pos & kbit(K::SwiftBic) != 0;
        for h in self.hits() {
            // A negative phrase sharing words with a keyword of the kind
            // ("سويفت كود" + "كود البنك") does not speak against it.
            let overlapped = self.hits().iter().any(|p| {
                p.mask & pos != 0 && p.mask & T_NEG == 0 && p.start < h.end && h.start < p.end
            });
            if h.before
                && h.mask & T_NEG != 0
                && h.mask & but == 0
                && !(long && h.mask & T_LAST != 0)
                && h.clean
                && !h.period
                && h.dist <= 32
                && !overlapped
                && !(bic && h.mask & kbit(K::InIfsc) != 0)
            {
                neg = Some(neg.map_or(h.dist, |d| d.min(h.dist)));
            }
            if h.before && h.mask & pos != 0 {
                near_pos = Some(near_pos.map_or(h.dist, |d| d.min(h.dist)));
            }
        }
        match (neg, near_pos) {
            (Some(n), Some(p)) => n < p,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// True if a currency (or unit) touches the candidate in the text `b`,
    /// on its line: a word opening the next line is a label, not a unit
    /// ("বিকাশ 8801562866931\nটাকা: ৬০০"), and one after a comma opens
    /// the next clause ("born 12/04/1945, am I eligible").
    pub(crate) fn currency(&self, b: &[u8]) -> bool {
        self.hits().iter().any(|h| {
            h.mask & T_CUR != 0 && h.clean && h.dist <= 2 && {
                let gap = if h.before {
                    b.get(h.end..width_end(b, h.end, h.dist))
                } else {
                    b.get(h.start.saturating_sub(h.dist)..h.start)
                };
                // (Nor across a sentence's end: "the code from the text
                // 20037. real Lloyds doesn't …".)
                // (Nor a currency with its own sum before it, then a
                // colon: "رمز التحقق … بمبلغ 500 ريال: 090063".)
                let has_sum = || {
                    let h0 = b.get(..h.start).unwrap_or(&[]).trim_ascii_end();
                    h0.last().is_some_and(u8::is_ascii_digit) || arabic_digit_end(h0)
                };
                !gap.is_some_and(|g| {
                    g.contains(&b'\n')
                        || !h.before && (g.contains(&b',') || g.contains(&b'.'))
                        || h.before && g.contains(&b':') && has_sum()
                })
            }
        })
    }

    /// True if a "last digits" word shortly precedes the candidate.
    pub(crate) fn last_digits(&self) -> bool {
        self.hits()
            .iter()
            .any(|h| h.mask & T_LAST != 0 && h.before && h.clean && h.dist <= 24)
    }
}

/// True if `h` ends with an Arabic-Indic or Eastern Arabic-Indic digit
/// (U+0660–U+0669, U+06F0–U+06F9).
fn arabic_digit_end(h: &[u8]) -> bool {
    matches!(h, [.., 0xD9, 0xA0..=0xA9] | [.., 0xDB, 0xB0..=0xB9])
}

/// True if `gap` holds a full stop of Urdu ("۔") or of Chinese and
/// Japanese ("。"). (Not the danda "।" of the Indian scripts: the readings
/// that need one look for it themselves.)
fn script_full_stop(gap: &[u8]) -> bool {
    // (Found by their lead bytes with `memchr`: the gaps are read for
    // every keyword near every candidate.)
    memchr::memchr2_iter(0xDB, 0xE3, gap).any(|p| match gap.get(p) {
        Some(0xDB) => gap.get(p + 1) == Some(&0x94),
        _ => gap.get(p + 1..p + 3) == Some(&[0x80, 0x82][..]),
    })
}

/// True if the keyword at `ms..me`, five letters or longer, is followed by
/// an Indonesian or Malay possessive suffix and then no letter ("tanggal
/// lahirku", "nomormu", "rekeningnya"): the word still ends there. Only
/// for words of birth dates, phones, accounts and generic numbers:
/// "kartunya" says "the card", seldom which number is one (and "chip", a
/// SIM card elsewhere, is a card's chip in "chipnya").
fn owner_suffix(b: &[u8], ms: usize, me: usize, mask: u64) -> bool {
    let kinds = kbit(K::DateOfBirth) | kbit(K::Phone) | kbit(K::BankAccount) | T_GEN;
    // (Short words of codes take them too: "pinku", "otpmu", "niknya".)
    let short = kbit(K::CardPin) | kbit(K::Otp) | kbit(K::IdNik);
    (mask & kinds != 0 && me - ms >= 5 || mask & short != 0 && me - ms >= 3)
        && mask & kbit(K::CardNumber) == 0
        && [&b"ku"[..], b"mu", b"nya"].iter().any(|s| {
            b.get(me..)
                .is_some_and(|t| starts_with_ci(t, s) && !at(t, s.len()).is_ascii_alphanumeric())
                && !latin_letter_at(b, me + s.len())
        })
}

/// The number word of "my number" in Spanish, Portuguese, French and
/// Italian.
const NUMBER_WORDS: [&str; 3] = ["numero", "número", "numéro"];

/// The start of the number word a phone's "my number" ends with ("mi
/// número", "meu número", "mon numéro", "il mio numero") when the words
/// after it qualify it ("… de cuenta", "… da conta", "… de dossier"); the
/// caller asks whether a longer keyword starts there.
fn qualified_number(b: &[u8], ms: usize, me: usize, mask: u64) -> Option<usize> {
    if !(me - ms >= 6 && mask & KIND_BITS == kbit(K::Phone) && at(b, me) == b' ') {
        return None;
    }
    let head = b.get(ms..me)?;
    let word = NUMBER_WORDS
        .iter()
        .find(|n| ends_with_ci(head, n.as_bytes()))?;
    b.get(me + 1..)
        .is_some_and(|t| {
            [&b"de "[..], b"da ", b"do ", b"del ", b"di ", b"du "]
                .iter()
                .any(|p| starts_with_ci(t, p))
        })
        .then(|| me - word.len())
}

/// A keyword of three or more bytes glued between two numbers, a label
/// in values typed without spaces ("0124exp1127cvv882"): it counts.
fn between_digits(prev: u8, next: u8, len: usize) -> bool {
    prev.is_ascii_digit() && next.is_ascii_digit() && len >= 3
}

/// FNV-1a, for the table of keyword spellings built once per scanner: the
/// keys are our own short words, so a keyed hash buys nothing, and the
/// standard one took a tenth of the build time.
#[derive(Clone, Copy, Default)]
struct Fnv;

/// The running FNV-1a state.
struct FnvState(u64);

impl core::hash::BuildHasher for Fnv {
    type Hasher = FnvState;
    fn build_hasher(&self) -> FnvState {
        FnvState(0xcbf2_9ce4_8422_2325)
    }
}

impl core::hash::Hasher for FnvState {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl Keywords {
    pub(crate) fn new(kind_mask: impl Fn(PiiKind) -> u64) -> Result<Self, TooManyBytes> {
        let mut pats: Vec<String> = Vec::new();
        let mut masks = Vec::new();
        let mut bounds = Vec::new();
        let mut seen: std::collections::HashMap<String, usize, Fnv> =
            std::collections::HashMap::with_capacity_and_hasher(1 << 15, Fnv);
        // (Spellings are kept in ASCII lower case: the trie and the pair
        // bits fold ASCII case anyway, and a duplicate is then found
        // without a copy.)
        let mut add = |mut v: String,
                       m: u64,
                       merge: bool,
                       pats: &mut Vec<String>,
                       masks: &mut Vec<u64>,
                       bounds: &mut Vec<(bool, bool)>| {
            v.make_ascii_lowercase();
            if let Some(&i) = seen.get(v.as_str()) {
                // The same word listed twice speaks of both topics; a typo
                // variant that is a real keyword is left alone.
                if merge {
                    if let Some(x) = masks.get_mut(i) {
                        *x |= m;
                    }
                }
                return;
            }
            let b = v.as_bytes();
            bounds.push((
                b.first().is_some_and(|&c| is_alnum(c)),
                b.last().is_some_and(|&c| is_alnum(c)),
            ));
            seen.insert(v.clone(), pats.len());
            pats.push(v);
            masks.push(m);
        };
        for &(word, kinds, flags) in KEYWORDS {
            let mut m = flags;
            for &k in kinds {
                m |= kind_mask(k);
            }
            for v in case_variants(word) {
                add(v, m, true, &mut pats, &mut masks, &mut bounds);
            }
        }
        for place in PLACES {
            for line in LINE_WORDS {
                let v = format!("{place} {line}");
                add(
                    v,
                    kind_mask(PiiKind::Phone),
                    true,
                    &mut pats,
                    &mut masks,
                    &mut bounds,
                );
            }
        }
        // People type fast: accept one swap of adjacent letters inside
        // longer keywords ("acocunt", "securtiy", "rekneing").
        for &(word, kinds, flags) in KEYWORDS {
            if word.chars().count() < 5 || !latin(word) {
                continue;
            }
            let mut m = flags;
            for &k in kinds {
                m |= kind_mask(k);
            }
            for v in typo_variants(word).into_iter().skip(1) {
                add(v, m, false, &mut pats, &mut masks, &mut bounds);
            }
        }
        // The most common value words also with one letter typed twice or
        // one inner letter dropped ("moobile", "nuber", "cueta"); only
        // these few, as doing so for every keyword doubles the trie.
        for &(word, kinds, flags) in KEYWORDS {
            if !CORE_WORDS.contains(&word) {
                continue;
            }
            let mut m = flags;
            for &k in kinds {
                m |= kind_mask(k);
            }
            for v in edit_variants(word) {
                add(v, m, false, &mut pats, &mut masks, &mut bounds);
            }
        }
        // Password triggers, in every spelling their own search uses, so a
        // text whose keyword list holds none can skip that search.
        for &t in PASSWORD_TRIGGERS {
            for v in trigger_spellings(t) {
                add(v, T_PWT, true, &mut pats, &mut masks, &mut bounds);
            }
        }
        let mut ends = Box::new([0u64; 1024]);
        for p in &pats {
            let p: &[u8] = p.as_ref();
            if let [.., a, z] = *p {
                let (w, bit) = pair_bit(a, z);
                if let Some(x) = ends.get_mut(w) {
                    *x |= bit;
                }
            }
        }
        let longest = pats.iter().map(String::len).max().unwrap_or(0);
        Ok(Keywords {
            trie: Trie::new(&pats)?,
            masks,
            bounds,
            ends,
            longest,
        })
    }

    /// Fills `raw` with the keyword occurrences in `text[ws..we]`, in place
    /// (a [`Raw`] is a kilobyte: not worth copying around).
    pub(crate) fn fill(&self, raw: &mut Raw, text: &str, ws: usize, we: usize) {
        raw.n = 0;
        raw.overflow = false;
        raw.cov = ws;
        raw.we = we;
        // (From as far back as a keyword ending inside the window may
        // start: see [`Self::ctx_from_raw`].)
        let ws = ws.saturating_sub(self.longest);
        raw.ws = ws;
        let b = text.as_bytes();
        let mut push = |ms: usize, me: usize, pid: usize| {
            let item = (
                u32::try_from(ms - ws),
                u32::try_from(me - ws),
                u32::try_from(pid),
            );
            let (Ok(a), Ok(z), Ok(p)) = item else {
                raw.overflow = true;
                return false;
            };
            raw.insert((a, z, p));
            true
        };
        self.trie.each(b, ws, we, |ms, me, pid| {
            // Drop occurrences inside words now ("r" in "tarde"): they can
            // never count, whatever the candidate.
            !self.word_bounded(b, ms, me, pid) || push(ms, me, pid)
        });
        self.glued(b, ws, we, &mut push);
    }

    /// Keywords that end a label glued to other words right before `=` or
    /// `:` ("minhachavepix=...", "cardnumber:..."), or glued to a short
    /// possessive right before digits ("myotp482913", "meucvv123"),
    /// reported with [`GLUED`] set on the pattern.
    fn glued(
        &self,
        b: &[u8],
        ws: usize,
        we: usize,
        push: &mut impl FnMut(usize, usize, usize) -> bool,
    ) {
        let Some(win) = b.get(ws..we) else { return };
        // The keywords ending at `p` inside the letters before it; false if
        // `push` asked to stop.
        let mut ending_at = |p: usize, digits: bool| {
            // (No keyword ends with the two bytes before `p`: none ends
            // there.)
            if p < 2 || {
                let (w, bit) = pair_bit(at(b, p - 2), at(b, p - 1));
                self.ends.get(w).is_none_or(|x| x & bit == 0)
            } {
                return true;
            }
            // (The word's start is looked for in the whole text, not only
            // in the stretch being filled, so that where a stretch starts
            // cannot change what the word is; words longer than 64 letters
            // read as one, whatever glue word their end holds.)
            let mut r0 = p;
            while r0 > 0 && p - r0 < 64 && at(b, r0 - 1).is_ascii_alphabetic() {
                r0 -= 1;
            }
            if p - r0 < 5 {
                return true;
            }
            let mut go = true;
            for k in r0 + 1..p - 1 {
                self.trie.each_at(b, k, p, |ms, me, pid| {
                    // A short keyword ends many words and names ("Derek:"
                    // is no "rek"): only after a short possessive or
                    // article ("meucpf:", "mycvv="); before digits, only
                    // there at all ("Derek123").
                    // (Only a keyword ending at `p` asks.)
                    let glue = || {
                        b.get(r0..ms).is_some_and(|h| {
                            GLUE_WORDS
                                .iter()
                                .any(|w| h.eq_ignore_ascii_case(w.as_bytes()))
                        })
                    };
                    // (A kind's or a negative word, never a utility's or a
                    // currency's: "cadastro:" holds "astro", a pay-TV
                    // company, and is no bill's label.)
                    let named = self
                        .masks
                        .get(pid)
                        .is_some_and(|m| m & !(T_UTIL | T_CUR | T_GEN | T_ADDR | T_TEST) != 0);
                    if me == p && named && (me - ms > 3 && !digits || glue()) {
                        go = push(ms, me, pid | GLUED);
                    }
                    go
                });
                if !go {
                    return false;
                }
            }
            true
        };
        for off in memchr::memchr2_iter(b'=', b':', win) {
            if !ending_at(ws + off, false) {
                return;
            }
        }
        let mut letter = false;
        for (off, &c) in win.iter().enumerate() {
            if letter && c.is_ascii_digit() && !ending_at(ws + off, true) {
                return;
            }
            letter = c.is_ascii_alphabetic();
        }
    }

    /// True if a keyword of some kind ends exactly at `j` and starts inside
    /// `b[i..j]` ("meucpf" ends with "cpf").
    pub(crate) fn ends_label(&self, b: &[u8], i: usize, j: usize) -> bool {
        self.label_ending(b, i..j, j, |m| {
            m & !(T_NEG | T_CUR | T_GEN | T_PWT | T_UTIL | T_TEST | T_ADDR) != 0
        })
    }

    /// True if a keyword of some kind ends exactly at `j`, starting at a
    /// word's start in `b[lo..=i]`: the word `b[i..j]` ends a keyword that
    /// spans it whole ("seguridad" of "Clave de seguridad211576").
    pub(crate) fn spans_label(&self, b: &[u8], lo: usize, i: usize, j: usize) -> bool {
        (lo..=i)
            .filter(|&k| k == 0 || !b.get(k - 1).is_some_and(u8::is_ascii_alphanumeric))
            .any(|k| self.label_ending(b, k..k + 1, j, |m| m & KIND_BITS != 0 && m & T_NEG == 0))
    }

    /// True if a keyword whose mask `counts` ends exactly at `j` and starts
    /// at one of `starts`.
    fn label_ending(
        &self,
        b: &[u8],
        starts: core::ops::Range<usize>,
        j: usize,
        counts: impl Fn(u64) -> bool,
    ) -> bool {
        let mut found = false;
        for k in starts {
            self.trie.each_at(b, k, j, |_, me, pid| {
                found = me == j && self.masks.get(pid).is_some_and(|&m| counts(m));
                !found
            });
            if found {
                return true;
            }
        }
        false
    }

    /// True if `b[i..j]` is itself a keyword of any topic ("BENEFICIARY",
    /// "REKENING"), in any case.
    pub(crate) fn is_keyword(&self, b: &[u8], i: usize, j: usize) -> bool {
        let mut found = false;
        self.trie.each_at(b, i, j, |_, me, _| {
            found = me == j;
            !found
        });
        found
    }

    /// The occurrences in `raw` of keywords of a topic in `want`, at least
    /// those ending in `(ws, we]`: their start and end in the text.
    pub(crate) fn topics<'a>(
        &'a self,
        raw: &'a Raw,
        want: u64,
        ws: usize,
        we: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        raw.ending_in(ws, we)
            .iter()
            .filter(move |&&(_, _, p)| {
                self.masks
                    .get(p as usize & !GLUED)
                    .is_some_and(|m| m & want != 0)
            })
            .map(|&(a, z, _)| (raw.ws + a as usize, raw.ws + z as usize))
    }

    /// False only if `raw` covers `text[ws..we]` and holds no keyword of a
    /// topic in `want` ending there (a cheap pre-check before
    /// [`Self::ctx_from_raw`]).
    pub(crate) fn any_topic(&self, raw: &Raw, ws: usize, we: usize, want: u64) -> bool {
        !raw.covers(ws, we)
            || self
                .topics(raw, want, ws, we)
                .any(|(_, me)| me > ws && me <= we)
    }

    /// The topics a field label `text[ws..we]` names: those of its longest
    /// keyword ("kode verifikasi", not "kode"), and a negative topic any of
    /// its keywords names ("Nº do contrato"). None unless `raw` covers it.
    pub(crate) fn label_topics(&self, raw: &Raw, ws: usize, we: usize) -> u64 {
        if !raw.covers(ws, we) {
            return 0;
        }
        let (mut best, mut len, mut neg) = (0, 0, 0);
        for &(a, z, p) in raw.ending_in(ws, we) {
            let (ms, me) = (raw.ws + a as usize, raw.ws + z as usize);
            let m = self.masks.get(p as usize & !GLUED).copied().unwrap_or(0);
            if ms >= ws && me <= we {
                neg |= m & T_NEG;
                if me - ms > len {
                    (best, len) = (m, me - ms);
                }
            }
        }
        best | neg
    }

    /// True if `raw` covers `text[ws..we]` and holds a whole word there
    /// that is a keyword of a topic in `want` and of none in `not`.
    pub(crate) fn word_of_topic(
        &self,
        b: &[u8],
        raw: &Raw,
        (ws, we): (usize, usize),
        want: u64,
        not: u64,
    ) -> bool {
        raw.covers(ws, we)
            && raw.ending_in(ws, we).iter().any(|&(a, z, p)| {
                let (ms, me) = (raw.ws + a as usize, raw.ws + z as usize);
                let m = self.masks.get(p as usize & !GLUED).copied().unwrap_or(0);
                ms >= ws
                    && me <= we
                    && m & want != 0
                    && m & not == 0
                    && !(ms > 0 && is_alnum(at(b, ms - 1)))
                    && !is_alnum(at(b, me))
            })
    }

    /// True if `raw` holds a keyword of a topic in `want` starting at `at`.
    pub(crate) fn topic_at(&self, raw: &Raw, at: usize, want: u64) -> bool {
        self.topics(raw, want, at, usize::MAX)
            .any(|(ms, _)| ms == at)
    }

    /// Where the last keyword of a topic in `want` inside `text[ws..we]`
    /// ends, if `raw` covers that range and holds one.
    pub(crate) fn last_topic(&self, raw: &Raw, ws: usize, we: usize, want: u64) -> Option<usize> {
        if !raw.covers(ws, we) {
            return None;
        }
        self.topics(raw, want, ws, we)
            .filter(|&(ms, me)| ms >= ws && me <= we)
            .map(|(_, me)| me)
            .max()
    }

    /// True unless `raw` covers `text[ws..we]` and every keyword inside it
    /// speaks of a topic in `bit` (unit and currency words count only
    /// within two bytes of either end).
    pub(crate) fn foreign(&self, raw: &Raw, ws: usize, we: usize, bit: u64) -> bool {
        if !raw.covers(ws, we) {
            return true;
        }
        raw.ending_in(ws, we).iter().any(|&(a, z, p)| {
            let (ms, me) = (raw.ws + a as usize, raw.ws + z as usize);
            let Some(&m) = self.masks.get(p as usize & !GLUED) else {
                return ms >= ws && me <= we;
            };
            // A unit or currency word counts only next to one of the two
            // numbers ("3907, Rs 3907"), not inside the words between them
            // ("I am trying").
            let unit_far = m & !T_CUR == 0 && ms >= ws + 3 && me + 3 <= we;
            ms >= ws && me <= we && m & bit == 0 && !unit_far
        })
    }

    /// The keywords around the candidate `[start, end)` within
    /// `text[ws..we]`, taken from `raw` when it covers that window (the
    /// result is the same as a fresh [`Keywords::scan`]). A keyword ending
    /// inside the window counts wherever it starts: the window's edge does
    /// not cut "one-time passcode" down to "passcode" (a PIN's word).
    pub(crate) fn ctx_from_raw(
        &self,
        text: &str,
        raw: &Raw,
        ws: usize,
        we: usize,
        start: usize,
        end: usize,
    ) -> Ctx {
        if !raw.covers(ws, we) {
            return self.scan(text, ws, we, start, end);
        }
        let base = raw.ws;
        let hits = raw
            .ending_in(ws, we)
            .iter()
            .map(move |&(a, z, p)| (base + a as usize, base + z as usize, p as usize))
            .filter(|&(_, me, _)| me > ws && me <= we);
        self.collect(text, hits, start, end)
    }

    /// Collects the keywords in `text[ws..we]` around the candidate
    /// `[start, end)`, skipping any inside the candidate. All occurrences
    /// are found (overlapping); one contained in a longer accepted keyword
    /// is dropped, so "código de rastreio" (negative) hides "código" (OTP).
    pub(crate) fn scan(&self, text: &str, ws: usize, we: usize, start: usize, end: usize) -> Ctx {
        let mut hits = Vec::new();
        let mut push = |ms: usize, me: usize, pid: usize| {
            if me > ws {
                hits.push((me, ms, pid));
            }
            true
        };
        let from = ws.saturating_sub(self.longest);
        self.trie.each(text.as_bytes(), from, we, &mut push);
        self.glued(text.as_bytes(), from, we, &mut push);
        hits.sort_unstable();
        self.collect(
            text,
            hits.into_iter().map(|(me, ms, p)| (ms, me, p)),
            start,
            end,
        )
    }

    /// The candidate-independent part of the word-boundary rule: the byte
    /// before an ASCII keyword is no letter or digit (currencies: no
    /// letter), and the byte after it is none either, unless it is a digit
    /// that may start a glued candidate ("cvv123").
    fn word_bounded(&self, b: &[u8], ms: usize, me: usize, pid: usize) -> bool {
        let (lb, rb) = self.bounds.get(pid).copied().unwrap_or((false, false));
        let cur = self.masks.get(pid).is_some_and(|m| m & T_CUR != 0);
        let prev = if ms > 0 { at(b, ms - 1) } else { 0 };
        let next = at(b, me);
        if lb && glued_before(prev, b, me, me - ms, cur) {
            return false;
        }
        let mask = self.masks.get(pid).copied().unwrap_or(0);
        if next == b' ' && self.number_of_other(b, ms, me, mask) {
            return false;
        }
        // (Nor one inside an e-mail's local part: "mtan@gmail.com",
        // "mtan.lee@outlook.com".)
        if in_local_part(b, me) {
            return false;
        }
        // ("conf" is no word in "confírmenos".)
        !(rb && (next.is_ascii_alphabetic() && !owner_suffix(b, ms, me, mask)
            || latin_letter_at(b, me)
            || next == b'.' && top_level_domain(b, me + 1)))
            && !(me - ms == 8 && checking_verb(b, ms, me))
            && !(me - ms == 3 && word_not_acronym(b, ms, me))
    }

    /// True if the keyword at `ms..me` is a phone's "my number" whose
    /// number word starts a longer keyword ("mi número de cuenta es …":
    /// "número de cuenta", an account's; "mon numéro de dossier", a
    /// negative one): that one speaks, "my number" does not ("mi número
    /// de aquí es …" still names a phone).
    fn number_of_other(&self, b: &[u8], ms: usize, me: usize, mask: u64) -> bool {
        let Some(k) = qualified_number(b, ms, me, mask) else {
            return false;
        };
        let mut longer = false;
        self.trie.each_at(b, k, b.len(), |_, e, _| {
            longer = e > me + 1;
            !longer
        });
        longer
    }

    fn collect(
        &self,
        text: &str,
        hits: impl Iterator<Item = (usize, usize, usize)>,
        start: usize,
        end: usize,
    ) -> Ctx {
        let mut ctx = Ctx::empty();
        let b = text.as_bytes();
        let mut spans: [(usize, usize); CTX_CAP] = [(0, 0); CTX_CAP];
        let mut n = 0usize;
        for (ms, me, pid) in hits {
            if ms < end && me > start {
                continue;
            }
            let glued = pid & GLUED != 0;
            let pid = pid & !GLUED;
            let (lb, rb) = self.bounds.get(pid).copied().unwrap_or((false, false));
            let lb = lb && !glued;
            let mask = self.masks.get(pid).copied().unwrap_or(0);
            // A keyword of no topic at all only hides the keywords inside
            // it ("Banca Móvil" names an app, not a phone).
            let mute = mask == 0;
            if mask & !T_PWT == 0 && !mute {
                continue;
            }
            let cur = mask & T_CUR != 0;
            let prev = if ms > 0 { at(b, ms - 1) } else { 0 };
            let next = at(b, me);
            if lb && glued_before(prev, b, me, me - ms, cur)
                || self.number_of_other(b, ms, me, mask)
                || in_local_part(b, me)
            {
                continue;
            }
            // A keyword glued to the candidate ("cvv123") still counts.
            if rb
                && me != start
                && (if cur {
                    next.is_ascii_alphabetic()
                } else {
                    is_alnum(next) && !owner_suffix(b, ms, me, mask)
                })
            {
                continue;
            }
            if mute {
                claim(&mut ctx, &mut spans, &mut n, (ms, me));
                continue;
            }
            if cur && unit_of_other(b, ms, me, start, end) {
                continue;
            }
            // A speaker's initial before the colon ("Lucas M: 2012…") is
            // no mobile's label.
            if me == ms + 2 && at(b, ms) == b'M' && speaker_initial(b, ms) {
                continue;
            }
            // A negative word naming the speaker of a transcript line, or
            // whose the value is, speaks of no number (a field's label in
            // brackets still speaks: "[loan a/c] 1072…"); nor does one a
            // secret's word owns ("PIN del datáfono 7730").
            let last = ctx.hits().last();
            if mask & !T_NEG == 0 && (silent_party(b, last, ms, me) || secrets_owner(b, last, ms)) {
                continue;
            }
            // Longest wins among nested keywords.
            let spans_now = spans.get(..n).unwrap_or(&[]);
            if spans_now.iter().any(|&(s0, e0)| s0 <= ms && me <= e0) {
                continue;
            }
            // A keyword after the candidate that is itself followed by a
            // number ("... meu número é 2793...") speaks of that number.
            // (So do the keywords inside it when only words lead to that
            // number: "kode" of "PIN m-banking 364632 kode OTP nya 344434"
            // speaks of the code after it.)
            // (Not of a time of day after it, "I got 5586 by text at
            // 10:35", but for an expiry's word: "It expires at 4.20pm".)
            if ms >= end
                && mask & !(T_CUR | T_NEG | T_LAST | T_PWT) != 0
                && !asks_of_value(b, end, ms, me)
                && speaks_of_next(b, me)
                && !(mask & kbit(K::CardExpiry) == 0 && clock_next(b, me))
            {
                if words_then_number(b, me) {
                    claim(&mut ctx, &mut spans, &mut n, (ms, me));
                }
                continue;
            }
            // An account word after the value with "se" / "mein" after it
            // names the account as a place ("otp de diya 294488 ab account
            // se paise kat gaye"), not the value.
            if ms >= end && mask & kbit(K::BankAccount) != 0 && place_after(b, me) {
                continue;
            }
            // A word after the value that a negation opens says what it is
            // not ("275537152530, not my account number", "960163525 mesh
            // ra2am el 7esab", "68220094911 مو حسابي").
            if ms >= end && mask & KIND_BITS != 0 && negated_before(b, end, ms) {
                continue;
            }
            let (before, gap) = if me <= start {
                (true, b.get(me..start).unwrap_or(&[]))
            } else {
                (false, b.get(end..ms).unwrap_or(&[]))
            };
            let hit = Hit {
                mask,
                dist: if before { gap_width(gap) } else { gap.len() },
                before,
                // (Amounts are only skipped where the gap holds digits.)
                clean: clean_gap(
                    gap,
                    before,
                    gap.iter().any(u8::is_ascii_digit) && paid_through(mask, gap, before),
                    before && mask & KIND_BITS == kbit(K::Otp),
                ),
                // "ref no. 3894 ...": the dot of an abbreviation ending the
                // keyword ends no sentence.
                // Nor does the dot of "No." between a keyword and the value
                // ("obligación No. 5776…").
                // The full stops of Urdu ("۔") and of Chinese and
                // Japanese ("。") end one too, with or without a space
                // after them.
                // (Nor does an ellipsis after a keyword before the value, a
                // pause: "account... sorry, six one two …"; one after the
                // value still ends its sentence: "741173928... then my
                // account …".)
                period: gap.windows(2).enumerate().any(|(k, w)| {
                    w == b". "
                        && !(before && ellipsis_ending(gap, k))
                        && !(k == 0 && before && short_tail(b, ms, me))
                        && !(before && number_abbrev(gap.get(..k).unwrap_or(&[])))
                }) || script_full_stop(gap),
                start: ms,
                end: me,
            };
            // Drop earlier keywords nested in this one.
            claim(&mut ctx, &mut spans, &mut n, (ms, me));
            ctx.push(hit);
        }
        ctx
    }
}

/// True if the full stop at `gap[k]` ends three dots glued to the word
/// before them ("account... sorry"): a pause, not a sentence's end (" .. "
/// and " ... " set apart by spaces do end one).
fn ellipsis_ending(gap: &[u8], k: usize) -> bool {
    // (At the gap's start the dots are glued to the keyword itself.)
    k >= 2
        && gap.get(k - 2..k) == Some(b"..")
        && k.checked_sub(3)
            .is_none_or(|p| !matches!(gap.get(p), Some(b' ' | b'.')))
}

/// True if the keyword `b[ms..me]`, after a value ending at `end` on its
/// line, ends a question about that value, which an answer below may
/// repeat ("Is 7391029300 your number?\nyes 7391029300"): at most one
/// short word between it and the question mark ("… aapka number hai?").
fn asks_of_value(b: &[u8], end: usize, ms: usize, me: usize) -> bool {
    // (Nine bytes at most are read: the word and the mark.)
    b.get(me..(me + 9).min(b.len())).is_some_and(|t| {
        let line = t.split(|&c| c == b'\n').next().unwrap_or(t);
        let q = line.split(|&c| c == b'?').next().unwrap_or(line);
        q.len() < line.len() && q.len() <= 8 && q.trim_ascii().iter().all(u8::is_ascii_alphabetic)
    }) && b.get(end..ms).is_some_and(|g| !g.contains(&b'\n'))
}

/// True if the keyword ending at `me`, after a candidate, is followed by a
/// number of its own ("... meu número é 2793...", digits of any script:
/// "رقم جوالي ٠٥٩ …"), so it speaks of that number. Not when a comma or a
/// semicolon closes the keyword's clause and a word starts the next one:
/// "9/28/78 is her dob, ssn 514-…" names the date.
fn speaks_of_next(b: &[u8], me: usize) -> bool {
    let closes = matches!(at(b, me), b',' | b';')
        && b.get(me + 1..)
            .and_then(|t| t.trim_ascii_start().first())
            .is_some_and(u8::is_ascii_alphabetic);
    // (Not across a line break, unless the keyword labels the next line:
    // "… 2518378283 Zenith\nSent ₦70,000" names the account, "… acct:\n
    // 4455…" the number below.)
    let near = match b
        .get(me..(me + 8).min(b.len()))
        .and_then(|t| memchr::memchr(b'\n', t))
    {
        Some(k) => {
            // (A question ending the line asks for what comes below it:
            // "Tanggal lahir?\n…".)
            // (A bare word ending its line labels nothing: "… Zenith\n17/12/24,
            // 12:22 - …" is the next line's stamp.)
            let label = b.get(me..me + k).is_some_and(|g| {
                let t = g.trim_ascii();
                g.iter()
                    .all(|&c| matches!(c, b' ' | b':' | b'\r' | b'?' | 0xD8 | 0x9F))
                    && (t.ends_with(b":") || t.ends_with(b"?") || t.ends_with("؟".as_bytes()))
            });
            if label {
                digit_within(b, me, 8)
            } else {
                digit_within(b, me, k)
            }
        }
        None => digit_within(b, me, 8),
    };
    near && !closes || introduces_value(b, me)
}

/// True if a time of day comes right after `me`, after at most one short
/// word ("… by sms at 10:35", "… by text at 3am", "… jam 14.20"): no value
/// a keyword could name.
fn clock_next(b: &[u8], me: usize) -> bool {
    let mut pos = me;
    while at(b, pos) == b' ' {
        pos += 1;
    }
    let word = b.get(pos..).map_or(0, |t| {
        t.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    });
    if (1..=5).contains(&word) && at(b, pos + word) == b' ' {
        pos += word + 1;
    }
    let hours = b
        .get(pos..)
        .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
    if !(1..=2).contains(&hours) {
        return false;
    }
    let end = pos + hours;
    let minutes = hours_minutes(b, pos, b":.").is_some();
    let mark = if at(b, end) == b' ' { end + 1 } else { end };
    let meridiem = [&b"am"[..], b"pm"].iter().any(|m| {
        b.get(mark..mark + 2)
            .is_some_and(|t| t.eq_ignore_ascii_case(m))
    }) && !at(b, mark + 2).is_ascii_alphanumeric();
    minutes || meridiem
}

/// Records `ms..me` as a keyword's place among the `n` first `spans`
/// (keywords nested in it come later and are skipped) and drops the
/// keywords nested in it from `ctx`: the longest wins.
fn claim(ctx: &mut Ctx, spans: &mut [(usize, usize)], n: &mut usize, (ms, me): (usize, usize)) {
    ctx.retain(|h| !(ms <= h.start && h.end <= me));
    if let Some(slot) = spans.get_mut(*n) {
        *slot = (ms, me);
        *n += 1;
    }
}

/// True if only spaces and letters of words lie between `me` and the
/// next digit, which starts a run of four digits or more of its own
/// within eight bytes (" nya 344434", not " C6", ". ref #227928" nor
/// " after 5").
fn words_then_number(b: &[u8], me: usize) -> bool {
    let mut j = me;
    while j < (me + 8).min(b.len()) {
        if digit_at(b, j).is_some() {
            // (A value's digits, four or more: "call me after 5" speaks of
            // no number.)
            let mut k = j;
            let mut n = 0;
            while let Some((_, l)) = digit_at(b, k) {
                k += l;
                n += 1;
            }
            return j > me && at(b, j - 1) == b' ' && n >= 4;
        }
        let c = at(b, j);
        if !(c == b' ' || c.is_ascii_alphabetic() || c >= 0x80) {
            return false;
        }
        j += 1;
    }
    false
}

/// True if `b[ms..me]` is a three-letter acronym keyword that is a word
/// here: "tan" not typed in capitals, or before a word in capitals, is a
/// name ("Mr Tan", "MR TAN WEI MING"), not the German banks' one-time TAN;
/// "ein" not in capitals is German "a" ("den Code ein\n26405"), not the US
/// employer's EIN.
#[cold]
#[inline(never)]
fn word_not_acronym(b: &[u8], ms: usize, me: usize) -> bool {
    let Some(w) = b.get(ms..me) else {
        return false;
    };
    if w.eq_ignore_ascii_case(b"ein") {
        return w != b"EIN";
    }
    let caps_word_after = at(b, me) == b' '
        && at(b, me + 1).is_ascii_uppercase()
        && at(b, me + 2).is_ascii_uppercase();
    w.eq_ignore_ascii_case(b"tan") && (w != b"TAN" || caps_word_after)
}

/// True if `b[ms..me]` is "checking" used as a verb ("just checking, is
/// 0483 448 495 yours?", "I'm checking if …"), not the account.
#[cold]
#[inline(never)]
fn checking_verb(b: &[u8], ms: usize, me: usize) -> bool {
    const BEFORE: &[&[u8]] = &[
        b"just", b"still", b"am", b"i'm", b"im", b"was", b"were", b"been", b"keep", b"are", b"is",
        b"we're", b"you're",
    ];
    const AFTER: &[&[u8]] = &[
        b"if", b"whether", b"in", b"on", b"with", b"again", b"that", b"the", b"why", b"how",
    ];
    if !b
        .get(ms..me)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"checking"))
    {
        return false;
    }
    let head = b.get(..ms).unwrap_or(&[]).trim_ascii_end();
    let prev = head.rsplit(|&c| c == b' ').next().unwrap_or(&[]);
    let tail = b.get(me..).unwrap_or(&[]);
    let next = tail
        .trim_ascii_start()
        .split(|&c| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or(&[]);
    BEFORE.iter().any(|w| prev.eq_ignore_ascii_case(w))
        || tail.starts_with(b" ") && AFTER.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// True if the currency or unit keyword at `b[ms..me]` belongs to another
/// number than the candidate `[start, end)`, or is no unit here.
fn unit_of_other(b: &[u8], ms: usize, me: usize, start: usize, end: usize) -> bool {
    let prev = if ms > 0 { at(b, ms - 1) } else { 0 };
    let next = at(b, me);
    // After the candidate, "R$ 600" with a space or two too.
    // ("Rs.13,51,839": the abbreviation's dot too.)
    let digit_next = next.is_ascii_digit()
        || (matches!(next, b' ' | b'.')
            && b.get(me..).is_some_and(|t| {
                t.iter()
                    .take(3)
                    .find(|&&c| c != b' ' && c != b'.')
                    .is_some_and(u8::is_ascii_digit)
            }));
    // ("1,250.00 ر.س هو 3463": a unit after an amount, too.)
    let digit_prev = prev.is_ascii_digit()
        || prev == b' '
            && b.get(..ms)
                .and_then(|h| h.trim_ascii_end().last())
                .is_some_and(u8::is_ascii_digit);
    // ("$230 is 150541": a unit before an amount, too.)
    let other_after = me <= start
        && digit_next
        && b.get(me..start)
            .is_some_and(|g| g.iter().any(u8::is_ascii_digit));
    // "12k" before the candidate belongs to another number.
    if (me <= start && digit_prev) || other_after || (ms >= end && digit_next) {
        return true;
    }
    // "am" or "pm" before the value with no number before it is
    // no time of day (German "ich bin am 12.03.1980 geboren").
    me <= start
        && b.get(ms..me)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"am") || w.eq_ignore_ascii_case(b"pm"))
}

/// True if the keyword starting at `ms` follows the keyword `last` of a
/// secret (a PIN, a one-time or security code) joined only by a Romance
/// word of belonging ("PIN del datáfono", "NIP de la terminal"). Not
/// "for" ("OTP for txn of 48001 rupees": a purpose, then an amount), nor
/// after a generic code word ("código de convenio", "código do produto"
/// name references) or a password's ("senha da guia" is a health plan's
/// authorization number).
fn secrets_owner(b: &[u8], last: Option<&Hit>, ms: usize) -> bool {
    let secrets = kbit(K::CardPin) | kbit(K::Otp) | kbit(K::CardSecurityCode);
    let Some(h) = last else { return false };
    h.mask & secrets != 0
        && h.mask & (T_CODE | kbit(K::Password)) == 0
        && h.end < ms
        && b.get(h.end..ms).is_some_and(|g| {
            [
                &b" de "[..],
                b" del ",
                b" de la ",
                b" do ",
                b" da ",
                b" di ",
                b" du ",
                b" de l'",
                b" de votre ",
                b" de ton ",
                b" de ta ",
                b" de su ",
                b" de tu ",
                b" da sua ",
                b" do seu ",
            ]
            .iter()
            .any(|w| g.eq_ignore_ascii_case(w))
        })
}

/// True if the negative word `b[ms..me]` names the speaker of a
/// transcript line ("Cliente: el código es 1803", "[Cliente] 16-06-1997")
/// or a party the value belongs to ("tel nuevo del cliente 11 2799-4580",
/// "cellulare cliente 348…" right after the keyword `last`), not a number
/// of its own.
fn silent_party(b: &[u8], last: Option<&Hit>, ms: usize, me: usize) -> bool {
    let word = b.get(ms..me).unwrap_or(&[]);
    let prev = if ms > 0 { at(b, ms - 1) } else { 0 };
    let next = at(b, me);
    (next == b':' || noted_colon(b, me)) && speaker_label(b, ms, me)
        || party(word)
            && (next == b']' && prev == b'['
                || owner_of(b, ms)
                || last.is_some_and(|h| h.end + 1 == ms && prev == b' ' && h.mask & KIND_BITS != 0))
}

/// True if a short note in parentheses and a colon follow `me`
/// ("Cliente (citando): …", "Customer (voice note): …").
fn noted_colon(b: &[u8], me: usize) -> bool {
    let Some(t) = b.get(me..b.len().min(me + 32)) else {
        return false;
    };
    t.starts_with(b" (")
        && memchr::memchr(b')', t).is_some_and(|p| {
            t.get(p + 1) == Some(&b':') && !t.get(..p).unwrap_or(&[]).iter().any(u8::is_ascii_digit)
        })
}

/// Words naming the customer's side of a chat as a speaker.
pub(crate) const PARTIES: &[&str] = &[
    "cliente",
    "client",
    "customer",
    "nasabah",
    "pelanggan",
    "usuario",
    "usuário",
    "user",
    // (A bot's transcript names the customer "You": "Bot: Please enter
    // the 6-digit code we sent. You: 564224".)
    "you",
    "العميل",
    "ग्राहक",
];

/// True if `b[ms..me]` names a party of the chat ("Cliente", "Customer")
/// at the start of its line, maybe after a chat export's stamp ("[10:32] ",
/// "12/05/2024, 10:32 - "), or after the end of a turn on the same line
/// (`?`, `!`, `.`, `؟`): a speaker, not a field.
fn speaker_label(b: &[u8], ms: usize, me: usize) -> bool {
    if !party(b.get(ms..me).unwrap_or(&[])) {
        return false;
    }
    let head = b.get(..ms).unwrap_or(&[]);
    let ls = memchr::memrchr(b'\n', head).map_or(0, |p| p + 1);
    let line = head.get(ls..).unwrap_or(&[]).trim_ascii();
    // (Or the next turn of a transcript typed on one line: "… me informe
    // seu CPF. Cliente: 07012345632".)
    line.is_empty()
        || line.ends_with(b"]")
        || line.ends_with(b" -")
        || line.ends_with(b"?")
        || line.ends_with(b"!")
        || line.ends_with(b".")
        || line.ends_with("؟".as_bytes())
        || line.ends_with(DANDA.as_bytes())
}

/// True if the capital at `i` ends a speaker's name at the start of its
/// line ("Lucas M: …", "[10:32] Ana P: …", "12/05/24, 10:32 - Joao M: …"):
/// after one or two words of letters, each capitalised.
fn speaker_initial(b: &[u8], i: usize) -> bool {
    let head = b.get(..i).unwrap_or(&[]);
    let ls = memchr::memrchr(b'\n', head).map_or(0, |p| p + 1);
    let line = head.get(ls..).unwrap_or(&[]);
    // (After a chat export's stamp.)
    let from = memchr::memmem::rfind(line, b"] ")
        .map(|p| p + 2)
        .or_else(|| memchr::memmem::rfind(line, b" - ").map(|p| p + 3))
        .unwrap_or(0);
    let name = line.get(from..).unwrap_or(&[]);
    // (Or a forwarded transcript's quote mark: "> Lucas M: …".)
    let name = name.strip_prefix(b"> ").unwrap_or(name);
    let Some(name) = name.strip_suffix(b" ") else {
        return false;
    };
    let words = name.split(|&c| c == b' ');
    let n = words.clone().count();
    (1..=2).contains(&n)
        && words.into_iter().all(|w| {
            w.first().is_some_and(u8::is_ascii_uppercase) && w.iter().all(u8::is_ascii_alphabetic)
        })
}

/// The Devanagari full stop.
pub(crate) const DANDA: &str = "।";

/// True if the word ending right before `ms` is a Spanish or Portuguese
/// "of the" ("del", "do", "da") or "to the" ("pro", "ao", "al"), so the
/// party word at `ms` owns what it follows ("link pro cliente no número
/// (11) 9…").
fn owner_of(b: &[u8], ms: usize) -> bool {
    let Some(h) = b.get(..ms).and_then(|h| h.strip_suffix(b" ")) else {
        return false;
    };
    [&b"del"[..], b"do", b"da", b"pro", b"pra", b"ao", b"al"]
        .iter()
        .any(|w| {
            ends_with_ci(h, w)
                && h.len()
                    .checked_sub(w.len() + 1)
                    .is_none_or(|k| !h.get(k).copied().is_some_and(is_alnum))
        })
}

/// True if `word` is one of [`PARTIES`] (ASCII case folded).
pub(crate) fn party(word: &[u8]) -> bool {
    PARTIES
        .iter()
        .any(|p| p.as_bytes().eq_ignore_ascii_case(word))
}

/// True if the bytes from `me` run on, through at most 32 of the
/// characters of an address's local part, into an "@" and a letter: the
/// keyword before `me` is part of an e-mail address ("mtan@gmail.com",
/// "mtan.lee@outlook.com").
pub(crate) fn in_local_part(b: &[u8], me: usize) -> bool {
    // (Read on only past a symbol: a letter or digit after the keyword
    // has its own rules, and most hits are followed by a space.)
    if !matches!(at(b, me), b'@' | b'.' | b'_' | b'-' | b'+') {
        return false;
    }
    let mut k = me;
    while k < b.len() && k - me <= 32 {
        match at(b, k) {
            b'@' => return at(b, k + 1).is_ascii_alphabetic(),
            c if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+') => k += 1,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{
        CORE_WORDS, KEYWORDS, KIND_BITS, T_ADDR, T_AUTH, T_BANK, T_CODE, T_CUR, T_GEN, T_LAST,
        T_NEG, T_PWT, T_TEST, T_UTIL, arabic_variants, edit_variants, kbit, trigger_spellings,
        typo_variants,
    };
    use crate::PiiKind;

    #[test]
    fn a_crowded_window_keeps_every_occurrence() {
        let kw = super::Keywords::new(kbit).unwrap();
        let text = "otp card ".repeat(150);
        let mut raw = super::Raw::empty();
        kw.fill(&mut raw, &text, 0, text.len());
        assert!(raw.covers(0, text.len()));
        let list = raw.list();
        assert!(list.len() >= 300, "{}", list.len());
        assert!(
            list.windows(2)
                .all(|w| (w[0].1, w[0].0) <= (w[1].1, w[1].0))
        );
        let fresh = kw.scan(&text, 0, text.len(), text.len(), text.len());
        let from_raw = kw.ctx_from_raw(&text, &raw, 0, text.len(), text.len(), text.len());
        assert_eq!(format!("{fresh:?}"), format!("{from_raw:?}"));
        // Refilled over a small window, the list is inline again.
        kw.fill(&mut raw, &text, 0, 9);
        assert_eq!(raw.list().len(), 2);
    }

    #[test]
    fn every_core_word_is_a_keyword_row() {
        for w in CORE_WORDS {
            assert!(KEYWORDS.iter().any(|(k, ..)| k == w), "{w}");
        }
    }

    #[test]
    fn edit_variants_double_a_letter_or_drop_an_inner_one() {
        let v = edit_variants("mobile");
        for t in ["moobile", "mobbile", "mobilee", "mobie", "moble", "mbile"] {
            assert!(v.iter().any(|x| x == t), "{t}");
        }
        // Never the first or last letter dropped, never the word itself.
        assert!(
            !v.iter()
                .any(|x| x == "obile" || x == "mobil" || x == "mobile")
        );
        // Five letters: doubled letters only.
        assert!(edit_variants("conta").iter().all(|x| x.len() == 6));
        // Accented words too, letter by letter.
        let v = edit_variants("código");
        for t in ["códdigo", "cóódigo", "cóigo", "códgo"] {
            assert!(v.iter().any(|x| x == t), "{t}");
        }
        let v = typo_variants("código");
        assert!(v.iter().any(|x| x == "códgio") && v.iter().any(|x| x == "códiog"));
        // Not phrases with accents, nor other scripts.
        assert_eq!(typo_variants("código de acceso").len(), 1);
        assert!(edit_variants("رقم الحساب").is_empty());
    }

    #[test]
    fn common_password_triggers_in_their_typed_spellings() {
        let v = trigger_spellings("contraseña");
        for t in ["contaseña", "contrasena", "conrtaseña", "contraseñña"] {
            assert!(v.iter().any(|x| x == t), "{t}");
        }
        assert!(trigger_spellings("senha").iter().any(|x| x == "sennha"));
        // Rarer triggers keep their swaps only.
        assert!(!trigger_spellings("parola").iter().any(|x| x == "parrola"));
    }

    #[test]
    fn arabic_variants_plain_letters() {
        assert_eq!(arabic_variants("البطاقة"), ["البطاقه"]);
        assert_eq!(
            arabic_variants("آخر صلاحية"),
            ["آخر صلاحيه", "اخر صلاحية", "اخر صلاحيه"]
        );
        assert_eq!(arabic_variants("في"), ["فى"]);
        assert!(arabic_variants("رقم").is_empty());
    }

    #[test]
    fn topic_bits_are_distinct_and_clear_of_kind_bits() {
        let kinds = PiiKind::builtins().iter().fold(0u64, |m, &k| m | kbit(k));
        let topics = [
            T_ADDR, T_AUTH, T_BANK, T_CODE, T_CUR, T_GEN, T_LAST, T_NEG, T_PWT, T_TEST, T_UTIL,
        ];
        let mut all = 0u64;
        for t in topics {
            assert_eq!(t.count_ones(), 1);
            assert_eq!(all & t, 0, "topic bit {t:#x} used twice");
            assert_eq!(kinds & t, 0, "topic bit {t:#x} is a kind's bit");
            assert_eq!(KIND_BITS & t, 0, "topic bit {t:#x} lies in KIND_BITS");
            all |= t;
        }
        assert_eq!(kinds & !KIND_BITS, 0, "a kind's bit lies outside KIND_BITS");
    }

    #[test]
    fn no_keyword_entry_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        for &(word, kinds, flags) in KEYWORDS {
            let key = (word.to_lowercase(), format!("{kinds:?}"), flags);
            assert!(
                seen.insert(key),
                "`{word}` is listed twice with the same topics"
            );
        }
    }
}
