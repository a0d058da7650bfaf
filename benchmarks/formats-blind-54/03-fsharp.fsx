// review.fsx: a film review as an F# script; run with dotnet fsi review.fsx
// Author: Ruairi Dunne
// Date: 2024-02-27

let title = "The Killers (1964)"
let reviewer = "Ruairi Dunne"

let paragraphs = [
    String.concat "" [
        "Don Siegel's The Killers (1964) is an American remake of The "
        "Killers (1946), and it throws out nearly everything except the "
        "opening murder. Gene L. Coon wrote the screenplay, which was "
        "meant for television and ended up in cinemas because it was "
        "judged too violent for the small screen."
    ]
    String.concat "" [
        "Lee Marvin plays Charlie Strom, a hired gunman who shoots a "
        "teacher at a school for the blind and cannot stop wondering why "
        "the man did not run. Clu Gulager is Lee, his chatty partner. "
        "John Cassavetes plays Johnny North, the racing driver they "
        "killed, seen in flashback, and Angie Dickinson is Sheila Farr, "
        "the woman who ruined him. Ronald Reagan, in his last film role, "
        "plays Jack Browning, a crook in a clean suit."
    ]
    String.concat "" [
        "Robert Siodmak's version with Burt Lancaster and Ava Gardner is "
        "the better-known film, and Hemingway's short story sits behind "
        "both, but Siegel has no interest in shadows; he shoots in flat, "
        "bright colour. I would not compare it with Point Blank, which "
        "Marvin made three years later, though people do. The result is "
        "colder than the 1946 film and, in its last minutes, stranger."
    ]
]

let signoff = "Ruairi Dunne"

printfn "%s\n" title
for p in paragraphs do
    printfn "%s\n" p
printfn "%s" signoff
