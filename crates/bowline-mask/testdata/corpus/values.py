"""Placeholder value generators for the corpus templates.

A template is plain text with placeholders ``{name}`` or ``{name:arg}``. Each placeholder
name maps to a function ``f(rng, lang, arg) -> Item``. An ``Item`` is the exact text that
goes into the message plus its label: a PII kind (with optional ``alt`` kinds), a hard
negative (``neg=True``, kind = the kind it imitates), or no label at all.

Python 3.11 standard library only.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import dataclass, field

import validators as v

NBSP = "\u00a0"
NNBSP = "\u202f"
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
DEV_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


@dataclass
class Item:
    text: str
    kind: str | None = None
    alt: list[str] = field(default_factory=list)
    neg: bool = False
    # may the value be re-rendered in another digit script (Arabic-Indic, full-width)?
    digits_ok: bool = True
    # text shown in the message when it differs from the labelled value (e.g. "R$ 1.234,56"
    # around the labelled "1.234,56"); None = same as ``text``
    display: str | None = None


def P(text: str, kind: str, *alt: str, digits_ok: bool = True) -> Item:
    return Item(text, kind, list(alt), False, digits_ok)


def N(text: str, kind: str, digits_ok: bool = True) -> Item:
    return Item(text, kind, [], True, digits_ok)


def T(text: str) -> Item:
    """Unlabelled filler (names, small numbers)."""
    return Item(text, None, [], False, False)


def pick(rng: random.Random, weighted: list[tuple[float, object]]):
    total = sum(w for w, _ in weighted)
    x = rng.random() * total
    for w, o in weighted:
        x -= w
        if x <= 0:
            return o
    return weighted[-1][1]


# ---------------------------------------------------------------- cards
def card(rng, lang, arg):
    brand = None
    if arg == "amex":
        brand = "amex"
    elif lang == "pt" and rng.random() < 0.3:
        brand = rng.choice(["elo", "hipercard", "mastercard", "visa"])
    elif lang == "hinglish" and rng.random() < 0.35:
        brand = "rupay"
    elif lang == "tr" and rng.random() < 0.2:
        brand = "troy"
    num = v.gen_card(rng, brand)
    style = arg if arg in ("sp", "dash", "bare", "nbsp", "split", "dots") else pick(rng, [(6, "sp"), (2, "dash"), (3, "bare"), (0.7, "nbsp"), (0.3, "dots"), (0.3, "split")])
    g = v.card_groups(num)
    if style == "bare" or (style == "dots" and len(num) != 16):
        text = num
    elif style == "sp":
        text = v.group(num, g, " ")
    elif style == "dash":
        text = v.group(num, g, "-")
    elif style == "nbsp":
        text = v.group(num, g, NBSP)
    elif style == "dots":
        text = v.group(num, g, ".")
    else:  # split over two lines
        parts = v.group(num, g, " ").split(" ")
        h = len(parts) // 2
        text = " ".join(parts[:h]) + "\n" + " ".join(parts[h:])
    return P(text, "card_number")


def masked_card(rng, lang, arg):
    last4 = v.rdigits(rng, 4)
    text = rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"************{last4}", f"xxxx xxxx xxxx {last4}", f"•••• {last4}"])
    return N(text, "card_number", digits_ok=False)


def exp(rng, lang, arg):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    style = arg or pick(rng, [(6, "s"), (2, "long"), (1.5, "dash"), (0.5, "sp")])
    if style == "long":
        return P(f"{m:02d}/20{y}", "card_expiry")
    if style == "dash":
        return P(f"{m:02d}-{y}", "card_expiry")
    if style == "sp":
        return P(f"{m:02d} / {y}", "card_expiry")
    if style == "short":
        return P(f"{m}/{y}", "card_expiry")
    return P(f"{m:02d}/{y}", "card_expiry")


def cvv(rng, lang, arg):
    n = 4 if arg == "4" else 3
    while True:
        c = v.rdigits(rng, n)
        if len(set(c)) > 1:
            return P(c, "card_cvv")


def pin(rng, lang, arg):
    while True:
        c = v.rdigits(rng, 6 if arg == "6" else 4)
        if len(set(c)) > 1 and c not in ("1234", "0000"):
            return P(c, "card_pin")


def mpin(rng, lang, arg):
    """A mobile-banking / UPI PIN: a PIN, but not a card's; a password is also a fair reading."""
    it = pin(rng, lang, arg)
    it.alt = ["password"]
    return it


def track(rng, lang, arg):
    num = v.gen_card(rng, "visa" if rng.random() < 0.6 else "mastercard")
    yymm = f"{rng.randint(26, 31)}{rng.randint(1, 12):02d}"
    name = rng.choice(["SILVA/JOAO", "KUMAR/RAHUL", "DOE/JANE", "GARCIA/MARIA", "SANTOSO/BUDI", "SMITH/J"])
    if rng.random() < 0.6:
        text = f"%B{num}^{name}^{yymm}101{v.rdigits(rng, 12)}?"
    else:
        text = f";{num}={yymm}101{v.rdigits(rng, 10)}?"
    return P(text, "card_track_data", "card_number", digits_ok=False)


