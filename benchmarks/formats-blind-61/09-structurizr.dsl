/*
 * Murder by Death: five detectives, one dinner, no solution
 *
 * Neil Simon wrote Murder by Death as a prank on the whodunit, and Robert
 * Moore directed it in 1976 with a cast that seems to have been invited for
 * the buffet. The millionaire Lionel Twain, played by Truman Capote,
 * invites the world's greatest detectives to dinner and promises them a
 * murder at midnight.
 *
 * The guests are thinly disguised. Peter Falk's Sam Diamond is a San
 * Francisco private eye lifted from The Maltese Falcon (1941), down to the
 * secretary and the hat. David Niven and Maggie Smith, as Dick and Dora
 * Charleston, are Nick and Nora from The Thin Man (1934), dog included.
 * Peter Sellers plays Sidney Wang, a Charlie Chan in all but name, James
 * Coco is Milo Perrier and Elsa Lanchester is Jessica Marbles. Alec
 * Guinness, as the blind butler Bensonmum, is funnier than any of them.
 *
 * The jokes about the genre's cheating are sharp, and the jokes about
 * Wang's accent have aged badly. It ends in a twist that mocks twists,
 * which is either the point or a shrug. Capote, stiff and nasal, is oddly
 * perfect as the host who despises his guests, and Nancy Walker, as a deaf
 * and mute cook, gets one of the best silent gags of the decade. Watch it
 * with a crowd, and argue afterwards about who did it.
 *
 * Desmond Achterberg, Armchair Sleuth Digest
 */
// Author: Desmond Achterberg

workspace "Armchair Sleuth Digest" "Review desk, review 6161" {

    model {
        reviewer = person "Desmond Achterberg" "Writes the reviews."
        archive = softwareSystem "Review archive" "Stores every review published by Armchair Sleuth Digest."
        reviewer -> archive "Files review 6161 in"
    }

    views {
        systemContext archive "context" {
            include *
            autolayout lr
        }
        theme default
    }
}
