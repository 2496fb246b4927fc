"""Writes that span several models, each in one transaction."""

from datetime import date

from django.db import transaction

from practices.areas import AREAS_BY_CODE
from practices.models import AreaRating, FulfillmentMap


@transaction.atomic
def fulfillment_map_create(
    *, user, ratings: dict[str, tuple[int, int]], taken_on: date
) -> FulfillmentMap:
    """A new fulfillment map with one rating per life area, all saved or none."""
    unknown = set(ratings) - set(AREAS_BY_CODE)
    if unknown:
        raise ValueError(f"Unknown life areas: {sorted(unknown)}")
    fulfillment_map = FulfillmentMap.objects.create(user=user, taken_on=taken_on)
    AreaRating.objects.bulk_create(
        AreaRating(map=fulfillment_map, area=code, importance=importance, fulfilment=fulfilment)
        for code, (importance, fulfilment) in ratings.items()
    )
    return fulfillment_map
