@ countdown.s: the ticket-desk countdown lamp (cinema.example).
@ The programme note of the week is kept in these comment lines.
@
@ Note by Dagfinn Arbuthnot
@
@ Sisters (1973)
@
@ Brian De Palma directed this grisly, clever thriller and wrote it with Louisa Rose, and it
@ borrows its central situation from Rear Window (1954): a woman at her window sees a murder
@ in the flat across the way, and nobody believes her. De Palma also takes the split screen,
@ the menace of the shower curtain and much of the music's shriek from Hitchcock, and the
@ score is by Bernard Herrmann, who knew the master's rhythms better than anyone.
@
@ Margot Kidder plays Danielle Breton, a French-Canadian model who was once one of a pair of
@ joined twins, and whose sister Dominique may or may not still be alive. Jennifer Salt
@ plays Grace Collier, a reporter for a Staten Island paper who sees the killing and sets
@ out to prove it when the police shrug. Charles Durning is Joseph Larch, the private
@ detective she hires, a cheerful man with a moustache who ends up sitting on a telephone
@ pole, and William Finley plays Emil Breton, Danielle's creepy former husband, a doctor
@ with plans of his own.
@
@ The first half is sharp and nasty and very funny about newspapers and the police. The
@ second half, set in a clinic, becomes a fever dream that some will find too much. Kidder
@ is excellent in a tricky double part, and Salt is a sympathetic, stubborn heroine. It is
@ not Hitchcock, and it does not need to be.

        .syntax unified
        .arch   armv7-a
        .text
        .global countdown
        @ r0 = number of ticks to wait; returns 0
countdown:
        push    {r4, lr}
        mov     r4, r0
1:      subs    r4, r4, #1
        bne     1b
        mov     r0, #0
        pop     {r4, pc}

        .section .rodata
doors_msg:
        .asciz  "doors open"
