%% two_timelines.m
% Prints the club review and plots a tension curve for the two time frames.
% Author: Felix Amundsen
% Date:   20 March 2024

%% Review text, one row per printed line
review = {
    'John Madden''s The Debt (2010) is a remake of Assaf Bernstein''s Israeli'
    'thriller Ha-Hov (2007), which also went out in English as The Debt,'
    'and it tells its story in two time frames. Matthew Vaughn, Jane'
    'Goldman and Peter Straughan wrote the screenplay.'
    ''
    'In 1965 three young Mossad agents go to East Berlin to kidnap a Nazi'
    'doctor who experimented on prisoners in the camps and now practises'
    'gynaecology under another name. Jessica Chastain is the young Rachel'
    'Singer, who has to lie on his examination table as bait; Sam'
    'Worthington is the young David Peretz, silent and wounded; Marton'
    'Csokas is the young Stephan Gold, their commander. In 1997 the three'
    'are heroes in Israel: Helen Mirren plays the older Rachel, Tom'
    'Wilkinson the older Stephan, now a politician, and Ciaran Hinds the'
    'older David, who has never recovered. Jesper Christensen plays the'
    'doctor, Dieter Vogel, and his scenes with Chastain in the flat where'
    'they hold him are the best in the film, because he knows exactly how'
    'to frighten his captors.'
    ''
    'The Berlin half is tight and sweaty. The later half, when Mirren has'
    'to travel to Ukraine to settle what really happened, is less'
    'convincing, partly because Mirren and Chastain do not look or sound'
    'like the same woman. Madden, who made Shakespeare in Love, handles the'
    'violence better than I expected.'
    ''
    'by Felix Amundsen'
};
fprintf('%s\n', review{:});

%% Tension by reel (scored by hand at the screening)
reel    = 1:8;
tension = [52 28 50 59 78 63 41 71];
figure('Name', 'Tension by reel');
bar(reel, tension);
xlabel('Reel');
ylabel('Tension (0-100)');
title('Thursday screening, two time frames');
