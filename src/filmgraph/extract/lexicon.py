"""Word lists shared by the extraction components: no text goes in, constants come out.

Demonyms map to country names, small words control title capitalisation, and stop lists keep
acronyms and boilerplate out of the film-mention detector.

>>> DEMONYMS["south korean"]
'South Korea'
"""

from __future__ import annotations

__all__ = [
    "DEMONYMS",
    "FILM_LANGUAGES",
    "COUNTRY_NAMES",
    "PLACE_NAMES",
    "SMALL_WORDS",
    "NAME_PARTICLES",
    "CAPS_STOPWORDS",
    "STUDIOS",
    "CAPS_BOILERPLATE",
    "TITLE_ABBREVIATIONS",
    "AGENT_NOUN_STOPLIST",
    "NAME_LEADING_ROLES",
    "NOT_NAME_OPENERS",
    "DATE_MARK",
    "demonym_pattern",
]

#: A date in lower-cased text ("mar. 3", "3 march", "3/12/", "2024-03-12"), as a pattern.
DATE_MARK = (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|"
             r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}/\d{1,2}/|\d{4}-\d\d-\d\d")

#: Nationality adjectives and the country they name.
DEMONYMS: dict[str, str] = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "irish": "Ireland", "french": "France",
    "german": "Germany", "west german": "West Germany", "east german": "East Germany", "italian": "Italy", "spanish": "Spain", "portuguese": "Portugal",
    "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland", "austrian": "Austria",
    "swedish": "Sweden", "danish": "Denmark", "norwegian": "Norway", "finnish": "Finland",
    "icelandic": "Iceland", "polish": "Poland", "czech": "Czech Republic", "hungarian": "Hungary",
    "russian": "Russia", "soviet": "Soviet Union", "greek": "Greece", "turkish": "Turkey",
    "iranian": "Iran", "israeli": "Israel", "egyptian": "Egypt", "indian": "India",
    "chinese": "China", "japanese": "Japan", "south korean": "South Korea", "korean": "South Korea",
    "taiwanese": "Taiwan", "thai": "Thailand", "vietnamese": "Vietnam", "filipino": "Philippines",
    "australian": "Australia", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "argentine": "Argentina", "argentinian": "Argentina", "chilean": "Chile", "cuban": "Cuba",
    "south african": "South Africa", "new zealand": "New Zealand", "hong kong": "Hong Kong",
    "nigerian": "Nigeria", "ghanaian": "Ghana", "kenyan": "Kenya", "senegalese": "Senegal", "moroccan": "Morocco",
    "algerian": "Algeria", "tunisian": "Tunisia", "lebanese": "Lebanon", "palestinian": "Palestine",
    "pakistani": "Pakistan", "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "indonesian": "Indonesia",
    "malaysian": "Malaysia", "singaporean": "Singapore", "colombian": "Colombia", "peruvian": "Peru",
    "venezuelan": "Venezuela", "uruguayan": "Uruguay", "romanian": "Romania", "bulgarian": "Bulgaria",
    "serbian": "Serbia", "croatian": "Croatia", "bosnian": "Bosnia and Herzegovina", "slovenian": "Slovenia",
    "slovak": "Slovakia", "ukrainian": "Ukraine", "estonian": "Estonia", "latvian": "Latvia",
    "lithuanian": "Lithuania", "armenian": "Armenia", "kazakh": "Kazakhstan", "mongolian": "Mongolia",
    "nepali": "Nepal", "jamaican": "Jamaica", "georgian": "Georgia", "ethiopian": "Ethiopia",
    "iraqi": "Iraq", "syrian": "Syria", "jordanian": "Jordan", "saudi": "Saudi Arabia", "afghan": "Afghanistan",
    "cambodian": "Cambodia", "burmese": "Myanmar", "tibetan": "Tibet", "bolivian": "Bolivia", "ecuadorian": "Ecuador",
    "paraguayan": "Paraguay", "guatemalan": "Guatemala", "costa rican": "Costa Rica", "panamanian": "Panama",
    "dominican": "Dominican Republic", "puerto rican": "Puerto Rico", "haitian": "Haiti", "maltese": "Malta",
    "cypriot": "Cyprus", "luxembourgish": "Luxembourg", "macedonian": "North Macedonia", "albanian": "Albania",
    "belarusian": "Belarus", "azerbaijani": "Azerbaijan", "uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan",
    "zimbabwean": "Zimbabwe", "ugandan": "Uganda", "tanzanian": "Tanzania", "rwandan": "Rwanda",
    "cameroonian": "Cameroon", "ivorian": "Ivory Coast", "malian": "Mali", "congolese": "Democratic Republic of the Congo",
    "angolan": "Angola", "mozambican": "Mozambique", "sudanese": "Sudan", "somali": "Somalia", "libyan": "Libya",
    "aussie": "Australia", "kiwi": "New Zealand", "cape verdean": "Cape Verde", "yugoslav": "Yugoslavia",
    "yugoslavian": "Yugoslavia",
}

