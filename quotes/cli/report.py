"""``quotes report``: an HTML page of who speaks in the articles.

Option parsing, output and exit codes only; the page is made by
``quotes.outputs.report``.  Inputs, model choice, errors and exit codes are
those of ``quotes extract``.
"""
from __future__ import annotations

import sys
from typing import Optional

import click

from . import app
from .app import EXIT_INPUT, QuotesError, Run, _chain, _check_output, _progress, guarded, \
    input_options, open_output


@click.command()
@input_options
@click.option("-o", "--output", metavar="FILE.html",
              help="Write the page to FILE (written whole or not at all); without it, "
                   "standard output, which must not be a terminal.")
@click.option("--title", metavar="TEXT", default=None,
              help="The page's title (default: 'Who speaks').")
def report(paths: tuple[str, ...], encoding: Optional[str], markdown: Optional[bool],
           model: Optional[str], jobs: int, quiet: bool, output: Optional[str],
           stdin_name: str, title: Optional[str]) -> None:
    """One HTML page: the balance of voices, the speakers, and the articles with
    their quotes highlighted.

    The page is self-contained (no script, font or image from elsewhere):
    it opens offline and can be sent as one file. Its numbers are those of
    'quotes who --summary'.

    \b
    Examples:
      quotes report seeds/ -o report.html
      quotes report --title "Semaine 49" 'articles/**/*.md' -o semaine49.html
    """
    from ..outputs.report import render, require
    from ..outputs.xlsx import MissingLibrary

    _check_output(output, paths)
    try:
        require()
    except MissingLibrary as e:
        raise QuotesError(str(e), EXIT_INPUT) from None
    if (not output or output == "-") and app._isatty(sys.stdout):
        raise QuotesError("the report is an HTML page, not for a terminal: use -o report.html "
                          "or redirect standard output", EXIT_INPUT)
    with guarded():
        run = Run(paths, encoding, markdown, quiet, jobs, stdin_name)
        results = run.results(model)
        first = next(results, None)
        if run.read == 0 and output and output != "-":
            sys.exit(run.exit_code())
        with _progress(run, _chain(first, results), quiet) as bar:
            articles = [(d.path, d.text, qs) for d, qs in bar]
        page = render(articles, title)
        with open_output(output) as out:
            out.write(page)
        run.summary(output)
    sys.exit(run.exit_code())
