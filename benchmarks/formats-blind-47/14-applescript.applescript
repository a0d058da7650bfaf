-- Film club card, run from Script Editor
-- Card by Rui Castleton
property reviewer : "Rui Castleton"
property filmTitle : "City of God"
property filmYear : 2002

set para1 to "City of God (2002), Cidade de Deus in Portuguese, was directed by " & ¬
	"Fernando Meirelles with Katia Lund and written by Braulio Mantovani " & ¬
	"from Paulo Lins's novel about the Rio housing project where Lins grew " & ¬
	"up."
set para2 to "Alexandre Rodrigues plays Rocket, a boy who wants to be a photographer " & ¬
	"and who narrates the story, and Leandro Firmino is Li'l Ze, who kills " & ¬
	"his way to the top of the drug trade. Phellipe Haagensen plays Benny, " & ¬
	"Ze's partner, the one with a conscience, and Seu Jorge is Knockout " & ¬
	"Ned, a bus conductor dragged into the war."
set para3 to "The freeze frames, the voice-over and the hopping between decades are " & ¬
	"borrowed from Martin Scorsese's Goodfellas (1990), and this Brazilian " & ¬
	"film makes them its own. City of Men (2007) came later."

set reviewText to para1 & return & return & para2 & return & return & para3 & return & return & "Card by Rui Castleton"
display dialog reviewText with title (filmTitle & " (" & filmYear & ")") buttons {"Close"} default button 1
