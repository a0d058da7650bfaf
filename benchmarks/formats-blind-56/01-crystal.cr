# Author: Margit Olsson
# Written 2 March 2026 for westerns.example.org

TITLE    = "Colorado Territory (1949)"
REVIEWER = "Margit Olsson"
SIGNOFF  = "Reviewed by Margit Olsson for westerns.example.org, 2 March 2026."

PARAGRAPHS = [
  "Raoul Walsh directed Colorado Territory (1949), and John Twist and Edmund H. North wrote the screenplay. It is a remake of High Sierra (1941), which Walsh had made eight years before with Humphrey Bogart and Ida Lupino, moved from the mountains of California to the western desert. W. R. Burnett's novel lies behind both.",
  "Joel McCrea plays Wes McQueen, an outlaw broken out of prison for one last train job. Virginia Mayo is Colorado Carson, the dance-hall girl who rides with him, and Dorothy Malone plays Julie Ann Winslow, the farmer's daughter he mistakes for a way out. Henry Hull plays her father, Fred Winslow.",
  "People call it a forerunner of The Wild Bunch (1969). I would not go that far, since the later film owes more to other things. What it has is an ending among the cliff dwellings as hard as anything Walsh shot, and Mayo has never been better.",
]

puts TITLE
puts
PARAGRAPHS.each do |para|
  puts para
  puts
end
puts SIGNOFF
