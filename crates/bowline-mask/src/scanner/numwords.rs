//! Numbers said with more than one digit a word, as voice notes are
//! transcribed: "trinta e cinco", "cuatrocientos cincuenta y dos",
//! "ninety six", "dua puluh lima", "nineteen". A phrase is read from the
//! word it starts at into the two or three figures it says, so that a
//! spoken run ("dois dezenove noventa trinta e cinco zero meia …") yields
//! the digits a person read out. Also the words a speaker fills pauses
//! with ("eh", "né", "este", "o sea", "umm") and the sound-alikes speech
//! recognition writes for digits ("to", "for", "ate"), both counted only
//! inside a run.

use super::engine::{NAME_BITS, any_word_ci, digit_name, is_month, name_hash, next_token};
use super::text::{at, starts_with_ci};

/// How a number word combines: see [`NUMBER_WORDS`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A two-digit number said by one word ("quince", "dezenove",
    /// "veintitrés", "eleven", "sebelas").
    Literal(u8),
    /// The tens of Spanish and Portuguese ("treinta", "noventa"): a unit
    /// joins them only after "y" / "e" ("treinta y cuatro").
    Tens(u8),
    /// The tens of English ("twenty"): a unit right after joins them
    /// ("twenty five", "twenty-five").
    TensEn(u8),
    /// A whole hundred ("novecentos", "quinientos", "seratus").
    Hundreds(u8),
    /// The tens of Arabic and Arabizi, said after the unit and "and"
    /// ("أربعة وخمسين" 54, "sab3a w khamseen" 57), or alone ("خمسين").
    TensAr(u8),
    /// Indonesian and Malay "puluh" (tens of the unit before it).
    Puluh,
    /// Indonesian and Malay "belas" (ten and the unit before it).
    Belas,
    /// Indonesian "ratus", English "hundred" (hundreds of the unit before).
    Hundred,
}

