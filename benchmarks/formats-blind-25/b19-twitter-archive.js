window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718766620006938268"
          ],
          "editableUntil" : "2023-10-29T22:09:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "130"
      ],
      "favorite_count" : "23",
      "id_str" : "1718766620006938268",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1718766620006938268",
      "created_at" : "Sun Oct 29 21:09:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone will surely remake it again for the streaming age, and it will be worse. Full write-up on the blog this week. — Isolde 5/5",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1718766620005203701",
      "in_reply_to_status_id" : "1718766620005203701",
      "in_reply_to_user_id" : "1402233117",
      "in_reply_to_user_id_str" : "1402233117",
      "in_reply_to_screen_name" : "isolde_after_dark"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718766620005203701"
          ],
          "editableUntil" : "2023-10-29T22:08:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "200"
      ],
      "favorite_count" : "9",
      "id_str" : "1718766620005203701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1718766620005203701",
      "created_at" : "Sun Oct 29 21:08:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Nakata's film is quieter and scarier, no argument. But the blue-green grade &amp; the horse-on-the-ferry scene are all Verbinski's. Skip The Ring Two (2005). Also: read Koji Suzuki's novel, it's nuts. 4/5",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1718766620003469134",
      "in_reply_to_status_id" : "1718766620003469134",
      "in_reply_to_user_id" : "1402233117",
      "in_reply_to_user_id_str" : "1402233117",
      "in_reply_to_screen_name" : "isolde_after_dark"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718766620003469134"
          ],
          "editableUntil" : "2023-10-29T22:06:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "239"
      ],
      "favorite_count" : "15",
      "id_str" : "1718766620003469134",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1718766620003469134",
      "created_at" : "Sun Oct 29 21:06:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Daveigh Chase is Samara, the girl in the well, and Brian Cox gets one horrible scene as her father, Richard Morgan. The tape itself (a burning tree, a ladder, an empty chair) looks like it crawled out of Cronenberg's Videodrome (1983). 3/5",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1718766620001734567",
      "in_reply_to_status_id" : "1718766620001734567",
      "in_reply_to_user_id" : "1402233117",
      "in_reply_to_user_id_str" : "1402233117",
      "in_reply_to_screen_name" : "isolde_after_dark"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718766620001734567"
          ],
          "editableUntil" : "2023-10-29T22:05:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "226"
      ],
      "favorite_count" : "12",
      "id_str" : "1718766620001734567",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1718766620001734567",
      "created_at" : "Sun Oct 29 21:05:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Naomi Watts plays Rachel Keller, a Seattle journalist who watches a cursed videotape after her niece dies; Martin Henderson is Noah, her ex; David Dorfman plays their son, Aidan. Ehren Kruger's script keeps the seven days. 2/5",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1718766620000000000",
      "in_reply_to_status_id" : "1718766620000000000",
      "in_reply_to_user_id" : "1402233117",
      "in_reply_to_user_id_str" : "1402233117",
      "in_reply_to_screen_name" : "isolde_after_dark"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718766620000000000"
          ],
          "editableUntil" : "2023-10-29T22:04:11.000Z",
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
        "218"
      ],
      "favorite_count" : "41",
      "id_str" : "1718766620000000000",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1718766620000000000",
      "created_at" : "Sun Oct 29 21:04:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Rewatched The Ring (2002) for spooky season 🧵 Gore Verbinski's remake of Hideo Nakata's Ringu (1998) is still the best of the early-2000s wave of American J-horror remakes, and it holds up far better than I feared. 1/5",
      "lang" : "en"
    }
  }
]
