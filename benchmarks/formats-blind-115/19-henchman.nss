// Ben Wheatley's _Sightseers_ (2012) is a caravan holiday from hell and a
// very black British comedy, written by its two stars, Alice Lowe and
// Steve Oram, who developed the characters on the comedy circuit. Tina, a
// sheltered woman in her thirties, sets off on a tour of the north of
// England with her new boyfriend Chris, who promises to show her tramway
// museums, pencil factories and viaducts. What she does not know is that
// Chris kills people who annoy him.
//
// Lowe's Tina begins as a timid mouse, still tied to her poisonous,
// grieving mother, and blossoms, alarmingly, into Chris's eager
// accomplice. Oram plays Chris with a bearded, hurt self-righteousness
// that makes each murder seem, to him, an act of civic duty, and the
// pair's chemistry is superb. Carol, the mother, played by Eileen Davies,
// gets some of the nastiest lines in the film.
//
// The picture is in the vein of Badlands (1973), with its lovers on the
// run and its flat, almost dreamy treatment of violence, though the
// scenery here is drizzly moorland rather than the plains. Some of the
// killings are too gory for the comedy to bear. But Wheatley and his
// writers have made something fresh, very funny and genuinely strange.
//
// -- Rosalind Ackerley
//
// henchman_onspawn: make the henchman greet the party once.
void main()
{
    object oPC = GetFirstPC();
    if (GetLocalInt(OBJECT_SELF, "GREETED") == 0)
    {
        SetLocalInt(OBJECT_SELF, "GREETED", 1);
        ActionMoveToObject(oPC, TRUE, 2.0);
        SpeakString("Well met, traveller.");
    }
}
