window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633127432978615904"
          ],
          "editableUntil" : "2023-03-12T18:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "id_str" : "1633127432978615904",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1633127432978615904",
      "created_at" : "Sun Mar 12 17:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder that the club meets Thursday at 8 &lt;3 bring snacks &amp; opinions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126798799851087"
          ],
          "editableUntil" : "2023-03-11T00:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marcoscine",
            "screen_name" : "marcoscine",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "5551355791",
            "id" : "5551355791"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "22",
      "id_str" : "1633126798799851087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1633126798799851087",
      "created_at" : "Fri Mar 10 23:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "@marcoscine no no, El aura is the one with the taxidermist, it's his second film. Also Darín. Also great.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126795733814494",
      "in_reply_to_user_id" : "5551355791",
      "in_reply_to_status_id" : "1633126795733814494",
      "in_reply_to_screen_name" : "marcoscine",
      "in_reply_to_user_id_str" : "5551355791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126424835706430"
          ],
          "editableUntil" : "2023-03-09T23:16:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pau Videla",
            "screen_name" : "pau_videla",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2269825239",
            "id" : "2269825239"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1633126424835706430",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1633126424835706430",
      "created_at" : "Thu Mar 09 22:16:11 +0000 2023",
      "favorited" : false,
      "full_text" : "@pau_videla Nope, original script. The remake went the other way (see Criminal, 2004).",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126421769669854",
      "in_reply_to_user_id" : "2269825239",
      "in_reply_to_status_id" : "1633126421769669854",
      "in_reply_to_screen_name" : "pau_videla",
      "in_reply_to_user_id_str" : "2269825239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126409232895312"
          ],
          "editableUntil" : "2023-03-09T22:14:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Qm4vT8kPzA",
            "expanded_url" : "https://cineclub-bsas.example/2023/03/nueve-reinas",
            "display_url" : "cineclub-bsas.example/2023/03/nueve-…",
            "indices" : [
              "177",
              "200"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "200"
      ],
      "favorite_count" : "20",
      "id_str" : "1633126409232895312",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1633126409232895312",
      "created_at" : "Thu Mar 09 21:14:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Hollywood remade it as Criminal (2004), with John C. Reilly. Watch this one instead. Bielinsky made only one more film before he died, which is one of cinema's real losses. 7/7 https://t.co/Qm4vT8kPzA",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126408729578815",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126408729578815",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126408729578815"
          ],
          "editableUntil" : "2023-03-09T22:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "212"
      ],
      "favorite_count" : "12",
      "id_str" : "1633126408729578815",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1633126408729578815",
      "created_at" : "Thu Mar 09 21:12:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Under the fun there's real anger about Argentina at the time: banks, bribes, a whole country being conned. The ending lands differently once you remember what happened to the banks not long after it came out. 6/7",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126408226262318",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126408226262318",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126408226262318"
          ],
          "editableUntil" : "2023-03-09T22:10:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "15",
      "id_str" : "1633126408226262318",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1633126408226262318",
      "created_at" : "Thu Mar 09 21:10:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Bielinsky clearly learnt from Mamet's House of Games (1987): the con as a lesson, the pupil who might be the teacher. It's also a cousin of The Sting, minus the ragtime. 5/7",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126407722945821",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126407722945821",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126407722945821"
          ],
          "editableUntil" : "2023-03-09T22:08:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "13",
      "id_str" : "1633126407722945821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633126407722945821",
      "created_at" : "Thu Mar 09 21:08:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Leticia Brédice plays Valeria, Marcos's sister, who works at the hotel and can't stand him, with reason. Best scene: a hotel-room negotiation where nobody tells the truth &amp; everyone knows it. 4/7",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126407219629324",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126407219629324",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126407219629324"
          ],
          "editableUntil" : "2023-03-09T22:06:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "223"
      ],
      "favorite_count" : "20",
      "id_str" : "1633126407219629324",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1633126407219629324",
      "created_at" : "Thu Mar 09 21:06:11 +0000 2023",
      "favorited" : false,
      "full_text" : "The \"nine queens\" are a sheet of rare Weimar stamps (forged, of course) that a rich Spanish collector at a hotel wants before he leaves the country tomorrow. Everything that can go wrong does, and then goes wrong again. 3/7",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126406716312827",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126406716312827",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126406716312827"
          ],
          "editableUntil" : "2023-03-09T22:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "4",
      "id_str" : "1633126406716312827",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1633126406716312827",
      "created_at" : "Thu Mar 09 21:04:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Ricardo Darín is Marcos, a fast-talking grifter in a cheap suit who catches Juan (Gastón Pauls) working a small swindle in a petrol-station shop and decides to take him on as a partner for the day. 2/7",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1633126406212996330",
      "in_reply_to_user_id" : "118711956399141",
      "in_reply_to_status_id" : "1633126406212996330",
      "in_reply_to_screen_name" : "luferreyra",
      "in_reply_to_user_id_str" : "118711956399141"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633126406212996330"
          ],
          "editableUntil" : "2023-03-09T22:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "19",
      "id_str" : "1633126406212996330",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1633126406212996330",
      "created_at" : "Thu Mar 09 21:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Lucía Ferreyra here with this month's film club pick 🧵\n\nNueve reinas / Nine Queens (Argentina, 2000), written &amp; directed by Fabián Bielinsky. One day in Buenos Aires, two con men, one sheet of fake stamps. 1/7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633125636138782253"
          ],
          "editableUntil" : "2023-03-07T19:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cineclub Bsas",
            "screen_name" : "cineclub_bsas",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "8129872616",
            "id" : "8129872616"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1633125636138782253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633125636138782253",
      "created_at" : "Tue Mar 07 18:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @cineclub_bsas: Este jueves: Nueve reinas + debate &gt; entrada libre, traé mate 🧉",
      "lang" : "es"
    }
  }
]