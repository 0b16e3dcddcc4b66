"""Word lists that tell a person's name from other capitalised words.

:mod:`analysis.people` reads names with these: words that are never part of a
name (titles, sentence words), words that make a capitalised run an
organisation or a place, month and day names, common first names by gender,
and the well-known people of the PolNeAR era (2015-2016) whom stories name
without restating their role: politicians, hosts and columnists, campaign
staff, former presidents.

Written by hand because no offline library ships such lists (NLTK's name
corpora would have to be downloaded at run time); only the gender of less
common first names comes from a package, the 1990 US Census lists that the
``names`` package ships (:func:`census_gender`).
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools

__all__ = ["is_known_official", "known_role", "known_profile", "canonical_name", "census_gender",
           "census_unisex"]

# Capitalised words that start or sit in a run without being part of a name.
_NOT_NAME = set("""
the a an in on at if but and or when while after before as for by from this that these those it
he she we they his her our their its what why how who where which related original because
although should so then there here with without of to into over under during since until
former ex president pres vice sen sens senator rep reps representative gov governor mayor secretary
admiral colonel sergeant sgt commander lieutenant
minister prime chancellor speaker judge justice gen general lt col adm dr mr mrs ms miss rev
attorney commissioner chief director chairman chairwoman professor prof sheriff ambassador
leader majority minority democrat democratic republican gop independent libertarian
presidential nominee candidate congressman congresswoman first lady sir dame mrs. saint st
u.s us un eu nato fbi cia russian ukrainian american british chinese french german israeli
iranian turkish european soviet western eastern northern southern kremlin house
meanwhile however still also even only now today yesterday tomorrow last next maybe perhaps absent unlike despite given like ask asked dear thanks
later earlier lib dem dems lord baroness
one two three four five six seven eight nine ten
many most several few some all both other another each every no
off team republicans democrats yet whatever
though neither among against more just very going your my you well ever been once about certainly
outside inside beyond amid behind toward towards across near upon within
besides need thank see be never follow stop rival showing walking living celebrating closing
striker midfielder goalkeeper winger sprinter hurdler heptathlete athlete footballer cricketer
batsman golfer skipper
""".split())

_ORG_NAME_WORDS = set("""
center centre times house ministry party committee news post journal press university
institute foundation department court council agency bank association union fund group
company corp inc co street avenue county city state states republic federation kingdom
review network media magazine airlines force army navy office service administration
commission board senate congress coalition alliance campaign project program policy forum
club church tribune herald daily weekly today radio tv television channel reuters trust
caucus conference organization organisation society hospital school college academy station tower hall
square park bridge island north south east west america eurasia europe asia africa
international national federal global capital security intelligence council tax
new united los san las fort mount lake river beach valley islands energy capitol hill wall
day history staff americans business safety bay point institution partners associates holdings investment investments bargain
technologies consulting industries industry enterprises workers employees services logistics airline
sales digital
league watch initiative muslims patrolmen museum memorial library gallery orchestra festival
theater theatre zoo cathedral mosque synagogue executive treasury inspectorate
financial steel aviation pharmaceutical airways automotive chemicals electronics telecom telecoms
equity insurance assurance open cup trophy championship championships prix marathon
police constabulary government assembly parliament authority prison charity concern
poll polls survey study report index show politics statistics bureau motor motors circuit
sentinel register courier inquirer enquirer dispatch ledger courant
consortium cooperation retail matter
action progress prosperity hotel hotels inn resort casino restaurant chamber directorate
legislature convention room amendment treaty stadium arena airport movement
affairs studies relations sciences
partnership principles values freedom liberty democracy reform agreement accord
patriots veterans voters citizens christians evangelicals conservatives liberals progressives
democrats republicans women moms mothers students families hispanics latinos
""".split())

_MONTHS_DAYS = set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
sept oct nov dec
""".split())
# The same names capitalised, for patterns that must not take "may" or
# "march" for a month: one alternation each.
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")


