-- review.vhd: a testbench that reports a film review at time zero.
-- Author: Ines Carvalho
-- Date: 2024-09-19
library ieee;
use ieee.std_logic_1164.all;

entity review_tb is
end entity review_tb;

architecture sim of review_tb is
  constant TITLE    : string := "Raw (2016)";
  constant REVIEWER : string := "Ines Carvalho";
begin
  show : process
  begin
    report TITLE severity note;
    report "Julia Ducournau wrote and directed Raw, released in 2016 and "
         & "known in French as Grave. Justine, a shy vegetarian, starts "
         & "at the veterinary school where her older sister already "
         & "studies, and after a hazing ritual forces her to eat a raw "
         & "rabbit kidney she develops a hunger she cannot control." severity note;
    report "Garance Marillier plays Justine, and the film rests on her. "
         & "Ella Rumpf plays Alexia, the sister, who knows more than she "
         & "says, and Rabah Nait Oufella is Adrien, Justine's gay "
         & "roommate. Laurent Lucas plays their father, a mild man with "
         & "a secret." severity note;
    report "Ducournau borrows her shy girl whose body turns against her "
         & "classmates from Brian De Palma's Carrie (1976), though the "
         & "blood here is her own as often as anyone else's. Stories of "
         & "viewers fainting at festival screenings did the marketing. "
         & "Her next film, Titane, won the Palme d'Or." severity note;
    report "Ines Carvalho, Midnight Section." severity note;
    wait;
  end process show;
end architecture sim;
