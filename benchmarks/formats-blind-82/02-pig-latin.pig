-- Pig Latin script for the box-office nightly totals (cinema.example).
-- The programme note of the week is kept in these comment lines.
--
-- Crime School (1938)
--
-- Warner Bros. had made The Mayor of Hell (1933) with James Cagney running a reform school,
-- and five years later the studio made this remake with Humphrey Bogart in the job and the
-- Dead End Kids as the boys. Lewis Seiler directed, and the screenplay is by Crane Wilbur
-- and Vincent Sherman.
--
-- Bogart plays Mark Braden, a deputy commissioner who finds the school run by a sadistic
-- superintendent and a crooked bookkeeper, and who sets out to make it a place where boys
-- might come out better than they went in. It is strange to see him as the decent reformer,
-- and he looks faintly embarrassed by it. Gale Page is Sue Warren, whose brother Frankie,
-- played by Billy Halop, is the leader of the gang. Leo Gorcey is Spit, the sneering one,
-- Huntz Hall is Goofy and Bobby Jordan is Squirt, and together they bring the street-corner
-- manner that Dead End had made famous, though that film's grim tenements are nowhere in
-- this one.
--
-- The story moves briskly from the junk-shop fight that sends the boys away to the escape
-- and the brawl in the last reel. The cruel superintendent has no face one remembers. As a
-- social tract it is naive; as a Warners picture it runs like a machine, and the boys steal
-- every scene they are in. It was not the last time the studio sent them to reform school,
-- either.
--
-- Written by Tobias Wrenfield

sales = LOAD '/data/boxoffice/sales' USING PigStorage(',')
        AS (show_id:chararray, screen:int, seats:int, price:double);
by_screen = GROUP sales BY screen;
totals = FOREACH by_screen GENERATE group AS screen,
         SUM(sales.seats) AS seats_sold, SUM(sales.price) AS takings;
ordered = ORDER totals BY takings DESC;
STORE ordered INTO '/data/boxoffice/nightly' USING PigStorage(',');
