window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876549822"
          ],
          "editableUntil": "2024-03-05T19:08:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/q7LmXw2Rk9",
            "expanded_url": "https://northquaycinema.example.org/whats-on/hero",
            "display_url": "northquaycinema.example.org/whats-on/hero",
            "indices": [
              "9",
              "32"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "6",
      "id_str": "1765432109876549822",
      "truncated": false,
      "retweet_count": "2",
      "id": "1765432109876549822",
      "created_at": "Tue Mar 05 18:08:53 +0000 2024",
      "favorited": false,
      "full_text": "Tickets: https://t.co/q7LmXw2Rk9 Next month: House of Flying Daggers (2004). ^MT 7/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876548685",
      "in_reply_to_status_id": "1765432109876548685",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876548685"
          ],
          "editableUntil": "2024-03-05T19:07:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "7",
      "id_str": "1765432109876548685",
      "truncated": false,
      "retweet_count": "1",
      "id": "1765432109876548685",
      "created_at": "Tue Mar 05 18:07:46 +0000 2024",
      "favorited": false,
      "full_text": "The ending has been argued over for twenty years: a hymn to unity, or an apology for an emperor? Come on Friday and argue about it with us. 6/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876547548",
      "in_reply_to_status_id": "1765432109876547548",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876547548"
          ],
          "editableUntil": "2024-03-05T19:06:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "231"
      ],
      "favorite_count": "9",
      "id_str": "1765432109876547548",
      "truncated": false,
      "retweet_count": "1",
      "id": "1765432109876547548",
      "created_at": "Tue Mar 05 18:06:39 +0000 2024",
      "favorited": false,
      "full_text": "Script by Li Feng, Wang Bin and Zhang Yimou, who directed. A China-Hong Kong co-production, it was sold in the West as the next Crouching Tiger, Hidden Dragon. It isn't that film, and it made less money, but I'd rank it higher. 5/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876546411",
      "in_reply_to_status_id": "1765432109876546411",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876546411"
          ],
          "editableUntil": "2024-03-05T19:05:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "217"
      ],
      "favorite_count": "15",
      "id_str": "1765432109876546411",
      "truncated": false,
      "retweet_count": "3",
      "id": "1765432109876546411",
      "created_at": "Tue Mar 05 18:05:32 +0000 2024",
      "favorited": false,
      "full_text": "The assassins: Tony Leung Chiu-wai as Broken Sword, Maggie Cheung as Flying Snow, Donnie Yen as Sky. Zhang Ziyi plays Moon, Broken Sword's servant, who gets the film's angriest fight, in a forest of yellow leaves. 4/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876545274",
      "in_reply_to_status_id": "1765432109876545274",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876545274"
          ],
          "editableUntil": "2024-03-05T19:04:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "269"
      ],
      "favorite_count": "19",
      "id_str": "1765432109876545274",
      "truncated": false,
      "retweet_count": "4",
      "id": "1765432109876545274",
      "created_at": "Tue Mar 05 18:04:25 +0000 2024",
      "favorited": false,
      "full_text": "Each killing is told as a story, and each story gets its own colour: red, blue, green, white. The king doesn't believe the first version, so we get another, and another. The structure comes straight from Kurosawa's Rashomon (1950) &amp; Zhang makes no secret of it. 3/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876544137",
      "in_reply_to_status_id": "1765432109876544137",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876544137"
          ],
          "editableUntil": "2024-03-05T19:03:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "181"
      ],
      "favorite_count": "12",
      "id_str": "1765432109876544137",
      "truncated": false,
      "retweet_count": "2",
      "id": "1765432109876544137",
      "created_at": "Tue Mar 05 18:03:18 +0000 2024",
      "favorited": false,
      "full_text": "Jet Li plays Nameless, a minor official who arrives at the palace of the King of Qin (Chen Daoming) claiming to have killed the three assassins who had sworn to murder the king. 2/7",
      "lang": "en",
      "in_reply_to_status_id_str": "1765432109876543000",
      "in_reply_to_status_id": "1765432109876543000",
      "in_reply_to_user_id": "1187730245553348608",
      "in_reply_to_user_id_str": "1187730245553348608",
      "in_reply_to_screen_name": "NorthQuayCinema"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765432109876543000"
          ],
          "editableUntil": "2024-03-05T19:02:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "41",
      "id_str": "1765432109876543000",
      "truncated": false,
      "retweet_count": "11",
      "id": "1765432109876543000",
      "created_at": "Tue Mar 05 18:02:11 +0000 2024",
      "favorited": false,
      "full_text": "🧵 Friday's film is Hero (2002), Zhang Yimou's wuxia epic, and our programmer Marisol Tanaka-Reyes has some notes for you. 1/7",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765790012345678001"
          ],
          "editableUntil": "2024-03-06T10:15:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kwok · film notes",
            "screen_name": "kwokfilmnotes",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "2241907716",
            "id": "2241907716"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "3",
      "id_str": "1765790012345678001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765790012345678001",
      "created_at": "Wed Mar 06 09:15:40 +0000 2024",
      "favorited": false,
      "full_text": "@kwokfilmnotes Yes! Tony Leung in In the Mood for Love (2000) is on the April list, watch this space.",
      "lang": "en",
      "in_reply_to_status_id_str": "1765781122334455667",
      "in_reply_to_status_id": "1765781122334455667",
      "in_reply_to_user_id": "2241907716",
      "in_reply_to_user_id_str": "2241907716",
      "in_reply_to_screen_name": "kwokfilmnotes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765101010101010101"
          ],
          "editableUntil": "2024-03-04T13:00:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "NorthQuay",
            "indices": [
              "90",
              "100"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "2",
      "id_str": "1765101010101010101",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765101010101010101",
      "created_at": "Mon Mar 04 12:00:03 +0000 2024",
      "favorited": false,
      "full_text": "Box office closed today for a boiler repair &lt;sigh&gt;. Online booking works as normal. #NorthQuay",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764999988887777666"
          ],
          "editableUntil": "2024-03-04T09:30:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Harbour Lit Fest",
            "screen_name": "harbourlitfest",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "3300998877",
            "id": "3300998877"
          },
          {
            "name": "North Quay Cinema",
            "screen_name": "NorthQuayCinema",
            "indices": [
              "119",
              "135"
            ],
            "id_str": "1187730245553348608",
            "id": "1187730245553348608"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1764999988887777666",
      "truncated": false,
      "retweet_count": "14",
      "id": "1764999988887777666",
      "created_at": "Mon Mar 04 08:30:51 +0000 2024",
      "favorited": false,
      "full_text": "RT @harbourlitfest: Our spring programme is out: readings, a zine fair and a late screening of The Red Shoes (1948) at @NorthQuayCinema 🎭",
      "lang": "en"
    }
  }
]