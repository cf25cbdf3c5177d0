#!/usr/bin/env python3
"""Generate the bowline-mask evaluation corpus, benchmark text and example data.

Usage (from the repository root; Python 3.11, standard library only):

    python3 crates/bowline-mask/testdata/corpus/generate.py            # labelled corpus -> testdata/corpus/<lang>.jsonl
    python3 crates/bowline-mask/testdata/corpus/generate.py --bench    # unlabelled benchmark -> testdata/bench/chat.txt
    python3 crates/bowline-mask/testdata/corpus/generate.py --holdout PATH   # held-out labelled set (disjoint templates)
    python3 crates/bowline-mask/testdata/corpus/generate.py --sample   # examples/data/chat-export.jsonl
    python3 crates/bowline-mask/testdata/corpus/generate.py --stats    # print counts of the corpus files

How it works
------------
* ``validators.py`` holds this corpus's OWN implementations of the check-digit algorithms
  (Luhn + card IIN table, IBAN MOD 97-10 with per-country lengths, Verhoeff, CPF/CNPJ incl. the
  2026 alphanumeric CNPJ, ABA, SSN/ITIN rules, SIN, NINO, PAN, IFSC, CLABE, CBU, CUIT, RUT,
  DNI/NIE, codice fiscale, NRIC, TFN, ZA ID, Emirates ID, TCKN, NIK, CURP, RFC). Their
  ``self_test()`` asserts published examples and runs every time this script runs.
* ``values.py`` turns placeholders such as ``{card}``, ``{cpf}``, ``{phone:UK}`` or
  ``{n_order16}`` into concrete synthetic values with their labels. Names starting ``n_`` are
  hard negatives (look-alikes that are NOT PII: fail a checksum, or are order numbers,
  amounts, timestamps, references ...), labelled in ``negatives`` with the kind they imitate.
* ``templates_corpus.py`` holds the hand-written chat phrasings per language used for the repo
  corpus and the benchmark. The held-out set uses a second, disjoint set of phrasings stored
  in ``holdout_templates.b64`` (zlib + base64 so that it is not read casually while tuning the
  detector; ``--dump-holdout-templates`` prints it).
* Each message = one template; literal text may get chat noise (lower case, ALL CAPS, no final
  punctuation, dropped accents, swapped letters, emoji) but values are never altered after
  labelling; Arabic messages render many numbers in Arabic-Indic or Eastern digits, a few
  messages elsewhere use full-width digits.
* Every label is checked: the value occurs in the text, no occurrence touches a digit on either
  side, labels never overlap each other, negatives never overlap PII.

Everything is deterministic (fixed seeds). All values are synthetic: no real person's data.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep testdata/ free of __pycache__

import validators  # noqa: E402
import values  # noqa: E402
from templates_corpus import CHAT_A, NOPII_A  # noqa: E402

REPO = HERE.parents[3]  # crates/bowline-mask/testdata/corpus -> repo root
SEED = 20261129

# messages per language in the repo corpus
COUNTS = {"en": 780, "hinglish": 600, "pt": 700, "es": 660, "id": 480, "ar": 480, "fr": 160, "tr": 140, "it": 140}
HOLDOUT_COUNTS = {"en": 170, "hinglish": 140, "pt": 150, "es": 150, "id": 120, "ar": 120, "fr": 50, "tr": 50, "it": 50}
NO_PII_SHARE = 0.45

EMOJI = ["🙏", "😡", "💳", "✅", "🙏🙏", "😭", "👍", "🤔", "😤", "🙂", "😅", "‼️", "🔥", "❤️", "👀", "⚠️", "🤷‍♂️", "😩"]

PH = re.compile(r"\{([a-z_0-9]+)(?::([A-Za-z0-9_-]+))?\}")


class Retry(Exception):
    pass


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").replace("ç", "c")


def noise_literal(rng: random.Random, lit: str, lang: str, mode: dict) -> str:
    if not lit:
        return lit
    if mode.get("upper"):
        lit = lit.upper()
    elif mode.get("lower"):
        lit = lit.lower()
    if mode.get("noaccent") and lang in ("pt", "es", "fr", "it", "tr"):
        lit = unicodedata.normalize("NFC", strip_accents(lit))
    if mode.get("typo") and rng.random() < 0.5:
        words = [m for m in re.finditer(r"[A-Za-z]{5,}", lit)]
        if words:
            w = rng.choice(words)
            i = rng.randrange(w.start() + 1, w.end() - 2)
            lit = lit[:i] + lit[i + 1] + lit[i] + lit[i + 2 :]
    return lit


def render(rng: random.Random, template: str, lang: str, allow_noise: bool = True, cache: dict | None = None) -> dict:
    """Fill a template; return {text, pii, negatives}."""
    mode = {}
    if allow_noise:
        r = rng.random()
        if lang != "ar":
            if r < 0.05:
                mode["upper"] = True
            elif r < 0.30:
                mode["lower"] = True
        mode["noaccent"] = rng.random() < 0.25
        mode["typo"] = rng.random() < 0.15
    digit_script = None
    if lang == "ar":
        digit_script = pick_script(rng)
    elif lang == "hinglish" and re.search("[\u0900-\u097f]", template) and rng.random() < 0.3:
        digit_script = values.DEV_DIGITS
    elif rng.random() < 0.02:
        digit_script = values.FW_DIGITS

    parts: list[str] = []
    pii: list[dict] = []
    neg: list[dict] = []
    pos = 0
    if cache is None:
        cache = {}
    for m in PH.finditer(template):
        parts.append(noise_literal(rng, template[pos : m.start()], lang, mode))
        pos = m.end()
        name, arg = m.group(1), m.group(2)
        key = name
        if name.endswith("_again"):
            # repeat the value of an earlier placeholder (e.g. confirmation read-back)
            item = cache[name[: -len("_again")]]
        else:
            gen = values.GENERATORS[name]
            item = gen(rng, lang, arg)
            cache[key] = item
            # re-render some values in the message's digit script (Arabic-Indic, Eastern,
            # Devanagari or full-width); the label is the re-rendered text
            if digit_script is not None and item.digits_ok and item.kind is not None and rng.random() < (0.7 if lang == "ar" else 0.5):
                item = values.Item(item.text.translate(digit_script), item.kind, item.alt, item.neg, item.digits_ok)
                cache[key] = item
        parts.append(item.display if item.display is not None else item.text)
        if item.kind is None:
            continue
        rec = {"kind": item.kind, "value": item.text}
        if item.neg:
            if rec not in neg:
                neg.append(rec)
        else:
            if item.alt:
                rec["alt"] = list(item.alt)
            if rec not in pii:
                pii.append(rec)
    tail = noise_literal(rng, template[pos:], lang, mode)
    if allow_noise and rng.random() < 0.15 and tail and tail[-1] in ".!?":
        tail = tail[:-1]
    parts.append(tail)
    text = "".join(parts)
    if allow_noise:
        if rng.random() < 0.12:
            text = text.rstrip() + rng.choice(["", " "]) + rng.choice(EMOJI)
    if re.search(r"\{[a-z_0-9:]*\}", text):
        raise AssertionError(f"unfilled placeholder in {template!r}")
    check_labels(text, pii, neg)
    return {"text": text, "pii": pii, "negatives": neg}


def combine(rng: random.Random, a: dict, b: dict) -> dict:
    text = a["text"].rstrip() + rng.choice([" ", " ", "\n", ". ", "\n\n"]) + b["text"].lstrip()
    pii = a["pii"] + [x for x in b["pii"] if x not in a["pii"]]
    neg = a["negatives"] + [x for x in b["negatives"] if x not in a["negatives"]]
    check_labels(text, pii, neg)
    return {"text": text, "pii": pii, "negatives": neg}


def pick_script(rng: random.Random):
    r = rng.random()
    if r < 0.35:
        return values.AR_DIGITS
    if r < 0.45:
        return values.FA_DIGITS
    return None


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def is_digit(c: str) -> bool:
    return c.isdigit()


def check_labels(text: str, pii: list[dict], neg: list[dict]) -> None:
    spans = []
    for lab, is_neg in [(x, False) for x in pii] + [(x, True) for x in neg]:
        occ = occurrences(text, lab["value"])
        if not occ:
            raise AssertionError(f"label value not in text: {lab} / {text!r}")
        for s, e in occ:
            if s > 0 and is_digit(text[s - 1]) and is_digit(text[s]):
                raise Retry()
            if e < len(text) and is_digit(text[e]) and is_digit(text[e - 1]):
                raise Retry()
            # a value glued to an alphanumeric run of the same class would be ambiguous
            if s > 0 and text[s - 1].isalnum() and text[s].isalpha():
                raise Retry()
            if e < len(text) and text[e].isalnum() and text[e - 1].isalpha():
                raise Retry()
            spans.append((s, e, lab["value"], is_neg))
    for i, (s1, e1, v1, n1) in enumerate(spans):
        for s2, e2, v2, n2 in spans[i + 1 :]:
            if s1 < e2 and s2 < e1:
                # overlapping labels (incl. one value labelled twice as different kinds)
                raise Retry()


def make_messages(rng: random.Random, lang: str, chat: list[str], nopii: list[str], n: int, prefix: str, noise: bool = True) -> list[dict]:
    """n messages: NO_PII_SHARE of them from no-PII templates (chit-chat + hard negatives)."""
    out = []
    # cycle through templates in shuffled order so every template is used about equally
    def cycler(pool):
        while True:
            order = list(pool)
            rng.shuffle(order)
            yield from order

    chat_it, nopii_it = cycler(chat), cycler(nopii)
    n_nopii = round(n * NO_PII_SHARE)
    kinds = ["n"] * n_nopii + ["p"] * (n - n_nopii)
    rng.shuffle(kinds)
    for i, k in enumerate(kinds):
        it = nopii_it if k == "n" else chat_it
        for _attempt in range(50):
            tpl = next(it)
            try:
                msg = render(rng, tpl, lang, noise)
                # about one message in six packs a second sentence (greeting, complaint, a
                # reference number ...) before or after the main one, as people do on WhatsApp
                if noise and rng.random() < 0.17:
                    extra = render(rng, next(nopii_it), lang, noise)
                    msg = combine(rng, msg, extra) if rng.random() < 0.5 else combine(rng, extra, msg)
            except Retry:
                continue
            break
        else:
            raise RuntimeError(f"could not render a message for {lang}")
        out.append({"id": f"{prefix}{lang}-{i:05d}", "lang": lang, "text": msg["text"], "pii": msg["pii"], "negatives": msg["negatives"]})
    return out


_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９०१२३४५६७८९", "0123456789" * 4)


def _norm(value: str) -> str:
    return re.sub(r"[\s.\-/()+\u00a0]", "", value.translate(_TO_ASCII)).upper()


# kind -> validator over the normalised value (separators removed)
LABEL_CHECKS = {
    "card_number": validators.card_ok,
    "iban": validators.iban_ok,
    "in_aadhaar": validators.aadhaar_ok,
    "br_cpf": validators.cpf_ok,
    "br_cnpj": validators.cnpj_ok,
    "us_routing_number": validators.aba_ok,
    "us_ssn": validators.ssn_ok,
    "us_itin": validators.itin_ok,
    "ca_sin": validators.sin_ok,
    "uk_nino": validators.nino_ok,
    "in_pan": validators.pan_ok,
    "in_ifsc": validators.ifsc_ok,
    "mx_clabe": validators.clabe_ok,
    "ar_cbu": validators.cbu_ok,
    "ar_cuit": validators.cuit_ok,
    "cl_rut": validators.rut_ok,
    "es_dni": validators.dni_ok,
    "es_nie": validators.nie_ok,
    "it_codice_fiscale": validators.cf_ok,
    "sg_nric": validators.nric_ok,
    "au_tfn": validators.tfn_ok,
    "za_id": validators.za_id_ok,
    "ae_emirates_id": validators.eid_ok,
    "tr_tckn": validators.tckn_ok,
    "id_nik": validators.nik_ok,
    "mx_curp": validators.curp_ok,
    "mx_rfc": validators.rfc_ok,
    "cn_resident_id": validators.cn_id_ok,
    "pl_pesel": validators.pesel_ok,
    "nl_bsn": validators.bsn_ok,
}
# negatives of these kinds must FAIL the validator (when they have its shape)
NEG_MUST_FAIL = {"card_number", "iban", "in_aadhaar", "br_cpf", "br_cnpj", "us_ssn", "mx_clabe", "tr_tckn", "ar_cuit", "za_id", "ca_sin", "ae_emirates_id", "ar_cbu"}


def verify(rows: list[dict]) -> None:
    """Independent re-check of every label in the written rows."""
    for r in rows:
        for p in r["pii"]:
            assert p["value"] in r["text"], r
            chk = LABEL_CHECKS.get(p["kind"])
            if chk is not None:
                assert chk(_norm(p["value"])), f"{r['id']}: {p} fails its validator"
        for x in r["negatives"]:
            assert x["value"] in r["text"], r
            if x["kind"] in NEG_MUST_FAIL:
                assert not LABEL_CHECKS[x["kind"]](_norm(x["value"])), f"{r['id']}: negative {x} passes its validator"


def write_jsonl(path: Path, rows: list[dict]) -> None:
    verify(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def stats(rows: list[dict]) -> tuple[Counter, Counter, int]:
    pk, nk = Counter(), Counter()
    nopii = 0
    for r in rows:
        for p in r["pii"]:
            pk[p["kind"]] += 1
        for x in r["negatives"]:
            nk[x["kind"]] += 1
        if not r["pii"]:
            nopii += 1
    return pk, nk, nopii


def gen_corpus() -> dict[str, list[dict]]:
    out = {}
    for lang, n in COUNTS.items():
        rng = random.Random(f"{SEED}-{lang}")
        out[lang] = make_messages(rng, lang, CHAT_A[lang], NOPII_A[lang], n, "")
        write_jsonl(HERE / f"{lang}.jsonl", out[lang])
    return out


def load_holdout_templates() -> tuple[dict, dict]:
    blob = (HERE / "holdout_templates.b64").read_bytes()
    data = json.loads(zlib.decompress(base64.b64decode(blob)).decode("utf-8"))
    return data["chat"], data["nopii"]


def gen_holdout(path: Path) -> list[dict]:
    chat_b, nopii_b = load_holdout_templates()
    # the held-out phrasings must be disjoint from the corpus phrasings
    def norm(t: str) -> str:
        return re.sub(r"[\W_]+", "", PH.sub("#", t).lower())

    for lang in chat_b:
        a = {norm(t) for t in CHAT_A[lang] + NOPII_A[lang]}
        overlap = [t for t in chat_b[lang] + nopii_b[lang] if norm(t) in a]
        assert not overlap, f"holdout template reused in corpus: {overlap}"
    rows = []
    for lang, n in HOLDOUT_COUNTS.items():
        rng = random.Random(f"{SEED}-holdout-{lang}")
        rows += make_messages(rng, lang, chat_b[lang], nopii_b[lang], n, "ho-")
    write_jsonl(path, rows)
    return rows


def gen_bench() -> None:
    """~20k unlabelled messages, ~10% with PII, mixed languages, one per line, <= 2 MB."""
    rng = random.Random(f"{SEED}-bench")
    langs = list(COUNTS)
    weights = [COUNTS[x] for x in langs]
    lines = []
    size = 0
    target = 1_500_000
    n_pii = 0
    while size < target:
        lang = rng.choices(langs, weights)[0]
        # a line is one WhatsApp message; customers often pack 2-3 sentences into one
        n_parts = pick_n(rng)
        has_pii = rng.random() < 0.10
        pii_at = rng.randrange(n_parts) if has_pii else -1
        texts = []
        for k in range(n_parts):
            pool = CHAT_A[lang] if k == pii_at else NOPII_A[lang]
            for _ in range(50):
                try:
                    texts.append(render(rng, rng.choice(pool), lang)["text"])
                    break
                except Retry:
                    continue
        n_pii += has_pii
        line = " ".join(texts).replace("\n", " ")
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    out = HERE.parent / "bench" / "chat.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"bench: {len(lines)} lines ({n_pii} with PII), {size} bytes -> {out}")


def pick_n(rng: random.Random) -> int:
    r = rng.random()
    return 1 if r < 0.40 else 2 if r < 0.75 else 3


def print_stats(files: dict[str, list[dict]]) -> None:
    allp, alln = Counter(), Counter()
    total = nop = 0
    print(f"{'lang':10} {'msgs':>6} {'no-PII':>7} {'pii':>6} {'neg':>6}")
    for lang, rows in files.items():
        pk, nk, nopii = stats(rows)
        allp += pk
        alln += nk
        total += len(rows)
        nop += nopii
        print(f"{lang:10} {len(rows):6} {nopii:7} {sum(pk.values()):6} {sum(nk.values()):6}")
    print(f"{'total':10} {total:6} {nop:7} {sum(allp.values()):6} {sum(alln.values()):6}  (no-PII share {nop / max(total, 1):.1%})")
    print("PII labels per kind:")
    for k, c in sorted(allp.items(), key=lambda x: -x[1]):
        print(f"  {k:20} {c}")
    print("negatives per imitated kind:")
    for k, c in sorted(alln.items(), key=lambda x: -x[1]):
        print(f"  {k:20} {c}")


README_HEAD = """# bowline-mask labelled corpus

