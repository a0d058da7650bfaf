"""Seat-map helpers for the Saturday family matinee.

The programme note for the matinee is kept in the Notes section of the
docstring of ``matinee_note`` below and printed under the seat map. The
note was handed in unsigned.
"""


def matinee_note(rows, seats_per_row=14):
    """
    Print the seat map with the programme note for Paddington (2014).

    The map has one line per row, lettered from A, with one box per seat;
    the note is printed from the Notes section below by the lobby script.

    Parameters
    ----------
    rows : int
        Number of rows in the hall.
    seats_per_row : int, optional
        Seats in each row. The default is 14.

    Returns
    -------
    int
        Number of seats printed.

    See Also
    --------
    print_legend : Print the key to the seat colours.

    Notes
    -----
    Paul King directed this British family film and wrote the screenplay with
    Hamish McColl, from Michael Bond's books. An explorer from London finds a
    family of bears in the jungle of Peru, teaches them English and a taste for
    marmalade, and leaves them his hat and an open invitation. Years later,
    after an earthquake, the young bear who will be called Paddington, voiced
    by Ben Whishaw, is sent to London by his Aunt Lucy, voiced by Imelda
    Staunton, with a label round his neck.

    Nobody at the station takes any notice of him until the Brown family come
    past. Mary Brown, played by Sally Hawkins, an illustrator, takes pity on
    him and names him after the station; her husband Henry, played by Hugh
    Bonneville, a risk analyst, wants him gone by morning. Julie Walters is
    Mrs. Bird, the housekeeper, who knows more than she lets on, Jim Broadbent
    plays Mr. Gruber, an antiques dealer with a past, and Peter Capaldi is Mr.
    Curry, the nosy neighbour. Nicole Kidman plays Millicent Clyde, a
    taxidermist at the Natural History Museum who wants a rare bear for her
    collection.

    The jokes are built like silent comedy, one catastrophe leading to the
    next, with a bathroom flood early on that is as good as anything of its
    kind, and the Browns' house, with its painted tree climbing the stairwell,
    is a lovely thing to look at. Kidman is enjoying herself as the villain. It
    would have been easy to make this kind of film cynical; King made it kind
    instead.

    Examples
    --------
    >>> matinee_note(2, 3)
    A [ ][ ][ ]
    B [ ][ ][ ]
    6
    """
    count = 0
    for r in range(rows):
        print(chr(ord("A") + r), "[ ]" * seats_per_row)
        count += seats_per_row
    return count


def print_legend():
    """
    Print the key to the seat colours.

    The key is printed on one line, under the seat map.

    See Also
    --------
    matinee_note : Print the seat map with the programme note.

    Examples
    --------
    >>> print_legend()
    [ ] free  [x] sold  [w] wheelchair space
    """
    print("[ ] free  [x] sold  [w] wheelchair space")
