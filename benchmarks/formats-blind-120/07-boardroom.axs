PROGRAM_NAME='Boardroom'
(*
   Just watched Pig on the sofa with no idea what it was, because the
   title and Nicolas Cage made me think it would be a mad revenge film.
   It is not. Cage plays Rob, a hermit who lives in the Oregon woods with
   his truffle pig, and when the pig is stolen he goes back to Portland,
   where it turns out he used to be a famous chef. Alex Wolff is Amir,
   the young guy who buys truffles from him and drives him around, and
   Adam Arkin plays Amir's father, a rich and cold man. There is one
   scene in a fancy restaurant where Rob talks to a chef who used to work
   for him that I keep thinking about. Michael Sarnoski directed it and
   wrote it with Vanessa Block. Quiet, sad and really good. Cage has not
   been this good in years.
*)

DEFINE_DEVICE
dvTP     = 10001:1:0     // touch panel
dvProj   = 5001:1:0      // projector on the first serial port

DEFINE_CONSTANT
INTEGER BTN_PROJ_ON  = 1
INTEGER BTN_PROJ_OFF = 2

DEFINE_EVENT
BUTTON_EVENT[dvTP, BTN_PROJ_ON]
{
    PUSH:
    {
        SEND_STRING dvProj, "'PWR ON', $0D"
    }
}
BUTTON_EVENT[dvTP, BTN_PROJ_OFF]
{
    PUSH:
    {
        SEND_STRING dvProj, "'PWR OFF', $0D"
    }
}