# ---------------------------------------------------------------- banking
LANG_IBAN = {
    "en": ["GB", "GB", "IE", "DE", "NL", "AE", "CH"],
    "pt": ["BR", "BR", "PT", "PT"],
    "es": ["ES", "ES", "ES"],
    "fr": ["FR", "FR", "BE", "LU", "CH"],
    "it": ["IT", "IT", "IT"],
    "tr": ["TR", "TR"],
    "ar": ["AE", "SA", "EG", "QA", "JO", "KW", "BH"],
    "id": ["NL", "DE", "GB"],
    "hinglish": ["GB", "AE", "DE"],
}


def iban(rng, lang, arg):
    cc = arg if arg and len(arg) == 2 else rng.choice(LANG_IBAN.get(lang, ["DE"]))
    ib = v.gen_iban(rng, cc)
    style = arg if arg in ("c", "p") else ("p" if rng.random() < 0.65 else "c")
    text = v.iban_print(ib) if style == "p" else ib
    if style == "p" and rng.random() < 0.05:
        text = text.replace(" ", NBSP)
    if style == "c" and rng.random() < 0.1:
        text = text.lower()
    return P(text, "iban", digits_ok=False)


def bad_iban(rng, lang, arg):
    cc = arg if arg and len(arg) == 2 else rng.choice(LANG_IBAN.get(lang, ["DE"]))
    ib = v.bad_iban(rng, cc)
    return N(v.iban_print(ib) if rng.random() < 0.6 else ib, "iban", digits_ok=False)


LANG_BIC_CC = {"en": ["GB", "US", "SG", "AE", "DE"], "pt": ["BR", "PT"], "es": ["ES", "MX", "AR", "CL"], "fr": ["FR", "BE"], "it": ["IT"], "tr": ["TR"], "ar": ["AE", "SA", "EG"], "id": ["ID"], "hinglish": ["IN"]}


def bic(rng, lang, arg):
    return P(v.gen_bic(rng, arg or rng.choice(LANG_BIC_CC.get(lang, ["GB"]))), "swift_bic", digits_ok=False)


def acct(rng, lang, arg):
    style = arg or {"pt": "br", "hinglish": "in", "id": "id", "es": "mx", "en": "gen"}.get(lang, "gen")
    if style == "br":
        n = v.rdigits(rng, rng.randint(5, 8)).lstrip("0") or "12345"
        text = f"{n}-{rng.choice(v.DIGITS + 'X')}" if rng.random() < 0.75 else n + v.rdigits(rng, 1)
    elif style == "in":
        text = v.rdigits(rng, rng.choice([11, 12, 14, 15, 16]))
        text = str(rng.randint(1, 9)) + text[1:]
    elif style == "id":
        text = v.rdigits(rng, rng.choice([10, 10, 13, 15]))
        text = str(rng.randint(1, 9)) + text[1:]
        if rng.random() < 0.3:
            text = f"{text[:3]}-{text[3:6]}-{text[6:]}" if len(text) == 10 else text
    elif style == "mx":
        text = str(rng.randint(1, 9)) + v.rdigits(rng, rng.choice([9, 10]))
    elif style == "uk":
        text = v.rdigits(rng, 8)
    else:
        text = str(rng.randint(1, 9)) + v.rdigits(rng, rng.choice([7, 9, 10, 11]))
    return P(text, "bank_account", digits_ok=True)


def agency(rng, lang, arg):
    """Brazilian branch code ("agência"): a public bank-branch number, not personal data."""
    return N(v.rdigits(rng, 4), "bank_account")


def routing(rng, lang, arg):
    return P(v.gen_aba(rng), "us_routing_number")


def sort(rng, lang, arg):
    d = v.rdigits(rng, 6)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return P(f"{d[:2]}{sep}{d[2:4]}{sep}{d[4:]}", "uk_sort_code")


def ifsc(rng, lang, arg):
    c = v.gen_ifsc(rng)
    return P(c.lower() if rng.random() < 0.1 else c, "in_ifsc", digits_ok=False)


def clabe(rng, lang, arg):
    c = v.gen_clabe(rng)
    if rng.random() < 0.3:
        c = f"{c[:3]} {c[3:6]} {c[6:17]} {c[17]}"
    return P(c, "mx_clabe", "bank_account")


def cbu(rng, lang, arg):
    return P(v.gen_cbu(rng), "ar_cbu", "bank_account")


def evp(rng, lang, arg):
    return P(v.gen_evp(rng), "br_pix_key", digits_ok=False)


UPI_NAMES = ["rahul", "priya.sharma", "amitk", "neha2207", "sanjay.verma", "pooja", "vikas.gupta", "anjali", "rohit.k", "deepak88", "kavya", "arjunm", "sunita.devi", "mohd.imran", "ritu.s"]


def upi(rng, lang, arg):
    if arg == "ph" or rng.random() < 0.3:
        name = rng.choice("6789") + v.rdigits(rng, 9)
    else:
        name = rng.choice(UPI_NAMES) + (v.rdigits(rng, 2) if rng.random() < 0.3 else "")
    return P(f"{name}@{rng.choice(v.UPI_HANDLES)}", "upi_id", digits_ok=False)


# ---------------------------------------------------------------- national ids
def _sep3(d: str, a: int, b: int, sep: str) -> str:
    return f"{d[:a]}{sep}{d[a:b]}{sep}{d[b:]}"


