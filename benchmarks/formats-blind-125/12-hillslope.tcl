# WEEKEND TELEVISION FILMS
#
# THE HEDGEROW SUMMER (Dir. Barnaby Quennell-Asante; 1968) Vicarage
# comedy, gentle to the point of vanishing. (2 stars)
#
# EDUCATING RITA (Dir. Lewis Gilbert; UK; 1983) (4 stars) A Liverpool
# hairdresser signs up for an Open University literature course and is
# sent to Frank Bryant, a poet turned lecturer who keeps his whisky behind
# the Dickens. Julie Walters, repeating her stage role, is Rita, quick,
# funny and hungry for a life with more in it, and Michael Caine gives one
# of his best late performances as Frank, soaked and rueful and half in
# love. Willy Russell adapted his own play, and you can feel the two-
# hander underneath, but the tutorials crackle. Gilbert's Alfie is the
# better film; this one is the warmer, and the ending refuses the easy
# kiss.
#
# NORTHERN LIGHTS, SOUTHERN HEARTS (Dir. Ilona Ferreira-Boyd; 1985) Soapy
# two-country romance, handsomely shot. (2 stars)
#
# THE PIGEON FANCIER (Dir. Ewan McCorquodale-Ito; 1977) Sad, funny and
# true; the best thing on all weekend. (4 stars)
#
# Compiled by Tobias Wren-Adeyemi

lappend auto_path $env(PARFLOW_DIR)/bin
package require parflow
namespace import Parflow::*

pfset FileVersion 4
pfset Process.Topology.P 1
pfset Process.Topology.Q 1
pfset Process.Topology.R 1

pfset ComputationalGrid.Lower.X 0.0
pfset ComputationalGrid.Lower.Y 0.0
pfset ComputationalGrid.Lower.Z 0.0
pfset ComputationalGrid.NX 50
pfset ComputationalGrid.NY 1
pfset ComputationalGrid.NZ 20
pfset ComputationalGrid.DX 10.0
pfset ComputationalGrid.DY 10.0
pfset ComputationalGrid.DZ 0.25

pfset GeomInput.Names "domain_input"
pfset GeomInput.domain_input.InputType Box
pfset GeomInput.domain_input.GeomName domain
pfset Geom.Perm.Names "domain"
pfset Geom.domain.Perm.Type Constant
pfset Geom.domain.Perm.Value 0.01
pfset Gravity 1.0
pfset TimingInfo.StartTime 0.0
pfset TimingInfo.StopTime 48.0
pfset TimingInfo.DumpInterval 1.0
pfset Solver Richards
pfset Solver.TerrainFollowingGrid True

pfrun hillslope
pfundist hillslope
