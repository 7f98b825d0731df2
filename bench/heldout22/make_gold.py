"""Build heldout22_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the convention of bench/heldout20 and bench/probes/r23a / r23b and of the
round-23 decisions of articles/attribution/README.md (see bench/heldout22/README.md). Each
quote is located by searching its exact text after the previous quote's end, so the
offsets always satisfy text[start:end] == quote text and the spans of a document never
overlap.

    python3 bench/heldout22/make_gold.py   # writes bench/heldout22/heldout22_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- a stampede at a temple fair in Uttar Pradesh (PTI style, straight "double quotes") --
TRUST = "Shri Bhairavnath Mandir Trust"
PMO = "Prime Minister's Office"
SAXENA = {"speaker": "Anil Kumar Saxena", "role": "District Magistrate", "country": "IN"}
SINGH = {"speaker": "Mahendra Pratap Singh", "role": "Chief Minister", "country": "IN"}
TIWARI = {
    "speaker": "Rakesh Tiwari",
    "role": "Senior Superintendent of Police",
    "country": "IN",
}
TRUST_BODY = {"speaker": TRUST, "country": "IN"}
DWIVEDI = {"speaker": "Omprakash Dwivedi", "role": "secretary", "country": "IN", "org": TRUST}
SUNITA = {"speaker": "Sunita Devi", "role": "vegetable vendor", "country": "IN"}
MOHAN = {"speaker": "Mohan Lal", "role": "husband", "country": "IN"}
VERMA = {"speaker": "Prakash Verma", "role": "Chief Medical Officer", "country": "IN"}
YADAV = {"speaker": "Ramakant Yadav", "role": "Leader of Opposition", "country": "IN"}
PMO_BODY = {"speaker": PMO, "country": "IN"}
PAL = {"speaker": "Ramkishore Pal", "role": "flower seller", "country": "IN"}
SUNITA_SRC = (
    "Sunita Devi, a vegetable vendor from nearby Kashipur village whose 10-year-old son was "
    "among the injured"
)
PAL_SRC = "Ramkishore Pal, a flower seller whose stall stands a few metres from the eastern gate"

STAMPEDE_Q = [
    q(
        "Seven people, including three women and a child, were killed and at least 40 injured "
        "in a stampede at a temple fair here on Wednesday morning",
        None,
        "indirect",
        "said",
        "officials",
        country="IN",
    ),
    p(
        "The crush took place around 6.30 am near the eastern gate of the Shri Bhairavnath "
        "temple as thousands of devotees pushed towards the sanctum",
        SAXENA,
        "indirect",
        "according to",
        "District Magistrate Anil Kumar Saxena",
    ),
    p(
        "The crowd at the eastern gate was nearly three times what we had planned for. Some "
        "people slipped on the steps and those behind kept pushing,",
        SAXENA,
        "direct",
        "told reporters",
        "Saxena",
    ),
    p(
        "a magisterial inquiry had been ordered and a report would be submitted within 15 days",
        SAXENA,
        "indirect",
        "said",
        "He",
    ),
    p("deeply pained", SINGH, "partial", "said", "Chief Minister Mahendra Pratap Singh"),
    p(
        "the best possible treatment",
        SINGH,
        "partial",
        "said",
        "Chief Minister Mahendra Pratap Singh",
    ),
    p(
        "No one will be spared if negligence is found. The guilty will face the strictest action,",
        SINGH,
        "direct",
        "said",
        "the chief minister",
    ),
    p(
        "around 1.2 lakh people had visited the temple between midnight and 7 am, against the "
        "40,000 the administration had prepared for",
        TIWARI,
        "indirect",
        "said",
        "Senior Superintendent of Police (SSP) Rakesh Tiwari",
    ),
    p("the police deployment had been inadequate", SAXENA, "indirect", "denied", "The DM"),
    p("more than 600 personnel were on duty", SAXENA, "indirect", "saying", "The DM"),
    p(
        "The number of personnel was not the problem. The problem was one narrow gate and a "
        "crowd that did not want to wait,",
        SAXENA,
        "direct",
        "said",
        "he",
    ),
    p(
        "under pressure from the crowd",
        TIWARI,
        "partial",
        "said",
        "Tiwari, a 2011-batch IPS officer",
    ),
    p(
        "barricades on the approach road had given way",
        TIWARI,
        "indirect",
        "said",
        "Tiwari, a 2011-batch IPS officer",
    ),
    p(
        "repeatedly requested",
        TRUST_BODY,
        "partial",
        "said in a statement",
        "The Shri Bhairavnath Mandir Trust, which manages the temple",
    ),
    p(
        "its volunteers had helped carry the injured to ambulances",
        TRUST_BODY,
        "indirect",
        "said in a statement",
        "The Shri Bhairavnath Mandir Trust, which manages the temple",
    ),
    p(
        "the trust had written to the district administration twice in January",
        DWIVEDI,
        "indirect",
        "told PTI",
        "Its secretary, Omprakash Dwivedi, 64",
    ),
    p(
        "We sent letters on January 9 and January 27. We have copies. Nobody from the "
        "administration came to inspect the gate,",
        DWIVEDI,
        "direct",
        "said",
        "the 64-year-old",
    ),
    p("he had not seen any such letter", SAXENA, "indirect", "said", "Saxena"),
    p(
        "the crowd had surged forward the moment the gate opened",
        SUNITA,
        "indirect",
        "said",
        SUNITA_SRC,
    ),
    p(
        "I was holding his hand and then I was not. I found him under two people,",
        SUNITA,
        "direct",
        "said",
        "she",
    ),
    p(
        "the family had been waiting near the gate since 3 am",
        MOHAN,
        "indirect",
        "said",
        "Her husband, Mohan Lal",
    ),
    p(
        "four of the injured were in critical condition and had been referred to the state "
        "medical college in Lucknow",
        VERMA,
        "indirect",
        "said",
        "Chief Medical Officer (CMO) Dr Prakash Verma",
    ),
    p(
        "Most of the injuries are fractures and chest compression. The child who died was "
        "brought dead,",
        VERMA,
        "direct",
        "said",
        "the CMO",
    ),
    q(
        "the fair had no separate entry and exit routes this year because of construction work "
        "on the temple's northern side",
        None,
        "indirect",
        "said",
        "A senior police officer, who did not wish to be named",
        role="police officer",
        country="IN",
    ),
    p(
        "the government had ignored repeated warnings about overcrowding at religious events",
        YADAV,
        "indirect",
        "alleged",
        "Leader of Opposition Ramakant Yadav",
    ),
    p(
        "a man-made tragedy",
        YADAV,
        "partial",
        "called",
        "Leader of Opposition Ramakant Yadav",
    ),
    p(
        "How many more lives will it take before this government learns to manage a crowd?",
        YADAV,
        "direct",
        "told reporters",
        "Yadav",
    ),
    p(
        "the prime minister had spoken to the chief minister and that an ex gratia of Rs 2 lakh "
        "from the Prime Minister's National Relief Fund would be given to the next of kin of "
        "each deceased",
        PMO_BODY,
        "indirect",
        "said in a post on X",
        "The Prime Minister's Office (PMO)",
    ),
    p("he heard people screaming before he saw anything", PAL, "indirect", "said", PAL_SRC),
    p(
        "People were climbing over the railing to get out. I pulled two women into my stall,",
        PAL,
        "direct",
        "said",
        "he",
    ),
    p("After that the police came and the gate was shut.", PAL, "direct", "said", "he"),
    p(
        "the fair would remain suspended till Friday and that entry would resume only through "
        "a new gate on the western side",
        TIWARI,
        "indirect",
        "said",
        "The SSP",
    ),
]

# --- an offshore oil leak off Newfoundland (CP style, straight "double quotes") ----------
AOER = "Atlantic Offshore Energy Regulator"
CABOT = "Cabot Strait Energy Ltd."
CCG = "Canadian Coast Guard"
IHU = "Inshore Harvesters Union"
AOER_BODY = {"speaker": AOER, "country": "CA"}
MERCER = {
    "speaker": "Denise Mercer",
    "role": "chief conservation officer",
    "country": "CA",
    "org": AOER,
}
HOLLOWAY = {
    "speaker": "Marianne Holloway",
    "role": "chief executive",
    "country": "CA",
    "org": CABOT,
}
CCG_BODY = {"speaker": CCG, "country": "CA"}
BOUCHARD = {"speaker": "Chantal Bouchard", "role": "Fisheries Minister", "country": "CA"}
PIKE = {"speaker": "Gerald Pike", "role": "Premier", "country": "CA"}
IHU_BODY = {"speaker": IHU, "country": "CA"}
QUINLAN = {"speaker": "Wayne Quinlan", "role": "president", "country": "CA", "org": IHU}
TILLEY = {"speaker": "Gord Tilley", "role": "crab fisherman", "country": "CA"}
FURLONG = {
    "speaker": "Leah Furlong",
    "role": "campaign director",
    "country": "CA",
    "org": "Ocean Watch Atlantic",
}
SAUNDERS = {
    "speaker": "Ingrid Saunders",
    "role": "professor of ocean sciences",
    "country": "CA",
    "org": "Memorial University",
}
TILLEY_SRC = "Tilley, 58, a crab fisherman who has fished out of Bay Bulls for four decades"

OILSPILL_Q = [
    p(
        "An oil sheen about 30 kilometres long has formed east of the Avalon Peninsula after a "
        "leak from a subsea flowline at an offshore production vessel",
        AOER_BODY,
        "indirect",
        "said",
        "Newfoundland and Labrador's offshore regulator",
    ),
    p(
        "about 190 cubic metres of crude had escaped from the line before it was shut in early "
        "Monday",
        AOER_BODY,
        "indirect",
        "estimated",
        "The Atlantic Offshore Energy Regulator",
    ),
    p(
        "The leak at the Kittiwake floating production vessel, operated by Calgary-based Cabot "
        "Strait Energy Ltd., is the largest in the province's offshore since 2004",
        AOER_BODY,
        "indirect",
        "according to",
        "the regulator",
    ),
    p(
        "We are treating this as a serious incident. There is oil on the water, and our first "
        "job is to find out exactly how much and where it is going,",
        MERCER,
        "direct",
        "told a news conference",
        "Denise Mercer, the regulator's chief conservation officer",
    ),
    p(
        "the flowline had been shut in within about 40 minutes of a pressure alarm but that "
        "divers would not be able to inspect it until the weather improved",
        MERCER,
        "indirect",
        "said",
        "Mercer",
    ),
    p(
        "pay every legitimate cost",
        HOLLOWAY,
        "partial",
        "said",
        "Cabot Strait's chief executive, Marianne Holloway",
    ),
    p(
        "had flown in response equipment from Halifax and Aberdeen, Scotland",
        HOLLOWAY,
        "indirect",
        "said",
        "Cabot Strait's chief executive, Marianne Holloway",
    ),
    p(
        "I want to be very clear: this is our responsibility, and we will not be hiding behind "
        "the weather or behind a contractor,",
        HOLLOWAY,
        "direct",
        "said",
        "Holloway",
    ),
    p(
        "No. We notified the regulator within the hour, as the rules require.",
        HOLLOWAY,
        "direct",
        "said",
        "she",
    ),
    p(
        "two of its vessels and a surveillance aircraft were tracking the sheen",
        CCG_BODY,
        "indirect",
        "said in a statement",
        "The Canadian Coast Guard",
    ),
    p(
        "there had been no confirmed reports of oiled seabirds",
        CCG_BODY,
        "indirect",
        "said",
        "It",
    ),
    p(
        "conditions could change quickly if the wind shifted",
        CCG_BODY,
        "indirect",
        "warned",
        "It",
    ),
    p(
        "her department had sent scientists to sample the water and that she had spoken with "
        "Premier Gerald Pike on Monday night",
        BOUCHARD,
        "indirect",
        "said",
        "federal Fisheries Minister Chantal Bouchard",
    ),
    p(
        "Newfoundlanders have lived through this before, and they have every right to be angry "
        "until we can show them the numbers,",
        BOUCHARD,
        "direct",
        "said",
        "she",
    ),
    p("unacceptable", PIKE, "partial", "called", "Pike"),
    p(
        "the province would ask the regulator to suspend production at the Kittiwake until the "
        "cause was known",
        PIKE,
        "indirect",
        "said",
        "Pike",
    ),
    p(
        "Our offshore industry pays a lot of bills in this province. It does not get a free pass,",
        PIKE,
        "direct",
        "said",
        "the premier",
    ),
    p(
        "The snow crab season opens in three weeks, and the crab grounds off the southern "
        "Avalon lie close to the projected path of the sheen",
        IHU_BODY,
        "indirect",
        "according to",
        "the Inshore Harvesters Union",
    ),
    p(
        "buyers had already called members asking whether their catch would be tested",
        QUINLAN,
        "indirect",
        "said",
        "Its president, Wayne Quinlan",
    ),
    p(
        "The minute a buyer in Asia hears the word 'oil,' our price drops. It doesn't matter "
        "if there's a drop of it in the crab,",
        QUINLAN,
        "direct",
        "said in an interview",
        "he",
    ),
    p(
        "I fished through the 2004 spill. Nobody ever told us what was in the water, and "
        "nobody ever paid us a cent,",
        TILLEY,
        "direct",
        "said",
        TILLEY_SRC,
    ),
    p("This time I want it in writing.", TILLEY, "direct", "said", TILLEY_SRC),
    p(
        "the regulator had approved the Kittiwake's extended operating life in 2023 despite "
        "warnings about corrosion in its subsea lines",
        FURLONG,
        "indirect",
        "said",
        "Leah Furlong, campaign director of the environmental group Ocean Watch Atlantic",
    ),
    q(
        "the corrosion findings had been addressed before the extension was granted",
        None,
        "indirect",
        "said",
        "A spokesperson for the regulator",
        role="spokesperson",
        country="CA",
        org=AOER,
    ),
    p(
        "the cold water would slow the oil's breakdown",
        SAUNDERS,
        "indirect",
        "said",
        "Ingrid Saunders, a professor of ocean sciences at Memorial University",
    ),
    p(
        "In the Gulf of Mexico, bacteria break down a lot of a spill within weeks. Here, at two "
        "degrees, that takes much longer,",
        SAUNDERS,
        "direct",
        "said",
        "she",
    ),
    p(
        "What worries me is not the sheen you can see from a plane.",
        SAUNDERS,
        "direct",
        "said",
        "she",
    ),
    p(
        "It's what mixes down into the water column, where the crab larvae are, and that's "
        "much harder to measure.",
        SAUNDERS,
        "direct",
        "said",
        "she",
    ),
    p(
        "a remotely operated vehicle had located what appeared to be a crack near a flange "
        "connection",
        HOLLOWAY,
        "indirect",
        "said",
        "Holloway",
    ),
    p("it was too early to say what caused it", HOLLOWAY, "indirect", "cautioned", "Holloway"),
    p(
        "until we are satisfied, not until the company is.",
        MERCER,
        "partial",
        "told reporters",
        "Mercer",
    ),
]

# --- a Senate inquiry into supermarket prices (ABC style, no dateline, "double quotes") --
ACCC = "Australian Competition and Consumer Commission"
HARVEST = "Harvest Fair"
ACCC_BODY = {"speaker": ACCC, "country": "AU"}
HARVEST_BODY = {"speaker": HARVEST, "country": "AU"}
KESSEL = {"speaker": "Andrew Kessel", "role": "chief executive", "country": "AU", "org": HARVEST}
RAFTERY = {
    "speaker": "Simone Raftery",
    "role": "chief executive",
    "country": "AU",
    "org": "ValueMart",
}
BRERETON = {
    "speaker": "Tom Brereton",
    "role": "chair",
    "country": "AU",
    "org": "Senate Economics References Committee",
}
DEVLIN = {"speaker": "Claire Devlin", "role": "senator", "country": "AU"}
WHITFIELD = {"speaker": "Ross Whitfield", "role": "deputy chair", "country": "AU", "org": ACCC}
LATTIMORE = {
    "speaker": "Fiona Lattimore",
    "role": "chief executive",
    "country": "AU",
    "org": "Growers Australia",
}
HARTIGAN = {
    "speaker": "Daniel Hartigan",
    "role": "Assistant Competition Minister",
    "country": "AU",
}
RAMAN = {
    "speaker": "Priya Raman",
    "role": "economist",
    "country": "AU",
    "org": "University of Melbourne",
}
LATTIMORE_SRC = "Fiona Lattimore, the chief executive of the peak body Growers Australia"
MANAGER_SRC = "A former Harvest Fair category manager"

GROCERIES_Q = [
    q(
        "price rises in the weeks before a promotion reflected higher supplier costs, not an "
        "attempt to inflate their discounts",
        None,
        "indirect",
        "have told",
        "The heads of Australia's two biggest supermarket chains",
        country="AU",
    ),
    p(
        "more than 400 products had been raised in price shortly before being advertised as on "
        "special",
        ACCC_BODY,
        "indirect",
        "found",
        "the Australian Competition and Consumer Commission (ACCC)",
    ),
    p(
        "We do not set prices to manufacture a discount. That is not how our business works,",
        KESSEL,
        "direct",
        "said",
        "Mr Kessel",
    ),
    p("absorbed the lion's share", KESSEL, "partial", "said", "He"),
    p(
        "its average margin on groceries was lower than in 2019",
        KESSEL,
        "indirect",
        "said",
        "He",
    ),
    p(
        "ValueMart had already changed its promotional rules so that no product could go on "
        "special within 12 weeks of a price rise",
        RAFTERY,
        "indirect",
        "told senators",
        "Ms Raftery",
    ),
    p(
        "If customers have felt misled, then we have not done our job, and I'm sorry for that,",
        RAFTERY,
        "direct",
        "said",
        "she",
    ),
    p(
        "You put the price of a box of cereal up by a dollar, and three weeks later you put it "
        "on special for 50 cents off. What would you call that?",
        BRERETON,
        "direct",
        "asked",
        "Senator Brereton",
    ),
    p(
        "I would call it a price that went up because our costs went up, and a promotion that "
        "was planned months before,",
        KESSEL,
        "direct",
        "replied",
        "Mr Kessel",
    ),
    p("a pattern, not an accident", BRERETON, "partial", "said", "Senator Brereton"),
    p("case by case", RAFTERY, "partial", "said", "Ms Raftery"),
    p("would not commit to a blanket scheme", RAFTERY, "indirect", "said", "Ms Raftery"),
    p(
        "not satisfy a single pensioner in my state",
        DEVLIN,
        "partial",
        "said",
        "Senator Devlin",
    ),
    p(
        "it was considering legal action against both chains",
        ACCC_BODY,
        "indirect",
        "said in a submission",
        "The ACCC",
    ),
    p("serious concerns", ACCC_BODY, "partial", "said in a submission", "The ACCC"),
    p(
        "within weeks, not months",
        WHITFIELD,
        "partial",
        "told ABC Radio",
        "Its deputy chair, Ross Whitfield",
    ),
    p(
        "farm-gate prices for many vegetables had barely moved in five years",
        LATTIMORE,
        "indirect",
        "said",
        LATTIMORE_SRC,
    ),
    p(
        "The shopper sees cauliflower at $6 and thinks the farmer is doing well. The farmer got "
        "90 cents for it,",
        LATTIMORE,
        "direct",
        "said",
        "she",
    ),
    p(
        "growers were afraid to complain publicly because the two chains bought most of their "
        "produce",
        LATTIMORE,
        "indirect",
        "said",
        "She",
    ),
    p("quietly dropped", LATTIMORE, "partial", "said", "She"),
    q(
        "promotional calendars were often set before supplier price rises were known",
        None,
        "indirect",
        "said",
        MANAGER_SRC,
        role="category manager",
        country="AU",
        org=HARVEST,
    ),
    q(
        "Everyone in the building knew which lines were going on special in the spring. The "
        "cost story came later,",
        None,
        "direct",
        "said",
        "the former manager",
        role="category manager",
        country="AU",
        org=HARVEST,
    ),
    p(
        "not consistent with our records",
        HARVEST_BODY,
        "partial",
        "said in a statement",
        "Harvest Fair",
    ),
    p(
        "the government would legislate a mandatory grocery code with fines of up to $10 "
        "million and that the ACCC would get new powers to demand pricing data",
        HARTIGAN,
        "indirect",
        "said",
        "Assistant Competition Minister Daniel Hartigan",
    ),
    p(
        "Australians are not asking for much. They want the price on the shelf to be the real "
        "price,",
        HARTIGAN,
        "direct",
        "told reporters",
        "Mr Hartigan",
    ),
    p(
        "the hearing had shown how little the public knew about supermarket margins",
        RAMAN,
        "indirect",
        "said",
        "Dr Priya Raman, an economist at the University of Melbourne who studies retail "
        "competition",
    ),
    p(
        "Both chief executives told us their margins are thin. Neither of them told us what "
        "their margins are,",
        RAMAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "happily sign up to a code with teeth",
        KESSEL,
        "partial",
        "told reporters",
        "Mr Kessel, who has led Harvest Fair since 2019",
    ),
    p("We have nothing to hide from a regulator,", KESSEL, "direct", "said", "he"),
]

# --- a London auction house withdraws a painting (PA Media style, "double quotes") -------
FL = "Fennimore & Lisle"
AFAA = "Association of Fine Art Auctioneers"
FL_BODY = {"speaker": FL, "country": "GB"}
AFAA_BODY = {"speaker": AFAA, "country": "GB"}
HARROW = {
    "speaker": "Edmund Harrow",
    "role": "professor of art history",
    "country": "GB",
    "org": "University of Bristol",
}
ASHBY = {
    "speaker": "Julian Ashby-Clarke",
    "role": "head of 19th-century paintings",
    "country": "GB",
    "org": FL,
}
PRYOR = {"speaker": "Hannah Pryor", "role": "director", "country": "GB", "org": "Pigmenta"}
MARCHBANK = {"speaker": "Simon Marchbank", "role": "dealer", "country": "GB"}
MOTT = {"speaker": "Caroline Mott", "role": "chief executive", "country": "GB", "org": AFAA}
HARROW_SRC = (
    "Edmund Harrow, a professor of art history at the University of Bristol who has catalogued "
    "more than 300 of Penhallow's works"
)
OWNER_SRC = "The painting's owner, who has not been named"

AUCTION_Q = [
    p("almost certainly", HARROW, "partial", "said", "an art historian"),
    p("withdrawn pending further research", FL_BODY, "partial", "said", "Fennimore & Lisle"),
    p("its owner had agreed to the move", FL_BODY, "indirect", "said", "Fennimore & Lisle"),
    p(
        "The work, titled Storm Off Lizard Point and dated 1868, had been consigned by a "
        "private collector in Switzerland",
        FL_BODY,
        "indirect",
        "according to",
        "Fennimore & Lisle's catalogue",
    ),
    p(
        "he had raised his concerns with the auction house after seeing the painting at a "
        "preview last month",
        HARROW,
        "indirect",
        "said",
        HARROW_SRC,
    ),
    p(
        "The sky is wrong, the signature is wrong and the canvas is wrong. Penhallow never "
        "painted on a machine-woven canvas of that kind, because it did not exist in 1868.",
        HARROW,
        "direct",
        "told the PA news agency",
        "He",
    ),
    p(
        "I have no doubt the owner bought it in good faith. That is usually how these things go.",
        HARROW,
        "direct",
        "told the PA news agency",
        "He",
    ),
    p(
        "the house had commissioned a technical analysis of the canvas and pigments",
        ASHBY,
        "indirect",
        "said",
        "Julian Ashby-Clarke, Fennimore & Lisle's head of 19th-century paintings",
    ),
    p(
        "We take any credible question about a work's attribution extremely seriously. "
        "Professor Harrow is a respected scholar, and we would rather delay a sale than sell a "
        "buyer something we cannot stand behind.",
        ASHBY,
        "direct",
        "said",
        "He",
    ),
    p("in the normal way", ASHBY, "partial", "said", "Mr Ashby-Clarke"),
    p(
        "nothing had been found to suggest a problem",
        ASHBY,
        "indirect",
        "said",
        "Mr Ashby-Clarke",
    ),
    p(
        "results were expected within a fortnight",
        PRYOR,
        "indirect",
        "said",
        "Its director, Dr Hannah Pryor",
    ),
    p(
        "the laboratory would look in particular for titanium white",
        PRYOR,
        "indirect",
        "said",
        "She",
    ),
    p(
        "If it's there in the original paint layers, the conversation is over,",
        PRYOR,
        "direct",
        "said",
        "she",
    ),
    p("If it isn't, we still have work to do.", PRYOR, "direct", "said", "she"),
    p(
        "the withdrawal would unsettle the market for the painter's work",
        MARCHBANK,
        "indirect",
        "said",
        "Simon Marchbank, 71, a London dealer who sold two Penhallow watercolours at auction "
        "last year",
    ),
    p(
        "Collectors are nervous people. The moment a question like this is asked publicly, "
        "every Penhallow on the market has a small question mark over it,",
        MARCHBANK,
        "direct",
        "said",
        "the 71-year-old",
    ),
    p(
        "he did not share Professor Harrow's certainty",
        MARCHBANK,
        "indirect",
        "added",
        "Mr Marchbank",
    ),
    p(
        "the artist had experimented with new materials late in his career",
        MARCHBANK,
        "indirect",
        "saying",
        "Mr Marchbank",
    ),
    p(
        "Mr Marchbank is entitled to his view. The paint will settle it.",
        HARROW,
        "direct",
        "responded",
        "Professor Harrow",
    ),
    p(
        "he had first doubted the painting when he saw a photograph of it in the catalogue",
        HARROW,
        "indirect",
        "said",
        "The professor",
    ),
    p("only made it worse", HARROW, "partial", "said", "The professor"),
    q(
        "the force's Art and Antiques Unit was aware of the matter but that no report of a "
        "crime had been received",
        None,
        "indirect",
        "said",
        "A Metropolitan Police spokesperson",
        role="spokesperson",
        country="GB",
        org="Metropolitan Police",
    ),
    p(
        "it would update its guidance on provenance checks later this year",
        AFAA_BODY,
        "indirect",
        "said",
        "The Association of Fine Art Auctioneers, which represents more than 200 salerooms",
    ),
    p(
        "Withdrawing a lot is not an admission of anything. It is the system working as it should.",
        MOTT,
        "direct",
        "said",
        "Its chief executive, Caroline Mott",
    ),
    q(
        "shocked and disappointed",
        None,
        "partial",
        "said through a lawyer",
        OWNER_SRC,
        role="owner",
        country="CH",
    ),
    q(
        "would wait for the laboratory's findings before deciding what to do with the work",
        None,
        "indirect",
        "said through a lawyer",
        OWNER_SRC,
        role="owner",
        country="CH",
    ),
    p(
        "the remaining 46 lots in the sale would be offered as planned on March 12",
        ASHBY,
        "indirect",
        "said",
        "Mr Ashby-Clarke",
    ),
    p(
        "One picture does not make a scandal. We will know more in two weeks, and so will "
        "everyone else.",
        ASHBY,
        "direct",
        "added",
        "He",
    ),
]

# --- Panama Canal cuts transits in a drought (Reuters style, straight "double quotes") ---
ACP = "Panama Canal Authority"
AGSC = "American Grain Shippers Council"
ACP_BODY = {"speaker": ACP, "country": "PA"}
AGSC_BODY = {"speaker": AGSC, "country": "US"}
VASQUEZ = {
    "speaker": "Rogelio Vásquez Arango",
    "role": "Administrator",
    "country": "PA",
    "org": ACP,
}
CARRIZO = {
    "speaker": "Ilka Carrizo",
    "role": "deputy administrator",
    "country": "PA",
    "org": ACP,
}
GLENHOLME = {
    "speaker": "Harriet Glenholme",
    "role": "shipping analyst",
    "country": "GB",
    "org": "Tidewater Maritime",
}
QUINTERO = {"speaker": "Marisol Quintero", "role": "Environment Minister", "country": "PA"}
RIOS = {
    "speaker": "Eusebio Ríos Batista",
    "role": "farmer",
    "country": "PA",
    "org": "Coordinator of Cascajal Communities",
}
GLENHOLME_SRC = (
    "Harriet Glenholme, a shipping analyst at the consultancy Tidewater Maritime in London"
)

CANAL_Q = [
    p(
        "The Panama Canal will cut the number of ships allowed through each day to 24 from 32 "
        "starting next week because of a severe drought that has left its main reservoir near "
        "record lows",
        VASQUEZ,
        "indirect",
        "said",
        "the canal's administrator",
    ),
    p(
        "Gatun Lake, which feeds the canal's locks, had fallen to 79.6 feet (24.3 m), and that "
        "the rainy season was running at least a month late",
        VASQUEZ,
        "indirect",
        "told a news conference",
        "Administrator Rogelio Vásquez Arango",
    ),
    p(
        "We are not going to gamble with the water that 2 million Panamanians drink. Shipping "
        "will have to adjust, and so will we,",
        VASQUEZ,
        "direct",
        "said",
        "Vásquez",
    ),
    p(
        "the restrictions would remain in place at least until the end of June and that "
        "vessels with booked slots would be given priority",
        ACP_BODY,
        "indirect",
        "said",
        "The Panama Canal Authority (ACP)",
    ),
    p(
        "ships without reservations could face waits of up to 12 days",
        ACP_BODY,
        "indirect",
        "warned",
        "It",
    ),
    p(
        "Roughly 5% of world seaborne trade passes through the canal",
        ACP_BODY,
        "indirect",
        "according to",
        "the ACP",
    ),
    p(
        "its biggest users are the United States, China and Japan",
        ACP_BODY,
        "indirect",
        "says",
        "the ACP",
    ),
    p(
        "the authority was studying whether to reuse water from the locks more often, but that "
        "doing so would raise salt levels in the lake",
        CARRIZO,
        "indirect",
        "said",
        "Vásquez's deputy for water resources, Ilka Carrizo",
    ),
    p(
        "Every lockage uses about 50 million gallons of fresh water that goes straight into the "
        "sea,",
        CARRIZO,
        "direct",
        "said",
        "she",
    ),
    p(
        "In a year like this one, that is water we simply do not have.",
        CARRIZO,
        "direct",
        "said",
        "she",
    ),
    q(
        "the cuts would add costs at a time when freight rates were already rising",
        None,
        "indirect",
        "said",
        "Shipping companies",
    ),
    q(
        "the company would reroute some Asia-U.S. East Coast services through the Suez Canal "
        "and add a surcharge of $350 per container from June 1",
        None,
        "indirect",
        "said",
        "A spokesperson for Nordhavn Line, the Danish container carrier",
        role="spokesperson",
        country="DK",
        org="Nordhavn Line",
    ),
    p(
        "The canal has become the single biggest weather risk in container shipping,",
        GLENHOLME,
        "direct",
        "said",
        GLENHOLME_SRC,
    ),
    p(
        "Two years ago people thought the last drought was a one-off. It wasn't.",
        GLENHOLME,
        "direct",
        "said",
        GLENHOLME_SRC,
    ),
    p(
        "liquefied natural gas carriers bound for Asia from the U.S. Gulf Coast had already "
        "begun avoiding the canal",
        GLENHOLME,
        "indirect",
        "said",
        "She",
    ),
    q(
        "the reservoir would secure the canal's water supply for 50 years",
        None,
        "indirect",
        "says",
        "The government",
        country="PA",
    ),
    p(
        "the project would require moving about 2,000 people from 38 communities and that "
        "every family would be offered new land or compensation",
        QUINTERO,
        "indirect",
        "said",
        "Environment Minister Marisol Quintero",
    ),
    p(
        "Nobody will be moved without a fair agreement. That is the president's commitment "
        "and it is mine,",
        QUINTERO,
        "direct",
        "told reporters",
        "she",
    ),
    p(
        "residents had not been consulted and would block the access roads if surveyors arrived",
        RIOS,
        "indirect",
        "said",
        "Eusebio Ríos Batista, a farmer who leads the Coordinator of Cascajal Communities",
    ),
    p(
        "They want our valley so that ships from China and the United States can save a few "
        "days. We are the ones paying for it,",
        RIOS,
        "direct",
        "said",
        "Ríos",
    ),
    q(
        "prices in the auctions for the remaining daily slots had topped $1 million in recent days",
        None,
        "indirect",
        "said",
        "Two shipping agents in Panama City",
        role="shipping agent",
        country="PA",
    ),
    p(
        "it was using the auctions to raise revenue",
        ACP_BODY,
        "indirect",
        "denied",
        "The ACP",
    ),
    p("prices were set by demand", ACP_BODY, "indirect", "saying", "The ACP"),
    p(
        "If it does not rain in June, yes. We will do what the lake tells us to do.",
        VASQUEZ,
        "direct",
        "said",
        "Vasquez",
    ),
    p(
        "watching the lake level more closely than the futures market.",
        AGSC_BODY,
        "partial",
        "said in a statement",
        "the American Grain Shippers Council",
    ),
    p(
        "the authority would publish updated draft limits every Monday until the rains arrived",
        CARRIZO,
        "indirect",
        "said",
        "Carrizo",
    ),
]

DOCS = [
    ("heldout22-stampede-india-bhairavpur-temple-fair", "Bhairavpur", STAMPEDE_Q),
    ("heldout22-oilspill-newfoundland-kittiwake-flowline-leak", "ST. JOHN'S, N.L.", OILSPILL_Q),
    ("heldout22-groceries-australia-supermarket-senate-inquiry", None, GROCERIES_Q),
    ("heldout22-art-london-auction-penhallow-seascape-withdrawn", None, AUCTION_Q),
    ("heldout22-shipping-panama-canal-drought-transit-cuts", "PANAMA CITY", CANAL_Q),
]

# organisation speakers: their own organisation (round-23 decision 4); a government as
# source (`The government says`) has none (decision 7)
SPEAKING_BODIES = (TRUST, PMO, AOER, CCG, IHU, ACCC, HARVEST, FL, AFAA, ACP, AGSC)


def main():
    write_gold(
        HERE,
        "heldout22_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout22",
        source="quotesdb held-out 22 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
