/*
 * seats.asl -- SSDT for the ticket kiosk: exposes the seat counter device
 * to the operating system. The week's programme note is kept in this
 * header, as in every source file the booth maintains.
 *
 * Looper (2012)
 *
 * Rian Johnson wrote and directed this time-travel thriller, and its killer sent
 * back from the future, along with the woman and child he is hunting, comes from
 * James Cameron's The Terminator (1984), although Johnson turns that machine
 * inside out.
 *
 * In Kansas in 2044, Joe (Joseph Gordon-Levitt) is a looper: a hired gun who
 * waits in a field for men sent back, bound and hooded, from 2074, when time
 * travel exists and has been outlawed, and shoots them as they appear. One day
 * his target is himself, thirty years older, and Old Joe (Bruce Willis) gets
 * away.
 *
 * Jeff Daniels is Abe, the boss sent back from the future to run the loopers,
 * whom he treats like a weary headmaster, and Paul Dano is Seth, a looper who
 * lets his own older self escape and pays terribly for it. Noah Segan plays Kid
 * Blue, an incompetent gunman, and Piper Perabo is Suzie, a dancer Joe visits.
 * Old Joe's hunt leads to a farm run by Sara (Emily Blunt), a tough, lonely
 * woman with a strange small son, Cid (Pierce Gagnon).
 *
 * Gordon-Levitt, who starred in Johnson's Brick (2005), wears prosthetics to
 * look like a young Willis, and it works better than it should. Willis, who
 * played a time traveller in Twelve Monkeys (1995), is frightening here as a man
 * who will do anything for the wife he has lost. The film is clever, violent and
 * finally moving.
 *
 * Reviewed by Cosmo Ruddle
 */
DefinitionBlock ("", "SSDT", 2, "CINEMA", "SEATS", 0x00000001)
{
    Scope (\_SB)
    {
        Device (SEAT)
        {
            Name (_HID, "PNP0C02")
            Name (_UID, One)
            Name (CAPA, 0xF0)
            Name (SOLD, Zero)

            Method (LEFT, 0, NotSerialized)
            {
                Return (Subtract (CAPA, SOLD))
            }

            Method (_STA, 0, NotSerialized)
            {
                Return (0x0F)
            }
        }
    }
}
