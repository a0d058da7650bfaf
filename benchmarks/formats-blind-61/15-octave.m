% jian_family.m: notes on a film, with the family's ages
%{
Yi Yi (A One and a Two): three hours in a Taipei family

Edward Yang wrote and directed Yi Yi, released in 2000, and it is the last
film he finished. It begins at a wedding and ends at a funeral, and between
them it follows the Jian family of Taipei through a year of small crises.

Wu Nien-jen plays NJ, the father, a partner in a failing computer firm who
meets his first love again on a business trip to Tokyo. Elaine Jin is his
wife, Min-Min, who leaves for a mountain retreat when her mother falls into
a coma. Kelly Lee plays their daughter, Ting-Ting, and Jonathan Chang is the
eight-year-old Yang-Yang, who photographs the backs of people's heads
because, he says, they cannot see them. Issey Ogata is Ota, the Japanese
game designer NJ is sent to court.

Some will call this Taiwanese epic Ozu-like, and its patience might remind a
viewer of Tokyo Story (1953). I am not sure the comparison helps, since Yang
is busier, funnier and far more urban. Every frame is a window, often
literally.
%}

ages = [40 38 16 8];
members = {"NJ", "Min-Min", "Ting-Ting", "Yang-Yang"};
for k = 1:numel(ages)
  printf("%-10s %3d\n", members{k}, ages(k));
end
printf("mean age %.1f\n", mean(ages));
