window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180917535"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "6",
      "id_str": "1180917535",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180917535",
      "created_at": "Sun Feb 08 20:13:28 +0000 2009",
      "favorited": false,
      "full_text": "Best film I've seen this year, and I've seen plenty. 8/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180909616",
      "in_reply_to_status_id": "1180909616",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180909616"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "3",
      "id_str": "1180909616",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180909616",
      "created_at": "Sun Feb 08 20:12:26 +0000 2009",
      "favorited": false,
      "full_text": "I hear Hollywood already has a remake in the works. Why. 7/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180901697",
      "in_reply_to_status_id": "1180901697",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180901697"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "3",
      "id_str": "1180901697",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180901697",
      "created_at": "Sun Feb 08 20:11:37 +0000 2009",
      "favorited": false,
      "full_text": "It is a vampire film that cares more about loneliness than blood. The swimming-pool scene, shot from under water: perfect. 6/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180893778",
      "in_reply_to_status_id": "1180893778",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180893778"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "5",
      "id_str": "1180893778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180893778",
      "created_at": "Sun Feb 08 20:10:00 +0000 2009",
      "favorited": false,
      "full_text": "Per Ragnar plays Håkan, the older man who goes out after dark with a funnel and a can of gas. Hard to watch. 5/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180885859",
      "in_reply_to_status_id": "1180885859",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180885859"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "4",
      "id_str": "1180885859",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180885859",
      "created_at": "Sun Feb 08 20:08:16 +0000 2009",
      "favorited": false,
      "full_text": "Lina Leandersson is Eli, the girl who moves in next door, doesn't feel the cold, and has to be invited in. 4/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180877940",
      "in_reply_to_status_id": "1180877940",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180877940"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "2",
      "id_str": "1180877940",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180877940",
      "created_at": "Sun Feb 08 20:06:30 +0000 2009",
      "favorited": false,
      "full_text": "Kåre Hedebrant plays Oskar, 12, bullied and pale, who practises stabbing a tree at night. 3/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180870021",
      "in_reply_to_status_id": "1180870021",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180870021"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1180870021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180870021",
      "created_at": "Sun Feb 08 20:05:35 +0000 2009",
      "favorited": false,
      "full_text": "Screenplay by John Ajvide Lindqvist, from his own novel. A snowed-in Stockholm suburb, early 80s. 2/8",
      "lang": "en",
      "in_reply_to_status_id_str": "1180862102",
      "in_reply_to_status_id": "1180862102",
      "in_reply_to_user_id": "21457803",
      "in_reply_to_user_id_str": "21457803",
      "in_reply_to_screen_name": "jonnahal"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180862102"
          ],
          "editableUntil": "2009-02-08T21:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "4",
      "id_str": "1180862102",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180862102",
      "created_at": "Sun Feb 08 20:04:23 +0000 2009",
      "favorited": false,
      "full_text": "Thread: Let the Right One In (Låt den rätte komma in, Sweden 2008). Dir. Tomas Alfredson. Words by Jonna Halloran, as ever. 1/8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1180773891"
          ],
          "editableUntil": "2009-02-06T09:12:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "42"
      ],
      "favorite_count": "1",
      "id_str": "1180773891",
      "truncated": false,
      "retweet_count": "0",
      "id": "1180773891",
      "created_at": "Fri Feb 06 08:12:44 +0000 2009",
      "favorited": false,
      "full_text": "Coffee machine at work broken. Again. Why.",
      "lang": "en"
    }
  }
]