"""Extract stage: a :class:`~filmgraph.model.Review` in, an :class:`~filmgraph.model.Extraction` out.

The pipeline is a fixed sequence of small components, each a class with keyword-only settings
and a ``__call__``: :class:`~.doc.DocBuilder` (sentences and film mentions),
:class:`~.film.HeaderParser` and :class:`~.film.FilmFinder` (the reviewed film),
:class:`~.filmtitle.TitleScorer` and :class:`~.years.YearScorer` (learned models that name and
date the film when the rules found no title or no year),
:class:`~.countries.CountryScorer` (a learned model that gives the film countries when the rules read
none), :class:`~.cast.CastFinder`, :class:`~.credits.CreditScorer` (learned models that name the
director and the writer among the names no cast rule credited, when no rule named one) and
:class:`~.actors.ActorScorer` (a learned model over the names left), the cue rules :class:`~.remakes.RemakeFinder` and
:class:`~.influences.InfluenceFinder`, :class:`~.scorer.RelationScorer` (a learned model that
decides, over every film the review names and what the cue rules said of it, which the reviewed
film remakes and which it draws on), the cue-rule finders of the other film relations that
:data:`~filmgraph.relations.FILM_RELATIONS` names (:mod:`.sequels`, :mod:`.parodies`) and
:class:`~.reviewer.ReviewerFinder` (and :class:`~.authors.AuthorScorer`, a learned model over the
names a page's head and foot give, when no byline rule matched), with
:class:`~.hedges.HedgeDetector` flagging negated, hedged and questioned statements. Flagged
facts are returned, not dropped: :meth:`~filmgraph.model.Extraction.kept` decides. The title
gazetteer (:mod:`.gazetteer`) and the models' weights ship in ``data/``.

>>> from filmgraph.reviews import read_text
>>> review = read_text("PSYCHO (1998)\\nReviewed by Ann Lee\\nPSYCHO is a remake of PSYCHO (1960).", source="x")
>>> found = extract_review(review)
>>> found.film.title, found.film.year, [(f.title, f.year) for f in found.remake_of], found.reviewer.name
('Psycho', 1998, [('Psycho', 1960)], 'Ann Lee')
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import import_module

from ..model import CastCredit, Evidence, Extraction, FilmClaim, FilmRef, PersonRef, Review, ReviewedFilm, Reviewer
from ..relations import FILM_RELATIONS, relation
from ..titlekeys import norm_title
from .actors import ActorScorer
from .authors import AuthorScorer, author_candidates
from .cast import CastFinder, one_credit_per_player, whole_parts
from .countries import CountryScorer
from .credits import ROLES, CreditScorer, cataloged_directors, credit_features
from .doc import Doc, DocBuilder
from .film import FilmFinder, Header, HeaderParser
from .filmtitle import TitleCandidate, TitlePick, TitleScorer
from .hedges import HedgeDetector
from .influences import InfluenceFinder
from .names import handle_owner, name_key
from .relations import merge_refs, without_aliases
from .remakes import RemakeFinder, Remakes, remade_by, remade_in
from .reviewer import ReviewerFinder, beside_credit_labels
from .scorer import Candidate, RelationScorer
from .targets import TargetFinder
from .years import YearScorer

__all__ = ["extract_review", "Extractor"]


class Extractor:
    """The extraction pipeline; one instance is reused for every review.

    Parameters
    ----------
    max_chars
        Text past this many characters is not read (a review is never that long; this bounds
        the work on arbitrary input).
    """

    def __init__(self, *, max_chars: int = 200_000) -> None:
        self.max_chars = max_chars
        hedges = HedgeDetector()
        self.doc_builder = DocBuilder()
        self.header_parser = HeaderParser()
        self.film_finder = FilmFinder(hedges=hedges)
        self.year_scorer = YearScorer()
        self.title_scorer = TitleScorer()
        self.country_scorer = CountryScorer()
        self.cast_finder = CastFinder(hedges=hedges)
        self.actor_scorer = ActorScorer(hedges=hedges)
        self.credit_scorers = {role: CreditScorer(role) for role in ROLES}
        targets = TargetFinder()
        self.remake_finder = RemakeFinder(hedges=hedges, targets=targets)
        self.influence_finder = InfluenceFinder(hedges=hedges, targets=targets)
        self.reviewer_finder = ReviewerFinder()
        self.author_scorer = AuthorScorer()
        self.relation_scorer = RelationScorer(hedges=hedges)
        # The film relations the table gives a finder of their own, by ontology name.
        self.claim_finders = {info.name: _finder(info.finder, hedges=hedges, targets=targets)
                              for info in FILM_RELATIONS if info.finder}

    def __call__(self, review: Review) -> Extraction:
        doc, header, film, remakes, influences = self._read(review)
        cast, reviewer, film, names = self._people(doc, header, film)
        picked = self.actor_scorer.choose(doc, names)
        chosen = {credit.actor for credit in picked}
        cast = whole_parts(one_credit_per_player(
            [*cast, *self.cast_finder.named_parts(doc, picked, [name for name, _, _ in names if name not in chosen])], doc.text), doc.text)
        remake_of, drawn_on = self.relation_scorer(doc, film, remakes, influences)
        related = without_aliases(doc.text, [*remake_of, *drawn_on])
        remake_of, drawn_on = [ref for ref in remake_of if ref in related], [ref for ref in drawn_on if ref in related]
        drawn_on = [ref for ref in drawn_on if not _names_a_part(doc.text, ref, cast)]
        if film is not None and (remade := [c for c in remade_in(doc, remake_of) if c not in film.countries]):
            film = replace(film, countries=(*film.countries, *remade))
        film = self.country_scorer(doc, film)
        title, year = (film.title, film.year) if film else (None, None)
        claims = tuple(FilmClaim(name, ref) for name, finder in self.claim_finders.items()
                       for ref in finder(doc, title, year))
        not_drawn_on = {norm_title(claim.film.title) for claim in claims
                        if relation(claim.relation).not_influence and not (claim.evidence and claim.evidence.flag)}
        drawn_on = [ref for ref in drawn_on if norm_title(ref.title) not in not_drawn_on]
        return Extraction(
            review=review, film=film, remake_of=tuple(merge_refs(remake_of)), influences=tuple(merge_refs(drawn_on)),
            claims=claims, cast=tuple(cast), reviewer=reviewer,
        )

    def relation_candidates(self, review: Review) -> list[tuple[Candidate, dict[str, float], list[dict[str, float]]]]:
        """The films a review names with the features the relation model reads (for training)."""
        doc, header, film, remakes, influences = self._read(review)
        _, _, film, _ = self._people(doc, header, film)  # (the film as the relation model sees it: with its credits)
        return self.relation_scorer.candidates(doc, film, remakes, influences)

    def actor_candidates(self, review: Review) -> list[tuple[str, list, dict[str, float]]]:
        """The names no cast rule credited and no credit model took, with the features
        the actor model reads (for training)."""
        doc, header, film, _, _ = self._read(review)
        return self._people(doc, header, film)[3]

    def credit_candidates(self, review: Review) -> tuple[ReviewedFilm | None, list[tuple[str, dict[str, float]]]]:
        """The reviewed film as the rules read it and the names the credit models (director,
        writer) choose among, with the features they read (for training)."""
        doc, header, film, _, _ = self._read(review)
        names = self._named(doc, header, film)[2]
        return film, [(name, credit_features(doc, spans, features)) for name, spans, features in names]

    def year_candidates(self, review: Review) -> tuple[ReviewedFilm | None, list[tuple[int, int, dict[str, float]]]]:
        """The reviewed film as the rules read it, or where they name none as the title model does,
        and the years the year model would choose among for it (for training: the model dates the
        title model's pick too)."""
        doc = self.doc_builder(review.text[: self.max_chars])
        header = self.header_parser(doc)
        film = self.film_finder(doc, header)
        if film is None or not film.title:
            remakes = self._ruled_film(doc, header)[1]
            picked = self.title_scorer(doc, _remade_keys(remakes))
            if picked is None or _dated_as_remade(picked, remakes):
                return film, []
            film = replace(film or ReviewedFilm(title=None), title=picked.title, year=picked.year)
        return film, self.year_scorer.candidates(doc, film)

    def title_candidates(self, review: Review) -> tuple[ReviewedFilm | None, list[tuple[TitleCandidate, dict[str, float]]]]:
        """The reviewed film as the rules read it and the titles the title model chooses among
        (for training: where the rules name none, and where it may overrule them)."""
        doc = self.doc_builder(review.text[: self.max_chars])
        film, remakes = self._ruled_film(doc, self.header_parser(doc))
        return film, self.title_scorer.candidates(doc, _remade_keys(remakes))

    def author_candidates(self, review: Review) -> tuple[Reviewer | None, list[tuple[str, int, dict[str, float]]]]:
        """The reviewer the byline rules find and the names the author model would choose among
        (for training)."""
        doc, header, film, _, _ = self._read(review)
        not_authors = _not_authors(film, self.cast_finder(doc, header))
        return self.reviewer_finder(doc), [found for found in author_candidates(doc) if found[0] not in not_authors]

    def _people(self, doc: Doc, header: Header, film: ReviewedFilm | None):
        """The cast rules' credits, the reviewer, the film with the credit models' picks for the
        roles the rules named nobody for, and the names left for the actor model."""
        cast, reviewer, names = self._named(doc, header, film)
        # (a writer may be the director too: both models choose among all the names, a name the rules
        # credited in the other role included: "Ann Lee co-wrote it with Bo Ek" names the director too)
        directors = self._directors(doc, film) or self._credited(doc, "director", names)
        writers = tuple(writer for writer in (film.writers if film else ()) or self._credited(doc, "writer", names)
                        if not (reviewer and _byline_read_as_credit(doc.text, writer, reviewer.name)))
        if film is not None or directors or writers:
            film = replace(film or ReviewedFilm(title=None), directors=directors, writers=writers)
        players = self.cast_finder.players_named_elsewhere(doc, cast)
        # (a player's part is no name for the actor model either: "Beatty plays Joe Pendleton")
        credited = {*(person.name for person in (*directors, *writers)), *(player.actor for player in players),
                    *(player.character for player in players if player.character)}
        return [*cast, *players], reviewer, film, [found for found in names if found[0] not in credited]

    @staticmethod
    def _directors(doc: Doc, film: ReviewedFilm | None) -> tuple[PersonRef, ...]:
        """The rules' directors, or the catalog's director of the film where the review names them
        and the rules named nobody or someone else (a remake's review names other makers: "though
        Hideo Nakata directed it himself" of a sequel, in a review of Gore Verbinski's The Ring).
        A rules' director the catalog confirms is believed in a hedged or denied sentence too
        ("NIGHTMARE 2, not directed by Wes Craven" in a review of Wes Craven's New Nightmare). The
        director model, which guesses after this, still learns from every review whose rules named none."""
        if film is None or not film.title:
            return film.directors if film else ()
        cataloged = cataloged_directors(doc, film.title, film.year)
        surnames = {person.name.split()[-1].lower() for person in cataloged}
        if not cataloged or not any(person.name.split()[-1].lower() in surnames for person in film.directors):
            return cataloged or film.directors
        return tuple(replace(person, evidence=replace(person.evidence, flag=None))
                     if person.evidence and person.name.split()[-1].lower() in surnames else person
                     for person in film.directors)

    def _credited(self, doc: Doc, role: str, names: list) -> tuple[PersonRef, ...]:
        person = self.credit_scorers[role](doc, names)
        return (person,) if person is not None else ()

    def _named(self, doc: Doc, header: Header, film: ReviewedFilm | None):
        """The cast rules' credits, the reviewer and the names no rule credited (with their
        mentions and the actor model's features)."""
        cast = self.cast_finder(doc, header)
        reviewer = self._reviewer(doc, film, cast)
        return cast, reviewer, self.actor_scorer.candidates(doc, film, cast, [reviewer.name] if reviewer else [])

    def _reviewer(self, doc: Doc, film: ReviewedFilm | None, cast: list[CastCredit]) -> Reviewer | None:
        """The byline rules' reviewer, else the author model's (without the byline's "By" or a chat
        line's "From" that a field or a line held before the name; by the full name the review
        gives for a user's handle or a first name: "rufus_os" beside "name": "Rufus Okereke-Salvesen")."""
        reviewer = self.reviewer_finder(doc) or self.author_scorer(doc, _not_authors(film, cast))
        if reviewer is not None and (lead := _BYLINE_WORD.match(reviewer.name)):
            reviewer = replace(reviewer, name=reviewer.name[lead.end():])
        if reviewer is not None and " " not in reviewer.name and (owner := handle_owner(doc.text, reviewer.name)):
            reviewer = replace(reviewer, name=owner)
        return reviewer

    def _ruled_film(self, doc: Doc, header: Header) -> tuple[ReviewedFilm | None, Remakes]:
        """The film as the rules read it (or, when the review never names it, the remake a catalog
        lists of the dated film it says it remakes) and the remake rules' reading."""
        ruled = self.film_finder(doc, header)
        film = self.year_scorer(doc, ruled)
        title, year = (film.title, film.year) if film else (None, None)
        if film and ruled and not ruled.year and title and year and year in (remade := _remade_years(self.remake_finder(doc, title, None), title)):
            # the year model took the same-titled original's ("Ann Lee's Dock Lights remakes Bo Ek's Dock Lights from 2003")
            film = self.year_scorer(doc, ruled, not_years=remade)
            year = film.year if film else None
        if film and ruled and not header.year and title and year in self.remake_finder.years_remade_by_this(doc, title):
            # the prose dated the title by the original it says this film remakes ("This 1971 television remake of
            # Death Takes a Holiday (1934)")
            film = self.year_scorer(doc, replace(ruled, year=None), not_years={year}) or replace(ruled, year=None)
            year = film.year
        remakes = self.remake_finder(doc, title, year)
        if title is None and (remade_film := self.remake_finder.remade_film(remakes)) is not None:
            film = replace(remade_film, directors=film.directors, writers=film.writers) if film else remade_film
            # (a catalog listing several same-titled remakes leaves the year to the review: not the remade films')
            film = self.year_scorer(doc, film, not_years={ref.year for ref in remakes.remakes}) or film
            remakes = self.remake_finder(doc, film.title, film.year)  # (read again: what counts as another film has changed)
        return film, remakes

    def _read(self, review: Review):
        doc = self.doc_builder(review.text[: self.max_chars])
        header = self.header_parser(doc)
        film, remakes = self._ruled_film(doc, header)
        title, year = (film.title, film.year) if film else (None, None)
        remade_keys = _remade_keys(remakes)
        picked = self.title_scorer(doc, remade_keys) if title is None else self.title_scorer.instead_of(title, doc, remade_keys)
        if picked is not None:
            evidence = Evidence(sentence=doc.sentences.at(picked.span.start), mention=picked.span, confidence=picked.probability)
            film = replace(film or ReviewedFilm(title=None), title=picked.title, year=picked.year, evidence=evidence)
            # (nor a year the prose gives the original: "This 1971 television remake of Death Takes a Holiday (1934)")
            remade_by_this = self.remake_finder.years_remade_by_this(doc, picked.title) if picked.year else set()
            if _dated_as_remade(picked, remakes) or picked.year in remade_by_this:
                not_years = _remade_years(remakes, picked.title) | remade_by_this
                film = self.year_scorer(doc, replace(film, year=None), not_years=not_years) or film
            else:
                # (a title the review never dates is dated by the prose as the rules date theirs: "Ann Lee
                # directed this 2019 Norwegian drama"; one it dates twice is left to the year model)
                prose_year = None if picked.dated else self.film_finder.year_of(doc, picked.title)
                film = self.year_scorer(doc, replace(film, year=film.year or prose_year)) or film
            title, year = film.title, film.year
            if not film.directors:
                # the rules' readings that need the title, now that the title model named one
                film = replace(film, directors=tuple(self.film_finder.title_directors(doc, picked.title, year)))
            remakes = self.remake_finder(doc, title, year)
        influences = self.influence_finder(doc, title, year, remakes.remakes)
        # (the maker of a remake is read here, before the director model chooses among the body's names)
        if not (film and film.directors) and (makers := remade_by(doc, remakes.remakes)):
            film = replace(film or ReviewedFilm(title=None), directors=makers)
        return doc, header, film, remakes, merge_refs(influences)


_BYLINE_WORD = re.compile(r"(?:By|From)\s+(?=[A-Z])")


def _dated_as_remade(picked: TitlePick, remakes: Remakes) -> bool:
    """Whether the title model's pick is a film the review's film remakes, so not dated by the year
    model: a remake shares its original's title, and a year written with it ("the original Body and
    Soul (1947)") dates the original, not this film; another year ("Ben-Hur (1959) ... remakes the
    1925 silent Ben-Hur") dates this one."""
    return norm_title(picked.title) in _remade_keys(remakes) and (picked.year is None or picked.year in _remade_years(remakes, picked.title))


def _remade_keys(remakes: Remakes) -> frozenset[str]:
    """The title keys of the films the remake rules say the review's film remakes."""
    return frozenset(norm_title(ref.title) for ref in remakes.remakes)


def _remade_years(remakes: Remakes, title: str) -> set[int | None]:
    """The years the remake rules give the remade films of ``title``'s title key (``None`` for an
    undated one)."""
    return {ref.year for ref in remakes.remakes if norm_title(ref.title) == norm_title(title)}


def _names_a_part(text: str, ref: FilmRef, cast: list[CastCredit]) -> bool:
    """Whether a film the relation model took is a part of the cast that the review never dates:
    the whole part ("meets Dr. Alfred Necessiter, played by David Warner") or one word of a part of
    several ("Michael meets ..." after "Martin plays Dr. Michael Hfuhruhurr"); the catalog knows
    films of both names. "Dracula (1931)" names the film, whoever plays Count Dracula. (Not for
    remakes: a remake's title part is its original's, "Annie".)"""
    title = ref.title.lower()
    if not any(credit.character and (title == credit.character.lower() or
                                      (" " in credit.character and ref.title in credit.character.split()))
               for credit in cast):
        return False
    return re.search(re.escape(ref.title) + r"\s*\((?:1[89]|20)\d\d\)", text) is None


def _byline_read_as_credit(text: str, writer: PersonRef, author: str) -> bool:
    """Whether a writer is the review's own author, credited outside any list of film credits
    ("' Written by Ann Lee" closing a review that Ann Lee signs, "# Written by Ann Lee on 2023-01-22"
    heading a file): the byline, not the screenplay's credit."""
    if name_key(writer.name) != name_key(author):
        return False
    at = writer.evidence.mention.start if writer.evidence and writer.evidence.mention else None
    return at is None or not beside_credit_labels(text, at)


def _not_authors(film: ReviewedFilm | None, cast: list[CastCredit]) -> frozenset[str]:
    """Names no author model may take for the author: the film's title, its makers and its credited
    actors and characters ("Salt stars Pia Okafor. ...\n\nPia Okafor" signs nothing)."""
    named = {name for credit in cast for name in (credit.actor, credit.character) if name}
    if film is not None:
        named |= {film.title or "", *(p.name for p in (*film.directors, *film.writers))}
    return frozenset(named)


def _finder(name: str, **parts):
    """The finder ``module:Class`` of :mod:`filmgraph.extract` (a relation's ``finder``), made."""
    module, _, cls = name.partition(":")
    return getattr(import_module(f".{module}", __name__), cls)(**parts)


_EXTRACTOR = Extractor()


def extract_review(review: Review) -> Extraction:
    """All the facts one review states, each with its evidence."""
    return _EXTRACTOR(review)
