"""The gettext catalogues of the printed documents (report, forms): build the template from the English
sources, bring every language's `.po` up to date with it, compile the `.mo` files, and say what is stale.

`python -m hybridhub.reports.catalogue` (run by `make translations`) does all three; docs/translating.md
is the translator's side. Message context is the key in the source, so the same English can be
translated differently where it means different things.
"""

from __future__ import annotations

import io
import string
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from hybridhub import __version__
from hybridhub.core.l10n import DOMAIN, LANGUAGES
from hybridhub.paperforms.words import WORDS
from hybridhub.reports.messages import MESSAGES

LOCALE_DIR = Path(__file__).resolve().parents[2] / "resources" / "locale"  # the repository's, for editing


def template() -> Catalog:
    pot = Catalog(domain=DOMAIN, project="HybridHub", version=__version__, fuzzy=False)
    for key, english in MESSAGES.items():
        pot.add(english, context=key, locations=[("hybridhub/reports/messages.py", 0)])
    for key, english in WORDS.items():
        pot.add(english, context=f"form_{key}", locations=[("hybridhub/paperforms/words.py", 0)])
    return pot


def po_path(lang: str, folder: Path = LOCALE_DIR) -> Path:
    return folder / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _fields(text: str) -> set[str]:
    return {name for _t, name, _s, _c in string.Formatter().parse(text) if name is not None}


def _texts(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def problems(lang: str, folder: Path = LOCALE_DIR) -> list[str]:
    """What keeps a language's catalogue from being current and complete; empty when it is."""
    path = po_path(lang, folder)
    if not path.exists():
        return [f"{path}: missing"]
    po = read(path)
    wanted = {(m.context, _texts(m.id)[0]): m for m in template() if m.id}
    found: dict[tuple[str | None, str], Message] = {(m.context, _texts(m.id)[0]): m for m in po if m.id}
    out = [f"{lang}: not in the catalogue: {k[0]}" for k in wanted.keys() - found.keys()]
    out += [f"{lang}: no longer in the source: {k[0]}" for k in found.keys() - wanted.keys()]
    for key, source in wanted.items():
        message = found.get(key)
        if message is None:
            continue
        strings = _texts(message.string)
        if message.fuzzy or not strings or not all(strings):
            out.append(f"{lang}: unfinished: {key[0]}")
        elif any(_fields(s) != _fields(_texts(source.id)[-1]) for s in strings):
            out.append(f"{lang}: placeholders differ from the English: {key[0]}")
    mo = path.with_suffix(".mo")
    if not out and (not mo.exists() or mo.read_bytes() != compiled(po)):
        out.append(f"{mo}: not compiled from the .po (run `make translations`)")
    return out


def refresh(folder: Path = LOCALE_DIR) -> None:
    """Write the template, merge it into every language (new messages empty, changed ones fuzzy, for
    the translator to check), and compile each `.po` into its `.mo`."""
    pot = template()
    with (folder / f"{DOMAIN}.pot").open("wb") as fh:
        write_po(fh, pot, width=100, omit_header=True)
    for lang in LANGUAGES[1:]:
        path = po_path(lang, folder)
        po = read(path) if path.exists() else Catalog(locale=lang, domain=DOMAIN, fuzzy=False)
        created, revised = po.creation_date, po.revision_date  # no churn in the header
        po.update(pot)
        po.creation_date, po.revision_date = created, revised
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, po, width=100, ignore_obsolete=True, include_previous=True)
        path.with_suffix(".mo").write_bytes(compiled(po))


if __name__ == "__main__":
    refresh()
    stale = [p for lang in LANGUAGES[1:] for p in problems(lang)]
    print("\n".join(stale) or "catalogues: every language complete", file=sys.stderr if stale else sys.stdout)