def ssn(rng, lang, arg):
    d = v.gen_ssn(rng)
    return P(pick(rng, [(6, _sep3(d, 3, 5, "-")), (1, _sep3(d, 3, 5, " ")), (2, d)]), "us_ssn")


def itin(rng, lang, arg):
    d = v.gen_itin(rng)
    return P(_sep3(d, 3, 5, "-") if rng.random() < 0.8 else d, "us_itin")


def sin(rng, lang, arg):
    d = v.gen_sin(rng)
    return P(pick(rng, [(4, _sep3(d, 3, 6, " ")), (3, _sep3(d, 3, 6, "-")), (2, d)]), "ca_sin")


def nino(rng, lang, arg):
    d = v.gen_nino(rng)
    text = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8]}" if rng.random() < 0.5 else d
    return P(text.lower() if rng.random() < 0.08 else text, "uk_nino", digits_ok=False)


def pan(rng, lang, arg):
    d = v.gen_pan(rng)
    return P(d.lower() if rng.random() < 0.1 else d, "in_pan", digits_ok=False)


def aadhaar(rng, lang, arg):
    d = v.gen_aadhaar(rng)
    return P(pick(rng, [(6, v.group(d, [4, 4, 4], " ")), (3, d), (1, v.group(d, [4, 4, 4], "-"))]), "in_aadhaar")


def cpf(rng, lang, arg):
    d = v.gen_cpf(rng)
    style = arg or pick(rng, [(7, "f"), (3, "bare"), (0.5, "sp")])
    text = v.fmt_cpf(d) if style == "f" else d if style == "bare" else f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    return P(text, "br_cpf")


def cpf_pix(rng, lang, arg):
    it = cpf(rng, lang, arg)
    it.alt = ["br_pix_key"]
    return it


def cnpj(rng, lang, arg):
    d = v.gen_cnpj(rng, alnum=(arg == "alnum"))
    return P(v.fmt_cnpj(d) if rng.random() < 0.8 else d, "br_cnpj", digits_ok=False)


def curp(rng, lang, arg):
    return P(v.gen_curp(rng), "mx_curp", digits_ok=False)


def rfc(rng, lang, arg):
    return P(v.gen_rfc(rng, moral=(arg == "moral")), "mx_rfc", digits_ok=False)


def cuit(rng, lang, arg):
    d = v.gen_cuit(rng)
    return P(v.fmt_cuit(d) if rng.random() < 0.7 else d, "ar_cuit")


def rut(rng, lang, arg):
    d = v.gen_rut(rng)
    return P(pick(rng, [(6, v.fmt_rut(d)), (3, v.fmt_rut(d, dots=False)), (1, d)]), "cl_rut", digits_ok=False)


def dni(rng, lang, arg):
    d = v.gen_dni(rng)
    return P(pick(rng, [(6, d), (2, f"{d[:8]}-{d[8]}"), (1, d.lower())]), "es_dni", digits_ok=False)


def nie(rng, lang, arg):
    d = v.gen_nie(rng)
    return P(d if rng.random() < 0.7 else f"{d[0]}-{d[1:8]}-{d[8]}", "es_nie", digits_ok=False)


def cf(rng, lang, arg):
    d = v.gen_cf(rng)
    return P(d.lower() if rng.random() < 0.1 else d, "it_codice_fiscale", digits_ok=False)


def nric(rng, lang, arg):
    return P(v.gen_nric(rng), "sg_nric", digits_ok=False)


def tfn(rng, lang, arg):
    d = v.gen_tfn(rng)
    return P(_sep3(d, 3, 6, " ") if rng.random() < 0.6 else d, "au_tfn")


def zaid(rng, lang, arg):
    return P(v.gen_za_id(rng), "za_id")


def eid(rng, lang, arg):
    d = v.gen_eid(rng)
    return P(v.fmt_eid(d) if rng.random() < 0.75 else d, "ae_emirates_id")


def tckn(rng, lang, arg):
    return P(v.gen_tckn(rng), "tr_tckn")


def nik(rng, lang, arg):
    return P(v.gen_nik(rng), "id_nik")


def cnid(rng, lang, arg):
    return P(v.gen_cn_id(rng), "cn_resident_id", digits_ok=False)


def pesel(rng, lang, arg):
    return P(v.gen_pesel(rng), "pl_pesel")


def bsn(rng, lang, arg):
    d = v.gen_bsn(rng)
    return P(d if rng.random() < 0.7 else f"{d[:4]}.{d[4:6]}.{d[6:]}", "nl_bsn")


# ---------------------------------------------------------------- contact
EMAIL_USERS = ["joao.silva", "mariana.costa", "rahul.verma", "priya_s", "carlos.mtz", "lucia.fernandez", "budi.santoso", "siti.nur", "ahmed.k", "fatima.h", "john.smith", "emma.w", "mehmet.yilmaz", "giulia.rossi", "pierre.dubois", "ana.paula", "raj.malhotra88", "dewi.lestari", "omar.farouk", "sofia.g"]
EMAIL_DOMAINS = {
    "pt": ["gmail.com", "hotmail.com", "outlook.com.br", "yahoo.com.br", "uol.com.br", "bol.com.br"],
    "es": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "live.com.ar"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "hinglish": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
    "it": ["gmail.com", "libero.it", "tiscali.it"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
}


def email(rng, lang, arg):
    u = rng.choice(EMAIL_USERS) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else "")
    d = rng.choice(EMAIL_DOMAINS.get(lang, ["gmail.com"]))
    text = f"{u}@{d}"
    if rng.random() < 0.05:
        text = text.upper()
    return P(text, "email", digits_ok=False)


