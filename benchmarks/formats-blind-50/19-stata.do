* walkers.do -- how far the walkers got, frame by frame
* Author: Philippa Drozdov
* Date:   2019-03-28
* The review itself is attached to the data set as notes.

version 16
clear all
set more off

input int scene float metres str12 place
1 46.7 "school"
2 15.2 "beach"
3 36.8 "pool"
4 18.3 "house"
5 50.2 "street"
6 40.8 "lake"
end

label data "It Follows (2014)"
label variable metres "distance between walker and Jay"

* paragraph 1
notes _dta: David Robert Mitchell wrote and directed It Follows (2014), and its slow panning camera, its empty suburban streets and its pulsing synth score are borrowed from John Carpenter's Halloween (1978).
* paragraph 2
notes _dta: Maika Monroe plays Jay Height, a student who sleeps with her new boyfriend and wakes up tied to a chair, told that something will now walk towards her until it catches her.
notes _dta: Jake Weary plays Hugh, who passed it on and whose real name is Jeff.
notes _dta: Keir Gilchrist is Paul, the friend who has loved her since childhood;
notes _dta: Lili Sepe plays her sister Kelly;
notes _dta: Olivia Luccardi is Yara, who reads The Idiot on a shell-shaped e-reader; and Daniel Zovatto plays Greg, the boy across the street.
* paragraph 3
notes _dta: The thing can look like anyone and never runs, and Mitchell keeps putting walkers in the background until every extra is a threat.
notes _dta: Disasterpeace's music is half of the dread.
notes _dta: A friend called it a slow Night of the Living Dead (1968);
notes _dta: I do not see it.
notes _dta: The Myth of the American Sleepover, his first film, was gentler.
notes _dta: -- Philippa Drozdov

notes list _dta
summarize metres
list scene metres place, noobs
