import pytest

from filmgraph.extract.hedges import HedgeDetector
from filmgraph.model import Span


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("This isn't a remake of Jaws.", "negation"),
        ("If someone remakes it, I will weep.", "hedge"),
        ("I wouldn't be surprised if we get a remake of it.", "hedge"),
        ("Is it a remake of Psycho?", "question"),
        ("It is a remake of Psycho, isn't it, and a good one.", None),
        ("It is not bad; it is a remake of Psycho.", None),
        # a modal that grants the likeness: the scene is like the one in Psycho
        ("The shower scene could have been lifted straight out of a remake of Psycho.", None),
        ("It could have been a remake of Psycho.", "hedge"),
        # a modal in a relative clause that a comma closes says what something might be, not the statement
        ("For a picture that could have been a romance, it is a remake of Psycho.", None),
        ("You know what's going to happen, since it is a remake of Psycho.", None),
        ("It is a film that could be a remake of Psycho.", "hedge"),
        # "but that's not ..." takes back the statement only when it denies it, not when it judges something else
        ("It is a remake of Psycho, but that's not saying it is a bad one.", None),
        ("It is a remake of Psycho, but it's not.", "negation"),
    ],
)
def test_flags(text, flag):
    assert HedgeDetector()(text, Span(0, len(text)), text.index("remake")) == flag


def test_a_hedge_word_inside_a_name_is_no_hedge():
    text = "Screenplay: Elaine May, based on the film OLD CAGE. Perhaps it is a remake of NEW CAGE."
    detect = HedgeDetector()
    assert detect(text, Span(0, 50), text.index("based")) is None
    assert detect(text, Span(51, len(text)), text.index("remake")) == "hedge"


def test_a_proposed_remake_is_hedged():
    text = "In one cameo a director proposes a remake of OLD CAGE, and another pitched a remake of NEW CAGE."
    detect = HedgeDetector()
    assert detect(text, Span(0, len(text)), text.index("remake of OLD")) == "hedge"
    assert detect(text, Span(0, len(text)), text.index("remake of NEW")) == "hedge"


def test_an_aside_between_commas_and_a_denial_after_the_cue():
    detect = HedgeDetector()
    text = "SALT is, whether its makers admit it or not, a remake of DUSK."
    assert detect(text, Span(0, len(text)), text.index("remake")) is None
    text = "People keep calling SALT a remake of DUSK but its NOT."
    assert detect(text, Span(0, len(text)), text.index("remake")) == "negation"
    text = "It is not, as some say, a remake of DUSK."
    assert detect(text, Span(0, len(text)), text.index("remake")) == "negation"


@pytest.mark.parametrize(("text", "flag"), [
    ("Ann Lee's \"Never Say Goodbye,\" a remake of DUSK, is fine.", None),
    ("Like NO WAY HOME and DON'T LOOK UP, it is a remake of DUSK.", None),
    # a title in capitals opening the clause with a hedging or negating word
    ("IF LUCY WAITED tries hard to be a remake of DUSK.", None),
    ("NO ROAD HOME is a remake of DUSK.", None),
    ("IF I had to guess, it is a remake of DUSK.", "hedge"),
    # a title in its ordinary case opening the clause with "No" or "Never"
    ("No Reservations (2007) is a remake of Mostly Martha (2001).", None),
    ("Never Say Goodbye is a remake of DUSK.", None),
    ("Unlike Bava's DUSK, it is no remake of DAWN.", "negation"),
    # capitals that stress a denial, not a title's
    ("It is NOT a remake of DUSK.", "negation"),
    ("Never a remake of DUSK, it borrows its ending.", "negation"),
])
def test_a_negating_word_in_a_title_denies_nothing(text, flag):
    assert HedgeDetector()(text, Span(0, len(text)), text.index("remake")) == flag


@pytest.mark.parametrize(("text", "flag"), [
    # a user's question running on in lower case is still a question
    ("is it secretly a remake of dock lights? someone on here said so but i dont buy it.", "question"),
    # a title's or a quotation's own question mark asks nothing
    ("With its echoes of WHO'S AFRAID OF THE DARK? and its style, it works.", None),
    ('This short is a remake of the 1942 film "Where Is the Ferry?", about a ferry.', None),
])
def test_a_question_mark_inside_a_sentence(text, flag):
    cue = text.index("remake") if "remake" in text else text.index("echoes")
    assert HedgeDetector()(text, Span(0, len(text)), cue) == flag


@pytest.mark.parametrize(("text", "flag"), [
    ("The finale is borrowed without shame from DUSK.", None),
    ("The film makes no secret that its monster comes from DUSK.", None),
    ("It is no coincidence that the score quotes DUSK.", None),
    ("It was made without a studio and borrows from DUSK.", "negation"),
    ("There is no sign that it borrows from DUSK.", "negation"),
])
def test_an_idiom_with_a_negating_word_affirms_the_debt(text, flag):
    assert HedgeDetector()(text, Span(0, len(text)), text.index("DUSK")) == flag


@pytest.mark.parametrize(("after", "flag"), [
    ("It is not, whatever the posters say.", "negation"),
    ("It isn't, beyond the setting.", "negation"),
    # the denial goes on past its aside to name what the film is not: a statement of its own
    ("It is not, whatever the posters say, RAIN set in a new town.", None),
    ("It is not, for all the talk, a copy of RAIN.", None),
])
def test_a_denial_in_the_next_sentence(after, flag):
    first = "Some call it a copy of DUSK."
    text = f"{first} {after}"
    assert HedgeDetector()(text, Span(0, len(first)), text.index("copy")) == flag
