#charset "us-ascii"

/*
 *   Rattler and Reel: a review you can walk around in.
 *   Author: Philippa Gorringe
 *   Written 7 April 2024 for TADS 3 with the adv3 library.
 */

#include <adv3.h>
#include <en_us.h>

versionInfo: GameID
    IFID = '812AA726-0D23-4E52-8C2E-ACB147F0D163'
    name = 'Missing on the Bavarian express'
    byline = 'by Philippa Gorringe'
    authorEmail = 'Philippa Gorringe <desk@rattlerandreel.example.com>'
    desc = 'A review of The Lady Vanishes (1979), in one room.'
    version = '1'
;

gameMain: GameMainDef
    initialPlayerChar = me
    showIntro()
    {
        "<b>Missing on the Bavarian express</b>\b";
        "You are in the dining car. A folded review lies on the table.\b";
    }
;

diningCar: Room 'Dining Car'
    "Hitchcock's 1938 thriller was always going to be a hard act to follow,
     and this British remake of The Lady Vanishes, made by Hammer in 1979,
     is more likeable than its reputation. Angela Lansbury is Miss Froy,
     the kindly governess who disappears from a train crossing Bavaria in
     the summer of 1939, and nobody but a scatterbrained American heiress,
     played by Cybill Shepherd, will admit she was ever on board."
;

+ me: Actor
;

+ review: Readable 'folded review/sheet' 'folded review'
    "A sheet of paper, folded twice. "
    readDesc()
    {
        "Elliott Gould plays the photographer who helps her search, all
         wisecracks and borrowed nerve. Herbert Lom is Dr. Hartz, a smooth
         surgeon travelling with a patient wrapped in bandages, and Arthur Lowe
         and Ian Carmichael play Charters and Caldicott, the two Englishmen who
         care about nothing but the cricket.\b";
        "Anthony Page directed, from a screenplay by George Axelrod that plays
         the mystery as screwball comedy. The Margaret Lockwood and Michael
         Redgrave parts were never going to be bettered, but the train, the
         snowy passes and the cheerful villainy are handsomely done, and
         Lansbury alone is worth the ticket.\b";
        "Reviewed by Philippa Gorringe for Rattler and Reel, 7 April 2024.";
    }
;
