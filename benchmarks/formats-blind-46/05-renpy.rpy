# Club night notes, written up as a Ren'Py script.
# club.example.net

define n = Character("Nell Ambrose", color="#c8a2c8")
define h = Character("Host")

label start:

    scene bg projection_booth
    with fade

    "Nell Ambrose takes the microphone after the screening."

    n "Leo McCarey directed An Affair to Remember (1957), and it is a remake of his own Love Affair (1939), scene for scene in places."
    n "He wrote the screenplay with Delmer Daves."

    n "Cary Grant plays Nickie Ferrante, a famous playboy on an ocean liner, and Deborah Kerr is Terry McKay, a nightclub singer who is also spoken for."
    n "They agree to meet in six months at the top of the Empire State Building."
    n "Richard Denning plays her fiance Kenneth, and Cathleen Nesbitt is Nickie's grandmother Janou, in the best scene of the film."

    h "And the 1939 version?"

    n "Irene Dunne and Charles Boyer were lighter on their feet."
    n "Warren Beatty remade it yet again as Love Affair (1994), which nobody needs, and Sleepless in Seattle (1993) quotes it for laughs and tears."

    n "The second half is a weepie, and I cried on schedule."

    return
