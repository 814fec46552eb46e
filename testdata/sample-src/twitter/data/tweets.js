window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106091891980548525"
          ],
          "editableUntil" : "2026-10-02T19:40:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105989467078240489",
      "id_str" : "2106091891980548525",
      "in_reply_to_user_id" : "1000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2106091891980548525",
      "in_reply_to_status_id" : "2105989467078240489",
      "created_at" : "Fri Oct 02 18:40:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Thread on the new studio layout, part 2: the north light won. https://t.co/Qx7bZk2LmA",
      "lang" : "en",
      "in_reply_to_screen_name" : "robinhale",
      "in_reply_to_user_id_str" : "1000",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/robinhale/status/2106091891980548525/photo/1",
            "indices" : [
              "62",
              "85"
            ],
            "url" : "https://t.co/Qx7bZk2LmA",
            "media_url" : "http://pbs.twimg.com/media/GbK3xYzWcAAq1fP.jpg",
            "id_str" : "2106091808093312799",
            "id" : "2106091808093312799",
            "media_url_https" : "https://pbs.twimg.com/media/GbK3xYzWcAAq1fP.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Qx7bZk2LmA"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106089799021798091"
          ],
          "editableUntil" : "2026-10-02T19:31:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amélie Durand",
            "screen_name" : "amelie_d",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1401",
            "id" : "1401"
          },
          {
            "name" : "Lou Bernard",
            "screen_name" : "bookbinder_lou",
            "indices" : [
              "10",
              "25"
            ],
            "id_str" : "3001",
            "id" : "3001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "8",
      "id_str" : "2106089799021798091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2106089799021798091",
      "created_at" : "Fri Oct 02 18:31:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@amelie_d @bookbinder_lou your shelf sketches made this whole project. Thank you both!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045428482045249082"
          ],
          "editableUntil" : "2026-04-18T10:05:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Park 🌿",
            "screen_name" : "lenapark",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1407",
            "id" : "1407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2045277738759337537",
      "id_str" : "2045428482045249082",
      "in_reply_to_user_id" : "1407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045428482045249082",
      "in_reply_to_status_id" : "2045277738759337537",
      "created_at" : "Sat Apr 18 09:05:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@lenapark Saw the talk recording, the part about seed libraries was great 🌱",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenapark",
      "in_reply_to_user_id_str" : "1407"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933786997981853847"
          ],
          "editableUntil" : "2025-06-14T08:22:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dmitri Sokolov",
            "screen_name" : "dmitri_s",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1402",
            "id" : "1402"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1933731129848915540",
      "id_str" : "1933786997981853847",
      "in_reply_to_user_id" : "1402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933786997981853847",
      "in_reply_to_status_id" : "1933731129848915540",
      "created_at" : "Sat Jun 14 07:22:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@dmitri_s Agreed, the second proof is much cleaner.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitri_s",
      "in_reply_to_user_id_str" : "1402"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883920049501470760"
          ],
          "editableUntil" : "2025-01-27T17:48:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1883811584799963266",
      "id_str" : "1883920049501470760",
      "in_reply_to_user_id" : "1406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883920049501470760",
      "in_reply_to_status_id" : "1883811584799963266",
      "created_at" : "Mon Jan 27 16:48:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Congrats on the launch, looks great!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kofi_m",
      "in_reply_to_user_id_str" : "1406"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855222378264487685"
          ],
          "editableUntil" : "2024-11-09T13:14:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonas Thal",
            "screen_name" : "jonas_thal",
            "indices" : [
              "44",
              "55"
            ],
            "id_str" : "1403",
            "id" : "1403"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1855222378264487685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855222378264487685",
      "created_at" : "Sat Nov 09 12:14:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading list for the weekend, starting with @jonas_thal's essay on small tools.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819675261795517531"
          ],
          "editableUntil" : "2024-08-03T11:02:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greta Lindqvist",
            "screen_name" : "gretal",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1405",
            "id" : "1405"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1819659407327554341",
      "id_str" : "1819675261795517531",
      "in_reply_to_user_id" : "1405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819675261795517531",
      "in_reply_to_status_id" : "1819659407327554341",
      "created_at" : "Sat Aug 03 10:02:45 +0000 2024",
      "favorited" : false,
      "full_text" : "@gretal see you at the meetup on Thursday?",
      "lang" : "en",
      "in_reply_to_screen_name" : "gretal",
      "in_reply_to_user_id_str" : "1405"
    }
  }
]