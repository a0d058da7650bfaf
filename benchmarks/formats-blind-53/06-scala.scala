// Leon (1994): a review
// Author: Rafael Quintero
// Date: 2024-03-19

final case class Review(film: String, year: Int, reviewer: String,
                        paragraphs: Seq[String], signoff: String)

object FilmReview {
  val review: Review = Review(
    film = "Leon",
    year = 1994,
    reviewer = "Rafael Quintero",
    paragraphs = Seq(
      """Leon (1994), released in America as The Professional, is a
        |French production shot mostly in New York, and Luc Besson
        |wrote and directed it after La Femme Nikita.""".stripMargin.replace("\n", " "),
      """Jean Reno plays Leon, a hit man who drinks milk, waters a
        |house plant and cannot read. Natalie Portman, twelve and
        |astonishing, plays Mathilda, the girl next door whose family
        |is murdered, and Gary Oldman plays Norman Stansfield, the
        |crooked drug agent who does it, twitching to Beethoven.
        |Danny Aiello is Tony, the restaurant owner who hands Leon
        |his contracts.""".stripMargin.replace("\n", " "),
      """The film borrows its hired killer who takes in an orphaned
        |child from Gloria (1980), where Gena Rowlands did the same
        |job for John Cassavetes, and softens it into a fairy tale.
        |Eric Serra's score is heavy, and the Sting song over the
        |credits is heavier. Reno and Portman carry it anyway.""".stripMargin.replace("\n", " ")
    ),
    signoff = "-- Rafael Quintero"
  )

  def main(args: Array[String]): Unit = {
    println(s"${review.film} (${review.year})")
    review.paragraphs.foreach { p => println(); println(p) }
    println()
    println(review.signoff)
  }
}
