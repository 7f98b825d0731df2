"""Round 15, speaker probes: invented wire copy from sports, culture, disasters, retail,
health, crime, immigration, world politics, religion, education and family features."""

from articles.attribution import extract


def _speaker(text: str, needle: str) -> str | None:
    found = [s for s in extract(text) if needle in s.quote]
    assert found, needle
    return found[0].speaker


# -- a demonym description after a country's possessive title ---------------------------


def test_a_demonym_description_after_a_possessive_country_title():
    text = (
        "HANOI (AP) — Vietnam’s health minister, Tran Van Duc, said his country had culled "
        "two million birds.\n\n"
        "“Vietnam has experience with this,” the Vietnamese minister said.\n"
    )
    assert _speaker(text, "Vietnam has experience") == "Tran Van Duc"
    text = (
        "China’s Foreign Ministry spokeswoman, Hua Lin, repeated the claim in Beijing. The "
        "Chinese spokeswoman said the coast guard had acted “in a professional manner.”\n"
    )
    assert _speaker(text, "in a professional manner") == "Hua Lin"
    text = (
        "Mexico’s foreign minister, Alicia Beltrán, told reporters that her government would "
        "not accept the migrants.\n\n"
        "“Mexico is not a waiting room,” the Mexican minister said.\n"
    )
    assert _speaker(text, "waiting room") == "Alicia Beltrán"


def test_a_demonym_description_of_another_country_stays_unnamed():
    # guard: the Peruvian minister is not Mexico's
    text = (
        "Mexico’s foreign minister, Alicia Beltrán, told reporters that her government would "
        "not accept the migrants.\n\n"
        "“We are watching closely,” the Peruvian minister said.\n"
    )
    assert _speaker(text, "watching closely") is None


# -- "they" for an organisation ---------------------------------------------------------


def test_they_after_an_organisation_that_spoke():
    text = (
        "Stellar Pictures, which is producing the film, said it respected Cole’s decision. "
        "They added that casting for the lead role would begin immediately.\n"
    )
    assert _speaker(text, "casting for the lead role") == "Stellar Pictures"
    text = (
        "In Phnom Penh, the Cambodian Ministry of Health said it was testing close contacts "
        "of every patient. They said hospitals in the capital had set aside isolation wards.\n"
    )
    # (a demonym before a ministry is its country, no word of its name: round 26)
    assert _speaker(text, "isolation wards") == "Ministry of Health"


def test_they_after_an_organisation_that_acted():
    text = (
        "The American Civil Liberties Union filed a lawsuit on Tuesday seeking to block the "
        "rule. They argued that it violated a federal law.\n"
    )
    assert _speaker(text, "violated a federal law") == "American Civil Liberties Union"


def test_what_they_described_in_a_sentence_opened_by_their_they():
    text = (
        "In Washington, the State Department said it stood with its ally. They called on "
        "China to stop what they described as “unlawful and destabilizing” behavior.\n"
    )
    assert _speaker(text, "unlawful and destabilizing") == "State Department"


def test_they_stays_the_people_an_organisation_acted_on():
    # guard: the crew members the AP interviewed describe, not the AP
    text = (
        "The Associated Press interviewed more than 20 former crew members and editors. "
        "They described crass behavior behind the scenes of the show.\n"
    )
    assert _speaker(text, "crass behavior") is None
    # guard: officials are an unnamed group
    text = (
        "County officials said they had opened six shelters. They said buses would pick up "
        "residents without cars.\n"
    )
    assert _speaker(text, "buses would pick up") is None


# -- a titled name after a fronted place, before a relative clause ----------------------


def test_a_titled_name_after_a_fronted_place_and_before_a_relative_clause():
    text = (
        "At Calmette Hospital, Dr. Sophea Chan, who heads the infectious diseases unit, said "
        "her staff were exhausted but coping.\n"
    )
    assert _speaker(text, "her staff were exhausted") == "Sophea Chan"
    text = "In Paris, Dr. Sophea Chan, who heads the unit, said her staff were exhausted.\n"
    assert _speaker(text, "her staff were exhausted") == "Sophea Chan"


