"""Session 36 (speakers36): a kind noun or a body's voice is one speaker with the body its
own article names; invented text only.

* "the company" / "a company spokesman" in the paragraph that a named body opens as its
  subject ("Orlan Freight denied that. '...,' the company said"), when no text gives that
  body another kind and it is no person (`body_names.paragraph_subject`);
* "the ministry's chief vet, Dr Jan Roe," speaks for the ministry (`speakers._owned_title`);
* "health officials" speak for "the National Health Safety Agency", never "police
  officials" for "the police union" (`speakers._officials_of`).
"""

from __future__ import annotations

from test_merge_kind_names import _speakers

from consensus.merge.body_names import paragraph_subject
from consensus.merge.speakers import Speakers

_OPENS = 'Orlan Freight denied that. "No lorry left the depot that night," the company said.'
_VOICE = (
    'Orlan Freight rejected the claim. "Drivers may refuse any load," a company spokesman said.'
)


def test_the_company_is_the_body_that_opens_its_paragraph() -> None:
    text = f"Residents blamed the depot by the river.\n{_OPENS}\n"
    quote = '"No lorry left the depot that night," the company said.'
    said = _speakers(
        {"a": text},
        [("a", "Residents blamed the depot by the river.", None), ("a", quote, "company"),
         ("a", "Orlan Freight denied that.", "Orlan Freight")],
    )  # fmt: skip
    assert said[quote] == "orlan freight"


def test_a_company_spokesman_is_the_body_that_opens_its_paragraph() -> None:
    text = f"The river flooded.\n{_VOICE}\n"
    quote = '"Drivers may refuse any load," a company spokesman said.'
    said = _speakers(
        {"a": text},
        [("a", quote, "company spokesman"), ("a", "Orlan Freight rejected the claim.",
                                             "Orlan Freight")],
    )  # fmt: skip
    assert said[quote] == "orlan freight"


def test_a_person_or_a_body_of_another_kind_opening_the_paragraph_is_no_company() -> None:
    # a person opens the paragraph ("Tomas Reel" is later "Reel"): the company is another
    person = (
        'Tomas Reel denied that. "No lorry left the depot," the company said.\n'
        "The depot has employed Reel for a decade.\n"
    )
    quote = '"No lorry left the depot," the company said.'
    said = _speakers(
        {"a": person},
        [("a", quote, "company"), ("a", "Tomas Reel denied that.", "Tomas Reel")],
    )
    assert said[quote] == "company"
    # a body the text calls a group is no company
    group = (
        "The Clean River Alliance, a campaign group, went to court.\n"
        'The Clean River Alliance denied that. "No lorry left," the company said.\n'
    )
    quote = '"No lorry left," the company said.'
    said = _speakers(
        {"a": group},
        [("a", quote, "company"),
         ("a", "The Clean River Alliance, a campaign group, went to court.",
          "Clean River Alliance")],
    )  # fmt: skip
    assert said[quote] == "company"


def test_the_paragraph_subject_is_read_only_at_the_paragraph_start() -> None:
    names = {"Orlan Freight": "orlan freight"}
    text = f"Intro line.\n{_OPENS}\n"
    assert paragraph_subject(text, text.index('"No'), names) == ("Orlan Freight", "orlan freight")
    later = 'Intro line. Orlan Freight denied that. "No lorry left," the company said.\n'
    assert paragraph_subject(later, later.index('"No'), names) is None
    # a name that is no subject: a particle follows it ("Orlan Freight and Zeta ...")
    pair = 'Orlan Freight and Zeta Haulage met. "No deal," the company said.\n'
    assert paragraph_subject(pair, pair.index('"No'), names) is None


def test_a_ministrys_chief_vet_speaks_for_the_ministry() -> None:
    texts = [
        "The ministry's chief vet, Dr Ana Pold, confirmed the case on Monday.",
        "The ministry said 9,000 birds would be culled.",
    ]
    index = Speakers({"ana pold": texts, "ministry": texts})
    assert index.compatible("ana pold", "ministry")
    # a relative named by an owner is nobody's voice
    kin = ["The victim's mother, Ana Pold, said the ministry had failed."]
    index = Speakers({"ana pold": kin, "ministry": kin})
    assert not index.compatible("ana pold", "ministry")


def test_officials_qualified_by_a_public_bodys_words_speak_for_it() -> None:
    texts = [
        "Health officials said the risk was low.",
        "The National Health Safety Agency said the risk was low.",
        "Police officials said the march was calm. The police union said it was not.",
    ]
    index = Speakers(
        {
            "health officials": texts,
            "national health safety agency": texts,
            "police officials": texts,
            "police union": texts,
            "fire officials": texts,
        }
    )
    assert index.compatible("health officials", "national health safety agency")
    assert not index.compatible("police officials", "police union")
    assert not index.compatible("fire officials", "national health safety agency")


def test_a_person_named_after_a_kind_word_is_no_body_of_that_kind() -> None:
    # "Crane operator Tomas Reel" once made him a company ("operator"): "the company" then
    # stood for a person; later called "Mr Reel", he is a person, and of no kind
    text = (
        "Crane operator Tomas Reel, 51, was hurt when the jib fell.\n"
        "Mr Reel had worked at the site for years.\n"
        "The company said the crane had been inspected.\n"
    )
    quote = "The company said the crane had been inspected."
    said = _speakers(
        {"a": text},
        [("a", "Crane operator Tomas Reel, 51, was hurt when the jib fell.", "Tomas Reel"),
         ("a", quote, "company")],
    )  # fmt: skip
    assert said[quote] == "company"


def test_of_two_companies_the_one_opening_the_paragraph_is_not_chosen() -> None:
    # two bodies of the kind named before: "the company" stays unresolved, the opener too
    lead = "Orlan Freight, the haulage firm, runs the depot for retailer Mintra Stores."
    para = 'Orlan Freight said it was saddened. "We follow every rule," the company said.'
    quote = '"We follow every rule," the company said.'
    claims = [("a", lead, "Orlan Freight"), ("a", "Mintra Stores sells food.", "Mintra Stores"),
              ("a", quote, "company")]  # fmt: skip
    said = _speakers({"a": f"{lead}\nMintra Stores sells food.\n{para}\n"}, claims)
    assert said[quote] == "company"
    # one company named before: the opener rule is not needed
    said = _speakers({"a": f"{lead}\n{para}\n"}, [claims[0], claims[2]])
    assert said[quote] == "orlan freight"
    plain = '"We follow every rule," the company said.'
    said = _speakers({"a": f"{lead}\nMintra Stores sells food.\n{plain}\n"}, claims)
    assert said[quote] == "company"


def test_what_shows_a_name_is_a_persons() -> None:
    from consensus.merge.body_names import _a_person

    assert _a_person("Tomas Reel", ["Tomas Reel spoke. Police later said Mr Reel was calm."])
    assert _a_person("Tomas Reel", ["The driver was named as Tomas Reel, 51."])
    assert _a_person("Tomas Reel", ["Tomas Reel spoke first; after him spoke Reel."])
    # a body's last word at a sentence's start or before another name says nothing
    body = "Orlan Water said so. Boil it first. Water can be used to wash. The Water Board met."
    assert not _a_person("Orlan Water", [body])
    assert not _a_person("Bank of Norland", ["Rates rose in Norland."])
