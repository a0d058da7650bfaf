# pushover.tcl -- two-storey steel frame, displacement-controlled pushover
#
# A note from Lavinia Shergold
#
# For our western night I chose The Texican, a 1966 Audie Murphy picture
# shot in Spain with a largely Spanish supporting cast, which gives its
# Texas a faintly Mediterranean look. Lesley Selander directed, and he had
# made the same story before as Panhandle (1948), with Rod Cameron as the
# ex-lawman pulled back across the border to avenge his brother. This new
# version keeps the skeleton and adds colour, a louder score and a great
# deal of dust.
#
# Murphy plays Jess Carlin, wanted in Texas and living quietly in Mexico
# until news of his brother's murder reaches him. Broderick Crawford is
# Luke Starr, the town boss behind the killing, heavy and smiling, and
# Diana Lorys is the woman who takes Jess's side.
#
# The gunfights are brisk and the plot holds no surprises. Murphy, small
# and soft-spoken, is always more convincing than his material, and he is
# here too.
#
wipe
model BasicBuilder -ndm 2 -ndf 3

# nodes (m)
node 1 0.0 0.0
node 2 6.0 0.0
node 3 0.0 3.5
node 4 6.0 3.5
node 5 0.0 7.0
node 6 6.0 7.0
fix 1 1 1 1
fix 2 1 1 1

# section properties (kN, m)
set E 2.0e8
set Ac 0.0095
set Ic 0.00023
set Ab 0.0072
set Ib 0.00016
geomTransf PDelta 1
geomTransf Linear 2

element elasticBeamColumn 1 1 3 $Ac $E $Ic 1
element elasticBeamColumn 2 2 4 $Ac $E $Ic 1
element elasticBeamColumn 3 3 5 $Ac $E $Ic 1
element elasticBeamColumn 4 4 6 $Ac $E $Ic 1
element elasticBeamColumn 5 3 4 $Ab $E $Ib 2
element elasticBeamColumn 6 5 6 $Ab $E $Ib 2

pattern Plain 1 Linear {
    load 3 0.5 0.0 0.0
    load 5 1.0 0.0 0.0
}

recorder Node -file roof.out -time -node 5 -dof 1 disp
constraints Plain
numberer RCM
system BandGeneral
test NormDispIncr 1.0e-8 10
algorithm Newton
integrator DisplacementControl 5 1 0.001
analysis Static
analyze 300
