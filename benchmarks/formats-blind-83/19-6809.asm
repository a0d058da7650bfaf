* 6809 assembly for the old seat-counter board (cinema.example).
* The programme note of the week is kept in these comment lines.
*
* By Ignatius Holloway-Perez
*
* Courage Under Fire (1996)
*
* Edward Zwick directed this war drama from a screenplay by Patrick Sheane Duncan, and it
* borrows the method of Rashomon (1950): a single battle told again and again by the men who
* survived it, each time a little differently. The battle is a night rescue in the Gulf, and
* the question is whether the helicopter pilot who died there deserves the Medal of Honor.
*
* Denzel Washington plays Lieutenant Colonel Nathaniel Serling, a tank commander who fired on
* one of his own tanks in the confusion of a night battle and is now given the job of checking
* the medal citation, partly to keep him busy. Meg Ryan is Captain Karen Walden, the dead
* pilot, seen only in the versions of others, and she is better cast against type than anyone
* had a right to expect. Lou Diamond Phillips is Monfriez, the sergeant whose story changes
* most, and Matt Damon, frighteningly thin, is Ilario, the medic who has been trying to
* forget. Scott Glenn is Tony Gartner, a reporter who wants the truth about Serling's own
* night, and Michael Moriarty is General Hershberg, who wants the medal approved quickly.
*
* Kurosawa left the truth open; this film closes it, and the closing is too tidy. The battle
* scenes are clear and frightening. Zwick and Washington had worked together on Glory, and the
* trust shows. It is not a film about Iraq at all, but about what soldiers owe one another.

        ORG     $4000
START   LDX     #SEATS
        LDA     #120
        STA     ,X
LOOP    DECA
        BNE     LOOP
        SWI
SEATS   RMB     1
        END     START
