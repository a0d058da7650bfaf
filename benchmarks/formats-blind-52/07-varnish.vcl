# Author: Delphine Achebe-Ward
# Written: 2022-12-18
# Serves one film review from the edge; everything else goes to the backend.

vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8080";
}

sub vcl_recv {
    if (req.url == "/review") {
        return (synth(200, "Review"));
    }
}

sub vcl_backend_response {
    set beresp.ttl = 1869s;
}

sub vcl_synth {
    if (resp.status == 200) {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.http.X-Film = "The Preacher's Wife (1996)";
        set resp.http.X-Reviewer = "Delphine Achebe-Ward";
        synthetic({"The Preacher's Wife (1996)

Penny Marshall directed The Preacher's Wife (1996), an American remake of Henry
Koster's The Bishop's Wife (1947), with the bishop turned into a minister in a poor
city parish and the angel given a good deal more to sing about. Nat Mauldin and
Allan Scott wrote the screenplay.

Denzel Washington plays Dudley, the angel who comes down to help the Reverend Henry
Biggs and takes rather a shine to Henry's wife, Julia. Courtney B. Vance is Henry,
worn thin by the church's debts and a shrinking congregation, and Whitney Houston is
Julia, who leads the choir and gets the film's best moments whenever she sings.
Gregory Hines plays Joe Hamilton, the developer who wants the church's land.

Cary Grant, Loretta Young and David Niven were the three in the older film, and it
had a lighter touch. Some will think of It's a Wonderful Life (1946) as well; I
would not, because nobody here wishes he had never been born.

Delphine Achebe-Ward
"});
        return (deliver);
    }
}
