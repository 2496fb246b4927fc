"""Detach can be added to a phone's home screen: a web app manifest with real icons."""

import json
import struct

from django.contrib.staticfiles import finders
from django.urls import reverse


def png_size(path) -> tuple[int, int]:
    with open(path, "rb") as image:
        header = image.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def manifest(client) -> dict:
    response = client.get(reverse("web_manifest"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    return json.loads(response.content)


def test_the_manifest_opens_detach_in_its_own_window_with_its_colours(client, db):
    data = manifest(client)
    assert data["name"] == data["short_name"] == "Detach"
    assert data["display"] == "standalone"
    assert data["start_url"] == "/" and data["scope"] == "/"
    assert data["theme_color"].startswith("#") and data["background_color"].startswith("#")


def test_every_icon_in_the_manifest_is_served_at_its_declared_size(client, db):
    icons = manifest(client)["icons"]
    assert {(i["sizes"], i["purpose"]) for i in icons} >= {
        ("192x192", "any"),
        ("512x512", "any"),
        ("192x192", "maskable"),
        ("512x512", "maskable"),
    }
    for icon in icons:
        name = icon["src"].removeprefix("/static/")
        path = finders.find(name)
        assert path, f"{icon['src']} is not a static file"
        width, height = (int(n) for n in icon["sizes"].split("x"))
        assert png_size(path) == (width, height)


def test_every_page_links_the_manifest_and_the_theme_colour(client, db):
    html = client.get("/").content.decode()
    assert f'<link rel="manifest" href="{reverse("web_manifest")}">' in html
    assert 'name="theme-color"' in html
    assert 'rel="apple-touch-icon"' in html
