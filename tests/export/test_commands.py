"""The export package through the command line: ``export``'s node limit, and printed titles.

A title read from a review may hold escape sequences (colours, a window title, a cursor move)
or BEL; the commands that print titles, names and sentences show them escaped (``\\x1b``).
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from filmgraph.cli import app
from filmgraph.store.oxigraph import OxigraphBackend
from tests.sample import sample_store

from .conftest import NASTY_TITLE, add_nasty_review

runner = CliRunner()


@pytest.fixture(scope="module")
def nasty_location(tmp_path_factory):
    location = tmp_path_factory.mktemp("terminal") / "store"
    add_nasty_review(sample_store(OxigraphBackend(location))).close()
    return str(location)


@pytest.mark.parametrize("command", [
    ["remakes", "Dhamaka", "--year", "2021"],  # a rich table
    ["show", "Dhamaka", "--year", "2021"],
    ["family", "Dhamaka", "--year", "2021"],
    ["path", "Hard Hit", NASTY_TITLE, "--to-year", "1999"],
    ["resolve", NASTY_TITLE, "--year", "1999"],  # a rich table of candidates
])
def test_titles_print_with_control_characters_escaped(command, nasty_location):
    # Wide enough that no table cell wraps inside an escape.
    result = runner.invoke(app, [*command, "--store", nasty_location], env={"COLUMNS": "500"})
    assert result.exit_code == 0, result.output
    assert not set(result.output) & {"\x1b", "\x07", "\x00", "\x0c", "\x9b"}
    assert "\\x1b[31m\\x1b]0;owned\\x07 \\x00\\x0c" in result.output


def test_export_stops_at_the_node_limit_and_says_what_to_do(nasty_location, tmp_path):
    out = tmp_path / "g.html"
    result = runner.invoke(app, ["export", "--format", "html", "--out", str(out), "--store", nasty_location,
                                 "--max-nodes", "5"])
    assert result.exit_code == 1 and not out.exists()
    message = " ".join(result.output.split())
    assert "the graph has 10 nodes, too many to draw readably (the limit is 5)" in message
    assert "--around TITLE --depth 1" in message and "filmgraph serve" in message and "--max-nodes N" in message
    result = runner.invoke(app, ["export", "--format", "html", "--out", str(out), "--store", nasty_location,
                                 "--max-nodes", "10"])
    assert result.exit_code == 0 and out.stat().st_size > 0


def test_max_nodes_is_a_usage_error_for_formats_that_do_not_draw(nasty_location, tmp_path):
    result = runner.invoke(app, ["export", "--format", "graphml", "--out", str(tmp_path / "g.graphml"),
                                 "--store", nasty_location, "--max-nodes", "5"])
    assert result.exit_code == 2 and "--max-nodes" in result.output
    assert not (tmp_path / "g.graphml").exists()
