|| Miranda script for the ticket queue. Miranda skips whatever follows two bars,
|| so the review is kept in remarks.
||
|| Our critic, Benedikt Oyelowo-Strand, writes:
||
|| Kaante (2002)
||
|| Sanjay Gupta's heist picture was the first Indian production shot entirely in
|| Los Angeles, and it wears its source on its sleeve: six strangers meet in a
|| police line-up, plan a bank robbery and turn on one another, in a story taken
|| scene by scene from Reservoir Dogs (1992). The slow-motion walk in black suits
|| is there too, set to a pounding title song.
||
|| Amitabh Bachchan plays the Major, the oldest and coolest of the six, who has a
|| private reason for the job. Sanjay Dutt is Ajju, a hothead who keeps reaching
|| for his gun, and Sunil Shetty, Mahesh Manjrekar, Lucky Ali and Kumar Gaurav make
|| up the rest of the crew. Kumar Gaurav gets the thankless part of the man
|| everyone suspects.
||
|| Gupta adds a good deal the original never had: back stories, a love interest, a
|| dance number in a strip club and a long, bloody coda. Some of it works.
|| Bachchan's baritone gives the film gravity, and the final shoot-out is staged
|| with real style. But the plot, with its switched loyalties and secret policeman,
|| holds few surprises for anyone who has seen where it came from.

queue = [3, 1, 4, 1, 5]

total = sum queue
