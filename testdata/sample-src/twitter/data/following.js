window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1409",
      "userLink" : "https://twitter.com/intent/user?user_id=1409"
    }
  },
  {
    "following" : {
      "accountId" : "1408",
      "userLink" : "https://twitter.com/intent/user?user_id=1408"
    }
  },
  {
    "following" : {
      "accountId" : "1407",
      "userLink" : "https://twitter.com/intent/user?user_id=1407"
    }
  },
  {
    "following" : {
      "accountId" : "1406",
      "userLink" : "https://twitter.com/intent/user?user_id=1406"
    }
  },
  {
    "following" : {
      "accountId" : "1405",
      "userLink" : "https://twitter.com/intent/user?user_id=1405"
    }
  },
  {
    "following" : {
      "accountId" : "1404",
      "userLink" : "https://twitter.com/intent/user?user_id=1404"
    }
  },
  {
    "following" : {
      "accountId" : "1403",
      "userLink" : "https://twitter.com/intent/user?user_id=1403"
    }
  },
  {
    "following" : {
      "accountId" : "1402",
      "userLink" : "https://twitter.com/intent/user?user_id=1402"
    }
  },
  {
    "following" : {
      "accountId" : "1401",
      "userLink" : "https://twitter.com/intent/user?user_id=1401"
    }
  }
]