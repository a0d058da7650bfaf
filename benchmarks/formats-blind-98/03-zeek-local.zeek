# local.zeek for the cinema.example office network monitor.
# Zeek ignores everything after a hash, so the review is parked up here.
#
# Reviewed by Ignatius Fairbrother
#
# Pacific Rendezvous (1942)
#
# Pacific Rendezvous is what a studio does with an old property when a new war makes it topical
# again. It is the 1935 spy comedy Rendezvous (1935), which had Rosalind Russell chasing a cipher
# clerk around Washington, refitted for the months after Pearl Harbor, with Japanese agents
# standing in for the earlier villains and a naval code replacing the old one.
#
# George Sidney directs, early in a career that would later produce far livelier films. Lee Bowman
# plays the code expert who would rather be at sea than in an office, and Jean Rogers is the
# senator's niece who decides, without being asked, that she will help him. Mona Maris adds a
# touch of mystery as a woman whose loyalties are in doubt.
#
# The story is retold almost scene for scene, but the new cast cannot match the old one's timing,
# and the jokes land with a dull thud. Bowman is pleasant and nothing more; Rogers tries hard. At
# barely more than an hour it is short enough to bear, and the cryptography is explained with
# unusual care for a B-picture, but it is hard to see why anyone would choose it over the
# original.
#

@load misc/loaded-scripts
@load tuning/defaults
@load protocols/ftp/software
@load protocols/http/detect-sqli

redef Site::local_nets += { 192.0.2.0/24 };

event zeek_init()
	{
	print "office monitor started";
	}