def test_an_aside_name_of_the_body():
    text = (
        "Its chair, Professor Henrik Lund of the Karolinska Institute, said the members had "
        "reached their decision unanimously.\n"
    )
    assert _speaker(text, "reached their decision") == "Henrik Lund"


def test_an_unnamed_person_in_a_place_before_a_relative_clause():
    for aside in (
        "who spoke on condition of anonymity",
        "who spoke on condition of anonymity because he was not authorized to speak publicly",
    ):
        text = (
            "“Congress was very clear,” said Omar Haddad, an ACLU attorney.\n\n"
            f"A Border Patrol agent in the area, {aside}, said crossings had dropped.\n"
        )
        found = [s for s in extract(text) if "crossings" in s.quote]
        assert [(s.speaker, s.source) for s in found] == [(None, "A Border Patrol agent")]


# -- gender: an object pronoun of the name's own clause is someone else -----------------


def test_an_object_pronoun_after_a_name_does_not_give_its_gender():
    text = (
        "Herrera named Deputy Finance Minister Carolina Ortega to replace him.\n\n"
        "Venezuelan Trade Minister Alba Rondón said the two countries had made progress.\n\n"
        "Ortega, 44, is an economist trained at the University of the Andes and the London "
        "School of Economics. She told reporters that she would meet with party leaders.\n"
    )
    assert _speaker(text, "meet with party leaders") == "Carolina Ortega"


# -- a lead's description named in the next paragraph -----------------------------------


def test_a_lead_description_with_a_possessive_named_next():
    text = (
        "SEATTLE (AP) — Shares of Cascadia Goods fell 9% on Thursday, and its chief executive "
        "blamed higher shipping costs.\n\n"
        "“People are shopping differently,” Chief Executive Priya Natarajan said.\n"
    )
    assert _speaker(text, "higher shipping costs") == "Priya Natarajan"
    text = (
        "DENVER (AP) — Students walked out of class on Wednesday, and the district’s "
        "superintendent said she understood their frustration.\n\n"
        "“I would be angry too,” Superintendent Karen Liu told reporters.\n"
    )
    assert _speaker(text, "understood their frustration") == "Karen Liu"


# -- a subject after its verb, a home demonym, a statement's author, a plural surname ---


def test_a_pronoun_after_among_was_name():
    text = (
        "“The law is the law,” Homeland Security Secretary Mark Ellison said.\n\n"
        "Among those waiting was Jorge Ramírez, 29, who fled Honduras with his wife. He said "
        "the family had tried for three months to get an appointment.\n"
    )
    assert _speaker(text, "the family had tried") == "Jorge Ramírez"


def test_the_demonym_of_the_dateline_country_goes_without_saying():
    text = (
        "BOGOTÁ, Colombia (AP) — The finance minister resigned, the latest departure from "
        "President Lucía Herrera’s Cabinet.\n\n"
        "Finance Minister Andrés Castaño said he was leaving.\n\n"
        "Herrera accepted the resignation. The Colombian president, speaking at an event in "
        "Medellín, said Ortega was “the best-prepared person in the country” for the job.\n"
    )
    assert _speaker(text, "best-prepared") == "Lucía Herrera"
    first = extract(text)[0]
    assert (first.speaker, first.country) == ("Andrés Castaño", "CO")


def test_the_demonym_of_another_country_is_still_needed():
    # guard: in a Colombian story, "the Venezuelan president" is not Colombia's
    text = (
        "BOGOTÁ, Colombia (AP) — President Lucía Herrera met her cabinet on Friday.\n\n"
        "The Venezuelan president said the border would reopen in March.\n"
    )
    assert _speaker(text, "border would reopen") is None


