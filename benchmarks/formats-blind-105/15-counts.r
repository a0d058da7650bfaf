# Ratfor program that totals the ticket counts. Ratfor drops everything after a
# hash before handing the code to Fortran; the notice lives up here.
#
# Night of the Living Dead 3D (2006)
#
# Directed by Jeff Broadstreet from Robert Valding's script, this stereoscopic remake
# of Night of the Living Dead (1968) exists because George A. Romero's original fell
# into the public domain, which means anyone can remake it, and many people have. This
# version keeps the farmhouse, the besieged strangers and the shambling dead, and adds
# marijuana, a funeral home and a good deal of cleavage.
#
# Brianna Brown plays Barb, who flees a cemetery after her brother abandons her and
# takes refuge with a family of pot farmers. Sid Haig is Gerald Tovar Jr., the local
# mortician, a creepy, genial man who has been neglecting to cremate the bodies in his
# care. Haig, relishing every line, is the best reason to watch, and the film knows
# it, giving him a long speech in which he explains himself.
#
# The depth effects are used mostly for hands reaching toward the camera and a few
# flying objects, and the zombies move with the slow gait of extras who have been told
# not to hurry. A scene in which the original plays on a television in the farmhouse
# is a nice joke. But the dialogue is flat and the ending muddled, and only horror
# completists need apply.
#
# Opinion by Casimir Nwachukwu-Hale

integer i, n
n = 0
for (i = 1; i <= 10; i = i + 1) {
    n = n + i
}
write(6, 100) n
100 format(i5)
end
