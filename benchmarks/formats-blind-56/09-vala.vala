// Author: Samir Haddad
// Written 20 March 2026 for thrillerdesk.example.org

const string TITLE = "Frantic (1988)";
const string REVIEWER = "Samir Haddad";
const string SIGNOFF = "Reviewed by Samir Haddad for thrillerdesk.example.org, 20 March 2026.";

int main (string[] args) {
    string[] paragraphs = {
        "Roman Polanski directed Frantic (1988) and wrote the screenplay with Gerard Brach. He borrows his American doctor whose family is snatched in a foreign city from The Man Who Knew Too Much (1956), trading Marrakesh for Paris, and keeps the pleasure of an ordinary man who cannot speak the language.",
        "Harrison Ford plays Dr. Richard Walker, in Paris for a medical congress, whose wife vanishes from their hotel. Betty Buckley plays the wife, Sondra Walker. Emmanuelle Seigner is Michelle, the young courier who took the wrong suitcase, and John Mahoney has a small part as Williams, from the embassy.",
        "Some see The Lady Vanishes (1938) here too, and maybe they are right. Polanski had done better with Chinatown (1974), but Ford slipping along a Paris rooftop is worth the ticket, and the Ennio Morricone score is good company."
    };
    print ("%s\n\n", TITLE);
    foreach (string p in paragraphs) {
        print ("%s\n\n", p);
    }
    print ("%s\n", SIGNOFF);
    return 0;
}
