from quiz import guidance
from quiz.guidance import EXPECTATIONS, FULFILLMENT, MINDFULNESS
from quiz.scoring import AMBIVALENT, AVOIDANT, FEARFUL, HIGH, LOW, MODERATE, SECURE


def modules(style, addict=LOW, avoidant=LOW):
    steps = guidance.next_steps(style=style, love_addict_level=addict, love_avoidant_level=avoidant)
    return [step.module for step in steps]


def test_an_anxious_profile_is_pointed_first_to_fulfillment_outside_the_relationship():
    assert modules(AMBIVALENT) == [FULFILLMENT, EXPECTATIONS, MINDFULNESS]


def test_an_avoidant_profile_is_pointed_first_to_mindfulness():
    assert modules(AVOIDANT) == [MINDFULNESS, EXPECTATIONS]


def test_a_secure_profile_gets_two_steps_and_a_fearful_one_three():
    assert modules(SECURE) == [MINDFULNESS, FULFILLMENT]
    assert modules(FEARFUL) == [MINDFULNESS, FULFILLMENT, EXPECTATIONS]


def test_a_high_love_addict_lens_brings_fulfillment_to_the_front_and_says_why():
    steps = guidance.next_steps(style=AVOIDANT, love_addict_level=HIGH, love_avoidant_level=LOW)
    assert [s.module for s in steps] == [FULFILLMENT, MINDFULNESS, EXPECTATIONS]
    assert "love-addiction lens read high" in steps[0].reason


def test_a_moderate_lens_adds_its_module_without_pushing_others_out():
    assert modules(SECURE, addict=MODERATE) == [MINDFULNESS, FULFILLMENT]
    assert modules(AVOIDANT, addict=MODERATE) == [MINDFULNESS, EXPECTATIONS, FULFILLMENT]


def test_a_high_love_avoidant_lens_brings_mindfulness_to_the_front():
    steps = guidance.next_steps(style=AMBIVALENT, love_addict_level=LOW, love_avoidant_level=HIGH)
    assert steps[0].module == MINDFULNESS
    assert "love-avoidance lens read high" in steps[0].reason


def test_steps_link_to_the_practice_module_paths_and_never_exceed_three():
    for style in (SECURE, AMBIVALENT, AVOIDANT, FEARFUL):
        for addict in (LOW, MODERATE, HIGH):
            for avoidant in (LOW, MODERATE, HIGH):
                steps = guidance.next_steps(
                    style=style, love_addict_level=addict, love_avoidant_level=avoidant
                )
                assert 2 <= len(steps) <= 3
                assert len({s.module for s in steps}) == len(steps)
                assert {s.path for s in steps} <= {
                    "/practices/expectations/",
                    "/practices/fulfillment/",
                    "/practices/mindfulness/",
                }