@functools.lru_cache(maxsize=1)
def _census_first_names() -> dict[str, str]:
    """First names of the 1990 US Census (the ``names`` package's
    ``dist.male.first`` and ``dist.female.first``: name, % of that sex, ...)
    borne at least four times as often by one sex: name -> "m" or "f"; the
    others, borne by both, -> "u" (unisex)."""
    share: dict[str, dict[str, float]] = {}
    root = importlib.resources.files("names")
    for sex, table in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in root.joinpath(table).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                share.setdefault(fields[0].lower(), {})[sex] = float(fields[1])
    out = {}
    for name, by_sex in share.items():
        m, f = by_sex.get("m", 0.0), by_sex.get("f", 0.0)
        out[name] = ("m" if m > f else "f") if m >= 4 * f or f >= 4 * m else "u"
    return out


def census_gender(first_name: str) -> str | None:
    """"m" or "f" for a first name mostly borne by one sex in the US Census
    ("Stacey" -> "f", "Jay" -> "m"); None for others ("Jordan", "Kashiya")."""
    sex = _census_first_names().get(first_name.lower())
    return sex if sex != "u" else None


def census_unisex(first_name: str) -> bool:
    """Whether the US Census finds a first name borne by both sexes, neither
    four times as often ("Lee", "Jordan"; not "Jay", nor "Kashiya", unknown)."""
    return _census_first_names().get(first_name.lower()) == "u"


# Common first names of the people in English-language news, by gender: no
# offline library ships a name-gender list, and a short one settles most
# "he"/"she" questions (ambiguous names such as Jordan or Leslie are left out).
_FEMALE_FIRST = frozenset("""
abigail alice alison caitlyn caitlin chelsea ivana marla tiffany kelly amanda amy andrea
angela ann anna anne barbara betsy beth betty
brenda candace carly carol caroline catherine cathy charlotte cheryl christina christine
claire claudia cynthia dana debbie deborah debra diana diane donna dorothy elaine eleanor
elena elizabeth ellen emily emma erin eva fiona gabrielle gina gloria hannah heather
heidi helen hillary hope huma ivanka jane janet jean jeanne jennifer jessica jill joan
joanna joni josephine joy judith judy julia julie karen kate katherine kathleen kathy
kelly kellyanne kimberly kirsten kristen laura lauren linda lisa loretta lori louise
lucy lynn madeleine margaret maria marie marina marsha martha mary maxine megan megyn
melania melanie melissa michele michelle monica nancy natalia natalie neera nicole nikki
olga olivia pamela patricia patty paula penny rachel rebecca rosa ruth samantha sandra
sara sarah sharon sheila shirley stephanie susan susana suzanne sylvia tammy teresa
theresa tina valerie victoria virginia wendy yulia zoe
""".split())
_MALE_FIRST = frozenset("""
aaron adam al alan albert alex alexander alexei alexey andrew andy anthony antonin
arthur barack ben benjamin bernie bill billy bob bobby boris brad bradley brian bruce
carl carlos charles charlie chris christopher chuck cory craig dan daniel darrell dave
david dennis dick don donald doug douglas dmitry ed eddie edward elijah eric frank fred
gary george gerald glenn greg gregory harold harry henry howard ian igor jack jake james
jared jason jeb jeff jeffrey jerry jim jimmy joe joel john johnny jon jonathan jorge jose
joseph josh joshua juan justin keith ken kenneth kevin larry lawrence lee lindsey louis
luis marco mark martin matt matthew michael mike mitch mitt nathan neil nicholas nick
orrin pat patrick paul peter phil philip rand randy ray raymond reince richard rick rob
robert roger ron ronald rudy russell ryan sam samuel scott sean sergei sergey stephen
steve steven ted terry thomas tim timothy todd tom tony trey vladimir walter wayne
william willie
""".split())

# Politicians of the PolNeAR era whom news stories name without restating the
# role (in PolNeAR "Trump said" rarely comes with "Republican nominee"). Only
# consulted when the article itself gives no role; kept to unambiguous names.
_KNOWN_OFFICIALS = frozenset("""
donald trump|hillary clinton|barack obama|bernie sanders|ted cruz|marco rubio|mike pence|
tim kaine|john kasich|ben carson|gary johnson|jill stein|paul ryan|mitch mcconnell|joe biden|
chris christie|carly fiorina|rand paul|martin o'malley|vladimir putin|volodymyr zelensky|
elizabeth warren|nancy pelosi|harry reid|lindsey graham|john mccain|
jeb bush|mike huckabee|rick santorum|scott walker|bobby jindal|rick perry|jim webb|
lincoln chafee|john kerry|loretta lynch|james comey|chuck schumer|jeff flake|john cornyn|
bob corker|nikki haley|john boehner|kevin mccarthy|debbie wasserman schultz|chuck grassley
""".replace("\n", "").split("|"))

