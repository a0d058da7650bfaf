// Dafny module for the seat counter (cinema.example).
// The programme note of the week is kept in these comment lines.
//
// Note by Barnaby Okonkwo-Reid
//
// The Verdict (1982)
//
// Sidney Lumet directed this courtroom drama from a screenplay by David Mamet, adapted from
// Barry Reed's novel, and it is one of the best films either of them made. There is not a
// wasted scene in it, and the Boston it shows is all brown wood, wet streets and bars that
// open early.
//
// Paul Newman plays Frank Galvin, a drunken ambulance-chasing lawyer who is handed an easy
// malpractice settlement against a Catholic hospital and decides, against every interest of
// his own, to take it to trial. Newman has never been better; he lets the age show in his face
// and does not ask to be liked. Jack Warden is Mickey Morrissey, his old partner and only
// friend, and Charlotte Rampling is Laura Fischer, a woman he meets in a bar who is not what
// she seems. James Mason is Ed Concannon, the hospital's lawyer, a silky general of a man with
// a whole firm behind him, and Milo O'Shea is Judge Hoyle, who makes no secret of which side
// he favours. Lindsay Crouse has one scene as Kaitlin Costello, a nurse, and it is the turning
// point of the film.
//
// The trial itself is not really the point; the film is about whether Galvin can still do one
// thing right. Those who expect the tricks of the usual courtroom picture will not find them.
// Lumet keeps the camera still and lets the actors work, and the final shot, a telephone
// ringing, is perfect.

method SeatsLeft(capacity: int, sold: int) returns (left: int)
  requires 0 <= sold <= capacity
  ensures left == capacity - sold
{
  left := capacity - sold;
}
