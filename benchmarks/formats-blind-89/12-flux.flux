// ticket_sales.flux: daily sales for the lobby dashboard (cinema.example).
// The week's programme note is kept in these comment lines.
//
// Freaky Friday (1995)
//
// Melanie Mayron directed this television remake of Freaky Friday (1976), and it brings the
// old body-swap story up to date with some care and a lighter touch than I expected.
//
// Shelley Long plays Ellen Andrews, a busy single mother, and Gaby Hoffmann plays Annabelle,
// her sulky teenage daughter, who hates the way her mother runs her life. The two quarrel,
// each wishes the other could see what her own days are like, and a pair of magic amulets does
// the rest. Ellen wakes up in Annabelle's body, with a day at school to get through, and
// Annabelle wakes up in Ellen's, with a day of grown-up work and worries to face.
//
// Hoffmann is the better of the two at playing her mother: she stands, frowns and fusses
// exactly like Long, and it is very funny. Long works harder and is a little too broad, though
// she has good moments at the school, where she finds her daughter's friends far kinder than
// she had thought.
//
// The older version, with Barbara Harris and Jodie Foster, had a sharper script by Mary
// Rodgers, who wrote the novel. This one is gentler and shorter, and it ends as it must, with
// everyone understanding everyone. It is pleasant and forgettable, and families with children
// of the right age will not regret an evening with it.
//
// (This note came to us unsigned.)

from(bucket: "box_office")
  |> range(start: -7d)
  |> filter(fn: (r) => r._measurement == "tickets" and r._field == "sold")
  |> aggregateWindow(every: 1d, fn: sum)
  |> yield(name: "daily_sales")
