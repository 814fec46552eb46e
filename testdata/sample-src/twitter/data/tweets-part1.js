window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624502317743353956"
          ],
          "editableUntil" : "2023-02-11T21:15:09.000Z",
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
            "name" : "Amélie Durand",
            "screen_name" : "amelie_d",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1401",
            "id" : "1401"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1624444184690187308",
      "id_str" : "1624502317743353956",
      "in_reply_to_user_id" : "1401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624502317743353956",
      "in_reply_to_status_id" : "1624444184690187308",
      "created_at" : "Sat Feb 11 20:15:09 +0000 2023",
      "favorited" : false,
      "full_text" : "@amelie_d the poster is up in the hallway now",
      "lang" : "en",
      "in_reply_to_screen_name" : "amelie_d",
      "in_reply_to_user_id_str" : "1401"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575842146024957917"
          ],
          "editableUntil" : "2022-09-30T14:37:00.000Z",
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
            "name" : "Sam Okafor",
            "screen_name" : "samokafor",
            "indices" : [
              "15",
              "25"
            ],
            "id_str" : "1409",
            "id" : "1409"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "9",
      "id_str" : "1575842146024957917",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575842146024957917",
      "created_at" : "Fri Sep 30 13:37:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Good thread by @samokafor on keeping notes in plain text.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1371373017891645251"
          ],
          "editableUntil" : "2021-03-15T09:09:41.000Z",
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
            "name" : "Jonas Thal",
            "screen_name" : "jt_old",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1403",
            "id" : "1403"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1371223784553806210",
      "id_str" : "1371373017891645251",
      "in_reply_to_user_id" : "1403",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1371373017891645251",
      "in_reply_to_status_id" : "1371223784553806210",
      "created_at" : "Mon Mar 15 08:09:41 +0000 2021",
      "favorited" : false,
      "full_text" : "@jt_old thanks for the pointer, the library works perfectly",
      "lang" : "en",
      "in_reply_to_screen_name" : "jt_old",
      "in_reply_to_user_id_str" : "1403"
    }
  }
]