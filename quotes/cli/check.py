"""``quotes check``: lint rules for quotes, for editors and pre-commit.

Only option parsing, output and exit codes live here; the rules are in
``quotes.check``.  Nothing here imports the parser: it is loaded (once) only
when a selected rule needs it.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Optional

import click

from ..check import (CheckReport, ParserUnavailable, SelectionError, all_rules, check_paths,
                    select_rules)
from ..check.config import ConfigError, load_config, parse_codes

#: 3 for a missing model, as in ``quotes extract``.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_MODEL = 0, 1, 2, 3


def _rules_table() -> str:
    lines = []
    for r in all_rules():
        extra = " [parser]" if r.needs_parse else ""
        extra += " [fixable]" if r.fixable else ""
        extra += "" if r.default else " [opt-in: --select " + r.code + "]"
        lines.append(f"{r.code}  {r.summary}{extra}")
    return "\n".join(lines)


def _summary(report: CheckReport) -> str:
    n = len(report.findings)
    files = len({f.path for f in report.findings})
    parts = []
    if n:
        by = Counter(f.code for f in report.findings)
        rank = {f.code: f.rank for f in report.findings}  # speaker rules first
        codes = ", ".join(f"{c}: {by[c]}"
                          for c in sorted(by, key=lambda c: (rank[c], len(c), c)))
        parts.append(f"{n} finding{'s' * (n != 1)} in {files} of {report.files} "
                     f"file{'s' * (report.files != 1)} ({codes})")
    else:
        parts.append(f"{report.files} file{'s' * (report.files != 1)} checked, no findings")
    if report.fixed:
        k = len(report.fixed)
        parts.append(f"{k} file{'s' * (k != 1)} fixed")
    if report.errors:
        k = len(report.errors)
        parts.append(f"{k} error{'s' * (k != 1)}")
    return "quotes check: " + "; ".join(parts)


@click.command("check", epilog="\b\nRules: see `quotes check --list-rules`.\n"
               "Exit status: 0 no findings, 1 findings (or files fixed by --fix),\n"
               "2 usage, configuration or input error, 3 no parser model (Q2/Q3).")
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option("--select", metavar="CODES",
              help="Comma-separated rule codes or prefixes to run (default: the config's, "
                   "else Q1-Q4; Q5, French spacing, runs only when selected).")
@click.option("--ignore", metavar="CODES", help="Comma-separated rule codes or prefixes to skip.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: path:line:col: CODE message; json: a list of findings.")
@click.option("--fix", is_flag=True,
              help="Rewrite fixable findings of the selected rules in place (--select Q5 "
                   "--fix); exit 1 when a file changed.")
@click.option("--hints", is_flag=True, help="Print each finding's fix hint under it (text format).")
@click.option("--model", metavar="NAME|DIR", default=None,
              help="Parser model for the rules that need one (Q2, Q3).")
@click.option("--encoding", default=None, help="Encoding of the files (default: UTF-8, BOMs honoured).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@click.option("--list-rules", is_flag=True, help="List the rules and exit.")
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], select: Optional[str], ignore: Optional[str],
          fmt: str, fix: bool, hints: bool, model: Optional[str], encoding: Optional[str],
          quiet: bool, list_rules: bool) -> None:
    """Review the quotes of articles like a linter (pre-commit hook).

    Prints `path:line:col: CODE message`, one finding a line, each file's
    speaker findings (Q2, Q3) first, then by line, and a summary on stderr.
    Rules Q1, Q4 and Q5 need no parser and start fast; Q2 and Q3 load the
    parser once for all files. Q5 (French spacing) is opt-in: --select Q5. Configuration:
    `[tool.quotes]` in pyproject.toml or `[quotes]` in setup.cfg, in the
    current directory (keys `select`, `ignore`).
    """
    if list_rules:
        click.echo(_rules_table())
        ctx.exit(EXIT_CLEAN)
    if not files:
        raise click.UsageError("no FILE given (use - for standard input)")
    if fix and "-" in files:
        raise click.UsageError("--fix cannot rewrite standard input")
    try:
        cfg = load_config(".")
        sel = parse_codes(select, "--select") if select is not None else cfg.select
        ign = parse_codes(ignore, "--ignore") if ignore is not None else cfg.ignore
        rules = select_rules(sel, ign)
    except (ConfigError, SelectionError) as e:
        click.echo(f"quotes check: error: {e}", err=True)
        ctx.exit(EXIT_ERROR)
        return
    try:
        report = check_paths(files, rules, fix=fix, encoding=encoding, model=model)
    except ParserUnavailable as e:
        parse_codes_ = ",".join(r.code for r in rules if r.needs_parse)
        click.echo(f"quotes check: error: rules {parse_codes_} need the parser: {e}\n"
                   f"  (run `quotes models info`, or leave them out: --ignore {parse_codes_})",
                   err=True)
        ctx.exit(EXIT_MODEL)
        return
    for err in report.errors:
        click.echo(f"quotes check: error: {err}", err=True)
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in report.findings], ensure_ascii=False,
                              indent=2))
    else:
        for f in report.findings:
            click.echo(str(f))
            if hints:
                click.echo(f"    hint: {f.hint}")
    for path in report.fixed:
        click.echo(f"quotes check: fixed {path}", err=True)
    if not quiet:
        click.echo(_summary(report), err=True)
    ctx.exit(report.exit_code)
