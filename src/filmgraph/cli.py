"""The ``filmgraph`` command: a thin layer that parses options, calls the API and renders results.

Errors from filmgraph (:class:`~filmgraph.errors.FilmgraphError`) become one line on stderr and a
non-zero exit; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import os
import re
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from .answers import source_name
from .errors import FilmgraphError, shown_name  # shown_name: text from a review or catalog, printed
from .model import DEFAULT_MIN_CONFIDENCE
from .relations import FILM_RELATIONS, RELATIONS, relation_names

if TYPE_CHECKING:
    from .answers import FactProvenance

__all__ = ["app", "main"]

app = typer.Typer(no_args_is_help=True, add_completion=False, help="A knowledge graph of films, remakes and influences.")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"filmgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """filmgraph: reviews in, a queryable graph of films, remakes and influences out."""


def _fail(error: FilmgraphError) -> None:
    """``error`` as one line on stderr, with the options that would help, then exit status 1."""
    from .errors import AmbiguousTitle, StoreInUse, StoreNotFound, shown_name
    from .store import StoreLocation

    if isinstance(error, AmbiguousTitle):
        message = f'{error.title!r} is ambiguous; write "Title (YEAR)" to choose: {"; ".join(map(shown_name, error.names()))}'
    elif isinstance(error, StoreNotFound):
        how = "from --store" if error.origin == StoreLocation.GIVEN else shown_name(error.origin)
        message = (f"no store at {shown_name(error.path)} ({how}); filmgraph ingest creates one, or choose one with "
                   "--store PATH, $FILMGRAPH_STORE or [store] location in a filmgraph.toml")
    elif isinstance(error, StoreInUse):
        message = f"{error}; read commands work meanwhile, and this one can run when that process has finished"
    else:
        message = str(error)
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


class ExtractFormat(str, Enum):
    """The output formats of extract."""

    json = "json"
    turtle = "turtle"
    ttl = "ttl"


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A review file (.txt, .md or .html)."),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", "-f", case_sensitive=False,
                                         help="json or turtle (ttl)."),
    explain: bool = typer.Option(False, "--explain", help="Show every fact beside its evidence, kept or not."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", help="Facts below this stay out."),
) -> None:
    """Extract the facts of one review, with no store.

    Example: filmgraph extract data/reviews/hard-hit-2021.txt --format json
    """
    from . import api

    try:
        if explain:
            typer.echo(api.explain(file, min_confidence=min_confidence))
        elif format is ExtractFormat.json:
            typer.echo(json.dumps(api.extract_json(file, min_confidence=min_confidence), ensure_ascii=False, indent=2))
        else:
            typer.echo(api.extract_turtle(file, min_confidence=min_confidence))
    except FilmgraphError as error:
        _fail(error)


def _store_location(value: str | None) -> str | None:
    """``--store ""`` is a usage error: an empty path would put the store's files in the working folder."""
    if value is not None and not value.strip():
        raise typer.BadParameter("is empty; give a folder, :memory:, memory: or a SPARQL endpoint URL")
    return value


StoreOption = typer.Option(None, "--store", "-s", callback=_store_location,
                           help="Store location: a folder, :memory:, or a SPARQL endpoint URL (default "
                                "$FILMGRAPH_STORE, else [store] location in the nearest filmgraph.toml, else "
                                "./filmgraph.oxigraph). Only ingest, import and catalog import create a "
                                "missing folder; read commands open it read-only, beside a writer.")
class OutputFormat(str, Enum):
    """The output formats of remakes, show, why, path, stats, resolve, catalog import and link: a
    closed choice, so a bad value is a usage error."""

    table = "table"
    json = "json"


ChoiceFormatOption = typer.Option(OutputFormat.table, "--format", "-f", case_sensitive=False, help="table or json.")


class QueryFormat(str, Enum):
    """The output formats of query."""

    table = "table"
    csv = "csv"
    json = "json"


def _export_format(value: str) -> str:
    """An export format (or alias) the exporters know; anything else is a usage error, told before
    the store is opened. Checked here rather than as an Enum so the exporters load only for export."""
    from .export import EXPORTERS

    if value not in EXPORTERS:
        raise typer.BadParameter(f"{value!r} is not an export format; use one of {', '.join(EXPORTERS.names())}")
    return value


def _relation_name(value: str) -> str:
    """A relation of :mod:`filmgraph.relations`, or its inverse, named as in the ontology (what
    ``filmgraph why`` takes); anything else is a usage error."""
    if value not in relation_names():
        raise typer.BadParameter(f"{value!r} is not a relation; use one of {', '.join(relation_names())}")
    return value


