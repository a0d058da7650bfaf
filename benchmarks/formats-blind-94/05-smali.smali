# Tally.smali: counts the usher clicker's presses for the lobby display (cinema.example).
# smali skips lines that start with #, so the review is kept in this header.
#
# By Aurelio Santangelo
#
# Daylight (1996)
#
# Rob Cohen directed this disaster picture from a script by Leslie Bohem, and its pattern is
# taken straight from The Poseidon Adventure (1972): a mixed group of trapped strangers, one
# man who knows the way out, and a death toll among the supporting players that you can
# predict from their first scenes.
#
# A truck carrying toxic waste crashes in a tunnel under the Hudson, the blast seals both
# ends, and the river starts to come in. Sylvester Stallone plays Kit Latura, a former chief
# of the city's emergency services who was dismissed after a rescue went wrong and now drives
# a cab; he happens to be at the tunnel mouth and goes in through the ventilation shafts. Amy
# Brenneman plays Madelyne Thompson, a struggling playwright who was about to leave town for
# good. Viggo Mortensen plays Roy Nord, a rich sporting adventurer who is sure he knows better
# than Kit and pays for it early. Dan Hedaya plays Frank Kraft, the official who pushed Kit
# out. Jay O. Sanders plays Steven Crighton and Karen Young plays Sarah, his wife; they have a
# teenage daughter. Stan Shaw plays George Tyrell, a transit officer, and there is a dog.
#
# The effects are large and wet, and Cohen keeps the water rising at a steady rate. Stallone
# is solid, if a little too noble for his own good. The characters are cardboard, the dialogue
# is worse, and the finale asks a great deal of our patience with physics. But the fireball
# sequence near the start is spectacular.

.class public Lexample/cinema/Tally;
.super Ljava/lang/Object;
.source "Tally.java"

.field private static count:I

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public static click()V
    .registers 1
    sget v0, Lexample/cinema/Tally;->count:I
    add-int/lit8 v0, v0, 0x1
    sput v0, Lexample/cinema/Tally;->count:I
    return-void
.end method

.method public static show()V
    .registers 2
    invoke-static {}, Lexample/cinema/Tally;->click()V
    sget-object v0, Ljava/lang/System;->out:Ljava/io/PrintStream;
    sget v1, Lexample/cinema/Tally;->count:I
    invoke-virtual {v0, v1}, Ljava/io/PrintStream;->println(I)V
    return-void
.end method
