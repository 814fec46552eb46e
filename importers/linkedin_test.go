package importers

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// The preamble of Connections.csv since the 2021-23 exports, verbatim.
const liNotes = "Notes:\n" +
	`"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"` + "\n\n"

const (
	liHeader     = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
	liHeaderOld  = "First Name,Last Name,Email Address,Company,Position,Connected On\n"
	liFollowsHdr = "Date,Status,FullName\n"
)

// liCurrent is a Connections.csv in the current (2024+) form.
const liCurrent = liNotes + liHeader +
	"Amélie,Durand,https://www.linkedin.com/in/amelie-durand-4821,amelie.durand@example.org,Atelier Durand,Designer,14 Mar 2023\n" +
	"Bruno,Keller,https://www.linkedin.com/in/brunokeller,,Keller Logistik AG,Operations Lead,3 May 2024\n"

// liQuirks has the quirks of real files: quoted commas, doubled quotes,
// stray spaces, emoji, doubled spaces inside names.
const liQuirks = liNotes + liHeader +
	`Dmitri,"Sokolov, PhD",https://www.linkedin.com/in/dsokolov,,"Helix Labs, Inc.","Research Scientist, Materials",07 Jun 2020` + "\n" +
	`"Samuel ""Sam""",Okafor,https://www.linkedin.com/in/samuel-okafor,,Okafor Consulting,Principal,11 Nov 2022` + "\n" +
	" Priya ,Nair ,https://www.linkedin.com/in/priya-nair-5b2 ,, Lattice Systems ,Engineering Manager, 05 Oct 2019 \n" +
	"🟢 Marco,Bianchi,https://www.linkedin.com/in/marcobianchi,,Freelance,Open to work,23 Apr 2026\n" +
	`Mary  Ann,"van  der Berg",https://www.linkedin.com/in/maryann-vdb,,,,01 Feb 2024` + "\n"

// liNoURL has namesakes without profile URLs (the 2021-23 form).
const liNoURL = liNotes + liHeaderOld +
	"Chloé,Martin,,Studio Lumière,Product Manager,19 Jan 2024\n" +
	"Chloé,Martin,,Atelier Nord,Illustrator,19 Jan 2024\n" +
	"Chloe,Martin,,,,01 Mar 2023\n" +
	"Chloé,Martin,,,,\n"

const liFollows = liFollowsHdr +
	"2026-04-06 14:48:23,Active,Greta Lindqvist\n" +
	"2025-02-28 10:02:11,ACTIVE,Fatima Rahman\n" +
	"2024-08-19 17:03:05,Unfollow,Hiro Tanaka\n" +
	"2024-01-20 09:00:00,Active,Chloé Martin\n" +
	"2023-05-01 12:00:00,Active,Bruno Keller\n" +
	"2023-05-02 12:00:00,Active,Bruno  Keller\n" +
	`2022-01-01 08:00:00,Active,"Dana Whitfield, PhD"` + "\n"

const liCompanies = "Organization,Followed On\n" +
	"Acme Robotics,Tue Mar 10 11:20:05 UTC 2026\n" +
	`"Northwind Traders, Inc.",Thu Sep 12 08:05:44 UTC 2024` + "\n" +
	"Lumen Press,Sat Jan 09 23:59:59 GMT+02:00 2021"

// liDate parses a YYYY-MM-DD test value; "" is the zero Date.
func liDate(s string) audit.Date {
	if s == "" {
		return 0
	}
	d, err := audit.ParseDate(s)
	if err != nil {
		panic(err) // a typo in a test table
	}
	return d
}

// liConn is a connection as the importer gives it: where the URL is
// LinkedIn's profile address of the id as written (the slug plain), the
// account holds the id alone (audit.Account.SetURLOfID).
func liConn(id, name, url, email, since, src string) audit.Account {
	a := audit.Account{Network: audit.LinkedIn, Relation: audit.Connection, ID: id, Name: name,
		ProfileURL: url, Email: email, Since: liDate(since), Source: src}
	if url == audit.LinkedInProfile+id && isPlainID(id) {
		a.SetURLOfID()
	}
	return a
}

func liFollowing(id, name, since, src string) audit.Account {
	return audit.Account{Network: audit.LinkedIn, Relation: audit.Following, ID: id, Name: name,
		Since: liDate(since), Source: src}
}

// liFollowed is a connection followed too: the follow, joined to it by
// name, keeps the ID and date it would have had alone (for
// audit.SplitFollows).
func liFollowed(id, name, url, email, since, src, followID, followSince string) audit.Account {
	a := liConn(id, name, url, email, since, src)
	a.Extra = map[string]string{audit.ExtraFollow: followID, audit.ExtraFollowSince: followSince}
	return a
}

const (
	liConnSrc    = "export.zip!Connections.csv"
	liFollowSrc  = "export.zip!Member_Follows.csv"
	liCompanySrc = "export.zip!Company Follows.csv"
)