Synthetic WhatsApp-style messages between customers, agents and bots of banks, lenders, card
issuers, payment apps and insurers, labelled with the personal and financial identifiers they
contain (`pii`) and with hard negatives (`negatives`): look-alike numbers that are NOT PII.

**All values are synthetic.** Card numbers, IBANs, national ids etc. are generated to pass (or,
for negatives, to fail) their published check-digit rules; they do not belong to any real
person. Names are generic first names, e-mail addresses use common public domains with made-up
local parts.

## Format

One JSON object per line (`<lang>.jsonl`):

```json
{"id":"pt-00042","lang":"pt","text":"meu cpf é 123.456.789-09, pode conferir?",
 "pii":[{"kind":"br_cpf","value":"123.456.789-09","alt":["br_pix_key"]}],
 "negatives":[{"kind":"card_number","value":"..."}]}
```

- `pii[].value` is an exact substring of `text`; every occurrence counts as that label. `kind`
  is the preferred kind (snake_case names of `PiiKind`), `alt` (optional) lists other kinds that
  are also correct (a CPF/phone/e-mail given as a PIX key has `alt: ["br_pix_key"]`; CLABE and
  CBU have `alt: ["bank_account"]`; track data has `alt: ["card_number"]`; a mobile-banking or
  UPI PIN is `card_pin` with `alt: ["password"]`).