# The languages a film industry is named by ("the Malayalam Drishyam", "a Hindi remake"): they
# describe a film as a nationality does, but name no country (Malayalam cinema is India's, and so is
# Hindi cinema; Cantonese is Hong Kong's and China's).
FILM_LANGUAGES = frozenset("hindi tamil telugu malayalam kannada bengali marathi punjabi gujarati cantonese mandarin urdu "
                           "tagalog farsi yiddish".split())

#: Country names as header lines write them, and their canonical form.
COUNTRY_NAMES: dict[str, str] = {
    "united states": "United States", "usa": "United States", "u.s.": "United States",
    "united kingdom": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom", "britain": "United Kingdom",
    "gb": "United Kingdom", "u. k.": "United Kingdom", "us": "United States",
    "west germany": "West Germany", "east germany": "East Germany", "ussr": "Soviet Union",
    # abbreviations in Schwartz's header tails ("1999-Can.)", "1963-Fr./It.)")
    "can.": "Canada", "fr.": "France", "ger": "Germany", "ger.": "Germany", "jap.": "Japan",
    "it.": "Italy", "sp.": "Spain", "mex.": "Mexico", "port.": "Portugal", "pol.": "Poland",
    "aus.": "Australia", "swe.": "Sweden", "den.": "Denmark",
    **{country.lower(): country for country in set(DEMONYMS.values())},
}

#: Places of two words and more that reviews name and a person's name pattern takes ("shot in Los
#: Angeles", "moves to New York"): the states, cities and districts films are set in and made in, lower
#: case (countries are in COUNTRY_NAMES).
PLACE_NAMES = frozenset(place.strip() for place in """los angeles|new york|new york city|las vegas|san francisco|san diego|san jose|san antonio|
    new orleans|new jersey|new hampshire|new mexico|new england|new delhi|beverly hills|long island|
    staten island|coney island|rhode island|north carolina|south carolina|north dakota|south dakota|west virginia|
    salt lake city|kansas city|mexico city|buenos aires|rio de janeiro|tel aviv|cape town|st. louis|santa monica|
    santa barbara|palm springs|fort knox|notting hill|east hampton|north africa|south america|
    north america|central america|latin america|east berlin|west berlin|hollywood boulevard|wall street|times square|
    central park|death valley|monument valley|el paso""".split("|"))

#: Words written in lower case inside a title unless they start it.
SMALL_WORDS = frozenset(
    "a an the and but or nor for of in on at to by with from as vs vs. via into over per".split()
)

#: Lower-case words that may sit inside a person's name ("Jan De Bont", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset("de da di del della der den van von le la du dos das bin al st.".split())

#: Who a person is to another: a part named as someone's "wife" or "boss" is another's part, and
#: "Marie's father" is said of a person, not a film.
KIN_NOUNS = frozenset("mother father wife husband son daughter brother sister friend boyfriend girlfriend lover".split())
#: :data:`KIN_NOUNS` as a regular-expression alternation, without groups.
KIN_PATTERN = "|".join(sorted(KIN_NOUNS))

