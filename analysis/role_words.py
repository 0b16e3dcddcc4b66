"""Role words, lower case, by the source type they give: the lexicons of
:mod:`analysis.source_types` and :mod:`analysis.unnamed_sources` (and of the
person and speaker modules).

``_WORD_TYPE`` maps a role word to its type ("diplomat" → official,
"analyst" → expert), ``_PHRASE_TYPE`` does the same for two-word roles
("think tank"); beside them the outlets by name, the candidates' staff roles,
employers, kin, parties and function words. Written by hand: no offline
library types news sources, and the role vocabulary of news prose is small
and stable.
"""

from __future__ import annotations

import re

# Role words, lower case, by the type they give when they head a phrase.
_OFFICIAL = set("""
president presidents senator senators sen sens rep reps representative representatives
congressman congresswoman congressmen lawmaker lawmakers legislator legislators
governor governors gov mayor mayors freeholder freeholders alderman aldermen undersecretary
councilmember councilmembers admiral admirals colonel colonels sergeant commander commanders
superdelegate superdelegates treasurer minister ministers ministry ministries premier
chancellor ambassador ambassadors diplomat diplomats envoy envoys nominee nominees
candidate candidates hopeful hopefuls contender contenders politician politicians
judge judges justice justices prosecutor prosecutors commissioner commissioners
sheriff police policeman officer officers trooper troopers kremlin government
recorder comptroller assessor
watchdog watchdogs bundesbank frontbencher frontbenchers backbencher backbenchers ombudsman
governments administration authorities authority commission agency department delegation
delegations congress senate parliament court courts pentagon fbi cia nsa dhs irs
epa doj nato un eu imf cabinet speaker regime state states military army navy fed
vatican
general gen generals attorney-general mp mps councilman councilwoman
democrat democrats republican republicans incumbent lieutenant secretary-general
challenger challengers
investigator investigators inspector inspectors regulator regulators coroner magistrate
marshal marshals clerk elector electors assemblyman assemblywoman councillor councillors
census chancellery legislature legislatures departments commissions
msp msps mep meps peer peers lord lords baroness commons whitehall
prince princes princess sheikh emir
""".split())

_OFFICIAL_PHRASES = {
    "state attorney", "district attorney", "u.s attorney", "fbi agent", "fbi agents",
    "federal agent", "federal agents", "service agent", "service agents", "patrol agent",
    "patrol agents",
    "white house", "press secretary", "prime minister", "vice president",
    "attorney general", "state department", "foreign ministry", "justice department",
    "secretary of state", "supreme court", "city council", "city hall",
    "world bank",  # intergovernmental, as the IMF
    "central bank", "central banks", "reserve bank",  # a state's bank, not a lender
    "bank of england", "bank of japan", "bank of canada", "bank of france", "bank of italy",
    "bank of korea", "bank of china", "bank of russia",
    "intelligence community", "law enforcement", "board of elections", "elections board",
    "supervisor of elections", "county supervisor", "county supervisors",
    "international community",  # governments, not a community of people
    "cia operative", "cia operatives", "intelligence operative", "intelligence operatives",
    "city manager", "county manager", "emergency manager",  # (a manager is a company's)
    "party leader", "party leaders",  # a politician (not the party's staff)
    "downing street",  # the British prime minister's office
    "geological survey",  # an agency, not a poll: "The U.S. Geological Survey"
    # a state's statistics agency, not its statistics: "the statistics office"
    "statistical office", "statistical agency", "statistical bureau", "statistical body",
    "statistical institute", "statistical authority",
}

# Party labels give "official" (politicians) only when nothing else types.
_WEAK_OFFICIAL = set("democratic gop libertarian presidential congressional federal u.s".split())

# Staff roles whose type depends on whom they work for.
_GENERIC = set("""
spokesman spokeswoman spokesperson spokespeople spokesmen official officials aide aides
adviser advisers advisor advisors director directors chairman chairwoman chair head
chief staffer staffers leader leaders member members secretary deputy counsel
administrator administrators
representative staff insider insiders president ally allies
speechwriter speechwriters
""".split())