/// The number words of English, Portuguese, Spanish and Indonesian beyond
/// the digit names (which `digit_name` reads).
const NUMBER_WORDS: &[(&str, Word)] = &[
    ("ten", Word::Literal(10)),
    ("eleven", Word::Literal(11)),
    ("twelve", Word::Literal(12)),
    ("thirteen", Word::Literal(13)),
    ("fourteen", Word::Literal(14)),
    ("fifteen", Word::Literal(15)),
    ("sixteen", Word::Literal(16)),
    ("seventeen", Word::Literal(17)),
    ("eighteen", Word::Literal(18)),
    ("nineteen", Word::Literal(19)),
    ("twenty", Word::TensEn(2)),
    ("thirty", Word::TensEn(3)),
    ("forty", Word::TensEn(4)),
    ("fourty", Word::TensEn(4)),
    ("fifty", Word::TensEn(5)),
    ("sixty", Word::TensEn(6)),
    ("seventy", Word::TensEn(7)),
    ("eighty", Word::TensEn(8)),
    ("ninety", Word::TensEn(9)),
    ("hundred", Word::Hundred),
    ("dez", Word::Literal(10)),
    ("onze", Word::Literal(11)),
    ("doze", Word::Literal(12)),
    ("treze", Word::Literal(13)),
    ("catorze", Word::Literal(14)),
    ("quatorze", Word::Literal(14)),
    ("quinze", Word::Literal(15)),
    ("dezesseis", Word::Literal(16)),
    ("dezasseis", Word::Literal(16)),
    ("dezessete", Word::Literal(17)),
    ("dezassete", Word::Literal(17)),
    ("dezoito", Word::Literal(18)),
    ("dezenove", Word::Literal(19)),
    ("dezanove", Word::Literal(19)),
    ("vinte", Word::Tens(2)),
    ("trinta", Word::Tens(3)),
    ("quarenta", Word::Tens(4)),
    ("cinquenta", Word::Tens(5)),
    ("cincoenta", Word::Tens(5)),
    ("sessenta", Word::Tens(6)),
    ("setenta", Word::Tens(7)),
    ("oitenta", Word::Tens(8)),
    ("noventa", Word::Tens(9)),
    ("cem", Word::Hundreds(1)),
    ("cento", Word::Hundreds(1)),
    ("duzentos", Word::Hundreds(2)),
    ("duzentas", Word::Hundreds(2)),
    ("trezentos", Word::Hundreds(3)),
    ("trezentas", Word::Hundreds(3)),
    ("quatrocentos", Word::Hundreds(4)),
    ("quatrocentas", Word::Hundreds(4)),
    ("quinhentos", Word::Hundreds(5)),
    ("quinhentas", Word::Hundreds(5)),
    ("seiscentos", Word::Hundreds(6)),
    ("seiscentas", Word::Hundreds(6)),
    ("setecentos", Word::Hundreds(7)),
    ("setecentas", Word::Hundreds(7)),
    ("oitocentos", Word::Hundreds(8)),
    ("oitocentas", Word::Hundreds(8)),
    ("novecentos", Word::Hundreds(9)),
    ("novecentas", Word::Hundreds(9)),
    ("diez", Word::Literal(10)),
    ("once", Word::Literal(11)),
    ("doce", Word::Literal(12)),
    ("trece", Word::Literal(13)),
    ("catorce", Word::Literal(14)),
    ("quince", Word::Literal(15)),
    ("dieciséis", Word::Literal(16)),
    ("dieciseis", Word::Literal(16)),
    ("diecisiete", Word::Literal(17)),
    ("dieciocho", Word::Literal(18)),
    ("diecinueve", Word::Literal(19)),
    ("veinte", Word::Tens(2)),
    ("veintiuno", Word::Literal(21)),
    ("veintiún", Word::Literal(21)),
    ("veintidós", Word::Literal(22)),
    ("veintidos", Word::Literal(22)),
    ("veintitrés", Word::Literal(23)),
    ("veintitres", Word::Literal(23)),
    ("veinticuatro", Word::Literal(24)),
    ("veinticinco", Word::Literal(25)),
    ("veintiséis", Word::Literal(26)),
    ("veintiseis", Word::Literal(26)),
    ("veintisiete", Word::Literal(27)),
    ("veintiocho", Word::Literal(28)),
    ("veintinueve", Word::Literal(29)),
    ("treinta", Word::Tens(3)),
    ("cuarenta", Word::Tens(4)),
    ("cincuenta", Word::Tens(5)),
    ("sesenta", Word::Tens(6)),
    ("ochenta", Word::Tens(8)),
    ("cien", Word::Hundreds(1)),
    ("ciento", Word::Hundreds(1)),
    ("doscientos", Word::Hundreds(2)),
    ("doscientas", Word::Hundreds(2)),
    ("trescientos", Word::Hundreds(3)),
    ("trescientas", Word::Hundreds(3)),
    ("cuatrocientos", Word::Hundreds(4)),
    ("cuatrocientas", Word::Hundreds(4)),
    ("quinientos", Word::Hundreds(5)),
    ("quinientas", Word::Hundreds(5)),
    ("seiscientos", Word::Hundreds(6)),
    ("seiscientas", Word::Hundreds(6)),
    ("setecientos", Word::Hundreds(7)),
    ("setecientas", Word::Hundreds(7)),
    ("ochocientos", Word::Hundreds(8)),
    ("ochocientas", Word::Hundreds(8)),
    ("novecientos", Word::Hundreds(9)),
    ("novecientas", Word::Hundreds(9)),
    ("sepuluh", Word::Literal(10)),
    ("sebelas", Word::Literal(11)),
    ("puluh", Word::Puluh),
    ("belas", Word::Belas),
    ("seratus", Word::Hundreds(1)),
    ("ratus", Word::Hundred),
    // Hindi numbers from eleven to ninety-nine, each one word, in Latin
    // letters (common spellings) and in Devanagari (ड़ as NFC leaves it).
    ("gyarah", Word::Literal(11)),
    ("gyaarah", Word::Literal(11)),
    ("barah", Word::Literal(12)),
    ("baarah", Word::Literal(12)),
    ("terah", Word::Literal(13)),
    ("chaudah", Word::Literal(14)),
    ("pandrah", Word::Literal(15)),
    ("solah", Word::Literal(16)),
    ("satrah", Word::Literal(17)),
    ("atharah", Word::Literal(18)),
    ("athaarah", Word::Literal(18)),
    ("unnis", Word::Literal(19)),
    ("unnees", Word::Literal(19)),
    ("bees", Word::Literal(20)),
    ("ikkis", Word::Literal(21)),
    ("ikkees", Word::Literal(21)),
    ("bais", Word::Literal(22)),
    ("baais", Word::Literal(22)),
    ("teis", Word::Literal(23)),
    ("teyis", Word::Literal(23)),
    ("chaubis", Word::Literal(24)),
    ("chaubees", Word::Literal(24)),
    ("pachis", Word::Literal(25)),
    ("pachchis", Word::Literal(25)),
    ("pachees", Word::Literal(25)),
    ("chhabbis", Word::Literal(26)),
    ("chhabbees", Word::Literal(26)),
    ("sattais", Word::Literal(27)),
    ("sattaees", Word::Literal(27)),
    ("atthais", Word::Literal(28)),
    ("athais", Word::Literal(28)),
    ("untis", Word::Literal(29)),
    ("unatees", Word::Literal(29)),
    ("ikattis", Word::Literal(31)),
    ("iktees", Word::Literal(31)),
    ("battis", Word::Literal(32)),
    ("battees", Word::Literal(32)),
    ("taintis", Word::Literal(33)),
    ("taintees", Word::Literal(33)),
    ("chautis", Word::Literal(34)),
    ("chauntees", Word::Literal(34)),
    ("paintis", Word::Literal(35)),
    ("paintees", Word::Literal(35)),
    ("chhattis", Word::Literal(36)),
    ("chhattees", Word::Literal(36)),
    ("saintis", Word::Literal(37)),
    ("saintees", Word::Literal(37)),
    ("adtis", Word::Literal(38)),
    ("adtees", Word::Literal(38)),
    ("untalis", Word::Literal(39)),
    ("untaalees", Word::Literal(39)),
    ("chalis", Word::Literal(40)),
    ("chaalees", Word::Literal(40)),
    ("chaalis", Word::Literal(40)),
    ("iktalis", Word::Literal(41)),
    ("iktaalees", Word::Literal(41)),
    ("bayalis", Word::Literal(42)),
    ("bayaalees", Word::Literal(42)),
    ("taintalis", Word::Literal(43)),
    ("taintaalees", Word::Literal(43)),
    ("chavalis", Word::Literal(44)),
    ("chauvaalees", Word::Literal(44)),
    ("paintalis", Word::Literal(45)),
    ("paintaalees", Word::Literal(45)),
    ("chhiyalis", Word::Literal(46)),
    ("chhiyaalees", Word::Literal(46)),
    ("saintalis", Word::Literal(47)),
    ("saintaalees", Word::Literal(47)),
    ("artalis", Word::Literal(48)),
    ("adtaalees", Word::Literal(48)),
    ("unchas", Word::Literal(49)),
    ("unchaas", Word::Literal(49)),
    ("pachas", Word::Literal(50)),
    ("pachaas", Word::Literal(50)),
    ("ikyavan", Word::Literal(51)),
    ("ikyaavan", Word::Literal(51)),
    ("bavan", Word::Literal(52)),
    ("baavan", Word::Literal(52)),
    ("tirpan", Word::Literal(53)),
    ("tirepan", Word::Literal(53)),
    ("chauvan", Word::Literal(54)),
    ("chauwan", Word::Literal(54)),
    ("pachpan", Word::Literal(55)),
    ("chhappan", Word::Literal(56)),
    ("sattavan", Word::Literal(57)),
    ("sattaavan", Word::Literal(57)),
    ("atthavan", Word::Literal(58)),
    ("athaavan", Word::Literal(58)),
    ("atthaavan", Word::Literal(58)),
    ("unsath", Word::Literal(59)),
    ("unsaath", Word::Literal(59)),
    ("iksath", Word::Literal(61)),
    ("iksaath", Word::Literal(61)),
    ("basath", Word::Literal(62)),
    ("baasath", Word::Literal(62)),
    ("tirsath", Word::Literal(63)),
    ("tirsaath", Word::Literal(63)),
    ("chausath", Word::Literal(64)),
    ("chaunsath", Word::Literal(64)),
    ("painsath", Word::Literal(65)),
    ("paisath", Word::Literal(65)),
    ("chhiyasath", Word::Literal(66)),
    ("chhiyaasath", Word::Literal(66)),
    ("sadsath", Word::Literal(67)),
    ("sarsath", Word::Literal(67)),
    ("adsath", Word::Literal(68)),
    ("arsath", Word::Literal(68)),
    ("unhattar", Word::Literal(69)),
    ("sattar", Word::Literal(70)),
    ("ikhattar", Word::Literal(71)),
    ("bahattar", Word::Literal(72)),
    ("tihattar", Word::Literal(73)),
    ("chauhattar", Word::Literal(74)),
    ("pachhattar", Word::Literal(75)),
    ("pachattar", Word::Literal(75)),
    ("chhihattar", Word::Literal(76)),
    ("sathattar", Word::Literal(77)),
    ("satattar", Word::Literal(77)),
    ("athattar", Word::Literal(78)),
    ("unasi", Word::Literal(79)),
    ("unaasi", Word::Literal(79)),
    ("assi", Word::Literal(80)),
    ("ikyasi", Word::Literal(81)),
    ("ikyaasi", Word::Literal(81)),
    ("bayasi", Word::Literal(82)),
    ("bayaasi", Word::Literal(82)),
    ("tirasi", Word::Literal(83)),
    ("tiraasi", Word::Literal(83)),
    ("chaurasi", Word::Literal(84)),
    ("chauraasi", Word::Literal(84)),
    ("pachasi", Word::Literal(85)),
    ("pachaasi", Word::Literal(85)),
    ("chhiyasi", Word::Literal(86)),
    ("chhiyaasi", Word::Literal(86)),
    ("sattasi", Word::Literal(87)),
    ("sattaasi", Word::Literal(87)),
    ("atthasi", Word::Literal(88)),
    ("athaasi", Word::Literal(88)),
    ("atthaasi", Word::Literal(88)),
    ("navasi", Word::Literal(89)),
    ("nawaasi", Word::Literal(89)),
    ("nabbe", Word::Literal(90)),
    ("nabbey", Word::Literal(90)),
    ("ikyanave", Word::Literal(91)),
    ("ikyaanave", Word::Literal(91)),
    ("ikyanve", Word::Literal(91)),
    ("banave", Word::Literal(92)),
    ("baanave", Word::Literal(92)),
    ("tiranave", Word::Literal(93)),
    ("tiraanave", Word::Literal(93)),
    ("chauranave", Word::Literal(94)),
    ("chauraanave", Word::Literal(94)),
    ("pachanave", Word::Literal(95)),
    ("pachaanave", Word::Literal(95)),
    ("chhiyanave", Word::Literal(96)),
    ("chhiyaanave", Word::Literal(96)),
    ("sattanave", Word::Literal(97)),
    ("sattaanave", Word::Literal(97)),
    ("atthanave", Word::Literal(98)),
    ("atthaanave", Word::Literal(98)),
    ("ninyanave", Word::Literal(99)),
    ("ninyaanave", Word::Literal(99)),
    ("ग्यारह", Word::Literal(11)),
    ("बारह", Word::Literal(12)),
    ("तेरह", Word::Literal(13)),
    ("चौदह", Word::Literal(14)),
    ("पंद्रह", Word::Literal(15)),
    ("सोलह", Word::Literal(16)),
    ("सत्रह", Word::Literal(17)),
    ("अठारह", Word::Literal(18)),
    ("उन्नीस", Word::Literal(19)),
    ("बीस", Word::Literal(20)),
    ("इक्कीस", Word::Literal(21)),
    ("बाईस", Word::Literal(22)),
    ("तेईस", Word::Literal(23)),
    ("चौबीस", Word::Literal(24)),
    ("पच्चीस", Word::Literal(25)),
    ("छब्बीस", Word::Literal(26)),
    ("सत्ताईस", Word::Literal(27)),
    ("अट्ठाईस", Word::Literal(28)),
    ("उनतीस", Word::Literal(29)),
    ("तीस", Word::Literal(30)),
    ("इकतीस", Word::Literal(31)),
    ("बत्तीस", Word::Literal(32)),
    ("तैंतीस", Word::Literal(33)),
    ("चौंतीस", Word::Literal(34)),
    ("पैंतीस", Word::Literal(35)),
    ("छत्तीस", Word::Literal(36)),
    ("सैंतीस", Word::Literal(37)),
    ("अड\u{93c}तीस", Word::Literal(38)),
    ("उनतालीस", Word::Literal(39)),
    ("चालीस", Word::Literal(40)),
    ("इकतालीस", Word::Literal(41)),
    ("बयालीस", Word::Literal(42)),
    ("तैंतालीस", Word::Literal(43)),
    ("चवालीस", Word::Literal(44)),
    ("पैंतालीस", Word::Literal(45)),
    ("छियालीस", Word::Literal(46)),
    ("सैंतालीस", Word::Literal(47)),
    ("अड\u{93c}तालीस", Word::Literal(48)),
    ("उनचास", Word::Literal(49)),
    ("पचास", Word::Literal(50)),
    ("इक्यावन", Word::Literal(51)),
    ("बावन", Word::Literal(52)),
    ("तिरेपन", Word::Literal(53)),
    ("चौवन", Word::Literal(54)),
    ("पचपन", Word::Literal(55)),
    ("छप्पन", Word::Literal(56)),
    ("सत्तावन", Word::Literal(57)),
    ("अट्ठावन", Word::Literal(58)),
    ("उनसठ", Word::Literal(59)),
    ("साठ", Word::Literal(60)),
    ("इकसठ", Word::Literal(61)),
    ("बासठ", Word::Literal(62)),
    ("तिरसठ", Word::Literal(63)),
    ("चौंसठ", Word::Literal(64)),
    ("पैंसठ", Word::Literal(65)),
    ("छियासठ", Word::Literal(66)),
    ("सड\u{93c}सठ", Word::Literal(67)),
    ("अड\u{93c}सठ", Word::Literal(68)),
    ("उनहत्तर", Word::Literal(69)),
    ("सत्तर", Word::Literal(70)),
    ("इकहत्तर", Word::Literal(71)),
    ("बहत्तर", Word::Literal(72)),
    ("तिहत्तर", Word::Literal(73)),
    ("चौहत्तर", Word::Literal(74)),
    ("पचहत्तर", Word::Literal(75)),
    ("छिहत्तर", Word::Literal(76)),
    ("सतहत्तर", Word::Literal(77)),
    ("अठहत्तर", Word::Literal(78)),
    ("उन्यासी", Word::Literal(79)),
    ("अस्सी", Word::Literal(80)),
    ("इक्यासी", Word::Literal(81)),
    ("बयासी", Word::Literal(82)),
    ("तिरासी", Word::Literal(83)),
    ("चौरासी", Word::Literal(84)),
    ("पचासी", Word::Literal(85)),
    ("छियासी", Word::Literal(86)),
    ("सत्तासी", Word::Literal(87)),
    ("अट्ठासी", Word::Literal(88)),
    ("नवासी", Word::Literal(89)),
    ("नब्बे", Word::Literal(90)),
    ("इक्यानबे", Word::Literal(91)),
    ("बानबे", Word::Literal(92)),
    ("तिरानबे", Word::Literal(93)),
    ("चौरानबे", Word::Literal(94)),
    ("पंचानबे", Word::Literal(95)),
    ("छियानबे", Word::Literal(96)),
    ("सत्तानबे", Word::Literal(97)),
    ("अट्ठानबे", Word::Literal(98)),
    ("निन्यानबे", Word::Literal(99)),
    ("sau", Word::Hundred),
    ("सौ", Word::Hundred),
    // Arabic teens and hundreds as spoken (Egyptian, Gulf, Levantine).
    ("عشرة", Word::Literal(10)),
    ("حداشر", Word::Literal(11)),
    ("احداشر", Word::Literal(11)),
    ("اتناشر", Word::Literal(12)),
    ("اطناشر", Word::Literal(12)),
    ("تلتاشر", Word::Literal(13)),
    ("ثلطعش", Word::Literal(13)),
    ("اربعتاشر", Word::Literal(14)),
    ("اربعطعش", Word::Literal(14)),
    ("خمستاشر", Word::Literal(15)),
    ("خمسطعش", Word::Literal(15)),
    ("ستاشر", Word::Literal(16)),
    ("سطعش", Word::Literal(16)),
    ("سبعتاشر", Word::Literal(17)),
    ("سبعطعش", Word::Literal(17)),
    ("تمنتاشر", Word::Literal(18)),
    ("ثمنطعش", Word::Literal(18)),
    ("تسعتاشر", Word::Literal(19)),
    ("تسعطعش", Word::Literal(19)),
    ("مية", Word::Hundreds(1)),
    ("ميه", Word::Hundreds(1)),
    ("مئة", Word::Hundreds(1)),
    ("ميتين", Word::Hundreds(2)),
    ("مئتين", Word::Hundreds(2)),
    ("تلتمية", Word::Hundreds(3)),
    ("ربعمية", Word::Hundreds(4)),
    ("خمسمية", Word::Hundreds(5)),
    ("ستمية", Word::Hundreds(6)),
    ("سبعمية", Word::Hundreds(7)),
    ("تمنمية", Word::Hundreds(8)),
    ("تسعمية", Word::Hundreds(9)),
    ("3ashara", Word::Literal(10)),
    ("7edashar", Word::Literal(11)),
    ("hedashar", Word::Literal(11)),
    ("etnashar", Word::Literal(12)),
    ("itnashar", Word::Literal(12)),
    ("talatashar", Word::Literal(13)),
    ("arba3tashar", Word::Literal(14)),
    ("khamastashar", Word::Literal(15)),
    ("setashar", Word::Literal(16)),
    ("sitta3ash", Word::Literal(16)),
    ("saba3tashar", Word::Literal(17)),
    ("tamantashar", Word::Literal(18)),
    ("thamanta3ash", Word::Literal(18)),
    ("tesa3tashar", Word::Literal(19)),
    ("tisa3ta3ash", Word::Literal(19)),
    ("meya", Word::Hundreds(1)),
    ("miya", Word::Hundreds(1)),
    ("meyya", Word::Hundreds(1)),
    ("meteen", Word::Hundreds(2)),
    ("miteen", Word::Hundreds(2)),
    ("thamaneen", Word::TensAr(8)),
    ("thalatheen", Word::TensAr(3)),
    ("عشرين", Word::TensAr(2)),
    ("ثلاثين", Word::TensAr(3)),
    ("تلاتين", Word::TensAr(3)),
    ("اربعين", Word::TensAr(4)),
    ("أربعين", Word::TensAr(4)),
    ("خمسين", Word::TensAr(5)),
    ("ستين", Word::TensAr(6)),
    ("سبعين", Word::TensAr(7)),
    ("ثمانين", Word::TensAr(8)),
    ("تمانين", Word::TensAr(8)),
    ("تسعين", Word::TensAr(9)),
    // (Glued to "و", "and".)
    ("وعشرين", Word::TensAr(2)),
    ("وثلاثين", Word::TensAr(3)),
    ("وتلاتين", Word::TensAr(3)),
    ("واربعين", Word::TensAr(4)),
    ("وأربعين", Word::TensAr(4)),
    ("وخمسين", Word::TensAr(5)),
    ("وستين", Word::TensAr(6)),
    ("وسبعين", Word::TensAr(7)),
    ("وثمانين", Word::TensAr(8)),
    ("وتمانين", Word::TensAr(8)),
    ("وتسعين", Word::TensAr(9)),
    ("3eshreen", Word::TensAr(2)),
    ("3ishreen", Word::TensAr(2)),
    ("talateen", Word::TensAr(3)),
    ("tlateen", Word::TensAr(3)),
    ("arb3een", Word::TensAr(4)),
    ("arba3een", Word::TensAr(4)),
    ("khamseen", Word::TensAr(5)),
    ("5amseen", Word::TensAr(5)),
    ("setteen", Word::TensAr(6)),
    ("sitteen", Word::TensAr(6)),
    ("sab3een", Word::TensAr(7)),
    ("tamaneen", Word::TensAr(8)),
    ("tmaneen", Word::TensAr(8)),
    ("tes3een", Word::TensAr(9)),
    ("tis3een", Word::TensAr(9)),
];