- `negatives[].value` is an exact substring that looks like `kind` but is not PII: Luhn-failing
  16-digit order/transaction ids, epoch timestamps (13-digit ms / 10-digit s), amounts in
  local currency formats, dates without birth context, UTR / NSU / protocol / ticket / invoice /
  policy / tracking numbers, app versions, "card ending 1234" last-four digits, masked values,
  Verhoeff-failing 12-digit references, CPF/CNPJ-shaped numbers failing their check digits,
  IBAN-shaped references with wrong check digits, references one digit off a valid CLABE /
  CBU / CUIT / TCKN / SIN / ZA id / Emirates id / card number, Brazilian branch codes
  ("agência 1234"), boleto payment lines, UUID request ids, hashes. Any finding overlapping a
  negative is a false positive.
- Values never touch a digit on either side; labels never overlap one another.
- A value may contain spaces, no-break spaces (U+00A0), dashes, dots or a line break (a card
  number split over two lines); Arabic messages often use Arabic-Indic (٠١٢…) or Eastern
  (۰۱۲…) digits, and a few messages elsewhere use full-width digits.
- Card expiry, CVV, PIN, OTP, password, bank account and routing numbers are labelled only when
  the context says what they are; dates are labelled `date_of_birth` only with birth context.
- About 45 % of the messages carry no PII at all.