func TestLinkedInImport(t *testing.T) {
	matched := "Fatima,Rahman,https://www.linkedin.com/in/fatima-rahman-01,,Brightwater Health,Data Analyst,28 Feb 2025\n" +
		"Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,,,19 Jan 2024\n" +
		"Chloé,Martin,https://www.linkedin.com/in/chloe-martin-12,,,,20 Jan 2024\n" +
		"Bruno,Keller,https://www.linkedin.com/in/brunokeller,,,,02 Sep 2021\n"
	noURLWant := []audit.Account{
		liConn("chloe-martin.20240119", "Chloé Martin", "", "", "2024-01-19", liConnSrc),
		liConn("chloe-martin.20240119~2", "Chloé Martin", "", "", "2024-01-19", liConnSrc),
		liConn("chloe-martin.20230301", "Chloe Martin", "", "", "2023-03-01", liConnSrc),
		liConn("chloe-martin.nodate", "Chloé Martin", "", "", "", liConnSrc),
	}
	tests := []struct {
		name  string
		files func() []*File
		want  []audit.Account
	}{{
		name:  "current form",
		files: func() []*File { return []*File{memFile("Connections.csv", liCurrent)} },
		want: []audit.Account{
			liConn("amelie-durand-4821", "Amélie Durand", "https://www.linkedin.com/in/amelie-durand-4821", "amelie.durand@example.org", "2023-03-14", liConnSrc),
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2024-05-03", liConnSrc),
		},
	}, {
		name: "2018 form: no notes, no URL, M/D/YY dates, urn in the email column",
		files: func() []*File {
			return []*File{memFile("Connections.csv", liHeaderOld+
				`Amélie,Durand,amelie.durand@example.org,Atelier Durand,Designer,"1/8/19, 6:14 PM"`+"\n"+
				`Yusuf,Demir,urn:li:member:664293716,,,"11/17/19, 9:40 AM"`+"\n")}
		},
		want: []audit.Account{
			liConn("amelie-durand.20190108", "Amélie Durand", "", "amelie.durand@example.org", "2019-01-08", liConnSrc),
			liConn("yusuf-demir.20191117", "Yusuf Demir", "", "", "2019-11-17", liConnSrc),
		},
	}, {
		name: "2021-23 form: notes but no URL, hidden row of 6 fields",
		files: func() []*File {
			return []*File{memFile("Connections.csv", liNotes+liHeaderOld+
				"Chloe,Martin,,Studio Lumière,Product Manager,19 Jan 2022\n"+
				",,,,,02 Jun 2022\n"+
				"Greta,Lindqvist,greta@example.com,,,2022-06-03\n")}
		},
		want: []audit.Account{
			liConn("chloe-martin.20220119", "Chloe Martin", "", "", "2022-01-19", liConnSrc),
			liConn("greta-lindqvist.20220603", "Greta Lindqvist", "", "greta@example.com", "2022-06-03", liConnSrc),
		},
	}, {
		name: "BOM and CRLF",
		files: func() []*File {
			return []*File{memFile("Connections.csv", "\ufeff"+strings.TrimSuffix(strings.ReplaceAll(liCurrent, "\n", "\r\n"), "\r\n"))}
		},
		want: []audit.Account{
			liConn("amelie-durand-4821", "Amélie Durand", "https://www.linkedin.com/in/amelie-durand-4821", "amelie.durand@example.org", "2023-03-14", liConnSrc),
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2024-05-03", liConnSrc),
		},
	}, {
		name: "BOM before a quoted header",
		files: func() []*File {
			return []*File{memFile("Connections (1).csv", "\ufeff"+
				`"First Name","Last Name","URL","Email Address","Company","Position","Connected On"`+"\r\n"+
				`"Bruno","Keller","https://www.linkedin.com/in/brunokeller","","Keller Logistik AG","Operations Lead","02 Sep 2021"`+"\r\n")}
		},
		want: []audit.Account{
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2021-09-02", "export.zip!Connections (1).csv"),
		},
	}, {
		name: "Excel padding and 23-Nov-21 dates",
		files: func() []*File {
			return []*File{memFile("Connections.csv", "Notes:,,\r\n"+
				`"When exporting your connection data, you may notice that some of the email addresses are missing.",,`+"\r\n"+
				",,\r\n"+liHeader+
				`Dmitri,"Sokolov, PhD",https://www.linkedin.com/in/dsokolov,,"Helix Labs, Inc.",Research Scientist,23-Nov-21`+"\r\n"+
				",,,,,,\r\n")}
		},
		want: []audit.Account{
			liConn("dsokolov", "Dmitri Sokolov, PhD", "https://www.linkedin.com/in/dsokolov", "", "2021-11-23", liConnSrc),
		},
	}, {
		name:  "quoted commas, doubled quotes, spaces, emoji",
		files: func() []*File { return []*File{memFile("Connections.csv", liQuirks)} },
		want: []audit.Account{
			liConn("dsokolov", "Dmitri Sokolov, PhD", "https://www.linkedin.com/in/dsokolov", "", "2020-06-07", liConnSrc),
			liConn("samuel-okafor", `Samuel "Sam" Okafor`, "https://www.linkedin.com/in/samuel-okafor", "", "2022-11-11", liConnSrc),
			liConn("priya-nair-5b2", "Priya Nair", "https://www.linkedin.com/in/priya-nair-5b2", "", "2019-10-05", liConnSrc),
			liConn("marcobianchi", "🟢 Marco Bianchi", "https://www.linkedin.com/in/marcobianchi", "", "2026-04-23", liConnSrc),
			liConn("maryann-vdb", "Mary Ann van der Berg", "https://www.linkedin.com/in/maryann-vdb", "", "2024-02-01", liConnSrc),
		},
	}, {
		name: "hidden members with 6 and 7 fields",
		files: func() []*File {
			return []*File{memFile("Connections.csv", liNotes+liHeader+
				",,,,,,02 Jun 2022\n"+
				",,,,,02 Jun 2022\n"+
				",,,urn:li:member:1234,Acme,,02 Jun 2022\n"+
				"Lena,Vogt,https://www.linkedin.com/in/lenavogt,lena.vogt@example.net,\"Vogt, Berger & Co\",Partner,16 Mar 2021\n"+
				",,,,,,\n")}
		},
		want: []audit.Account{
			liConn("lenavogt", "Lena Vogt", "https://www.linkedin.com/in/lenavogt", "lena.vogt@example.net", "2021-03-16", liConnSrc),
		},
	}, {
		name: "profile URL forms",
		files: func() []*File {
			return []*File{memFile("Connections.csv", liHeader+
				"Ken,O’Brien,https://www.linkedin.com/in/ken-o%E2%80%99brien-3a/,,,,01 Feb 2024\n"+
				"Jane,Doe,http://linkedin.com/in/Jane-Doe?trk=public_profile,,,,02 Feb 2024\n"+
				"Bob,Stone,https://uk.linkedin.com/in/bob-stone/,,,,03 Feb 2024\n"+
				"Kenny,O’Brien,https://www.linkedin.com/in/kenny-o’brien,,,,04 Feb 2024\n"+
				"Old,Style,https://www.linkedin.com/pub/old-style/12/345/678,,,,05 Feb 2024\n"+
				",,https://www.linkedin.com/in/no.name;here,,,,06 Feb 2024\n")}
		},
		want: []audit.Account{
			liConn("ken-o%E2%80%99brien-3a", "Ken O’Brien", "https://www.linkedin.com/in/ken-o%E2%80%99brien-3a/", "", "2024-02-01", liConnSrc),
			liConn("jane-doe", "Jane Doe", "http://linkedin.com/in/Jane-Doe?trk=public_profile", "", "2024-02-02", liConnSrc),
			liConn("bob-stone", "Bob Stone", "https://uk.linkedin.com/in/bob-stone/", "", "2024-02-03", liConnSrc),
			liConn("kenny-o%E2%80%99brien", "Kenny O’Brien", "https://www.linkedin.com/in/kenny-o’brien", "", "2024-02-04", liConnSrc),
			liConn("old-style.20240205", "Old Style", "https://www.linkedin.com/pub/old-style/12/345/678", "", "2024-02-05", liConnSrc),
			liConn("no%2Ename%3Bhere", "", "https://www.linkedin.com/in/no.name;here", "", "2024-02-06", liConnSrc),
		},
	}, {
		name:  "namesakes without URL",
		files: func() []*File { return []*File{memFile("Connections.csv", liNoURL)} },
		want:  noURLWant,
	}, {
		name: "the same files in two zips",
		files: func() []*File {
			const follows = liFollowsHdr + "2023-01-30 11:22:10,Active,Yuki Mori\n"
			const companies = "Organization,Followed On\nAcme Robotics,Tue Mar 10 11:20:05 UTC 2026\n"
			a, b := memFile("Connections.csv", liNoURL), memFileIn("copy.zip", "Connections.csv", liNoURL)
			c, d := memFile("x/Connections.csv", liCurrent), memFileIn("copy.zip", "x/Connections.csv", liCurrent)
			e, f := memFile("Member_Follows.csv", follows), memFileIn("copy.zip", "Member_Follows.csv", follows)
			g, h := memFile("Company Follows.csv", companies), memFileIn("copy.zip", "Company Follows.csv", companies)
			return []*File{a, h, c, e, b, f, d, g}
		},
		want: append(append([]audit.Account{}, noURLWant...),
			liConn("amelie-durand-4821", "Amélie Durand", "https://www.linkedin.com/in/amelie-durand-4821", "amelie.durand@example.org", "2023-03-14", "export.zip!x/Connections.csv"),
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2024-05-03", "export.zip!x/Connections.csv"),
			liFollowing("follow.yuki-mori", "Yuki Mori", "2023-01-30", liFollowSrc),
			liFollowing("company.acme-robotics", "Acme Robotics", "2026-03-10", "copy.zip!Company Follows.csv"),
		),
	}, {
		name: "member follows: active, unfollowed, matched and ambiguous",
		files: func() []*File {
			return []*File{memFile("Member_Follows.csv", liFollows), memFile("Connections.csv", liHeader+matched)}
		},
		want: []audit.Account{
			liFollowed("fatima-rahman-01", "Fatima Rahman", "https://www.linkedin.com/in/fatima-rahman-01", "", "2025-02-28", liConnSrc+" + "+liFollowSrc, "follow.fatima-rahman", "2025-02-28"),
			liConn("chloe-martin-77", "Chloe Martin", "https://www.linkedin.com/in/chloe-martin-77", "", "2024-01-19", liConnSrc),
			liConn("chloe-martin-12", "Chloé Martin", "https://www.linkedin.com/in/chloe-martin-12", "", "2024-01-20", liConnSrc),
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2021-09-02", liConnSrc),
			liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "2026-04-06", liFollowSrc),
			// Two connections share the name: not guessed.
			liFollowing("follow.chloe-martin", "Chloé Martin", "2024-01-20", liFollowSrc),
			// The name is followed twice: not guessed either.
			liFollowing("follow.bruno-keller", "Bruno Keller", "2023-05-01", liFollowSrc),
			liFollowing("follow.bruno-keller~2", "Bruno Keller", "2023-05-02", liFollowSrc),
			liFollowing("follow.dana-whitfield", "Dana Whitfield, PhD", "2022-01-01", liFollowSrc),
		},
	}, {
		// Vietnamese tones tell the names apart; FoldName drops them.
		name: "a member followed whose name differs in its accents is not the connection",
		files: func() []*File {
			return []*File{
				memFile("Member_Follows.csv", liFollowsHdr+"2023-01-30 11:22:10,Active,Nguyễn Thị Thúy\n2023-01-31 11:22:10,Active,Lan Tran\n"),
				memFile("Connections.csv", liHeader+"Nguyễn Thị,Thủy,https://www.linkedin.com/in/thuy,,,,01 Feb 2024\nLan,Trần,https://www.linkedin.com/in/lan,,,,02 Feb 2024\n"),
			}
		},
		want: []audit.Account{
			liConn("thuy", "Nguyễn Thị Thủy", "https://www.linkedin.com/in/thuy", "", "2024-02-01", liConnSrc),
			liFollowed("lan", "Lan Trần", "https://www.linkedin.com/in/lan", "", "2024-02-02", liConnSrc+" + "+liFollowSrc, "follow.lan-tran", "2023-01-31"),
			liFollowing("follow.nguyen-thi-thuy", "Nguyễn Thị Thúy", "2023-01-30", liFollowSrc),
		},
	}, {
		// One export names a member alike in both files, title and all:
		// "Ann Lee" followed is another member than the connection "Dr.
		// Ann Lee", though FoldName drops the title (between networks),
		// and "Soren Lund" another than "Søren Lund".
		name: "a member followed without the title or stroke of a connection is not the connection",
		files: func() []*File {
			return []*File{
				memFile("Member_Follows.csv", liFollowsHdr+"2023-01-30 11:22:10,Active,Ann Lee\n2023-01-31 11:22:10,Active,Prof. Bo Lind\n2023-02-01 11:22:10,Active,Soren Lund\n"),
				memFile("Connections.csv", liHeader+"Dr. Ann,Lee,https://www.linkedin.com/in/annlee,,,,01 Feb 2024\nProf. Bo,Lind,https://www.linkedin.com/in/bolind,,,,02 Feb 2024\nSøren,Lund,https://www.linkedin.com/in/sorenlund,,,,03 Feb 2024\n"),
			}
		},
		want: []audit.Account{
			liConn("annlee", "Dr. Ann Lee", "https://www.linkedin.com/in/annlee", "", "2024-02-01", liConnSrc),
			liFollowed("bolind", "Prof. Bo Lind", "https://www.linkedin.com/in/bolind", "", "2024-02-02", liConnSrc+" + "+liFollowSrc, "follow.prof-bo-lind", "2023-01-31"),
			liConn("sorenlund", "Søren Lund", "https://www.linkedin.com/in/sorenlund", "", "2024-02-03", liConnSrc),
			liFollowing("follow.ann-lee", "Ann Lee", "2023-01-30", liFollowSrc),
			liFollowing("follow.soren-lund", "Soren Lund", "2023-02-01", liFollowSrc),
		},
	}, {
		name: "member follows in the To,To Name form and a Member_Follows_<id> file",
		files: func() []*File {
			return []*File{memFile("Member_Follows_5731.csv", "To,To Name\nurn:li:person:x1,Greta Lindqvist\n,\n")}
		},
		want: []audit.Account{
			liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "", "export.zip!Member_Follows_5731.csv"),
		},
	}, {
		name:  "company follows",
		files: func() []*File { return []*File{memFile("Company Follows.csv", liCompanies)} },
		want: []audit.Account{
			liFollowing("company.acme-robotics", "Acme Robotics", "2026-03-10", liCompanySrc),
			liFollowing("company.northwind-traders", "Northwind Traders, Inc.", "2024-09-12", liCompanySrc),
			liFollowing("company.lumen-press", "Lumen Press", "2021-01-09", liCompanySrc),
		},
	}, {
		name: "IDs that clash across kinds get ~n",
		files: func() []*File {
			return []*File{
				memFile("Connections.csv", liHeaderOld+"Follow,,,,,\n"),
				memFile("Member_Follows.csv", liFollowsHdr+"2024-01-01 00:00:00,Active,Nodate\n"),
			}
		},
		want: []audit.Account{
			liConn("follow.nodate", "Follow", "", "", "", liConnSrc),
			liFollowing("follow.nodate~2", "Nodate", "2024-01-01", liFollowSrc),
		},
	}, {
		// French or German Excel: ';' between fields, the notes padded
		// with ';', fields quoted only when they hold a ';' or a quote (so
		// a comma stands bare), and US M/D/YYYY dates.
		name: "re-saved with ; by a spreadsheet",
		files: func() []*File {
			return []*File{memFile("Connections.csv", "\ufeffNotes:;;;;;;\r\n"+
				`"When exporting your connection data, you may notice that some of the email addresses are missing.";;;;;;`+"\r\n"+
				";;;;;;\r\n"+
				"First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"+
				"Dmitri;Sokolov, PhD;https://www.linkedin.com/in/dsokolov;;Helix Labs, Inc.;Research Scientist, Materials;6/7/2020\r\n"+
				`Lena;Vogt;https://www.linkedin.com/in/lenavogt;lena.vogt@example.net;"Vogt; Berger & Co";Partner;5/30/2024`+"\r\n"+
				";;;;;;6/2/2022\r\n")}
		},
		want: []audit.Account{
			liConn("dsokolov", "Dmitri Sokolov, PhD", "https://www.linkedin.com/in/dsokolov", "", "2020-06-07", liConnSrc),
			liConn("lenavogt", "Lena Vogt", "https://www.linkedin.com/in/lenavogt", "lena.vogt@example.net", "2024-05-30", liConnSrc),
		},
	}, {
		// Any spreadsheet's "Text (Tab delimited)" save: tabs between
		// fields, a field quoted only when it holds a tab or a quote, the
		// notes' paragraph bare.
		name: "saved as tab-delimited text",
		files: func() []*File {
			return []*File{memFile("Connections.csv", "Notes:\t\t\t\t\t\t\r\n"+
				"When exporting your connection data, you may notice that some of the email addresses are missing.\t\t\t\t\t\t\r\n"+
				"\t\t\t\t\t\t\r\n"+
				"First Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On\r\n"+
				"Dmitri\tSokolov, PhD\thttps://www.linkedin.com/in/dsokolov\t\tHelix Labs, Inc.\tResearch Scientist; Materials\t07 Jun 2020\r\n"+
				"Lena\tVogt\thttps://www.linkedin.com/in/lenavogt\tlena.vogt@example.net\t\"Vogt\tBerger\"\tPartner\t30 May 2024\r\n")}
		},
		want: []audit.Account{
			liConn("dsokolov", "Dmitri Sokolov, PhD", "https://www.linkedin.com/in/dsokolov", "", "2020-06-07", liConnSrc),
			liConn("lenavogt", "Lena Vogt", "https://www.linkedin.com/in/lenavogt", "lena.vogt@example.net", "2024-05-30", liConnSrc),
		},
	}, {
		name: "re-saved with ;, quoted header, no notes",
		files: func() []*File {
			return []*File{memFile("Connections.csv", `"First Name";"Last Name";"URL";"Email Address";"Company";"Position";"Connected On"`+"\n"+
				`"Amélie";"Durand";"";"";"";"";"14 Mar 2023"`+"\n")}
		},
		want: []audit.Account{liConn("amelie-durand.20230314", "Amélie Durand", "", "", "2023-03-14", liConnSrc)},
	}, {
		name: "member and company follows re-saved with ;",
		files: func() []*File {
			return []*File{
				memFile("Member_Follows.csv", "Date;Status;FullName\n2026-04-06 14:48:23;Active;Greta Lindqvist\n2024-08-19 17:03:05;Unfollow;Hiro Tanaka\n"),
				memFile("Company Follows.csv", "Organization;Followed On\n\"Northwind Traders; Inc.\";Thu Sep 12 08:05:44 UTC 2024\nAcme, Robotics;Tue Mar 10 11:20:05 UTC 2026\n"),
			}
		},
		want: []audit.Account{
			liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "2026-04-06", liFollowSrc),
			liFollowing("company.northwind-traders-inc", "Northwind Traders; Inc.", "2024-09-12", liCompanySrc),
			liFollowing("company.acme", "Acme, Robotics", "2026-03-10", liCompanySrc),
		},
	}, {
		name: "renamed files, detected by their headers",
		files: func() []*File {
			return []*File{
				memFile("Connections (1).csv", liNotes+liHeader+"Bruno,Keller,https://www.linkedin.com/in/brunokeller,,,,5/3/2024\n"),
				memFile("Member_Follows (1).csv", "To;To Name\nurn:li:member:1;Greta Lindqvist\n"),
				memFile("Company Follows (1).csv", liCompanies),
			}
		},
		want: []audit.Account{
			liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2024-05-03", "export.zip!Connections (1).csv"),
			liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "", "export.zip!Member_Follows (1).csv"),
			liFollowing("company.acme-robotics", "Acme Robotics", "2026-03-10", "export.zip!Company Follows (1).csv"),
			liFollowing("company.northwind-traders", "Northwind Traders, Inc.", "2024-09-12", "export.zip!Company Follows (1).csv"),
			liFollowing("company.lumen-press", "Lumen Press", "2021-01-09", "export.zip!Company Follows (1).csv"),
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustImport(t, LinkedIn{}, tt.files()...)
			sameAccounts(t, got, tt.want)
			liUniqueIDs(t, got)
		})
	}
}

