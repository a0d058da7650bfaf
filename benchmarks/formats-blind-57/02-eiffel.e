note
	description: "Stray Dog (1949): a film review for Night Desk Cinema"
	author: "Tobias Wren"
	date: "2 February 2024"

-- Author: Tobias Wren, nightdesk.example.net

class
	FILM_REVIEW

create
	make

feature -- Access

	title: STRING = "Stray Dog (1949)"

	reviewer: STRING = "Tobias Wren"

	signoff: STRING = "Reviewed by Tobias Wren for Night Desk Cinema, 2 February 2024."

	paragraphs: ARRAY [STRING]
			-- The body of the review, one entry per paragraph.
		once
			Result := <<
				"Akira Kurosawa's Stray Dog (1949) is a Japanese police thriller %
				%set in a Tokyo summer so hot that every shirt in it is soaked %
				%through. Kurosawa wrote it with Ryuzo Kikushima. A young %
				%detective, Murakami, played by Toshiro Mifune, has his Colt pistol %
				%lifted from his pocket on a crowded bus, and the gun starts %
				%turning up at crime scenes.",
				"Takashi Shimura is Sato, the older detective who teaches him %
				%patience over cold beer at his home, and Keiko Awaji plays Harumi %
				%Namiki, a chorus girl who knows more than she lets on. Isao Kimura %
				%is Yusa, the desperate young veteran at the far end of the trail.",
				"To my eye the film takes its sweaty manhunt through the city from %
				%Jules Dassin's The Naked City (1948), down to the long walks %
				%through crowded markets. Kurosawa said he wanted to write %
				%something in the manner of Georges Simenon, but a novelist is not %
				%a film. The policeman's guilt would come back, in another shape, %
				%in High and Low (1963)."
			>>
		end

feature -- Basic operations

	make
			-- Print the review.
		do
			print (title + "%N%N")
			across paragraphs as p loop
				print (p.item + "%N%N")
			end
			print (signoff + "%N")
		end

end
