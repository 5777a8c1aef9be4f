"""`quotes models info|download|train`: which parser is used, and how to get another."""
from __future__ import annotations

import json
import os
import sys

import click

from ..parser.parse import ModelError, resolve_model, stanza_resources_dir


@click.group()
def models() -> None:
    """The French parser: bundled compact model or official Stanza model.

    \b
    Examples:
      quotes models info
      quotes models download          # needs a network
      quotes models train --ud ../shared/ud --out build/train
    """


@models.command()
@click.option("--model", default=None, help="bundled, stanza, or a model directory (default: $QUOTES_MODEL, "
              "else the official Stanza model if installed, else bundled).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(model: str | None, as_json: bool) -> None:
    """Which model is used, its files and scores."""
    try:
        m = resolve_model(model)
    except ModelError as e:
        raise click.ClickException(str(e))
    files = {k: {"path": v, "bytes": os.path.getsize(v)} for k, v in m.files.items()}
    data = {"kind": m.kind, "directory": m.directory, "files": files, "card": m.card}
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"model: {m.kind}  ({m.directory})")
    for k, f in files.items():
        click.echo(f"  {k:9} {f['bytes'] / 1e6:6.1f} MB  {os.path.basename(f['path'])}")
    card = m.card or {}
    scores = card.get("scores", {}).get("test", {})
    if scores:
        click.echo("GSD test, end to end from raw text: "
                   + ", ".join(f"{k} {v}" for k, v in scores.items()))
    if card.get("treebanks"):
        click.echo("trained on: " + ", ".join(card["treebanks"]))


@models.command()
def download() -> None:
    """Fetch the official Stanza French model (needs a network)."""
    import stanza

    try:
        stanza.download("fr", model_dir=str(stanza_resources_dir()),
                        processors="tokenize,mwt,pos,lemma,depparse", logging_level="WARN")
    except Exception as e:  # stanza raises requests' errors, among others
        click.echo(f"quotes: error: cannot download the Stanza French model "
                   f"({type(e).__name__}): no network? The bundled model still works "
                   f"(--model bundled).", err=True)
        sys.exit(2)
    click.echo(f"official Stanza French model installed in {stanza_resources_dir()}")


@models.command(context_settings={"ignore_unknown_options": True})
@click.option("--ud", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder with the UD_French-* treebanks.")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Work folder.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def train(ud: str, out: str, extra: tuple[str, ...]) -> None:
    """Retrain the compact French model with Stanza's own training code.

    Takes one to two hours on 2 CPU cores; then `python -m quotes.package_model`
    copies the result into the package (see README).
    """
    from ..parser.training import main as train_main

    sys.exit(train_main(["--ud", ud, "--out", out, *extra]))