/// The words "and" that join a unit to its tens or hundreds.
const AND: &[&str] = &["e", "y", "and"];

/// The words "and" between an Arabic unit and its tens ("sab3a w
/// khamseen", "خمسة و ثلاثين").
const AND_AR: &[&str] = &["w", "wa", "و"];

/// Words a speaker fills a pause with, which transcripts keep inside a
/// number read out ("quatro sete ah zero", "cinco uno este... ocho",
/// "nine two uh four").
const FILLERS: &[&str] = &[
    "eh",
    "ehh",
    "ehhh",
    "ehm",
    "emm",
    "erm",
    "er",
    "err",
    "uh",
    "uhh",
    "uhm",
    "umm",
    "ummm",
    "hmm",
    "mmm",
    "mm",
    "ah",
    "ahh",
    "é",
    "éé",
    "ééé",
    "né",
    "tipo",
    "este",
    "pues",
    "like",
    "anu",
    "yaani",
    "ya3ni",
    "matlab",
    "اه",
    "آه",
    "ااه",
    "امم",
    "اممم",
    "يعني",
    "haan",
    "woh",
    "eee",
    "मतलब",
    "हाँ",
    "हां",
    // "slash" read out between an expiry's month and year.
    "slash",
    "barra",
    // (Mexico's word for the slash: "cero nueve diagonal veintinueve".)
    "diagonal",
];