def test_the_statement_said_after_the_quote_it_attributes():
    text = (
        "In a statement released by her publicist on Tuesday, Vanessa Cole said she was "
        "“deeply grateful” for the opportunity.\n\n"
        "“I signed on to tell a story about a woman who survives,” the statement said.\n"
    )
    assert _speaker(text, "I signed on") == "Vanessa Cole"
    text = (
        "In a statement, Vanessa Cole said she was “deeply grateful” for the opportunity. "
        "“I signed on to tell a story,” the statement said.\n"
    )
    assert _speaker(text, "I signed on") == "Vanessa Cole"


def test_a_surname_that_is_a_plural_noun():
    text = (
        "Coach Dana Whitfield hugged the kicker and then walked over to quarterback Terrell "
        "Banks, who threw for 310 yards.\n\n"
        "Banks, 34, was more cautious. He said the team still had a long way to go.\n\n"
        "“One win doesn’t fix a season,” Banks told reporters.\n"
    )
    assert _speaker(text, "long way to go") == "Terrell Banks"
    assert _speaker(text, "One win") == "Terrell Banks"


def test_banks_without_a_person_of_that_name_stay_banks():
    # guard
    text = "Banks said they would raise their lending rates next month.\n"
    assert _speaker(text, "raise their lending rates") is None


def test_they_after_an_organisation_that_spoke_of_people():
    text = (
        "The Butte County Sheriff’s Office said deputies were searching for 14 people. They "
        "said some of them may have been unable to reach relatives.\n"
    )
    assert _speaker(text, "unable to reach relatives") == "Butte County Sheriff’s Office"


def test_a_name_with_two_asides_is_its_sentence_subject():
    text = (
        "SYDNEY (AP) — Josh Keller ended a tenure that included a World Cup title.\n\n"
        "“The team needs fresh ideas,” Keller said.\n\n"
        "His wife, Rebecca Keller, a former netball player, was in the room for the "
        "announcement. In an interview afterward, she said the family was looking forward "
        "to having him home.\n"
    )
    assert _speaker(text, "looking forward") == "Rebecca Keller"


def test_a_name_inside_the_question_put_to_the_subject():
    text = (
        "Stephen Mallory’s lawyer, Jonathan Pryce, said his client would appeal.\n\n"
        "U.S. District Judge Harold Nguyen set sentencing for March 14. Prosecutors said "
        "they would ask for 20 years.\n\n"
        "Outside the courthouse, Pryce was asked whether Mallory would consider cooperating "
        "with the government.\n\n"
        "“My client has nothing to cooperate about,” he said.\n"
    )
    assert _speaker(text, "nothing to cooperate") == "Jonathan Pryce"


def test_two_subjects_of_one_gender_stay_unresolved():
    # guard: "A and B" are both subjects; the pronoun goes to the last speaker
    text = (
        "“We will appeal,” said Jonathan Pryce, a defence lawyer.\n\n"
        "Mark Tate and Paul Oyelaran met after the verdict. “It was a fair trial,” he said.\n"
    )
    assert _speaker(text, "fair trial") != "Mark Tate"


def test_the_demonym_captain():
    text = (
        "India’s captain, Rohit Sharma, said he had enormous respect for Keller. The Indian "
        "captain said the two had become friends despite their rivalry.\n"
    )
    assert _speaker(text, "become friends") == "Rohit Sharma"


def test_a_lead_country_possessive_title_in_a_story_datelined_there():
    text = (
        "MEXICO CITY (AP) — Mexico’s president on Thursday defended a plan to replace "
        "thousands of judges with elected ones.\n\n"
        "“The people will choose their judges,” President Claudia Ramos said at her daily "
        "news conference.\n"
    )
    assert _speaker(text, "replace thousands of judges") == "Claudia Ramos"


def test_an_industry_noun_before_a_company_name():
    text = (
        "Promoter Live Stage Group said in a statement that it was working with venues to "
        "reschedule the dates.\n"
    )
    assert _speaker(text, "working with venues") == "Live Stage Group"
    # guard: a promoter's own name stays whole
    text = "Promoter Don King said the fight was on.\n"
    assert _speaker(text, "the fight was on") == "Don King"


