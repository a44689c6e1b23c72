// Package extract finds people, places and organisations in sentences. It
// provides the extractors the pipeline calls (our own model and prose's, the
// baseline) and the span cleaning they share, so a researcher sees "Trump"
// for "President Trump's".
package extract

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentions/mentions/extract/internal/givennames"
	"github.com/mentions/mentions/pipeline"
)

// titles reports whether a lower-cased word is a title or role: the one
// list the pipeline's resolver uses too. A word lowerWord kept in capitals
// is an acronym, not a title.
func titles(lw string) bool { return lw == strings.ToLower(lw) && pipeline.IsTitle(lw) }

// Clean trims a recognised span of text[start:end] to the name a researcher
// expects: no leading titles or roles, no leading "the", no possessive
// ending, no surrounding punctuation. It returns the new bounds and false
// when nothing name-like is left.
func Clean(text string, start, end int) (int, int, bool) {
	return CleanAs(text, start, end, pipeline.Person)
}

// CleanAs is Clean for a span recognised as typ. Only a person's span loses
// every leading title; a place or organisation loses a leading role only
// ("President Trump" mistyped), so "General Motors" and "King's College"
// keep their names.
func CleanAs(text string, start, end int, typ string) (int, int, bool) {
	strip := titles
	if typ != pipeline.Person {
		strip = func(lw string) bool { return roles[lw] }
	}
	start, end = trimPunct(text, start, end)
	// Leading words that are titles, "the", or a nationality before a
	// title ("Ukrainian President Zelensky").
	for start < end {
		w := nextWord(text, start, end)
		if w == end {
			break // a single word: keep it, even when it looks like a title
		}
		word := strings.TrimSuffix(text[start:w], ".")
		lw := lowerWord(word)
		if strip(lw) || determiners[lw] || (isDemonym(word) && titles(strings.ToLower(strings.TrimSuffix(text[skipSpaces(text, w, end):nextWord(text, skipSpaces(text, w, end), end)], ".")))) {
			start = skipSpaces(text, w, end)
			continue
		}
		break
	}
	if start >= end {
		return start, end, false
	}
	// A lone title is not a name.
	if titles(strings.ToLower(strings.TrimSuffix(text[start:end], "."))) {
		return start, end, false
	}
	// Possessive endings.
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(text[start:end], suf) && end-len(suf) > start {
			end -= len(suf)
			break
		}
	}
	// A name that opens a hyphenated compound is the name alone
	// ("Hamas-run", "FDA-approved"): the tokenizer keeps the compound as
	// one word, so a model tags all of it. A nationality so cut is no
	// name ("Canadian-born").
	if h := strings.LastIndexByte(text[start:end], '-'); h > 0 && compoundHeads[text[start+h+1:end]] {
		end = start + h
		if w := strings.LastIndexByte(text[start:end], ' '); isDemonym(text[start+w+1 : end]) {
			return start, end, false
		}
	}
	start, end = trimPunct(text, start, end)
	if start >= end {
		return start, end, false
	}
	r, _ := utf8.DecodeRuneInString(text[start:end])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) || end-start == 1 && unicode.IsLower(r) {
		return start, end, false
	}
	if strings.IndexFunc(text[start:end], unicode.IsLetter) < 0 {
		return start, end, false // "3", "1990": numbers are not names
	}
	if allInterjections(text[start:end]) {
		return start, end, false // "Hello, this is...", "Good God", "Listen,"
	}
	if notAName(text[start:end]) {
		return start, end, false // "I", "Given", "Conversely": capitalised words, not names
	}
	if commonOpener(text, start, end) {
		return start, end, false // "Born prematurely...", "Nice one.", "Start a free trial"
	}
	start, end = trimDiscourse(text, start, end)
	if start >= end || strings.IndexFunc(text[start:end], unicode.IsLetter) < 0 {
		return start, end, false // "Yeah ! Yeah"
	}
	if t := text[start:end]; t == "State" || t == "States" {
		return start, end, false // what a role leaves ("Secretary of [State]"); "Northern State" is a place
	}
	if allNotNames(text[start:end]) {
		return start, end, false // "GDP", "KPIs", "AI R&D": abbreviations that are not names
	}
	if fundingRound(text[start:end]) {
		return start, end, false // "a Series D round": no company's name
	}
	if webAddress(text, end) {
		return start, end, false // "MintMobile.com": an address, not a mention
	}
	if i := strings.LastIndexByte(text[start:end], ' '); i > 0 && mediaNouns[text[start+i+1:end]] {
		end = start + i // "your BBC podcasts", "BBC radio dramas": the broadcaster
	} else if i > 0 && text[start+i+1:end] == "Podcasts" && strings.HasSuffix(text[start:start+i], "World Service") {
		end = start + i // "BBC World Service Podcasts are supported by advertising": the World Service
	}
	if programme(text[start:end]) {
		return start, end, false // "the Global News Podcast": a programme, not who makes it
	}
	return start, end, true
}

