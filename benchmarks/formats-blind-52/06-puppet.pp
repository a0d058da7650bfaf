# Author: Rustam Ghaffari
# Written: 2024-01-07
# Apply: puppet apply 06-puppet.pp

class film_notes (
  String  $film     = 'Dil Hai Ki Manta Nahin',
  Integer $year     = 1991,
  String  $reviewer = 'Rustam Ghaffari',
  String  $base     = '/srv/film-notes',
) {
  file { $base:
    ensure => directory,
    mode   => '0755',
  }

  file { "${base}/review.txt":
    ensure  => file,
    mode    => '0644',
    require => File[$base],
    content => @(REVIEW),
    Dil Hai Ki Manta Nahin (1991)

    Mahesh Bhatt directed Dil Hai Ki Manta Nahin (1991), an Indian remake of Frank
    Capra's It Happened One Night (1934), and it keeps the bones of the older film: a
    rich girl runs away from her father to marry a film star, and a reporter who has
    just lost his job helps her across the country in exchange for the story.

    Aamir Khan plays Raghu Jetley, the reporter, loose and cheeky in the way Khan was
    before he became careful. Pooja Bhatt is Pooja Dharamchand, the runaway, a little
    stiff in the early scenes and much better once the pair are stranded. Anupam Kher
    has great fun as her father, Seth Dharamchand, who stops raging and starts plotting.

    There was already a Hindi version of the Capra story, Chori Chori (1956), with Raj
    Kapoor and Nargis, and it is the better film; this one is longer, louder and happier
    with its songs, which Nadeem-Shravan wrote. Still, several of Clark Gable's and
    Claudette Colbert's jokes survive the journey intact.

    Rustam Ghaffari
    | REVIEW
  }

  notify { 'review-written':
    message => "Review of ${film} (${year}) by ${reviewer} written to ${base}",
  }
}

include film_notes