# Those of them in the race to the end (or in office throughout): a "former
# secretary of state" among them is still the candidate; the others, whose
# campaigns ended early, are what the article calls them ("former Arkansas
# Gov. Mike Huckabee").
_CANDIDATES_THROUGHOUT = frozenset("""
donald trump|hillary clinton|bernie sanders|ted cruz|marco rubio|mike pence|tim kaine|john kasich|
gary johnson|jill stein|barack obama|joe biden|paul ryan
""".replace("\n", "").split("|"))


def in_race_throughout(name: str) -> bool:
    """Whether ``name`` is one of :data:`_CANDIDATES_THROUGHOUT`, middle names
    and initials aside."""
    return any(key in _CANDIDATES_THROUGHOUT for key in _name_keys(name))


# Other well-known people of that era whom stories name without their role,
# by the type SOURCE_TYPES.md gives them: hosts, anchors and columnists;
# campaign and party staff; former presidents. Same use as the list above.
_KNOWN_ROLES = {
    **dict.fromkeys("""
glenn beck|rush limbaugh|sean hannity|megyn kelly|bill o'reilly|chris matthews|mark levin|
chris wallace|jake tapper|wolf blitzer|anderson cooper|joe scarborough|mika brzezinski|
george stephanopoulos|chuck todd|rachel maddow|lester holt|matt lauer|savannah guthrie|
april ryan|maggie haberman|robert costa|david fahrenthold|philip rucker|jonathan martin|
john harwood|katy tur|hallie jackson|jim acosta|jeff zeleny|gloria borger|david gregory|
peter baker|glenn thrush|mike allen|mollie hemingway|ben shapiro|steve kornacki|nicolle wallace|
brian williams|lawrence o'donnell|chris hayes|ari melber|kasie hunt|norah o'donnell|
charlie rose|gayle king|scott pelley|david muir|tom brokaw|bob woodward|carl bernstein|
candy crowley|gwen ifill|judy woodruff|maria bartiromo|lou dobbs|jeanine pirro|eric bolling|
kimberly guilfoyle|greg gutfeld|howard kurtz|brit hume|juan williams|michael smerconish|
mark shields|jonathan capehart|eugene robinson|charles blow|nicholas kristof|frank bruni|
gail collins|ross douthat|george will|kathleen parker|dana milbank|ruth marcus|jennifer rubin|
e.j. dionne|michael gerson|jonathan chait|matthew yglesias|nate cohn|philip bump|rich lowry|
jonah goldberg|ramesh ponnuru|glenn greenwald|katrina vanden heuvel|amy goodman|cenk uygur|
roger ailes|rupert murdoch|matt taibbi|van jones|chris cuomo|erin burnett|michelle malkin|
milo yiannopoulos|harry enten|michael isikoff|david corn|andrew sullivan|
don lemon|bill maher|stephen colbert|jimmy kimmel|jimmy fallon|seth meyers|john oliver|
ann coulter|laura ingraham|hugh hewitt|nate silver|matt drudge|andrea mitchell|dana bash|
jorge ramos|martha raddatz|john dickerson|bret baier|neil cavuto|tucker carlson|
charles krauthammer|bill kristol|erick erickson|steve doocy|greta van susteren|
paul krugman|thomas friedman|maureen dowd|david brooks|peggy noonan|chris cillizza|
ezra klein|mark halperin|john heilemann|alex jones|michael savage|howard stern|
arianna huffington|ainsley earhardt|kate bolduan|elise labott|
elaine quijano|billy bush|jeffrey lord|kayleigh mcenany|scottie nell hughes|natasha stoynoff|
joy reid|brian stelter|mark burnett|mark blumenthal|natalie jackson|ariel edwards-levy|
jonathan swan|dave weigel|josh dawsey|ashley parker|alex burns|nick confessore|eric lipton|
david sanger|michael barbaro|jeremy peters|trip gabriel|patrick healy|amy chozick|
yamiche alcindor|nick corasaniti|alan rappeport|julie hirschfeld davis|gardiner harris|
mark landler
""".replace("\n", "").split("|"), "media"),
    **dict.fromkeys("""
john podesta|robby mook|jennifer palmieri|brian fallon|huma abedin|karen finney|
kellyanne conway|corey lewandowski|paul manafort|hope hicks|stephen miller|jason miller|
katrina pierson|steve bannon|stephen bannon|reince priebus|sean spicer|jeff weaver|
michael briggs|tad devine|symone sanders|donna brazile|teddy goff|phyllis schlafly|
morton blackwell|richard viguerie
""".replace("\n", "").split("|"), "organization"),
    **dict.fromkeys("bill clinton|jimmy carter|george w. bush|dick cheney|colin powell|"
                    "condoleezza rice|madeleine albright|rudy giuliani|newt gingrich|al gore|"
                    "mitt romney|david axelrod|karl rove".split("|"), "former_official"),
    # office holders of 2015-16 whom stories often name without their office:
    # governors, mayors, cabinet members, congressional leaders, foreign leaders
    **dict.fromkeys("""
andrew cuomo|bill de blasio|rahm emanuel|jerry brown|eric garcetti|greg abbott|rick scott|
pat mccrory|terry mcauliffe|john hickenlooper|larry hogan|charlie baker|nathan deal|
mary fallin|susana martinez|brian sandoval|sam brownback|bruce rauner|dannel malloy|
jay inslee|kate brown|matt bevin|paul lepage|doug ducey|asa hutchinson|
ash carter|jeh johnson|jack lew|jacob lew|penny pritzker|tom vilsack|ernest moniz|sally jewell|
john brennan|james clapper|susan rice|samantha power|josh earnest|valerie jarrett|denis mcdonough|
tom perez|thomas perez|julian castro|anthony foxx|sylvia burwell|arne duncan|john king|
steny hoyer|dick durbin|john thune|john barrasso|orrin hatch|patrick leahy|dianne feinstein|
tim scott|al franken|claire mccaskill|mark warner|richard burr|devin nunes|adam schiff|
trey gowdy|jason chaffetz|elijah cummings|bob goodlatte|kevin brady|tom cotton|mike lee|
ben sasse|pat toomey|rob portman|kelly ayotte|ron johnson|mark kirk|richard blumenthal|
chris murphy|cory booker|bob menendez|kirsten gillibrand|sherrod brown|barbara boxer|
angela merkel|david cameron|theresa may|francois hollande|françois hollande|xi jinping|
shinzo abe|benjamin netanyahu|recep tayyip erdogan|enrique peña nieto|enrique pena nieto|
justin trudeau|ban ki-moon|bashar al-assad|hassan rouhani|narendra modi|matteo renzi|
kim jong-un|nicolas maduro|raul castro|dilma rousseff|mauricio macri|jens stoltenberg|
jean-claude juncker|donald tusk|christine lagarde|janet yellen|john roberts|antonin scalia|
ruth bader ginsburg|sonia sotomayor|elena kagan|clarence thomas|samuel alito|anthony kennedy|
stephen breyer|merrick garland|
jeff sessions|bob casey|tammy baldwin|amy klobuchar|joe manchin|heidi heitkamp|jon tester|
martin heinrich|tom udall|michael bennet|cory gardner|ron wyden|jeff merkley|patty murray|
maria cantwell|dean heller|lisa murkowski|susan collins|angus king|jeanne shaheen|chris coons|
tom carper|ben cardin|barbara mikulski|richard shelby|thad cochran|roger wicker|lamar alexander|
david perdue|johnny isakson|bill nelson|james lankford|jim inhofe|jerry moran|pat roberts|
deb fischer|john hoeven|steve daines|mike crapo|jim risch|mike enzi|mike rounds|joni ernst|
roy blunt|thom tillis|shelley moore capito|debbie stabenow|gary peters|sheldon whitehouse|
jack reed|ed markey|mazie hirono|brian schatz|john boozman|bill cassidy|david vitter|dan coats|
joe donnelly|steve scalise|jim clyburn|xavier becerra|john lewis|jim jordan|
mark meadows|peter king|luis gutierrez|raul grijalva|keith ellison|tulsi gabbard|alan grayson|
marsha blackburn|jeb hensarling|darrell issa|mac thornberry|ed royce|eliot engel|maxine waters|
charles rangel|joaquin castro|barbara lee|steve king|louie gohmert|justin amash|
maggie hassan|rick snyder|tom wolf|john bel edwards|phil bryant|robert bentley|gary herbert|
steve bullock|jack markell|peter shumlin|gina raimondo|mark dayton|terry branstad|pete ricketts|
bill haslam|marty walsh|ed lee|kevin faulconer|mitch landrieu|muriel bowser|jim kenney|
sylvester turner|kasim reed|stephanie rawlings-blake|
shaun donovan|bob mcdonald|gina mccarthy|joseph dunford|eric schneiderman|kamala harris|
jason furman|jim yong kim|mario draghi|sergei lavrov|dmitry peskov|
petro poroshenko|king salman|abdel fattah el-sisi|park geun-hye|rodrigo duterte|
bill weld|evan mcmullin|russ feingold|evan bayh|patrick murphy|katie mcginty|ted strickland|
joe heck|catherine cortez masto|deborah ross|jason kander|kim davis|nigel farage|marine le pen|
boris johnson|jeremy corbyn|kim jong un|ajamu baraka
""".replace("\n", "").split("|"), "official"),
    # British ministers, party leaders and other heads of government of
    # 2004-05 (the BBC corpus), whom British stories name without their office
    **dict.fromkeys("""
tony blair|gordon brown|john prescott|jack straw|david blunkett|charles clarke|john reid|
alan milburn|peter hain|ruth kelly|patricia hewitt|geoff hoon|tessa jowell|alan johnson|
margaret beckett|hilary benn|michael howard|oliver letwin|liam fox|charles kennedy|
menzies campbell|ken livingstone|robert kilroy-silk|jacques chirac|gerhard schroeder|
kofi annan|silvio berlusconi|ariel sharon|mahmoud abbas|hamid karzai|condoleezza rice|
colin powell|dick cheney|jack mcconnell|cathy jamieson|rhodri morgan|bertie ahern
""".replace("\n", "").split("|"), "official"),
    # club managers and national coaches of that season, the staff of their
    # clubs and federations (as "City boss Kevin Keegan" is)
    **dict.fromkeys("""
alex ferguson|arsene wenger|jose mourinho|rafael benitez|sven-goran eriksson|kevin keegan|
sam allardyce|harry redknapp|david moyes|graeme souness|martin o'neill|clive woodward|
andy robinson|berti vogts|walter smith|mick mccarthy|alan curbishley|steve mcclaren
""".replace("\n", "").split("|"), "organization"),
    # former office holders of that era whom stories name without the office
    **dict.fromkeys("""
donald rumsfeld|robert gates|leon panetta|chuck hagel|eric holder|alberto gonzales|
michael mukasey|john ashcroft|tom ridge|michael chertoff|michael hayden|david petraeus|
stanley mcchrystal|michael flynn|mike flynn|larry summers|lawrence summers|ben bernanke|
alan greenspan|tim geithner|timothy geithner|henry paulson|robert rubin|robert reich|
howard dean|ed rendell|michael bloomberg|george pataki|jim gilmore|sarah palin|trent lott|
tom daschle|bob dole|joe lieberman|ron paul|dennis kucinich|walter mondale|george h. w. bush|
george h.w. bush|dan pfeiffer|robert gibbs|ari fleischer|jay carney|david plouffe|
arne duncan|anthony weiner
""".replace("\n", "").split("|"), "former_official"),
    # heads and spokespeople of unions, advocacy groups and companies; donors
    **dict.fromkeys("""
cecile richards|richard trumka|mary kay henry|randi weingarten|lily eskelsen garcia|
wayne lapierre|chris cox|tom fitton|david brock|grover norquist|tony perkins|ralph reed|
franklin graham|al sharpton|mark zuckerberg|jeff bezos|warren buffett|bill gates|tim cook|
carl icahn|sheldon adelson|charles koch|david koch|tom steyer|george soros|julian assange|
roger stone|tim phillips|david bossie|brent bozell|jared kushner|donald trump jr|donald trump jr.|
michael cohen|dan scavino|boris epshteyn|sarah huckabee sanders|tony fabrizio|rick tyler|
jeff roe|alex conant|todd harris|tim miller|danny diaz|joel benenson|nick merrill|
jesse ferguson|marc elias|mark longabaugh|michael whouley|jim messina|guy cecil|
carter page|omarosa manigault|peter thiel|robert mercer|rebekah mercer|a.j. delgado
""".replace("\n", "").split("|"), "organization"),
    # pollsters, election analysts, strategists speaking as such, academics
    **dict.fromkeys("""
larry sabato|charlie cook|stuart rothenberg|amy walter|jennifer duffy|nathan gonzales|
frank luntz|peter hart|bill mcinturff|ann selzer|j. ann selzer|patrick murray|lee miringoff|
john zogby|scott rasmussen|doug schoen|pat caddell|celinda lake|stan greenberg|
stanley greenberg|mark mellman|whit ayres|glen bolger|kristen soltis anderson|allan lichtman|
norman ornstein|thomas mann|julian zelizer|douglas brinkley|michael beschloss|mark zandi|
douglas holtz-eakin|kathleen hall jamieson|david wasserman|lynn vavreck|kyle kondik|
steve schmidt|mike murphy|rick wilson|stuart stevens|james carville|paul begala|bob shrum|
joe trippi|larry jacobs|jennifer lawless|michael mcdonald|sam wang|peter brown|doug schwartz|
jay leve
""".replace("\n", "").split("|"), "expert"),
}