/// What recognition writes for a digit said in English: "to" and "too"
/// for two, "for" for four, "ate" for eight.
const SOUND_ALIKES: &[(&str, u8)] = &[("to", 2), ("too", 2), ("for", 4), ("ate", 8)];

/// The first bytes (ASCII letters folded to lower case) of the
/// [`NUMBER_WORDS`]: most words are ruled out by one load.
const FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    #[expect(
        clippy::indexing_slicing,
        reason = "k < len, and a byte indexes 256 slots"
    )]
    while k < NUMBER_WORDS.len() {
        if let Some(&c) = NUMBER_WORDS[k].0.as_bytes().first() {
            t[c.to_ascii_lowercase() as usize] = true;
            t[c.to_ascii_uppercase() as usize] = true;
        }
        k += 1;
    }
    t
};

/// A filter of [`NUMBER_WORDS`] by the digit names' hash (`name_hash`):
/// nearly every other word misses it, before the list is searched.
const BLOOM: [u64; NAME_BITS / 64] = {
    let mut t = [0u64; NAME_BITS / 64];
    let mut k = 0;
    #[expect(
        clippy::indexing_slicing,
        reason = "k < len, and a hash indexes NAME_BITS bits"
    )]
    while k < NUMBER_WORDS.len() {
        let h = name_hash(NUMBER_WORDS[k].0.as_bytes());
        t[h / 64] |= 1 << (h % 64);
        k += 1;
    }
    t
};

/// For each byte length of the [`NUMBER_WORDS`] (up to 31), a bit per
/// last byte (lower-cased, modulo 128).
const SHAPES: [u128; 32] = {
    let mut t = [0u128; 32];
    let mut k = 0;
    #[expect(clippy::indexing_slicing, reason = "k < len, and lengths are checked")]
    while k < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[k].0.as_bytes();
        if w.len() < 32 {
            if let Some(&c) = w.last() {
                t[w.len()] |= 1 << (c.to_ascii_lowercase() % 128);
            }
        }
        k += 1;
    }
    t
};