def test_an_age_and_a_trade_for_the_person_just_named():
    text = (
        "NASHVILLE, Tenn. (AP) — Country singer Kelsey Dawn has canceled the rest of her "
        "summer tour.\n\n"
        "The 29-year-old singer said her voice needed rest.\n"
    )
    assert _speaker(text, "her voice needed rest") == "Kelsey Dawn"
    text = (
        "Josh Keller, 33, said he would retire. Pat Morgan, 27, is the favourite.\n\n"
        "“I am ready,” the 27-year-old batsman said.\n"
    )
    assert _speaker(text, "I am ready") == "Pat Morgan"


def test_a_country_s_largest_company_named_next():
    text = (
        "SEOUL, South Korea (AP) — South Korea’s largest carmaker said on Wednesday it would "
        "build a battery plant in the United States.\n\n"
        "Hanbit Motors said the plant would employ about 3,000 people.\n"
    )
    assert _speaker(text, "battery plant") == "Hanbit Motors"


def test_a_month_word_as_a_first_name():
    text = (
        "One of the injured sailors, Petty Officer Jun Dela Cruz, spoke briefly.\n\n"
        "“I saw the water coming,” Dela Cruz said.\n\n"
        "His father, Ernesto Dela Cruz, a fisherman, said he was proud of his son.\n"
    )
    assert _speaker(text, "water coming") == "Jun Dela Cruz"


def test_a_religious_title_with_the_given_name():
    text = (
        "Among them is Sister Mary Okonkwo, a Nigerian nun who runs a clinic in Goma.\n\n"
        "“The pope’s words give us courage,” Sister Mary said.\n"
    )
    assert _speaker(text, "give us courage") == "Mary Okonkwo"
    # guard: a given name alone without the title is not shortened so
    text = "Mary Jones said the plan was bad.\n\n“It is wrong,” Mary said.\n"
    assert _speaker(text, "It is wrong") == "Mary"


def test_an_agency_name_joined_by_and():
    text = (
        "The National Oceanic and Atmospheric Administration says fewer than 360 right "
        "whales remain. Entanglement in fishing gear is one of the leading causes of death, "
        "the agency says.\n"
    )
    assert _speaker(text, "Entanglement") == "National Oceanic and Atmospheric Administration"


def test_they_after_a_club_that_spoke_keeps_its_full_name():
    text = (
        "ATLANTA (AP) — The Atlanta Falcons fired their head coach on Monday.\n\n"
        "The Falcons said they would hire a search firm to help. They said general manager "
        "Lisa Park would lead the search.\n"
    )
    assert _speaker(text, "would lead the search") == "Atlanta Falcons"


def test_a_lone_surname_that_is_also_a_first_name_gives_no_gender():
    text = (
        "Minister Marina Duarte presented the figures in Brasília.\n\n"
        "Her daughter, Ana Ferreira, a student, disagrees with her father. In an interview, "
        "she said young people were worried.\n\n"
        "Duarte said the government would expand a program that pays landowners. Asked about "
        "the complaints, the minister said enforcement would continue.\n\n"
        "“The law applies to everyone,” she said.\n"
    )
    assert _speaker(text, "applies to everyone") == "Marina Duarte"


def test_the_hospital_far_below_the_one_hospital_named():
    text = (
        "HOUSTON (AP) — A former nurse pleaded not guilty on Wednesday.\n\n"
        "Her lawyer said his client had worked at Memorial Southeast Hospital for 11 years.\n\n"
        "The district attorney said her office had strong evidence.\n\n"
        "A patient’s daughter said her father had been recovering from surgery.\n\n"
        "She said the family had learned of the investigation months later.\n\n"
        "The hospital said in a statement that it was cooperating with investigators.\n"
    )
    assert _speaker(text, "cooperating with investigators") == "Memorial Southeast Hospital"


