window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "robin.hale@example.com",
      "createdVia" : "web",
      "username" : "robinhale",
      "accountId" : "1000",
      "createdAt" : "2019-05-21T08:12:44.000Z",
      "accountDisplayName" : "Robin Hale"
    }
  }
]