# What stories of 2015-16 call the leading people of the campaign when they
# do not name them ("the Texas senator", "the former Florida governor", "the
# retired neurosurgeon"), whether or not the story itself states the office.
_PROFILES = {
    "donald trump": "New York billionaire businessman and real estate mogul, "
                    "Republican presidential candidate",
    "hillary clinton": "former secretary of state and former New York senator, "
                       "Democratic presidential candidate",
    "bernie sanders": "Vermont senator, Democratic presidential candidate",
    "ted cruz": "Texas senator, Republican presidential candidate",
    "marco rubio": "Florida senator, Republican presidential candidate",
    "john kasich": "Ohio governor, Republican presidential candidate",
    "jeb bush": "former Florida governor, Republican presidential candidate",
    "ben carson": "retired neurosurgeon, Republican presidential candidate",
    "carly fiorina": "former Hewlett-Packard chief executive, Republican presidential candidate",
    "chris christie": "New Jersey Republican governor",
    "rand paul": "Kentucky Republican senator",
    "lindsey graham": "South Carolina Republican senator",
    "scott walker": "Wisconsin Republican governor",
    "bobby jindal": "Louisiana Republican governor",
    "mike huckabee": "former Arkansas governor",
    "rick perry": "former Texas governor",
    "rick santorum": "former Pennsylvania senator",
    "george pataki": "former New York governor",
    "martin o'malley": "former Maryland governor, Democratic presidential candidate",
    "jim webb": "former Virginia senator",
    "lincoln chafee": "former Rhode Island governor",
    "gary johnson": "former New Mexico governor, Libertarian presidential candidate",
    "mike pence": "Indiana Republican governor",
    "tim kaine": "Virginia Democratic senator",
    "elizabeth warren": "Massachusetts Democratic senator",
    "john mccain": "Arizona Republican senator",
    "paul ryan": "House speaker and Wisconsin Republican congressman",
    "mitch mcconnell": "Senate majority leader and Kentucky Republican senator",
    "harry reid": "Senate minority leader and Nevada Democratic senator",
    "nancy pelosi": "House minority leader and California Democratic congresswoman",
    "john kerry": "secretary of state",
    "loretta lynch": "attorney general",
    "james comey": "FBI director",
    "andrew cuomo": "New York Democratic governor",
    "bill de blasio": "New York Democratic mayor",
    "jerry brown": "California Democratic governor",
    "rahm emanuel": "Chicago Democratic mayor",
    "nikki haley": "South Carolina Republican governor",
    "sarah palin": "former Alaska governor",
    "rudy giuliani": "former New York mayor",
    "newt gingrich": "former House speaker",
    "mitt romney": "former Massachusetts governor",
    "bill clinton": "former president",
    "george w. bush": "former president",
    "vladimir putin": "Russian president",
    "angela merkel": "German chancellor",
    "benjamin netanyahu": "Israeli prime minister",
}


