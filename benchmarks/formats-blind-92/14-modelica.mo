// LampCooling.mo: how fast the projector lamp housing cools (cinema.example).
// Written for the science club's open evening; the review is in the comments above the model.
//
// By Henrike Mbatha
//
// Sisters (2006)
//
// Douglas Buck wrote and directed this remake of Sisters (1973), Brian De Palma's thriller
// about a woman who may be sharing her life with a murderous twin, and he keeps the outline
// and the heroine's name while changing almost everything else.
//
// Chloe Sevigny plays Grace Collier, a reporter who has been digging into an institute run by
// Dr. Philip Lacan, a celebrated and sinister psychiatrist played by Stephen Rea. From her
// window she sees, or believes she sees, a man stabbed to death in the apartment opposite. The
// apartment belongs to Angelique Tremblay, a young woman once in Lacan's care, played by Lou
// Doillon, who was born joined to a twin sister named Annabelle. The police find no body and
// no blood, and Grace starts investigating on her own, into Lacan's institute, Angelique's
// past and, in the end, her own.
//
// De Palma's film was a gleeful game played with Hitchcock's tricks, full of split screens, a
// birthday cake and a great deal of blood, and Margot Kidder made its twins funny and
// frightening at once. Buck takes the material seriously, and that is both the strength and
// the trouble of his version. Sevigny is good as a woman whose nerve slowly fails her, Doillon
// is eerie and sad, and Rea's soft voice unsettles. But a new thread about childhood trauma in
// Grace's own history makes the ending heavy and muddled, and the jokes that kept the first
// film alive are gone. It looks cold and expensive, and it feels long.

model LampCooling "Lamp housing cooling down after the last show"
  parameter Real C = 450 "Heat capacity of the housing, J/K";
  parameter Real G = 3.2 "Thermal conductance to the booth, W/K";
  parameter Real Tamb = 293.15 "Booth air temperature, K";
  Real T(start = 900, fixed = true) "Housing temperature, K";
equation
  C * der(T) = -G * (T - Tamb);
end LampCooling;
