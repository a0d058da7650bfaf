// soma.g  -- single passive compartment for the first lab
//
// Sweet 20 (2015), directed by Phan Gia Nhat Linh, is the Vietnamese
// remake of the Korean comedy Miss Granny (2014), and one of the best of
// the many versions made around Asia. A sharp-tongued grandmother in
// Saigon, played by Ngoc Giau, stops at a photographer's shop for a
// funeral portrait and leaves it, to her horror, looking twenty. From
// then on she is played by Miu Le, who does a wonderful job of being an
// old woman in a young body: she sits like one, scolds like one and
// sings old songs that nobody of her apparent age should know. Ngo Kien
// Huy co-stars. Broad in places, but warm and very funny, and the songs
// are lovely.
//
// Lan Pham
//
float RM = 0.33
float CM = 0.01
float EREST = -0.07

create neutral /cell
create compartment /cell/soma
setfield /cell/soma Rm {RM} Cm {CM} Em {EREST} initVm {EREST}

create pulsegen /input
setfield /input level1 2e-10 width1 0.05 delay1 0.02
addmsg /input /cell/soma INJECT output

setclock 0 1e-5
reset
step 0.1 -time
