<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1458301306320" ID="ID_1204095696" MODIFIED="1458301506005" TEXT="The Birdcage (1996) - review plan">
  <node CREATED="1458301810465" ID="ID_430806097" MODIFIED="1458301936751" POSITION="left" COLOR="#666666" TEXT="by Tomasz Ellery-Nwosu (MEDIA 210, remakes unit)"/>
  <node CREATED="1458302073109" ID="ID_1763938513" MODIFIED="1458302173936" POSITION="right" TEXT="The basics">
    <node CREATED="1458302465086" ID="ID_311210477" MODIFIED="1458302780280" TEXT="Director: Mike Nichols"/>
    <node CREATED="1458302987657" ID="ID_1828084458" MODIFIED="1458303209603" TEXT="Screenplay: Elaine May"/>
    <node CREATED="1458303576843" ID="ID_806043057" MODIFIED="1458303850538" TEXT="American remake of La Cage aux Folles (1978), Edouard Molinaro's French-Italian film">
      <richcontent TYPE="NOTE"><html>
        <head>
        </head>
        <body>
          <p>
            Both go back to Jean Poiret's stage play, but the plot beats and half the jokes are the 1978 film's, so I'm calling it a remake of the film. (The Broadway musical is a separate thing - leave it out.)
          </p>
        </body>
      </html>
      </richcontent>
    </node>
    <node CREATED="1458304085814" ID="ID_816306183" MODIFIED="1458304337168" TEXT="Setting: South Beach, Miami"/>
  </node>
  <node CREATED="1458304374266" ID="ID_1822997714" MODIFIED="1458304668472" POSITION="right" TEXT="Cast">
    <node CREATED="1458304718066" ID="ID_1444341471" MODIFIED="1458304836895" TEXT="Robin Williams - Armand Goldman, owns the drag club"/>
    <node CREATED="1458305126399" ID="ID_408441726" MODIFIED="1458305498937" TEXT="Nathan Lane - Albert, his partner and the club's star"/>
    <node CREATED="1458305566507" ID="ID_279858040" MODIFIED="1458305861507" TEXT="Gene Hackman - Senator Kevin Keeley"/>
    <node CREATED="1458305897827" ID="ID_772731736" MODIFIED="1458306011470" TEXT="Dianne Wiest - Louise Keeley"/>
    <node CREATED="1458306218553" ID="ID_367259920" MODIFIED="1458306433418" TEXT="Dan Futterman - Val, Armand's son"/>
    <node CREATED="1458306472934" ID="ID_404197247" MODIFIED="1458306576116" TEXT="Calista Flockhart - Barbara Keeley"/>
    <node CREATED="1458306946715" ID="ID_1507314051" MODIFIED="1458307108815" TEXT="Hank Azaria - Agador, the houseman">
      <icon BUILTIN="ksmiletris"/>
    </node>
  </node>
  <node CREATED="1458307183379" ID="ID_1608709874" MODIFIED="1458307345554" POSITION="right" TEXT="Verdict">
    <icon BUILTIN="button_ok"/>
    <richcontent TYPE="NOTE"><html>
      <head>
      </head>
      <body>
        <p>
          Val is engaged to Barbara, whose father is a moralising right-wing senator with a scandal on his heels, and the Keeleys are coming to dinner. So Armand has to pass for a straight cultural attaché, and Albert, whom Val was raised by, is asked to disappear.
        </p>
        <p>
          What makes it better than it has any right to be is that Nichols and May are on Albert's side. Lane's hurt when he is told to leave is real, and Williams, for once, underplays and lets everyone else be funny. Azaria's Agador, who cannot walk in shoes, nearly steals it.
        </p>
        <p>
          People say the drag finale, with Hackman in a wig, comes from Some Like It Hot. I don't buy that comparison and I'm not putting it in the essay: it's a farce trick as old as farce.
        </p>
        <p>
          4/5. Much funnier than I expected from a 90s remake.
        </p>
      </body>
    </html>
    </richcontent>
  </node>
  <node CREATED="1458307438975" ID="ID_1723029600" MODIFIED="1458307677602" POSITION="left" FOLDED="true" TEXT="Don't mix up">
    <node CREATED="1458307774821" ID="ID_319192729" MODIFIED="1458307842177" TEXT="La Cage aux Folles II (1980) = sequel to the French film, not this"/>
    <node CREATED="1458308214242" ID="ID_497100750" MODIFIED="1458308250173" TEXT="The Graduate = Nichols filmography, irrelevant here"/>
  </node>
  <node CREATED="1458308421872" ID="ID_342492778" MODIFIED="1458308694535" POSITION="left" TEXT="TODO: find the box-office figure? (probably skip)">
    <icon BUILTIN="help"/>
  </node>
</node>
</map>
