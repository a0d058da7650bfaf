"""stdp.py -- Brian 2: two neurons with spike-timing dependent plasticity.

Thread: Laurel and Hardy cameos, a list

started by fizzgig_reels:

I'm trying to list every feature where Stan and Ollie turn up in
somebody else's picture. Anything I'm missing?

reply by backlot_bertha:

Pick a Star (1937) belongs on your list. It's a Hal Roach musical
comedy directed by Edward Sedgwick, and it is more or less a remake of
Sedgwick's own Free and Easy, the early talkie with Buster Keaton,
with the same small-town girl going to Hollywood and the same studio-
tour jokes. Rosina Lawrence plays Cecilia, the girl with stars in her
eyes, Jack Haley is the hometown boy who follows her, and Patsy Kelly
steals every scene as her sister. Stan Laurel and Oliver Hardy get two
short routines on a film set, and the one with the harmonicas is the
best thing in it. The rest is pleasant and thin.

Signed, Bertha Coyle
"""
from brian2 import *

taupre = taupost = 20*ms
Apre = 0.01
Apost = -Apre*taupre/taupost*1.05
G = NeuronGroup(2, 'dv/dt = -v/(10*ms) : 1', threshold='v>1', reset='v=0', method='exact')
S = Synapses(G, G, '''w : 1
                      dapre/dt = -apre/taupre : 1 (event-driven)
                      dapost/dt = -apost/taupost : 1 (event-driven)''',
             on_pre='''v_post += w
                       apre += Apre
                       w = clip(w+apost, 0, 0.01)''',
             on_post='''apost += Apost
                        w = clip(w+apre, 0, 0.01)''')
S.connect(i=0, j=1)
run(100*ms)
