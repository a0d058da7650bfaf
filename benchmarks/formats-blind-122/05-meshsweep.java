// meshsweep.java  -- STAR-CCM+ macro: sweep base size and re-run the steady case
//
// Thread: best heist movie before the sixties? Go.
//
// op, cracksmith:
//
// My vote is Rififi, no contest. Anyone want to argue?
//
// reply from doll_conovan_lives:
//
// I will. The Asphalt Jungle (1950) is the better film, and I'd say so
// even though Rififi's silent break-in is the more famous scene. John
// Huston directed it and wrote the script with Ben Maddow, from the W.
// R. Burnett novel, and it cares about its crooks more than the job. Sam
// Jaffe as Doc Riedenschneider, the fussy mastermind just out of prison;
// Sterling Hayden as Dix Handley, the heavy who dreams of his family's
// Kentucky horse farm; Louis Calhern as Emmerich, the crooked lawyer
// bankrolling it; Jean Hagen as Doll. And yes, Marilyn Monroe, small and
// memorable as Angela. The ending in the pasture still gets me.
//
package macro;

import star.common.*;
import star.meshing.*;

public class meshsweep extends StarMacro {

  public void execute() {
    Simulation sim = getActiveSimulation();
    AutoMeshOperation op = (AutoMeshOperation) sim.get(MeshOperationManager.class).getObject("Automated Mesh");
    double[] sizes = {0.004, 0.003, 0.002};
    for (double s : sizes) {
      op.getDefaultValues().get(BaseSize.class).setValue(s);
      op.execute();
      sim.getSimulationIterator().run();
      sim.saveState("sweep_" + s + ".sim");
    }
  }
}