// An Unfollow row of Member_Follows.csv for a connection's name is the
// export's word that the person unfollowed it, staying connected: the
// connection is marked so (it was read as followed, and listed to
// unfollow). But whether the rows of one name are one member's history
// or namesakes' is not known, so an Active row of the name wins whatever
// the dates: its follows are read as without Unfollow rows, and the
// name's Unfollow rows mark nothing. Letting the latest row decide hid a
// member followed (an Active row older than a namesake's Unfollow row).
// Namesake connections, or a name written otherwise (accents, a title),
// are not guessed at.
func TestLinkedInUnfollowRows(t *testing.T) {
	const conns = liHeader +
		"Lena,Vogt,https://www.linkedin.com/in/lenavogt,,,,16 Mar 2021\n" +
		"Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,,,19 Jan 2024\n" +
		"Chloé,Martin,https://www.linkedin.com/in/chloe-martin-12,,,,20 Jan 2024\n" +
		"Nguyễn Thị,Thủy,https://www.linkedin.com/in/thuy,,,,01 Feb 2024\n" +
		"Dr. Ann,Lee,https://www.linkedin.com/in/annlee,,,,02 Feb 2024\n"
	lena := func(extra ...string) audit.Account {
		a := liConn("lenavogt", "Lena Vogt", "https://www.linkedin.com/in/lenavogt", "", "2021-03-16", liConnSrc)
		if len(extra) == 1 {
			a.Extra = map[string]string{audit.ExtraUnfollowed: extra[0]}
		} else if len(extra) == 2 {
			a = liFollowed(a.ID, a.Name, a.URL(), "", "2021-03-16", liConnSrc+" + "+liFollowSrc, extra[0], extra[1])
			if extra[1] == "" {
				delete(a.Extra, audit.ExtraFollowSince) // an undated follow
			}
		}
		return a
	}
	others := []audit.Account{
		liConn("chloe-martin-77", "Chloe Martin", "https://www.linkedin.com/in/chloe-martin-77", "", "2024-01-19", liConnSrc),
		liConn("chloe-martin-12", "Chloé Martin", "https://www.linkedin.com/in/chloe-martin-12", "", "2024-01-20", liConnSrc),
		liConn("thuy", "Nguyễn Thị Thủy", "https://www.linkedin.com/in/thuy", "", "2024-02-01", liConnSrc),
		liConn("annlee", "Dr. Ann Lee", "https://www.linkedin.com/in/annlee", "", "2024-02-02", liConnSrc),
	}
	tests := []struct {
		name    string
		follows string // rows of Member_Follows.csv, newest first as exported
		lena    audit.Account
		fix     func(want []audit.Account) // where the others differ
		more    []audit.Account            // the members followed apart
	}{{
		name:    "an Unfollow row alone marks the connection of its name",
		follows: "2024-08-19 17:03:05,Unfollow,Lena Vogt\n2019-08-28 18:21:53,Unfollow,Hiro Tanaka\n",
		lena:    lena("2024-08-19"),
	}, {
		name:    "status and spaces as the importer reads them",
		follows: "2024-08-19 17:03:05, UNFOLLOW ,Lena  Vogt\n",
		lena:    lena("2024-08-19"),
	}, {
		name:    "an Unfollow row without a date",
		follows: ",Unfollow,Lena Vogt\n",
		lena:    lena(audit.FollowUnfollowed),
	}, {
		// Connecting follows the member anew (LinkedIn makes every
		// connection a follow): an Unfollow row dated before the
		// connection was made, or on its day (which came first cannot be
		// told), is no word on it.
		name:    "an Unfollow row older than the connection marks nothing",
		follows: "2019-08-28 18:21:53,Unfollow,Lena Vogt\n",
		lena:    lena(),
	}, {
		name:    "an Unfollow row of the day the connection was made marks nothing",
		follows: "2021-03-16 18:21:53,Unfollow,Lena Vogt\n",
		lena:    lena(),
	}, {
		name:    "an Unfollow row of the day after the connection was made marks it",
		follows: "2021-03-17 08:00:00,Unfollow,Lena Vogt\n2019-08-28 18:21:53,Unfollow,Lena Vogt\n",
		lena:    lena("2021-03-17"),
	}, {
		name:    "two Unfollow rows alone: the latest day marks",
		follows: "2022-03-01 08:00:00,Unfollow,Lena Vogt\n2024-08-19 17:03:05,Unfollow,Lena Vogt\n,Unfollow,Lena Vogt\n",
		lena:    lena("2024-08-19"),
	}, {
		// Read as states, two namesakes: the one followed was dropped.
		name: "an Active row older than the Unfollow row: followed",
		follows: "2024-08-19 17:03:05,Unfollow,Lena Vogt\n2024-08-19 09:00:00,Active,Lena Vogt\n" +
			"2023-05-01 12:00:00,Active,Greta Lindqvist\n2024-02-01 08:00:00,Unfollow,Greta Lindqvist\n",
		lena: lena("follow.lena-vogt", "2024-08-19"),
		more: []audit.Account{liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "2023-05-01", liFollowSrc)},
	}, {
		name:    "an Active row newer than the Unfollow row: followed",
		follows: "2025-01-02 10:00:00,Active,Lena Vogt\n2024-08-19 17:03:05,Unfollow,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", "2025-01-02"),
	}, {
		name:    "the same second: followed",
		follows: "2024-08-19 17:03:05,Unfollow,Lena Vogt\n2024-08-19 17:03:05,Active,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", "2024-08-19"),
	}, {
		name:    "an Active row between two Unfollow rows: followed",
		follows: "2026-01-05 08:00:00,Unfollow,Lena Vogt\n2025-01-02 10:00:00,Active,Lena Vogt\n2024-08-19 17:03:05,Unfollow,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", "2025-01-02"),
	}, {
		name:    "an undated Active row beside a dated Unfollow row: followed",
		follows: "2024-08-19 17:03:05,Unfollow,Lena Vogt\n,Active,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", ""),
	}, {
		name:    "an undated Unfollow row beside a dated Active row: followed",
		follows: ",Unfollow,Lena Vogt\n2023-01-30 11:22:10,Active,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", "2023-01-30"),
	}, {
		name:    "both undated: followed",
		follows: ",Unfollow,Lena Vogt\n,Active,Lena Vogt\n",
		lena:    lena("follow.lena-vogt", ""),
	}, {
		// Two members of one name followed (two Active rows, apart as
		// namesakes, as without the Unfollow row), wherever the Unfollow
		// row's date falls; the connection unmarked.
		name:    "two Active rows of the name and an Unfollow row",
		follows: "2024-08-19 17:03:05,Unfollow,Lena Vogt\n2023-05-01 12:00:00,Active,Lena Vogt\n2023-01-30 11:22:10,Active,Lena Vogt\n",
		lena:    lena(),
		more: []audit.Account{
			liFollowing("follow.lena-vogt", "Lena Vogt", "2023-05-01", liFollowSrc),
			liFollowing("follow.lena-vogt~2", "Lena Vogt", "2023-01-30", liFollowSrc),
		},
	}, {
		name:    "two Active rows of the name, an Unfollow row between them",
		follows: "2023-05-01 12:00:00,Active,Lena Vogt\n2023-03-01 12:00:00,Unfollow,Lena Vogt\n2023-01-30 11:22:10,Active,Lena Vogt\n",
		lena:    lena(),
		more: []audit.Account{
			liFollowing("follow.lena-vogt", "Lena Vogt", "2023-05-01", liFollowSrc),
			liFollowing("follow.lena-vogt~2", "Lena Vogt", "2023-01-30", liFollowSrc),
		},
	}, {
		// "Chloe Martin" and "Chloé Martin" are one name joined (see
		// audit.JoinName): whose row it is cannot be told.
		name:    "an Unfollow row of a name two connections have marks neither",
		follows: "2024-08-19 17:03:05,Unfollow,Chloé Martin\n",
		lena:    lena(),
	}, {
		name: "namesake connections, other accents, a title: not marked",
		follows: "2024-08-19 17:03:05,Unfollow,Chloé Martin\n2024-08-18 17:03:05,Unfollow,Nguyễn Thị Thúy\n" +
			"2024-08-17 17:03:05,Unfollow,Ann Lee\n",
		lena: lena(),
	}, {
		name:    "an Unfollow row of another accent leaves a follow of the connection's",
		follows: "2024-08-19 17:03:05,Unfollow,Nguyễn Thị Thúy\n2023-01-30 11:22:10,Active,Nguyễn Thị Thủy\n",
		lena:    lena(),
		fix: func(want []audit.Account) {
			want[3] = liFollowed("thuy", "Nguyễn Thị Thủy", "https://www.linkedin.com/in/thuy", "", "2024-02-01", liConnSrc+" + "+liFollowSrc, "follow.nguyen-thi-thuy", "2023-01-30")
		},
	}, {
		// Marked where no Active row of another accent stands beside it.
		name:    "an Active row of another accent leaves the Unfollow row of the connection's",
		follows: "2024-08-19 17:03:05,Unfollow,Nguyễn Thị Thủy\n2023-01-30 11:22:10,Active,Nguyễn Thị Thúy\n",
		lena:    lena(),
		fix: func(want []audit.Account) {
			want[3].Extra = map[string]string{audit.ExtraUnfollowed: "2024-08-19"}
		},
		more: []audit.Account{liFollowing("follow.nguyen-thi-thuy", "Nguyễn Thị Thúy", "2023-01-30", liFollowSrc)},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustImport(t, LinkedIn{}, memFile("Member_Follows.csv", liFollowsHdr+tt.follows), memFile("Connections.csv", conns))
			want := append([]audit.Account{tt.lena}, others...)
			if tt.fix != nil {
				tt.fix(want)
			}
			want = append(want, tt.more...)
			sameAccounts(t, got, want)
			liUniqueIDs(t, got)
		})
	}
}

