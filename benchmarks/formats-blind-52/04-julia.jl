# Author: Priya Vanterpool
# Written: 2022-08-14
# Run: julia 04-julia.jl

struct Review
    film::String
    year::Int
    reviewer::String
    paragraphs::Vector{String}
    signoff::String
end

const REVIEW = Review(
    "Blue Velvet",
    1986,
    "Priya Vanterpool",
    [
        "David Lynch wrote and directed Blue Velvet (1986), and it is the film in which " *
        "his strangeness found a shape that ordinary audiences could follow. A severed " *
        "ear in a field outside Lumberton sends Jeffrey Beaumont, home from college, into " *
        "the life of a nightclub singer and of the man who torments her.",
        "Kyle MacLachlan plays Jeffrey with a curiosity that never quite turns into " *
        "innocence. Isabella Rossellini is Dorothy Vallens, and she is braver here than " *
        "the film sometimes deserves. Dennis Hopper, as Frank Booth, gives one of the " *
        "most frightening performances of the decade, all gas and baby talk. Laura Dern " *
        "is Sandy Williams, the detective's daughter who dreams of robins, and Dean " *
        "Stockwell has one unforgettable scene as Ben, miming to Roy Orbison's In Dreams.",
        "Lynch takes his small town with a rot under the lawn from Hitchcock's Shadow of " *
        "a Doubt (1943), where the evil also comes to tea. Some call the film a " *
        "forerunner of Twin Peaks, which is true but beside the point; it stands on its " *
        "own.",
    ],
    "Priya Vanterpool",
)

function show_review(r::Review; width::Int = 72)
    println(r.film, " (", r.year, ")")
    for p in r.paragraphs
        println()
        line = ""
        for w in split(p)
            if length(line) + length(w) + 1 > width
                println(line)
                line = String(w)
            else
                line = isempty(line) ? String(w) : line * " " * w
            end
        end
        println(line)
    end
    println()
    println("- ", r.signoff)
end

show_review(REVIEW)