// trimDiscourse drops discourse words from either end of a span of two or
// more words. In speech a speaker's label or a name often runs into the
// next word with no punctuation a model trained on news would expect:
// "Ramesh Prasad Yeah, see...", "Mike So what...".
func trimDiscourse(text string, start, end int) (int, int) {
	for {
		w := nextWord(text, start, end)
		if w >= end || !discourse[strings.ToLower(strings.Trim(text[start:w], ".,!?"))] {
			break
		}
		start = skipSpaces(text, w, end)
	}
	for {
		i := strings.LastIndexByte(text[start:end], ' ')
		if i < 0 || !discourse[strings.ToLower(strings.Trim(text[start+i+1:end], ".,!?"))] {
			break
		}
		end = start + i
		for end > start && text[end-1] == ' ' {
			end--
		}
	}
	return trimPunct(text, start, end)
}

// notAName reports whether a one-word span is a word a model trained on news
// mistakes for a name when speech puts it at the start of a sentence: the
// pronoun "I", connectives ("Given", "However") and adverbs made with -ly
// ("Conversely", "Statistically"; seven letters or more, so "Sally" and
// "Wally" stay names).
// programme reports whether a span of two or more words names a podcast
// or programme by its last word ("Global News Podcast", "The Newsroom
// podcast"). Programmes are none of our types; whoever makes one is
// named apart ("from the BBC World Service").
func programme(w string) bool {
	i := strings.LastIndexByte(w, ' ')
	if i < 0 {
		return false
	}
	last := strings.ToLower(w[i+1:])
	if last == "podcasts" && strings.HasSuffix(w[:i], " News") {
		return true // "Global News Podcasts", the programme in the plural
	}
	return last == "podcast" || last == "pod" || last == "newspod" // "Apple Podcasts", "BBC Podcasts": who publishes
}

// mediaNouns, in lower case after a broadcaster, are what it makes, not
// part of its name ("wherever you get your BBC podcasts"); capitalised,
// they may be a name ("BBC Podcasts", "Apple Podcasts").
var mediaNouns = wordSet("podcasts", "radio")

