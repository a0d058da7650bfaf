"""The review's author: a :class:`Doc` in, a :class:`Reviewer` (or ``None``) out.

Bylines ("Reviewed by A", "A film review by A", a "By A", "Posted by A" or "Written by A" line),
copyright lines ("Copyright 1997 A", "(c) 1994 A", "(c) ALL RIGHTS RESERVED A"), signatures near the
end ("-- A", "— A", "Visit A's Screening Room") and author notes
("A is a moviegoer based out of Seattle, Washington", which also gives the location).

>>> from filmgraph.extract.doc import DocBuilder
>>> found = ReviewerFinder()(DocBuilder()("Good film.\\nCopyright 1999 Ann Lee"))
>>> found.name, found.location
('Ann Lee', None)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..english import english_words
from ..model import Evidence, Reviewer, Span
from .doc import Doc
from .lexicon import COUNTRY_NAMES
from .names import NAME_PATTERN, clean_name
from .titles import title_case

__all__ = ["ReviewerFinder", "among_credits", "beside_credit_labels", "english_phrase", "not_a_person", "with_initials_dot"]

_CAPS_NAME = r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}"
_YEARS = r"(?:19|20)\d\d(?:\s*(?:[-–]|,)\s*(?:19|20)?\d\d)*"
# A line of its own: "By Ann Lee", "Posted by Ann Lee on March 3", "Written by: Ann Lee | Reel Notes".
_DATE = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|"
         r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d|"
         r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)?\d\d")
# A user's handle: "grim_77", "Dale_in_Tulsa", "kestrel.moth", "mirela.bsky.social"
_HANDLE = r"[A-Za-z0-9][\w.-]*(?:_|\d)[\w.-]*|[a-z][a-z0-9]*(?:\.[a-z0-9]+)+"
_LINE_TAIL = r"[ \t]*(?:(?:[,:|•·–—(-]|\bon\b|\bat\b|\bfor\b|\bin\b)[^\n]{0,80})?$"
# A comment's opening mark before a byline in a program's or a config file's header: "# Author: Ann Lee",
# "// Written by Ann Lee", "% Author: Ann Lee", "' Author: Ann Lee", "<!-- Author: Ann Lee -->"
_COMMENT_LEAD = r"(?:#+|//+|%+|;+|'|!|\*+|/\*+|<!--|\(\*|\{-|@|REM\b|::)[ \t]*"
_COMMENT_END = r"[ \t]*(?:\*/|\*\)|-\}|-->)[ \t]*$"
# the comment marks that open the lines of a block of comments, and such a line with nothing else
_LEAD = r"(?:#+|//+|;+|%+|\*%|!|--)"
_EMPTY_COMMENT = rf"{_LEAD}[ \t]*"
# what a signature says its writer is to the page ("film society secretary", "Film Critic", "for the club newsletter")
_SIGNATURE_WORDS = (r"film|films|critic|society|club|circle|secretary|diary|notes|notebook|blog|screenings?|library|programmer|"
                    r"programme|newsletter|reviews?|reviewer|editor|host|column|columnist|contributor|curator")
_BYLINES = (
    # a repost's credit to the review's writer, over the reposting account's byline: "Originally
    # published by Ann Lee in her zine", "originally written by Ann Lee for Reel Notes"
    (re.compile(rf"(?:O|o)riginally\s+(?:published|written|posted)(?:\s+in\s+[^\n.,]{{1,40}}?)?\s+by\s+({NAME_PATTERN})"), 0.96, False),
    # led by letters, not by \b: a pattern that opens on a literal is searched for many times faster
    (re.compile(rf"(?:R|r)(?:eviewed|eview|EVIEWED|EVIEW) [Bb][Yy]:?\s+({NAME_PATTERN}|{_CAPS_NAME})"), 0.95, False),
    # "Written by Ann Lee", "— Written by Ann Lee.", "Diary entry by Ann Lee · Watched 12 Mar", "Watched by Ann Lee"
    (re.compile(rf"^[ \t]*(?:[—–-]{{1,2}}[ \t]*|{_COMMENT_LEAD})?(?:[Ww]ritten|[Pp]osted|[Ff]iled|[Bb]yline|[Dd]iary entry|[Ww]atched|[Ll]ogged)"
                rf"\s+by:?\s+({NAME_PATTERN})\.?(?:{_COMMENT_END}|{_LINE_TAIL})", re.MULTILINE), 0.9, False),
    # a handle or a name in lower case after an explicit byline: "Posted by u/grim_reel", "Review by ann lee"
    # ("- posted by midnightmatinee", "User: grimvampfan", "Reviewed by TheReelDeal on letterboxd")
    (_HANDLE_BYLINE := re.compile(
        r"^[ \t]*(?:[—–-]{1,2}[ \t]*)?(?:(?:[Pp]ost(?:ed)?|[Rr]eview(?:ed)?|[Ww]ritten)(?:\s+in\s+\S+)?\s+by:?|"
        r"(?:[Aa]uthor|[Uu]ser(?:name)?|[Rr]eviewer):)\s+(?:/?u/)?"
        rf"({_HANDLE}|[a-z][a-z'’-]+ [a-z][a-z'’-]+|[a-z][a-z0-9]{{3,30}}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)"
        r"(?=[ \t]*(?:$|>>|\||,|»|•|·|★|☆|\(|\bon\b|\bin\b|\bfrom\b))",
        re.MULTILINE), 0.85, False),
    # after a community's name: "r/movies • Posted by u/grim_gerald • 6h"
    (_POSTED_IN := re.compile(r"^[^\n•·|]{1,40}[•·|][ \t]*[Pp]osted\s+by:?\s+(?:/?u/)?([\w.-]{3,30})(?=[ \t]*(?:$|[•·|]))", re.MULTILINE),
     0.85, False),
    # a social post's header: "Meg @orbitalmeg · Jun 8", "@tapeguy · 2 weeks ago", "northernlights_77 · 12 February 2024",
    # "Rahul Mehta · 2d"; a user review's "grim_77 | 14 October 2009", "4 | grim_77 | Nov 21, 2021"
    (_POST_HEADER := re.compile(
        rf"^[ \t]*(?:[^@\n]{{0,40}}[ \t])?@([\w.]{{3,30}})[ \t]*·|"
        rf"^[ \t]*(?:\d{{1,2}}[ \t]+\|[ \t]+)?({_HANDLE}|[a-z][a-z0-9]{{3,30}}|{NAME_PATTERN})(?:[ \t]+[·|][ \t]+|[ \t]{{3,}})"
        rf"(?:\d+\s*[smhdwy]\b(?:\s+ago)?|\d+\s+\w+\s+ago|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:{_DATE}))",
        re.MULTILINE), 0.8, False),
    # a name alone on a line beside a star rating: "★★★☆☆\n\nGideon Farrant", "Dale K.\n★★★★★ Better than the original"
    (_BY_STARS := re.compile(rf"^[ \t]*[★☆]{{2,}}[^\n]*\n(?:[ \t]*\n)?[ \t]*({NAME_PATTERN}|[A-Z][a-z]+ [A-Z]\.)[ \t]*$|"
                rf"^[ \t]*({NAME_PATTERN}|[A-Z][a-z]+ [A-Z]\.)[ \t]*\n[ \t]*[★☆]{{2,}}", re.MULTILINE), 0.7, False),
    # a diary's handle alone on the first line, over its stars: "brundlefly_4ever\n★★★★½  ♥  rewatch"
    (_HANDLE_OVER_STARS := re.compile(rf"\A[ \t]*({_HANDLE})[ \t]*\n[ \t]*[★☆]"), 0.8, False),
    # a shop's reviewer below its "Reviewed in ... on" line: "Reviewed in the United States on March 3, 2019\nGerald T."
    (_BELOW_SHOP_LINE := re.compile(rf"^[ \t]*Reviewed in [^\n]{{2,40}} on [^\n]{{6,30}}\n[ \t]*({NAME_PATTERN}|[A-Z][a-z]+ [A-Z]\.)[ \t]*$",
                                    re.MULTILINE), 0.8, False),
    # a shop's review: the name alone on one of the first lines, over its rating ("M. Oduya\n\n2.0 out of 5 stars ...")
    # a forum post's author: the handle alone on a line over its member details ("grim_77\nMember since: 2004")
    (_FORUM_MEMBER := re.compile(rf"^[ \t]*({_HANDLE}|[a-z][a-z0-9]{{3,30}}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|{NAME_PATTERN})[ \t]*\n"
                                 r"[ \t]*(?:Member since|Joined|Posts)\b",
                                 re.MULTILINE), 0.8, False),
    # ... or on the same line, after the post's number: "#1  grim_77      Posts: 2,318 | Joined: Mar 2011"
    (_FORUM_MEMBER_LINE := re.compile(rf"^[ \t]*(?:#\d+[ \t]+)?({_HANDLE}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)[ \t]{{2,}}"
                                      r"(?:Member since|Joined|Posts)\b", re.MULTILINE), 0.8, False),
    # a user review's handle and date set apart by spaces or a comma: "grim_77  12 March 2017", "velvetgloom, 28 November 2018"
    (_HANDLE_DATE := re.compile(rf"^[ \t]*({_HANDLE}|[a-z][a-z0-9]{{3,30}})(?:[ \t]{{2,}}|,[ \t]+)(?:{_DATE})[ \t]*$", re.MULTILINE), 0.8, False),
    # "Salt Road (2019)  -  posted by grim_77": a post's title line that ends on its author
    (_POSTED_AT_END := re.compile(rf"[ \t][-–—|·•][ \t]*[Pp]osted by:?[ \t]+(?:/?u/)?({_HANDLE}|{NAME_PATTERN})[ \t]*$", re.MULTILINE),
     0.85, False),
    # a header line ending on its writer: "Four new releases in brief, by Ann Lee"
    (re.compile(rf"\A(?:[^\n]*\n){{0,6}}?[^\n]{{3,80}},[ \t]+by[ \t]+({NAME_PATTERN})[ \t]*$", re.MULTILINE), 0.8, False),
    (_SHOP_RATING := re.compile(rf"\A(?:[^\n]{{0,120}}\n){{0,3}}?[ \t]*({NAME_PATTERN}|[A-Z]\.[ ]?[A-Z][a-z]+|[A-Z][a-z]+ [A-Z]\.)[ \t]*\n(?:[ \t]*\n)?"
                                r"[ \t]*\d(?:\.\d)? out of \d stars"), 0.8, False),
    # a magazine's 'Ann Lee on "Night Harbour"' header line
    (_CRITIC_ON := re.compile(rf"^[ \t]*({NAME_PATTERN})\s+on\s+[\"“][A-Z0-9][^\"”\n]{{0,60}}[\"”][ \t]*$", re.MULTILINE), 0.85, False),
    # "Priya R.'s review of The Lantern Orchard", "Ann Lee’s review published on Letterboxd:"
    (_REVIEW_OF := re.compile(r"^[ \t]*([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]*\.?){0,2})['’]s\s+review\s+(?:of|published)\b", re.MULTILINE),
     0.85, False),
    # a header line "by TheReelDeal, 12 June 2009", "By Dale_in_Tulsa on June 9, 2001": a handle after a bare "by", then at most a date
    (_BY_HANDLE := re.compile(
        rf"^[ \t]*[Bb]y:?\s+({_HANDLE}|[a-z][a-z0-9]{{3,30}}|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)"
        rf"[ \t]*(?:(?:[,|·•–—-]|[ \t]on)[ \t]*(?:{_DATE}))?[ \t]*(?:»[^\n]{{0,60}})?$", re.MULTILINE), 0.8, False),
    # a video review's host: "Hi everyone, I'm Ann Lee, and welcome back to Reel Talk"
    # (also after the welcome: "Welcome back to Two Wheels. I'm Ann Lee.", "Hey everyone, Ann Lee here, and today ...")
    # (or a greeting's: "Hi, I'm Ann Lee and this week's pick is ..."; below a page's or a transcript's header lines too)
    (_HOST := re.compile(rf"\A(?:[^\n]*\n){{0,9}}?[^\n]{{0,80}}?\b(?:I['’]m|[Mm]y name is)\s+({NAME_PATTERN}),?\s+(?:and\s+)?(?:welcome|this\s+is|here)\b|"
                rf"\A(?:[^\n]*\n){{0,9}}?[^\n]{{0,40}}?,\s+({NAME_PATTERN})\s+here\b|"
                rf"\A(?:[^\n]*\n){{0,9}}?[^\n]{{0,80}}?\b[Ww]elcome\b[^\n]{{0,160}}?\bI['’]m\s+({NAME_PATTERN})\s*[.,]|"
                rf"\A(?:[^\n]*\n){{0,9}}?[^\n\"“]{{0,60}}?\b(?:Hi|Hello|Hey)\b[^\n\"“]{{0,30}}?\bI['’]m\s+({NAME_PATTERN})\b"), 0.75, False),
    # an e-mail's sender: "From: Ann Lee <ann@example.org>"
    (_FROM := re.compile(rf"^From:[ \t]+({NAME_PATTERN})[ \t]*(?:<[^>\n]*>)?[ \t]*$", re.MULTILINE), 0.8, False),
    # a document's author with an address, as a manual page or a file's header signs: "Written by Ann Lee <ann@example.org>."
    # (a film's credits give no address)
    (_WRITTEN_BY_ADDRESS := re.compile(rf"\b(?:[Ww]ritten|[Mm]aintained)\s+by\s+({NAME_PATTERN})[ \t]*<[^<>@\s]+@[^<>\s]+>"), 0.85, False),
    # a correspondent's line: "Ann Lee reports from Berlin", "Ann Lee writes from Cannes"
    # (also a contributor's note: "Ann Lee writes about film for the Valley Ledger.")
    (re.compile(rf"^[ \t]*({NAME_PATTERN})\s+(?:reports|writes)\s+(?:about\s+(?:film|films|movies|cinema)\s+)?(?:from|for)\s+"
                rf"(?:the\s+)?[A-Z][\w .'’-]{{1,40}}[ \t]*$", re.MULTILINE), 0.85, False),
    # "Reviewed for the Society by Ann Lee"
    (re.compile(rf"(?:R|r)eviewed\s+for\s+[^\n]{{1,40}}?\s+by\s+({NAME_PATTERN})"), 0.9, False),
    # "Posted on March 3, 2020 by Ann Lee", "Published 3 March 2020 by Ann Lee"
    (re.compile(rf"^[ \t]*(?:[Pp]osted|[Pp]ublished|[Ww]ritten)(?:\s+on)?\s+[^\n]{{3,40}}?\s+by\s+({NAME_PATTERN}){_LINE_TAIL}", re.MULTILINE), 0.9, False),
    (re.compile(rf"^[ \t]*(?:[Bb]y|BY):?\s+({NAME_PATTERN}|{_CAPS_NAME}){_LINE_TAIL}", re.MULTILINE), 0.9, False),
    # "Author: Ann Lee", "Critic: Ann Lee", "Words by Ann Lee", "Programme note by Ann Lee", "From the desk of Ann Lee",
    # "authors: Ann Lee" (a document's metadata), "Signed, Ann Lee" (a note's close, also in a file's comment: "! Signed, Ann Lee")
    # (also "— Words: Ann Lee", "[Reviewer: Ann Lee]", "REVIEWER: Ann Lee", "Capsules by Ann Lee", "A retrospective by
    # Ann Lee", "Show notes written by: Ann Lee", "Answered by Ann Lee", "Summary written by Ann Lee, with my own notes":
    # a short line's label ending in "by")
    (re.compile(rf"^[ \t]*(?:[—–-]{{1,2}}[ \t]*|\[|{_COMMENT_LEAD})?(?:(?i:authors?|critic|reviewer|words|text)\s*:|[Ss]igned\s*[,:]|(?:[Ss]igned|[Ww]ords|[Nn]otes|[Aa]n\s+essay|[Ee]ssay|"
                rf"[Pp]rogram(?:me)?\s+notes?|[Cc]apsules?|[Aa]\s+(?:retrospective|review|dispatch|column)|[Ss]how\s+notes(?:\s+written)?|"
                rf"[Aa]nswered|[Cc]ompiled|[Rr]eported|(?:[Rr]eview|[Ss]ummary|[Rr]ecap)\s+written)\s+by:?|[Ff]rom\s+the\s+desk\s+of)\s*"
                rf"({NAME_PATTERN}|{_CAPS_NAME})(?:\]|{_COMMENT_END}|{_LINE_TAIL})", re.MULTILINE), 0.9, False),
    # the same label inside a field, markup or a sentence rather than opening a line: 'msgid "Programme note by
    # Ann Lee"', "@i{Notes by Ann Lee}", "% Annotations by Ann Lee", "Dir. Bo Ek. Words by Ann Lee, as ever."
    (_LABEL_IN_FIELD := re.compile(rf"(?:(?<=[\"“'>{{%#*;\r\n])|(?<=[.!?] ))[ \t]*(?:[Pp]rogram(?:me)?\s+notes?|[Nn]otes?|[Ww]ords|"
                                   rf"[Aa]nnotations|[Ww]rite-?up|[Rr]eview\s+notes)(?:\s+written)?\s+by\s+({NAME_PATTERN})"
                                   r"(?=[ \t]*(?:[\"”'<}.,;|\r\n]|\Z))"), 0.85, False),
    # a settings key or a data field named for the reviewer: 'REVIEW_AUTHOR: "Ann Lee"', "Environment=REVIEWER=Ann Lee",
    # 'org.example.reviewer: "Ann Lee"', a macro's "define(`REVIEWER', `Ann Lee')" (a key in quotes may take its value
    # after a comma), an INI file's "REVIEW_AUTHOR = Ann Lee" as the reader labels it, "Review author: Ann Lee", a
    # registry's '"ReviewedBy"="Ann Lee"' (not a patch's "Reviewed-by:", its code's reviewer), a bridge or chess
    # record's tag pair '[Annotator "Ann Lee"]'
    (_KEYED_REVIEWER := re.compile(rf"(?:(?<![\w-])(?:[\w-]+[._])?(?i:reviewer|review[_ -]?author|critic|reviewed_?by|annotator)"
                                   rf"(?:[\"'][ \t]*[=:,]|[ \t]*[=:])|(?<=\[)(?i:reviewer|annotator)[ \t]+(?=\"))"
                                   rf"[ \t]*[\"'`]?({NAME_PATTERN})(?=[ \t]*(?:[\"'<,;\r\n]|\Z))"), 0.85, False),
    # a dispatch's or a broadcast's critic: "From our correspondent Ann Lee, Berlin", "our film critic, Ann Lee, has seen it"
    (_OUR_CRITIC := re.compile(rf"\b(?:[Oo]ur|[Bb]y)\s+(?:(?:chief|film|movie|staff|resident|own)\s+)?(?:correspondent|critic|reviewer)\s*,?\s+({NAME_PATTERN})\b"),
     0.8, False),
    (re.compile(rf"(?:C|c)(?:opyright|OPYRIGHT)\s+(?:\([Cc]\)\s*|©\s*)?(?:{_YEARS},?\s+)?(?:by\s+)?({NAME_PATTERN}|{_CAPS_NAME})"), 0.9, False),
    (re.compile(rf"(?:©|\([Cc]\))\s*(?:{_YEARS},?\s+)?(?:by\s+)?(?:ALL RIGHTS RESERVED\s+)?({_CAPS_NAME}|{NAME_PATTERN})"), 0.85, False),
    (re.compile(rf"^[ \t]*--\s*({NAME_PATTERN})", re.MULTILINE), 0.75, True),
    # "... On the Renshaw scale, 7. -- Scott Renshaw Stanford University": not "who else? -- A Star."
    (re.compile(rf"(?<=[.!?])[ \t]+--[ \t]*({NAME_PATTERN})(?=[ \t]*(?:\n|\Z|[A-Z(]))"), 0.75, True),
    # "all rights reserved Ann Lee", "Ann Lee: "Reel Notes Movie Reviews""
    (re.compile(rf"[Aa](?i:ll rights reserved),?\s+({NAME_PATTERN})"), 0.85, False),  # (led by a letter: passed over fast)
    (re.compile(rf"^[ \t]*({NAME_PATTERN}):[ \t]*[\"“]?[^\n\"“”]{{0,40}}\b(?:[Rr]eviews?|[Mm]ovies|[Ff]ilms|[Cc]inema)[\"”]?[ \t]*$",
                re.MULTILINE), 0.85, False),
    # a dated signature at the end, the outlet between: "Ann Lee, Reel Notes, 3 March 2024", "Yours, Ann Lee (Reel
    # Notes), 3 March 2024"
    (re.compile(rf"^[ \t]*(?:(?:[Yy]ours|[Cc]heers|[Bb]est|[Rr]egards|[Tt]hanks)[,!]?[ \t]+)?({NAME_PATTERN})"
                rf"(?:[ \t]*\([^()\n]{{2,60}}\))?,[ \t]+(?:[^\n,]{{2,60}},[ \t]+)?(?:{_DATE})\.?[ \t]*$", re.MULTILINE), 0.75, True),
    # a signature line at the end: "— Ann Lee", "- Ann Lee, Seattle", "- Ronnie, Leeds"
    (re.compile(rf"^[ \t]*[—–-]{{1,2}}[ \t]*({NAME_PATTERN})[ \t]*(?:,[^\n]{{0,60}})?$", re.MULTILINE), 0.75, True),
    (re.compile(r"^[ \t]*[—–-]{1,2}[ \t]*([A-Z][a-z]+)[ \t]*,[ \t]*[A-Z][\w .-]{1,40}$", re.MULTILINE), 0.7, True),
    (re.compile(rf"Visit ({NAME_PATTERN})['’]s\b"), 0.75, False),
    # a blog or newsletter header (short lines only): the author's name alone on a line, the date on the next
    # (also a news page's "Fri 28 Mar 2008 09.00 GMT")
    (re.compile(rf"\A(?:[^\n]{{0,120}}\n){{0,12}}?[ \t]*({NAME_PATTERN})[ \t]*\n[ \t]*(?:[A-Z][a-z]{{2}},?[ \t]+)?(?:{_DATE})"
                rf"(?:[ \t]+\d\d?[.:]\d\d(?:[ \t]*[A-Z]{{2,4}})?)?[ \t]*(?:\n|\Z)"), 0.8, False),
    # a name alone on the last line, after a finished sentence: "...shoveling snow...\nJames Berardinelli"
    (_LAST_LINE_NAME := re.compile(rf"(?<=[.!?\"”)])[ \t]*\n+[ \t]*({NAME_PATTERN})[ \t]*\n*\Z"), 0.7, True),
    # a name alone between blank lines after the prose, and code or settings after it: the signature of a
    # review kept in a file's comments ("...it holds up.\n\nAnn Lee\n\n[Unit]", "...\n\n-- Ann Lee\n\nOPTIM = -O2 ;")
    # (a statement in capitals after the blank line too, "VERSION 5.8 ;"; also where a string or a comment that
    # held the review closes on the name's line, 'Ann Lee"""', and where
    # the code follows the name's line at once, an object, a call or a rule opening it: "Ann Lee\n{", "Ann Lee\nVagrant.configure(",
    # "Ann Lee\n--------"; a Pascal or Modula comment closes on the name's line too, "Ann Lee *)")
    (re.compile(rf"(?<=[.!?\"”)])[ \t]*\n[ \t]*\n[ \t]*(?:(?:--?|[—–])[ \t]*)?({NAME_PATTERN})[ \t]*(?:\"\"\"|'''|\*/|\*\)|-->)?[ \t]*\n"
                rf"(?:(?:[ \t]*\n)+(?=[ \t]*(?:[^A-Z\s]|[A-Z][A-Z0-9_]*[ \t]*[=:(]|[A-Z][^\s]*[=;{{}}\[\]<>(]|[A-Z][A-Z0-9_]+[ \t][^\n]*;[ \t]*(?:\n|\Z)))|"
                rf"(?=[{{\[<]|[A-Za-z_][\w.]*\(|[ \t]+[a-zA-Z_][\w.]*[ \t]*=[ \t]*\S|[ \t]*[-=*_~#]{{4,}}[ \t]*(?:\n|\Z)))"), 0.7, False),
    # the same in a block of comments: the name alone in a paragraph of its own after the prose, an empty
    # comment line before it and one, a rule or the block's end after it ("...the best lines.\n#\n# Ann Lee\n#\n\ntimeout 5",
    # "//\n// Ann Lee\n//", "*%\n*%   Ann Lee\n*%\n*FormatVersion"); more comments after it make the name a heading
    (re.compile(rf"(?<=[.!?\"”)])[ \t]*\n[ \t]*{_EMPTY_COMMENT}\n[ \t]*{_LEAD}[ \t]*(?:--?[ \t]*)?({NAME_PATTERN})[ \t]*\n"
                rf"(?=[ \t]*(?:{_EMPTY_COMMENT}(?:\n(?![ \t]*{_LEAD}[ \t]*\w)|\Z)|{_LEAD}[ \t]*[-=*]{{3}}|\n|[^\s#/;%*!-]))"), 0.7, False),
    # a Reddit handle or a first name alone on the last line, a sign-off's name: "/u/snowblind_dave", "Tomasz", "xoxo, Kenzie"
    (re.compile(r"(?:^|\n)[ \t]*/?u/([\w-]{3,30})[ \t]*\n*\Z"), 0.7, True),
    (re.compile(r"\n[ \t]*\n[ \t]*(?:(?:xoxo|cheers|thanks|best|love|regards|peace|ciao)[,!]?[ \t]+)?"
                r"(?!(?:Enjoy|Recommended|Avoid|Skip|Thanks|Cheers|Peace|Overall|Verdict|Spoilers|Amen|Watch|Highly|Enough|End)\b)"
                r"([A-Z][a-z]{2,20})[ \t]*\n*\Z"), 0.6, True),
    # a signature in a paragraph of its own, the name and, after a comma or a dash, in six words at most, what the
    # writer is to the page: "Kenji Albright, film society secretary", "-- Tamsin Rowe, editor", "! Hollis Brandt --
    # film diary, vol. 6", "/* Ann Lee, Film Critic */" (the line before and after blank, or bare comment marks; not
    # a sentence: "Camille Keaton, the star of the first film, is not in this one.")
    (re.compile(rf"(?:\A|\n[^\w\n]*\n)[^\w\n]*({NAME_PATTERN})[ \t]*(?:,|--|[—–])[ \t]*"
                rf"(?=(?:[^\s]+[ \t]+){{0,5}}[^\s]+[ \t]*(?:\*/|\*\))?[ \t]*(?:\n|\Z))"
                rf"(?=[^\n]{{0,40}}\b(?i:{_SIGNATURE_WORDS})\b)(?:[^\n.!?]|\.(?![ \t]+[A-Z])){{3,60}}?"
                r"(?:[ \t]*(?:\*/|\*\)))?[ \t]*(?=\n[^\w\n]*(?:\n|\Z)|\Z)"), 0.7, False),
    # a newsletter's sign-off: the name after a blank line, then at most its masthead and a notice
    (_SIGN_OFF := re.compile(rf"(?<=[.!?\"”)])[ \t]*\n[ \t]*\n[ \t]*({NAME_PATTERN})[ \t]*\n(?:[^\n]{{1,160}}(?:\n|\Z)){{1,2}}\n*\Z"), 0.65, True),
)
#: Patterns tried only when the review holds one of these strings (a pattern scanned line by line
#: costs time on every review; these shapes are rare).
_NEEDLES = {_POST_HEADER: ("@", " · ", " | "), _BY_STARS: ("★", "☆"), _CRITIC_ON: (' on "', " on “"), _REVIEW_OF: ("review of", "review published"),
            _BY_HANDLE: ("by", "By"), _FROM: ("From:",), _WRITTEN_BY_ADDRESS: ("@",), _SHOP_RATING: (" out of ",), _HANDLE_OVER_STARS: ("★", "☆"), _BELOW_SHOP_LINE: ("Reviewed in ",), _FORUM_MEMBER: ("Member since", "Joined", "Posts"), _POSTED_IN: ("osted by",),
            _FORUM_MEMBER_LINE: ("Member since", "Joined", "Posts"), _POSTED_AT_END: ("osted by",),
            _OUR_CRITIC: ("correspondent", "ur critic", "ur reviewer", "ur film ", "ur movie ", "ur chief ", "ur staff ",
                          "ur resident ", "ur own ", "y critic", "y reviewer"),
            _HOST: ("I'm", "I’m", "name is", " here"),
            _KEYED_REVIEWER: ("eviewer", "EVIEWER", "ritic", "RITIC", "_author", "_AUTHOR", "-author", "eviewedBy", "eviewed_by",
                              "EVIEWED", "nnotator", "NNOTATOR"),
            _LABEL_IN_FIELD: ("ote by", "otes by", "otes written by", "ords by", "nnotations by", "rite-up by", "riteup by")}
