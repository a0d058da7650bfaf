--  Mutiny on the Bounty (1962): a review
--  Author: Tomasz Wierzba
--  Date: 2024-03-05
with Ada.Text_IO; use Ada.Text_IO;

procedure Film_Review is
   Film     : constant String := "Mutiny on the Bounty";
   Year     : constant String := "1962";
   Reviewer : constant String := "Tomasz Wierzba";
begin
   Put_Line (Film & " (" & Year & ")");
   New_Line;
   Put_Line ("Mutiny on the Bounty (1962) is an American remake of the " &
             "1935 Mutiny on the Bounty, the one Frank Lloyd made with " &
             "Clark Gable and Charles Laughton. Lewis Milestone directed " &
             "this version from a screenplay by Charles Lederer, and it " &
             "is enormous: a full-size ship, a real Tahiti and a running " &
             "time that asks for a picnic.");
   New_Line;
   Put_Line ("Marlon Brando plays Fletcher Christian as a bored dandy " &
             "who finds a conscience late, and Trevor Howard plays " &
             "Captain William Bligh as a man who thinks cruelty is " &
             "thrift. Richard Harris is John Mills, the sailor who hates " &
             "everyone, Hugh Griffith is Alexander Smith, and Tarita " &
             "plays Maimiti, the islander Christian loves.");
   New_Line;
   Put_Line ("The novel by Charles Nordhoff and James Norman Hall is " &
             "better served by the 1935 film, and The Bounty of 1984, " &
             "with Mel Gibson and Anthony Hopkins, later told it more " &
             "coolly. But the last half hour on Pitcairn has a strange, " &
             "burning sadness that neither has.");
   New_Line;
   Put_Line ("-- " & Reviewer);
end Film_Review;