// liUniqueIDs fails the test when two accounts share an ID.
func liUniqueIDs(t *testing.T, accs []audit.Account) {
	t.Helper()
	seen := make(map[string]bool, len(accs))
	for _, a := range accs {
		if a.ID == "" || seen[a.ID] {
			t.Fatalf("ID %q is empty or repeated", a.ID)
		}
		seen[a.ID] = true
	}
}

func TestLinkedInErrors(t *testing.T) {
	checkFileErrorCases(t, LinkedIn{}, []fileErrorCase{{
		name: "missing column", path: "Connections.csv",
		data: liNotes + "First Name,Last Name,URL,Company,Position,Connected On\nAmélie,Durand,,,,\n",
		line: 4, want: []string{"Email Address", liConnectionsHeader},
	}, {
		name: "only a preamble", path: "Connections.csv", data: liNotes,
		offset: -1, want: []string{"no header", liConnectionsHeader},
	}, {
		name: "Excel-padded preamble only", path: "Connections.csv", data: "Notes:,,\n,,\n",
		offset: -1, want: []string{"no header", liConnectionsHeader},
	}, {
		name: "bad date", path: "Connections.csv",
		data: liCurrent + "Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,,,14/03/2023\n",
		line: 7, want: []string{`"14/03/2023"`, "30 May 2024", "1/8/18, 6:14 PM", "5/30/2024", "23-Nov-21", "2024-05-30",
			"day-first date is a spreadsheet's re-save", "as LinkedIn sent it", "as text or yyyy-mm-dd"},
	}, {
		// Excel in a British locale re-saves "23 Apr 2026" so.
		name: "day-first date, Excel re-save", path: "Connections.csv",
		data: liHeader + "Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,,,23/04/2026\n",
		line: 2, want: []string{`"23/04/2026"`, "spreadsheet's re-save", "Connections.csv as LinkedIn sent it"},
	}, {
		name: "day-first date with dots, two-digit year", path: "Connections.csv",
		data: liHeader + "Chloe,Martin,,,,,23.04.26\n",
		line: 2, want: []string{`"23.04.26"`, "spreadsheet's re-save"},
	}, {
		name: "not a date at all", path: "Connections.csv",
		data: liHeader + "Chloe,Martin,,,,,soon\n",
		line: 2, want: []string{`"soon"`}, not: []string{"re-save"},
	}, {
		// A day-first date (a French re-save) is not guessed at.
		name: "re-saved with ;, day-first date", path: "Connections.csv",
		data: "Notes:;;;;;;\n\"When exporting, you may notice\";;;;;;\n;;;;;;\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\nChloe;Martin;;;;;30/05/2024\n",
		line: 5, want: []string{`"30/05/2024"`, "5/30/2024", "spreadsheet's re-save"},
	}, {
		name: "US date with a two-digit year and no time", path: "Connections.csv",
		data: liHeader + "Chloe,Martin,,,,,5/30/202\n",
		line: 2, want: []string{`"5/30/202"`}, not: []string{"re-save"},
	}, {
		name: "row collapsed into one field", path: "Connections.csv",
		data: liCurrent + `"Chloe,Martin,https://www.linkedin.com/in/chloe-martin-77,,,,19 Jan 2024"` + "\n",
		line: 7, want: []string{"expected 7 fields", "line 4", "found 1", "one quoted field", "exactly as the network sent it"},
	}, {
		// A row collapsed the same way in a ';' re-save.
		name: "row collapsed into one field, ; separator", path: "Connections.csv",
		data: "First Name;Last Name;URL;Email Address;Company;Position;Connected On\n" +
			`"Chloe;Martin;https://www.linkedin.com/in/chloe-martin-77;;;;19 Jan 2024"` + "\n",
		line: 2, want: []string{"expected 7 fields", "found 1", "one quoted field"},
	}, {
		name: "short row that is not hidden", path: "Connections.csv",
		data: liHeader + "Chloe,Martin,,,,19 Jan 2024\n",
		line: 2, want: []string{"expected 7 fields", "found 6"},
	}, {
		// One field, but no row folded into it: no guess at the cause.
		name: "row of one field without separators", path: "Connections.csv",
		data: liHeader + "Chloe Martin\n",
		line: 2, want: []string{"expected 7 fields", "found 1"}, not: []string{"quoted"},
	}, {
		name: "Windows-1252 bytes", path: "Connections.csv",
		data: liCurrent + "Ren\xe9,Dubois,,,,,01 Feb 2024\n",
		line: 7, want: []string{"not UTF-8"},
	}, {
		name: "empty file", path: "Connections.csv", data: "",
		offset: -1, want: []string{"empty"},
	}, {
		name: "bare quote", path: "Connections.csv",
		data: liHeader + `Sam "Tiny",Lee,,,,,01 Feb 2024` + "\n",
		line: 2, want: []string{"column", `bare "`, "double quotes"},
	}, {
		// A quote never closed: the file ends inside the field, a file
		// cut short, not a quote to find and fix.
		name: "unterminated quote", path: "Connections.csv",
		data: liHeader + "Sam,Lee,,,,,01 Feb 2024\n\"Bruno,Keller,,,,,02 Feb 2024\n",
		line: 3, want: []string{"ends inside a quoted field opened on this line", "cut short", "download or copy it again"},
		not: []string{"quoted-field", "double quotes"},
	}, {
		// A copy cut in the middle of a row: the field that starts on
		// line 4 is named, not the record's first line.
		name: "cut inside a quoted field", path: "Connections.csv",
		data: liCurrent + "\"Sam\nJr\",Lee,https://www.linkedin.com/in/sam-lee-12,,\"Acme, In",
		line: 8, want: []string{"ends inside a quoted field opened on this line", "cut short", "download or copy it again"},
		not: []string{"quoted-field"},
	}, {
		// A quote not doubled, in the middle of the file or on its last
		// line, is not a cut: encoding/csv's words, and where.
		name: "stray quote mid-file", path: "Connections.csv",
		data: liHeader + "\"Sam\" Jr,Lee,,,,,01 Feb 2024\nBruno,Keller,,,,,02 Feb 2024\n",
		line: 2, want: []string{"column 5", "extraneous or missing \" in quoted-field", "double quotes"},
		not: []string{"cut short"},
	}, {
		name: "stray quote on the last line", path: "Connections.csv",
		data: liHeader + "Bruno,Keller,,,,,02 Feb 2024\n\"Sam\" Jr,Lee,,,,,01 Feb 2024",
		line: 3, want: []string{"column 5", "extraneous or missing \" in quoted-field", "double quotes"},
		not: []string{"cut short"},
	}, {
		name: "member follows bad date", path: "Member_Follows.csv",
		data: liFollowsHdr + "2026-04-06 14:48:23,Active,Greta Lindqvist\n06/04/2026,Active,Yuki Mori\n",
		line: 3, want: []string{`"06/04/2026"`, "2026-04-06 14:48:23"},
	}, {
		// An Unfollow row's date is read (the day a connection was
		// unfollowed, and counted late): it was skipped unread.
		name: "member follows bad date on an Unfollow row", path: "Member_Follows.csv",
		data: liFollowsHdr + "2026-04-06 14:48:23,Active,Greta Lindqvist\n19/08/2024 17:03,Unfollow,Lena Vogt\n",
		line: 3, want: []string{`"19/08/2024 17:03"`, "2026-04-06 14:48:23"},
	}, {
		// A status other than Active or Unfollow was read as Unfollow:
		// the member was dropped, and counted as unfollowed.
		name: "member follows unknown status", path: "Member_Follows.csv",
		data: liFollowsHdr + "2026-04-06 14:48:23,Active,Greta Lindqvist\n2025-02-28 10:02:11,Paused,Fatima Rahman\n",
		line: 3, want: []string{`Status "Paused"`, "expected Active or Unfollow"},
	}, {
		name: "member follows without header", path: "Member_Follows.csv", data: "Name,When\nGreta,today\n",
		offset: -1, want: []string{"no header", "Date,Status,FullName"},
	}, {
		name: "member follows short row", path: "Member_Follows.csv", data: liFollowsHdr + "2026-04-06 14:48:23,Active\n",
		line: 2, want: []string{"expected 3 fields", "found 2"},
	}, {
		name: "company follows bad date", path: "Company Follows.csv", data: "Organization,Followed On\nAcme,yesterday\n",
		line: 2, want: []string{`"yesterday"`, "Mon Apr 06 16:33:17 UTC 2026"},
	}, {
		name: "company follows without header", path: "Company Follows.csv", data: "Company,Since\n",
		offset: -1, want: []string{"no header", "Organization,Followed On"},
	}, {
		name: "not a LinkedIn file", path: "Invitations.csv", data: "From,To,Sent At\n",
		offset: -1, want: []string{"not a LinkedIn file"},
	}})
}

