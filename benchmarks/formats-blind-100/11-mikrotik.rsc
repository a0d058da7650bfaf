# booth-router.rsc for the cinema.example booth router
# RouterOS treats lines that start with # as comments on import, so the film note is skipped.
#
# The Giant Spider Invasion (1975)
#
# Bill Rebane shot this monster movie in rural Wisconsin on a budget that would not have covered
# the catering on a studio picture, and its best scenes have the lumpy charm of a home movie
# made by people who had watched Tarantula (1955) one time too many. The story is a backwoods
# cover version of that film's nightmare of an arachnid grown to the size of a barn, with a
# meteorite from a black hole doing the work that a laboratory serum did in the older picture.
#
# Steve Brodie plays a scientist sent by the space agency to look into the impact, and Barbara
# Hale is a local doctor who helps him, though neither seems quite sure why the other is there.
# Alan Hale Jr. is the sheriff, and his scenes, in which he mostly grumbles about his lunch
# being interrupted, are the funniest in the film, perhaps on purpose. The locals are a hard-
# drinking farming family whose quarrels take up more time than the spiders do.
#
# The giant spider itself is a small car covered in fur, with legs worked by men inside, and it
# moves across the fields like a collapsing tent. It is a terrible film in every technical
# sense, and strangely hard to dislike.
#
# Review by Jurgen Oyelaran-Pike
#
/system identity set name=booth-router
/ip address add address=192.168.88.1/24 interface=ether2 comment="booth LAN"
/ip dns set servers=192.168.88.254 allow-remote-requests=yes
/ip firewall filter add chain=input protocol=icmp action=accept
