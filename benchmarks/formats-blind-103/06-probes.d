#!/usr/sbin/dtrace -s
/*
 * Counts syscalls from the projection booth player. The review below sits
 * in a block remark, where the D compiler never looks.
 *
 * The King's Pirate (1967)
 *
 * Starring Doug McClure (Lieutenant Brian Fleming), Jill St. John, Mary Ann Mobley (Princess Patma)
 *
 * Universal saved itself a fortune on this swashbuckler by remaking Against All Flags
 * (1952) almost scene for scene, and it would not surprise me if some of the ships in
 * the harbour were the same ones Errol Flynn sailed past fifteen years earlier. Don Weis
 * directs briskly, but he cannot disguise the backlot.
 *
 * The story is the old one of a British officer who passes himself off as a deserter to
 * get inside a pirate stronghold on the coast of Madagascar and open it to the fleet.
 * Doug McClure has the grin for the part but not the swagger; he fences like a man
 * counting his steps. Jill St. John fares better as a fiery member of the pirate council
 * who takes a shine to the newcomer and slowly guesses his game, and Mary Ann Mobley is
 * decorative as a princess held for ransom, a role that asks her mainly to look alarmed.
 *
 * There is fun to be had in the climactic battle, where cannon smoke hides a good deal,
 * and the score tries hard to stir the blood. But the dialogue is stiff and the harsh,
 * bright lighting robs it of romance. Fans of Maureen O'Hara will find St. John a
 * cheerful understudy, no more.
 *
 * Sent to the desk without a signature.
 */

#pragma D option quiet

syscall:::entry
/execname == "reelplayer"/
{
	@calls[probefunc] = count();
}

tick-10s
{
	printa(@calls);
	exit(0);
}
