def _titles(refs):
    return [(r.title, r.year) for r in refs]


def test_resemblance_cues(extract):
    kept, _ = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nNIGHT BUS will call to mind the premise of Fast Lane (1994). "
        "It is a cross between COLD CASE and THE LONG WALK, and a rip-off of DUSK (2001)."
    )
    assert _titles(kept.influences) == [
        ("Fast Lane", 1994), ("Cold Case", None), ("The Long Walk", None), ("Dusk", 2001)]


def test_negated_later_and_other_subject(extract):
    kept, found = extract(
        "NIGHT BUS (2010)\nReviewed by A B\nUnlike FAST LANE, NIGHT BUS is slow. "
        "It echoes FUTURE RUN (2015). Meanwhile DUSK owes a debt to DAWN."
    )
    assert kept.influences == ()
    assert {r.title: r.evidence.flag for r in found.influences} == {"Fast Lane": "negation"}
