window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1000-1401",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1401",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Do you still have the print files for the shelf poster?",
            "mediaUrls" : [ ],
            "senderId" : "1000",
            "id" : "1896123309881910070",
            "createdAt" : "2025-03-02T09:00:00.412Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1000",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Yes, sending them tonight.",
            "mediaUrls" : [ ],
            "senderId" : "1401",
            "id" : "1895943122580614264",
            "createdAt" : "2025-03-01T21:04:17.903Z"
          }
        }
      ]
    }
  }
]