<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../src/reviewpage.cpp" line="51"/>
        <source>A Song Is Born (1948): Hawks remakes himself, with a band</source>
        <extracomment>Review 051 by Tobias Wrenfield for Reel and Rafter, headline. Keep the film titles in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewpage.cpp" line="58"/>
        <source>Seven years after Ball of Fire (1941), Howard Hawks went back to the same house of bachelor scholars and filled it with musicians. A Song Is Born is, scene for scene, that earlier comedy again, now in Technicolor, with Danny Kaye in the part Gary Cooper had played.</source>
        <extracomment>paragraph 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewpage.cpp" line="65"/>
        <source>Kaye is Professor Hobart Frisbee, who is writing a history of music and discovers, late, that jazz exists. Virginia Mayo plays Honey Swanson, the singer who hides among the professors from the police and from her gangster fiance. Benny Goodman, of all people, plays one of the scholars, and the house fills with players who appear as themselves, Louis Armstrong and Lionel Hampton among them.</source>
        <extracomment>paragraph 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewpage.cpp" line="72"/>
        <source>Harry Tugend's script keeps the old jokes in the old places. Mayo is no Barbara Stanwyck, and Kaye is asked to be shy, which he does not do well. The music is the reason to come.</source>
        <extracomment>paragraph 3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reviewpage.cpp" line="79"/>
        <source>Tobias Wrenfield, Reel and Rafter, 11 June 2026</source>
        <extracomment>sign-off</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
