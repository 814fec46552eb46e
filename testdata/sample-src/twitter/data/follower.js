window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2002",
      "userLink" : "https://twitter.com/intent/user?user_id=2002"
    }
  },
  {
    "follower" : {
      "accountId" : "2001",
      "userLink" : "https://twitter.com/intent/user?user_id=2001"
    }
  },
  {
    "follower" : {
      "accountId" : "1403",
      "userLink" : "https://twitter.com/intent/user?user_id=1403"
    }
  },
  {
    "follower" : {
      "accountId" : "1401",
      "userLink" : "https://twitter.com/intent/user?user_id=1401"
    }
  }
]