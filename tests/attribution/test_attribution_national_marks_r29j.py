"""Round 29 (r29-j): the country of undated copy from Kenya, Malaysia and Singapore (probe
r29j). A story that never names its country is set there by its domestic marks (shilling
and ringgit sums, a county assembly and its MCAs, `Datuk`, the Dewan Undangan Negeri, a
GRC, a void deck), and those marks also tell a story about home from a summit abroad when
two foreign voices of different countries speak in it; a foreign speaker keeps their own
country, also a state's office holder whose title opens with the state's name before a
comma (`Johor works, transport … chairman X`). Invented copy only (no sentence of the
probe)."""

from quote_lookup import by_quote

from articles.attribution import domestic_marks, roles


def test_undated_county_copy_with_two_foreign_voices_is_no_summit():
    text = (
        "Dairy farmers protest milk price cut\n\n"
        "By PETER KAMAU\n\n"
        "Dairy farmers in Nyandarua have rejected a cut in the price of raw milk to Sh38 a "
        "litre, saying it will not cover the cost of feed.\n\n"
        "The Nyandarua County Assembly on Tuesday asked the processors to explain the cut.\n\n"
        "Githioro MCA Joseph Wanjohi said the county would not let farmers be exploited.\n\n"
        "Ms Mary Wairimu, who keeps six cows in Ol Kalou, said her monthly income had fallen "
        "to Sh9,000.\n\n"
        "Mr Hamid Siddiqui, a Dubai-based trader who buys milk powder from the region, said "
        "Gulf buyers were watching prices.\n\n"
        "Tanzania's livestock minister, Neema Mushi, told a forum in Dodoma that Tanzanian "
        "dairies could supply the shortfall.\n"
    )
    got = by_quote(text)
    assert got["the county would not let farmers be exploited"].country == "KE"
    assert got["her monthly income had fallen to Sh9,000"].country == "KE"
    assert got["Gulf buyers were watching prices"].country == "AE"
    assert got["Tanzanian dairies could supply the shortfall"].country == "TZ"


def test_undated_malaysian_state_copy_keeps_its_people_and_its_foreign_voices():
    text = (
        "Sandakan hawkers want answers over market rebuild\n\n"
        "Hawkers in Sandakan say a RM8 million market rebuild has been stalled for two years.\n\n"
        "Hawkers' association chairman Lim Kok Seng said members had lost half their "
        "customers.\n\n"
        "State Local Government Minister Datuk Rahman Yusof told the Dewan Undangan Negeri "
        "that a new contractor would be appointed.\n\n"
        "Indonesia's consul in Kota Kinabalu, Rudi Hartono, said Indonesian traders at the "
        "market had also been hit.\n\n"
        "The Philippine consulate said Filipino workers at the market had lodged complaints.\n\n"
        "The Indonesian traders have set up stalls outside, and Indonesian buyers follow them.\n"
    )
    got = by_quote(text)
    assert got["members had lost half their customers"].country == "MY"
    assert got["a new contractor would be appointed"].country == "MY"
    assert got["Indonesian traders at the market had also been hit"].country == "ID"


def test_undated_singapore_copy_naming_johor_more_often_than_singapore():
    text = (
        "Tuas residents complain of lorry queues to Johor\n\n"
        "Residents of blocks near the Tuas Checkpoint say lorry queues heading for Johor now "
        "block their estate roads every evening.\n\n"
        "Retiree Goh Siew Lan, 70, said she no longer walked to the void deck after "
        "dinner.\n\n"
        "West Coast GRC MP Daniel Teo said he had raised the matter with the Land Transport "
        "Authority.\n\n"
        "Johor housing, local government and trade committee chairman Azlan Rahim told "
        "reporters in Johor Bahru that the state wanted more lorry bays.\n\n"
        "A Johor lorry driver, Ravi Kumar, said the Malaysian side was just as bad.\n\n"
        "A spokesman for Singapore's Immigration and Checkpoints Authority said lanes had been "
        "added.\n"
    )
    got = by_quote(text)
    assert got["she no longer walked to the void deck after dinner"].country == "SG"
    assert got["he had raised the matter with the Land Transport Authority"].country == "SG"
    assert got["the state wanted more lorry bays"].country == "MY"


def test_domestic_marks_of_kenya_malaysia_singapore_and_israel():
    def marks(text: str) -> dict[str, int]:
        return {code: n for code, n in roles._national_cues(text).items() if n}

    assert marks("The Bomet County Assembly met. Kapkatet MCA Ann Koros spoke.") == {"KE": 3}
    assert marks("It cost Kshs 40,000.") == {"KE": 1}
    assert marks("Datuk Seri Aminah Omar and Tan Sri Lee Chong spoke in Tawau.") == {"MY": 3}
    assert marks("Aljunied GRC residents met at the void deck in Bedok.") == {"SG": 4}
    assert marks("MK Yael Dror spoke.") == {"IL": 1}
    # (not a business's governance, risk and compliance team, a name of its own, a U.S.
    # county's assembly hall, nor initials before lower-case words)
    assert marks("The GRC team met. The MCA president spoke.") == {}
    assert domestic_marks.count_domestic_marks("Miri Regev spoke.") == {}
