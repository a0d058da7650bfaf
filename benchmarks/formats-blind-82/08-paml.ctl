* codeml.ctl for the science-night evolution demonstration (cinema.example).
* The programme note of the week is kept in these comment lines.
*
* The Paper Chase (1973)
*
* James Bridges wrote and directed this film of John Jay Osborn Jr.'s novel about a first-
* year student at Harvard Law School, and its best idea is to make the classroom as tense as
* a battlefield. Nobody is shot; a student who cannot answer is simply handed a dime and
* told to call his mother and say he may never be a lawyer.
*
* Timothy Bottoms plays Hart, a boy from Minnesota who arrives in Cambridge without quite
* knowing what he wants and finds himself wanting the approval of one man. That man is
* Professor Charles W. Kingsfield Jr., who teaches contract law by the Socratic method and
* by terror, and John Houseman, who had spent his career producing and directing other
* people's work, plays him with a dry, unhurried contempt that makes every other performance
* look busy. Lindsay Wagner is Susan Fields, the woman Hart falls for, who turns out to be
* Kingsfield's daughter. Graham Beckel plays Ford, the confident son of a legal family who
* runs the study group, and Edward Herrmann is Kevin, the one who memorises everything and
* understands nothing.
*
* The romance is the weak part: Susan keeps walking out of rooms for reasons the script
* never makes clear. The study-group scenes, the late nights in the library and the hotel
* room where Hart and Ford hide to cram for the exams are another matter. Gordon Willis shot
* it in browns and shadows. It is the rare campus film that takes work seriously.
*
* Signed, Perpetua Lindqvist

      seqfile = usher.nuc    * sequence data file name
     treefile = usher.trees  * tree structure file name
      outfile = mlc          * main result file name

        noisy = 9    * 0,1,2,3,9: how much rubbish on the screen
      verbose = 1    * 0: concise; 1: detailed
      runmode = 0    * 0: user tree; 1: semi-automatic; 2: automatic

      seqtype = 1    * 1: codons; 2: AAs; 3: codons-->AAs
    CodonFreq = 2    * 0: 1/61 each, 1: F1X4, 2: F3X4, 3: codon table
        model = 0    * one omega for all branches
      NSsites = 0
        icode = 0    * 0: universal code
    fix_kappa = 0    * 0: kappa to be estimated
        kappa = 2    * initial kappa
    fix_omega = 0    * 0: omega to be estimated
        omega = .4   * initial omega
    cleandata = 1    * remove sites with ambiguity data