def _film_relation_name(value: str) -> str:
    """A relation between films, or its inverse (what ``filmgraph related`` takes)."""
    names = [n for r in FILM_RELATIONS for n in (r.name, r.inverse) if n]
    if value not in names:
        raise typer.BadParameter(f"{value!r} is not a relation between films; use one of {', '.join(names)}")
    return value


def _ask(store: str | None, question, *, create: bool = False, read_only: bool = False):
    """Open the store, ask the graph one thing and close it again; a FilmgraphError becomes one
    line on stderr and exit status 1. A missing store folder is such an error unless ``create``
    (for the commands that add data), so reading never leaves an empty store behind; commands
    that only read pass ``read_only``, so they run beside an ingest or a serve."""
    with _open(store, create=create, read_only=read_only) as graph:
        try:
            return question(graph)
        except FilmgraphError as error:
            _fail(error)


def _open(store: str | None, *, create: bool = False, read_only: bool = False):
    from .api import FilmGraph

    try:
        return FilmGraph.open(store, create=create, read_only=read_only)
    except FilmgraphError as error:
        _fail(error)


QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bar (there is none when stderr is not a terminal).")


def _warnings_path(value: Path | None) -> Path | None:
    """``--warnings FILE``, emptied now: a file that cannot be written is a usage error before the
    job starts rather than a failure after it, when its warnings could not be had again (a review
    already in the graph is not read a second time)."""
    if value is not None:
        try:
            with value.open("w", encoding="utf-8"):
                pass
        except OSError as error:
            raise typer.BadParameter(f"cannot write {shown_name(value)}: {error.strerror or error}") from error
    return value


WarningsOption = typer.Option(None, "--warnings", callback=_warnings_path,
                              help="Write the warnings to this file, one a line, each starting with the "
                                   "review or catalog file it concerns (the summary only counts them).")


def _record_warnings(warnings: list[str], path: Path | None) -> str:
    """The summary's warning count, saying where the warnings are: with ``--warnings FILE`` they
    are written there first, one a line with control characters escaped (so a title holding a
    line break cannot split a warning); without it, the count says how to see them."""
    if path is None:
        return f"{len(warnings)} (--warnings FILE lists them)" if warnings else "0"
    try:
        with path.open("w", encoding="utf-8") as out:
            out.writelines(f"{shown_name(line)}\n" for line in warnings)
    except OSError as error:  # the disk filled or the folder went since the option was checked
        typer.echo(f"error: cannot write the warnings to {_shown_path(str(path))}: {error.strerror or error}", err=True)
        raise typer.Exit(1) from error
    return f"{len(warnings)} (written to {_shown_path(str(path))})"


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Review files or folders (.txt, .md, .html)."),
    store: str | None = StoreOption,
    quiet: bool = QuietOption,
    workers: int = typer.Option(1, "--workers", "-j", min=0,
                                help="Processes that extract reviews (0: one per core); the graph is the same."),
    review_timeout: float = typer.Option(60.0, "--review-timeout", min=0,
                                         help="Seconds one review's extraction may take before it is stopped "
                                              "and reported (0: no limit)."),
    warnings: Path | None = WarningsOption,
) -> None:
    """Read reviews into the graph; re-ingesting a review replaces what it said.

    Paths that are missing, not regular files (FIFOs, devices, sockets, broken links) or folders
    without reviews are named on stderr, and the rest goes in. Exit code 0 when every review went
    in, 1 when some could not be read.

    Example: filmgraph ingest data/reviews/
    """
    with _open(store, create=True) as graph:
        try:
            with _progress(quiet=quiet) as progress:
                task = progress.add_task("ingesting", total=None, unit="reviews")
                report = graph.ingest(paths, on_start=lambda total: progress.update(task, total=total),
                                      on_progress=lambda _: progress.advance(task),
                                      workers=workers or os.cpu_count() or 1, review_budget=review_timeout or None)
            counts = graph.stats()
        except FilmgraphError as error:
            _fail(error)
    warning_count = _record_warnings(report.warnings, warnings)
    if report.reviews or report.unchanged:
        _render_ingest(report, counts, warning_count)
    else:  # nothing was read: the errors alone say why, not a table of zeros
        for line in report.failed:
            typer.echo(f"error: {shown_name(line)}", err=True)
    if not report.ok:
        raise typer.Exit(1)


