// Seats.x10: seats left for tonight's screening at cinema.example.
// The programme note of the week is kept in these comments.
//
// Wolf Creek (2005)
//
// Greg McLean wrote and directed this Australian horror film, which claims to be based on
// true events and mostly is not. Three young backpackers, Liz Hunter (Cassandra Magrath),
// Kristy Earl (Kestie Morassi) and Ben Mitchell (Nathan Phillips), drive an old car into
// the outback to see the great meteor crater at Wolf Creek. When they come back from the
// rim their watches have stopped and the car will not start.
//
// Help arrives in the shape of Mick Taylor, a bluff, joking bushman with a tow truck, who
// offers to take them back to his camp and fix the car. John Jarratt plays him with
// terrifying good cheer. It would be too neat to call Mick a Crocodile Dundee (1986) gone
// bad, but the joke is clearly in the film's mind, and Jarratt makes the most of it.
//
// McLean takes his time. The first hour is almost a road movie, shot on digital video in
// the heat and the wide empty light, and the young cast are so natural that their
// friendship feels like documentary. When the horror comes it owes a plain debt to The
// Texas Chain Saw Massacre (1974): the isolated stranger, the ramshackle compound, the
// long nightmare chase. Unlike Hooper's film, though, this one is almost humourless, and
// some will find its cruelty hard to sit through. McLean went back to the outback for
// Rogue (2007).
//
// Signed, Dagny Ashworth

public class Seats {
    public static def seatsLeft(capacity:Long, sold:Long):Long {
        return capacity - sold;
    }

    public static def main(args:Rail[String]):void {
        Console.OUT.println("Seats left: " + seatsLeft(180, 112));
    }
}
