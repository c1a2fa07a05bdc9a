"""A denial verb with a short object ("continued to deny responsibility") rejects that
object, not its own subject (`denial_objects`): the denier's name is no content it rejects,
so the denial answers no claim that only names the denier."""

from __future__ import annotations

from consensus.merge.denial_objects import short_object


def test_the_short_object_of_a_denial_verb() -> None:
    assert short_object("Brookfare continued to deny responsibility.") == "responsibility"
    assert short_object("The company has denied the claim.") == "the claim"
    # three or more words after the verb: `denied_content` reads them itself
    assert short_object("Brookfare denied that its meals were to blame.") is None
    # a cue that is no verb, or a verb with nothing after it
    assert short_object("Reports of a second gunman are false, the police said.") is None
    assert short_object("The ministry's spokesman said the party denied.") is None
    assert short_object("The council gave no figures.") is None


def test_a_denial_strength_reads_the_short_object() -> None:
    # the denier and its auxiliaries are what `denied_content` falls back to; the object
    # read instead shares no word with a claim that only names the denier
    from consensus.merge.claim_words import content_stems, denied_content

    denial = "Brookfare continued to deny responsibility."
    claim = "The catering firm Brookfare supplies most of the town's schools."
    assert content_stems(denied_content(denial) or "") & content_stems(claim)
    assert not content_stems(short_object(denial) or "") & content_stems(claim)
