"""Probe round 18, the fields editors see for each statement (role, country,
organisation): foreign bodies and their people described by a demonym or a foreign city
keep that country under a national dateline. Invented stories; each test failed before
its rule."""

from quote_lookup import by_quote


def fields(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {q: (s.role, s.country, s.organization) for q, s in by_quote(text).items()}


NATIONAL_STORY = (
    "WASHINGTON (AP) — The Senate approved a new satellite launch package on Tuesday.\n\n"
    "Senate Majority Leader Dana Pruitt said the vote was a win for rural broadband.\n\n"
    "Commerce Secretary Helen Mabry said the rules would take effect in March.\n\n"
)


def test_a_company_described_after_its_name_by_a_demonym_keeps_that_country():
    text = NATIONAL_STORY + (
        "Kestrelsat, a Dutch earth-imaging startup whose first satellite was on board, "
        "said it would expand its U.S. office.\n"
    )
    role, country, org = fields(text)["it would expand its U.S. office"]
    assert (country, org) == ("NL", "Kestrelsat")


def test_an_analyst_at_a_body_described_by_a_foreign_city_is_of_that_country():
    text = NATIONAL_STORY + (
        "Lukas Brandt, an analyst at the Munich space consultancy Orbivox, said the "
        "package was modest.\n"
    )
    role, country, org = fields(text)["the package was modest"]
    assert (role, country, org) == ("analyst", "DE", "Orbivox")


def test_its_chief_executive_takes_the_country_of_the_described_company():
    text = (
        "BRUSSELS — The European Commission proposed on Wednesday to delay its rules on "
        "chatbots by a year.\n\n"
        "Lyon-based startup Verbalis AI, which sells software that answers customer "
        "calls, welcomed the proposal.\n\n"
        'Its chief executive, Claire Mercier, said: "We only want to know the rules '
        'before we are judged by them."\n'
    )
    role, country, org = fields(text)[
        "We only want to know the rules before we are judged by them."
    ]
    assert (role, country, org) == ("chief executive", "FR", "Verbalis AI")


SUMMIT_STORY = (
    "NUSA DUA, Indonesia (AP) — Leaders of Pacific Rim economies opened a two-day summit "
    "on Friday amid tight security.\n\n"
    "Japanese Prime Minister Kenta Oshiro said trade barriers had to fall.\n\n"
    "Australian Prime Minister Liam Crofton said the region needed a climate fund.\n\n"
    "Chilean President Marta Ibarra said the summit should address fishing rights.\n\n"
    "Trade Minister Halvard Moe said his delegation wanted a quick deal.\n\n"
    "Bali Governor Wayan Sutedja said roads around the venue would stay closed until "
    "Sunday.\n\n"
    "Police spokesman Jansen Siregar said 12,000 officers had been deployed.\n\n"
    '"We are losing a week of business," said Made Wirawan, who sells sarongs near the '
    "conference centre.\n"
)


def test_at_a_summit_the_hosts_local_officials_and_residents_keep_its_country():
    got = fields(SUMMIT_STORY)
    assert got["roads around the venue would stay closed until Sunday"][1] == "ID"
    assert got["12,000 officers had been deployed"][1] == "ID"
    assert got["We are losing a week of business,"][1] == "ID"
    # (a guard) a delegate written without his country is not taken for the host's
    assert got["his delegation wanted a quick deal"][1] is None
    assert got["trade barriers had to fall"][1] == "JP"


BOARD_STORY = (
    "SPRINGFIELD, Ill. (AP) — The Harbor County Board of Education voted 4-3 on Monday to "
    "close two elementary schools.\n\n"
)


def test_board_member_after_a_quote_keeps_the_board_in_the_role_and_its_body():
    text = BOARD_STORY + '"This is the hardest vote I have taken," board member Tom Reilly said.\n'
    role, _, org = fields(text)["This is the hardest vote I have taken,"]
    assert (role, org) == ("board member", "Harbor County Board of Education")


def test_a_bare_vice_chair_sits_on_the_one_commission_of_the_story():
    text = (
        "DENVER (AP) — The Colorado Public Utilities Commission delayed a vote on Tuesday on "
        "a rate increase sought by Front Range Power Co.\n\n"
        "Front Range Power said the increase was needed to pay for new transmission lines.\n\n"
        '"We are not going to rush this," Vice Chair Maria Gonzalez said.\n'
    )
    role, _, org = fields(text)["We are not going to rush this,"]
    assert (role, org) == ("Vice Chair", "Colorado Public Utilities Commission")


def test_a_staff_attorney_works_for_the_body_a_later_mention_names():
    text = (
        "DENVER (AP) — State regulators delayed a vote on Tuesday on a rate increase.\n\n"
        'The Western Clean Air Coalition opposed the increase. "Ratepayers cannot absorb '
        'another hike," staff attorney Dana Whitlock said.\n\n'
        "Whitlock, a staff attorney for the coalition, said the group would appeal.\n"
    )
    got = fields(text)
    assert got["Ratepayers cannot absorb another hike,"][2] == "Western Clean Air Coalition"
    assert got["the group would appeal"][2] == "Western Clean Air Coalition"


def test_the_owner_of_a_business_named_by_its_trade_works_there():
    text = (
        "PORTLAND, Maine (AP) — A builder was sentenced Thursday to nine years in prison for "
        "the deaths of two workers.\n\n"
        '"I am sorry," said Dale Brekstad, 58, the owner of Brekstad Builders.\n'
    )
    role, _, org = fields(text)["I am sorry,"]
    assert (role, org) == ("owner", "Brekstad Builders")


def test_a_store_owner_works_at_the_shop_named_before_not_at_its_street():
    text = (
        "MILLBROOK, Ohio (AP) — Two men were charged Tuesday in the robbery of a jewelry "
        "store.\n\n"
        "The robbery happened shortly after 11 a.m. Monday at Lindqvist & Sons Jewelers on "
        "Main Street.\n\n"
        "Store owner Inga Lindqvist, who runs the shop with her two sons, said the clerk had "
        "worked there for 22 years.\n"
    )
    org = fields(text)["the clerk had worked there for 22 years"][2]
    assert org == "Lindqvist & Sons Jewelers"


def test_a_paramedic_with_a_county_service_named_by_initials_works_there():
    text = (
        "HOLLINS, Va. (AP) — Ambulances were diverted for a third day on Thursday.\n\n"
        '"Every one of those minutes matters when it\'s a stroke," said Kyle Penwood, a '
        "paramedic with Hollins County EMS.\n"
    )
    role, _, org = fields(text)["Every one of those minutes matters when it's a stroke,"]
    assert (role, org) == ("paramedic", "Hollins County EMS")


def test_a_pharmacist_who_owns_a_named_pharmacy_works_there():
    text = (
        "ELIZABETH, N.J. (AP) — Pharmacies scrambled on Tuesday to pull a recalled heart "
        "drug from their shelves.\n\n"
        "Tomas Ibarrola, a pharmacist who owns Ibarrola Family Pharmacy in Elizabeth, said "
        "his staff had pulled 140 bottles by noon.\n"
    )
    role, _, org = fields(text)["his staff had pulled 140 bottles by noon"]
    assert (role, org) == ("pharmacist", "Ibarrola Family Pharmacy")


def test_a_colleagues_workplace_stays_with_her_later_pronoun_statements():
    text = (
        "PLYMOUTH, England — A water company was fined a record 14 million pounds on "
        "Friday.\n\n"
        "The Environment Agency's area director, David Nancarrow, said the pollution had "
        "lasted for years.\n\n"
        "Nancarrow's colleague, senior investigator Rachel Odell, told the court that one "
        "pump had been switched off by hand.\n\n"
        "'It was not broken. Someone turned it off,' she said.\n"
    )
    org = fields(text)["It was not broken. Someone turned it off,"][2]
    assert org == "Environment Agency"


def test_a_state_house_spokesman_speaks_for_the_presidency():
    text = (
        "LILONGWE, Malawi (AP) — Opposition leaders accused the government on Tuesday of "
        "pressuring election officials.\n\n"
        "A State House spokesman, Elias Nkhata, denied that the ruling party had pressured "
        "officials.\n"
    )
    role, country, org = fields(text)["the ruling party had pressured officials"]
    assert (role, country, org) == ("spokesman", "MW", "State House")


def test_a_country_directors_remit_is_not_her_country():
    text = (
        "The World Food Programme will cut food rations for refugees in northern Kenya "
        "next month, the agency said on Tuesday.\n\n"
        '"We are being forced to choose between the hungry and the starving," said Margit '
        "Solberg, the agency's country director for Kenya.\n"
    )
    got = fields(text)["We are being forced to choose between the hungry and the starving,"]
    assert got[1] is None


def test_a_nationality_written_at_a_later_mention_is_the_earlier_statements_too():
    text = (
        "VILNIUS, Lithuania (AP) — Nordic and Baltic defense ministers agreed on Friday to "
        "buy air defenses together.\n\n"
        "NATO's assistant secretary general for defense investment, Solveig Lunde, said the "
        "alliance would share its radar picture.\n\n"
        "Lunde, a Norwegian, said the drones had exposed a gap at low altitude.\n"
    )
    got = fields(text)
    assert got["the alliance would share its radar picture"][1:] == ("NO", "NATO")
    assert got["the drones had exposed a gap at low altitude"][1:] == ("NO", "NATO")


def test_a_deputy_governor_paragraphs_below_the_central_bank_is_of_it():
    text = (
        "Norway's central bank raises rates\n\n"
        "OSLO, Norway — Norges Bank raised its key rate by a quarter point on Thursday.\n\n"
        "Most economists had expected no change.\n\n"
        "Mortgage holders will feel the increase first.\n\n"
        "The krone rose after the announcement.\n\n"
        "Deputy Governor Per Aasen, the only member to vote against, wrote that the economy "
        "was already slowing.\n"
    )
    assert fields(text)["the economy was already slowing"][2] == "Norges Bank"


def test_the_scientist_who_led_the_teams_work_is_of_the_teams_body():
    text = (
        "A wooden canoe found in a peat bog in Wales is about 3,000 years old, a team from "
        "the University of Aberdyfi said on Wednesday.\n\n"
        "'We thought it was a fallen branch,' said Dr Carys Pryce, the archaeologist who led "
        "the excavation.\n\n"
        "The canoe will be dried slowly over several years, she said.\n"
    )
    got = fields(text)
    assert got["We thought it was a fallen branch,"][2] == "University of Aberdyfi"
    assert got["The canoe will be dried slowly over several years"][2] == "University of Aberdyfi"


def test_a_meteorologist_at_the_weather_service_works_for_the_service_named_before():
    text = (
        "MARLOW FALLS, Vt. (AP) — The Sable River crested at a record height on Wednesday.\n\n"
        "The National Weather Service said the river peaked at 21.6 feet.\n\n"
        "Kyle Anderby, a meteorologist at the weather service office in Burlington, said "
        "another inch of rain was possible on Thursday.\n"
    )
    role, _, org = fields(text)["another inch of rain was possible on Thursday"]
    assert (role, org) == ("meteorologist", "National Weather Service")


def test_a_visiting_ministers_role_is_his_office_and_his_country_his_own():
    text = (
        "WASHINGTON (AP) — The Senate approved a new trade package on Tuesday.\n\n"
        "Senate Majority Leader Dana Pruitt said the vote was a win for farmers.\n\n"
        "Visiting Indian Commerce Minister Arjun Mehra said his country welcomed the vote.\n\n"
        '"This is a historic day," the visiting German chancellor, Klaus Brenner, said.\n'
    )
    got = fields(text)
    assert got["his country welcomed the vote"][:2] == ("Commerce Minister", "IN")
    assert got["This is a historic day,"][:2] == ("chancellor", "DE")


def test_latin_american_diplomats_are_of_no_american_country():
    text = (
        "QUITO, Ecuador — Foreign ministers from eight Latin American countries agreed on "
        "Friday to share the cost of shelters for migrants.\n\n"
        "Ecuadorian Foreign Minister Lucia Carranza said the plan would save lives.\n\n"
        "Chilean Foreign Minister Tomas Echeverri said his government could not sign it.\n\n"
        "Peruvian Foreign Minister Rosa Quintana said Peru would sign.\n"
    )
    assert fields(text)["to share the cost of shelters for migrants"][1] is None


def test_a_market_vendor_travelling_with_her_sons_is_a_market_vendor():
    text = (
        "MANILA, Philippines (AP) — A ferry capsized off Samar on Friday.\n\n"
        "Marisol Cabrera, 38, a market vendor travelling with her two sons, said the ship "
        "began to lean about an hour after leaving port.\n"
    )
    role = fields(text)["the ship began to lean about an hour after leaving port"][0]
    assert role == "market vendor"


def test_her_deputy_after_her_quote_works_where_she_does():
    text = (
        "TOPEKA, Kan. (AP) — Farmers reacted angrily on Wednesday to a new tariff.\n\n"
        "Linda Voss, president of the Prairie Grain Growers Association, said the tariff "
        'would hurt members. "Out here it\'s whether a family keeps the land," she said.\n\n'
        "Her deputy, Tom Achter, said several members had asked whether to plant corn at "
        "all.\n"
    )
    org = fields(text)["several members had asked whether to plant corn at all"][2]
    assert org == "Prairie Grain Growers Association"
