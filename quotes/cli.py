"""Command line: parses options, formats output, sets exit codes. No NLP here."""
from __future__ import annotations

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def main() -> None:
    """Who said what in French news: quotes, speakers and roles.

    \b
    Examples:
      quotes extract seeds/*.txt
      quotes extract --format csv --excel -o quotes.csv articles/
      quotes who seeds/
      quotes check --select Q1,Q4,Q5 article.md
    """
