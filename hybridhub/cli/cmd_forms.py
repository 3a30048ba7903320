"""Sub-commands for paper forms: list templates, print sheets, scan filled sheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from hybridhub.cli.common import add_workspace_arg, print_json, workspace_from
from hybridhub.core.errors import ValidationError
from hybridhub.paperforms.capture import scan_files
from hybridhub.paperforms.layout import PAPERS
from hybridhub.paperforms.printing import print_forms
from hybridhub.paperforms.templates import find_form, list_forms


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    forms = sub.add_parser("forms", help="paper feedback forms: list, print, scan")
    fsub = forms.add_subparsers(dest="forms_command", required=True, metavar="COMMAND")

    p = fsub.add_parser("list", help="the form templates in forms/ (validated)")
    p.add_argument("--json", action="store_true", help="print one JSON object per template")
    p.set_defaults(func=_list)

    p = fsub.add_parser("print", help="print sheets of a form to a PDF; each sheet is recorded once")
    p.add_argument("form", metavar="FORM", help="a form id (see 'forms list') or a template .yaml file")
    add_workspace_arg(p)
    p.add_argument("--session", metavar="NAME", help="the session the sheets are for")
    p.add_argument("--copies", type=int, default=1, metavar="N")
    p.add_argument("--lang", default="en", metavar="CODE", help="language of the printed form")
    p.add_argument("--paper", default="a4", choices=sorted(PAPERS))
    p.add_argument("--large-print", action="store_true", help="bigger type and boxes")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PDF")
    p.set_defaults(func=_print)

    p = fsub.add_parser("scan", help="read filled sheets from PDFs or images and store the answers")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_workspace_arg(p)
    p.add_argument("--dpi", type=int, default=200, help="resolution for rendering PDF scans (default 200)")
    p.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    p.set_defaults(func=_scan)


def _list(args: argparse.Namespace) -> int:
    for form in list_forms():
        questions = form.definition["questions"]
        if args.json:
            print_json(
                {
                    "id": form.id,
                    "version": form.version,
                    "title": form.title(),
                    "languages": form.languages,
                    "questions": len(questions),
                    "file": str(form.path),
                }
            )
        else:
            print(
                f"{form.id:<22} v{form.version:<3} {','.join(form.languages):<12} "
                f"{len(questions):>2} questions  {form.title()}"
            )
    return 0


def _print(args: argparse.Namespace) -> int:
    form = find_form(args.form)
    if args.output.suffix.lower() != ".pdf":
        raise ValidationError("the output must be a .pdf file", file=args.output, field="output")
    with workspace_from(args) as ws, ws.transaction() as s:
        result = print_forms(
            s,
            ws.event(s),
            form,
            args.output,
            copies=args.copies,
            lang=args.lang,
            paper=args.paper,
            large_print=args.large_print,
            session_name=args.session,
        )
    print(
        f"printed {len(result.sheets)} sheet(s), {result.pages} page(s) of '{form.id}' v{form.version} "
        f"({args.lang}) to {result.path}"
    )
    return 0


def _scan(args: argparse.Namespace) -> int:
    if not 72 <= args.dpi <= 600:
        raise ValidationError("the resolution must be from 72 to 600 dpi", field="dpi")
    with workspace_from(args) as ws:
        report = scan_files(ws, args.files, dpi=args.dpi)
    if args.json:
        print_json(report.summary())
        return 0
    for d in report.details:
        where = f"{d['file']} p.{d['page_index'] + 1}"
        if d["status"] == "captured":
            print(
                f"  {where}: sheet {d['sheet']} page {d['page']}: {d['answers_auto']} read, "
                f"{d['answers_review']} to review"
            )
        elif d["status"] == "duplicate":
            print(f"  {where}: sheet {d['sheet']} page {d['page']} was already captured; nothing changed")
        else:
            print(f"  {where}: unidentified ({d['reason']}); assign it in the Forms page")
    s = report.summary()
    print(
        f"{s['pages']} page(s): {s['identified']} identified, {s['duplicates']} duplicate(s), "
        f"{s['unidentified']} unidentified; {s['answers_auto']} answers read, "
        f"{s['answers_review']} to review",
    )
    return 0