def _progress(*, quiet: bool):
    """Progress bars on stderr, one a task: its description, the count done, the rate (in the
    task's ``unit`` field, per second) and the time left; nothing shows with ``quiet`` or when
    stderr is not a terminal (a log, a pipe, a test)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            unit = task.fields.get("unit", "")
            return Text(f"{task.speed:,.0f} {unit}/s" if task.speed else f"- {unit}/s")

    console = Console(stderr=True)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                    console=console, disable=quiet or not console.is_terminal)


def _render_ingest(report, counts: dict[str, int], warning_count: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="filmgraph ingest")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("reviews ingested", report.reviews), ("reviews unchanged", report.unchanged),
                         ("reviews failed", len(report.failed)), ("reviews resolved again", report.resolved_again), ("reviews in graph", counts["reviews"]),
                         ("films", counts["films"]), ("people", counts["people"]),
                         *((f"{r.noun} edges", counts[r.stat or r.name]) for r in FILM_RELATIONS),
                         ("warnings", warning_count), ("quads", counts["quads"])):
        table.add_row(label, str(value))
    console.print(table)
    for line in report.failed:
        typer.echo(f"error: {shown_name(line)}", err=True)


def _films_out(films, format: OutputFormat, title: str,
               sources: list[tuple[FactProvenance, ...]] | None = None) -> None:
    """Films as a table or JSON; with ``sources`` (one tuple of links a film, ``--sources``), each
    also with who states the links that brought it: a sources column, or a ``sources`` key holding
    each link as ``filmgraph why --format json`` shows a fact."""
    if format is OutputFormat.json:
        rows = [film.to_json() for film in films]
        for row, links in zip(rows, sources or ()):  # an added key: every other key stays as it was
            row["sources"] = [link.to_json() for link in links]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title)
    for column in ("depth", "title", "year"):
        table.add_column(column)
    table.add_column("iri", overflow="fold")
    if sources is not None:
        table.add_column("sources", overflow="fold")
    for i, film in enumerate(films):
        # A title read from a review is shown as text: no escape sequence, no rich markup.
        cells = [str(film.depth), Text(shown_name(film.title)), str(film.year or "?"), film.iri]
        if sources is not None:
            cells.append(Text(_sources_cell(sources[i])))
        table.add_row(*cells)
    Console().print(table)


def _stated_by(link: FactProvenance) -> str:
    """Who states one link, on one line: each review's file (as :func:`_shown_path` shows it)
    with its reviewer, then the catalogs and import graphs; "-" if no named graph holds it."""
    reviews = [_shown_path(s.source) + (f" (by {shown_name(s.reviewer)})" if s.reviewer else "") for s in link.reviews]
    return "; ".join([*reviews, *map(shown_name, link.sources)]) or "-"


def _sources_cell(links: tuple[FactProvenance, ...]) -> str:
    """A film's sources cell: one line a link, naming the film it remakes when it remakes several."""
    return "\n".join((f"{_film_name(link.object.title, link.object.year)}: " if len(links) > 1 else "")
                     + _stated_by(link) for link in links)


SourcesOption = typer.Option(False, "--sources", help="Show who states each remake link: the review files "
                                                      "with their reviewers, and catalog or import graphs.")


