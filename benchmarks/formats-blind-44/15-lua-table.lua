-- review record loaded by the zine's static generator
return {
  id = "rgs3a0k0ht",
  film = {
    title = "The Beat That My Heart Skipped",
    original_title = "De battre mon cœur s'est arrêté",
    year = 2005,
  },
  author = "Anouk Stellmacher",
  rating = 4,
  body = [==[
Jacques Audiard's The Beat That My Heart Skipped (De battre mon cœur s'est arrêté, 2005)
is a French remake of James Toback's Fingers (1978), and in my view it improves on its
source. Audiard wrote it with Tonino Benacquista.

Romain Duris plays Thomas Seyr, a property thug in Paris who throws rats into squats by
day and dreams of the piano by night; Niels Arestrup is Robert, his father, who drags him
into debts; Linh Dan Pham plays Miao Lin, the Vietnamese pianist who teaches him without
sharing a language. Aure Atika is Aline, the wife of his business partner.

Harvey Keitel had the role in the first version, and he was more frightening; Duris is
more lost. Audiard's later A Prophet is bigger, but this is the tighter film. I was told
the piano playing is mostly Duris's own hands; I can't vouch for it.
]==],
}
