// Persistence of Vision Ray Tracer scene: northern lights over a bay
// Author: Fenella Arkwright
// Written: 2020-03-14
// The review of this week's film is kept in the string declarations below,
// and the title is set in the sky as text.

#version 3.7;
#include "colors.inc"

global_settings { assumed_gamma 1.0 }

#declare Film_Title = "Local Hero";
#declare Film_Year = 1983;

// paragraph 1
#declare Review_01 = "Bill Forsyth wrote and directed Local Hero (1983), the kindest British comedy I know about an oil company.";
#declare Review_02 = "It borrows its village of contented schemers from Whisky Galore! (1949), in which an island also gets the better of the outside world.";

// paragraph 2
#declare Review_03 = "Peter Riegert plays MacIntyre, Mac to everyone, a Houston executive sent to buy an entire Scottish bay for a refinery.";
#declare Review_04 = "Burt Lancaster is Felix Happer, his boss, who cares more about comets than crude.";
#declare Review_05 = "Denis Lawson plays Gordon Urquhart, the hotelkeeper and accountant who negotiates for the whole village;";
#declare Review_06 = "Peter Capaldi is Danny Oldsen, Mac's young local guide;";
#declare Review_07 = "Fulton Mackay plays Ben Knox, who owns the beach and will not sell; and Jenny Seagrove is Marina, a marine biologist who may be something stranger.";

// paragraph 3
#declare Review_08 = "Someone at our screening called it Brigadoon without the songs.";
#declare Review_09 = "I am not convinced; nobody here disappears for a century, they just wait for a better price.";
#declare Review_10 = "Mark Knopfler's music, the phone box on the harbour, and the northern lights do the rest.";
#declare Review_11 = "Forsyth had already made Gregory's Girl, and this is the richer film.";

#declare Review_Sign = "-- Fenella Arkwright";

camera { location <0, 1.5, -8> look_at <0, 2, 0> }
light_source { <20, 40, -30> color rgb <0.8, 0.85, 1.0> }

sky_sphere { pigment { gradient y color_map {
  [0.0 color rgb <0.02, 0.05, 0.1>] [0.6 color rgb <0.1, 0.5, 0.3>]
  [1.0 color rgb <0.02, 0.02, 0.06>] } } }

plane { y, 0 pigment { color rgb <0.05, 0.08, 0.12> } finish { reflection 0.4 } }

sphere { <25.60, 22.05, 72.81>, 0.08 pigment { White } finish { emission 1 } }
sphere { <2.04, 29.80, 49.30>, 0.08 pigment { White } finish { emission 1 } }
sphere { <-21.08, 25.85, 45.02>, 0.08 pigment { White } finish { emission 1 } }
sphere { <-12.78, 24.09, 78.38>, 0.08 pigment { White } finish { emission 1 } }
sphere { <5.60, 13.58, 76.23>, 0.08 pigment { White } finish { emission 1 } }
sphere { <12.64, 20.75, 75.14>, 0.08 pigment { White } finish { emission 1 } }

text { ttf "timrom.ttf" Film_Title 0.05, 0
  pigment { color rgb <0.9, 0.9, 0.7> } scale 0.8 translate <-3, 3.2, 2> }