def email_pix(rng, lang, arg):
    it = email(rng, lang, arg)
    it.alt = ["br_pix_key"]
    return it


def _mob(rng, n):
    return v.rdigits(rng, n)


def phone_text(rng, cc: str) -> str:
    r = rng.random
    if cc == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48"])
        a, b = "9" + _mob(rng, 4), _mob(rng, 4)
        return pick(rng, [(4, f"({ddd}) {a}-{b}"), (2, f"{ddd} {a}-{b}"), (2, f"+55 {ddd} {a}-{b}"), (1, f"+55{ddd}{a}{b}"), (1, f"{ddd}{a}{b}"), (1, f"({ddd}){a}{b}")])
    if cc == "IN":
        m = rng.choice("6789") + _mob(rng, 9)
        return pick(rng, [(3, f"+91 {m[:5]} {m[5:]}"), (3, m), (2, f"{m[:5]} {m[5:]}"), (1, f"+91-{m}"), (1, f"+91{m}"), (1, f"0{m}")])
    if cc == "ID":
        m = "8" + rng.choice(["1", "2", "5", "7", "9", "3"]) + rng.choice("123789") + _mob(rng, rng.choice([8, 8, 9]))
        return pick(rng, [(3, f"+62 {m[:3]}-{m[3:7]}-{m[7:]}"), (3, f"0{m[:3]} {m[3:7]} {m[7:]}"), (3, f"0{m}"), (1, f"+62{m}"), (1, f"0{m[:3]}-{m[3:7]}-{m[7:]}"), (1, f"62{m}")])
    if cc == "MX":
        a = rng.choice(["55", "33", "81", "222", "442"])
        rest = _mob(rng, 10 - len(a))
        return pick(rng, [(3, f"+52 {a} {rest[:4]} {rest[4:]}"), (3, f"{a} {rest[:4]} {rest[4:]}"), (1, f"+52{a}{rest}"), (2, f"{a}{rest}")])
    if cc == "AR":
        a, b = _mob(rng, 4), _mob(rng, 4)
        return pick(rng, [(3, f"+54 9 11 {a}-{b}"), (3, f"11 {a}-{b}"), (2, f"15-{a}-{b}"), (1, f"+54911{a}{b}")])
    if cc == "CL":
        a, b = _mob(rng, 4), _mob(rng, 4)
        return pick(rng, [(3, f"+56 9 {a} {b}"), (2, f"9 {a} {b}"), (1, f"+569{a}{b}")])
    if cc == "ES":
        m = rng.choice("67") + _mob(rng, 8)
        return pick(rng, [(3, f"+34 {m[:3]} {m[3:6]} {m[6:]}"), (3, f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}"), (2, m), (1, f"+34{m}")])
    if cc == "US":
        area = rng.choice(["212", "415", "305", "646", "312", "713", "617", "202", "347", "929"])
        ex = str(rng.randint(201, 989))
        sub = _mob(rng, 4)
        return pick(rng, [(3, f"({area}) {ex}-{sub}"), (3, f"{area}-{ex}-{sub}"), (2, f"+1 {area} {ex} {sub}"), (1, f"{area}.{ex}.{sub}"), (1, f"+1{area}{ex}{sub}"), (1, f"+1 ({area}) {ex}-{sub}")])
    if cc == "UK":
        m = "7" + rng.choice("4579") + _mob(rng, 8)
        return pick(rng, [(3, f"0{m[:4]} {m[4:]}"), (3, f"+44 {m[:4]} {m[4:]}"), (2, f"0{m}"), (1, f"+44{m}"), (1, f"+44 (0){m[:4]} {m[4:]}")])
    if cc == "AE":
        m = rng.choice(["50", "52", "54", "55", "56", "58"]) + _mob(rng, 7)
        return pick(rng, [(3, f"+971 {m[:2]} {m[2:5]} {m[5:]}"), (3, f"0{m[:2]} {m[2:5]} {m[5:]}"), (2, f"0{m}"), (1, f"+971{m}"), (1, f"00971{m}")])
    if cc == "SA":
        m = "5" + rng.choice("0345693") + _mob(rng, 7)
        return pick(rng, [(3, f"+966 {m[:2]} {m[2:5]} {m[5:]}"), (3, f"0{m[:2]} {m[2:5]} {m[5:]}"), (2, f"0{m}"), (1, f"+966{m}")])
    if cc == "EG":
        m = "1" + rng.choice("0125") + _mob(rng, 8)
        return pick(rng, [(3, f"+20 {m[:2]} {m[2:6]} {m[6:]}"), (3, f"0{m[:2]} {m[2:6]} {m[6:]}"), (2, f"0{m}")])
    if cc == "SG":
        m = rng.choice("89") + _mob(rng, 7)
        return pick(rng, [(3, f"+65 {m[:4]} {m[4:]}"), (2, f"{m[:4]} {m[4:]}"), (1, f"+65{m}")])
    if cc == "AU":
        m = "4" + _mob(rng, 8)
        return pick(rng, [(3, f"+61 {m[:3]} {m[3:6]} {m[6:]}"), (3, f"0{m[:3]} {m[3:6]} {m[6:]}"), (1, f"0{m}")])
    if cc == "ZA":
        m = rng.choice(["82", "83", "72", "73", "76", "61"]) + _mob(rng, 7)
        return pick(rng, [(3, f"+27 {m[:2]} {m[2:5]} {m[5:]}"), (3, f"0{m[:2]} {m[2:5]} {m[5:]}"), (1, f"0{m}")])
    if cc == "FR":
        m = rng.choice("67") + _mob(rng, 8)
        return pick(rng, [(4, "0" + m[0] + " " + " ".join(m[i : i + 2] for i in range(1, 9, 2))), (2, "+33 " + m[0] + " " + " ".join(m[i : i + 2] for i in range(1, 9, 2))), (1, f"0{m}"), (1, "0" + m[0] + "." + ".".join(m[i : i + 2] for i in range(1, 9, 2)))])
    if cc == "TR":
        m = "5" + rng.choice("0345") + _mob(rng, 8)
        return pick(rng, [(3, f"0{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}"), (3, f"+90 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}"), (2, f"0{m}"), (1, f"+90{m}")])
    if cc == "IT":
        m = "3" + rng.choice("234789") + _mob(rng, 8)
        return pick(rng, [(3, f"{m[:3]} {m[3:6]} {m[6:]}"), (3, f"+39 {m[:3]} {m[3:6]} {m[6:]}"), (2, m), (1, f"+39{m}")])
    raise KeyError(cc)


LANG_PHONE = {
    "pt": ["BR"], "hinglish": ["IN"], "id": ["ID"], "es": ["MX", "AR", "CL", "ES"],
    "en": ["US", "UK", "IN", "SG", "AU", "ZA", "AE", "US", "UK"], "ar": ["AE", "SA", "EG", "SA", "AE"],
    "fr": ["FR"], "tr": ["TR"], "it": ["IT"],
}


def phone(rng, lang, arg):
    cc = arg or rng.choice(LANG_PHONE[lang])
    text = phone_text(rng, cc)
    if rng.random() < 0.05:
        text = text.replace(" ", NBSP)  # pasted from a contact card / web page
    return P(text, "phone")


def phone_pix(rng, lang, arg):
    return P(phone_text(rng, "BR"), "phone", "br_pix_key")


# ---------------------------------------------------------------- credentials
def otp(rng, lang, arg):
    n = int(arg) if arg else rng.choice([6, 6, 6, 4, 4, 5, 8])
    while True:
        c = v.rdigits(rng, n)
        if len(set(c)) > 2:
            break
    if arg != "plain" and n == 6 and rng.random() < 0.12:
        c = c[:3] + rng.choice([" ", "-"]) + c[3:]
    return P(c, "otp")


PW_WORDS = ["Tr0ub4dor", "Flamengo", "Sunshine", "Bismillah", "Garuda", "Mumbai", "Boca", "Colo", "Istanbul", "Juve", "Paris", "Mariposa", "Kucing", "Sayang", "Cricket", "Chelsea", "Corinthians", "Qwerty", "Dragon", "Princesa"]


def pwd(rng, lang, arg):
    w = rng.choice(PW_WORDS)
    style = rng.randrange(5)
    if style == 0:
        text = f"{w}{rng.randint(1, 2026)}{rng.choice('!@#$&*')}"
    elif style == 1:
        text = f"{w.lower()}_{rng.randint(10, 99)}"
    elif style == 2:
        text = f"{w}&{rng.randint(1, 9)}"
    elif style == 3:
        text = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%") for _ in range(rng.randint(10, 14)))
    else:
        text = f"{w}@{rng.randint(100, 9999)}"
    return P(text, "password", digits_ok=False)


def apikey(rng, lang, arg):
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    s = lambda n: "".join(rng.choice(al) for _ in range(n))  # noqa: E731
    kind = rng.randrange(6)
    if kind == 0:
        text = "sk_live_" + s(24)
    elif kind == 1:
        text = "AKIA" + "".join(rng.choice(v.UPPER + v.DIGITS) for _ in range(16))
    elif kind == 2:
        text = "ghp_" + s(36)
    elif kind == 3:
        text = "rk_live_" + s(24)
    elif kind == 4:
        text = "xoxb-" + v.rdigits(rng, 11) + "-" + v.rdigits(rng, 12) + "-" + s(24)
    else:
        text = "AIza" + s(35)
    return P(text, "api_key", digits_ok=False)


def _b64(d: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(rng, lang, arg):
    head = _b64({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    body = _b64({"sub": str(rng.randint(10000, 99999999)), "iat": rng.randint(1_760_000_000, 1_790_000_000), "scope": rng.choice(["cards", "payments", "profile"])})
    sig = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return P(f"{head}.{body}.{sig}", "jwt", digits_ok=False)


def dob(rng, lang, arg):
    y, m, d = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en" and rng.random() < 0.35:
        text = pick(rng, [(3, f"{m:02d}/{d:02d}/{y}"), (1, f"{m}/{d}/{y}")])
    else:
        text = pick(rng, [(5, f"{d:02d}/{m:02d}/{y}"), (2, f"{d:02d}-{m:02d}-{y}"), (1, f"{d:02d}.{m:02d}.{y}"), (1, f"{y}-{m:02d}-{d:02d}"), (1, f"{d}/{m}/{y}"), (0.5, f"{d:02d}/{m:02d}/{y % 100:02d}")])
    return P(text, "date_of_birth")


MONTHS = {
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}


def dobt(rng, lang, arg):
    y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    names = MONTHS.get(lang, MONTHS["en"])
    if lang in ("pt", "es"):
        text = f"{d} de {names[m - 1]} de {y}"
    elif lang == "en":
        text = rng.choice([f"{d} {names[m - 1]} {y}", f"{names[m - 1]} {d}, {y}"])
    else:
        text = f"{d} {names[m - 1]} {y}"
    return P(text, "date_of_birth", digits_ok=False)


# ---------------------------------------------------------------- hard negatives
def n_order16(rng, lang, arg):
    num = v.gen_order16(rng)
    return N(v.group(num, [4, 4, 4, 4], " ") if arg == "sp" else num, "card_number")


def n_card_luhn(rng, lang, arg):
    """Card-brand-prefixed 16 digits failing Luhn, in a reference context."""
    num = v.bad_luhn(rng, v.gen_card(rng, rng.choice(["visa", "mastercard"])))
    return N(v.group(num, [4, 4, 4, 4], " ") if rng.random() < 0.4 else num, "card_number")


def n_epoch_ms(rng, lang, arg):
    return N(str(rng.randint(1_700_000_000_000, 1_799_999_999_999)), "card_number")


def n_epoch_s(rng, lang, arg):
    return N(str(rng.randint(1_700_000_000, 1_799_999_999)), "phone")


def n_last4(rng, lang, arg):
    return N(v.rdigits(rng, 4), "card_number")


CURRENCY_FORMATS = {
    "pt": ["R$ {br}", "R${br}", "{br} reais", "R$ {br}"],
    "es": ["${us}", "$ {es0}", "{es} €", "MXN {us}", "$ {es0}", "{es}€"],
    "en": ["${us}", "£{us}", "₹{in}", "S$ {us}", "AED {us}", "USD {us}", "R {sp}"],
    "hinglish": ["₹{in}", "Rs {in0}", "Rs. {in0}", "INR {plain}", "₹ {in0}"],
    "id": ["Rp {es0}", "Rp{es}", "IDR {es0}", "Rp. {es0}"],
    "ar": ["{ar} ر.س", "{us} AED", "{plain} درهم", "SAR {us}", "{ar} د.إ", "{es0} ج.م"],
    "fr": ["{fr} €", "{fr}€", "EUR {fr}"],
    "tr": ["{es} TL", "₺{es}", "{es} ₺"],
    "it": ["{es} €", "€ {es}", "{es0} euro"],
}


def _in_group(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def amount_text(rng, lang) -> tuple[str, str]:
    """Return (full text incl. currency, numeric part) for an amount in the language's style."""
    r = rng.random()
    n = rng.randint(1_000, 9_999) if r < 0.45 else rng.randint(10_000, 250_000) if r < 0.9 else rng.randint(250_000, 9_999_999)
    if lang == "id":
        n = rng.randint(10, 99_999) * 1000 if rng.random() < 0.6 else rng.randint(10_000, 25_000_000)
    cents = rng.randint(0, 99)
    fmt = rng.choice(CURRENCY_FORMATS[lang])
    us = f"{n:,}.{cents:02d}"
    es = f"{n:,}".replace(",", ".") + f",{cents:02d}"
    es0 = f"{n:,}".replace(",", ".")
    forms = {
        "br": es, "us": us, "es": es, "es0": es0, "in": _in_group(n) + f".{cents:02d}", "in0": _in_group(n),
        "plain": str(n), "sp": f"{n:,}".replace(",", " ") + f".{cents:02d}",
        "fr": f"{n:,}".replace(",", NNBSP if rng.random() < 0.5 else NBSP) + f",{cents:02d}",
        "ar": f"{n:,}".replace(",", "٬").translate(AR_DIGITS),
    }
    key = fmt[fmt.index("{") + 1 : fmt.index("}")]
    num = forms[key]
    return fmt.replace("{" + key + "}", num), num


def n_amount(rng, lang, arg):
    """An amount; labelled as a negative only when it is long enough to look like something."""
    full, num = amount_text(rng, lang)
    digits = sum(c.isdigit() for c in num)
    kind = "phone" if digits >= 8 else "otp" if digits >= 4 else None
    # the message shows the amount with its currency; the label is the numeric part
    it = N(num, kind, digits_ok=False) if kind else T(num)
    it.display = full
    return it


def n_date(rng, lang, arg):
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if arg == "iso":
        return N(f"{y}-{m:02d}-{d:02d}", "date_of_birth")
    if arg == "dm":
        return N(f"{d:02d}/{m:02d}", "card_expiry")
    if lang == "en" and rng.random() < 0.3:
        return N(f"{m:02d}/{d:02d}/{y}", "date_of_birth")
    return N(pick(rng, [(4, f"{d:02d}/{m:02d}/{y}"), (1, f"{y}-{m:02d}-{d:02d}"), (1, f"{d:02d}.{m:02d}.{y}"), (1, f"{d:02d}-{m:02d}-{y}")]), "date_of_birth")


def n_utr(rng, lang, arg):
    if rng.random() < 0.7:
        return N(v.bad_aadhaar(rng), "in_aadhaar")
    return N(rng.choice(v.IFSC_BANKS) + "R5" + v.rdigits(rng, 2) + v.rdigits(rng, 8), "in_ifsc", digits_ok=False)


def n_aadhaar_bad(rng, lang, arg):
    # one digit off a valid Aadhaar number, so Verhoeff fails
    d = v.bad_variant(rng, v.gen_aadhaar(rng), v.verhoeff_ok)
    return N(v.group(d, [4, 4, 4], " ") if rng.random() < 0.6 else d, "in_aadhaar")


def n_aadhaar_masked(rng, lang, arg):
    return N(rng.choice(["XXXX XXXX ", "xxxx-xxxx-", "********"]) + v.rdigits(rng, 4), "in_aadhaar", digits_ok=False)


def n_cpf_bad(rng, lang, arg):
    d = v.bad_variant(rng, v.gen_cpf(rng), v.cpf_ok) if rng.random() < 0.7 else v.bad_cpf(rng)
    return N(v.fmt_cpf(d) if rng.random() < 0.7 else d, "br_cpf")


def n_cnpj_bad(rng, lang, arg):
    d = v.bad_variant(rng, v.gen_cnpj(rng), v.cnpj_ok)
    return N(v.fmt_cnpj(d), "br_cnpj")


def n_ssn_bad(rng, lang, arg):
    a = rng.choice(["000", "666", str(rng.randint(900, 999))])
    return N(f"{a}-{v.rdigits(rng, 2)}-{v.rdigits(rng, 4)}", "us_ssn")


def n_proto(rng, lang, arg):
    y = rng.randint(2024, 2026)
    return N(f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{v.rdigits(rng, rng.choice([5, 6, 7]))}", "card_number")


def n_nsu(rng, lang, arg):
    return N(v.rdigits(rng, 6), "otp")


def n_tracking(rng, lang, arg):
    t = rng.randrange(4)
    if t == 0:
        text = rng.choice(["QB", "OJ", "NX", "LB", "PM"]) + v.rdigits(rng, 9) + rng.choice(["BR", "CN", "MX"])
    elif t == 1:
        text = "1Z" + "".join(rng.choice(v.UPPER + v.DIGITS) for _ in range(6)) + v.rdigits(rng, 10)
    elif t == 2:
        text = rng.choice(["JP", "JX", "CM"]) + v.rdigits(rng, 10)
    else:
        text = v.rdigits(rng, 12)
    return N(text, "bank_account", digits_ok=False)


def n_version(rng, lang, arg):
    if rng.random() < 0.5:
        return N(f"{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}", "phone", digits_ok=False)
    return N(f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", "phone", digits_ok=False)


def n_invoice(rng, lang, arg):
    t = rng.randrange(3)
    if t == 0:
        return N(f"INV-{rng.randint(2023, 2026)}-{v.rdigits(rng, 5)}", "bank_account", digits_ok=False)
    if t == 1:
        return N(v.rdigits(rng, 9), "bank_account")
    return N(f"{v.rdigits(rng, 3)}.{v.rdigits(rng, 3)}.{v.rdigits(rng, 3)}", "br_cpf")


def n_policy(rng, lang, arg):
    t = rng.randrange(4)
    if t == 0:
        return N(f"POL-{v.rdigits(rng, 4)}-{v.rdigits(rng, 4)}", "bank_account", digits_ok=False)
    if t == 1:
        # 11 digits shaped like a CPF / TCKN but failing both
        while True:
            d = str(rng.randint(1, 9)) + v.rdigits(rng, 10)
            if not v.cpf_ok(d) and not v.tckn_ok(d):
                return N(d, "br_cpf")
    if t == 2:
        return N(f"{rng.choice(['AP', 'AU', 'VD', 'SG'])}-{v.rdigits(rng, 8)}", "bank_account", digits_ok=False)
    return N(v.rdigits(rng, 3) + "." + v.rdigits(rng, 3) + "." + v.rdigits(rng, 4), "bank_account")


def n_ticket(rng, lang, arg):
    return N(v.rdigits(rng, rng.choice([6, 6, 7])), "otp")


def n_small(rng, lang, arg):
    return N(str(rng.randint(1000, 9999)), "otp")


def n_pct(rng, lang, arg):
    x = rng.randint(1, 999) / 10
    s = f"{x:.1f}"
    if lang in ("pt", "es", "fr", "it", "tr", "id"):
        s = s.replace(".", ",")
    return N(s, "otp", digits_ok=False)


def n_order(rng, lang, arg):
    return N(str(rng.randint(100_000_000, 999_999_999)), "bank_account")


def n_boleto(rng, lang, arg):
    """Brazilian boleto 'linha digitável' (payment slip line): 47 digits, not personal data."""
    d = v.rdigits(rng, 47)
    text = f"{d[:5]}.{d[5:10]} {d[10:15]}.{d[15:21]} {d[21:26]}.{d[26:32]} {d[32]} {d[33:]}"
    return N(text if rng.random() < 0.7 else d, "bank_account")


NEAR_MISS = {
    # kind -> (generator, validator, formatter, imitated kind)
    "clabe": (v.gen_clabe, v.clabe_ok, lambda d: d, "mx_clabe"),
    "tckn": (v.gen_tckn, v.tckn_ok, lambda d: d, "tr_tckn"),
    "cuit": (v.gen_cuit, v.cuit_ok, v.fmt_cuit, "ar_cuit"),
    "za": (v.gen_za_id, v.za_id_ok, lambda d: d, "za_id"),
    "sin": (v.gen_sin, v.sin_ok, lambda d: f"{d[:3]} {d[3:6]} {d[6:]}", "ca_sin"),
    "eid": (v.gen_eid, v.eid_ok, lambda d: d, "ae_emirates_id"),
    "cbu": (v.gen_cbu, v.cbu_ok, lambda d: d, "ar_cbu"),
    "card": (lambda r: v.gen_card(r), v.luhn_ok, lambda d: v.group(d, v.card_groups(d), " "), "card_number"),
}


def n_bad(rng, lang, arg):
    """A valid value with one digit changed so that its check fails (used in non-PII contexts)."""
    gen, ok, fmt, kind = NEAR_MISS[arg]
    d = v.bad_variant(rng, gen(rng), ok)
    return N(fmt(d), kind)


def n_sku(rng, lang, arg):
    return N(f"{v.rdigits(rng, 3)}-{v.rdigits(rng, 3)}-{v.rdigits(rng, 4)}", "phone")


def n_phone_amount(rng, lang, arg):
    n = rng.randint(10_000_000, 99_999_999)
    return N(f"{n:,}".replace(",", "." if lang in ("pt", "es", "id", "tr", "it") else ","), "phone")


def n_uuid(rng, lang, arg):
    return N(v.gen_evp(rng), "br_pix_key", digits_ok=False)


def n_hash(rng, lang, arg):
    return N("".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 40, 64]))), "api_key", digits_ok=False)


# ---------------------------------------------------------------- fillers (no label)
NAMES = {
    "pt": ["Ana", "João", "Mariana", "Carlos", "Juliana", "Rafael", "Fernanda", "Lucas"],
    "es": ["María", "José", "Lucía", "Diego", "Camila", "Javier", "Valentina", "Mateo"],
    "en": ["Sarah", "James", "Priya", "Tom", "Emily", "David", "Aisha", "Mark"],
    "hinglish": ["Rahul", "Priya", "Amit", "Neha", "Suresh", "Pooja", "Vikram", "Sneha"],
    "id": ["Budi", "Siti", "Andi", "Dewi", "Rizky", "Putri", "Agus", "Rina"],
    "ar": ["أحمد", "فاطمة", "محمد", "نورة", "خالد", "سارة", "عمر", "ليلى"],
    "fr": ["Marie", "Julien", "Camille", "Nicolas"], "tr": ["Ayşe", "Mehmet", "Elif", "Emre"], "it": ["Giulia", "Marco", "Chiara", "Luca"],
}


def name(rng, lang, arg):
    return T(rng.choice(NAMES.get(lang, NAMES["en"])))


def time_(rng, lang, arg):
    return T(f"{rng.randint(8, 21)}:{rng.choice(['00', '15', '30', '45', '05', '20'])}")


GENERATORS = {
    "card": card, "exp": exp, "cvv": cvv, "pin": pin, "mpin": mpin, "track": track,
    "iban": iban, "bic": bic, "acct": acct, "agency": agency, "routing": routing, "sort": sort, "ifsc": ifsc,
    "clabe": clabe, "cbu": cbu, "evp": evp, "upi": upi, "ssn": ssn, "itin": itin, "sin": sin, "nino": nino,
    "pan": pan, "aadhaar": aadhaar, "cpf": cpf, "cpf_pix": cpf_pix, "cnpj": cnpj, "curp": curp, "rfc": rfc,
    "cuit": cuit, "rut": rut, "dni": dni, "nie": nie, "cf": cf, "nric": nric, "tfn": tfn, "zaid": zaid,
    "eid": eid, "tckn": tckn, "nik": nik, "cnid": cnid, "pesel": pesel, "bsn": bsn, "email": email, "email_pix": email_pix, "phone": phone,
    "phone_pix": phone_pix, "otp": otp, "pwd": pwd, "apikey": apikey, "jwt": jwt, "dob": dob, "dobt": dobt,
    # negatives
    "n_order16": n_order16, "n_card_luhn": n_card_luhn, "n_epoch_ms": n_epoch_ms, "n_epoch_s": n_epoch_s,
    "n_last4": n_last4, "n_amount": n_amount, "n_date": n_date, "n_utr": n_utr, "n_aadhaar_bad": n_aadhaar_bad,
    "n_aadhaar_masked": n_aadhaar_masked, "n_cpf_bad": n_cpf_bad, "n_cnpj_bad": n_cnpj_bad, "n_ssn_bad": n_ssn_bad,
    "n_iban_bad": bad_iban, "n_proto": n_proto, "n_nsu": n_nsu, "n_tracking": n_tracking, "n_version": n_version,
    "n_invoice": n_invoice, "n_policy": n_policy, "n_ticket": n_ticket, "n_small": n_small, "n_pct": n_pct,
    "n_order": n_order, "n_sku": n_sku, "n_boleto": n_boleto, "n_bad": n_bad, "n_phone_amount": n_phone_amount, "n_uuid": n_uuid, "n_hash": n_hash,
    "n_masked_card": masked_card,
    # fillers
    "name": name, "time": time_,
}