func TestLinkedInDetect(t *testing.T) {
	profile := "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
	tests := []struct {
		path, head, want string
	}{
		{"Connections.csv", "", liConnections},
		{"Complete_LinkedInDataExport_11-20-2026/Connections.csv", "", liConnections},
		// Connections.csv is LinkedIn's by what it holds: its header, or
		// its notes before a header missing a column (refused, saying
		// so), also re-saved; another tool's file of that name is left.
		{"Connections.csv", liNotes + liHeader, liConnections},
		{"Connections.csv", liHeaderOld, liConnections},
		{"dl/Connections.csv", "Notes:\n\"When exporting, you may notice\"\n\nFirst Name,URL,Email Address,Company,Position,Connected On\n", liConnections},
		{"Connections.csv", "\ufeff\"Notes:\",,,,,,\r\n", liConnections},
		{"Connections.csv", "Notes:;;;;;;\n", liConnections},
		{"Connections.csv", " \r\n", liConnections},
		{"Connections.csv", utf16LE(liHeader), liConnections},
		{"Connections.csv", utf16LE("Notes:\t\t\n"), liConnections},
		{"Connections.csv", utf16BE(liNotes), liConnections},
		{"Connections.csv", liFollowsHdr, liMemberFollows},
		{"dl/Connections.csv", "Name,Email,Phone,Company,Stage\nJane Roe,jane@example.com,555-0100,Acme,Lead\n", ""},
		{"dl/Connections.csv", "First Name,Last Name,Email,Company\nJane,Roe,jane@example.com,Acme\n", ""},
		{"dl/Connections.csv", "Notes about my contacts,Name\n", ""},
		{"dl/Connections.csv", utf16LE("Name\tEmail\n"), ""},
		{"dl/Connections.csv", "PK\x03\x04", ""},
		{"Connections (1).csv", liNotes + liHeader, liConnections},
		// Re-saved as "CSV (Macintosh)", its lines ended by a lone CR:
		// its header is told under any name, without notes too.
		{"Connections (1).csv", strings.ReplaceAll(liNotes+liHeader+"Ana,Lopes,,,Lopes Design,Designer,02 Nov 2026\n", "\n", "\r"), liConnections},
		{"people.csv", strings.ReplaceAll(liHeaderOld+"Ana,Lopes,,Lopes Design,Designer,02 Nov 2026\n", "\n", "\r"), liConnections},
		{"downloads/people.CSV", "\ufeff" + liHeaderOld, liConnections},
		{"contacts.csv", "\ufeff\"First Name\",\"Last Name\",\"URL\",\"Email Address\",\"Company\",\"Position\",\"Connected On\"\r\n", liConnections},
		{"Member_Follows.csv", "", liMemberFollows},
		{"Member_Follows_5731.csv", "", liMemberFollows},
		{"Company Follows.csv", "", liCompanyFollows},
		// Whose export it is, by its name and header.
		{"Profile.csv", profile, liProfile},
		{"Complete_LinkedInDataExport_11-20-2026/Profile.csv", "\ufeff\"First Name\",\"Last Name\"\r\n", liProfile},
		{"Profile.csv", "Headline,First Name,Last Name\n", ""},
		{"Profile.csv", liHeader, liConnections},
		{"profile-export.csv", profile, ""},
		{"Invitations.csv", "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n", ""},
		{"messages.csv", `"CONVERSATION ID","CONVERSATION TITLE","FROM"` + "\n", ""},
		{"Jobs/Job Applications.csv", "Application Date,Contact Email\n", ""},
		{"Member_FollowsX.csv", "", ""},
		{"Member_Follows.json", "", ""},
		{"Connections.txt", liHeader, ""},
		// Renamed follows files, and headers re-saved with ';'.
		{"Company Follows (2).csv", "Organization,Followed On\n", liCompanyFollows},
		{"Company Follows (1).csv", "\ufeff\"Organization\";\"Followed On\"\r\nAcme;Tue Mar 10 11:20:05 UTC 2026\r\n", liCompanyFollows},
		{"Member_Follows (1).csv", liFollowsHdr, liMemberFollows},
		{"Member_Follows (1).csv", "Date;Status;FullName\r\n", liMemberFollows},
		{"follows.csv", "To,To Name\n", liMemberFollows},
		{"follows.csv", " to ; to name \n", liMemberFollows},
		{"Connections (1).csv", "Notes:;;;;;;\n\"When exporting, you may notice\";;;;;;\n;;;;;;\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\n", liConnections},
		{"Connections (1).csv", "First Name;Last Name;Email Address;Company;Position;Connected On\n", liConnections},
		{"Profile (1).csv", strings.ReplaceAll(profile, ",", ";"), liProfile},
		{"Invitations (1).csv", "From;To;Sent At;Message\n", ""},
		{"people.csv", "Organization\nAcme\n", ""},
		{"people.csv", "Date,Status\n", ""},
		{"Company Follows (1).txt", "Organization,Followed On\n", ""},
		{"Connections (1).csv", "Notes:\t\t\nWhen exporting, you may notice\t\t\nFirst Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On\n", liConnections},
		{"follows.csv", "Date\tStatus\tFullName\r\n", liMemberFollows},
		{"Profile (1).csv", strings.ReplaceAll(profile, ",", "\t"), liProfile},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := (LinkedIn{}).Detect(tt.path, func() []byte { return []byte(tt.head) }); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
	// Files the name decides on are never read.
	checkNameOnly(t, LinkedIn{}, "Member_Follows.csv", "Company Follows.csv", "media/photo.jpg", "data/tweets.js")
}

// utf16LE is s, ASCII, as Excel's "Unicode Text" saves it: little-endian
// UTF-16 after its byte order mark.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return string(b)
}

