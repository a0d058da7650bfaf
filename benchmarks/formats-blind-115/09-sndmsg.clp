/********************************************************************/
/* Johnnie To has made his name with gunfire, but in "Sparrow", the */
/* Hong Kong caper he released in 2008, not a single shot is fired. */
/* Instead the weapons are razor blades hidden between the fingers, */
/* and the set pieces are pickpocketing raids choreographed like */
/* ballet to a lilting score of harmonica and brushed drums. */
/* */
/* Simon Yam plays Kei, the genial leader of a four-man crew of */
/* pickpockets who cycles about the old streets of the city with a */
/* vintage camera round his neck. When a mysterious young woman, */
/* Chun Lei (Kelly Lin), enters their lives, each of the four falls */
/* for her in turn, and each discovers that she is using them to */
/* free herself from an elderly gangster who keeps her like a caged */
/* bird. */
/* */
/* Yam has rarely been so relaxed or so likeable, and Lin, though */
/* given more poise than character, holds the camera gracefully. */
/* The film is slight, and To seems to have shot it in fits and */
/* starts over several years, which shows in its patchy middle. But */
/* the climactic duel of thieves in the rain, all umbrellas and */
/* slow motion, is as beautiful as anything he has made. */
/* */
/* Tobias Wrenfield, Film Critic */
/********************************************************************/
             PGM        PARM(&USER)
             DCL        VAR(&USER) TYPE(*CHAR) LEN(10)
             DCL        VAR(&MSG) TYPE(*CHAR) LEN(50) +
                          VALUE('Weekend reviews page released')
             SNDPGMMSG  MSG(&MSG) TOUSR(&USER)
             MONMSG     MSGID(CPF0000)
             ENDPGM
