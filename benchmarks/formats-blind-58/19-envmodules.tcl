#%Module1.0
##
## outsider-screen/review 1.2.9
## Outsider Screen Journal: a review that loads like a software module.
## Author: Yannick Oduya
## Filed 19 February 2025. Read it with: module help outsider-screen/review
##

proc ModulesHelp { } {
    puts stderr "Un prophete (2009)"
    puts stderr ""
    puts stderr "Malik El Djebena enters a French prison at nineteen, unable to"
    puts stderr "read, without friends and belonging to no gang, and six years"
    puts stderr "later he walks out running one. Tahar Rahim plays him in a"
    puts stderr "performance that begins almost blank and fills in scene by"
    puts stderr "scene. Niels Arestrup is Cesar Luciani, the ageing Corsican boss"
    puts stderr "who makes Malik kill a witness as the price of protection and"
    puts stderr "then treats him as a servant, never noticing that the servant is"
    puts stderr "learning Corsican, and everything else."
    puts stderr ""
    puts stderr "Jacques Audiard directed this French crime drama and wrote it"
    puts stderr "with Thomas Bidegain, and it takes its quiet outsider rising to"
    puts stderr "the head of the table, with all its patient shifts of power,"
    puts stderr "from The Godfather (1972). People mention Scarface (1983) as"
    puts stderr "well, though Malik has none of Tony Montana's appetite. Adel"
    puts stderr "Bencherif is Ryad, the friend who teaches Malik to read, Reda"
    puts stderr "Kateb plays Jordi, a small-time dealer, and Hichem Yacoubi is"
    puts stderr "Reyeb, the man Malik kills, whose ghost keeps him company in his"
    puts stderr "cell."
    puts stderr ""
    puts stderr "A Prophet won the Grand Prix at Cannes. The deer caught in the"
    puts stderr "headlights on a country road is the best scene of its kind in"
    puts stderr "years, and I will say no more about it."
    puts stderr ""
    puts stderr "Reviewed by Yannick Oduya for Outsider Screen Journal, 19"
    puts stderr "February 2025."
}

module-whatis "Un prophete (2009), reviewed by Yannick Oduya"

conflict outsider-screen
set version 1.2.9
set root /opt/outsider-screen/review/$version

setenv OUTSIDER_REVIEWER "Yannick Oduya"
setenv OUTSIDER_REVIEW $root/share/review.txt
prepend-path PATH $root/bin
prepend-path MANPATH $root/share/man

if { [module-info mode load] } {
    puts stderr "Review $version loaded. Type module help to read it."
}