def known_profile(name: str) -> str | None:
    """How stories describe a leading person of the 2015-16 campaign
    ("Ted Cruz" -> "Texas senator, Republican presidential candidate"), middle
    names and initials aside; None for others."""
    # (every key a name is looked up by opens with its first word: a name whose
    # first word opens no listed name, as most an article gives, has none,
    # told without working out its keys; on unseen text most are new to the cache)
    words = name.split(None, 1)
    if not words or words[0].lower() not in _PROFILE_FIRST_WORDS:
        return None
    return _known_profile(name)


@functools.lru_cache(maxsize=4096)  # (asked for each person of each article: names recur)
def _known_profile(name: str) -> str | None:
    return next((_PROFILES[key] for key in _name_keys(name) if key in _PROFILES), None)


# Companies, platforms and groups that stories name by one word, with no
# role ("Twitter said it had suspended the accounts"): organisations.
_KNOWN_ORGANIZATIONS = frozenset("""
facebook twitter google youtube instagram snapchat reddit wikipedia wikileaks amazon apple
microsoft intel ibm verizon comcast walmart exxon exxonmobil chevron boeing uber airbnb netflix
tinder disney nabisco starbucks mcdonald's pfizer goldman citigroup
""".split())
# ... and, for typing and for telling a body from a person only, the firms and
# sports bodies of the BBC corpus's years (2004-2005) that its stories name bare
# ("Sony said", "Gartner predicts"). "The company" does not take them up as
# those above: that fallback cannot tell an airline from a planemaker ("the
# airline" is no Airbus).
_KNOWN_BODIES = _KNOWN_ORGANIZATIONS | frozenset("""
sony nintendo sega toshiba siemens nokia motorola samsung ericsson yahoo ebay napster oracle
peoplesoft nissan toyota fiat volkswagen gazprom yukos airbus lvmh unilever vodafone tesco
gartner datamonitor ofcom icann uefa fifa nike adidas
tuc cbi bma rspca nspcc rspb nus gmb rmt bpi ifpi riaa mpaa bafta
fa lta rfu wru sru ioc icc ecb iaaf uci fia pfa
""".split())  # (and British unions, lobbies, charities and sports' governing bodies by initials)


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

