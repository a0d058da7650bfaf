<?xml version="1.0" encoding="UTF-8"?>
<!--
  twostep.cps: COPASI model, A to B to C, mass action, time course

  Mon 3 Mar: Fish Tank on the list, same director.

  Wed 5 Mar: Red Road (2006), written and directed by Andrea Arnold.
  Kate Dickie plays Jackie, a CCTV operator in Glasgow who spends her
  shifts watching the city on a wall of screens, until one night she
  sees a face she knows: Clyde (Tony Curran), just out of prison. She
  starts to follow him, first on camera and then in person, into the
  tower blocks of the title. A woman at a window, watching a stranger
  and building a case against him: it is Rear Window turned inside out,
  and the film knows it. Cold, patient, and the last act hit me hard.

  Sat 8 Mar: The Conversation, for the tapes and the paranoia.

  Fiona Brackley, March
-->
<COPASI versionMajor="4" versionMinor="38" versionDevel="272" copasiSourcesModified="0">
  <Model key="Model_1" name="A to B to C" simulationType="time" timeUnit="s" volumeUnit="ml" areaUnit="m2" lengthUnit="m" quantityUnit="mmol" type="deterministic">
    <ListOfCompartments>
      <Compartment key="Compartment_0" name="cell" simulationType="fixed" dimensionality="3" addNoise="false"/>
    </ListOfCompartments>
    <ListOfMetabolites>
      <Metabolite key="Metabolite_0" name="A" simulationType="reactions" compartment="Compartment_0" addNoise="false"/>
      <Metabolite key="Metabolite_1" name="B" simulationType="reactions" compartment="Compartment_0" addNoise="false"/>
      <Metabolite key="Metabolite_2" name="C" simulationType="reactions" compartment="Compartment_0" addNoise="false"/>
    </ListOfMetabolites>
    <ListOfReactions>
      <Reaction key="Reaction_0" name="A to B" reversible="false" fast="false" addNoise="false">
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
      </Reaction>
      <Reaction key="Reaction_1" name="B to C" reversible="false" fast="false" addNoise="false">
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
      </Reaction>
    </ListOfReactions>
  </Model>
</COPASI>