_ORGANIZATION = set("""
campaign campaigns camp company companies corporation corporations corp inc firm firms
bank banks committee committees pac pacs union unions group groups association
associations coalition alliance organization organizations nonprofit nonprofits
organisation organisations
charity ceo ceos executive executives founder businessman businesswoman businessmen
developer developers donor donors billionaire lobbyist lobbyists activist activists
advocate advocates campaigners rnc dnc naacp aclu nra party industry employer employers
tories tory labour ukip snp plaid sinn fein owner owners narrator announcer voiceover voice-over
movement forum
mogul tycoon broker brokers banker organizer organizers publisher publishers surrogate surrogates advocacy
bankers corporate employee employees investor investors entrepreneur entrepreneurs trader traders operative operatives volunteer volunteers
commerce afl cio teamsters seiu fundraiser fundraisers bundler bundlers
industrialist industrialists
airline airlines studio studios supermarket supermarkets operator operators
machinists steelworkers autoworkers chapter
magnate magnates pastor pastors rabbi rabbis priest priests imam imams bishop bishops
businesses retailer retailers manufacturer manufacturers automaker automakers insurer insurers
lender lenders vendor vendors supplier suppliers startup startups lobby delegate delegates
giant giants drugmaker drugmakers brewer brewers conglomerate conglomerates
airlines carmaker carmakers chipmaker chipmakers winemaker winemakers planemaker planemakers
manager managers coach coaches boss bosses club clubs fund funds
""".split())

# The last words of companies' names ("United Technologies", "Japan Airlines").
_COMPANY_NAME_ENDINGS = frozenset("""inc corp co company corporation group holdings technologies services
industries motors airlines bank partners systems enterprises labs logistics communications
pharmaceuticals networks""".split())

_ORGANIZATION_PHRASES = {"super pac", "chief executive", "national committee", "lib dems",
                         "record label", "record labels",  # (not a "record": a document)
                         "voice over",  # an ad's narrator, as "voiceover"
                         # businesses called agencies (not a government's)
                         "talent agency", "advertising agency", "ad agency", "travel agency",
                         "modeling agency", "marketing agency", "staffing agency",
                         "booking agency", "insurance agency", "relations agency",
                         # agents of a business, not of the FBI
                         "literary agent", "literary agents", "talent agent", "talent agents",
                         "sports agent", "sports agents",
                         "liberal democrats", "managing director", "managing partner",
                         "campaign worker", "campaign workers", "campaign volunteer",
                         "campaign volunteers",
                         # unions' and companies' leaders (not "secretary of labor",
                         # "a master's in business administration")
                         "labor leader", "labor leaders", "labor union", "labor unions",
                         "labor movement", "labor group", "labor groups", "labor organizer",
                         "business leader", "business leaders", "business community",
                         "business group", "business groups", "business lobby",
                         "national convention",  # a party's: "the Democratic National Convention"
                         "religious leader", "religious leaders", "faith leader",
                         "faith leaders", "evangelical leader", "evangelical leaders",
                         *(f"{faith} {leader}" for faith in ("jewish", "muslim", "christian",
                                                             "catholic", "church")
                           for leader in ("leader", "leaders")),
                         "trades council",  # building trades unions' council
                         # a company's officers: "chief executive officer" (not "police officer")
                         "executive officer", "financial officer", "operating officer",
                         "technology officer", "marketing officer", "investment officer",
                         "revenue officer", "commercial officer", "strategy officer",
                         "product officer", "creative officer",
                         # and its directors and managers by trade ("sales director
                         # for Arbor Networks", not a director of a government's)
                         "sales director", "marketing director", "finance director",
                         "commercial director", "sales manager", "marketing manager",
                         "film studio", "film studios",
                         # networks of phones and computers, no TV network's
                         "mobile network", "mobile networks", "phone network", "phone networks",
                         "computer network", "computer networks",
                         # a club's or an event's staff
                         "sporting director", "technical director", "festival director",
                         "race director", "artistic director", "director of rugby",
                         "director of football", "director of cricket", "rugby director",
                         "football director", "performance director",
                         # a union's officers: "United Auto Workers Secretary-Treasurer",
                         # "Fight for $15 organizing director"
                         "secretary treasurer", "organizing director"}

