# nanowire.py  -- QuantumATK: Si nanowire band structure
#
# Thread: Recommend me one Agnes Varda film
#
# op, midi_minuit:
#
# I've only seen Cleo from 5 to 7. What's next?
#
# reply from garrigue_walker:
#
# Vagabond (1985), the French title is Sans toit ni loi. Agnes Varda
# opens with a young woman found frozen to death in a ditch in the south
# of France, then goes back over her last weeks through the people who
# met her. Sandrine Bonnaire plays Mona, and she is extraordinary:
# filthy, proud, rude to everyone who tries to help, and impossible to
# look away from. Macha Meril is Madame Landier, the plane-tree expert
# who gives her a lift and can't stop thinking about her afterwards.
# Most of the other faces are locals playing versions of themselves.
# It's cold and unsentimental and I think it's her best.
#
# reply from midi_minuit:
#
# Sounds bleak. Perfect for February.
#
from QuantumATK import *

lattice = SimpleTetragonal(20.0*Angstrom, 5.43*Angstrom)
elements = [Silicon]*8
fractional_coordinates = [[0.45, 0.45, 0.00], [0.55, 0.55, 0.25],
                          [0.45, 0.55, 0.50], [0.55, 0.45, 0.75],
                          [0.40, 0.50, 0.00], [0.60, 0.50, 0.25],
                          [0.50, 0.40, 0.50], [0.50, 0.60, 0.75]]
configuration = BulkConfiguration(lattice, elements, fractional_coordinates=fractional_coordinates)
calculator = LCAOCalculator(numerical_accuracy_parameters=NumericalAccuracyParameters(k_point_sampling=(1, 1, 9)))
configuration.setCalculator(calculator)
bandstructure = Bandstructure(configuration, route=['G', 'Z'])
nlsave('nanowire.hdf5', bandstructure)
