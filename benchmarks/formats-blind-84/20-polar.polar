# Oso Polar policy for screening bookings (cinema.example).
# The programme note of the week is kept in these comment lines.
#
# What Men Want (2019)
#
# Adam Shankman directed this comedy from a screenplay by Tina Gordon, Peter Huyck and Alex
# Gregory, and it is a remake of What Women Want (2000) with the sexes swapped: this time a
# woman in a man's world suddenly hears what the men around her are thinking.
#
# Taraji P. Henson plays Ali Davis, a sports agent in Atlanta who keeps being passed over for
# partner at a firm run by men. After a bad cup of tea from a psychic and a knock on the head,
# she can hear every man's private thoughts, and she uses them without shame. Henson attacks
# the part with great energy and is very funny even when the script lets her down. Aldis Hodge
# plays Will, a widowed bartender she drags into posing as her husband, and Tracy Morgan is
# Joe Dolla, the loud father of a basketball prospect she is trying to sign. Richard Roundtree
# plays Skip, Ali's father, a boxing trainer, and Erykah Badu is Sister, the psychic, who
# steals her scenes. Josh Brener is Brandon, Ali's long-suffering assistant.
#
# The premise is fine, but the film goes for easy jokes and repeats them. The scenes of Ali
# reading minds at a poker game and at a funeral are the best, and Henson and Hodge have a
# warm chemistry. It is no better or worse than the Mel Gibson version. It is a loud, uneven
# comedy with one star who is better than her material.
#
# Review by Evangeline Mbeki-Sandoval

actor User {}

resource Screening {
  permissions = ["read", "book"];
  roles = ["guest", "member"];

  "read" if "guest";
  "book" if "member";
  "guest" if "member";
}

has_role(user: User, name: String, screening: Screening) if
  role in user.roles and
  role.name = name and
  role.screening = screening;

allow(actor, action, resource) if
  has_permission(actor, action, resource);
