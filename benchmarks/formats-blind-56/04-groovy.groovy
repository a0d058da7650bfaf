// Author: Hollis Brandt
// Written 9 March 2026 for frenchfilms.example.org

def title = "Le Boucher (1970)"
def reviewer = "Hollis Brandt"
def signoff = "Reviewed by Hollis Brandt for frenchfilms.example.org, 9 March 2026."

def paragraphs = [
    "Claude Chabrol wrote and directed Le Boucher (1970), a French thriller set in a village in the Perigord. He takes his friendly killer inside a quiet town from Shadow of a Doubt (1943), and then lets the whole village fail to notice.",
    "Stephane Audran plays Helene, the headmistress of the village school, and Jean Yanne is Popaul, the butcher back from years in the army who courts her with a leg of lamb. Their walks together are the centre of the film.",
    "Is it a cousin of Vertigo (1958), as one festival brochure claimed? I am not sure it is. La Femme infidele (1969), made the year before, had the same cool eye. Pierre Jansen's score does half the work."
]

println title
println()
paragraphs.each { para ->
    println para
    println()
}
println signoff