// utf16BE is s, ASCII, as big-endian UTF-16 after its byte order mark.
func utf16BE(s string) string {
	b := []byte{0xFE, 0xFF}
	for i := 0; i < len(s); i++ {
		b = append(b, 0, s[i])
	}
	return string(b)
}

func TestLinkedInFormats(t *testing.T) {
	fs := LinkedIn{}.Formats()
	if len(fs) != 1 || fs[0].Network != audit.LinkedIn || fs[0].Name != "Get a copy of your data (CSV archive)" ||
		!strings.Contains(fs[0].Request, "Complete_LinkedInDataExport_") ||
		!reflect.DeepEqual(fs[0].Files, []string{"Connections.csv", "Member_Follows.csv", "Company Follows.csv", "Profile.csv (whose export it is)"}) {
		t.Errorf("Formats = %+v", fs)
	}
	if n := (LinkedIn{}).Network(); n != "linkedin" {
		t.Errorf("Network = %q", n)
	}
}

// TestLinkedInSample reads the sample export shipped for the README and the
// golden tests, as a folder, the way the CLI does.
func TestLinkedInSample(t *testing.T) {
	dir, got := importSample(t, "linkedin", LinkedIn{})
	conn, fol, com := dir+"/Connections.csv", dir+"/Member_Follows.csv", dir+"/Company Follows.csv"
	sameAccounts(t, got, []audit.Account{
		liConn("marcobianchi", "🟢 Marco Bianchi", "https://www.linkedin.com/in/marcobianchi", "", "2026-04-23", conn),
		liConn("se%C3%A1n-%C3%B3-briain", "Seán Ó Briain", "https://www.linkedin.com/in/se%C3%A1n-%C3%B3-briain", "", "2025-07-30", conn),
		liFollowed("fatima-rahman-01", "Fatima Rahman", "https://www.linkedin.com/in/fatima-rahman-01", "fatima.rahman@example.com", "2025-02-28", conn+" + "+fol, "follow.fatima-rahman", "2025-02-28"),
		liConn("chloe-martin-77", "Chloe Martin", "https://www.linkedin.com/in/chloe-martin-77", "", "2024-01-19", conn),
		liConn("amelie-durand-4821", "Amélie Durand", "https://www.linkedin.com/in/amelie-durand-4821", "amelie.durand@example.org", "2023-03-14", conn),
		liConn("samuel-okafor", `Samuel "Sam" Okafor`, "https://www.linkedin.com/in/samuel-okafor", "", "2022-11-11", conn),
		liConn("brunokeller", "Bruno Keller", "https://www.linkedin.com/in/brunokeller", "", "2021-09-02", conn),
		liConn("lenavogt", "Lena Vogt", "https://www.linkedin.com/in/lenavogt", "lena.vogt@example.net", "2021-03-16", conn),
		liConn("dsokolov", "Dmitri Sokolov, PhD", "https://www.linkedin.com/in/dsokolov", "", "2020-06-07", conn),
		liConn("priya-nair-5b2", "Priya Nair", "https://www.linkedin.com/in/priya-nair-5b2", "", "2019-10-05", conn),
		liFollowing("follow.greta-lindqvist", "Greta Lindqvist", "2026-04-06", fol),
		liFollowing("follow.yuki-mori", "Yuki Mori", "2023-01-30", fol),
		liFollowing("company.acme-robotics", "Acme Robotics", "2026-03-10", com),
		liFollowing("company.northwind-traders", "Northwind Traders, Inc.", "2024-09-12", com),
	})
}