#: The highest confidence among the byline patterns from each one on.
_BEST_STILL_TO_COME = [max(confidence for _, confidence, _ in _BYLINES[i:]) for i in range(len(_BYLINES))]
#: The byline patterns that open with a multi-line ``^`` (each of their alternatives does): every match
#: starts a line, so they are tried at the line starts only (``re`` tries such a pattern at every
#: position of the text, and a review has a few dozen lines in thousands of characters).
_LINE_LED = tuple(bool(pattern.flags & re.MULTILINE) and pattern.pattern.startswith("^") for pattern, _, _ in _BYLINES)
#: The needles of each byline pattern, in the order of _BYLINES (empty: none). (Both are looked up by
#: position: a compiled pattern's hash reads its whole program, which costs more than the search it spares.)
_NEEDLES_BY_INDEX = tuple(_NEEDLES.get(pattern, ()) for pattern, _, _ in _BYLINES)
_LINE_BREAK = re.compile("\n")
#: Words that end a byline name: what follows is a copyright notice, a date or an employer.
_NAME_STOPS = frozenset("Copyright COPYRIGHT All ALL Rights Reserved Review Reviewed Posted On Email E-mail Http".split())
_INSTITUTION = frozenset(
    """University College Office Institute Inc Ltd Corporation Corp Department School Magazine Newspaper
    News Times Post Journal Online Films Pictures Studios Network Review Library""".split()
)
# a "Written by" line among credits names the screenwriter, not the reviewer
_CREDIT_WORDS = r"director|directed|starring|cast|screenplay|producer|cinematograph\w*|music"
_CREDIT_NEAR = re.compile(rf"(?i)\b(?:{_CREDIT_WORDS})\b\s*:?")
# a line longer than this is a paragraph of prose, not a list of credits
_CREDIT_LINE = 150
_SIGNATURE_TAIL = 800
_QUOTE_END = re.compile(r"[\"”'’][ \t]*\n[ \t]*$")
_SETTING_LINE = re.compile(r"[ \t]*[A-Z][\w .-]{0,40}:[ \t]+[^\n]{1,80}")