fn number_word(w: &[u8]) -> Option<Word> {
    let first = w.first().map_or(0, |&c| usize::from(c));
    // (Devanagari words take three bytes a letter: "निन्यानबे" is 27.)
    if !(3..=30).contains(&w.len()) || !FIRST.get(first).copied().unwrap_or(false) {
        return None;
    }
    // (First by length and the last byte, which costs no pass over the
    // word.)
    let last = w.last().map_or(0, |&c| usize::from(c.to_ascii_lowercase()));
    if SHAPES
        .get(w.len())
        .is_none_or(|x| x & (1 << (last % 128)) == 0)
    {
        return None;
    }
    let h = name_hash(w);
    if BLOOM.get(h / 64).is_none_or(|x| x & (1 << (h % 64)) == 0) {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .find(|(n, _)| n.as_bytes().eq_ignore_ascii_case(w))
        .map(|&(_, x)| x)
}

/// True if `w` is a number word beyond the digit names (see
/// [`NUMBER_WORDS`]).
pub(crate) fn is_number_word(w: &[u8]) -> bool {
    number_word(w).is_some()
}

/// True if `w` fills a pause (see [`FILLERS`]); "o sea" is read as two
/// words by the caller.
pub(crate) fn is_filler(w: &[u8]) -> bool {
    w.len() <= 12 && one_of(FILLERS, w)
}

/// Fillers of two words inside a number read out ("… cuatro, o sea, cero
/// ocho …", "… seven five two nine you know 1703 …").
pub(crate) const FILLER_PAIRS: &[(&str, &str)] = &[("o", "sea"), ("you", "know"), ("ya", "know")];

/// True if the words `w1`, `w2` are a filler of two words (see
/// [`FILLER_PAIRS`]).
pub(crate) fn is_filler_pair(w1: &[u8], w2: &[u8]) -> bool {
    FILLER_PAIRS.iter().any(|&(a, z)| {
        w1.eq_ignore_ascii_case(a.as_bytes()) && w2.eq_ignore_ascii_case(z.as_bytes())
    })
}

/// The digit an English sound-alike word stands for inside a run.
pub(crate) fn sound_alike(w: &[u8]) -> Option<u8> {
    SOUND_ALIKES
        .iter()
        .find(|(n, _)| n.as_bytes().eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// A number phrase: where it ends and the figures it says.
#[derive(Clone, Copy)]
pub(crate) struct Phrase {
    pub(crate) end: usize,
    pub(crate) digits: [u8; 3],
    pub(crate) n: usize,
}

/// The next token after `e` when only a space or a dash (one or two bytes)
/// lies between: the next word of the same number.
pub(crate) fn next_word(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let (s, t) = next_token(b, e)?;
    let gap = b.get(e..s)?;
    (matches!(gap, b" " | b"-" | b" - ")).then_some((s, t))
}

/// The unit (1–9) a digit name at `(s, e)` says.
fn unit_at(b: &[u8], (s, e): (usize, usize)) -> Option<u8> {
    digit_name(b.get(s..e)?).filter(|&v| v > 0)
}

/// The tens part of a phrase from the token `(s, e)`: its two figures and
/// where it ends.
fn tens(b: &[u8], tok: (usize, usize)) -> Option<(u8, usize)> {
    let end = tok.1;
    match number_word(b.get(tok.0..end)?) {
        Some(Word::Literal(value)) => Some((value, end)),
        Some(Word::Tens(ten)) => {
            // "treinta y cuatro", "trinta e cinco".
            let joined = next_word(b, end).and_then(|and| {
                if !one_of(AND, b.get(and.0..and.1)?) {
                    return None;
                }
                let unit = next_word(b, and.1)?;
                Some((ten * 10 + unit_at(b, unit)?, unit.1))
            });
            Some(joined.unwrap_or((ten * 10, end)))
        }
        Some(Word::TensAr(ten)) => Some((ten * 10, end)),
        Some(Word::TensEn(ten)) => {
            let joined =
                next_word(b, end).and_then(|unit| Some((ten * 10 + unit_at(b, unit)?, unit.1)));
            Some(joined.unwrap_or((ten * 10, end)))
        }
        _ => {
            // "dua puluh lima", "tiga puluh", "lima belas".
            let unit = unit_at(b, tok)?;
            let mut next = next_word(b, end)?;
            if b.get(next.0..next.1).is_some_and(|w| one_of(AND_AR, w)) {
                next = next_word(b, next.1)?;
            }
            match number_word(b.get(next.0..next.1)?)? {
                Word::Puluh => {
                    let joined = next_word(b, next.1)
                        .and_then(|more| Some((unit * 10 + unit_at(b, more)?, more.1)));
                    Some(joined.unwrap_or((unit * 10, next.1)))
                }
                Word::Belas => Some((10 + unit, next.1)),
                // "خمسة وأربعين", "khamsa w arb3een": the unit first.
                Word::TensAr(ten) => Some((ten * 10 + unit, next.1)),
                _ => None,
            }
        }
    }
}

/// The number phrase starting at the token `(s, e)`, if it is one: a
/// hundreds part, a tens part, or both ("cento e quarenta e três" 143,
/// "quinientos cincuenta y seis" 556, "novecentos" 900, "nine hundred
/// and five" 905, "noventa" 90, "twenty five" 25, "dua puluh lima" 25,
/// "dieciocho" 18). A digit name alone is none: the caller reads it.
pub(crate) fn phrase(b: &[u8], start: usize, end: usize) -> Option<Phrase> {
    let hundreds = match number_word(b.get(start..end)?) {
        Some(Word::Hundreds(h)) => Some((h, end)),
        Some(_) => None,
        None => unit_at(b, (start, end)).and_then(|h| {
            let (hs, he) = next_word(b, end)?;
            (number_word(b.get(hs..he)?)? == Word::Hundred).then_some((h, he))
        }),
    };
    let Some((h, he)) = hundreds else {
        let (value, to) = tens(b, (start, end))?;
        return Some(Phrase {
            end: to,
            digits: [value / 10, value % 10, 0],
            n: 2,
        });
    };
    // What follows the hundred, after an optional "and".
    let mut after = next_word(b, he);
    if let Some(x) = after {
        let word = b.get(x.0..x.1).unwrap_or(&[]);
        if one_of(AND, word) || one_of(AND_AR, word) {
            after = next_word(b, x.1);
        } else if number_word(word).is_none() && digit_name(word).is_none_or(|d| d == 0) {
            // (A tens word or a unit follows without "and": "ciento
            // cuarenta", "ciento uno".)
            after = None;
        }
    }
    let rest = after.and_then(|x| tens(b, x).or_else(|| unit_at(b, x).map(|u| (u, x.1))));
    let (value, to) = rest.unwrap_or((0, he));
    Some(Phrase {
        end: to,
        digits: [h, value / 10, value % 10],
        n: 3,
    })
}

/// The words that say "dot" in an address read out (Arabic "دوت" too).
pub(crate) const DOTS: &[&str] = &["dot", "ponto", "punto", "titik", "دوت"];

/// Words that say "_" between the parts of an address's name ("noura
/// underscore r at hotmail …").
const UNDERSCORES: &[&str] = &["underscore"];

/// The words that say "@": "arroba" in Portuguese and Spanish, "at", and
/// Indian English "at the rate".
const ATS: &[&str] = &["at", "arroba", "et"];

/// The top-level domains an address read out may end with.
const TLDS: &[&str] = &[
    "com", "net", "org", "co", "in", "br", "id", "mx", "es", "ar", "uk", "ae", "sa", "eg", "ng",
    "my", "edu", "gov", "io", "me", "info", "biz", "pe", "cl", "com.br",
];

/// Mail providers: after a bare "at", the domain must be one of them
/// unless the name has several parts or digits ("meet me at home dot com"
/// is no address).
const PROVIDERS: &[&str] = &[
    "gmail",
    "googlemail",
    "yahoo",
    "ymail",
    "outlook",
    "hotmail",
    "live",
    "icloud",
    "me",
    "aol",
    "proton",
    "protonmail",
    "rediffmail",
    "rediff",
    "uol",
    "bol",
    "terra",
    "zoho",
    "gmx",
    "mail",
];

/// True if `w` is one of `words`, in any ASCII case.
pub(crate) fn one_of(words: &[&str], w: &[u8]) -> bool {
    words.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w))
}

/// UPI ids read out in words ("pooja dot nair at ybl", "rahul gupta at
/// the rate okicici", "60085 77196 at axl", "rahul dot k @ axl"): a word of
/// "@" between a name of up to five words (letters or digits, joined by
/// spaces or words of "dot") and a handle `is_handle` knows, after a word
/// of UPI ("upi", "vpa") at most 40 bytes before the name. Each is
/// reported as `(start, end)`.
pub(crate) fn spoken_upis(
    b: &[u8],
    is_handle: impl Fn(&[u8]) -> bool,
    mut report: impl FnMut(usize, usize),
) {
    /// Words that end the name on its left ("my UPI id is …", "UPI id
    /// hai …").
    const STOPS: &[&str] = &[
        "is", "id", "upi", "vpa", "hai", "my", "mera", "meri", "ka", "ki", "ye", "yeh", "the",
        "es", "to", "pe", "send",
    ];
    // (The two marks' places, merged in order: one pass each.)
    let mut ats = memchr::memmem::find_iter(b, b" at ");
    let mut signs = memchr::memmem::find_iter(b, b" @ ");
    let (mut next_at, mut next_sign) = (ats.next(), signs.next());
    loop {
        let (mark, len) = match (next_at, next_sign) {
            (Some(word), Some(sign)) if sign < word => {
                next_sign = signs.next();
                (sign, 3)
            }
            (Some(word), _) => {
                next_at = ats.next();
                let rate = b
                    .get(word..)
                    .is_some_and(|t| starts_with_ci(t, b" at the rate "));
                (word, if rate { 13 } else { 4 })
            }
            (None, Some(sign)) => {
                next_sign = signs.next();
                (sign, 3)
            }
            (None, None) => break,
        };
        let i = mark + len;
        // The handle: letters and digits, not a domain's first part.
        let he = i + b.get(i..).map_or(0, |t| {
            t.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
        });
        let domain = at(b, he) == b'.' && at(b, he + 1).is_ascii_alphabetic();
        if he == i || domain || !is_handle(b.get(i..he).unwrap_or(&[])) {
            continue;
        }
        // The name, word by word leftwards.
        let mut p = mark;
        let mut start = None;
        for _ in 0..5 {
            let ws = p - b.get(..p).map_or(0, |t| {
                t.iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count()
            });
            let word = b.get(ws..p).unwrap_or(&[]);
            if word.is_empty() || one_of(STOPS, word) {
                break;
            }
            if !one_of(DOTS, word) {
                start = Some(ws);
            }
            if ws == 0 || at(b, ws - 1) != b' ' {
                break;
            }
            p = ws - 1;
        }
        let Some(ns) = start else { continue };
        let head = b.get(ns.saturating_sub(40)..ns).unwrap_or(&[]);
        if any_word_ci(head, &["upi", "vpa"]) {
            report(ns, he);
        }
    }
}

/// E-mail addresses read out in words ("thiago ponto santos arroba gmail
/// ponto com", "chris dot taylor80 at outlook dot com", "rahul at the rate
/// yahoo dot co dot in"): a word of "@" between a name (its parts joined
/// by words of "dot") and a domain whose last part is a known top-level
/// domain after a word of "dot". Each is reported as `(start, end)`.
pub(crate) fn spoken_emails(b: &[u8], mut report: impl FnMut(usize, usize)) {
    // (The caller looks first for a word of "dot" between spaces, which
    // every address read out holds.)
    let word = |(s, e): (usize, usize)| b.get(s..e).unwrap_or(&[]);
    let alnum = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_alphanumeric);
    // The end of the domain that starts with the word `dom`: one or more
    // "dot <part>" after it, the last part a top-level domain.
    let domain_end = |dom: (usize, usize)| {
        let mut end = None;
        let mut k = dom.1;
        while let Some(d) = next_word(b, k).filter(|&x| one_of(DOTS, word(x))) {
            let Some(part) = next_word(b, d.1) else { break };
            if !alnum(word(part)) {
                break;
            }
            k = part.1;
            if one_of(TLDS, word(part)) {
                end = Some(part.1);
            }
        }
        end
    };
    // The last two tokens before the current one, and where the current
    // address's name starts.
    let mut prev: [Option<(usize, usize)>; 2] = [None, None];
    let mut name_start: Option<usize> = None;
    let mut i = 0;
    while let Some(t) = next_token(b, i) {
        i = t.1;
        let w = word(t);
        if one_of(ATS, w) {
            let named =
                prev[0].filter(|p| !one_of(DOTS, word(*p)) && b.get(p.1..t.0) == Some(b" "));
            if let (Some(ns), Some(_)) = (name_start, named) {
                // "at the rate".
                let mut at_end = t.1;
                if let Some(x) =
                    next_word(b, at_end).filter(|&x| word(x).eq_ignore_ascii_case(b"the"))
                {
                    if let Some(y) =
                        next_word(b, x.1).filter(|&y| word(y).eq_ignore_ascii_case(b"rate"))
                    {
                        at_end = y.1;
                    }
                }
                // (After a bare "at": a known provider, or a name of
                // several parts or with digits.)
                let plain_at = at_end == t.1 && !w.eq_ignore_ascii_case(b"arroba");
                let strong_name = b.get(ns..t.0).is_some_and(|n| {
                    n.iter().any(u8::is_ascii_digit)
                        || n.contains(&b' ') && n.trim_ascii_end().contains(&b' ')
                });
                let end = next_word(b, at_end)
                    .filter(|&x| {
                        alnum(word(x)) && (!plain_at || strong_name || one_of(PROVIDERS, word(x)))
                    })
                    .and_then(domain_end);
                if let Some(end) = end {
                    report(ns, end);
                    name_start = None;
                    i = end;
                    prev = [None, None];
                    continue;
                }
            }
        }
        // The name: a word of letters and digits, or parts joined by
        // words of "dot" or "underscore" ("thiago ponto santos"), a space
        // apart.
        let joint = |x: &[u8]| one_of(DOTS, x) || one_of(UNDERSCORES, x);
        let spaced = prev[0].is_some_and(|p| b.get(p.1..t.0) == Some(b" "));
        name_start = if joint(w) {
            name_start.filter(|_| spaced)
        } else if !alnum(w) {
            None
        } else if spaced
            && name_start.is_some()
            && (prev[0].is_some_and(|d| joint(word(d))) || w.iter().all(u8::is_ascii_digit))
        {
            // (Digits said after the name: "vikas dot malhotra 88 at …".)
            name_start
        } else {
            Some(t.0)
        };
        // An "@" typed between the name and a domain read out
        // ("joaohassan@yahoo ponto com", "pooja dot 07@outlook dot com").
        // (With the part of the name typed before it: "carla.m@yahoo …".)
        if let Some(mut ns) = name_start.filter(|_| at(b, t.1) == b'@') {
            while ns > 0
                && matches!(at(b, ns - 1), b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'.' | b'_' | b'-' | b'+')
            {
                ns -= 1;
            }
            while matches!(at(b, ns), b'.' | b'_' | b'-' | b'+') {
                ns += 1;
            }
            let dom = next_token(b, t.1 + 1).filter(|&x| x.0 == t.1 + 1 && alnum(word(x)));
            if let Some(end) = dom.and_then(domain_end) {
                report(ns, end);
                name_start = None;
                i = end;
                prev = [None, None];
                continue;
            }
        }
        prev = [Some(t), prev[0]];
    }
}