# Speakers at events, not of a house: members of the public.
_PUBLIC_PHRASES = {"keynote speaker", "motivational speaker", "guest speaker", "public speaker",
                   "featured speaker", "corporate speaker", "inspirational speaker",
                   # a party's voters, not its politicians: "a registered Republican"
                   *(f"{kind} {party}" for kind in ("registered", "lifelong", "nominal")
                     for party in ("republican", "republicans", "democrat", "democrats",
                                   "independent", "independents"))}

_EXPERT = set("""
analyst analysts professor professors prof economist economists researcher researchers
scholar scholars fellow fellows strategist strategists pollster pollsters consultant
consultants expert experts scientist scientists historian historians academic
academics lecturer institute university universities think-tank demographer
specialist specialists lawyer lawyers attorney attorneys author authors biographer
center centre brookings carnegie heritage cato endowment anthropologist anthropologists
sociologist sociologists psychologist psychologists doctor doctors physician physicians dean deans
watcher watchers
gallup quinnipiac marist monmouth rasmussen yougov ipsos zogby surveyusa pew
observer observers technologist technologists forecaster forecasters statistician statisticians
epidemiologist epidemiologists ethicist ethicists theologian theologians psychiatrist psychiatrists
criminologist criminologists linguist linguists philosopher philosophers guru gurus
""".split())

# Centres that are places people go, no think tanks: "a community center",
# "the convention center", "a leisure centre".
_PLACE_CENTRES = frozenset("""
community convention shopping fitness activities activity commercial conference trade cultural
detention health recreation sports leisure youth senior civic arts visitor visitors call
distribution treatment rehabilitation nursing care day job garden town city student events
exhibition evacuation emergency holding processing refugee asylum crisis
""".split())

# People named by their stance alone, no role: "Critics", "his critics" give
# none (SOURCE_TYPES.md: `unspecified`), unlike critics by trade, who review
# a field ("the UK's leading movie critics").
_STANCE_ONLY = frozenset({"critics", "critic", "detractors", "detractor", "skeptics", "sceptics"})
_CRITICS_FIELDS = frozenset("""
movie movies film films theatre theater music art arts restaurant food wine book books tv
television dance drama fashion architecture rock pop jazz opera classical game games media
""".split())

_EXPERT_PHRASES = {"think tank", "policy center", "consulting firm", "polling firm", "law firm"}

_MEDIA_PHRASES = {"news service", "wire service", "news agency", "mainstream media", "bureau chief",
                  "news site", "news website", "tv station", "television station", "radio station",
                  "news station",
                  "news media", "liberal media",
                  "fact checker", "fact checkers",  # (hyphens are split: "fact-checker")
                  # a film's director is no official (SOURCE_TYPES.md: "Ava DuVernay,
                  # as a documentary director, is media"); "film-maker" is split
                  "film director", "film directors", "movie director", "documentary director",
                  "film maker", "film makers"}

# The media words that name people, not outlets.
_MEDIA_PEOPLE = set("""
reporter reporters journalist journalists correspondent correspondents host hosts anchor anchors
editor editors columnist columnists commentator commentators moderator moderators filmmaker blogger
bloggers writer writers cartoonist pundit pundits novelist novelists comedian comedians panelist
panelists podcaster podcasters vlogger documentarian documentarians fact-checker fact-checkers
""".split())

_MEDIA = _MEDIA_PEOPLE | set("""
newspaper newspapers outlet outlets magazine network networks broadcaster editorial
cnn msnbc nbc abc cbs npr pbs bbc ap reuters politico breitbart bloomberg politifact tass
interfax espn paper tabloid writes podcast blog newsletter broadcasters
documentary documentaries
""".split())

# Family roles: public when the article presents someone only as a relative
# ("Trump's son"); a role the phrase goes on to give wins ("German's brother
# and fellow longtime television comedian").
_KIN = set("""
mother father mothers fathers wife husband son daughter sons daughters widow widower parent parents
brother brothers sister sisters uncle aunt cousin cousins relative relatives siblings nephew niece
grandson granddaughter grandmother grandfather grandparents boyfriend girlfriend spouse
""".split())