#: Words of a name that make it a publication's, a club's or a forum rank's: "The Reel Letter",
#: "Northhaven Film Society", "Senior Member"
_NOT_PERSON_WORDS = frozenset("""The A An Society Club Team Staff Newsletter Letter Digest Podcast Show Member Members Editors
    Editorial Desk Collective Cinema Cinemas Theatre Theater Magazine Weekly Daily Row Reel Reels Films Picture Pictures
    University Academic Institute Academy Library Archive Archives Unit Department Foundation Association Council Committee
    Records Review Reviews Studios Productions Entertainment Network Lobby Bureau Services""".split())


_BYLINE_LABELS = frozenset({"author", "authors", "reviewer", "critic", "byline", "writer"})


# (a determiner opens a title's words, never a name: "The Friday Reel", "Your Grave" of "I Spit on Your Grave")
_DETERMINERS = frozenset("The A An My Your Our His Her Their Its This That These Those".split())
_LETTERS = re.compile(r"[^\W\d_]+")


def _prose_end(text: str) -> int:
    """Where the prose ends: before the three or more short "Label: value" lines (and blank lines)
    that close the text, a config file's settings that its reader set out after the review it keeps
    in its comments (a signature is looked for near the prose's end)."""
    end, settings = len(text), 0
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            if not _SETTING_LINE.fullmatch(text, start, end):
                break
            settings += 1
        end = start - 1
    return max(end, 0) if settings >= 3 else len(text)


