# review.R -- prints a film review wrapped to the console width
# Author: Linnea Forsberg <linnea@nordicfilm.example.se>
# Written: 2024-02-02
# Run: Rscript review.R

film <- list(title = "Force Majeure", year = 2014L, reviewer = "Linnea Forsberg")

review <- c(
  paste("Ruben Ostlund wrote and directed Force Majeure (Turist, 2014), a",
        "comedy of embarrassment set at a ski resort in the French Alps.",
        "Johannes Kuhnke plays Tomas, a father on a five-day holiday with",
        "his wife Ebba (Lisa Loven Kongsli) and their two children, Vera",
        "and Harry, played by the siblings Clara Wettergren and Vincent",
        "Wettergren. On the second day a controlled avalanche rolls toward",
        "the terrace where they are having lunch, and Tomas grabs his phone",
        "and his gloves and runs, leaving his family behind. Nobody is",
        "hurt. The rest of the film is the argument about what happened."),
  paste("Kristofer Hivju is Mats, a friend who tries to defend Tomas and",
        "ends up doubting himself, and Fanni Metelius plays Fanny, his much",
        "younger girlfriend, who asks the questions no one else dares to.",
        "Ostlund holds his shots until they hurt, and uses the storm from",
        "Vivaldi's Summer like an alarm bell."),
  paste("Some critics have called it Haneke with snow and mentioned Funny",
        "Games (1997); I cannot see it, there is no cruelty here, only",
        "cowardice. The American remake, Downhill (2020), kept the",
        "avalanche and lost the nerve. The Square came next.")
)

signoff <- "Linnea Forsberg"

cat(sprintf("%s (%d)\n\n", film$title, film$year))
for (p in review) cat(strwrap(p, width = 72), "", sep = "\n")
cat(signoff, "\n", sep = "")
