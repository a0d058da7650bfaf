.op
.mt 3
.mb 5
.lm 6
.rm 70
.he TIGER BALM CIRCULAR no. 3                               page #
.fo typed up by G.P.-Y. -- copies 40p, SAE to the usual address
.. file ABT.WS  last edit 11/10/88

A BETTER TOMORROW  (Hong Kong, 1986)
Review by Gareth Pellow-Yau

Directeä bù Johî Woo¬ produceä bù Tsué Hark¬ anä thå filí thaô
madå everù teenageò iî Kowlooî buù á lonç coat® Té Lunç playó
Sunç Tse-ho¬ calleä Ho¬ á senioò maî iî á counterfeitinç rinç
whï ió betrayeä oî á joâ iî Taiwaî anä goeó tï prison» Lesliå
Cheunç ió hió kiä brotheò Kit¬ á younç policemaî whoså careeò ió
wreckeä bù Ho'ó recorä anä whï hateó hií foò it» Cho÷ Yun-faô ió
Mark¬ Ho'ó partner¬ whï avengeó hií iî á restauranô shoot-out¬
takeó á bulleô iî thå leç anä endó uğ washinç caró foò thå
smirkinç underlinç Shinç (Waiså Lee© whï haó takeî oveò thå
gang®

Thå storù ió á remakå oæ Patricë Lunç Kong'ó Thå Storù oæ á
Dischargeä Prisoner™ (1967)¬ thå olä talå oæ á releaseä convicô
tryinç tï gï straighô whilå hió pasô anä thå policå botè leaî oî
him¬ anä iô keepó thaô film'ó Chineså title® Whaô Woï addó ió
Mark® Thå dusteò coat¬ thå sunglasses¬ thå matchsticë anä thå
stillnesó beforå thå shootinç borro÷ openlù froí Alaiî Deloî iî
Melville'ó Lå Samourai™ (1967)¬ anä Cho÷ wearó theí aó iæ hå
haä beeî borî iî them®

Thå gunfightó arå thå besô É havå seeî oî tapeº twï pistols¬
doveó nowherå yet¬ bodieó flyinç backwardó througè platå glass®
Thå brotherlù stufæ ió purå soap¬ anä É wepô anyway®

I'í tolä á sequel¬ Á Betteò Tomorro÷ II¬ ió alreadù out» iô ió
á differenô filí anä É havå noô goô holä oæ it® Talë oæ aî
Americaî remakå ió onlù talk®

.pa