def not_a_person(name: str) -> bool:
    """Whether a byline's name is a publication's, a club's or a rank's, a country's ("West Germany"
    after "Italy, Spain,", "@sweden"; but "— Jordan" and "— Chad" sign a first name) or a byline's
    own label ("reviewer: reviewer," in source code names a variable), not a person's."""
    words = name.split()
    return (words[0] in _DETERMINERS or any(word in _NOT_PERSON_WORDS for word in words[1:])
            or name.lower() in _BYLINE_LABELS or (name.lower() in COUNTRY_NAMES and (len(words) > 1 or name.islower())))


def english_phrase(name: str) -> bool:
    """Whether a name is two or more words of English apart, a page's furniture or a publication's
    name ("Club Notice", "Film Critic", "Keep Case", "Silver Lining") and no one's: none of the
    2,400 gold reviewers' names is (a first name alone may be a word, "Dean", and a handle may be
    several, "beekeeper_bob").

    >>> english_phrase("Club Notice"), english_phrase("Ann Lee"), english_phrase("Dean")
    (True, False, False)
    """
    return " " in name and all(word in english_words() for word in _LETTERS.findall(name.lower()))


def _trim_name(name: str) -> str:
    """A byline name without the copyright notice or employer the line runs on into:
    "Steve Rhodes Copyright" -> "Steve Rhodes", "Ann Lee Stanford University Office" -> "Ann Lee"."""
    words = name.split()
    for i, word in enumerate(words):
        if i and word in _NAME_STOPS:
            return " ".join(words[:i])
        if i and word.strip(".,") in _INSTITUTION:
            return " ".join(words[:max(2, i - 1)])
    return name