def test_a_lead_pronoun_is_the_person_the_next_paragraph_names():
    text = (
        "HOUSTON (AP) — A former nurse accused of poisoning three patients pleaded not "
        "guilty on Wednesday, and in a statement read by her lawyer she said she was "
        "“devastated” by the deaths.\n\n"
        "“I would never hurt anyone in my care,” the statement from Karen Yates said.\n"
    )
    assert _speaker(text, "devastated") == "Karen Yates"
    # guard: a lead pronoun of the other gender stays unresolved
    text = (
        "HOUSTON (AP) — A former nurse pleaded not guilty on Wednesday, and he said he was "
        "“devastated” by the deaths.\n\n"
        "“I would never hurt anyone,” the statement from Karen Yates said.\n"
    )
    assert _speaker(text, "devastated") is None


def test_a_child_introduced_by_age_and_given_name():
    text = (
        "Sen. Angus Whitlow said in a statement that the rules “threaten a way of life.”\n\n"
        "On a gray morning last week, Raymond Thibodeau’s grandson, 15-year-old Luc, helped "
        "his father load bait. He said he still wanted to be a lobsterman.\n\n"
        "“It’s the only thing I’ve ever wanted to do,” Luc said.\n"
    )
    assert _speaker(text, "wanted to be a lobsterman") == "Luc"


def test_the_union_after_a_nurses_association():
    text = (
        "The Illinois Nurses Association said hospitals had been understaffed for years. In a "
        "statement, the union called on the state to set minimum nurse-to-patient ratios.\n"
    )
    assert _speaker(text, "minimum nurse-to-patient") == "Illinois Nurses Association"


def test_a_name_inside_an_asked_aside_is_not_the_speaker():
    text = (
        "Coach Maria Lopez was blunt after the loss.\n\n"
        "Lopez, asked about her quarterback, Ben Ortiz, said she still trusted him. Ortiz "
        "said he had let his coach down.\n"
    )
    assert _speaker(text, "still trusted him") == "Maria Lopez"
    assert _speaker(text, "let his coach down") == "Ben Ortiz"


def test_the_statement_said_after_said_in_a_statement():
    text = (
        "The team’s owner, Dale Fisher, who has owned the club since 1998, said in a "
        "statement that he supported Lopez “one hundred percent.”\n\n"
        "“Maria has my full support,” the statement said.\n"
    )
    assert _speaker(text, "full support") == "Dale Fisher"


def test_a_parenthetical_pronoun_goes_on_with_the_speaker_before():
    text = (
        "The actor Daniel Brooks posted on Instagram that he was “humbled” by the "
        "invitation. His co-star, Naomi Wells, wrote on X that the film had changed her "
        "life.\n\n"
        "Brooks and Wells will walk the red carpet on Friday. The director, Luca Ferri, said "
        "the two had “carried the film on their backs.” Wells, he said, had rewritten several "
        "scenes herself.\n"
    )
    assert _speaker(text, "rewritten several scenes") == "Luca Ferri"


def test_a_parenthetical_pronoun_of_the_other_gender_is_not_the_speaker_before():
    # guard: "he" is not the woman who spoke before
    text = (
        "Tom Reyes said the fire was moving fast. Gov. Sandra Whitaker said the state would "
        "help. The crews, he said, had worked all night.\n"
    )
    assert _speaker(text, "worked all night") == "Tom Reyes"


def test_a_nation_s_leader_is_its_head_of_government():
    text = (
        "MADRID (AP) — Prime Minister Javier Molina announced the vote at the Moncloa "
        "palace. “Spaniards deserve a government that can govern,” he said.\n\n"
        "The Spanish leader said the election would be held on May 28.\n"
    )
    assert _speaker(text, "held on May 28") == "Javier Molina"
    # guard: a band leader is no president
    text = (
        "He voted against President Bill Clinton's crime bill in 1993.\n\n"
        "At the cookout, the band leader said the show would start at noon.\n"
    )
    assert _speaker(text, "start at noon") is None