Besides the kinds of the API contract, a few English messages carry the detector's extra
national ids `cn_resident_id`, `pl_pesel` and `nl_bsn`.

Language codes: `en`, `hinglish` (Hindi in Latin script with some Devanagari), `pt` (Brazil),
`es` (Mexico, Argentina, Chile, Spain, with some Spanglish), `id` (Indonesian), `ar`
(Gulf/Egyptian Arabic), `fr`, `tr`, `it`.

## Regenerate

```sh
python3 crates/bowline-mask/testdata/corpus/generate.py          # this corpus + this README
python3 crates/bowline-mask/testdata/corpus/generate.py --bench  # ../bench/chat.txt
python3 crates/bowline-mask/testdata/corpus/generate.py --sample # examples/data/chat-export.jsonl
python3 crates/bowline-mask/testdata/corpus/generate.py --stats  # counts of the files on disk
```

Python 3.11, standard library only, deterministic (fixed seeds). `validators.py` has the
corpus's own check-digit implementations; their self-test (published examples) runs on every
invocation. `values.py` generates the values, `templates_corpus.py` holds the phrasings.
A held-out set with a disjoint set of phrasings is generated with `--holdout PATH`; it is kept
outside the repository to check that the detector generalises. Its phrasings are stored
zlib-compressed in `holdout_templates.b64` so that they are not read casually while tuning the
detector (`--dump-holdout-templates` prints them; `--encode-holdout-templates FILE` rewrites
them); the generator asserts that no held-out phrasing equals a corpus phrasing even after
lower-casing and removing punctuation.