_PUBLIC = _KIN | set("""
voter voters supporter supporters resident residents protester protesters protestor
protestors demonstrators witness witnesses victim victims
citizen citizens people americans reader readers viewer viewers fan fans student
students worker workers family families woman women man men neighbor neighbors
friend friends rallygoers attendees speakers crowd customer customers patient patients
veteran veterans immigrant immigrants teenager teacher teachers you
environmentalists conservationists liberals conservatives critics opponents individuals
opponent foe foes adversary adversaries enemy enemies naysayers admirer devotees loyalists partisans
taxpayers consumers listeners callers user users audience audiences questioner questioners
latinos hispanics muslims christians evangelicals catholics millennials seniors retirees homeowners
farmers locals passengers commuters shoppers survivors refugees respondents participants
child kid children kids youths adults moms dads households travelers attendee rallygoer
spectator spectators onlooker onlookers bystander bystanders caucusgoers participant
native natives beneficiaries beneficiary
actor actors actress actresses singer singers rapper rappers
backer backers defender defenders follower followers detractor detractors skeptic skeptics sceptics
commenter commenters goers caller progressives moderates independents mourners worshippers
churchgoers congregants parishioners admirers enthusiasts
classmate classmates coworkers tenant tenants pensioners motorists public
nurse nurses farmer boy boys girl girls
pilot pilots gamer gamers
troops soldier soldiers sailor sailors airman airmen serviceman servicemen servicewoman servicewomen
population populations community communities
whites blacks centrists radicals idealists
""".split())

_DOCUMENT = set("""
statement statements report reports poll polls polling survey surveys study studies
letter letters filing filings memo memos directive directives tweet tweets ad ads
advertisement book books data email emails document documents lawsuit complaint
analysis estimate estimates clip video videos release transcript records record
findings research figures statistics numbers website ruling order decision forecast projection projections
proposal plan plans bill law message messages page article articles
indictment affidavit testimony cable cables spot spots footage slide slides constitution
opinion suit petition results audit brief manifesto verdict
examination investigation inquiry probe assessment evaluation declaration declarations
tape tapes recording recordings guidelines regulation regulations
photo photos photograph photographs image images picture pictures
rumour rumours rumor rumors speculation
summary summaries memorandum disclosure disclosures
review reviews code
notice notices tally tallies ranking rankings resolution resolutions accord accords
piece pieces story stories column columns note notes passage passages
average averages
legislation treaty treaties agreement agreements statute statutes
ordinance ordinances measure measures
card cards scorecard scorecards
""".split())

# "Statistics" (a document, as "figures") with its capital inside a name is
# the name's word: "the Bureau of Labor Statistics", "Statistics Canada" (not
# "Statistics released last week showed", the figures, opening a sentence);
# before a body's noun it names the body's field: "the statistics office".
_STATISTICS_IN_NAME = re.compile(r"(?<=\w )Statistics\b|^Statistics(?= [A-Z])")
_STATISTICS_BODY = re.compile(r"\b[Ss]tatistics(?= (?:office|agency|bureau|body|institute|authority)\b)")


def statistics_as_no_document(phrase: str) -> str:
    """``phrase`` with the "Statistics" of a name or of a body's field written
    so that it types as no document ("the statistics office" -> "the
    statistical office", an agency's phrase)."""
    return _STATISTICS_BODY.sub("statistical", _STATISTICS_IN_NAME.sub("Statistic", phrase))

_UNSPECIFIED = set("source sources some others other someone anyone person many few associate associates "
                   "confidant confidants".split())

_UNSPECIFIED_PHRASES = {"people familiar", "those familiar", "people close", "those close",
                        "close to", "familiar with", "people briefed", "those briefed", "briefed on"}

# Party names: a party speaking as such is an organisation ("The Tories said"),
# its leaders and spokespeople are politicians.
_PARTIES = {"tory", "tories", "labour", "ukip", "snp", "plaid", "democrat", "democrats",
            "democratic", "republican", "republicans", "gop", "conservative", "dem", "dems"}
_FORMER = {"former", "ex", "retired", "onetime", "erstwhile", "then"}

_PREPOSITIONS = {"of", "for", "at", "in", "with", "from", "on", "to", "who", "that",
                 "which", "whose", "by", "about", "under", "within", "inside"}

_INDEFINITE = {"a", "an", "one", "some", "several", "many", "two", "three", "four", "five",
               "few", "most", "other", "another", "certain", "numerous", "multiple",
               "various", "dozens", "hundreds", "thousands", "more", "both"}


