package claim

import (
	"strings"
	"testing"
)

func TestAttribute(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []Attribution // only Source, Pronoun, Cue and Content are compared
	}{
		{
			name:     "says with subject and title",
			sentence: "US President Donald Trump says he plans to meet Vladimir Putin soon to discuss how to end the war in Ukraine.",
			want:     []Attribution{{Source: "US President Donald Trump", Cue: "says", Content: "he plans to meet Vladimir Putin soon to discuss how to end the war in Ukraine"}},
		},
		{
			name:     "closed captions in capitals: read in lower case, given back as written",
			sentence: "US PRESIDENT DONALD TRUMP SAYS HE PLANS TO MEET VLADIMIR PUTIN SOON.",
			want:     []Attribution{{Source: "US PRESIDENT DONALD TRUMP", Cue: "SAYS", Content: "HE PLANS TO MEET VLADIMIR PUTIN SOON"}},
		},
		{
			name:     "capitals, a discontinuous cue",
			sentence: "ZELENSKY DESCRIBED THEIR CONVERSATION AS MEANINGFUL.",
			want:     []Attribution{{Source: "ZELENSKY", Cue: "DESCRIBED ... AS", Content: "THEIR CONVERSATION AS MEANINGFUL"}},
		},
		{
			name:     "a participle after an object: a second report of the same source",
			sentence: "After pleading for help for at least a year the Haitian Prime Minister welcomed the UN announcement saying the bell of liberation has sounded.",
			want: []Attribution{
				{Source: "the Haitian Prime Minister", Cue: "welcomed", Content: "the UN announcement"},
				{Source: "the Haitian Prime Minister", Cue: "saying", Content: "the bell of liberation has sounded"},
			},
		},
		{
			name:     "a participle after a comma and an object",
			sentence: "Rights groups criticized the move, saying such trials violated an individual's right to due process.",
			want: []Attribution{
				{Source: "Rights groups", Cue: "criticized", Content: "the move"},
				{Source: "Rights groups", Cue: "saying", Content: "such trials violated an individual's right to due process"},
			},
		},
		{
			name:     "a participle inside a clause reported is no report of its own",
			sentence: "The UN says data showing this month will almost certainly be the hottest on record represents a disaster.",
			want:     []Attribution{{Source: "The UN", Cue: "says", Content: "data showing this month will almost certainly be the hottest on record represents a disaster"}},
		},
		{
			name:     "a participle after a statement issued: who issued it",
			sentence: "Bikina Faso and Mali have issued a joint statement saying they would regard any military intervention in Niger as a declaration of war on them.",
			want:     []Attribution{{Source: "Bikina Faso and Mali", Cue: "saying", Content: "they would regard any military intervention in Niger as a declaration of war on them"}},
		},
		{
			name:     "a second report in the past after a clause reported: the same reporter",
			sentence: "In a call with Mr. Netanyahu, Rishi Sunak said he was appalled by the incident and described the situation in Gaza as intolerable.",
			want: []Attribution{
				{Source: "Rishi Sunak", Cue: "said", Content: "he was appalled by the incident"},
				{Source: "Rishi Sunak", Cue: "described ... as", Content: "the situation in Gaza as intolerable"},
			},
		},
		{
			name:     "a second report after 'but': the innermost reporter",
			sentence: "The agency said President Xi told Mr Biden that ties were beginning to stabilize, but warned that they could slide into conflict.",
			want: []Attribution{
				{Source: "The agency", Cue: "said", Content: "President Xi told Mr Biden that ties were beginning to stabilize"},
				{Source: "President Xi", Cue: "told", Content: "ties were beginning to stabilize"},
				{Source: "President Xi", Cue: "warned", Content: "they could slide into conflict"},
			},
		},
		{
			name:     "a subject named between commas, then a verb that is no report",
			sentence: "The former president, Jacob Zuma, did not attend the announcement on Sunday and has hinted that he may challenge them.",
			want:     []Attribution{{Source: "Jacob Zuma", Cue: "has hinted", Content: "he may challenge them"}},
		},
		{
			name:     "a request reported: asked someone to do something",
			sentence: "The government have asked the clubs to take action.",
			want:     []Attribution{{Source: "The government", Cue: "have asked", Content: "the clubs to take action"}},
		},
		{
			name:     "asked someone for something: a request, framed",
			sentence: "The World Health Organization has asked China for more information about an outbreak of pneumonia.",
			want:     []Attribution{{Source: "The World Health Organization", Cue: "has asked ... for", Content: "China for more information about an outbreak of pneumonia"}},
		},
		{
			name:     "a presenter asking a guest for more: no report",
			sentence: "Andrew Peach asked him for his thoughts on the polls.",
		},
		{
			name:     "asked if: a question, no report",
			sentence: "I met Lara Croft when my agent asked if I would like to audition for the role.",
		},
		{
			name:     "vows to: an infinitive after the verb",
			sentence: "Nikki Haley vows to fight on despite Donald Trump's latest primary win.",
			want:     []Attribution{{Source: "Nikki Haley", Cue: "vows", Content: "to fight on despite Donald Trump's latest primary win"}},
		},
		{
			name:     "after a clause reported, the reporter goes on",
			sentence: "It said it had seen no recalibration of the country's tactics, describing a pattern of attacks.",
			want: []Attribution{
				{Source: "It", Pronoun: true, Cue: "said", Content: "it had seen no recalibration of the country's tactics"},
				{Source: "It", Pronoun: true, Cue: "describing", Content: "a pattern of attacks"},
			},
		},
		{
			name:     "a participle after a clause reported may be its subject's",
			sentence: "He said protesters had gathered, demanding his resignation.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "said", Content: "protesters had gathered, demanding his resignation"}},
		},
		{
			name:     "a relative 'which' after an outlet, without a comma",
			sentence: "The allegations were raised by a British newspaper which said that a scam had targeted villagers.",
			want:     []Attribution{{Source: "a British newspaper", Cue: "said", Content: "a scam had targeted villagers"}},
		},
		{
			name:     "a relative 'whose' between commas",
			sentence: "Fifi Sabah, whose sister is among those in the church, told us she feared for her sister's life.",
			want:     []Attribution{{Source: "Fifi Sabah", Cue: "told", Content: "she feared for her sister's life"}},
		},
		{
			name:     "a threat before its infinitive is speech",
			sentence: "Two far-right ministers have threatened to bring down his coalition if he does.",
			want:     []Attribution{{Source: "Two far-right ministers", Cue: "have threatened", Content: "to bring down his coalition if he does"}},
		},
		{
			name:     "a threat with an object is none",
			sentence: "The storm threatened the coast.",
		},
		{
			name:     "what they say are: a report of what they say",
			sentence: "Thousands of people have joined protests against what they say are unsustainable levels of tourism.",
			want:     []Attribution{{Source: "they", Pronoun: true, Cue: "say", Content: "are unsustainable levels of tourism"}},
		},
		{
			name:     "an acronym takes a plural verb",
			sentence: "The IDF say that Hamas militants are using places of worship as cover.",
			want:     []Attribution{{Source: "The IDF", Cue: "say", Content: "Hamas militants are using places of worship as cover"}},
		},
		{
			name:     "a comparison between commas after the source",
			sentence: "The French authorities, like the British, say the gangs organising the journeys need to be stopped.",
			want:     []Attribution{{Source: "The French authorities", Cue: "say", Content: "the gangs organising the journeys need to be stopped"}},
		},
		{
			name:     "who speaks for what follows 'of' or 'for' is the whole phrase",
			sentence: "A spokesman for the Trump campaign described the debate as boring.",
			want:     []Attribution{{Source: "A spokesman for the Trump campaign", Cue: "described ... as", Content: "the debate as boring"}},
		},
		{
			name:     "a partitive before 'of' is part of the source",
			sentence: "Some of the protesters said they would stay.",
			want:     []Attribution{{Source: "Some of the protesters", Cue: "said", Content: "they would stay"}},
		},
		{
			name:     "state before a noun is the noun",
			sentence: "Iranian state TV reported that the talks had ended.",
			want:     []Attribution{{Source: "Iranian state TV", Cue: "reported", Content: "the talks had ended"}},
		},
		{
			name:     "a share of those asked as the source",
			sentence: "70% have said that they don't want either Biden or Trump as their candidates.",
			want:     []Attribution{{Source: "70%", Cue: "have said", Content: "they don't want either Biden or Trump as their candidates"}},
		},
		{
			name:     "a stance noun after a possessive",
			sentence: "Jennifer Kerns, a former Republican strategist, expressed her concern for the Republican Party.",
			want:     []Attribution{{Source: "Jennifer Kerns", Cue: "expressed her concern for", Content: "the Republican Party"}},
		},
		{
			name:     "'on one hand' without commas after the source",
			sentence: "So whilst China on one hand is saying, keep out of East Asia, it's been involved.",
			want:     []Attribution{{Source: "China", Cue: "is saying", Content: "keep out of East Asia, it's been involved"}},
		},
		{
			name:     "a repeated report: kept telling",
			sentence: "He kept telling me, I lost my hedge and my money as well.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "kept telling", Content: "I lost my hedge and my money as well"}},
		},
		{
			name:     "a hand-over to a reporter: no report",
			sentence: "The black-felt bicorn dates back to the early 19th century as Danny Eberhardt reports.",
		},
		{
			name:     "a time after the source is not the source",
			sentence: "A government spokesman this morning said that over the previous 24 hours, Israel had attacked 450 targets.",
			want:     []Attribution{{Source: "A government spokesman", Cue: "said", Content: "over the previous 24 hours, Israel had attacked 450 targets"}},
		},
		{
			name:     "a time after the source, after an adverb",
			sentence: "The Deputy Defence Minister in Ukraine earlier this week said that Russian forces had formed a large group.",
			want:     []Attribution{{Source: "The Deputy Defence Minister in Ukraine", Cue: "said", Content: "Russian forces had formed a large group"}},
		},
		{
			name:     "a time alone is no one",
			sentence: "Kiev is warned of the war coming to Russia, and the last days have suggested, on the surface at least, the tide marks avenged closer.",
		},
		{
			name:     "a statement issued inside a relative clause: no source",
			sentence: "The decision has appalled five of his siblings who've issued a joint statement denouncing their brother's decision.",
		},
		{
			name:     "states: the plural noun, after an adjective",
			sentence: "While the drug is legal in many individual states, it's still illegal at a federal level.",
		},
		{
			name:     "states: the plural noun, in a talk",
			sentence: "It's an operator that takes mental states and translates them into different mental states.",
		},
		{
			name:     "a long appositive after a full name",
			sentence: "Regina Austin, director of the Penn program on documentaries and the law, warns they shouldn't aim to manipulate with music.",
			want:     []Attribution{{Source: "Regina Austin", Cue: "warns", Content: "they shouldn't aim to manipulate with music"}},
		},
		{
			name:     "a long main clause is no appositive",
			sentence: "After the rescue, the Coast Guard gave a word of advice to anyone setting sail, saying that they should always take a beacon.",
			want:     []Attribution{{Source: "", Cue: "saying", Content: "they should always take a beacon"}},
		},
		{
			name:     "an adjunct before that",
			sentence: "Mr Trump wrote on his Truth Social platform that the deal was done.",
			want:     []Attribution{{Source: "Mr Trump", Cue: "wrote", Content: "the deal was done"}},
		},
		{
			name:     "a time before that",
			sentence: "The minister said last week that talks would resume.",
			want:     []Attribution{{Source: "The minister", Cue: "said", Content: "talks would resume"}},
		},
		{
			name:     "no adjunct: at least, a relative that",
			sentence: "The Libyan Red Cross says at least 11,000 people died in the floods that hit the city.",
			want:     []Attribution{{Source: "The Libyan Red Cross", Cue: "says", Content: "at least 11,000 people died in the floods that hit the city"}},
		},
		{
			name:     "went on to say, then",
			sentence: "Mr Stoltenberg then went on to say that NATO must be resolute.",
			want:     []Attribution{{Source: "Mr Stoltenberg", Cue: "then went on to say", Content: "NATO must be resolute"}},
		},
		{
			name:     "a source close to someone",
			sentence: "A source close to the prime minister said no decision had been made.",
			want:     []Attribution{{Source: "A source close to the prime minister", Cue: "said", Content: "no decision had been made"}},
		},
		{
			name:     "further: an adverb of the cue",
			sentence: "It further explains that two hospitals recorded 46 maternal deaths.",
			want:     []Attribution{{Source: "It", Pronoun: true, Cue: "further explains", Content: "two hospitals recorded 46 maternal deaths"}},
		},
		{
			name:     "went further: who went further speaks",
			sentence: "And Congressman Lloyd Duggett has gone further saying that Mr Biden should pull out of the race.",
			want:     []Attribution{{Source: "Congressman Lloyd Duggett", Cue: "saying", Content: "Mr Biden should pull out of the race"}},
		},
		{
			name:     "a think tank",
			sentence: "A respected Swedish think tank says total revenues fell by 3.5% last year.",
			want:     []Attribution{{Source: "Swedish think tank", Cue: "says", Content: "total revenues fell by 3.5% last year"}},
		},
		{
			name:     "an age with its number",
			sentence: "On Thursday, the 92-year-old announced in a letter to staff that he had decided to step down.",
			want:     []Attribution{{Source: "the 92-year-old", Cue: "announced", Content: "he had decided to step down"}},
		},
		{
			name:     "in particular: who stands before it",
			sentence: "Younger people there in particular reported lower rates of happiness.",
			want:     []Attribution{{Source: "Younger people", Cue: "reported", Content: "lower rates of happiness"}},
		},
		{
			name:     "amid fears: the noun",
			sentence: "And amid fears the conflict could spread across the region, the U.S. says it's carried out air strikes.",
			want:     []Attribution{{Source: "the U.S.", Cue: "says", Content: "it's carried out air strikes"}},
		},
		{
			name:     "an infinitive is no source; 'called on' is the report",
			sentence: "Israel called on Antonio Guterres to resign immediately saying he'd lost all morality.",
			want:     []Attribution{{Source: "Israel", Cue: "called on", Content: "Antonio Guterres to resign immediately saying he'd lost all morality"}},
		},
		{
			name:     "thought to be: believed, no report",
			sentence: "There are still some 130 Israeli hostages thought to be held in the Gaza Strip.",
		},
		{
			name:     "thought experiments: the noun",
			sentence: "The technology then drives and informs different thought experiments about that.",
		},
		{
			name:     "a belief is no report",
			sentence: "Some thought it was a Victorian copy.",
		},
		{
			name:     "negated speech reports nothing",
			sentence: "The Russian defence ministry say they jammed the drone, though they didn't say how.",
			want:     []Attribution{{Source: "The Russian defence ministry", Cue: "say", Content: "they jammed the drone"}},
		},
		{
			name:     "what he called: a naming of its own",
			sentence: "President Zelensky posted footage, urging the world to stand up to what he called Russian terror.",
			want: []Attribution{
				{Source: "President Zelensky", Cue: "urging", Content: "world to stand up to what he called Russian terror"},
				{Source: "he", Pronoun: true, Cue: "called", Content: "Russian terror"},
			},
		},
		{
			name:     "an institution takes a plural verb",
			sentence: "The local council say the building must be returned to the way it was.",
			want:     []Attribution{{Source: "The local council", Cue: "say", Content: "the building must be returned to the way it was"}},
		},
		{
			name:     "as you say: the one spoken to, content after",
			sentence: "And as you say July this year was the hottest on record.",
			want:     []Attribution{{Source: "you", Pronoun: true, Cue: "say", Content: "July this year was the hottest on record"}},
		},
		{
			name:     "mentioned",
			sentence: "The minister mentioned that 40 people had died.",
			want:     []Attribution{{Source: "The minister", Cue: "mentioned", Content: "40 people had died"}},
		},
		{
			name:     "a preposition's object is no source of a participle",
			sentence: "He spoke to reporters saying the talks had failed.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "saying", Content: "the talks had failed"}},
		},
		{
			name:     "too belongs to the cue",
			sentence: "He too says there's definitely been a resurgence of bedbugs.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "too says", Content: "there's definitely been a resurgence of bedbugs"}},
		},
		{
			name:     "a parenthesis between commas after the source",
			sentence: "The government, on the other hand, is saying that they have to raise revenues somehow.",
			want:     []Attribution{{Source: "The government", Cue: "is saying", Content: "they have to raise revenues somehow"}},
		},
		{
			name:     "shows: seeing, not saying",
			sentence: "CCTV footage shows the bus moving slowly up the overpass.",
		},
		{
			name:     "shows: evidence reports",
			sentence: "A recent poll shows the number of French people with a positive view of nuclear power has risen.",
			want:     []Attribution{{Source: "A recent poll", Cue: "shows", Content: "the number of French people with a positive view of nuclear power has risen"}},
		},
		{
			name:     "a relative clause without a comma",
			sentence: "There are many people who say the war must end.",
			want:     []Attribution{{Source: "many people", Cue: "say", Content: "the war must end"}},
		},
		{
			name:     "the WHO is no relative pronoun",
			sentence: "The WHO says cases have doubled.",
			want:     []Attribution{{Source: "The WHO", Cue: "says", Content: "cases have doubled"}},
		},
		{
			name:     "made clear",
			sentence: "He made clear that U.S. policy will be determined by our assessment.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "made clear", Content: "U.S. policy will be determined by our assessment"}},
		},
		{
			name:     "ordered",
			sentence: "The Belgorod governor ordered that children remain at home.",
			want:     []Attribution{{Source: "The Belgorod governor", Cue: "ordered", Content: "children remain at home"}},
		},
		{
			name:     "called on someone to",
			sentence: "Five Democrats in the House of Representatives have called on Joe Biden to step aside.",
			want:     []Attribution{{Source: "Five Democrats in the House of Representatives", Cue: "have called on", Content: "Joe Biden to step aside"}},
		},
		{
			name:     "called on a day: no report",
			sentence: "He called on Monday for calm.",
		},
		{
			name:     "speech that never was",
			sentence: "If I had told them that I was riding a bike to Egypt, they might have said that it was impossible.",
		},
		{
			name:     "a relative clause of the speaker's own before the cue",
			sentence: "Legal experts that I've spoken to have said that would be a risky strategy.",
			want:     []Attribution{{Source: "Legal experts", Cue: "have said", Content: "would be a risky strategy"}},
		},
		{
			name:     "you've: you, and the auxiliary in the cue",
			sentence: "And then you've mentioned the stomping campaign.",
			want:     []Attribution{{Source: "you", Pronoun: true, Cue: "'ve mentioned", Content: "the stomping campaign"}},
		},
		{
			name:     "accused of, by no one named",
			sentence: "The 51 men accused of raping her were in court.",
		},
		{
			name:     "stress: the noun",
			sentence: "We know that noise produces stress and stress produces heart disease.",
		},
		{
			name:     "wrote a work: no report",
			sentence: "Well the author RJ Smith wrote a book about James Brown.",
		},
		{
			name:     "wrote that: a report",
			sentence: "The minister wrote that the plan had failed.",
			want:     []Attribution{{Source: "The minister", Cue: "wrote", Content: "the plan had failed"}},
		},
		{
			name:     "state: the noun",
			sentence: "Dr Nandini Vagani took part in the demonstrations in Gujarat state, where she works at the government run hospital.",
		},
		{
			name:     "state: the verb, after texts that state",
			sentence: "Court records state the pair then sold the wings.",
			want:     []Attribution{{Source: "Court records", Cue: "state", Content: "the pair then sold the wings"}},
		},
		{
			name:     "states: the verb, after a numbered text",
			sentence: "Article 99 states that the Secretary General may bring any matter to the Council.",
			want:     []Attribution{{Source: "Article 99", Cue: "states", Content: "the Secretary General may bring any matter to the Council"}},
		},
		{
			name:     "states: the verb, after a text that states, and an adverb",
			sentence: "The report clearly states that the government misused its policies.",
			want:     []Attribution{{Source: "The report", Cue: "clearly states", Content: "the government misused its policies"}},
		},
		{
			name:     "relative clause and described ... as",
			sentence: "After he spoke to Vladimir Putin, President Trump also spoke to Ukrainian President Vladimir Zelensky, who described their conversation as meaningful.",
			want:     []Attribution{{Source: "Ukrainian President Vladimir Zelensky", Cue: "described ... as", Content: "their conversation as meaningful"}},
		},
		{
			name:     "as X has said, content",
			sentence: "3 and 4, and ultimately as President Trump has said, 5% of defence spending is critical.",
			want:     []Attribution{{Source: "President Trump", Cue: "has said", Content: "5% of defence spending is critical"}},
		},
		{
			name:     "as X put it at the end",
			sentence: "There's a lot of missing detail over how Ukraine can exist as a strong sovereign country as Western allies put it.",
			want:     []Attribution{{Source: "Western allies", Cue: "put it", Content: "There's a lot of missing detail over how Ukraine can exist as a strong sovereign country"}},
		},
		{
			name:     "pronoun and talked about",
			sentence: "And then he talked about them agreeing that America's strength and Ukraine's strength would be enough to pressure Russia into some kind of a peace.",
			want:     []Attribution{{Source: "he", Pronoun: true, Cue: "talked about", Content: "them agreeing that America's strength and Ukraine's strength would be enough to pressure Russia into some kind of a peace"}},
		},
		{
			name:     "a report inside a report",
			sentence: "Well, on his arrival in Ukraine, the British Foreign Secretary announced that the UK had sanctioned 10 ships of Russia's Shadow Fleet, which Britain says is used to avoid western sanctions.",
			want: []Attribution{
				{Source: "the British Foreign Secretary", Cue: "announced", Content: "the UK had sanctioned 10 ships of Russia's Shadow Fleet, which Britain says is used to avoid western sanctions"},
				{Source: "Britain", Cue: "says", Content: "is used to avoid western sanctions"},
			},
		},
		{
			name:     "relative that before the source",
			sentence: "It comes after strikes that Israel says targeted Hezbollah commanders.",
			want:     []Attribution{{Source: "Israel", Cue: "says", Content: "targeted Hezbollah commanders"}},
		},
		{
			name:     "adverb before the particle",
			sentence: "As the first black leader of a European nation, he's spoken eloquently about the message his election would send.",
			want:     []Attribution{{Source: "he", Pronoun: true, Cue: "'s spoken eloquently about", Content: "the message his election would send"}},
		},
		{
			name:     "appositive source",
			sentence: "Where we're already seeing the UK defence secretary, John Healey, talk about there being no negotiations on Ukraine without Ukraine.",
			want:     []Attribution{{Source: "John Healey", Cue: "talk about", Content: "there being no negotiations on Ukraine without Ukraine"}},
		},
		{
			name:     "first person is not reported",
			sentence: "Like I said, there will be foreign troops here but it's just not going to be us.",
		},
		{
			// BBC Global News, 2024-06-04
			name:     "naming call: object and complement",
			sentence: "Rahul Gandhi called this a win for democracy.",
			want:     []Attribution{{Source: "Rahul Gandhi", Cue: "called", Content: "this a win for democracy"}},
		},
		{
			// BBC Global News, 2024: a determiner object of two words
			name:     "naming call: the object's last word is not the complement",
			sentence: "In a statement, Trump called the verdict undeniable election interference.",
			want:     []Attribution{{Source: "Trump", Cue: "called", Content: "the verdict undeniable election interference"}},
		},
		{
			// BBC Global News, 2024: a name given, not words said
			name:     "naming call: a reduced relative is no report",
			sentence: "A group called the Feminist Movement of Madrid released a statement.",
		},
		{
			// BBC Global News, 2024: who says it is the sentence's subject
			name:     "participle after a comma takes the clause's subject",
			sentence: "Israel has defended an airstrike on a school in Gaza, saying it was targeting Hamas fighters.",
			want:     []Attribution{{Source: "Israel", Cue: "saying", Content: "it was targeting Hamas fighters"}},
		},
		{
			// BBC Global News, 2023-08: an object pronoun, no "that", an
			// irregular plural subject of a base form
			name:     "tell me without that",
			sentence: "But many fishermen tell me they'd rather die at sea than not try.",
			want:     []Attribution{{Source: "many fishermen", Cue: "tell", Content: "they'd rather die at sea than not try"}},
		},
		{
			// PolNeAR dev: who speaks stands before the appositive
			name:     "source before a lower-case appositive",
			sentence: "Phil Smith, a spokesman for the United Mine Workers of America, said the union expected the company to honour its promises.",
			want:     []Attribution{{Source: "Phil Smith", Cue: "said", Content: "the union expected the company to honour its promises"}},
		},
		{
			// PolNeAR dev: a name with a title and initials between commas
			name:     "capitalised appositive with an abbreviation",
			sentence: "The minister of the economy, Mr. Guajardo Villarreal, argues there is little point in waiting.",
			want:     []Attribution{{Source: "Mr. Guajardo Villarreal", Cue: "argues", Content: "there is little point in waiting"}},
		},
		{
			name:     "naming call: a name as object before a complement",
			sentence: "He called Trump a liar.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "called", Content: "Trump a liar"}},
		},
		{
			name:     "naming call: a name as object alone is a phone call",
			sentence: "Biden called Netanyahu on Monday.",
		},
		{
			// BBC Global News style: the subject opens the sentence
			name:     "citing after a comma",
			sentence: "Israel closed the crossing, citing security concerns.",
			want:     []Attribution{{Source: "Israel", Cue: "citing", Content: "security concerns"}},
		},
		{
			// PolNeAR dev
			name:     "participle appositive",
			sentence: "Trump, speaking to a veterans group in Virginia, said he would order a thorough review.",
			want:     []Attribution{{Source: "Trump", Cue: "said", Content: "he would order a thorough review"}},
		},
		{
			// PolNeAR dev
			name:     "inverted source with a place",
			sentence: "\"There's some thought that the same enthusiasm might not be there,\" said Representative Charles B. Rangel of New York.",
			want:     []Attribution{{Source: "Representative Charles B. Rangel of New York", Cue: "said", Content: "\"There's some thought that the same enthusiasm might not be there,\""}},
		},
		{
			// BBC Global News, 2024-03: read from corpus output
			name:     "a determiner alone is no source",
			sentence: "That was an added pressure on the government.",
		},
		{
			name:     "object pronouns are the speaker",
			sentence: "There was a video of me saying I'm back.",
		},
		{
			// BBC Global News, 2024-01
			name:     "compared with is a comparison",
			sentence: "They are twice as common in people in northwestern Europe compared with southern Europe.",
		},
		{
			name:     "reporting from is a hand-over",
			sentence: "That was Demi McGinnis reporting from Berlin.",
		},
		{
			name:     "told what happened answers elsewhere",
			sentence: "She told me what happened.",
		},
		{
			name:     "naming call: the and a capital name a group",
			sentence: "A new group from that region called the Caucasus branch has emerged.",
		},
		{
			// BBC Global News, 2023-10
			name:     "state of is a noun",
			sentence: "There were flash floods in the northeastern Indian state of Sikkim.",
		},
		{
			name:     "a discourse word is not part of the source",
			sentence: "Yeah Israel has said it is at war.",
			want:     []Attribution{{Source: "Israel", Cue: "has said", Content: "it is at war"}},
		},
		{
			// BBC Global News, 2023-08
			name:     "an adverb in -ly belongs to the cue",
			sentence: "Donald Trump frequently complains that the Biden administration has weaponized the justice system.",
			want:     []Attribution{{Source: "Donald Trump", Cue: "frequently complains", Content: "the Biden administration has weaponized the justice system"}},
		},
		{
			// BBC Global News, 2023-08
			name:     "a cue coordinated by and takes the clause's subject",
			sentence: "Researchers have studied footage of the encounters and concluded that up to 20 animals have learned to do this.",
			want:     []Attribution{{Source: "Researchers", Cue: "concluded", Content: "up to 20 animals have learned to do this"}},
		},
		{
			// BBC Global News, 2024-07
			name:     "a plural cue form before regarding is a noun",
			sentence: "He made bold promises regarding foreign policy.",
		},
		{
			name:     "call with a particle is another verb",
			sentence: "The minister called them back on Monday.",
		},
		{
			name:     "free relative has no content",
			sentence: "This is some of what he said.",
		},
		{
			name:     "the United States is a name",
			sentence: "The United States is proud to be here.",
		},
		{
			name:     "organisation source",
			sentence: "But the United Nations has said that the carnage simply must stop.",
			want:     []Attribution{{Source: "the United Nations", Cue: "has said", Content: "the carnage simply must stop"}},
		},
		{
			name:     "trailing source with comma",
			sentence: "In Indonesia, officials said the 58 refugees would be sent back to the camps in Cox's Bazaar.",
			want:     []Attribution{{Source: "officials", Cue: "said", Content: "the 58 refugees would be sent back to the camps in Cox's Bazaar"}},
		},
		{
			name:     "source after content",
			sentence: "The carnage must stop, a UN spokesman said.",
			want:     []Attribution{{Source: "a UN spokesman", Cue: "said", Content: "The carnage must stop"}},
		},
		{
			name:     "inverted source",
			sentence: "The carnage must stop, said Antonio Guterres.",
			want:     []Attribution{{Source: "Antonio Guterres", Cue: "said", Content: "The carnage must stop"}},
		},
		{
			name:     "according to, content after",
			sentence: "According to the health ministry, more than 10,000 people have been killed.",
			want:     []Attribution{{Source: "the health ministry", Cue: "According to", Content: "more than 10,000 people have been killed"}},
		},
		{
			name:     "content, according to",
			sentence: "More than 10,000 people have been killed, according to the health ministry.",
			want:     []Attribution{{Source: "the health ministry", Cue: "according to", Content: "More than 10,000 people have been killed"}},
		},
		{
			name:     "told with object and that",
			sentence: "Kenpton told reporters that they nearly missed the discovery.",
			want:     []Attribution{{Source: "Kenpton", Cue: "told", Content: "they nearly missed the discovery"}},
		},
		{
			name:     "warned; the source stops at a preposition (a known limit)",
			sentence: "Former US ambassador to China Max Baucus warned it was a particular low point.",
			want:     []Attribution{{Source: "China Max Baucus", Cue: "warned", Content: "it was a particular low point"}},
		},
		{
			name:     "no cue",
			sentence: "That war is a disaster.",
		},
		// BBC Global News Podcast sentences whose leftward scan used to
		// stop on a word that cannot be a source.
		{
			name:     "passive: being described as",
			sentence: "And how would you take to being described as a world musician?",
		},
		{
			name:     "passive: being added",
			sentence: "Thirty ships of different classes were being added to the fleet this year.",
		},
		{
			name:     "first-person possessive",
			sentence: "So what I try and do in my writing and my reporting is I try and describe what's going on.",
		},
		// BBC sentences where a cue form is a plural noun, or no one
		// speaks.
		{
			name:     "plural noun: TV shows used",
			sentence: "This is a cinematographer's studio that TV shows used to film TV series in Ramadan and films as well.",
		},
		{
			name:     "plural noun: states are",
			sentence: "Voters in the Baltic states are in a difficult position.",
		},
		{
			name:     "according to plan",
			sentence: "But this weekend's election is not going entirely according to plan.",
		},
		{
			name:     "free relative: what's described as",
			sentence: "A correspondence Samira Hussein has more details about what's often described as the world's largest democratic exercise.",
		},
		// Found against the hand-annotated BBC episodes (testdata/dev).
		{
			name:     "contracted pronoun",
			sentence: "But they're saying for now that military option is still there.",
			want:     []Attribution{{Source: "they", Pronoun: true, Cue: "'re saying", Content: "for now that military option is still there"}},
		},
		{
			name:     "collective subject of a base form",
			sentence: "Police say at least 10 people are being killed in the violence.",
			want:     []Attribution{{Source: "Police", Cue: "say", Content: "at least 10 people are being killed in the violence"}},
		},
		{
			name:     "accused ... of",
			sentence: "His campaign team have accused the US Justice Department of interference in next year's election.",
			want:     []Attribution{{Source: "His campaign team", Cue: "have accused ... of", Content: "the US Justice Department of interference in next year's election"}},
		},
		{
			name:     "source with a place",
			sentence: "Officials in northern Vietnam say almost 180 people have now died after a typhoon.",
			want:     []Attribution{{Source: "Officials in northern Vietnam", Cue: "say", Content: "almost 180 people have now died after a typhoon"}},
		},
		{
			name:     "source with a place, told",
			sentence: "Healthcare workers in the Democratic Republic of Congo have told the BBC they are struggling to cope with the outbreak.",
			want:     []Attribution{{Source: "Healthcare workers in the Democratic Republic of Congo", Cue: "have told", Content: "they are struggling to cope with the outbreak"}},
		},
		{
			name:     "adverb after the source",
			sentence: "People there are saying they haven't seen floods like this for 20 years.",
			want:     []Attribution{{Source: "People", Cue: "are saying", Content: "they haven't seen floods like this for 20 years"}},
		},
		{
			name:     "reports say: the verb comes second",
			sentence: "Israeli media reports say at least 420 Israeli soldiers have been killed since the start of the war.",
			want:     []Attribution{{Source: "Israeli media reports", Cue: "say", Content: "at least 420 Israeli soldiers have been killed since the start of the war"}},
		},
		{
			name:     "according to figures from a body",
			sentence: "According to new figures from the Hamas run health authority, 17,700 people died in Gaza since the conflict began.",
			want:     []Attribution{{Source: "new figures from the Hamas run health authority", Cue: "According to", Content: "17,700 people died in Gaza since the conflict began"}},
		},
		{
			name:     "contracted relative",
			sentence: "The authorities have long had a problem with Masa Amini's family, who've insisted she was killed in custody.",
			want:     []Attribution{{Source: "Masa Amini's family", Cue: "insisted", Content: "she was killed in custody"}},
		},
		{
			name:     "criticised ... for",
			sentence: "Rwanda has criticised the DRC for comparing its president to Adolf Hitler.",
			want: []Attribution{
				{Source: "Rwanda", Cue: "has criticised ... for", Content: "the DRC for comparing its president to Adolf Hitler"},
			},
		},
		{
			name:     "passive: revealed by",
			sentence: "The last meal of a 75 million year old tyrannosaur has been revealed by scientists.",
		},
		{
			name:     "hypothetical",
			sentence: "I knew that if the UN believed that it's in the friend's business, it produces catastrophic results.",
		},
		{
			name:     "member states",
			sentence: "The UN is not there to become friendly with the member states.",
		},
		{
			name:     "two reports joined by and",
			sentence: "The case centres on a gun he bought in 2018, and the prosecution alleges he knowingly misled the dealer and the defence says he did not regard himself as an addict.",
			want: []Attribution{
				{Source: "the prosecution", Cue: "alleges", Content: "he knowingly misled the dealer"},
				{Source: "the defence", Cue: "says", Content: "he did not regard himself as an addict"},
			},
		},
		{
			name:     "hand-over: told me more about",
			sentence: "Our African regional editor Will Ross told me more about the current negotiations.",
		},
		{
			name:     "hand-over: X reports",
			sentence: "Your original editor, Danny Abahart reports.",
		},
		{
			name:     "a noun after a possessive",
			sentence: "Microsoft's warning adds to one issued by President Emmanuel Macron in April.",
		},
		{
			name:     "a question",
			sentence: "Did they explain to you why they're doing this now?",
		},
		{
			name:     "a famous saying",
			sentence: "There is a famous saying, beware of Greeks bearing gifts.",
		},
		{
			name:     "relative pronoun as source",
			sentence: "I've seen some research that suggests it does help people make up their minds.",
		},
		{
			name:     "a singular subject ending in s is not plural",
			sentence: "North America correspondent Tom Bateman sent this report from outside the court.",
		},
		{
			name:     "no inversion after and",
			sentence: "When a crowd takes over like that, and shows that much love, and they know every song, it was the perfect show.",
		},
		{
			// BBC Global News, 2024-06-27: two reports, the second by the same pronoun
			name:     "coordinated pronoun source",
			sentence: "He urged people to take to the streets and he said he was going to defeat the coup.",
			want: []Attribution{
				{Source: "He", Pronoun: true, Cue: "urged", Content: "people to take to the streets"},
				{Source: "he", Pronoun: true, Cue: "said", Content: "he was going to defeat the coup"},
			},
		},
		{
			// BBC Global News, 2024-06-04: who speaks stands before the relative clause
			name:     "source before a relative clause",
			sentence: "And Jens Stoltenberg, who'll hand over in the autumn, said he was leaving the alliance in good hands.",
			want:     []Attribution{{Source: "Jens Stoltenberg", Cue: "said", Content: "he was leaving the alliance in good hands"}},
		},
		{
			// BBC Global News, 2024-06-27
			name:     "institution before a place",
			sentence: "An animal conservation center in Spain has blamed loud music from a festival for the deaths of several endangered gazelles.",
			want:     []Attribution{{Source: "An animal conservation center in Spain", Cue: "has blamed ... for", Content: "loud music from a festival for the deaths of several endangered gazelles"}},
		},
		{
			// BBC Global News, 2024-06-27: a clause subject ended by an irregular past
			name:     "and-coordinated cue after an irregular past",
			sentence: "He came out very strongly after the protesters stormed parliament and said that the security apparatus would make sure that this didn't happen again.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "said", Content: "the security apparatus would make sure that this didn't happen again"}},
		},
		{
			// BBC Global News, 2023-08-03
			name:     "welcomed ... as",
			sentence: "Jewish organizations have welcomed the verdict as a sign that the United States will not tolerate hate.",
			want:     []Attribution{{Source: "Jewish organizations", Cue: "have welcomed ... as", Content: "the verdict as a sign that the United States will not tolerate hate"}},
		},
		{
			// BBC Global News, 2024-06-04: a correspondent's name makes "reports" a verb
			name:     "as X reports from a place, content",
			sentence: "And as our Middle East regional editor Sebastian Asher reports from Jerusalem, all the signs are that this latest round of hostilities is set to continue.",
			want:     []Attribution{{Source: "our Middle East regional editor Sebastian Asher", Cue: "reports", Content: "all the signs are that this latest round of hostilities is set to continue"}},
		},
		{
			// BBC Global News: "US" in capitals is the country, not the pronoun "us"
			name:     "the US as a source",
			sentence: "The US said there should be no more delays or excuses.",
			want:     []Attribution{{Source: "The US", Cue: "said", Content: "there should be no more delays or excuses"}},
		},
		{
			// BBC Global News: discourse words and their comma open the clause
			name:     "coordinated after a discourse comma",
			sentence: "And also, President Makisal has done the same and said that this is a victory for the country's democracy.",
			want:     []Attribution{{Source: "President Makisal", Cue: "said", Content: "this is a victory for the country's democracy"}},
		},
		{
			// BBC Global News: a contracted pronoun is the subject
			name:     "coordinated after a contracted pronoun",
			sentence: "He's come out today and given a very long sort of press conference and said he's very worried about this process.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "said", Content: "he's very worried about this process"}},
		},
		{
			// PolNeAR dev: an expletive "it's" is no one
			name:     "no source in an expletive",
			sentence: "It's up to the debate opponents here to fact check each other and argue with each other.",
		},
		{
			// BBC Global News
			name:     "an institution there",
			sentence: "The Hamas-run health ministry there said over 430 people had died in 24 hours.",
			want:     []Attribution{{Source: "The Hamas-run health ministry", Cue: "said", Content: "over 430 people had died in 24 hours"}},
		},
		{
			// BBC Global News: a parenthesis opening with an adverb
			name:     "source before an adverbial parenthesis",
			sentence: "And yet, the international Institute of Strategic Studies, even before the war in Gaza, said that never has the world seen so many wars.",
			want:     []Attribution{{Source: "the international Institute of Strategic Studies", Cue: "said", Content: "never has the world seen so many wars"}},
		},
		{
			// BBC Global News
			name:     "coordinated after but",
			sentence: "Israel is reviewing the incident but says there's no indication that it carried out a strike there.",
			want:     []Attribution{{Source: "Israel", Cue: "says", Content: "there's no indication that it carried out a strike there"}},
		},
		{
			// BBC Global News
			name:     "one of them",
			sentence: "One of them said they'd had children as young as seven coming in.",
			want:     []Attribution{{Source: "One of them", Cue: "said", Content: "they'd had children as young as seven coming in"}},
		},
		{
			name:     "some of them say",
			sentence: "Some of them say the war must end.",
			want:     []Attribution{{Source: "Some of them", Cue: "say", Content: "the war must end"}},
		},
		{
			// BBC Global News: "only" belongs to the cue as other adverbs do
			name:     "only said",
			sentence: "They only said that the opposition groups receive assistance from the Western countries.",
			want:     []Attribution{{Source: "They", Pronoun: true, Cue: "only said", Content: "the opposition groups receive assistance from the Western countries"}},
		},
		{
			// BBC Global News: an adverbial opener is not the source
			name:     "as a result before the source",
			sentence: "As a result Mexico's biggest rail operator has announced it's suspending some of its services in the north of the country.",
			want:     []Attribution{{Source: "Mexico's biggest rail operator", Cue: "has announced", Content: "it's suspending some of its services in the north of the country"}},
		},
		{
			// PolNeAR dev (wash-post): a relative clause inside the appositive
			name:     "appositive with a relative clause",
			sentence: "Erin Murphy, a former Clinton aide who accompanied her to Burma in 2011, said McConnell's trip was perhaps more important than Clinton's.",
			want:     []Attribution{{Source: "Erin Murphy", Cue: "said", Content: "McConnell's trip was perhaps more important than Clinton's"}},
		},
		{
			// PolNeAR dev (wash-post): a parenthesis, then a bare role
			name:     "parenthesis and a bare role before the cue",
			sentence: "Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members will help him raise cash.",
			want:     []Attribution{{Source: "Rep. Gregory W. Meeks (D-N.Y.)", Cue: "said", Content: "members will help him raise cash"}},
		},
		{
			// PolNeAR dev: a subjectless "and said" shares the first report's source
			name:     "two reports of one subject",
			sentence: "He claimed vast wealth and said it ensured he was not beholden to special interests.",
			want: []Attribution{{Source: "He", Pronoun: true, Cue: "claimed", Content: "vast wealth"},
				{Source: "He", Pronoun: true, Cue: "said", Content: "it ensured he was not beholden to special interests"}},
		},
		{
			// a verb in the first content: the second report may be its subject's, so it stays inside
			name:     "no sharing after a clause",
			sentence: "Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks.",
			want:     []Attribution{{Source: "Merrill", Cue: "says", Content: "Machado promised to continue supporting Clinton and said she would stand up to the attacks"}},
		},
		{
			// PolNeAR dev: two names joined by "and" are a plural subject
			name:     "joined names say",
			sentence: "But Mr. Grassley and Mr. Leahy say other changes are needed.",
			want:     []Attribution{{Source: "Mr. Grassley and Mr. Leahy", Cue: "say", Content: "other changes are needed"}},
		},
		{
			// PolNeAR dev
			name:     "those close to him",
			sentence: "Those close to him say that he would have to consider Rep. Scott.",
			want:     []Attribution{{Source: "Those close to him", Cue: "say", Content: "he would have to consider Rep. Scott"}},
		},
		{
			// PolNeAR dev
			name:     "many of whom",
			sentence: "This has not gone over well with family members of 9/11 victims, many of whom say the president's claims are wrong.",
			want:     []Attribution{{Source: "many of whom", Cue: "say", Content: "the president's claims are wrong"}},
		},
		{
			// PolNeAR dev: "although" joins a second report
			name:     "although they say",
			sentence: "Mayors have urged Congress to leave the program intact, although they say they support some of the changes.",
			want: []Attribution{{Source: "Mayors", Cue: "have urged", Content: "Congress to leave the program intact"},
				{Source: "they", Pronoun: true, Cue: "say", Content: "they support some of the changes"}},
		},
		{
			// PolNeAR dev (a debate transcript quoted in full): a speaker's label
			name:     "speaker label",
			sentence: "WALLACE: Let us start with breaking news on the debate story.",
			want:     []Attribution{{Source: "WALLACE", Cue: ":", Content: "Let us start with breaking news on the debate story"}},
		},
		{
			// PolNeAR dev: a headline's label
			name:     "headline label",
			sentence: "Pat Caddell: Democrat Voters Worried About Hillary Clinton Health",
			want:     []Attribution{{Source: "Pat Caddell", Cue: ":", Content: "Democrat Voters Worried About Hillary Clinton Health"}},
		},
		{
			// PolNeAR dev: a headline's label that names no one; the report inside is read
			name:     "no label after a determiner",
			sentence: "The Latest: Trump urges supporters to monitor polling places.",
			want:     []Attribution{{Source: "Trump", Cue: "urges", Content: "supporters to monitor polling places"}},
		},
		{
			name:     "no label in a word that opens a sentence",
			sentence: "Note: this is not final.",
		},
		{
			// PolNeAR dev: a number inside an inverted source
			name:     "inverted source with a number",
			sentence: "“They are 100 percent wrong,” said 9/11 widow Terry Strada.",
			want:     []Attribution{{Source: "9/11 widow Terry Strada", Cue: "said", Content: "“They are 100 percent wrong,”"}},
		},
		{
			// PolNeAR dev: a month after the object is no content
			name:     "told X in a month",
			sentence: "''The sooner he releases his entire returns, the better,'' Mr. Goldberg told CNBC in August.",
			want:     []Attribution{{Source: "Mr. Goldberg", Cue: "told", Content: "''The sooner he releases his entire returns, the better,''"}},
		},
		{
			// PolNeAR dev: a quotation signed after a horizontal bar
			name:     "signed quotation",
			sentence: "“He makes simple blanket statements about people he knows nothing about.”― Pamela Padilla",
			want:     []Attribution{{Source: "Pamela Padilla", Cue: "―", Content: "“He makes simple blanket statements about people he knows nothing about.”"}},
		},
		{
			name:     "an interruption's dash signs nothing",
			sentence: "Governor, I don't want to interrupt, but I want to try to get —.",
		},
		{
			// PolNeAR dev: a preposition's phrase before the subject, no comma
			name:     "during the debate Trump said",
			sentence: "During the debate Trump said Hispanics live off welfare.",
			want:     []Attribution{{Source: "Trump", Cue: "said", Content: "Hispanics live off welfare"}},
		},
		{
			// PolNeAR dev: "asked" reports a quoted question
			name:     "asked and a quotation",
			sentence: "“Does anybody know what the environmental platform of the Republican Party is?” Graham asked.",
			want:     []Attribution{{Source: "Graham", Cue: "asked", Content: "“Does anybody know what the environmental platform of the Republican Party is?”"}},
		},
		{
			name:     "asked someone to is no report",
			sentence: "He asked me to leave.",
		},
		{
			// PolNeAR dev: "agreed" before a clause
			name:     "agreed it was",
			sentence: "Analysts agreed it was still a top-heavy plan.",
			want:     []Attribution{{Source: "Analysts", Cue: "agreed", Content: "it was still a top-heavy plan"}},
		},
		{
			name:     "agreed to is no report",
			sentence: "Patriot agreed to effectively lend Mr. Clarke $5 million.",
		},
		{
			// BBC Global News: an -ed adjective inside the appositive is no verb
			name:     "appositive with an -ed adjective",
			sentence: "Medical staff in South Kivu, the worst affected region in the world, say they are running out of supplies.",
			want:     []Attribution{{Source: "Medical staff in South Kivu", Cue: "say", Content: "they are running out of supplies"}},
		},
		{
			name:     "us as an object is the speakers",
			sentence: "Many fishermen tell us it is hard.",
			want:     []Attribution{{Source: "Many fishermen", Cue: "tell", Content: "it is hard"}},
		},
		{
			name:     "news reports from a place are a noun",
			sentence: "News reports from Gaza suggest the talks have stalled.",
			want:     []Attribution{{Source: "News reports from Gaza", Cue: "suggest", Content: "the talks have stalled"}},
		},
		{
			// BBC Global News, 2024-09-11
			name:     "and again claimed after an irregular past",
			sentence: "Donald Trump hit back by attacking the chaotic withdrawal of American troops from Afghanistan, and again claimed, Ukraine war wouldn't have happened under him.",
			want:     []Attribution{{Source: "Donald Trump", Cue: "again claimed", Content: "Ukraine war wouldn't have happened under him"}},
		},
		{
			// BBC Global News, 2024-06-27
			name:     "question as a verb",
			sentence: "Some US and European politicians question Mr. Rutte's suitability given his record on military spending.",
			want:     []Attribution{{Source: "Some US and European politicians", Cue: "question", Content: "Mr. Rutte's suitability given his record on military spending"}},
		},
		{
			// PolNeAR dev: a party and state in parentheses belong to the source
			name:     "parenthesis after the source",
			sentence: "Rep. Gwen Moore (D-Wis.) said the plan would fail.",
			want:     []Attribution{{Source: "Rep. Gwen Moore (D-Wis.)", Cue: "said", Content: "the plan would fail"}},
		},
		{
			// PolNeAR dev
			name:     "naming call with a quoted complement",
			sentence: "The Trump campaign called the charges “unsubstantiated” and fabricated.",
			want:     []Attribution{{Source: "The Trump campaign", Cue: "called", Content: "the charges “unsubstantiated” and fabricated"}},
		},
		{
			// PolNeAR dev: a gerund after a preposition takes the clause's subject
			name:     "by saying",
			sentence: "Dean began by saying he would never diagnose someone through television.",
			want:     []Attribution{{Source: "Dean", Cue: "saying", Content: "he would never diagnose someone through television"}},
		},
		{
			// PolNeAR dev: the quote that opens the sentence is the content,
			// and a report inside it is part of what was said
			name:     "opening quotation, inverted source",
			sentence: "\"People say it doesn't matter,\" said Charlie King, a prominent New York Democrat.",
			want:     []Attribution{{Source: "Charlie King", Cue: "said", Content: "\"People say it doesn't matter,\""}},
		},
		{
			// PolNeAR dev
			name:     "opening quotation, source and cue after it",
			sentence: "\"Subpoenas are not optional,\" Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up.",
			want:     []Attribution{{Source: "Rep. Jason Chaffetz (R-Utah)", Cue: "said", Content: "\"Subpoenas are not optional,\""}},
		},
		{
			// BBC Global News, 2024-06-04: "Like" before a relative source
			name:     "like X, who says",
			sentence: "Like Mariusz, who says Ukrainian goods are starting to flood the market.",
			want:     []Attribution{{Source: "Mariusz", Cue: "says", Content: "Ukrainian goods are starting to flood the market"}},
		},
		{
			// BBC Global News, 2024-06-04: hand-overs and letters are no reports
			name:     "reports from a place alone is a hand-over",
			sentence: "There's Martin Yett reports from Hong Kong.",
		},
		{
			name:     "wrote to someone",
			sentence: "She wrote to her therapist even in some episodes of her life.",
		},
		{
			name:     "a base form after be",
			sentence: "Is the way these issues are treated different there than they are say here in Britain?",
		},
		{
			name:     "told me first about",
			sentence: "Arab affairs editor Sebastian Usher told me first about the extent of the damage.",
		},
		{
			// BBC Global News, 2024-03-17
			name:     "expressed concern for",
			sentence: "When Vladimir Putin makes his speeches, he's often expressed concern for ethnic Russians who live outside the country.",
			want:     []Attribution{{Source: "he", Pronoun: true, Cue: "'s often expressed concern for", Content: "ethnic Russians who live outside the country"}},
		},
		{
			// BBC Global News, 2024-06-04
			name:     "made a reference to",
			sentence: "Mr Hines made a clear reference to the fact that the person was the son of the US president.",
			want:     []Attribution{{Source: "Mr Hines", Cue: "made a clear reference to", Content: "the fact that the person was the son of the US president"}},
		},
		{
			name:     "made something else",
			sentence: "She made a cake for the party.",
		},
		{
			// BBC Global News: nouns after an article or a possessive
			name:     "a determiner makes the cue a noun",
			sentence: "Republican voters in the state decide who they want.",
		},
		{
			name:     "a possessive makes the cue a noun",
			sentence: "Some details in his report are upsetting.",
		},
		{
			name:     "the very first question",
			sentence: "I feel that the very first question that they asked the VP was, are we better off?",
		},
		{
			name:     "show notes",
			sentence: "You can find those details in our show notes.",
		},
		{
			// BBC Global News, 2023: an adverb without -ly between subject and verb
			name:     "has long claimed",
			sentence: "Beijing has long claimed foreign forces are trying to undermine the country.",
			want:     []Attribution{{Source: "Beijing", Cue: "has long claimed", Content: "foreign forces are trying to undermine the country"}},
		},
		{
			name:     "so far denied",
			sentence: "It's something he's so far denied.",
			want:     []Attribution{{Source: "he", Pronoun: true, Cue: "'s so far denied", Content: "It's something"}},
		},
		{
			// BBC Global News: "that" before a plural or a pronoun is no demonstrative
			name:     "complementiser that before a plural",
			sentence: "It seems that scientists say the algae came from the Indian Ocean.",
			want:     []Attribution{{Source: "scientists", Cue: "say", Content: "the algae came from the Indian Ocean"}},
		},
		{
			name:     "demonstrative that before a singular",
			sentence: "And that report says the water is safe.",
			want:     []Attribution{{Source: "that report", Cue: "says", Content: "the water is safe"}},
		},
		{
			// Disintegrator podcast and BBC Global News: an interviewer reports the guest
			name:     "you in the past",
			sentence: "You noted that it's strikingly effective at doing other things.",
			want:     []Attribution{{Source: "You", Pronoun: true, Cue: "noted", Content: "it's strikingly effective at doing other things"}},
		},
		{
			name:     "as you said, with a report inside",
			sentence: "Yes, as you said, they've called them absurd.",
			want: []Attribution{
				{Source: "you", Pronoun: true, Cue: "said", Content: "they've called them absurd"},
				{Source: "they", Pronoun: true, Cue: "'ve called", Content: "them absurd"},
			},
		},
		{
			name:     "you in the present or with a modal",
			sentence: "You could say the plan fails, and you say, okay, get me a cup of tea.",
		},
		{
			// Disintegrator podcast: the verbs of talks about ideas
			name:     "proposes",
			sentence: "He proposes that different genres of computation form a coherent megastructure.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "proposes", Content: "different genres of computation form a coherent megastructure"}},
		},
		{
			name:     "outlines as a noun",
			sentence: "Then the robots develop outlines for the showrunners.",
		},
		{
			// BBC Global News: a passive frame with its agent
			name:     "described by X as",
			sentence: "His death was described by the regional governor as a terrorist attack.",
			want:     []Attribution{{Source: "the regional governor", Cue: "was described by ... as", Content: "a terrorist attack"}},
		},
		{
			name:     "accused by X of",
			sentence: "This unit was accused by the Ukrainians of war crimes in Bucha.",
			want:     []Attribution{{Source: "the Ukrainians", Cue: "was accused by ... of", Content: "war crimes in Bucha"}},
		},
		{
			name:     "a passive without a frame",
			sentence: "The plan was criticised by Moscow.",
		},
		{
			// BBC Global News and the Disintegrator podcast: a pseudo-cleft
			name:     "what they say is",
			sentence: "And what they say is they're escaping poverty at home.",
			want:     []Attribution{{Source: "they", Pronoun: true, Cue: "say", Content: "they're escaping poverty at home"}},
		},
		{
			name:     "what you're referring to is",
			sentence: "What you're referring to is an essay that I co-wrote.",
			want:     []Attribution{{Source: "you", Pronoun: true, Cue: "'re referring to", Content: "an essay that I co-wrote"}},
		},
		{
			name:     "what they don't say is",
			sentence: "What they don't say is come to this beach.",
		},
		{
			name:     "first person with am",
			sentence: "I am just telling you the price of gas.",
		},
		{
			name:     "contracted pronoun before a cue is no possessive",
			sentence: "He's urging people to work out in advance what to do.",
			want:     []Attribution{{Source: "He", Pronoun: true, Cue: "'s urging", Content: "people to work out in advance what to do"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Attribute(tt.sentence)
			if len(got) != len(tt.want) {
				t.Fatalf("Attribute(%q) = %+v, want %d attributions", tt.sentence, got, len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.Source != w.Source || g.Pronoun != w.Pronoun || g.Cue != w.Cue || g.Content != w.Content {
					t.Errorf("Attribute(%q)[%d] = {%q %v %q %q}, want {%q %v %q %q}", tt.sentence, i,
						g.Source, g.Pronoun, g.Cue, g.Content, w.Source, w.Pronoun, w.Cue, w.Content)
				}
				checkOffsets(t, tt.sentence, g)
			}
		})
	}
}

// checkOffsets checks that every span's offsets give back its text.
func checkOffsets(t *testing.T, s string, a Attribution) {
	t.Helper()
	if a.SourceStart >= 0 && s[a.SourceStart:a.SourceEnd] != a.Source {
		t.Errorf("source offsets %d:%d give %q, want %q", a.SourceStart, a.SourceEnd, s[a.SourceStart:a.SourceEnd], a.Source)
	}
	if s[a.ContentStart:a.ContentEnd] != a.Content {
		t.Errorf("content offsets %d:%d give %q, want %q", a.ContentStart, a.ContentEnd, s[a.ContentStart:a.ContentEnd], a.Content)
	}
	if cue := s[a.CueStart:a.CueEnd]; cue != a.Cue && !strings.HasPrefix(a.Cue, cue+" ... ") {
		t.Errorf("cue offsets %d:%d give %q, want %q", a.CueStart, a.CueEnd, cue, a.Cue)
	}
}

func FuzzAttribute(f *testing.F) {
	f.Add("US President Donald Trump says he plans to meet Vladimir Putin soon.")
	f.Add("The carnage must stop, said Antonio Guterres.")
	f.Add("according to")
	f.Add(", said")
	f.Add("Trump called the verdict undeniable election interference.")
	f.Add("Phil Smith, a spokesman for the union, said it would appeal.")
	f.Add("Israel defended the strike, saying it targeted fighters.")
	f.Add("called")
	f.Add("Will, called the a")
	f.Add("ZELENSKY, WHO DESCRIBED IT AS MEANINGFUL, SAID SO.")
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name, s string, ats []Attribution) {
			for _, a := range ats {
				if a.ContentStart < 0 || a.ContentEnd > len(s) || a.ContentStart >= a.ContentEnd {
					t.Fatalf("%s(%q): content offsets %d:%d", name, s, a.ContentStart, a.ContentEnd)
				}
				if a.SourceStart >= 0 && (a.SourceEnd > len(s) || a.SourceStart >= a.SourceEnd) {
					t.Fatalf("%s(%q): source offsets %d:%d", name, s, a.SourceStart, a.SourceEnd)
				}
				if a.CueStart < 0 || a.CueEnd > len(s) || a.CueStart >= a.CueEnd {
					t.Fatalf("%s(%q): cue offsets %d:%d", name, s, a.CueStart, a.CueEnd)
				}
			}
		}
		check("Attribute", s, Attribute(s))
		// in lower case, with every other word a name
		low := strings.ToLower(s)
		var names [][2]int
		for i, w := range strings.Fields(low) {
			if i%2 == 0 {
				j := strings.Index(low, w)
				names = append(names, [2]int{j, j + len(w)})
			}
		}
		check("AttributeWith", low, AttributeWith(low, names))
	})
}