# A note at a line's start: "Ann Lee is a critic based in Leeds." (``^`` of a multi-line pattern, which
# ``re`` tests at a position several times faster than a choice between a line break and the text's start)
_AUTHOR_NOTE = re.compile(
    rf"^({NAME_PATTERN}|[A-Z][a-z]+) is an? (?:[\w-]+ ){{0,3}}(?:moviegoer|critic|writer|reviewer|"
    rf"film buff|blogger|journalist|contributor|cinephile|movie lover)\b(?: based (?:out of|in) "
    rf"([A-Z][\w-]+(?: [A-Z][\w-]+)*(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)*)?))?",
    re.MULTILINE,
)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int], start: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start)`` for a pattern whose matches can begin only at ``starts``
    (sorted): each is tried there, past the end of the match before."""
    resume = start
    for at in starts[bisect.bisect_left(starts, start):]:
        if at >= resume and (match := pattern.match(text, at)):
            yield match
            resume = max(match.end(), at + 1)


class ReviewerFinder:
    """Find who wrote the review.

    Parameters
    ----------
    tail_chars
        Author notes are looked for in this many characters at the end of the review.
    """

    def __init__(self, *, tail_chars: int = 3000) -> None:
        self.tail_chars = tail_chars

    def __call__(self, doc: Doc) -> Reviewer | None:
        text = doc.text
        best: tuple[float, int, str, Span] | None = None
        line_starts: list[int] = []
        prose_end = _prose_end(text)
        for index, (pattern, confidence, at_end) in enumerate(_BYLINES):
            if best is not None and best[0] >= _BEST_STILL_TO_COME[index]:
                break  # only a more confident byline replaces the one found: none is left to try
            if (needles := _NEEDLES_BY_INDEX[index]) and not any(needle in text for needle in needles):
                continue
            start = max(0, prose_end - _SIGNATURE_TAIL) if at_end else 0
            if _LINE_LED[index]:
                line_starts = line_starts or [0, *(found.end() for found in _LINE_BREAK.finditer(text))]
                matches = _matches_at(pattern, text, line_starts, start)
            else:
                matches = pattern.finditer(text, start)
            for match in matches:
                if "ritten" in match.group(0)[:12] and among_credits(text, match.start()):
                    continue
                if at_end and _QUOTE_END.search(text, max(0, match.start() - 3), match.start()):
                    continue  # '..." \n- Jean Renoir' attributes a quotation
                if pattern is _HANDLE_BYLINE and match.start() >= prose_end:
                    continue  # a config file's "Username: reminders" after the prose: an account, no byline
                if pattern in (_LAST_LINE_NAME, _SIGN_OFF) and text.find(match.group(1), 0, match.start(1)) >= 0:
                    continue  # a name the review already used (a title, a star) is no signature
                found = next(group for group in match.groups() if group)
                name = _trim_name(clean_name(found))
                if pattern in (_HANDLE_BYLINE, _BY_HANDLE) and " " in name:
                    name = name.title()  # "ann lee": a name typed in lower case
                if name.isupper():
                    name = title_case(name)
                if not_a_person(name) or english_phrase(name):
                    continue
                if best is None or confidence > best[0]:
                    at = match.start(match.groups().index(found) + 1)
                    best = (confidence, match.start(), name, Span(at, at + len(name)))
                break
        location = None
        tail = max(0, len(text) - self.tail_chars)
        # (the line break before a note lies in the tail, unless the tail is the whole text)
        note = _AUTHOR_NOTE.search(text, tail + 1 if tail else 0)
        if note and (best is None or best[2].split()[0] == note.group(1).split()[0]):
            location = note.group(2)
            # Without a location ("is a moviegoer based out of Seattle") a note at a paragraph's
            # start more often introduces a character ("Jerry is a prolific writer for ...").
            if best is None and location:
                best = (0.8, note.start(1), clean_name(note.group(1)), Span(*note.span(1)))
        if best is None:
            return None
        confidence, start, name, span = best
        evidence = Evidence(sentence=doc.sentences.at(span.start), mention=span, confidence=confidence)
        return Reviewer(name=with_initials_dot(doc.text, name, span.end), location=location, evidence=evidence)


def with_initials_dot(text: str, name: str, end: int) -> str:
    """``name``, written up to ``end``, with the dot the text gives a final initial ("Gerald T.").

    >>> with_initials_dot("Gerald T. wrote this", "Gerald T", 8), with_initials_dot("by Ann Lee.", "Ann Lee", 10)
    ('Gerald T.', 'Ann Lee')
    """
    last = name.split()[-1] if name else ""
    return name + "." if len(last) == 1 and last.isupper() and text[end:end + 1] == "." else name


def beside_credit_labels(text: str, start: int) -> bool:
    """Whether the next line with words before or after the line at ``start`` opens with a credit's
    label ("Director: Ann Lee", "Music by Bo Ek"): a list of credits, if one spaced a fact a paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    before = len(text[:line_start].rstrip())  # (where the line with words before ends)
    after = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    return bool((before and _CREDIT_LABEL.match(text, text.rfind("\n", 0, before) + 1)) or _CREDIT_LABEL.match(text, after))


# a credit's label opening a line
_CREDIT_LABEL = re.compile(rf"(?i)[ \t*_#>-]*(?:{_CREDIT_WORDS}|producers|written\s+by)\b")


def among_credits(text: str, start: int) -> bool:
    """Whether the line at ``start`` or a line next to it lists film credits (a paragraph of prose
    beside it lists none, whatever it says: "The film won the screenplay prize at Cannes.")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
    after = text.find("\n", line_end + 1) if line_end < len(text) else -1
    after = len(text) if after < 0 else after
    lines = [(line_start, line_end)]
    if line_start and line_start - 1 - before <= _CREDIT_LINE:
        lines.append((before, line_start - 1))
    if line_end < len(text) and after - line_end - 1 <= _CREDIT_LINE:
        lines.append((line_end + 1, after))
    return any(_CREDIT_NEAR.search(text, start_, end_) for start_, end_ in lines)