## Counts

"""


def write_readme(files: dict[str, list[dict]]) -> None:
    allp, alln = Counter(), Counter()
    lines = ["| language | messages | without PII | PII labels | negatives |", "| --- | ---: | ---: | ---: | ---: |"]
    total = nop = tp = tn = 0
    for lang, rows in files.items():
        pk, nk, nopii = stats(rows)
        allp += pk
        alln += nk
        total += len(rows)
        nop += nopii
        tp += sum(pk.values())
        tn += sum(nk.values())
        lines.append(f"| {lang} | {len(rows)} | {nopii} | {sum(pk.values())} | {sum(nk.values())} |")
    lines.append(f"| **total** | **{total}** | **{nop}** ({nop / total:.0%}) | **{tp}** | **{tn}** |")
    lines += ["", "PII labels per kind:", "", "| kind | labels |", "| --- | ---: |"]
    lines += [f"| `{k}` | {c} |" for k, c in sorted(allp.items(), key=lambda x: (-x[1], x[0]))]
    alts = Counter(f"{p['kind']} (alt {', '.join(p['alt'])})" for rows in files.values() for r in rows for p in r["pii"] if p.get("alt"))
    lines += ["", "Labels carrying `alt` kinds (included above under their preferred kind):", "", "| label | count |", "| --- | ---: |"]
    lines += [f"| `{k}` | {c} |" for k, c in sorted(alts.items(), key=lambda x: (-x[1], x[0]))]
    lines += ["", "Hard negatives per imitated kind:", "", "| kind | negatives |", "| --- | ---: |"]
    lines += [f"| `{k}` | {c} |" for k, c in sorted(alln.items(), key=lambda x: (-x[1], x[0]))]
    n_tpl = sum(len(CHAT_A[x]) + len(NOPII_A[x]) for x in CHAT_A)
    lines += ["", f"Distinct templates: {n_tpl} ({sum(len(CHAT_A[x]) for x in CHAT_A)} with PII, {sum(len(NOPII_A[x]) for x in NOPII_A)} without)."]
    (HERE / "README.md").write_text(README_HEAD + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    validators.self_test()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", action="store_true", help="write testdata/bench/chat.txt")
    ap.add_argument("--holdout", metavar="PATH", help="write the held-out labelled set to PATH")
    ap.add_argument("--sample", action="store_true", help="write examples/data/chat-export.jsonl")
    ap.add_argument("--stats", action="store_true", help="print counts of the corpus files on disk")
    ap.add_argument("--dump-holdout-templates", action="store_true", help="print the held-out phrasings")
    ap.add_argument("--encode-holdout-templates", metavar="PY", help="re-encode the held-out phrasings from a Python file defining CHAT and NOPII")
    a = ap.parse_args()
    if a.encode_holdout_templates:
        ns: dict = {}
        exec(Path(a.encode_holdout_templates).read_text(encoding="utf-8"), ns)
        raw = json.dumps({"chat": ns["CHAT"], "nopii": ns["NOPII"]}, ensure_ascii=False, sort_keys=True).encode("utf-8")
        out = base64.b64encode(zlib.compress(raw, 9))
        (HERE / "holdout_templates.b64").write_bytes(b"\n".join(out[i : i + 100] for i in range(0, len(out), 100)) + b"\n")
        print("encoded", sum(len(x) for x in ns["CHAT"].values()) + sum(len(x) for x in ns["NOPII"].values()), "held-out templates")
        return
    if a.dump_holdout_templates:
        c, n = load_holdout_templates()
        print(json.dumps({"chat": c, "nopii": n}, ensure_ascii=False, indent=1))
        return
    if a.stats:
        files = {p.stem: [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()] for p in sorted(HERE.glob("*.jsonl"))}
        print_stats(files)
        return
    did = False
    if a.bench:
        gen_bench()
        did = True
    if a.holdout:
        rows = gen_holdout(Path(a.holdout))
        print_stats({"holdout": rows})
        did = True
    if a.sample:
        import sample

        sample.write(REPO / "examples" / "data" / "chat-export.jsonl")
        did = True
    if not did:
        files = gen_corpus()
        print_stats(files)
        write_readme(files)


if __name__ == "__main__":
    main()
