/**
 * English function words, lower case: words that carry no topic and so are left out of lexical
 * similarity. The list is the usual closed-class core (articles, pronouns, auxiliaries,
 * prepositions, conjunctions), plus clitic remnants of tokenized text (`s`, `t`, `n't`, `ll`).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    "s t d ll m re ve n't nt don didn doesn isn wasn weren won wouldn couldn shouldn aren hasn " +
    'haven hadn may might must shall said says say told tell one ms mr mrs dr us yet however ' +
    'according since though although whether either neither every much many another'
  ).split(' '),
)
