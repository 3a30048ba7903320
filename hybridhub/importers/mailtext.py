"""Turning an e-mail body into the contribution it carries: HTML to text, and quoted earlier mail,
reply headers and signatures taken out (in the languages mail clients write them)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "pre"}
_HIDDEN = {"script", "style", "head", "title"}
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "divrplyfwdmsg", "protonmail_quote")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._quote_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        if self._quote_stack or tag == "blockquote" or any(c in classes for c in _QUOTE_CLASSES):
            if tag not in ("br", "img", "hr", "meta", "input", "wbr"):
                self._quote_stack.append(tag)
            return
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if self._quote_stack:
            if tag in self._quote_stack:
                while self._quote_stack and self._quote_stack.pop() != tag:
                    pass
            return
        if tag in _HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden and not self._quote_stack:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail; quoted earlier mail (blockquote, gmail_quote …) left out."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except (AssertionError, ValueError, IndexError):  # HTMLParser on broken markup
        text = re.sub(r"<[^>]*>", " ", html)
    lines = [line.strip() for line in text.replace("\xa0", " ").splitlines()]
    joined = re.sub(r"\n+(?=• )", "\n", "\n".join(lines))  # list items one per line
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


# An attribution line introduces quoted text: "On 2 Apr 2012, at 14:20, Ana <a@b.org> wrote:",
# "02.04.2012 14:20, Ана пишет:", "Am 02.04.2012 um 14:20 schrieb Ana <a@b.org>:", Gmail's Russian
# "пн, 2 апр. 2012 г. в 14:20, Ана <a@b.org>:" … It is dropped wherever it stands, with the '>' lines
# it introduces, and the text around it (above or below the quote, or between quotes) is kept.
_WROTE = (
    r"wrote|writes|a écrit|schrieb|escribió|escreveu|ha scritto|scrisse|schreef|skrev|skrev følgende"
    r"|napisał\(a\)|napisała|napisał|pisze|написал\(а\)|написала|написал|пишет|написав|пише"
    r"|kirjoitti|napsal\(a\)|napsal|napsala|írta|a scris|έγραψε|şunu yazdı|yazdı|het geskryf"
)
_ON = r"On|Le|Am|El|Il|Il giorno|Op|Em|Den|W dniu|Dne|В|Στις|Kello|Dana|Pe|Ngày|\d{1,4}[./-]\d{1,2}"
_ATTRIBUTION = re.compile(
    rf"^(?:(?:{_ON})\b.{{0,250}}\b(?:{_WROTE})\b.{{0,200}}:"  # "On … wrote:", "Am … schrieb X <x>:"
    rf"|.{{0,400}}\b(?:{_WROTE})\s?:"  # "02.04.2012 14:20 Ana <a@b> wrote:"
    r"|.{0,120}\d{1,2}:\d{2}.{0,120}<[^<>\s@]+@[^<>\s]+>\s?:)\s*$",  # "… 14:20, Ana <a@b>:"
    re.IGNORECASE,
)
_ON_START = re.compile(rf"^(?:{_ON})\b", re.IGNORECASE)
# Below these the earlier mail follows without '>' marks: nothing after them is new.
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Message d'origine|Ursprüngliche Nachricht|Originalnachricht"
    r"|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original"
    r"|Ursprungligt meddelande|Oprindelig meddelelse|Wiadomość oryginalna|Исходное сообщение"
    r"|Forwarded message|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado"
    r"|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada)\s*-{2,}"
    r"|_{20,}"
    r"|(?:Begin forwarded message|Début du message réexpédié|Anfang der weitergeleiteten Nachricht"
    r"|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Begin doorgestuurd bericht"
    r"|Início da mensagem reencaminhada)\s?:"
    r")\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(?:From|De|Von|Da|Van|Od|От|Från|Fra|Lähettäjä)\s?:\*?\s.+$", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(?:Sent|Envoyé|Gesendet|Enviado|Enviada|Inviato|Verzonden|Date|Datum|Data|Wysłano"
    r"|Отправлено|Skickat|Sendt|Lähetetty)\s?:\*?\s",
    re.IGNORECASE,
)
_SIGNOFF_DEVICE = re.compile(
    r"^(?:Sent from my \w+.*|Envoyé de mon \w+.*|Von meinem \w+ gesendet|Enviado desde mi \w+.*"
    r"|Inviato da \w+.*|Verzonden vanaf mijn \w+.*|Enviado do meu \w+.*|Skickat från min \w+.*"
    r"|Wysłane z mojego \w+.*|Отправлено с \w+.*|Get Outlook for \w+.*|Sent from Mail for Windows.*"
    r"|Sent with Proton Mail.*)$",
    re.IGNORECASE,
)
_ATTRIBUTION_MAX = 400  # characters; a longer line is a paragraph that happens to end in 'wrote:'


def _is_attribution(line: str) -> bool:
    """An attribution names a date, a time or an address: a sentence ending in 'wrote:' does not."""
    if len(line) > _ATTRIBUTION_MAX or not line.endswith(":") or not re.search(r"[\d@]", line):
        return False
    return _ATTRIBUTION.match(line) is not None


def _ends_mail(lines: list[str], i: int) -> bool:
    """True at a line below which only the earlier mail (not '>'-quoted) or a signature follows."""
    bare = lines[i].strip()
    if bare in ("--", "-- ") or lines[i] == "-- " or _SEPARATOR.match(bare):
        return True
    return bool(_OUTLOOK_FROM.match(bare)) and any(
        _OUTLOOK_NEXT.match(n.strip()) for n in lines[i + 1 : i + 4]
    )


def strip_quoted(text: str) -> str:
    """The new parts of a reply, in any order around the quotes: '>' lines and the attribution lines
    that introduce them are dropped wherever they stand; the earlier mail below an Outlook header or
    an 'Original Message' line, the signature and the phone's sign-off are dropped too."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    skip_next = False
    for i, line in enumerate(lines):
        bare = line.strip()
        if skip_next:
            skip_next = False
            continue
        if _ends_mail(lines, i):
            break
        if bare.startswith(">") or _SIGNOFF_DEVICE.match(bare) or _is_attribution(bare):
            continue
        # A long attribution wrapped over two lines ("On …, Marie Dupont <m@example.org>" / "wrote:")
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _ON_START.match(bare) and len(following) < 120 and _is_attribution(f"{bare} {following}"):
            skip_next = True
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
