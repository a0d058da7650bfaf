//! review.rs -- prints a film review kept in a raw string
//! Author: Min-ji Seo <minji@screen.example.kr>
//! Written: 2024-01-08
//! Build: rustc review.rs && ./review

#[allow(dead_code)]
struct Review {
    film: &'static str,
    year: u16,
    reviewer: &'static str,
    body: &'static str,
}

const REVIEW: Review = Review {
    film: "The Man from Nowhere",
    year: 2010,
    reviewer: "Min-ji Seo",
    body: r#"
The Man from Nowhere (Ajeossi, 2010) was written and directed by Lee
Jeong-beom, and it was the biggest South Korean hit of its year. Won Bin
plays Cha Tae-sik, a quiet pawnbroker with a shuttered past, whose only
friend is the girl next door, So-mi (Kim Sae-ron), a neglected child who
drops by to steal his time. When So-mi and her mother are taken by a
gang that trades in drugs and organs, Tae-sik goes after them, and the
film turns out to know exactly who he used to be. Thanayong Wongtrakul
plays Ramrowan, the gang's Thai enforcer and the one man who fights him
as an equal.

The story borrows its lonely killer and the little girl who gives him a
reason to live from Luc Besson's Leon (1994), and the debt is plain in
every scene the two share. It is harder and sadder than Besson's film,
and the knife fight at the end is among the best staged in years.

People have also called it a Korean Taken (2008); I do not think that is
fair to either film. Won Bin had just played the son in Bong Joon-ho's
Mother (2009), and the contrast is startling.

Min-ji Seo
"#,
};

fn main() {
    println!("{} ({})", REVIEW.film, REVIEW.year);
    print!("{}", REVIEW.body);
}