// TestAttributeWith: a sentence without capitals, or all in capitals, is
// read as a cased one would be, its names and first word capitalised,
// and its reports are given back as written.
func TestAttributeWith(t *testing.T) {
	tests := []struct {
		sentence string
		names    []string // the named entities in it
		want     []string // "source | cue | content"
	}{
		{"zelensky, who described their conversation as meaningful, said kyiv was ready.", []string{"zelensky", "kyiv"},
			[]string{"zelensky | described ... as | their conversation as meaningful, said kyiv was ready", "zelensky | said | kyiv was ready"}},
		{"ZELENSKY, WHO DESCRIBED THEIR CONVERSATION AS MEANINGFUL, SAID KYIV WAS READY.", []string{"ZELENSKY", "KYIV"},
			[]string{"ZELENSKY | DESCRIBED ... AS | THEIR CONVERSATION AS MEANINGFUL, SAID KYIV WAS READY", "ZELENSKY | SAID | KYIV WAS READY"}},
		{"Zelensky said Kyiv was ready.", nil, []string{"Zelensky | said | Kyiv was ready"}}, // cased: as Attribute reads it
	}
	for _, tt := range tests {
		var names [][2]int
		for _, n := range tt.names {
			i := strings.Index(tt.sentence, n)
			names = append(names, [2]int{i, i + len(n)})
		}
		var got []string
		for _, a := range AttributeWith(tt.sentence, names) {
			got = append(got, a.Source+" | "+a.Cue+" | "+a.Content)
			if a.Content != tt.sentence[a.ContentStart:a.ContentEnd] {
				t.Errorf("%q: content %q is not the sentence's bytes %d:%d", tt.sentence, a.Content, a.ContentStart, a.ContentEnd)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("AttributeWith(%q) =\n%s\nwant\n%s", tt.sentence, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}
