"""Speakers and source types in news beyond US politics (analysis.sources).

British and business writing names companies without an article ("Russian
oil giant Yukos"), spells "organisation", quotes football managers and
countries. Each expectation follows from reading the short text and
``polnear/SOURCE_TYPES.md`` (companies and their executives are
``organization``; a state speaking is ``official``).
"""

from __future__ import annotations

import pytest

from analysis.sources import extract_attributions


def _who(text: str) -> list[tuple[str, str, str]]:
    """(source, speaker, source_type) of each attribution, in text order."""
    out = extract_attributions(text)
    return list(zip(out["source"], out["speaker"], out["source_type"]))


def test_white_is_a_surname_too():
    # "White" was read as "White House" and dropped: no person, three
    # speakers "Banned American sprinter Kelli White", "White" and "she"
    text = ("Banned American sprinter Kelli White says she knowingly took steroids.\n\n"
            "White said at first he tried to cover up what he was doing. "
            "But she added: \"It was my decision to go to him.\"")
    assert [speaker for _, speaker, _ in _who(text)] == ["Kelli White"] * 3


def test_a_company_named_with_a_noun_of_its_kind_and_no_article():
    text = ("Russian oil giant Yukos said it would appeal against the ruling. "
            "A US judge threw out its claim on Friday.\n\n"
            "Yukos said the decision was unfair. "
            "Barclays, the UK's third-biggest bank, said profits rose. "
            "Later Barclays said it would cut 1,000 jobs. "
            "Shares in Elan fell 5% on Monday. Elan said the drug was safe.")
    assert _who(text) == [
        ("Russian oil giant Yukos", "Yukos", "organization"),
        ("Yukos", "Yukos", "organization"),  # (before: a person, "public")
        ("Barclays, the UK's third-biggest bank", "Barclays", "organization"),
        ("Barclays", "Barclays", "organization"),  # (before: "Later Barclays", "public")
        ("Elan", "Elan", "organization"),  # shares are traded in a company
    ]


def test_a_word_never_described_as_a_company_stays_a_person():
    # no noun of a company's kind anywhere: a surname, as before
    text = "Prutton said he was sorry for the incident."
    assert _who(text) == [("Prutton", "Prutton", "public")]


def test_british_spelling_of_organisation():
    text = "The World Health Organisation said the outbreak was over."
    assert _who(text)[0][2] == "organization"  # (before: a person's name, "public")


@pytest.mark.parametrize("country", ["Italy", "Australia", "South Korea", "Cameroon"])
def test_a_country_speaking_is_its_government(country):
    # (before: a lone capitalised word was a person, "public"; only a short
    # list of states, "Germany" among them, was official)
    text = f"{country} said it would send aid to the region."
    assert _who(text) == [(country, country, "official")]


@pytest.mark.parametrize("text, speaker", [
    ("Wasps coach Warren Gatland said: \"He's got a fitness test in the week.\"",
     "Warren Gatland"),
    ("Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his return "
     "to form.", "Kevin Keegan"),
    ("\"I'm extremely disappointed,\" said Rangers manager Alex McLeish.", "Alex McLeish"),
    ("\"The course is full every weekend,\" said Jay DiPietro, the club's general manager.",
     "Jay DiPietro"),
])
def test_managers_coaches_and_bosses_speak_for_their_club_or_company(text, speaker):
    # (before: a coach or boss was no role, "public"; a manager was staff of
    # a government by default, "official")
    assert _who(text)[0][1:] == (speaker, "organization")


def test_a_city_manager_is_still_an_official():
    text = "\"We cannot keep subsidising the course,\" said Michael Cernech, the city manager."
    assert _who(text)[0][1:] == ("Michael Cernech", "official")
