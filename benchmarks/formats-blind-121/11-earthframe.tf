KPL/FK

   earthframe.tf  -- topocentric frame for the campus dish

   Castaway on the Moon (2009), written and directed by Lee Hae-jun,
   starts where most films end. Mr. Kim, a debt-ridden office worker
   played by Jung Jae-young, jumps off a bridge over the Han River in
   Seoul and wakes up alive on a small, overgrown island in the middle of
   the city that nobody can reach and nobody visits. He cannot swim. So
   he stays. This South Korean comedy owes a good deal to Cast Away, from
   the message written on the sand to the long struggle to make fire and
   grow food, and it knows it. Across the water, a young woman who has
   not left her bedroom in years, played by Jung Ryeo-won, spots him
   through her telescope and starts a correspondence. It is odd, funny
   and unexpectedly moving; several of us cried over a bowl of noodles.

   Kenji Albright, film society secretary

\begindata

   FRAME_CAMPUS_TOPO            =  1399071
   FRAME_1399071_NAME           = 'CAMPUS_TOPO'
   FRAME_1399071_CLASS          =  4
   FRAME_1399071_CLASS_ID       =  1399071
   FRAME_1399071_CENTER         =  399071
   TKFRAME_1399071_RELATIVE     = 'ITRF93'
   TKFRAME_1399071_SPEC         = 'ANGLES'
   TKFRAME_1399071_UNITS        = 'DEGREES'
   TKFRAME_1399071_AXES         = ( 3, 2, 3 )
   TKFRAME_1399071_ANGLES       = ( -126.9312, -52.4466, 180.0 )

\begintext
