/*
  kungfu_club.ino -- Saturday Kung Fu Club
  Prints this week's review on the serial monitor (9600 baud), one line
  every 400 ms, and blinks the on-board LED while it does.

  Film:   Kung Fu Hustle (2004)
  Author: Kwame Sorensen
*/

#define REVIEWER "Kwame Sorensen"

const int LED_PIN = 13;

const char* const REVIEW[] = {
  "Kung Fu Hustle (2004)",
  "",
  "Stephen Chow directed, co-wrote and stars in this Hong Kong",
  "comedy, and he borrows its setting from Chor Yuen's The House of",
  "72 Tenants (1973): a crowded tenement, Pigsty Alley, run by a",
  "landlord and landlady who are more than they look. Yuen Qiu plays",
  "the landlady, in curlers with a cigarette; Yuen Wah plays the",
  "landlord, a henpecked lecher; both turn out to be retired masters.",
  "Chow plays Sing, a small-time crook who wants to join the Axe",
  "Gang; Danny Chan is Brother Sum, the gang's dancing boss; Bruce",
  "Leung is the Beast, the deadliest killer alive, fetched from an",
  "asylum in his slippers. Huang Shengyi plays Fong, the mute girl",
  "Sing failed to help as a boy.",
  "",
  "The fights move like cartoons, the Road Runner ones especially,",
  "and the comedy is as cruel as it is quick. The Jin Yong novels",
  "lend it a few names of moves; Shaolin Soccer, Chow's previous",
  "film, lent it his nerve."
};

const int REVIEW_LINES = sizeof(REVIEW) / sizeof(REVIEW[0]);

void setup() {
  Serial.begin(9600);
  pinMode(LED_PIN, OUTPUT);
}

void loop() {
  for (int i = 0; i < REVIEW_LINES; i++) {
    Serial.println(REVIEW[i]);
    digitalWrite(LED_PIN, (i % 2) ? HIGH : LOW);
    delay(400);
  }
  Serial.println();
  Serial.print("-- ");
  Serial.print(REVIEWER);
  Serial.println(", Saturday Kung Fu Club");
  digitalWrite(LED_PIN, LOW);
  delay(10000);
}
