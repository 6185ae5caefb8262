/**
 * Word lists for quote attribution (lower-case surface forms; constant tables only). Cue verbs
 * follow the reporting-verb inventories used for PARC/PolNeAR attribution (Pareti 2016; Newell,
 * Margolin & Ruths 2018), listed as surface forms so no stemmer is needed.
 */

/** A set of the white-space separated words of `list`. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0))
}

/** One line per verb: its surface forms. */
const CUE_FORMS = `
say says said saying
plead pleads pleaded pled pleading
beg begs begged begging
tell tells told telling
add adds added adding
write writes wrote writing written
ask asks asked asking
warn warns warned warning
insist insists insisted insisting
note notes noted noting
explain explains explained explaining
argue argues argued arguing
claim claims claimed claiming
state states stated stating
declare declares declared declaring
announce announces announced announcing
report reports reported reporting
reply replies replied replying
respond responds responded responding
answer answers answered answering
continue continues continued continuing
recall recalls recalled recalling
remark remarks remarked remarking
observe observes observed observing
comment comments commented commenting
admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging
suggest suggests suggested suggesting
tweet tweets tweeted tweeting
post posts posted posting
call calls called calling
describe describes described describing
testify testifies testified testifying
confirm confirms confirmed confirming
deny denies denied denying
predict predicts predicted predicting
promise promises promised promising
vow vows vowed vowing
pledge pledges pledged pledging
urge urges urged urging
complain complains complained complaining
boast boasts boasted boasting
joke jokes joked joking
quip quips quipped quipping
concede concedes conceded conceding
contend contends contended contending
maintain maintains maintained maintaining
assert asserts asserted asserting
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
recount recounts recounted recounting
shout shouts shouted shouting
yell yells yelled yelling
scream screams screamed screaming
whisper whispers whispered whispering
exclaim exclaims exclaimed exclaiming
lament laments lamented lamenting
conclude concludes concluded concluding
caution cautions cautioned cautioning
charge charges charged charging
allege alleges alleged alleging
counter counters countered countering
retort retorts retorted retorting
wonder wonders wondered wondering
echo echoes echoed echoing
express expresses expressed expressing
quote quotes quoted quoting
proclaim proclaims proclaimed proclaiming
mention mentions mentioned mentioning
reiterate reiterates reiterated reiterating
threaten threatens threatened threatening
demand demands demanded demanding
blast blasts blasted blasting
slam slams slammed slamming
accuse accuses accused accusing
praise praises praised praising
dismiss dismisses dismissed dismissing
label labels labeled labelled labeling labelling
dub dubs dubbed dubbing
brand brands branded branding
mock mocks mocked mocking
sing sings sang singing
cite cites cited citing
rule rules ruled ruling
laud lauds lauded lauding
liken likens likened likening
criticize criticizes criticized criticizing
criticise criticises criticised criticising
condemn condemns condemned condemning
denounce denounces denounced denouncing
decry decries decried decrying
hail hails hailed hailing
tout touts touted touting
blame blames blamed blaming
refer refers referred referring
scold scolds scolded scolding
pronounce pronounces pronounced pronouncing
characterize characterizes characterized characterizing
press presses pressed pressing
fume fumes fumed fuming
retaliate retaliates retaliated retaliating
snap snaps snapped snapping
chant chants chanted chanting
affirm affirms affirmed affirming
opine opines opined opining
assail assails assailed assailing
repeat repeats repeated repeating
interject interjects interjected interjecting
recommend recommends recommended recommending
instruct instructs instructed instructing
advise advises advised advising
assure assures assured assuring
reassure reassures reassured reassuring
remind reminds reminded reminding
muse muses mused musing
sigh sighs sighed sighing
mutter mutters muttered muttering
murmur murmurs murmured murmuring
grumble grumbles grumbled grumbling
marvel marvels marveled marvelled marveling marvelling
implore implores implored imploring
chide chides chided chiding
gush gushes gushed gushing
read reads
put puts
`

export const CUE_WORDS: ReadonlySet<string> = words(CUE_FORMS)

/** Cue forms that are also nouns ("a controversial comment", "a recent report"). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = words(`
comment comments report reports claim claims remark remarks tweet tweets post posts call calls
warning answer answers reply replies quote quotes note notes charge charges promise promises
pledge pledges vow vows demand demands ruling rule rules state states counter echo label brand
blast stress joke jokes quip writing
`)

/** Nouns of speech whose owner is the speaker: "Trump's claim that …", "her description of". */
export const SPEECH_NOUNS: ReadonlySet<string> = words(`
claim claims statement statements remarks remark words assertion comments comment description
promise warning message tweet tweets argument suggestion accusation characterization
insistence call pledge vow boast complaint prediction contention speech answer response reply
testimony announcement declaration admission question slogan
`)