/// The figures one token of a number says, read from `(s, e)`: figures
/// (up to four), a word of two or three figures (read to its end), or a
/// digit name; with where it ends.
fn said_at(b: &[u8], (start, end): (usize, usize)) -> Option<([u8; 4], usize, usize)> {
    let word = b.get(start..end)?;
    let mut out = [0u8; 4];
    if word.iter().all(u8::is_ascii_digit) {
        if word.len() > 4 {
            return None;
        }
        for (o, &c) in out.iter_mut().zip(word) {
            *o = c - b'0';
        }
        return Some((out, word.len(), end));
    }
    if let Some(p) = phrase(b, start, end) {
        for (o, &d) in out.iter_mut().zip(p.digits.get(..p.n)?) {
            *o = d;
        }
        return Some((out, p.n, p.end));
    }
    out[0] = digit_name(word)?;
    Some((out, 1, end))
}

/// English ordinals of a month's days said in one word.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// The day an ordinal word says ("fourth", "twelfth").
fn ordinal_word(w: &[u8]) -> Option<u32> {
    // (Each ends in "st", "nd", "rd" or "th": most words are ruled out by
    // their length and last byte.)
    if !(5..=11).contains(&w.len())
        || !matches!(w.last(), Some(b't' | b'd' | b'h' | b'T' | b'D' | b'H'))
    {
        return None;
    }
    ORDINALS
        .iter()
        .find(|(o, _)| o.as_bytes().eq_ignore_ascii_case(w))
        .map(|&(_, d)| d)
}

/// The day an ordinal said from the token `t` on gives ("fourth",
/// "twenty-fourth", "thirty first"), and where it ends.
fn ordinal_at(b: &[u8], t: (usize, usize)) -> Option<(u32, usize)> {
    let w = b.get(t.0..t.1)?;
    if let Some(d) = ordinal_word(w) {
        return Some((d, t.1));
    }
    let tens = if w.eq_ignore_ascii_case(b"twenty") {
        20
    } else if w.eq_ignore_ascii_case(b"thirty") {
        30
    } else {
        return None;
    };
    let (us, ue) = next_token(b, t.1)?;
    let joined = b.get(t.1..us).is_some_and(|g| g == b"-" || g == b" ");
    let unit = ordinal_word(b.get(us..ue)?).filter(|&u| u <= 9)?;
    (joined && tens + unit <= 31).then_some((tens + unit, ue))
}

/// The day said from the token `t` on, in words (1–31): an ordinal, a
/// digit's name or a word of a number; with where it ends, or `Err` with
/// the end of words of a number that is no day.
fn day_at(b: &[u8], t: (usize, usize)) -> Result<Option<(u32, usize)>, usize> {
    // (In words, not in figures: the date reader has those.)
    if b.get(t.0).is_some_and(u8::is_ascii_digit) {
        return Ok(None);
    }
    if let Some(o) = ordinal_at(b, t) {
        return Ok(Some(o));
    }
    let Some((day, nday, at)) = said_at(b, t) else {
        return Ok(None);
    };
    let value = day
        .get(..nday)
        .unwrap_or(&[])
        .iter()
        .fold(0u32, |v, &d| v * 10 + u32::from(d));
    if (1..=31).contains(&value) {
        Ok(Some((value, at)))
    } else {
        Err(at)
    }
}

/// Words that may stand between a date's parts ("vinte e dois de março de
/// 1991", "veintiuno de junio del setenta", "the eighteenth of March").
const DATE_JOINS: &[&str] = &["de", "del", "of", "the"];

