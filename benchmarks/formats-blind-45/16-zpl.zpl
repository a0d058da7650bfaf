^XA
^CI28
^PW812
^LL1624
^CF0,34
^FO40,40^FDSTAFF PICK  #429^FS
^FO40,90^GB732,3,3^FS
^FO40,120^A0N,26,26^FB732,10,4,L,0^FD13 Assassins (2010) is Takashi Miike's remake of Eiichi Kudo's 1963 samurai film of the same name, and one of the few Miike films you can show your parents. Daisuke Tengan wrote the screenplay. In the 1840s a cruel lord, Naritsugu, is about to rise higher in the shogunate, and a veteran samurai, Shinzaemon Shimada, gathers twelve men to kill him on the road.^FS
^FO40,440^A0N,26,26^FB732,6,4,L,0^FDKoji Yakusho plays Shinzaemon with weary calm, and Goro Inagaki is frightening as Lord Naritsugu. Takayuki Yamada plays Shinrokuro, the nephew, and Yusuke Iseya is Koyata, the hunter they find in the forest.^FS
^FO40,640^A0N,26,26^FB732,6,4,L,0^FDThe last forty-odd minutes are one long battle in a trapped village. Everyone will mention Seven Samurai (1954); the number and the village are there, but the spirit is not. A Japanese film, with subtitles.^FS
^FO40,840^A0N,24,24^FDPicked by Rafe Nakashima-Hull^FS
^FO40,890^BCN,80,Y,N,N^FD89747331^FS
^XZ
