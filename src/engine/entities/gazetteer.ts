/**
 * Hand-written word lists used as tagger features (Ratinov & Roth 2009, "Design challenges and
 * misconceptions in named entity recognition": gazetteer membership as a feature, not a rule).
 * Each list holds lower-cased single words; a multi-word name contributes each of its words.
 * Membership is a hint the tagger weighs against context, so the lists favour coverage of names
 * from every region over precision.
 */

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada chad
chile china colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica
ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea
kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau
palestine panama papua paraguay peru philippines poland portugal qatar romania russia rwanda
samoa marino arabia senegal serbia seychelles sierra leone singapore slovakia slovenia solomon
somalia africa sudan spain sri lanka suriname sweden switzerland syria taiwan tajikistan tanzania
thailand timor togo tonga trinidad tobago tunisia turkey turkmenistan tuvalu uganda ukraine
emirates britain england scotland wales uruguay usa uzbekistan vanuatu vatican venezuela vietnam
yemen zambia zimbabwe yugoslavia chechnya kurdistan tibet greenland europe asia america
antarctica oceania caribbean balkans scandinavia`

const PLACES = `beijing shanghai hong kong guangzhou shenzhen qingdao wuhan tokyo osaka kyoto seoul busan
pyongyang taipei manila jakarta bangkok hanoi saigon kuala lumpur yangon dhaka kathmandu delhi
mumbai bombay kolkata calcutta chennai bangalore karachi lahore islamabad kabul tehran baghdad
damascus beirut amman jerusalem gaza tel aviv riyadh jeddah mecca dubai doha abu dhabi muscat
ankara istanbul cairo alexandria tripoli tunis algiers rabat casablanca khartoum addis ababa
nairobi mogadishu kampala kigali dar salaam lagos abuja accra dakar abidjan kinshasa luanda
harare lusaka johannesburg pretoria cape town durban moscow petersburg kiev kyiv minsk warsaw
prague vienna budapest bucharest sofia belgrade zagreb sarajevo ljubljana athens rome milan
naples turin florence venice madrid barcelona seville valencia lisbon porto paris lyon marseille
nice bordeaux brussels antwerp amsterdam rotterdam hague berlin munich hamburg frankfurt cologne
bonn stuttgart dusseldorf zurich zürich geneva bern basel london manchester liverpool birmingham
leeds glasgow edinburgh cardiff belfast dublin oslo stockholm copenhagen helsinki reykjavik
tallinn riga vilnius washington york chicago boston angeles francisco seattle houston dallas
atlanta miami detroit philadelphia denver phoenix vegas orleans toronto montreal vancouver ottawa
quebec havana kingston mexico guadalajara bogota bogotá lima quito caracas santiago buenos aires
montevideo asuncion asunción la paz brasilia brasília rio janeiro são sao paulo sydney melbourne
brisbane perth adelaide canberra auckland wellington texas california florida ohio virginia
carolina massachusetts illinois pennsylvania michigan arizona colorado oregon alaska hawaii
kansas kentucky louisiana bavaria siberia crimea kashmir punjab bengal sahara nile danube rhine
thames amazon yangtze mediterranean atlantic pacific gulf balkan peninsula island islands
province county city street avenue river valley mount lake`

const NATIONALITIES = `afghan albanian algerian american angolan argentine argentinian armenian australian
austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british briton
bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian
cuban cypriot czech danish dutch ecuadorian egyptian english eritrean estonian ethiopian
european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican
japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese
liberian libyan lithuanian macedonian malagasy malaysian malian maltese mexican moldovan
mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien norwegian omani
pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali african spanish
sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish ugandan
ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean asian arab
muslim christian catholic jewish islamic western eastern latin nordic soviet`

const FIRST_NAMES = `aaron abdul abdullah abu adam adrian ahmad ahmed aisha akira alan albert alberto
alejandro alex alexander alexandra alexei ali alice alicia amanda amina amir ana anders andre
andrea andreas andrew andrzej angela angelo anil ann anna anne anthony antonio arjun arnold
ashok ayumi barack barbara ben benjamin bernard bill bob boris brian bruce carl carlos carmen
caroline catherine charles charlotte chen chris christian christine christopher claire claude
daniel david deborah dennis diana diego dmitry dominic donald dong doug dylan edward elena
elizabeth emily emma emmanuel enrique eric erik ernesto eva fatima fernando francesco francisco
françois francois frank fred friedrich gabriel gareth gary george georg gerhard giovanni giuseppe
gloria gordon graham greg gregory gustavo hamid hans harold harry hassan heinrich helen helmut
henri henry hiroshi hugo hussein ian ibrahim igor imran irene isaac ivan jack jacob jacques
james jan jane janet jean jeff jennifer jens jeremy jerry jesus jim jimmy joan joao joão joe
johan johannes john jonathan jorge jose josé joseph juan julia julian julie jun jurgen jürgen
justin kamala karen karl kate katherine keith ken kenji kenneth kevin khalid kim klaus kofi
kumar kurt lars laura lee leonid li lin linda lisa liu luc lucas luis luiz lula maria mariana
marie mario mark martin mary masahiro matteo matthew maurice max mehmet michael michel miguel
mikhail ming mohamed mohammad mohammed muhammad nancy naomi narendra natalia neil nelson ngozi
nicholas nicolas nikolai nina olaf oleg olga oliver omar oscar pablo patricia patrick paul pedro
peter philip philippe pierre piotr rahul raj rajesh ramon raúl raul ravi rebecca ricardo richard
robert roberto roger ronald rosa ruth ryan sam samuel sandra sarah satoshi sebastian sergei sergey
shinzo shirley simon sofia sophie stefan stephen steven susan sven takeshi tanaka tatiana thomas
tim tom tomas tony ursula valentina vanessa victor viktor vincent vladimir walter wang wei
werner william wolfgang xavier yasser yoshihide yuki yuri yusuf zhang`

const ORGANIZATION_WORDS = `inc corp corporation co ltd plc llc gmbh ag sa nv bv group holdings bank
airlines airways motors industries company companies partners capital fund trust securities
university college institute school hospital ministry ministries department agency commission
council committee assembly parliament congress senate court party league union federation
association society foundation organisation organization club fc united city rovers athletic
wanderers news times post journal telegraph herald tribune press agency reuters exchange board
authority service services office bureau army navy police force forces team orchestra museum
logistics systems technologies energy airline pharmaceuticals motors telecom media`

const TITLES = `president minister prime premier chancellor secretary speaker chairman chairwoman chair
ceo director governor senator sen representative rep mayor king queen prince princess pope
emperor sheikh general gen colonel col captain capt lieutenant sergeant commander admiral judge
justice ambassador envoy spokesman spokeswoman spokesperson mr mrs ms dr prof professor sir lord
lady dame father rev bishop cardinal archbishop imam rabbi coach striker midfielder defender
goalkeeper manager leader chief deputy vice foreign defence defense finance interior`

/** Feature bits: a word may belong to several lists. */
export const GAZETTEER_BITS = {
  country: 1,
  place: 2,
  nationality: 4,
  firstName: 8,
  organizationWord: 16,
  title: 32,
} as const

function buildGazetteer(): Map<string, number> {
  const lists: [string, number][] = [
    [COUNTRIES, GAZETTEER_BITS.country],
    [PLACES, GAZETTEER_BITS.place],
    [NATIONALITIES, GAZETTEER_BITS.nationality],
    [FIRST_NAMES, GAZETTEER_BITS.firstName],
    [ORGANIZATION_WORDS, GAZETTEER_BITS.organizationWord],
    [TITLES, GAZETTEER_BITS.title],
  ]
  const gazetteer = new Map<string, number>()
  for (const [list, bit] of lists) {
    for (const word of list.split(/\s+/)) {
      if (word) gazetteer.set(word, (gazetteer.get(word) ?? 0) | bit)
    }
  }
  return gazetteer
}

/** Lower-cased word → bit set of the lists holding it. Immutable after construction. */
export const GAZETTEER: ReadonlyMap<string, number> = buildGazetteer()