@app.command()
def remakes(
    title: str = typer.Argument(..., help="The original film's title."),
    year: int | None = typer.Option(None, "--year", "-y", help="Its year, to tell films of one title apart."),
    direct: bool = typer.Option(False, "--direct", help="Only direct remakes, not remakes of remakes."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
    sources: bool = SourcesOption,
) -> None:
    """Remakes of a film, transitively by default, each with its depth; with --sources, each also
    with the reviews (file and reviewer) and catalogs stating that it remakes the film one step
    nearer the original.

    Example: filmgraph remakes "Retribution" --year 2015 --format json
    """
    if sources:
        rows = _ask(store, lambda graph: graph.remakes_with_sources(title, year, direct=direct), read_only=True)
        _films_out([film for film, _ in rows], format, f"remakes of {title}", [links for _, links in rows])
        return
    found = _ask(store, lambda graph: graph.remakes_of(title, year, direct=direct), read_only=True)
    _films_out(found, format, f"remakes of {title}")


@app.command()
def related(
    title: str = typer.Argument(..., help="The film's title; \"Title (YEAR)\" works too."),
    relation: str = typer.Argument(..., callback=_film_relation_name,
                                   help="A relation between films as named in the ontology: "
                                        + ", ".join(n for r in FILM_RELATIONS for n in (r.name, r.inverse) if n) + "."),
    year: int | None = typer.Option(None, "--year", "-y", help="Its year, to tell films of one title apart."),
    direct: bool = typer.Option(False, "--direct", help="Only the films one step away."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
) -> None:
    """The films a relation leads to from a film, transitively by default, each with its depth:
    its sequels (hasSequel), what it follows (sequelOf), its parodies (parodiedBy), ...

    Example: filmgraph related "Lake Fever (1999)" hasSequel --format json
    """
    found = _ask(store, lambda graph: graph.related(title, relation, year, direct=direct), read_only=True)
    _films_out(found, format, f"{relation} of {title}")


def _parse_params(params: list[str]) -> dict[str, object]:
    from rdflib import URIRef

    bound: dict[str, object] = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise typer.BadParameter(f"--param {param!r} is not NAME=VALUE")
        if value.startswith(("http://", "https://", "urn:")):
            bound[name] = URIRef(value)
        elif len(value) < 19 and re.fullmatch(r"-?[0-9]+", value):  # not "²" or "--5", which int() refuses
            bound[name] = int(value)
        else:
            bound[name] = value
    return bound


@app.command()
def query(
    file: Path | None = typer.Argument(None, help="A .rq file (see queries/)."),
    expression: str | None = typer.Option(None, "--expression", "-e", help="SPARQL text instead of a file."),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE, bound as an RDF term (IRIs for "
                                    "http(s)/urn values, integers for digits, else strings)."),
    store: str | None = StoreOption,
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", case_sensitive=False,
                                       help="table, csv or json (SPARQL 1.1 results JSON)."),
) -> None:
    """Run a SPARQL SELECT query; parameters are bound as RDF terms, never pasted into the text.

    Example: filmgraph query queries/remakes_of.rq --param title="Retribution"
    """
    if expression is not None and file is None:
        text = expression
    elif file is not None and expression is None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as error:
            typer.echo(f"error: {file}: cannot read the query ({error.strerror})", err=True)
            raise typer.Exit(1) from error
    else:
        raise typer.BadParameter("give a query file or -e SPARQL, not both")
    result = _ask(store, lambda graph: graph.query(text, _parse_params(param)), read_only=True)
    from .query.results import render_results

    typer.echo(render_results(result, format.value), nl=False)


@app.command()
def export(
    format: str = typer.Option(..., "--format", "-f", callback=_export_format,
                               help="An export format (see 'filmgraph formats')."),
    out: Path = typer.Option(..., "--out", "-o", help="The file to write."),
    around: str | None = typer.Option(None, "--around", help="Only the neighbourhood of this film (title)."),
    year: int | None = typer.Option(None, "--year", help="The year of the --around film."),
    depth: int = typer.Option(2, "--depth", help="How far around the --around film."),
    relations: str | None = typer.Option(None, "--relations", help="Comma-separated relations to keep, "
                                            "e.g. remakeOf,influencedBy."),
    max_nodes: int | None = typer.Option(None, "--max-nodes", min=1,
                                            help="html, png, svg: draw up to this many nodes (default 300)."),
    store: str | None = StoreOption,
) -> None:
    """Export the graph for other tools: RDF dumps, graph formats, and an interactive HTML view.

    Example: filmgraph export --format graphml --out films.graphml
    """
    from .export import DRAWN_FORMATS, EXPORTERS

    options: dict[str, object] = {}
    if around:
        options.update(around=around, year=year, depth=depth)
    if relations:
        options["relations"] = tuple(r.strip() for r in relations.split(",") if r.strip())
    if max_nodes is not None:
        if EXPORTERS.canonical(format) not in DRAWN_FORMATS:
            raise typer.BadParameter(f"only {', '.join(DRAWN_FORMATS)} draw the graph; {format} has no node limit",
                                     param_hint="--max-nodes")
        options["max_nodes"] = max_nodes
    _ask(store, lambda graph: graph.export(format, out, **options), read_only=True)
    typer.echo(f"wrote {out}")


@app.command("import")
def import_rdf(
    file: Path = typer.Argument(..., help="An RDF file: .ttl, .nt, .rdf/.owl/.xml, .jsonld or .n3."),
    store: str | None = StoreOption,
    max_bytes: int = typer.Option(200_000_000, "--max-bytes", min=1, help="Refuse larger files."),
    quiet: bool = QuietOption,
) -> None:
    """Load an RDF file into the graph, in a named graph of its own (re-importing replaces it;
    'filmgraph remove FILE' takes it back out). Its films can be looked up by title.

    The whole file is parsed first: a syntax error anywhere stores nothing. XML that declares a
    document type or entities is refused before it is parsed, and remote JSON-LD contexts are
    never fetched.

    Example: filmgraph import ontology/filmgraph.ttl
    """
    with _progress(quiet=quiet) as progress:
        task = progress.add_task("importing", total=None, unit="triples")
        count = _ask(store, lambda graph: graph.import_rdf(file, max_bytes=max_bytes, on_progress=lambda done:
                                                             progress.update(task, completed=done)), create=True)
    typer.echo(f"imported {count} triples from {shown_name(file)}")


@app.command()
def remove(
    review: str = typer.Argument(..., help="A review's file path (as ingested) or review IRI, or an imported "
                                           "RDF file's path or import graph IRI."),
    store: str | None = StoreOption,
) -> None:
    """Take a review's claims, or an imported file's triples, back out, leaving what others said.
    Nothing else is removed: a catalog or the Wikidata links cannot be named here.

    Example: filmgraph remove data/reviews/psycho-1998.txt
    """
    removed = _ask(store, lambda graph: graph.remove(review))
    if removed is None:
        typer.echo(f"error: {shown_name(review)}: no such review or import in the graph; nothing removed", err=True)
        raise typer.Exit(1)
    typer.echo(f"removed {removed.kind} {shown_name(review)}: graph <{removed.graph}>, {removed.quads} quads")


@app.command()
def stats(store: str | None = StoreOption, format: OutputFormat = ChoiceFormatOption,
          duplicates: bool = typer.Option(True, "--duplicates/--no-duplicates",
                                          help="Also list suspected duplicate films and people."),
          show: int = typer.Option(20, "--show", help="How many suspected duplicates to list (table format).")) -> None:
    """Counts of reviews, films, people, remake and influence edges, and quads; and suspected duplicates.

    Example: filmgraph stats --format json
    """
    counts, suspects = _ask(store, lambda graph: (graph.stats(), graph.suspected_duplicates() if duplicates else []),
                            read_only=True)
    if format is OutputFormat.json:
        from .jsonshape import stats_to_json

        typer.echo(json.dumps(stats_to_json(counts, suspects if duplicates else None), indent=2, ensure_ascii=False))
    else:
        for name, value in counts.items():
            typer.echo(f"{name:<12}{value:>10}")
        if duplicates:
            _render_duplicates(suspects, show)


def _render_duplicates(suspects, show: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    typer.echo(f"{'suspected duplicates':<22}{len(suspects):>10}")
    if not suspects or show <= 0:
        return
    table = Table(title="suspected duplicates")
    for column in ("kind", "nodes", "why"):
        table.add_column(column)
    for suspect in suspects[:show]:  # labels and reasons repeat titles from reviews: shown as text
        table.add_row(suspect.kind, Text(shown_name(" / ".join(suspect.labels))), Text(shown_name(suspect.reason)))
    Console().print(table)
    if len(suspects) > show:
        typer.echo(f"... and {len(suspects) - show} more (--show N, or --format json for all)")


catalog_app = typer.Typer(no_args_is_help=True, help="Reference film data: import catalogs into the graph.")
app.add_typer(catalog_app, name="catalog")


@catalog_app.command("import")
def catalog_import(
    file: Path = typer.Argument(..., help="A catalog file: CMU movie metadata TSV (.gz or not), the "
                                          "Wikipedia remake list CSV or the vega movies JSON; recognised "
                                          "from its content."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
    max_bytes: int = typer.Option(200_000_000, "--max-bytes", min=1,
                                  help="Refuse larger files, and gzipped ones that unpack to more."),
    quiet: bool = QuietOption,
    warnings: Path | None = WarningsOption,
) -> None:
    """Load reference film data into the graph (one bulk load into the catalog graph).

    Example: filmgraph catalog import ../shared/data/catalog/wikipedia-remakes.csv
    """
    with _progress(quiet=quiet) as progress:
        tasks: dict[str, object] = {}
        steps = {"quads": "loading the catalog", "reviews": "resolving reviews again"}

        def advance(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = progress.add_task(steps.get(step, step), total=total, unit=step)
            progress.update(tasks[step], completed=done, total=total)

        report = _ask(store, lambda graph: graph.import_catalog(file, max_bytes=max_bytes, on_progress=advance),
                      create=True)
    from .jsonshape import catalog_report_to_json

    warning_count = _record_warnings(report.warnings, warnings)
    if format is OutputFormat.json:
        typer.echo(json.dumps(catalog_report_to_json(report, str(warnings) if warnings is not None else None),
                              indent=2, ensure_ascii=False))
        return
    for name, value in catalog_report_to_json(report).items():
        if not isinstance(value, list):  # the counts; the warnings are counted below
            typer.echo(f"{name:<18}{shown_name(value)}")
    typer.echo(f"{'warnings':<18}{warning_count}")
    for line in report.warnings[:10]:
        typer.echo(f"warning: {shown_name(line)}", err=True)


@app.command()
def resolve(
    title: str = typer.Argument(..., help="A film title as a review would write it; \"Title (YEAR)\" works too."),
    year: int | None = typer.Option(None, "--year", "-y", help="The year given with the mention."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
) -> None:
    """Show how a film mention would resolve: the candidates with scores, and why one was chosen.

    Example: filmgraph resolve "Phonebooth" --year 2002
    """
    from .jsonshape import decision_to_json

    decision = _ask(store, lambda graph: graph.resolve_candidates(title, year), read_only=True)
    shown = decision_to_json(decision)
    if format is OutputFormat.json:
        typer.echo(json.dumps(shown, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"candidates for {title!r}" + (f" ({year})" if year else ""))
    for column in ("", "title", "year", "score", "why a candidate", "iri"):
        table.add_column(column)
    for c in shown["candidates"]:  # titles from reviews and catalogs, and reasons naming them: shown as text
        table.add_row("*" if c["chosen"] else "", Text(shown_name(c["title"])), str(c["year"] or "?"),
                      f"{c['score']:.1f}", Text(shown_name(c["reason"])), c["iri"])
    console = Console()
    console.print(table)
    verdict = "linked to" if decision.chosen is not None else "new node"
    console.print(f"{verdict} {decision.iri}: {shown_name(decision.reason)}", markup=False, highlight=False)


@app.command()
def link(
    endpoint: str | None = typer.Option(None, "--endpoint", "-e",
                                           help="SPARQL endpoint shaped like Wikidata (default: the Wikidata Query Service)."),
    store: str | None = StoreOption,
    cache: Path | None = typer.Option(None, "--cache", help="Folder of the answer cache (default $FILMGRAPH_CACHE "
                                                                 "or ~/.cache/filmgraph)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache."),
    rate_limit: float | None = typer.Option(None, "--rate-limit", help="Minimum seconds between requests "
                                                                          "(default 1 on Wikidata, 0 elsewhere)."),
    batch_size: int = typer.Option(50, "--batch-size", help="Titles per request."),
    limit: int | None = typer.Option(None, "--limit", help="Link at most this many films."),
    relink: bool = typer.Option(False, "--relink", help="Look up films already linked too."),
    min_score: float = typer.Option(75.0, "--min-score", help="Record only matches scoring at least this (0-100)."),
    deadline: float = typer.Option(300.0, "--deadline", min=0.001, help="Seconds the whole run may take; past it "
                                   "the run stops with the store unchanged (answers so far stay in the cache)."),
    format: OutputFormat = ChoiceFormatOption,
    quiet: bool = QuietOption,
) -> None:
    """Link films to Wikidata items: owl:sameAs with a match score, other titles, remake relations.

    Example: filmgraph link --endpoint http://127.0.0.1:7878/query --limit 100
    """
    with _progress(quiet=quiet) as progress:
        task = progress.add_task("linking", total=None, unit="films")
        report = _ask(store, lambda graph: graph.link(
            endpoint, cache_dir=cache, use_cache=not no_cache, rate_limit=rate_limit, batch_size=batch_size,
            limit=limit, relink=relink, min_score=min_score, deadline=deadline,
            on_progress=lambda done, total: progress.update(task, completed=done, total=total)))
    from .jsonshape import link_report_to_json

    shown = link_report_to_json(report)
    if format is OutputFormat.json:
        typer.echo(json.dumps(shown, indent=2, ensure_ascii=False))
        return
    for name, value in shown.items():
        if not isinstance(value, list):  # the counts; the lists are for JSON
            typer.echo(f"{name:<14}{shown_name(value)}")
    for line in report.ambiguous[:10]:
        typer.echo(f"ambiguous: {shown_name(line)}", err=True)


@app.command()
def serve(
    store: str | None = StoreOption,
    port: int = typer.Option(7878, "--port", "-p", help="Port to listen on (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on; loopback unless told otherwise."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run."),
    max_results: int = typer.Option(100_000, "--max-results", help="Rows (or triples) a result may hold."),
    workers: int = typer.Option(8, "--workers", min=1, help="Queries run at once, each in a process of its own."),
    memory_limit: int = typer.Option(2048, "--memory-limit", min=512,
                                     help="Megabytes of address space a query's process may use."),
    allow_service: bool = typer.Option(False, "--allow-service",
                                       help="Let SERVICE clauses call other endpoints (refused by default)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each request."),
) -> None:
    """Serve the store read-only: the explorer at / and a SPARQL 1.1 endpoint at /sparql (JSON, XML, CSV, TSV).

    Example: filmgraph serve --store filmgraph.oxigraph --port 7878
    """
    from .serve import ServeSettings
    from .serve import serve as run_server

    def ready(server) -> None:
        address, bound = server.server_address[:2]
        typer.echo(f"SPARQL endpoint: http://{address}:{bound}/sparql (read-only; Ctrl-C stops)", err=True)
        typer.echo(f"explorer: http://{address}:{bound}/ (search, film pages, the graph, paths, queries)", err=True)

    try:
        settings = ServeSettings(timeout, max_results, workers, memory_limit, allow_service)
    except ValueError as error:  # a --timeout or --max-results that is not positive
        raise typer.BadParameter(str(error)) from error
    try:
        run_server(store, host, port, settings=settings, verbose=verbose, on_ready=ready)
    except FilmgraphError as error:
        _fail(error)
    except OSError as error:
        typer.echo(f"error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        raise typer.Exit(1) from error


@app.command()
def family(
    title: str = typer.Argument(..., help="A film of the family (any member)."),
    year: int | None = typer.Option(None, "--year", "-y", help="Its year."),
    store: str | None = StoreOption,
    sources: bool = SourcesOption,
) -> None:
    """The remake family tree of a film: the original at the root, remakes of remakes below; with
    --sources, each remake followed by the reviews (file and reviewer) and catalogs stating it
    remakes the film above it.

    Example: filmgraph family "The Magnificent Seven" --year 2016 --sources
    """
    from .analysis import render_family_tree

    def ask(graph):
        tree = graph.remake_family(title, year)
        notes = {iri: f"[{_stated_by(link)}]" for iri, link in graph.family_sources(tree).items()} if sources else None
        return tree, notes

    tree, notes = _ask(store, ask, read_only=True)
    typer.echo("\n".join(shown_name(line) for line in render_family_tree(tree, notes).split("\n")))


@app.command()
def path(
    source: str = typer.Argument(..., help="The first film's title; \"Title (YEAR)\" works too."),
    target: str = typer.Argument(..., help="The second film's title; \"Title (YEAR)\" works too."),
    source_year: int | None = typer.Option(None, "--from-year", help="The first film's year."),
    target_year: int | None = typer.Option(None, "--to-year", help="The second film's year."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
) -> None:
    """The shortest chain of facts between two films, each hop with the review file and sentence it was read in.

    Example: filmgraph path "Hard Hit" "Speed"
    """
    hops = _ask(store, lambda graph: graph.path_between(source, target, source_year=source_year, target_year=target_year),
                read_only=True)
    if format is OutputFormat.json:
        from .jsonshape import path_to_json

        typer.echo(json.dumps(path_to_json(hops), indent=2, ensure_ascii=False))
        return
    for hop in hops:
        typer.echo(shown_name(str(hop)))
        if hop.file is not None:
            typer.echo(f"    {_shown_path(hop.file)}" + (f": {_quoted(hop.evidence)}" if hop.evidence else ""))
        elif hop.review is not None:
            typer.echo(f"    stated by {source_name(hop.review)}")


def _shown_path(source: str) -> str:
    """A review's file as stored, relative to the working folder when it lies inside it, with
    any control character escaped."""
    try:
        path = Path(source)
        return shown_name(str(path.relative_to(Path.cwd())) if path.is_absolute() else source)
    except ValueError:
        return shown_name(source)


def _quoted(sentence: str) -> str:
    return "\u201c" + shown_name(" ".join(sentence.split())) + "\u201d"


def _film_name(title: str, year: int | None) -> str:
    """A title from the graph as the terminal shows it: control characters escaped."""
    return shown_name(f"{title} ({year})" if year is not None else title)


def _support(reviews: int, sources) -> str:
    """How many reviews state a value, and which other sources do: "2 reviews", "1 review, catalog"."""
    parts = [f"{reviews} review{'s' if reviews != 1 else ''}"] if reviews or not sources else []
    return ", ".join([*parts, *sources])


@app.command()
def show(
    title: str = typer.Argument(..., help="The film's title; \"Title (YEAR)\" works too."),
    year: int | None = typer.Option(None, "--year", "-y", help="Its year, to tell films of one title apart."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
) -> None:
    """One film with everything known about it, each fact with the number of reviews stating it,
    and the reviews that discuss it.

    Example: filmgraph show "Retribution" --year 2015
    """
    profile = _ask(store, lambda graph: graph.show(title, year), read_only=True)
    if format is OutputFormat.json:
        typer.echo(json.dumps(profile.to_json(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"{_film_name(profile.title, profile.year)}  <{profile.iri}>")
    labels = {"titles": "title", "alternate_titles": "alternate titles", "years": "year", "countries": "countries",
              "genres": "genres", "wikidata": "Wikidata"}
    for info in RELATIONS:
        labels[info.fact] = info.shown
        if info.inverse_fact and info.inverse_shown:
            labels[info.inverse_fact] = info.inverse_shown
    rows: list[tuple[str, str, str]] = []
    for name in profile.FACTS:
        values = getattr(profile, name)
        if not values:
            rows.append((labels[name], "-", ""))
        for i, value in enumerate(values):
            text = _film_name(value.value, value.year)
            if value.character:
                text += f" as {shown_name(value.character)}"
            rows.append((labels[name] if i == 0 else "", text, _support(value.reviews, value.sources)))
    width = max(len(text) for _, text, _ in rows)
    for label, text, support in rows:
        typer.echo(f"  {label:<17}{text:<{width}}  {support}".rstrip())
    typer.echo(f"reviews ({len(profile.reviews)})")
    files = [_shown_path(review.source) for review in profile.reviews]
    width = max((len(file) for file in files), default=0)
    for file, review in zip(files, profile.reviews):
        about = "reviews it" if review.about else "names it"
        typer.echo(f"  {file:<{width}}  {about}" + (f", by {shown_name(review.reviewer)}" if review.reviewer else ""))


@app.command()
def why(
    subject: str = typer.Argument(..., help="The film the fact is about; \"Title (YEAR)\" works too."),
    relation: str = typer.Argument(..., callback=_relation_name,
                                   help="A relation of the ontology: " + ", ".join(relation_names()) + "."),
    object: str = typer.Argument(..., help="The other film (\"Title (YEAR)\" works too), or a person for "
                                           "director, writer and castMember."),
    store: str | None = StoreOption,
    format: OutputFormat = ChoiceFormatOption,
) -> None:
    """Why the graph holds a fact: every review that states it, with reviewer, file, evidence
    sentence and confidence, and the catalogs that state it.

    Exit code 1 when no review or catalog states the fact.

    Example: filmgraph why "Hard Hit" remakeOf "Retribution (2015)"
    """
    found = _ask(store, lambda graph: graph.why(subject, relation, object), read_only=True)
    fact = (f"{_film_name(found.subject.title, found.subject.year)} {found.relation} "
            f"{_film_name(found.object.title, found.object.year)}")
    if not found.stated:
        typer.echo(f"error: no review or catalog in the graph states that {fact}", err=True)
        raise typer.Exit(1)
    if format is OutputFormat.json:
        typer.echo(json.dumps(found.to_json(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"{fact}: {_support(len(found.reviews), [source_name(s) for s in found.sources])}")
    for statement in found.reviews:
        about = [f"by {shown_name(statement.reviewer)}"] if statement.reviewer else []
        if statement.confidence is not None:
            about.append(f"confidence {statement.confidence:.2f}")
        typer.echo(f"  {_shown_path(statement.source)}" + (f" ({', '.join(about)})" if about else ""))
        if statement.evidence:
            typer.echo(f"    {_quoted(statement.evidence)}")
    for source in found.sources:
        typer.echo(f"  {source} (catalog data: no sentence)")


class Ranking(str, Enum):
    """The measures ``filmgraph top`` ranks by."""

    pagerank = "pagerank"
    in_degree = "in_degree"


@app.command()
def top(
    by: Ranking = typer.Option(Ranking.pagerank, "--by", case_sensitive=False,
                               help="pagerank, or in_degree (the films that remake or draw on it)."),
    k: int = typer.Option(10, "-k", min=1, help="How many films."),
    store: str | None = StoreOption,
) -> None:
    """The films that matter most in the remake and influence network.

    A PageRank is a share of the whole graph, so with many films each is small: it is printed
    with four significant digits. A film without a year is one the reviews named without one
    and that no dated film was chosen for (``filmgraph resolve TITLE`` shows the candidates).

    Example: filmgraph top --by in_degree -k 5
    """
    ranked = _ask(store, lambda graph: graph.most_important(by=by.value, k=k), read_only=True)
    for film, score in ranked:
        shown = f"{score:.3e}" if by is Ranking.pagerank else f"{score:.0f}"
        typer.echo(f"{shown:>10}  {shown_name(film.label if film.year is not None else film.title + ' (year unknown)')}")
    yearless = sum(film.year is None for film, _ in ranked)
    if yearless:
        typer.echo(f"{yearless} of these without a year: named so in reviews, and no dated film of that title was "
                   "chosen for them (filmgraph resolve TITLE shows why)", err=True)


@app.command()
def formats() -> None:
    """The export formats, each with the other names --format takes for it.

    Example: filmgraph formats
    """
    from .export import EXPORTERS

    names = EXPORTERS.names()
    width = max(map(len, names))
    for name in names:
        aliases = EXPORTERS.aliases(name)
        typer.echo(f"{name:<{width}}  {', '.join(aliases)}".rstrip())


def main() -> None:
    """Entry point of the ``filmgraph`` script."""
    app()


if __name__ == "__main__":
    main()
