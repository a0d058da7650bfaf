"""The ``filmgraph`` command: a thin layer that parses options, calls the API and renders results.

Errors from filmgraph (:class:`~filmgraph.errors.FilmgraphError`) become one line on stderr and a
non-zero exit; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import FilmgraphError
from .model import DEFAULT_MIN_CONFIDENCE

__all__ = ["app", "main"]

app = typer.Typer(no_args_is_help=True, add_completion=False, help="A knowledge graph of films, remakes and influences.")


@app.callback()
def _root() -> None:
    """filmgraph: reviews in, a queryable graph of films, remakes and influences out."""


def _fail(error: FilmgraphError) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A review file (.txt, .md or .html)."),
    format: str = typer.Option("json", "--format", "-f", help="json or turtle."),
    explain: bool = typer.Option(False, "--explain", help="Show every fact beside its evidence, kept or not."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", help="Facts below this stay out."),
) -> None:
    """Extract the facts of one review, with no store.

    Example: filmgraph extract data/reviews/the-stranger-line.txt --format json
    """
    from . import api

    try:
        if explain:
            typer.echo(api.explain(file, min_confidence=min_confidence))
        elif format == "json":
            typer.echo(json.dumps(api.extract_json(file, min_confidence=min_confidence), ensure_ascii=False, indent=2))
        elif format in ("turtle", "ttl"):
            typer.echo(api.extract_turtle(file, min_confidence=min_confidence))
        else:
            raise typer.BadParameter(f"unknown format {format!r}; use json or turtle")
    except FilmgraphError as error:
        _fail(error)


def main() -> None:
    """Entry point of the ``filmgraph`` script."""
    app()


if __name__ == "__main__":
    main()
