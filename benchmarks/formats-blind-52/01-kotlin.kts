// Author: Bertil Osgood
// Written: 2024-02-11
// Run with: kotlinc -script 01-kotlin.kts

data class Review(
    val film: String,
    val year: Int,
    val reviewer: String,
    val paragraphs: List<String>,
    val signoff: String,
)

val review = Review(
    film = "The 39 Steps",
    year = 1959,
    reviewer = "Bertil Osgood",
    paragraphs = listOf(
        """
        Ralph Thomas directed this British colour version of The 39 Steps in 1959, and it is
        a remake of Alfred Hitchcock's The 39 Steps (1935) rather than a fresh go at John
        Buchan's novel: most of its set pieces, the handcuffs among them, come from the
        earlier film and not from the book.
        """.trimIndent().replace("\n", " "),
        """
        Kenneth More plays Richard Hannay as a cheerful clubman who treats being chased
        across Scotland as a lark, which makes him pleasant company but drains the danger
        out of every scene. Taina Elg plays the young woman who ends up handcuffed to him
        and spends half the film insisting he is a murderer; she does what she can with a
        part written mostly as an obstacle.
        """.trimIndent().replace("\n", " "),
        """
        The Highland locations are handsome and the colour is bright, and bright is the
        trouble. Hitchcock's picture felt chilly and sly, while this one feels like a coach
        holiday. A third version came in 1978, with Robert Powell, and went back to Buchan's
        period; I would recommend either of the others before this one.
        """.trimIndent().replace("\n", " "),
    ),
    signoff = "Bertil Osgood, for the Tuesday film circle",
)

fun main() {
    println(review.film + " (" + review.year + ")")
    println()
    for (p in review.paragraphs) {
        println(p)
        println()
    }
    println("-- " + review.signoff)
}

main()
