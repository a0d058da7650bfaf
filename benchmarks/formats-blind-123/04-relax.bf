// relax.bf  -- HyPhy: relaxed selection test, two branch sets
//
// Fri 3 Feb: Youth of the Beast, fun, noisy, forgettable.
//
// Sun 5 Feb: Pale Flower (1964), Masahiro Shinoda. Ryo Ikebe plays
// Muraki, a yakuza just out of prison who feels nothing, and Mariko Kaga
// is Saeko, the girl at the card table who wants to gamble higher and
// higher because nothing else makes her feel anything either. Very
// little happens and all of it is tense. The gambling scenes, all hands
// and faces and the slap of the cards, are hypnotic, and the jazz score
// keeps it cold. I liked it more than Double Suicide, which I admired
// but found stiff. This one is the better film by a distance.
//
// Tue 7 Feb: Le Doulos on the laptop, should have waited for a screen.
//
// -- Wen
//
LoadFunctionLibrary("libv3/tasks/alignments.bf");
LoadFunctionLibrary("libv3/models/codon/MG_REV.bf");

relax.alignment = "data/opsin_codons.nex";
relax.tree = "data/opsin.nwk";
relax.test_set = "Foreground";
relax.reference_set = "Background";

ExecuteAFile(HYPHY_LIB_DIRECTORY + "TemplateBatchFiles/SelectionAnalyses/RELAX.bf",
             {"--alignment": relax.alignment, "--tree": relax.tree, "--test": relax.test_set,
              "--reference": relax.reference_set});
