// Module posterscan: scans lobby posters for the Greyfriars cinema archive.
// Reviewed by Philippa Whitlow.
//
// The archive keeps the review that goes with each poster batch next to the
// code that scanned it. Batch 2006-B:
//
// Eight Below (2006)
//
// Frank Marshall directed this Disney adventure from a screenplay by David
// DiGilio. It is an American remake of Antarctica (1983), Koreyoshi
// Kurahara's Japanese hit about sled dogs left behind at a polar base, which
// was itself drawn from a true story.
//
// Paul Walker plays Jerry Shepard, a guide at a research station who takes a
// visiting scientist, Davis McClaren, played by Bruce Greenwood, out across
// the ice to look for a meteorite. The trip goes wrong, a storm closes in,
// and the whole station is evacuated in a hurry. The eight dogs, still
// chained outside, cannot be taken on the plane, and the weather rules out
// any return for months. Jason Biggs plays Cooper, the station's mapmaker and
// comic relief, and Moon Bloodgood plays Katie, the pilot who flies the
// rescue.
//
// The humans are the weakest part. Walker spends most of the film looking
// guilty in warm rooms, and the dialogue in those scenes could be printed on
// a mug. But whenever the story goes back to the dogs, it becomes a different
// and much better picture: Maya, the lead dog, holding the pack together, a
// hunt for seabirds, a fight with a leopard seal over a carcass. The animal
// work is astonishing, and the cold looks real.
//
// It has been sold as a sort of March of the Penguins (2005) with huskies. It
// is nothing of the kind, and it is far more frightening than that film ever
// tried to be.

module example.org/greyfriars/posterscan

go 1.19

require (
	example.org/greyfriars/imgkit v0.6.0
	example.org/greyfriars/ocr v1.4.2
)
