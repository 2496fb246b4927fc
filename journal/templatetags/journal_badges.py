"""`{% mood_badge entry.mood_info %}` and `{% tag_chips entry.tags.all %}`: see journal.badges."""

from django import template

from journal import badges

register = template.Library()
register.simple_tag(badges.mood_badge, name="mood_badge")
register.simple_tag(badges.tag_chips, name="tag_chips")