func FuzzLinkedIn(f *testing.F) {
	f.Add(liCurrent, liFollows, liCompanies)
	f.Add(liQuirks, "To,To Name\nurn:li:person:x1,Greta Lindqvist\n", "")
	f.Add(liNoURL, liFollowsHdr+"2024-01-01 00:00:00,Active,Chloé Martin\n", "Organization,Followed On\n")
	f.Add(liHeaderOld+`Amélie,Durand,urn:li:member:1,,,"1/8/19, 6:14 PM"`+"\n,,,,,02 Jun 2022\n", "", "")
	f.Add("\ufeffNotes:,,\r\n,,\r\n"+liHeader+"Dmitri,\"Sokolov, PhD\",,,,,23-Nov-21\r\n", "", "")
	f.Add(liHeader+"Ken,O,https://www.linkedin.com/in/ken-o%E2%80%99brien/,,,,\n\"Bruno,Keller\"\n", "", "")
	for _, name := range []string{"Connections.csv", "Member_Follows.csv", "Company Follows.csv"} {
		if b, err := os.ReadFile(sampleDir("linkedin", name)); err == nil {
			f.Add(string(b), "", "")
			f.Add("", string(b), "")
			f.Add("", "", string(b))
		}
	}
	f.Fuzz(func(t *testing.T, conns, follows, companies string) {
		files := func(input string) []*File {
			var fs []*File
			for _, x := range []struct{ path, data string }{
				{"Connections.csv", conns}, {"Member_Follows.csv", follows}, {"Company Follows.csv", companies},
			} {
				if x.data != "" {
					fs = append(fs, memFileIn(input, x.path, x.data))
				}
			}
			// Claimed as Import does, a Connections.csv its content does
			// not tell as it does given by name (see givenKind).
			for _, f := range fs {
				if claim(LinkedIn{}, f) == "" {
					f.Kind = LinkedIn{}.givenKind(f.Name())
				}
				if f.Kind == "" {
					t.Fatalf("%s: not claimed", f.Path)
				}
			}
			return fs
		}
		one := files("export.zip")
		if len(one) == 0 {
			return
		}
		got, err := LinkedIn{}.Import(one)
		checkPlaced(t, err)
		if err != nil {
			return
		}
		liUniqueIDs(t, got)
		for _, a := range got {
			if a.Network != audit.LinkedIn || a.Source == "" || strings.ContainsAny(a.ID, " ;\n") {
				t.Fatalf("bad account %+v", a)
			}
		}
		checkTwice(t, LinkedIn{}, append(one, files("copy.zip")...), got)
	})
}

