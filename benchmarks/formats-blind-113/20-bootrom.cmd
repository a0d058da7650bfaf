# The Legend of Maula Jatt (2021)
#
# Made in Pakistan, written and directed by Bilal Lashari, this is a
# remake of Maula Jatt (1979), the Punjabi feud film that made Sultan
# Rahi and Mustafa Qureshi the biggest names in Lollywood. The new
# film keeps the two enemies and the axe and spends a fortune on
# everything else.
#
# Fawad Khan plays Maula Jatt, quiet and enormous, who wants only to
# be left alone, and Hamza Ali Abbasi plays Noori Natt, the killer
# who wants to fight him, and steals every scene he is in. Mahira
# Khan plays Mukkho, who loves Maula, and Gohar Rasheed plays Maakha,
# Noori's brother.
#
# The fights are long and brutal, the colours are muddy by design,
# and the Punjabi dialogue is delivered like thunder. It drags in the
# middle, but the final duel is worth the wait. Three and a half
# stars.
#
#     Review by Yasmin Delacroix-Haider
ld < vxWorks.st
taskSpawn "tShell", 1, 0, 20000, shell
