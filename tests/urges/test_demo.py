"""The demo's urges: tied to the seeded people, more early on, more often ridden out later."""

import random
from datetime import timedelta

from practices.urges import demo
from practices.urges.models import Urge
from tests.people.factories import PersonFactory


def test_the_demo_seeds_fewer_urges_later_and_rides_more_of_them_out(owner):
    people = [PersonFactory(user=owner, name=n) for n in ("Sam", "Mum", "Jo")]
    first = owner.local_today() - timedelta(days=399)
    what, count = demo.seed(owner, first=first, days=400, rng=random.Random(7), people=people)
    assert what == "urges" and count == Urge.objects.filter(user=owner).count() > 100
    middle = first + timedelta(days=200)
    early = Urge.objects.filter(user=owner, started_on__lt=middle)
    late = Urge.objects.filter(user=owner, started_on__gte=middle)
    assert early.count() > 1.5 * late.count()

    def ridden_share(urges):
        answered = urges.exclude(outcome="")
        return answered.filter(outcome__in=["passed", "other"]).count() / answered.count()

    assert ridden_share(late) > ridden_share(early)
    assert set(Urge.objects.filter(user=owner).values_list("person", flat=True)) <= {
        p.pk for p in people
    }
    # Seeding again replaces the urges rather than piling them up.
    demo.seed(owner, first=first, days=400, rng=random.Random(7), people=people)
    assert Urge.objects.filter(user=owner).count() == count