_WORD_TYPE: dict[str, str] = {}


for _words, _type in ((_UNSPECIFIED, "unspecified"), (_PUBLIC, "public"),
                      (_DOCUMENT, "document"), (_OFFICIAL, "official"),
                      (_ORGANIZATION, "organization"), (_EXPERT, "expert"),
                      (_MEDIA, "media"), (_GENERIC, "generic")):
    for _w in _words:
        _WORD_TYPE[_w] = _type

# The role words of people and bodies, who can speak: all but a document's
# ("supporters", "spokesman", "firm"; not "report").
_PEOPLE_WORDS = frozenset(w for w, kind in _WORD_TYPE.items() if kind != "document")

_PHRASE_TYPE = {**{p: "official" for p in _OFFICIAL_PHRASES},
                **{p: "organization" for p in _ORGANIZATION_PHRASES},
                **{p: "expert" for p in _EXPERT_PHRASES},
                **{p: "media" for p in _MEDIA_PHRASES},
                **{p: "unspecified" for p in _UNSPECIFIED_PHRASES},
                **{p: "public" for p in _PUBLIC_PHRASES},
                # a post online is a document (not "the Post", an outlet)
                **{f"{site} {post}": "document" for site in ("facebook", "instagram", "blog")
                   for post in ("post", "posts")}}

# News outlets written by name, in their usual spelling ("The X Times" etc.).
# (every name opens with a capital or the "t" of "the", as any added must:
# the lookahead spares re trying the names at every other word boundary)
_OUTLET = re.compile(
    r"\b(?=[A-Zt])(?:New York Times|Washington Post|Wall Street Journal|USA T(?:oday|ODAY)|Huffington Post|"
    r"HuffPo(?:st|llster)?|Politico|Forbes|Univision|Telemundo|Mother Jones|"
    r"Breitbart|Reuters|Associated Press|AP|CNN|MSNBC|Fox(?: News)?|NBC|"
    r"ABC|CBS|NPR|PBS|BBC|Bloomberg|PolitiFact|Axios|Buzz[Ff]eed|Daily Beast|The Atlantic|"
    r"New Yorker|Newsweek|The Hill|National Review|Slate|Salon|TASS|RIA Novosti|Interfax|"
    r"Kommersant|Vedomosti|Meduza|RT|Guardian|Al Jazeera|Western Journal(?:ism)?|Drudge|"
    r"Mediaite|Vox(?: Media|\.com)?|Vanity Fair|Rolling Stone|TMZ|C-SPAN|The Economist|"
    r"[A-Z][A-Za-z]*[Bb]log\b|"  # ("SCOTUSblog", "the Volokh Conspiracy blog" aside)
    # broadcasters by call sign: "KING-TV", "NY1", "FOX13" (not any four capitals: "WSIS")
    r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)\b|NY1|FOX\s?\d+|"
    r"Sputnik|Daily Mail|News[Mm]ax|[Tt]he ?Blaze|Townhall|RedState|Hot Air|Daily Kos|"
    r"Talking Points Memo|ThinkProgress|Snopes|CNBC|Yahoo(?: News)?|Vice News|Mashable|"
    r"The Intercept|ProPublica|Gawker|Infowars|WorldNetDaily|WND|Free Beacon|The Federalist|"
    r"Business Insider|MarketWatch|RealClear\w+|FiveThirtyEight|Daily Caller|Daily Signal|"
    r"Weekly Standard|New Republic|TIME|Esquire|The Advocate|Meet the Press|Face the Nation|"
    r"Morning Joe|Variety|Hollywood Reporter|Entertainment Weekly|The Nation|Roll Call|Newsday|"
    r"McClatchy|ESPN|[A-Z][\w-]* Political Report|"
    r"Quartz|Fox Business|One America News|Drudge Report|Sirius ?XM|Democracy Now|"
    r"Arizona Republic|Red State|"
    r"The Young Turks|Al-Monitor|Haaretz|Le Monde|Der Spiegel|Xinhua|Global Times|Sky News|"
    r"Agence France[- ]Presse|AFP|Kyodo|Yonhap|The Root|The Verge|Jezebel|Gizmodo|"
    # British broadcasters by channel: "Radio 1", "BBC Radio 4", "Channel 4", "ITV1", "Five Live"
    r"Radio (?:[1-6]|One|Two|Three|Four|Five)(?: Live)?|Channel (?:[45]|Four|Five)|ITV\d?|Five Live|"
    # (a "Gold Star" family lost a soldier in war: no Star newspaper's)
    r"(?!Gold Star\b)[A-Z][\w.]* (?:Times|Post|Journal|News|Tribune|Herald|Gazette|Globe|Chronicle|"
    r"Daily|Weekly|Monthly|[Mm]agazine|Radio|Review|Telegraph|Independent|Examiner|Observer|Star|"
    r"Sentinel|Dealer|"
    r"Register|Courier|Inquirer|Enquirer|Dispatch|Ledger|Courant|Bee|Sun|Free Press)|"
    r"[Tt]he (?:Times|Post|Journal|Globe|Tribune|Independent|Sun|Mirror|Mail|Express))\b"
)