// TestConnectedOnRemembered checks that remembered dates read as parsed
// ones, twice, and that a bad date stays an error.
func TestConnectedOnRemembered(t *testing.T) {
	im := &liImport{}
	for range 2 {
		for _, s := range []string{"29 Sep 2026", "1 Jan 2020", "09 Jan 2020", "", "1/2/2006", "2026-02-30", "31 Feb 2026", "soon"} {
			got, gotOK := im.connectedOn(s)
			want, wantOK := parseConnectedOn(s)
			if got != want || gotOK != wantOK {
				t.Errorf("connectedOn(%q) = %v, %v; parseConnectedOn gives %v, %v", s, got, gotOK, want, wantOK)
			}
		}
	}
	if _, ok := im.dates["soon"]; ok {
		t.Error("a date that does not parse was remembered")
	}
}

// FuzzPlainID checks that a slug isPlainID accepts is the ID
// writeProfileID writes for it, so that the URL's copy can serve as the ID.
func FuzzPlainID(f *testing.F) {
	for _, s := range []string{"ada-lovelace-1a2b", "Ada", "j%C3%A9r%C3%B4me", "a%4", "%", "x_y", "é", "a b", "%zz", "a%41"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, slug string) {
		if !isPlainID(slug) {
			return
		}
		var b strings.Builder
		writeProfileID(&b, slug)
		if b.String() != slug {
			t.Errorf("isPlainID(%q), but writeProfileID writes %q", slug, b.String())
		}
	})
}

// dayMonYear, the fast way for today's Connected On, reads every day as
// parseConnectedOn does, and anything it accepts, it reads the same.
func TestDayMonYear(t *testing.T) {
	for d := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2032; d = d.AddDate(0, 0, 1) {
		for _, s := range []string{d.Format("2 Jan 2006"), d.Format("02 Jan 2006")} {
			got, ok := dayMonYear(s)
			want, _ := parseConnectedOn(s)
			if !ok || got != want {
				t.Fatalf("dayMonYear(%q) = %v, %v; want %v", s, got, ok, want)
			}
		}
	}
	for _, s := range []string{"", "31 Feb 2026", "29 Feb 2023", "29 Feb 2024", "0 Jan 2020", "32 Jan 2020",
		"1 jan 2020", "1 JAN 2020", "1 Jnu 2020", "1 anF 2020", "123 Jan 2020", "1 Jan 20", "1 Jan 02020",
		"1  Jan 2020", "x1 Jan 2020", "1 Jan 2O20", "-1 Jan 2020", "1/2/2006", "2026-02-03", "23-Nov-21"} {
		if got, ok := dayMonYear(s); ok {
			if want, wantOK := parseConnectedOn(s); !wantOK || got != want {
				t.Errorf("dayMonYear(%q) = %v; parseConnectedOn gives %v, %v", s, got, want, wantOK)
			}
		}
	}
	if _, ok := dayMonYear("29 Feb 2023"); ok {
		t.Error("dayMonYear accepts a day February 2023 does not have")
	}
}

// profileSlug finds the slug where the general parse would, and says
// where it is in the URL.
func TestProfileSlug(t *testing.T) {
	for _, tt := range []struct{ url, slug string }{
		{"https://www.linkedin.com/in/ada-lovelace-1a2b", "ada-lovelace-1a2b"},
		{"https://www.linkedin.com/in/ada-lovelace-1a2b/", "ada-lovelace-1a2b"},
		{"https://www.linkedin.com/in/ada?trk=x", "ada"},
		{"https://www.linkedin.com/in/ada#about", "ada"},
		{"https://www.linkedin.com/in/", ""},
		{"http://linkedin.com/in/grace", "grace"},
		{"HTTPS://FR.LinkedIn.com/IN/Jérôme/details", "Jérôme"},
		{"www.linkedin.com/in/bare", "bare"},
		{"https://www.linkedin.com/company/acme", ""},
		{"https://notlinkedin.com/in/x", ""},
		{"https://example.com/in/x", ""},
		{"", ""},
	} {
		slug, at := profileSlug(tt.url)
		if slug != tt.slug {
			t.Errorf("profileSlug(%q) = %q, want %q", tt.url, slug, tt.slug)
		}
		if slug != "" && tt.url[at:at+len(slug)] != slug {
			t.Errorf("profileSlug(%q): slug %q not at %d", tt.url, slug, at)
		}
		if rest, ok := cutProfilePath(tt.url); ok && !strings.HasPrefix(rest, slug) {
			t.Errorf("profileSlug(%q) = %q, the general parse gives %q", tt.url, slug, rest)
		}
	}
}

// Connections' strings share builders of 1 MiB (liImport.room): across
// several of them, every account keeps its own name, URL, e-mail and id.
func TestLinkedInStringsAcrossBuilders(t *testing.T) {
	var b strings.Builder
	b.WriteString(liNotes + liHeader) // shaped like today's export
	const n = 25_000                  // about 2.5 MB of strings: three builders
	for i := range n {
		email := ""
		if i%3 == 0 {
			email = fmt.Sprintf("p%d@example.org", i)
		}
		url := fmt.Sprintf("https://www.linkedin.com/in/p-%d", i)
		if i%7 == 0 {
			url = fmt.Sprintf("https://www.linkedin.com/in/P%%C3%%A9-%d/", i) // an id of its own
		}
		fmt.Fprintf(&b, "Given%d,Family  %d,%s,%s,Acme,Engineer,3 May 2024\n", i, i, url, email)
	}
	got, err := LinkedIn{}.Import([]*File{memFile("Connections.csv", b.String())})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d accounts, want %d", len(got), n)
	}
	for i, a := range got {
		id := fmt.Sprintf("p-%d", i)
		url := "https://www.linkedin.com/in/" + id
		if i%7 == 0 {
			id = fmt.Sprintf("p%%C3%%A9-%d", i)
			url = fmt.Sprintf("https://www.linkedin.com/in/P%%C3%%A9-%d/", i)
		}
		email := ""
		if i%3 == 0 {
			email = fmt.Sprintf("p%d@example.org", i)
		}
		if name := fmt.Sprintf("Given%d Family %d", i, i); a.Name != name || a.URL() != url || a.Email != email || a.ID != id {
			t.Fatalf("account %d: %q %q %q %q; want %q %q %q %q", i, a.Name, a.URL(), a.Email, a.ID, name, url, email, id)
		}
	}
}
