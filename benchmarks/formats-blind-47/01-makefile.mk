# Makefile for the Thursday film-club handout
# usage: make | make handout | make clean

REVIEWER := Ottilie Brannagh
FILM     := M
YEAR     := 1931
WIDTH    ?= 72
OUTFILE  := handout.txt

define REVIEW
Fritz Lang's German thriller M (1931) was his first sound picture, and he
handles sound like a new weapon. A city is hunting a child killer, and the
police and the criminal underworld each want him caught before the other can
manage it. Lang wrote the script with Thea von Harbou, and the two of them cut
between the rival manhunts until the cops and the crooks look like reflections
of each other.

Peter Lorre plays Hans Beckert, the murderer, who whistles a tune by Grieg
whenever the urge comes over him. Otto Wernicke is Inspector Karl Lohmann,
heavy, patient and fond of his cigars, and Gustaf Grundgens plays Schranker,
the gang boss who presides over the kangaroo court in the final reel.

It is often called the first serial-killer picture; I cannot vouch for that,
though nothing older that I have seen is this cold. Joseph Losey's 1951 remake
moved the story to Los Angeles and is worth one look, but it is not the place
to start. Lohmann turned up again in The Testament of Dr. Mabuse (1933).
endef
export REVIEW

.PHONY: all review handout clean

all: review

review:
	@echo "$$REVIEW" | fold -s -w $(WIDTH)
	@echo
	@echo "-- $(REVIEWER)"

handout: review
	@$(MAKE) --no-print-directory review > $(OUTFILE)
	@echo "wrote $(OUTFILE)"

clean:
	rm -f $(OUTFILE)
