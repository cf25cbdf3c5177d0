"""Example WhatsApp inbox export for the README's main command (examples/data/chat-export.jsonl).

Scripted conversations between customers, agents and bots, rendered with synthetic values
(see values.py). Some agents ask for OTPs, CVVs or passwords: bad practice that monitoring must
catch. Each script is played twice (the first three three times) with different values, agents and times.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import generate

C, A, B = "customer", "agent", "bot"

# (language, agents, turns)
SCRIPTS: list[tuple[str, list[str], list[tuple[str, str]]]] = [
    ("pt", ["ana.souza", "rafael.lima"], [
        (B, "Olá! Você está falando com o Banco Exemplo. Para sua segurança, nunca compartilhe sua senha."),
        (C, "oi, meu cartão foi clonado 😡"),
        (C, "apareceu uma compra de {n_amount} que eu não fiz"),
        (A, "Oi, aqui é a Ana. Sinto muito! Pode me informar o CPF do titular?"),
        (C, "cpf {cpf}"),
        (A, "Obrigada. E o número completo do cartão?"),
        (C, "{card}"),
        (A, "Para confirmar, me passa também o código de segurança (CVV) e a validade?"),
        (C, "cvv {cvv} validade {exp}"),
        (A, "Certo. Vou bloquear o cartão e abrir a contestação. Protocolo {n_proto}."),
        (B, "Seu código de verificação é {otp:6}. Não compartilhe com ninguém."),
        (A, "Chegou um código aí? Me fala ele para eu confirmar o bloqueio."),
        (C, "{otp_again}"),
        (A, "Pronto, cartão bloqueado ✅ Um novo chega em até 7 dias úteis."),
        (C, "obrigada!! e o estorno vai pro pix {evp}?"),
        (A, "O estorno entra na fatura, tá? Mais alguma coisa?"),
        (C, "não, valeu"),
    ]),
    ("en", ["james.carter", "emily.hart"], [
        (B, "Hi! You're chatting with Example Bank UK. Please don't share your PIN or passwords here."),
        (C, "hi I need to update my address and my salary account"),
        (A, "Hi, James here. Happy to help. Can I take your date of birth and postcode first?"),
        (C, "DOB {dob}, postcode is on the file"),
        (A, "Thanks. What are the new account details?"),
        (C, "sort code {sort} account number {acct:uk}"),
        (A, "And your National Insurance number for the payroll form?"),
        (C, "{nino}"),
        (A, "I've sent you a one-time passcode, can you read it back to me please?"),
        (B, "Your one-time passcode is {otp:6}. We will never ask you for this code."),
        (C, "it says you'll never ask for it?? anyway it's {otp_again}"),
        (A, "Thanks, that's all updated. Ref {n_ticket}."),
        (C, "cheers. also my card ending {n_last4} got declined at Tesco for {n_amount}"),
        (A, "I can see it, the merchant retried. You won't be charged twice."),
        (C, "great thanks 👍"),
    ]),
    ("hinglish", ["rohit.verma", "sneha.iyer"], [
        (B, "Namaste! Aapka swagat hai. Hum kabhi OTP, PIN ya password nahi maangte."),
        (C, "sir maine {n_amount} bheja tha {upi} pe, paisa kat gaya par nahi pahucha"),
        (A, "Namaste, main Rohit. UTR number bata dijiye please."),
        (C, "UTR {n_utr}"),
        (A, "Aapka registered mobile number aur account number confirm kar dijiye."),
        (C, "mobile {phone:IN} aur a/c {acct:in}"),
        (A, "KYC verify karne ke liye Aadhaar number chahiye."),
        (C, "aadhaar {aadhaar}"),
        (A, "Ek OTP aayega, woh bata dijiye reversal ke liye."),
        (B, "{otp:6} is your OTP for reversal request. Do not share it with anyone."),
        (C, "OTP {otp_again}"),
        (A, "Ho gaya sir, 3-5 working days me reversal ho jayega. Complaint no {n_ticket}."),
        (C, "ok ji thank you 🙏"),
    ]),
    ("es", ["lucia.mendez", "diego.ramirez"], [
        (B, "¡Hola! Bienvenido a Financiera Ejemplo. Nunca te pediremos tu NIP ni contraseñas."),
        (C, "hola quiero solicitar el préstamo personal"),
        (A, "Hola, soy Lucía. Con gusto. ¿Me compartes tu CURP y RFC?"),
        (C, "CURP {curp}\nRFC {rfc}"),
        (A, "Gracias. ¿A qué CLABE depositamos?"),
        (C, "a la clabe {clabe}"),
        (A, "Perfecto. ¿Un correo para enviarte el contrato?"),
        (C, "{email}"),
        (A, "Listo. La mensualidad sería de {n_amount}, primer pago el {n_date}."),
        (C, "ok y si pago antes hay penalización?"),
        (A, "No, puedes adelantar pagos sin costo. Folio {n_ticket}."),
        (C, "perfecto gracias"),
    ]),
    ("id", ["rina.putri", "agus.wijaya"], [
        (B, "Halo! Demi keamanan, jangan pernah memberikan PIN atau kode OTP kepada siapa pun."),
        (C, "kak saya mau blokir kartu, hilang tadi di angkot 😭"),
        (A, "Halo kak, dengan Rina. Boleh sebutkan NIK dan tanggal lahir?"),
        (C, "nik {nik} tgl lahir {dob}"),
        (A, "Nomor rekening yang terhubung dengan kartu?"),
        (C, "rek {acct:id}"),
        (A, "Baik kak, kami kirim kode OTP ya, mohon disebutkan."),
        (B, "JANGAN BERIKAN kode {otp:6} kepada siapa pun termasuk pihak bank."),
        (C, "kodenya {otp_again} kak"),
        (A, "Kartu sudah diblokir. No tiket {n_ticket}. Kartu baru bisa diambil di cabang."),
        (C, "makasih kak"),
    ]),
    ("ar", ["sara.alali", "omar.haddad"], [
        (B, "أهلا بك في بنك المثال. لحماية حسابك لا تشارك الرقم السري مع أي شخص."),
        (C, "السلام عليكم، ابغى أحدث بياناتي"),
        (A, "وعليكم السلام، معك سارة. ممكن رقم الهوية الإماراتية؟"),
        (C, "{eid}"),
        (A, "شكرا. ورقم الجوال الجديد؟"),
        (C, "{phone:AE}"),
        (A, "وش الآيبان اللي تبي ينزل عليه الراتب؟"),
        (C, "{iban:AE}"),
        (A, "تم التحديث ✅ رقم الطلب {n_order}"),
        (C, "الله يعطيك العافية"),
    ]),
    ("en", ["mark.davis", "aisha.khan"], [
        (B, "Welcome to Example Credit Union. We will never ask for your full SSN or password in chat."),
        (C, "hey I need to set up direct deposit for my new job"),
        (A, "Hi, this is Mark. Sure! Do you want our routing number or are you moving money out?"),
        (C, "moving it out actually, to my other bank: routing {routing} account {acct}"),
        (A, "Got it. For verification can you send your full SSN?"),
        (C, "{ssn}"),
        (A, "And the card number on file?"),
        (C, "{card} exp {exp}"),
        (C, "wait you guys said you never ask for SSN in chat lol"),
        (A, "Apologies, you're right. I'll note it. Transfer scheduled for {n_date}, confirmation {n_order}."),
        (C, "ok 🤔"),
    ]),
    ("pt", ["juliana.rocha", "lucas.martins"], [
        (B, "Olá! Sou a assistente virtual. Digite 1 para Pix, 2 para Cartões, 3 para Empréstimos."),
        (C, "1"),
        (B, "Você escolheu Pix. Um atendente vai falar com você."),
        (A, "Oi! Juliana aqui. Como posso ajudar com o Pix?"),
        (C, "fiz um pix de {n_amount} pra chave errada"),
        (C, "era pra ser {phone_pix} e eu mandei pra {evp}"),
        (A, "Entendi. Vou abrir um MED (mecanismo especial de devolução). Qual o id da transação?"),
        (C, "E{n_order16}"),
        (A, "Obrigada. Protocolo {n_proto}. Prazo de análise: 7 dias."),
        (C, "e se não devolverem?"),
        (A, "Aí orientamos registrar boletim de ocorrência, tá?"),
        (C, "ok obrigado"),
    ]),
    ("es", ["valentina.rios", "mateo.gomez"], [
        (B, "Hola, soy el asistente de Billetera Ejemplo. ¿En qué te ayudo?"),
        (C, "che quiero retirar plata a mi cuenta"),
        (A, "Hola, Valentina por acá. Pasame el CBU de la cuenta y tu CUIT."),
        (C, "CBU {cbu}\nCUIT {cuit}"),
        (A, "Gracias. Te llega un código por SMS, ¿me lo pasás?"),
        (C, "{otp:6}"),
        (A, "Listo, transferencia de {n_amount} en proceso. Comprobante {n_ticket}."),
        (C, "genial"),
    ]),
    ("en", ["priya.nair", "tom.baker"], [
        (B, "Hi, you've reached Example Insurance claims. Have your policy number ready."),
        (C, "hi my policy number is {n_policy}, I need to file a claim for my phone"),
        (A, "Hi, Priya here. Sorry to hear that. Best number to call you on?"),
        (C, "{phone}"),
        (A, "And an email for the claim documents?"),
        (C, "{email}"),
        (A, "Claim {n_ticket} opened. The excess is {n_amount}."),
        (C, "ok and how long does it take"),
        (A, "Usually 5 working days after we receive the invoice."),
        (C, "invoice is {n_invoice}, sending now"),
    ]),
    ("tr", ["elif.kaya", "emre.demir"], [
        (B, "Merhaba! Güvenliğiniz için şifrenizi kimseyle paylaşmayın."),
        (C, "merhaba kartım kayboldu"),
        (A, "Merhaba, ben Elif. TC kimlik numaranızı alabilir miyim?"),
        (C, "{tckn}"),
        (A, "Kartınız kapatıldı. Yeni kart için IBAN bilgisi gerekmiyor. Talep no {n_ticket}."),
        (C, "teşekkürler, bu arada maaş IBAN'ım {iban:TR}"),
        (A, "Not aldım, iyi günler."),
    ]),
    ("hinglish", ["vikram.singh", "pooja.rao"], [
        (B, "Dear customer, your a/c XX{n_last4} is debited by {n_amount}. Not you? Reply HELP."),
        (C, "HELP"),
        (A, "Hello, main Vikram. Card details verify karne ke liye card number aur CVV bata dijiye."),
        (C, "card {card} cvv {cvv}"),
        (A, "ATM pin bhi confirm kar dijiye please."),
        (C, "pin {pin}"),
        (A, "Card block kar diya hai. Complaint no {n_ticket}."),
        (C, "par aap log to bolte ho pin kabhi mat batao??"),
    ]),
]


def wamid(rng: random.Random) -> str:
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "wamid.HBgM" + "".join(rng.choice(al) for _ in range(40))


def write(path: Path) -> None:
    rng = random.Random(f"{generate.SEED}-sample")
    start = dt.datetime(2026, 11, 2, 8, 0, 0, tzinfo=dt.timezone.utc)
    rows = []
    conv = 1000
    for rnd in range(3):
        for lang, agents, turns in SCRIPTS if rnd < 2 else SCRIPTS[:3]:
            conv += rng.randint(3, 40)
            t = start + dt.timedelta(days=rnd * 3 + rng.randint(0, 2), minutes=rng.randint(0, 600))
            agent = agents[rnd % len(agents)]
            for _attempt in range(100):
                try:
                    msgs = render_script(rng, lang, turns)
                    break
                except generate.Retry:
                    continue
            for role, text in msgs:
                t += dt.timedelta(seconds=rng.randint(4, 240))
                rows.append({
                    "conversation_id": f"c-{conv}",
                    "message_id": wamid(rng),
                    "from": role,
                    "agent": agent if role == A else None,
                    "sent_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "text": text,
                })
    rows.sort(key=lambda r: (r["sent_at"], r["conversation_id"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            if r["agent"] is None:
                del r["agent"]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"sample: {len(rows)} messages in {len({r['conversation_id'] for r in rows})} conversations -> {path}")


def render_script(rng: random.Random, lang: str, turns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Render all turns sharing one value cache so that read-backs ({x_again}) repeat values."""
    cache: dict = {}
    out = []
    for role, tpl in turns:
        msg = generate.render(rng, tpl, lang, allow_noise=(role == C), cache=cache)
        out.append((role, msg["text"]))
    return out
