<#--
  showtimes.ftl: the lobby screen's listings template (cinema.example).
  The programme note of the week is kept in this comment.

  Repossessed (1990)

  Bob Logan wrote and directed this spoof, and it is built on The Exorcist (1973) from the
  first scene to the last: the possessed suburban woman, the green vomit, the spinning
  head and the elderly priest called back for one more fight with the devil. The joke is
  in the casting, since Linda Blair, who was the possessed girl in that film, is possessed
  all over again.

  Blair plays Nancy Aglet, a mild housewife and mother who is taken over by the devil
  years after her first exorcism. Leslie Nielsen is Father Mayii, the retired exorcist who
  freed her the first time and now has to do it again, this time live on a television
  broadcast. Ned Beatty plays Ernest Weller, a greedy televangelist who turns the exorcism
  into a ratings event, and Anthony Starke is Father Brophy, the young priest who brings
  Mayii out of retirement.

  Nielsen plays every line with the deadpan gravity of the Naked Gun films, and a few gags
  land. Too many do not: the picture throws in sight gags, commercial parodies and a
  rock-and-roll finale, and very little of it sticks. Blair is a good sport, and she seems
  to enjoy sending herself up. Some have put the film beside Airplane!; it is nowhere near
  that, and it knows it.

  Written by Barnaby Quenell
-->
<#assign house = "cinema.example">
<#macro row screen time>
  <tr><td>${screen}</td><td>${time}</td></tr>
</#macro>
<table class="showtimes">
<#list showings as s>
  <@row screen=s.screen time=s.time/>
</#list>
</table>
<#if showings?size == 0>
  <p>No screenings today at ${house}.</p>
</#if>