/// Dates said in words ("vinte e dois de março de 1991", "eighteen March
/// nineteen eighty six", "dua puluh tiga November 2001", "atharah December
/// unnees sau ninyaanave", "veintiuno de junio del setenta"): a day said in
/// words (1–31), a month's name, and a year of four figures (in figures or
/// said: "nineteen eighty six", "one nine seventy two") or two after
/// "del". Each is reported as `(start, end)`; the caller decides whether a
/// word of birth is near.
pub(crate) fn spoken_dates(b: &[u8], mut report: impl FnMut(usize, usize, bool)) {
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    // Each month's name first (most texts hold none), then a day said
    // within 48 bytes before it.
    let mut from = 0;
    let mut done = 0;
    // Whether the words right before are a number (and its "de" / "of").
    let mut last_numeric = false;
    // The token before, and the one before it.
    let mut prev: [Option<(usize, usize)>; 2] = [None, None];
    while let Some(m) = next_token(b, from) {
        from = m.1;
        let w = b.get(m.0..m.1).unwrap_or(&[]);
        // (A month's name is looked for only right after a word of a
        // number, or after "de" / "of" after one: most words are neither.)
        // (A year typed after a month's name counts: "expiry June 2030".)
        // (Not a date's year first: "2025-07-05".)
        let typed_year = w.len() == 4
            && w.starts_with(b"20")
            && w.iter().all(u8::is_ascii_digit)
            && !matches!(b.get(m.1), Some(b'-' | b'/' | b'.'));
        let numeric = digit_name(w).is_some()
            || number_word(w).is_some()
            || ordinal_word(w).is_some()
            || typed_year;
        let after_number = last_numeric;
        last_numeric = numeric || last_numeric && one_of(DATE_JOINS, w);
        let before = prev;
        prev = [Some(m), before[0]];
        // The first word of a number right after a month's name (or its
        // "the"): a date said month first ("July twelve nineteen
        // eighty-eight", "May the fourth 1967").
        if numeric && !after_number {
            // (Its "the", "del" or "of" may stand between: "May the
            // fourth", "noviembre del treinta y dos".)
            let joined = |p: (usize, usize)| {
                b.get(p.0..p.1)
                    .is_some_and(|x| one_of(&["the", "del", "de", "of"], x))
            };
            let month = match before {
                [Some(p), _] if !joined(p) => Some(p),
                [_, p] => p,
            }
            .filter(|p| p.0 >= done && b.get(p.0..p.1).is_some_and(is_month));
            // Or a month and a year alone, as a card's expiry is said
            // ("expires february twenty twenty-six", "may twenty thirty",
            // "vence diciembre del treinta").
            // (Not the month of a whole date: "01 Aug 2024", "18 de
            // fevereiro de 2024".)
            let found = month.and_then(|p| {
                month_first(b, m).map(|e| (e, true)).or_else(|| {
                    (!after_day(b, p.0))
                        .then(|| expiry_year(b, p.1))
                        .flatten()
                        .map(|e| (e, false))
                })
            });
            if let (Some(p), Some((end, whole))) = (month, found) {
                report(p.0, end, whole);
                done = end;
                from = end;
                prev = [None, None];
                last_numeric = false;
                continue;
            }
        }
        if !after_number || w.len() < 2 || w.first().is_some_and(u8::is_ascii_digit) || !is_month(w)
        {
            continue;
        }
        // (From a word's start.)
        let mut lo = m.0.saturating_sub(48).max(done);
        if lo > 0 && b.get(lo - 1).is_some_and(|&c| word_byte(c)) {
            while lo < m.0 && b.get(lo).is_some_and(|&c| word_byte(c)) {
                lo += 1;
            }
        }
        let mut i = lo;
        let mut last = None;
        while let Some(t) = next_token(b, i).filter(|t| t.0 < m.0) {
            i = t.1;
            match date_at(b, t) {
                Ok(Some((month, end))) if month == m.0 => {
                    // (With its "the": "the fourth july nineteen sixty-seven".)
                    let the = last.filter(|&(ls, le)| {
                        b.get(ls..le)
                            .is_some_and(|x| x.eq_ignore_ascii_case(b"the"))
                            && b.get(le..t.0) == Some(b" ")
                    });
                    report(the.map_or(t.0, |(ls, _)| ls), end, true);
                    done = end;
                    from = end;
                    break;
                }
                Ok(_) => {}
                // (Not from inside a phrase: "thirty two March" holds no
                // day.)
                Err(skip) => i = skip,
            }
            last = Some(t);
        }
    }
}

/// The date said from the token `t` on: where its month's name starts and
/// where it ends; `Err` with the end of the phrase when `t` starts words
/// of a number that is no day.
fn date_at(b: &[u8], t: (usize, usize)) -> Result<Option<(usize, usize)>, usize> {
    let Some((_, at)) = day_at(b, t)? else {
        return Ok(None);
    };
    let mut tok = next_word_any(b, at);
    while let Some(x) = tok.filter(|x| b.get(x.0..x.1).is_some_and(|w| one_of(DATE_JOINS, w))) {
        tok = next_word_any(b, x.1);
    }
    let Some(month) = tok.filter(|x| b.get(x.0..x.1).is_some_and(is_month)) else {
        return Ok(None);
    };
    Ok(year_after(b, month.1).map(|(e, _)| (month.0, e)))
}

/// Where a date said month first ends ("July twelve nineteen
/// eighty-eight", "may the fourth, nineteen sixty-seven"): the day from
/// the token `t` right after the month's name, then the year.
fn month_first(b: &[u8], t: (usize, usize)) -> Option<usize> {
    let (_, at) = day_at(b, t).ok()??;
    year_after(b, at).map(|(e, _)| e)
}

/// True if a day stands right before the month's name at `month` (figures
/// or words of a number, maybe with "de" / "of" / "del" between).
fn after_day(b: &[u8], month: usize) -> bool {
    let mut k = month;
    while k > 0 && matches!(b.get(k - 1), Some(b' ' | b'-' | b'/' | b'.' | b',')) {
        k -= 1;
    }
    let head = b.get(..k).unwrap_or(&[]);
    for join in ["de", "of", "del"] {
        if let Some(h) = head.strip_suffix(join.as_bytes()) {
            if h.ends_with(b" ") {
                k = h.len() - 1;
                break;
            }
        }
    }
    if k == month {
        return false;
    }
    let ws = b
        .get(..k)
        .and_then(|h| h.iter().rposition(|c| !c.is_ascii_alphanumeric()))
        .map_or(0, |q| q + 1);
    b.get(ws..k).is_some_and(|t| {
        !t.is_empty()
            && (t.iter().any(u8::is_ascii_digit)
                || digit_name(t).is_some()
                || number_word(t).is_some()
                || ordinal_word(t).is_some())
    })
}

/// Where a card's year said after `from` ends: 2000–2099, said in words
/// ("twenty twenty-six", "twenty thirty", "two thousand thirty").
fn expiry_year(b: &[u8], from: usize) -> Option<usize> {
    let (s, _) = next_word_any(b, from)?;
    // (In words, and of this century: no figures, no "nineteen …".)
    let words = |end: usize| {
        b.get(s..end)
            .is_some_and(|w| !w.iter().any(u8::is_ascii_digit))
    };
    // (Or typed: "expiry June 2030", "valid till Dec 2027".)
    if let Some((end, year)) = year_after(b, from) {
        if year.starts_with(&[2, 0]) {
            return Some(end);
        }
    }
    // Or its last two figures, 20 to 49, in one word or two ("November
    // twenty eight", "noviembre del treinta y dos").
    let mut t = next_word_any(b, from)?;
    if b.get(t.0..t.1)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"del"))
    {
        t = next_word_any(b, t.1)?;
    }
    let (said, count, end) = said_at(b, t)?;
    let yy = said
        .get(..count)?
        .iter()
        .fold(0u32, |v, &d| v * 10 + u32::from(d));
    (count == 2 && (20..=49).contains(&yy) && words(end)).then_some(end)
}

