# Capsule review for the club zine; imported by the site build.
{
  id = "y0ll3k3kyt";
  film = {
    title = "Shaun of the Dead";
    year = 2004;
  };
  author.name = "Fenella Osei";
  tags = [ "comedy" "horror" ];
  body = ''
    Edgar Wright directed Shaun of the Dead (2004) and wrote it with Simon Pegg, who plays
    Shaun, a London shop worker so stuck in his routine that he misses the end of the
    world for several minutes. Nick Frost is Ed, his flatmate and worst influence; Kate
    Ashfield is Liz, the girlfriend who has had enough; Lucy Davis and Dylan Moran play
    her friends Dianne and David; Bill Nighy is Philip, Shaun's stepfather.

    This British film mixes the comedy of embarrassment with the zombie picture, and it
    borrows its shuffling dead and its siege mentality from George A. Romero's Dawn of the
    Dead (1978). It is funnier on the second watch, when every line in the first act turns
    out to predict the rest. Hot Fuzz came next and is almost as good. The plan to hide in
    the Winchester still makes no sense, which is the joke.
  '';
}
