// Film club graph: one review, loaded with cypher-shell -f
MERGE (f:Film {title: 'Unforgiven', year: 2013, originalTitle: 'Yurusarezaru mono'})
MERGE (p:Person {name: 'Lee Sang-il'})
MERGE (p)-[:DIRECTED]->(f)
MERGE (c:Critic {name: 'Hanne Sokolowski'})
CREATE (r:Review {
  id: '18b4a5826f',
  published: date('2026-06-21'),
  body: 'Lee Sang-il\'s Unforgiven (2013), Yurusarezaru mono in Japanese, is a Japanese remake of Clint Eastwood\'s Unforgiven (1992), and it moves the story to Hokkaido around 1880, where former samurai are hunted by the new government.
Ken Watanabe plays Jubei Kamata, a once-feared swordsman farming with his two children. Akira Emoto is Kingo Baba, the old friend who talks him into one last bounty, and Koichi Sato plays Ichizo Oishi, the police chief who runs the town by fear. Yuya Yagira is Goro, the young Ainu hothead.
Lee, who also wrote the adaptation, follows the American film closely, but the snow and the Ainu story make it his own. Gene Hackman\'s sheriff is a hard act to follow; Sato makes Oishi colder still.'
})
MERGE (c)-[:WROTE]->(r)
MERGE (r)-[:ABOUT]->(f);
