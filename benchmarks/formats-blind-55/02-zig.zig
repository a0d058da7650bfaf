// Author: Tobias Renk
// Review file, 2026-11-21

const std = @import("std");

const title = "The Wages of Fear (1953)";
const reviewer = "Tobias Renk";
const signoff = "Tobias Renk";

const paragraphs = [_][]const u8{
    \\Henri-Georges Clouzot's The Wages of Fear (1953) is a French
    \\thriller about four desperate men paid to drive two trucks of
    \\nitroglycerine over bad mountain roads. Clouzot wrote the screenplay
    \\with Jerome Geronimi, working from a novel by Georges Arnaud.
    ,
    \\Yves Montand plays Mario, a drifter stuck in a dead South American
    \\town, and Charles Vanel is Jo, a swaggering old gangster who goes to
    \\pieces once the road gets rough. Peter van Eyck plays Bimba and
    \\Folco Lulli plays Luigi, the two men in the second truck. Vera
    \\Clouzot has a small, sad part as Linda.
    ,
    \\Clouzot takes his greedy men sweating in a hot country from The
    \\Treasure of the Sierra Madre (1948), and he makes them even less
    \\lovable than Huston did. Some call William Friedkin's Sorcerer the
    \\better film; I do not agree, and in any case it came much later. The
    \\film won the top prize at Cannes, which is easy to believe after the
    \\scene at the oil pool.
    ,
};

pub fn main() void {
    std.debug.print("{s}\n\n", .{title});
    for (paragraphs) |p| {
        std.debug.print("{s}\n\n", .{p});
    }
    std.debug.print("{s}\n", .{signoff});
}