#: Capitalised tokens that are acronyms, ratings or boilerplate, never a film title.
CAPS_STOPWORDS = frozenset(
    """MPAA PG PG-13 NC-17 R G X USA U.S. U.S.A. UK TV DVD VHS CD CD-ROM FBI CIA NYC LA OK LOL
    NBA NFL MTV HBO AIDS CEO CGI IMAX ID FX AM PM AD BC MD PHD DJ MC MR MRS MS DR JR SR II III IV
    NOTE SPOILER SPOILERS WARNING WOW OMG BTW IMO IMHO IMDB OSCAR OSCARS NY US MGM RKO BBC ABC CBS NBC PBS AIP""".split()
)

#: Studios, streamers and film industries: who makes or remakes a film ("Disney remakes X", "this
#: Hollywood remake"), never the film remade.
STUDIOS = frozenset("Disney Pixar DreamWorks Universal Paramount Warner Fox Columbia Miramax MGM Hammer Netflix Amazon "
                    "Hollywood Bollywood".split())

#: Capitalised tokens that mark a whole phrase as boilerplate ("ALL RIGHTS RESERVED").
CAPS_BOILERPLATE = frozenset("REVIEWED REVIEW RESERVED COPYRIGHT WRITTEN RIGHTS RATING RATED".split())

#: Abbreviations after which a full stop does not end a sentence.
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr vs prof capt gen col lt sgt rev mt ft no vol etc inc ltd co
    messrs mme mlle sen gov pres dept approx fig pvt pfc cpl maj adm cmdr supt det insp""".split()
)

#: Words ending like agent nouns ("-er", "-or") that do not name a person's role.
AGENT_NOUN_STOPLIST = frozenset(
    """other another former latter after under over never either neither whether together rather
    further later water number order matter manner power paper summer winter center centre corner
    border danger answer letter dinner weather character chapter silver tower finger error mirror
    horror humor humour colour color floor door interior exterior anchor major minor sector factor
    motor mentor meter trailer poster cover murder monster computer theater theatre river
    quarter cancer shoulder temper member ever whatever however""".split()
)


#: Capitalised words that open a sentence or clause and never start a person's name
#: ("After Sarah leaves", "Starring Ann Lee as Mara", "Released in Spain as ...", and sentence adverbs:
#: "Later Janice (Theresa Randle) helps", "Apparently Clive Barker wrote it", "Soon Fonda is saying", "Enter
#: Clarence (Henry Travers)"; "Best Actress" is an award's).
NOT_NAME_OPENERS = frozenset(
    """In On At Like Unlike And But As Even Also Both Since After Before With From Than Then If When While
    Though Although Because Of For To By Yet So Or Nor Only Just Released Known Billed Shot Set Seen Watched Rewatched
    Without Despite Besides Except Apart Unless Until Among Between Through During Against
    Under Over Into Onto Upon Within Across Behind Beyond Inside Outside Around Above Below
    Here There This That These Those His Her Their Its Our My Your The A An Starring Featuring
    What Who Whom Whose Which Where Why How
    Now Once Later Meanwhile Eventually Finally Suddenly Ultimately Initially Originally Apparently Actually Basically
    Obviously Clearly Naturally Similarly Unfortunately Fortunately Luckily Sadly Hopefully Thankfully Surprisingly
    Interestingly Oddly Frankly Honestly Soon Together Instead Perhaps Maybe Indeed Plus Enter Get Vs Best""".split()
)
# A role's or a trade's word may lead a name and is no part of it: "Director Simon West (Con Air) helms",
# "Director Ann Lee, who co-wrote it with Bo Ek", "Comedian Sid Caesar plays the coach", "Newcomer Ann Lee is Mara"
NAME_LEADING_ROLES = frozenset("""Director Directors Filmmaker Filmmakers Writer Writers Screenwriter Screenwriters
    Producer Producers Actor Actors Actress Actresses Star Stars Co-star Co-stars Composer Cinematographer Editor Novelist
    Author Comedian Comedians Comic Comics Newcomer Newcomers Singer Singers Rapper Veteran""".split())


def demonym_pattern() -> str:
    """A regular-expression alternation of all demonyms, longest first, without groups.

    >>> import re
    >>> bool(re.fullmatch(demonym_pattern(), "south korean"))
    True
    """
    return "|".join(sorted((d.replace(" ", r"\s") for d in DEMONYMS), key=len, reverse=True))
