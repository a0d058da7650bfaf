{ Touch of Evil (1958): a review
  Author: Marguerite Odell
  Date: 2024-03-02 }
{$mode objfpc}{$H+}
program FilmReview;

const
  Film = 'Touch of Evil';
  FilmYear = 1958;
  Reviewer = 'Marguerite Odell';

procedure Para(const S: string);
begin
  WriteLn(S);
  WriteLn;
end;

begin
  WriteLn(Film, ' (', FilmYear, ')');
  WriteLn;
  Para('Touch of Evil (1958) is the American thriller that Orson ' +
       'Welles wrote and directed from Whit Masterson''s novel Badge ' +
       'of Evil, and it opens with the most famous long take of its ' +
       'decade: a car bomb ticking through a border town for three ' +
       'unbroken minutes.');
  Para('Charlton Heston plays Mike Vargas, a Mexican narcotics ' +
       'official on his honeymoon, and Janet Leigh plays his wife ' +
       'Susan, left alone in a motel that is the worst place in the ' +
       'film. Welles himself plays Hank Quinlan, a swollen police ' +
       'captain who plants evidence on people he is sure are guilty. ' +
       'Joseph Calleia is Pete Menzies, his loyal sergeant, Akim ' +
       'Tamiroff is Uncle Joe Grandi, and Marlene Dietrich turns up ' +
       'as Tanya, reading the cards in a smoky parlour.');
  Para('Some call it Welles''s answer to The Third Man, and I would ' +
       'not; it has none of that film''s charm. Citizen Kane is the ' +
       'better-known Welles picture, but this is the more alive one, ' +
       'and Henry Mancini''s music keeps it swaying. A bent, ' +
       'brilliant thing.');
  WriteLn('-- ' + Reviewer);
end.
