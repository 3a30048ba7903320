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


# Lines that start the quoted earlier mail: "On … wrote:" and its translations, Outlook's headers.
_REPLY_HEADER = re.compile(
    r"^(?:"
    r"On .{4,200}(?:wrote|writes):?"
    r"|Le .{4,200}a écrit\s?:"
    r"|Am .{4,200}schrieb .{0,200}:"
    r"|El .{4,200}escribió:?"
    r"|Il .{4,200}ha scritto:?"
    r"|Op .{4,200}(?:schreef|geschreven).{0,100}:"
    r"|Em .{4,200}escreveu:?"
    r"|-{2,}\s*(?:Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original"
    r"|Messaggio originale|Oorspronkelijk bericht|Forwarded message|Message transféré"
    r"|Weitergeleitete Nachricht)\s*-{2,}"
    r"|_{20,}"
    r")\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(?:From|De|Von|Da|Van)\s?:\*?\s.+$", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(?:Sent|Envoyé|Gesendet|Enviado|Inviato|Verzonden|Date|Datum)\s?:\*?\s", re.IGNORECASE
)
_SIGNOFF_DEVICE = re.compile(
    r"^(?:Sent from my \w+.*|Envoyé de mon \w+.*|Von meinem \w+ gesendet|Enviado desde mi \w+.*"
    r"|Inviato da \w+.*|Verzonden vanaf mijn \w+.*|Get Outlook for \w+.*|Sent from Mail for Windows.*"
    r"|Sent with Proton Mail.*)$",
    re.IGNORECASE,
)


def strip_quoted(text: str) -> str:
    """The new part of a reply: up to the quoted earlier mail or the signature, '>' lines removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        bare = line.strip()
        if bare in ("--", "-- ") or line == "-- ":
            break  # the signature delimiter
        if _REPLY_HEADER.match(bare) or _SIGNOFF_DEVICE.match(bare):
            break
        # "On Tue, 21 Jun 2022 at 10:02, Marie Dupont <m@example.org>" / "wrote:" wrapped over two lines
        wrapped = bare.lower().startswith(("on ", "le ", "am ")) and i + 1 < len(lines)
        if wrapped and _REPLY_HEADER.match(f"{bare} {lines[i + 1].strip()}"):
            break
        if _OUTLOOK_FROM.match(bare) and any(_OUTLOOK_NEXT.match(n.strip()) for n in lines[i + 1 : i + 4]):
            break
        if bare.startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