# Experts one hires: "his chief strategist" works for him.
_HIRED_EXPERTS = {"strategist", "strategists", "pollster", "pollsters", "consultant", "consultants"}
# The chief of them in politics works for one body or campaign: "Priorities
# USA chief strategist", "the Chamber's chief political strategist" (no
# outside expert; a bank's "chief currency strategist" is a market analyst).
_CHIEF_HIRED = re.compile(r"\bchief\s+(?:(?:political|campaign|election|media|digital)\s+)?"
                          r"(?:strategist|pollster|consultant)s?\b", re.I)

# The 2016 candidates whose staff PolNeAR-era stories quote ("Trump adviser",
# "Clinton spokesman"): campaign staff, an organisation (SOURCE_TYPES.md).
_CANDIDATES = r"(?:Trump|Clinton|Sanders|Cruz|Rubio|Kasich|Carson|Pence|Kaine)"
_STAFF_ROLES = (r"(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|staffer|strategist|"
                r"pollster|consultant|manager|director|chairman|chairwoman|chair|surrogate|official|"
                r"ally|allies|veteran|attorney|lawyer)s?")
_CANDIDATE_STAFF = re.compile(
    rf"\b{_CANDIDATES}(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,3}}{_STAFF_ROLES}\b"
    # "a senior adviser and pollster for Mr. Trump"
    rf"|\b{_STAFF_ROLES}\s+(?:for|to)\s+(?:(?:Mr|Mrs|Ms|Sen|Gov)\.?\s+|"
    rf"(?:Donald|Hillary|Bernie|Ted|Marco|John|Ben|Mike|Tim)\s+)?{_CANDIDATES}\b"
    # "a strategist for one of these candidates", "an adviser to the Kasich campaign",
    # "another top strategist in Trump's campaign"
    rf"|\b{_STAFF_ROLES}\s+(?:for|to|with|on|in|at)\s+(?:one\s+of\s+)?"
    rf"(?:the|these|those|a|an|his|her|their|(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]*['’]s?)\s+"
    rf"(?:[A-Z][\w'’-]*\s+|(?:presidential|republican|democratic|gop|rival)\s+)*(?:campaign|candidate)s?\b"
    # "the campaign's chief strategist"
    rf"|\bcampaign['’]s\s+(?:[a-z-]+\s+){{0,3}}{_STAFF_ROLES}\b")

# The body a staff role works for, named: "spokesman for the National
# Federation of Independent Business", "chair of the Massachusetts DFER council".
_EMPLOYER = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s?)+)")
# The same body named just before a staff role: "a Freedom Partners official".
_EMPLOYER_BEFORE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[A-Z][\w&'’-]*\s)+)(?:[a-z-]+\s+){0,2}"
                              r"(?i:president|spokes(?:man|woman|person)|officials?|director|"
                              r"chair(?:man|woman)?|head|chief|staffer|adviser|manager)\b")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{2,5})?\d*")