/** Cue forms that only report speech with a speaker after them ("according to X"). */
export const PREPOSITIONAL_CUES: ReadonlyMap<string, string> = new Map([['according', 'to']])

/**
 * Words allowed between a subject and its cue: "Park also said", "she has repeatedly warned", and
 * times ("Lee last week said", "Lee on Monday said").
 */
export const CUE_MODIFIERS: ReadonlySet<string> = words(`
also later then has have had was is were are previously recently once again earlier repeatedly
further simply just bluntly flatly reportedly would will could did does do quickly finally
even often frequently publicly privately angrily defiantly firmly succinctly famously
memorably separately last first never been not may might should can must went on to
week month year weekend night morning afternoon evening yesterday today tonight monday tuesday
wednesday thursday friday saturday sunday
`)

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'first' | 'neuter'> =
  new Map([
    ['he', 'male'],
    ['she', 'female'],
    ['they', 'plural'],
    ['i', 'first'],
    ['we', 'first'],
    ['it', 'neuter'],
    ['his', 'male'],
    ['him', 'male'],
    ['them', 'plural'],
    ['her', 'female'],
    ['their', 'plural'],
  ])

/** Relative pronouns standing for the noun before them: "Trump, who said". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = words(`
who which
`)

/** Words a role phrase never reaches back over: "engaging in what analysts" stops at "what". */
export const PHRASE_STOPS: ReadonlySet<string> = words(`
what with been be in of to that which who and or but by for on at as is was were are has have
had from about than when while where if because after before into over said says not also then
there it they he she we i you
`)

/** Sentence openers that start an introductory phrase before the subject: "In a statement, X". */
export const INTRODUCTORY_WORDS: ReadonlySet<string> = words(`
in at on after during before last earlier later since when while asked speaking writing but
and yet still meanwhile however separately instead also then now today yesterday tuesday
monday wednesday thursday friday saturday sunday with for under as to from over addressing
appearing interviewed like
`)

/** Title words that open a person's name: "Foreign Minister Park Jin", "Sen. Sanders". */
export const TITLE_WORDS: ReadonlySet<string> = words(`
president presidents minister ministers secretary secretaries senator senators sen sens rep
reps representative gov governor governors mr mrs ms miss dr gen general chancellor speaker
judge justice chairman chairwoman chair ceo mayor ambassador director spokesman spokeswoman
spokesperson professor prof rev reverend pope king queen prince princess sir lord lady sheikh
premier commissioner attorney lt col colonel capt captain sgt sergeant adm admiral officer
chief leader candidate nominee del delegate councilman councilwoman congressman congresswoman
lawmaker host anchor reporter correspondent columnist editor coach pastor father bishop
cardinal rabbi imam detective inspector superintendent supt sheriff treasurer founder analyst
economist strategist adviser advisor aide manager mp mps mep meps msp co-host
`)

/**
 * Title words that address a person rather than name a job: they split a name from what precedes
 * it ("Mrs Ann Lee") and tell gender, but are never a role.
 */
export const HONORIFICS: ReadonlySet<string> = words(`
mr mrs ms miss mx dr sir dame lord lady father rev reverend madam mister master
`)

/** Title words that also tell gender. */
export const FEMALE_TITLES: ReadonlySet<string> = words(`
mrs ms miss madam lady queen princess chairwoman spokeswoman congresswoman councilwoman
`)
export const MALE_TITLES: ReadonlySet<string> = words(`
mr sir king prince lord chairman spokesman congressman councilman father
`)

/** A few frequent given names, for pronoun gender agreement only. */
export const FEMALE_NAMES: ReadonlySet<string> = words(`
hillary nancy elizabeth mary sarah michelle melania ivanka kamala angela theresa jane susan
karen linda barbara patricia jennifer maria anna emma olivia sophie laura lisa kate catherine
margaret helen ruth julie carly kellyanne hope donna debbie gwen marcia chelsea huma sheryl
amy claire diane dianne elena jill megyn rachel sally samantha stephanie victoria wendy zoe
ilhan alexandria liz nikki sonia ursula christine jacinda marine giorgia
`)
export const MALE_NAMES: ReadonlySet<string> = words(`
donald barack joe john james robert michael william david richard thomas mike bill george ted
marco ben jeb bernie paul mitch chris tim mark peter steve stephen kevin jim tom bob newt rudy
eric jared vladimir xi boris emmanuel justin rand scott rick jeff ron lindsey harry charles
andrew anthony brian daniel matthew jason ryan adam sean tony frank jack henry edward hugh
reince corey sergei kim benjamin recep narendra olaf
`)

