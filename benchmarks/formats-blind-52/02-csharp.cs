// Author: Ines Carbajal
// Written: 2023-10-29
// Build: dotnet run (console project, C# 10)

using System;
using System.Collections.Generic;

namespace FilmNotes
{
    public record Review(string Film, int Year, string Reviewer, List<string> Paragraphs, string Signoff);

    public static class Program
    {
        private static readonly Review Entry = new(
            Film: "Sisters",
            Year: 1972,
            Reviewer: "Ines Carbajal",
            Paragraphs: new List<string>
            {
                "Sisters (1972), which Brian De Palma directed, is the first of his films in "
                + "which the Hitchcock habit takes over completely. He wrote the screenplay with "
                + "Louisa Rose, and this small American thriller borrows its main device from "
                + "Rear Window (1954): a reporter on Staten Island, Grace Collier, sees a killing "
                + "through the window of the flat across the way, and nobody with a badge will "
                + "take her seriously.",
                "Jennifer Salt plays Grace as pushy and funny, and Margot Kidder is Danielle "
                + "Breton, a French-Canadian model whose separated twin may or may not exist. "
                + "Lisle Wilson is Phillip Woode, the man Danielle meets on a television game "
                + "show and takes home. William Finley is Emil Breton, the former husband, a "
                + "doctor who hovers around her as if he had already made the diagnosis, and "
                + "Charles Durning turns up as Joseph Larch, a private detective who ends the "
                + "film up a telephone pole.",
                "The split screen during the murder is the best thing here: two views of the "
                + "same minutes running side by side. Some viewers also find Polanski's Repulsion "
                + "in Danielle's flat and her bad dreams; I cannot see much of it. Bernard "
                + "Herrmann's score does half the work.",
            },
            Signoff: "Ines Carbajal");

        public static void Main()
        {
            Console.WriteLine($"{Entry.Film} ({Entry.Year})");
            foreach (var p in Entry.Paragraphs)
            {
                Console.WriteLine();
                Console.WriteLine(p);
            }
            Console.WriteLine();
            Console.WriteLine("- " + Entry.Signoff);
        }
    }
}