/// Where the year of a date said after `from` ends: four figures (in
/// figures or said, "nineteen eighty six", "one nine seventy two",
/// "unnees sau ninyaanave") of 19xx or 20xx, or two after "del"
/// ("del setenta"); with its figures.
fn year_after(b: &[u8], from: usize) -> Option<(usize, [u8; 4])> {
    let mut after_del = false;
    let mut next = next_word_any(b, from);
    while let Some(x) = next.filter(|x| b.get(x.0..x.1).is_some_and(|w| one_of(DATE_JOINS, w))) {
        after_del |= b
            .get(x.0..x.1)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"del"));
        next = next_word_any(b, x.1);
    }
    let mut year = [0u8; 4];
    let mut len = 0;
    let mut end = None;
    // A thousand said ("mil novecientos sesenta y siete", "dos mil uno",
    // "dois mil e três", "two thousand and four"): after two, the figures
    // after it (if any) end the year.
    let thousand_word =
        |w: &[u8]| w.eq_ignore_ascii_case(b"mil") || w.eq_ignore_ascii_case(b"thousand");
    while let Some(x) = next {
        let word = b.get(x.0..x.1).unwrap_or(&[]);
        // ("unnees sau ninyaanave": the hundred joins the century.)
        if len == 2 && matches!(number_word(word), Some(Word::Hundred)) {
            next = next_word_any(b, x.1);
            continue;
        }
        if thousand_word(word) && (len == 0 || len == 1 && year[0] == 2) {
            next = next_word_any(b, x.1);
            if len == 0 {
                // "mil novecientos …": the hundreds follow.
                year[0] = 1;
                len = 1;
                continue;
            }
            // "two thousand" is a year already; one or two figures after
            // it, maybe after "and" / "e" / "y", end it.
            len = 4;
            end = Some(x.1);
            if let Some(j) = next.filter(|j| {
                b.get(j.0..j.1)
                    .is_some_and(|w| one_of(&["e", "y", "and"], w))
            }) {
                next = next_word_any(b, j.1);
            }
            if let Some((said, count, to)) = next.and_then(|j| said_at(b, j)) {
                if count <= 2 {
                    for (slot, &v) in year
                        .iter_mut()
                        .skip(4 - count)
                        .zip(said.get(..count).unwrap_or(&[]))
                    {
                        *slot = v;
                    }
                    end = Some(to);
                }
            }
            break;
        }
        let Some((said, count, to)) = said_at(b, x) else {
            break;
        };
        if len + count > 4 {
            break;
        }
        for (slot, &v) in year
            .iter_mut()
            .skip(len)
            .zip(said.get(..count).unwrap_or(&[]))
        {
            *slot = v;
        }
        len += count;
        end = Some(to);
        if len == 4 {
            break;
        }
        next = next_word_any(b, to);
    }
    let century = matches!(year, [1, 9, ..] | [2, 0, ..]);
    end.filter(|_| len == 4 && century || len == 2 && after_del)
        .map(|e| (e, year))
}

/// The next token after `e` across spaces and commas only (at most three
/// bytes).
fn next_word_any(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let (s, t) = next_token(b, e)?;
    let gap = b.get(e..s)?;
    (gap.len() <= 3 && gap.iter().all(|&c| matches!(c, b' ' | b',' | b'-'))).then_some((s, t))
}

#[cfg(test)]
mod tests {
    use super::{next_token, phrase};

    fn said(text: &str) -> Option<(String, &str)> {
        let (s, e) = next_token(text.as_bytes(), 0)?;
        let p = phrase(text.as_bytes(), s, e)?;
        let digits = p
            .digits
            .get(..p.n)?
            .iter()
            .map(|d| char::from(b'0' + d))
            .collect();
        Some((digits, text.get(..p.end)?))
    }

    #[test]
    fn phrases_say_their_figures() {
        for (text, digits, span) in [
            ("trinta e cinco zero", "35", "trinta e cinco"),
            ("noventa zero", "90", "noventa"),
            ("setenta oito", "70", "setenta"),
            (
                "cento e quarenta e três oitenta",
                "143",
                "cento e quarenta e três",
            ),
            (
                "novecentos e sessenta e cinco",
                "965",
                "novecentos e sessenta e cinco",
            ),
            (
                "quinientos cincuenta y seis",
                "556",
                "quinientos cincuenta y seis",
            ),
            ("ciento uno", "101", "ciento uno"),
            ("trescientos", "300", "trescientos"),
            ("veintitrés de", "23", "veintitrés"),
            ("twenty five", "25", "twenty five"),
            ("twenty-five", "25", "twenty-five"),
            ("ninety oh", "90", "ninety"),
            ("nine hundred and five", "905", "nine hundred and five"),
            ("dua puluh lima", "25", "dua puluh lima"),
            ("tiga puluh nol", "30", "tiga puluh"),
            ("lima belas", "15", "lima belas"),
            ("seratus dua puluh", "120", "seratus dua puluh"),
            ("dezenove", "19", "dezenove"),
            ("sab3a w khamseen", "57", "sab3a w khamseen"),
            ("أربعة وخمسين تسع", "54", "أربعة وخمسين"),
            ("خمسين صفر", "50", "خمسين"),
        ] {
            assert_eq!(said(text), Some((digits.to_owned(), span)), "{text}");
        }
        for text in ["cinco", "dua", "the", "hundred", "puluh"] {
            assert_eq!(said(text), None, "{text}");
        }
    }

    fn dates(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        super::spoken_dates(text.as_bytes(), |s, e, _| {
            v.push(text.get(s..e).unwrap_or(""));
        });
        v
    }

    #[test]
    fn dates_said_in_words_are_found_whole() {
        for (text, want) in [
            (
                "data de nascimento vinte e dois de março de 1991 nome",
                vec!["vinte e dois de março de 1991"],
            ),
            (
                "date of birth eighteen March nineteen eighty six umm",
                vec!["eighteen March nineteen eighty six"],
            ),
            (
                "dob seven June one nine seventy two as per pan",
                vec!["seven June one nine seventy two"],
            ),
            (
                "tanggal lahir saya dua puluh tiga November 2001 , nama",
                vec!["dua puluh tiga November 2001"],
            ),
            (
                "Cust: atharah December unnees sau ninyaanave",
                vec!["atharah December unnees sau ninyaanave"],
            ),
            (
                "nací el veintiuno de junio del setenta por si",
                vec!["veintiuno de junio del setenta"],
            ),
            ("we met on five May and paid forty two", vec![]),
            ("thirty two March 1990", vec![]),
        ] {
            assert_eq!(dates(text), want, "{text}");
        }
    }

    fn emails(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        super::spoken_emails(text.as_bytes(), |s, e| v.push(text.get(s..e).unwrap_or("")));
        v
    }

    #[test]
    fn addresses_read_out_are_found_whole() {
        for (text, want) in [
            (
                "manda pro email thiago ponto santos arroba gmail ponto com por favor",
                vec!["thiago ponto santos arroba gmail ponto com"],
            ),
            (
                "email id is chris dot taylor80 at outlook dot com statement not coming",
                vec!["chris dot taylor80 at outlook dot com"],
            ),
            (
                "mail rahul at the rate yahoo dot co dot in pe bhejo",
                vec!["rahul at the rate yahoo dot co dot in"],
            ),
            (
                "haan vikas dot malhotra 88 at gmail dot com... ruko",
                vec!["vikas dot malhotra 88 at gmail dot com"],
            ),
            (
                "🎤 meu e-mail é carla.m@yahoo ponto com ponto br, manda lá",
                vec!["carla.m@yahoo ponto com ponto br"],
            ),
            (
                "mail ravi dot 91@gmail dot com pe bhejo",
                vec!["ravi dot 91@gmail dot com"],
            ),
            (
                "بريدي sara underscore k at outlook دوت com لو سمحت",
                vec!["sara underscore k at outlook دوت com"],
            ),
            ("meet me at home dot com is a site", vec![]),
            ("ping me@home dot later", vec![]),
            ("I was at the bank dot dot dot", vec![]),
            ("arrived at 5. dot com bubble", vec![]),
        ] {
            assert_eq!(emails(text), want, "{text}");
        }
    }
}
