defmodule FilmClub.Reviews.Tuesday do
  @moduledoc """
  Review for the Tuesday masala club, kept as a module attribute so the
  club bot can print it with `FilmClub.Reviews.Tuesday.print/0`.
  """

  @reviewer "Vikram Desrosiers"
  @film %{title: "Agneepath", year: 2012}

  @review """
  Agneepath (2012) is Karan Malhotra's remake of Mukul S. Anand's Agneepath
  (1990), the gangster film in which Amitabh Bachchan spoke in a gravel
  voice and audiences stayed away. Malhotra directed and co-wrote this
  Indian version and Karan Johar produced it, and both films take their
  title from the poem by Harivansh Rai Bachchan, Amitabh's father, which is
  recited in the film.

  Hrithik Roshan plays Vijay Deenanath Chauhan, who as a boy watched the
  drug lord Kancha Cheena have his schoolteacher father hanged from a banyan
  tree on the island of Mandwa, and who has spent his youth in Mumbai
  becoming a killer in order to go back. Sanjay Dutt, bald and tattooed,
  plays Kancha as a philosopher of cruelty. Rishi Kapoor, in the surprise of
  the year, plays Rauf Lala, a grinning trafficker who adopts Vijay as his
  weapon; Priyanka Chopra is Kaali Gawde, the beautician who loves Vijay;
  and Om Puri is Gaitonde, the policeman who understands him.

  It is long, loud and overwrought, and the climax on Mandwa is pure opera.
  Some call it a Hindi Scarface; I do not, since the only thing it shares
  with De Palma's film is a hero who wants revenge and gets it badly. Roshan
  is intense and humourless, and the villains steal it.

  Vikram Desrosiers
  """

  @doc "The reviewer, as printed in the byline."
  def reviewer, do: @reviewer

  @doc "Title and year of the reviewed film."
  def film, do: @film

  @doc "Prints the review, one paragraph at a time."
  def print do
    @review
    |> String.split("\n\n", trim: true)
    |> Enum.each(&IO.puts/1)
  end
end
