: NMODL mechanism for the desk's passive-leak test. The TITLE line carries the
: review's headline, and the review sits in the COMMENT block, which nocmodl skips.
TITLE Parlor, Bedroom and Bath (1931)

COMMENT
Reviewed for the archive by Marguerite Olsztyn-Hale

Buster Keaton's second talkie for MGM is a remake of Parlor, Bedroom and Bath
(1920), a silent version of the same creaky stage farce, and it was shipped to
Britain as Romeo in Pyjamas. Edward Sedgwick directed, which in practice meant
pointing the camera at a country house full of slamming doors and letting the
dialogue do the rest.

Keaton plays Reginald Irving, a shy sign-poster who is mistaken for a great
lover and coached in the art of seduction so that a fussy young woman will
agree to marry. Charlotte Greenwood is Polly Hathaway, a long-legged guest who
takes over every scene she enters, and Reginald Denny plays the scheming
friend who needs the hoax to work.

The studio clearly wanted Keaton to talk, and he talks, in a flat, puzzled
voice that suits the character better than it suits him. The best moments are
wordless: a tumble down a staircase, a hopeless wrestle with a folding bed,
and a car chase that ends in a lake. The playwrights' jokes have dated badly.
Keaton has not.
ENDCOMMENT

NEURON {
    SUFFIX leak
    NONSPECIFIC_CURRENT i
    RANGE g, e
}

UNITS {
    (mA) = (milliamp)
    (mV) = (millivolt)
}

PARAMETER {
    g = 0.001 (S/cm2)
    e = -65 (mV)
}

ASSIGNED {
    v (mV)
    i (mA/cm2)
}

BREAKPOINT {
    i = g*(v - e)
}
