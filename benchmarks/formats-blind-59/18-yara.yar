/*
    Author: Rhiannon Tebbutt, Lakeshore Screen (lakeshorescreen.example.com)
    A rule that finds copies of one review, with the review kept in its meta.
*/

rule lakeshore_review_717
{
    meta:
        headline = "Wicker Park (2004), a love story built like a puzzle box"
        author = "Rhiannon Tebbutt"
        outlet = "Lakeshore Screen"
        date = "2024-02-14"
        paragraph_1 = "Paul McGuigan directed this American remake of Gilles Mimouni's French thriller L'Appartement (1996), which starred Vincent Cassel and Monica Bellucci. Brandon Boyce wrote the new screenplay and moved the story to Chicago, where a young advertising man glimpses the woman who walked out of his life two years earlier and drops everything to find her."
        paragraph_2 = "Josh Hartnett plays Matthew, who skips a business trip to China to chase her. Diane Kruger is Lisa, the dancer he lost, Rose Byrne is Alex, a stranger who seems to know far too much about both of them, and Matthew Lillard is Luke, his old friend, who runs a shoe shop and has troubles of his own."
        paragraph_3 = "The film jumps back and forth in time, full of missed calls and letters that never arrive, and some will call it Vertigo (1958) for the mobile phone age. I would not go that far, since it has none of Hitchcock's dread, only a great deal of rain and longing. Byrne is the reason to watch."
        signoff = "Reviewed by Rhiannon Tebbutt for Lakeshore Screen, 14 February 2024."

    strings:
        $headline = "Wicker Park (2004), a love story built like a puzzle box" ascii
        $signoff = "Reviewed by Rhiannon Tebbutt" ascii

    condition:
        any of them
}
