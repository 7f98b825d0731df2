"""Build heldout34_gold.jsonl from the hand annotations below.

Annotations were written by hand, before any run of articles.attribution on these
texts, in the conventions of decisions 1-12 and the Conventions of
articles/attribution/README.md (see bench/heldout34/README.md). Each quote is located by
searching its exact text after the previous quote's end, so the offsets always satisfy
text[start:end] == quote text and the spans of a document never overlap.

    python3 bench/heldout34/make_gold.py   # writes bench/heldout34/heldout34_gold.jsonl
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_gold import p, q, write_gold  # noqa: E402

# --- antivenom runs out in northern Uganda's hospitals (Daily Monitor style, no dateline,
# straight "double quotes", `Dr` / `Mr` / `Ms` before names, `Shs`, `this newspaper`; UG,
# the WHO's voices without a country) ------------------------------------------------------
LRRH = "Lira Regional Referral Hospital"
MOH = "Ministry of Health"
NMS = "National Medical Stores"
UMA = "Uganda Medical Association"
WHO_NAME = "World Health Organisation"
ODONGO = {"speaker": "Walter Okello Odongo", "role": "director", "country": "UG", "org": LRRH}
AKELLO = {"speaker": "Grace Akello", "role": "wife", "country": "UG"}
KATO = {"speaker": "Denis Mugabi Kato", "role": "spokesperson", "country": "UG", "org": MOH}
UMA_BODY = {"speaker": UMA, "country": "UG"}
WHO_BODY = {"speaker": WHO_NAME, "org": "WHO"}
HASSAN = {"speaker": "Amina Yusuf Hassan", "role": "medical officer", "org": "WHO"}
ONGOM = {"speaker": "Lillian Aber Ongom", "role": "MP", "country": "UG"}
OPIO = {"speaker": "Charles Opio", "role": "village health team member", "country": "UG"}
NMS_SRC = (
    "An official at the agency, who asked not to be named because he is not authorised to "
    "speak to the press,"
)


def nms_official(text, kind, cue, source):
    return q(text, None, kind, cue, source, role="official", country="UG", org=NMS)


ANTIVENOM_Q = [
    p(
        "the facility received its last 40 vials in July and used the final dose on September 2",
        ODONGO,
        "indirect",
        "said",
        "Dr Walter Okello Odongo, the director of Lira Regional Referral Hospital,",
    ),
    p(
        "We have had 31 snakebite cases since then. We give what support we can, painkillers, a "
        "drip, a tetanus jab, but without antivenom we are only watching,",
        ODONGO,
        "direct",
        "said",
        "Dr Odongo",
    ),
    p(
        "two patients, a 14-year-old boy from Aloi and a farmer from Amach, had died at the "
        "hospital after their families failed to raise money to buy the drug at a private "
        "pharmacy",
        ODONGO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the family sold two goats to pay for four vials after he was bitten by a puff adder "
        "while clearing a garden in Ngai Sub-county last Tuesday",
        AKELLO,
        "indirect",
        "told",
        "Mr Moses Ogwang's wife, Grace Akello,",
    ),
    p(
        "The nurse wrote the name of the medicine on a piece of paper and told us to go to town. "
        "We did not know if he would still be alive when we came back,",
        AKELLO,
        "direct",
        "said",
        "she",
    ),
    p(
        "a consignment of 6,000 vials procured through the National Medical Stores was expected "
        "in the country by the end of the month",
        KATO,
        "indirect",
        "said",
        "Mr Denis Mugabi Kato, the Ministry of Health spokesperson,",
    ),
    p(
        "the delay was caused by a global shortage of the drug and by a tender that had to be "
        "re-advertised in May",
        KATO,
        "indirect",
        "said",
        "He",
    ),
    p(
        "This is not a Lango problem alone. Districts in West Nile and Karamoja have also "
        "reported low stocks, and we are redistributing what is left from hospitals that still "
        "have a few vials,",
        KATO,
        "direct",
        "said",
        "Mr Kato",
    ),
    p(
        "to submit weekly stock reports so that the ministry can track where vials are needed",
        KATO,
        "indirect",
        "urged",
        "Mr Kato",
    ),
    p(
        "a scandal that repeats itself every two years",
        UMA_BODY,
        "partial",
        "described",
        "The Uganda Medical Association",
    ),
    p(
        "snakebite kills tens of thousands of people worldwide every year, most of them in rural "
        "Africa and South Asia",
        WHO_BODY,
        "indirect",
        "says",
        "The World Health Organisation",
    ),
    p(
        "the agency had asked its regional office in Brazzaville to release an emergency stock "
        "to Uganda",
        HASSAN,
        "indirect",
        "said",
        "Dr Amina Yusuf Hassan, a medical officer at the WHO country office in Kampala,",
    ),
    p(
        "Antivenom has a short shelf life and countries cannot keep large reserves, so "
        "shortages like this one are predictable. What we need is a regional pooled purchase,",
        HASSAN,
        "direct",
        "said",
        "she",
    ),
    p(
        "a new antivenom made in Kenya was being evaluated and could be cheaper for East African "
        "countries",
        HASSAN,
        "indirect",
        "added",
        "She",
    ),
    p(
        "for the whole of this year",
        ONGOM,
        "partial",
        "saying",
        "Ms Lillian Aber Ongom, the MP for Lira City East,",
    ),
    p(
        "to allow district hospitals to buy the drug directly from suppliers whenever national "
        "stocks run out",
        ONGOM,
        "indirect",
        "asked",
        "Ms Ongom",
    ),
    nms_official(
        "the first batch of 2,000 vials had cleared customs in Entebbe on Friday",
        "indirect",
        "said",
        NMS_SRC,
    ),
    nms_official(
        "They will be dispatched to the regions within days. Lango is on the priority list,",
        "direct",
        "said",
        "the official",
    ),
    p(
        "many families still took bite victims to traditional healers first",
        OPIO,
        "indirect",
        "said",
        "Mr Charles Opio, a village health team member in Aduku, Kwania District,",
    ),
    p(
        "By the time they come to the health centre, the leg is swollen up to the knee. Even if "
        "the medicine were there, some would come too late,",
        OPIO,
        "direct",
        "said",
        "he",
    ),
    p(
        "the hospital had started training health workers at lower facilities to recognise which "
        "bites need antivenom, since many snakes in the region are not venomous",
        ODONGO,
        "indirect",
        "said",
        "Dr Odongo",
    ),
    p(
        "Half the patients who come here were bitten by a harmless snake. If we can sort them at "
        "Aduku or Aloi, the little antivenom we get will go much further,",
        ODONGO,
        "direct",
        "said",
        "he",
    ),
]

# --- dead seals on Kazakhstan's Caspian coast (Kazinform English service style, dateline
# `AKTAU. KAZINFORM –`, straight "double quotes", `akim` / `akimat`; KZ, RU, AZ and a treaty
# secretariat without a country) ---------------------------------------------------------
DEPT = "Mangystau Regional Department of Ecology"
MENR = "Ministry of Ecology and Natural Resources"
CMRI = "Caspian Marine Research Institute"
TCS = "Tehran Convention Secretariat"
CW = "Caspian Watch"
MOE = "Ministry of Energy"
DEPT_BODY = {"speaker": DEPT, "country": "KZ"}
MENR_KZ = {"speaker": MENR, "country": "KZ"}
MENR_AZ = {"speaker": MENR, "country": "AZ"}
TCS_BODY = {"speaker": TCS}
CW_BODY = {"speaker": CW, "country": "KZ"}
MOE_BODY = {"speaker": MOE, "country": "KZ"}
SEITKALI = {"speaker": "Nurlan Seitkali", "role": "head", "country": "KZ", "org": DEPT}
BAIMUKHANOVA = {
    "speaker": "Aigerim Baimukhanova",
    "role": "Vice Minister of Ecology and Natural Resources",
    "country": "KZ",
}
LAPSHIN = {
    "speaker": "Viktor Lapshin",
    "role": "marine mammal biologist",
    "country": "RU",
    "org": CMRI,
}
FARAHANI = {"speaker": "Laleh Farahani", "role": "coordinator", "org": TCS}
ZHAKUPOV = {"speaker": "Yerlan Zhakupov", "country": "KZ"}
OSPANOV = {"speaker": "Berik Ospanov", "role": "akim", "country": "KZ"}
MUKHAMETOVA = {"speaker": "Dana Mukhametova", "role": "director", "country": "KZ", "org": CW}

SEALS_Q = [
    p(
        "Inspectors have counted 1,840 dead Caspian seals along a 160-kilometre stretch of the "
        "coast of Mangystau region since the start of November",
        DEPT_BODY,
        "indirect",
        "said",
        "the Mangystau Regional Department of Ecology",
    ),
    p(
        "The carcasses were found between the Tupkaragan peninsula and the port of Kuryk",
        DEPT_BODY,
        "indirect",
        "said",
        "the department",
    ),
    p(
        "samples had been sent to laboratories in Almaty and Astana",
        DEPT_BODY,
        "indirect",
        "adding",
        "the department",
    ),
    p(
        "most of the animals were young seals and showed no signs of injury from fishing nets",
        SEITKALI,
        "indirect",
        "told",
        "The head of the department, Nurlan Seitkali,",
    ),
    p(
        "We do not see cuts or net marks, so at this stage we are not linking the deaths to "
        "poaching. The most likely causes are a disease or a toxin, but it is too early to say "
        "which,",
        SEITKALI,
        "direct",
        "said",
        "Seitkali",
    ),
    p(
        "the first laboratory results were expected within ten days",
        SEITKALI,
        "indirect",
        "said",
        "He",
    ),
    p("volunteers should not touch the carcasses", SEITKALI, "indirect", "said", "Seitkali"),
    p("to keep dogs away from the shore", SEITKALI, "indirect", "urged", "Seitkali"),
    p(
        "it had sent a commission of 12 specialists to the region and asked oil companies working "
        "offshore to submit data on their discharges for October and November",
        MENR_KZ,
        "indirect",
        "said",
        "Kazakhstan's Ministry of Ecology and Natural Resources",
    ),
    p(
        "does not exclude any version",
        BAIMUKHANOVA,
        "partial",
        "said",
        "Vice Minister of Ecology and Natural Resources Aigerim Baimukhanova",
    ),
    p(
        "Seals die on this coast every spring and autumn, but not in these numbers. We owe people "
        "an honest answer, and we will publish the laboratory results in full,",
        BAIMUKHANOVA,
        "direct",
        "said",
        "Baimukhanova",
    ),
    q(
        "they had recorded a smaller rise in seal deaths on the coast of Dagestan in late October",
        None,
        "indirect",
        "said",
        "researchers at the Caspian Marine Research Institute in Astrakhan",
        country="RU",
        org=CMRI,
    ),
    p(
        "the pattern resembled an outbreak of canine distemper that killed thousands of seals in "
        "2000",
        LAPSHIN,
        "indirect",
        "said",
        "Viktor Lapshin, a marine mammal biologist at the institute,",
    ),
    p(
        "In 2000 the carcasses also appeared in the north first and then along the Kazakh coast. "
        "We have offered to compare samples with our Kazakh colleagues,",
        LAPSHIN,
        "direct",
        "told",
        "Lapshin",
    ),
    p(
        "the number of Caspian seals had fallen by more than 90 percent over the past century and "
        "the species could not absorb repeated mass deaths",
        LAPSHIN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "no unusual seal deaths had been reported on its coast, but that it had ordered "
        "additional patrols on the Absheron peninsula",
        MENR_AZ,
        "indirect",
        "said",
        "Azerbaijan's Ministry of Ecology and Natural Resources",
    ),
    p(
        "it was ready to coordinate a joint investigation by the five coastal states if they "
        "requested it",
        TCS_BODY,
        "indirect",
        "said",
        "The Tehran Convention Secretariat, which serves the only treaty covering the environment "
        "of the whole Caspian Sea,",
    ),
    p(
        "Seals move across national borders, and so do pollutants. A disease outbreak in one "
        "part of the sea is everyone's concern.",
        FARAHANI,
        "direct",
        "said",
        "Laleh Farahani, the secretariat's coordinator,",
    ),
    q(
        "they had first noticed dead seals on the beaches in mid-October, weeks before the "
        "authorities began counting",
        None,
        "indirect",
        "said",
        "Fishermen in Kuryk",
        country="KZ",
    ),
    p(
        "We called the akimat twice. Nobody came until the photos were on Instagram,",
        ZHAKUPOV,
        "direct",
        "said",
        "Yerlan Zhakupov, who has fished off the peninsula for 20 years",
    ),
    p(
        "officials had ignored the reports",
        OSPANOV,
        "indirect",
        "denied",
        "Berik Ospanov, the akim of Tupkaragan district,",
    ),
    p(
        "A ranger went out on October 21 and found three carcasses, which is normal for the "
        "season. Nobody could know then that this would become a mass die-off,",
        OSPANOV,
        "direct",
        "said",
        "he",
    ),
    p(
        "the district had hired two tractors to bury the carcasses away from the shore and would "
        "pay local volunteers who help with the work",
        OSPANOV,
        "indirect",
        "said",
        "Ospanov",
    ),
    p(
        "to suspend seismic surveys in the northern Caspian until the cause of the deaths is known",
        CW_BODY,
        "indirect",
        "called on",
        "The environmental group Caspian Watch, based in Atyrau,",
    ),
    p(
        "seismic work had been carried out near Kuryk in September and that the government "
        "should publish the contractors' environmental permits",
        MUKHAMETOVA,
        "indirect",
        "said",
        "Its director, Dana Mukhametova,",
    ),
    p(
        "Every time seals die, officials say it is a virus. Maybe it is, but people will only "
        "believe that if the data is open,",
        MUKHAMETOVA,
        "direct",
        "said",
        "Mukhametova",
    ),
    p(
        "no offshore seismic surveys had been conducted in Kazakhstan's sector of the sea since "
        "August",
        MOE_BODY,
        "indirect",
        "said",
        "The Ministry of Energy",
    ),
]

# --- a Chilean salmon farm's escape and fine (MercoPress style, dateline `Puerto Montt,
# Chile, May 12 (MercoPress) –`, straight "double quotes", `%`, pesos; CL and a Norwegian
# parent) ---------------------------------------------------------------------------------
SERNA = "National Fisheries and Aquaculture Service"
AQUA = "Aqua Sur Chile"
FJORDVIK = "Fjordvik Seafood"
QAFU = "Quemchi Artisanal Fishermen's Union"
CSPA = "Chilean Salmon Producers Association"
UACH = "Universidad Austral de Chile"
SERNA_BODY = {"speaker": SERNA, "country": "CL"}
AQUA_BODY = {"speaker": AQUA, "country": "CL"}
CSPA_BODY = {"speaker": CSPA, "country": "CL"}
RIQUELME = {"speaker": "Claudia Riquelme", "role": "director", "country": "CL", "org": SERNA}
SOLVANG = {
    "speaker": "Henrik Solvang",
    "role": "chief executive",
    "country": "NO",
    "org": FJORDVIK,
}
BARRIENTOS = {"speaker": "Juana Barrientos", "role": "president", "country": "CL", "org": QAFU}
CARCAMO = {"speaker": "Iván Cárcamo", "role": "Senator", "country": "CL"}
VALDEBENITO = {
    "speaker": "Rodrigo Valdebenito",
    "role": "president",
    "country": "CL",
    "org": CSPA,
}
SANHUEZA = {
    "speaker": "Pablo Sanhueza",
    "role": "marine biologist",
    "country": "CL",
    "org": UACH,
}
VIDAL = {"speaker": "Marcela Vidal", "role": "regional health secretary", "country": "CL"}

SALMON_Q = [
    p(
        "the company had failed to report the escape within the 24 hours required by law and had "
        "recovered fewer than 8% of the fish",
        SERNA_BODY,
        "indirect",
        "said",
        "The National Fisheries and Aquaculture Service (Sernapesca)",
    ),
    p(
        "divers had found a tear of about 12 metres in the net of a cage at the company's Huenao "
        "site after a storm on April 18",
        RIQUELME,
        "indirect",
        "told",
        "Sernapesca's director in Los Lagos, Claudia Riquelme,",
    ),
    p(
        "The company told us about the storm, but it did not tell us that the fish were gone "
        "until five days later. By then they were spread across the whole inner sea,",
        RIQUELME,
        "direct",
        "said",
        "Riquelme",
    ),
    p(
        "escaped salmon, a non-native species, compete with local fish for food and can spread "
        "disease to wild stocks",
        RIQUELME,
        "indirect",
        "said",
        "She",
    ),
    p(
        "Sernapesca would review the storm certificates of every farm in the inner sea of Chiloé "
        "before the winter",
        RIQUELME,
        "indirect",
        "added",
        "She",
    ),
    p(
        "it would appeal the fine",
        AQUA_BODY,
        "indirect",
        "said",
        "Aqua Sur Chile, a subsidiary of the Norwegian group Fjordvik Seafood,",
    ),
    p("far beyond anything in the design standards", AQUA_BODY, "partial", "said", "the company"),
    p(
        "its staff had reported damage to the pen on the morning after it happened",
        AQUA_BODY,
        "indirect",
        "said",
        "the company",
    ),
    p(
        "the group regretted the escape and had sent engineers from Norway to inspect all 14 of "
        "its Chilean sites",
        SOLVANG,
        "indirect",
        "said",
        "Fjordvik Seafood's chief executive, Henrik Solvang,",
    ),
    p(
        "We take full responsibility for recovering as many fish as we can. But we disagree with "
        "the idea that we hid anything from the authorities,",
        SOLVANG,
        "direct",
        "said",
        "Solvang",
    ),
    q(
        "they had been catching salmon in their nets for weeks",
        None,
        "indirect",
        "said",
        "Artisanal fishermen in Quemchi and Dalcahue",
        country="CL",
    ),
    p(
        "People are selling salmon at the side of the road for 2,000 pesos a kilo. That tells "
        "you how many are out there,",
        BARRIENTOS,
        "direct",
        "said",
        "Juana Barrientos, president of the Quemchi Artisanal Fishermen's Union",
    ),
    p(
        "the union wanted the company to pay fishermen for each salmon they brought in, as it had "
        "done after a smaller escape in 2021",
        BARRIENTOS,
        "indirect",
        "said",
        "Barrientos",
    ),
    p(
        "he would present a bill to double the maximum fines for escapes and to ban new farms in "
        "protected fjords",
        CARCAMO,
        "indirect",
        "said",
        "Senator Iván Cárcamo, who represents Los Lagos,",
    ),
    p(
        "A fine of two billion pesos is what this company earns in a few days. It is not a "
        "punishment, it is a cost of doing business,",
        CARCAMO,
        "direct",
        "said",
        "Cárcamo",
    ),
    p(
        "serious and unacceptable",
        CSPA_BODY,
        "partial",
        "said",
        "The Chilean Salmon Producers Association",
    ),
    p(
        "punishing an entire sector that employs 70,000 people for one company's failure",
        CSPA_BODY,
        "partial",
        "called",
        "The Chilean Salmon Producers Association",
    ),
    p(
        "escapes had fallen by two thirds in the past decade and that the industry was already "
        "paying for a fund to monitor the fjords",
        VALDEBENITO,
        "indirect",
        "argued",
        "Its president, Rodrigo Valdebenito,",
    ),
    p(
        "escaped Atlantic salmon rarely survive more than a few months in the wild, but that they "
        "eat native fish and crustaceans while they do",
        SANHUEZA,
        "indirect",
        "said",
        "Marine biologist Pablo Sanhueza of the Universidad Austral de Chile in Valdivia",
    ),
    p(
        "The bigger worry is the antibiotics. These fish were treated in March, and people are "
        "eating them,",
        SANHUEZA,
        "direct",
        "said",
        "he",
    ),
    p(
        "not to buy salmon sold on the street",
        VIDAL,
        "indirect",
        "urged",
        "Los Lagos regional health secretary Marcela Vidal",
    ),
    p(
        "the fish could contain antibiotic residues",
        VIDAL,
        "indirect",
        "saying",
        "Los Lagos regional health secretary Marcela Vidal",
    ),
    p(
        "the company had 30 days to present a plan to recapture the fish, and that it had asked "
        "the navy to help monitor the channels around Quemchi",
        SERNA_BODY,
        "indirect",
        "said",
        "Sernapesca",
    ),
]

# --- an Omani recruitment agency's owner jailed over fake job visas (Times of Oman style,
# dateline `MUSCAT:`, straight "double quotes", `RO`, `the Sultanate`, `yesterday`; OM with
# Bangladeshi and Nepali workers and diplomats) ---------------------------------------------
PP = "Public Prosecution"
MOL = "Ministry of Labour"
EMB = "Embassy of Bangladesh"
ROP = "Royal Oman Police"
SQU = "Sultan Qaboos University"
PP_BODY = {"speaker": PP, "country": "OM"}
MOL_BODY = {"speaker": MOL, "country": "OM"}
ROP_BODY = {"speaker": ROP, "country": "OM"}
HASAN = {"speaker": "Rafiqul Hasan", "country": "BD"}
KARIM = {
    "speaker": "Mohammad Abdul Karim",
    "role": "labour counsellor",
    "country": "BD",
    "org": EMB,
}
THAPALIYA = {"speaker": "Nabin Raj Thapaliya", "role": "ambassador", "country": "NP"}
AL_HINAI = {"speaker": "Salim Al Hinai", "role": "lawyer", "country": "OM"}
AL_BALUSHI = {
    "speaker": "Hamad Al Balushi",
    "role": "labour market researcher",
    "country": "OM",
    "org": SQU,
}
MOL_SRC = (
    "An official at the ministry's labour welfare directorate, who spoke on condition of anonymity,"
)
WORKER_SRC = "Another worker, a 29-year-old from Nepal who asked that his name not be used,"


def mol_official(text, source):
    return q(text, None, "indirect", "said", source, role="official", country="OM", org=MOL)


def nepali_worker(text, kind, source):
    return q(text, None, kind, "said", source, country="NP")


VISAS_Q = [
    p(
        "The Primary Court in Muscat has sentenced the owner of a private recruitment agency to "
        "three years in prison and a fine of RO10,000 for bringing 63 workers into the Sultanate "
        "on visas for jobs that did not exist",
        PP_BODY,
        "indirect",
        "said",
        "the Public Prosecution",
    ),
    p(
        "the defendant, an Omani national whose name was not published, had charged the workers "
        "between RO600 and RO1,100 each through agents in Bangladesh, Nepal and Pakistan",
        PP_BODY,
        "indirect",
        "said",
        "the Public Prosecution",
    ),
    p(
        "The court also ordered the closure of the agency and the deportation of two expatriate "
        "employees who helped to run it",
        PP_BODY,
        "indirect",
        "said",
        "the statement",
    ),
    q(
        "Most of the workers arrived in Oman in March and April last year and were housed in two "
        "rented flats in Al Khuwair, with no work and no salary",
        None,
        "indirect",
        "according to",
        "court documents",
        country="OM",
    ),
    p(
        "he had borrowed money from relatives and sold his wife's jewellery to pay for his visa",
        HASAN,
        "indirect",
        "said",
        "One of them, Rafiqul Hasan, 34, from Sylhet in Bangladesh,",
    ),
    p(
        "They told us we would work for a cleaning company with a salary of RO120 and "
        "accommodation. When we landed, nobody was at the airport. For seven months I sent "
        "nothing home,",
        HASAN,
        "direct",
        "told",
        "Hasan",
    ),
    p(
        "the workers had eventually gone to the Ministry of Labour together to file a complaint "
        "in October",
        HASAN,
        "indirect",
        "said",
        "He",
    ),
    p(
        "it had helped 41 of the workers find new employers and had paid for the return tickets "
        "of 19 others who wanted to go home",
        MOL_BODY,
        "indirect",
        "said",
        "The Ministry of Labour",
    ),
    mol_official(
        "inspectors had since visited 230 recruitment agencies and suspended the licences of 17",
        MOL_SRC,
    ),
    mol_official(
        "the ministry would publish a list of licensed agencies on its website every month",
        "The official",
    ),
    p(
        "the embassy had received similar complaints from workers in Sohar and Salalah and had "
        "passed them to the Omani authorities",
        KARIM,
        "indirect",
        "said",
        "Its labour counsellor, Mohammad Abdul Karim,",
    ),
    p(
        "The problem starts in the villages, where an agent promises a job in Oman and takes the "
        "family's savings. We are working with Dhaka to cancel the licences of the agents named "
        "in this case,",
        KARIM,
        "direct",
        "said",
        "Karim",
    ),
    p(
        "11 Nepali workers involved in the case had returned home with help from the embassy",
        THAPALIYA,
        "indirect",
        "said",
        "Nepal's ambassador to Oman, Nabin Raj Thapaliya,",
    ),
    p(
        "his client would appeal",
        AL_HINAI,
        "indirect",
        "said",
        "The defendant's lawyer, Salim Al Hinai,",
    ),
    p(
        "My client was himself deceived by a company that promised to employ these workers and "
        "then withdrew. He never intended to cheat anyone,",
        AL_HINAI,
        "direct",
        "said",
        "Al Hinai",
    ),
    p(
        "the company, which he did not name, had cancelled a cleaning contract with a hospital "
        "weeks before the workers arrived",
        AL_HINAI,
        "indirect",
        "said",
        "He",
    ),
    p(
        "to check an employer's registration on the Ministry of Labour's website before paying "
        "any fee to an agent",
        ROP_BODY,
        "indirect",
        "urged",
        "The Royal Oman Police (ROP)",
    ),
    p(
        "cases of recruitment fraud had risen by a third in 2025 compared with the previous year",
        ROP_BODY,
        "indirect",
        "said",
        "the ROP",
    ),
    p(
        "fake visa schemes thrived because many small companies could obtain work permits "
        "without showing that the jobs existed",
        AL_BALUSHI,
        "indirect",
        "said",
        "Dr Hamad Al Balushi, a labour market researcher at Sultan Qaboos University,",
    ),
    p(
        "The new labour law gives the ministry stronger tools, but the agents abroad are out of "
        "its reach. Cooperation with the sending countries is the only real answer,",
        AL_BALUSHI,
        "direct",
        "said",
        "he",
    ),
    nepali_worker(
        "he was now working as a driver in Barka and was sending money home again",
        "indirect",
        WORKER_SRC,
    ),
    nepali_worker(
        "I am lucky. Some of the men from our flat are still paying back what they borrowed in "
        "the village,",
        "direct",
        "he",
    ),
    p(
        "he hoped the court would also order the agency's owner to repay the workers' fees",
        HASAN,
        "indirect",
        "said",
        "Hasan, who now works at a supermarket in Ruwi,",
    ),
    p(
        "Three years in prison does not give me back my wife's gold,",
        HASAN,
        "direct",
        "said",
        "he",
    ),
]

# --- Samoa suspends a longliner's licence after an observer goes missing (RNZ Pacific style,
# no dateline, curly “double quotes” and curly apostrophes, matai titles as short names, `told
# RNZ Pacific`; WS, TW, FJ and a regional agency without a country) -------------------------
MAF = "Ministry of Agriculture and Fisheries"
HSF = "Hong Sheng Fishery"
TFA = "Fisheries Agency"
SPS = "Samoa Police Service"
FFA = "Pacific Islands Forum Fisheries Agency"
PIOA = "Pacific Islands Observers Association"
MAF_BODY = {"speaker": MAF, "country": "WS"}
HSF_BODY = {"speaker": HSF, "country": "TW"}
TFA_BODY = {"speaker": TFA, "country": "TW"}
FFA_BODY = {"speaker": FFA}
PIOA_BODY = {"speaker": PIOA, "country": "FJ"}
AFAMASAGA = {
    "speaker": "Afamasaga Tevita Lemalu",
    "role": "Minister of Agriculture and Fisheries",
    "country": "WS",
}
SAPOLU = {"speaker": "Lupe Matautia-Sapolu", "role": "sister", "country": "WS"}
LEOTA = {
    "speaker": "Fa’amoe Leota",
    "role": "Assistant Police Commissioner",
    "country": "WS",
    "org": SPS,
}
TUILAGI = {"speaker": "Mereani Tuilagi", "role": "director-general", "org": FFA}
NAIKAU = {"speaker": "Waisale Naikau", "role": "president", "country": "FJ", "org": PIOA}
TUILOMA = {
    "speaker": "Tuiloma Siaosi Fepulea’i",
    "role": "Leader of the Opposition",
    "country": "WS",
}

OBSERVER_Q = [
    p(
        "the suspension would stay in place until police and his ministry had completed their "
        "investigation",
        AFAMASAGA,
        "indirect",
        "told",
        "The Minister of Agriculture and Fisheries, Afamasaga Tevita Lemalu,",
    ),
    p(
        "Observer Sione Matautia, 31, was last seen on board the Hong Sheng 88 on the night of "
        "6 May",
        MAF_BODY,
        "indirect",
        "according to",
        "the Ministry of Agriculture and Fisheries",
    ),
    p("the full truth", AFAMASAGA, "partial", "said", "Afamasaga"),
    p(
        "Observers are the eyes of our region on these boats. If they are not safe, none of our "
        "conservation rules mean anything,",
        AFAMASAGA,
        "direct",
        "told",
        "he",
    ),
    p(
        "Samoa would raise the safety of observers at the next meeting of the Western and Central "
        "Pacific Fisheries Commission in December",
        AFAMASAGA,
        "indirect",
        "said",
        "He",
    ),
    p(
        "the family had been told nothing for two days after he was reported missing",
        SAPOLU,
        "indirect",
        "told",
        "Mr Matautia’s sister, Lupe Matautia-Sapolu,",
    ),
    p(
        "We found out from a cousin who works at the wharf. My mother heard it from the "
        "neighbours before anyone from the government called us,",
        SAPOLU,
        "direct",
        "said",
        "she",
    ),
    p(
        "her brother had worked as an observer for six years",
        SAPOLU,
        "indirect",
        "said",
        "She",
    ),
    p("arguments on board", SAPOLU, "partial", "said", "She"),
    p(
        "its crew had searched the ship and the surrounding waters for 18 hours before returning "
        "to port",
        HSF_BODY,
        "indirect",
        "said",
        "Hong Sheng Fishery, the Kaohsiung-based company that owns the vessel,",
    ),
    p(
        "it was cooperating fully with Samoan authorities",
        HSF_BODY,
        "indirect",
        "said",
        "The company",
    ),
    p("no reason to believe", HSF_BODY, "partial", "said", "The company"),
    p(
        "it had asked the company to bring the captain and crew to Kaohsiung for questioning when "
        "the vessel finishes its trip",
        TFA_BODY,
        "indirect",
        "said",
        "Taiwan’s Fisheries Agency",
    ),
    p(
        "officers would interview each crew member with an interpreter and had seized the ship’s "
        "logbooks and CCTV recorder",
        LEOTA,
        "indirect",
        "said",
        "Assistant Police Commissioner Fa’amoe Leota",
    ),
    p(
        "six observers had died or disappeared at sea in the region since 2015",
        FFA_BODY,
        "indirect",
        "said",
        "The Pacific Islands Forum Fisheries Agency (FFA), which runs the regional observer "
        "programme with its member countries,",
    ),
    p(
        "every observer should carry a two-way satellite communicator and a personal locator "
        "beacon",
        TUILAGI,
        "indirect",
        "told",
        "Its director-general, Dr Mereani Tuilagi,",
    ),
    p(
        "We have been asking for this for years. The technology is cheap, and it would mean an "
        "observer in trouble can call for help without going through the captain,",
        TUILAGI,
        "direct",
        "said",
        "Dr Tuilagi",
    ),
    p(
        "the FFA would ask member countries at its next ministerial meeting to make the devices "
        "compulsory on every licensed vessel",
        TUILAGI,
        "indirect",
        "said",
        "She",
    ),
    p(
        "an independent inquiry",
        PIOA_BODY,
        "indirect",
        "called for",
        "The Pacific Islands Observers Association, based in Suva,",
    ),
    p(
        "observers across the region had reported being threatened and offered bribes to leave "
        "illegal catches out of their logs",
        NAIKAU,
        "indirect",
        "said",
        "Its president, Waisale Naikau,",
    ),
    p(
        "Some captains see us as the enemy on their own deck. When an observer disappears, every "
        "observer on every boat feels it,",
        NAIKAU,
        "direct",
        "said",
        "he",
    ),
    p(
        "the government had been too slow to act on a 2024 review that recommended better "
        "protection for observers",
        TUILOMA,
        "indirect",
        "said",
        "The Leader of the Opposition, Tuiloma Siaosi Fepulea’i,",
    ),
    p(
        "This government has had that report on its desk for two years. It took a young man’s "
        "disappearance for anyone to read it,",
        TUILOMA,
        "direct",
        "said",
        "he",
    ),
    p(
        "two of the review’s eleven recommendations had already been carried out and the rest "
        "needed funding from donors",
        AFAMASAGA,
        "indirect",
        "saying",
        "Afamasaga",
    ),
]

DOCS = [
    ("heldout34-antivenom-uganda-lango-hospitals-stock-out", None, ANTIVENOM_Q),
    ("heldout34-seals-kazakhstan-caspian-mangystau-die-off", "AKTAU", SEALS_Q),
    ("heldout34-salmon-chile-chiloe-farm-escape-fine", "Puerto Montt", SALMON_Q),
    ("heldout34-visas-oman-muscat-recruitment-agency-owner-jailed", "MUSCAT", VISAS_Q),
    ("heldout34-observer-samoa-tuna-longliner-licence-suspended", None, OBSERVER_Q),
]

# organisation speakers: their own organisation (round-23 decision 4; the World Health
# Organisation's British spelling is given its short key `WHO` by hand above)
SPEAKING_BODIES = (
    UMA,
    DEPT,
    MENR,
    TCS,
    CW,
    MOE,
    SERNA,
    AQUA,
    CSPA,
    PP,
    MOL,
    ROP,
    MAF,
    HSF,
    TFA,
    FFA,
    PIOA,
)


def main():
    write_gold(
        HERE,
        "heldout34_gold.jsonl",
        DOCS,
        corpus="quotesdb-heldout34",
        source="quotesdb held-out 34 (written for evaluation)",
        speaking_bodies=SPEAKING_BODIES,
    )


if __name__ == "__main__":
    main()
