"""`{% mood_badge entry.mood_info %}` and `{% tag_chips entry.tags.all %}`: see journal.markup."""

from django import template

from journal import markup

register = template.Library()
register.simple_tag(markup.mood_badge, name="mood_badge")
register.simple_tag(markup.tag_chips, name="tag_chips")
