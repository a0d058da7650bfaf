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


StoreOption = typer.Option(None, "--store", "-s", help="Store location: a folder, :memory:, or a SPARQL endpoint URL "
                            "(default $FILMGRAPH_STORE or ./filmgraph.oxigraph).")
FormatOption = typer.Option("table", "--format", "-f", help="table or json.")


def _open(store: Optional[str]):
    from .api import FilmGraph

    try:
        return FilmGraph.open(store)
    except FilmgraphError as error:
        _fail(error)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Review files or folders (.txt, .md, .html)."),
    store: Optional[str] = StoreOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read reviews into the graph; re-ingesting a review replaces what it said.

    Exit code 0 when every review went in, 1 when some could not be read.

    Example: filmgraph ingest data/reviews/
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .reviews import find_review_files

    console = Console(stderr=True)
    with _open(store) as graph:
        try:
            total = len(find_review_files(paths))
            with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          console=console, disable=quiet) as progress:
                task = progress.add_task("ingest", total=total)
                report = graph.ingest(paths, on_progress=lambda _: progress.advance(task))
            counts = graph.stats()
        except FilmgraphError as error:
            _fail(error)
    _render_ingest(report, counts)
    if not report.ok:
        raise typer.Exit(1)


def _render_ingest(report, counts: dict[str, int]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="filmgraph ingest")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("reviews ingested", report.reviews), ("reviews unchanged", report.unchanged),
                         ("reviews failed", len(report.failed)), ("reviews in graph", counts["reviews"]),
                         ("films", counts["films"]), ("people", counts["people"]),
                         ("remake edges", counts["remakes"]), ("influence edges", counts["influences"]),
                         ("warnings", len(report.warnings)), ("quads", counts["quads"])):
        table.add_row(label, str(value))
    console.print(table)
    for line in report.failed:
        typer.echo(f"error: {line}", err=True)


def _films_out(films, format: str, title: str) -> None:
    if format == "json":
        typer.echo(json.dumps([{"title": f.title, "year": f.year, "iri": f.iri, "depth": f.depth} for f in films],
                              ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in ("depth", "title", "year", "iri"):
        table.add_column(column)
    for film in films:
        table.add_row(str(film.depth), film.title, str(film.year or "?"), film.iri)
    Console().print(table)


@app.command()
def remakes(
    title: str = typer.Argument(..., help="The original film's title."),
    year: Optional[int] = typer.Option(None, "--year", "-y", help="Its year, to tell films of one title apart."),
    direct: bool = typer.Option(False, "--direct", help="Only direct remakes, not remakes of remakes."),
    store: Optional[str] = StoreOption,
    format: str = FormatOption,
) -> None:
    """Remakes of a film, transitively by default, each with its depth.

    Example: filmgraph remakes "Retribution" --year 2015 --format json
    """
    with _open(store) as graph:
        try:
            found = graph.remakes_of(title, year, direct=direct)
        except FilmgraphError as error:
            _fail(error)
    _films_out(found, format, f"remakes of {title}")


def _parse_params(params: list[str]) -> dict[str, object]:
    from rdflib import URIRef

    bound: dict[str, object] = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise typer.BadParameter(f"--param {param!r} is not NAME=VALUE")
        if value.startswith(("http://", "https://", "urn:")):
            bound[name] = URIRef(value)
        elif value.lstrip("-").isdigit() and len(value) < 19:
            bound[name] = int(value)
        else:
            bound[name] = value
    return bound


@app.command()
def query(
    file: Optional[Path] = typer.Argument(None, help="A .rq file (see queries/)."),
    expression: Optional[str] = typer.Option(None, "--expression", "-e", help="SPARQL text instead of a file."),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound as an RDF term (IRIs for "
                                    "http(s)/urn values, integers for digits, else strings)."),
    store: Optional[str] = StoreOption,
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json (SPARQL 1.1 results JSON)."),
) -> None:
    """Run a SPARQL SELECT query; parameters are bound as RDF terms, never pasted into the text.

    Example: filmgraph query queries/remakes_of.rq --param title="Retribution"
    """
    if (file is None) == (expression is None):
        raise typer.BadParameter("give a query file or -e SPARQL, not both")
    try:
        text = expression if expression is not None else file.read_text(encoding="utf-8")
    except OSError as error:
        typer.echo(f"error: {file}: cannot read the query ({error.strerror})", err=True)
        raise typer.Exit(1)
    with _open(store) as graph:
        try:
            result = graph.query(text, _parse_params(param))
        except FilmgraphError as error:
            _fail(error)
    from .query.results import render_results

    typer.echo(render_results(result, format), nl=False)


@app.command()
def export(
    format: str = typer.Option(..., "--format", "-f", help="An export format (see 'filmgraph formats')."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write."),
    around: Optional[str] = typer.Option(None, "--around", help="Only the neighbourhood of this film (title)."),
    year: Optional[int] = typer.Option(None, "--year", help="The year of the --around film."),
    depth: int = typer.Option(2, "--depth", help="How far around the --around film."),
    relations: Optional[str] = typer.Option(None, "--relations", help="Comma-separated relations to keep, "
                                            "e.g. remakeOf,influencedBy."),
    store: Optional[str] = StoreOption,
) -> None:
    """Export the graph for other tools: RDF dumps, graph formats, and an interactive HTML view.

    Example: filmgraph export --format graphml --out films.graphml
    """
    options: dict[str, object] = {}
    if around:
        options.update(around=around, year=year, depth=depth)
    if relations:
        options["relations"] = tuple(r.strip() for r in relations.split(",") if r.strip())
    with _open(store) as graph:
        try:
            graph.export(format, out, **options)
        except FilmgraphError as error:
            _fail(error)
    typer.echo(f"wrote {out}")


@app.command()
def remove(
    review: str = typer.Argument(..., help="The review's file path (as ingested) or its review IRI."),
    store: Optional[str] = StoreOption,
) -> None:
    """Take a review's claims back out, leaving what other reviews said.

    Example: filmgraph remove data/reviews/psycho-1998.txt
    """
    with _open(store) as graph:
        try:
            removed = graph.remove(review)
        except FilmgraphError as error:
            _fail(error)
    if not removed:
        typer.echo(f"error: {review}: no such review in the graph", err=True)
        raise typer.Exit(1)
    typer.echo(f"removed {review}")


@app.command()
def stats(store: Optional[str] = StoreOption, format: str = FormatOption) -> None:
    """Counts of reviews, films, people, remake and influence edges, and quads.

    Example: filmgraph stats --format json
    """
    with _open(store) as graph:
        try:
            counts = graph.stats()
        except FilmgraphError as error:
            _fail(error)
    if format == "json":
        typer.echo(json.dumps(counts, indent=2))
    else:
        for name, value in counts.items():
            typer.echo(f"{name:<12}{value:>10}")


def main() -> None:
    """Entry point of the ``filmgraph`` script."""
    app()


if __name__ == "__main__":
    main()
