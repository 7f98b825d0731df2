"""Round 32, r32-c: humanitarian and U.N.-agency copy (probe r32c's theme). Invented copy
only (no sentence of a probe, a held-out set or the PolNeAR dev set)."""

from quote_lookup import by_quote


def test_an_international_bodys_officer_posted_in_a_country_has_none():
    # "Its head of mission in Uganda, X," / "the ICRC's head of delegation in Yemen": a
    # duty station, not the officer's country (decision 1); also at "he said"
    text = (
        "KAMPALA, Uganda (AP) — Floods have cut off three towns in the north.\n\n"
        "Doctors Without Borders, which runs a clinic in Gulu, said it had seen 30 cases of "
        "cholera. Its head of mission in Uganda, Paul Renard, said the group was worried.\n\n"
        '"The pipes are broken everywhere," he said.\n\n'
        "The International Committee of the Red Cross said it had sent two surgical teams. "
        "Marc Dupuis, the ICRC's head of delegation in Uganda, said the roads were closed.\n"
    )
    got = by_quote(text)
    for quote in (
        "the group was worried",
        "The pipes are broken everywhere,",
        "the roads were closed",
    ):
        assert got[quote].country is None, quote
        assert got[quote].organization in {
            "Doctors Without Borders",
            "International Committee of the Red Cross",
        }
    assert got["it had sent two surgical teams"].country is None  # the body itself


def test_the_migration_agency_and_its_spokesperson_have_no_country():
    text = (
        "KHARTOUM, Sudan — Thousands fled the fighting overnight.\n\n"
        "The International Organization for Migration said 40,000 people had left the city. "
        "An IOM spokesperson in Port Sudan said buses were being sent.\n\n"
        "Residents said the shelling had stopped at dawn.\n"
    )
    got = by_quote(text)
    iom = got["40,000 people had left the city"]
    assert (iom.speaker, iom.country) == ("International Organization for Migration", None)
    unnamed = got["buses were being sent"]
    assert unnamed.speaker is None
    assert unnamed.organization == "International Organization for Migration"
    assert unnamed.country is None
    assert got["the shelling had stopped at dawn"].country == "SD"
