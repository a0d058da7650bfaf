; review.ahk -- Ctrl+Alt+R shows the late-night review, Ctrl+Alt+Q quits
; Author: Leopold Nwachukwu-Hart
; Written: 2022-02-19
#NoEnv
#SingleInstance Force
SendMode Input

Film := "Train to Busan"
Year := 2016
Reviewer := "Leopold Nwachukwu-Hart"

Review =
(
Yeon Sang-ho directed Train to Busan (2016), a South Korean zombie film set almost
entirely on an express train, and its sprinting, twitching infected are taken from Danny
Boyle's 28 Days Later (2002).

Gong Yoo plays Seok-woo, a fund manager who is always at work, taking his daughter Su-an
(Kim Su-an) to her mother in Busan for her birthday. Ma Dong-seok is Sang-hwa, a big man
with bigger fists, travelling with his pregnant wife Seong-kyeong (Jung Yu-mi). Kim Eui-
sung plays Yon-suk, a bus company executive who would feed anyone to the dead to save
himself; Choi Woo-shik is Yong-guk, a high school baseball player; and Ahn So-hee plays
Jin-hee, the cheerleader who follows him.

The carriages become levels in a game: cross three cars, hold a door, use the tunnels.
Seoul Station, Yeon's animated prequel, came out the same year, and Peninsula followed
in 2020. People keep mentioning World War Z (2013); I would not.

-- Leopold Nwachukwu-Hart
)

^!r::
MsgBox, 0, %Film% (%Year%), %Review%
return

^!q::ExitApp
