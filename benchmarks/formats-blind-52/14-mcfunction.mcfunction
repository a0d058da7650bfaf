# Author: Ravi Castellane
# Written: 2024-06-16
# Datapack function filmnotes:review. Run in game with /function filmnotes:review

scoreboard objectives add reviews_read dummy
scoreboard players add @s reviews_read 1
title @s title {"text":"Cache","color":"gold"}
title @s subtitle {"text":"2005","color":"gray"}
tellraw @s {"text": "Michael Haneke wrote and directed Cache (2005), also shown as Hidden. Georges", "color": "white"}
tellraw @s {"text": "Laurent, who presents a book programme on television, starts receiving", "color": "white"}
tellraw @s {"text": "videotapes of his own house, filmed from across the street and left on the", "color": "white"}
tellraw @s {"text": "doorstep with childish drawings.", "color": "white"}
tellraw @s {"text":""}
tellraw @s {"text": "Daniel Auteuil plays Georges, whose calm turns to bullying as he works out who", "color": "white"}
tellraw @s {"text": "might hate him. Juliette Binoche is Anne, his wife, who is angrier about what he", "color": "white"}
tellraw @s {"text": "hides from her than about the tapes. Maurice Benichou is Majid, the Algerian boy", "color": "white"}
tellraw @s {"text": "Georges wronged as a child, now a quiet man in a small flat, and Lester", "color": "white"}
tellraw @s {"text": "Makedonsky plays Pierrot, their son. Annie Girardot has one scene as Georges's", "color": "white"}
tellraw @s {"text": "mother.", "color": "white"}
tellraw @s {"text":""}
tellraw @s {"text": "It takes its anonymous tapes on the doorstep from David Lynch's Lost Highway", "color": "white"}
tellraw @s {"text": "(1997), but Haneke uses them for guilt rather than dread; the history underneath", "color": "white"}
tellraw @s {"text": "is the killing of Algerians in Paris in October 1961. It is less cruel than", "color": "white"}
tellraw @s {"text": "Funny Games. Some see Blow-Up in the last long shot; I do not.", "color": "white"}
tellraw @s {"text":""}
tellraw @s {"text": "Ravi Castellane", "color": "gray", "italic": true}
playsound minecraft:block.note_block.chime master @s
