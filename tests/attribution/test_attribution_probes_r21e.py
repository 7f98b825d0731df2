"""Probe round 21 E (bench/probes/r21e: a weight-loss drug trial, a Premier League VAR row,
a Mexican presidential debate): the general error classes found there, each tested on
invented copy that differs from the probe articles. Each test failed before its rule
(guards say so)."""

from quote_lookup import by_quote


def test_role_name_of_the_described_body_aside_is_the_speaker():
    # "ROLE, NAME of the <lower-case description> BODY, said": the aside is a name and its
    # workplace even when a lower-case word describes the body before its name
    text = (
        "LIMA (AFP) - Peru's congress opened its debate on the pension bill on Tuesday.\n\n"
        "The bill's fiercest critic, Rosa Elena Quispe of the opposition Popular Renewal "
        "Party, said the reform would leave millions without a pension.\n\n"
        "Another economist, Daniel Huaman of the consultancy Andes Macro, said the numbers "
        "did not add up.\n"
    )
    got = by_quote(text)
    quispe = got["the reform would leave millions without a pension"]
    assert quispe.speaker == "Rosa Elena Quispe"
    huaman = got["the numbers did not add up"]
    assert huaman.speaker == "Daniel Huaman"
    assert huaman.organization == "Andes Macro"


def test_role_name_of_a_body_with_a_plural_possessive_is_the_speaker():
    text = (
        "DUBLIN (AFP) - Farmers blocked roads around the capital on Monday.\n\n"
        "The protest's organiser, Liam Brennan of the Growers' Alliance, said the tractors "
        "would stay until the minister met them.\n"
    )
    got = by_quote(text)
    s = got["the tractors would stay until the minister met them"]
    assert s.speaker == "Liam Brennan"
    assert s.organization == "Growers' Alliance"
