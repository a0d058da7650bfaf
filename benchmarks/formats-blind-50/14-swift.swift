// ReviewCard.swift
// Masala Nights film club app
//
// Created by Ravindra Halloran on 2022-11-12.

import Foundation

struct ReviewCard {
    let film: String
    let year: Int
    let reviewer: String
    let body: String
}

let card = ReviewCard(
    film: "Don",
    year: 2006,
    reviewer: "Ravindra Halloran",
    body: """
    Farhan Akhtar directed Don (2006), the Indian remake of Don (1978), and wrote its
    new screenplay himself. Salim-Javed's old story is all there, the gang boss and
    the gentle double, but the last act has been rewired.

    Shah Rukh Khan plays Don, the smuggler, and Vijay, the lookalike the police plant
    in his place after Don is shot. Priyanka Chopra is Roma, who joins the gang to
    avenge her brother; Boman Irani plays DCP D'Silva, the only man who knows the
    secret; Arjun Rampal is Jasjit, a man with a child to find. Isha Koppikar plays
    Anita, and Om Puri is Vishal Malik of Interpol.

    The film moves the action to Malaysia and shoots it like a perfume commercial,
    which suits the new twists. Amitabh Bachchan owned the part in Chandra Barot's
    film, and the old song Khaike Paan Banaraswala comes back for a turn. Akhtar made
    Dil Chahta Hai before this, and Don 2 followed in 2011.

    -- Ravindra Halloran
    """
)

print("\(card.film) (\(card.year))")
print(card.body)