# Names of government bodies ("Federal Bureau of Investigation", "City Council").
_GOVERNMENT_NAME = set("""
federal bureau office service commission embassy county city council board treasury reserve
house senate congress assembly legislature police department ministry agency administration
government court state states army navy pentagon kremlin homeland european
""".split())
# Office nouns named with "of" after them, in any case: "secretary of state",
# "chief of staff", "director of communications", "minister of finance".
_OFFICE_HEADS = frozenset({"secretary", "chief", "director", "minister", "master"})
_COUNCIL_OF_STATE = {"city", "county", "town", "municipal", "security", "european", "state", "economic"}
_GOVERNMENT_OWNED = re.compile(r"\b(?:government|state|federal)(?:['’]s)?\s+[A-Z]")
# Government and intergovernmental bodies known by their initials.
_GOVERNMENT_ACRONYMS = set("""
fbi cia nsa epa irs dhs doj dod fda cdc nasa nato un eu imf fema atf dea tsa ice gao cbo omb fcc
sec ftc fec ntsb usda hud va nhs who opec faa fdic nih nsf usps doe dot osha sba ssa gsa nlrb
eeoc ferc nrc cfpb uscis cbp dia odni ustr usa uk
""".split())

# Words that make a named employer a non-government body.
_EMPLOYER_WORDS = set("""
foundation federation watch business league society fund trust network action
coalition association alliance institute project partnership partners organization union group
international workers employees consulting associates holdings industries enterprises technologies
communications strategies solutions
""".split())


# Countries and capitals standing for their governments ("Moscow confirmed").
_STATES = frozenset("""
russia moscow ukraine kyiv kiev china beijing washington america iran tehran israel britain
london france paris germany berlin turkey ankara japan tokyo india syria damascus pyongyang
europe brussels canada mexico brazil poland warsaw belarus minsk
""".split())

# The world's states by the short names news writes ("Italy said", "South
# Korea has warned"): a source that is only a country's name is its government.
# Written out because ISO's names (pycountry's) are not the ones news uses
# ("Russian Federation", "Viet Nam", "Korea, Republic of"); kept apart from
# _STATES, which also reads names of people ("Jordan", "Chad") as places.
_COUNTRIES = frozenset(name.strip() for name in """
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|
brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|
congo|costa rica|croatia|cuba|cyprus|czech republic|denmark|djibouti|dominica|ecuador|egypt|
el salvador|eritrea|estonia|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|
greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|
ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|
laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macedonia|
madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|
mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nicaragua|
niger|nigeria|north korea|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|
poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|
slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|
swaziland|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|
turkmenistan|uganda|ukraine|united arab emirates|united kingdom|united states|uruguay|
uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|britain|great britain|america
""".replace("\n", "").split("|"))


# Words before a role that make it another office: a vice president is no
# president, a deputy prime minister no prime minister.
_OFFICE_CHANGING = frozenset({"vice", "vice-", "deputy", "assistant", "associate", "under",
                              "lieutenant"})

# Function words and auxiliaries: never names, never roles.
_FUNCTION = set("""
the a an in on at if but and or when while after before as for by from this that these those it
he she we they his her our their its my your what why how who where which because although so then
there here with without of to into over under during since until meanwhile however still also
even only now today yesterday said says told according should would could will can may
might must did does do is was are were has have had not no yes
""".split())

_PLURAL_IRREGULAR = {"people", "men", "women", "staff", "authorities", "media", "audience", "crowd",
                     "public", "families", "some", "others", "many", "few"}

# Nouns of a body, never of a person: "the network" is CNN, not its anchor.
_BODY_NOUNS = {"newspaper", "paper", "group", "firm", "network", "outlet", "magazine",
               "organization", "party", "team", "board", "panel", "council", "coalition"}
_INSTITUTIONS = {"police", "government", "administration", "kremlin", "court", "congress",
                 "senate", "ministry", "department", "agency", "campaign", "committee", "commission",
                 "company", "bank", "union", "fund", "military", "army", "regime", "state"}


_STRIP = " \t\n,.;:“”\"'‘’()[]"

# The party each party word names ("the GOP front-runner": Republican).
_PARTY_NAMES = {"republican": "Republican", "gop": "Republican", "democratic": "Democratic",
                "democrat": "Democratic"}


# A speech verb set in its subject's clause, a comma after it: "said," in
# "Clinton, a top aide said, “is very confident”" (the aide speaks of Clinton;
# "Clinton, a top aide, said" would be Clinton, with her apposition).
PARENTHETICAL_CUE = re.compile(r"(?:said|says|added|adds|told|tells|argued|argues|noted|notes|"
                               r"explained|insisted|insists|wrote|writes),")
