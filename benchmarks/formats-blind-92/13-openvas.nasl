# cinema_booking_banner.nasl: reports the booking server's banner (cinema.example).
# A local OpenVAS check; our film column rides in its comment lines this time.
#
# The Island (2005)
#
# Michael Bay directed this science-fiction chase picture, and the credited writers are
# Caspian Tredwell-Owen, Alex Kurtzman and Roberto Orci. Its premise is borrowed from Parts:
# The Clonus Horror (1979), a cheap and half-forgotten thriller whose makers went to court
# over the likeness: people raised in a sealed, spotless colony are told the outside world is
# poisoned, when in fact they are clones, kept as spare parts for the rich customers who paid
# for them.
#
# Ewan McGregor plays Lincoln Six Echo, a resident who starts asking awkward questions and
# discovers that the lottery sending its lucky winners to the Island, the last clean place on
# Earth, is really a trip to the operating table. Scarlett Johansson plays Jordan Two Delta,
# the friend he escapes with. Sean Bean plays Dr. Merrick, the smooth scientist who runs the
# facility, and Djimon Hounsou plays Albert Laurent, the former soldier hired to bring the two
# of them back quietly. Michael Clarke Duncan has a short, painful role as Starkweather, a
# clone who wakes up on the table and runs.
#
# The first hour, inside the white colony, is intriguing, and McGregor and Johansson make an
# appealing pair of innocents. Then Bay takes over: chases through Los Angeles, a truck
# shedding train wheels onto a freeway, a fall down the side of a skyscraper. The ideas are
# dropped for noise, and the film forgets what it was about.
#
# Reviewed by Bartholomew Iwu-Lindgren

if (description)
{
  script_oid("1.3.6.1.4.1.25623.1.0.900001");
  script_version("2024-03-01T10:00:00+0000");
  script_name("Cinema booking server banner");
  script_category(ACT_GATHER_INFO);
  script_family("Web application abuses");
  script_copyright("Copyright (C) cinema.example");
  script_dependencies("find_service.nasl", "http_version.nasl");
  script_require_ports("Services/www", 80);
  script_tag(name:"summary", value:"Reports the banner of the booking server.");
  exit(0);
}

include("http_func.inc");
include("port_service_func.inc");

port = http_get_port(default:80);
banner = http_get_remote_headers(port:port);
if (banner && "cinema.example" >< banner)
  log_message(port:port, data:banner);
exit(0);