# The formal names some outlets print for a politician known by a short one.
_FORMAL_FIRST_NAMES = {"joseph biden": "joe biden", "william clinton": "bill clinton",
                       "bernard sanders": "bernie sanders", "rafael cruz": "ted cruz"}
# The first words of the names known_profile looks up (the profiles', and the
# formal names it reads as them: "joseph biden" for "joe biden").
_PROFILE_FIRST_WORDS = frozenset(key.split()[0] for key in [*_PROFILES, *_FORMAL_FIRST_NAMES])


@functools.lru_cache(maxsize=4096)  # (asked for each mention of a name and each lookup: names recur)
def _name_keys(name: str, formal: bool = True) -> tuple[str, ...]:
    """``name`` as the lists spell it: lower case, also without middle names
    and initials ("Donald J. Trump" -> "donald trump"), and (if ``formal``)
    the short name of a formal one ("Joseph R. Biden Jr." -> "joe biden")."""
    tokens = name.lower().replace("’", "'").split()
    if len(tokens) > 2:  # a middle initial as the lists write it: "george w bush" -> "george w. bush"
        tokens[1:-1] = [t + "." if len(t) == 1 and t.isalpha() else t for t in tokens[1:-1]]
    if (len(tokens) > 2 and tokens[-1].rstrip(".") in _SUFFIXES
            and f"{tokens[0]} {tokens[-2]}" in _FORMAL_FIRST_NAMES):
        tokens = tokens[:-1]  # "Joseph R. Biden Jr." (not "Donald J. Trump Jr.")
    keys = [" ".join(tokens)] + ([f"{tokens[0]} {tokens[-1]}"] if len(tokens) > 2 else [])
    # (a tuple: the cache hands the same one to every caller)
    return tuple(keys + [_FORMAL_FIRST_NAMES[k] for k in keys if formal and k in _FORMAL_FIRST_NAMES])


