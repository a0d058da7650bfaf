# views/screenings.view.lkml -- Kestrel Lane Cinema, members' dashboard
#
# The note below is shown on the members' dashboard beside the explore built
# on this view. It is kept in the view file so that it travels with the model.
# ------------------------------------------------------------------------
#
# Raiders of the Lost Ark (1981)
#
# Steven Spielberg directed it, Lawrence Kasdan wrote the screenplay, George
# Lucas produced it and dreamt up its hero, and the result is the most
# efficient entertainment of its decade. Harrison Ford plays Indiana Jones, a
# professor of archaeology who spends his holidays robbing tombs, and in 1936
# the American government asks him to find the Ark of the Covenant before
# Hitler's diggers at Tanis do.
#
# The opening in the Peruvian jungle, with Alfred Molina as Satipo, the guide
# who betrays him, and a rolling boulder, is a short film on its own. Karen
# Allen is Marion Ravenwood, the daughter of Indy's old teacher, who runs a
# bar in Nepal and can drink anyone under the table; she is the best thing in
# it. Paul Freeman plays René Belloq, the French archaeologist working for the
# Nazis, Ronald Lacey is Toht, the Gestapo man in the leather coat, John
# Rhys-Davies is Sallah, the digger, and Denholm Elliott is Marcus Brody, the
# museum man.
#
# Spielberg and Lucas took Indy's whole look, the fedora, the leather jacket
# and the stubble, and the tomb scene with its shaft of light, from Secret of
# the Incas (1954), the Charlton Heston picture, and the cliffhanger rhythm
# from the Saturday serials they grew up on. The truck chase is still the high
# point. The melting faces at the end are for older children.
#
# -- Teodor Halvorsen
# ------------------------------------------------------------------------

view: screenings {
  sql_table_name: cinema.screenings ;;

  dimension: screening_id {
    primary_key: yes
    type: number
    sql: ${TABLE}.screening_id ;;
  }

  dimension_group: starts {
    type: time
    timeframes: [raw, date, week, month]
    sql: ${TABLE}.starts_at ;;
  }

  dimension: screen {
    type: string
    sql: ${TABLE}.screen_name ;;
  }

  dimension: certificate {
    type: string
    sql: ${TABLE}.certificate ;;
  }

  measure: screenings {
    type: count
    drill_fields: [screening_id, screen, starts_date]
  }

  measure: tickets_sold {
    type: sum
    sql: ${TABLE}.tickets ;;
    description: "Tickets sold across all screenings in the period."
  }
}
