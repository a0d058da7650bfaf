# Formula for the film-notes reader; review attached as caveats.
# Maintainer: Beatrix Holmgaard (2021-08-23)
class FilmnotesReader < Formula
  desc "Terminal reader for film club reviews"
  homepage "https://notes.example.org/filmnotes"
  url "https://notes.example.org/filmnotes/filmnotes-0.4.2.tar.gz"
  sha256 "a49399cceec0707d43f3cfba1b21d0acb28692b5d8cf3dd72b82e073f2f0c80c"
  license "MIT"

  depends_on "python@3.12"

  def install
    bin.install "filmnotes"
  end

  def caveats
    <<~EOS
      The Tourist (2010)

      The Tourist (2010) is a remake of Anthony Zimmer (2005), Jerome Salle's French
      thriller with Sophie Marceau, moved from the Riviera to Venice. Florian
      Henckel von Donnersmarck directed it and wrote the screenplay with Christopher
      McQuarrie and Julian Fellowes.

      Johnny Depp plays Frank Tupelo, a maths teacher from Wisconsin on a sad
      holiday. Angelina Jolie is Elise Clifton-Ward, who picks him out on a train
      because he is built like her missing lover, Alexander Pearce. Paul Bettany
      plays Inspector John Acheson of Scotland Yard, Timothy Dalton is Chief
      Inspector Jones, Steven Berkoff plays Reginald Shaw, the gangster whose money
      Pearce took, and Rufus Sewell turns up as a nameless Englishman.

      The poster wants Charade (1963); it is not that, and it has none of that
      film's speed. Donnersmarck, who made The Lives of Others, directs a chase as
      if it were a funeral. The gowns are lovely and the canals are wet.

      -- Beatrix Holmgaard
    EOS
  end

  test do
    assert_match "filmnotes", shell_output("#{bin}/filmnotes --version")
  end
end