def known_role(name: str) -> str | None:
    """The type of a well-known person of the PolNeAR era (:data:`_KNOWN_OFFICIALS`:
    "official"; hosts "media", campaign staff "organization", former presidents
    "former_official"), middle names and initials aside; None for others."""
    for key in _name_keys(name):
        if key in _KNOWN_OFFICIALS:
            return "official"
        if key in _KNOWN_ROLES:
            return _KNOWN_ROLES[key]
    return None


@functools.lru_cache(maxsize=4096)  # (asked for each full-name mention and each person: names recur)
def is_known_official(name: str, formal: bool = True) -> bool:
    """Whether ``name`` is on :data:`_KNOWN_OFFICIALS`, middle names and initials
    aside ("Donald J. Trump", "Hillary Rodham Clinton"), and (unless ``formal``
    is false) as a formal name ("Rafael Edward Cruz", Ted Cruz's)."""
    return any(key in _KNOWN_OFFICIALS for key in _name_keys(name, formal))


def listed(names: list[str]) -> str:
    """Names as English lists them: "A and B", "A, B and C"."""
    return " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"


def canonical_name(name: str) -> str:
    """A well-known politician's name in its usual form, whatever the outlet's
    style ("Donald J. Trump", "Hillary Rodham Clinton" -> "Donald Trump",
    "Hillary Clinton"), so that a corpus groups their quotes under one name;
    other names are returned as written."""
    keys = _name_keys(name)
    known = [k for k in keys if k in _KNOWN_OFFICIALS or k in _FORMAL_FIRST_NAMES.values()]
    if known and known[0] != keys[0]:  # (not "Debbie Wasserman Schultz": known as written)
        tokens = name.split()
        surname = tokens[-2] if tokens[-1].lower().rstrip(".") in _SUFFIXES else tokens[-1]
        first = known[0].split()[0].title() if known[0] in _FORMAL_FIRST_NAMES.values() else tokens[0]
        return f"{first} {surname}"
    return name


