/*
 * Reason module for the poster wall. Everything inside this block remark is
 * ignored by the compiler, including the review.
 *
 * Review: Gideon Abernathy-Luo
 *
 * The Ice Pirates (1984)
 *
 * Featuring Robert Urich (Jason), Mary Crosby (Princess Karina), Michael D. Roberts (Roscoe), Anjelica Huston (Maida), Ron Perlman (Zeno), John Matuszak (Killjoy)
 *
 * Water is the most precious substance in the galaxy, and a band of space pirates makes
 * its living stealing blocks of ice from the ships of the Templars who control the
 * supply. That is the premise of Stewart Raffill's cheerfully ramshackle comedy, which
 * never takes anything seriously, least of all itself.
 *
 * Robert Urich plays Jason, the pirate captain, with a lazy charm that suits the mood,
 * and Mary Crosby is Princess Karina, who hires the crew to help find her father and the
 * lost planet of water he went looking for. Michael D. Roberts is Roscoe, Jason's
 * sidekick, Anjelica Huston is a tough pirate called Maida, and Ron Perlman and John
 * Matuszak fill out the crew. The best running joke concerns robots, who are treated as
 * a servant class and take their revenge in small ways.
 *
 * The film borrows its most memorable episode from Alien (1979), played for laughs: a
 * small creature, a so-called space herpe, bursts out of a crewman's supper and scurries
 * round the galley while everyone tries to trap it. The climax takes place inside a time
 * distortion in which the heroes age years in minutes, a clever idea handled clumsily.
 * The sets are cheap and the plot wanders, but there is an easygoing silliness here that
 * is hard to dislike.
 */

let greeting = "Poster wall ready";

let () = print_endline(greeting);
