{* showings.tpl: the lobby screen's list of the week's showings (cinema.example).
   Smarty drops everything between these markers, so the review lives here.

   Big Night (1996)

   Campbell Scott and Stanley Tucci directed this small, generous comedy together, and Tucci
   wrote it with Joseph Tropiano. It is set on the Jersey shore in the late fifties, in an
   Italian restaurant called Paradise that is failing because it will not cook what its
   customers believe Italian food to be.

   Tony Shalhoub plays Primo, the elder brother and the chef, a genius who would rather close
   than serve a customer the side of spaghetti she wants with her risotto. Stanley Tucci plays
   Secondo, the younger brother, who runs the dining room, longs for American success and owes
   the bank more than he admits. Ian Holm plays Pascal, owner of the loud, crowded, mediocre
   place across the street, who persuades Secondo that the singer Louis Prima will come to
   dinner if the brothers throw a feast. Minnie Driver plays Phyllis, Secondo's patient
   girlfriend, and Isabella Rossellini plays Gabriella, Pascal's mistress, who is also seeing
   Secondo. Allison Janney plays Ann, a shy florist whom Primo courts without ever quite saying
   so, and Campbell Scott turns up as a fast-talking Cadillac salesman.

   The feast itself, course after course, is one of the great meals in the cinema, and nobody
   should watch it hungry. Some will find the film too quiet, and its anger at Pascal's way of
   doing business is gentle. But the last scene, one long take in which Secondo cooks an
   omelette and the brothers eat it in silence, is worth everything before it, and Shalhoub has
   never been better.

   Signed, Margarethe Olsson
*}
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>{$page_title|escape}</title>
  <meta charset="utf-8">
</head>
<body>
  <h1>{$cinema_name|escape}</h1>
  {if $showings}
  <table class="showings">
    {foreach $showings as $show}
    <tr class="{cycle values='odd,even'}">
      <td>{$show.start|date_format:'%H:%M'}</td>
      <td>{$show.title|escape}</td>
      <td>{$show.screen}</td>
      <td>{if $show.sold_out}Sold out{else}{$show.seats_left} seats{/if}</td>
    </tr>
    {/foreach}
  </table>
  {else}
  <p>No showings are scheduled.</p>
  {/if}
</body>
</html>
