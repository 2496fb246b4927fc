from uuid import uuid4

from django.urls import reverse

from detach.links import uuid_links


def test_uuid_links_match_reverse_for_every_uuid():
    for viewname in ("journal:detail", "quiz:result", "practices:activity_delete"):
        link = uuid_links(viewname)
        for uuid in (uuid4(), uuid4()):
            assert link(uuid) == reverse(viewname, kwargs={"uuid": uuid})