# The first name of the one well-known politician of a surname ("obama" ->
# "barack"), for the gender of a person the article names by surname only.
_KNOWN_FIRST_NAMES = {name.split()[-1]: name.split()[0] for name in _KNOWN_OFFICIALS}


_TITLES = set("""
mr mrs ms miss dr sen sens rep reps gov pres president senator governor mayor secretary judge justice
gen general prof professor rev speaker chancellor minister commissioner sheriff ambassador
admiral adm colonel col lord baroness
""".split())

# Titles written with a dot before a name ("Mr. Trump", "Sen. Cruz", "Capt.
# Smith"), whose dot ends no sentence; _NOT_AFTER_TITLE_DOT, one negative
# lookbehind for the titles of each length, for the sentence-end patterns of
# the finder (attribution.lexicon._SENT_END) and the index (mentions._SENTENCE_END).
_DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj")
# (one lookbehind for the titles of one length, which re tries at once: one
# for each title was tried, and gone back from, at every full stop)
_NOT_AFTER_TITLE_DOT = "".join(
    rf"(?<!\b(?:{'|'.join(titles)})\.)"
    for _, titles in itertools.groupby(sorted(_DOTTED_TITLES, key=len), key=len))

_KNOWN_SURNAMES = {n.split()[-1] for n in _KNOWN_OFFICIALS} - {  # common surnames
    "schultz", "walker", "scott", "perry", "webb", "lynch", "haley", "kerry"}

# The fifty US states by name.
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)

# Last words of the US states' names ("New Hampshire", "West Virginia"; Rhode
# Island's first, "island" being no state's word).
_US_STATES = frozenset("rhode" if name == "Rhode Island" else name.split()[-1].lower()
                       for name in US_STATE_NAMES)

# Last words of US place names that pass for a person's ("Palo Alto", "West Virginia").
_PLACE_ENDINGS = _US_STATES | frozenset("""
alto angeles francisco diego vegas orleans chicago
boston philadelphia cleveland detroit atlanta miami denver seattle houston dallas
paso antonio moines lauderdale petersburg rapids baltimore pittsburgh cincinnati
milwaukee minneapolis sacramento nashville memphis tampa orlando
sea ocean gulf desert canal peninsula coast war wars cup bowl games olympics summit treaty
accord accords act amendment revolution
""".split())