/** Heads of noun phrases that name a speaker without naming a person. */
export const ROLE_NOUNS: ReadonlySet<string> = words(`
minister president senator governor secretary spokesman spokeswoman spokesperson official
officials source sources aide aides adviser advisers advisor advisors analyst analysts expert
experts critic critics witness witnesses resident residents insider insiders person people
someone diplomat diplomats lawmaker lawmakers leader leaders candidate nominee chairman
chairwoman director executive executives judge mayor ambassador representative representatives
member members supporter supporters voter voters doctor doctors police officer officers
investigators prosecutor prosecutors attorney lawyer lawyers congressman congresswoman
statement report letter memo email release website campaign ministry department agency company
group committee government administration paper newspaper study survey poll complaint lawsuit
ad post tweet article editorial column author authors researchers scientists organizers groups
activists protesters employees staff man woman men women student students mother father friend
friends colleague colleagues host anchor reporter moderator billionaire mogul chief commander
general manager coach founder economist strategist pollster historian professor teacher
veteran owner worker workers democrat democrats republican republicans conservative
conservatives operative operatives consultant consultants developer developers engineer
engineers poster posters commenter commenters user users fisherman fishermen farmer farmers
nurse nurses ranger rangers elder elders skipper philosopher writer writers programmer
researcher scientist economists councillor councillors councilor fellow fellows partner
co-worker coworker co-host co-founder co-chair philosophers magazine magazines outlet outlets
publication publications broadcaster broadcasters
`)

/**
 * Kinship nouns: who a person is to someone in the story ("her 22-year-old son, Eli Crest,"; "Eli
 * Crest, the victim's brother,"), a role an editor expects beside the quote when the text states it.
 */
export const KIN_NOUNS: ReadonlySet<string> = words(`
son sons daughter daughters wife husband mother father brother sister parent parents grandmother
grandfather grandson granddaughter aunt uncle cousin niece nephew widow widower fiancé fiancée
fiance fiancee stepfather stepmother stepson stepdaughter girlfriend boyfriend sibling siblings
`)

/**
 * Words that may open a role before its title when a copula states it with no article ("Lee is
 * managing director at Lumio", "Reyes was chief whip"): a bare noun after "is" is a role only when
 * it is a title, maybe after these.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
former deputy chief managing senior acting executive vice assistant associate general interim
founding lead principal joint co
`)

/** Role heads that leave the speaker unnamed ("officials said", "a spokesman said"). */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = words(`
official officials source sources aide aides spokesman spokeswoman spokesperson insider
insiders person people someone analysts experts critics witnesses residents diplomats
investigators officers staff employees advisers advisors members supporters voters lawmakers
operative operatives
`)

/** Words that withhold a name from a description: "an unidentified poster", "an unnamed aide". */
export const ANONYMOUS_MODIFIERS: ReadonlySet<string> = words(`
unidentified unnamed anonymous
`)

export const DETERMINERS: ReadonlySet<string> = words(`
the a an another one two three several some many most other his her their its this that these
those our my your both few all each no
`)

export const INDEFINITE_DETERMINERS: ReadonlySet<string> = words(`
a an another one two three several some many most other few all each both
`)

/** Capitalised words that are not names when they stand alone or open a sentence. */
export const NOT_NAMES: ReadonlySet<string> = words(`
the a an and but or so yet for nor in on at to of by with from as if when while after before
since because although though however meanwhile still also then now today yesterday tomorrow
this that these those there here it its he she they we i you his her their our my your what
who why how where which monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec asked said according in under over during last next every all
some many most no not yes one two both each such even just only instead thus indeed later
earlier asked despite about among until unless whether like let do read update updated photo
video watch follow see click correction once few several whenever upon amid unlike
`)

/** Words inside a capitalised run that make it an organisation or a place rather than a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = words(`
ministry department party post times news network university college committee council
foundation institute association agency office house senate congress court bank inc corp
company group campaign administration commission service bureau police army force union
journal magazine press tv radio center centre board fund trust society school hospital church
reuters cnn msnbc fox nbc abc cbs bbc politifact breitbart twitter facebook google republicans
democrats government state states city county republic kingdom nations korea china america
russia japan iran iraq syria ukraine europe africa washington beijing moscow london paris
tokyo seoul taiwan israel india france germany britain mexico canada peninsula island sea
river street avenue road media guardian telegraph daily weekly herald tribune gazette review
standard examiner observer globe wire associated program project initiative movement coalition
alliance club team league federation organization organisation secretariat cabinet parliament
assembly legislature pentagon kremlin fbi cia nsa un nato eu gop dnc rnc white
`)

/** Verbs after "it" that make it an expletive subject ("It is clear that …"), standing for no one. */
export const COPULAS: ReadonlySet<string> = words('is was seems seemed appears may will would')

/** Messages whose words are their author's: "the tweet from Harbor Weekly" is Harbor Weekly's. */
export const MESSAGE_NOUNS: ReadonlySet<string> = words(
  'tweet post message statement email letter release memo note',
)