func notAName(w string) bool {
	if w == "I" {
		return true
	}
	if strings.IndexByte(w, ' ') >= 0 {
		return false
	}
	lw := strings.ToLower(w)
	if connectives[lw] {
		return true
	}
	if utf8.RuneCountInString(lw) < 7 {
		return false
	}
	for _, suf := range []string{"ally", "ively", "ously", "ately", "ingly", "edly", "ently", "antly", "ably", "ibly", "fully", "lessly", "versely"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

var connectives = map[string]bool{
	"given": true, "however": true, "meanwhile": true, "perhaps": true, "maybe": true, "also": true,
	"still": true, "instead": true, "therefore": true, "otherwise": true, "lastly": true, "firstly": true,
	"secondly": true, "finally": true, "moreover": true, "furthermore": true, "nevertheless": true,
	"nonetheless": true, "besides": true, "whereas": true, "although": true, "though": true,
}

// discourse words are never part of a name: the interjections and the
// words that open an utterance.
var discourse = func() map[string]bool {
	m := map[string]bool{"so": true, "or": true, "and": true, "but": true, "you": true, "i": true,
		"now": true, "then": true, "no": true, "yep": true, "nope": true, "exactly": true, "sure": true,
		"absolutely": true, "totally": true, "indeed": true, "like": true, "thank": true}
	for w := range interjections {
		m[w] = true
	}
	delete(m, "good") // "Good Morning America", "Goodwin" aside, "Good" heads names
	delete(m, "god")
	delete(m, "morning")
	delete(m, "evening")
	delete(m, "afternoon")
	return m
}()

// notNames are abbreviations of common nouns, which the annotation rules
// do not count as names ("GDP") but a model reads as organisations because
// they are written in capitals. Matched exactly as written, also with a
// plural "s" ("KPIs", "GPUs").
var notNames = map[string]bool{
	"GDP": true, "GNP": true, "CEO": true, "CFO": true, "CTO": true, "COO": true, "KPI": true,
	"ROI": true, "HR": true, "IQ": true, "DNA": true, "RNA": true, "GPS": true, "GPU": true,
	"CPU": true, "AI": true, "AGI": true, "LLM": true, "NLP": true, "ASR": true, "DNN": true,
	"CNNs": true, "RNN": true, "LSTM": true, "MOOC": true, "API": true, "PhD": true, "MBA": true,
	"TV": true, "PR": true, "VR": true, "AR": true, "ML": true, "RL": true, "PC": true, "OS": true,
	"UI": true, "UX": true, "SaaS": true, "IPO": true, "ETF": true, "ESG": true, "HIV": true,
	"AIDS": true, "PTSD": true, "ADHD": true, "MRI": true, "fMRI": true, "EEG": true, "ECG": true,
	"ICU": true, "PPE": true, "GMO": true, "CO2": true, "EV": true, "FAQ": true, "URL": true,
	"HTML": true, "PDF": true, "SQL": true, "USB": true, "LED": true, "DIY": true, "FYI": true,
	"ASAP": true, "AM": true, "PM": true, "IVF": true, "SOC": true, "IMU": true, "HMI": true,
	"FSD": true, "OK": true, "DM": true, "Q&A": true, "R&D": true, "B2B": true, "VPN": true,
	"IDP": true, "NGO": true, "LGBT": true, "LGBTQ": true, "LGBTQ+": true, "GMT": true, "BST": true,
	"UTC": true, "UAV": true, "ICBM": true, "SUV": true, "VAT": true, "ID": true, "FGM": true, "MVP": true,
	// Diseases, which a model reads as people or places ("Mpox" PERSON).
	"Covid": true, "COVID": true, "Covid-19": true, "COVID-19": true, "Ebola": true, "Mpox": true,
	"Monkeypox": true, "Zika": true, "Sars": true, "SARS": true, "Mers": true, "MERS": true,
	"Omicron": true, "Marburg": true, "Aids": true, "MPOX": true, "M-Pox": true,
	"Brexit": true, "BMI": true,
	// Exams and an event ("her GCSE results" ORG, "the Arab Spring" a place)
	"GCSE": true, "GCSEs": true, "A-level": true, "A-levels": true, "Arab Spring": true,
	// Generations and a nationality's noun, no group of its own ("Gen Z
	// voters", "the Brits")
	"Gen Z": true, "Gen Zs": true, "Gen Zers": true, "Gen X": true, "Brit": true,
	// peoples, which the rules count with nationalities ("First Nations
	// communities", "Indigenous groups"), and "UPF" (ultra-processed food)
	"First Nations": true, "First Nation": true, "Indigenous": true, "Aboriginal": true, "Maori": true,
	"Métis": true, "Inuit": true, "Anishinaabe": true, "UPF": true,
	// Latin abbreviations opening a sentence ("I.e. ...", "Etc.")
	"I.e": true, "E.g": true, "Etc": true,
	// Currencies, which a model reads as people ("Yen" PERSON), and the
	// planet, which annotators leave out as a place.
	"Yen": true, "Yuan": true, "Rupee": true, "Rupees": true, "Rouble": true, "Roubles": true,
	"Ruble": true, "Rubles": true, "Naira": true, "Shekel": true, "Shekels": true, "Euro": true,
	"Euros": true, "Peso": true, "Pesos": true, "Earth": true, "Bitcoin": true,
	// An advert's name for the big phone carriers ("the opposite of what
	// Big Wireless does", Mint Mobile's advert in most BBC Global News
	// episodes of 2023-2024): no organisation's name, and no gold set
	// annotates it.
	"Big Wireless": true,
	// and BritBox's "the best of British TV"
	"British TV": true,
	// Awards, which a model reads as people ("won an Oscar"); a person
	// called Oscar comes with a surname.
	"Oscar": true, "Emmy": true, "Grammy": true,
	// and their ceremonies, events the rules leave out ("dominated the
	// Golden Globes" ORG)
	"Golden Globes": true, "Golden Globe": true, "Globes": true, "Grammy Awards": true,
	"Grammy Award": true, "Latin Grammys": true, "Latin Grammy Awards": true, "Academy Awards": true,
	"Emmy Awards": true, "Golden Globe Awards": true,
	// Followers of a religion, which the rules leave out as they leave out
	// nationalities ("Muslims" PERSON); "Christian" alone is a first name.
	"Muslim": true, "Christians": true, "Jew": true, "Hindu": true, "Sikh": true, "Buddhist": true,
	"Catholic": true, "Protestant": true, "Sunni": true, "Shia": true, "Shiite": true, "Druze": true,
	"Yazidi": true, "Alawite": true, "Sufi": true, "Mormon": true, "Evangelical": true,
	// Festivals and holy days: dates, not places ("Ramadan" PLACE).
	"Ramadan": true, "Christmas": true, "Easter": true, "Eid": true, "Diwali": true, "Hanukkah": true,
	"Passover": true, "Thanksgiving": true, "Halloween": true, "Lent": true, "Yom Kippur": true,
	// The American parties' members, people as "Americans" are: the
	// annotators of our BBC episodes left them out 48 times of 55 (the
	// 7 in two early episodes). The parties are "the Republican Party",
	// "the Democratic Party"; the British "Conservatives" and "Tories"
	// are the parties (orgs.txt).
	"Republicans": true, "Democrats": true,
	// Languages, which the annotators leave out ("Urdu" PLACE, "Mandarin"
	// PLACE to a model); those named like a nationality ("Arabic",
	// "Persian") are dropped with the nationalities.
	"Urdu": true, "Hindi": true, "Swahili": true, "Mandarin": true, "Cantonese": true, "Pashto": true,
	"Farsi": true, "Tagalog": true, "Hausa": true, "Yoruba": true, "Igbo": true, "Amharic": true,
	"Tigrinya": true, "Bengali": true, "Punjabi": true, "Gujarati": true, "Marathi": true,
	"Hebrew": true, "Yiddish": true, "Esperanto": true, "Sanskrit": true,
	// Compass adjectives alone ("Northern and Western Arabian Sea").
	"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true,
}

// withoutPossessive returns name without a possessive "'s" or "’s".
func withoutPossessive(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// allNotNames reports whether a span is one of notNames, or every word of
// it is (as written, or with a plural "s").
func allNotNames(text string) bool {
	if notNames[text] {
		return true // "Big Wireless", "Yom Kippur"
	}
	words := strings.Fields(text)
	for _, w := range words {
		if !notNames[w] && !notNames[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return len(words) > 0
}

// webAddress reports whether the name ending at text[end] runs on into a
// web address ("MintMobile.com/switch", "bbc.co.uk", "Yahoo Finance dot
// com" as the recogniser writes it spoken): read out in advertisements,
// an address is not a mention of the company.
func webAddress(text string, end int) bool {
	rest := text[end:]
	for _, tld := range []string{".com", ".co.uk", ".org", ".net", ".io", " dot com", " dot co dot uk", " dot org", " dot net"} {
		if r, ok := strings.CutPrefix(rest, tld); ok && (r == "" || !unicode.IsLetter(rune(r[0]))) {
			return true
		}
	}
	return false
}

// fundingRound reports whether a span is a start-up's funding round:
// "Series" and one capital letter ("Series D").
func fundingRound(text string) bool {
	rest, ok := strings.CutPrefix(text, "Series ")
	return ok && len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z'
}

// interjections are greetings and discourse words of speech. Capitalised at
// the start of a sentence they look like names to a model trained on news
// text; a span made only of them is never a name.
var interjections = map[string]bool{
	"hello": true, "hi": true, "hey": true, "listen": true, "look": true, "well": true, "oh": true,
	"yes": true, "yeah": true, "okay": true, "ok": true, "thanks": true, "goodbye": true, "bye": true,
	"welcome": true, "sorry": true, "please": true, "wow": true, "good": true, "god": true,
	"gosh": true, "right": true, "anyway": true, "morning": true, "evening": true, "afternoon": true,
	"cheers": true, "hmm": true, "um": true, "uh": true, "alright": true,
}

func allInterjections(name string) bool {
	for _, w := range strings.Fields(name) {
		if !interjections[strings.ToLower(strings.Trim(w, ".,!?"))] {
			return false
		}
	}
	return true
}

// determiners never start a name: "the Kremlin", "our North America
// correspondent".
var determiners = map[string]bool{
	"the": true, "our": true, "his": true, "her": true, "their": true, "my": true,
	"its": true, "your": true, "a": true, "an": true, "this": true, "that": true,
}

// trimPunct removes surrounding spaces and punctuation, keeping a final
// period that belongs to an abbreviation ("U.S.").
func trimPunct(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '.' && strings.Count(text[start:end], ".") > 1 && end-size-1 >= start && text[end-size-1] != '.' {
			// "U.S." keeps its last period.
			if prev, _ := utf8.DecodeLastRuneInString(text[start : end-size]); unicode.IsUpper(prev) {
				break
			}
		}
		end -= size
	}
	return start, end
}

// nextWord returns the end of the word starting at i.
func nextWord(text string, i, end int) int {
	for i < end && text[i] != ' ' {
		i++
	}
	return i
}

func skipSpaces(text string, i, end int) int {
	for i < end && text[i] == ' ' {
		i++
	}
	return i
}

// isDemonym reports whether a capitalised word looks like a nationality
// adjective ("Ukrainian", "Russian", "Chinese", "Israeli", "British",
// "French"). The guess goes by the ending, so a given name is excluded:
// "Jonathan" ends as "Ukrainian" does, and "Jonathan Head" is the BBC's
// correspondent, not a head of the Jonathan nation.
func isDemonym(w string) bool {
	if w == "" || !unicode.IsUpper(rune(w[0])) || givennames.Lookup(w) != givennames.Unknown {
		return false
	}
	switch w {
	case "Swiss", "Greek", "Welsh", "Thai", "Basque", "Scots":
		return true
	}
	for _, suf := range []string{"ian", "an", "ese", "ish", "i", "ch", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// commonText is the list of words written lower-case far more often than
// capitalised inside sentences, derived from unlabelled transcripts and
// news text by internal/mkcommon (the command is in its doc comment).
//
//go:embed common.txt
var commonText string

var common = nameSet(commonText)

// commonOpener reports whether text[start:end] is one common word opening
// the sentence: capitalised only because it comes first. Words in capitals
// ("US") and words inside the sentence keep their capital's meaning.
func commonOpener(text string, start, end int) bool {
	w := text[start:end]
	if strings.IndexByte(w, ' ') >= 0 || strings.ToUpper(w) == w {
		return false
	}
	if strings.IndexFunc(text[:start], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return false
	}
	return common[strings.ToLower(w)]
}
