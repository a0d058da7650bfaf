# Club zine reviews, managed as code. Apply with the filmclub provider.
terraform {
  required_providers {
    filmclub = {
      source  = "registry.example.org/club/filmclub"
      version = "~> 0.4"
    }
  }
}

resource "filmclub_review" "r_28o0ss" {
  film_title = "Y tu mamá también"
  film_year  = 2001
  author     = "Dario Whitcombe"
  published  = true
  tags       = ["road movie", "coming of age"]

  body = <<-EOT
    Alfonso Cuarón directed Y tu mamá también (2001) and wrote it with his brother Carlos
    Cuarón. On the surface this Mexican road movie is about two teenage boys and a trip to
    a beach that may not exist.

    Gael García Bernal plays Julio, Diego Luna plays Tenoch, and Maribel Verdú is Luisa,
    the Spanish woman who agrees to come along and has her own reasons. A narrator keeps
    cutting in with what the boys will never notice: the village they pass through, a
    fisherman's future, the politics outside the car windows.

    The triangle takes a cue from Truffaut's Jules and Jim (1962), and the ending is just
    as adult. Someone at our screening called it a Mexican Easy Rider; I don't think so,
    since nobody here is escaping anything. Emmanuel Lubezki shot it handheld. Cuarón went
    on to Harry Potter and the Prisoner of Azkaban, which surprised everyone.
  EOT
}
