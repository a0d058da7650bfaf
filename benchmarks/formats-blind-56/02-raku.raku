#!/usr/bin/env raku
# Author: Teodor Vance
# Written 5 March 2026 for noirnotes.example.org

my $title    = "Human Desire (1954)";
my $reviewer = "Teodor Vance";
my $signoff  = "Reviewed by Teodor Vance for noirnotes.example.org, 5 March 2026.";

my @paragraphs =
    "Fritz Lang directed Human Desire (1954) from a screenplay by Alfred Hayes. This American thriller is a remake of La Bete Humaine (1938), the railway picture Jean Renoir made from the Zola novel, with the French engine cab moved to a freight yard in the Midwest.",
    "Glenn Ford plays Jeff Warren, an engineer home from Korea. Gloria Grahame is Vicki Buckley, and Broderick Crawford plays her husband, Carl Buckley, a yard boss who kills on a jealous impulse and makes her part of it. Edgar Buchanan plays Alec Simmons, and Kathleen Case is his daughter, Ellen Simmons.",
    "Ford and Grahame had just been paired in The Big Heat (1953), and that film is sharper. Some hear The Postman Always Rings Twice (1946) in the plot, but I do not. Lang still shoots the trains as if they were the only honest things in the picture.";

say $title;
say '';
for @paragraphs -> $p {
    say $p;
    say '';
}
say $signoff;
